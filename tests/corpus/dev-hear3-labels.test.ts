/**
 * dev-hear3 (`bench/labels/dev-hear3.ts`, issue #14): the third hearings-and-deadlines set of the DEV
 * courts, half of it or more from bankruptcy courts. Its sample holds DEV courts only (never a court of
 * hold-out 7's POOL), at most 12 entries a court from at least 15 courts, each entry once, no ref and no
 * text (by fingerprint) of any other `bench/labels/*.sample.json` (the POOL hold-outs' files are not
 * opened: their courts are out by the court check); its parts follow the hash rule; its labels are
 * well-formed, one per drawn entry, in sample order. Reads the repository's files only (the redraw is
 * `npx tsx bench/labels/dev-hear3.ts --check`).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DevHearRef } from '../../bench/labels/dev-hear.ts';
import {
  DEVHEAR3_CAP,
  DEVHEAR3_LABEL_FILE,
  DEVHEAR3_SAMPLE_FILE,
  DEVHEAR3_TARGETS,
  devHear3Part,
  earlierSampleFiles,
  isBankruptcyCourt,
} from '../../bench/labels/dev-hear3.ts';
import { readLabels } from '../../bench/labels/labels.ts';
import { expectDevDraw, expectLabelForm } from '../support/labels.ts';

const entriesOf = <T>(file: string) =>
  (JSON.parse(readFileSync(file, 'utf8')) as { entries?: T[] }).entries ?? [];
const sample = entriesOf<DevHearRef<'dev-hear3'>>(DEVHEAR3_SAMPLE_FILE);

describe('dev-hear3', () => {
  it('draws 150 entries of DEV courts, at most 12 a court, half or more of bankruptcy courts, none of another sample', () => {
    expectDevDraw(sample, {
      target: DEVHEAR3_TARGETS.K + DEVHEAR3_TARGETS.A + DEVHEAR3_TARGETS.B,
      cap: DEVHEAR3_CAP,
      minCourts: 15,
    });
    expect(sample.filter((s) => isBankruptcyCourt(s.court)).length).toBeGreaterThanOrEqual(sample.length / 2);
    const others = earlierSampleFiles();
    expect(others.length).toBeGreaterThan(10);
    const refs = new Set(others.flatMap((f) => entriesOf<{ ref: string }>(f).map((e) => e.ref)));
    const shas = new Set(
      others.flatMap((f) => entriesOf<{ textSha?: string }>(f).map((e) => e.textSha ?? '')),
    );
    expect(sample.filter((s) => refs.has(s.ref) || shas.has(s.textSha)).map((s) => s.ref)).toEqual([]);
  });

  it('tells a bankruptcy court by its id', () => {
    expect(['nynb', 'wawb', 'ncwb', 'akb'].every(isBankruptcyCourt)).toBe(true);
    expect(['ca9', 'casd', 'laed', 'dcd'].some(isBankruptcyCourt)).toBe(false);
  });

  it('puts about a third in the check part by a hash of the ref', () => {
    const check = sample.filter((s) => devHear3Part(s.ref) === 'check').length;
    expect(check / sample.length).toBeGreaterThan(0.25);
    expect(check / sample.length).toBeLessThan(0.45);
  });

  it('labels each drawn entry once, in sample order, in the label vocabulary', () => {
    const labels = readLabels(DEVHEAR3_LABEL_FILE);
    expect(labels.length).toBe(sample.length);
    for (const [i, l] of labels.entries()) {
      const s = sample[i]!;
      expect([l.ref, l.court, l.split, l.textSha]).toEqual([s.ref, s.court, 'dev-hear3', s.textSha]);
      expectLabelForm(l);
    }
  });
});
