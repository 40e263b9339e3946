/**
 * Documents fetched by the worker on its own (issue #15): `entry_document_tries` remembers, per
 * entry, how often and when the worker tried to fetch its document and what came of it, so a
 * document no source has yet is tried again later, a few times, and not on every poll; and
 * `entry_documents.disagreements` keeps where a document dates something differently from its
 * docket text (a JSON array), so the entry stays flagged for review on every refresh.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('entry_document_tries')
    .addColumn('entry_id', 'integer', (c) => c.primaryKey())
    .addColumn('tries', 'integer', (c) => c.notNull())
    .addColumn('last_at', 'text', (c) => c.notNull())
    /** `fetched`, or why not ("no source has this document", a budget, an error). */
    .addColumn('outcome', 'text', (c) => c.notNull())
    .execute();
  await db.schema.alterTable('entry_documents').addColumn('disagreements', 'text').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('entry_documents').dropColumn('disagreements').execute();
  await db.schema.dropTable('entry_document_tries').execute();
}
