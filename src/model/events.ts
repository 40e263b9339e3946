/**
 * The event contract: every event docketwatch appends to the `events` log, with its payload.
 * Producers (ingest, the deadline record, source health) write `DocketEvent`s through
 * `eventRow`; readers (notify, digests, the CLI, the case page) read them through `parseEvent`,
 * the one parser. A field a producer does not write, or a reader asks for under another name,
 * is a compile error.
 *
 * Dates are civil days (`YYYY-MM-DD`) in the court's time zone; `date` is always the day the
 * event happened (an entry's filing day, or the day the clock reached), never a due date.
 */

import type { EntryFields } from './docket.ts';

// ——— the docket ———

export interface CaseTrackedPayload {
  source: string;
}

export interface CaseLinkedPayload {
  /** `court:docket` of the case appealed from. */
  parent: string;
  link: 'appeal';
}

export interface EntryAddedPayload
  extends Pick<
    EntryFields,
    'number' | 'dateFiled' | 'dateEntered' | 'description' | 'shortDescription' | 'pacerDocId' | 'documentUrl'
  > {
  /** The source id and its kind (`pacer-rss`, `pacer-docket`…). */
  source: string;
  kind: string;
}

export interface EntryUpdatedPayload {
  /** The fields that changed, each `{ from, to }` (or the status coming back). */
  changes: Record<string, unknown>;
  source: string;
  kind: string;
}

export interface EntryVanishedPayload {
  number: string | null;
  dateFiled: string | null;
  description: string;
  source: string;
  kind: string;
}

/**
 * A feed's title-only item for an unnumbered entry, on a day a complete docket report lists
 * unnumbered entries: it is one of them (the report prints no event names, so it cannot say
 * which), read from then on as the report gives it. Not news: told to no one.
 */
export interface EntryCoveredPayload {
  dateFiled: string | null;
  /** The feed's title (its event name). */
  title: string;
  source: string;
  kind: string;
}

export interface GapDetectedPayload {
  first: number;
  last: number;
  count: number;
}

export interface GapClosedPayload {
  first: number;
  last: number;
  arrived: string[];
  stillMissing: string[];
}

// ——— the posture (deadline, stay, injunction, hearing records) ———

/**
 * The order a deadline or hearing came from was taken back as a whole (stricken, withdrawn, vacated
 * as entered in error): which order, how, and its day — the reason every message gives.
 */
export interface WithdrawnOrder {
  entry: number;
  how: 'stricken' | 'withdrawn' | 'vacated';
  /** The withdrawn order's own day. */
  on: string | null;
}

interface PostureBase {
  /** The stored record (`deadline_records.id`) it concerns; `null` when none matched. */
  record: string | null;
  what: string | null;
  party: string | null;
  /** The day it happened. */
  date: string;
  /** One line, in English, for logs and the CLI. */
  message: string;
  /** The entry's number and words, when an entry caused it. */
  entryNumber: number | null;
  words: string | null;
}

export type DeadlineAction =
  | 'set'
  | 'proposed'
  | 'reset'
  | 'extended'
  | 'shortened'
  | 'vacated'
  /** The court relieved the party of the duty ("RELIEVED of the obligation to file further status reports"). */
  | 'relieved'
  | 'mooted'
  | 'suspended'
  | 'barred'
  | 'satisfied'
  | 'passed'
  | 'missing'
  | 'due'
  | 'withdrawn'
  | 'confirmed'
  | 'dismissed';

export interface DeadlinePayload extends PostureBase {
  kind: 'deadline';
  due: string | null;
  dueTime: string | null;
  previousDue: string | null;
  /** How the due date was found (`fixed_date_in_text`, `local_rule_default`, `manual`…). */
  basis: string | null;
  /** For a recurring obligation: which occurrence. */
  occurrence: number | null;
  late?: boolean;
  by?: string;
  note?: string | null;
  /** Vacated, mooted or suspended with no record matched (`record: null`): what the order's words named. */
  asked?: string;
  /**
   * Set by a judge's order where CM/ECF had computed another day for the same duty: the day the
   * clerk's system had computed (the order's date governs).
   */
  clerkComputed?: string;
  /** Undated until an event the order names ("14 days after the Court of Appeals issues its mandate"): the order's condition. */
  condition?: string;
  /** Vacated because the order that set it was taken back. */
  withdrawnOrder?: WithdrawnOrder;
  /**
   * `deadline.mooted`: a duty of an appeal (its briefing schedule) ended with the appeal — decided,
   * dismissed, or its mandate issued. Told to no one: the appeal's end is told itself.
   */
  appealEnded?: AppealEnd;
  /** `deadline.reset` of a recurring duty put on a new schedule: how often it comes now, and came. */
  schedule?: ScheduleChange;
  /** An act the order commands (a release, a posting, a mailing), not a paper to file. */
  act?: true;
}

/** How often a recurring duty comes (`every` `unit`s), and came before an order changed it. */
export interface ScheduleChange {
  every: number;
  unit: 'days' | 'weeks' | 'months';
  was: { every: number; unit: 'days' | 'weeks' | 'months' };
}

/** `schedule` of a stored payload, when it is one. */
export function scheduleChangeOf(v: unknown): { schedule?: ScheduleChange } {
  const cadence = (x: unknown): ScheduleChange['was'] | null =>
    isObject(x) &&
    typeof x.every === 'number' &&
    Number.isInteger(x.every) &&
    x.every > 0 &&
    (x.unit === 'days' || x.unit === 'weeks' || x.unit === 'months')
      ? { every: x.every, unit: x.unit }
      : null;
  const now = cadence(v);
  const was = isObject(v) ? cadence(v.was) : null;
  return now && was ? { schedule: { ...now, was } } : {};
}

/** How an appeal ended. */
export type AppealEnd = 'decided' | 'dismissed' | 'mandate';

/** `appealEnded` of a stored payload, when it is one. */
export function appealEndOf(v: unknown): { appealEnded?: AppealEnd } {
  return v === 'decided' || v === 'dismissed' || v === 'mandate' ? { appealEnded: v } : {};
}

