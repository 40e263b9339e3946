/** Hearings: set, reset, held, cancelled; the deadlines counted from them move with them. */
import { type ComputedDeadline, computeDeadline } from '../calendar.ts';
import { scanTemporals } from '../extract/grammar.ts';
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

/** Words of a hearing's type that say only "a hearing": they name no particular kind. */
const GENERIC = new Set(['hearing', 'hearings', 'proceeding', 'proceedings', 'conference']);

/** A hearing type's distinctive words (none for "hearing", "proceeding"). */
function kindWords(type: string): string[] {
  return type.split('_').filter((w) => w && !GENERIC.has(w));
}

/**
 * Whether two names can be the same hearing: one's distinctive words are among the other's
 * ("initial conference" ~ "initial pretrial conference", "hearing" ~ "motion hearing"), never two
 * kinds ("status conference" ≁ "motion hearing").
 */
export function sameKindOfHearing(a: string, b: string): boolean {
  const [x, y] = [kindWords(a), kindWords(b)];
  return x.length === 0 || y.length === 0 || x.every((w) => y.includes(w)) || y.every((w) => x.includes(w));
}

/** Words that name the argument of a motion: "oral argument", "motion hearing", "argument on the motions". */
const ARGUES_MOTION = new Set(['oral', 'argument', 'arguments', 'motion', 'motions']);

/** A name for hearing a motion argued: its distinctive words are all about arguing a motion. */
function arguesMotion(type: string): boolean {
  const words = kindWords(type);
  return words.length > 0 && words.every((w) => ARGUES_MOTION.has(w));
}

/** Whether two hearings are about the same matter: the same motion, or one (or both) names none. */
function sameMatter(a: readonly number[], b: readonly number[]): boolean {
  return a.length === 0 || b.length === 0 || a.some((r) => b.includes(r));
}

/**
 * Whether two hearings named on the same day can be one: about the same matter (the same motion, or
 * one names none) and of kinds that can be the same — one name within the other, or both the
 * argument of a motion ("The Court will hear argument on the motion on March 20" is the "Motion
 * Hearing set for 3/20/2025" the clerk enters), or the same motion named by both ("Preliminary
 * Injunction Hearing re [5]" ~ "Motion Hearing re [5]").
 */
export function sameHearing(
  a: { type: string; re: readonly number[] },
  b: { type: string; re: readonly number[] },
): boolean {
  if (!sameMatter(a.re, b.re)) return false;
  if (sameKindOfHearing(a.type, b.type)) return true;
  if (arguesMotion(a.type) && arguesMotion(b.type)) return true;
  return a.re.length > 0 && b.re.length > 0 && (arguesMotion(a.type) || arguesMotion(b.type));
}

/**
 * One sitting told twice, at the same day and hour — the court hears a case once at a time. Both
 * times must be given: a day alone is not a sitting.
 * - An argument the court sets without naming its motion ("The Court will hear argument on March
 *   24, 2025 at 10:00 a.m.") and the motion hearing the clerk notices for it: whatever motions the
 *   entries name, as one of the two names no matter of its own.
 * - A hearing of a named kind (a final approval hearing, a preliminary injunction hearing) and the
 *   "Motion Hearing set for D T" CM/ECF writes on the motion to be heard there ("MOTION for Final
 *   Approval … Motion Hearing set for 8/15/2030 02:00 PM"): the motion is argued at that hearing —
 *   unless the two name different motions. (A status conference at that hour stays its own.)
 */
function sameSitting(h: TrackedHearing, f: HearingFinding): boolean {
  if (h.date !== f.date || h.time === null || h.time !== f.time) return false;
  const [a, b] = [arguesMotion(h.type), arguesMotion(f.type)];
  if (a && b) return h.reFromEntry === true || f.reFromEntry === true;
  const named = a ? f.type : h.type;
  return (
    (a || b) && kindWords(named).length > 0 && HEARS_A_MOTION.test(named) && sameMatter(h.re, f.re ?? [])
  );
}
/**
 * A named kind of hearing at which a motion is argued ("final_approval_hearing",
 * "preliminary_injunction_hearing", "evidentiary_hearing"); not a conference, a trial or a sentencing,
 * which a motion hearing at the same hour stays beside.
 */
const HEARS_A_MOTION = /(?:^|_)hearing$/;

