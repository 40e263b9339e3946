/** The tracker's records, its events and views, and the state it keeps. */
import { DocketwatchError } from '../../errors.ts';
import type { HearingWhere, PartAct, PartOfOrder, RulingTerm } from '../../model/events.ts';
import type { CalendarOptions } from '../calendar.ts';
import type { DeadlineBasis, InjunctionType, Period, Recurrence } from '../types.ts';

export type { RulingTerm };

export type ReviewStatus = 'proposed' | 'confirmed' | 'dismissed';
/** `relieved`: the court released the party from the duty — not a date cancelled, nor met by a filing. */
export type DeadlineState = 'open' | 'satisfied' | 'vacated' | 'relieved' | 'mooted' | 'barred' | 'suspended';
export type TimeStatus = 'upcoming' | 'due' | 'passed' | 'undated';

/** Where a record came from: the entry and the words that set it. */
export interface Provenance {
  entry: string;
  dateFiled: string;
  words: string;
  /** Why the finding was read that way: the reading rule and its confidence (`FindingWhy`), when a finding set it. */
  why?: { rule: string; confidence: number };
}

export interface AuditRecord {
  action: 'confirmed' | 'dismissed' | 'added';
  who: string;
  at: string;
}

export interface DeadlineChangeRecord {
  change: string;
  entry: string | null;
  date: string;
  due: string | null;
  previousDue: string | null;
}

export interface Occurrence {
  index: number;
  /** The date on the schedule, before rolling. */
  nominal: string;
  due: string;
  dueInstant: string;
  /**
   * `passed`: the day went by for an obligation met off the docket, where no filing is expected.
   * `excused`: the court excused that one report ("the report otherwise due June 1 is excused"), or
   * it fell due while the paragraph that sets the duty was stayed or the court had suspended it —
   * never due, never missing.
   */
  state: 'open' | 'satisfied' | 'missing' | 'passed' | 'excused';
  satisfiedBy?: Provenance;
  late?: boolean;
}

/** An appeal's brief by whose it is: the appellant's (opening), the appellee's (response, answering), the reply. */
export type AppealBrief = 'opening' | 'response' | 'reply';

export interface TrackedDeadline {
  id: string;
  what: string;
  party: string | null;
  basis: DeadlineBasis | 'manual';
  /** False while it is only proposed by the parties, a local-rule default, or a clerk's computation. */
  ordered: boolean;
  due: string | null;
  dueTime: string | null;
  dueInstant: string | null;
  state: DeadlineState;
  review: ReviewStatus;
  setBy: Provenance;
  /** Later entries that repeated it (a clerk's "Set Deadlines" entry). */
  repeatedBy: Provenance[];
  history: DeadlineChangeRecord[];
  audit: AuditRecord[];
  warnings: string[];
  recurrence: (Recurrence & { occurrences: Occurrence[] }) | null;
  satisfiedBy: Provenance | null;
  /** False when it is met between the parties (a report to class counsel): no filing is expected. */
  docketed: boolean;
  /**
   * When it is counted from a hearing ("7 days before the hearing"): the tracked hearing and the
   * period, so a reset of the hearing moves it and a cancellation is flagged.
   */
  countedFrom?: { hearing: string; period: Period };
  /**
   * The one party it binds, when the order names it ("for Zoho Corporation to 2/12/2016", "Workfront's
   * deadline to file …"), as `obligedParty` reads it ("zoho"): an order for another party is not
   * about this deadline.
   */
  obligedParty?: string;
  /**
   * The judge's own order that gave its date (the entry): a clerk's later entry with another date
   * moves nothing unless it records an order of the court.
   */
  dateByOrder?: string;
  /**
   * Counted from an act that has not happened yet: a court of appeals' ("within 14 days after the
   * court of appeals issues its mandate"), the filing of an appeal's brief ("Reply brief due 21
   * days after service of appellee brief", on the docket that set it), or of the response to a
   * motion (the movant's reply): undated until that act is on a docket, then dated from its day.
   */
  waitsFor?:
    | {
        act: 'decision' | 'mandate';
        period: Period;
        /** "… its mandate in any appeal of this Order": only an appeal from this order (the entry) dates it. */
        ofOrder?: string;
      }
    | { act: 'brief'; brief: AppealBrief; period: Period }
    /** A movant's reply counted from the other side's paper on motion `motion` ("within seven days after the response is served"). */
    | { act: 'response'; motion: number; period: Period }
    /**
     * "… of service of this Order" (an order a party must serve), "… after the notice is mailed": an
     * act of the order `order`, dated by its certificate (of service, mailing, compliance).
     */
    | { act: 'service' | 'mailing'; order: string; period: Period };
  /** The day CM/ECF had computed for it before a judge's order gave its own (`dateByOrder`), which governs. */
  clerkComputed?: string;
  /** The numbered paragraph of the order that set it ("6"), when the order numbers them. */
  paragraph?: string;
  /**
   * Its paragraph of the order stayed pending appeal by the court of appeals (or the Supreme Court)
   * on `since` (`suspended` meanwhile): it is due again when that appeal ends — dismissed, or its
   * mandate issued — unless the decision took the order away.
   */
  heldPendingAppeal?: { since: string; entry: string; notice: string | null; part: string } | null;
  /**
   * Its paragraph of the order stayed pending appeal only in part ("Paragraph 4 … is stayed pending
   * appeal to the extent it requires reinstatement of benefits retroactive to the date of
   * termination; reinstatement going forward shall proceed"): still due, that part on hold (`part`,
   * in the court's words) until the appeal ends.
   */
  partlyHeld?: { since: string; entry: string; notice: string | null; part: string } | null;
}

