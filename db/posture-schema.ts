/** The persisted posture's tables (migration `0013_posture_records`; see docs/deadlines.md). */

/** How far a case's derivation has gone; `version` grows with every write (optimistic locking). */
export interface PostureStateTable {
  case_id: number;
  version: number;
  /** Fingerprint of the rules (the code of src/deadlines/) that derived it: another one rebuilds. */
  code: string;
  /** Entries applied. */
  applied: number;
  /** JSON `EntryPosition` of the last entry applied (docket order), `null` before any. */
  last_position: string | null;
  /** The highest `deadline_decisions.id` read. */
  decisions: number;
  updated_at: string;
}

/** Each applied entry as it was applied: its place in docket order and a fingerprint of what was read. */
export interface PostureEntryTable {
  case_id: number;
  entry_key: string;
  /** JSON `EntryPosition`. */
  position: string;
  fingerprint: string;
}

/** The derivation's whole state after `applied` entries (v8-serialized, gzipped, base64). */
export interface PostureCheckpointTable {
  case_id: number;
  applied: number;
  /** JSON `EntryPosition` of the last entry it includes. */
  position: string;
  code: string;
  state: string;
  created_at: string;
}

export interface PostureTables {
  posture_state: PostureStateTable;
  posture_entries: PostureEntryTable;
  posture_checkpoints: PostureCheckpointTable;
}
