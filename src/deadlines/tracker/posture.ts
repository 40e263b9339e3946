/** What is in force and what comes next, as of a day: a view of the tracker's state. */
import { InputError } from '../../errors.ts';
import { daysBetween } from '../calendar.ts';
import { saysOnly } from '../extract/partial.ts';
import { addDays, endTime, injunctionName, reliefText, soonerThan } from './injunctions.ts';
import type {
  DeadlineView,
  Modification,
  OnAppeal,
  Posture,
  Reheard,
  RulingTerm,
  TimeStatus,
  TrackedDeadline,
  TrackedInjunction,
  TrackerCore,
} from './model.ts';
import { stayInForceOn } from './stays.ts';
import { andList, DATE, longDate, longDateTime, termWords } from './words.ts';

/** What is in force and what is due next, as of a day (default: where the replay is). */
export function postureOf(t: TrackerCore, asOf?: string): Posture {
  const day = asOf ?? t.state.asOf;
  if (!day || !DATE.test(day)) throw new InputError('posture needs an as-of date (YYYY-MM-DD)');
  const inForce: Posture['inForce'] = [];
  for (const s of t.state.stays.values()) {
    if (s.since > day || !stayInForceOn(s, day)) continue;
    const until = s.expires
      ? `until ${longDate(s.expires)}`
      : s.until === 'further_order'
        ? 'until further order'
        : s.until
          ? `until ${termWords(s.until)}`
          : 'with no end date given';
    inForce.push({
      kind: 'stay',
      id: s.id,
      what: s.what,
      since: s.since,
      until: s.expires ?? s.until,
      summary: `Stay${s.what ? ` of ${s.what}` : ''} in effect ${until}${
        s.liftedAsTo?.length ? ` (lifted as to ${andList(s.liftedAsTo)} only)` : ''
      }${limitedText(s, day)}${
        s.onAppeal && s.onAppeal.order !== 'lifted'
          ? `; the court of appeals ${s.onAppeal.action === 'vacated' ? 'vacated it' : 'vacated it in part'} on ${longDate(s.onAppeal.decided)}: it stays in force until the mandate issues`
          : ''
      }${reheardText(s.reheard)}`,
      ...(s.onAppeal && s.onAppeal.order !== 'lifted' ? { onAppeal: onAppealOf(s.onAppeal) } : {}),
      ...(s.reheard ? { reheard: reheardOf(s.reheard) } : {}),
      ...(s.limitedTo && s.limitedTo.since.slice(0, 10) <= day ? { limitedTo: s.limitedTo } : {}),
    });
  }
  for (const i of t.state.injunctions.values()) {
    if (i.since > day || !inForceOn(i, day) || (i.until && DATE.test(i.until) && i.until < day)) continue;
    const until =
      i.until === 'further_order'
        ? ' (until further order)'
        : i.until
          ? ` until ${DATE.test(i.until) ? longDateTime(i.until, endTime(i)) : termWords(i.until)}`
          : '';
    const modified = modificationsOf(i, day);
    inForce.push({
      kind: 'injunction',
      id: i.id,
      what: injunctionName(i.type),
      since: i.since,
      until: i.until,
      ...(endTime(i) ? { untilTime: endTime(i)! } : {}),
      summary: `${injunctionName(i.type)}${reliefText(i, false)} in effect since ${longDate(i.since)}${until}${
        modified.length > 0 ? `, as modified ${modified.map(modifiedBy).join(' and ')}` : ''
      }${limitedText(i, day)}${
        i.onAppeal
          ? `; the court of appeals ${decidedOnAppeal(i.onAppeal)}: it stays in force until the mandate issues`
          : ''
      }${
        i.stayedPendingAppeal?.inPart
          ? `; ${i.stayedPendingAppeal.by === 'supreme_court' ? 'the Supreme Court' : i.stayedPendingAppeal.by === 'district' ? 'the district court' : 'the court of appeals'} stayed it in part ${i.stayedPendingAppeal.administrative ? 'for now (an administrative stay, while it decides whether to stay it pending appeal)' : 'pending appeal'} on ${longDate(i.stayedPendingAppeal.since)}${i.stayedPendingAppeal.part ? ` (${i.stayedPendingAppeal.part})` : ''}: the rest in force`
          : ''
      }${soonerText(soonerThan(i))}${reheardText(i.reheard)}`,
      ...(i.onAppeal ? { onAppeal: i.onAppeal } : {}),
      ...(modified.length > 0 ? { modified } : {}),
      ...(soonerThan(i) ? { sooner: soonerThan(i)! } : {}),
      ...(i.stayedPendingAppeal?.inPart
        ? {
            stayedInPart: {
              since: i.stayedPendingAppeal.since,
              entry: i.stayedPendingAppeal.entry,
              by: i.stayedPendingAppeal.by,
              ...(i.stayedPendingAppeal.administrative ? { administrative: true as const } : {}),
              ...(i.stayedPendingAppeal.part ? { part: i.stayedPendingAppeal.part } : {}),
            },
          }
        : {}),
      ...(i.reheard ? { reheard: reheardOf(i.reheard) } : {}),
      ...(i.limitedTo && i.limitedTo.since.slice(0, 10) <= day ? { limitedTo: i.limitedTo } : {}),
    });
  }
  // Stayed, not in force: on hold (until the appeal ends, when stayed pending appeal).
  const onHold: Posture['onHold'] = [];
  for (const i of t.state.injunctions.values()) {
    if (i.since > day || !onHoldOn(i, day)) continue;
    const heldUntil = pausedOn(i, day) ? i.paused!.until : null;
    const pending = i.stayedPendingAppeal ?? null;
    const stayed = i.history.findLast((h) => h.action === 'stayed');
    const heldSince = pending?.since ?? stayed?.date.slice(0, 10) ?? i.since;
    const by =
      pending?.by === 'supreme_court'
        ? 'the Supreme Court'
        : pending?.by === 'appeals'
          ? 'the court of appeals'
          : 'the district court';
    onHold.push({
      kind: 'injunction',
      id: i.id,
      what: injunctionName(i.type),
      since: i.since,
      heldSince,
      entry: pending?.entry ?? stayed?.entry ?? i.grantedBy.entry,
      pendingAppeal: pending
        ? {
            by: pending.by,
            ...(pending.certiorari ? { certiorari: true } : {}),
            ...(pending.administrative ? { administrative: true } : {}),
          }
        : null,
      ...(i.onAppeal ? { onAppeal: i.onAppeal } : {}),
      ...(i.reheard ? { reheard: reheardOf(i.reheard) } : {}),
      ...(heldUntil ? { heldUntil } : {}),
      summary: `${injunctionName(i.type)} of ${longDate(i.since)} not in force: on hold ${
        heldUntil
          ? `through ${longDate(heldUntil)} (stayed by the district court for a time; in force again from ${longDate(addDays(heldUntil, 1))}), `
          : ''
      }${
        pending?.administrative ? 'for now ' : pending ? 'pending appeal ' : ''
      }since ${longDate(heldSince)}${
        pending?.administrative && !i.onAppeal
          ? ` (stayed by ${by} in an administrative stay, while it decides whether to stay it pending appeal)`
          : ''
      }${
        i.onAppeal
          ? ` (stayed by ${by}); the court of appeals ${decidedOnAppeal(i.onAppeal)}: that takes effect when its mandate issues`
          : pending && !pending.administrative
            ? ` (stayed by ${by} until the appeal is decided${pending.certiorari ? ' and any petition for a writ of certiorari is decided' : ''})`
            : ''
      }${reheardText(i.reheard)}`,
    });
  }
  const next: DeadlineView[] = [];
  const missing: Posture['missing'] = [];
  for (const d of t.state.deadlines.values()) {
    if (d.review === 'dismissed' || d.state !== 'open') continue;
    if (d.recurrence) {
      for (const o of d.recurrence.occurrences) {
        if (d.docketed && (o.state === 'missing' || (o.state === 'open' && o.due < day)))
          missing.push({ id: d.id, what: d.what, due: o.due, occurrence: o.index });
      }
      const o = d.recurrence.occurrences.find((x) => x.state === 'open' && x.due >= day);
      if (o)
        next.push({
          ...viewOf(d, o.due, day),
          occurrence: o.index,
          ...(d.docketed ? {} : { docketed: false }),
        });
      continue;
    }
    if (d.due && d.due < day) continue;
    next.push(viewOf(d, d.due, day));
  }
  next.sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999'));
  const hearings = [...t.state.hearings.values()]
    .filter((h) => h.state === 'scheduled' && (!h.date || h.date >= day))
    .map((h) => ({
      id: h.id,
      type: h.type,
      date: h.date,
      time: h.time,
      ...(h.where ? { where: h.where } : {}),
    }))
    // Soonest first (an untimed one after the timed ones of its day, an undated one last), as every reader lists them.
    .sort(
      (a, b) =>
        (a.date ?? '9999').localeCompare(b.date ?? '9999') ||
        (a.time ?? '99:99').localeCompare(b.time ?? '99:99') ||
        a.id.localeCompare(b.id),
    );
  const transfer = t.state.transfer;
  return {
    asOf: day,
    inForce,
    onHold,
    next,
    missing,
    hearings,
    ...(transfer && transfer.date <= day ? { transferred: transfer } : {}),
  };
}

