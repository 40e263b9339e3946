/**
 * Every migration, in order. Adding one is one file (`NNNN_name.ts`: `up`/`down` over
 * `Kysely<any>`, importing no app code) and one line here.
 */
import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001_case_record.ts';
import * as m0002 from './0002_deadlines.ts';
import * as m0003 from './0003_notify.ts';
import * as m0004 from './0004_sources.ts';
import * as m0005 from './0005_outbox_bodies.ts';
import * as m0006 from './0006_posture.ts';
import * as m0007 from './0007_security.ts';
import * as m0008 from './0008_documents.ts';
import * as m0009 from './0009_people.ts';
import * as m0010 from './0010_review.ts';
import * as m0011 from './0011_alert_batches.ts';
import * as m0012 from './0012_speed.ts';
import * as m0013 from './0013_posture_records.ts';
import * as m0015 from './0015_documents_flow.ts';
import * as m0017 from './0017_people.ts';
import * as m0018 from './0018_speed.ts';
import * as m0019 from './0019_searches.ts';
import * as m0020 from './0020_entry_numbers.ts';
import * as m0021 from './0021_entry_links.ts';
import * as m0022 from './0022_hold_leases.ts';
import * as m0023 from './0023_people.ts';
import * as m0024 from './0024_speed.ts';
import * as m0025 from './0025_event_order.ts';
import * as m0026 from './0026_speed.ts';
import * as m0027 from './0027_entry_number_ids.ts';
import * as m0028 from './0028_people.ts';
import * as m0029 from './0029_class_versions.ts';
import * as m0032 from './0032_speed.ts';
import * as m0033 from './0033_class_additions.ts';
import * as m0034 from './0034_speed.ts';
import * as m0035 from './0035_class_ends.ts';

export const MIGRATIONS: Record<string, Migration> = {
  '0001_case_record': m0001,
  '0002_deadlines': m0002,
  '0003_notify': m0003,
  '0004_sources': m0004,
  '0005_outbox_bodies': m0005,
  '0006_posture': m0006,
  '0007_security': m0007,
  '0008_documents': m0008,
  '0009_people': m0009,
  '0010_review': m0010,
  '0011_alert_batches': m0011,
  '0012_speed': m0012,
  '0013_posture_records': m0013,
  '0015_documents_flow': m0015,
  '0017_people': m0017,
  '0018_speed': m0018,
  '0019_searches': m0019,
  '0020_entry_numbers': m0020,
  '0021_entry_links': m0021,
  '0022_hold_leases': m0022,
  '0023_people': m0023,
  '0024_speed': m0024,
  '0025_event_order': m0025,
  '0026_speed': m0026,
  '0027_entry_number_ids': m0027,
  '0028_people': m0028,
  '0029_class_versions': m0029,
  '0032_speed': m0032,
  '0033_class_additions': m0033,
  '0034_speed': m0034,
  '0035_class_ends': m0035,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
