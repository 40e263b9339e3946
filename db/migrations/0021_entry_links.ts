/**
 * The entries a docket text links to (`entries.linked_entries`, JSON numbers; `null` when it links
 * none): a docket report prints a reference "[8]" as a link showing "8", which the text alone no
 * longer marks as one. Entries stored before keep `null` until a source gives them again.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('entries').addColumn('linked_entries', 'text').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('entries').dropColumn('linked_entries').execute();
}
