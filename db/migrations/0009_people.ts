/**
 * The language a subscriber reads (`en`, `es`, `ar`): advocates' messages, the welcome email and
 * the subscription pages are written in it. Existing subscriptions read English, as before.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('subscriptions')
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('en'))
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('subscriptions').dropColumn('language').execute();
}
