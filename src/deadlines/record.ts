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
 */
import { createHash, randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import type { Kysely } from 'kysely';
import { DateTime } from 'luxon';
import { findCase } from '../../db/cases.ts';
import { type EntryReview, syncEntryReviews } from '../../db/entry-reviews.ts';
import { type Store, writeTransaction } from '../../db/index.ts';
import type { Database, DeadlineDecisionRow, DeadlineRecordRow } from '../../db/schema.ts';
import { findCourt } from '../courts.ts';
import { InputError } from '../errors.ts';
import { type CaseRef, caseRef } from '../model/case-key.ts';
import {
  type DeadlineAction,
  type DocketEvent,
  docketEvent,
  type HearingAction,
  type InjunctionAction,
  type InjunctionKind,
  isEventType,
  parseEvent,
  posturePayload,
  type StayAction,
} from '../model/events.ts';
import { daysBetween } from './calendar.ts';
import { analyzeSequence, entryKey } from './extract/index.ts';
import { type Posture, Tracker, type TrackerEvent, UnknownRecordError } from './tracker.ts';
import type { AnalyzeInput } from './types.ts';

type Db = Kysely<Database>;

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
  }[];
  nextDeadlines: {
    id: string;
    what: string;
    party: string | null;
    due: string | null;
    dueTime: string | null;
    daysLeft: number | null;
    status: string;
    review: string;
    occurrence?: number;
  }[];
  missing: { id: string; what: string; due: string; occurrence?: number }[];
  hearings: { id: string; type: string; date: string | null; time: string | null }[];
  /** The latest changes that had happened by `asOf`: `date` is the day each happened, `at` when it was recorded. */
  recentChanges: { type: string; date: string; at: string; entry: string | null; message: string }[];
}

/** Types that come from the passing of time; their keys do not depend on the day they were noticed. */
const TIME_TYPES = new Set(['deadline.missing', 'deadline.passed', 'stay.expired', 'injunction.expired']);
/** How many days before a stay's last day `stay.expiring` is emitted (the tightest reached). */
export const STAY_WARNINGS = [7, 2, 0] as const;
const WORDS_MAX = 600;
/** Entries that move the case to or back from the court of appeals: not deadlines, but the posture changes. */
const APPEAL_EVENTS: Partial<Record<string, { type: string; words: string }>> = {
  notice_of_appeal: { type: 'appeal.noticed', words: 'Notice of appeal filed' },
  mandate: { type: 'appeal.mandate', words: 'Mandate of the court of appeals issued' },
};
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** What a court of appeals' opinion, memorandum disposition or judgment decides, in its docket words. */
const APPELLATE_DISPOSITION =
  /\b(?:OPINION|MEMORANDUM(?:\s+DISPOSITION)?|JUDGMENT|Opinion|Memorandum|Judgment)\b[^;]{0,200}?\b((?:AFFIRMED|REVERSED|VACATED|REMANDED)(?:\s+IN\s+PART)?(?:[;,]?\s+(?:AND\s+)?(?:AFFIRMED|REVERSED|VACATED|REMANDED)(?:\s+IN\s+PART)?(?:\s+WITH\s+INSTRUCTIONS)?)*)\b/;

/** "AFFIRMED IN PART; VACATED IN PART; REMANDED": the decision of an appeal, or `null`. */
function appellateDisposition(court: string, text: string): string | null {
  if (!/^ca\d*$|^cadc$|^cafc$/.test(court)) return null;
  const m = APPELLATE_DISPOSITION.exec(text);
  return m ? m[1]!.toLowerCase().replace(/\s*;\s*|\s+and\s+/g, ', ') : null;
}

interface EntryInput extends AnalyzeInput {
  /** The entry's key in the record (`entries.entry_key`). */
  key: string;
  /** Known only by its short description (a partial feed's item): its full text is still to come. */
  partial: boolean;
}

interface Inputs {
  c: CaseRef;
  /** Whether a source that gives entries' full text (a docket report) watches the case. */
  fullTextSource: boolean;
  entries: EntryInput[];
  decisions: DeadlineDecisionRow[];
}

interface Derived {
  tracker: Tracker;
  /** Tracker id → stable id. */
  ids: Map<string, string>;
  events: TrackerEvent[];
  /** Entry id as the tracker names it → the entry. */
  byEntry: Map<string, EntryInput>;
  /** The entries a person should read (the extractor's `needsReview`). */
  reviews: EntryReview[];
}

// ——— reading the case ———

async function resolveCase(db: Db, ref: number | string): Promise<CaseRef> {
  if (typeof ref === 'string') {
    const found = await findCase(db, ref);
    if (!found) throw new InputError(`case ${ref} is not in the record (add it with: docketwatch case add)`);
    ref = found.id;
  }
  const row = await db
    .selectFrom('cases')
    .select(['id', 'court_id', 'docket_number'])
    .where('id', '=', ref)
    .executeTakeFirst();
  if (!row) throw new InputError(`no case with id ${ref} in the record`);
  return caseRef(row.id, row.court_id, row.docket_number);
}

/** The day an entry counts from: its filing date (an RSS instant's day), else the day entered. */
function dayOf(row: { date_filed: string | null; date_entered: string | null }): string | null {
  const d = (row.date_filed ?? row.date_entered ?? '').slice(0, 10);
  return DATE.test(d) ? d : null;
}

