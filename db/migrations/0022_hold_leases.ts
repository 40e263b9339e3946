/**
 * Holds that last as long as the ingest holding them is alive (#18: a live slow ingest is never
 * split, a dead worker's hold is let go).
 *
 * An entry's events are written with the ingest's hold (`events.hold`, migration 0011) and alerts
 * stop before a held event until the ingest has brought the posture up to date. Until now a hold
 * older than 60 s was taken for a dead worker's, so under a backlog of more than a minute an entry
 * could be mailed without what it did to the posture. Now the hold is a lease: `hold_leases` has a
 * row per hold in force, written with the entries' events, renewed by the ingest while it works
 * (`src/ingest/pipeline.ts`) and deleted when it releases the hold. A hold whose lease has run out
 * (its worker died) no longer stops anything; a hold without a row (written before this migration)
 * neither.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('hold_leases')
    .addColumn('hold', 'text', (c) => c.primaryKey())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('hold_leases').execute();
}
