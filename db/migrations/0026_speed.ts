/**
 * PostgreSQL: the reference checks of migration 0018 probe the parent's primary key, always. Their
 * statements are PL/pgSQL's, so each session plans them once and keeps the plan; planned while a
 * table was still small (a new store, before autovacuum's first ANALYZE), the plan was a hash
 * anti-join over a sequential scan of the whole parent table, and that plan stayed for every later
 * batch: each batch of 100 entries read every stored entry twice (versions and documents), so a
 * first ingest of 100k entries grew quadratically (server CPU 8–20 s instead of ≈ 1 s). A batch
 * names a few hundred parents at most, so looking each one up through the primary key is the right
 * plan at every size; the functions now plan with hash and merge joins and sequential scans of the
 * parent off (a transition table is scanned as it is either way).
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';

/** The check functions of migration 0018: `<table>_<column>_ref` (rows written) and `…_parent` (parents deleted). */
const CHECKS = [
  'entries_case_id_ref',
  'events_case_id_ref',
  'entry_versions_entry_id_ref',
  'entry_versions_source_id_ref',
  'documents_entry_id_ref',
] as const;

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
const isPostgres = (db: Kysely<any>) => db.getExecutor().adapter instanceof PostgresAdapter;

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function up(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  for (const name of CHECKS)
    for (const fn of [name, `${name}_parent`])
      await sql
        .raw(
          `alter function ${fn}() set enable_hashjoin = off set enable_mergejoin = off set enable_seqscan = off`,
        )
        .execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function down(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  for (const name of CHECKS)
    for (const fn of [name, `${name}_parent`]) await sql.raw(`alter function ${fn}() reset all`).execute(db);
}
