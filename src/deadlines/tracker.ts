/**
 * The deadline and stay tracker: replays what `analyze` read out of a case's entries, in docket
 * order, into records with provenance and a lifecycle, and says what changed as events.
 *
 * Deadlines: proposed (extracted) → confirmed or dismissed by a person (audited); open →
 * satisfied / vacated / mooted / barred / suspended; due dates extended, shortened or reset with
 * their history kept; upcoming / due / passed relative to an as-of date. Recurring obligations
 * generate their occurrences (rolled under 6(a)) and flag an expected filing that has not appeared
 * by an occurrence's due date. Stays and injunctions are in force until they expire, are lifted,
 * vacated or superseded. In memory and pure: no clock, no I/O.
 *
 * This file is the tracker's face; the rules live by concern in `tracker/`: `deadlines.ts`
 * (deadlines, obligations, filings meeting them, review), `stays.ts`, `injunctions.ts`,
 * `hearings.ts`, `clock.ts` (the passing of time), `posture.ts` (what is in force as of a day),
 * `model.ts` (the records and the state), `words.ts` (comparing descriptions, dates in words).
 */
import { InputError } from '../errors.ts';
import type { AppellateAct } from './appellate.ts';
import { type ComputedDeadline, computeDeadline, fixedDeadline } from './calendar.ts';
import { entryKey } from './extract/index.ts';
import { paragraphHolding } from './extract/text.ts';
import { disposedMotions } from './references.ts';
import { endInjunctionsPendingAppeal } from './tracker/appeal-injunctions.ts';
import {
  appealOf,
  applyAppellate,
  noteAppealEntry,
  noteNoticeOfAppeal,
  redateStayPendingAppeal,
} from './tracker/appeals.ts';
import { advanceTo } from './tracker/clock.ts';
import { applyCourtActs, classActWords } from './tracker/court-acts.ts';
import {
  applyDeadline,
  applySatisfaction,
  applyShowCause,
  dateBriefDuties,
  dateCertifiedDuties,
  dateReplyDuties,
  endBriefing,
  newDeadline,
  reviewDeadline,
  vacateParagraphDuties,
} from './tracker/deadlines.ts';
import { applyHearings, linkToHearing, recordsTranscript, transcribedHearing } from './tracker/hearings.ts';
import { applyInjunction, endAtRuling, interimReplacedByRelief } from './tracker/injunctions.ts';
import { endStaysAtRuling, endStaysSuperseded, followTiedRelief } from './tracker/interim.ts';
import { endInterimRelief, judgmentEntered } from './tracker/judgment.ts';
import { touch } from './tracker/lookup.ts';
import {
  newTrackerState,
  type Posture,
  type Provenance,
  type TrackedDeadline,
  type TrackedHearing,
  type TrackedInjunction,
  type TrackedStay,
  type TrackerCore,
  type TrackerEvent,
  type TrackerOptions,
  type TrackerState,
} from './tracker/model.ts';
import { applyStayPendingAppeal } from './tracker/pending-appeal.ts';
import { postureOf } from './tracker/posture.ts';
import {
  applyStay,
  endDeadlinesOfDismissed,
  endStaysOfDismissed,
  suspendAppealBriefing,
} from './tracker/stays.ts';
import { carryOutStayMandate } from './tracker/stays-on-appeal.ts';
import { capitalize, DATE, longDate } from './tracker/words.ts';
import type { Analysis, AnalyzeInput, FindingWhy, HearingFinding } from './types.ts';

export * from './tracker/model.ts';

/** Entries that dispose of motions: the court's rulings and minute entries (and a party's notice of withdrawal). */
const DISPOSING_KINDS: ReadonlySet<string> = new Set(['order', 'opinion', 'judgment', 'minute_entry']);

/** The id of an entry (its number, its own id, or date + text hash): the extractor's, so `satisfies` refers to the same ids. */
export const entryId: (entry: AnalyzeInput) => string = entryKey;

/**
 * A finding with the numbered paragraph of the order that holds its words (the order's document,
 * else its docket text), when the order numbers them: what a stay of "Paragraphs 5 and 6" reaches.
 */
