/** The passing of time: occurrences missing, deadlines passed, stays and injunctions expired. */
import { InputError } from '../../errors.ts';
import { extendOccurrences, syncNextDue } from './deadlines.ts';
import { addDays, dutiesFallWith, injunctionName } from './injunctions.ts';
import { deadlinesFallingDue, touch } from './lookup.ts';
import type { TrackerCore, TrackerEvent } from './model.ts';
import { capitalize, DATE, longDate } from './words.ts';

/**
 * Move the replay to `date`: occurrences of recurring obligations whose due date has passed
 * without a filing are flagged missing, stays and injunctions whose last day has passed expire,
 * and one-off deadlines whose day has passed unsatisfied say so once.
 */
export function advanceTo(t: TrackerCore, date: string): TrackerEvent[] {
  if (!DATE.test(date)) throw new InputError(`date "${date}" is not YYYY-MM-DD`);
  if (t.state.asOf && date < t.state.asOf) return [];
  t.state.asOf = date;
  const events: TrackerEvent[] = [];
  // Only the deadlines that can fall due by `date` (tracker/lookup.ts), in the order they were made.
  for (const d of deadlinesFallingDue(t, date)) {
    if (d.review === 'dismissed' || d.state !== 'open') continue;
    if (d.recurrence) {
      touch(t, d);
      extendOccurrences(t, d, date);
      for (const o of d.recurrence.occurrences) {
        if (o.state !== 'open' || o.due >= date) continue;
        if (!d.docketed) {
          o.state = 'passed';
          continue;
        }
        o.state = 'missing';
        events.push({
          type: 'deadline.missing',
          entry: null,
          date,
          subject: d.id,
          message: `Expected filing missing: ${d.what}, occurrence ${o.index} due ${longDate(o.due)}, has not appeared`,
          data: { occurrence: o.index, due: o.due },
        });
      }
      syncNextDue(d);
    } else if (d.due && d.due < date && !d.history.some((h) => h.change === 'passed' && h.due === d.due)) {
      touch(t, d);
      d.history.push({ change: 'passed', entry: null, date, due: d.due, previousDue: null });
      events.push({
        type: 'deadline.passed',
        entry: null,
        date,
        subject: d.id,
        // An act outside the docket (a release, a report to counsel) is not met by a filing.
        message: d.docketed
          ? `${capitalize(d.what)} was due ${longDate(d.due)}; no filing meeting it has been seen`
          : `${capitalize(d.what)} was due ${longDate(d.due)}`,
        data: { due: d.due },
      });
    }
  }
  for (const s of t.state.stays.values()) {
    if (s.state === 'in_force' && s.expires && s.expires < date) {
      touch(t, s);
      s.state = 'expired';
      events.push({
        type: 'stay.expired',
        entry: null,
        date,
        subject: s.id,
        message: `Stay${s.what ? ` of ${s.what}` : ''} expired at the end of ${longDate(s.expires)}`,
        data: { expires: s.expires },
      });
    }
  }
  for (const i of t.state.injunctions.values()) {
    // Stayed by the court for a time: in force again the day after its last day on hold.
    if (i.state === 'stayed' && i.paused && !i.stayedPendingAppeal && i.paused.until < date) {
      touch(t, i);
      const again = addDays(i.paused.until, 1);
      i.state = 'in_force';
      i.history.push({ action: 'resumed', entry: i.paused.entry, date: again, until: i.until });
      events.push({
        type: 'injunction.resumed',
        entry: null,
        date: again,
        subject: i.id,
        message: `${injunctionName(i.type)} in force again: the court's stay of it ended on ${longDate(i.paused.until)}`,
        data: { since: i.since, until: i.until, resumedAfter: 'term' },
      });
    }
    if (i.state === 'in_force' && i.until && DATE.test(i.until) && i.until < date) {
      touch(t, i);
      // Ended by an order from a later day: that order's act, from its day (what it required falls with it).
      const ends = i.endsOn;
      i.state = ends ? ends.action : 'expired';
      events.push({
        type: 'injunction.expired',
        entry: null,
        date,
        subject: i.id,
        message: ends
          ? `${injunctionName(i.type)} ended: ${ends.action} effective ${longDate(ends.effective)}`
          : `${injunctionName(i.type)} expired`,
      });
      if (ends) dutiesFallWith(t, i, { entry: ends.entry, dateFiled: ends.effective, words: '' }, events);
    }
  }
  return events;
}
