import type { EntryReview } from '../../../db/entry-reviews.ts';
import type { DeadlineDecisionRow } from '../../../db/schema.ts';
import { findCourt } from '../../courts.ts';
import { type AppellateAct, decisionCopyTitle, readAppealsDocket, readDistrictCopy } from '../appellate.ts';
import { analyzeNext, entryKey, newSequenceReading, type SequenceReading } from '../extract/index.ts';
import { endTime } from '../tracker/injunctions.ts';
import { seqOf } from '../tracker/lookup.ts';
import { newTrackerState, Tracker, type TrackerEvent, type TrackerState } from '../tracker.ts';
import {
  type CaseRef,
  comparePositions,
  DATE,
  type DeadlineRecord,
  type EntryInput,
  type EntryPosition,
  hash,
  type Inputs,
  WORDS_MAX,
} from './model.ts';

/**
 * A court of appeals' orders that act once, whichever docket reports them first (a stay pending
 * appeal, rehearing granted, the panel's decision reinstated): the other docket's copy is not
 * applied again.
 */
const ORDER_ACTS: ReadonlySet<AppellateAct['act']> = new Set(['stay', 'rehearing', 'reinstated']);

/** Deadlines a court of appeals' entry sets in its own words (not a district local rule's default, nor a proposal). */
const IN_WORDS: ReadonlySet<string> = new Set([
  'fixed_date_in_text',
  'period_in_text',
  'recurring_period_in_text',
  'clerk_computed_in_text',
  'event_triggered',
]);

/** Entries that move the case to or back from the court of appeals: not deadlines, but the posture changes. */
export const APPEAL_EVENTS: Partial<Record<string, { type: string; words: string }>> = {
  notice_of_appeal: { type: 'appeal.noticed', words: 'Notice of appeal filed' },
  mandate: { type: 'appeal.mandate', words: 'Mandate of the court of appeals issued' },
};
/** `appeal.mandate` for the appeal's own mandate entry `id`. */
function mandateEvent(id: string, date: string): TrackerEvent {
  return {
    type: 'appeal.mandate',
    entry: id,
    date,
    subject: null,
    message: APPEAL_EVENTS.mandate!.words,
    data: { relatedEntries: [] },
  };
}

/**
 * The other docket's entry of a decision or mandate already read (the district clerk's copy, or the
 * appeal's own entry after the copy): the same act, told to nobody — readers leave its entry out.
 */
function copyEvent(id: string, date: string, original: AppellateReport): TrackerEvent {
  return {
    type: 'appeal.copied',
    entry: id,
    date,
    subject: null,
    message: `Copy of the ${original.outcome?.startsWith('supreme_court') ? "Supreme Court's" : "court of appeals'"} ${original.act === 'stay' ? 'order on a stay pending appeal' : original.act === 'rehearing' ? 'order granting rehearing' : original.act === 'reinstated' ? "order reinstating the panel's decision" : original.act} of ${original.day}`,
    data: { relatedEntries: [], act: original.act, copyOf: original.entry },
  };
}

/** What a court of appeals' opinion, memorandum disposition or judgment decides, in its docket words. */
const APPELLATE_DISPOSITION =
  /\b(?:OPINION|MEMORANDUM(?:\s+DISPOSITION)?|JUDGMENT|Opinion|Memorandum|Judgment)\b[^;]{0,200}?\b((?:AFFIRMED|REVERSED|VACATED|REMANDED)(?:\s+IN\s+PART)?(?:[;,]?\s+(?:AND\s+)?(?:AFFIRMED|REVERSED|VACATED|REMANDED)(?:\s+IN\s+PART)?(?:\s+WITH\s+INSTRUCTIONS)?)*)\b/;

/** "AFFIRMED IN PART; VACATED IN PART; REMANDED": the decision of an appeal, or `null`. */
function appellateDisposition(court: string, text: string): string | null {
  if (!/^ca\d*$|^cadc$|^cafc$/.test(court)) return null;
  const m = APPELLATE_DISPOSITION.exec(text);
  return m ? m[1]!.toLowerCase().replace(/\s*;\s*|\s+and\s+/g, ', ') : null;
}

