/**
 * An entry's number as large as a court's document id (#12): courts of appeals number their
 * entries by document ids of 11 or 12 digits, which PostgreSQL's `integer` could not hold, so such
 * entries were kept as unnumbered ones (found again by their document id) and labelled
 * "unnumbered". PostgreSQL: the column becomes `bigint` (read back as a number, `db/index.ts`).
 * SQLite's integers are 64-bit already: nothing to change.
 *
 * Entries stored unnumbered before keep their keys (`u:DAY:d<ID>`, which events and the posture
 * name); their number is filled in from the document id they were kept by, and ingest finds them
 * by that number (`src/ingest/index.ts`), so the next report neither adds them again nor loses them.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
const isPostgres = (db: Kysely<any>) => db.getExecutor().adapter instanceof PostgresAdapter;

/** The largest number the column held before (PostgreSQL's `integer`). */
const INT4_MAX = 2_147_483_647;

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function up(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) await sql`alter table "entries" alter column "number" type bigint`.execute(db);
  // An entry kept unnumbered for its long document id: the id is its number (keys unchanged).
  const rows = await db
    .selectFrom('entries')
    .select(['id', 'entry_key', 'pacer_doc_id'])
    .where('number', 'is', null)
    .where('entry_key', 'like', 'u:%')
    .where('pacer_doc_id', 'is not', null)
    .execute();
  for (const r of rows as { id: number; entry_key: string; pacer_doc_id: string }[]) {
    if (!/^\d{10,12}$/.test(r.pacer_doc_id) || !r.entry_key.endsWith(`:d${r.pacer_doc_id}`)) continue;
    const n = Number(r.pacer_doc_id);
    if (n <= INT4_MAX) continue;
    await db.updateTable('entries').set({ number: n }).where('id', '=', r.id).execute();
  }
}

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function down(db: Kysely<any>): Promise<void> {
  await db.updateTable('entries').set({ number: null }).where('number', '>', INT4_MAX).execute();
  if (isPostgres(db)) await sql`alter table "entries" alter column "number" type integer`.execute(db);
}