async function loadInputs(db: Db, c: CaseRef): Promise<Inputs> {
  const rows = await db
    .selectFrom('entries')
    .select([
      'id',
      'entry_key',
      'number',
      'date_filed',
      'date_entered',
      'description',
      'short_description',
      'pacer_seq_no',
    ])
    .where('case_id', '=', c.id)
    .where('status', '=', 'present')
    .execute();
  const texts = new Map(
    (
      await db.selectFrom('entry_texts').select(['entry_key', 'text']).where('case_id', '=', c.id).execute()
    ).map((t) => [t.entry_key, t.text]),
  );
  const dated = rows.flatMap((r) => {
    const day = dayOf(r);
    const text = r.description || r.short_description || '';
    return day && text ? [{ r, day, text }] : [];
  });
  // Docket order: by day; within a day by CM/ECF sequence when both have one, else numbered
  // entries first (a clerk's unnumbered "Set Deadlines as to [87]" follows the order it repeats).
  dated.sort((a, b) => {
    if (a.day !== b.day) return a.day < b.day ? -1 : 1;
    if (a.r.pacer_seq_no && b.r.pacer_seq_no && a.r.pacer_seq_no !== b.r.pacer_seq_no)
      return Number(a.r.pacer_seq_no) - Number(b.r.pacer_seq_no);
    if ((a.r.number === null) !== (b.r.number === null)) return a.r.number === null ? 1 : -1;
    return (a.r.number ?? 0) - (b.r.number ?? 0) || a.r.id - b.r.id;
  });
  const entries = dated.map(({ r, day, text }) => ({
    key: r.entry_key,
    partial: !r.description,
    number: r.number === null ? null : String(r.number),
    id: r.entry_key,
    dateFiled: day,
    text,
    documentText: texts.get(r.entry_key) ?? null,
  }));
  const decisions = await db
    .selectFrom('deadline_decisions')
    .selectAll()
    .where('case_id', '=', c.id)
    .orderBy('id')
    .execute();
  const fullText = await db
    .selectFrom('sources')
    .select('id')
    .where('case_id', '=', c.id)
    .where((eb) => eb.or([eb('type', 'like', 'pacer-docket%'), eb('type', '=', 'courtlistener')]))
    .limit(1)
    .executeTakeFirst();
  return { c, entries, decisions, fullTextSource: fullText !== undefined };
}

// ——— deriving ———

function hash(parts: (string | number | null | undefined)[], n = 12): string {
  return createHash('sha256')
    .update(parts.map((p) => String(p ?? '')).join('\u0000'))
    .digest('hex')
    .slice(0, n);
}