/**
 * Everything a derivation carries from one entry to the next: the extractor's reading so far, the
 * tracker's records, the stable ids given to them, the people's decisions applied, and where in
 * docket order it stands. Plain data (structured-cloneable): a checkpoint keeps it.
 */
export interface DerivationState {
  tracker: TrackerState;
  reading: SequenceReading;
  /** Tracker id → stable id. */
  ids: Map<string, string>;
  taken: Set<string>;
  /** The clock of audit records (the time of the last decision applied), in ms. */
  clock: number;
  /** Manual deadlines (`add` decisions, in id order) applied. */
  manualApplied: number;
  /** Of those, how many were applied after the last entry (a later entry may need to go before them). */
  trailing: number;
  /** Entries applied. */
  applied: number;
  /** The last entry applied. */
  last: EntryPosition | null;
  /** The day of each trailing manual deadline, in the order applied. */
  trailingDays: string[];
  /** Tracker entry id → entry key, where they differ. */
  keys: Map<string, string>;
  /** Records made up to this number (their ids `d12`, `s13`, …) have their stable ids. */
  named: number;
  /**
   * The court of appeals' decisions and mandates read, each from the docket that gave it first
   * (`AppellateReport`): the other docket's entry of the same act is its copy and is not told
   * again. Optional: a state kept before it was added has none.
   */
  reports?: AppellateReport[];
  /**
   * Each linked appeal's own docket read in order (its deadlines and the filings that meet them),
   * by appeal id; apart from the district docket's reading, whose entry numbers are not its own.
   */
  appealReadings?: Map<string, SequenceReading>;
}

/** A decision or mandate of a court of appeals, as the first docket reported it. */
export interface AppellateReport {
  /** A decision, a mandate, an order on a stay pending appeal (by the court of appeals or the Supreme Court), or rehearing granted. */
  act: 'decision' | 'mandate' | 'stay' | 'rehearing' | 'reinstated';
  docket: 'appeal' | 'district';
  day: string;
  /** The entry that reported it (the tracker's id). */
  entry: string;
  /** The appeal (linked case id) and the notice of appeal it is about, where the words say. */
  appeal: string | null;
  notice: string | null;
  /** A decision's outcome ("vacated", "affirmed in part"); a stay's court and action ("appeals granted"). */
  outcome: string | null;
  copied: boolean;
}

/**
 * How long after a decision or mandate its copy on the other docket can come, for an entry that
 * says nothing of which appeal it is about (no appeal docket, no notice of appeal named): the
 * fallback when the two cannot be paired by reference.
 */
const COPY_FALLBACK_DAYS = 30;

/**
 * Whether report `r` and an entry of `day` about `appeal` / `notice` are about the same appeal: by
 * reference when both say which, else (the fallback) `r` within `COPY_FALLBACK_DAYS` before.
 */
function sameAppeal(r: AppellateReport, day: string, appeal: string | null, notice: string | null): boolean {
  if (r.day > day) return false;
  if ((appeal !== null || notice !== null) && (r.appeal !== null || r.notice !== null))
    return (appeal !== null && r.appeal === appeal) || (notice !== null && r.notice === notice);
  return Date.parse(day) - Date.parse(r.day) <= COPY_FALLBACK_DAYS * 86_400_000;
}

export function newDerivationState(): DerivationState {
  return {
    tracker: newTrackerState(),
    reading: newSequenceReading(),
    ids: new Map(),
    taken: new Set(),
    clock: 0,
    manualApplied: 0,
    trailing: 0,
    last: null,
    trailingDays: [],
    applied: 0,
    keys: new Map(),
    named: 0,
    reports: [],
  };
}

