/**
 * Hold-out 2 of the real corpus (issue #14): a second set of entries nobody has tuned on, drawn on
 * 2026-12-05 (UTC) after the first corpus had been used for tuning, and labeled by hand before the
 * extractor was run on any of them. Its figures are reported by `bench/corpus-accuracy.ts` as their
 * own split, with no diffs: **do not read its labels or tune on it**.
 *
 * The rule (`drawHoldout2`), written down so anyone can redraw it:
 * 1. Population: the first corpus's population (`population` in `corpus.ts`: same folders, same
 *    parser, same text, same de-duplication by text, same court rule), less every entry of
 *    `sample.json` (by its text: an entry whose whitespace-collapsed text is a drawn entry's).
 * 2. Stratum A (uniform, court-balanced): each court's remaining entries are shuffled
 *    (Fisher–Yates, mulberry32 seeded with FNV-1a of `${SEED2}:A:${court}`) and every court gives
 *    its first min(n, q) entries, q the smallest quota for which the total reaches `TARGET_A`.
 * 3. Stratum B (deadline language): among the entries not drawn in A whose text, once CM/ECF's own
 *    stamps are removed (`(Entered: …)`, `[Entered: …]`, `(Filed on …)`, `Modified on …`,
 *    `Signed by … on <date>`), matches `DEADLINE_LANGUAGE` (a date, or a word of deadlines,
 *    hearings, stays or injunctions), the same court-balanced draw with the seed
 *    `${SEED2}:B:${court}` and the quota for `TARGET_B`.
 * Each drawn entry records its stratum. B exists so that the set holds enough deadline-, hearing-
 * and stay-bearing entries to measure the 95 % targets; the figures are not reweighted by stratum.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  fnv1a,
  mulberry32,
  type PopulationEntry,
  population,
  refOf,
  SAMPLE_FILE,
  type SampleRef,
  sha12,
} from './corpus.ts';

export const SEED2 = 20261206;
export const TARGET_A = 150;
export const TARGET_B = 150;
export const HOLDOUT2_SAMPLE_FILE = resolve(SAMPLE_FILE, '..', 'holdout-2.sample.json');
export const HOLDOUT2_FILE = resolve(SAMPLE_FILE, '..', 'holdout-2.jsonl');

export type Stratum = 'A' | 'B';

export interface Holdout2Ref extends Omit<SampleRef, 'split'> {
  split: 'holdout-2';
  stratum: Stratum;
}

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
/** CM/ECF's own stamps on an entry: not language of the entry. */
const STAMPS =
  /\((?:Entered|Filed on|Filed)\s*:?[^)]*\)|\[Entered:[^\]]*\]|Modified on \d{1,2}\/\d{1,2}\/\d{2,4}|Signed by [^.;]{0,120}? on \d{1,2}\/\d{1,2}\/\d{2,4}/gi;
/** Dates, and words of deadlines, hearings, stays and injunctions (broad on purpose). */
export const DEADLINE_LANGUAGE = new RegExp(
  [
    '\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b',
    `\\b${MONTH} \\d{1,2},? \\d{4}\\b`,
    '\\b\\d{4}-\\d{2}-\\d{2}\\b',
    '\\bdue\\b',
    '\\bdeadlines?\\b',
    '\\bwithin\\s+\\S+(?:\\s+\\(\\d+\\))?\\s+(?:calendar\\s+|business\\s+|court\\s+)?days\\b',
    '\\b\\d+\\)?\\s+(?:calendar\\s+|business\\s+)?days\\s+(?:after|from|of|before|prior)\\b',
    '\\bon or before\\b',
    '\\bno later than\\b',
    '\\b(?:set|scheduled|noticed)\\s+(?:for|to|on)\\b',
    '\\bhearings?\\b',
    '\\bre-?set\\b',
    '\\bcontinu(?:ed|ance|ing)\\b',
    '\\badjourn(?:ed|ment)?\\b',
    '\\bvacat(?:ed|es|ing)\\b',
    '\\bstay(?:ed|s|ing)?\\b',
    '\\binjunct(?:ion|ive)\\b',
    '\\brestraining order\\b',
    '\\bTRO\\b',
    '\\bshow cause\\b',
    '\\btrial\\b',
    '\\bconference\\b',
    '\\bcalendar call\\b',
    '\\boral argument\\b',
    '\\bmeeting of creditors\\b',
    '\\b341\\b',
    '\\bexten(?:d|ds|ded|sion)\\b',
  ].join('|'),
  'i',
);

export const hasDeadlineLanguage = (text: string): boolean =>
  DEADLINE_LANGUAGE.test(text.replace(STAMPS, ' '));

/** Each court's entries shuffled by its own seed; every court gives its first q, q the smallest quota reaching `target`. */
export function courtBalanced(
  entries: PopulationEntry[],
  target: number,
  seedOf: (court: string) => string,
): PopulationEntry[] {
  const byCourt = new Map<string, PopulationEntry[]>();
  for (const e of entries) byCourt.set(e.court, [...(byCourt.get(e.court) ?? []), e]);
  const courts = [...byCourt.keys()].sort();
  for (const court of courts) {
    const list = byCourt.get(court)!;
    const rand = mulberry32(fnv1a(seedOf(court)));
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [list[i], list[j]] = [list[j]!, list[i]!];
    }
  }
  const total = (q: number) => courts.reduce((s, c) => s + Math.min(q, byCourt.get(c)!.length), 0);
  const all = total(Number.POSITIVE_INFINITY);
  let q = 1;
  while (total(q) < Math.min(target, all)) q++;
  return courts.flatMap((court) => byCourt.get(court)!.slice(0, q));
}

export function drawHoldout2(pacerDir: string): Holdout2Ref[] {
  const pop = population(pacerDir);
  const collapse = (t: string) => t.replace(/\s+/g, ' ');
  const sampled = new Set(
    (JSON.parse(readFileSync(SAMPLE_FILE, 'utf8')) as { entries: SampleRef[] }).entries.map((s) => s.ref),
  );
  const seenTexts = new Set(pop.filter((e) => sampled.has(refOf(e))).map((e) => collapse(e.text)));
  const rest = pop.filter((e) => !seenTexts.has(collapse(e.text)));
  const a = courtBalanced(rest, TARGET_A, (c) => `${SEED2}:A:${c}`);
  const inA = new Set(a.map(refOf));
  const b = courtBalanced(
    rest.filter((e) => !inA.has(refOf(e)) && hasDeadlineLanguage(e.text)),
    TARGET_B,
    (c) => `${SEED2}:B:${c}`,
  );
  const ref = (e: PopulationEntry, stratum: Stratum): Holdout2Ref => ({
    ref: refOf(e),
    fixture: e.fixture,
    caseIndex: e.caseIndex,
    entryIndex: e.entryIndex,
    court: e.court,
    split: 'holdout-2',
    stratum,
    textSha: sha12(e.text),
  });
  return [...a.map((e) => ref(e, 'A')), ...b.map((e) => ref(e, 'B'))];
}