function normWhat(what: string): string {
  return what.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Replay the entries through the extractor and the tracker, re-applying the people's decisions;
 * with `asOf`, only the entries filed by then, and the clock moved to that day.
 */
function derive(inputs: Inputs, asOf?: string): Derived {
  const { c, decisions } = inputs;
  // As of a day, the docket is what had been filed by then.
  const entries = asOf ? inputs.entries.filter((e) => e.dateFiled <= asOf) : inputs.entries;
  const court = findCourt(c.court)?.id;
  let clock = new Date(0);
  const tracker = new Tracker({ ...(court ? { court } : {}), now: () => clock });
  const analyses = analyzeSequence(entries, court ? { court } : {});
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  const byEntry = new Map(entries.map((e) => [entryKey(e), e]));
  const reviews = new Map<string, DeadlineDecisionRow[]>();
  for (const d of decisions)
    if (d.action !== 'add') reviews.set(d.record_id, [...(reviews.get(d.record_id) ?? []), d]);
  const manual = decisions.filter((d) => d.action === 'add');
  const events: TrackerEvent[] = [];

  const claim = (tid: string, prefix: string, parts: (string | null)[]) => {
    if (ids.has(tid)) return;
    let id = `${prefix}-${hash([c.key, ...parts])}`;
    for (let n = 2; taken.has(id); n++) id = `${prefix}-${hash([c.key, ...parts, String(n)])}`;
    ids.set(tid, id);
    taken.add(id);
  };
  const applyReviews = (tid: string) => {
    for (const r of reviews.get(ids.get(tid)!) ?? []) {
      clock = new Date(r.at);
      if (r.action === 'confirm') tracker.confirm(tid, r.who);
      else tracker.dismiss(tid, r.who);
    }
  };
  const name = () => {
    for (const d of tracker.deadlines()) {
      if (ids.has(d.id)) continue;
      claim(d.id, 'dl', [d.setBy.entry, normWhat(d.what)]);
      applyReviews(d.id);
    }
    for (const s of tracker.stays()) claim(s.id, 'st', [s.grantedBy.entry, 'stay']);
    for (const i of tracker.injunctions()) claim(i.id, 'in', [i.grantedBy.entry, i.type]);
    for (const h of tracker.hearings()) claim(h.id, 'hr', [h.setBy.entry, h.type]);
  };
  const addManual = (before: string | null) => {
    while (manual.length > 0 && (before === null || manual[0]!.at.slice(0, 10) < before)) {
      const m = manual.shift()!;
      const p = JSON.parse(m.payload) as {
        what: string;
        party?: string | null;
        due: string;
        dueTime?: string | null;
      };
      clock = new Date(m.at);
      const added = tracker.addManual(
        { what: p.what, party: p.party ?? null, due: p.due, dueTime: p.dueTime ?? null },
        m.who,
      );
      ids.set(added.deadline.id, m.record_id);
      taken.add(m.record_id);
      events.push(...added.events);
      applyReviews(added.deadline.id);
    }
  };

  entries.forEach((e, i) => {
    addManual(e.dateFiled);
    const a = analyses[i]!;
    events.push(...tracker.apply(e, a));
    const appeal = APPEAL_EVENTS[a.subtype === 'notice_of_appeal' ? a.subtype : a.kind];
    if (appeal)
      events.push({
        type: appeal.type,
        entry: entryKey(e),
        date: e.dateFiled,
        subject: null,
        message: `${appeal.words}${a.relatedEntries.length ? ` re ${a.relatedEntries.map((n) => `[${n}]`).join(', ')}` : ''}`,
        data: { relatedEntries: a.relatedEntries },
      });
    const decided = appellateDisposition(c.court, e.text);
    if (decided)
      events.push({
        type: 'appeal.decided',
        entry: entryKey(e),
        date: e.dateFiled,
        subject: null,
        message: `Court of appeals decision: ${decided}`,
        data: { relatedEntries: a.relatedEntries },
      });
    name();
  });
  addManual(null);
  if (asOf) {
    events.push(...tracker.advanceTo(asOf));
    name();
  }
  const toRead = entries.flatMap((e, i) => {
    const flags = analyses[i]!.needsReview ?? [];
    if (flags.length === 0) return [];
    const reason = flags.some((f) => f.reason === 'unread')
      ? 'unread'
      : flags.some((f) => f.reason === 'uncertain')
        ? 'uncertain'
        : 'partly_read';
    return [
      {
        entryKey: e.key,
        entryNumber: e.number,
        dateFiled: e.dateFiled,
        reason,
        triggers: [...new Set(flags.flatMap((f) => f.triggers))],
        words: e.text,
      } satisfies EntryReview,
    ];
  });
  return { tracker, ids, events, byEntry, reviews: toRead };
}

function reviewOf(decisions: DeadlineDecisionRow[], id: string): string | null {
  let review: string | null = null;
  for (const d of decisions)
    if (d.record_id === id && d.action !== 'add') review = d.action === 'confirm' ? 'confirmed' : 'dismissed';
  return review;
}

function recordsOf(inputs: Inputs, derived: Derived): DeadlineRecord[] {
  const { tracker, ids, byEntry } = derived;
  const id = (tid: string) => ids.get(tid)!;
  const entryOf = (e: string) => byEntry.get(e)?.key ?? null;
  const review = (rid: string) => reviewOf(inputs.decisions, rid) ?? 'proposed';
  const out: DeadlineRecord[] = [];
  for (const d of tracker.deadlines()) {
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
      entry: manual ? null : entryOf(d.setBy.entry),
      words: d.setBy.words.slice(0, WORDS_MAX),
      data: {
        basis: d.basis,
        ordered: d.ordered,
        dueInstant: d.dueInstant,
        recurrence: d.recurrence,
        docketed: d.docketed,
        repeatedBy: d.repeatedBy.map((p) => entryOf(p.entry) ?? p.entry),
        satisfiedBy: d.satisfiedBy ? (entryOf(d.satisfiedBy.entry) ?? d.satisfiedBy.entry) : null,
        warnings: d.warnings,
        audit: d.audit,
      },
    });
  }
  for (const s of tracker.stays()) {
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
      },
    });
  }
  for (const i of tracker.injunctions()) {
    out.push({
      id: id(i.id),
      kind: 'injunction',
      what: i.type.replace(/_/g, ' '),
      party: null,
      status: i.state,
      review: review(id(i.id)),
      due: i.until && DATE.test(i.until) ? i.until : null,
      dueTime: null,
      history: i.history.map((h) => ({ ...h, entry: entryOf(h.entry) ?? h.entry })),
      entry: entryOf(i.grantedBy.entry),
      words: i.grantedBy.words.slice(0, WORDS_MAX),
      data: { type: i.type, since: i.since, until: i.until },
    });
  }
  for (const h of tracker.hearings()) {
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
      data: { type: h.type, re: h.re },
    });
  }
  return out;
}

// ——— writing ———

function rowOf(r: DeadlineRecord) {
  return {
    kind: r.kind,
    what: r.what,
    party: r.party,
    status: r.status,
    review: r.review,
    due: r.due,
    due_time: r.dueTime,
    history: JSON.stringify(r.history),
    entry_key: r.entry,
    words: r.words,
    data: JSON.stringify(r.data),
  };
}

function sameRow(a: ReturnType<typeof rowOf>, b: DeadlineRecordRow): boolean {
  return (Object.keys(a) as (keyof typeof a)[]).every((k) => a[k] === b[k]);
}

/**
 * An event about a stored record as it stands (withdrawn, reviewed, due today, a stay running
 * out): its fields come from the record.
 */