/** Two times of day that can be the same sitting's: equal, or one not given. */
function sameTime(a: string | null, b: string | null): boolean {
  return a === b || a === null || b === null;
}

/**
 * An entry's hearing findings, together: "The conference scheduled for February 25 is adjourned to
 * March 11" (read as a reset to March 11 and February 25 struck) moves the hearing set for February
 * 25 — one record, its old date vacated — whatever either sentence calls it; the struck date is then
 * not a second cancellation.
 */
export function applyHearings(
  t: TrackerCore,
  findings: readonly HearingFinding[],
  atOf: (f: HearingFinding) => Provenance,
  /** The entry's whole words. */
  text: string,
): TrackerEvent[] {
  const struck = findings.filter((f) => f.change === 'cancelled' && f.date);
  const moved = new Set<HearingFinding>();
  const events: TrackerEvent[] = [];
  for (const f of findings) {
    if (moved.has(f)) continue;
    // The new name set on the day the same words strike the old one ("The evidentiary hearing set for
    // D is VACATED and CONVERTED to a status conference at the same time"): one sitting, renamed.
    const renamed =
      f.change === 'set' && f.date
        ? struck.find((c) => !moved.has(c) && c.date === f.date && c.source === f.source && c.type !== f.type)
        : undefined;
    if (renamed) {
      moved.add(renamed);
      const h = scheduledOn(t, f.date!, { type: renamed.type, re: renamed.re ?? [] });
      if (h) {
        renameHearing(t, h, f, atOf(f));
        continue;
      }
    }
    if ((f.change === 'reset' || f.change === 'set') && f.date) {
      const from = struck.find(
        (c) =>
          !moved.has(c) &&
          c.date !== f.date &&
          sameHearing({ type: c.type, re: c.re ?? [] }, { type: f.type, re: f.re ?? [] }),
      );
      const h = from ? scheduledOn(t, from.date!, { type: f.type, re: f.re ?? [] }) : undefined;
      if (from && h) {
        moved.add(from);
        events.push(...moveHearing(t, h, f, atOf(f)));
        continue;
      }
    }
    // A minute entry recording a ruling made in chambers is no hearing: one that names no kind of
    // hearing and matches none set records a hearing held only when its words say one took place.
    if (f.change === 'held' && kindWords(f.type).length === 0 && !TOOK_PLACE.test(text)) {
      if (!heldHearing(t, f, atOf(f))) continue;
    }
    events.push(...applyHearing(t, f, atOf(f)));
  }
  return events;
}

/** Words saying a proceeding took place before the court ("proceedings held before", "Court Reporter", "Attorneys present"). */
const TOOK_PLACE =
  /\b(?:proceedings?|hearing|conference|argument|trial|sentencing|arraignment)\s+(?:was\s+|were\s+)?(?:held|conducted|took\s+place)\b|\bheld\s+(?:on|before)\b|\bcourt\s+reporter\b|\battorneys?\s+present\b|\bappearances?\b|\bin\s+open\s+court\b/i;

/** The scheduled hearing on `day` that a name can be: of that type, else the only one that can be the same hearing. */
function scheduledOn(
  t: TrackerCore,
  day: string,
  named: { type: string; re: readonly number[] },
): TrackedHearing | undefined {
  const onDay = [...t.state.hearings.values()]
    .reverse()
    .filter((h) => h.state === 'scheduled' && h.date === day);
  const fits = onDay.filter((h) => sameHearing(h, named));
  return (
    onDay.find((h) => h.type === named.type) ??
    (fits.length === 1 ? fits[0] : undefined) ??
    onlyOn(onDay, named)
  );
}

/**
 * The one hearing scheduled on a day a change names by that day ("the hearing set for March 30,
 * 2028, is CONTINUED to April 11"), of a kind the words can name, though the entries name different
 * motions (an order's "hearing on the Motion to Certify Class" read with the motion the order
 * decides): a day given names its setting, as minutes name the hearing held that day.
 */
