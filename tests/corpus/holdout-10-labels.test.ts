/**
 * The POOL split (`bench/labels/pool-split.ts`) and hold-out 10 (`bench/labels/holdout-10.ts`, issue #14):
 * the split partitions the POOL courts (POOL-A is the list the seventeenth session's split fixed); hold-out
 * 10's sample holds POOL-B courts only, meets its strata's targets and shares no entry with an earlier POOL
 * hold-out; its labels, first and second (blind) labeling, are well-formed — each a prefix of its blind
 * order, in that order, each with the entry's fixed fields and the label vocabulary. Reads the repository's files only, and the labels for their form
 * only (the redraw is `npx tsx bench/labels/holdout-10-sample.ts --check`, which needs the snapshot).
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEVJS_SAMPLE_FILE } from '../../bench/labels/dev-js.ts';
import type { Holdout6Ref } from '../../bench/labels/holdout-6.ts';
import { HOLDOUT7_SAMPLE_FILE, POOL7_COURTS } from '../../bench/labels/holdout-7.ts';
import { HOLDOUT8_SAMPLE_FILE } from '../../bench/labels/holdout-8.ts';
import { HOLDOUT9_SAMPLE_FILE } from '../../bench/labels/holdout-9.ts';
import {
  HOLDOUT10_BLIND_SEED,
  HOLDOUT10_LABEL_FILE,
  HOLDOUT10_SAMPLE_FILE,
  HOLDOUT10_SECOND_FILE,
  HOLDOUT10_TARGETS,
  type Holdout10Ref,
} from '../../bench/labels/holdout-10.ts';
import { blindOrder } from '../../bench/labels/holdout-texts.ts';
import { HEARING_CHANGES, LABEL_KINDS, readLabels } from '../../bench/labels/labels.ts';
import { inPoolA, inPoolB } from '../../bench/labels/pool-split.ts';

const entriesOf = (file: string) =>
  (JSON.parse(readFileSync(file, 'utf8')) as { entries: Holdout6Ref[] }).entries;
const sample = (JSON.parse(readFileSync(HOLDOUT10_SAMPLE_FILE, 'utf8')) as { entries: Holdout10Ref[] })
  .entries;
const isDay = (d: unknown) =>
  typeof d === 'string' &&
  /^\d{4}-\d{2}-\d{2}$/.test(d) &&
  new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d;

describe('the POOL split', () => {
  it('puts each POOL court in exactly one part, POOL-A the courts split.md lists, and no DEV court in either', () => {
    for (const c of POOL7_COURTS) expect(inPoolA(c) !== inPoolB(c), c).toBe(true);
    expect(POOL7_COURTS.filter(inPoolA).join(' ')).toBe(
      'almb almd arwd azd flmb ilnd kywb mieb nced njd nvb nysb ohnd tnwb txsb txwd',
    );
    // The DEV courts (dev-js's, none of them in hold-out 7's POOL) are in neither part.
    const dev = new Set(entriesOf(DEVJS_SAMPLE_FILE).map((e) => e.court));
    expect(dev.size).toBeGreaterThan(10);
    for (const c of dev) expect(inPoolA(c) || inPoolB(c), c).toBe(false);
  });
});

describe('hold-out 10', () => {
  it('draws its strata to their targets from POOL-B courts only, none of hold-outs 7, 8 or 9, each entry once', () => {
    for (const st of ['A', 'D', 'H', 'S'] as const)
      expect(sample.filter((s) => s.stratum === st).length, st).toBe(HOLDOUT10_TARGETS[st]);
    expect(new Set(sample.map((s) => s.ref)).size).toBe(sample.length);
    for (const s of sample) expect(inPoolB(s.court), s.ref).toBe(true);
    const earlier = [HOLDOUT7_SAMPLE_FILE, HOLDOUT8_SAMPLE_FILE, HOLDOUT9_SAMPLE_FILE].flatMap(entriesOf);
    const refs = new Set(earlier.map((e) => e.ref));
    const shas = new Set(earlier.map((e) => e.textSha));
    for (const s of sample) {
      expect(refs.has(s.ref), s.ref).toBe(false);
      expect(shas.has(s.textSha), s.ref).toBe(false);
    }
  });

  it.each([
    ['first', HOLDOUT10_LABEL_FILE],
    ['second', HOLDOUT10_SECOND_FILE],
  ] as const)(
    'its %s labeling labels a prefix of its blind order, in that order, in the label vocabulary',
    (_which, file) => {
      if (!existsSync(file)) return;
      const labels = readLabels(file);
      const order = blindOrder(sample, HOLDOUT10_BLIND_SEED);
      expect(labels.length).toBeGreaterThan(0);
      for (const [i, l] of labels.entries()) {
        const s = order[i]!;
        expect([l.ref, l.court, l.split, l.stratum, l.textSha], `#${i + 1}`).toEqual([
          s.ref,
          s.court,
          'holdout-10',
          s.stratum,
          s.textSha,
        ]);
        expect(LABEL_KINDS, l.ref).toContain(l.kind);
        expect(isDay(l.dateFiled), l.ref).toBe(true);
        for (const d of l.deadlines) expect(d.due === null || isDay(d.due), l.ref).toBe(true);
        for (const h of l.hearings) {
          expect(HEARING_CHANGES, l.ref).toContain(h.change);
          expect(h.date === null || isDay(h.date), l.ref).toBe(true);
        }
      }
    },
  );
});
