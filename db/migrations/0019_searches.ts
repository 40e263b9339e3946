/**
 * Saved searches across courts (issue #17): the searches, who hears of their matches, the matches
 * seen in court-wide feeds, and each proposal sent by email (its one-time "track this case" link).
 * Also the appeal links cases claim (an appellate docket naming its originating case, a district
 * entry naming its appeal's number), kept so the link is made whichever case arrives first.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('saved_searches')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text')
    .addColumn('query', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('search_subscribers')
    .addColumn('search_id', 'text', (c) => c.notNull().references('saved_searches.id').onDelete('cascade'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('search_subscribers_pk', ['search_id', 'email'])
    .execute();
  await db.schema
    .createTable('search_matches')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('search_id', 'text', (c) => c.notNull().references('saved_searches.id').onDelete('cascade'))
    .addColumn('court_id', 'text', (c) => c.notNull())
    .addColumn('docket_number', 'text', (c) => c.notNull())
    .addColumn('docket_number_raw', 'text', (c) => c.notNull())
    .addColumn('case_name', 'text')
    .addColumn('source_id', 'text')
    .addColumn('entries', 'text', (c) => c.notNull())
    .addColumn('coverage', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('first_seen_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('notified_at', 'text')
    .addUniqueConstraint('search_matches_case', ['search_id', 'court_id', 'docket_number'])
    .execute();
  await db.schema.createIndex('search_matches_status').on('search_matches').column('status').execute();
  await db.schema
    .createTable('search_notices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('match_id', 'text', (c) => c.notNull().references('search_matches.id').onDelete('cascade'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addUniqueConstraint('search_notices_once', ['match_id', 'email'])
    .execute();
  await db.schema
    .createTable('case_link_claims')
    .addColumn('appeal_court', 'text', (c) => c.notNull())
    .addColumn('appeal_docket', 'text', (c) => c.notNull())
    /** '' when the appellate docket does not say which court. */
    .addColumn('origin_court', 'text', (c) => c.notNull())
    .addColumn('origin_docket', 'text', (c) => c.notNull())
    .addColumn('seen_in', 'text', (c) => c.notNull())
    .addColumn('seen_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('case_link_claims_pk', [
      'appeal_court',
      'appeal_docket',
      'origin_court',
      'origin_docket',
    ])
    .execute();
  await db.schema
    .createIndex('case_link_claims_origin')
    .on('case_link_claims')
    .columns(['origin_docket'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('case_link_claims').execute();
  await db.schema.dropTable('search_notices').execute();
  await db.schema.dropTable('search_matches').execute();
  await db.schema.dropTable('search_subscribers').execute();
  await db.schema.dropTable('saved_searches').execute();
}
