/**
 * What notifications are made of. The tracker and the store speak their own vocabulary; the
 * integration maps their events onto these shapes, so that wording, rendering and delivery depend
 * on nothing but this file. Dates are civil dates (`YYYY-MM-DD`) in the court's time zone.
 */
import type { CaseClasses } from '../../db/case-details.ts';
import type { EntryKind, InjunctionAction, InjunctionType } from '../deadlines/types.ts';
import type {
  HearingWhere,
  HeldPendingAppeal,
  OnAppealDecision,
  PartAct,
  Reheard,
  ResumedAfter,
  RulingTerm,
  ScheduleChange,
  StayPendingAppeal,
  WithdrawnOrder,
} from '../model/events.ts';
import type { Language } from './i18n.ts';
import type { OtherProtection, Protection } from './protects.ts';

/**
 * Who reads a message. The legal team gets every entry with links and deadline details; advocates
 * get orders, hearings, stays and deadline changes in plain language; maintainers get the health of
 * the sources (down, layout changed).
 */
export type Audience = 'legal' | 'advocate' | 'maintainer';
export const AUDIENCES: readonly Audience[] = ['legal', 'advocate', 'maintainer'];

/** A case as a message names it: court, number, name and a link to its docket. */
export interface CaseHeading {
  /** CM/ECF court id (`mied`, `ca6`). */
  court: string;
  docketNumber: string;
  /** "Hamama v. Adducci"; `null` when no source has given it yet. */
  caseName: string | null;
  /** Link to the docket itself (public page or PACER report). */
  docketUrl: string | null;
  /**
   * Who the case is about: every definition of its class, each in force from its order's day
   * (`classOn` picks a message's), and what its orders protect from; absent or `null` when not said.
   */
  people?: CaseClasses | null;
  /**
   * The court of appeals the case's appeals are in (`ca6`), from the appeals linked to it, when
   * they are all in one; absent or `null` when none is known. Messages name it ("the Sixth Circuit").
   */
  appealsCourt?: string | null;
}

/** The docket entry an event comes from: where a reader checks it. */
export interface EntryRef {
  /** Document number as printed, `null` for unnumbered entries. */
  number: string | null;
  /** `YYYY-MM-DD` the entry was filed. */
  date: string | null;
  /** Link to the entry or its document; only http(s) links are ever rendered as links. */
  url: string | null;
}

/** One docket entry as a change: new, or filled in after it first appeared. */
export interface EntrySummary extends EntryRef {
  kind: EntryKind;
  /** The docket text as the court wrote it (untrusted: always escaped when rendered). */
  text: string;
  /** Link to the document (PDF), when a source gave one. */
  documentUrl: string | null;
}

interface EventBase {
  /** Stable id of the event (used in idempotency keys: the same event never mails twice). */
  id: string;
  case: CaseHeading;
  /** The entry that caused it; `null` for events with no entry (a stay expiring, a source down). */
  entry: EntryRef | null;
  /**
   * The order's own sentence that says it, and the page it is on, when the entry's document was
   * kept and read ("Removal … is stayed for fourteen (14) days from the date of this Order", p. 6).
   */
  documentQuote?: { page: number; quote: string };
}

export interface EntryAddedEvent extends EventBase {
  type: 'entry_added';
  item: EntrySummary;
}

/** An entry seen earlier whose text, number or document arrived later (RSS first, docket report later). */
export interface EntryUpdatedEvent extends EventBase {
  type: 'entry_updated';
  item: EntrySummary;
  /** What changed, in words ("document link", "full docket text"). */
  filledIn: string[];
  /**
   * Only details of an entry whose text was already known: its short title, a link to the same
   * document, its page count, a time of day or entry date. What a reader was told of the filing
   * stands, so no alert is sent for it (a deadline, stay or hearing the entry sets is an event of
   * its own); digests still list it.
   */
  detailsOnly?: true;
}

/** `renewed`: stayed again by an order after its last day had passed (`previousExpires`): it had lapsed in between. */
export type StayChange = 'granted' | 'expanded' | 'extended' | 'renewed' | 'lifted';

