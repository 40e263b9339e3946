/**
 * `writeTransaction(db, fn, { unflushed: true })`: on PostgreSQL the transaction commits without
 * waiting for the log flush (`synchronous_commit = off` for it alone) and is still one transaction:
 * what it wrote is there after the commit, nothing of it after an error, and the setting ends with
 * it. Ingest commits that way (a case met for the first time, in one statement that sets it for its
 * own transaction); on SQLite the option changes nothing.
 */
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { writeTransaction } from '../../db/index.ts';
import { ingest } from '../../src/ingest/index.ts';
import { DIALECTS, describeDialect, freshStore } from '../support/db.ts';
import { generatedResult } from '../support/generate.ts';

const setting = async (db: Parameters<typeof writeTransaction>[0]) =>
  (await sql<{ synchronous_commit: string }>`show synchronous_commit`.execute(db)).rows[0]!
    .synchronous_commit;

for (const dialect of DIALECTS) {
  describeDialect(dialect, 'transactions that commit without waiting for the log flush', () => {
    it('commit what they wrote, roll back on an error, and leave the setting as it was', async () => {
      const store = await freshStore(dialect);
      const before = dialect === 'postgres' ? await setting(store.db) : null;
      const seen = await writeTransaction(
        store.db,
        async (trx) => {
          await trx.insertInto('courts').values({ id: 'mied', name: null, created_at: 'now' }).execute();
          return dialect === 'postgres' ? setting(trx) : null;
        },
        { unflushed: true },
      );
      if (dialect === 'postgres') {
        expect(seen).toBe('off');
        expect(await setting(store.db)).toBe(before);
      }
      await expect(
        writeTransaction(
          store.db,
          async (trx) => {
            await trx.insertInto('courts').values({ id: 'nysd', name: null, created_at: 'now' }).execute();
            throw new Error('stop');
          },
          { unflushed: true },
        ),
      ).rejects.toThrow('stop');
      const courts = await store.db.selectFrom('courts').select('id').orderBy('id').execute();
      expect(courts.map((c) => c.id)).toEqual(['mied']);

      // Ingest commits so: its cases, entries and events are there, and the same input again is a no-op.
      const result = generatedResult(0, 2, 30);
      expect((await ingest(store.db, result, { track: true })).events).toHaveLength(62);
      expect((await ingest(store.db, result, { track: true })).events).toHaveLength(0);
      const entries = await store.db.selectFrom('entries').select('id').execute();
      expect(entries).toHaveLength(60);

      // A case met for the first time is one statement on PostgreSQL (`src/ingest/new-cases.ts`),
      // its own transaction, unflushed the same way: the setting ends with it too.
      expect((await ingest(store.db, generatedResult(5, 1, 30), { track: true })).events).toHaveLength(31);
      if (dialect === 'postgres') expect(await setting(store.db)).toBe(before);
    });
  });
}
