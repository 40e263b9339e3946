/**
 * dev-kind and dev-kind2 (`bench/labels/dev-kind.ts`, `dev-kind2.ts`, issue #14): the kind sets of the DEV
 * courts, over ../shared's pages and the juriscraper snapshot's. Each sample holds DEV courts only (the
 * guide's list, never a court of hold-out 7's POOL), at most its cap a court, no entry of an earlier
 * sample and no text of an earlier sample of its own source (by fingerprint), each entry once; its parts
 * follow the split rule; its labels are well-formed, one per drawn entry, in sample order. Reads the
 * repository's files only (the redraws are `npx tsx bench/labels/dev-kind.ts --check`, `dev-kind2.ts --check`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SAMPLE_FILE } from '../../bench/labels/corpus.ts';
import { DEVBK_SAMPLE_FILE } from '../../bench/labels/dev-bk.ts';
import { DEVHEAR_SAMPLE_FILE } from '../../bench/labels/dev-hear.ts';
import { DEVJS_SAMPLE_FILE } from '../../bench/labels/dev-js.ts';
import {
  DEVKIND_LABEL_FILE,
  DEVKIND_PER_COURT,
  DEVKIND_SAMPLE_FILE,
  DEVKIND_TARGET,
  type DevKindRef,
  devKindPart,
} from '../../bench/labels/dev-kind.ts';
import {
  DEVKIND2_CHECK_SHARE,
  DEVKIND2_LABEL_FILE,
  DEVKIND2_PER_COURT,
  DEVKIND2_SAMPLE_FILE,
  DEVKIND2_TARGET,
  devKind2Part,
} from '../../bench/labels/dev-kind2.ts';
import { HOLDOUT6_SAMPLE_FILE } from '../../bench/labels/holdout-6.ts';
import { sampleFileOf } from '../../bench/labels/holdouts.ts';
import { readLabels } from '../../bench/labels/labels.ts';
import { expectDevDraw, expectLabelForm } from '../support/labels.ts';

const entriesOf = <T>(file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { entries: T[] }).entries;
const sharedSamples = [
  SAMPLE_FILE,
  ...(['holdout-2', 'holdout-3', 'holdout-4', 'holdout-5'] as const).map(sampleFileOf),
];
const snapshotSamples = [HOLDOUT6_SAMPLE_FILE, DEVJS_SAMPLE_FILE, DEVBK_SAMPLE_FILE];

const SETS = [
  {
    name: 'dev-kind',
    sampleFile: DEVKIND_SAMPLE_FILE,
    labelFile: DEVKIND_LABEL_FILE,
    target: DEVKIND_TARGET,
    cap: DEVKIND_PER_COURT,
    minCourts: 30,
    part: devKindPart,
    checkShare: 1 / 3,
    // The snapshot's part also leaves out ../shared's samples' texts; one bare title of ../shared, "Order on
    // Motion for Writ of Habeas Corpus ad prosequendum", is also a dev-js entry's text (different entries).
    earlier: { shared: sharedSamples, both: [...sharedSamples, ...snapshotSamples] },
  },
  {
    name: 'dev-kind2',
    sampleFile: DEVKIND2_SAMPLE_FILE,
    labelFile: DEVKIND2_LABEL_FILE,
    target: DEVKIND2_TARGET,
    cap: DEVKIND2_PER_COURT,
    minCourts: 25,
    part: devKind2Part,
    checkShare: DEVKIND2_CHECK_SHARE,
    earlier: {
      shared: [...sharedSamples, DEVKIND_SAMPLE_FILE, DEVHEAR_SAMPLE_FILE],
      both: [...sharedSamples, ...snapshotSamples, DEVKIND_SAMPLE_FILE, DEVHEAR_SAMPLE_FILE],
    },
  },
] as const;

describe.each(SETS)('$name', (set) => {
  const drawn = existsSync(set.sampleFile);
  const sample = drawn ? entriesOf<DevKindRef>(set.sampleFile) : [];

  it.runIf(drawn)(
    'draws its entries from DEV courts, at most its cap a court, each once, none of an earlier sample',
    () => {
      expectDevDraw(sample, set);
      const shas = (files: readonly string[]) =>
        new Set(files.flatMap((f) => entriesOf<{ textSha: string }>(f).map((e) => e.textSha)));
      const refs = new Set(set.earlier.both.flatMap((f) => entriesOf<{ ref: string }>(f).map((e) => e.ref)));
      expect(sample.filter((s) => refs.has(s.ref)).map((s) => s.ref)).toEqual([]);
      const fromShared = shas(set.earlier.shared);
      const fromAll = shas(set.earlier.both);
      expect(
        sample.filter((s) => (s.source === 'shared' ? fromShared : fromAll).has(s.textSha)).map((s) => s.ref),
      ).toEqual([]);
    },
  );

  it.runIf(drawn)('splits its check part by a hash of the ref, near the share the rule names', () => {
    const check = sample.filter((s) => set.part(s.ref) === 'check').length;
    expect(check / sample.length).toBeGreaterThan(set.checkShare - 0.1);
    expect(check / sample.length).toBeLessThan(set.checkShare + 0.1);
  });

  it.runIf(drawn && existsSync(set.labelFile))(
    'labels each drawn entry once, in sample order, in the label vocabulary',
    () => {
      const labels = readLabels(set.labelFile);
      expect(labels.length).toBe(sample.length);
      for (const [i, l] of labels.entries()) {
        const s = sample[i]!;
        expect([l.ref, l.court, l.split, l.textSha]).toEqual([s.ref, s.court, set.name, s.textSha]);
        expectLabelForm(l);
      }
    },
  );
});
