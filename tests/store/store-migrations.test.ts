/**
 * Migrations that move data: a store made by an older version keeps what it had. 0005 moves each
 * outbox message's body into `outbox_messages`; a message queued before the upgrade is still sent
 * with its body, and migrating down puts the bodies back. Both dialects.
 */
import { type Kysely, sql } from 'kysely';
import { afterEach, expect, it } from 'vitest';
import { type Database, dialectOf, migratorFor, openDatabase, type Store } from '../../db/index.ts';
import { claim } from '../../src/notify/outbox.ts';
import { DIALECTS, describeDialect, freshTarget } from '../support/db.ts';

async function columns(db: Kysely<Database>, table: string): Promise<string[]> {
  const rows =
    dialectOf(db) === 'postgres'
      ? await sql<{ name: string }>`select column_name as name from information_schema.columns
          where table_schema = current_schema() and table_name = ${table}`.execute(db)
      : await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(db);
  return rows.rows.map((r) => r.name);
}

const open: Store[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});

for (const dialect of DIALECTS) {
  describeDialect(dialect, 'migration 0005 (outbox bodies apart)', () => {
    it('moves queued messages into outbox_messages, and back on the way down', async () => {
      const store = await openDatabase(freshTarget(dialect), { migrate: false });
      open.push(store);
      const m = await migratorFor(store.db);
      expect((await m.migrateTo('0004_sources')).error).toBeUndefined();
      // biome-ignore lint/suspicious/noExplicitAny: the table as version 0004 had it
      const old = store.db as unknown as Kysely<any>;
      const message = {
        idempotencyKey: 'alert:sub_1:42',
        to: 'counsel@example.org',
        subject: 'Stay extended to July 24',
        text: 'The judge extended the stay.',
        html: '<p>The judge extended the stay.</p>',
        headers: {},
      };
      await old
        .insertInto('outbox')
        .values({
          idempotency_key: message.idempotencyKey,
          kind: 'alert',
          subscription_id: null,
          recipient: message.to,
          subject: message.subject,
          message: JSON.stringify(message),
          status: 'pending',
          attempts: 0,
          next_attempt_at: '2017-07-21T00:00:00.000Z',
          created_at: '2017-07-21T00:00:00.000Z',
        })
        .execute();

      expect((await m.migrateToLatest()).error).toBeUndefined();
      expect(await columns(store.db, 'outbox')).not.toContain('message');
      const now = new Date('2017-07-21T01:00:00.000Z');
      const { rows } = await claim(store, 'w1', now, 10, 60_000, now);
      expect(rows).toHaveLength(1);
      expect(JSON.parse(rows[0]!.message)).toEqual(message);

      expect((await m.migrateTo('0004_sources')).error).toBeUndefined();
      expect(await columns(store.db, 'outbox')).toContain('message');
      const back = await old.selectFrom('outbox').select('message').execute();
      expect(back.map((r) => JSON.parse(r.message as string))).toEqual([message]);
    });

    it('deleting an outbox row deletes its body', async () => {
      const store = await openDatabase(freshTarget(dialect));
      open.push(store);
      const [row] = await store.db
        .insertInto('outbox')
        .values({
          idempotency_key: 'confirm:sub_2:1',
          kind: 'confirm',
          subscription_id: null,
          recipient: 'a@example.org',
          subject: 'Confirm',
          status: 'sent',
          attempts: 1,
          next_attempt_at: '2017-07-21T00:00:00.000Z',
          created_at: '2017-07-21T00:00:00.000Z',
        })
        .returning('id')
        .execute();
      await store.db.insertInto('outbox_messages').values({ outbox_id: row!.id, message: '{}' }).execute();
      await store.db.deleteFrom('outbox').where('id', '=', row!.id).execute();
      expect(await store.db.selectFrom('outbox_messages').selectAll().execute()).toEqual([]);
    });
  });
}
