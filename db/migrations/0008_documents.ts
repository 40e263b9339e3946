/**
 * Court documents (PDFs) and their text. A file is stored once, by the SHA-256 of its bytes
 * (`document_files`); its page texts are rows of `document_pages`; `entry_documents` links a file to
 * the docket entry it belongs to (main document or an attachment), with where it came from. The
 * same file linked to two entries, or added twice, is still one file. `document_fetches` records
 * each attempt to fetch a document (by a digest of its address, which may hold a one-time number).
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
    .createTable('document_files')
    .addColumn('sha256', 'text', (c) => c.primaryKey())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('num_pages', 'integer', (c) => c.notNull())
    .addColumn('ocr_pages', 'integer', (c) => c.notNull())
    .addColumn('unread', 'text', (c) => c.notNull())
    .addColumn('warnings', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('document_pages')
    .addColumn('sha256', 'text', (c) => c.notNull().references('document_files.sha256').onDelete('cascade'))
    .addColumn('page', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('ocr', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('document_pages_pk', ['sha256', 'page'])
    .execute();
  await db.schema
    .createTable('entry_documents')
    .addColumn('id', idType, idDef)
    .addColumn('entry_id', 'integer', (c) => c.notNull().references('entries.id'))
    .addColumn('sha256', 'text', (c) => c.notNull().references('document_files.sha256'))
    /** `0` for the main document, else the attachment number. */
    .addColumn('attachment', 'integer', (c) => c.notNull())
    /** `manual`, `upload`, `nef`, `recap`, `pacer`. */
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('origin_url', 'text')
    .addColumn('cost_usd', 'real', (c) => c.notNull().defaultTo(0))
    .addColumn('added_at', 'text', (c) => c.notNull())
    /** When the worker read the document for deadlines (null until then). */
    .addColumn('analyzed_at', 'text')
    .addUniqueConstraint('entry_documents_unique', ['entry_id', 'attachment', 'sha256'])
    .execute();
  await db.schema.createIndex('entry_documents_sha256').on('entry_documents').columns(['sha256']).execute();
  // Each attempt to fetch a document, claimed before the request: a free look is followed once.
  await db.schema
    .createTable('document_fetches')
    .addColumn('url_sha256', 'text', (c) => c.primaryKey())
    .addColumn('entry_id', 'integer', (c) => c.notNull().references('entries.id'))
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('error', 'text')
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('document_fetches').execute();
  await db.schema.dropTable('entry_documents').execute();
  await db.schema.dropTable('document_pages').execute();
  await db.schema.dropTable('document_files').execute();
}
