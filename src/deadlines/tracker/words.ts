/** The tracker's comparisons of descriptions and its wording of dates. */
import { DateTime } from 'luxon';
import type { RulingTerm } from '../../model/events.ts';
import type { OneDayInPeriod } from '../calendar.ts';
import { isClassMembersRight } from '../class-rights.ts';
import { pendencyAsResolution } from '../extract/text.ts';
import type { Recurrence } from '../types.ts';

export const DATE = /^\d{4}-\d{2}-\d{2}$/;
const REF = /\[(\d+)\]/g;

/**
 * A pure function of a string, remembered: the tracker compares every finding with every open
 * record, so the same few hundred descriptions are normalised over and over.
 */
function remembered<T>(fn: (s: string) => T): (s: string) => T {
  const memo = new Map<string, T>();
  return (s) => {
    let v = memo.get(s);
    if (v === undefined) {
      if (memo.size > 50_000) memo.clear();
      v = fn(s);
      memo.set(s, v);
    }
    return v;
  };
}

/** "Response to [47] (local-rule default)" → "response to [47]". */
export const keyOf = remembered((what: string): string =>
  what
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\b(the|a|an)\b/g, ' ')
    .replace(/[^\w[\]]+/g, ' ')
    .trim()
    .replace(/\s+/g, ' '),
);

export const refsOf = remembered((what: string): number[] =>
  [...what.matchAll(REF)].map((m) => Number(m[1])),
);

/** The word a description is found by; each of the class members' last days by its whole name (they share their words). */
export const headWord = remembered((what: string) =>
  isClassMembersRight(what) ? keyOf(what) : (keyOf(what).split(' ')[0] ?? ''),
);

export const longDate = remembered((date: string): string => DateTime.fromISO(date).toFormat('LLLL d, yyyy'));

/** "2026-02-05" and "18:30" → "February 5, 2026 at 6:30 PM"; no hour: the day alone. */
export function longDateTime(date: string, time: string | null | undefined): string {
  if (!time) return longDate(date);
  return `${longDate(date)} at ${DateTime.fromISO(`${date}T${time}`).toFormat('h:mm a')}`;
}

