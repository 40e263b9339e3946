/**
 * The POOL split of the seventeenth session (issue #14), fixed on 2026-12-07 before any draw or label
 * (/work/notes/prompts17/split.md). Hold-outs 7, 8 and 9 were drawn from the POOL courts (`inPool7`);
 * tuning on DEV courts did not transfer to them, so the POOL courts are split by court:
 * - POOL-A, tuned on from now: POOL court c with sha256(`20261207-pool-split:` + c)'s first 8 hex digits,
 *   read as an integer, below 0x80000000. Hold-out 7's and 8's entries in POOL-A courts are development
 *   data (`bench/corpus-accuracy.ts --set pool-a [--diffs]`), with their first labels
 *   (`holdout-7.jsonl`, `holdout-8.jsonl`, as their figures were reported).
 * - POOL-B, blind: the other POOL courts. Hold-out 9's POOL-B entries and hold-out 10 are the checks;
 *   nobody working on the extractor opens their pages or labels.
 */
import { createHash } from 'node:crypto';
import { inPool7 } from './holdout-7.ts';

export const POOL_SPLIT_SALT = '20261207-pool-split:';

/** Which half of the POOL court c is in (`null` for a DEV court). */
export function poolPart(court: string): 'A' | 'B' | null {
  if (!inPool7(court)) return null;
  const h = Number.parseInt(
    createHash('sha256').update(`${POOL_SPLIT_SALT}${court}`).digest('hex').slice(0, 8),
    16,
  );
  return h < 0x80000000 ? 'A' : 'B';
}

export const inPoolA = (court: string): boolean => poolPart(court) === 'A';
export const inPoolB = (court: string): boolean => poolPart(court) === 'B';

/** POOL-A as split.md lists it for the POOL courts known that day (a check of `poolPart`). */
export const POOL_A_COURTS =
  'almb almd arwd azd flmb ilnd kywb mieb nced njd nvb nysb ohnd tnwb txsb txwd'.split(' ');