export type StayAction =
  | 'granted'
  | 'scope_expanded'
  | 'extended'
  /** Stayed again by an order after its last day had passed: not extended, it had lapsed in between. */
  | 'renewed'
  | 'lifted'
  | 'superseded'
  | 'denied'
  | 'expired'
  | 'expiring'
  | 'withdrawn'
  | 'confirmed'
  | 'dismissed';

export interface StayPayload extends PostureBase {
  kind: 'stay';
  /** Last day in force, when dated. */
  expires: string | null;
  previousExpires: string | null;
  /** `further_order`, or another condition in words, when it runs until something happens. */
  until: string | null;
  /** For `stay.expiring`: days left, and the warning threshold reached (7, 2, 0). */
  daysLeft: number | null;
  threshold?: number;
  /**
   * Why a `stay.lifted` stay ended without an order lifting it: `dismissal`, the claims it stayed
   * were dismissed (nothing is left to stay); `appeal_dismissed`, it was a stay pending appeal and
   * the court of appeals dismissed the appeal (on `appealEnded`); `denial`, it ran "until further
   * order" and a later order denied the same stay — the order it awaited; `ruling`, it lasted until
   * the ruling on a motion ("Pending resolution of the [3] Emergency Motion") and the court ruled;
   * `relief`, a ruling kept it as long as the relief it granted ("until this Temporary Restraining
   * Order expires") and that relief ended (dissolved, vacated, replaced).
   */
  endedBy?: 'dismissal' | 'appeal_dismissed' | 'appeal_mandate' | 'denial' | 'ruling' | 'relief';
  /** For `endedBy: 'appeal_dismissed'`: the day the appeal was dismissed. */
  appealEnded?: string;
  /**
   * A `stay.lifted` as to this party only, as the order names it: the stay stays in force for
   * everyone else (`expires`: its last day for them, `previousExpires` when the order moved it).
   */
  liftedAsTo?: string;
  /** A `stay.lifted` for everyone but these parties, as the order names them: in force for them only. */
  limitedTo?: string[];
  /**
   * Granted for these parties only, as the order names them ("any named Petitioner", "members of the
   * Detained Subclass"): every change of the stay concerns them alone, never the whole class.
   */
  forParties?: string[];
  /**
   * A court of appeals' decision of this day on the order that granted, extended or lifted the stay,
   * taking effect with its mandate: `stay.lifted` (the grant thrown out), `stay.renewed` (the
   * lifting thrown out), `stay.extended` (changed: in part, or an extension thrown out).
   */
  appealDecided?: string;
}

/**
 * The kinds of relief the record tracks as injunctions: a TRO, a preliminary or permanent
 * injunction, a postponement (stay) of an agency action's effective date under 5 U.S.C. § 705,
 * a consent decree, a class settlement the court approved and will enforce (FRCP 23(e)); the final relief of a judgment — an agency action vacated and set aside
 * (5 U.S.C. § 706(2)), a declaratory judgment (a permanent injunction is one above); and an
 * injunction the court of appeals itself enters pending the appeal (FRAP 8(a)).
 */
export type InjunctionKind =
  | 'TRO'
  | 'preliminary_injunction'
  | 'permanent_injunction'
  | 'agency_postponement'
  | 'consent_decree'
  | 'settlement'
  | 'set_aside'
  | 'declaratory_judgment'
  | 'injunction_pending_appeal';
/** Every kind of relief the record tracks as an injunction. */
export const INJUNCTION_KINDS: readonly InjunctionKind[] = [
  'TRO',
  'preliminary_injunction',
  'permanent_injunction',
  'agency_postponement',
  'consent_decree',
  'settlement',
  'set_aside',
  'declaratory_judgment',
  'injunction_pending_appeal',
];
/** Final relief: what a judgment for the plaintiffs grants, in force from its day (not interim). */
export const FINAL_RELIEF: ReadonlySet<InjunctionKind> = new Set([
  'permanent_injunction',
  'set_aside',
  'declaratory_judgment',
]);
export type InjunctionAction =
  | 'granted'
  | 'denied'
  | 'extended'
  | 'modified'
  | 'converted'
  | 'dissolved'
  | 'vacated'
  | 'stayed'
  /** In force again: the stay pending appeal that held it ended with the appeal (`resumedAfter`). */
  | 'resumed'
  | 'expired'
  | 'withdrawn'
  | 'confirmed'
  | 'dismissed';

/** An order stayed pending appeal: which court stayed it, whether in part, and the order staying it. */
export interface StayPendingAppeal {
  by: 'district' | 'appeals' | 'supreme_court';
  inPart: boolean;
  ruling: string;
  /** The stay lasts also until a petition for certiorari is decided. */
  certiorari?: true;
  /** An administrative stay: only while the court decides the motion for a stay pending appeal. */
  administrative?: true;
  /**
   * `injunction.resumed` at the mandate: the part on hold was reversed or vacated on appeal
   * (`reversed`, `vacated`: it does not apply), or the decision changed the order in part without
   * saying which (`decided`).
   */
  heldPart?: 'reversed' | 'vacated' | 'decided';
}

/** On hold pending appeal, as the posture keeps it: the court and how long (not which order). */
export type HeldPendingAppeal = Pick<StayPendingAppeal, 'by' | 'certiorari' | 'administrative'>;

/** Decided on appeal while on hold: what the decision does when its mandate issues, and its day. */
export interface OnAppealDecision {
  action: 'vacated' | 'modified';
  decided: string;
}

/** The court of appeals' decision on an order was vacated by rehearing: it no longer stands. */
export interface Reheard {
  decided: string | null;
  granted: string;
  enBanc: boolean;
}