export type StayState = 'in_force' | 'expired' | 'lifted' | 'superseded';

export interface TrackedStay {
  id: string;
  what: string | null;
  state: StayState;
  since: string;
  /** Last day in force, when dated. */
  expires: string | null;
  /** `further_order` or another condition in words. */
  until: string | null;
  grantedBy: Provenance;
  history: {
    action: string;
    entry: string;
    date: string;
    expires: string | null;
    previousExpires: string | null;
    what: string | null;
    /** A court of appeals' decision that took effect with its mandate on this day. */
    byMandate?: boolean;
    /**
     * Ended by no order lifting it (the ruling or relief it lasted until, a dismissal, the
     * appeal's end): the entry of that day is no order about the stay an appeal can be from.
     */
    ended?: boolean;
  }[];
  supersededBy: string | null;
  /**
   * Parties the stay was lifted as to, while it stays in force for everyone else ("The stay is
   * LIFTED as to Defendant X only"), as the order names them.
   */
  liftedAsTo?: string[];
  /**
   * Kept in force for these parties only, lifted for everyone else ("LIFTED except as to the named
   * petitioners", "remains in effect only as to Petitioner X"), by the order `entry` of `since`.
   */
  limitedTo?: LimitedTo | null;
  /**
   * A court of appeals' decision on an order that granted, extended or lifted it, waiting for the
   * mandate (FRAP 41(c)): until the mandate issues the stay is as it was.
   */
  onAppeal?: StayOnAppeal | null;
  /** The decision that took effect with the mandate, and what the stay was before: a recall undoes it. */
  mandated?: (StayOnAppeal & { mandate: string; was: { state: StayState; expires: string | null } }) | null;
  /** The court of appeals' decision on it was vacated by rehearing: it no longer stands, the appeal is decided again. */
  reheard?: Reheard | null;
  /**
   * Its term waits for a ruling on these motions ("Pending resolution of the [3] Emergency Motion",
   * "Until the Court rules on … (ECF No. 13)"): that ruling ends it, unless it keeps it (tracker/interim.ts).
   */
  endsWithRuling?: RulingTerm | null;
  /**
   * Kept by a ruling as long as the relief it granted (the injunction's id: "SHALL REMAIN in effect
   * until this Temporary Restraining Order expires"): extended and ended with it.
   */
  tiedTo?: string | null;
}

