/**
 * The hand-labeled real corpus of `bench/labels/` (issue #14) is well-formed, splits by its rule,
 * and points at entries that exist in the shared fixtures with the words and date it was labeled on.
 * Each drawn sample (`sample.json`, `holdout-2.sample.json`, `holdout-3.sample.json`,
 * `holdout-4.sample.json`) is what its
 * seeded rule draws from today's parse of the fixtures (the `--check` of `bench/labels/sample.ts`,
 * `holdout-sample.ts --set holdout-2|holdout-3|holdout-4`): a parser change that moves the population fails here,
 * and the fix is to say so and redraw, never to relabel silently. Hold-out 3's labels are checked
 * for form only; nothing here reads what the extractor makes of them. Its second, blind labeling
 * (`holdout-3.second.jsonl`, for the agreement in `bench/labels/agreement.ts`) is checked the same way
 * and must be exactly the seeded draw of `bench/labels/holdout3-second.ts`. Hold-out 4's labels are
 * checked for form only, like hold-out 3's. Hold-out 5's labels (written in chunks, in draw order) are
 * checked for form only and must be a first N of its sample file's order; its second, blind labeling
 * (`holdout-5.second.jsonl`) for form only too, and must be a first N of its own blind order, in order.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEV_FILE,
  dayOf,
  drawSample,
  HOLDOUT_FILE,
  parseFixture,
  SAMPLE_FILE,
  type SampleRef,
  sha12,
  splitOf,
  textOf,
} from '../../bench/labels/corpus.ts';
import { blindOrder, blindSeedOf } from '../../bench/labels/holdout-texts.ts';
import {
  drawHoldout2,
  HOLDOUT2_FILE,
  HOLDOUT2_SAMPLE_FILE,
  type Holdout2Ref,
  hasDeadlineLanguage,
} from '../../bench/labels/holdout2.ts';
import {
  drawHoldout3,
  HOLDOUT3_FILE,
  HOLDOUT3_SAMPLE_FILE,
  type Holdout3Ref,
} from '../../bench/labels/holdout3.ts';
import { drawSecond, HOLDOUT3_SECOND_FILE, SECOND_SIZE } from '../../bench/labels/holdout3-second.ts';
import {
  drawHoldout,
  HOLDOUTS,
  type HoldoutRef,
  hasHearingLanguage,
  labelFileOf,
} from '../../bench/labels/holdouts.ts';
import { type CorpusLabel, readLabels } from '../../bench/labels/labels.ts';
import { expectLabelForm } from '../support/labels.ts';
import { describeShared, fixturesDir } from '../support/shared.ts';

const sample = (JSON.parse(readFileSync(SAMPLE_FILE, 'utf8')) as { entries: SampleRef[] }).entries;
const holdout2 = (JSON.parse(readFileSync(HOLDOUT2_SAMPLE_FILE, 'utf8')) as { entries: Holdout2Ref[] })
  .entries;
const holdout3 = (JSON.parse(readFileSync(HOLDOUT3_SAMPLE_FILE, 'utf8')) as { entries: Holdout3Ref[] })
  .entries;
const holdout4 = (
  JSON.parse(readFileSync(HOLDOUTS['holdout-4'].sampleFile, 'utf8')) as { entries: HoldoutRef[] }
).entries;
const holdout5 = (
  JSON.parse(readFileSync(HOLDOUTS['holdout-5'].sampleFile, 'utf8')) as { entries: HoldoutRef[] }
).entries;
const holdout5File = labelFileOf('holdout-5');
const holdout5Labels = existsSync(holdout5File) ? readLabels(holdout5File) : [];
const bySampleRef = new Map<string, SampleRef | Holdout2Ref | Holdout3Ref | HoldoutRef>([
  ...sample.map((s) => [s.ref, s] as const),
  ...holdout2.map((s) => [s.ref, s] as const),
  ...holdout3.map((s) => [s.ref, s] as const),
  ...holdout4.map((s) => [s.ref, s] as const),
  ...holdout5.map((s) => [s.ref, s] as const),
]);
const files: [string, CorpusLabel[]][] = [
  ['dev', readLabels(DEV_FILE)],
  ['holdout', readLabels(HOLDOUT_FILE)],
  ['holdout-2', readLabels(HOLDOUT2_FILE)],
  ['holdout-3', readLabels(HOLDOUT3_FILE)],
  ['holdout-4', readLabels(labelFileOf('holdout-4'))],
  ['holdout-5', holdout5Labels],
];
const labels = files.flatMap(([, ls]) => ls);

/** A label's form: it names a drawn entry of its split, with known dates and vocabulary. */
function expectWellFormed(l: CorpusLabel, split: string): void {
  const s = bySampleRef.get(l.ref);
  expect(s, l.ref).toBeDefined();
  expect([l.split, l.court, l.textSha], l.ref).toEqual([split, s!.court, s!.textSha]);
  expectLabelForm(l);
}

