/**
 * dev-hear4 (`bench/labels/dev-hear4.ts`, issue #14): the fourth hearing-language development set, from
 * the POOL-A courts only (never a POOL-B or DEV court), at most 30 entries a court, each entry once, no ref
 * and no text (by fingerprint) of any other `bench/labels/*.sample.json`; its check part (about 30 %)
 * follows the hash rule; its labels are well-formed, one per drawn entry, in sample order. Reads the
 * repository's files only (the redraw is `npx tsx bench/labels/dev-hear4.ts --check`).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DevHearRef } from '../../bench/labels/dev-hear.ts';
import {
  DEVHEAR4_CAP,
  DEVHEAR4_LABEL_FILE,
  DEVHEAR4_SAMPLE_FILE,
  DEVHEAR4_TARGET,
  devHear4Part,
  otherSampleFiles,
} from '../../bench/labels/dev-hear4.ts';
import { readLabels } from '../../bench/labels/labels.ts';
import { inPoolA } from '../../bench/labels/pool-split.ts';
import { expectLabelForm } from '../support/labels.ts';

const entriesOf = <T>(file: string) =>
  (JSON.parse(readFileSync(file, 'utf8')) as { entries?: T[] }).entries ?? [];
const sample = entriesOf<DevHearRef<'dev-hear4'>>(DEVHEAR4_SAMPLE_FILE);

describe('dev-hear4', () => {
  it('draws 160 entries of POOL-A courts, at most 30 a court, none of another sample', () => {
    expect(sample.length).toBe(DEVHEAR4_TARGET);
    expect(new Set(sample.map((s) => s.ref)).size).toBe(sample.length);
    expect(sample.filter((s) => !inPoolA(s.court)).map((s) => s.ref)).toEqual([]);
    const perCourt = new Map<string, number>();
    for (const s of sample) perCourt.set(s.court, (perCourt.get(s.court) ?? 0) + 1);
    expect(Math.max(...perCourt.values())).toBeLessThanOrEqual(DEVHEAR4_CAP);
    const others = otherSampleFiles();
    expect(others.length).toBeGreaterThan(15);
    const refs = new Set(others.flatMap((f) => entriesOf<{ ref: string }>(f).map((e) => e.ref)));
    const shas = new Set(
      others.flatMap((f) => entriesOf<{ textSha?: string }>(f).map((e) => e.textSha ?? '')),
    );
    expect(sample.filter((s) => refs.has(s.ref) || shas.has(s.textSha)).map((s) => s.ref)).toEqual([]);
  });

  it('puts about 30 % in the check part by a hash of the ref', () => {
    const check = sample.filter((s) => devHear4Part(s.ref) === 'check').length;
    expect(check / sample.length).toBeGreaterThan(0.2);
    expect(check / sample.length).toBeLessThan(0.4);
  });

  it('labels each drawn entry once, in sample order, in the label vocabulary', () => {
    const labels = readLabels(DEVHEAR4_LABEL_FILE);
    expect(labels.length).toBe(sample.length);
    for (const [i, l] of labels.entries()) {
      const s = sample[i]!;
      expect([l.ref, l.court, l.split, l.textSha]).toEqual([s.ref, s.court, 'dev-hear4', s.textSha]);
      expectLabelForm(l);
    }
  });
});
