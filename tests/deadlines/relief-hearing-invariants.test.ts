/**
 * Invariants of how reliefs end and hearings move, over every hand-written replay history in
 * tests/fixtures/replay/ and the Hamama history, each ingested whole (the district docket as its
 * report gives it) into a fresh store and read back from the stored deadline records:
 * - a relief's last day is never after the event that ended it (vacated, dissolved, converted,
 *   ended by a ruling or by the final judgment);
 * - no hearing is both cancelled and held;
 * - each hearing is one record: no two standing hearings (scheduled or held) on the same day and
 *   hour under names that can be the same hearing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addCase } from '../../db/cases.ts';
import { listDeadlineRecords, refreshAfterIngest } from '../../src/deadlines/record.ts';
import { sameKindOfHearing } from '../../src/deadlines/tracker/hearings.ts';
import { ingest } from '../../src/ingest/index.ts';
import { freshStore } from '../support/db.ts';
import { hamamaHistory, historyDocket, type WrittenHistory } from '../support/history.ts';

const DIR = new URL('../fixtures/replay/', import.meta.url);
const HISTORIES: [string, () => WrittenHistory][] = [
  ['Hamama v. Adducci', hamamaHistory],
  ...readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map(
      (f) =>
        [f, () => JSON.parse(readFileSync(new URL(f, DIR), 'utf8')) as WrittenHistory] as [
          string,
          () => WrittenHistory,
        ],
    ),
];

/** Actions that end a relief on their day. */
const ENDS = new Set(['vacated', 'dissolved', 'converted', 'ended_by_ruling', 'ended_by_judgment']);

describe('reliefs end no later than what ended them; hearings are one record, never cancelled and held', () => {
  for (const [name, load] of HISTORIES)
    it(name, async () => {
      const h = load();
      const store = await freshStore('sqlite');
      try {
        await addCase(store.db, h.court, h.docketNumber, { name: h.caseName, parent: null });
        const outcome = await ingest(store.db, {
          kind: 'pacer-docket',
          court: h.court,
          isDocket: true,
          reason: null,
          cases: [historyDocket(h, h.entries)],
        });
        await refreshAfterIngest(store, outcome.events);
        const records = await listDeadlineRecords(store, `${h.court}:${h.docketNumber}`);
        for (const r of records.filter((x) => x.kind === 'injunction')) {
          if (r.status === 'in_force' || r.status === 'stayed' || !r.due) continue;
          const ended = (r.history as { action?: string; date: string }[])
            .filter((x) => x.action && ENDS.has(x.action))
            .at(-1);
          if (ended) expect(r.due <= ended.date.slice(0, 10), `${r.what}: last day ${r.due}`).toBe(true);
        }
        const hearings = records.filter((x) => x.kind === 'hearing');
        for (const r of hearings) {
          const changes = (r.history as { change: string }[]).map((x) => x.change);
          expect(changes.includes('held') && changes.includes('cancelled'), `${r.what} ${r.due}`).toBe(false);
        }
        const standing = hearings.filter((x) => x.status === 'scheduled' || x.status === 'held');
        for (const [i, a] of standing.entries())
          for (const b of standing.slice(i + 1)) {
            const type = (r: typeof a) => String(r.data.type ?? r.what.replace(/\s+/g, '_'));
            const same =
              a.due !== null &&
              a.due === b.due &&
              (a.dueTime === b.dueTime || !a.dueTime || !b.dueTime) &&
              sameKindOfHearing(type(a), type(b));
            expect(same, `${a.what} and ${b.what} on ${a.due}`).toBe(false);
          }
      } finally {
        await store.close();
      }
    });
});