function recordEvent(
  r: DeadlineRecord,
  action: 'withdrawn' | 'confirmed' | 'dismissed' | 'due' | 'expiring',
  at: {
    date: string;
    message: string;
    due?: string;
    occurrence?: number | null;
    daysLeft?: number;
    threshold?: number;
  },
  review?: { by: string; note: string | null },
): DocketEvent | null {
  const base = {
    record: r.id,
    what: r.what,
    party: r.party,
    date: at.date,
    message: at.message,
    entryNumber: r.entry && /^\d+$/.test(r.entry) ? Number(r.entry) : null,
    words: r.words,
  };
  switch (r.kind) {
    case 'deadline':
      if (action === 'expiring') return null;
      return docketEvent(`deadline.${action}`, {
        ...base,
        kind: 'deadline',
        due: at.due ?? r.due,
        dueTime: r.dueTime,
        previousDue: null,
        basis: typeof r.data.basis === 'string' ? r.data.basis : null,
        occurrence: at.occurrence ?? null,
        ...(review ? review : {}),
      });
    case 'stay':
      if (action === 'due') return null;
      return docketEvent(`stay.${action}`, {
        ...base,
        kind: 'stay',
        expires: r.due,
        previousExpires: null,
        until: typeof r.data.until === 'string' ? r.data.until : null,
        daysLeft: at.daysLeft ?? null,
        ...(at.threshold !== undefined ? { threshold: at.threshold } : {}),
      });
    case 'injunction':
      if (action === 'due' || action === 'expiring') return null;
      return docketEvent(`injunction.${action}`, {
        ...base,
        kind: 'injunction',
        injunction: (r.data.type as InjunctionKind | undefined) ?? 'preliminary_injunction',
        until: typeof r.data.until === 'string' ? r.data.until : null,
      });
    case 'hearing':
      if (action === 'due' || action === 'expiring') return null;
      return docketEvent(`hearing.${action}`, {
        ...base,
        kind: 'hearing',
        hearing: typeof r.data.type === 'string' ? r.data.type : r.what,
        on: r.due,
        time: r.dueTime,
        previousOn: null,
      });
  }
}

/** The event a tracker change stands for, in the contract's shape (`src/model/events.ts`). */
function eventOf(e: TrackerEvent, record: DeadlineRecord | undefined, derived: Derived): DocketEvent | null {
  const entry = e.entry ? derived.byEntry.get(e.entry) : undefined;
  const data = e.data ?? {};
  const type = e.type;
  if (!isEventType(type)) return null;
  const base = {
    record: record?.id ?? null,
    what: record?.what ?? null,
    party: record?.party ?? null,
    date: e.date,
    message: e.message,
    entryNumber: entry?.number ? Number(entry.number) : null,
    words: entry ? entry.text.slice(0, WORDS_MAX) : null,
  };
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  const n = (v: unknown) => (typeof v === 'number' ? v : null);
  const family = type.slice(0, type.indexOf('.'));
  if (family === 'appeal')
    return docketEvent(type as 'appeal.noticed' | 'appeal.mandate' | 'appeal.decided', {
      date: e.date,
      message: e.message,
      relatedEntries: Array.isArray(data.relatedEntries) ? (data.relatedEntries as number[]) : [],
      entryNumber: base.entryNumber,
      words: base.words,
    });
  if (family === 'filing') return docketEvent('filing.unmatched', { ...base, kind: 'filing' });
  if (family === 'deadline')
    return docketEvent(type as `deadline.${DeadlineAction}`, {
      ...base,
      kind: 'deadline',
      due: str(data.due) ?? record?.due ?? null,
      dueTime: record?.dueTime ?? null,
      previousDue: str(data.previousDue),
      basis: str((record?.data as { basis?: unknown } | undefined)?.basis),
      occurrence: n(data.occurrence),
      ...(typeof data.late === 'boolean' ? { late: data.late } : {}),
    });
  if (family === 'stay')
    return docketEvent(type as `stay.${StayAction}`, {
      ...base,
      kind: 'stay',
      expires: str(data.expires) ?? (record && record.status === 'in_force' ? record.due : null),
      previousExpires: str(data.previousExpires),
      until: str(data.until),
      daysLeft: null,
    });
  if (family === 'injunction') {
    const i = record?.data as { type?: InjunctionKind; until?: string | null } | undefined;
    return docketEvent(type as `injunction.${InjunctionAction}`, {
      ...base,
      kind: 'injunction',
      injunction: i?.type ?? 'preliminary_injunction',
      until: i?.until ?? null,
    });
  }
  if (family === 'hearing')
    return docketEvent(type as `hearing.${HearingAction}`, {
      ...base,
      kind: 'hearing',
      hearing: (record?.data as { type?: string } | undefined)?.type ?? 'hearing',
      on: str(data.date) ?? record?.due ?? null,
      time: str(data.time) ?? record?.dueTime ?? null,
      previousOn: str(data.previousDue),
    });
  return null;
}

/**
 * What makes a change one change: its type, the record, and the entry that made it (or, for the
 * passing of time, the day or occurrence). Not its wording: an entry whose text is filled in later
 * is the same change, told once.
 */
function keyOf(e: TrackerEvent, record: DeadlineRecord | undefined): string {
  const id = record?.id ?? '';
  const d = e.data ?? {};
  switch (e.type) {
    case 'deadline.missing':
      return hash([e.type, id, String(d.occurrence), String(d.due)], 32);
    case 'deadline.passed':
      return hash([e.type, id, String(d.due)], 32);
    case 'stay.expired':
    case 'injunction.expired':
      return hash([e.type, id, record?.due ?? ''], 32);
    default:
      return hash(['change', e.type, id || e.message, e.entry], 32);
  }
}

/** The key the same change had before keys left out the wording: a store kept from then has it. */
function legacyKeyOf(e: TrackerEvent, record: DeadlineRecord | undefined): string | null {
  return TIME_TYPES.has(e.type) ? null : hash([e.type, record?.id ?? '', e.entry, e.message], 32);
}