function normWhat(what: string): string {
  return what.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The derivation of a case's records: entries in docket order through the extractor and the
 * tracker, the people's decisions applied where the batch derivation applies them. It starts
 * empty or from a kept state and goes on one entry at a time; what it says (events, entries to
 * review) is what the entries applied in this run said.
 */
export class Derivation {
  readonly tracker: Tracker;
  readonly state: DerivationState;
  readonly events: TrackerEvent[] = [];
  /** The entries applied in this run, by the id the tracker names them with. */
  readonly byEntry = new Map<string, EntryInput>();
  /** The entries applied in this run that a person should read (the extractor's `needsReview`). */
  readonly reviews: EntryReview[] = [];
  readonly #c: CaseRef;
  readonly #court: string | undefined;
  readonly #manual: DeadlineDecisionRow[];
  readonly #reviewsOf = new Map<string, DeadlineDecisionRow[]>();

  constructor(
    c: CaseRef,
    decisions: readonly DeadlineDecisionRow[],
    state: DerivationState = newDerivationState(),
  ) {
    this.#c = c;
    this.#court = findCourt(c.court)?.id;
    this.state = state;
    this.tracker = Tracker.resume(state.tracker, {
      ...(this.#court ? { court: this.#court } : {}),
      now: () => new Date(this.state.clock),
    });
    for (const d of decisions)
      if (d.action !== 'add')
        this.#reviewsOf.set(d.record_id, [...(this.#reviewsOf.get(d.record_id) ?? []), d]);
    this.#manual = decisions.filter((d) => d.action === 'add');
  }

  /** Tracker id → stable id. */
  get ids(): Map<string, string> {
    return this.state.ids;
  }

  /** The entry key of an entry as the tracker names it. */
  entryKeyOf(id: string): string {
    return this.state.keys.get(id) ?? id;
  }

  /**
   * Whether `e` can follow what was applied: it sorts after the last entry, and no manual deadline
   * applied after that entry belongs after `e` instead.
   */
  canAppend(e: EntryInput): boolean {
    const s = this.state;
    if (s.last && comparePositions(e.position, s.last) <= 0) return false;
    return s.trailingDays.every((day) => day < e.dateFiled);
  }

  /** Apply the next entry in docket order. */
  apply(e: EntryInput): void {
    const s = this.state;
    // Manual deadlines applied after the last entry stand before this one (canAppend checked it).
    s.trailing = 0;
    s.trailingDays = [];
    this.#addManual(e.dateFiled);
    const id = entryKey(e);
    if (id !== e.key) s.keys.set(id, e.key);
    this.byEntry.set(id, e);
    const events = this.events;
    if (e.appeal) {
      // An appeal's entry: only its decision or mandate acts here (FRAP 41(c), tracker/appeals.ts).
      this.tracker.appealEntry(e);
      const act = readAppealsDocket(e.text);
      // The opinion and its judgment, docketed the same day with the same outcome: one decision, told once.
      const same = act?.act === 'decision' ? this.#sameDecision(act, e, id) : null;
      if (same) {
        events.push(copyEvent(id, e.dateFiled, same));
        this.#name();
        s.applied++;
        s.last = e.position;
        return;
      }
      // A stay pending appeal (or rehearing) the other docket's copy told first is not applied again.
      const told = act && ORDER_ACTS.has(act.act) ? this.#reported(act, 'appeal', e) : null;
      if (act && !told) events.push(...this.tracker.applyAppellate(e, act));
      // The mandate is news here, told with what it makes take effect (once, whichever docket has it first).
      const original = told ?? (act && !ORDER_ACTS.has(act.act) ? this.#reported(act, 'appeal', e) : null);
      if (original) events.push(copyEvent(id, e.dateFiled, original));
      else if (act?.act === 'mandate') events.push(mandateEvent(id, e.dateFiled));
      // Its briefing schedule and the other deadlines its words set (FRAP; not a district local rule's default).
      const read = analyzeNext(this.#appealReading(id, e.appeal), e, { court: e.appeal });
      events.push(
        ...this.tracker.applyAppealDeadlines(e, {
          // The clerk's briefing schedule is the appeal's schedule, not a date the clerk's system computed.
          deadlines: read.deadlines
            .filter((d) => IN_WORDS.has(d.basis))
            .map((d) =>
              d.basis === 'clerk_computed_in_text' ? { ...d, basis: 'fixed_date_in_text' as const } : d,
            ),
          satisfies: read.satisfies,
          stays: read.stays,
          hearings: read.hearings,
        }),
      );
      this.#name();
      s.applied++;
      s.last = e.position;
      return;
    }
    const a = analyzeNext(s.reading, e, this.#court ? { court: this.#court } : {});
    // The clerk's copy of the court of appeals' decision or mandate: the appeals court's act, not
    // the district judge's; it takes effect with the mandate.
    const copy = readDistrictCopy(e.text);
    // The copy of a stay pending appeal the appeal's own docket told first: the same act, not applied
    // again (a day it gives that the appeal's docket did not — the order's own — dates it).
    const told = copy && ORDER_ACTS.has(copy.act) ? this.#reported(copy, 'district', e) : null;
    if (copy) {
      events.push(...this.tracker.apply(e, { ...a, injunctions: [], stays: [] }, { copy: true }));
      if (!told) events.push(...this.tracker.applyAppellate(e, copy));
      else if (copy.act === 'stay' && copy.decided)
        this.tracker.redateStayPendingAppeal(told.entry, copy.decided);
    } else events.push(...this.tracker.apply(e, a));
    if (a.subtype === 'notice_of_appeal') this.tracker.noticeOfAppeal(e, a.relatedEntries);
    const original =
      told ??
      (copy && !ORDER_ACTS.has(copy.act)
        ? this.#reported(copy, 'district', e)
        : !copy && decisionCopyTitle(e.text)
          ? this.#titleCopy(e)
          : null);
    if (original) events.push(copyEvent(id, e.dateFiled, original));
    const appeal = APPEAL_EVENTS[a.subtype === 'notice_of_appeal' ? a.subtype : a.kind];
    if (appeal && !(appeal.type === 'appeal.mandate' && original?.act === 'mandate'))
      events.push({
        type: appeal.type,
        entry: id,
        date: e.dateFiled,
        subject: null,
        message: `${appeal.words}${a.relatedEntries.length ? ` re ${a.relatedEntries.map((n) => `[${n}]`).join(', ')}` : ''}`,
        data: { relatedEntries: a.relatedEntries },
      });
    const decided = appellateDisposition(this.#c.court, e.text);
    // The court of appeals' own docket, read as a case: its decision ends its injunction pending appeal.
    if (decided) events.push(...this.tracker.appealDecided(e));
    if (decided)
      events.push({
        type: 'appeal.decided',
        entry: id,
        date: e.dateFiled,
        subject: null,
        message: `Court of appeals decision: ${decided}`,
        data: { relatedEntries: a.relatedEntries },
      });
    this.#name();
    s.applied++;
    s.last = e.position;
    // The copy of a court of appeals' (or the Supreme Court's) act is read as that act: nothing left unread.
    const flags = copy ? [] : (a.needsReview ?? []);
    if (flags.length > 0)
      this.reviews.push({
        entryKey: e.key,
        entryNumber: e.number,
        dateFiled: e.dateFiled,
        reason: flags.some((f) => f.reason === 'unread')
          ? 'unread'
          : flags.some((f) => f.reason === 'uncertain')
            ? 'uncertain'
            : 'partly_read',
        triggers: [...new Set(flags.flatMap((f) => f.triggers))],
        words: e.text,
      });
  }

  /** The reading of the appeal docket an entry is on (`appeal:<id>:…`), made when its first entry comes. */
  #appealReading(id: string, court: string): SequenceReading {
    const appeal = /^appeal:(\d+):/.exec(id)?.[1] ?? court;
    this.state.appealReadings ??= new Map();
    let reading = this.state.appealReadings.get(appeal);
    if (!reading) {
      reading = newSequenceReading();
      this.state.appealReadings.set(appeal, reading);
    }
    return reading;
  }

  /** After the last entry: the manual deadlines not yet applied. */
  finish(): void {
    this.#addManual(null);
  }

  /** Move the clock to `asOf` (the passing of time: passed, missing, expired). */
  advanceTo(asOf: string): void {
    this.events.push(...this.tracker.advanceTo(asOf));
    this.#name();
  }

  /**
   * A decision or mandate read on `docket`: when the other docket reported the same act first, the
   * report it copies (marked copied), else `null` (and it is kept as the first report). The same
   * act is paired by reference — the same appeal, or the same notice of appeal (the district
   * clerk's copy names it: "re [110] Notice of Appeal"), and for a decision the same outcome —
   * the earliest not yet copied. Only when either entry says nothing of which appeal it is about
   * are they paired by time: the other docket's report within `COPY_FALLBACK_DAYS` before.
   */
  #reported(act: AppellateAct, docket: 'appeal' | 'district', e: EntryInput): AppellateReport | null {
    if (
      act.act !== 'decision' &&
      act.act !== 'mandate' &&
      act.act !== 'stay' &&
      act.act !== 'rehearing' &&
      act.act !== 'reinstated'
    )
      return null;
    this.state.reports ??= [];
    const reports = this.state.reports;
    const { appeal, notice } = this.tracker.appealOf(e);
    const outcome =
      act.act === 'decision'
        ? `${act.outcome}${act.inPart ? ' in part' : ''}`
        : act.act === 'stay'
          ? `${act.by} ${act.action}${act.inPart ? ' in part' : ''}`
          : act.act === 'rehearing'
            ? act.enBanc
              ? 'en banc'
              : 'panel'
            : act.act === 'reinstated'
              ? 'reinstated'
              : null;
    const original = reports.find(
      (r) =>
        r.docket !== docket &&
        !r.copied &&
        r.act === act.act &&
        r.outcome === outcome &&
        sameAppeal(r, e.dateFiled, appeal, notice),
    );
    if (original) {
      original.copied = true;
      // What one docket knew of the appeal, the pair knows.
      original.appeal ??= appeal;
      original.notice ??= notice;
      return original;
    }
    // Rehearing granted: the decisions of this appeal reported so far no longer stand; a later
    // decision's copy is that decision's, never theirs.
    if (act.act === 'rehearing')
      for (const r of reports)
        if (r.act === 'decision' && !r.copied && sameAppeal(r, e.dateFiled, appeal, notice)) r.copied = true;
    reports.push({
      act: act.act,
      docket,
      day: e.dateFiled,
      entry: entryKey(e),
      appeal,
      notice,
      outcome,
      copied: false,
    });
    return null;
  }

  /**
   * The decision this appeal's own docket reported the same day with the same outcome in another
   * numbered entry (the court's opinion, then its judgment: "Published opinion filed. Affirmed …",
   * "Judgment filed. Affirmed …"): the same decision, or `null`.
   */
  #sameDecision(
    act: Extract<AppellateAct, { act: 'decision' }>,
    e: EntryInput,
    id: string,
  ): AppellateReport | null {
    // Two numbered entries of the docket: a feed's title without a number may be this same entry.
    const numbered = (entry: string) => /(?:^|:)\d+$/.test(entry);
    if (!numbered(id)) return null;
    const { appeal } = this.tracker.appealOf(e);
    const outcome = `${act.outcome}${act.inPart ? ' in part' : ''}`;
    return (
      (this.state.reports ?? []).find(
        (r) =>
          r.docket === 'appeal' &&
          numbered(r.entry) &&
          r.entry !== id &&
          r.act === 'decision' &&
          r.outcome === outcome &&
          r.day === e.dateFiled &&
          r.appeal !== null &&
          r.appeal === appeal,
      ) ?? null
    );
  }

  /**
   * A district copy of a decision that says only what it is ("USCA OPINION as to [24] Notice of
   * Appeal", a feed's title "OPINION of USCA"): the decision the appeal's docket already reported,
   * whatever its outcome, paired as `#reported` pairs — by the appeal or notice of appeal it names,
   * else the appeal docket's decision in the `COPY_FALLBACK_DAYS` before. `null` (and nothing kept)
   * when none was reported: it is then an entry like any other until its words say more.
   */
  #titleCopy(e: EntryInput): AppellateReport | null {
    const { appeal, notice } = this.tracker.appealOf(e);
    const original = (this.state.reports ?? []).find(
      (r) =>
        r.docket === 'appeal' &&
        !r.copied &&
        r.act === 'decision' &&
        sameAppeal(r, e.dateFiled, appeal, notice),
    );
    if (!original) return null;
    original.copied = true;
    original.appeal ??= appeal;
    original.notice ??= notice;
    return original;
  }

  #claim(tid: string, prefix: string, parts: (string | null)[]): void {
    const { ids, taken } = this.state;
    if (ids.has(tid)) return;
    let id = `${prefix}-${hash([this.#c.key, ...parts])}`;
    for (let n = 2; taken.has(id); n++) id = `${prefix}-${hash([this.#c.key, ...parts, String(n)])}`;
    ids.set(tid, id);
    taken.add(id);
  }

  #applyReviews(tid: string): void {
    for (const r of this.#reviewsOf.get(this.state.ids.get(tid)!) ?? []) {
      this.state.clock = Date.parse(r.at);
      if (r.action === 'confirm') this.tracker.confirm(tid, r.who);
      else this.tracker.dismiss(tid, r.who);
    }
  }

  /** Give the records made since the last call their stable ids (records are numbered as they are made). */
  #name(): void {
    const s = this.state;
    const t = this.tracker.state;
    for (let n = s.named + 1; n <= t.seq; n++) {
      const d = t.deadlines.get(`d${n}`);
      if (d) {
        if (s.ids.has(d.id)) continue;
        this.#claim(d.id, 'dl', [d.setBy.entry, normWhat(d.what)]);
        this.#applyReviews(d.id);
        continue;
      }
      const st = t.stays.get(`s${n}`);
      if (st) this.#claim(st.id, 'st', [st.grantedBy.entry, 'stay']);
      const i = t.injunctions.get(`i${n}`);
      if (i) this.#claim(i.id, 'in', [i.grantedBy.entry, i.type]);
      const h = t.hearings.get(`h${n}`);
      if (h) this.#claim(h.id, 'hr', [h.setBy.entry, h.type]);
    }
    s.named = t.seq;
  }

  #addManual(before: string | null): void {
    const s = this.state;
    while (
      s.manualApplied < this.#manual.length &&
      (before === null || this.#manual[s.manualApplied]!.at.slice(0, 10) < before)
    ) {
      const m = this.#manual[s.manualApplied++]!;
      const p = JSON.parse(m.payload) as {
        what: string;
        party?: string | null;
        due: string;
        dueTime?: string | null;
      };
      s.clock = Date.parse(m.at);
      const added = this.tracker.addManual(
        { what: p.what, party: p.party ?? null, due: p.due, dueTime: p.dueTime ?? null },
        m.who,
      );
      s.ids.set(added.deadline.id, m.record_id);
      s.taken.add(m.record_id);
      this.events.push(...added.events);
      this.#applyReviews(added.deadline.id);
      if (before === null) {
        s.trailing++;
        s.trailingDays.push(m.at.slice(0, 10));
      }
    }
  }
}