export interface StayEvent extends EventBase {
  type: 'stay';
  change: StayChange;
  /** What is stayed, in the court's words ("removal of class members"); `null` when unsaid. */
  what: string | null;
  /**
   * What else its order protects from (transfers, detainer holds, the end of a status or benefit:
   * "Defendants' termination of TPS for Honduras is stayed"), read from the order's words.
   */
  protections?: OtherProtection[];
  /** Last day the stay is in force, when it has a date. */
  expires: string | null;
  /** A condition instead of a date ("further order of the Court"). */
  until: string | null;
  previousExpires: string | null;
  /**
   * An expansion whose order also set a new last day ("expanded …; the stay shall expire fourteen
   * days from this order"): one item, both facts — `expires` is the new last day, `previousExpires`
   * the one it replaced.
   */
  extended?: true;
  /**
   * A stay limited to a party that ended because the claims between the plaintiff and that party
   * were dismissed (`change: 'lifted'`): nothing goes ahead, the case between them is over.
   */
  dismissed?: true;
  /**
   * A stay "until further order" that ended because a later order denied the same stay (`change:
   * 'lifted'`): that denial is the further order; no judge lifted it.
   */
  denied?: true;
  /**
   * A stay asked for and refused, with none in force that it ends ("The request to stay the removal
   * of class members is DENIED"; `change: 'lifted'`): `what` is what was asked for; nothing is on hold.
   */
  refused?: true;
  /**
   * `lifted` without a judge lifting it: `ruling`, it lasted until the ruling on a motion and the
   * court ruled; `relief`, a ruling kept it as long as relief it granted, and that relief ended.
   */
  ended?: 'ruling' | 'relief';
  /**
   * A stay pending appeal that ended because the court of appeals dismissed the appeal, on this day
   * (`change: 'lifted'`): no judge lifted it; what it held is no longer on hold.
   */
  appealDismissed?: string;
  /** `lifted`: a stay pending appeal that ended when the court of appeals' mandate issued (its day). */
  appealMandate?: string;
  /**
   * Lifted as to this party only (`change: 'lifted'`): the stay stays in force for everyone else,
   * through `expires` (moved from `previousExpires` when the same order did).
   */
  liftedAsTo?: string;
  /**
   * Lifted for everyone but these parties (`change: 'lifted'`), as the order names them: the stay
   * stays in force for them only.
   */
  limitedTo?: string[];
  /** Granted for these parties only ("any named Petitioner"): it protects them, not the whole class. */
  forParties?: string[];
  /**
   * The court of appeals' decision of this day on the order that granted, extended or lifted the
   * stay, taking effect with its mandate: the court of appeals' act, never "the judge lifted".
   */
  appealDecided?: string;
}

export interface StayExpiringEvent extends EventBase {
  type: 'stay_expiring';
  what: string | null;
  /** Last day the stay is in force. */
  expires: string;
  /** Days from today until `expires` (7, 2 or 0 for the scheduled reminders). */
  daysLeft: number;
  /** The only people it protects, when granted for named parties alone (not the class). */
  forParties?: string[];
}

