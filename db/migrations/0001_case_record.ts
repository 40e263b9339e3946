/**
 * The case record: courts, cases, sources, entries with their per-source versions, documents,
 * coverage gaps, the event log and the fetch log.
 */
import { type ColumnDefinitionBuilder, type Kysely, PostgresAdapter } from 'kysely';

/** An auto-numbered integer key: `serial` on PostgreSQL (int4, read back as a number), rowid alias on SQLite. */
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
    .createTable('courts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('cases')
    .addColumn('id', idType, idDef)
    .addColumn('court_id', 'text', (c) => c.notNull().references('courts.id'))
    .addColumn('docket_number', 'text', (c) => c.notNull())
    .addColumn('docket_number_raw', 'text', (c) => c.notNull())
    .addColumn('case_name', 'text')
    .addColumn('pacer_case_id', 'text')
    .addColumn('parent_case_id', 'integer', (c) => c.references('cases.id'))
    .addColumn('link_type', 'text')
    .addColumn('tracked', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('cases_court_docket_unique', ['court_id', 'docket_number'])
    .execute();

  await db.schema
    .createTable('sources')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('court_id', 'text', (c) => c.references('courts.id'))
    .addColumn('case_id', 'integer', (c) => c.references('cases.id'))
    .addColumn('config', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('entries')
    .addColumn('id', idType, idDef)
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
    .addColumn('entry_key', 'text', (c) => c.notNull())
    .addColumn('number', 'integer')
    .addColumn('date_filed', 'text')
    .addColumn('date_entered', 'text')
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('short_description', 'text')
    .addColumn('pacer_doc_id', 'text')
    .addColumn('pacer_seq_no', 'text')
    .addColumn('page_count', 'integer')
    .addColumn('document_url', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('present'))
    .addColumn('first_seen_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('entries_case_key_unique', ['case_id', 'entry_key'])
    .execute();

  await db.schema
    .createTable('entry_versions')
    .addColumn('id', idType, idDef)
    .addColumn('entry_id', 'integer', (c) => c.notNull().references('entries.id'))
    .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('seen_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('entry_versions_entry')
    .on('entry_versions')
    .columns(['entry_id', 'id'])
    .execute();

  await db.schema
    .createTable('documents')
    .addColumn('id', idType, idDef)
    .addColumn('entry_id', 'integer', (c) => c.notNull().references('entries.id'))
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('pacer_doc_id', 'text')
    .addColumn('page_count', 'integer')
    .addColumn('url', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('documents_entry_number_unique', ['entry_id', 'number'])
    .execute();

  await db.schema
    .createTable('gaps')
    .addColumn('id', idType, idDef)
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
    .addColumn('first_number', 'integer', (c) => c.notNull())
    .addColumn('last_number', 'integer', (c) => c.notNull())
    .addColumn('detected_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .execute();
  await db.schema.createIndex('gaps_case').on('gaps').columns(['case_id', 'closed_at']).execute();

  await db.schema
    .createTable('events')
    .addColumn('id', idType, idDef)
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('entry_key', 'text')
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('events_case').on('events').columns(['case_id', 'id']).execute();
  await db.schema.createIndex('events_created').on('events').columns(['created_at']).execute();

  await db.schema
    .createTable('fetch_log')
    .addColumn('id', idType, idDef)
    .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('http_status', 'integer')
    .addColumn('bytes', 'integer')
    .addColumn('duration_ms', 'integer')
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    .addColumn('cursor', 'text')
    .addColumn('error', 'text')
    .execute();
  await db.schema.createIndex('fetch_log_source').on('fetch_log').columns(['source_id', 'id']).execute();
}

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'fetch_log',
    'events',
    'gaps',
    'documents',
    'entry_versions',
    'entries',
    'sources',
    'cases',
    'courts',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
