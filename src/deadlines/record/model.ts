/** The deadline record's shapes: stored records, refresh results, the posture and the views read. */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { DateTime } from 'luxon';
import type { Database, DeadlineDecisionRow } from '../../../db/schema.ts';
import type { CaseRef } from '../../model/case-key.ts';

export type { CaseRef };

import type {
  DocketEvent,
  HeldPendingAppeal,
  OnAppealDecision,
  PartAct,
  PartOfOrder,
  Reheard,
} from '../../model/events.ts';
import type { AnalyzeInput, HearingWhere } from '../types.ts';

export type Db = Kysely<Database>;

export type RecordKind = 'deadline' | 'stay' | 'injunction' | 'hearing';

/** One derived record, as stored in `deadline_records`. */
export interface DeadlineRecord {
  id: string;
  kind: RecordKind;
  what: string;
  party: string | null;
  status: string;
  review: string;
  due: string | null;
  dueTime: string | null;
  history: unknown[];
  /** The entry that set it (its key in the record); `null` for a manual deadline. */
  entry: string | null;
  words: string;
  data: Record<string, unknown>;
}

/** What a refresh or an advance changed. */
export interface DeadlineRefresh {
  case: string;
  inserted: number;
  updated: number;
  removed: number;
  /**
   * How the record was brought up to date: new entries applied to the kept state (`append`), or a
   * replay from the checkpoint after `from` entries (0: from the start). Absent when nothing changed.
   */
  how?: { path: 'append' | 'replay'; from: number };
  /** The events appended (already in the `events` table), with the entry each names. */
  events: (DocketEvent & { entry: string | null })[];
}

export interface CasePosture {
  case: string;
  asOf: string;
  inForce: {
    kind: 'stay' | 'injunction';
    id: string;
    /** What it is, without its dates ("Stay of removal of class members", "Preliminary injunction"). */
    name: string;
    /** The whole line, dates included ("Stay of removal in effect until July 24, 2017"). */
    text: string;
    since: string;
    until: string | null;
    /** The hour (`HH:MM`, the court's time) its last day `until` ends, when its order gave one ("at 6:30 p.m. on …"). */
    untilTime?: string;
    /** A court of appeals vacated it (in part) on `decided`; it stays in force until the mandate issues. */
    onAppeal?: { action: 'vacated' | 'modified'; decided: string };
    /**
     * The orders that changed it and left it in force, oldest first: on `date`, the district order
     * `entry` (its store key; `number` when numbered), or a court of appeals' decision of `decided`
     * that took effect with its mandate (and the district order that carried it out).
     */
    modified?: {
      date: string;
      entry: string;
      number: number | null;
      decided: string | null;
      /** The part of the order the change acted on (or kept), in the court's words. */
      part?: PartOfOrder & { act: PartAct };
    }[];
    /** Stayed in part pending appeal on `since` by the entry `entry` (its store key): in force, the part stayed on hold. */
    stayedInPart?: {
      since: string;
      entry: string;
      by: 'district' | 'appeals' | 'supreme_court';
      /** Only for now: an administrative stay, while the court decides the motion for a stay pending appeal. */
      administrative?: true;
      /** The part stayed, in the court's words ("paragraph 3", "insofar as it requires …"). */
      part?: string;
    };
    /** The court of appeals' decision of `decided` on it was vacated when it granted rehearing on `granted`: it no longer stands. */
    reheard?: { decided: string | null; granted: string; enBanc: boolean };
    /** It ends sooner with a ruling on these motions (by number, or the motion for a preliminary injunction): "…, whichever is earlier". */
    sooner?: { motions: number[]; injunctionMotion: boolean };
    /** In force for these parties only (as the order names them), since `since`, by the entry `entry` (its store key; `number` when numbered). */
    limitedTo?: { parties: string[]; since: string; entry: string; number: number | null; fromGrant?: true };
  }[];
  /**
   * What is on hold, not in force: an injunction stayed (pending appeal or otherwise) since
   * `heldSince` by the entry `entry` (its store key). "Preliminary injunction of June 1, 2020 not in
   * force: on hold pending appeal since June 10, 2020 (stayed by the district court …)".
   */
  onHold: {
    kind: 'injunction';
    id: string;
    name: string;
    text: string;
    since: string;
    heldSince: string;
    /** Stayed by the court for a time: its last day on hold (in force again the day after). */
    heldUntil?: string;
    entry: string;
    /** Stayed pending appeal: by which court; `administrative` only while it decides the motion for a stay pending appeal. */
    pendingAppeal: HeldPendingAppeal | null;
    onAppeal?: OnAppealDecision;
    reheard?: Reheard;
  }[];
  /** The open deadlines, soonest first, in the words and fields of their records. */
  nextDeadlines: (Pick<
    RecordView,
    | 'id'
    | 'what'
    | 'party'
    | 'due'
    | 'dueTime'
    | 'daysLeft'
    | 'status'
    | 'review'
    | 'occurrence'
    | 'docketed'
    | 'why'
  > & { partOnHold?: string })[];
  missing: { id: string; what: string; due: string; occurrence?: number }[];
  hearings: { id: string; type: string; date: string | null; time: string | null; where?: HearingWhere }[];
  /** The latest changes that had happened by `asOf`: `date` is the day each happened, `at` when it was recorded. */
  recentChanges: { type: string; date: string; at: string; entry: string | null; message: string }[];
  /**
   * The case transferred to (`out`) or from (`in`) another district court by then, by the entry
   * `entry` (its key) of `date`; orders entered here stay in force until the transferee court acts.
   */
  transferred?: {
    direction: 'out' | 'in';
    court: string;
    docketNumber: string | null;
    date: string;
    entry: string;
  };
}

