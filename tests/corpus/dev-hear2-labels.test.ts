/**
 * dev-hear2 (`bench/labels/dev-hear2.ts`, issue #14): the second hearings-and-deadlines set of the DEV
 * courts. Its sample holds DEV courts only (never a court of hold-out 7's POOL), at most 12 entries a
 * court from at least 25 courts, each entry once, no ref and no text (by fingerprint) of any other
 * `bench/labels/*.sample.json`; its folds follow the hash rule; its labels are well-formed, one per drawn
 * entry, in sample order. Reads the repository's files only (the redraw is `npx tsx
 * bench/labels/dev-hear2.ts --check`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DevHearRef } from '../../bench/labels/dev-hear.ts';
import {
  DEVHEAR2_CAP,
  DEVHEAR2_LABEL_FILE,
  DEVHEAR2_SAMPLE_FILE,
  DEVHEAR2_TARGETS,
  devHear2Fold,
} from '../../bench/labels/dev-hear2.ts';
import { readLabels } from '../../bench/labels/labels.ts';
import { expectDevDraw, expectLabelForm } from '../support/labels.ts';

const entriesOf = <T>(file: string) =>
  (JSON.parse(readFileSync(file, 'utf8')) as { entries?: T[] }).entries ?? [];
const sample = entriesOf<DevHearRef<'dev-hear2'>>(DEVHEAR2_SAMPLE_FILE);
const labelDir = dirname(DEVHEAR2_SAMPLE_FILE);

describe('dev-hear2', () => {
  it('draws 200 entries of DEV courts, at most 12 a court from at least 25, none of another sample', () => {
    expectDevDraw(sample, {
      target: DEVHEAR2_TARGETS.A + DEVHEAR2_TARGETS.B,
      cap: DEVHEAR2_CAP,
      minCourts: 25,
    });
    // No ref of another sample file; no text fingerprint of the samples of the DEV sets and hold-out 6
    // (the POOL hold-outs' files are not opened: their courts are out by the check above).
    // dev-kind2 was drawn the same evening, in parallel, and shares 24 entries with this sample
    // (bench/labels/README.md, "dev-kind2 and dev-hear2 share 24 entries"): that overlap, no more.
    const parallel = join(labelDir, 'dev-kind2.sample.json');
    const others = readdirSync(labelDir)
      .filter((f) => /(?:^|\.)sample\.json$/.test(f) && !/^holdout-[78]\./.test(f))
      .map((f) => join(labelDir, f))
      .filter((f) => f !== DEVHEAR2_SAMPLE_FILE && f !== parallel);
    const refs = new Set(others.flatMap((f) => entriesOf<{ ref: string }>(f).map((e) => e.ref)));
    const shas = new Set(
      others.flatMap((f) => entriesOf<{ textSha?: string }>(f).map((e) => e.textSha ?? '')),
    );
    expect(sample.filter((s) => refs.has(s.ref) || shas.has(s.textSha)).map((s) => s.ref)).toEqual([]);
    const shared = new Set(entriesOf<{ ref: string }>(parallel).map((e) => e.ref));
    expect(sample.filter((s) => shared.has(s.ref))).toHaveLength(24);
  });

  it('puts about a third in the check fold by a hash of the ref', () => {
    const check = sample.filter((s) => devHear2Fold(s.ref) === 'check').length;
    expect(check / sample.length).toBeGreaterThan(0.25);
    expect(check / sample.length).toBeLessThan(0.45);
  });

  it('labels each drawn entry once, in sample order, in the label vocabulary', () => {
    const labels = readLabels(DEVHEAR2_LABEL_FILE);
    expect(labels.length).toBe(sample.length);
    for (const [i, l] of labels.entries()) {
      const s = sample[i]!;
      expect([l.ref, l.court, l.split, l.textSha]).toEqual([s.ref, s.court, 'dev-hear2', s.textSha]);
      expectLabelForm(l);
    }
  });
});