export interface InjunctionEvent extends EventBase {
  type: 'injunction';
  injunction: InjunctionType;
  /** `resumed`: in force again, the stay pending appeal that held it having ended with the appeal. */
  /** `expired`: its last day passed and no order extended it (the record's `injunction.expired`). */
  action: InjunctionAction | 'resumed' | 'expired';
  until: string | null;
  /** The hour (`HH:MM`, the court's time) it ends on `until`, when its order gave one ("at 6:30 p.m. on …"). */
  untilTime?: string;
  /** The day it was granted: which injunction, when a case has several. */
  since?: string | null;
  /**
   * What this injunction protects people from, read from the order that granted it; `null` (or
   * absent) when its words do not say: then no message claims it.
   */
  protects?: 'removal' | 'removal_conditions' | 'detention' | null;
  /**
   * What else it protects from, read from the same words: transfers (where out of, or only with
   * notice), holds on an immigration detainer, the end of a status or benefit (named in the order's
   * words). Empty or absent when its words say none of these.
   */
  protections?: OtherProtection[];
  /**
   * Granted by converting an earlier one ("the TRO of March 15, 2017 is converted into a
   * preliminary injunction"): the one it replaces, which ends — one item, both facts.
   */
  replaces?: {
    injunction: InjunctionType;
    since: string | null;
    /**
     * What the relief replaced protected from that this one does not (a TRO that barred removal,
     * replaced by an injunction granted only as to transfers): that protection ends with it, told.
     */
    lost?: { protects?: 'removal' | 'removal_conditions' | 'detention'; protections?: OtherProtection[] };
  };
  /**
   * Granted by the order that ended a stay in its place (the record's `stay.superseded` by the same
   * entry): the stay's words ("removal of class members") — one item, both facts.
   */
  replacesStay?: { what: string | null };
  /**
   * The change is a court of appeals' decision taking effect with its mandate (not the district
   * judge's order): the day the court of appeals decided.
   */
  appealDecided?: string;
  /** `dissolved` by a final judgment against the plaintiffs: interim relief lasts only until final judgment. */
  endedBy?: 'judgment';
  /** `dissolved` or `vacated` from a later day: the first day it no longer applies (in force until then). */
  effective?: string;
  /** `granted` / `extended` with a term that ends sooner with a ruling on these motions ("…, whichever is earlier"). */
  sooner?: RulingTerm;
  /** What the relief acts on, in the order's words: the agency action set aside, what is declared. */
  object?: string;
  /** Whom final relief is granted for, as the order says. */
  beneficiaries?: 'class' | 'plaintiffs';
  /** Relief granted for these parties only (an injunction pending appeal for the named appellants): said in every message about it. */
  forParties?: string[];
  /** `modified` by an order giving only its last day (`until`): the term learned; `was` the one it replaced. */
  term?: { was: string | null };
  /** `modified` by an act on part of its order: the part acted on (`only`) or kept (`except`), in the court's words. */
  part?: { act: PartAct; reach: 'only' | 'except'; words: string };
  /** `denied` of a set-aside: the agency action remanded without vacatur; it stays in effect. */
  withoutVacatur?: true;
  /** The day of the act (the court of appeals' entries have no district entry to date them). */
  on?: string;
  /** An injunction pending appeal the court of appeals itself entered (not the district judge). */
  byAppeals?: true;
  /** `dissolved` of an injunction pending appeal: how the appeal it lasted for ended. */
  appealEnded?: 'decided' | 'dismissed' | 'mandate';
  /**
   * `modified` to protect only these parties, as the order names them ("Abdi Hassan", "the named
   * plaintiffs"): it no longer protects anyone else.
   */
  limitedTo?: string[];
  /**
   * `stayed` pending appeal (or `resumed` when that stay ended): which court stayed it (the district
   * court itself, the court of appeals, the Supreme Court), whether in part, and the order stayed
   * ("order of July 13, 2017 modifying the preliminary injunction of March 29, 2017").
   */
  pendingAppeal?: StayPendingAppeal;
  /**
   * `stayed` in part pending appeal: which of its protections the stay order says it puts on hold
   * (`paused`) and which it says stay in force (`kept`), by the words of that order (`partsStayed`).
   */
  stayedPart?: { paused: Protection[]; kept: Protection[] };
  /**
   * `resumed`: the appeal ended by its dismissal or by the mandate, the petition for certiorari was
   * decided, the court ended its administrative stay or lifted its stay, on `on` (that court's act).
   */
  resumed?: { after: ResumedAfter; on: string | null };
  /** `stayed` by the court for a time: its last day on hold (in force again the day after). */
  heldUntil?: string;
}