/** Append an event unless its key was emitted before; true when appended. */
async function emitOnce(
  trx: Db,
  caseId: number,
  key: string,
  event: DocketEvent,
  entry: string | null,
  now: string,
  legacyKey: string | null = null,
  told?: Set<string>,
): Promise<boolean> {
  // The keys already told, read once per refresh: most derived changes were told before.
  if (told && (told.has(key) || (legacyKey !== null && told.has(legacyKey)))) return false;
  if (legacyKey && !told) {
    const told = await trx
      .selectFrom('deadline_notices')
      .select('key')
      .where('case_id', '=', caseId)
      .where('key', '=', legacyKey)
      .executeTakeFirst();
    if (told) return false;
  }
  const inserted = await trx
    .insertInto('deadline_notices')
    .values({ case_id: caseId, key, created_at: now })
    .onConflict((oc) => oc.columns(['case_id', 'key']).doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return false;
  told?.add(key);
  await trx
    .insertInto('events')
    .values({
      case_id: caseId,
      type: event.type,
      entry_key: entry,
      payload: JSON.stringify(event.payload),
      created_at: now,
    })
    .execute();
  return true;
}

/** Every change already told for a case (`deadline_notices`), read once. */
async function toldKeys(trx: Db, caseId: number): Promise<Set<string>> {
  const rows = await trx.selectFrom('deadline_notices').select('key').where('case_id', '=', caseId).execute();
  return new Set(rows.map((r) => r.key));
}

async function refreshIn(trx: Db, c: CaseRef, now: string): Promise<DeadlineRefresh> {
  const inputs = await loadInputs(trx, c);
  const derived = derive(inputs);
  const told = await toldKeys(trx, c.id);
  await syncEntryReviews(trx, c.id, derived.reviews, now);
  const records = recordsOf(inputs, derived);
  const byId = new Map(records.map((r) => [r.id, r]));
  const stored = new Map(
    (await trx.selectFrom('deadline_records').selectAll().where('case_id', '=', c.id).execute()).map((r) => [
      r.id,
      r,
    ]),
  );
  const result: DeadlineRefresh = { case: c.key, inserted: 0, updated: 0, removed: 0, events: [] };
  for (const r of records) {
    const row = rowOf(r);
    const old = stored.get(r.id);
    if (!old) {
      await trx
        .insertInto('deadline_records')
        .values({ id: r.id, case_id: c.id, ...row, created_at: now, updated_at: now })
        .execute();
      result.inserted++;
    } else if (!sameRow(row, old)) {
      await trx
        .updateTable('deadline_records')
        .set({ ...row, updated_at: now })
        .where('id', '=', r.id)
        .execute();
      result.updated++;
    }
  }
  const emit = async (
    event: DocketEvent | null,
    entry: string | null,
    key: string,
    legacy: string | null = null,
  ) => {
    if (event && (await emitOnce(trx, c.id, key, event, entry, now, legacy, told)))
      result.events.push({ ...event, entry });
  };
  for (const old of stored.values()) {
    if (byId.has(old.id)) continue;
    // The entry that set it changed or vanished, or the extractor no longer reads it there.
    await trx.deleteFrom('deadline_records').where('id', '=', old.id).execute();
    result.removed++;
    await emit(
      recordEvent(fromRow(old), 'withdrawn', {
        date: now.slice(0, 10),
        message: `${old.what} is no longer read from the docket (the entry changed or was removed)`,
      }),
      old.entry_key,
      hash(['withdrawn', old.id, old.updated_at], 32),
    );
  }
  for (const e of derived.events) {
    const record = e.subject ? byId.get(derived.ids.get(e.subject) ?? '') : undefined;
    const source = e.entry ? derived.byEntry.get(e.entry) : undefined;
    // What an entry known only by its feed title changes is in the record at once, but told when
    // its full text arrives from the docket report that watches the case: once, with its dates.
    if (source?.partial && inputs.fullTextSource) continue;
    await emit(eventOf(e, record, derived), source?.key ?? null, keyOf(e, record), legacyKeyOf(e, record));
  }
  return result;
}

// ——— the public functions ———

/**
 * Re-derive a case's deadlines, stays, injunctions and hearings from its entries and the stored
 * decisions, write what differs and append one event per change, in one transaction. Running it
 * again with nothing new writes and emits nothing.
 */
export async function refreshCaseDeadlines(
  store: Pick<Store, 'db'>,
  caseRef: number | string,
  options: { now?: Date } = {},
): Promise<DeadlineRefresh> {
  const c = await resolveCase(store.db, caseRef);
  const now = (options.now ?? new Date()).toISOString();
  return writeTransaction(store.db, (trx) => refreshIn(trx, c, now));
}

/** After `ingest`: refresh every case whose entries were added, changed or vanished. */
export async function refreshAfterIngest(
  store: Pick<Store, 'db'>,
  events: readonly { type: string; case: string }[],
): Promise<DeadlineRefresh[]> {
  const changed = new Set(events.filter((e) => e.type.startsWith('entry.')).map((e) => e.case));
  const out: DeadlineRefresh[] = [];
  for (const key of changed) out.push(await refreshCaseDeadlines(store, key));
  return out;
}

/**
 * The daily clock: for every case with records, as of `asOf` (YYYY-MM-DD), append each time-driven
 * event once — `deadline.due` (the day it is due), `deadline.passed`, `deadline.missing` (an
 * expected recurring filing has not appeared), `stay.expiring` (7, 2 and 0 days before its last
 * day; only the tightest reached), `stay.expired`, `injunction.expired`.
 */
export async function advanceDeadlines(
  store: Pick<Store, 'db'>,
  asOf: string,
  options: { now?: Date; case?: number | string } = {},
): Promise<DeadlineRefresh[]> {
  if (!DATE.test(asOf) || Number.isNaN(Date.parse(asOf)))
    throw new InputError(`as-of date "${asOf}" is not YYYY-MM-DD`);
  const now = (options.now ?? new Date()).toISOString();
  const caseIds = options.case
    ? [(await resolveCase(store.db, options.case)).id]
    : (
        await store.db
          .selectFrom('deadline_records')
          .select('case_id')
          .distinct()
          .orderBy('case_id')
          .execute()
      ).map((r) => r.case_id);
  const out: DeadlineRefresh[] = [];
  for (const caseId of caseIds) {
    const c = await resolveCase(store.db, caseId);
    out.push(
      await writeTransaction(store.db, async (trx) => {
        const inputs = await loadInputs(trx, c);
        const derived = derive(inputs, asOf);
        const records = new Map(recordsOf(inputs, derived).map((r) => [r.id, r]));
        const told = await toldKeys(trx, c.id);
        const result: DeadlineRefresh = { case: c.key, inserted: 0, updated: 0, removed: 0, events: [] };
        const emit = async (event: DocketEvent | null, key: string) => {
          if (event && (await emitOnce(trx, c.id, key, event, null, now, null, told)))
            result.events.push({ ...event, entry: null });
        };
        for (const e of derived.events) {
          if (!TIME_TYPES.has(e.type)) continue;
          const record = e.subject ? records.get(derived.ids.get(e.subject) ?? '') : undefined;
          await emit(eventOf(e, record, derived), keyOf(e, record));
        }
        for (const r of records.values()) {
          if (r.review === 'dismissed') continue;
          if (r.kind === 'deadline' && r.status === 'open') {
            const due = dueToday(r, asOf);
            if (due)
              await emit(
                recordEvent(r, 'due', {
                  date: asOf,
                  due: due.due,
                  occurrence: due.occurrence,
                  message: `${capitalize(r.what)} is due today${r.dueTime ? ` at ${r.dueTime}` : ''}`,
                }),
                hash(['deadline.due', r.id, due.due, due.occurrence], 32),
              );
          }
          if (r.kind === 'stay' && r.status === 'in_force' && r.due && r.due >= asOf) {
            const left = daysBetween(asOf, r.due);
            const threshold = [...STAY_WARNINGS].reverse().find((t) => left <= t);
            if (threshold !== undefined)
              await emit(
                recordEvent(r, 'expiring', {
                  date: asOf,
                  daysLeft: left,
                  threshold,
                  message: `${capitalize(r.what)} ends ${left === 0 ? 'today' : `in ${left} day${left === 1 ? '' : 's'}`} (last day ${longDate(r.due)})`,
                }),
                hash(['stay.expiring', r.id, r.due, threshold], 32),
              );
          }
        }
        return result;
      }),
    );
  }
  return out;
}

function dueToday(r: DeadlineRecord, asOf: string): { due: string; occurrence: number | null } | null {
  const rec = r.data.recurrence as { occurrences?: { index: number; due: string; state: string }[] } | null;
  if (rec?.occurrences) {
    const o = rec.occurrences.find((x) => x.due === asOf && x.state === 'open');
    return o ? { due: o.due, occurrence: o.index } : null;
  }
  return r.due === asOf ? { due: r.due, occurrence: null } : null;
}

/** Today in the court's time zone. */
export function courtToday(court: string, now: Date = new Date()): string {
  const tz = findCourt(court)?.tz ?? 'America/New_York';
  return DateTime.fromJSDate(now, { zone: tz }).toISODate()!;
}

/** The stored records of a case, deadlines first, by due date. */
export async function listDeadlineRecords(
  store: Pick<Store, 'db'>,
  caseRef: number | string,
): Promise<DeadlineRecord[]> {
  const c = await resolveCase(store.db, caseRef);
  const rows = await store.db
    .selectFrom('deadline_records')
    .selectAll()
    .where('case_id', '=', c.id)
    .execute();
  const order: RecordKind[] = ['deadline', 'hearing', 'stay', 'injunction'];
  return rows
    .map(fromRow)
    .sort(
      (a, b) =>
        order.indexOf(a.kind) - order.indexOf(b.kind) ||
        (a.due ?? '9999').localeCompare(b.due ?? '9999') ||
        a.id.localeCompare(b.id),
    );
}

function fromRow(r: DeadlineRecordRow): DeadlineRecord {
  return {
    id: r.id,
    kind: r.kind,
    what: r.what,
    party: r.party,
    status: r.status,
    review: r.review,
    due: r.due,
    dueTime: r.due_time,
    history: JSON.parse(r.history) as unknown[],
    entry: r.entry_key,
    words: r.words,
    data: JSON.parse(r.data) as Record<string, unknown>,
  };
}

/** One row of the `deadlines` table: a record seen from a day. */
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
}

