/**
 * Hold-out 3 of the real corpus (issue #14): a third set of entries nobody has tuned on or looked
 * at, drawn on 2026-12-05 (UTC) after hold-out 2 was retired into development, and labeled by hand
 * before the extractor was run on any of them. `bench/corpus-accuracy.ts --set holdout-3` reports
 * its totals only: **do not read its labels or entries, or tune on it**.
 *
 * The rule (`drawHoldout3`), written down so anyone can redraw it:
 * 1. Population: the first corpus's population (`population` in `corpus.ts`: same folders, same
 *    parser, same text, same de-duplication by text, same court rule), less every entry whose
 *    whitespace-collapsed text is that of an entry of `sample.json` or `holdout-2.sample.json`, or
 *    the text of an entry of the extractor's older held-out files
 *    (`src/deadlines/extract/heldout*.jsonl`, written texts, not fixture entries: none matches today).
 * 2. Stratum A (uniform, court-balanced): each court's remaining entries are shuffled
 *    (Fisher–Yates, mulberry32 seeded with FNV-1a of `${SEED3}:A:${court}`) and every court gives
 *    its first min(n, q) entries, q the smallest quota for which the total reaches `TARGET_A`.
 * 3. Stratum B (deadline language): among the entries not drawn in A whose text, with CM/ECF's own
 *    stamps removed, matches hold-out 2's `DEADLINE_LANGUAGE` (`holdout2.ts`: a date, or a word of
 *    deadlines, hearings, stays or injunctions), the same court-balanced draw seeded
 *    `${SEED3}:B:${court}` with the quota for `TARGET_B`.
 * Each drawn entry records its stratum. B exists, as in hold-out 2, so that the set holds enough
 * deadline-, hearing- and stay-bearing entries to measure the 95 % targets; the figures are not
 * reweighted by stratum.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type PopulationEntry, population, refOf, SAMPLE_FILE, type SampleRef, sha12 } from './corpus.ts';
import { courtBalanced, HOLDOUT2_SAMPLE_FILE, hasDeadlineLanguage } from './holdout2.ts';

export const SEED3 = 20261207;
export const TARGET_A = 140;
export const TARGET_B = 160;
export const HOLDOUT3_SAMPLE_FILE = resolve(SAMPLE_FILE, '..', 'holdout-3.sample.json');
export const HOLDOUT3_FILE = resolve(SAMPLE_FILE, '..', 'holdout-3.jsonl');
/** The extractor's older held-out sets (written texts): excluded when a text matches. */
const EXTRACT_HELDOUT_DIR = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'src',
  'deadlines',
  'extract',
);

export type Stratum = 'A' | 'B';

export interface Holdout3Ref extends Omit<SampleRef, 'split'> {
  split: 'holdout-3';
  stratum: Stratum;
}

const collapse = (t: string) => t.replace(/\s+/g, ' ').trim();

/** The whitespace-collapsed texts hold-out 3 leaves out: earlier samples and the extractor's held-out files. */
export function excludedTexts(pop: PopulationEntry[]): Set<string> {
  const drawn = new Set<string>();
  for (const f of [SAMPLE_FILE, HOLDOUT2_SAMPLE_FILE])
    for (const s of (JSON.parse(readFileSync(f, 'utf8')) as { entries: { ref: string }[] }).entries)
      drawn.add(s.ref);
  const out = new Set(pop.filter((e) => drawn.has(refOf(e))).map((e) => collapse(e.text)));
  for (const f of readdirSync(EXTRACT_HELDOUT_DIR).sort())
    if (/^heldout.*\.jsonl$/.test(f))
      for (const line of readFileSync(join(EXTRACT_HELDOUT_DIR, f), 'utf8').split('\n'))
        if (line.trim()) {
          const t = (JSON.parse(line) as { text?: unknown }).text;
          if (typeof t === 'string') out.add(collapse(t));
        }
  return out;
}

export function drawHoldout3(pacerDir: string): Holdout3Ref[] {
  const pop = population(pacerDir);
  const excluded = excludedTexts(pop);
  const rest = pop.filter((e) => !excluded.has(collapse(e.text)));
  const a = courtBalanced(rest, TARGET_A, (c) => `${SEED3}:A:${c}`);
  const inA = new Set(a.map(refOf));
  const b = courtBalanced(
    rest.filter((e) => !inA.has(refOf(e)) && hasDeadlineLanguage(e.text)),
    TARGET_B,
    (c) => `${SEED3}:B:${c}`,
  );
  const ref = (e: PopulationEntry, stratum: Stratum): Holdout3Ref => ({
    ref: refOf(e),
    fixture: e.fixture,
    caseIndex: e.caseIndex,
    entryIndex: e.entryIndex,
    court: e.court,
    split: 'holdout-3',
    stratum,
    textSha: sha12(e.text),
  });
  return [...a.map((e) => ref(e, 'A')), ...b.map((e) => ref(e, 'B'))];
}