export interface InjunctionPayload extends PostureBase {
  kind: 'injunction';
  injunction: InjunctionKind;
  /** A last day (`YYYY-MM-DD`), `further_order`, or `null`. */
  until: string | null;
  /** The hour (`HH:MM`, the court's time) it ends on its last day `until`, when its order gave one. */
  untilTime?: string;
  /** The day it was granted: which injunction, when a case has several ("of July 24, 2017"). */
  since?: string | null;
  /** The change is a court of appeals' decision taking effect with its mandate; the day it decided. */
  appealDecided?: string | null;
  /**
   * `injunction.stayed` pending appeal (and `injunction.resumed` when that stay ended): which court
   * stayed it (the district court itself, the court of appeals, the Supreme Court), whether in
   * part, and the order stayed.
   */
  pendingAppeal?: StayPendingAppeal | null;
  /**
   * `injunction.resumed`: the appeal ended by its dismissal or by the mandate, the petition for
   * certiorari was decided, the court ended its administrative stay (deciding the motion, or by
   * its words), or it lifted its stay (the event's `date` is that act's day).
   */
  resumedAfter?: ResumedAfter;
  /** `injunction.dissolved` by a final judgment against the plaintiffs: interim relief lasts only until final judgment. */
  endedBy?: 'judgment';
  /** `injunction.dissolved` / `vacated` from a later day: the first day it no longer applies (in force until then). */
  effective?: string;
  /**
   * `injunction.modified` to protect only these parties, as the order names them ("DISSOLVED as to
   * all persons other than Petitioner X"): in force for them, for no one else.
   */
  limitedTo?: string[];
  /** `limitedTo` is whom the order that granted it was for (not a narrowing by this order). */
  limitedFromGrant?: true;
  /** The same order decertified the class: told once, with the decertification (`class.decertified`). */
  withDecertification?: true;
  /**
   * `injunction.modified` by an order that gives only its last day ("shall expire at 11:59 p.m. on
   * March 25, 2025"): the term learned (`until`), and the one it replaced when it had one.
   */
  term?: true;
  previousUntil?: string;
  /** `injunction.stayed` by the court for a time: its last day on hold (in force again the day after). */
  heldUntil?: string;
  /** `injunction.granted` / `extended` with a term that ends sooner with a ruling ("…, whichever is earlier"). */
  sooner?: RulingTerm;
  /** What the relief acts on, in the order's words: the agency action set aside ("the Termination Notice"), what is declared. */
  object?: string;
  /** Whom the relief is for, as the order says: the class, or the plaintiffs (named parties: `limitedTo`). */
  beneficiaries?: 'class' | 'plaintiffs';
  /** `injunction.denied` of a `set_aside`: the agency action was remanded without vacatur; it stays in effect. */
  withoutVacatur?: true;
  /** An injunction pending appeal the court of appeals itself entered. */
  byAppeals?: true;
  /** `injunction.dissolved` of an injunction pending appeal: the appeal it lasted for was decided, dismissed or its mandate issued. */
  appealEnded?: AppealEnd;
  /**
   * `injunction.modified` / `injunction.stayed` by an act on part of its order: which part the act
   * touched (`only`, the rest stays in force) or kept (`except`, that part stays in force), and what
   * the act did to it (src/deadlines/extract/partial.ts).
   */
  part?: PartOfOrder & { act: PartAct };
}

/** What an act did to a part of an order: vacated (or dissolved), stayed (paused), or changed. */
export type PartAct = 'vacated' | 'stayed' | 'modified';

/**
 * A part of an order an act touched, in the court's words: `only` that part ("paragraph 3, insofar
 * as it required …", "as to paragraph 4 only"; the rest stays in force), or all `except` that part
 * ("except that paragraph 3 of that Order shall remain in effect until …"; that part stays in force).
 */
export interface PartOfOrder {
  reach: 'only' | 'except';
  /** Its numbered paragraphs ("3" for "paragraph 3(b)"), when it names any. */
  paragraphs: string[];
  /** The court's words naming the part. */
  words: string;
  /** A paragraph acted on only in part ("paragraph 3 … VACATED insofar as …"): what it requires of others goes on. */
  narrowed?: true;
}

/** A stored `part`, checked. */
export function partOfOrderOf(v: unknown): { part: PartOfOrder & { act: PartAct } } | Record<string, never> {
  if (!v || typeof v !== 'object') return {};
  const p = v as Record<string, unknown>;
  const act = (['vacated', 'stayed', 'modified'] as const).find((a) => a === p.act);
  if (!act || (p.reach !== 'only' && p.reach !== 'except') || typeof p.words !== 'string') return {};
  const paragraphs = Array.isArray(p.paragraphs)
    ? p.paragraphs.filter((x): x is string => typeof x === 'string')
    : [];
  return {
    part: {
      act,
      reach: p.reach,
      paragraphs,
      words: p.words,
      ...(p.narrowed === true ? { narrowed: true } : {}),
    },
  };
}

/** The motions whose ruling ends an injunction's term: by number, or the motion for a preliminary injunction. */
export interface RulingTerm {
  motions: number[];
  injunctionMotion: boolean;
}

/** A stored `sooner`, checked: motions' numbers and whether it names the motion for a preliminary injunction. */
export function rulingTermOf(v: unknown): RulingTerm | null {
  if (!v || typeof v !== 'object') return null;
  const r = v as { motions?: unknown; injunctionMotion?: unknown };
  const motions = Array.isArray(r.motions) ? r.motions.filter((n): n is number => Number.isInteger(n)) : [];
  const injunctionMotion = r.injunctionMotion === true;
  return motions.length > 0 || injunctionMotion ? { motions, injunctionMotion } : null;
}

/**
 * Why a stay that held an injunction ended (`injunction.resumed`); `term`: the court stayed it only
 * for a time ("STAYED for fourteen (14) days"), and that time is over.
 */
export type ResumedAfter = 'dismissed' | 'mandate' | 'certiorari' | 'administrative' | 'lifted' | 'term';
const RESUMED_AFTER: readonly ResumedAfter[] = [
  'dismissed',
  'mandate',
  'certiorari',
  'administrative',
  'lifted',
  'term',
];
/** `v` as a reason a stay pending appeal ended, when it is one. */
export function resumedAfterOf(v: unknown): ResumedAfter | null {
  return RESUMED_AFTER.find((r) => r === v) ?? null;
}

export type HearingAction = 'set' | 'reset' | 'cancelled' | 'held' | 'withdrawn' | 'confirmed' | 'dismissed';

/**
 * Where and how a hearing is held, as its order says: "in Courtroom 3", "will be held by Zoom
 * videoconference", "by telephone". A link or dial-in the order gives is only noted (`joinGiven`):
 * it may be a secret of the people invited, and is never kept.
 */
export interface HearingWhere {
  manner?: 'video' | 'phone' | 'in_person';
  /** The room the court names, in its words ("Courtroom 3", "Courtroom 7B"). */
  place?: string;
  joinGiven?: boolean;
}