export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A term that lasts until an appeal is decided, as orders write it ("resolution of the appeal in No. 25-1393"). */
const APPEAL_DECIDED =
  /^(?:the\s+)?(?:final\s+)?(?:resolution|disposition|determination|outcome|decision|conclusion)\s+(?:of|on)\s+(?:(?:the|this|that|its|any|[A-Z][\w.'’]*)\s+){0,3}appeals?\b/i;
/** The appeal's number in those words: "No. 25-1393", "Ninth Circuit No. 25-2210", "Case No. 24-2031". */
const APPEAL_NUMBER = /\bNos?\.\s*(\d{2}-\d{2,6}(?:\s*(?:,|and|&)\s*\d{2}-\d{2,6})*)/i;

/**
 * A term that lasts until an appeal is decided, in docketwatch's words: `{ number }` — the appeal's
 * number when the court's words give one ("No. 25-1393"), else `null` — or `null` for any other term.
 */
export function untilAppealDecided(until: string): { number: string | null } | null {
  if (!APPEAL_DECIDED.test(until)) return null;
  const m = APPEAL_NUMBER.exec(until);
  return { number: m ? `No. ${m[1]}` : null };
}

/**
 * A term in the order's words, its links to entries named as the reader knows them: the docket
 * report prints "[3]" as a bare number ("until the Court rules on 3", "resolution of Petitioners'
 * emergency motion 3", "the hearing on Plaintiffs' Motion for Preliminary Injunction 4"), said "ECF No. 3".
 */
export function termWords(until: string): string {
  const notAPeriod = String.raw`(?!\s*(?:days?|weeks?|months?|years?|hours?|[ap]\.?m\b|:|\/|,\s*\d{4}))`;
  return (
    appealDecidedWords(until) ??
    until
      .replace(new RegExp(String.raw`\b(on|of)\s+(\d{1,5})\b${notAPeriod}`, 'gi'), '$1 ECF No. $2')
      .replace(new RegExp(String.raw`\b(motion)\s+(\d{1,5})\b${notAPeriod}`, 'gi'), '$1 (ECF No. $2)')
      // "the hearing on Plaintiffs' Motion for Preliminary Injunction 4": the link after the title.
      .replace(
        new RegExp(
          String.raw`(\b[Mm]otion\s+(?:for|to)\s+[^.;,\d()]{1,80}?[A-Za-z])\s+(\d{1,5})\b${notAPeriod}`,
          'g',
        ),
        '$1 (ECF No. $2)',
      )
  );
}

/** "the appeal is decided (No. 25-1393)" for a term that lasts until an appeal is decided; `null` for any other. */
export function appealDecidedWords(until: string): string | null {
  const appeal = untilAppealDecided(until);
  return appeal ? `the appeal is decided${appeal.number ? ` (${appeal.number})` : ''}` : null;
}

/**
 * The term an order gives until a ruling on a motion ("through April 25, 2025, or until the Court
 * rules on the [9] Motion for Preliminary Injunction, whichever is earlier"; "until the Court rules
 * on Plaintiffs' motion for a preliminary injunction"; "pending a ruling on ECF No. 12"; "until the court
 * decides the motion for preliminary injunction"; "Pending resolution of the [3] Emergency Motion"; "through the
 * Court's ruling on the motion for a preliminary injunction, but no later than D"; "until the earlier of (a) the
 * Court's ruling on [14] and (b) D"): the motions
 * named by number, and whether it names the motion for a preliminary injunction. `null` when none.
 */
export function rulingTerm(words: string): RulingTerm | null {
  // "ECF No. 12": the abbreviation's period ends no sentence.
  const read = pendencyAsResolution(words).replace(/\b(Nos?|Dkt|Doc)\.(?=\s*(?:Nos?\.?\s*)?\d)/gi, '$1');
  for (const m of read.matchAll(RULING_TERM)) {
    const named = m[1]!.split(/\bwhichever\b/i)[0]!;
    // "until the Court rules on [3]" as the docket report prints it: "rules on 3" — the bare link alone.
    const bare = /^\s*(\d{1,5})\s*(?:$|[.,;)]|\s+(?:and|or)\s)/.exec(named);
    if (bare) return { motions: [Number(bare[1])], injunctionMotion: false };
    if (!/\bmotions?\b|\[\d{1,5}\]|\bECF\s+No/i.test(named)) continue;
    const motions = [
      ...named.matchAll(
        // "[3]", "ECF No. 3", "3 Emergency Motion", and the docket report's bare link after the
        // title: "Petitioners' emergency motion 3".
        /(?:\[|\bECF\s+Nos?\.?\s*|\bDkt\.?\s*(?:No\.?\s*)?|\bdocket\s+(?:entry\s+)?(?:no\.?\s*)?)(\d{1,5})\]?|\b(\d{1,5})\s+(?:(?:emergency|amended|renewed|joint|second|first)\s+)?motion\b|\bmotions?\s+(?:No\.?\s*)?(\d{1,5})\b(?!\s*(?:days?|weeks?|months?|years?|[ap]\.?m\b|:|,\s*\d{4}))/gi,
      ),
    ].map((n) => Number(n[1] ?? n[2] ?? n[3]));
    const injunctionMotion = /\bpreliminary\s+injunction\b/i.test(named);
    if (motions.length > 0 || injunctionMotion) return { motions, injunctionMotion };
  }
  return null;
}

const RULING_TERM =
  /\b(?:until|pending|through)\s+(?:(?:the\s+)?(?:earlier|earliest|sooner|first)\s+(?:to\s+occur\s+)?of\s+(?:\(?[a-z0-9]{1,3}\)\s+)?)?(?:(?:the\s+)?(?:Court|court|judge)\s+(?:(?:has\s+)?(?:rules|ruled|decides|decided|resolves|resolved)(?:\s+on)?|issues\s+(?:its\s+|a\s+)?(?:ruling|decision|order)\s+on)|(?:a|the|its|the\s+Court['’]s)\s+(?:ruling|decision|determination)\s+(?:on|of)|(?:the\s+)?(?:resolution|disposition)\s+of|the\s+hearing\s+(?:on|of)(?=\s+(?:the\s+)?[^.;]{0,80}?\b(?:[Mm]otion|\[\d)))\s+([^.;]{1,200})/gi;

/** Each language's list join, as its readers write it: "A, B and C", "A, B y C", "A وB وC". */
const LIST_FORMATS = {
  en: new Intl.ListFormat('en-GB', { type: 'conjunction' }),
  es: new Intl.ListFormat('es', { type: 'conjunction' }),
  ar: new Intl.ListFormat('ar', { type: 'conjunction' }),
} as const;

/** Names (or any items) joined as a list in `lang` ("Warsame, Ocampo Ferrer and Dorje"), never "A and B and C". */
export function andList(items: readonly string[], lang: keyof typeof LIST_FORMATS = 'en'): string {
  return LIST_FORMATS[lang].format(items);
}

const ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth'];
const WEEKDAYS = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** How often a repeated duty comes, in words: "every 14 days", "on the first business day of each month", "on the 15th and the last day of each month". */
export function cadenceWords(r: Pick<Recurrence, 'every' | 'unit' | 'day'>): string {
  const nth = (n: number) => (n < 0 ? 'last' : n <= 5 ? ORDINALS[n]! : `${n}th`);
  const one = (d: OneDayInPeriod) =>
    d.kind === 'after-end'
      ? `${d.days} days after the end`
      : d.kind === 'weekday'
        ? `the ${nth(d.n)} ${WEEKDAYS[d.weekday]}`
        : `the ${nth(d.n)} ${d.kind === 'business-day' ? 'business day' : 'day'}`;
  const period =
    r.every === 1 ? 'month' : r.every === 3 ? 'quarter' : r.every === 12 ? 'year' : `${r.every} months`;
  if (r.day?.kind === 'days-of-month') return `on ${r.day.each.map(one).join(' and ')} of each month`;
  if (r.day) return `on ${one(r.day)} of each ${period}`;
  return `every ${r.every === 1 ? r.unit.replace(/s$/, '') : `${r.every} ${r.unit}`}`;
}