/** A ruling changed by a higher court: the mandate issued, or an appellate decision reversed/vacated it. */
export interface AppealRulingEvent extends EventBase {
  type: 'appeal_ruling';
  /**
   * `reversed`, `vacated`, `affirmed`, `remanded`, `mandate_issued`; `partly`: reversed or vacated
   * in part (`how`), the rest left standing ("AFFIRMED IN PART; VACATED IN PART").
   */
  outcome:
    | 'reversed'
    | 'vacated'
    | 'affirmed'
    | 'remanded'
    | 'mandate_issued'
    | 'partly'
    /** The appeal dismissed: it ends, the order appealed from stands (`stayEnded`: a stay pending it ends). */
    | 'dismissed'
    /** The mandate recalled: its decision (of `decided`) no longer takes effect until it issues again. */
    | 'recalled'
    /** A stay pending appeal denied (`by`): the ruling stays in force. */
    | 'stay_denied'
    /** A stay pending appeal (`administrative`: only for now) of the ruling appealed from, which is no tracked injunction. */
    | 'stay_granted'
    /**
     * Rehearing granted (`enBanc`: by the full court) or the panel's opinion withdrawn: its decision
     * (of `decided`) no longer stands; the rulings are as they were (`onHold`: on hold) until the
     * appeal is decided again.
     */
    | 'reheard'
    /**
     * The Supreme Court declined to hear the case (certiorari denied, on `decided`): the court of
     * appeals' decision stands (`stayEnded`: what waited for the petition ended).
     */
    | 'certiorari_denied'
    /** The Supreme Court decided the case after granting certiorari (on `decided`). */
    | 'certiorari_judgment'
    /** A petition for a writ of certiorari filed (on `decided`, `number`): the decision is not final yet. */
    | 'certiorari_filed'
    /** Rehearing denied (`enBanc`): the decision (of `decided`) stands; its mandate is due `mandateDue` unless stayed. */
    | 'rehearing_denied'
    /** The mandate stayed (until `until`; `pendingCertiorari`: while a petition is pending): the decision does not take effect yet. */
    | 'mandate_stayed';
  /** For `rehearing_denied`: the day the mandate is due (FRAP 41(b)). */
  mandateDue?: string;
  /** For `mandate_stayed`: the stay's last day, when it is for a time. */
  until?: string;
  /** For `mandate_stayed`: it lasts while a petition for certiorari is filed and decided. */
  pendingCertiorari?: boolean;
  /** For `certiorari_filed`: the Supreme Court's number; `mandateStayed`: the mandate waits for the petition. */
  number?: string;
  mandateStayed?: boolean;
  /** For `reheard`: rehearing by the full court (en banc); for a decision: decided en banc. */
  enBanc?: boolean;
  /** For `remanded`: the rulings named were not vacated and stay as they were (`onHold`: on hold, else in force). */
  kept?: boolean;
  /** For a decision: the panel's decision of this day, wiped out by rehearing, reinstated. */
  reinstated?: string;
  /**
   * For `stay_granted`: an administrative stay, only while the court decides the motion. For
   * `stay_denied`: only the administrative stay was refused; the motion is still to be decided.
   */
  administrative?: boolean;
  /** For `stay_granted`: only part of the ruling is stayed (`part`: which, in the court's words); the rest stays in force. */
  inPart?: boolean;
  part?: string;
  /** For `stay_denied`: the court's administrative stay of the ruling ended with the denial. */
  administrativeEnded?: boolean;
  stayEnded?: boolean;
  /** A decision waiting for its mandate on rulings stayed pending the appeal: until then they stay on hold, not in force. */
  onHold?: boolean;
  /** Who decided a stay pending appeal: the court of appeals or the Supreme Court. */
  by?: 'appeals' | 'supreme_court';
  /** For `recalled`: the day of the decision the mandate had put in effect. */
  decided?: string;
  /** For `partly`: what was done to the part ("vacated", "reversed"). */
  how?: 'vacated' | 'reversed';
  /** For `partly`: the rest is affirmed in words ("AFFIRMED IN PART"). */
  affirmedInPart?: boolean;
  /** The case goes back to the district court on the part changed ("REMANDED WITH INSTRUCTIONS"). */
  remanded?: boolean;
  /** The decision's own words, lower case ("affirmed in part, vacated in part, remanded with instructions"). */
  disposition?: string;
  /** The appellate court id (`ca6`). */
  court: string | null;
  /** What ruling, in words ("the preliminary injunction of July 24, 2017"). */
  ruling: string | null;
  /**
   * For `mandate_issued`: the day the mandate issued and its entry as its docket labels it
   * ("CA6 Doc. 111"), when the event names no entry of the case it is told on.
   */
  issued?: { date: string; label: string | null };
  /** The rulings it acts on, one by one ("preliminary injunction of July 24, 2017"), to say them in any language. */
  rulings?: string[];
  /**
   * The decision changes the ruling but takes effect only when the mandate issues (FRAP 41(c)):
   * until then the ruling stays in force.
   */
  pending?: boolean;
}

/**
 * What an order does to the people a case is about, beyond stays and injunctions: the class (or a
 * subclass) decertified, a party found in contempt of the court's order, the contempt purged.
 */
export interface CourtActEvent extends EventBase {
  type: 'court_act';
  /** `transferred_out`, `transferred_in`: the case sent to (or received from) another district court. */
  act:
    | 'certified'
    | 'judgment'
    | 'decertified'
    | 'contempt_found'
    | 'contempt_purged'
    | 'transferred_out'
    | 'transferred_in';
  /** `certified`: the class definition in the order's words, when it gives one. */
  definition?: string;
  /** `certified`: provisionally (conditionally) certified. */
  provisional?: true;
  /** `judgment` for the plaintiffs whose relief the docket text does not say: read the judgment. */
  reliefUnread?: true;
  /** `transferred_*`: the other court ("the District of Colorado"), and the case's number there when given. */
  court?: string;
  docketNumber?: string | null;
  /** `decertified`: the subclass as the order names it ("Subclass B"); `null`: the whole class. */
  subclass?: string | null;
  /** `decertified`: relief the same order kept for the named parties only (the ruling by name and day, and who). */
  limited?: { ruling: string; parties: string[] }[];
  /** `contempt_*`: the party, as the order names it ("Defendants"). */
  party?: string | null;
  nature?: 'civil' | 'criminal' | null;
}