/** A stored `where` read back (`HearingWhere`); null when it is none. */
export function hearingWhereOf(v: unknown): HearingWhere | null {
  if (!v || typeof v !== 'object') return null;
  const w = v as Record<string, unknown>;
  const manner = w.manner === 'video' || w.manner === 'phone' || w.manner === 'in_person' ? w.manner : null;
  const place = typeof w.place === 'string' && w.place ? w.place : null;
  const joinGiven = w.joinGiven === true;
  if (!manner && !place && !joinGiven) return null;
  return { ...(manner ? { manner } : {}), ...(place ? { place } : {}), ...(joinGiven ? { joinGiven } : {}) };
}

export interface HearingPayload extends PostureBase {
  kind: 'hearing';
  /** `motion_hearing`, `status_conference`… */
  hearing: string;
  /** The hearing's day and time. */
  on: string | null;
  time: string | null;
  previousOn: string | null;
  /** Where and how it is held, when its order says. */
  where?: HearingWhere;
  /** Cancelled because the order that set it was taken back. */
  withdrawnOrder?: WithdrawnOrder;
}

export interface AppealPayload {
  date: string;
  message: string;
  /** The entries it names (the order appealed from). */
  relatedEntries: number[];
  entryNumber: number | null;
  words: string | null;
  /** `appeal.decided`: what the decision does to the ruling appealed from. */
  outcome?: 'affirmed' | 'reversed' | 'vacated' | 'remanded';
  inPart?: boolean;
  /** Its words: "affirmed in part, vacated in part, remanded with instructions". */
  disposition?: string;
  /** The rulings it acts on, by name and date ("preliminary injunction of July 24, 2017"). */
  rulings?: string[];
  /** It changes them, and takes effect only when the mandate issues (FRAP 41(c)). */
  pendingMandate?: boolean;
  /** The rulings it changes are stayed pending this appeal: until the mandate they stay on hold, not in force. */
  onHold?: boolean;
  /** Part of what was appealed is affirmed ("AFFIRMED IN PART; VACATED IN PART"). */
  affirmedInPart?: boolean;
  /** The case is sent back to the district court ("REMANDED WITH INSTRUCTIONS"). */
  remanded?: boolean;
  /**
   * `appeal.decided`, a remand alone ("REMANDED … without vacatur"): the rulings it names are not
   * vacated and stay as they were — in force, or on hold with `onHold`.
   */
  kept?: boolean;
  /** `appeal.decided`: the panel's decision of this day, which rehearing had wiped out, reinstated (its outcome is this one). */
  reinstated?: string;
  /** `appeal.dismissed`: what was stayed pending the appeal is no longer stayed. */
  stayEnded?: boolean;
  /** `appeal.stay_denied`: who denied it (`appeals`, `supreme_court`). */
  by?: string;
  /** `appeal.recalled`, `appeal.reheard`: the day of the decision that no longer takes effect (or no longer stands). */
  decided?: string;
  /** `appeal.reheard`: rehearing by the full court (en banc), not the panel; `appeal.decided`: decided en banc. */
  enBanc?: boolean;
  /** `appeal.stay_granted`: only for now, while the court decides the motion (an administrative stay). */
  administrative?: boolean;
  /** `appeal.stay_granted`: which part of the ruling is stayed (with `inPart`), in the court's words; the rest stays in force. */
  part?: string;
  /** `appeal.stay_denied`: the court's administrative stay of the order appealed from ended with the denial. */
  administrativeEnded?: boolean;
  /** `appeal.copied`: what was copied, and the entry that reported it first (the record's entry key). */
  act?: 'decision' | 'mandate' | 'stay' | 'rehearing' | 'reinstated';
  copyOf?: string;
  /** `appeal.certiorari`: the petition denied, the Supreme Court's judgment after granting it, or the petition filed. */
  certiorari?: 'denied' | 'judgment' | 'filed';
  /** `appeal.certiorari` (`filed`): the Supreme Court's docket number of the petition ("26-612"). */
  number?: string;
  /** `appeal.rehearing_denied`: the day the mandate is due (FRAP 41(b): 7 days after the denial) unless stayed. */
  mandateDue?: string;
  /** `appeal.mandate_stayed`: the stay's last day, when it is for a time ("for 90 days"). */
  until?: string;
  /** `appeal.mandate_stayed`: it lasts while a petition for certiorari is filed and decided. */
  pendingCertiorari?: boolean;
  /** `appeal.certiorari` (`filed`): the mandate is stayed until the Supreme Court disposes of the petition. */
  mandateStayed?: boolean;
}

/**
 * What an order does to the people a case is about (`class.decertified`, `contempt.found`,
 * `contempt.purged`), read from a ruling or a minute entry (`src/deadlines/court-acts.ts`).
 */
export interface CourtActPayload {
  date: string;
  message: string;
  entryNumber: number | null;
  words: string | null;
  /**
   * `judgment.entered` for the plaintiffs: whether the relief it grants was read (in its own words,
   * or entered again from the order it names); `false`: a person must read the judgment.
   */
  reliefRead?: boolean;
  /** `class.certified`: the class definition in the order's words, when it gives one. */
  definition?: string | null;
  /** `class.certified`: certified provisionally (conditionally), for interim relief. */
  provisional?: boolean;
  /** `class.decertified`, `class.certified`: the subclass as the order names it ("Subclass B"); `null`: the whole class. */
  subclass?: string | null;
  /**
   * `class.decertified`: the relief the same order kept for the named parties only (an injunction
   * dissolved as to everyone else): which ruling, by name and day, and the parties it now protects.
   */
  limited?: { ruling: string; parties: string[] }[];
  /** `contempt.*`: the party found in contempt (or that purged it), as the order names it. */
  party?: string | null;
  /** `contempt.*`: civil or criminal contempt, when said. */
  nature?: 'civil' | 'criminal' | null;
  /** `transfer.*`: the other court ("the District of Colorado"). */
  court?: string;
  /** `transfer.*`: the case's number in the other court, when given. */
  docketNumber?: string | null;
}

export interface FilingUnmatchedPayload extends PostureBase {
  kind: 'filing';
}

