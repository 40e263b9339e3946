/**
 * Who is covered follows the orders that end a class (`class.decertified` events): pages, messages
 * and the CLI read a case's events of that type, so they are found by type within a case.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('events_case_type').on('events').columns(['case_id', 'type']).execute();
}

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('events_case_type').execute();
}