/**
 * `vacated`: the court set the deadline aside; `mooted`: nothing is left for it to answer (the
 * motion it responded to was decided or withdrawn, the case between those parties ended).
 */
/** `relieved`: the court released the party from the duty (not a date cancelled, nor met by a filing). */
export type DeadlineEventChange = 'set' | 'moved' | 'vacated' | 'relieved' | 'mooted';

export interface DeadlineEvent extends EventBase {
  type: 'deadline';
  change: DeadlineEventChange;
  /** What is due ("response to the motion to dismiss [47]"). */
  what: string;
  party: string | null;
  dueDate: string | null;
  dueTime: string | null;
  previousDue: string | null;
  /** The deadline record it is about: a reader's messages about one deadline are told as one story (`src/notify/told.ts`). */
  record?: string;
  /**
   * This is the reader's first message about the deadline (none told them it was set): it says what
   * the deadline is now ("Deadline: … due March 3 (moved from February 20)"), never "moved".
   */
  first?: true;
  /**
   * False when no judge set it: a local rule's default, the clerk's computation, a stipulation not
   * yet approved. Those reach the legal team, not advocates. Absent means set by the court.
   */
  setByCourt?: boolean;
  /** Set by the court's order where the clerk's system (CM/ECF) had computed this other day. */
  clerkComputed?: string;
  /** Undated until an event the order names: the order's condition, in its words ("14 days after …"). */
  condition?: string;
  /**
   * An order ended a deadline docketwatch was not tracking (no record matched): the words it named
   * (`what` is the same). Told to the legal team only, as such; never "a deadline" to advocates.
   */
  untracked?: true;
  /** Ended because the order that set it was taken back: the reason the message gives. */
  withdrawn?: WithdrawnOrder;
  /** A duty of an appeal (its docket set it): the appeal's number, told with its name. */
  appeal?: string;
  /** `moved`: the order put the recurring duty on a new schedule — how often it comes now, and came. */
  schedule?: ScheduleChange /** An act the order commands (a release, a posting), not a paper to file: told as the court's order. */;
  act?: true;
}

/** A filing that a deadline expected and that has not appeared on the docket. */
export interface FilingMissingEvent extends EventBase {
  type: 'filing_missing';
  what: string;
  party: string | null;
  dueDate: string;
  /** A duty of an appeal (its docket set it): the appeal's number, told with its name. */
  appeal?: string;
}

export type HearingEventChange = 'set' | 'moved' | 'cancelled';

export interface HearingEvent extends EventBase {
  type: 'hearing';
  change: HearingEventChange;
  /** `motion_hearing`, `status_conference`, `oral_argument`, … */
  hearing: string;
  date: string | null;
  time: string | null;
  previousDate: string | null;
  /** Where and how it is held, when its order says (a link to join only noted, never copied). */
  where?: HearingWhere;
  /** Cancelled because the order that set it was taken back: the reason the message gives. */
  withdrawn?: WithdrawnOrder;
}

/** Source health, for maintainers. */
export interface SourceEvent extends EventBase {
  type: 'source_down' | 'layout_changed';
  /** Which source ("mied docket report", "ca6 RSS"). */
  source: string;
  /** Since when (ISO-8601 instant) it has failed. */
  since: string | null;
  /** What was seen (an HTTP status, the missing table); never contains credentials. */
  detail: string | null;
}

export type NotifyEvent =
  | EntryAddedEvent
  | EntryUpdatedEvent
  | StayEvent
  | StayExpiringEvent
  | InjunctionEvent
  | AppealRulingEvent
  | CourtActEvent
  | DeadlineEvent
  | FilingMissingEvent
  | HearingEvent
  | SourceEvent;

export type NotifyEventType = NotifyEvent['type'];
export const EVENT_TYPES: readonly NotifyEventType[] = [
  'entry_added',
  'entry_updated',
  'stay',
  'stay_expiring',
  'injunction',
  'appeal_ruling',
  'court_act',
  'deadline',
  'filing_missing',
  'hearing',
  'source_down',
  'layout_changed',
];