// ——— documents ———

/** Where a document finding was read: the page its sentence starts on and the sentence. */
export interface DocumentQuote {
  page: number;
  quote: string;
}

export interface DocumentDeadline extends DocumentQuote {
  what: string;
  /** The day it falls due, when the document dates it. */
  due: string | null;
  /** `set`, `reset`, `extended`, `vacated`… as the extractor read it. */
  change: string;
}

export interface DocumentStay extends DocumentQuote {
  action: string;
  expires: string | null;
  until: string | null;
}

export interface DocumentInjunction extends DocumentQuote {
  injunction: InjunctionKind;
  action: string;
  until: string | null;
}

export interface DocumentHearing extends DocumentQuote {
  hearing: string;
  change: string;
  on: string | null;
  time: string | null;
}

/** The document dates something on a day the docket text does not (or the reverse). */
export interface DocumentDisagreement extends DocumentQuote {
  kind: 'deadline' | 'stay' | 'hearing';
  /** The day the docket text gives. */
  docket: string;
  /** The days the document gives instead. */
  document: string[];
}

/**
 * A document was kept for an entry and read: its own findings, each with page and sentence, and
 * where it disagrees with the docket text (then `review` is `needs_review`).
 */
export interface DocumentAddedPayload {
  sha256: string;
  pages: number;
  /** 0 for the main document, else the attachment number. */
  attachment: number;
  /** `nef`, `recap`, `pacer`, `manual`. */
  origin: string;
  /** The document's own heading ("ORDER GRANTING MOTION TO STAY"). */
  title: string;
  deadlines: DocumentDeadline[];
  stays: DocumentStay[];
  injunctions: DocumentInjunction[];
  hearings: DocumentHearing[];
  disagreements: DocumentDisagreement[];
  review: 'needs_review' | null;
}

// ——— sources ———

export interface SourceHealthPayload {
  source: string;
  sourceType: string;
  health: string;
  failures: number;
  error: string | null;
  code: string | null;
}

/** Every event, by type. */
export interface EventPayloads {
  'case.tracked': CaseTrackedPayload;
  'case.linked': CaseLinkedPayload;
  'entry.added': EntryAddedPayload;
  'entry.updated': EntryUpdatedPayload;
  'entry.vanished': EntryVanishedPayload;
  'entry.covered': EntryCoveredPayload;
  'gap.detected': GapDetectedPayload;
  'gap.closed': GapClosedPayload;
  'appeal.noticed': AppealPayload;
  'appeal.mandate': AppealPayload;
  /** A court of appeals decided the appeal: its opinion or judgment ("AFFIRMED IN PART; VACATED IN PART"). */
  'appeal.decided': AppealPayload;
  /** The appeal dismissed: it ends, the order appealed from stands. */
  'appeal.dismissed': AppealPayload;
  /** The mandate recalled: its decision no longer takes effect until it issues again. */
  'appeal.recalled': AppealPayload;
  /** A stay pending appeal denied by the court of appeals (or the Supreme Court). */
  'appeal.stay_denied': AppealPayload;
  /**
   * The Supreme Court denied the petition for a writ of certiorari (`outcome: 'denied'`) or gave its
   * judgment after granting it, on `date` (the Court's day, not the letter's): `stayEnded` when
   * what waited for it ended.
   */
  'appeal.certiorari': AppealPayload;
  /**
   * A stay pending appeal (or an administrative stay, `administrative`) of an order that is no
   * tracked injunction — the order appealed from is paused, by the court of appeals (or the
   * Supreme Court).
   */
  'appeal.stay_granted': AppealPayload;
  /**
   * Rehearing granted (en banc, or by the panel) or the panel's opinion withdrawn: the court of
   * appeals' decision of `decided` no longer stands; the `rulings` are as they were (on hold,
   * `onHold`) until the appeal is decided again.
   */
  'appeal.reheard': AppealPayload;
  /**
   * Rehearing (en banc, `enBanc`, or by the panel) denied: the decision of `decided` stands; the
   * mandate is due on `mandateDue` (FRAP 41(b)) unless the court stays it.
   */
  'appeal.rehearing_denied': AppealPayload;
  /**
   * The court of appeals stayed its mandate (FRAP 41(d)) — until `until`, or while a petition for
   * certiorari is pending (`pendingCertiorari`): its decision does not take effect yet.
   */
  'appeal.mandate_stayed': AppealPayload;
  /**
   * The other docket's entry of a decision or mandate already read (the district clerk's copy, or
   * the appeal's own entry after it): the same act, told to nobody; readers leave the entry out.
   */
  'appeal.copied': AppealPayload;
  'filing.unmatched': FilingUnmatchedPayload;
  /** The class (or a subclass) decertified, or its certification vacated: it no longer defines who is covered. */
  'class.decertified': CourtActPayload;
  /** The class (or a subclass) certified, provisionally or not: orders for the class reach everyone it defines. */
  'class.certified': CourtActPayload;
  /** A final judgment entered by the court, for the plaintiffs or the defendants (`party`). */
  'judgment.entered': CourtActPayload;
  /** A party found in contempt of the court's order. */
  'contempt.found': CourtActPayload;
  /** The contempt purged (or vacated): no sanction runs. */
  'contempt.purged': CourtActPayload;
  /** The case transferred to another district court (its orders stay in force until that court acts). */
  'transfer.out': CourtActPayload;
  /** The case transferred here from another district court. */
  'transfer.in': CourtActPayload;
  'document.added': DocumentAddedPayload;
  'source.down': SourceHealthPayload;
  'source.recovered': SourceHealthPayload;
  'source.layout_changed': SourceHealthPayload;
}

type Family<F extends string, A extends string, P> = { [K in A as `${F}.${K}`]: P };

export type AllPayloads = EventPayloads &
  Family<'deadline', DeadlineAction, DeadlinePayload> &
  Family<'stay', StayAction, StayPayload> &
  Family<'injunction', InjunctionAction, InjunctionPayload> &
  Family<'hearing', HearingAction, HearingPayload>;

export type EventType = keyof AllPayloads & string;
export type PayloadOf<T extends EventType> = AllPayloads[T];

