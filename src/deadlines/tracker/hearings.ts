/** Hearings: set, reset, held, cancelled; the deadlines counted from them move with them. */
import { type ComputedDeadline, computeDeadline } from '../calendar.ts';
import type { DeadlineFinding, HearingFinding } from '../types.ts';
import { findDeadline } from './deadlines.ts';
import { touch } from './lookup.ts';
import {
  entryEvent,
  type Provenance,
  type TrackedDeadline,
  type TrackedHearing,
  type TrackerCore,
  type TrackerEvent,
} from './model.ts';
import { capitalize, longDate } from './words.ts';

export function linkToHearing(t: TrackerCore, f: DeadlineFinding, entry: string, related: number[]): void {
  const ev = f.period?.event;
  if (!ev || !f.period) return;
  const setBy = ev.setBy ?? entry;
  const hearing = [...t.state.hearings.values()]
    .reverse()
    .find((h) => h.type === ev.type && h.date === ev.date && h.history.some((x) => x.entry === setBy));
  const d = findDeadline(t, f, related);
  if (hearing && d && d.due === f.dueDate) d.countedFrom = { hearing: hearing.id, period: f.period };
}

export function dependents(t: TrackerCore, h: TrackedHearing): TrackedDeadline[] {
  return [...t.state.deadlines.values()].filter(
    (d) => d.countedFrom?.hearing === h.id && d.state === 'open' && d.review !== 'dismissed',
  );
}

/** A reset hearing moves what was counted from it; a hearing "to be reset" leaves them undated. */
export function moveDependents(t: TrackerCore, h: TrackedHearing, at: Provenance): TrackerEvent[] {
  const events: TrackerEvent[] = [];
  for (const d of dependents(t, h)) {
    const p = d.countedFrom!.period;
    const previousDue = d.due;
    let computed: ComputedDeadline | null = null;
    if (h.date) {
      const from = p.unit === 'hours' ? `${h.date}T${h.time ?? '00:00'}` : h.date;
      computed = computeDeadline(
        { from, n: p.n, unit: p.unit, direction: p.direction ?? 'after' },
        t.calendar,
      );
    }
    const due = computed ? computed.due.slice(0, 10) : null;
    if (due === previousDue) continue;
    touch(t, d);
    d.due = due;
    d.dueTime = computed && p.unit === 'hours' ? computed.due.slice(11, 16) : d.dueTime;
    d.dueInstant = computed?.dueInstant ?? null;
    d.warnings = computed?.warnings ?? [];
    d.countedFrom = {
      hearing: h.id,
      period: {
        ...p,
        trigger: h.date,
        event: p.event ? { ...p.event, date: h.date ?? p.event.date, time: h.time } : p.event,
      },
    };
    d.history.push({ change: 'reset', entry: at.entry, date: at.dateFiled, due, previousDue });
    const counted = `${p.n} ${p.unit.replace('_', ' ')} ${p.direction ?? 'after'} the ${h.type.replace(/_/g, ' ')}`;
    events.push({
      type: 'deadline.reset',
      entry: at.entry,
      date: at.dateFiled,
      subject: d.id,
      message: due
        ? `${capitalize(d.what)} now due ${longDate(due)} (was ${previousDue ? longDate(previousDue) : 'undated'}): ${counted}, which moved to ${longDate(h.date!)}`
        : `${capitalize(d.what)} is undated until the ${h.type.replace(/_/g, ' ')} has a new date (was ${previousDue ? longDate(previousDue) : 'undated'})`,
      data: { due, previousDue, countedFrom: h.id },
    });
  }
  return events;
}

/**
 * The scheduled hearing a minute entry says was held: the one set for that day (the entry's own day
 * when the words give none) — of the same type, else about the same motions, else the only one that
 * day, whatever the clerk calls it ("Motion Hearing held … re [12] MOTION for Preliminary
 * Injunction" is the preliminary injunction hearing set for that day; "proceedings held" is the
 * status conference of that day). `undefined` when no hearing was set for that day.
 */