/** Every record of a case as of a day: the deadline table the CLI and the web page show. */
export async function caseRecordViews(
  store: Pick<Store, 'db'>,
  caseRef: number | string,
  asOf: string,
): Promise<RecordView[]> {
  const c = await resolveCase(store.db, caseRef);
  const inputs = await loadInputs(store.db, c);
  const derived = derive(inputs, asOf);
  const views: RecordView[] = [];
  const timeStatus = (due: string | null) => {
    const daysLeft = due ? daysBetween(asOf, due) : null;
    const status =
      daysLeft === null ? 'undated' : daysLeft > 0 ? 'upcoming' : daysLeft === 0 ? 'due' : 'passed';
    return { daysLeft, status };
  };
  for (const r of recordsOf(inputs, derived)) {
    const base = {
      id: r.id,
      kind: r.kind,
      what: r.what,
      party: r.party,
      review: r.review,
      entry: r.entry,
      ...(r.data.docketed === false ? { docketed: false as const } : {}),
    };
    const rec = r.data.recurrence as { occurrences: { index: number; due: string; state: string }[] } | null;
    if (r.kind === 'deadline' && r.status === 'open' && rec) {
      const next = rec.occurrences.find((o) => o.state === 'open' && o.due >= asOf);
      const missing = rec.occurrences.filter((o) => o.state === 'missing').length;
      views.push({
        ...base,
        due: next?.due ?? null,
        dueTime: r.dueTime,
        ...timeStatus(next?.due ?? null),
        ...(next ? { occurrence: next.index } : {}),
        ...(missing ? { missing } : {}),
      });
    } else if (
      (r.kind === 'deadline' && r.status === 'open') ||
      (r.kind === 'hearing' && r.status === 'scheduled')
    ) {
      views.push({ ...base, due: r.due, dueTime: r.dueTime, ...timeStatus(r.due) });
    } else {
      views.push({
        ...base,
        due: r.due,
        dueTime: r.dueTime,
        daysLeft: r.due && r.status === 'in_force' ? daysBetween(asOf, r.due) : null,
        status: r.status,
      });
    }
  }
  const order: RecordKind[] = ['stay', 'injunction', 'deadline', 'hearing'];
  return views.sort(
    (a, b) =>
      order.indexOf(a.kind) - order.indexOf(b.kind) ||
      (a.due ?? '9999').localeCompare(b.due ?? '9999') ||
      a.id.localeCompare(b.id),
  );
}

