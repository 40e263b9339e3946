import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCase, listEntries } from '../../db/cases.ts';
import type { Store } from '../../db/index.ts';
import { type Derivation, derive, recordsOf } from '../../src/deadlines/record/derive.ts';
import { loadInputs, resolveCase } from '../../src/deadlines/record/inputs.ts';
import { derivationAsOf } from '../../src/deadlines/record/persist.ts';
import {
  type DeadlineRefresh,
  listDeadlineRecords,
  refreshAfterIngest,
  refreshCaseDeadlines,
  reviewRecord,
  setEntryText,
} from '../../src/deadlines/record.ts';
import { ingest } from '../../src/ingest/index.ts';
import { freshStore } from '../support/db.ts';
import { type HistoryEntry, hamamaHistory, historyDocket } from '../support/history.ts';

const h = hamamaHistory();
const KEY = `${h.court}:${h.docketNumber}`;
const DAYS = ['2017-06-23', '2017-07-12', '2018-01-03', '2019-05-14'];

let every: string | undefined;
beforeAll(() => {
  every = process.env.DOCKETWATCH_POSTURE_CHECKPOINT_EVERY;
  process.env.DOCKETWATCH_POSTURE_CHECKPOINT_EVERY = '3';
});
afterAll(() => {
  if (every === undefined) delete process.env.DOCKETWATCH_POSTURE_CHECKPOINT_EVERY;
  else process.env.DOCKETWATCH_POSTURE_CHECKPOINT_EVERY = every;
});

async function arrive(store: Store, entries: HistoryEntry[], partial: boolean): Promise<DeadlineRefresh[]> {
  return refreshAfterIngest(store, await ingestOnly(store, entries, partial));
}

async function ingestOnly(store: Store, entries: HistoryEntry[], partial: boolean) {
  const outcome = await ingest(store.db, {
    kind: partial ? 'pacer-rss' : 'courtlistener',
    court: h.court,
    isDocket: true,
    reason: null,
    cases: [historyDocket(h, entries, partial)],
  });
  return outcome.events;
}

/** An order's own words, kept for its entry (as a document or CourtListener gives them). */
async function orderText(store: Store, e: HistoryEntry): Promise<DeadlineRefresh[]> {
  const match = (await listEntries(store.db, KEY)).find(
    (s) => s.dateFiled === e.dateFiled && s.description === e.text,
  );
  if (!match || !e.documentText) return [];
  await setEntryText(store, KEY, match.entry, e.documentText, 'order-text');
  return refreshAfterIngest(store, [{ type: 'entry.text', case: KEY, entry: match.entry }]);
}

/** Records as stored, without the times they were written. */
async function storedRecords(store: Store) {
  return (await listDeadlineRecords(store, KEY)).map((r) => JSON.stringify(r)).sort();
}

function postureOf(d: Derivation, day: string) {
  const p = d.tracker.posture(day);
  const id = (tid: string) => d.ids.get(tid) ?? tid;
  return {
    inForce: p.inForce.map((f) => ({ ...f, id: id(f.id) })),
    next: p.next.map((n) => ({ ...n, id: id(n.id) })),
    missing: p.missing.map((m) => ({ ...m, id: id(m.id) })),
    hearings: p.hearings.map((x) => ({ ...x, id: id(x.id) })),
  };
}

/** The stored records and the posture as read must be what a derivation from scratch gives now. */
async function expectAsFromScratch(store: Store) {
  const c = await resolveCase(store.db, KEY);
  const inputs = await loadInputs(store.db, c);
  const scratch = derive(inputs);
  const expected = recordsOf(inputs.decisions, scratch)
    .map((r) => JSON.stringify(r))
    .sort();
  expect(await storedRecords(store)).toEqual(expected);
  for (const day of DAYS) {
    const read = (await derivationAsOf(store.db, c, day)).derivation;
    const fresh = derive(inputs, day);
    expect(postureOf(read, day)).toEqual(postureOf(fresh, day));
    expect(
      recordsOf(inputs.decisions, read)
        .map((r) => JSON.stringify(r))
        .sort(),
    ).toEqual(
      recordsOf(inputs.decisions, fresh)
        .map((r) => JSON.stringify(r))
        .sort(),
    );
  }
}

