/**
 * Which earlier orders a ruling names. Courts name an order by its docket number ("[87]",
 * "ECF No. 87", a CM/ECF link that lost its brackets: "the order 191"), by its date ("the
 * preliminary injunction of July 24, 2017", "the January 2, 2018 order", "the order entered
 * July 24, 2017"), or both. The tracker resolves these to the records those orders set, never to
 * "the latest of that kind".
 */
import { DATE, readDate } from './extract/grammar.ts';

export interface OrderReferences {
  /** Entry numbers named. */
  numbers: number[];
  /** Days (`YYYY-MM-DD`) of the orders named by date. */
  dates: string[];
}

/** What a ruling is: the words right before or after a date that make it an order's date. */
const RULING =
  '(?:order|opinion|injunction|judgment|decision|ruling|decree|TRO|temporary\\s+restraining\\s+order|stay)';
const DATE_RE = new RegExp(DATE, 'gi');
/** "… injunction of", "… order entered (on)", "… order dated", "… order issued on" right before the date. */
const BEFORE = new RegExp(
  `\\b${RULING}s?\\b[^.;()]{0,40}?\\b(?:of|on|dated|entered|issued|granted|filed|signed)(?:\\s+on)?\\s*$`,
  'i',
);
/** "the January 2, 2018 order", "the July 24, 2017 preliminary injunction" right after it. */
const AFTER = new RegExp(`^\\s*,?\\s*(?:[A-Za-z-]+\\s+){0,3}?${RULING}s?\\b`, 'i');
/** A number right after a date or a ruling's name: a CM/ECF link without its brackets. */
const BARE_NUMBER = new RegExp(`(?:${DATE}|\\b${RULING}s?)\\s+\\[?(\\d{1,5})\\]?(?![\\d/:.,-]\\d)`, 'gi');

/**
 * The orders `text` names, by number and by date. `related` are the entry numbers the extractor
 * already read as references; `filed` is the ruling's own day (its own date is not a reference).
 */
export function orderReferences(text: string, related: readonly number[], filed: string): OrderReferences {
  const numbers = new Set(related);
  const dates = new Set<string>();
  // The clerk's and the judge's own dates ("(Entered: 12/21/2018)", "Dated: …", "Signed …") are not references.
  const body = text.replace(/\((?:Entered|Filed):[^)]*\)|\bDated:[^.]*|\bSigned\s+by\b[^.]*/gi, ' ');
  for (const m of body.matchAll(DATE_RE)) {
    const before = body.slice(Math.max(0, m.index - 80), m.index);
    const after = body.slice(m.index + m[0].length, m.index + m[0].length + 60);
    if (!BEFORE.test(before) && !AFTER.test(after)) continue;
    const day = readDate(m[0], filed);
    if (day && day < filed) dates.add(day);
  }
  for (const m of body.matchAll(BARE_NUMBER)) {
    const n = Number(m[m.length - 1]);
    if (n > 0) numbers.add(n);
  }
  return { numbers: [...numbers], dates: [...dates] };
}