/** One event: its type and its payload, discriminated by `type`. */
export type DocketEvent = { [T in EventType]: { type: T; payload: AllPayloads[T] } }[EventType];

export type PostureEvent = Extract<
  DocketEvent,
  { payload: DeadlinePayload | StayPayload | InjunctionPayload | HearingPayload }
>;

const ACTIONS = {
  deadline: [
    'set',
    'proposed',
    'reset',
    'extended',
    'shortened',
    'vacated',
    'relieved',
    'mooted',
    'suspended',
    'barred',
    'satisfied',
    'passed',
    'missing',
    'due',
    'withdrawn',
    'confirmed',
    'dismissed',
  ] satisfies DeadlineAction[],
  stay: [
    'granted',
    'scope_expanded',
    'extended',
    'renewed',
    'lifted',
    'superseded',
    'denied',
    'expired',
    'expiring',
    'withdrawn',
    'confirmed',
    'dismissed',
  ] satisfies StayAction[],
  injunction: [
    'granted',
    'denied',
    'extended',
    'modified',
    'converted',
    'dissolved',
    'vacated',
    'stayed',
    'resumed',
    'expired',
    'withdrawn',
    'confirmed',
    'dismissed',
  ] satisfies InjunctionAction[],
  hearing: [
    'set',
    'reset',
    'cancelled',
    'held',
    'withdrawn',
    'confirmed',
    'dismissed',
  ] satisfies HearingAction[],
} as const;

const OTHER: ReadonlySet<string> = new Set<keyof EventPayloads>([
  'case.tracked',
  'case.linked',
  'entry.added',
  'entry.updated',
  'entry.vanished',
  'entry.covered',
  'gap.detected',
  'gap.closed',
  'appeal.noticed',
  'appeal.mandate',
  'appeal.decided',
  'appeal.dismissed',
  'appeal.recalled',
  'appeal.stay_denied',
  'appeal.certiorari',
  'appeal.stay_granted',
  'appeal.reheard',
  'appeal.rehearing_denied',
  'appeal.mandate_stayed',
  'appeal.copied',
  'filing.unmatched',
  'class.decertified',
  'class.certified',
  'judgment.entered',
  'contempt.found',
  'contempt.purged',
  'transfer.out',
  'transfer.in',
  'document.added',
  'source.down',
  'source.recovered',
  'source.layout_changed',
]);

/** Whether `type` names an event of the contract. */
export function isEventType(type: string): type is EventType {
  if (OTHER.has(type)) return true;
  const dot = type.indexOf('.');
  const family = type.slice(0, dot) as keyof typeof ACTIONS;
  const list: readonly string[] | undefined = ACTIONS[family];
  return dot > 0 && list !== undefined && list.includes(type.slice(dot + 1));
}

