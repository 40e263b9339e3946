/**
 * Alerts shared by several workers, each change told once (#18, #12):
 *
 * - `alert_batches`: a range of events (`after_id`, `last_id`] claimed from the alert cursor in a
 *   short transaction, then rendered into the outbox by whichever worker locks the row, in the
 *   transaction that deletes it. Workers render different ranges at once instead of queuing on
 *   the cursor; a range whose worker died is still there for the next.
 * - `events.hold`: an entry's events are written with the ingest's token until that ingest has
 *   brought the case's posture up to date; the alert cursor stops before a held event, so the
 *   entry's alert and what it did to the posture ("the stay is lifted") go out in one message.
 */
import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('alert_batches')
    .addColumn('after_id', 'bigint', (c) => c.primaryKey())
    .addColumn('last_id', 'bigint', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.alterTable('events').addColumn('hold', 'text').execute();
  await db.schema
    .createIndex('events_held')
    .on('events')
    .column('id')
    .where(sql.ref('hold'), 'is not', null)
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('events_held').execute();
  await db.schema.alterTable('events').dropColumn('hold').execute();
  await db.schema.dropTable('alert_batches').execute();
}