describe('real corpus labels', () => {
  it('the sample has at least 600 entries from at least 30 courts, each split by its rule', () => {
    expect(sample.length).toBeGreaterThanOrEqual(600);
    expect(new Set(sample.map((s) => s.court)).size).toBeGreaterThanOrEqual(30);
    expect(new Set(sample.map((s) => s.ref)).size).toBe(sample.length);
    for (const s of sample) expect(s.split, s.ref).toBe(splitOf(s.ref));
  });

  it('every drawn entry is labeled', () => {
    const labeled = new Set(labels.map((l) => l.ref));
    expect(sample.filter((s) => !labeled.has(s.ref)).map((s) => s.ref)).toEqual([]);
    expect(holdout2.filter((s) => !labeled.has(s.ref)).map((s) => s.ref)).toEqual([]);
    expect(holdout3.filter((s) => !labeled.has(s.ref)).map((s) => s.ref)).toEqual([]);
    expect(holdout4.filter((s) => !labeled.has(s.ref)).map((s) => s.ref)).toEqual([]);
  });

  it('hold-out 4 has at least 300 entries from at least 30 courts, none drawn before, each label in its stratum', () => {
    expect(holdout4.length).toBeGreaterThanOrEqual(300);
    expect(new Set(holdout4.map((s) => s.court)).size).toBeGreaterThanOrEqual(30);
    expect(new Set(holdout4.map((s) => s.ref)).size).toBe(holdout4.length);
    const before = [...sample, ...holdout2, ...holdout3];
    const beforeRefs = new Set(before.map((s) => s.ref));
    const beforeTexts = new Set(before.map((s) => s.textSha));
    for (const s of holdout4) {
      expect(beforeRefs.has(s.ref), s.ref).toBe(false);
      expect(beforeTexts.has(s.textSha), s.ref).toBe(false);
    }
    for (const l of readLabels(labelFileOf('holdout-4')))
      expect(l.stratum, l.ref).toBe((bySampleRef.get(l.ref) as HoldoutRef).stratum);
  });

  it('hold-out 5 shares no entry with an earlier set; its labels are a first N of its draw, each in its stratum', () => {
    expect(new Set(holdout5.map((s) => s.ref)).size).toBe(holdout5.length);
    const before = [...sample, ...holdout2, ...holdout3, ...holdout4];
    const beforeRefs = new Set(before.map((s) => s.ref));
    const beforeTexts = new Set(before.map((s) => s.textSha));
    for (const s of holdout5) {
      expect(beforeRefs.has(s.ref), s.ref).toBe(false);
      expect(beforeTexts.has(s.textSha), s.ref).toBe(false);
    }
    expect(holdout5Labels.map((l) => l.ref)).toEqual(
      holdout5.slice(0, holdout5Labels.length).map((s) => s.ref),
    );
    for (const l of holdout5Labels)
      expect(l.stratum, l.ref).toBe((bySampleRef.get(l.ref) as HoldoutRef).stratum);
  });

  it('hold-out 3 has at least 300 entries from at least 30 courts, none drawn before, each label in its stratum', () => {
    expect(holdout3.length).toBeGreaterThanOrEqual(300);
    expect(new Set(holdout3.map((s) => s.court)).size).toBeGreaterThanOrEqual(30);
    expect(new Set(holdout3.map((s) => s.ref)).size).toBe(holdout3.length);
    const before = new Set([...sample, ...holdout2].map((s) => s.ref));
    const beforeTexts = new Set([...sample, ...holdout2].map((s) => s.textSha));
    for (const s of holdout3) {
      expect(before.has(s.ref), s.ref).toBe(false);
      expect(beforeTexts.has(s.textSha), s.ref).toBe(false);
    }
    for (const l of readLabels(HOLDOUT3_FILE))
      expect(l.stratum, l.ref).toBe((bySampleRef.get(l.ref) as Holdout3Ref).stratum);
  });

  it('hold-out 2 shares no entry with the first sample, and each label keeps its stratum', () => {
    const first = new Set(sample.map((s) => s.ref));
    const firstTexts = new Set(sample.map((s) => s.textSha));
    for (const s of holdout2) {
      expect(first.has(s.ref), s.ref).toBe(false);
      expect(firstTexts.has(s.textSha), s.ref).toBe(false);
    }
    expect(new Set(holdout2.map((s) => s.ref)).size).toBe(holdout2.length);
    for (const l of readLabels(HOLDOUT2_FILE))
      expect(l.stratum, l.ref).toBe((bySampleRef.get(l.ref) as Holdout2Ref).stratum);
  });

  it('each label is well-formed, in its split file, and names a drawn entry once', () => {
    const seen = new Set<string>();
    for (const [split, ls] of files)
      for (const l of ls) {
        expect(seen.has(l.ref), `${l.ref} labeled twice`).toBe(false);
        seen.add(l.ref);
        expectWellFormed(l, split);
      }
  });

  it("hold-out 3's second, blind labeling is its seeded draw, each label well-formed", () => {
    const second = readLabels(HOLDOUT3_SECOND_FILE);
    expect(second.map((l) => l.ref).sort()).toEqual(
      drawSecond(SECOND_SIZE)
        .map((d) => d.ref)
        .sort(),
    );
    for (const l of second) {
      expectWellFormed(l, 'holdout-3');
      expect(l.stratum, l.ref).toBe((bySampleRef.get(l.ref) as Holdout3Ref).stratum);
    }
  });
});