function onlyOn(onDay: readonly TrackedHearing[], named: { type: string }): TrackedHearing | undefined {
  if (onDay.length !== 1) return undefined;
  const [a, b] = [onDay[0]!.type, named.type];
  // "The Court will hear argument on the Motion to Certify Class … on May 31" and "the hearing on the
  // Motion to Certify Class [2] …, scheduled for May 31": both the argument of a motion.
  // "The preliminary injunction hearing set for May 11 …" and the clerk's "Motion Hearing set for
  // 5/11/2027" on that motion: a named hearing at which a motion is argued, and the argument of a motion.
  const heardThere = (x: string, y: string) =>
    arguesMotion(x) && kindWords(y).length > 0 && HEARS_A_MOTION.test(y);
  return sameKindOfHearing(a, b) ||
    (arguesMotion(a) && arguesMotion(b)) ||
    heardThere(a, b) ||
    heardThere(b, a)
    ? onDay[0]
    : undefined;
}

/**
 * Words that make a hearing set another, separate one, not the one already on the calendar moved:
 * "a further status conference", "an additional hearing", "a second evidentiary hearing".
 */
const ANOTHER_SITTING =
  /\b(?:another|further|additional|second|separate|subsequent|follow-?up|supplemental|third|fourth|next|periodic|monthly|weekly)\b/i;

/** Kinds of sitting a case has once: set again for another day, it is that sitting moved. */
const ONCE_IN_A_CASE =
  /(?:^|_)(?:preliminary_injunction|temporary_restraining_order|final_approval|preliminary_approval|fairness|class_certification|evidentiary|trial|pretrial|scheduling|initial|rule_16|sentencing|show_cause)(?:_|$)/;

/**
 * The one hearing still to come that a setting for another day moves (a minute order that sets the
 * hearing already on the calendar for a new day, "The Court sets the hearing on the motion for
 * class certification [12] for May 27"): of its kind — the same type, or names one within the other
 * that both give, or the same motion named — and not set by these words. None when the words say
 * another sitting ("a further status conference"), or when more than one could be meant.
 */