/** Something in force now: a stay or an injunction. */
export interface InForce {
  kind: 'stay' | 'injunction';
  /** In words: "Stay of removal of class members", "Preliminary injunction". */
  description: string;
  since: string | null;
  /** Last day in force, when dated. */
  expires: string | null;
  /** The hour (`HH:MM`, the court's time) it ends on `expires`, when its order gave one; absent: the day's end. */
  expiresTime?: string;
  /** The condition when it has no date ("further order of the Court"). */
  until: string | null;
  entry: EntryRef | null;
  /** A court of appeals vacated it (in part) on `decided`; in force until its mandate issues. */
  onAppeal?: { action: 'vacated' | 'modified'; decided: string };
  /**
   * The orders that changed it and left it in force (modified, narrowed, dissolved in part), oldest
   * first: a district order (`number`) on `date`, or a court of appeals' decision of `decided` in
   * effect since `date`.
   */
  modified?: {
    date: string;
    number: number | null;
    decided: string | null;
    /** The part of the order it acted on (or kept), in the court's words, and the act. */
    part?: { act: PartAct; reach: 'only' | 'except'; words: string };
  }[];
  /** Stayed in part pending appeal on `since` (by the district court or a higher court): the part stayed is on hold. */
  stayedInPart?: {
    since: string;
    by: 'district' | 'appeals' | 'supreme_court';
    administrative?: true;
    /** The part stayed, in the court's words. */
    part?: string;
  };
  /** The court of appeals' decision of `decided` on it was vacated when it granted rehearing on `granted`: it no longer stands. */
  reheard?: { decided: string | null; granted: string; enBanc: boolean };
  /** It ends sooner with a ruling on these motions ("…, whichever is earlier"). */
  sooner?: RulingTerm;
  /** In force for these parties only (as the order names them), since the order of `since` (`number`). */
  limitedTo?: { parties: string[]; since: string; number: number | null; fromGrant?: true };
}

/** An order on hold, not in force: an injunction stayed (pending appeal, or otherwise). */
export interface OnHold {
  kind: 'injunction';
  /** "Preliminary injunction". */
  description: string;
  /** The day it was granted (which one, when a case has several). */
  since: string;
  /** The day it was stayed. */
  heldSince: string;
  /** Stayed by the court for a time: its last day on hold (in force again the day after). */
  heldUntil?: string;
  /** Stayed until the appeal is decided, by which court; `null` when stayed otherwise. */
  pendingAppeal: HeldPendingAppeal | null;
  /** Decided on appeal while on hold (vacated, or in part), effective when the mandate issues. */
  onAppeal?: OnAppealDecision;
  reheard?: Reheard;
}

export interface UpcomingDeadline {
  what: string;
  /** Due, but this part of it is on hold pending appeal, in the court's words ("paragraph 4, to the extent it requires …"). */
  partOnHold?: string;
  party: string | null;
  dueDate: string;
  dueTime: string | null;
  entry: EntryRef | null;
}

export interface UpcomingHearing {
  hearing: string;
  date: string;
  time: string | null;
  entry: EntryRef | null;
  /** Where and how it is held, when its order says. */
  where?: HearingWhere;
}

/** Where the case stands: the top of every digest. */
export interface Posture {
  inForce: InForce[];
  /** What is on hold, not in force (absent: nothing). */
  onHold?: OnHold[];
  /** The next deadlines, soonest first (the renderer counts the days left from the digest's date). */
  nextDeadlines: UpcomingDeadline[];
  nextHearings: UpcomingHearing[];
}

/** What a subscriber chose to see, beyond the audience. */
export interface NotifyFilters {
  /** Only these event types (empty or absent: all that the audience gets). */
  kinds?: NotifyEventType[];
  /** Entries must mention one of these words (case-insensitive); empty or absent: no constraint. */
  include?: string[];
  /** Entries mentioning any of these words are left out ("pro hac vice", "appearance"). */
  mute?: string[];
}

export interface Recipient {
  email: string;
  /** The subscription's id: the subject of its unsubscribe token and part of every idempotency key. */
  subscriptionId: string;
  audience: Audience;
  filters: NotifyFilters;
  /** The language advocates' messages are written in (default English); other audiences read English. */
  language?: Language;
  /**
   * The title of the case the subscription follows, when the message is headed by another docket
   * (its appeal): the footer says which case they follow, not the appeal's caption.
   */
  follows?: string;
}