/**
 * Rehearing granted (en banc, or by the panel) on `granted` by the entry `entry`: the court of
 * appeals' decision of `decided` (when one was read) no longer stands; the appeal is decided
 * again, and its later decision is the one the mandate carries.
 */
export interface Reheard {
  decided: string | null;
  granted: string;
  enBanc: boolean;
  entry: string;
  /** What that decision did (its outcome and words), should the court reinstate it. */
  was?: { outcome: 'affirmed' | 'reversed' | 'vacated' | 'remanded'; inPart: boolean; disposition: string };
}

/**
 * A decision on appeal about a stay: `vacated` undoes the order appealed from (a grant ends the
 * stay, a lifting puts it back), `modified` changes it (in part, or an extension thrown out).
 */
export interface StayOnAppeal extends OnAppeal {
  /** What the order appealed from did to the stay. */
  order: 'granted' | 'extended' | 'lifted';
  /** That order's entry. */
  orderEntry: string;
  /** The stay's last day before that order extended it (an extension thrown out puts it back). */
  expiresBefore: string | null;
  /** Only part of the order is thrown out: the rest stands. */
  inPart: boolean;
}

export type InjunctionState = 'in_force' | 'vacated' | 'dissolved' | 'converted' | 'stayed' | 'expired';

export interface TrackedInjunction {
  id: string;
  type: InjunctionType;
  state: InjunctionState;
  since: string;
  until: string | null;
  grantedBy: Provenance;
  history: {
    action: string;
    entry: string;
    date: string;
    until: string | null;
    byMandate?: boolean;
    /** `extended`: the numbered paragraph of the order that extends it ("5. The term … is EXTENDED"), and the last day before. */
    paragraph?: string;
    before?: string | null;
    /** `modified` by an act on part of its order: the part, and what was done to it (extract/partial.ts). */
    part?: PartOfOrder & { act: PartAct };
  }[];
  /**
   * A court of appeals' decision on it that waits for the mandate (FRAP 41(c)): until the mandate
   * issues it stays in force; `vacated` ends it then, `modified` (vacated or reversed in part) keeps
   * the rest in force.
   */
  onAppeal?: OnAppeal | null;
  /** The decision that took effect with the mandate (and the mandate's entry): a recall undoes it. */
  mandated?: (OnAppeal & { mandate: string }) | null;
  /**
   * Stayed pending appeal (by the court of appeals, the Supreme Court, or the district court): in
   * whole (`state` is `stayed`) or in part (it stays in force). It ends when the appeal it waits
   * for ends — its mandate issues or it is dismissed — or an order lifts it.
   */
  stayedPendingAppeal?: StayPendingAppeal | null;
  /**
   * Ended by an order from a later day ("DISSOLVED, effective January 15, 2026"): in force until the
   * day before `effective` (its `until`), then `action`; what its order required falls with it then.
   */
  endsOn?: { effective: string; action: 'dissolved' | 'vacated'; entry: string } | null;
  /** The court of appeals' decision on it was vacated by rehearing: it no longer stands, the appeal is decided again. */
  reheard?: Reheard | null;
  /**
   * Its term ends sooner with a ruling on a motion ("or until the Court rules on the [9] Motion …,
   * whichever is earlier"): that ruling ends it (tracker/injunctions.ts `endAtRuling`).
   */
  endsWithRuling?: RulingTerm | null;
  /**
   * Kept in force for these parties only, ended for everyone else ("DISSOLVED as to all persons
   * other than Petitioner X", "remains in effect as to Plaintiff Y only"), by the order `entry` of `since`.
   */
  limitedTo?: LimitedTo | null;
  /**
   * Stayed by the court itself for a time, not pending an appeal ("This injunction is STAYED for
   * fourteen (14) days from entry of this Order to permit Defendant to seek a stay"): on hold from
   * `since` through `until`, in force again the day after (tracker/clock.ts), by the order `entry`.
   */
  paused?: { since: string; until: string; entry: string } | null;
  /** What the relief acts on, in the order's words ("the Termination Notice"): set aside, declared. */
  object?: string | null;
  /** Whom the order grants it for: the class, or the plaintiffs (named parties only: `limitedTo`). */
  beneficiaries?: 'class' | 'plaintiffs' | null;
  /** Final relief the final judgment entered again (its own entry and day): the judgment's appeal is from it too. */
  judgment?: { entry: string; dateFiled: string } | null;
  /** An injunction the court of appeals entered pending the appeal `appeal` (its docket id): it ends with that appeal. */
  pendingAppealOf?: string | null;
  /** The numbered paragraph of the order that granted it ("3. Defendants are PERMANENTLY ENJOINED …" → "3"). */
  paragraph?: string;
  /**
   * The hour (`HH:MM`, the court's time) an order gave for its last day `day` ("shall expire at 6:30
   * p.m. on February 5, 2026"): it ends then, not at the day's end — while `until` is still that day.
   */
  endsAt?: { day: string; time: string } | null;
}

