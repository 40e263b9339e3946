/**
 * PostgreSQL: the reference checks of migration 0018 on inserted rows skip a statement whose own
 * transaction says its references hold by construction: `docketwatch.references` set to
 * `by-construction` with `set_config(…, true)`, which lasts until that transaction ends. One
 * statement sets it: ingest's statement for cases met for the first time
 * (`src/ingest/new-cases.ts`), which is its own transaction and takes every case, entry and source
 * its rows name from rows it inserted itself (or a source the record already holds; sources are
 * never deleted). Those five checks were most of the server's time per new case that was not the
 * rows themselves. Every other statement is checked as before (the setting is absent, or empty
 * after a transaction that set it). Updates and the checks on deletion are unchanged.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';

/** [table, column] of each reference checked on insert (as in migration 0018). */
const CHECKS = [
  ['entries', 'case_id'],
  ['events', 'case_id'],
  ['entry_versions', 'entry_id'],
  ['entry_versions', 'source_id'],
  ['documents', 'entry_id'],
] as const;

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
const isPostgres = (db: Kysely<any>) => db.getExecutor().adapter instanceof PostgresAdapter;

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
async function recreate(db: Kysely<any>, when: string): Promise<void> {
  for (const [table, column] of CHECKS) {
    const name = `${table}_${column}_ref`;
    await sql.raw(`drop trigger if exists ${name}_insert on ${table}`).execute(db);
    await sql
      .raw(
        `create trigger ${name}_insert after insert on ${table} referencing new table as new_rows for each statement ${when} execute function ${name}()`,
      )
      .execute(db);
  }
}

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function up(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  await recreate(
    db,
    `when (current_setting('docketwatch.references', true) is distinct from 'by-construction')`,
  );
}

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function down(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  await recreate(db, '');
}
