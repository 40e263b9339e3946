/**
 * Deadlines, stays, injunctions and hearings read out of a case's entries, kept per case under a
 * stable id (the calendar feeds' event UID); the human review log and manual deadlines (the
 * decisions the derivation re-applies); the keys of events already emitted (so a time-driven
 * event is emitted exactly once, across processes and restarts); and the text of an entry's
 * document (an order's own words) when a source provides it.
 */
import { type ColumnDefinitionBuilder, type Kysely, PostgresAdapter } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
function idColumn(db: Kysely<any>) {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  return [
    pg ? 'serial' : 'integer',
    (c: ColumnDefinitionBuilder) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()),
  ] as const;
}

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function up(db: Kysely<any>): Promise<void> {
  const [idType, idDef] = idColumn(db);

  await db.schema
    .createTable('deadline_records')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('what', 'text', (c) => c.notNull())
    .addColumn('party', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('review', 'text', (c) => c.notNull())
    .addColumn('due', 'text')
    .addColumn('due_time', 'text')
    .addColumn('history', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('entry_key', 'text')
    .addColumn('words', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('deadline_records_case')
    .on('deadline_records')
    .columns(['case_id', 'kind'])
    .execute();

  await db.schema
    .createTable('deadline_decisions')
    .addColumn('id', idType, idDef)
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('who', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('payload', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
  await db.schema
    .createIndex('deadline_decisions_case')
    .on('deadline_decisions')
    .columns(['case_id', 'id'])
    .execute();

  await db.schema
    .createTable('deadline_notices')
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('deadline_notices_pk', ['case_id', 'key'])
    .execute();

  await db.schema
    .createTable('entry_texts')
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
    .addColumn('entry_key', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('entry_texts_pk', ['case_id', 'entry_key'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['entry_texts', 'deadline_notices', 'deadline_decisions', 'deadline_records']) {
    await db.schema.dropTable(table).execute();
  }
}