/** Stayed by the court for a time (`paused`), and `day` within it: on hold, whatever the clock made of it since. */
function pausedOn(i: TrackedInjunction, day: string): boolean {
  const p = i.paused;
  return Boolean(p && !i.stayedPendingAppeal && p.since <= day && day <= p.until);
}

/** In force on `day`: in force and not paused then, or stayed only for a time that ended before `day`. */
function inForceOn(i: TrackedInjunction, day: string): boolean {
  if (i.state === 'in_force') return !pausedOn(i, day);
  return i.state === 'stayed' && Boolean(i.paused && !i.stayedPendingAppeal && day > i.paused.until);
}

/** On hold on `day`: stayed (and not a stay for a time that ended before `day`), or in force again later but paused then. */
function onHoldOn(i: TrackedInjunction, day: string): boolean {
  if (i.state === 'stayed') return !inForceOn(i, day);
  return i.state === 'in_force' && pausedOn(i, day);
}

/** "; only as to Abdi Hassan since July 15, 2025 (ECF No. 30): dissolved for everyone else". */
function limitedText(i: Pick<TrackedInjunction, 'limitedTo'>, day: string): string {
  const l = i.limitedTo;
  if (!l || l.since.slice(0, 10) > day) return '';
  if (l.fromGrant) return `; only as to ${andList(l.parties)}: granted for them alone, for no one else`;
  const ecf = /^\d+$/.test(l.entry) ? ` (ECF No. ${l.entry})` : '';
  return `; only as to ${andList(l.parties)} since ${longDate(l.since.slice(0, 10))}${ecf}: no longer in force for anyone else`;
}