it("hold-out 4's second, blind labeling (once written) is a first N of its blind order, each label well-formed", () => {
  const file = labelFileOf('holdout-4').replace(/\.jsonl$/, '.second.jsonl');
  if (!existsSync(file)) return; // not labeled a second time yet
  const second = readLabels(file);
  expect(second.map((l) => l.ref).sort()).toEqual(
    blindOrder(holdout4)
      .slice(0, second.length)
      .map((d) => d.ref)
      .sort(),
  );
  for (const l of second) {
    expectWellFormed(l, 'holdout-4');
    expect(l.stratum, l.ref).toBe((bySampleRef.get(l.ref) as HoldoutRef).stratum);
  }
});

it("hold-out 5's second, blind labeling (once written) is a first N of its own blind order, each label well-formed", () => {
  const file = holdout5File.replace(/\.jsonl$/, '.second.jsonl');
  if (!existsSync(file)) return; // not labeled a second time yet
  const second = readLabels(file);
  // its blind order has its own seed (20261211), not hold-out 4's
  expect(blindSeedOf('holdout-5')).not.toBe(blindSeedOf('holdout-4'));
  expect(second.map((l) => l.ref)).toEqual(
    blindOrder(holdout5, blindSeedOf('holdout-5'))
      .slice(0, second.length)
      .map((d) => d.ref),
  );
  for (const l of second) {
    expectWellFormed(l, 'holdout-5');
    const drawn = bySampleRef.get(l.ref) as HoldoutRef;
    expect(l.stratum, l.ref).toBe(drawn.stratum);
    expect(l.textSha, l.ref).toBe(drawn.textSha);
  }
});

describeShared('real corpus labels against the shared fixtures', () => {
  const pacerDir = join(fixturesDir, 'pacer');

  it("each drawn sample is what its seeded rule draws (the samplers' --check)", () => {
    const key = (xs: { ref: string; textSha: string }[]) => xs.map((x) => `${x.ref} ${x.textSha}`);
    expect(key(drawSample(pacerDir)), 'npx tsx bench/labels/sample.ts --check').toEqual(key(sample));
    expect(
      key(drawHoldout2(pacerDir)),
      'npx tsx bench/labels/holdout-sample.ts --set holdout-2 --check',
    ).toEqual(key(holdout2));
    expect(
      key(drawHoldout3(pacerDir)),
      'npx tsx bench/labels/holdout-sample.ts --set holdout-3 --check',
    ).toEqual(key(holdout3));
    expect(
      key(drawHoldout(pacerDir, HOLDOUTS['holdout-4'])),
      'npx tsx bench/labels/holdout-sample.ts --set holdout-4 --check',
    ).toEqual(key(holdout4));
    expect(
      key(drawHoldout(pacerDir, HOLDOUTS['holdout-5'])),
      'npx tsx bench/labels/holdout-sample.ts --set holdout-5 --check',
    ).toEqual(key(holdout5));
  }, 600_000); // parses every fixture: slow on a loaded machine, never a speed check

  it("hold-outs 2 to 5's stratum B entries have deadline language, hold-outs 4 and 5's stratum C hearing language", () => {
    for (const s of [...holdout2, ...holdout3, ...holdout4, ...holdout5].filter((h) => h.stratum === 'B')) {
      const e = parseFixture(pacerDir, s.fixture).cases[s.caseIndex]!.entries[s.entryIndex]!;
      expect(hasDeadlineLanguage(textOf(e)), s.ref).toBe(true);
    }
    for (const s of [...holdout4, ...holdout5].filter((h) => h.stratum === 'C')) {
      const e = parseFixture(pacerDir, s.fixture).cases[s.caseIndex]!.entries[s.entryIndex]!;
      expect(hasHearingLanguage(textOf(e)), s.ref).toBe(true);
    }
  });

  it('every label (and every second label of hold-out 3) points at an existing fixture entry with the same text and date', () => {
    for (const l of [...labels, ...readLabels(HOLDOUT3_SECOND_FILE)]) {
      const s = bySampleRef.get(l.ref)!;
      const e = parseFixture(pacerDir, s.fixture).cases[s.caseIndex]?.entries[s.entryIndex];
      expect(e, l.ref).toBeDefined();
      expect(sha12(textOf(e!)), `${l.ref}: the fixture's text changed`).toBe(l.textSha);
      expect(dayOf(e!), l.ref).toBe(l.dateFiled);
    }
  });
});
