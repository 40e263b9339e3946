/**
 * PostgreSQL: the reference checks of migration 0018 probe the parent's primary key, always, and
 * once per parent a statement names. Their statements are PL/pgSQL's, so each session plans them
 * once and keeps the plan; planned while a table was still small (a new store, before autovacuum's
 * first ANALYZE), the plan was a hash anti-join over a sequential scan of the whole parent table,
 * and that plan stayed for every later batch: each batch of 100 entries read every stored entry
 * twice (versions and documents), so a first ingest of 100k entries grew quadratically (server CPU
 * 8–20 s instead of ≈ 1 s). A batch names a few hundred parents at most, so looking each one up
 * through the primary key is the right plan at every size; the functions now plan with hash and
 * merge joins and sequential scans of the parent off (a transition table is scanned as it is either
 * way). The checks of rows written look each distinct parent up once (a batch of 100 entries names
 * one case and one source, not 100), with the same verdict and error as 0018's.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';

/** [table, column, referenced table] of each reference checked (as in migration 0018). */
const CHECKS = [
  ['entries', 'case_id', 'cases'],
  ['events', 'case_id', 'cases'],
  ['entry_versions', 'entry_id', 'entries'],
  ['entry_versions', 'source_id', 'sources'],
  ['documents', 'entry_id', 'entries'],
] as const;

const PLAN = 'set enable_hashjoin = off set enable_mergejoin = off set enable_seqscan = off';

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
const isPostgres = (db: Kysely<any>) => db.getExecutor().adapter instanceof PostgresAdapter;

/** The check of rows written, as 0018 wrote it (`distinct`: each parent once). */
function check(table: string, column: string, parent: string, distinct: boolean): string {
  const name = `${table}_${column}_ref`;
  const rows = distinct
    ? `(select distinct n.${column} from new_rows n where n.${column} is not null) n`
    : 'new_rows n';
  return `create or replace function ${name}() returns trigger language plpgsql as $$
begin
  if exists (select 1 from ${rows}
             where n.${column} is not null and not exists (select 1 from ${parent} p where p.id = n.${column})) then
    raise foreign_key_violation using message =
      '${table}.${column} refers to a row that is not in ${parent}', constraint = '${name}';
  end if;
  return null;
end $$`;
}

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function up(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  for (const [table, column, parent] of CHECKS) {
    const name = `${table}_${column}_ref`;
    await sql.raw(check(table, column, parent, true)).execute(db);
    for (const fn of [name, `${name}_parent`]) await sql.raw(`alter function ${fn}() ${PLAN}`).execute(db);
  }
}

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function down(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  for (const [table, column, parent] of CHECKS) {
    const name = `${table}_${column}_ref`;
    await sql.raw(check(table, column, parent, false)).execute(db);
    for (const fn of [name, `${name}_parent`]) await sql.raw(`alter function ${fn}() reset all`).execute(db);
  }
}
