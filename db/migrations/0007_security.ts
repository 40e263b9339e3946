/**
 * Indexes for the security work of issue #13: subscribers and bounced addresses are looked up by
 * mailbox in any letter case (`lower(email)`), and housekeeping prunes webhook deliveries by age.
 * Not unique: a store may already hold one mailbox in two letter cases; the code treats them as one.
 */
import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index subscriptions_mailbox on subscriptions (lower(email), case_id)`.execute(db);
  await sql`create index bounced_addresses_mailbox on bounced_addresses (lower(email))`.execute(db);
  await db.schema
    .createIndex('webhook_deliveries_received')
    .on('webhook_deliveries')
    .column('received_at')
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function down(db: Kysely<any>): Promise<void> {
  for (const index of ['webhook_deliveries_received', 'bounced_addresses_mailbox', 'subscriptions_mailbox']) {
    await db.schema.dropIndex(index).execute();
  }
}
