/**
 * dev-kind (`bench/labels/dev-kind.ts`, issue #14): the kind set of the DEV courts, over ../shared's pages
 * and the juriscraper snapshot's. Its sample holds DEV courts only (the guide's list, never a court of
 * hold-out 7's POOL), at most 12 entries a court, no entry of an earlier sample and no text of an earlier
 * sample of its own source (by fingerprint), each entry once; its parts follow the split rule; its labels are well-formed, one per drawn entry, in sample
 * order. Reads the repository's files only (the redraw is `npx tsx bench/labels/dev-kind.ts --check`).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SAMPLE_FILE } from '../../bench/labels/corpus.ts';
import { DEVBK_SAMPLE_FILE } from '../../bench/labels/dev-bk.ts';
import { DEVJS_SAMPLE_FILE } from '../../bench/labels/dev-js.ts';
import {
  DEV_COURTS,
  DEVKIND_LABEL_FILE,
  DEVKIND_PER_COURT,
  DEVKIND_SAMPLE_FILE,
  DEVKIND_TARGET,
  type DevKindRef,
  devKindPart,
  isJuriscraperRef,
} from '../../bench/labels/dev-kind.ts';
import { HOLDOUT6_SAMPLE_FILE } from '../../bench/labels/holdout-6.ts';
import { inPool7 } from '../../bench/labels/holdout-7.ts';
import { sampleFileOf } from '../../bench/labels/holdouts.ts';
import { readLabels } from '../../bench/labels/labels.ts';
import { expectLabelForm } from '../support/labels.ts';

const entriesOf = <T>(file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { entries: T[] }).entries;
const sample = entriesOf<DevKindRef>(DEVKIND_SAMPLE_FILE);

describe('dev-kind', () => {
  it('draws 240 entries of DEV courts, at most 12 a court, each once, none of an earlier sample', () => {
    expect(sample.length).toBe(DEVKIND_TARGET);
    expect(new Set(sample.map((s) => s.ref)).size).toBe(sample.length);
    const perCourt = new Map<string, number>();
    for (const s of sample) {
      expect(DEV_COURTS, s.ref).toContain(s.court);
      expect(inPool7(s.court), s.ref).toBe(false);
      expect(s.source, s.ref).toBe(isJuriscraperRef(s.ref) ? 'juriscraper' : 'shared');
      perCourt.set(s.court, (perCourt.get(s.court) ?? 0) + 1);
    }
    expect(Math.max(...perCourt.values())).toBeLessThanOrEqual(DEVKIND_PER_COURT);
    expect(perCourt.size).toBeGreaterThanOrEqual(30);
    // Rule 1: no entry of an earlier sample, and no text of an earlier sample of its own source (the
    // snapshot's part also leaves out ../shared's samples' texts; one bare title of ../shared,
    // "Order on Motion for Writ of Habeas Corpus ad prosequendum", is also a dev-js entry's text).
    const shas = (files: string[]) =>
      new Set(files.flatMap((f) => entriesOf<{ textSha: string; ref: string }>(f).map((e) => e.textSha)));
    const sharedSamples = [
      SAMPLE_FILE,
      ...(['holdout-2', 'holdout-3', 'holdout-4', 'holdout-5'] as const).map(sampleFileOf),
    ];
    const snapshotSamples = [HOLDOUT6_SAMPLE_FILE, DEVJS_SAMPLE_FILE, DEVBK_SAMPLE_FILE];
    const refs = new Set(
      [...sharedSamples, ...snapshotSamples].flatMap((f) => entriesOf<{ ref: string }>(f).map((e) => e.ref)),
    );
    expect(sample.filter((s) => refs.has(s.ref)).map((s) => s.ref)).toEqual([]);
    const fromShared = shas(sharedSamples);
    const fromAll = shas([...sharedSamples, ...snapshotSamples]);
    expect(
      sample.filter((s) => (s.source === 'shared' ? fromShared : fromAll).has(s.textSha)).map((s) => s.ref),
    ).toEqual([]);
  });

  it('splits about a third into the check part by a hash of the ref', () => {
    const check = sample.filter((s) => devKindPart(s.ref) === 'check').length;
    expect(check / sample.length).toBeGreaterThan(0.25);
    expect(check / sample.length).toBeLessThan(0.45);
  });

  it('labels each drawn entry once, in sample order, in the label vocabulary', () => {
    const labels = readLabels(DEVKIND_LABEL_FILE);
    expect(labels.length).toBe(sample.length);
    for (const [i, l] of labels.entries()) {
      const s = sample[i]!;
      expect([l.ref, l.court, l.split, l.textSha]).toEqual([s.ref, s.court, 'dev-kind', s.textSha]);
      expectLabelForm(l);
    }
  });
});