function inParagraph<F extends { source?: string; paragraph?: string; why?: { words?: string } }>(
  entry: AnalyzeInput,
  f: F,
): F {
  const words = f.source ?? f.why?.words;
  if (f.paragraph || !words) return f;
  const paragraph =
    (entry.documentText ? paragraphHolding(entry.documentText, words) : null) ??
    paragraphHolding(entry.text, words);
  return paragraph ? { ...f, paragraph } : f;
}

export class Tracker {
  readonly #core: TrackerCore;

  constructor(options: TrackerOptions = {}) {
    this.#core = {
      calendar: { ...options.calendar, court: options.court ?? options.calendar?.court ?? 'mied' },
      now: options.now ?? (() => new Date()),
      state: newTrackerState(),
      touched: new Set(),
    };
  }

  /** A tracker that goes on from a kept state (used as it is, not copied). */
  static resume(state: TrackerState, options: TrackerOptions = {}): Tracker {
    const t = new Tracker(options);
    t.#core.state = state;
    return t;
  }

  /** Everything it knows, as plain data (structured-cloneable): what a checkpoint keeps. */
  get state(): TrackerState {
    return this.#core.state;
  }

  /**
   * Ids of the records changed since this tracker was made or resumed (the refresh writes only
   * those); `touched.clear()` starts over.
   */
  get touched(): Set<string> {
    return this.#core.touched;
  }

  /** The day the replay has reached. */
  get asOf(): string | null {
    return this.#core.state.asOf;
  }

  /**
   * Apply one entry and what was read from it; entries must come in filing order. `copy`: the entry
   * is the district docket's copy of a court of appeals' (or the Supreme Court's) act, applied
   * with `applyAppellate`: its words are not a district court's stay.
   */
  apply(entry: AnalyzeInput, analysis: Analysis, options: { copy?: boolean } = {}): TrackerEvent[] {
    if (!DATE.test(entry.dateFiled))
      throw new InputError(`entry date "${entry.dateFiled}" is not YYYY-MM-DD`);
    const t = this.#core;
    const events = this.advanceTo(entry.dateFiled);
    const id = entryId(entry);
    const at = (words: string | undefined, why?: FindingWhy): Provenance => ({
      entry: id,
      dateFiled: entry.dateFiled,
      words: words ?? entry.text,
      ...(why ? { why: { rule: why.rule, confidence: why.confidence } } : {}),
    });
    const clerkEntry = analysis.subtype === 'clerk_set_deadlines' ? entry.text : null;
    for (const f of analysis.deadlines)
      events.push(
        ...applyDeadline(t, inParagraph(entry, f), at(f.source, f.why), analysis.relatedEntries, clerkEntry),
      );
    // A stay pending appeal of an injunction puts the injunction on hold: no stay of its own.
    const held = options.copy ? null : applyStayPendingAppeal(t, analysis, at(undefined));
    if (held) events.push(...held.events);
    const supersededNow: TrackedStay[] = [];
    if (!held || held.proceedingsToo)
      for (const f of analysis.stays)
        events.push(
          ...(carryOutStayMandate(t, f, at(f.source, f.why)) ??
            applyStay(t, f, at(f.source, f.why), supersededNow, entry.text)),
        );
    if (DISPOSING_KINDS.has(analysis.kind)) {
      events.push(...endStaysOfDismissed(t, at(undefined)));
      events.push(...endDeadlinesOfDismissed(t, at(undefined)));
    }
    for (const f of analysis.injunctions) {
      // The same stay read again as the injunction's ("stayed", or "stayed in part" as a modification).
      if (held && (f.action === 'stayed' || (f.action === 'modified' && !held.asModified))) continue;
      // An injunction's record keeps the entry's whole words (its finding's `source` is only the
      // sentence naming it): what it protects and the orders it names are read from all of them.
      // A grant's words include its order's document, when read: what it forbids is often said only
      // there ("ORDER granting [2] Motion for TRO" / "Respondents shall not deport any class member").
      const granted = applyInjunction(
        t,
        f.action === 'granted' ? inParagraph(entry, f) : f,
        at(
          f.action === 'granted' && entry.documentText ? `${entry.text}\n${entry.documentText}` : undefined,
          f.why,
        ),
        events,
        analysis.relatedEntries,
      );
      if (granted)
        for (const s of supersededNow) {
          s.supersededBy = granted.id;
          touch(t, s);
        }
    }
    // A ruling on the motion an injunction's term waited for ends it ("…, whichever is earlier"); an
    // interim order "pending resolution of [3]" too, unless the ruling keeps it.
    if (!options.copy && DISPOSING_KINDS.has(analysis.kind)) {
      endAtRuling(t, at(undefined), analysis.injunctions, events);
      const words = entry.documentText ? `${entry.text}\n${entry.documentText}` : entry.text;
      // Named as superseded by this order: its relief takes their place (before the ruling ends them).
      endStaysSuperseded(t, at(undefined), words, events);
      endStaysAtRuling(t, at(undefined), words, analysis.injunctions, events);
    }
    // Interim relief lasts until the relief that decides it (a TRO, the preliminary injunction;
    // all of it, the final judgment's relief): that relief takes its place.
    if (!options.copy) interimReplacedByRelief(t, at(undefined), analysis.injunctions, events);
    applyCourtActs(
      t,
      entry.text,
      !options.copy && DISPOSING_KINDS.has(analysis.kind),
      at(undefined),
      events,
      classActWords(entry.text, entry.documentText),
    );
    // Numbered paragraphs of an earlier order vacated: the duties they set end with them.
    if (!options.copy && DISPOSING_KINDS.has(analysis.kind))
      events.push(
        ...vacateParagraphDuties(t, [entry.text, entry.documentText ?? ''].join('\n'), at(undefined)),
      );
    // A final judgment against the plaintiffs ends what lasted only until it (a TRO, a preliminary injunction).
    if (!options.copy && DISPOSING_KINDS.has(analysis.kind)) endInterimRelief(t, at(undefined), events);
    // A stay kept as long as relief lasts follows it (extended, ended with it).
    followTiedRelief(t, at(undefined), events);
    // A final judgment is told, for whom; its relief read here, entered again from the order it
    // names, or for a person to read.
    if (!options.copy && analysis.kind === 'judgment') {
      const named = new Set(analysis.relatedEntries.map(String));
      const relief =
        analysis.injunctions.length > 0 ||
        [...t.state.injunctions.values()].some(
          (i) => named.has(i.grantedBy.entry) || i.judgment?.entry === id || i.grantedBy.entry === id,
        );
      events.push(...judgmentEntered(at(undefined), relief));
    }
    events.push(...applyHearings(t, analysis.hearings, (f) => at(f.source, f.why), entry.text));
    if (recordsTranscript(analysis.kind, entry.text))
      events.push(...transcribedHearing(t, entry.text, at(undefined)));
    for (const f of analysis.deadlines) linkToHearing(t, f, id, analysis.relatedEntries);
    // A brief filed (a bankruptcy appeal's in the district court): the duties counted from it are dated.
    if (!options.copy) events.push(...dateBriefDuties(t, entry.text, at(undefined)));
    // A response to a motion filed: the movant's reply counted from it is dated.
    if (!options.copy && analysis.kind === 'response')
      events.push(...dateReplyDuties(t, analysis.relatedEntries, at(undefined)));
    // An order's certificate (of service, mailing, compliance): the duties counted from that act are dated.
    if (!options.copy)
      events.push(...dateCertifiedDuties(t, entry.text, analysis.relatedEntries, at(undefined)));
    for (const s of analysis.satisfies) events.push(...applySatisfaction(t, s, at(undefined)));
    events.push(...applyShowCause(t, entry.text, DISPOSING_KINDS.has(analysis.kind), at(undefined)));
    if (DISPOSING_KINDS.has(analysis.kind) || (analysis.kind === 'notice' && /\bwithdraw/i.test(entry.text)))
      events.push(...endBriefing(t, disposedMotions(entry.text), at(undefined)));
    // The paper that fills an occurrence on the day the clock finds it gone by (a report filed the
    // day after its day) is told as filed late, never first as missing.
    return events.filter(
      (m) =>
        !(
          m.type === 'deadline.missing' &&
          m.entry === null &&
          events.some(
            (f) =>
              f.type === 'deadline.satisfied' &&
              f.subject === m.subject &&
              f.data?.occurrence === m.data?.occurrence,
          )
        ),
    );
  }

  /**
   * Apply what a court of appeals did (its decision or its mandate, from its own docket or the
   * district clerk's copy), in filing order with the district's entries: a decision waits for the
   * mandate (FRAP 41(c)); the mandate makes it take effect.
   */
  applyAppellate(entry: AnalyzeInput, act: AppellateAct): TrackerEvent[] {
    if (!DATE.test(entry.dateFiled))
      throw new InputError(`entry date "${entry.dateFiled}" is not YYYY-MM-DD`);
    const events = this.advanceTo(entry.dateFiled);
    events.push(
      ...applyAppellate(this.#core, act, {
        entry: entryId(entry),
        dateFiled: entry.dateFiled,
        words: entry.text,
      }),
    );
    return events;
  }

  /**
   * The deadlines a court of appeals' own docket sets — the clerk's briefing schedule ("Opening
   * Brief due 01/14/2026"), a response to a motion, a later schedule or extension moving them — and
   * the filings that meet them: deadlines of the appeal. Nothing else of the entry is applied here
   * (its numbers are the appeal's, not the district docket's: no entry of the case is named).
   */
  applyAppealDeadlines(
    entry: AnalyzeInput,
    analysis: Pick<Analysis, 'deadlines' | 'satisfies'> & Partial<Pick<Analysis, 'stays' | 'hearings'>>,
  ): TrackerEvent[] {
    if (!DATE.test(entry.dateFiled))
      throw new InputError(`entry date "${entry.dateFiled}" is not YYYY-MM-DD`);
    const t = this.#core;
    const events = this.advanceTo(entry.dateFiled);
    const at = (words: string | undefined, why?: FindingWhy): Provenance => ({
      entry: entryId(entry),
      dateFiled: entry.dateFiled,
      words: words ?? entry.text,
      ...(why ? { why: { rule: why.rule, confidence: why.confidence } } : {}),
    });
    // Its own briefing stayed ("The briefing schedule is stayed"): paused before the order's new duties are set.
    for (const f of analysis.stays ?? []) events.push(...suspendAppealBriefing(t, f, at(f.source, f.why)));
    for (const f of analysis.deadlines) events.push(...applyDeadline(t, f, at(f.source, f.why), [], null));
    // A brief filed: the duties counted from it (the reply after the appellee's brief) are dated.
    events.push(...dateBriefDuties(t, entry.text, at(undefined)));
    for (const s of analysis.satisfies) events.push(...applySatisfaction(t, s, at(undefined)));
    // Its oral argument — set, moved, cancelled (submitted on the briefs), held ("ARGUED on D"): a
    // sitting of the case, in the court of appeals; the case's hearings list it with the district's.
    events.push(
      ...applyHearings(
        t,
        appellateArguments(analysis.hearings ?? [], entry),
        (f) => at(f.source, f.why),
        entry.text,
      ),
    );
    return events;
  }

  /**
   * The appeal an act of the court of appeals reports on (its own docket's entry, or the district
   * clerk's copy naming the notice of appeal), by reference; `null`s where nothing says.
   */
  appealOf(entry: AnalyzeInput): { appeal: string | null; notice: string | null } {
    return appealOf(this.#core, { entry: entryId(entry), dateFiled: entry.dateFiled, words: entry.text });
  }

  /** A stay pending appeal applied from entry `entry` was decided on `decided` (the other docket's copy says so). */
  redateStayPendingAppeal(entry: string, decided: string): void {
    redateStayPendingAppeal(this.#core, entry, decided);
  }

  /** An entry of a linked appeal's docket was read (whatever it says): the appeal is docketed by then. */
  appealEntry(entry: AnalyzeInput): void {
    noteAppealEntry(this.#core, entryId(entry), entry.dateFiled);
  }

  /** The court of appeals decided the appeal on its own docket (`entry`): an injunction pending that appeal ends. */
  appealDecided(entry: AnalyzeInput): TrackerEvent[] {
    return endInjunctionsPendingAppeal(
      this.#core,
      { entry: entryId(entry), dateFiled: entry.dateFiled, words: entry.text },
      'decided',
      null,
    );
  }

  /** A notice of appeal from the orders it names (`related`: their entry numbers). */
  noticeOfAppeal(entry: AnalyzeInput, related: readonly number[]): void {
    noteNoticeOfAppeal(
      this.#core,
      { entry: entryId(entry), dateFiled: entry.dateFiled, words: entry.text },
      related,
    );
  }

  /**
   * Move the replay to `date`: occurrences of recurring obligations whose due date has passed
   * without a filing are flagged missing, stays and injunctions whose last day has passed expire,
   * and one-off deadlines whose day has passed unsatisfied say so once.
   */
  advanceTo(date: string): TrackerEvent[] {
    return advanceTo(this.#core, date);
  }

  /** A person confirms an extracted deadline. */
  confirm(id: string, who: string): TrackedDeadline {
    return reviewDeadline(this.#core, id, who, 'confirmed');
  }

  /** A person dismisses an extracted deadline (a misreading); it stops producing alerts. */
  dismiss(id: string, who: string): TrackedDeadline {
    return reviewDeadline(this.#core, id, who, 'dismissed');
  }

  /** A deadline a person enters by hand: a fixed date, or a period from a trigger. */
  addManual(
    input: {
      what: string;
      party?: string | null;
      due?: string;
      dueTime?: string | null;
      period?: {
        n: number;
        unit: 'days' | 'business_days' | 'weeks' | 'months';
        from: string;
        direction?: 'after' | 'before';
      };
    },
    who: string,
  ): { deadline: TrackedDeadline; events: TrackerEvent[] } {
    let computed: ComputedDeadline;
    if (input.due)
      computed = fixedDeadline(input.due, { ...this.#core.calendar, dueTime: input.dueTime ?? null });
    else if (input.period)
      computed = computeDeadline(
        {
          from: input.period.from,
          n: input.period.n,
          unit: input.period.unit,
          direction: input.period.direction ?? 'after',
        },
        this.#core.calendar,
      );
    else throw new InputError('a manual deadline needs a due date or a period');
    const at = this.#core.now().toISOString();
    const d = newDeadline(this.#core, {
      what: input.what,
      party: input.party ?? null,
      basis: 'manual',
      ordered: true,
      due: computed.due,
      dueTime: input.dueTime ?? null,
      dueInstant: computed.dueInstant,
      review: 'confirmed',
      setBy: { entry: `manual:${who}`, dateFiled: at.slice(0, 10), words: input.what },
      warnings: computed.warnings,
    });
    d.audit.push({ action: 'added', who, at });
    d.history.push({ change: 'set', entry: null, date: at.slice(0, 10), due: d.due, previousDue: null });
    const event: TrackerEvent = {
      type: 'deadline.set',
      entry: null,
      date: at.slice(0, 10),
      subject: d.id,
      message: `${capitalize(d.what)} due ${longDate(computed.due)} (added by ${who})`,
      data: { due: d.due, manual: true },
    };
    return { deadline: d, events: [event] };
  }

  deadlines(): TrackedDeadline[] {
    return [...this.#core.state.deadlines.values()];
  }

  stays(): TrackedStay[] {
    return [...this.#core.state.stays.values()];
  }

  injunctions(): TrackedInjunction[] {
    return [...this.#core.state.injunctions.values()];
  }

  hearings(): TrackedHearing[] {
    return [...this.#core.state.hearings.values()];
  }

  /** What is in force and what is due next, as of a day (default: where the replay is). */
  posture(asOf?: string): Posture {
    return postureOf(this.#core, asOf);
  }
}

/**
 * The oral argument a court of appeals' docket entry sets, moves, cancels or records as held: the
 * hearing findings of an argument ("this case is listed for oral argument on D at T", "calendared for
 * argument on D", "The argument scheduled for D is CANCELLED and the case is SUBMITTED on the
 * briefs"), and the clerk's "ARGUED on D" / "Case argued and submitted" (held that day).
 */
function appellateArguments(found: readonly HearingFinding[], entry: AnalyzeInput): HearingFinding[] {
  const args = found.filter((f) => /argument/.test(f.type));
  if (args.length > 0) return args;
  const argued =
    /^\W*(?:(?:case|cause|appeal)\s+(?:was\s+)?)?(?:ARGUED|[Aa]rgued)\b(?!\s+(?:that|in)\b)|\bargued\s+and\s+submitted\b|\boral\s+argument\s+(?:was\s+)?(?:heard|held)\b/i.exec(
      entry.text,
    );
  if (!argued) return [];
  return [{ type: 'oral_argument', change: 'held', date: entry.dateFiled, time: null, source: entry.text }];
}
