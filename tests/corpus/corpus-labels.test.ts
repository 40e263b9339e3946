/**
 * The hand-labeled real corpus of `bench/labels/` (issue #14) is well-formed, splits by its rule,
 * and points at entries that exist in the shared fixtures with the words and date it was labeled on.
 * (Whether `sample.json` is still what the seeded rule draws from today's parse of the fixtures is
 * `npx tsx bench/labels/sample.ts --check`: a parser fix may add entries to the population without
 * making any label wrong, so it is not a test; likewise `npx tsx bench/labels/holdout2-sample.ts --check`
 * for hold-out 2.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEV_FILE,
  dayOf,
  HOLDOUT_FILE,
  parseFixture,
  SAMPLE_FILE,
  type SampleRef,
  sha12,
  splitOf,
  textOf,
} from '../../bench/labels/corpus.ts';
import {
  HOLDOUT2_FILE,
  HOLDOUT2_SAMPLE_FILE,
  type Holdout2Ref,
  hasDeadlineLanguage,
} from '../../bench/labels/holdout2.ts';
import { type CorpusLabel, HEARING_CHANGES, LABEL_KINDS, readLabels } from '../../bench/labels/labels.ts';
import { describeShared, fixturesDir } from '../support/shared.ts';

const sample = (JSON.parse(readFileSync(SAMPLE_FILE, 'utf8')) as { entries: SampleRef[] }).entries;
const holdout2 = (JSON.parse(readFileSync(HOLDOUT2_SAMPLE_FILE, 'utf8')) as { entries: Holdout2Ref[] })
  .entries;
const bySampleRef = new Map<string, SampleRef | Holdout2Ref>([
  ...sample.map((s) => [s.ref, s] as const),
  ...holdout2.map((s) => [s.ref, s] as const),
]);
const files: [string, CorpusLabel[]][] = [
  ['dev', readLabels(DEV_FILE)],
  ['holdout', readLabels(HOLDOUT_FILE)],
  ['holdout-2', readLabels(HOLDOUT2_FILE)],
];
const labels = files.flatMap(([, ls]) => ls);

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (d: unknown) =>
  typeof d === 'string' && DAY.test(d) && new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d;

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
        const s = bySampleRef.get(l.ref);
        expect(s, l.ref).toBeDefined();
        expect(seen.has(l.ref), `${l.ref} labeled twice`).toBe(false);
        seen.add(l.ref);
        expect([l.split, l.court, l.textSha], l.ref).toEqual([split, s!.court, s!.textSha]);
        expect(isDay(l.dateFiled), l.ref).toBe(true);
        expect(LABEL_KINDS, l.ref).toContain(l.kind);
        for (const d of l.deadlines) {
          expect(typeof d.what === 'string' && d.what.length > 0, l.ref).toBe(true);
          expect(d.due === null || isDay(d.due), `${l.ref} due ${d.due}`).toBe(true);
          if (d.due === null)
            expect(Boolean(d.period || d.recurringFirst), `${l.ref}: an undated deadline says why`).toBe(
              true,
            );
          if (d.recurringFirst) expect(isDay(d.recurringFirst), l.ref).toBe(true);
          if (d.period?.trigger) expect(isDay(d.period.trigger), l.ref).toBe(true);
        }
        for (const h of l.hearings) {
          expect(HEARING_CHANGES, l.ref).toContain(h.change);
          expect(h.date === null || isDay(h.date), `${l.ref} hearing ${h.date}`).toBe(true);
          if (h.time !== undefined) expect(h.time, l.ref).toMatch(/^(?:[01]\d|2[0-3]):[0-5]\d$/);
        }
        for (const st of l.stays) {
          expect(
            ['granted', 'scope_expanded', 'extended', 'lifted', 'denied', 'superseded'],
            l.ref,
          ).toContain(st.action);
          expect(st.expires === null || isDay(st.expires), l.ref).toBe(true);
        }
        for (const j of l.injunctions) {
          expect(['TRO', 'preliminary_injunction', 'permanent_injunction'], l.ref).toContain(j.type);
          expect(
            ['granted', 'denied', 'extended', 'modified', 'dissolved', 'vacated', 'stayed'],
            l.ref,
          ).toContain(j.action);
        }
      }
  });
});

describeShared('real corpus labels against the shared fixtures', () => {
  const pacerDir = join(fixturesDir, 'pacer');

  it("hold-out 2's stratum B entries have deadline language", () => {
    for (const s of holdout2.filter((h) => h.stratum === 'B')) {
      const e = parseFixture(pacerDir, s.fixture).cases[s.caseIndex]!.entries[s.entryIndex]!;
      expect(hasDeadlineLanguage(textOf(e)), s.ref).toBe(true);
    }
  });

  it('every label points at an existing fixture entry with the same text and date', () => {
    for (const l of labels) {
      const s = bySampleRef.get(l.ref)!;
      const e = parseFixture(pacerDir, s.fixture).cases[s.caseIndex]?.entries[s.entryIndex];
      expect(e, l.ref).toBeDefined();
      expect(sha12(textOf(e!)), `${l.ref}: the fixture's text changed`).toBe(l.textSha);
      expect(dayOf(e!), l.ref).toBe(l.dateFiled);
    }
  });
});
