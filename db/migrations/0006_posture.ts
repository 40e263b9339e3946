/**
 * An entry's kind (order, motion, minute entry, notice of appeal, …), decided once when ingest
 * writes the entry's text and kept beside it, so the notifier and the case page read the same
 * decision instead of each classifying the text again. Rows written before this migration have
 * `null` until their entry is next written; readers classify those.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('entries').addColumn('kind', 'text').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('entries').dropColumn('kind').execute();
}