/**
 * What is in force and what comes next, as of a day: for the web page and the digests.
 * `inForce[].text` reads "Stay of removal in effect until July 24, 2017".
 */
export async function casePosture(
  store: Pick<Store, 'db'>,
  caseRef: number | string,
  asOf: string,
  options: { recent?: number } = {},
): Promise<CasePosture> {
  if (!DATE.test(asOf) || Number.isNaN(Date.parse(asOf)))
    throw new InputError(`as-of date "${asOf}" is not YYYY-MM-DD`);
  const c = await resolveCase(store.db, caseRef);
  const inputs = await loadInputs(store.db, c);
  const derived = derive(inputs, asOf);
  const id = (tid: string) => derived.ids.get(tid) ?? tid;
  const dismissed = new Set(
    recordsOf(inputs, derived)
      .filter((r) => r.review === 'dismissed')
      .map((r) => r.id),
  );
  const p: Posture = derived.tracker.posture(asOf);
  const recentChanges = await changesAsOf(store.db, c.id, asOf, options.recent ?? 10);
  return {
    case: c.key,
    asOf,
    inForce: p.inForce
      .filter((f) => !dismissed.has(id(f.id)))
      .map((f) => ({
        kind: f.kind,
        id: id(f.id),
        name: f.kind === 'stay' ? `Stay${f.what ? ` of ${f.what}` : ''}` : (f.what ?? 'Injunction'),
        text: f.summary,
        since: f.since,
        until: f.until,
      })),
    nextDeadlines: p.next
      .filter((d) => !dismissed.has(id(d.id)))
      .map((d) => ({
        id: id(d.id),
        what: d.what,
        party: d.party,
        due: d.due,
        dueTime: d.dueTime,
        daysLeft: d.daysLeft,
        status: d.status,
        review: d.review,
        ...(d.occurrence ? { occurrence: d.occurrence } : {}),
        ...(d.docketed === false ? { docketed: false as const } : {}),
      })),
    missing: p.missing.map((m) => ({ ...m, id: id(m.id) })),
    hearings: p.hearings.filter((h) => !dismissed.has(id(h.id))).map((h) => ({ ...h, id: id(h.id) })),
    recentChanges,
  };
}

/**
 * The latest posture changes that had happened by `asOf` (by the day each happened, not the
 * day it was recorded): a look at the case as of a past day shows nothing from after it.
 */
async function changesAsOf(
  db: Db,
  caseId: number,
  asOf: string,
  limit: number,
): Promise<CasePosture['recentChanges']> {
  const out: CasePosture['recentChanges'] = [];
  let before: number | null = null;
  while (out.length < limit) {
    let q = db
      .selectFrom('events')
      .select(['id', 'type', 'entry_key', 'payload', 'created_at'])
      .where('case_id', '=', caseId)
      .where((eb) =>
        eb.or(['deadline.', 'stay.', 'injunction.', 'hearing.'].map((t) => eb('type', 'like', `${t}%`))),
      )
      .orderBy('id', 'desc')
      .limit(100);
    if (before !== null) q = q.where('id', '<', before);
    const rows = await q.execute();
    for (const r of rows) {
      const event = parseEvent(r.type, r.payload);
      const p = event && posturePayload(event);
      if (!p?.date || p.date > asOf) continue;
      out.push({ type: r.type, date: p.date, at: r.created_at, entry: r.entry_key, message: p.message });
      if (out.length === limit) break;
    }
    if (rows.length < 100) break;
    before = Number(rows.at(-1)!.id);
  }
  return out;
}

