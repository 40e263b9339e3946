/**
 * Entries by case and number: ingest reads only the stored entries an input touches (the numbers
 * next to the incoming ones for gaps, a complete report's number range for vanished entries,
 * whether a case has unnumbered entries at all) instead of every entry of the case.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('entries_case_number').on('entries').columns(['case_id', 'number']).execute();
}

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('entries_case_number').execute();
}
