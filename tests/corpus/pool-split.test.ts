/**
 * The POOL split of 2026-12-07 (`bench/labels/pool-split.ts`, issue #14): the hash rule gives the POOL-A
 * courts the session's split.md listed, POOL-A and POOL-B part the POOL, and the
 * `pool-a` development set (hold-out 7's and 8's POOL-A entries) holds POOL-A courts only. Reads the
 * repository's label files for their courts only.
 */
import { describe, expect, it } from 'vitest';
import { HELD_OUT_SETS, labelsOf } from '../../bench/corpus-accuracy.ts';
import { POOL7_COURTS } from '../../bench/labels/holdout-7.ts';
import { inPoolA, inPoolB, POOL_A_COURTS } from '../../bench/labels/pool-split.ts';

describe('the POOL split', () => {
  it('gives the POOL-A courts split.md lists, and POOL-B the rest of the POOL', () => {
    expect(POOL7_COURTS.filter(inPoolA)).toEqual(POOL_A_COURTS);
    expect(POOL7_COURTS.filter(inPoolB)).toHaveLength(POOL7_COURTS.length - POOL_A_COURTS.length);
    for (const c of POOL7_COURTS) expect(inPoolA(c)).not.toBe(inPoolB(c));
  });

  it('pool-a scores hold-out 7 and 8 in POOL-A courts only, and lists its disagreements', () => {
    const set = HELD_OUT_SETS['pool-a']!;
    expect(set.tuned).toBe(true);
    const labels = labelsOf(set);
    expect(labels.length).toBeGreaterThan(150);
    expect(new Set(labels.map((l) => l.split))).toEqual(new Set(['holdout-7', 'holdout-8']));
    for (const l of labels) expect(POOL_A_COURTS).toContain(l.court);
  });
});
