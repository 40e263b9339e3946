/**
 * The deadline and stay tracker: replays what `analyze` read out of a case's entries, in docket
 * order, into records with provenance and a lifecycle, and says what changed as events.
 *
 * Deadlines: proposed (extracted) → confirmed or dismissed by a person (audited); open →
 * satisfied / vacated / mooted / barred / suspended; due dates extended, shortened or reset with
 * their history kept; upcoming / due / passed relative to an as-of date. Recurring obligations
 * generate their occurrences (rolled under 6(a)) and flag an expected filing that has not appeared
 * by an occurrence's due date. Stays and injunctions are in force until they expire, are lifted,
 * vacated or superseded. In memory and pure: no clock, no I/O (persistence comes later).
 */
import { DateTime } from 'luxon';
import { DocketwatchError, InputError } from '../errors.ts';
import {
  type CalendarOptions,
  type ComputedDeadline,
  computeDeadline,
  daysBetween,
  fixedDeadline,
  recurringDeadlines,
} from './calendar.ts';
import { entryKey, obligationKey } from './extract/index.ts';
import { disposedMotions, orderReferences } from './references.ts';
import type {
  Analysis,
  AnalyzeInput,
  DeadlineBasis,
  DeadlineFinding,
  HearingFinding,
  InjunctionFinding,
  InjunctionType,
  Period,
  Recurrence,
  Satisfaction,
  StayFinding,
} from './types.ts';

export type ReviewStatus = 'proposed' | 'confirmed' | 'dismissed';
export type DeadlineState = 'open' | 'satisfied' | 'vacated' | 'mooted' | 'barred' | 'suspended';
export type TimeStatus = 'upcoming' | 'due' | 'passed' | 'undated';

/** Where a record came from: the entry and the words that set it. */
export interface Provenance {
  entry: string;
  dateFiled: string;
  words: string;
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
  /** `passed`: the day went by for an obligation met off the docket, where no filing is expected. */
  state: 'open' | 'satisfied' | 'missing' | 'passed';
  satisfiedBy?: Provenance;
  late?: boolean;
}

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
  }[];
  supersededBy: string | null;
}

export type InjunctionState = 'in_force' | 'vacated' | 'dissolved' | 'converted' | 'stayed' | 'expired';

export interface TrackedInjunction {
  id: string;
  type: InjunctionType;
  state: InjunctionState;
  since: string;
  until: string | null;
  grantedBy: Provenance;
  history: { action: string; entry: string; date: string; until: string | null }[];
}

export interface TrackedHearing {
  id: string;
  type: string;
  date: string | null;
  time: string | null;
  re: number[];
  state: 'scheduled' | 'held' | 'cancelled';
  setBy: Provenance;
  history: { change: string; entry: string; date: string | null; time: string | null }[];
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
}

export interface Posture {
  asOf: string;
  inForce: {
    kind: 'stay' | 'injunction';
    id: string;
    what: string | null;
    since: string;
    until: string | null;
    summary: string;
  }[];
  next: DeadlineView[];
  missing: { id: string; what: string; due: string; occurrence?: number }[];
  hearings: { id: string; type: string; date: string | null; time: string | null }[];
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

/** The id of an entry (its number, its own id, or date + text hash): the extractor's, so `satisfies` refers to the same ids. */
export const entryId: (entry: AnalyzeInput) => string = entryKey;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const REF = /\[(\d+)\]/g;
/** What is filed about a motion: its briefing, which ends with the motion. */
const BRIEFING =
  /^\s*(?:response|reply|sur-?reply|opposition|memorandum\s+in\s+opposition|brief\s+in\s+opposition|objection)s?\b/i;
/** Entries that dispose of motions: the court's rulings and minute entries (and a party's notice of withdrawal). */
const DISPOSING_KINDS: ReadonlySet<string> = new Set(['order', 'opinion', 'judgment', 'minute_entry']);

/**
 * A pure function of a string, remembered: the tracker compares every finding with every open
 * record, so the same few hundred descriptions are normalised over and over.
 */
function remembered<T>(fn: (s: string) => T): (s: string) => T {
  const memo = new Map<string, T>();
  return (s) => {
    let v = memo.get(s);
    if (v === undefined) {
      if (memo.size > 50_000) memo.clear();
      v = fn(s);
      memo.set(s, v);
    }
    return v;
  };
}

/** "Response to [47] (local-rule default)" → "response to [47]". */
const keyOf = remembered((what: string): string =>
  what
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\b(the|a|an)\b/g, ' ')
    .replace(/[^\w[\]]+/g, ' ')
    .trim()
    .replace(/\s+/g, ' '),
);

const refsOf = remembered((what: string): number[] => [...what.matchAll(REF)].map((m) => Number(m[1])));

const headWord = remembered((what: string) => keyOf(what).split(' ')[0] ?? '');

