/**
 * A leaner event log for ingest: drop the `events_created` index. Every ingested entry wrote one
 * more B-tree entry for it, and its one reader (`docketwatch events --since`) reads the log in id
 * order anyway; `created_at` only filters (see `docs/store.md`, "Benchmark").
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('events_created').ifExists().execute();
}

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('events_created').on('events').columns(['created_at']).execute();
}