/** Build an event; the payload's shape is checked against the type at compile time. */
export function docketEvent<T extends EventType>(type: T, payload: PayloadOf<T>): DocketEvent {
  return { type, payload } as DocketEvent;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const day = (v: unknown): string | null =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : null;
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
/** A wall-clock time `HH:MM`. */
const clock = (v: unknown): string | null =>
  typeof v === 'string' && /^(?:[01]\d|2[0-3]):[0-5]\d$/.test(v) ? v : null;

/**
 * The one parser: a stored row's type and payload as a `DocketEvent`, or `null` for a type
 * outside the contract or a payload that is not an object. Posture payloads are normalised
 * (missing fields `null`, dates cut to the day, numbers finite), so readers never guess.
 */
export function parseEvent(type: string, payload: unknown): DocketEvent | null {
  let p: unknown = payload;
  if (typeof p === 'string') {
    try {
      p = JSON.parse(p);
    } catch {
      return null;
    }
  }
  if (!isObject(p) || !isEventType(type)) return null;
  const family = type.slice(0, type.indexOf('.'));
  const base = {
    record: text(p.record),
    what: text(p.what),
    party: text(p.party),
    date: day(p.date) ?? '',
    message: text(p.message) ?? type,
    entryNumber: num(p.entryNumber),
    words: text(p.words),
  };
  switch (family) {
    case 'deadline':
      return {
        type,
        payload: {
          ...base,
          kind: 'deadline',
          due: day(p.due),
          dueTime: text(p.dueTime),
          previousDue: day(p.previousDue),
          basis: text(p.basis),
          occurrence: num(p.occurrence),
          ...(typeof p.late === 'boolean' ? { late: p.late } : {}),
          ...(typeof p.by === 'string' ? { by: p.by } : {}),
          ...(p.note !== undefined ? { note: text(p.note) } : {}),
          ...(typeof p.asked === 'string' ? { asked: p.asked } : {}),
          ...(day(p.clerkComputed) ? { clerkComputed: day(p.clerkComputed)! } : {}),
          ...(typeof p.condition === 'string' ? { condition: p.condition } : {}),
          ...withdrawnOrderOf(p.withdrawnOrder),
          ...scheduleChangeOf(p.schedule),
          ...(p.act === true ? { act: true as const } : {}),
          ...appealEndOf(p.appealEnded),
        },
      } as DocketEvent;
    case 'stay':
      return {
        type,
        payload: {
          ...base,
          kind: 'stay',
          // Events stored before the contract named a stay's last day `due`.
          expires: day(p.expires) ?? day(p.due),
          previousExpires: day(p.previousExpires) ?? day(p.previousDue),
          until: text(p.until),
          daysLeft: num(p.daysLeft),
          ...(num(p.threshold) !== null ? { threshold: num(p.threshold)! } : {}),
          ...(p.endedBy === 'dismissal' ||
          p.endedBy === 'appeal_dismissed' ||
          p.endedBy === 'appeal_mandate' ||
          p.endedBy === 'denial' ||
          p.endedBy === 'ruling' ||
          p.endedBy === 'relief'
            ? { endedBy: p.endedBy }
            : {}),
          ...(day(p.appealEnded) ? { appealEnded: day(p.appealEnded)! } : {}),
          ...(text(p.liftedAsTo) ? { liftedAsTo: text(p.liftedAsTo)! } : {}),
          ...(Array.isArray(p.limitedTo)
            ? { limitedTo: p.limitedTo.filter((x): x is string => typeof x === 'string') }
            : {}),
          ...(Array.isArray(p.forParties)
            ? { forParties: p.forParties.filter((x): x is string => typeof x === 'string') }
            : {}),
          ...(day(p.appealDecided) ? { appealDecided: day(p.appealDecided)! } : {}),
        },
      } as DocketEvent;
    case 'injunction': {
      return {
        type,
        payload: {
          ...base,
          kind: 'injunction',
          injunction: INJUNCTION_KINDS.find((k) => k === p.injunction) ?? 'preliminary_injunction',
          until: text(p.until),
          ...(clock(p.untilTime) ? { untilTime: clock(p.untilTime)! } : {}),
          ...(day(p.since) ? { since: day(p.since) } : {}),
          ...(day(p.appealDecided) ? { appealDecided: day(p.appealDecided) } : {}),
          ...pendingAppealOf(p.pendingAppeal),
          ...(resumedAfterOf(p.resumedAfter) ? { resumedAfter: resumedAfterOf(p.resumedAfter)! } : {}),
          ...(p.endedBy === 'judgment' ? { endedBy: p.endedBy } : {}),
          ...(day(p.effective) ? { effective: day(p.effective)! } : {}),
          ...(p.term === true ? { term: true } : {}),
          ...(day(p.previousUntil) ? { previousUntil: day(p.previousUntil)! } : {}),
          ...(Array.isArray(p.limitedTo)
            ? { limitedTo: p.limitedTo.filter((x): x is string => typeof x === 'string') }
            : {}),
          ...(p.limitedFromGrant === true ? { limitedFromGrant: true } : {}),
          ...(p.withDecertification === true ? { withDecertification: true } : {}),
          ...(day(p.heldUntil) ? { heldUntil: day(p.heldUntil)! } : {}),
          ...(rulingTermOf(p.sooner) ? { sooner: rulingTermOf(p.sooner)! } : {}),
          ...(text(p.object) ? { object: text(p.object)! } : {}),
          ...(p.beneficiaries === 'class' || p.beneficiaries === 'plaintiffs'
            ? { beneficiaries: p.beneficiaries }
            : {}),
          ...(p.withoutVacatur === true ? { withoutVacatur: true } : {}),
          ...(p.byAppeals === true ? { byAppeals: true } : {}),
          ...appealEndOf(p.appealEnded),
          ...partOfOrderOf(p.part),
        },
      } as DocketEvent;
    }
    case 'hearing':
      return {
        type,
        payload: {
          ...base,
          kind: 'hearing',
          hearing: text(p.hearing) ?? 'hearing',
          // Events stored before the contract named the hearing's day `due`.
          on: day(p.on) ?? day(p.due),
          time: text(p.time) ?? text(p.dueTime),
          previousOn: day(p.previousOn) ?? day(p.previousDue),
          ...withdrawnOrderOf(p.withdrawnOrder),
        },
      } as DocketEvent;
    case 'filing':
      return { type, payload: { ...base, kind: 'filing' } } as DocketEvent;
    case 'class':
    case 'contempt':
    case 'transfer':
    case 'judgment':
      return { type, payload: courtActOf(p, base) } as DocketEvent;
    case 'document':
      return { type, payload: documentPayload(p) } as DocketEvent;
    case 'appeal':
      return {
        type,
        payload: {
          date: base.date,
          message: base.message,
          relatedEntries: Array.isArray(p.relatedEntries)
            ? p.relatedEntries.filter((n): n is number => typeof n === 'number')
            : [],
          entryNumber: base.entryNumber,
          words: base.words,
          ...appealDecision(p),
        },
      } as DocketEvent;
    default:
      // Docket and source events are written by ingest and the poller whole; read as written.
      return { type, payload: p } as unknown as DocketEvent;
  }
}

/** A `class.*` or `contempt.*` payload, normalised. */
function courtActOf(
  p: Record<string, unknown>,
  base: { date: string; message: string; entryNumber: number | null; words: string | null },
): CourtActPayload {
  const limited = Array.isArray(p.limited)
    ? p.limited.flatMap((l) =>
        isObject(l) && typeof l.ruling === 'string' && Array.isArray(l.parties)
          ? [{ ruling: l.ruling, parties: l.parties.filter((x): x is string => typeof x === 'string') }]
          : [],
      )
    : [];
  return {
    date: base.date,
    message: base.message,
    entryNumber: base.entryNumber,
    words: base.words,
    ...(p.subclass !== undefined ? { subclass: text(p.subclass) } : {}),
    ...(p.definition !== undefined ? { definition: text(p.definition) } : {}),
    ...(p.provisional === true ? { provisional: true } : {}),
    ...(typeof p.reliefRead === 'boolean' ? { reliefRead: p.reliefRead } : {}),
    ...(limited.length > 0 ? { limited } : {}),
    ...(p.party !== undefined ? { party: text(p.party) } : {}),
    ...(p.nature === 'civil' || p.nature === 'criminal' ? { nature: p.nature } : {}),
    ...(typeof p.court === 'string' ? { court: p.court } : {}),
    ...(p.docketNumber !== undefined ? { docketNumber: text(p.docketNumber) } : {}),
  };
}

/** The order taken back, as a `deadline.vacated` or `hearing.cancelled` payload carries it. */
export function withdrawnOrderOf(v: unknown): { withdrawnOrder?: WithdrawnOrder } {
  if (
    !isObject(v) ||
    num(v.entry) === null ||
    (v.how !== 'stricken' && v.how !== 'withdrawn' && v.how !== 'vacated')
  )
    return {};
  return { withdrawnOrder: { entry: num(v.entry)!, how: v.how, on: day(v.on) } };
}

/** A stay pending appeal by a higher court, as an `injunction.stayed` payload carries it. */
function pendingAppealOf(v: unknown): Pick<InjunctionPayload, 'pendingAppeal'> {
  if (!isObject(v) || (v.by !== 'appeals' && v.by !== 'supreme_court' && v.by !== 'district')) return {};
  return {
    pendingAppeal: {
      by: v.by,
      inPart: v.inPart === true,
      ruling: text(v.ruling) ?? '',
      ...(v.certiorari === true ? { certiorari: true as const } : {}),
      ...(v.administrative === true ? { administrative: true as const } : {}),
      ...(v.heldPart === 'reversed' || v.heldPart === 'vacated' || v.heldPart === 'decided'
        ? { heldPart: v.heldPart }
        : {}),
    },
  };
}

/** What an `appeal.*` payload says of the steps after the decision (rehearing denied, the mandate stayed, certiorari filed). */
export function afterDecision(
  p: Record<string, unknown>,
): Pick<AppealPayload, 'number' | 'mandateDue' | 'until' | 'mandateStayed' | 'pendingCertiorari'> {
  return {
    ...(text(p.number) ? { number: text(p.number)! } : {}),
    ...(day(p.mandateDue) ? { mandateDue: day(p.mandateDue)! } : {}),
    ...(day(p.until) ? { until: day(p.until)! } : {}),
    ...(p.mandateStayed === true ? { mandateStayed: true } : {}),
    ...(p.pendingCertiorari === true ? { pendingCertiorari: true } : {}),
  };
}

/** What an `appeal.*` payload says of the decision, when it says it (older events do not). */
function appealDecision(p: Record<string, unknown>): Partial<AppealPayload> {
  const outcomes = ['affirmed', 'reversed', 'vacated', 'remanded'] as const;
  const outcome = outcomes.find((o) => o === p.outcome);
  const rulings = Array.isArray(p.rulings) ? p.rulings.filter((r): r is string => typeof r === 'string') : [];
  if (!outcome)
    return {
      ...(p.act === 'decision' ||
      p.act === 'mandate' ||
      p.act === 'stay' ||
      p.act === 'rehearing' ||
      p.act === 'reinstated'
        ? { act: p.act }
        : {}),
      ...(p.enBanc === true ? { enBanc: true } : {}),
      ...(p.onHold === true ? { onHold: true } : {}),
      ...(p.administrative === true ? { administrative: true } : {}),
      ...(p.administrativeEnded === true ? { administrativeEnded: true } : {}),
      ...(p.inPart === true ? { inPart: true } : {}),
      ...(text(p.part) ? { part: text(p.part)! } : {}),
      ...(text(p.copyOf) ? { copyOf: text(p.copyOf)! } : {}),
      ...(rulings.length > 0 ? { rulings } : {}),
      ...(p.stayEnded === true ? { stayEnded: true } : {}),
      ...(typeof p.by === 'string' ? { by: p.by } : {}),
      ...(day(p.decided) ? { decided: day(p.decided)! } : {}),
      ...(p.pendingMandate === true ? { pendingMandate: true } : {}),
      ...(p.certiorari === 'denied' || p.certiorari === 'judgment' || p.certiorari === 'filed'
        ? { certiorari: p.certiorari }
        : {}),
      ...afterDecision(p),
    };
  return {
    outcome,
    inPart: p.inPart === true,
    disposition: text(p.disposition) ?? '',
    rulings: Array.isArray(p.rulings) ? p.rulings.filter((r): r is string => typeof r === 'string') : [],
    pendingMandate: p.pendingMandate === true,
    ...(p.onHold === true ? { onHold: true } : {}),
    ...(p.enBanc === true ? { enBanc: true } : {}),
    ...(p.kept === true ? { kept: true } : {}),
    ...(day(p.reinstated) ? { reinstated: day(p.reinstated)! } : {}),
    affirmedInPart: p.affirmedInPart === true,
    remanded: p.remanded === true,
  };
}

const list = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.filter(isObject) : []);
const quoted = (x: Record<string, unknown>): DocumentQuote | null => {
  const page = num(x.page);
  const quote = text(x.quote);
  return page !== null && quote !== null ? { page, quote } : null;
};
/** Items with their page and sentence; an item without them is dropped (a quote is the point). */
function sourced<T>(v: unknown, read: (x: Record<string, unknown>) => Omit<T, 'page' | 'quote'>): T[] {
  return list(v).flatMap((x) => {
    const at = quoted(x);
    return at ? [{ ...read(x), ...at } as T] : [];
  });
}