const longDate = remembered((date: string): string => DateTime.fromISO(date).toFormat('LLLL d, yyyy'));

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export class Tracker {
  readonly #calendar: CalendarOptions;
  readonly #now: () => Date;
  readonly #deadlines = new Map<string, TrackedDeadline>();
  readonly #stays = new Map<string, TrackedStay>();
  readonly #injunctions = new Map<string, TrackedInjunction>();
  readonly #hearings = new Map<string, TrackedHearing>();
  #asOf: string | null = null;
  #seq = 0;

  constructor(options: TrackerOptions = {}) {
    this.#calendar = { ...options.calendar, court: options.court ?? options.calendar?.court ?? 'mied' };
    this.#now = options.now ?? (() => new Date());
  }

  /** The day the replay has reached. */
  get asOf(): string | null {
    return this.#asOf;
  }

  /** Apply one entry and what was read from it; entries must come in filing order. */
  apply(entry: AnalyzeInput, analysis: Analysis): TrackerEvent[] {
    if (!DATE.test(entry.dateFiled))
      throw new InputError(`entry date "${entry.dateFiled}" is not YYYY-MM-DD`);
    const events = this.advanceTo(entry.dateFiled);
    const id = entryId(entry);
    const at = (words: string | undefined): Provenance => ({
      entry: id,
      dateFiled: entry.dateFiled,
      words: words ?? entry.text,
    });
    for (const f of analysis.deadlines)
      events.push(...this.#applyDeadline(f, at(f.source), analysis.relatedEntries));
    const supersededNow: TrackedStay[] = [];
    for (const f of analysis.stays) events.push(...this.#applyStay(f, at(f.source), supersededNow));
    for (const f of analysis.injunctions) {
      const granted = this.#applyInjunction(f, at(f.source), events, analysis.relatedEntries);
      if (granted) for (const s of supersededNow) s.supersededBy = granted.id;
    }
    for (const f of analysis.hearings) events.push(...this.#applyHearing(f, at(f.source)));
    for (const f of analysis.deadlines) this.#linkToHearing(f, id, analysis.relatedEntries);
    for (const s of analysis.satisfies) events.push(...this.#applySatisfaction(s, at(undefined)));
    if (DISPOSING_KINDS.has(analysis.kind) || (analysis.kind === 'notice' && /\bwithdraw/i.test(entry.text)))
      events.push(...this.#endBriefingOf(disposedMotions(entry.text), at(undefined)));
    return events;
  }

  /**
   * A response, reply or opposition belongs to its motion: once the motion is decided, withdrawn
   * or found moot, what was due about it is no longer due ("response to [36]" after [36] is granted).
   */
  #endBriefingOf(motions: number[], at: Provenance): TrackerEvent[] {
    if (motions.length === 0) return [];
    const events: TrackerEvent[] = [];
    for (const d of this.#deadlines.values()) {
      if (d.state !== 'open' || d.review === 'dismissed' || d.recurrence || d.setBy.entry === at.entry)
        continue;
      if (!BRIEFING.test(d.what)) continue;
      const about = refsOf(d.what).filter((n) => motions.includes(n));
      if (about.length === 0) continue;
      d.state = 'mooted';
      d.history.push({
        change: 'mooted',
        entry: at.entry,
        date: at.dateFiled,
        due: d.due,
        previousDue: null,
      });
      events.push({
        type: 'deadline.mooted',
        entry: at.entry,
        date: at.dateFiled,
        subject: d.id,
        message: `${capitalize(d.what)} no longer due: the motion [${about.join('], [')}] was decided or withdrawn`,
        data: { due: d.due },
      });
    }
    return events;
  }

  /**
   * Move the replay to `date`: occurrences of recurring obligations whose due date has passed
   * without a filing are flagged missing, stays and injunctions whose last day has passed expire,
   * and one-off deadlines whose day has passed unsatisfied say so once.
   */
  advanceTo(date: string): TrackerEvent[] {
    if (!DATE.test(date)) throw new InputError(`date "${date}" is not YYYY-MM-DD`);
    if (this.#asOf && date < this.#asOf) return [];
    this.#asOf = date;
    const events: TrackerEvent[] = [];
    for (const d of this.#deadlines.values()) {
      if (d.review === 'dismissed' || d.state !== 'open') continue;
      if (d.recurrence) {
        this.#extendOccurrences(d, date);
        for (const o of d.recurrence.occurrences) {
          if (o.state !== 'open' || o.due >= date) continue;
          if (!d.docketed) {
            o.state = 'passed';
            continue;
          }
          o.state = 'missing';
          events.push({
            type: 'deadline.missing',
            entry: null,
            date,
            subject: d.id,
            message: `Expected filing missing: ${d.what}, occurrence ${o.index} due ${longDate(o.due)}, has not appeared`,
            data: { occurrence: o.index, due: o.due },
          });
        }
        this.#syncNextDue(d);
      } else if (d.due && d.due < date && !d.history.some((h) => h.change === 'passed' && h.due === d.due)) {
        d.history.push({ change: 'passed', entry: null, date, due: d.due, previousDue: null });
        events.push({
          type: 'deadline.passed',
          entry: null,
          date,
          subject: d.id,
          message: `${capitalize(d.what)} was due ${longDate(d.due)}; no filing meeting it has been seen`,
          data: { due: d.due },
        });
      }
    }
    for (const s of this.#stays.values()) {
      if (s.state === 'in_force' && s.expires && s.expires < date) {
        s.state = 'expired';
        events.push({
          type: 'stay.expired',
          entry: null,
          date,
          subject: s.id,
          message: `Stay${s.what ? ` of ${s.what}` : ''} expired at the end of ${longDate(s.expires)}`,
          data: { expires: s.expires },
        });
      }
    }
    for (const i of this.#injunctions.values()) {
      if (i.state === 'in_force' && i.until && DATE.test(i.until) && i.until < date) {
        i.state = 'expired';
        events.push({
          type: 'injunction.expired',
          entry: null,
          date,
          subject: i.id,
          message: `${injunctionName(i.type)} expired`,
        });
      }
    }
    return events;
  }

  /** A person confirms an extracted deadline. */
  confirm(id: string, who: string): TrackedDeadline {
    return this.#review(id, who, 'confirmed');
  }

  /** A person dismisses an extracted deadline (a misreading); it stops producing alerts. */
  dismiss(id: string, who: string): TrackedDeadline {
    return this.#review(id, who, 'dismissed');
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
    if (input.due) computed = fixedDeadline(input.due, { ...this.#calendar, dueTime: input.dueTime ?? null });
    else if (input.period)
      computed = computeDeadline(
        {
          from: input.period.from,
          n: input.period.n,
          unit: input.period.unit,
          direction: input.period.direction ?? 'after',
        },
        this.#calendar,
      );
    else throw new InputError('a manual deadline needs a due date or a period');
    const at = this.#now().toISOString();
    const d = this.#newDeadline({
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
    return [...this.#deadlines.values()];
  }

  stays(): TrackedStay[] {
    return [...this.#stays.values()];
  }

  injunctions(): TrackedInjunction[] {
    return [...this.#injunctions.values()];
  }

  hearings(): TrackedHearing[] {
    return [...this.#hearings.values()];
  }

  /** What is in force and what is due next, as of a day (default: where the replay is). */
  posture(asOf?: string): Posture {
    const day = asOf ?? this.#asOf;
    if (!day || !DATE.test(day)) throw new InputError('posture needs an as-of date (YYYY-MM-DD)');
    const inForce: Posture['inForce'] = [];
    for (const s of this.#stays.values()) {
      if (s.since > day || !stayInForceOn(s, day)) continue;
      const until = s.expires
        ? `until ${longDate(s.expires)}`
        : s.until === 'further_order'
          ? 'until further order'
          : s.until
            ? `until ${s.until}`
            : 'with no end date given';
      inForce.push({
        kind: 'stay',
        id: s.id,
        what: s.what,
        since: s.since,
        until: s.expires ?? s.until,
        summary: `Stay${s.what ? ` of ${s.what}` : ''} in effect ${until}`,
      });
    }
    for (const i of this.#injunctions.values()) {
      if (i.since > day || i.state !== 'in_force' || (i.until && DATE.test(i.until) && i.until < day))
        continue;
      const until =
        i.until === 'further_order'
          ? ' (until further order)'
          : i.until
            ? ` until ${DATE.test(i.until) ? longDate(i.until) : i.until}`
            : '';
      inForce.push({
        kind: 'injunction',
        id: i.id,
        what: injunctionName(i.type),
        since: i.since,
        until: i.until,
        summary: `${injunctionName(i.type)} in effect since ${longDate(i.since)}${until}`,
      });
    }
    const next: DeadlineView[] = [];
    const missing: Posture['missing'] = [];
    for (const d of this.#deadlines.values()) {
      if (d.review === 'dismissed' || d.state !== 'open') continue;
      if (d.recurrence) {
        for (const o of d.recurrence.occurrences) {
          if (d.docketed && (o.state === 'missing' || (o.state === 'open' && o.due < day)))
            missing.push({ id: d.id, what: d.what, due: o.due, occurrence: o.index });
        }
        const o = d.recurrence.occurrences.find((x) => x.state === 'open' && x.due >= day);
        if (o)
          next.push({
            ...viewOf(d, o.due, day),
            occurrence: o.index,
            ...(d.docketed ? {} : { docketed: false }),
          });
        continue;
      }
      if (d.due && d.due < day) continue;
      next.push(viewOf(d, d.due, day));
    }
    next.sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999'));
    const hearings = [...this.#hearings.values()]
      .filter((h) => h.state === 'scheduled' && (!h.date || h.date >= day))
      .map((h) => ({ id: h.id, type: h.type, date: h.date, time: h.time }));
    return { asOf: day, inForce, next, missing, hearings };
  }

  // ——— deadlines ———

  #applyDeadline(f: DeadlineFinding, at: Provenance, related: number[]): TrackerEvent[] {
    const existing = this.#findDeadline(f, related);
    const ev = (
      type: string,
      d: TrackedDeadline | null,
      message: string,
      data?: Record<string, unknown>,
    ): TrackerEvent[] => [
      {
        type,
        entry: at.entry,
        date: at.dateFiled,
        subject: d?.id ?? null,
        message,
        ...(data ? { data } : {}),
      },
    ];
    switch (f.change) {
      case 'duplicate':
        if (existing) {
          existing.repeatedBy.push(at);
          return [];
        }
        return this.#createFromFinding(f, at, true);
      case 'set':
      case 'proposed': {
        const ordered = f.change === 'set' && isOrderedBasis(f.basis);
        const occurrence = this.#repeatedOccurrence(f, related);
        if (occurrence && !f.recurrence) {
          // "Set Deadlines as to [87]. Status Report due by 8/7/2017": the clerk repeats an occurrence.
          occurrence.repeatedBy.push(at);
          return [];
        }
        if (!existing || existing.recurrence || f.recurrence) return this.#createFromFinding(f, at, ordered);
        const computed = this.#computeDue(f);
        if (existing.ordered && !ordered) return [];
        const previousDue = existing.due;
        const adopting = !existing.ordered && ordered;
        existing.ordered ||= ordered;
        existing.basis = f.basis;
        if (computed && computed.due !== existing.due) {
          this.#changeDue(existing, computed, f, 'reset', at, previousDue);
          return ev(
            adopting ? 'deadline.set' : 'deadline.reset',
            existing,
            `${capitalize(existing.what)} now due ${longDate(computed.due)} (was ${previousDue ? longDate(previousDue) : 'undated'})`,
            { due: existing.due, previousDue },
          );
        }
        if (adopting) {
          existing.history.push({
            change: 'set',
            entry: at.entry,
            date: at.dateFiled,
            due: existing.due,
            previousDue: null,
          });
          return ev(
            'deadline.set',
            existing,
            `${capitalize(existing.what)} due ${existing.due ? longDate(existing.due) : '(undated)'} is now set by the court`,
            { due: existing.due, adopted: true },
          );
        }
        existing.repeatedBy.push(at);
        return [];
      }
      case 'extended':
      case 'shortened':
      case 'reset': {
        const computed = this.#computeDue(f);
        if (!existing) {
          const events = this.#createFromFinding(f, at, true, f.change);
          const d = this.#deadlines.get(events[0]!.subject!)!;
          d.history[0]!.previousDue = f.previousDue ?? null;
          return events;
        }
        const previousDue = existing.due;
        if (computed) this.#changeDue(existing, computed, f, f.change, at, previousDue);
        existing.ordered = true;
        if (existing.state === 'suspended') existing.state = 'open';
        return ev(
          `deadline.${f.change}`,
          existing,
          `${capitalize(existing.what)} ${f.change} to ${existing.due ? longDate(existing.due) : '(undated)'}${previousDue ? ` (was ${longDate(previousDue)})` : ''}`,
          { due: existing.due, previousDue },
        );
      }
      case 'vacated':
      case 'mooted':
      case 'suspended': {
        if (!existing)
          return ev(
            `deadline.${f.change}`,
            null,
            `${capitalize(f.what)} ${f.change}; no tracked deadline matched`,
          );
        existing.state = f.change;
        existing.history.push({
          change: f.change,
          entry: at.entry,
          date: at.dateFiled,
          due: existing.due,
          previousDue: null,
        });
        return ev(`deadline.${f.change}`, existing, `${capitalize(existing.what)} ${f.change}`);
      }
      case 'barred': {
        const d =
          existing ??
          this.#newDeadline({
            what: f.what,
            party: f.party,
            basis: f.basis,
            ordered: true,
            due: null,
            dueTime: null,
            dueInstant: null,
            review: 'proposed',
            setBy: at,
            warnings: [],
          });
        d.state = 'barred';
        d.history.push({
          change: 'barred',
          entry: at.entry,
          date: at.dateFiled,
          due: null,
          previousDue: null,
        });
        return ev('deadline.barred', d, `${capitalize(d.what)}: not permitted`);
      }
    }
  }

  #createFromFinding(
    f: DeadlineFinding,
    at: Provenance,
    ordered: boolean,
    change: string = f.change === 'proposed' ? 'proposed' : 'set',
  ): TrackerEvent[] {
    const computed = f.recurrence ? null : this.#computeDue(f);
    const d = this.#newDeadline({
      what: f.what,
      party: f.party,
      basis: f.basis,
      ordered,
      due: computed?.due ?? null,
      dueTime: f.dueTime,
      dueInstant: computed?.dueInstant ?? null,
      review: 'proposed',
      setBy: at,
      warnings: computed?.warnings ?? [],
      docketed: f.docketed !== false,
    });
    if (f.recurrence) {
      d.recurrence = {
        ...f.recurrence,
        anchor: f.recurrence.anchor ?? f.period?.trigger ?? at.dateFiled,
        occurrences: [],
      };
      this.#extendOccurrences(d, this.#asOf ?? at.dateFiled);
      this.#syncNextDue(d);
    }
    d.history.push({ change, entry: at.entry, date: at.dateFiled, due: d.due, previousDue: null });
    const when = d.recurrence
      ? `every ${d.recurrence.every} ${d.recurrence.unit}, first due ${d.due ? longDate(d.due) : '(unknown)'}`
      : d.due
        ? `due ${longDate(d.due)}${d.dueTime ? ` at ${d.dueTime}` : ''}`
        : f.period?.triggerText
          ? `due ${f.period.n} ${f.period.unit} ${f.period.direction ?? 'after'} ${f.period.triggerText}`
          : 'undated';
    const type = change === 'proposed' ? 'deadline.proposed' : `deadline.${change}`;
    return [
      {
        type,
        entry: at.entry,
        date: at.dateFiled,
        subject: d.id,
        message: `${capitalize(d.what)} ${when}`,
        data: { due: d.due, basis: f.basis, recurring: Boolean(d.recurrence) },
      },
    ];
  }

  /** The due date a finding sets: a fixed date as written; a period computed by the calendar. */
  #computeDue(f: DeadlineFinding): ComputedDeadline | null {
    const p = f.period;
    if (p?.trigger && f.basis !== 'fixed_date_in_text' && f.basis !== 'clerk_computed_in_text') {
      const from = p.unit === 'hours' ? `${p.trigger.slice(0, 10)}T${f.dueTime ?? '00:00'}` : p.trigger;
      if (p.unit !== 'hours') {
        const computed = computeDeadline(
          { from, n: p.n, unit: p.unit, direction: p.direction ?? 'after' },
          this.#calendar,
        );
        if (f.dueDate && f.dueDate !== computed.due)
          computed.warnings.push(`the text or extractor gives ${f.dueDate}; FRCP 6(a) gives ${computed.due}`);
        return computed;
      }
    }
    if (f.dueDate) return fixedDeadline(f.dueDate, { ...this.#calendar, dueTime: f.dueTime });
    return null;
  }

  #changeDue(
    d: TrackedDeadline,
    computed: ComputedDeadline,
    f: DeadlineFinding,
    change: string,
    at: Provenance,
    previousDue: string | null,
  ): void {
    d.due = computed.due;
    d.dueTime = f.dueTime;
    d.dueInstant = computed.dueInstant;
    d.warnings = computed.warnings;
    d.history.push({
      change,
      entry: at.entry,
      date: at.dateFiled,
      due: d.due,
      previousDue: f.previousDue ?? previousDue,
    });
  }

  /** A recurring obligation of a related entry one of whose occurrences falls on the finding's date. */
  #repeatedOccurrence(f: DeadlineFinding, related: number[]): TrackedDeadline | null {
    if (!f.dueDate || related.length === 0) return null;
    return (
      [...this.#deadlines.values()].find(
        (d) =>
          d.recurrence &&
          d.state === 'open' &&
          related.includes(Number(d.setBy.entry)) &&
          d.recurrence.occurrences.some((o) => o.due === f.dueDate || o.nominal === f.dueDate),
      ) ?? null
    );
  }

  #findDeadline(f: DeadlineFinding, related: number[]): TrackedDeadline | null {
    const key = keyOf(f.what);
    const refs = refsOf(f.what);
    const head = headWord(f.what);
    const live = [...this.#deadlines.values()]
      .filter((d) => d.review !== 'dismissed' && (d.state === 'open' || d.state === 'suspended'))
      .reverse();
    return (
      live.find((d) => keyOf(d.what) === key) ??
      live.find(
        (d) => refs.length > 0 && headWord(d.what) === head && refsOf(d.what).some((r) => refs.includes(r)),
      ) ??
      (f.previousDue ? live.find((d) => d.due === f.previousDue && headWord(d.what) === head) : undefined) ??
      // A less specific repetition of the same obligation ("Response due by 3/27" after "response to [1] Petition by 3/27").
      (f.dueDate && refs.length === 0
        ? live.find((d) => d.due === f.dueDate && headWord(d.what) === head)
        : undefined) ??
      (f.change !== 'set' && f.change !== 'proposed' && related.length > 0
        ? live.find((d) => headWord(d.what) === head && refsOf(d.what).some((r) => related.includes(r)))
        : undefined) ??
      null
    );
  }

  #newDeadline(
    init: Omit<
      TrackedDeadline,
      'id' | 'state' | 'repeatedBy' | 'history' | 'audit' | 'recurrence' | 'satisfiedBy' | 'docketed'
    > &
      Partial<Pick<TrackedDeadline, 'docketed'>>,
  ): TrackedDeadline {
    const d: TrackedDeadline = {
      id: `d${++this.#seq}`,
      state: 'open',
      repeatedBy: [],
      history: [],
      audit: [],
      recurrence: null,
      satisfiedBy: null,
      docketed: true,
      ...init,
    };
    this.#deadlines.set(d.id, d);
    return d;
  }

  #extendOccurrences(d: TrackedDeadline, through: string): void {
    const r = d.recurrence!;
    if (!r.anchor) return;
    // Every occurrence through `through`, and the next one after it.
    const all = recurringDeadlines(
      {
        every: r.every,
        unit: r.unit,
        anchor: r.anchor,
        firstDue: r.firstDue ?? null,
        weekday: r.weekday ?? null,
      },
      {
        count: 1000,
        through: DateTime.fromISO(through)
          .plus({ days: r.unit === 'months' ? 62 : r.every * (r.unit === 'weeks' ? 7 : 1) + 1 })
          .toISODate()!,
      },
      this.#calendar,
    );
    for (const [i, o] of all.entries()) {
      if (r.occurrences[i]) continue;
      r.occurrences.push({
        index: i + 1,
        nominal: o.raw,
        due: o.due,
        dueInstant: o.dueInstant,
        state: 'open',
      });
    }
  }

  #syncNextDue(d: TrackedDeadline): void {
    const o = d.recurrence!.occurrences.find((x) => x.state === 'open');
    d.due = o?.due ?? null;
    d.dueInstant = o?.dueInstant ?? null;
  }

  #applySatisfaction(s: Satisfaction, at: Provenance): TrackerEvent[] {
    const candidates = [...this.#deadlines.values()].filter(
      (d) =>
        d.review !== 'dismissed' &&
        d.state === 'open' &&
        (d.setBy.entry === s.entry ||
          d.repeatedBy.some((p) => p.entry === s.entry) ||
          d.history.some((h) => h.entry === s.entry)),
    );
    const key = keyOf(s.what);
    const refs = refsOf(s.what);
    const pool =
      candidates.length > 0
        ? candidates
        : [...this.#deadlines.values()].filter((d) => d.review !== 'dismissed' && d.state === 'open');
    const obligation = obligationKey(s.what);
    const d =
      pool.find((x) => keyOf(x.what) === key) ??
      // "Memorandum in opposition to Plaintiffs' [238]" is the response to [238].
      pool.find((x) => obligationKey(x.what) === obligation) ??
      // "Memorandum in opposition", set by an order on one motion, is the response to that motion.
      candidates.find(
        (x) =>
          !/\[\d+\]/.test(x.what) &&
          obligationKey(x.what) === obligation.replace(/\s*\[\d+\].*$/, '').replace(/\s+to$/, ''),
      ) ??
      pool.find(
        (x) =>
          refs.length > 0 &&
          headWord(x.what) === headWord(s.what) &&
          refsOf(x.what).some((r) => refs.includes(r)),
      ) ??
      pool.find(
        (x) =>
          x.recurrence &&
          /\boccurrence\b|\brecurring\b|report/i.test(s.what) &&
          headWord(x.what) === headWord(s.what),
      ) ??
      // "Status report (occurrence 2)" pursuant to the order whose only recurring obligation is reports.
      (/\boccurrence\b|\breports?\b/i.test(s.what) && candidates.filter((x) => x.recurrence).length === 1
        ? candidates.find((x) => x.recurrence)
        : undefined) ??
      (candidates.length === 1 ? candidates[0] : undefined);
    if (!d) {
      return [
        {
          type: 'filing.unmatched',
          entry: at.entry,
          date: at.dateFiled,
          subject: null,
          message: `Filing says it meets "${s.what}" of entry ${s.entry}, but no open deadline matched`,
        },
      ];
    }
    if (d.recurrence) {
      const o = pickOccurrence(d.recurrence.occurrences, s.what, at.dateFiled);
      if (!o)
        return [
          {
            type: 'filing.unmatched',
            entry: at.entry,
            date: at.dateFiled,
            subject: d.id,
            message: `No open occurrence of ${d.what} for this filing`,
          },
        ];
      const wasMissing = o.state === 'missing';
      o.state = 'satisfied';
      o.satisfiedBy = at;
      o.late = at.dateFiled > o.due;
      this.#syncNextDue(d);
      return [
        {
          type: 'deadline.satisfied',
          entry: at.entry,
          date: at.dateFiled,
          subject: d.id,
          message: `${capitalize(d.what)}: occurrence ${o.index} (due ${longDate(o.due)}) filed${o.late ? ' late' : ''}`,
          data: { occurrence: o.index, due: o.due, late: o.late, wasMissing },
        },
      ];
    }
    d.state = 'satisfied';
    d.satisfiedBy = at;
    const late = d.due !== null && at.dateFiled > d.due;
    d.history.push({
      change: 'satisfied',
      entry: at.entry,
      date: at.dateFiled,
      due: d.due,
      previousDue: null,
    });
    return [
      {
        type: 'deadline.satisfied',
        entry: at.entry,
        date: at.dateFiled,
        subject: d.id,
        message: `${capitalize(d.what)} filed${late ? ` late (due ${longDate(d.due!)})` : ''}`,
        data: { due: d.due, late },
      },
    ];
  }

  #review(id: string, who: string, to: 'confirmed' | 'dismissed'): TrackedDeadline {
    const d = this.#deadlines.get(id);
    if (!d) throw new UnknownRecordError(id);
    if (!who.trim()) throw new InputError('say who confirms or dismisses a deadline');
    d.review = to;
    d.audit.push({ action: to, who, at: this.#now().toISOString() });
    return d;
  }

  // ——— stays ———

  #applyStay(f: StayFinding, at: Provenance, supersededNow: TrackedStay[]): TrackerEvent[] {
    const ev = (
      type: string,
      s: TrackedStay | null,
      message: string,
      data?: Record<string, unknown>,
    ): TrackerEvent => ({
      type,
      entry: at.entry,
      date: at.dateFiled,
      subject: s?.id ?? null,
      message,
      ...(data ? { data } : {}),
    });
    const expires = f.expires ?? this.#stayExpiryFromPeriod(f);
    const current = this.#currentStay();
    const push = (s: TrackedStay, action: string, previousExpires: string | null) =>
      s.history.push({
        action,
        entry: at.entry,
        date: at.dateFiled,
        expires: s.expires,
        previousExpires,
        what: s.what,
      });
    switch (f.action) {
      case 'granted': {
        const s: TrackedStay = {
          id: `s${++this.#seq}`,
          what: f.what,
          state: 'in_force',
          since: at.dateFiled,
          expires,
          until: f.until,
          grantedBy: at,
          history: [],
          supersededBy: null,
        };
        this.#stays.set(s.id, s);
        push(s, 'granted', null);
        return [
          ev('stay.granted', s, `Stay${s.what ? ` of ${s.what}` : ''} granted${describeStayEnd(s)}`, {
            expires: s.expires,
            until: s.until,
          }),
        ];
      }
      case 'scope_expanded': {
        if (!current) return this.#applyStay({ ...f, action: 'granted' }, at, supersededNow);
        const events: TrackerEvent[] = [];
        const previousWhat = current.what;
        if (f.what) current.what = f.what;
        push(current, 'scope_expanded', current.expires);
        events.push(
          ev(
            'stay.scope_expanded',
            current,
            `Stay expanded${f.what ? ` to ${f.what}` : ''}; ${current.expires ? `still expires ${longDate(current.expires)}` : 'no end date'}`,
            { previousWhat, expires: current.expires },
          ),
        );
        if (expires && expires !== current.expires) {
          const previousExpires = current.expires;
          current.expires = expires;
          push(current, 'extended', previousExpires);
          events.push(
            ev(
              'stay.extended',
              current,
              `Stay now expires ${longDate(expires)}${previousExpires ? ` (was ${longDate(previousExpires)})` : ''}`,
              { expires, previousExpires },
            ),
          );
        }
        return events;
      }
      case 'extended': {
        const s = current ?? this.#latestStay();
        if (!s) return this.#applyStay({ ...f, action: 'granted' }, at, supersededNow);
        const previousExpires = s.expires;
        s.state = 'in_force';
        s.expires = expires;
        s.until = f.until;
        if (f.what && !s.what) s.what = f.what;
        push(s, 'extended', previousExpires);
        return [
          ev(
            'stay.extended',
            s,
            `Stay extended${describeStayEnd(s)}${previousExpires ? ` (was until ${longDate(previousExpires)})` : ''}`,
            { expires: s.expires, until: s.until, previousExpires: f.previousExpires ?? previousExpires },
          ),
        ];
      }
      case 'lifted':
      case 'superseded': {
        const s = current;
        if (!s) return [ev(`stay.${f.action}`, null, `Stay ${f.action}; no stay in force was tracked`)];
        s.state = f.action;
        push(s, f.action, s.expires);
        if (f.action === 'superseded') supersededNow.push(s);
        return [
          ev(
            `stay.${f.action}`,
            s,
            f.action === 'lifted'
              ? `Stay${s.what ? ` of ${s.what}` : ''} lifted`
              : `Stay${s.what ? ` of ${s.what}` : ''} superseded${f.what && f.what !== s.what ? ` (${f.what})` : ''}`,
          ),
        ];
      }
      case 'denied':
        return [ev('stay.denied', null, `Stay denied${f.what ? `: ${f.what}` : ''}`)];
    }
  }

  #stayExpiryFromPeriod(f: StayFinding): string | null {
    const period = (f as StayFinding & { period?: DeadlineFinding['period'] }).period;
    if (!period?.trigger || period.unit === 'hours') return null;
    return computeDeadline({ from: period.trigger, n: period.n, unit: period.unit }, this.#calendar).due;
  }

  #currentStay(): TrackedStay | null {
    const day = this.#asOf;
    return (
      [...this.#stays.values()]
        .reverse()
        .find((s) => s.state === 'in_force' && (!day || stayInForceOn(s, day))) ?? null
    );
  }

  #latestStay(): TrackedStay | null {
    return (
      [...this.#stays.values()].reverse().find((s) => s.state === 'in_force' || s.state === 'expired') ?? null
    );
  }

  // ——— injunctions and hearings ———

  #applyInjunction(
    f: InjunctionFinding,
    at: Provenance,
    events: TrackerEvent[],
    related: number[] = [],
  ): TrackedInjunction | null {
    const ev = (type: string, i: TrackedInjunction | null, message: string) =>
      events.push({ type, entry: at.entry, date: at.dateFiled, subject: i?.id ?? null, message });
    if (f.action === 'granted') {
      const i: TrackedInjunction = {
        id: `i${++this.#seq}`,
        type: f.type,
        state: 'in_force',
        since: at.dateFiled,
        until: f.until,
        grantedBy: at,
        history: [{ action: 'granted', entry: at.entry, date: at.dateFiled, until: f.until }],
      };
      this.#injunctions.set(i.id, i);
      ev(
        'injunction.granted',
        i,
        `${injunctionName(f.type)} granted${f.until === 'further_order' ? ' until further order' : f.until ? ` until ${f.until}` : ''}`,
      );
      return i;
    }
    if (f.action === 'denied') {
      ev('injunction.denied', null, `${injunctionName(f.type)} denied`);
      return null;
    }
    const standing = (x: TrackedInjunction) =>
      x.state !== 'vacated' && x.state !== 'dissolved' && x.state !== 'converted';
    const targets = this.#namedInjunctions(f, at, related).filter(standing);
    if (targets.length === 0) {
      ev(`injunction.${f.action}`, null, `${injunctionName(f.type)} ${f.action}; no injunction was tracked`);
      return null;
    }
    for (const i of targets) {
      if (
        f.action === 'vacated' ||
        f.action === 'dissolved' ||
        f.action === 'stayed' ||
        f.action === 'converted'
      )
        i.state = f.action;
      if (f.action === 'extended' || f.action === 'modified') {
        if (f.until) i.until = f.until;
        if (i.state === 'expired') i.state = 'in_force';
      }
      i.history.push({ action: f.action, entry: at.entry, date: at.dateFiled, until: i.until });
      ev(
        `injunction.${f.action}`,
        i,
        f.action === 'converted'
          ? `${injunctionName(i.type)} converted into a preliminary injunction`
          : `${injunctionName(i.type)} ${f.action}`,
      );
      if (f.action !== 'vacated' && f.action !== 'dissolved') continue;
      // What the injunction's order required (reports every 14 days) falls with it.
      for (const d of this.#deadlines.values()) {
        if (d.setBy.entry !== i.grantedBy.entry || d.state !== 'open' || d.review === 'dismissed') continue;
        d.state = 'vacated';
        d.history.push({
          change: 'vacated',
          entry: at.entry,
          date: at.dateFiled,
          due: d.due,
          previousDue: null,
        });
        events.push({
          type: 'deadline.vacated',
          entry: at.entry,
          date: at.dateFiled,
          subject: d.id,
          message: `${capitalize(d.what)} vacated with the ${injunctionName(i.type).toLowerCase()}`,
          data: { due: d.due },
        });
      }
    }
    return null;
  }

  /**
   * The injunctions a ruling acts on: those set by the orders it names, by number or by date
   * ("the preliminary injunction of July 24, 2017 [87] and the January 2, 2018 order [191]").
   * When it names none, the one standing injunction of the type — never a guess among several.
   */
  #namedInjunctions(f: InjunctionFinding, at: Provenance, related: number[]): TrackedInjunction[] {
    const all = [...this.#injunctions.values()];
    const refs = orderReferences(at.words, related, at.dateFiled);
    const named = all.filter(
      (x) =>
        x.grantedBy.entry !== at.entry &&
        (refs.numbers.includes(Number(x.grantedBy.entry)) || refs.dates.includes(x.grantedBy.dateFiled)),
    );
    if (named.length > 0) {
      // "… are VACATED" acts on each order named; an extension or a stay on the first.
      return f.action === 'vacated' || f.action === 'dissolved' ? named : named.slice(0, 1);
    }
    const standing = all.filter(
      (x) => x.state === 'in_force' || x.state === 'stayed' || x.state === 'expired',
    );
    const ofType = standing.filter((x) => x.type === f.type);
    // Numbers that name no injunction's order name the motion ruled on ("granting [60] motion to
    // dissolve the preliminary injunction"): the one standing injunction of the type, if one.
    if (refs.numbers.length > 0 || refs.dates.length > 0) return ofType.length === 1 ? ofType : [];
    if (ofType.length === 1) return ofType;
    return ofType.length === 0 && standing.length === 1 ? standing : [];
  }

  /** Tie a deadline counted from a hearing to the tracked hearing it was counted from. */
  #linkToHearing(f: DeadlineFinding, entry: string, related: number[]): void {
    const ev = f.period?.event;
    if (!ev || !f.period) return;
    const setBy = ev.setBy ?? entry;
    const hearing = [...this.#hearings.values()]
      .reverse()
      .find((h) => h.type === ev.type && h.date === ev.date && h.history.some((x) => x.entry === setBy));
    const d = this.#findDeadline(f, related);
    if (hearing && d && d.due === f.dueDate) d.countedFrom = { hearing: hearing.id, period: f.period };
  }

  #dependents(h: TrackedHearing): TrackedDeadline[] {
    return [...this.#deadlines.values()].filter(
      (d) => d.countedFrom?.hearing === h.id && d.state === 'open' && d.review !== 'dismissed',
    );
  }

  /** A reset hearing moves what was counted from it; a hearing "to be reset" leaves them undated. */
  #moveDependents(h: TrackedHearing, at: Provenance): TrackerEvent[] {
    const events: TrackerEvent[] = [];
    for (const d of this.#dependents(h)) {
      const p = d.countedFrom!.period;
      const previousDue = d.due;
      let computed: ComputedDeadline | null = null;
      if (h.date) {
        const from = p.unit === 'hours' ? `${h.date}T${h.time ?? '00:00'}` : h.date;
        computed = computeDeadline(
          { from, n: p.n, unit: p.unit, direction: p.direction ?? 'after' },
          this.#calendar,
        );
      }
      const due = computed ? computed.due.slice(0, 10) : null;
      if (due === previousDue) continue;
      d.due = due;
      d.dueTime = computed && p.unit === 'hours' ? computed.due.slice(11, 16) : d.dueTime;
      d.dueInstant = computed?.dueInstant ?? null;
      d.warnings = computed?.warnings ?? [];
      d.countedFrom = {
        hearing: h.id,
        period: {
          ...p,
          trigger: h.date,
          event: p.event ? { ...p.event, date: h.date ?? p.event.date, time: h.time } : p.event,
        },
      };
      d.history.push({ change: 'reset', entry: at.entry, date: at.dateFiled, due, previousDue });
      const counted = `${p.n} ${p.unit.replace('_', ' ')} ${p.direction ?? 'after'} the ${h.type.replace(/_/g, ' ')}`;
      events.push({
        type: 'deadline.reset',
        entry: at.entry,
        date: at.dateFiled,
        subject: d.id,
        message: due
          ? `${capitalize(d.what)} now due ${longDate(due)} (was ${previousDue ? longDate(previousDue) : 'undated'}): ${counted}, which moved to ${longDate(h.date!)}`
          : `${capitalize(d.what)} is undated until the ${h.type.replace(/_/g, ' ')} has a new date (was ${previousDue ? longDate(previousDue) : 'undated'})`,
        data: { due, previousDue, countedFrom: h.id },
      });
    }
    return events;
  }

  #applyHearing(f: HearingFinding, at: Provenance): TrackerEvent[] {
    const re = f.re ?? [];
    const match = [...this.#hearings.values()]
      .reverse()
      .find(
        (h) =>
          h.type === f.type &&
          h.state === 'scheduled' &&
          (re.length === 0 || h.re.length === 0 || h.re.some((r) => re.includes(r))),
      );
    const ev = (type: string, h: TrackedHearing | null, message: string): TrackerEvent[] => [
      {
        type,
        entry: at.entry,
        date: at.dateFiled,
        subject: h?.id ?? null,
        message,
        data: { date: h?.date ?? f.date, time: h?.time ?? f.time },
      },
    ];
    const when = (date: string | null, time: string | null) =>
      date ? `${longDate(date)}${time ? ` at ${time}` : ''}` : 'a date to be set';
    const name = f.type.replace(/_/g, ' ');
    if (
      (f.change === 'set' || f.change === 'duplicate') &&
      match &&
      match.date === f.date &&
      (match.time === f.time || !f.time)
    ) {
      match.history.push({ change: 'duplicate', entry: at.entry, date: f.date, time: f.time });
      return [];
    }
    if (
      (f.change === 'set' || f.change === 'reset') &&
      match &&
      match.date !== f.date &&
      f.change === 'reset'
    ) {
      match.date = f.date;
      match.time = f.time;
      match.history.push({ change: 'reset', entry: at.entry, date: f.date, time: f.time });
      return [
        ...ev('hearing.reset', match, `${capitalize(name)} reset to ${when(f.date, f.time)}`),
        ...this.#moveDependents(match, at),
      ];
    }
    if (
      f.change === 'set' ||
      f.change === 'reset' ||
      f.change === 'duplicate' ||
      (f.change === 'held' && !match)
    ) {
      const h: TrackedHearing = {
        id: `h${++this.#seq}`,
        type: f.type,
        date: f.date,
        time: f.time,
        re,
        state: f.change === 'held' ? 'held' : 'scheduled',
        setBy: at,
        history: [{ change: f.change, entry: at.entry, date: f.date, time: f.time }],
      };
      this.#hearings.set(h.id, h);
      return ev(
        f.change === 'held' ? 'hearing.held' : 'hearing.set',
        h,
        `${capitalize(name)} ${f.change === 'held' ? 'held' : 'set for'} ${when(f.date, f.time)}`,
      );
    }
    // "set for D1 is reset to D2" reads as the reset and the old date struck: the hearing this entry
    // just moved away from D1 is not cancelled by the words that strike D1.
    if (
      f.change === 'cancelled' &&
      f.date &&
      match &&
      match.date !== f.date &&
      match.history.at(-1)?.entry === at.entry &&
      match.history.at(-1)?.change === 'reset'
    )
      return [];
    if (!match)
      return ev(`hearing.${f.change}`, null, `${capitalize(name)} ${f.change}; no scheduled hearing matched`);
    match.state = f.change === 'held' ? 'held' : 'cancelled';
    if (match.state === 'cancelled')
      for (const d of this.#dependents(match))
        d.warnings.push(
          `the ${name} it was counted from was cancelled (${at.entry}); check whether it still applies`,
        );
    match.history.push({
      change: f.change,
      entry: at.entry,
      date: f.date ?? match.date,
      time: f.time ?? match.time,
    });
    return ev(`hearing.${f.change}`, match, `${capitalize(name)} ${f.change}`);
  }
}