/** Relief kept for the named parties only: who (as the order names them), since when, by which order. */
export interface LimitedTo {
  parties: string[];
  since: string;
  entry: string;
  /** Granted for them alone (an injunction pending appeal for the named appellants), not narrowed later. */
  fromGrant?: true;
}

export interface StayPendingAppeal {
  since: string;
  entry: string;
  inPart: boolean;
  by: 'appeals' | 'supreme_court' | 'district';
  /** The notice of appeal (its entry id) whose appeal it waits for, when known. */
  notice: string | null;
  /**
   * It waits also for a petition for a writ of certiorari (the Supreme Court's "pending the
   * disposition of a petition for a writ of certiorari"): the court of appeals' mandate does not
   * end it; the petition denied, or the Supreme Court's judgment, does.
   */
  certiorari?: boolean;
  /**
   * An administrative stay: the court paused the order only while it decides the motion for a stay
   * pending appeal; its decision (or its words ending it) ends it.
   */
  administrative?: boolean;
  /** In part: the part stayed, in the court's words ("paragraphs 4 and 5"). */
  part?: string;
  /**
   * The order's extension of the relief is what is stayed: its term is the one before (`before`)
   * while the stay lasts; `until`, the extension's, comes back only if the appeal leaves it standing.
   */
  held?: { until: string | null; before: string | null };
}

/**
 * One change that left an injunction in force, as the in-force line names it: the district order
 * (`entry`, its number when it has one) on `date`, or a court of appeals' decision of `decided`
 * that took effect with its mandate on `date` (and the district order carrying it out, if any).
 */
export interface Modification {
  date: string;
  entry: string;
  /** The docket number of the district order that made (or carried out) the change. */
  number: number | null;
  /** The court of appeals' decision that made it, when it took effect with a mandate. */
  decided: string | null;
  /** The part of the order the change acted on (or kept), in the court's words, and the act. */
  part?: PartOfOrder & { act: PartAct };
}

export interface OnAppeal {
  action: 'vacated' | 'modified';
  /** The day the court of appeals decided. */
  decided: string;
  /** The entry (appeals docket or district copy) that reported it. */
  entry: string;
  /** "vacated", "affirmed in part, vacated in part, remanded with instructions". */
  disposition: string;
  /** The numbered paragraphs of the order it reversed or vacated, when its words name them ("Paragraphs 4 and 5 are REVERSED"). */
  parts?: string[];
  /** The part it reversed or vacated (or left standing), in the court's words ("as to paragraph 3", "the portion requiring …"). */
  part?: PartOfOrder;
}

export interface TrackedHearing {
  id: string;
  type: string;
  date: string | null;
  time: string | null;
  re: number[];
  /** `re` are the motions of the entry that set it; the hearing's own words named none. */
  reFromEntry?: boolean;
  state: 'scheduled' | 'held' | 'cancelled';
  setBy: Provenance;
  history: { change: string; entry: string; date: string | null; time: string | null }[];
  /** Where and how it is held, as the last order setting or moving it said (`HearingFinding.where`). */
  where?: HearingWhere;
}

