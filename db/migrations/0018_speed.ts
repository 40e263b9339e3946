/**
 * PostgreSQL: the references migration 0012 stopped checking row by row (entries and events →
 * cases, entry_versions → entries and sources, documents → entries) are checked again, once per
 * statement instead of once per row. A foreign key fires a trigger for every inserted row (a
 * `SELECT … FOR KEY SHARE` on the parent: 201k of them for 100k entries, the largest cost of a
 * first ingest); these statement-level triggers see all rows a statement wrote (a transition table)
 * and look for a missing parent with one anti-join, so a batch of 500 entries costs one check.
 * Deleting a parent that rows still refer to fails the same way.
 *
 * What they do not do that a foreign key does: lock the parent rows, so a parent deleted by a
 * concurrent transaction between the check and the commit would go unnoticed (nothing deletes
 * cases, entries or sources), and check an update of a parent's id (ids are never updated). The
 * error is SQLSTATE 23503 (foreign_key_violation), as a foreign key's. SQLite keeps its foreign keys.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';

/** [table, column, referenced table] of each reference checked. */
const CHECKS = [
  ['entries', 'case_id', 'cases'],
  ['events', 'case_id', 'cases'],
  ['entry_versions', 'entry_id', 'entries'],
  ['entry_versions', 'source_id', 'sources'],
  ['documents', 'entry_id', 'entries'],
] as const;

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
const isPostgres = (db: Kysely<any>) => db.getExecutor().adapter instanceof PostgresAdapter;

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function up(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  for (const [table, column, parent] of CHECKS) {
    const name = `${table}_${column}_ref`;
    await sql
      .raw(`create function ${name}() returns trigger language plpgsql as $$
begin
  if exists (select 1 from new_rows n
             where n.${column} is not null and not exists (select 1 from ${parent} p where p.id = n.${column})) then
    raise foreign_key_violation using message =
      '${table}.${column} refers to a row that is not in ${parent}', constraint = '${name}';
  end if;
  return null;
end $$`)
      .execute(db);
    await sql
      .raw(`create function ${name}_parent() returns trigger language plpgsql as $$
begin
  if exists (select 1 from old_rows o where exists (select 1 from ${table} c where c.${column} = o.id)) then
    raise foreign_key_violation using message =
      'a deleted ${parent} row is still referred to by ${table}.${column}', constraint = '${name}';
  end if;
  return null;
end $$`)
      .execute(db);
    for (const event of ['insert', 'update'])
      await sql
        .raw(
          `create trigger ${name}_${event} after ${event} on ${table} referencing new table as new_rows for each statement execute function ${name}()`,
        )
        .execute(db);
    await sql
      .raw(
        `create trigger ${name}_parent after delete on ${parent} referencing old table as old_rows for each statement execute function ${name}_parent()`,
      )
      .execute(db);
  }
}

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function down(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  for (const [table, column, parent] of CHECKS) {
    const name = `${table}_${column}_ref`;
    for (const event of ['insert', 'update'])
      await sql.raw(`drop trigger if exists ${name}_${event} on ${table}`).execute(db);
    await sql.raw(`drop trigger if exists ${name}_parent on ${parent}`).execute(db);
    await sql.raw(`drop function if exists ${name}()`).execute(db);
    await sql.raw(`drop function if exists ${name}_parent()`).execute(db);
  }
}
