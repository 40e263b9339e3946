/**
 * Hold-out 3 of the real corpus (issue #14): a third set of entries nobody has tuned on or looked
 * at, drawn on 2026-12-05 (UTC) after hold-out 2 was retired into development, and labeled by hand
 * before the extractor was run on any of them. `bench/corpus-accuracy.ts --set holdout-3` reports
 * its totals only: **do not read its labels or entries, or tune on it**.
 *
 * The rule (`drawHoldout` in `holdouts.ts` with this set's parameters), written down so anyone can
 * redraw it (`npx tsx bench/labels/holdout-sample.ts --set holdout-3 [--check]`):
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
import { drawHoldout, HOLDOUTS, type HoldoutRef, labelFileOf } from './holdouts.ts';

const SPEC = HOLDOUTS['holdout-3'];
export const SEED3 = SPEC.seed;
export const TARGET_A = SPEC.targetA;
export const TARGET_B = SPEC.targetB;
export const HOLDOUT3_SAMPLE_FILE = SPEC.sampleFile;
export const HOLDOUT3_FILE = labelFileOf('holdout-3');

export type Stratum = 'A' | 'B';

export interface Holdout3Ref extends HoldoutRef {
  split: 'holdout-3';
}

/** Hold-out 3 as drawn (the shared rule of `holdouts.ts` with this set's parameters). */
export const drawHoldout3 = (pacerDir: string): Holdout3Ref[] => drawHoldout(pacerDir, SPEC) as Holdout3Ref[];
