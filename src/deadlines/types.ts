/**
 * What docketwatch reads out of a docket entry: the vocabulary of `docketwatch analyze` and of
 * `../shared/fixtures/entries/labeled-entries.json`. Dates are civil dates (`YYYY-MM-DD`) in the
 * court's time zone; times are local wall-clock `HH:MM`.
 */

import type {
  InjunctionAction as EventInjunctionAction,
  HearingWhere,
  InjunctionKind,
  PartAct,
  PartOfOrder,
} from '../model/events.ts';
import type { DayInPeriod } from './calendar.ts';

export type { HearingWhere };

/** Every kind of entry, in one list: the type below and the stored-kind check read it. */
export const ENTRY_KINDS = [
  'pleading',
  'motion',
  'response',
  'reply',
  'order',
  'opinion',
  'minute_entry',
  'stipulation',
  'notice',
  'status_report',
  'notice_of_appeal',
  'judgment',
  'mandate',
  'transcript',
  'other',
] as const;

export type EntryKind = (typeof ENTRY_KINDS)[number];

export type DeadlineChange =
  | 'set'
  | 'proposed'
  | 'extended'
  | 'shortened'
  | 'reset'
  | 'suspended'
  | 'vacated'
  | 'mooted'
  | 'barred'
  | 'duplicate';

export type DeadlineBasis =
  | 'fixed_date_in_text'
  | 'period_in_text'
  | 'recurring_period_in_text'
  | 'local_rule_default'
  | 'clerk_computed_in_text'
  | 'stipulation_pending_approval'
  | 'event_triggered';

export type PeriodUnit = 'days' | 'business_days' | 'weeks' | 'months' | 'hours';

export interface Period {
  n: number;
  unit: PeriodUnit;
  /** The trigger date (`YYYY-MM-DD`), or `null` when it is an event that has not happened yet. */
  trigger: string | null;
  /** The words naming the trigger ("this Order", "service of the motion"). */
  triggerText?: string | null;
  /**
   * `before` when the period counts back from its trigger ("7 days before the hearing": FRCP
   * 6(a)(5), rolled to the preceding business day); absent or `after` when it counts forward.
   */
  direction?: 'after' | 'before';
  /** When the trigger is a hearing, conference, trial or argument: the one whose date was used. */
  event?: PeriodEvent | null;
}

/** The hearing a period was counted from: provenance for "computed from the hearing date". */
export interface PeriodEvent {
  /** Hearing type as in `HearingFinding.type` (`motion_hearing`, `status_conference`, `oral_argument`). */
  type: string;
  date: string;
  time: string | null;
  /** The earlier entry that set the hearing; absent when the same entry sets it. */
  setBy?: string;
}

export interface Recurrence {
  every: number;
  unit: 'days' | 'weeks' | 'months';
  /** Date the schedule counts from; the first occurrence is one interval after it unless `firstDue` says otherwise. */
  anchor: string | null;
  /** An explicit first due date ("beginning August 7, 2017"). */
  firstDue?: string | null;
  /** For "every other Monday": ISO weekday 1..7. */
  weekday?: number | null;
  /** For months: where in each month or quarter it falls ("the fifth business day", "the first Monday"). */
  day?: DayInPeriod | null;
  /** The next occurrences, rolled under FRCP 6(a). */
  firstOccurrences?: string[];
  /**
   * The last day of the schedule, when an order ends it with a report still due ("ends with the
   * report due December 12, 2028"): no occurrence after it.
   */
  through?: string | null;
  /**
   * Occurrences of an earlier schedule of the same duty kept before this one's (an order changed
   * how often it comes, "every ninety days instead of every thirty"): this schedule's first
   * occurrence is number `earlier + 1`.
   */
  earlier?: number;
  /** The schedule this one replaces, as the order names it ("every ninety days instead of every thirty days"). */
  replaces?: { every: number; unit: 'days' | 'weeks' | 'months' };
}