function defaultWho(): string {
  try {
    return userInfo().username || 'unknown';
  } catch {
    return process.env.USER || 'unknown';
  }
}

/**
 * A person confirms or dismisses a record (usually an extracted deadline). The decision is kept
 * in the review log (who, when, note), re-applied on every later derivation, and announced as
 * `<kind>.confirmed` / `<kind>.dismissed`.
 */
export async function reviewRecord(
  store: Pick<Store, 'db'>,
  id: string,
  action: 'confirm' | 'dismiss',
  options: { by?: string; note?: string | null; now?: Date } = {},
): Promise<DeadlineRecord> {
  const who = (options.by ?? defaultWho()).trim();
  if (!who) throw new InputError('say who confirms or dismisses (--by NAME)');
  const now = (options.now ?? new Date()).toISOString();
  const row = await store.db
    .selectFrom('deadline_records')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new UnknownRecordError(id);
  const c = await resolveCase(store.db, row.case_id);
  return writeTransaction(store.db, async (trx) => {
    const inserted = await trx
      .insertInto('deadline_decisions')
      .values({
        case_id: c.id,
        record_id: id,
        action,
        who,
        at: now,
        note: options.note ?? null,
        payload: '{}',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const past = action === 'confirm' ? 'confirmed' : 'dismissed';
    const event = recordEvent(
      fromRow(row),
      past,
      {
        date: now.slice(0, 10),
        message: `${capitalize(row.what)} ${past} by ${who}${options.note ? `: ${options.note}` : ''}`,
      },
      { by: who, note: options.note ?? null },
    );
    if (event) await emitOnce(trx, c.id, hash(['review', inserted.id], 32), event, row.entry_key, now);
    await refreshIn(trx, c, now);
    const updated = await trx
      .selectFrom('deadline_records')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return fromRow(updated ?? row);
  });
}

/** A deadline a person enters by hand; it is confirmed from the start and kept like any other. */
export async function addManualDeadline(
  store: Pick<Store, 'db'>,
  caseRef: number | string,
  input: {
    what: string;
    due: string;
    dueTime?: string | null;
    party?: string | null;
    by?: string;
    note?: string | null;
  },
  options: { now?: Date } = {},
): Promise<DeadlineRecord> {
  const what = input.what.trim();
  if (!what) throw new InputError('say what is due (--what)');
  if (what.length > 500) throw new InputError('--what is longer than 500 characters');
  if (!DATE.test(input.due) || !DateTime.fromISO(input.due).isValid)
    throw new InputError(`due date "${input.due}" is not a YYYY-MM-DD date`);
  if (input.dueTime != null && !/^([01]\d|2[0-3]):[0-5]\d$/.test(input.dueTime))
    throw new InputError(`time "${input.dueTime}" is not HH:MM (24-hour)`);
  const who = (input.by ?? defaultWho()).trim() || 'unknown';
  const now = (options.now ?? new Date()).toISOString();
  const c = await resolveCase(store.db, caseRef);
  const id = `dl-${hash([c.key, 'manual', randomUUID()])}`;
  return writeTransaction(store.db, async (trx) => {
    await trx
      .insertInto('deadline_decisions')
      .values({
        case_id: c.id,
        record_id: id,
        action: 'add',
        who,
        at: now,
        note: input.note ?? null,
        payload: JSON.stringify({
          what,
          party: input.party ?? null,
          due: input.due,
          dueTime: input.dueTime ?? null,
        }),
      })
      .execute();
    await refreshIn(trx, c, now);
    const row = await trx
      .selectFrom('deadline_records')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    return fromRow(row);
  });
}

/** The review log of a record: who confirmed, dismissed or added it, when, and why. */
export async function reviewLog(
  store: Pick<Store, 'db'>,
  id: string,
): Promise<{ action: string; who: string; at: string; note: string | null }[]> {
  const rows = await store.db
    .selectFrom('deadline_decisions')
    .select(['action', 'who', 'at', 'note'])
    .where('record_id', '=', id)
    .orderBy('id')
    .execute();
  return rows;
}

/**
 * Keep an entry's document text (an order's own words, from a PDF or CourtListener) so the
 * extractor reads it too; the next refresh uses it.
 */
export async function setEntryText(
  store: Pick<Store, 'db'>,
  caseRef: number | string,
  entry: string,
  text: string,
  source: string,
  options: { now?: Date } = {},
): Promise<void> {
  const c = await resolveCase(store.db, caseRef);
  const now = (options.now ?? new Date()).toISOString();
  await store.db
    .insertInto('entry_texts')
    .values({ case_id: c.id, entry_key: entry, text, source, updated_at: now })
    .onConflict((oc) => oc.columns(['case_id', 'entry_key']).doUpdateSet({ text, source, updated_at: now }))
    .execute();
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function longDate(date: string): string {
  return DateTime.fromISO(date).toFormat('LLLL d, yyyy');
}