/** Types that come from the passing of time; their keys do not depend on the day they were noticed. */
export const TIME_TYPES = new Set([
  'deadline.missing',
  'deadline.passed',
  'stay.expired',
  'injunction.expired',
]);
/** How many days before a stay's last day `stay.expiring` is emitted (the tightest reached). */
export const STAY_WARNINGS = [7, 2, 0] as const;
export const WORDS_MAX = 600;

export const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * An entry's place in docket order: by day; within a day by CM/ECF sequence when both have one,
 * else numbered entries first (a clerk's unnumbered "Set Deadlines as to [87]" follows the order
 * it repeats), then by number, then by row id.
 */
export interface EntryPosition {
  day: string;
  seq: string | null;
  number: number | null;
  row: number;
}

export function comparePositions(a: EntryPosition, b: EntryPosition): number {
  if (a.day !== b.day) return a.day < b.day ? -1 : 1;
  if (a.seq && b.seq && a.seq !== b.seq) return Number(a.seq) - Number(b.seq);
  if ((a.number === null) !== (b.number === null)) return a.number === null ? 1 : -1;
  return (a.number ?? 0) - (b.number ?? 0) || a.row - b.row;
}

export interface EntryInput extends AnalyzeInput {
  /** The entry's key in the record (`entries.entry_key`). */
  key: string;
  /** Known only by its short description (a partial feed's item): its full text is still to come. */
  partial: boolean;
  position: EntryPosition;
  /** What the derivation read of it (place, texts): a change of it re-reads the entry. */
  fingerprint: string;
  /**
   * An entry of an appeal taken from the case (a case linked to it as an appeal), read in docket
   * order with the case's own: its court of appeals. Its decision or mandate acts on the case's
   * injunctions (tracker/appeals.ts); nothing else in it does.
   */
  appeal?: string;
}

export interface Inputs {
  c: CaseRef;
  /** Whether a source that gives entries' full text (a docket report) watches the case. */
  fullTextSource: boolean;
  entries: EntryInput[];
  decisions: DeadlineDecisionRow[];
}

export function hash(parts: (string | number | null | undefined)[], n = 12): string {
  return createHash('sha256')
    .update(parts.map((p) => String(p ?? '')).join('\u0000'))
    .digest('hex')
    .slice(0, n);
}

export interface RecordView {
  id: string;
  kind: RecordKind;
  what: string;
  party: string | null;
  due: string | null;
  dueTime: string | null;
  daysLeft: number | null;
  /** upcoming / due / passed / undated for what is open; otherwise its state (satisfied, held, expired…). */
  status: string;
  review: string;
  entry: string | null;
  occurrence?: number;
  missing?: number;
  /** Present (false) for an obligation met off the docket: no filing is expected for it. */
  docketed?: false;
  /** Set by the judge's order (`entry`) where the clerk's system (CM/ECF) had computed this other day. */
  clerkComputed?: string;
  /**
   * `suspended` because the court of appeals stayed the paragraphs of its order pending appeal
   * (`part`, in the court's words) on `since`, by the entry `entry`: not due while the stay lasts.
   */
  heldPendingAppeal?: { since: string; entry: string; part: string };
  /** `open`, but a part of it stayed pending appeal on `since` by `entry` (`part`, in the court's words): that part not due. */
  partlyHeld?: { since: string; entry: string; part: string };
  /** `satisfied`: the entry whose paper met it (its key, as `entry`). */
  satisfiedBy?: string;
  /** A hearing: where and how it is held, when its order says (a link to join only noted). */
  where?: HearingWhere;
  /** Why it was read that way: the reading rule, the words it rests on, and its confidence (absent for a record added by hand). */
  why?: { rule: string; words: string; confidence: number };
}

export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function longDate(date: string): string {
  return DateTime.fromISO(date).toFormat('LLLL d, yyyy');
}
