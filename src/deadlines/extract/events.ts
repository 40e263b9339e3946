/**
 * Periods counted from a hearing ("7 days before the hearing", "within 14 days after the
 * settlement conference", "48 hours before oral argument"): which hearing the words name, and the
 * due date counted from its date — back under FRCP 6(a)(5) for "before", forward for "after". A
 * period whose hearing is not dated (not set yet, ambiguous, cancelled) stays undated.
 */
import type { DeadlineFinding, HearingFinding } from '../types.ts';
import { DATE, readDate, readTime, TIME } from './grammar.ts';
import { periodDueAt } from './text.ts';

/** The head noun of a court event, as a trigger names it; the words before it qualify it. */
const EVENT_HEAD =
  /\b(?:hearing|conference|trial|argument|arraignment|sentencing|calendar\s+call|jury\s+selection|status\s+call)\b/i;
/** Words before the head that do not tell one event from another ("the scheduled hearing"). */
const NEUTRAL =
  /^(?:the|a|an|said|such|that|this|next|upcoming|scheduled|above|above-referenced|aforementioned|court['’]?s|date|of|in-person|video|telephonic|zoom|now|currently|newly|set|reset|rescheduled)$/i;

export interface EventTarget {
  /** The head noun as a hearing-type token: `hearing`, `conference`, `trial`, `argument`, `calendar_call`. */
  head: string;
  /** Tokens the hearing's type must also have ("final", "pretrial" in "the Final Pretrial Conference"). */
  qualifiers: string[];
}

/** What a period's trigger words name when they name a court event; `null` otherwise. */
export function eventTarget(triggerText: string | null | undefined): EventTarget | null {
  if (!triggerText) return null;
  const t = triggerText.replace(/^the\s+date\s+of\s+/i, '');
  const m = EVENT_HEAD.exec(t);
  if (!m) return null;
  const before = t.slice(0, m.index).trim();
  // "the close of discovery before the hearing" names discovery, not the hearing.
  if (before.split(/\s+/).length > 4) return null;
  const qualifiers = before
    .split(/\s+/)
    .filter((w) => w && !NEUTRAL.test(w))
    .flatMap((w) => w.toLowerCase().split(/[^a-z0-9]+/))
    .filter(Boolean);
  return { head: m[0].toLowerCase().replace(/\s+/g, '_'), qualifiers };
}

function matches(target: EventTarget, type: string): boolean {
  // A court of appeals' oral argument is the appeal's hearing ("ACKNOWLEDGMENT OF HEARING NOTICE …
  // no later than 28 days before the hearing date" in a notice of oral argument).
  const tokens = type.split('_').map((t) => (t === 'argument' && target.head === 'hearing' ? 'hearing' : t));
  const head = target.head.split('_');
  const at = tokens.findIndex((_, i) => head.every((h, j) => tokens[i + j] === h));
  return at >= 0 && target.qualifiers.every((q) => tokens.includes(q));
}

/** A hearing a period may be counted from; `setBy` is the earlier entry that set it, if any. */
export type KnownHearing = HearingFinding & { setBy?: string };

/**
 * The one dated, still scheduled hearing the trigger names; `null` when none or more than one date
 * fits. A hearing held that day also fits a period counted after it ("14 days after the hearing").
 */
export function hearingNamed(
  target: EventTarget,
  hearings: readonly KnownHearing[],
  direction: 'after' | 'before' = 'after',
): KnownHearing | null {
  const fits = hearings.filter(
    (h) =>
      h.date &&
      (h.change === 'set' ||
        h.change === 'reset' ||
        h.change === 'duplicate' ||
        (h.change === 'held' && direction === 'after')) &&
      matches(target, h.type),
  );
  const dates = new Set(fits.map((h) => `${h.date}T${h.time ?? ''}`));
  return dates.size === 1 ? fits[fits.length - 1]! : null;
}

const EVENT_HEAD_SOURCE = EVENT_HEAD.source.replace(/^\\b|\\b$/g, '');
/** "the August 15, 2017 hearing", "the 9/12/2017 10:00 AM status conference": the trigger dates itself. */
const DATED_EVENT = new RegExp(
  `^(?:the\\s+)?(?<date>${DATE})(?:,?\\s+(?:at\\s+)?(?<time>${TIME}))?\\s+(?<words>(?:[A-Za-z-]+\\s+){0,3}?)(?<head>${EVENT_HEAD_SOURCE})\\b`,
  'i',
);
const STARTS_WITH_DATE = new RegExp(`^(?:the\\s+)?${DATE.replace(/\?<[a-z]+>/g, '')}`, 'i');

/** The hearing a period's own words date ("7 days before the 8/15/2017 hearing"), read from its clause. */
function datedEventIn(d: DeadlineFinding, reference: string): KnownHearing | null {
  const words = d.period?.triggerText;
  if (!words || !d.source || !STARTS_WITH_DATE.test(words)) return null;
  const at = d.source.indexOf(words);
  if (at < 0) return null;
  const m = DATED_EVENT.exec(d.source.slice(at));
  const date = m?.groups?.date ? readDate(m.groups.date.replace(/^[A-Za-z]+day,?\s+/, ''), reference) : null;
  if (!m || !date) return null;
  const type = `${m.groups!.words ?? ''}${m.groups!.head}`
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
  return {
    type,
    change: 'set',
    date,
    time: m.groups!.time ? readTime(m.groups!.time) : null,
    source: m[0],
  };
}

/**
 * Hearings named by their kind, not one setting: "reporting the outcome of each custody hearing within
 * three days after the hearing is held" counts from each of them as it is held (often an agency's, in
 * an order that also sets the court's own hearing) — never from a hearing on the court's calendar.
 */
const EACH_HEARING =
  /\b(?:each|every|any|all)\s+(?:[\w'’-]+\s+){0,3}?(?:hearing|conference|trial|argument|arraignment|sentencing)s?\b/i;

/** Whether a period's trigger points back to hearings its sentence named by kind before it. */
function countsFromEachHearing(d: DeadlineFinding): boolean {
  const words = d.period?.triggerText;
  const at = words && d.source ? d.source.indexOf(words) : -1;
  return at > 0 && EACH_HEARING.test(d.source!.slice(0, at));
}

/**
 * Date the undated periods of `deadlines` whose trigger is a hearing among `hearings`: the period
 * records the hearing it was counted from (`period.event`, with `setBy` when an earlier entry set it).
 * A hearing's reset, cancellation or holding is the caller's to apply before: only scheduled ones count.
 * Trigger words that carry their own date ("before the August 15, 2017 hearing") use that date.
 */
export function datePeriodsFromHearings(
  deadlines: DeadlineFinding[],
  hearings: readonly KnownHearing[],
  court: string | undefined,
  reference: string,
): void {
  for (const d of deadlines) {
    const p = d.period;
    if (!p || p.trigger || d.dueDate || d.recurrence || countsFromEachHearing(d)) continue;
    const target = eventTarget(p.triggerText);
    const h =
      datedEventIn(d, reference) ?? (target ? hearingNamed(target, hearings, p.direction ?? 'after') : null);
    if (!h?.date) continue;
    const period = {
      ...p,
      // A trigger with its own date was cut at the date's comma ("the August 15"): the whole words.
      triggerText:
        h.source && !h.setBy && STARTS_WITH_DATE.test(p.triggerText ?? '') ? h.source : p.triggerText,
      trigger: h.date,
      event: { type: h.type, date: h.date, time: h.time, ...(h.setBy ? { setBy: h.setBy } : {}) },
    };
    const due = periodDueAt(period, court);
    if (!due) continue;
    d.period = period;
    d.dueDate = due.date;
    if (due.time) d.dueTime = due.time;
    d.basis = 'period_in_text';
  }
}

/** The hearings still scheduled after `h`: a setting adds one, a reset moves it, a cancellation or holding ends it. */
export function applyHearing(scheduled: KnownHearing[], h: HearingFinding, entry: string): void {
  const sameRe = (x: KnownHearing) => !x.re?.length || !h.re?.length || x.re.some((r) => h.re!.includes(r));
  const latest = () => {
    for (let i = scheduled.length - 1; i >= 0; i--)
      if (scheduled[i]!.type === h.type && sameRe(scheduled[i]!)) return i;
    return -1;
  };
  if (h.change === 'set') {
    if (!scheduled.some((x) => x.type === h.type && x.date === h.date))
      scheduled.push({ ...h, setBy: entry });
  } else if (h.change === 'reset') {
    const i = latest();
    if (i >= 0) scheduled.splice(i, 1);
    scheduled.push({ ...h, setBy: entry });
  } else if (h.change === 'cancelled' && h.date) {
    // A cancellation that names its day strikes the hearing on that day (not one just moved from it).
    const i = scheduled.findLastIndex((x) => x.type === h.type && sameRe(x) && x.date === h.date);
    if (i >= 0) scheduled.splice(i, 1);
  } else if (h.change === 'cancelled' || h.change === 'held') {
    const i = latest();
    if (i >= 0) scheduled.splice(i, 1);
  }
}
