/**
 * Entries a person should read (issue #14): a docket entry whose dates, periods, or hearing, stay,
 * injunction or deadline words gave no finding, or a reading too unsure to assert. Derived from
 * the entries on every deadline refresh, like `deadline_records`; one row per entry.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('entry_reviews')
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('entry_key', 'text', (c) => c.notNull())
    .addColumn('entry_number', 'text')
    .addColumn('date_filed', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('triggers', 'text', (c) => c.notNull())
    .addColumn('words', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('entry_reviews_pk', ['case_id', 'entry_key'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('entry_reviews').execute();
}
