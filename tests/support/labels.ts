/**
 * The form every hand label of the real corpus keeps (`bench/labels/labels.ts`): known days, the
 * label vocabulary, an undated deadline that says why. The label tests of each set check it, and
 * the DEV sets' tests what their draw promises (`expectDevDraw`).
 */
import { expect } from 'vitest';
import { DEV_COURTS, isJuriscraperRef } from '../../bench/labels/dev-kind.ts';
import { inPool7 } from '../../bench/labels/holdout-7.ts';
import { type CorpusLabel, HEARING_CHANGES, LABEL_KINDS } from '../../bench/labels/labels.ts';

/**
 * A DEV set's sample: `target` entries, each once, of the DEV courts (never one of hold-out 7's POOL),
 * each named by its source as its ref says, at most `cap` from one court, from `minCourts` courts or more.
 */
export function expectDevDraw(
  sample: readonly { ref: string; court: string; source: string }[],
  draw: { target: number; cap: number; minCourts: number },
): void {
  expect(sample.length).toBe(draw.target);
  expect(new Set(sample.map((s) => s.ref)).size).toBe(sample.length);
  const perCourt = new Map<string, number>();
  for (const s of sample) {
    expect(DEV_COURTS, s.ref).toContain(s.court);
    expect(inPool7(s.court), s.ref).toBe(false);
    expect(s.source, s.ref).toBe(isJuriscraperRef(s.ref) ? 'juriscraper' : 'shared');
    perCourt.set(s.court, (perCourt.get(s.court) ?? 0) + 1);
  }
  expect(Math.max(...perCourt.values())).toBeLessThanOrEqual(draw.cap);
  expect(perCourt.size).toBeGreaterThanOrEqual(draw.minCourts);
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
export const isDay = (d: unknown): boolean =>
  typeof d === 'string' && DAY.test(d) && new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d;

export function expectLabelForm(l: CorpusLabel): void {
  expect(isDay(l.dateFiled), l.ref).toBe(true);
  expect(LABEL_KINDS, l.ref).toContain(l.kind);
  for (const d of l.deadlines) {
    expect(typeof d.what === 'string' && d.what.length > 0, l.ref).toBe(true);
    expect(d.due === null || isDay(d.due), `${l.ref} due ${d.due}`).toBe(true);
    if (d.due === null)
      expect(Boolean(d.period || d.recurringFirst), `${l.ref}: an undated deadline says why`).toBe(true);
    if (d.recurringFirst) expect(isDay(d.recurringFirst), l.ref).toBe(true);
    if (d.period?.trigger) expect(isDay(d.period.trigger), l.ref).toBe(true);
  }
  for (const h of l.hearings) {
    expect(HEARING_CHANGES, l.ref).toContain(h.change);
    expect(h.date === null || isDay(h.date), `${l.ref} hearing ${h.date}`).toBe(true);
    if (h.time !== undefined) expect(h.time, l.ref).toMatch(/^(?:[01]\d|2[0-3]):[0-5]\d$/);
  }
  for (const st of l.stays) {
    expect(['granted', 'scope_expanded', 'extended', 'lifted', 'denied', 'superseded'], l.ref).toContain(
      st.action,
    );
    expect(st.expires === null || isDay(st.expires), l.ref).toBe(true);
  }
  for (const j of l.injunctions) {
    expect(['TRO', 'preliminary_injunction', 'permanent_injunction'], l.ref).toContain(j.type);
    expect(['granted', 'denied', 'extended', 'modified', 'dissolved', 'vacated', 'stayed'], l.ref).toContain(
      j.action,
    );
  }
}
