/**
 * The typed shape of the case record. Timestamps are ISO-8601 text and flags are 0/1 integers on
 * both dialects (better-sqlite3 binds neither `Date` nor `boolean`); JSON columns are text.
 * Each migration in `db/migrations/` changes this interface in the same commit.
 */
import type { Generated, Insertable, Selectable } from 'kysely';
import type { DetailsTables } from './details-schema.ts';
import type { DocumentsTables } from './documents-schema.ts';
import type { NotifyTables } from './notify-schema.ts';
import type { PostureTables } from './posture-schema.ts';
import type { ReviewTables } from './review-schema.ts';
import type { SearchesTables } from './searches-schema.ts';
import type { SourcesTables } from './sources-schema.ts';

export interface Database
  extends NotifyTables,
    SourcesTables,
    DocumentsTables,
    ReviewTables,
    DetailsTables,
    SearchesTables,
    PostureTables {
  courts: CourtTable;
  cases: CaseTable;
  sources: SourceTable;
  entries: EntryTable;
  entry_versions: EntryVersionTable;
  documents: DocumentTable;
  gaps: GapTable;
  events: EventTable;
  fetch_log: FetchLogTable;
  deadline_records: DeadlineRecordTable;
  deadline_decisions: DeadlineDecisionTable;
  deadline_notices: DeadlineNoticeTable;
  entry_texts: EntryTextTable;
}

/** A CM/ECF court (`mied`, `ca6`). */
export interface CourtTable {
  id: string;
  name: string | null;
  created_at: string;
}

/** A docket: court + normalized docket number. Only tracked cases (`tracked = 1`) take ingest. */
export interface CaseTable {
  id: Generated<number>;
  court_id: string;
  /** Normalized (`2:17-cv-11910`, judge initials dropped; appellate `17-2171` as is). */
  docket_number: string;
  /** As first given (`2:17-cv-11910-TGB-APP`). */
  docket_number_raw: string;
  case_name: string | null;
  pacer_case_id: string | null;
  /** The docket this one is linked to (the district case of an appeal), with the kind of link. */
  parent_case_id: number | null;
  link_type: string | null;
  tracked: number;
  created_at: string;
}

/** Where filings come from: a feed, a report, a mailbox; attached to a court or to one case. */
export interface SourceTable {
  id: string;
  type: string;
  scope: 'court' | 'case';
  court_id: string | null;
  case_id: number | null;
  /** JSON object: whatever the source type needs (URL, mailbox, schedule). */
  config: string;
  created_at: string;
}

/** The merged, current view of one docket entry. Never deleted: a vanished entry is flagged. */
export interface EntryTable {
  id: Generated<number>;
  case_id: number;
  /** Stable identity within the case: the entry number, or `u:DATE:…` for unnumbered entries. */
  entry_key: string;
  number: number | null;
  date_filed: string | null;
  date_entered: string | null;
  description: string;
  short_description: string | null;
  pacer_doc_id: string | null;
  pacer_seq_no: string | null;
  page_count: number | null;
  document_url: string | null;
  /** JSON: the entry numbers its docket text links to (`DocketEntry.linkedEntries`), `null` when none. */
  linked_entries: string | null;
  /** What kind of filing it is (`order`, `motion`, `notice_of_appeal`…), decided at ingest; `null` on rows written before. */
  kind: string | null;
  /**
   * `present`, `vanished` (absent from a complete docket report that covers it) or `covered` (a
   * feed's title-only unnumbered item on a day the report lists unnumbered entries: one of them).
   */
  status: string;
  first_seen_at: string;
  updated_at: string;
}

/** An entry as filed: its key, number, dates and text (what readers of the docket select, and ingest writes first). */
export const ENTRY_TEXT_COLUMNS = [
  'entry_key',
  'number',
  'date_filed',
  'date_entered',
  'description',
  'short_description',
] as const;