export interface TrackerEvent {
  /** `deadline.set`, `deadline.extended`, `stay.granted`, `hearing.set`, … */
  type: string;
  /** The entry it came from; `null` for changes that come from the passing of time. */
  entry: string | null;
  /** The day it happened: the entry's filing date, or the day the replay reached. */
  date: string;
  /** The record it changed. */
  subject: string | null;
  message: string;
  data?: Record<string, unknown>;
}

/** The event an entry (`at`) makes about one record (`subject`), with `data` when there is some. */
export function entryEvent(
  at: Provenance,
  type: string,
  subject: { id: string } | null,
  message: string,
  data?: Record<string, unknown>,
): TrackerEvent {
  return {
    type,
    entry: at.entry,
    date: at.dateFiled,
    subject: subject?.id ?? null,
    message,
    ...(data ? { data } : {}),
  };
}

export interface DeadlineView {
  id: string;
  what: string;
  party: string | null;
  due: string | null;
  dueTime: string | null;
  daysLeft: number | null;
  status: TimeStatus;
  review: ReviewStatus;
  ordered: boolean;
  occurrence?: number;
  /** Present (false) when the obligation is met off the docket. */
  docketed?: false;
  /** Due, but a part of it is on hold pending appeal (`TrackedDeadline.partlyHeld`): that part, in the court's words. */
  partOnHold?: string;
  /** Why it was read that way: the reading rule, the words it rests on, its confidence (absent for one added by hand). */
  why?: { rule: string; words: string; confidence: number };
}

export interface Posture {
  asOf: string;
  inForce: {
    kind: 'stay' | 'injunction';
    id: string;
    what: string | null;
    since: string;
    until: string | null;
    /** The hour (`HH:MM`, the court's time) an injunction's last day `until` ends, when its order gave one. */
    untilTime?: string;
    summary: string;
    /** Decided on appeal, waiting for the mandate (an injunction, or the order that granted or extended a stay). */
    onAppeal?: OnAppeal;
    /** The orders that changed it and left it in force (modified, narrowed, dissolved in part), oldest first. */
    modified?: Modification[];
    /** Stayed in part pending appeal: in force, with the part stayed on hold until the appeal ends. */
    stayedInPart?: {
      since: string;
      entry: string;
      by: StayPendingAppeal['by'];
      administrative?: true;
      part?: string;
    };
    /** The court of appeals' decision on it was vacated by rehearing: it no longer stands. */
    reheard?: Omit<Reheard, 'entry'>;
    /** In force for these parties only, for no one else, since the order `entry` of `since`. */
    limitedTo?: LimitedTo;
    /** It ends sooner with a ruling on these motions ("…, whichever is earlier"). */
    sooner?: RulingTerm;
  }[];
  /**
   * Orders on hold: an injunction stayed (pending appeal, by the district court or a higher court,
   * or otherwise) is not in force; `heldSince` is the day it was stayed, `entry` the entry that did.
   */
  onHold: {
    kind: 'injunction';
    id: string;
    what: string;
    /** The day it was granted. */
    since: string;
    heldSince: string;
    /** Stayed for a time (`paused`): its last day on hold; in force again the day after. */
    heldUntil?: string;
    entry: string;
    /** Until the appeal ends, and which court stayed it; `null` when stayed otherwise. */
    pendingAppeal: { by: StayPendingAppeal['by']; certiorari?: true; administrative?: true } | null;
    /** Decided on appeal while on hold: the decision waits for the mandate. */
    onAppeal?: OnAppeal;
    /** The court of appeals' decision on it was vacated by rehearing: it no longer stands. */
    reheard?: Omit<Reheard, 'entry'>;
    summary: string;
  }[];
  next: DeadlineView[];
  missing: { id: string; what: string; due: string; occurrence?: number }[];
  hearings: { id: string; type: string; date: string | null; time: string | null; where?: HearingWhere }[];
  /** Transferred to (or from) another court by then: orders entered here stay in force until the transferee court acts. */
  transferred?: TransferTaken;
}

