/**
 * Deadlines and stays in the case record. The tracker's state is a pure function of a case's
 * entries (in docket order, with the orders' own text when known) and the human decisions
 * (confirm, dismiss, manual deadlines). `refreshCaseDeadlines` re-derives it after the entries
 * change, writes the records that differ and appends one event per change; `advanceDeadlines` is
 * the daily clock (due today, passed, expected filing missing, a stay running out in 7/2/0 days).
 *
 * Every event is appended once: its key (type, record, and what makes it distinct — the entry, the
 * due date, the occurrence) goes into `deadline_notices` in the same transaction, so re-running,
 * two processes at once, or a restart never repeats one.
 *
 * This file is the record's face; the parts live by concern in `record/`: `inputs.ts` (reading a
 * case), `derive.ts` (the derivation and the records it gives), `events.ts` (events, told once),
 * `rows.ts` (stored rows), `refresh.ts` (writing after a change, the daily clock), `views.ts` (what
 * the surfaces read), `decisions.ts` (people's decisions, document text), `model.ts` (the shapes).
 */
export { addManualDeadline, reviewLog, reviewRecord, setEntryText } from './record/decisions.ts';
export { warmUpRules } from './record/derive.ts';
export type {
  CasePosture,
  DeadlineRecord,
  DeadlineRefresh,
  RecordKind,
  RecordView,
} from './record/model.ts';
export { longDate, STAY_WARNINGS } from './record/model.ts';
export {
  advanceDeadlines,
  courtToday,
  refreshAfterIngest,
  refreshCaseDeadlines,
} from './record/refresh.ts';
export {
  casePosture,
  caseRecordsAsOf,
  caseRecordViews,
  DAY_PASSED_OFF_DOCKET,
  HEARING_PASSED_UNRECORDED,
  listDeadlineRecords,
} from './record/views.ts';