function heldHearing(t: TrackerCore, f: HearingFinding, at: Provenance): TrackedHearing | undefined {
  const day = f.date ?? at.dateFiled;
  const re = f.re ?? [];
  const onDay = [...t.state.hearings.values()]
    .reverse()
    .filter((h) => h.state === 'scheduled' && h.date === day);
  return (
    onDay.find((h) => h.type === f.type) ??
    onDay.find((h) => re.length > 0 && h.re.some((r) => re.includes(r))) ??
    (onDay.length === 1 ? onDay[0] : undefined)
  );
}

export function applyHearing(t: TrackerCore, f: HearingFinding, at: Provenance): TrackerEvent[] {
  const re = f.re ?? [];
  const match =
    (f.change === 'held' ? heldHearing(t, f, at) : undefined) ??
    [...t.state.hearings.values()]
      .reverse()
      .find(
        (h) =>
          h.type === f.type &&
          h.state === 'scheduled' &&
          (re.length === 0 || h.re.length === 0 || h.re.some((r) => re.includes(r))),
      );
  if (match) touch(t, match);
  const ev = (type: string, h: TrackedHearing | null, message: string): TrackerEvent[] => [
    entryEvent(at, type, h, message, { date: h?.date ?? f.date, time: h?.time ?? f.time }),
  ];
  const when = (date: string | null, time: string | null) =>
    date ? `${longDate(date)}${time ? ` at ${time}` : ''}` : 'a date to be set';
  const name = f.type.replace(/_/g, ' ');
  if (
    (f.change === 'set' || f.change === 'duplicate') &&
    match &&
    match.date === f.date &&
    (match.time === f.time || !f.time)
  ) {
    match.history.push({ change: 'duplicate', entry: at.entry, date: f.date, time: f.time });
    return [];
  }
  if (
    (f.change === 'set' || f.change === 'reset') &&
    match &&
    match.date !== f.date &&
    f.change === 'reset'
  ) {
    match.date = f.date;
    match.time = f.time;
    match.history.push({ change: 'reset', entry: at.entry, date: f.date, time: f.time });
    return [
      ...ev('hearing.reset', match, `${capitalize(name)} reset to ${when(f.date, f.time)}`),
      ...moveDependents(t, match, at),
    ];
  }
  if (
    f.change === 'set' ||
    f.change === 'reset' ||
    f.change === 'duplicate' ||
    (f.change === 'held' && !match)
  ) {
    const h: TrackedHearing = {
      id: `h${++t.state.seq}`,
      type: f.type,
      date: f.date,
      time: f.time,
      re,
      state: f.change === 'held' ? 'held' : 'scheduled',
      setBy: at,
      history: [{ change: f.change, entry: at.entry, date: f.date, time: f.time }],
    };
    t.state.hearings.set(h.id, h);
    touch(t, h);
    return ev(
      f.change === 'held' ? 'hearing.held' : 'hearing.set',
      h,
      `${capitalize(name)} ${f.change === 'held' ? 'held' : 'set for'} ${when(f.date, f.time)}`,
    );
  }
  // "set for D1 is reset to D2" reads as the reset and the old date struck: the hearing this entry
  // just moved away from D1 is not cancelled by the words that strike D1.
  if (
    f.change === 'cancelled' &&
    f.date &&
    match &&
    match.date !== f.date &&
    match.history.at(-1)?.entry === at.entry &&
    match.history.at(-1)?.change === 'reset'
  )
    return [];
  if (!match)
    return ev(`hearing.${f.change}`, null, `${capitalize(name)} ${f.change}; no scheduled hearing matched`);
  match.state = f.change === 'held' ? 'held' : 'cancelled';
  if (match.state === 'cancelled')
    for (const d of dependents(t, match)) {
      touch(t, d);
      d.warnings.push(
        `the ${name} it was counted from was cancelled (${at.entry}); check whether it still applies`,
      );
    }
  match.history.push({
    change: f.change,
    entry: at.entry,
    date: f.date ?? match.date,
    time: f.time ?? match.time,
  });
  // Named as the record names it: the hearing held is the one that was set.
  return ev(`hearing.${f.change}`, match, `${capitalize(match.type.replace(/_/g, ' '))} ${f.change}`);
}
