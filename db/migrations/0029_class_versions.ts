/**
 * Who is covered, per order (try-out finding M3): a case's class as each order defined it, dated by
 * that order's filing day, so a message quotes the definition in force on its own day. One row per
 * definition: read from a court order's words at ingest (`source` `order`), or given by a
 * maintainer (`source` `maintainer`, `case set --class … --class-from N`). `entry_key` is the
 * defining docket entry, `''` for the maintainers' own words that name no order. The single class
 * kept on `case_details` (0017, 0028) moves here; what the orders protect from stays there.
 */
import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('case_class_versions')
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('entry_key', 'text', (c) => c.notNull())
    .addColumn('text_en', 'text', (c) => c.notNull())
    .addColumn('text_es', 'text')
    .addColumn('text_ar', 'text')
    .addColumn('scope', 'text')
    .addColumn('words', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('case_class_versions_pk', ['case_id', 'source', 'entry_key'])
    .execute();
  await sql`insert into case_class_versions (case_id, source, entry_key, text_en, text_es, text_ar, scope, words, updated_at)
    select case_id, 'maintainer', coalesce(class_from, ''), class_en, class_es, class_ar, class_scope, null, updated_at
    from case_details where class_en is not null`.execute(db);
  for (const column of ['class_en', 'class_es', 'class_ar', 'class_scope', 'class_from'])
    await db.schema.alterTable('case_details').dropColumn(column).execute();
}

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function down(db: Kysely<any>): Promise<void> {
  for (const column of ['class_en', 'class_es', 'class_ar', 'class_scope', 'class_from'])
    await db.schema.alterTable('case_details').addColumn(column, 'text').execute();
  // The maintainers' latest definition goes back to the one class a case had.
  await sql`update case_details set
      class_en = v.text_en, class_es = v.text_es, class_ar = v.text_ar, class_scope = v.scope,
      class_from = nullif(v.entry_key, '')
    from (select case_id, text_en, text_es, text_ar, scope, entry_key,
            row_number() over (partition by case_id order by length(entry_key) desc, entry_key desc) as n
          from case_class_versions where source = 'maintainer') v
    where v.case_id = case_details.case_id and v.n = 1`.execute(db);
  await db.schema.dropTable('case_class_versions').execute();
}
