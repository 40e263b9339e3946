/**
 * Properties of repeated duties over every replay history in tests/fixtures/replay/ and the try-out 13
 * histories (bench/tryouts/tryout13/, development data), each derived whole — the district docket with
 * its orders' words and every appeal's docket, in the order the entries were made — through the
 * deadline record's derivation (`derive`, the function the live store runs), as of a day after the
 * last entry:
 * - no report is expected after its duty ended (vacated, relieved, mooted): none of a later day is
 *   missing;
 * - after its schedule changed, no report of the old schedule is expected: the occurrences come in
 *   order of their days, and none falls between the change and the new schedule's first day;
 * - none is expected after the injunction whose order set it was vacated, dissolved or replaced (a
 *   decree or settlement in its place): the duty is no longer open nor on hold;
 * - none is expected while the duty is on hold (its paragraph stayed, its reporting suspended): no
 *   report whose day came while it was held is missing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EntryInput } from '../../src/deadlines/record/model.ts';
import { derivedFor } from '../support/entry-inputs.ts';
import type { WrittenHistory } from '../support/history.ts';

interface Appeal {
  court: string;
  entries: { number: number; dateFiled: string; time: string; text: string }[];
}
type History = Omit<WrittenHistory, 'entries'> & {
  entries: { number: number | null; dateFiled: string; time?: string; text: string; documentText?: string }[];
  appeal?: Appeal;
  appeals?: Appeal[];
};

const DIRS = [
  new URL('../fixtures/replay/', import.meta.url),
  new URL('../../bench/tryouts/tryout13/', import.meta.url),
];
const HISTORIES = DIRS.filter((d) => existsSync(d)).flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => [f, () => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as History] as const),
);

/** The history's entries as the record reads them: district and appellate, in the order made. */
function inputs(h: History): EntryInput[] {
  const appeals = h.appeals ?? (h.appeal ? [h.appeal] : []);
  const all = [
    ...h.entries.map((e, i) => ({
      e: { ...e, time: e.time ?? '00:00' },
      appeal: null as null | { id: number; court: string },
      i,
    })),
    ...appeals.flatMap((a, k) =>
      a.entries.map((e, i) => ({
        e: { ...e, documentText: undefined },
        appeal: { id: k + 1, court: a.court },
        i,
      })),
    ),
  ].sort((a, b) => `${a.e.dateFiled} ${a.e.time}`.localeCompare(`${b.e.dateFiled} ${b.e.time}`) || a.i - b.i);
  return all.map(({ e, appeal }, row) => {
    const key = appeal ? `appeal:${appeal.id}:${e.number}` : e.number === null ? `u${row}` : String(e.number);
    return {
      key,
      id: key,
      number: appeal || e.number === null ? null : String(e.number),
      partial: false,
      dateFiled: e.dateFiled,
      text: e.text,
      documentText: e.documentText ?? null,
      position: { day: e.dateFiled, seq: null, number: appeal ? 0 : (e.number ?? 0), row },
      fingerprint: `${key}:${e.text}`,
      ...(appeal ? { appeal: appeal.court } : {}),
    };
  });
}

const plusDays = (day: string, n: number) =>
  new Date(Date.parse(day) + n * 86_400_000).toISOString().slice(0, 10);

describe('no report of a repeated duty is expected after it ended or changed, nor while it is on hold', () => {
  for (const [name, load] of HISTORIES)
    it(name, () => {
      const h = load();
      const entries = inputs(h);
      const last = entries
        .map((e) => e.dateFiled)
        .sort()
        .at(-1)!;
      const { tracker } = derivedFor(`${h.court}:${h.docketNumber}`, entries, plusDays(last, 120));
      // Ended with its relief: a duty of the order that granted an injunction since vacated, dissolved
      // or replaced is expected no more — neither due nor missing after that day.
      for (const i of tracker.injunctions()) {
        if (i.state !== 'vacated' && i.state !== 'dissolved' && i.state !== 'converted') continue;
        const ended = i.history.findLast((x) =>
          ['vacated', 'dissolved', 'converted', 'replaced'].includes(x.action),
        );
        if (!ended) continue;
        for (const d of tracker.deadlines()) {
          if (!d.recurrence || d.setBy.entry !== i.grantedBy.entry) continue;
          expect(d.state, `${d.what}: its ${i.type} ended ${ended.date}`).not.toMatch(/^(?:open|suspended)$/);
          const after = d.recurrence.occurrences.filter((o) => o.state === 'missing' && o.due > ended.date);
          expect(
            after.map((o) => o.due),
            `${d.what}: its ${i.type} ended ${ended.date}`,
          ).toEqual([]);
        }
      }
      for (const d of tracker.deadlines()) {
        if (!d.recurrence) continue;
        const os = d.recurrence.occurrences;
        const missing = os.filter((o) => o.state === 'missing');
        // Ended: nothing missing after its end.
        const end = d.history.findLast(
          (x) => x.change === 'vacated' || x.change === 'relieved' || x.change === 'mooted',
        );
        if (end && (d.state === 'vacated' || d.state === 'relieved' || d.state === 'mooted'))
          expect(
            missing.filter((o) => o.due > end.date).map((o) => o.due),
            `${d.what}: ended ${end.date}`,
          ).toEqual([]);
        // Changed: one series, in order, none of the old schedule between the change and the new first day.
        const dues = os.map((o) => o.due);
        expect(dues, `${d.what}: occurrences in order`).toEqual([...dues].sort());
        const change = d.history.findLast((x) => x.change === 'reset');
        const first = d.recurrence.firstDue;
        if (change && first && first > change.date)
          expect(
            os.filter((o) => o.nominal >= change.date && o.nominal < first).map((o) => o.due),
            `${d.what}: changed ${change.date}, first ${first}`,
          ).toEqual([]);
        // On hold: nothing missing of the days it was held.
        for (const [i, x] of d.history.entries()) {
          if (x.change !== 'suspended') continue;
          const until = d.history.slice(i + 1).find((y) => y.change !== 'suspended')?.date ?? '9999-12-31';
          expect(
            missing.filter((o) => o.due >= x.date && o.due < until).map((o) => o.due),
            `${d.what}: on hold ${x.date}–${until}`,
          ).toEqual([]);
        }
      }
    });
});
