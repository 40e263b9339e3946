/**
 * PostgreSQL: no foreign-key checks on the rows ingest writes by the hundred thousand (entries,
 * their versions and documents, events). Each such row fired a per-row check of its parent — the
 * largest single cost of a first ingest (201k checks on `cases` for 100k entries). Every writer of
 * these rows takes the parent's id from a row it has just read or inserted (ingest in the same
 * transaction, holding the case's row lock), and nothing deletes cases, entries or sources, so the
 * checks never found anything. SQLite keeps its checks (an index probe each, a small part of its
 * ingest).
 */
import { type Kysely, PostgresAdapter } from 'kysely';

/** [table, column, referenced table] of each foreign key dropped. */
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
  for (const [table, column] of CHECKS) {
    await db.schema.alterTable(table).dropConstraint(`${table}_${column}_fkey`).ifExists().execute();
  }
}

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function down(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  for (const [table, column, parent] of CHECKS) {
    await db.schema
      .alterTable(table)
      .addForeignKeyConstraint(`${table}_${column}_fkey`, [column], parent, ['id'])
      .execute();
  }
}