/**
 * The whole derivation at once: every entry (with `asOf`, only those filed by then, and the clock
 * moved to that day), then the manual deadlines left. What the incremental one must equal.
 */
export function derive(inputs: Inputs, asOf?: string): Derivation {
  const d = new Derivation(inputs.c, inputs.decisions);
  for (const e of inputs.entries) if (!asOf || e.dateFiled <= asOf) d.apply(e);
  d.finish();
  if (asOf) d.advanceTo(asOf);
  return d;
}

export function reviewOf(decisions: readonly DeadlineDecisionRow[], id: string): string | null {
  let review: string | null = null;
  for (const d of decisions)
    if (d.record_id === id && d.action !== 'add') review = d.action === 'confirm' ? 'confirmed' : 'dismissed';
  return review;
}

/** The records as stored, from the derivation's state. */
export function recordsOf(
  decisions: readonly DeadlineDecisionRow[],
  derived: Derivation,
  /** Only these tracker records (all without it). */
  only?: ReadonlySet<string>,
): DeadlineRecord[] {
  const { tracker, ids } = derived;
  // Every record of a kind, in the order made; or only those asked for.
  const pick = <T>(records: ReadonlyMap<string, T>): Iterable<T> =>
    only === undefined
      ? records.values()
      : [...only]
          .filter((tid) => records.has(tid))
          .sort((a, b) => seqOf(a) - seqOf(b))
          .map((tid) => records.get(tid)!);
  const id = (tid: string) => ids.get(tid)!;
  const entryOf = (e: string) => derived.entryKeyOf(e);
  const review = (rid: string) => reviewOf(decisions, rid) ?? 'proposed';
  const out: DeadlineRecord[] = [];
  for (const d of pick(tracker.state.deadlines)) {
    const manual = d.basis === 'manual';
    out.push({
      id: id(d.id),
      kind: 'deadline',
      what: d.what,
      party: d.party,
      status: d.state,
      review: d.review,
      due: d.due,
      dueTime: d.dueTime,
      history: d.history.map((h) => ({ ...h, entry: h.entry ? (entryOf(h.entry) ?? h.entry) : null })),
      // Where CM/ECF's date gave way to the judge's, the record is the order's ("set by ECF 14").
      entry: manual ? null : entryOf(d.clerkComputed && d.dateByOrder ? d.dateByOrder : d.setBy.entry),
      words: d.setBy.words.slice(0, WORDS_MAX),
      data: {
        ...(d.clerkComputed ? { clerkComputed: d.clerkComputed } : {}),
        basis: d.basis,
        ordered: d.ordered,
        dueInstant: d.dueInstant,
        recurrence: d.recurrence,
        docketed: d.docketed,
        repeatedBy: d.repeatedBy.map((p) => entryOf(p.entry) ?? p.entry),
        satisfiedBy: d.satisfiedBy ? (entryOf(d.satisfiedBy.entry) ?? d.satisfiedBy.entry) : null,
        warnings: d.warnings,
        audit: d.audit,
        ...(d.setBy.why ? { why: d.setBy.why } : {}),
        ...(d.heldPendingAppeal
          ? {
              heldPendingAppeal: {
                since: d.heldPendingAppeal.since,
                entry: entryOf(d.heldPendingAppeal.entry) ?? d.heldPendingAppeal.entry,
                part: d.heldPendingAppeal.part,
              },
            }
          : {}),
        ...(d.partlyHeld
          ? {
              partlyHeld: {
                since: d.partlyHeld.since,
                entry: entryOf(d.partlyHeld.entry) ?? d.partlyHeld.entry,
                part: d.partlyHeld.part,
              },
            }
          : {}),
      },
    });
  }
  for (const s of pick(tracker.state.stays)) {
    out.push({
      id: id(s.id),
      kind: 'stay',
      what: s.what ? `stay of ${s.what}` : 'stay',
      party: null,
      status: s.state,
      review: review(id(s.id)),
      due: s.expires,
      dueTime: null,
      history: s.history.map((h) => ({ ...h, entry: entryOf(h.entry) ?? h.entry })),
      entry: entryOf(s.grantedBy.entry),
      words: s.grantedBy.words.slice(0, WORDS_MAX),
      data: {
        since: s.since,
        until: s.until,
        supersededBy: s.supersededBy ? (ids.get(s.supersededBy) ?? null) : null,
        ...(s.grantedBy.why ? { why: s.grantedBy.why } : {}),
        // Whom it covers when not everyone (absent otherwise: records stored before it compare equal).
        ...(s.limitedTo
          ? {
              limitedTo: {
                parties: s.limitedTo.parties,
                since: s.limitedTo.since,
                ...(s.limitedTo.fromGrant ? { fromGrant: true } : {}),
              },
            }
          : {}),
      },
    });
  }
  for (const i of pick(tracker.state.injunctions)) {
    out.push({
      id: id(i.id),
      kind: 'injunction',
      what: i.type.replace(/_/g, ' '),
      party: null,
      status: i.state,
      review: review(id(i.id)),
      due: i.until && DATE.test(i.until) ? i.until : null,
      // The hour its order gave for its last day ("shall expire at 6:30 p.m. on …"), the court's time.
      dueTime: endTime(i),
      history: i.history.map((h) => ({ ...h, entry: entryOf(h.entry) ?? h.entry })),
      entry: entryOf(i.grantedBy.entry),
      words: i.grantedBy.words.slice(0, WORDS_MAX),
      data: {
        type: i.type,
        since: i.since,
        until: i.until,
        // Kept for the named parties only (absent otherwise: records stored before it compare equal).
        ...(i.limitedTo ? { limitedTo: { parties: i.limitedTo.parties, since: i.limitedTo.since } } : {}),
        ...(i.grantedBy.why ? { why: i.grantedBy.why } : {}),
      },
    });
  }
  for (const h of pick(tracker.state.hearings)) {
    out.push({
      id: id(h.id),
      kind: 'hearing',
      what: h.type.replace(/_/g, ' '),
      party: null,
      status: h.state,
      review: review(id(h.id)),
      due: h.date,
      dueTime: h.time,
      history: h.history.map((x) => ({ ...x, entry: entryOf(x.entry) ?? x.entry })),
      entry: entryOf(h.setBy.entry),
      words: h.setBy.words.slice(0, WORDS_MAX),
      // (Absent when no order said: records stored before it compare equal.)
      data: {
        type: h.type,
        re: h.re,
        ...(h.where ? { where: h.where } : {}),
        ...(h.setBy.why ? { why: h.setBy.why } : {}),
      },
    });
  }
  return out;
}