function isOrderedBasis(basis: DeadlineBasis): boolean {
  return (
    basis !== 'stipulation_pending_approval' &&
    basis !== 'local_rule_default' &&
    basis !== 'clerk_computed_in_text'
  );
}

function stayInForceOn(s: TrackedStay, day: string): boolean {
  if (s.state !== 'in_force' && s.state !== 'expired') return false;
  return !s.expires || s.expires >= day;
}

function describeStayEnd(s: TrackedStay): string {
  if (s.expires) return ` through ${longDate(s.expires)}`;
  if (s.until === 'further_order') return ' until further order';
  return s.until ? ` until ${s.until}` : '';
}

function injunctionName(type: InjunctionType): string {
  return type === 'TRO'
    ? 'Temporary restraining order'
    : type === 'preliminary_injunction'
      ? 'Preliminary injunction'
      : 'Permanent injunction';
}

function viewOf(d: TrackedDeadline, due: string | null, day: string): DeadlineView {
  const daysLeft = due ? daysBetween(day, due) : null;
  const status: TimeStatus =
    daysLeft === null ? 'undated' : daysLeft > 0 ? 'upcoming' : daysLeft === 0 ? 'due' : 'passed';
  return {
    id: d.id,
    what: d.what,
    party: d.party,
    due,
    dueTime: d.dueTime,
    daysLeft,
    status,
    review: d.review,
    ordered: d.ordered,
  };
}

/**
 * Which occurrence a filing meets: the one its words name ("occurrence 3", "due 2017-09-05"),
 * otherwise the open or missing occurrence whose due date is nearest the filing date (earlier on a tie).
 */
function pickOccurrence(occurrences: Occurrence[], words: string, filed: string): Occurrence | undefined {
  const unmet = occurrences.filter((o) => o.state !== 'satisfied');
  const n = /\boccurrence\s+(\d+)/i.exec(words)?.[1];
  if (n) return unmet.find((o) => o.index === Number(n));
  const date = /\d{4}-\d{2}-\d{2}/.exec(words)?.[0];
  if (date) {
    const named = unmet.find((o) => o.due === date || o.nominal === date);
    if (named) return named;
  }
  let best: Occurrence | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const o of unmet) {
    const distance = Math.abs(daysBetween(filed, o.due));
    if (distance < bestDistance) {
      best = o;
      bestDistance = distance;
    }
  }
  return best;
}