export interface DeadlineFinding {
  /** What is due, in words ("response to [47]", "status report on detention of class members (recurring)"). */
  what: string;
  party: string | null;
  change: DeadlineChange;
  dueDate: string | null;
  dueTime: string | null;
  basis: DeadlineBasis;
  period?: Period | null;
  recurrence?: Recurrence | null;
  /** For extended/reset: the date it replaces, when the text says. */
  previousDue?: string | null;
  /** The words that set it, for provenance. */
  source?: string;
  /**
   * The numbered paragraph of the order that sets it ("6. Within sixty (60) days … Defendants shall
   * reopen …" → "6"), when the order numbers its paragraphs: a stay of "Paragraphs 5 and 6" reaches it.
   */
  paragraph?: string;
  /** Why it was read that way: the rule, the words, how sure. */
  why?: FindingWhy;
  /**
   * `false` when the obligation is met between the parties, not on the docket ("report to class
   * counsel", "produce to Plaintiffs", "serve on Defendant"): tracked, but its absence from the
   * docket is not a missing filing. Absent means it is met by a filing.
   */
  docketed?: false;
}

export type StayAction = 'granted' | 'scope_expanded' | 'extended' | 'lifted' | 'denied' | 'superseded';

/**
 * Whom an order's protection covers, in its own words (extract/coverage.ts): only the named parties
 * (as the order names them, or "the named petitioners"), the class (`proposed`: before it is
 * certified), or one subclass by its name.
 */
export type Coverage =
  | { who: 'named'; parties: string[] }
  | { who: 'class'; proposed?: true }
  | { who: 'subclass'; name: string };

export interface StayFinding {
  action: StayAction;
  what: string | null;
  /** Whom a stay granted covers, when its words say (only the named parties, the class, a subclass). */
  covers?: Coverage;
  /** Last day the stay is in force, when it has a date. */
  expires: string | null;
  /** `further_order` (or another condition in words) when it runs until something happens. */
  until: string | null;
  previousExpires?: string | null;
  source?: string;
  why?: FindingWhy;
}

export type InjunctionType = InjunctionKind;
/** What an order's words do to an injunction (the event contract has more: what the clock and filings do). */
export type InjunctionAction = Extract<
  EventInjunctionAction,
  'granted' | 'denied' | 'extended' | 'modified' | 'converted' | 'dissolved' | 'vacated' | 'stayed'
>;

export interface InjunctionFinding {
  type: InjunctionType;
  action: InjunctionAction;
  until: string | null;
  /**
   * `extended` by a length, not to a day ("EXTENDED for an additional fourteen (14) days", "for a
   * like period"): counted from the injunction's last day, not from the order (FRCP 65(b)(2)) —
   * the tracker knows that day. `like`: as long again as it first ran.
   */
  extendBy?: { n: number; unit: PeriodUnit } | 'like';
  /** `converted`: what it was converted into (a preliminary or a permanent injunction). */
  into?: InjunctionType;
  /**
   * `dissolved` or `vacated` from a later day ("is DISSOLVED, effective January 15, 2026", "is
   * terminated effective 11/30/2025"): the first day it no longer applies; in force until then.
   */
  effective?: string;
  /** What the relief acts on, in the order's words: the agency action set aside ("the Termination Notice"), what is declared. */
  object?: string;
  /** Whom the relief is for, as the order says ("in favor of Plaintiffs and the class", "as to members of the class"). */
  beneficiaries?: 'class' | 'plaintiffs';
  /** Granted for these parties only, as the order names them ("ENJOINED from removing appellants Ana Ruiz and Tomas Ruiz"). */
  parties?: string[];
  /** Granted for one subclass only, by its name ("members of the Detained Subclass"). */
  subclass?: string;
  /**
   * `modified` by vacating an order but for numbered paragraphs ("VACATED …, except that paragraph 3
   * of that Order shall remain in effect"): the paragraphs kept. Acts only on the relief that order
   * granted, named by its number or date (`type` is then a placeholder).
   */
  kept?: string[];
  /**
   * `modified` (or `stayed`) by an act on part of its order (extract/partial.ts): the part acted on
   * (`only`; the rest in force) or kept (`except`), in the court's words, and the act. When the
   * sentence names the order, not the relief ("paragraph 3 of the Order … (ECF No. 13) is VACATED
   * insofar as …"), `type` is a placeholder and the tracker finds the relief by that order (`source`).
   */
  part?: PartOfOrder & { act: PartAct };
  /**
   * `modified` by words that give only its last day, in an order after the grant ("The temporary
   * restraining order shall expire at 11:59 p.m. on March 25, 2025"): the term is learned or
   * changed, nothing else.
   */
  term?: true;
  /** `denied` of a `set_aside`: remanded to the agency without vacatur — the action stays in effect. */
  withoutVacatur?: true;
  /**
   * `extended` in a numbered paragraph of the order ("5. The term of the Consent Decree is EXTENDED …"),
   * or `granted` in one ("3. Defendants are PERMANENTLY ENJOINED …"): its number.
   */
  paragraph?: string;
  /**
   * The hour on `until` it ends, local to the court (`HH:MM`), when the order gives one ("shall
   * expire at 6:30 p.m. on February 5, 2026", "on June 18, 2025 at 5:00 p.m."); absent: the day's end.
   */
  untilTime?: string;
  source?: string;
  why?: FindingWhy;
}