describe('the incremental posture equals a derivation from scratch after every arrival', () => {
  const paths = { append: 0, replayFromCheckpoint: 0, replayFromStart: 0 };
  const count = (refreshes: DeadlineRefresh[]) => {
    for (const r of refreshes) {
      if (r.how?.path === 'append') paths.append++;
      else if (r.how?.path === 'replay' && r.how.from > 0) paths.replayFromCheckpoint++;
      else if (r.how?.path === 'replay') paths.replayFromStart++;
    }
  };

  it('for random arrival orders, chunks, late fill-ins and a dismissal', async () => {
    const n = h.entries.length;
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          order: fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
          cuts: fc.uniqueArray(fc.integer({ min: 1, max: n - 1 }), { maxLength: 8 }),
          fromFeed: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
          /** How many chunks later the full text follows a feed item (0: in the same chunk). */
          delay: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: n, maxLength: n }),
          dismissAt: fc.integer({ min: 0, max: 9 }),
        }),
        async ({ order, cuts, fromFeed, delay, dismissAt }) => {
          const store = await freshStore('sqlite');
          try {
            await addCase(store.db, h.court, h.docketNumber, { name: h.caseName, parent: null });
            const bounds = [0, ...[...cuts].sort((a, b) => a - b), n];
            const chunks = bounds.slice(0, -1).map((b, i) => order.slice(b, bounds[i + 1]));
            // Step k: the feed items of chunk k, then the full entries due at step k, then order texts.
            const full = new Map<number, number[]>();
            chunks.forEach((chunk, k) => {
              for (const i of chunk) {
                const at = fromFeed[i] ? Math.min(k + delay[i]!, chunks.length - 1) : k;
                full.set(at, [...(full.get(at) ?? []), i]);
              }
            });
            for (let k = 0; k < chunks.length; k++) {
              const feed = chunks[k]!.filter((i) => fromFeed[i]).map((i) => h.entries[i]!);
              if (feed.length > 0) count(await arrive(store, feed, true));
              await expectAsFromScratch(store);
              const now = (full.get(k) ?? []).map((i) => h.entries[i]!);
              if (now.length > 0) count(await arrive(store, now, false));
              for (const e of now) count(await orderText(store, e));
              await expectAsFromScratch(store);
              if (k === dismissAt % chunks.length) {
                const deadline = (await listDeadlineRecords(store, KEY)).find(
                  (r) => r.kind === 'deadline' && r.review === 'proposed',
                );
                if (deadline) {
                  await reviewRecord(store, deadline.id, 'dismiss', { by: 'property test' });
                  await expectAsFromScratch(store);
                }
              }
            }
          } finally {
            await store.close();
          }
        },
      ),
      { numRuns: 8, seed: 20261205, endOnFailure: true },
    );
    // The runs went through each path: new entries applied, late ones replayed from a checkpoint.
    expect(paths.append).toBeGreaterThan(0);
    expect(paths.replayFromCheckpoint).toBeGreaterThan(0);
  }, 900_000);

  it('refreshes of one case at the same time: one writes, the others start over from it', async () => {
    const store = await freshStore('sqlite');
    await addCase(store.db, h.court, h.docketNumber, { name: h.caseName, parent: null });
    const half = Math.floor(h.entries.length / 2);
    count(await arrive(store, h.entries.slice(0, half), false));
    const events = await ingestOnly(store, h.entries.slice(half), false);
    expect(events.length).toBeGreaterThan(0);
    const refreshes = await Promise.all([
      refreshAfterIngest(store, events),
      refreshCaseDeadlines(store, KEY),
      refreshCaseDeadlines(store, KEY),
    ]);
    await expectAsFromScratch(store);
    // Each change told once, whichever refresh told it.
    const told = refreshes.flat().flatMap((r) => r.events.map((e) => JSON.stringify(e)));
    expect(new Set(told).size).toBe(told.length);
    expect(told.length).toBeGreaterThan(0);
  }, 120_000);
});