/** "; or until the court rules on ECF No. 9, if that comes first": a term that ends with a ruling ("…, whichever is earlier"). */
function soonerText(r: RulingTerm | null | undefined): string {
  if (!r) return '';
  return `; or until the court rules on ${r.motions.length > 0 ? `ECF No. ${r.motions.join(', ')}` : 'the motion for a preliminary injunction'}, if that comes first`;
}

/** "; the court of appeals vacated its decision of September 12, 2025 when it granted rehearing en banc on November 14, 2025: that decision no longer stands". */
function reheardText(r: Reheard | null | undefined): string {
  if (!r) return '';
  return `; the court of appeals vacated its decision${r.decided ? ` of ${longDate(r.decided)}` : ''} when it granted ${r.enBanc ? 'rehearing en banc' : 'rehearing'} on ${longDate(r.granted)}: that decision no longer stands`;
}

function reheardOf(r: Reheard): Omit<Reheard, 'entry'> {
  return { decided: r.decided, granted: r.granted, enBanc: r.enBanc };
}

/** The decision as the posture gives it (a stay's also says which of its orders it is about, kept in the record). */
/** "vacated it on D", "vacated it in part on D (paragraph 3)": a decision waiting for its mandate, and the part it names. */
function decidedOnAppeal(a: OnAppeal): string {
  if (a.action === 'vacated') return `vacated it on ${longDate(a.decided)}`;
  const part =
    a.part?.reach === 'only'
      ? a.part.words
      : a.part
        ? `all but ${a.part.words.replace(/^except\s+(?:as\s+to\s+|for\s+)?/i, '')}`
        : null;
  return `vacated it in part on ${longDate(a.decided)}${part ? ` (${part})` : ''}`;
}