export interface TrackerOptions {
  /** CM/ECF court id (time zone, holidays). Default `mied`. */
  court?: string;
  /** Calendar options for every computation (see docs/deadlines.md). */
  calendar?: CalendarOptions;
  /** The clock for audit records; tests pass a fixed one. */
  now?: () => Date;
}

/** Confirming or dismissing a record that does not exist. */
export class UnknownRecordError extends DocketwatchError {
  constructor(id: string) {
    super('ENORECORD', `no tracked deadline with id "${id}"`);
  }
}

/**
 * A notice of appeal on the docket: the orders it appeals from (the entries it names), and the
 * appeal (a linked appeals case) it became — bound when that appeal's decision is read.
 */
export interface AppealTaken {
  entry: string;
  dateFiled: string;
  /** The entry ids of the orders appealed from ("NOTICE OF APPEAL … as to [345] Order"). */
  from: string[];
  /** The appeals case it became (the id in its entries' keys, `appeal:<id>:…`), once known. */
  appeal: string | null;
  /** The day the appeal was dismissed: it ended. */
  ended?: string;
  /**
   * The order appealed from — no tracked injunction — paused by the court of appeals (or the
   * Supreme Court) on `since`: pending the appeal, or only while it decides the motion (`administrative`).
   */
  paused?: { since: string; administrative: boolean; by: 'appeals' | 'supreme_court' } | null;
  /** The Supreme Court denied the petition for certiorari (or gave its judgment after granting it) on `decided`. */
  certiorari?: { outcome: 'denied' | 'judgment'; decided: string };
  /** The court of appeals' last decision of the appeal (its opinion or judgment), on its own docket. */
  decided?: string;
  /** Rehearing denied on `on`: the mandate is due `mandateDue` (FRAP 41(b)) unless the court stays it. */
  rehearingDenied?: { on: string; mandateDue: string };
  /** The mandate stayed on `since` (FRAP 41(d)): until `until`, or (`certiorari`) until the Supreme Court disposes of a petition. */
  mandateStayed?: { since: string; until: string | null; certiorari: boolean };
  /** A petition for a writ of certiorari filed on `on` (the Supreme Court's number when given). */
  certiorariFiled?: { on: string; number: string | null };
}

/** Everything the tracker knows about a case: plain data (its records, the day reached, the id counter). */
export interface TrackerState {
  deadlines: Map<string, TrackedDeadline>;
  stays: Map<string, TrackedStay>;
  injunctions: Map<string, TrackedInjunction>;
  hearings: Map<string, TrackedHearing>;
  /** The notices of appeal, in docket order. */
  appeals: AppealTaken[];
  /** The first day each linked appeal's docket has an entry (appeal id → day). */
  appealDocketed: Map<string, string>;
  /** The day the replay has reached. */
  asOf: string | null;
  /** The last number given to a record's id. */
  seq: number;
  /** The agency actions told as remanded without vacatur (their words, without articles): told once each. */
  remandedWithoutVacatur?: string[];
  /** The case transferred to another court (or from one): by the entry `entry` of `date`. */
  transfer?: TransferTaken;
}

/** A transfer of the case to (`out`) or from (`in`) another district court. */
export interface TransferTaken {
  direction: 'out' | 'in';
  court: string;
  docketNumber: string | null;
  date: string;
  entry: string;
}

/** A tracker state with no records yet. */
export function newTrackerState(): TrackerState {
  return {
    deadlines: new Map(),
    stays: new Map(),
    injunctions: new Map(),
    hearings: new Map(),
    appeals: [],
    appealDocketed: new Map(),
    asOf: null,
    seq: 0,
  };
}

/** The state with what every rule needs beside it: the court's calendar and the clock for audits. */
export interface TrackerCore {
  readonly calendar: CalendarOptions;
  readonly now: () => Date;
  state: TrackerState;
  /** Ids of the records changed since this tracker was made or resumed (`touch`, tracker/lookup.ts). */
  readonly touched: Set<string>;
}
