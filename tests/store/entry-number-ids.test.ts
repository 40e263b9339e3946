/**
 * Entries numbered by a court's 11- or 12-digit document id (#12): kept as numbered entries, their
 * number whole, on both dialects (PostgreSQL's column is `bigint` since migration 0027; it was an
 * `integer`, so such entries were kept unnumbered and labelled so). A store that kept them
 * unnumbered before the migration finds them again by their number: nothing added twice.
 * Fictional appeals in the Fourth Circuit.
 */
import type { Kysely } from 'kysely';
import { afterEach, expect, it } from 'vitest';
import { addCase, findCase, listEntries } from '../../db/cases.ts';
import { migratorFor, openDatabase, type Store } from '../../db/index.ts';
import { ingest } from '../../src/ingest/index.ts';
import { DIALECTS, describeDialect, freshTarget } from '../support/db.ts';
import { docket, entry, result } from '../support/dockets.ts';

const APPEAL = 'ca4:24-1187';
const CAPTION = 'Tidewater Fishermen Association v. Chesapeake Port Authority';

const appellate = (entries: { number: string; date: string; text: string }[]) =>
  result(
    'pacer-appellate',
    [
      docket(
        '24-1187',
        entries.map((e) =>
          entry({ number: e.number, dateFiled: e.date, description: e.text, pacerDocId: e.number }),
        ),
        { caseName: CAPTION },
      ),
    ],
    'ca4',
  );

const ROWS = [
  {
    number: '12045318877',
    date: '2024-03-11',
    text: 'Case docketed. Originating case number: 2:23-cv-00412.',
  },
  {
    number: '990412003518',
    date: '2024-04-02',
    text: 'ORDER granting motion to extend filing time for opening brief.',
  },
];

const open: Store[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});

for (const dialect of DIALECTS) {
  describeDialect(dialect, 'entries numbered by long document ids', () => {
    it('keeps 11- and 12-digit numbers whole, as numbered entries, and reads them back as numbers', async () => {
      const store = await openDatabase(freshTarget(dialect));
      open.push(store);
      const first = await ingest(store.db, appellate(ROWS), { track: true });
      expect(first.notes).toEqual([]);
      expect(first.events.filter((e) => e.type === 'entry.added').map((e) => e.entry)).toEqual(
        ROWS.map((r) => r.number),
      );
      const entries = await listEntries(store.db, APPEAL);
      expect(entries.map((e) => [e.entry, e.number])).toEqual(ROWS.map((r) => [r.number, r.number]));
      const id = (await findCase(store.db, APPEAL))!.id;
      const stored = await store.db
        .selectFrom('entries')
        .select('number')
        .where('case_id', '=', id)
        .execute();
      expect(stored.map((r) => r.number).sort()).toEqual(ROWS.map((r) => Number(r.number)).sort());
      // Again: nothing changes.
      expect((await ingest(store.db, appellate(ROWS))).events).toEqual([]);
    });

    it('a store that kept them unnumbered before migration 0027 finds them again by number', async () => {
      const store = await openDatabase(freshTarget(dialect));
      open.push(store);
      await addCase(store.db, 'ca4', '24-1187', { name: CAPTION });
      const caseId = (await findCase(store.db, APPEAL))!.id;
      const m = await migratorFor(store.db);
      expect((await m.migrateTo('0026_speed')).error).toBeUndefined();
      // As the code before kept the entry: unnumbered, keyed by its day and document id.
      // biome-ignore lint/suspicious/noExplicitAny: the table as version 0026 had it
      const old = store.db as unknown as Kysely<any>;
      const [row] = ROWS;
      const key = `u:${row!.date}:d${row!.number}`;
      await old
        .insertInto('entries')
        .values({
          case_id: caseId,
          entry_key: key,
          number: null,
          date_filed: row!.date,
          date_entered: null,
          description: row!.text,
          short_description: null,
          pacer_doc_id: row!.number,
          pacer_seq_no: null,
          page_count: null,
          document_url: null,
          kind: 'other',
          status: 'present',
          first_seen_at: '2024-03-11T12:00:00.000Z',
          updated_at: '2024-03-11T12:00:00.000Z',
        })
        .execute();
      expect((await m.migrateToLatest()).error).toBeUndefined();
      const again = await ingest(store.db, appellate(ROWS.slice(0, 1)));
      expect(again.events.filter((e) => e.type === 'entry.added')).toEqual([]);
      const entries = await listEntries(store.db, APPEAL);
      expect(entries.map((e) => [e.entry, e.number])).toEqual([[key, row!.number]]);
    });
  });
}