function onAppealOf(a: OnAppeal): OnAppeal {
  return { action: a.action, decided: a.decided, entry: a.entry, disposition: a.disposition };
}

/**
 * The changes that left an injunction in force by `day` — an order that modified, amended,
 * narrowed, clarified or dissolved (or stayed) it in part (the extractor reads all of these as
 * `modified`), and a court of appeals' decision in part that took effect with its mandate —
 * oldest first. A district order carrying out the mandate is the mandate's change, named once
 * with it; a recalled mandate's change is undone.
 */
export function modificationsOf(i: TrackedInjunction, day: string): Modification[] {
  const out: Modification[] = [];
  let decided: string | null = null;
  for (const h of i.history) {
    if (h.date.slice(0, 10) > day) break;
    if (h.action === 'vacated_on_appeal' || h.action === 'reversed_on_appeal') decided = h.date.slice(0, 10);
    if (h.action === 'mandate_recalled') {
      const undone = out.findLastIndex((m) => m.decided !== null);
      if (undone >= 0) out.splice(undone, 1);
      continue;
    }
    if (h.action !== 'modified') continue;
    const number = /^\d+$/.test(h.entry) ? Number(h.entry) : null;
    const date = h.date.slice(0, 10);
    const mandate = h.byMandate
      ? out.findLast((m) => m.decided !== null && m.decided === decided)
      : undefined;
    if (mandate) {
      // The mandate's change told again by the district order that carries it out (and the part it names).
      mandate.number ??= number;
      if (h.part) mandate.part ??= h.part;
      continue;
    }
    out.push({
      date,
      entry: h.entry,
      number,
      decided: h.byMandate ? decided : null,
      ...(h.part ? { part: h.part } : {}),
    });
  }
  return out;
}

/** "by ECF No. 345 on July 13, 2017"; "by the court of appeals' decision of June 12, 2017 (in effect June 19, 2017; ECF No. 291)". */
function modifiedBy(m: Modification): string {
  const ecf = m.number !== null ? `ECF No. ${m.number}` : null;
  if (m.decided)
    return `by the court of appeals' decision of ${longDate(m.decided)} (in effect ${longDate(m.date)}${ecf ? `; ${ecf}` : ''})${partText(m.part)}`;
  return `by ${ecf ?? 'the order'} on ${longDate(m.date)}${partText(m.part)}`;
}

/** The part of the order a change acted on (or kept), as the in-force line says it. */
function partText(part: Modification['part']): string {
  if (!part) return '';
  return part.reach === 'except'
    ? ` (${part.act} ${part.words}: that part in force)`
    : ` (${part.act} ${saysOnly(part.words) ? '' : 'only as to '}${part.words}; the rest in force)`;
}

export function viewOf(d: TrackedDeadline, due: string | null, day: string): DeadlineView {
  const daysLeft = due ? daysBetween(day, due) : null;
  const status: TimeStatus =
    daysLeft === null ? 'undated' : daysLeft > 0 ? 'upcoming' : daysLeft === 0 ? 'due' : 'passed';
  return {
    id: d.id,
    what: d.what,
    party: d.party,
    due,
    dueTime: d.dueTime,
    daysLeft,
    status,
    review: d.review,
    ordered: d.ordered,
    ...(d.partlyHeld ? { partOnHold: d.partlyHeld.part } : {}),
    ...(d.setBy.why ? { why: { ...d.setBy.why, words: d.setBy.words } } : {}),
  };
}
