/**
 * dev-bk2 (`bench/labels/dev-bk2.ts`, issue #14): the second bankruptcy set of the DEV courts. Its sample
 * holds DEV bankruptcy courts only (never a court of hold-out 7's POOL), at most 12 entries a court from at
 * least 15 courts, each entry once, no ref and no text (by fingerprint) of any other non-POOL
 * `bench/labels/*.sample.json` (the POOL hold-outs' files are not opened: their courts are out by the court
 * check); its parts are whole courts by the hash rule; its labels are well-formed, one per drawn entry, in
 * sample order. Reads the repository's files only (the redraw is `npx tsx bench/labels/dev-bk2.ts --check`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEVBK2_CAP,
  DEVBK2_COURTS,
  DEVBK2_LABEL_FILE,
  DEVBK2_SAMPLE_FILE,
  DEVBK2_TARGETS,
  devBk2Part,
} from '../../bench/labels/dev-bk2.ts';
import type { DevHearRef } from '../../bench/labels/dev-hear.ts';
import { isBankruptcyCourt } from '../../bench/labels/dev-hear3.ts';
import { readLabels } from '../../bench/labels/labels.ts';
import { expectDevDraw, expectLabelForm } from '../support/labels.ts';

const entriesOf = <T>(file: string) =>
  (JSON.parse(readFileSync(file, 'utf8')) as { entries?: T[] }).entries ?? [];
const sample = entriesOf<DevHearRef<'dev-bk2'>>(DEVBK2_SAMPLE_FILE);
const folder = dirname(DEVBK2_SAMPLE_FILE);
const otherSamples = readdirSync(folder)
  .filter((f) => /(?:^|\.)sample\.json$/.test(f) && !/^holdout-[789]\./.test(f))
  .map((f) => resolve(folder, f))
  .filter((f) => f !== DEVBK2_SAMPLE_FILE);

describe('dev-bk2', () => {
  it('draws 200 entries of DEV bankruptcy courts, at most 20 a court, none of another sample', () => {
    expectDevDraw(sample, {
      target: DEVBK2_TARGETS.H + DEVBK2_TARGETS.D + DEVBK2_TARGETS.R,
      cap: DEVBK2_CAP,
      minCourts: 12,
    });
    for (const s of sample) {
      expect(DEVBK2_COURTS, s.ref).toContain(s.court);
      expect(isBankruptcyCourt(s.court), s.ref).toBe(true);
    }
    expect(otherSamples.length).toBeGreaterThan(10);
    const refs = new Set(otherSamples.flatMap((f) => entriesOf<{ ref: string }>(f).map((e) => e.ref)));
    const shas = new Set(
      otherSamples.flatMap((f) => entriesOf<{ textSha?: string }>(f).map((e) => e.textSha ?? '')),
    );
    expect(sample.filter((s) => refs.has(s.ref) || shas.has(s.textSha)).map((s) => s.ref)).toEqual([]);
  });

  it('puts whole courts in one part, about a third of the courts in the check part', () => {
    const courts = [...new Set(sample.map((s) => s.court))];
    const check = courts.filter((c) => devBk2Part(c) === 'check');
    expect(check.length).toBeGreaterThan(0);
    expect(check.length).toBeLessThan(courts.length);
    expect(check.length / courts.length).toBeGreaterThan(0.15);
    expect(check.length / courts.length).toBeLessThan(0.55);
  });

  it('labels each drawn entry once, in sample order, in the label vocabulary', () => {
    const labels = readLabels(DEVBK2_LABEL_FILE);
    expect(labels.length).toBe(sample.length);
    for (const [i, l] of labels.entries()) {
      const s = sample[i]!;
      expect([l.ref, l.court, l.split, l.textSha]).toEqual([s.ref, s.court, 'dev-bk2', s.textSha]);
      expectLabelForm(l);
    }
  });
});
