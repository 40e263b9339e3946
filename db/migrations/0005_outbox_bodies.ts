/**
 * The outbox's message bodies move to a table of their own. A queued message is written once and
 * read once, but its outbox row is updated two or three times (claimed, then sent or put back);
 * with the body in the row, each of those updates rewrote the whole rendered message (a digest is
 * ~14 KiB of JSON) — four fifths of the outbox's database time in the digest bench. Deleting an
 * outbox row deletes its body.
 */
import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('outbox_messages')
    .addColumn('outbox_id', 'integer', (c) => c.primaryKey().references('outbox.id').onDelete('cascade'))
    .addColumn('message', 'text', (c) => c.notNull())
    .execute();
  await db
    .insertInto('outbox_messages')
    .columns(['outbox_id', 'message'])
    .expression(db.selectFrom('outbox').select(['id', 'message']))
    .execute();
  await db.schema.alterTable('outbox').dropColumn('message').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('outbox')
    .addColumn('message', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await sql`update outbox set message = (
      select m.message from outbox_messages m where m.outbox_id = outbox.id
    ) where id in (select outbox_id from outbox_messages)`.execute(db);
  await db.schema.dropTable('outbox_messages').execute();
}