/** A short made-up docket in the forms the rules read most: filings, a hearing, a stay, an injunction, a duty. */
const WARM_UP_DOCKET = [
  [
    '2017-06-15',
    'COMPLAINT against All Defendants filed by Jane Doe. (Attachments: # 1 Civil Cover Sheet) (Roe, R.)',
  ],
  ['2017-06-15', 'MOTION for Temporary Restraining Order by Jane Doe. (Roe, R.)'],
  [
    '2017-06-16',
    'NOTICE OF HEARING on 2 MOTION for Temporary Restraining Order. Motion Hearing set for 6/21/2017 at 10:00 AM before District Judge A. Smith. (ab)',
  ],
  [
    '2017-06-22',
    'ORDER granting in part 2 Motion for Temporary Restraining Order. Removal of petitioners is STAYED until 7/6/2017. Response due by 6/30/2017. Signed by District Judge A. Smith on 6/22/2017. (ab)',
  ],
  [
    '2017-07-24',
    'OPINION AND ORDER granting Motion for Preliminary Injunction. Defendants are ENJOINED from removing petitioners and shall file a status report every 30 days. Signed by District Judge A. Smith on 7/24/2017. (ab)',
  ],
  [
    '2017-08-01',
    'STIPULATED ORDER extending time. Answer due by 9/1/2017. Signed by District Judge A. Smith. (ab)',
  ],
  ['2017-08-02', 'NOTICE OF APPEAL as to 5 Order by All Defendants. (Roe, R.)'],
] as const;

/**
 * Read a made-up docket once, so the extractor's expressions are compiled and the calendar's time
 * zones loaded before a process serves requests (`docketwatch run` calls it before the web server
 * starts): cold, the first entries a process reads take 100–200 ms each, in one piece, which would
 * hold the web server up in the middle of the first ingest.
 */
export function warmUpRules(): void {
  const d = new Derivation({ id: 0, key: 'mied:0:00-cv-00000', court: 'mied' }, []);
  WARM_UP_DOCKET.forEach(([day, text], i) => {
    const n = i + 1;
    const position = { day, seq: null, number: n, row: n };
    d.apply({
      key: String(n),
      id: String(n),
      number: String(n),
      partial: false,
      dateFiled: day,
      text,
      documentText: null,
      position,
      fingerprint: String(n),
    });
  });
  d.finish();
  d.advanceTo('2017-09-15');
  recordsOf([], d);
}
