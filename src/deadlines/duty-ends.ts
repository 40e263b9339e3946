/**
 * Which open recurring duty an order's words end ("Respondents are RELIEVED of the obligation to
 * file further 30-day status reports under [17]", "The defendants' obligation to file compliance
 * reports every fourteen days ENDS …"): one rule, used by the tracker on its records and by the
 * extractor on the duties it knows while reading a case (so that a report filed after the end never
 * meets the ended duty).
 */

import { stem } from './extract/filings.ts';
import { scanTemporals } from './extract/grammar.ts';
import { orderReferences } from './references.ts';

/** What the rule reads of a duty: its name, its schedule, the entry (number) and day that set it. */
export interface RecurringDutyView {
  what: string;
  every: number;
  unit: string;
  entry: number;
  dateFiled: string;
}

/**
 * The duties of `open` that `words` end or change: those set by an entry the words cite or on a day
 * they name (else any open one) that run on the schedule the words name ("every fourteen days"; for
 * a change, `schedule`: the one it replaces), else those whose paper the words name by its subject
 * ("reporting obligations" ends every report, "weekly declarations" the declarations — by subject,
 * not by exact title), else the only one so named, else — when the words name no order — the only
 * one open; none when the words do not single them out. `changing`: the words set a new schedule for
 * the duty (a change, not an end), so the schedule they name is not the duty's.
 */
export function endedDuties<T>(
  open: readonly T[],
  view: (d: T) => RecurringDutyView,
  words: string,
  related: readonly number[],
  filed: string,
  schedule: { every: number; unit: string } | null = null,
  changing = false,
): T[] {
  const dates = new Set(orderReferences(words, [], filed).dates);
  const named = open.filter((d) => related.includes(view(d).entry) || dates.has(view(d).dateFiled));
  let pool = named.length > 0 ? named : open;
  // "The obligation to file compliance reports every fourteen days ENDS": the duty on that schedule,
  // not another of the same paper (the monthly report the same order sets in its place).
  // A change's words name the NEW schedule ("shall now be filed every other month"): only the one it
  // replaces (`schedule`) says which duty it is, never the new one.
  const said =
    schedule ??
    (changing ? undefined : scanTemporals(words, null).find((x) => x.type === 'recurrence')?.recurrence);
  const onSchedule = said
    ? pool.filter((d) => view(d).unit === said.unit && view(d).every === said.every)
    : [];
  if (onSchedule.length > 0) return onSchedule;
  // "the weekly status reports it required are no longer required": the words name a schedule, and a
  // duty on another one ("on the first business day of each month") is another duty, whatever its
  // paper — never ended by them. Lengths compared in days, near enough (a month of "30 days").
  const about = (every: number, unit: string) =>
    every * (/^week/.test(unit) ? 7 : /^month/.test(unit) ? 30.4 : /^year/.test(unit) ? 365 : 1);
  const sameLength = (d: T) =>
    Math.abs(about(view(d).every, view(d).unit) - about(said!.every, said!.unit)) <= 3;
  if (said) {
    pool = pool.filter(sameLength);
    if (pool.length === 0) return [];
  }
  // Two duties of one order ("status reports every 30 days", "inspection logs each month"): those
  // whose paper the order's words name ("relieved of … further 30-day status reports"); every one
  // the words name as well as the others ("reporting obligations … TERMINATED": each report).
  const paper = new Set(dutyWords(words));
  const scored = pool.map((d) => ({ d, score: dutyWords(view(d).what).filter((w) => paper.has(w)).length }));
  const best = Math.max(0, ...scored.map((x) => x.score));
  if (best > 0) return scored.filter((x) => x.score === best).map((x) => x.d);
  if (named.length === 1 && pool.includes(named[0]!)) return [named[0]!];
  return named.length === 0 &&
    related.length === 0 &&
    dates.size === 0 &&
    open.length === 1 &&
    pool.includes(open[0]!)
    ? [open[0]!]
    : [];
}

/** The words that tell one repeated paper from another ("status report", "temperature logs"), by stem. */
function dutyWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\b(?:the|a|an)\b/g, ' ')
    .replace(/[^\w[\]]+/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(
      (w) =>
        w.length > 3 &&
        !/^(?:file|with|court|shall|under|further|every|each|first|their|this|that|from|regarding|recurring|obligations?|duty|defendants?|plaintiffs?|respondents?|petitioners?|paragraphs?|orders?|modified|amended|pursuant|section|terminated|vacated|ends?|need|longer)$/.test(
          w,
        ),
    )
    .map((w) => stem(w.replace(/s$/, '')));
}
