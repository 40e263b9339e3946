/**
 * Saved searches for the people who read them (issue #17): each address that follows a saved
 * search gets its proposals in its own language (`en`, `es`, `ar`); and a request to follow one,
 * made on the web form, waits in `search_requests` until its address confirms it by email (double
 * opt-in, as for case subscriptions).
 */
import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('search_subscribers')
    .addColumn('language', 'text', (c) => c.notNull().defaultTo(sql`'en'`))
    .execute();
  await db.schema
    .createTable('search_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('query', 'text', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('confirmed_at', 'text')
    .addColumn('search_id', 'text')
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('search_requests').execute();
  await db.schema.alterTable('search_subscribers').dropColumn('language').execute();
}
