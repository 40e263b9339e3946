/**
 * Class definitions over time (#12): a later order that only adds to the class in force ("the class
 * is expanded to include …", "the class definition is amended to add …", subclasses added) is read
 * as that definition plus the addition, not in its place. `adds` marks such a definition (1); every
 * definition kept before is a whole one (0).
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('case_class_versions')
    .addColumn('adds', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('case_class_versions').dropColumn('adds').execute();
}
