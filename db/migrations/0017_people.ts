/**
 * What a case page shows about a case beyond its entries (issue #17): the docket report's header
 * (judge, dates, nature of suit, cause, jurisdiction, parties and counsel), kept as the last source
 * that gave it said it, and who the case is about, set by a maintainer (`case set`): the class in
 * English and optionally Spanish and Arabic, how far the orders reach, and what they protect from.
 * One row per case, written only when a source gives a header or a maintainer sets the class.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('case_details')
    .addColumn('case_id', 'integer', (c) => c.primaryKey().references('cases.id').onDelete('cascade'))
    .addColumn('judge', 'text')
    .addColumn('referred_to', 'text')
    .addColumn('date_filed', 'text')
    .addColumn('date_terminated', 'text')
    .addColumn('nature_of_suit', 'text')
    .addColumn('cause', 'text')
    .addColumn('jurisdiction', 'text')
    .addColumn('parties', 'text')
    .addColumn('header_source', 'text')
    .addColumn('header_at', 'text')
    .addColumn('class_en', 'text')
    .addColumn('class_es', 'text')
    .addColumn('class_ar', 'text')
    .addColumn('class_scope', 'text')
    .addColumn('class_protects', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('case_details').execute();
}
