/**
 * Entries numbered the way each court numbers them (try-out 8 C1): courts of appeals print a
 * document id for an entry (`[5604411]` on the Eighth and D.C. Circuits, `00106008873` on the
 * First, `011010076975` on the Eleventh), district courts a sequence number, and some entries carry
 * none. Every such entry is read, once, whatever poll brings it again; only sequence numbers make
 * gaps (a document id says nothing of the entries between two ids); and what cannot be taken is
 * rejected with its reason, never dropped unsaid.
 */
import fc from 'fast-check';
import { beforeEach, expect, it } from 'vitest';
import { listEntries } from '../../db/cases.ts';
import type { Dialect, Store } from '../../db/index.ts';
import { ingest } from '../../src/ingest/index.ts';
import { DIALECTS, describeDialect, freshStore } from '../support/db.ts';
import { docket, entry, result } from '../support/dockets.ts';

const APPEAL = '25-4410';

/** One appellate docket entry numbered `n`, filed on day `i` of March 2026. */
function appellate(n: string, i: number) {
  return entry({
    number: n,
    dateFiled: `2026-03-${String(1 + (i % 28)).padStart(2, '0')}`,
    description: `ORDER ${i}: filed in No. ${APPEAL} [${n}] (CLK)`,
    pacerDocId: `0090${String(1_000_000 + i)}`,
  });
}

/** Numbering schemes a court uses: sequence numbers, short and long document ids, leading zeros. */
const numbering = fc.constantFrom(
  (i: number) => String(i + 1),
  (i: number) => String(5_601_234 + i * 611),
  (i: number) => `00106${String(8873 + i * 97).padStart(6, '0')}`,
  (i: number) => `0110100${String(76975 + i * 33)}`,
);

for (const dialect of DIALECTS as Dialect[]) {
  describeDialect(dialect, 'entries numbered by document id', () => {
    let store: Store;
    beforeEach(async () => {
      store = await freshStore(dialect);
    });

    it('reads every entry of an appeal whatever its numbering, once, and finds no gap between document ids', async () => {
      await fc.assert(
        fc.asyncProperty(numbering, fc.integer({ min: 1, max: 12 }), async (numberOf, count) => {
          store = await freshStore(dialect);
          const rows = Array.from({ length: count }, (_, i) => appellate(numberOf(i), i));
          const report = result('pacer-appellate', [docket(APPEAL, rows)], 'ca9');
          const rejected: string[] = [];
          const first = await ingest(store.db, report, {
            track: true,
            log: (n) => {
              if (n.action === 'rejected') rejected.push(n.reason);
            },
          });
          expect(rejected).toEqual([]);
          expect(first.events.filter((e) => e.type === 'entry.added')).toHaveLength(count);
          expect(first.events.filter((e) => e.type.startsWith('gap.'))).toEqual([]);
          const stored = await listEntries(store.db, `ca9:${APPEAL}`);
          expect(stored.map((e) => e.description).sort()).toEqual(rows.map((r) => r.description).sort());
          // The next poll of the same report changes nothing.
          expect((await ingest(store.db, report, { track: true })).events).toEqual([]);
        }),
        { numRuns: 12, seed: 8031 },
      );
    });

    it('an entry added later between two document ids is new, and a missing one is no gap', async () => {
      const a = appellate('5601234', 1);
      const b = appellate('5604411', 3);
      const between = appellate('5602000', 2);
      await ingest(store.db, result('pacer-appellate', [docket(APPEAL, [a, b])], 'ca9'), { track: true });
      const r = await ingest(store.db, result('pacer-appellate', [docket(APPEAL, [a, between, b])], 'ca9'), {
        track: true,
      });
      expect(r.events.map((e) => [e.type, e.entry])).toEqual([['entry.added', '5602000']]);
      const keys = (await listEntries(store.db, `ca9:${APPEAL}`)).map((e) => e.entry);
      expect(keys.sort()).toEqual(['5601234', '5602000', '5604411']);
    });

    it('an entry it cannot take is rejected with its reason', async () => {
      const notes: string[] = [];
      const r = await ingest(
        store.db,
        result(
          'pacer-appellate',
          [docket(APPEAL, [appellate('5601234', 1), entry({ number: '5601240', description: 'no date' })])],
          'ca9',
        ),
        { track: true, log: (n) => notes.push(`${n.action} ${n.entry}: ${n.reason}`) },
      );
      expect(r.events.filter((e) => e.type === 'entry.added').map((e) => e.entry)).toEqual(['5601234']);
      expect(notes).toEqual(['rejected 5601240: entry has no date filed or entered']);
      expect(r.notes).toEqual([
        {
          action: 'rejected',
          case: `ca9:${APPEAL}`,
          entry: '5601240',
          reason: 'entry has no date filed or entered',
        },
      ]);
    });
  });
}
