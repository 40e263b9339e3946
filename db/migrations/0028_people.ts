/**
 * Where "who is covered" comes from (issue #17): the docket entry whose order defines the class,
 * as a maintainer names it (`case set --class-from 87`). Without it the words are the maintainers'
 * own, and docketwatch says so.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('case_details').addColumn('class_from', 'text').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('case_details').dropColumn('class_from').execute();
}
