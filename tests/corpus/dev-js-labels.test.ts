/**
 * dev-js (`bench/labels/dev-js.ts`, issue #14): the development set drawn from the juriscraper snapshot's
 * pages of the DEV courts. Its sample holds DEV courts only (never a court of hold-out 7's POOL) and none
 * of hold-out 6's entries, and its labels are well-formed: one per drawn entry, in sample order, with the
 * entry's fixed fields and the label vocabulary. Reads the repository's files only (the redraw is
 * `npx tsx bench/labels/dev-js.ts --check`, which needs the snapshot).
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DEVJS_LABEL_FILE,
  DEVJS_SAMPLE_FILE,
  DEVJS_TARGETS,
  type DevJsRef,
} from '../../bench/labels/dev-js.ts';
import { HOLDOUT6_SAMPLE_FILE, type Holdout6Ref } from '../../bench/labels/holdout-6.ts';
import { inPool7 } from '../../bench/labels/holdout-7.ts';
import { HEARING_CHANGES, LABEL_KINDS, readLabels } from '../../bench/labels/labels.ts';

const sample = (JSON.parse(readFileSync(DEVJS_SAMPLE_FILE, 'utf8')) as { entries: DevJsRef[] }).entries;
const isDay = (d: unknown) =>
  typeof d === 'string' &&
  /^\d{4}-\d{2}-\d{2}$/.test(d) &&
  new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d;

describe('dev-js', () => {
  it('draws its strata from DEV courts only, none of hold-out 6 entries, each entry once', () => {
    for (const st of ['A', 'D', 'H', 'S'] as const)
      expect(sample.filter((s) => s.stratum === st).length, st).toBe(DEVJS_TARGETS[st]);
    expect(new Set(sample.map((s) => s.ref)).size).toBe(sample.length);
    for (const s of sample) expect(inPool7(s.court), s.ref).toBe(false);
    const h6 = (JSON.parse(readFileSync(HOLDOUT6_SAMPLE_FILE, 'utf8')) as { entries: Holdout6Ref[] }).entries;
    const h6Texts = new Set(h6.map((e) => e.textSha));
    for (const s of sample) expect(h6Texts.has(s.textSha), s.ref).toBe(false);
  });

  it.skipIf(!existsSync(DEVJS_LABEL_FILE))(
    'labels each drawn entry once, in sample order, in the label vocabulary',
    () => {
      const labels = readLabels(DEVJS_LABEL_FILE);
      expect(labels.length).toBeLessThanOrEqual(sample.length);
      for (const [i, l] of labels.entries()) {
        const s = sample[i]!;
        expect([l.ref, l.court, l.split, l.stratum, l.textSha]).toEqual([
          s.ref,
          s.court,
          'dev-js',
          s.stratum,
          s.textSha,
        ]);
        expect(isDay(l.dateFiled), l.ref).toBe(true);
        expect(LABEL_KINDS, l.ref).toContain(l.kind);
        for (const d of l.deadlines) {
          expect(d.what.length > 0 && (d.due === null || isDay(d.due)), `${l.ref} ${d.due}`).toBe(true);
          if (d.due === null)
            expect(Boolean(d.period), `${l.ref}: an undated deadline is a period`).toBe(true);
          if (d.period?.trigger) expect(isDay(d.period.trigger), l.ref).toBe(true);
        }
        for (const h of l.hearings) {
          expect(HEARING_CHANGES, l.ref).toContain(h.change);
          expect(h.date === null || isDay(h.date), l.ref).toBe(true);
          if (h.time !== undefined) expect(h.time, l.ref).toMatch(/^(?:[01]\d|2[0-3]):[0-5]\d$/);
        }
        for (const st of l.stays) {
          expect(
            ['granted', 'extended', 'lifted', 'denied', 'scope_expanded', 'superseded'],
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
    },
  );
});