/** What one source said about one entry, each distinct version once, in the order seen. */
export interface EntryVersionTable {
  id: Generated<number>;
  entry_id: number;
  source_id: string;
  kind: string;
  /** Hash of the canonical payload: re-ingesting the same version is a string comparison. */
  content_hash: string;
  /** JSON: the `DocketEntry` as that source gave it (after clamping). */
  payload: string;
  seen_at: string;
}

/** The main document (`number = '0'`) and attachments of an entry, as far as known. */
export interface DocumentTable {
  id: Generated<number>;
  entry_id: number;
  number: string;
  description: string | null;
  pacer_doc_id: string | null;
  page_count: number | null;
  url: string | null;
  updated_at: string;
}

/** A run of missing entry numbers between known ones: possible missing coverage. */
export interface GapTable {
  id: Generated<number>;
  case_id: number;
  first_number: number;
  last_number: number;
  detected_at: string;
  /** Set when an entry inside the run arrived (what is still missing becomes a new open run). */
  closed_at: string | null;
}

/** Append-only log of every change to the record. */
export interface EventTable {
  id: Generated<number>;
  case_id: number;
  type: string;
  entry_key: string | null;
  /** JSON object; see docs/store.md for each type's fields. */
  payload: string;
  created_at: string;
  /** The ingest's token while the case's posture is not yet brought up to date with this entry (alerts wait for it). */
  hold: string | null;
  /** The ingest this event follows from (its entries, and the posture and links they changed): told together. */
  ingest: string | null;
}

/** One fetch by a source: what came back and the validators for the next conditional request. */
export interface FetchLogTable {
  id: Generated<number>;
  source_id: string;
  started_at: string;
  status: string;
  http_status: number | null;
  bytes: number | null;
  duration_ms: number | null;
  etag: string | null;
  last_modified: string | null;
  cursor: string | null;
  error: string | null;
}

/**
 * A deadline, stay, injunction or hearing derived from the case's entries (and the decisions
 * below). `id` is stable: derived from the case, the entry that set it and what it is, so a later
 * order that moves the date updates the same row (calendar feeds use it as the event UID).
 */
export interface DeadlineRecordTable {
  id: string;
  case_id: number;
  kind: 'deadline' | 'stay' | 'injunction' | 'hearing';
  what: string;
  party: string | null;
  /** Deadline: open/satisfied/vacated/…; stay: in_force/expired/lifted/superseded; hearing: scheduled/held/cancelled. */
  status: string;
  /** proposed | confirmed | dismissed. */
  review: string;
  /** Due date; a stay's last day; a hearing's date; an injunction's end date when dated. */
  due: string | null;
  due_time: string | null;
  /** JSON array: every change, with the previous due date. */
  history: string;
  /** The entry that set it; `null` for a manual deadline. */
  entry_key: string | null;
  /** The words that set it. */
  words: string;
  /** JSON object: the rest of the record (basis, recurrence and occurrences, since/until, …). */
  data: string;
  created_at: string;
  updated_at: string;
}

/** A person's decision: confirm or dismiss a record, or add a manual deadline (`payload`). Append-only. */
export interface DeadlineDecisionTable {
  id: Generated<number>;
  case_id: number;
  record_id: string;
  action: 'confirm' | 'dismiss' | 'add';
  who: string;
  at: string;
  note: string | null;
  /** JSON object; for `add`: what, party, due, dueTime. */
  payload: string;
}

/** Keys of the deadline events already appended to `events`: each is emitted once. */
export interface DeadlineNoticeTable {
  case_id: number;
  key: string;
  created_at: string;
}

/** The document's own text of an entry (an order's words), when a source provides it. */
export interface EntryTextTable {
  case_id: number;
  entry_key: string;
  text: string;
  source: string;
  updated_at: string;
}

export type DeadlineRecordRow = Selectable<DeadlineRecordTable>;
export type DeadlineDecisionRow = Selectable<DeadlineDecisionTable>;

export type CaseRow = Selectable<CaseTable>;
export type Source = Selectable<SourceTable>;
export type EntryRow = Selectable<EntryTable>;
export type NewFetchLog = Insertable<FetchLogTable>;
