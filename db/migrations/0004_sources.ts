/**
 * Sources at work: each source's saved fetch state and health, what each source can see of each
 * case (coverage), CourtListener webhook deliveries seen (idempotency keys), mail already read,
 * and the PACER spending ledger.
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
    .createTable('source_state')
    .addColumn('source_id', 'text', (c) => c.primaryKey().references('sources.id'))
    .addColumn('state', 'text')
    .addColumn('external_id', 'text')
    .addColumn('health', 'text', (c) => c.notNull().defaultTo('new'))
    .addColumn('last_attempt_at', 'text')
    .addColumn('last_success_at', 'text')
    .addColumn('consecutive_failures', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('last_error_code', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('source_state_external').on('source_state').columns(['external_id']).execute();

  await db.schema
    .createTable('case_coverage')
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
    .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
    .addColumn('entry_types', 'text', (c) => c.notNull())
    .addColumn('partial', 'integer', (c) => c.notNull())
    .addColumn('declared', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('case_coverage_pk', ['case_id', 'source_id'])
    .execute();

  await db.schema
    .createTable('webhook_deliveries')
    .addColumn('idempotency_key', 'text', (c) => c.primaryKey())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('body_sha256', 'text', (c) => c.notNull())
    .addColumn('events', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('error', 'text')
    .execute();

  await db.schema
    .createTable('mail_seen')
    .addColumn('sha256', 'text', (c) => c.primaryKey())
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('seen_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('pacer_spend')
    .addColumn('id', idType, idDef)
    .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('estimated_cents', 'integer', (c) => c.notNull())
    .addColumn('pages', 'integer')
    .addColumn('cents', 'integer', (c) => c.notNull())
    .addColumn('receipt', 'text')
    .execute();
  await db.schema.createIndex('pacer_spend_month').on('pacer_spend').columns(['month']).execute();
}

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['pacer_spend', 'mail_seen', 'webhook_deliveries', 'case_coverage', 'source_state']) {
    await db.schema.dropTable(table).execute();
  }
}
