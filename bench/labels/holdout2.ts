/**
 * Hold-out 2 of the real corpus (issue #14): a second set of entries nobody has tuned on, drawn on
 * 2026-12-05 (UTC) after the first corpus had been used for tuning, and labeled by hand before the
 * extractor was run on any of them. Its figures are reported by `bench/corpus-accuracy.ts` as their
 * own split, with no diffs: **do not read its labels or tune on it**.
 *
 * The rule (`drawHoldout` in `holdouts.ts` with this set's parameters, `HOLDOUTS['holdout-2']`), written
 * down so anyone can redraw it (`npx tsx bench/labels/holdout-sample.ts --set holdout-2 [--check]`):
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
import { drawHoldout, HOLDOUTS, type HoldoutRef, labelFileOf } from './holdouts.ts';

export { courtBalanced, DEADLINE_LANGUAGE, hasDeadlineLanguage } from './holdouts.ts';

const SPEC = HOLDOUTS['holdout-2'];
export const SEED2 = SPEC.seed;
export const TARGET_A = SPEC.targetA;
export const TARGET_B = SPEC.targetB;
export const HOLDOUT2_SAMPLE_FILE = SPEC.sampleFile;
export const HOLDOUT2_FILE = labelFileOf('holdout-2');

export type Stratum = 'A' | 'B';

export interface Holdout2Ref extends HoldoutRef {
  split: 'holdout-2';
}

/** Hold-out 2 as drawn (the shared rule of `holdouts.ts` with this set's parameters). */
export const drawHoldout2 = (pacerDir: string): Holdout2Ref[] => drawHoldout(pacerDir, SPEC) as Holdout2Ref[];
