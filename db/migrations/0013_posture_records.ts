/**
 * The persisted posture (issue #12): the deadline record is kept up to date incrementally. For each
 * case, `posture_state` says how far the derivation has gone (entries applied, the last one's
 * place in docket order, the last decision read, a fingerprint of the rules that derived it);
 * `posture_entries` what each applied entry was when it was applied (its place and a fingerprint
 * of its text); `posture_checkpoints` the whole derivation state after every Nth entry, so a late
 * or changed entry replays only from the checkpoint before it.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('posture_state')
    .addColumn('case_id', 'integer', (c) => c.primaryKey().references('cases.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('applied', 'integer', (c) => c.notNull())
    .addColumn('last_position', 'text')
    .addColumn('decisions', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('posture_entries')
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('entry_key', 'text', (c) => c.notNull())
    .addColumn('position', 'text', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('posture_entries_pk', ['case_id', 'entry_key'])
    .execute();
  await db.schema
    .createTable('posture_checkpoints')
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('applied', 'integer', (c) => c.notNull())
    .addColumn('position', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('posture_checkpoints_pk', ['case_id', 'applied'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('posture_checkpoints').execute();
  await db.schema.dropTable('posture_entries').execute();
  await db.schema.dropTable('posture_state').execute();
}
