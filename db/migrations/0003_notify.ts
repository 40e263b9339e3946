/**
 * Notifications: subscriptions (one per address and case), addresses that bounced for good, the
 * transactional outbox (one row per message, unique by its idempotency key) and the cursors that
 * say which events have been turned into alerts.
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
    .createTable('subscriptions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('frequency', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('digest_hour', 'integer', (c) => c.notNull())
    .addColumn('digest_weekday', 'integer', (c) => c.notNull())
    .addColumn('kinds', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('include_words', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('mute_words', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('confirm_round', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('alert_after_event', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('digest_after_event', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_digest_period', 'text')
    .addColumn('last_digest_date', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('confirmed_at', 'text')
    .addColumn('unsubscribed_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('subscriptions_email_case_unique', ['email', 'case_id'])
    .execute();
  await db.schema
    .createIndex('subscriptions_case')
    .on('subscriptions')
    .columns(['case_id', 'status'])
    .execute();

  await db.schema
    .createTable('bounced_addresses')
    .addColumn('email', 'text', (c) => c.primaryKey())
    .addColumn('response_code', 'integer')
    .addColumn('response', 'text')
    .addColumn('bounced_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('outbox')
    .addColumn('id', idType, idDef)
    .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('subscription_id', 'text', (c) => c.references('subscriptions.id'))
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('claimed_at', 'text')
    .addColumn('claimed_by', 'text')
    .addColumn('message_id', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .execute();
  await db.schema.createIndex('outbox_due').on('outbox').columns(['status', 'next_attempt_at']).execute();

  await db.schema
    .createTable('notify_cursors')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('last_event_id', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['notify_cursors', 'outbox', 'bounced_addresses', 'subscriptions']) {
    await db.schema.dropTable(table).execute();
  }
}
