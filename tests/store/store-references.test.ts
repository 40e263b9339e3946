/**
 * A row that refers to a case, entry or source must find it, on every dialect: SQLite by its
 * foreign keys, PostgreSQL by the statement-level checks of migration 0018 (its foreign keys were
 * dropped in 0012 for speed). A batch with one bad row is refused whole, and a case still referred
 * to cannot be deleted. The one statement that skips the checks (ingest's for new cases, whose rows
 * take their references from rows it inserts) leaves every other statement checked.
 */
import { expect, it } from 'vitest';
import { addCase } from '../../db/cases.ts';
import { ingest } from '../../src/ingest/index.ts';
import { DIALECTS, describeDialect, freshStore } from '../support/db.ts';
import { generatedResult } from '../support/generate.ts';

const event = (caseId: number) => ({
  case_id: caseId,
  type: 'case.tracked',
  entry_key: null,
  payload: '{}',
  created_at: '2026-12-05T00:00:00.000Z',
});

for (const dialect of DIALECTS) {
  describeDialect(dialect, 'references between the record tables', () => {
    it('refuses rows whose case is missing, a whole batch at a time, and the deletion of a case still referred to', async () => {
      const store = await freshStore(dialect);
      await addCase(store.db, 'mied', '2:17-cv-11910');
      const { id } = await store.db.selectFrom('cases').select('id').executeTakeFirstOrThrow();
      await store.db
        .insertInto('events')
        .values([event(id), event(id)])
        .execute();
      const before = await store.db.selectFrom('events').select('id').execute();

      await expect(
        store.db
          .insertInto('events')
          .values([event(id), event(id + 1000)])
          .execute(),
      ).rejects.toThrow(/foreign key|refers to a row/i);
      await expect(
        store.db
          .updateTable('events')
          .set({ case_id: id + 1000 })
          .where('id', '=', before[0]!.id)
          .execute(),
      ).rejects.toThrow(/foreign key|refers to a row/i);
      await expect(store.db.deleteFrom('cases').where('id', '=', id).execute()).rejects.toThrow(
        /foreign key|still referred to/i,
      );
      expect(await store.db.selectFrom('events').select('id').execute()).toEqual(before);
    });

    it('still refuses them after ingest wrote new cases in a statement that vouched for its own references', async () => {
      const store = await freshStore(dialect);
      // On PostgreSQL one statement whose rows take their references from rows it inserted itself
      // (src/ingest/new-cases.ts, migration 0034); the setting that says so ends with its transaction.
      for (let i = 0; i < 3; i++) await ingest(store.db, generatedResult(i, 1, 5), { track: true });
      const cases = await store.db.selectFrom('cases').select('id').execute();
      expect(cases).toHaveLength(3);
      const missing = Math.max(...cases.map((c) => c.id)) + 1000;
      for (let i = 0; i < 3; i++)
        await expect(
          store.db
            .insertInto('events')
            .values([event(missing)])
            .execute(),
        ).rejects.toThrow(/foreign key|refers to a row/i);
      await expect(
        store.db
          .insertInto('entries')
          .values({
            case_id: missing,
            entry_key: '1',
            number: 1,
            date_filed: '2017-06-15',
            date_entered: null,
            description: 'ORDER',
            short_description: null,
            pacer_doc_id: null,
            pacer_seq_no: null,
            page_count: null,
            document_url: null,
            kind: null,
            status: 'present',
            first_seen_at: 'now',
            updated_at: 'now',
          })
          .execute(),
      ).rejects.toThrow(/foreign key|refers to a row/i);
    });
  });
}
