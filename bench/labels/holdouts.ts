/**
 * The hold-outs of the real corpus (issue #14), drawn by one rule with per-set parameters: each set
 * is the corpus population less what earlier sets drew, a court-balanced uniform stratum A, and a
 * court-balanced stratum B among the rest whose text has deadline language (oversampling, so that
 * the set holds enough deadline- and hearing-bearing entries; figures are not reweighted).
 *
 * The rule (`drawHoldout`), written down so anyone can redraw it:
 * 1. Population: `population` in `corpus.ts` (same folders, parser, text, de-duplication by text,
 *    court rule), less every entry whose whitespace-collapsed text is that of an entry of one of the
 *    set's `excludeSamples` files, and (when `excludeExtractHeldout`) the text of an entry of the
 *    extractor's older held-out files (`src/deadlines/extract/heldout*.jsonl`: written texts, not
 *    fixture entries; none matches).
 * 2. Stratum A (uniform, court-balanced): each court's remaining entries are shuffled
 *    (Fisher–Yates, mulberry32 seeded with FNV-1a of `${seed}:A:${court}`) and every court gives
 *    its first min(n, q) entries, q the smallest quota for which the total reaches `targetA`.
 * 3. Stratum B (deadline language): among the entries not drawn in A whose text, with CM/ECF's own
 *    stamps removed, matches `DEADLINE_LANGUAGE` (below; hold-out 2's), the same court-balanced draw
 *    seeded `${seed}:B:${court}` with the quota for `targetB`.
 * Each drawn entry records its stratum. Redraw or check with `holdout-sample.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  fnv1a,
  mulberry32,
  type PopulationEntry,
  population,
  refOf,
  SAMPLE_FILE,
  type SampleRef,
  type Split,
  sha12,
} from './corpus.ts';

const here = dirname(fileURLToPath(import.meta.url));
const EXTRACT_HELDOUT_DIR = resolve(here, '..', '..', 'src', 'deadlines', 'extract');

export type HoldoutSet = 'holdout-2' | 'holdout-3' | 'holdout-4' | 'holdout-5';
export type Stratum = 'A' | 'B' | 'C';

export interface HoldoutRef extends Omit<SampleRef, 'split'> {
  split: HoldoutSet;
  stratum: Stratum;
}

export interface HoldoutSpec {
  set: HoldoutSet;
  seed: number;
  targetA: number;
  targetB: number;
  /**
   * Stratum C (hold-out 4 on): among the entries drawn in neither A nor B whose text, stamps removed,
   * matches `HEARING_LANGUAGE`, the same court-balanced draw seeded `${seed}:C:${court}`, quota
   * reaching `targetC`. Absent: no stratum C.
   */
  targetC?: number;
  /** Sample files whose entries' texts are left out of the population. */
  excludeSamples: string[];
  /** Leave out the texts of `src/deadlines/extract/heldout*.jsonl` too. */
  excludeExtractHeldout: boolean;
  /** Where the drawn set is written, and its `rule` and `drawn` lines. */
  sampleFile: string;
  rule: string;
  drawn: string;
}

export const sampleFileOf = (set: HoldoutSet): string => resolve(here, `${set}.sample.json`);
export const labelFileOf = (set: HoldoutSet): string => resolve(here, `${set}.jsonl`);

const spec = (s: Omit<HoldoutSpec, 'sampleFile' | 'rule'> & { rule: (s: HoldoutSpec) => string }) => {
  const full = { ...s, sampleFile: sampleFileOf(s.set), rule: '' } as HoldoutSpec;
  full.rule = s.rule(full);
  return full;
};