/** A `document.added` payload, normalised; the first events named a deadline's day `dueDate`, a hearing's `date`. */
function documentPayload(p: Record<string, unknown>): DocumentAddedPayload {
  return {
    sha256: text(p.sha256) ?? '',
    pages: num(p.pages) ?? 0,
    attachment: num(p.attachment) ?? 0,
    origin: text(p.origin) ?? 'manual',
    title: text(p.title) ?? '',
    deadlines: sourced<DocumentDeadline>(p.deadlines, (x) => ({
      what: text(x.what) ?? 'a deadline',
      due: day(x.due) ?? day(x.dueDate),
      change: text(x.change) ?? 'set',
    })),
    stays: sourced<DocumentStay>(p.stays, (x) => ({
      action: text(x.action) ?? 'granted',
      expires: day(x.expires),
      until: text(x.until),
    })),
    injunctions: sourced<DocumentInjunction>(p.injunctions, (x) => ({
      injunction: INJUNCTION_KINDS.find((k) => k === (x.injunction ?? x.type)) ?? 'preliminary_injunction',
      action: text(x.action) ?? 'granted',
      until: text(x.until),
    })),
    hearings: sourced<DocumentHearing>(p.hearings, (x) => ({
      hearing: text(x.hearing) ?? text(x.type) ?? 'hearing',
      change: text(x.change) ?? 'set',
      on: day(x.on) ?? day(x.date),
      time: text(x.time),
    })),
    disagreements: sourced<DocumentDisagreement>(p.disagreements, (x) => ({
      kind: x.kind === 'stay' || x.kind === 'hearing' ? x.kind : 'deadline',
      docket: day(x.docket) ?? '',
      document: Array.isArray(x.document) ? x.document.flatMap((d) => day(d) ?? []) : [],
    })),
    review: p.review === 'needs_review' ? 'needs_review' : null,
  };
}

const POSTURE_FAMILIES: ReadonlySet<string> = new Set(['deadline', 'stay', 'injunction', 'hearing']);

/** A posture event's payload (deadline, stay, injunction, hearing), or `null` for any other event. */
export function posturePayload(e: DocketEvent): PostureEvent['payload'] | null {
  return POSTURE_FAMILIES.has(e.type.slice(0, e.type.indexOf('.')))
    ? (e.payload as PostureEvent['payload'])
    : null;
}