function setAnew(t: TrackerCore, f: HearingFinding, at: Provenance): TrackedHearing | undefined {
  if (!f.date) return undefined;
  const words = `${f.type.replace(/_/g, ' ')} ${f.why?.words ?? ''}`;
  if (ANOTHER_SITTING.test(words)) return undefined;
  const re = f.re ?? [];
  const fits = [...t.state.hearings.values()].filter(
    (h) =>
      h.state === 'scheduled' &&
      h.date !== null &&
      h.date !== f.date &&
      h.date >= at.dateFiled &&
      !h.history.some((x) => x.entry === at.entry) &&
      // The same motion heard, or a kind of sitting a case has once (its preliminary injunction
      // hearing, its trial) — not a status conference, of which a case has many.
      ((h.re.length > 0 &&
        re.length > 0 &&
        h.re.some((r) => re.includes(r)) &&
        sameHearing(h, { type: f.type, re })) ||
        (sameMatter(h.re, re) &&
          ONCE_IN_A_CASE.test(f.type) &&
          (h.type === f.type || sameKindOfHearing(h.type, f.type) || onlyOn([h], f) !== undefined))),
  );
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * Of several hearings a dateless change can name ("The status conference is VACATED"), the one it
 * means: the only one, else the next to come on or after the entry's day, else the last set — never
 * simply the latest set when an earlier one is still to come.
 */
function nextOf(candidates: readonly TrackedHearing[], day: string): TrackedHearing | undefined {
  if (candidates.length <= 1) return candidates[0];
  const coming = candidates
    .filter((h) => h.date !== null && h.date >= day)
    .sort((a, b) => a.date!.localeCompare(b.date!));
  return coming[0] ?? candidates[0];
}

/** `h` moved to the finding's day: its old date is vacated, what was counted from it moves with it. */
function moveHearing(t: TrackerCore, h: TrackedHearing, f: HearingFinding, at: Provenance): TrackerEvent[] {
  touch(t, h);
  const previous = h.date;
  // "the hearing on the motion" an order set is the "Motion Hearing" the notice moves: the more exact name.
  if (kindWords(h.type).length === 0 && kindWords(f.type).length > 0) h.type = f.type;
  h.date = f.date;
  h.time = f.time;
  // "RESET to 9:00 a.m. the same day and will be held by Zoom videoconference": the new form; a move
  // that says none keeps the room or form it had.
  if (f.where) h.where = f.where;
  for (const r of f.re ?? []) if (!h.re.includes(r)) h.re.push(r);
  if (f.re?.length && !f.reFromEntry) delete h.reFromEntry;
  h.history.push({ change: 'reset', entry: at.entry, date: f.date, time: f.time });
  const when = f.date ? `${longDate(f.date)}${f.time ? ` at ${f.time}` : ''}` : 'a date to be set';
  return [
    entryEvent(at, 'hearing.reset', h, `${capitalize(h.type.replace(/_/g, ' '))} reset to ${when}`, {
      date: f.date,
      time: f.time,
      previousDue: previous,
      ...(h.where ? { where: h.where } : {}),
    }),
    ...moveDependents(t, h, at),
  ];
}

/**
 * A sitting turned into another kind of proceeding on its day: the record keeps it, under its new
 * name (and hour, if the words give one). Not a move and not a cancellation: no event — what is next
 * is told under the new name.
 */
function renameHearing(t: TrackerCore, h: TrackedHearing, f: HearingFinding, at: Provenance): void {
  touch(t, h);
  h.type = f.type;
  if (f.time) h.time = f.time;
  h.history.push({ change: 'duplicate', entry: at.entry, date: f.date, time: h.time });
}

/**
 * The same hearing told again (the clerk's notice of the day an order set, under its name or
 * another): one record, its details filled from both — the time of day one of them gives, the
 * motions either names, the more exact name ("Motion Hearing" for "a hearing"). Not news: no event.
 */
function fillIn(t: TrackerCore, h: TrackedHearing, f: HearingFinding, at: Provenance): void {
  touch(t, h);
  if (!h.time && f.time) h.time = f.time;
  if (f.where) h.where = { ...h.where, ...f.where };
  for (const r of f.re ?? []) if (!h.re.includes(r)) h.re.push(r);
  if (kindWords(h.type).length === 0 && kindWords(f.type).length > 0) h.type = f.type;
  h.history.push({ change: 'duplicate', entry: at.entry, date: f.date, time: f.time });
}

export function applyHearing(t: TrackerCore, f: HearingFinding, at: Provenance): TrackerEvent[] {
  const re = f.re ?? [];
  const scheduled = [...t.state.hearings.values()].reverse().filter((h) => h.state === 'scheduled');
  const named = { type: f.type, re };
  // Taken off already by this entry's other words ("(ECF No. 33) is WITHDRAWN insofar as it set a
  // status conference for January 9, 2029; the conference will be reset by separate notice"): one
  // cancellation, told once — never another hearing of its kind taken off in its place.
  if (
    f.change === 'cancelled' &&
    !scheduled.some((h) => f.date && h.date === f.date) &&
    [...t.state.hearings.values()].some(
      (h) =>
        h.state === 'cancelled' &&
        h.history.at(-1)?.entry === at.entry &&
        (f.date ? h.date === f.date : sameHearing(h, named)),
    )
  )
    return [];
  // A date the words give names the hearing set for it ("The hearing previously set for 4/9/2025 is
  // cancelled"), whatever each entry calls it; else the one of its type the change means.
  const onItsDay =
    f.change === 'cancelled' && f.date
      ? (scheduled.find((h) => h.date === f.date && h.type === f.type) ??
        scheduled.find((h) => h.date === f.date && sameHearing(h, named)) ??
        onlyOn(
          scheduled.filter((h) => h.date === f.date),
          named,
        ))
      : undefined;
  const ofType = scheduled.filter((h) => sameHearing(h, named));
  const match =
    (f.change === 'held' ? heldHearing(t, f, at) : undefined) ??
    onItsDay ??
    nextOf(
      scheduled.filter((h) => h.type === f.type && sameMatter(h.re, re)),
      at.dateFiled,
    ) ??
    // A reset of a hearing another entry named otherwise ("Motion Hearing RESET" for the "hearing on
    // the motion" an order set): the one scheduled hearing of a kind it fits.
    (f.change === 'reset' && ofType.length === 1 ? ofType[0] : undefined);
  if (match) touch(t, match);
  const ev = (type: string, h: TrackedHearing | null, message: string): TrackerEvent[] => [
    entryEvent(at, type, h, message, {
      date: h?.date ?? f.date,
      time: h?.time ?? f.time,
      ...(h?.where ? { where: h.where } : {}),
    }),
  ];
  const when = (date: string | null, time: string | null) =>
    date ? `${longDate(date)}${time ? ` at ${time}` : ''}` : 'a date to be set';
  const name = f.type.replace(/_/g, ' ');
  // The same hearing told again (the notice of a date an order set), under its name or another.
  const again =
    f.change === 'set' || f.change === 'duplicate'
      ? (scheduled.find((h) => h.date === f.date && sameTime(h.time, f.time) && h.type === f.type) ??
        scheduled.find(
          (h) => h.date === f.date && sameTime(h.time, f.time) && sameHearing(h, { type: f.type, re }),
        ) ??
        scheduled.find((h) => sameSitting(h, f)))
      : undefined;
  if (again) {
    fillIn(t, again, f, at);
    return [];
  }
  // Moved to another day, or to another hour of the same day ("ADVANCED from 1:30 p.m. to 9:00 a.m.").
  if (f.change === 'reset' && match && (match.date !== f.date || (f.time && !sameTime(match.time, f.time))))
    return moveHearing(t, match, f, at);
  // Held again (the minutes say it twice, a later entry records it too): the hearing already held that day.
  const heldBefore =
    f.change === 'held' && !match
      ? [...t.state.hearings.values()].find(
          (h) => h.state === 'held' && h.date === (f.date ?? at.dateFiled) && sameHearing(h, named),
        )
      : undefined;
  if (heldBefore) {
    fillIn(t, heldBefore, f, at);
    return [];
  }
  // A hearing is one hearing: set again for another day, it moves (its old day is not kept too).
  const moved = (f.change === 'set' || (f.change === 'reset' && !match)) && setAnew(t, f, at);
  if (moved) return moveHearing(t, moved, f, at);
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
      ...(f.reFromEntry ? { reFromEntry: true } : {}),
      state: f.change === 'held' ? 'held' : 'scheduled',
      setBy: at,
      history: [{ change: f.change, entry: at.entry, date: f.date, time: f.time }],
      ...(f.where ? { where: f.where } : {}),
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

/**
 * "TRANSCRIPT of Oral Argument held on 4/30/2025", "Transcript of Proceedings held on …", and a
 * party's "TRANSCRIPT ORDER for proceedings held on D", "Transcript Request for Motion Hearing held on
 * D" (no transcript is ordered of a sitting that did not take place): the day it records.
 */
const TRANSCRIBED =
  /\btranscript\s+(?:of|(?:order|request)(?:\s+form)?\s+(?:for|of|re:?))\s[^.;]{0,120}?\b(?:held|conducted)\s+(?:on|before\b[^.;]{0,80}?\bon)\s+/i;
/** An entry that is a transcript's order or request, by its head ("TRANSCRIPT ORDER for …"). */
const TRANSCRIPT_ASKED = /^\W*transcript\s+(?:order|request)\b/i;

/** Whether an entry of `kind` is a transcript of a sitting, or a party's order of one. */
export function recordsTranscript(kind: string, text: string): boolean {
  return kind === 'transcript' || TRANSCRIPT_ASKED.test(text);
}

/**
 * A transcript is the record that a hearing took place: the one scheduled for the day it names (of
 * the only hearing that day, or the one its words name) is held. It never sets one, and a day with
 * no scheduled hearing, or more than one it could be, is left as it is.
 */
export function transcribedHearing(t: TrackerCore, text: string, at: Provenance): TrackerEvent[] {
  const m = TRANSCRIBED.exec(text);
  if (!m) return [];
  const day = scanTemporals(text.slice(m.index + m[0].length), at.dateFiled).find(
    (x) => x.type === 'date',
  )?.date;
  if (!day || day > at.dateFiled) return [];
  const h = heldHearing(t, { type: 'hearing', change: 'held', date: day, time: null }, at);
  if (!h) return [];
  touch(t, h);
  h.state = 'held';
  h.history.push({ change: 'held', entry: at.entry, date: day, time: h.time });
  return [
    entryEvent(
      at,
      'hearing.held',
      h,
      `${capitalize(h.type.replace(/_/g, ' '))} held (${TRANSCRIPT_ASKED.test(text) ? 'transcript ordered' : 'transcript filed'})`,
      {
        date: h.date,
        time: h.time,
      },
    ),
  ];
}