/** Every hold-out drawn by this rule, with the parameters it was drawn with. */
export const HOLDOUTS: Record<HoldoutSet, HoldoutSpec> = {
  'holdout-2': spec({
    set: 'holdout-2',
    seed: 20261206,
    targetA: 150,
    targetB: 150,
    excludeSamples: [SAMPLE_FILE],
    excludeExtractHeldout: false,
    drawn: '2026-12-05',
    rule: (s) =>
      `seed ${s.seed}; population of corpus.ts less sample.json (by text); stratum A: court-balanced, quota reaching ${s.targetA}; stratum B: court-balanced among the rest whose text has deadline language (DEADLINE_LANGUAGE), quota reaching ${s.targetB}; see bench/labels/holdout2.ts`,
  }),
  'holdout-3': spec({
    set: 'holdout-3',
    seed: 20261207,
    targetA: 140,
    targetB: 160,
    excludeSamples: [SAMPLE_FILE, sampleFileOf('holdout-2')],
    excludeExtractHeldout: true,
    drawn: '2026-12-05',
    rule: (s) =>
      `seed ${s.seed}; population of corpus.ts less the texts of sample.json, holdout-2.sample.json and src/deadlines/extract/heldout*.jsonl; stratum A: court-balanced, quota reaching ${s.targetA}; stratum B: court-balanced among the rest whose text has deadline language (holdout2.ts DEADLINE_LANGUAGE), quota reaching ${s.targetB}; see bench/labels/holdout3.ts`,
  }),
  'holdout-4': spec({
    set: 'holdout-4',
    seed: 20261209,
    targetA: 100,
    targetB: 200,
    targetC: 70,
    excludeSamples: [SAMPLE_FILE, sampleFileOf('holdout-2'), sampleFileOf('holdout-3')],
    excludeExtractHeldout: true,
    drawn: '2026-12-06',
    rule: (s) =>
      `seed ${s.seed}; population of corpus.ts less the texts of sample.json, holdout-2.sample.json, holdout-3.sample.json and src/deadlines/extract/heldout*.jsonl; stratum A: court-balanced, quota reaching ${s.targetA}; stratum B: court-balanced among the rest whose text has deadline language (holdout2.ts DEADLINE_LANGUAGE), quota reaching ${s.targetB}; stratum C (added after A and B were labeled, drawn before it was read): court-balanced among the rest whose text has hearing language (HEARING_LANGUAGE), quota reaching ${s.targetC}; see bench/labels/holdouts.ts`,
  }),
  'holdout-5': spec({
    set: 'holdout-5',
    seed: 20261210,
    targetA: 100,
    targetB: 152,
    targetC: 59,
    excludeSamples: [
      SAMPLE_FILE,
      sampleFileOf('holdout-2'),
      sampleFileOf('holdout-3'),
      sampleFileOf('holdout-4'),
    ],
    excludeExtractHeldout: true,
    drawn: '2026-12-06',
    rule: (s) =>
      `seed ${s.seed}; population of corpus.ts less the texts of sample.json, holdout-2.sample.json, holdout-3.sample.json, holdout-4.sample.json and src/deadlines/extract/heldout*.jsonl (1,016 entries from 30 courts, 152 with deadline language, 59 with hearing language: holdout-sample.ts --counts); stratum A: court-balanced, quota reaching ${s.targetA}; stratum B: court-balanced among the rest whose text has deadline language (holdout2.ts DEADLINE_LANGUAGE), quota reaching ${s.targetB}; stratum C (drawn with A and B, before any entry was read): court-balanced among the rest whose text has hearing language (HEARING_LANGUAGE), quota reaching ${s.targetC}. Why these targets: B and C were meant as about 170 and 80, but the population holds only 152 entries with deadline language and 59 with hearing language (counts alone), so B's and C's targets are those counts: every such entry not drawn before is taken; A is the ~100 uniform entries asked for. See bench/labels/holdouts.ts and README.md`,
  }),
};

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

