/**
 * The POOL split of the seventeenth session (issue #14; /work/notes/prompts17/split.md, fixed
 * 2026-12-07 before any draw or label). Hold-outs 7, 8 and 9 were drawn from the POOL courts
 * (`inPool7`); tuning on the DEV courts did not transfer to them, so the POOL is split by court:
 * - POOL-A (`inPoolA`): POOL courts c with sha256('20261207-pool-split:' + c) first 8 hex < 0x80000000.
 *   Tuned on from the seventeenth session: hold-out 7's and 8's entries in these courts are the
 *   development set `pool-a`.
 * - POOL-B (`inPoolB`): the other POOL courts. Blind: nobody working on the extractor opens them. Hold-out
 *   9's POOL-B entries (`holdout-9b`) and hold-out 10 (POOL-B courts only) are the checks.
 */
import { createHash } from 'node:crypto';
import { inPool7 } from './holdout-7.ts';

export const POOL_SPLIT_SALT = '20261207-pool-split:';

const splitHashLow = (court: string): boolean =>
  Number.parseInt(createHash('sha256').update(`${POOL_SPLIT_SALT}${court}`).digest('hex').slice(0, 8), 16) <
  0x80000000;

/** A POOL court whose split hash is in the lower half: tuned on (development set `pool-a`). */
export const inPoolA = (court: string): boolean => inPool7(court) && splitHashLow(court);

/** A POOL court whose split hash is in the upper half: blind (hold-out 9b, hold-out 10). */
export const inPoolB = (court: string): boolean => inPool7(court) && !splitHashLow(court);
