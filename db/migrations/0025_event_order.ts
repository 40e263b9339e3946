/**
 * PostgreSQL: events are read in the order they commit (#18: no alert lost with several workers).
 *
 * An event's id comes from a sequence when it is inserted, not when its transaction commits: with
 * several writers, a transaction holding id 41 can commit after one holding id 42, and a reader that
 * took "every id above its cursor" in between has moved its cursor past 41 for good. Now every
 * statement that inserts events first takes a shared transaction-scoped advisory lock of the store
 * (one key per `events` table, so per schema), held until its transaction ends; readers that move a
 * cursor take the same lock exclusively (`settleEvents` in db/index.ts), which waits for the
 * writers that hold ids and lets none take new ones until the reader's short transaction ends.
 * Writers never wait for each other (shared locks do not conflict), only for a reader's moment.
 *
 * A statement trigger, so every writer is covered, whatever builds its insert (kysely, the raw
 * statements of ingest, the one statement of new cases). It fires before the statement computes any
 * row, hence before the sequence hands out an id. SQLite needs nothing: one writer at a time.
 *
 * Both dialects: `events.ingest`, the token of the ingest an event follows from (db/ingests.ts), kept
 * after its hold is released: an alert range never ends between two events of one ingest, so an
 * entry and the posture it changed (on its case, or on the case an appeal comes from) are one
 * message however the events of other ingests fall between them.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';

/** The high half of the lock's key (`events`' oid is the low half); the reader's in db/index.ts. */
const KEY = 1685520384;

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
const isPostgres = (db: Kysely<any>) => db.getExecutor().adapter instanceof PostgresAdapter;

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('events').addColumn('ingest', 'text').execute();
  await db.schema
    .createIndex('events_ingest')
    .on('events')
    .columns(['ingest', 'id'])
    .where(sql.ref('ingest'), 'is not', null)
    .execute();
  if (!isPostgres(db)) return;
  await sql
    .raw(
      `create or replace function events_writer_lock() returns trigger language plpgsql as $$
       begin
         perform pg_advisory_xact_lock_shared((${KEY}::bigint << 32) | tg_relid::bigint);
         return null;
       end $$`,
    )
    .execute(db);
  await sql
    .raw(
      'create trigger events_writer_lock before insert on events for each statement execute function events_writer_lock()',
    )
    .execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('events_ingest').execute();
  await db.schema.alterTable('events').dropColumn('ingest').execute();
  if (!isPostgres(db)) return;
  await sql.raw('drop trigger if exists events_writer_lock on events').execute(db);
  await sql.raw('drop function if exists events_writer_lock()').execute(db);
}