/** Words of hearings and their lifecycle (stratum C of hold-out 4): narrower than `DEADLINE_LANGUAGE`. */
export const HEARING_LANGUAGE = new RegExp(
  [
    '\\bhearings?\\b',
    '\\bconferences?\\b',
    '\\btrial\\b',
    '\\boral argument\\b',
    '\\bcalendar call\\b',
    '\\bmeeting of creditors\\b',
    '\\b341\\b',
    '\\barraignment\\b',
    '\\bsentencing\\b',
    '\\bre-?set\\b',
    '\\bcontinu(?:ed|ance)\\b',
    '\\badjourn(?:ed|ment)?\\b',
    '\\bheld\\b',
    '\\b(?:set|scheduled|noticed|calendared)\\s+(?:for|to|on)\\b',
  ].join('|'),
  'i',
);

export const hasHearingLanguage = (text: string): boolean => HEARING_LANGUAGE.test(text.replace(STAMPS, ' '));

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

const collapse = (t: string) => t.replace(/\s+/g, ' ').trim();

/** The whitespace-collapsed texts a set leaves out: earlier samples (and the extractor's held-out files). */
export function excludedTexts(pop: PopulationEntry[], s: HoldoutSpec): Set<string> {
  const drawn = new Set<string>();
  for (const f of s.excludeSamples)
    for (const e of (JSON.parse(readFileSync(f, 'utf8')) as { entries: { ref: string }[] }).entries)
      drawn.add(e.ref);
  const out = new Set(pop.filter((e) => drawn.has(refOf(e))).map((e) => collapse(e.text)));
  if (s.excludeExtractHeldout)
    for (const f of readdirSync(EXTRACT_HELDOUT_DIR).sort())
      if (/^heldout.*\.jsonl$/.test(f))
        for (const line of readFileSync(join(EXTRACT_HELDOUT_DIR, f), 'utf8').split('\n'))
          if (line.trim()) {
            const t = (JSON.parse(line) as { text?: unknown }).text;
            if (typeof t === 'string') out.add(collapse(t));
          }
  return out;
}

/** The population a set draws from (after its exclusions). */
export function holdoutPopulation(pacerDir: string, s: HoldoutSpec): PopulationEntry[] {
  const pop = population(pacerDir);
  const excluded = excludedTexts(pop, s);
  return pop.filter((e) => !excluded.has(collapse(e.text)));
}

export function drawHoldout(pacerDir: string, s: HoldoutSpec): HoldoutRef[] {
  const rest = holdoutPopulation(pacerDir, s);
  const a = courtBalanced(rest, s.targetA, (c) => `${s.seed}:A:${c}`);
  const inA = new Set(a.map(refOf));
  const b = courtBalanced(
    rest.filter((e) => !inA.has(refOf(e)) && hasDeadlineLanguage(e.text)),
    s.targetB,
    (c) => `${s.seed}:B:${c}`,
  );
  const inB = new Set(b.map(refOf));
  const c =
    s.targetC === undefined
      ? []
      : courtBalanced(
          rest.filter((e) => !inA.has(refOf(e)) && !inB.has(refOf(e)) && hasHearingLanguage(e.text)),
          s.targetC,
          (court) => `${s.seed}:C:${court}`,
        );
  const ref = (e: PopulationEntry, stratum: Stratum): HoldoutRef => ({
    ref: refOf(e),
    fixture: e.fixture,
    caseIndex: e.caseIndex,
    entryIndex: e.entryIndex,
    court: e.court,
    split: s.set,
    stratum,
    textSha: sha12(e.text),
  });
  return [...a.map((e) => ref(e, 'A')), ...b.map((e) => ref(e, 'B')), ...c.map((e) => ref(e, 'C'))];
}

/** The body of a set's sample file, exactly as the samplers have always written it. */
export function sampleBody(s: HoldoutSpec, drawn: HoldoutRef[]): string {
  return `${JSON.stringify({ rule: s.rule, drawn: s.drawn, entries: drawn }, null, 2)}\n`;
}

export const isSplit = (x: string): x is Split & HoldoutSet => x in HOLDOUTS;