export type HearingChange = 'set' | 'reset' | 'cancelled' | 'held' | 'duplicate';

export interface HearingFinding {
  /** `motion_hearing`, `status_conference`, `scheduling_conference`, `oral_argument`, `evidentiary_hearing`, … */
  type: string;
  change: HearingChange;
  date: string | null;
  time: string | null;
  re?: number[];
  /** `re` are the motions the entry names, not the hearing's own words ("The Court will hear argument on …"). */
  reFromEntry?: boolean;
  source?: string;
  why?: FindingWhy;
  /** Where and how it is held, when its words say (`hearingWhere`). */
  where?: HearingWhere;
}

/**
 * Why a finding was read that way: the reading rule (`date-after-due-words`, `period-from-entry`,
 * `hearing-noun-verb`, …), the words it matched, and a confidence in [0, 1]. A reading below
 * `REVIEW_THRESHOLD` (in `extract/review.ts`) is not asserted: it goes to `needsReview`.
 */
export interface FindingWhy {
  rule: string;
  words: string;
  confidence: number;
  /** What lowered the confidence ("due before the entry was filed"). */
  doubts?: string[];
}

/**
 * An entry a person should read: it has dates, periods, or hearing, stay, injunction or deadline
 * words that gave no finding (`unread`), some of its dates or periods were not read (`partly_read`),
 * or a reading was too unsure to assert (`uncertain`, with the findings held back).
 */
export interface ReviewFlag {
  reason: 'unread' | 'partly_read' | 'uncertain';
  /** The words that called for a reader: "within 14 days", "hearing", "6/9/2017". */
  triggers: string[];
  withheld?: {
    kind: 'deadline' | 'hearing' | 'stay' | 'injunction';
    date: string | null;
    why: FindingWhy;
  }[];
}

export interface Satisfaction {
  /** The earlier entry whose obligation this filing meets (its number, or its id when unnumbered). */
  entry: string;
  what: string;
  /**
   * The same paper as this filing's first satisfaction, under the name another entry gave it (the
   * clerk's "Brief due D for APPELLEES" beside the schedule's "Appellees' answering brief"): met only
   * by a record of that name still open — never by another duty that entry touched.
   */
  samePaper?: boolean;
}

export interface Analysis {
  kind: EntryKind;
  subtype: string | null;
  disposition: string | null;
  relatedEntries: number[];
  deadlines: DeadlineFinding[];
  stays: StayFinding[];
  injunctions: InjunctionFinding[];
  hearings: HearingFinding[];
  satisfies: Satisfaction[];
  /**
   * Dates a motion asks for ("MOTION for Extension of Time to May 15 to File Answer"): a request,
   * not a deadline until an order grants it (kept so the order that adopts it can be linked).
   */
  requested?: DeadlineFinding[];
  /** Present (non-empty) when a person should read the entry: see `ReviewFlag`. */
  needsReview?: ReviewFlag[];
}

/** One entry to analyze: the docket text, and the order's own text when a source provides it. */
export interface AnalyzeInput {
  /** Entry number as a string, or `null` for unnumbered entries. */
  number: string | null;
  /** Stable id for unnumbered entries (defaults to date + text hash). */
  id?: string;
  dateFiled: string;
  text: string;
  documentText?: string | null;
  /**
   * The entries its docket text links to (`DocketEntry.linkedEntries`): references the text shows
   * as bare numbers where the docket report printed them as links.
   */
  linkedEntries?: number[];
}
