/**
 * The store's event log (`events`) read as notifications. Ingest appends `entry.*` and `gap.*`;
 * the deadline record appends `deadline.*`, `stay.*`, `injunction.*` and `hearing.*` with a payload
 * of `{ record, what, party, due, previousDue, date, message, … }`. `toNotifyEvent` is the one
 * place a stored event becomes a `NotifyEvent` (or nothing, for bookkeeping events nobody is
 * mailed about); `postureAt` reads where the case stands from the deadline record.
 */
import type { Kysely, Selectable } from 'kysely';
import { courtDocketUrl, readCasesDetails } from '../../db/case-details.ts';
import type { Database } from '../../db/index.ts';
import { ENTRY_TEXT_COLUMNS, type EventTable } from '../../db/schema.ts';
import { findCourt } from '../courts.ts';
import { entryKind, storedKind } from '../deadlines/kinds.ts';
import { casePosture } from '../deadlines/record.ts';
import {
  type DocumentAddedPayload,
  type DocumentQuote,
  type DocumentStay,
  INJUNCTION_KINDS,
  parseEvent,
  posturePayload,
} from '../model/events.ts';
import { turns } from '../turns.ts';
import { isCourtSet } from './critical.ts';
import { entryLabel, isAppellate } from './language.ts';
import {
  injunctionProtects,
  type OtherProtection,
  orderProtections,
  otherProtections,
  type Protection,
  partsStayed,
} from './protects.ts';
import type {
  CaseHeading,
  DeadlineEventChange,
  EntryRef,
  HearingEventChange,
  InForce,
  InjunctionEvent,
  NotifyEvent,
  Posture,
  StayChange,
  UpcomingDeadline,
  UpcomingHearing,
} from './types.ts';

export interface StoredEvent {
  id: number;
  caseId: number;
  type: string;
  entryKey: string | null;
  payload: Record<string, unknown>;
  createdAt: string;
}

interface StoredEntry {
  number: number | null;
  date: string | null;
  description: string;
  documentUrl: string | null;
  /** The kind ingest decided (`null` on rows written before kinds were stored). */
  kind?: string | null;
  shortDescription?: string | null;
}

/** What `toNotifyEvent` needs besides the event: the case and the entry it names. */
export interface EventContext {
  case: CaseHeading;
  entry: StoredEntry | null;
  /** The words of the order that granted the record the event concerns (an injunction's own order). */
  orderWords?: string | null;
  /**
   * The number of the appeal whose docket set the deadline the event concerns: a duty of that
   * appeal is told with it, since a case can have several appeals with the same duties.
   */
  appeal?: string | null;
}

/** Events with `id > afterId` (and `<= upTo`), oldest first, for some cases or all. */
export async function readEvents(
  db: Kysely<Database>,
  options: { afterId: number; upTo?: number; caseIds?: number[]; limit?: number },
): Promise<StoredEvent[]> {
  if (options.caseIds && options.caseIds.length === 0) return [];
  // A digest after a backfill reads thousands of events: a page at a time, with turns for the
  // event loop between pages (`src/turns.ts`).
  const pause = turns();
  const out: StoredEvent[] = [];
  let after = options.afterId;
  for (;;) {
    const limit = Math.min(EVENTS_PAGE, (options.limit ?? Number.POSITIVE_INFINITY) - out.length);
    if (limit <= 0) return out;
    let q = db.selectFrom('events').select(EVENT_COLUMNS).where('id', '>', after).orderBy('id').limit(limit);
    if (options.upTo !== undefined) q = q.where('id', '<=', options.upTo);
    if (options.caseIds) q = q.where('case_id', 'in', options.caseIds);
    const rows = await q.execute();
    for (const r of rows) out.push(storedEvent(r));
    if (rows.length < limit) return out;
    after = Number(rows[rows.length - 1]!.id);
    await pause();
  }
}

/** Events read by one query. */
const EVENTS_PAGE = 1000;

/** The columns of an `events` row that make a `StoredEvent`. */
export const EVENT_COLUMNS = ['id', 'case_id', 'type', 'entry_key', 'payload', 'created_at'] as const;

/** An `events` row (its `EVENT_COLUMNS`) as the notifier reads it. */
export function storedEvent(r: Pick<Selectable<EventTable>, (typeof EVENT_COLUMNS)[number]>): StoredEvent {
  return {
    id: Number(r.id),
    caseId: r.case_id,
    type: r.type,
    entryKey: r.entry_key,
    payload: parsePayload(r.payload),
    createdAt: r.created_at,
  };
}

/** A stored event's payload as an object (`{}` for anything else). */
export function parsePayload(text: string): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(text);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The cases of these ids as `CaseHeading`s. */
export async function caseHeadings(db: Kysely<Database>, ids: number[]): Promise<Map<number, CaseHeading>> {
  const out = new Map<number, CaseHeading>();
  if (ids.length === 0) return out;
  const rows = await db
    .selectFrom('cases')
    .select(['id', 'court_id', 'docket_number', 'case_name', 'pacer_case_id'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  const details = await readCasesDetails(
    db,
    rows.map((r) => r.id),
  );
  const appeals = await appealCourts(
    db,
    rows.map((r) => r.id),
  );
  for (const r of rows) {
    out.set(r.id, {
      court: r.court_id,
      docketNumber: r.docket_number,
      caseName: r.case_name,
      docketUrl: courtDocketUrl(r.court_id, r.docket_number, r.pacer_case_id),
      people: details.get(r.id)?.class ?? null,
      appealsCourt: appeals.get(r.id) ?? null,
    });
  }
  return out;
}

/**
 * The court of appeals of each case's linked appeals, when they are all in the same one (the
 * court table says which courts are courts of appeals); a case whose appeals went to two courts
 * has none here.
 */
async function appealCourts(db: Kysely<Database>, ids: number[]): Promise<Map<number, string | null>> {
  const out = new Map<number, string | null>();
  const rows = await db
    .selectFrom('cases')
    .select(['parent_case_id', 'court_id'])
    .where('parent_case_id', 'in', ids)
    .execute();
  for (const r of rows) {
    if (findCourt(r.court_id)?.type !== 'appellate') continue;
    const parent = r.parent_case_id!;
    const seen = out.get(parent);
    out.set(parent, seen === undefined || seen === r.court_id ? r.court_id : null);
  }
  return out;
}

/** An appeal's entry in the record of the case appealed from: `appeal:<case id>:<entry key>`. */
const APPEAL_ENTRY = /^appeal:(\d+):/;

/**
 * The appeal each deadline these events concern belongs to: the number of the appeal whose docket
 * set it (its record's entry is `appeal:<case id>:…`), by record id. A duty of the district court
 * has none.
 */
async function appealOfDuties(db: Kysely<Database>, events: StoredEvent[]): Promise<Map<string, string>> {
  const records = [
    ...new Set(
      events
        .filter((e) => e.type.startsWith('deadline.') && typeof e.payload.record === 'string')
        .map((e) => e.payload.record as string),
    ),
  ];
  const setBy = new Map<string, number>();
  for (let i = 0; i < records.length; i += 500) {
    const rows = await db
      .selectFrom('deadline_records')
      .select(['id', 'entry_key'])
      .where('id', 'in', records.slice(i, i + 500))
      .execute();
    for (const r of rows) {
      const m = APPEAL_ENTRY.exec(r.entry_key ?? '');
      if (m) setBy.set(r.id, Number(m[1]));
    }
  }
  if (setBy.size === 0) return new Map();
  const rows = await db
    .selectFrom('cases')
    .select(['id', 'docket_number'])
    .where('id', 'in', [...new Set(setBy.values())])
    .execute();
  const number = new Map(rows.map((r) => [r.id, r.docket_number]));
  const out = new Map<string, string>();
  for (const [record, id] of setBy) {
    const docket = number.get(id);
    if (docket) out.set(record, docket);
  }
  return out;
}

/** The entry keys these events name, by case, at most 500 at a time (one `in` list a query). */
function* entryKeysByCase(events: StoredEvent[]): Generator<[caseId: number, keys: string[]]> {
  const byCase = new Map<number, Set<string>>();
  for (const e of events) {
    if (e.entryKey !== null)
      byCase.set(e.caseId, (byCase.get(e.caseId) ?? new Set<string>()).add(e.entryKey));
  }
  for (const [caseId, keys] of byCase) {
    const all = [...keys];
    for (let i = 0; i < all.length; i += 500) yield [caseId, all.slice(i, i + 500)];
  }
}

/** The entries these events name, keyed `caseId:entryKey`. */
export async function entriesFor(
  db: Kysely<Database>,
  events: StoredEvent[],
): Promise<Map<string, StoredEntry>> {
  const out = new Map<string, StoredEntry>();
  const pause = turns();
  for (const [caseId, keys] of entryKeysByCase(events)) {
    await pause();
    const rows = await db
      .selectFrom('entries')
      .select([...ENTRY_TEXT_COLUMNS, 'document_url', 'kind'])
      .where('case_id', '=', caseId)
      .where('entry_key', 'in', keys)
      .execute();
    for (const r of rows) {
      out.set(`${caseId}:${r.entry_key}`, {
        number: r.number,
        date: (r.date_filed ?? r.date_entered)?.slice(0, 10) ?? null,
        description: r.description,
        documentUrl: r.document_url,
        kind: r.kind,
        shortDescription: r.short_description,
      });
    }
  }
  return out;
}

/** Stored events as notifications, with their cases and entries looked up. */
export async function notifyEvents(
  db: Kysely<Database>,
  events: StoredEvent[],
): Promise<{ stored: StoredEvent; event: NotifyEvent }[]> {
  const cases = await caseHeadings(
    db,
    events.map((e) => e.caseId),
  );
  const entries = await entriesFor(db, events);
  const documents = await documentsFor(db, events);
  const granting = await grantingWords(db, events);
  const appeals = await appealOfDuties(db, events);
  const out: { stored: StoredEvent; event: NotifyEvent }[] = [];
  // A digest after a backfill reads thousands: turns for the event loop between them (`src/turns.ts`).
  const pause = turns();
  for (const stored of events) {
    await pause();
    const c = cases.get(stored.caseId);
    if (!c) continue;
    const key = `${stored.caseId}:${stored.entryKey}`;
    const entry = stored.entryKey === null ? null : (entries.get(key) ?? null);
    const document = stored.entryKey === null ? undefined : documents.get(key);
    const record = typeof stored.payload.record === 'string' ? stored.payload.record : null;
    const orderWords = record === null ? null : (granting.get(record) ?? null);
    const appeal = record === null ? null : (appeals.get(record) ?? null);
    for (const event of toNotifyEvent(stored, { case: c, entry, orderWords, appeal }))
      out.push({ stored, event: document ? withDocument(event, document) : event });
  }
  return appellateEntriesTold(
    db,
    oneItemPerOrder(untrackedTwice(withReplacedStays(withConversions(out, events, granting), events))),
  );
}

/**
 * How long after a mandate its copy on the other docket can come: only for a mandate entry the
 * record has not read yet (a feed's title, its text to come), which it cannot pair by reference.
 */
const MANDATE_COPY_DAYS = 30;

/**
 * A decision or mandate of the court of appeals is told once. The record of the case appealed
 * from pairs the two dockets' entries of the same act by reference (`appeal.copied`,
 * src/deadlines/record/derive.ts): the other docket's entry — the district clerk's "OPINION of
 * U.S. Court of Appeals" or "MANDATE of USCA", or the appeal's own entry after the copy — is not
 * told as a new entry. A mandate is told as "Mandate issued", with what it makes take effect: its
 * docket entries are not told beside it, nor after it.
 */
async function appellateEntriesTold(
  db: Kysely<Database>,
  out: { stored: StoredEvent; event: NotifyEvent }[],
): Promise<{ stored: StoredEvent; event: NotifyEvent }[]> {
  const entries = out.filter(
    (o) =>
      (o.event.type === 'entry_added' || o.event.type === 'entry_updated') &&
      o.stored.entryKey !== null &&
      (o.event.item.kind === 'mandate' ||
        o.event.item.kind === 'opinion' ||
        o.event.item.kind === 'judgment' ||
        // the copy of an order of the court of appeals or the Supreme Court (a stay pending appeal)
        o.event.item.kind === 'order'),
  );
  if (entries.length === 0) return out;
  const links = await db
    .selectFrom('cases')
    .select(['id', 'parent_case_id', 'link_type'])
    .where('id', 'in', [...new Set(entries.map((o) => o.stored.caseId))])
    .execute();
  // The case whose record tells the act: the case appealed from, or the case itself; its key for
  // an appeal's entry is `appeal:<case id>:<entry key>`.
  const recordCase = new Map(
    links.map((c) => [c.id, c.link_type === 'appeal' && c.parent_case_id !== null ? c.parent_case_id : c.id]),
  );
  const recordKey = (o: { stored: StoredEvent }) => {
    const caseId = recordCase.get(o.stored.caseId) ?? o.stored.caseId;
    return caseId === o.stored.caseId ? o.stored.entryKey! : `appeal:${o.stored.caseId}:${o.stored.entryKey}`;
  };
  const copies = await db
    .selectFrom('events')
    .select(['case_id', 'entry_key'])
    .where('type', '=', 'appeal.copied')
    .where('case_id', 'in', [
      ...new Set(entries.map((o) => recordCase.get(o.stored.caseId) ?? o.stored.caseId)),
    ])
    .where('entry_key', 'in', [...new Set(entries.map(recordKey))])
    .execute();
  const copied = new Set(copies.map((c) => `${c.case_id}:${c.entry_key}`));
  const tellingNow = new Set(
    out
      .filter((o) => o.event.type === 'appeal_ruling' && o.event.outcome === 'mandate_issued')
      .map((o) => o.stored.caseId),
  );
  const told = new Set<StoredEvent>();
  for (const o of entries) {
    const caseId = recordCase.get(o.stored.caseId) ?? o.stored.caseId;
    if (copied.has(`${caseId}:${recordKey(o)}`)) told.add(o.stored);
    else if (o.event.type !== 'entry_added' && o.event.type !== 'entry_updated') continue;
    else if (o.event.item.kind !== 'mandate') continue;
    else if (tellingNow.has(caseId)) told.add(o.stored);
    else if (o.event.item.date && (await mandateToldBefore(db, caseId, o.stored.id, o.event.item.date)))
      told.add(o.stored);
  }
  return out.filter((o) => !told.has(o.stored));
}

/** Whether the case's record told a mandate (before event `beforeId`) in the days before `day`. */
async function mandateToldBefore(
  db: Kysely<Database>,
  caseId: number,
  beforeId: number,
  day: string,
): Promise<boolean> {
  const rows = await db
    .selectFrom('events')
    .select(['payload'])
    .where('case_id', '=', caseId)
    .where('type', '=', 'appeal.mandate')
    .where('id', '<', beforeId)
    .execute();
  const since = new Date(Date.parse(day) - MANDATE_COPY_DAYS * 86_400_000).toISOString().slice(0, 10);
  return rows.some((r) => {
    const p = (typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload) as { date?: unknown };
    return typeof p.date === 'string' && p.date.slice(0, 10) >= since && p.date.slice(0, 10) <= day;
  });
}

/**
 * An order that grants an injunction is one change: the record's untracked echo of the same entry
 * ("Preliminary injunction modified; no injunction was tracked": the order's own grant read as a
 * change to an earlier one) is not told beside the grant.
 */
function untrackedTwice(
  out: { stored: StoredEvent; event: NotifyEvent }[],
): { stored: StoredEvent; event: NotifyEvent }[] {
  const granted = new Set(
    out
      .filter(
        (o) => o.event.type === 'injunction' && o.event.action === 'granted' && o.stored.entryKey !== null,
      )
      .map((o) => `${o.stored.caseId}:${o.stored.entryKey}`),
  );
  if (granted.size === 0) return out;
  return out.filter(
    (o) =>
      !(
        o.event.type === 'injunction' &&
        o.event.action !== 'granted' &&
        o.stored.payload.record == null &&
        granted.has(`${o.stored.caseId}:${o.stored.entryKey}`)
      ),
  );
}

/**
 * A TRO converted into a preliminary or permanent injunction, or interim relief merged into the
 * final judgment's: the record ends the one (`injunction.converted`) and grants the other
 * (`injunction.granted`) from the same entry. Told once, as the relief granted in its place.
 */
function withConversions(out: Told[], events: StoredEvent[], granting: Map<string, string | null>): Told[] {
  return withGrantedInjunctions(out, events, 'injunction.converted', (event, c) => {
    const injunction = INJUNCTION_KINDS.find((k) => k === c.payload.injunction);
    if (!injunction) return event;
    const since = typeof c.payload.since === 'string' ? c.payload.since : null;
    const words = typeof c.payload.record === 'string' ? (granting.get(c.payload.record) ?? null) : null;
    const lost = protectionsLost(words, event);
    return { ...event, replaces: { injunction, since, ...(lost ? { lost } : {}) } };
  });
}

/**
 * What the relief granted in another's place does not protect from that the one it replaces did,
 * read from each one's own order: deportation (or the conditions on it, or detention) and each other
 * protection by what it bars. `null` when it protects from all of it.
 */
function protectionsLost(
  replacedWords: string | null,
  event: InjunctionEvent,
): NonNullable<InjunctionEvent['replaces']>['lost'] | null {
  const before = injunctionProtects(replacedWords);
  const protects =
    before && before !== event.protects && !(before === 'removal_conditions' && event.protects === 'removal')
      ? before
      : undefined;
  const same = (a: OtherProtection, b: OtherProtection) =>
    a.from === b.from && (a.from !== 'termination' || (b.from === 'termination' && a.what === b.what));
  const protections = otherProtections(replacedWords).filter(
    (p) => !(event.protections ?? []).some((q) => same(p, q)),
  );
  if (!protects && protections.length === 0) return null;
  return { ...(protects ? { protects } : {}), ...(protections.length > 0 ? { protections } : {}) };
}

/**
 * An injunction granted by the order that ended a stay in its place (`stay.superseded` by the same
 * entry, appended by the same refresh): the injunction's item says the stay ends, so the reader
 * knows what protects people from that day (the stay's own event is told to nobody).
 */
function withReplacedStays(out: Told[], events: StoredEvent[]): Told[] {
  return withGrantedInjunctions(out, events, 'stay.superseded', (event, s) => ({
    ...event,
    replacesStay: { what: stayed(typeof s.payload.what === 'string' ? s.payload.what : null) },
  }));
}

/** An event to tell, with the stored event it comes from. */
interface Told {
  stored: StoredEvent;
  event: NotifyEvent;
}

/**
 * Each injunction granted in `out` for which its own entry also made an event of `type` (appended
 * by the same refresh): `join` says what that event adds to it.
 */
function withGrantedInjunctions(
  out: Told[],
  events: StoredEvent[],
  type: string,
  join: (event: InjunctionEvent, same: StoredEvent) => InjunctionEvent,
): Told[] {
  const sameEntry = events.filter((e) => e.type === type && e.entryKey !== null);
  if (sameEntry.length === 0) return out;
  return out.map((o) => {
    if (o.event.type !== 'injunction' || o.event.action !== 'granted') return o;
    const same = sameEntry.find((e) => e.caseId === o.stored.caseId && e.entryKey === o.stored.entryKey);
    if (!same) return o;
    const event = join(o.event, same);
    return event === o.event ? o : { ...o, event };
  });
}

/**
 * One order that expands a stay and sets its new last day is one change to read, not two: the
 * record's `stay.scope_expanded` and `stay.extended` of the same stay by the same entry become
 * one expansion that carries the new last day and the one it replaced ("Stay expanded and
 * extended to July 10, 2017"). Both are appended by the same refresh, so they arrive together.
 */
function oneItemPerOrder(
  out: { stored: StoredEvent; event: NotifyEvent }[],
): { stored: StoredEvent; event: NotifyEvent }[] {
  const recordOf = (s: StoredEvent) => (typeof s.payload.record === 'string' ? s.payload.record : null);
  const sameChange = (a: StoredEvent, b: StoredEvent) =>
    a.caseId === b.caseId && a.entryKey !== null && a.entryKey === b.entryKey && recordOf(a) === recordOf(b);
  const merged = new Set<StoredEvent>();
  const result: { stored: StoredEvent; event: NotifyEvent }[] = [];
  for (const item of out) {
    const { stored, event } = item;
    if (event.type !== 'stay' || event.change !== 'expanded' || recordOf(stored) === null) {
      result.push(item);
      continue;
    }
    const extension = out.find(
      (o) =>
        o.event.type === 'stay' &&
        o.event.change === 'extended' &&
        !merged.has(o.stored) &&
        sameChange(o.stored, stored),
    );
    if (extension?.event.type !== 'stay') {
      result.push(item);
      continue;
    }
    merged.add(extension.stored);
    result.push({
      stored,
      event: {
        ...event,
        expires: extension.event.expires,
        until: extension.event.until,
        previousExpires: extension.event.previousExpires ?? event.previousExpires,
        extended: true,
      },
    });
  }
  return result.filter((o) => !merged.has(o.stored));
}

const POSTURE_TYPES = /^(?:deadline|stay|injunction|hearing)\./;

/**
 * The words of the order that granted each injunction or stay the events name (`deadline_records.words`),
 * keyed by record id: what it protects is read from its own order, never from the case.
 */
async function grantingWords(
  db: Kysely<Database>,
  events: StoredEvent[],
): Promise<Map<string, string | null>> {
  const ids = [
    ...new Set(
      events
        .filter((e) => /^(?:injunction|stay)\./.test(e.type) && typeof e.payload.record === 'string')
        .map((e) => e.payload.record as string),
    ),
  ];
  const out = new Map<string, string | null>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('deadline_records')
      .select(['id', 'words', 'kind', 'case_id', 'entry_key'])
      .where('id', 'in', ids.slice(i, i + 500))
      .execute();
    for (const r of rows) out.set(r.id, r.words);
    // A stay's record keeps the sentence that stayed; what else its order protects from is in the
    // rest of that order ("… Defendants' termination of TPS is STAYED"): its granting entry's text.
    for (const r of rows) {
      if (r.kind !== 'stay' || r.entry_key === null) continue;
      const entry = await db
        .selectFrom('entries')
        .select(['description'])
        .where('case_id', '=', r.case_id)
        .where('entry_key', '=', r.entry_key)
        .executeTakeFirst();
      if (entry?.description) out.set(r.id, `${r.words} ${entry.description}`);
    }
  }
  return out;
}

/** The newest `document.added` of each entry that posture events name, keyed `caseId:entryKey`. */
async function documentsFor(
  db: Kysely<Database>,
  events: StoredEvent[],
): Promise<Map<string, DocumentAddedPayload>> {
  const out = new Map<string, DocumentAddedPayload>();
  const named = events.filter((e) => POSTURE_TYPES.test(e.type));
  for (const [caseId, keys] of entryKeysByCase(named)) {
    const rows = await db
      .selectFrom('events')
      .select(['entry_key', 'payload'])
      .where('case_id', '=', caseId)
      .where('type', '=', 'document.added')
      .where('entry_key', 'in', keys)
      .orderBy('id')
      .execute();
    for (const r of rows) {
      const parsed = parseEvent('document.added', r.payload);
      if (parsed?.type === 'document.added' && parsed.payload.attachment === 0)
        out.set(`${caseId}:${r.entry_key}`, parsed.payload);
    }
  }
  return out;
}

/**
 * The document's finding that says what this notification says: the finding of the same kind on
 * the same day (a stay's last day, a deadline's due day, a hearing's day), or the document's only
 * finding of that kind when the notification has no day.
 */
export function documentFinding(
  event: NotifyEvent,
  doc: DocumentAddedPayload,
): (DocumentQuote & Partial<DocumentStay>) | null {
  const pick = <T extends DocumentQuote>(found: T[], same: (x: T) => boolean, dated: boolean): T | null =>
    found.find(same) ?? (!dated && found.length === 1 ? found[0]! : null);
  switch (event.type) {
    case 'stay':
      return pick(
        doc.stays,
        (s) => (event.expires ? s.expires === event.expires : s.until !== null && s.until === event.until),
        event.expires !== null,
      );
    case 'deadline':
      return event.dueDate ? pick(doc.deadlines, (d) => d.due === event.dueDate, true) : null;
    case 'hearing':
      return event.date ? pick(doc.hearings, (h) => h.on === event.date, true) : null;
    case 'injunction':
      return pick(
        doc.injunctions,
        (i) => i.injunction === event.injunction && i.action === event.action,
        false,
      );
    default:
      return null;
  }
}

/**
 * A notification with the order's own sentence and page; a stay told before its document was
 * read (the docket said only "granted") also takes the document's last day or condition.
 */
function withDocument(event: NotifyEvent, doc: DocumentAddedPayload): NotifyEvent {
  const hit = documentFinding(event, doc);
  if (!hit) return event;
  const documentQuote = { page: hit.page, quote: hit.quote };
  if (event.type === 'stay' && event.expires === null && event.until === null)
    return { ...event, expires: hit.expires ?? null, until: hit.until ?? null, documentQuote };
  return { ...event, documentQuote };
}

const day = (v: string | null | undefined): string | null =>
  v && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : null;

/** A deadline `suspended` (paused by a stay) is not cancelled: the stay's own message says it is on hold. */
const DEADLINE_CHANGES: Record<string, DeadlineEventChange> = {
  set: 'set',
  reset: 'moved',
  extended: 'moved',
  shortened: 'moved',
  moved: 'moved',
  vacated: 'vacated',
  relieved: 'relieved',
  mooted: 'mooted',
  withdrawn: 'mooted',
};
const STAY_CHANGES: Record<string, StayChange> = {
  granted: 'granted',
  extended: 'extended',
  renewed: 'renewed',
  scope_expanded: 'expanded',
  expanded: 'expanded',
  lifted: 'lifted',
  dissolved: 'lifted',
  vacated: 'lifted',
  // Refused, with no stay in force to end (`refused`).
  denied: 'lifted',
};
const HEARING_CHANGES: Record<string, HearingEventChange> = {
  set: 'set',
  reset: 'moved',
  moved: 'moved',
  cancelled: 'cancelled',
  vacated: 'cancelled',
  withdrawn: 'cancelled',
};
const INJUNCTION_ACTIONS: readonly InjunctionEvent['action'][] = [
  'granted',
  'extended',
  'modified',
  'dissolved',
  'vacated',
  'stayed',
  'resumed',
  // Its last day passed unextended: what it protected from is no longer barred by it — told.
  'expired',
];

/** Fields of `entry.updated` changes, in words. */
const FILLED_IN: Record<string, string> = {
  description: 'full docket text',
  shortDescription: 'short description',
  documentUrl: 'document link',
  pacerDocId: 'document link',
  pageCount: 'page count',
  attachments: 'attachments',
  dateFiled: 'filing date',
  dateEntered: 'date entered',
  number: 'entry number',
  status: 'back on the docket',
};

/** Fields whose change leaves the filing as it was told: its short title, page count, attachments list, entry date. */
const DETAIL_FIELDS = new Set([
  'shortDescription',
  'pageCount',
  'attachments',
  'dateEntered',
  'linkedEntries',
]);

/**
 * Whether one changed field of an entry is a detail of a filing already told: the fields above, a
 * document link where there was none (the entry's own document: a different one would replace a
 * link, not add one), or the filing time on the same day.
 */
function isDetail(field: string, change: { from?: unknown; to?: unknown } | undefined): boolean {
  if (DETAIL_FIELDS.has(field)) return true;
  if (field === 'documentUrl' || field === 'pacerDocId') return change?.from == null || change.from === '';
  if (field === 'dateFiled')
    return (
      typeof change?.from === 'string' && typeof change.to === 'string' && day(change.from) === day(change.to)
    );
  return false;
}

/**
 * The notifications one stored event stands for: none for bookkeeping (`case.tracked`, `gap.*`,
 * a deadline passing or confirmed), one for the rest. The payload is read through the event
 * contract's parser (`parseEvent`), so every field read here is one a producer writes.
 */
export function toNotifyEvent(stored: StoredEvent, ctx: EventContext): NotifyEvent[] {
  const parsed = parseEvent(stored.type, stored.payload);
  if (!parsed) return [];
  const id = `ev${stored.id}`;
  const action = stored.type.slice(stored.type.indexOf('.') + 1);
  const numbered =
    'entryNumber' in parsed.payload && typeof parsed.payload.entryNumber === 'number'
      ? parsed.payload.entryNumber
      : null;
  const entryRef: EntryRef | null = ctx.entry
    ? { number: ctx.entry.number === null ? null : String(ctx.entry.number), date: ctx.entry.date, url: null }
    : stored.entryKey !== null && numbered !== null
      ? {
          number: String(numbered),
          date: 'date' in parsed.payload ? day(parsed.payload.date) : null,
          url: null,
        }
      : null;
  const base = { id, case: ctx.case, entry: entryRef };

  switch (parsed.type) {
    case 'entry.added':
    case 'entry.updated': {
      const p = parsed.payload;
      const added = parsed.type === 'entry.added' ? parsed.payload : null;
      const text = ctx.entry?.description ?? added?.description ?? '';
      // An entry a feed gave only a title for is told when its text arrives, by that fill-in
      // (below), so the entry is told once even when both are read after the text came.
      if (added && (!text || !added.description)) return [];
      const item = {
        // Decided once, at ingest (a notice of appeal is a kind of its own, not one more notice).
        kind: ctx.entry
          ? storedKind(ctx.entry.kind ?? null, text, ctx.entry.shortDescription ?? null)
          : entryKind(text),
        number: entryRef?.number ?? added?.number ?? null,
        date: entryRef?.date ?? day(added?.dateFiled) ?? day(added?.dateEntered),
        url: null,
        text,
        documentUrl: ctx.entry?.documentUrl ?? added?.documentUrl ?? null,
      };
      if (parsed.type === 'entry.updated') {
        const changed = 'changes' in p && p.changes && typeof p.changes === 'object' ? p.changes : {};
        // An entry a feed gave only a title for, whose text the docket report now gives: the news is
        // the entry itself ("New notice of appeal"), told once, not "ECF No. 110 filled in".
        const description = changed.description as { from?: unknown } | undefined;
        if (description && !description.from && text) return [{ ...base, type: 'entry_added', item }];
        const changes = Object.keys(changed);
        const filledIn = [...new Set(changes.map((c) => FILLED_IN[c] ?? c))];
        const detailsOnly = changes.every((c) => isDetail(c, changed[c] as { from?: unknown; to?: unknown }));
        return [
          { ...base, type: 'entry_updated', item, filledIn, ...(detailsOnly ? { detailsOnly: true } : {}) },
        ];
      }
      return [{ ...base, type: 'entry_added', item }];
    }
    case 'appeal.decided': {
      // A decision in part ("affirmed in part; vacated in part; remanded") is told as what it is:
      // part changed, the rest standing, and sent back only when the words say so. A whole one is
      // what it says, the outcome that changes the ruling first.
      const p = parsed.payload;
      const m = p.disposition || p.message;
      const partly = /\b(?:vacated|reversed) in part\b/i.test(m);
      const whole = /\bvacated\b/i.test(m)
        ? 'vacated'
        : /\breversed\b/i.test(m)
          ? 'reversed'
          : /\baffirmed\b/i.test(m)
            ? 'affirmed'
            : 'remanded';
      const outcome = partly ? 'partly' : p.outcome && !p.inPart ? p.outcome : whole;
      // Told in the record of the case appealed from: which rulings, by date, and whether it waits for the mandate.
      const rulings = p.rulings ?? [];
      return [
        {
          ...base,
          type: 'appeal_ruling',
          outcome,
          ...(partly
            ? {
                how: /\breversed in part\b/i.test(m) ? ('reversed' as const) : ('vacated' as const),
                affirmedInPart: p.affirmedInPart === true || /\baffirmed in part\b/i.test(m),
                remanded: p.remanded === true || /\bremanded\b/i.test(m),
              }
            : {}),
          ...(p.disposition ? { disposition: p.disposition } : {}),
          court: ctx.case.court.startsWith('ca') ? ctx.case.court : null,
          ruling: rulings.length > 0 ? `the ${rulings.join(' and the ')}` : parsed.payload.message,
          ...(rulings.length > 0 ? { rulings } : {}),
          ...(p.pendingMandate ? { pending: true } : {}),
          ...((p.pendingMandate || p.kept) && p.onHold ? { onHold: true } : {}),
          ...(p.kept && rulings.length > 0 ? { kept: true } : {}),
          ...(p.reinstated ? { reinstated: p.reinstated } : {}),
          ...(p.enBanc ? { enBanc: true } : {}),
        },
      ];
    }
    case 'appeal.dismissed':
    case 'appeal.recalled':
    case 'appeal.reheard':
    case 'appeal.stay_granted':
    case 'appeal.certiorari':
    case 'appeal.rehearing_denied':
    case 'appeal.mandate_stayed':
    case 'appeal.stay_denied': {
      const p = parsed.payload;
      const rulings = p.rulings ?? [];
      return [
        {
          ...base,
          type: 'appeal_ruling',
          outcome:
            parsed.type === 'appeal.dismissed'
              ? 'dismissed'
              : parsed.type === 'appeal.recalled'
                ? 'recalled'
                : parsed.type === 'appeal.reheard'
                  ? 'reheard'
                  : parsed.type === 'appeal.stay_granted'
                    ? 'stay_granted'
                    : parsed.type === 'appeal.certiorari'
                      ? p.certiorari === 'judgment'
                        ? 'certiorari_judgment'
                        : p.certiorari === 'filed'
                          ? 'certiorari_filed'
                          : 'certiorari_denied'
                      : parsed.type === 'appeal.rehearing_denied'
                        ? 'rehearing_denied'
                        : parsed.type === 'appeal.mandate_stayed'
                          ? 'mandate_stayed'
                          : 'stay_denied',
          court: ctx.case.court.startsWith('ca') ? ctx.case.court : null,
          // The rulings named, or none: the event's message is a sentence, never a ruling's name.
          ruling: rulings.length > 0 ? `the ${rulings.join(' and the ')}` : null,
          ...(rulings.length > 0 ? { rulings } : {}),
          ...(p.stayEnded ? { stayEnded: true } : {}),
          ...(p.by === 'supreme_court' || p.by === 'appeals' ? { by: p.by } : {}),
          ...(p.decided ? { decided: p.decided } : {}),
          ...(p.pendingMandate ? { pending: true } : {}),
          ...(p.enBanc ? { enBanc: true } : {}),
          ...(parsed.type === 'appeal.reheard' && p.onHold ? { onHold: true } : {}),
          ...(p.administrative ? { administrative: true } : {}),
          ...(p.administrativeEnded ? { administrativeEnded: true } : {}),
          ...(p.mandateDue ? { mandateDue: p.mandateDue } : {}),
          ...(p.until ? { until: p.until } : {}),
          ...(p.pendingCertiorari ? { pendingCertiorari: true } : {}),
          ...(p.number ? { number: p.number } : {}),
          ...(p.mandateStayed ? { mandateStayed: true } : {}),
          ...(parsed.type === 'appeal.stay_granted' && p.inPart
            ? { inPart: true, ...(p.part ? { part: p.part } : {}) }
            : {}),
        },
      ];
    }
    case 'appeal.mandate':
      return [
        {
          ...base,
          type: 'appeal_ruling',
          outcome: 'mandate_issued',
          court: ctx.case.court.startsWith('ca') ? ctx.case.court : null,
          ruling: parsed.payload.message,
          ...(day(parsed.payload.date)
            ? {
                issued: {
                  date: day(parsed.payload.date)!,
                  label:
                    parsed.payload.entryNumber === null
                      ? null
                      : `${isAppellate(ctx.case.court) ? `${ctx.case.court.toUpperCase()} ` : ''}${entryLabel(String(parsed.payload.entryNumber), ctx.case.court)}`,
                },
              }
            : {}),
        },
      ];
    case 'transfer.out':
    case 'transfer.in':
      return [
        {
          ...base,
          type: 'court_act',
          act: parsed.type === 'transfer.out' ? 'transferred_out' : 'transferred_in',
          court: parsed.payload.court ?? 'another court',
          docketNumber: parsed.payload.docketNumber ?? null,
        },
      ];
    case 'class.decertified':
    case 'class.certified':
    case 'judgment.entered':
    case 'contempt.found':
    case 'contempt.purged': {
      const p = parsed.payload;
      return [
        {
          ...base,
          type: 'court_act',
          act:
            parsed.type === 'class.decertified'
              ? 'decertified'
              : parsed.type === 'class.certified'
                ? 'certified'
                : parsed.type === 'judgment.entered'
                  ? 'judgment'
                  : parsed.type === 'contempt.found'
                    ? 'contempt_found'
                    : 'contempt_purged',
          ...(p.subclass !== undefined ? { subclass: p.subclass } : {}),
          ...(p.definition ? { definition: p.definition } : {}),
          ...(p.provisional ? { provisional: true as const } : {}),
          ...(p.reliefRead === false ? { reliefUnread: true as const } : {}),
          ...(p.limited ? { limited: p.limited } : {}),
          ...(p.party !== undefined ? { party: p.party } : {}),
          ...(p.nature !== undefined ? { nature: p.nature } : {}),
        },
      ];
    }
    case 'source.down':
    case 'source.layout_changed': {
      const p = parsed.payload;
      return [
        {
          ...base,
          type: parsed.type === 'source.down' ? 'source_down' : 'layout_changed',
          source: p.source ?? 'a source',
          since: null,
          detail: p.error ?? p.code,
        },
      ];
    }
  }

  const p = posturePayload(parsed);
  if (!p) return [];
  switch (p.kind) {
    case 'deadline': {
      const what = p.what ?? 'a deadline';
      if (action === 'missing')
        return p.due
          ? [
              {
                ...base,
                type: 'filing_missing',
                what: p.what ?? 'an expected filing',
                party: p.party,
                dueDate: p.due,
                ...(ctx.appeal ? { appeal: ctx.appeal } : {}),
              },
            ]
          : [];
      // A deadline whose day had passed before the order that ended it was not cancelled by it: it
      // passed (or was met) while it stood. Nothing to tell ("no longer due on February 2, 2018",
      // said in April 2019, would rewrite history).
      const ended =
        DEADLINE_CHANGES[action] === 'vacated' ||
        DEADLINE_CHANGES[action] === 'mooted' ||
        DEADLINE_CHANGES[action] === 'relieved';
      if (ended && p.due && day(p.date) !== null && p.due < day(p.date)!) return [];
      // An appeal's duty (its briefing) ending with the appeal: the appeal's end is told itself
      // (decided, dismissed, mandate), and "Deadline mooted: Appellee brief" beside it tells nothing more.
      if (ended && p.appealEnded) return [];
      // An order ending a deadline that no record holds ended nothing an advocate was told of: never
      // "Deadline vacated: a deadline". The legal team hears that an order cancelled a deadline we
      // were not tracking, in the order's words (`untracked`: legal team only, src/notify/critical.ts).
      if (ended && !p.record) {
        const asked = p.asked ?? p.what;
        return asked
          ? onChange(DEADLINE_CHANGES, action, (change) => ({
              ...base,
              type: 'deadline',
              change,
              what: asked,
              party: p.party,
              dueDate: null,
              dueTime: null,
              previousDue: null,
              untracked: true,
            }))
          : [];
      }
      return onChange(DEADLINE_CHANGES, action, (change) => ({
        ...base,
        type: 'deadline',
        change,
        what,
        party: p.party,
        dueDate: p.due,
        dueTime: p.dueTime,
        previousDue: p.previousDue,
        ...(p.record ? { record: p.record } : {}),
        ...(p.clerkComputed ? { clerkComputed: p.clerkComputed } : {}),
        ...(p.condition && !p.due ? { condition: p.condition } : {}),
        ...(p.withdrawnOrder && change === 'vacated' ? { withdrawn: p.withdrawnOrder } : {}),
        ...(p.schedule && change === 'moved' ? { schedule: p.schedule } : {}),
        ...(p.act ? { act: true as const } : {}),
        ...(ctx.appeal ? { appeal: ctx.appeal } : {}),
        setByCourt: isCourtSet(p.basis ?? null),
      }));
    }
    case 'stay': {
      if (action === 'expiring')
        return p.expires && p.daysLeft !== null && Number.isInteger(p.daysLeft)
          ? [
              {
                ...base,
                type: 'stay_expiring',
                what: stayed(p.what),
                expires: p.expires,
                daysLeft: p.daysLeft,
                ...(p.forParties?.length ? { forParties: p.forParties } : {}),
              },
            ]
          : [];
      return onChange(STAY_CHANGES, action, (change) => ({
        ...base,
        type: 'stay',
        change,
        what: stayed(p.what),
        // What else it protects from, from its granting order's words (or this entry's when it grants).
        ...protectionsOf(otherProtections(ctx.orderWords ?? (change === 'granted' ? p.words : null))),
        expires: p.expires,
        until: p.until,
        previousExpires: p.previousExpires,
        ...(p.endedBy === 'dismissal' && change === 'lifted' ? { dismissed: true as const } : {}),
        ...(p.endedBy === 'denial' && change === 'lifted' ? { denied: true as const } : {}),
        ...(action === 'denied' ? { refused: true as const } : {}),
        ...((p.endedBy === 'ruling' || p.endedBy === 'relief') && change === 'lifted'
          ? { ended: p.endedBy }
          : {}),
        ...(p.endedBy === 'appeal_dismissed' && change === 'lifted' && p.appealEnded
          ? { appealDismissed: p.appealEnded }
          : {}),
        ...(p.endedBy === 'appeal_mandate' && change === 'lifted' && p.appealEnded
          ? { appealMandate: p.appealEnded }
          : {}),
        ...(p.liftedAsTo && change === 'lifted' ? { liftedAsTo: p.liftedAsTo } : {}),
        ...(p.limitedTo?.length && change === 'lifted' ? { limitedTo: p.limitedTo } : {}),
        ...(p.forParties?.length ? { forParties: p.forParties } : {}),
        ...(p.appealDecided ? { appealDecided: p.appealDecided } : {}),
      }));
    }
    case 'injunction': {
      // A denial is news only where it says what is not protected: an agency action remanded without
      // vacatur, an injunction pending appeal refused.
      const act =
        INJUNCTION_ACTIONS.find((a) => a === action) ??
        (action === 'denied' && (p.withoutVacatur || p.injunction === 'injunction_pending_appeal')
          ? ('denied' as const)
          : undefined);
      // Kept for the named parties by the order that decertified the class: told with the decertification, once.
      if (!act || p.withDecertification) return [];
      return [
        {
          ...base,
          type: 'injunction',
          injunction: p.injunction,
          action: act,
          // An injunction that ends has no "until": it was in force until further order, and this is that order.
          until: act === 'vacated' || act === 'dissolved' || act === 'denied' ? null : p.until,
          ...(p.untilTime && act !== 'vacated' && act !== 'dissolved' && act !== 'denied'
            ? { untilTime: p.untilTime }
            : {}),
          ...(p.since ? { since: p.since } : {}),
          // What it protects, from the granting order's words (the record's, or this entry's when it grants).
          // A postponed rule protects those the rule would affect, as the rule says: no claim here.
          // Relief on an agency action (a postponed rule, one set aside, a declaration) protects those
          // the action would affect, as it says: no claim here.
          protects:
            p.injunction === 'agency_postponement' ||
            p.injunction === 'set_aside' ||
            p.injunction === 'declaratory_judgment'
              ? null
              : injunctionProtects(ctx.orderWords ?? (act === 'granted' ? p.words : null)),
          // Transfers, detainer holds, the end of a status or benefit: from the same words, for any
          // relief (a § 705 stay of terminations protects from those terminations, as it says).
          ...protectionsOf(otherProtections(ctx.orderWords ?? (act === 'granted' ? p.words : null))),
          ...(p.object ? { object: p.object } : {}),
          ...(p.beneficiaries ? { beneficiaries: p.beneficiaries } : {}),
          // Limited by the order that granted it: whom it is for; limited by this order: a narrowing.
          ...((act !== 'modified' || p.limitedFromGrant) && p.limitedTo?.length
            ? { forParties: p.limitedTo }
            : {}),
          ...(act === 'denied' && p.withoutVacatur ? { withoutVacatur: true as const } : {}),
          ...(p.byAppeals ? { byAppeals: true as const } : {}),
          ...(day(p.date) ? { on: day(p.date)! } : {}),
          ...(act === 'dissolved' && p.appealEnded ? { appealEnded: p.appealEnded } : {}),
          ...(p.appealDecided ? { appealDecided: p.appealDecided } : {}),
          ...(p.pendingAppeal && (act === 'stayed' || act === 'resumed')
            ? { pendingAppeal: p.pendingAppeal }
            : {}),
          ...(act === 'stayed' && p.pendingAppeal?.inPart ? stayedPartOf(p.words, ctx.orderWords) : {}),
          ...(act === 'stayed' && p.heldUntil ? { heldUntil: p.heldUntil } : {}),
          ...(act === 'resumed' && p.resumedAfter
            ? { resumed: { after: p.resumedAfter, on: day(p.date) } }
            : {}),
          ...(act === 'dissolved' && p.endedBy === 'judgment' ? { endedBy: 'judgment' as const } : {}),
          ...((act === 'dissolved' || act === 'vacated') && p.effective ? { effective: p.effective } : {}),
          ...((act === 'granted' || act === 'extended') && p.sooner ? { sooner: p.sooner } : {}),
          ...(act === 'modified' && !p.limitedFromGrant && p.limitedTo?.length
            ? { limitedTo: p.limitedTo }
            : {}),
          ...(act === 'modified' && p.term ? { term: { was: p.previousUntil ?? null } } : {}),
          ...(act === 'modified' && p.part
            ? { part: { act: p.part.act, reach: p.part.reach, words: p.part.words } }
            : {}),
        },
      ];
    }
    case 'hearing': {
      return onChange(HEARING_CHANGES, action, (change) => ({
        ...base,
        type: 'hearing',
        change,
        hearing: p.hearing,
        date: p.on,
        time: p.time,
        previousDate: p.previousOn,
        ...(p.where && change !== 'cancelled' ? { where: p.where } : {}),
        ...(p.withdrawnOrder && change === 'cancelled' ? { withdrawn: p.withdrawnOrder } : {}),
      }));
    }
    default:
      return [];
  }
}

/** The message for an action its table names (`DEADLINE_CHANGES`…); none for any other action. */
function onChange<C>(
  changes: Record<string, C>,
  action: string,
  event: (change: C) => NotifyEvent,
): NotifyEvent[] {
  const change = changes[action];
  return change ? [event(change)] : [];
}

/** What is stayed: the record says "stay of removal of class members", the wording wants "removal of class members". */
function stayed(what: string | null): string | null {
  return what?.replace(/^stay\s+(?:of|on)\s+/i, '') || what;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Where the case stands on `asOf` (`YYYY-MM-DD`), as the deadline record derives it
 * (`casePosture`), in the shape the digest renders.
 */
export async function postureAt(db: Kysely<Database>, caseId: number, asOf: string): Promise<Posture> {
  const p = await casePosture({ db }, caseId, asOf, { recent: 0 });
  return {
    inForce: p.inForce.map(
      (f): InForce => ({
        kind: f.kind,
        // The name only: the digest adds the dates itself (the whole line would say them twice).
        description: f.name,
        since: f.since,
        expires: f.until && DATE.test(f.until) ? f.until : null,
        ...(f.untilTime && f.until && DATE.test(f.until) ? { expiresTime: f.untilTime } : {}),
        until: f.until && !DATE.test(f.until) ? f.until : null,
        entry: null,
        ...(f.onAppeal ? { onAppeal: f.onAppeal } : {}),
        ...(f.modified
          ? {
              modified: f.modified.map((m) => ({
                date: m.date,
                number: m.number,
                decided: m.decided,
                ...(m.part ? { part: { act: m.part.act, reach: m.part.reach, words: m.part.words } } : {}),
              })),
            }
          : {}),
        ...(f.stayedInPart
          ? {
              stayedInPart: {
                since: f.stayedInPart.since,
                by: f.stayedInPart.by,
                ...(f.stayedInPart.administrative ? { administrative: true as const } : {}),
                ...(f.stayedInPart.part ? { part: f.stayedInPart.part } : {}),
              },
            }
          : {}),
        ...(f.reheard ? { reheard: f.reheard } : {}),
        ...(f.sooner ? { sooner: f.sooner } : {}),
        ...(f.limitedTo
          ? {
              limitedTo: {
                parties: f.limitedTo.parties,
                since: f.limitedTo.since,
                number: f.limitedTo.number,
                ...(f.limitedTo.fromGrant ? { fromGrant: true as const } : {}),
              },
            }
          : {}),
      }),
    ),
    ...(p.onHold.length > 0
      ? {
          onHold: p.onHold.map((f) => ({
            kind: f.kind,
            description: f.name,
            since: f.since,
            heldSince: f.heldSince,
            ...(f.heldUntil ? { heldUntil: f.heldUntil } : {}),
            pendingAppeal: f.pendingAppeal,
            ...(f.onAppeal ? { onAppeal: f.onAppeal } : {}),
            ...(f.reheard ? { reheard: f.reheard } : {}),
          })),
        }
      : {}),
    nextDeadlines: p.nextDeadlines
      .filter((d): d is typeof d & { due: string } => d.due !== null && d.due >= asOf)
      .map(
        (d): UpcomingDeadline => ({
          what: d.what,
          party: d.party,
          dueDate: d.due,
          dueTime: d.dueTime,
          entry: null,
          ...(d.partOnHold ? { partOnHold: d.partOnHold } : {}),
        }),
      )
      .slice(0, 10),
    nextHearings: p.hearings
      .filter((h): h is typeof h & { date: string } => h.date !== null && h.date >= asOf)
      .map(
        (h): UpcomingHearing => ({
          hearing: h.type,
          date: h.date,
          time: h.time,
          entry: null,
          ...(h.where ? { where: h.where } : {}),
        }),
      )
      .slice(0, 5),
  };
}

/** The other protections an order gives, as an event field when there are any. */
/**
 * A stay in part pending appeal: which of the injunction's protections (from its granting order's
 * words) the stay order's words put on hold and which they keep in force; nothing when they name none.
 */
function stayedPartOf(
  stayWords: unknown,
  orderWords: string | null | undefined,
): { stayedPart?: { paused: Protection[]; kept: Protection[] } } {
  if (typeof stayWords !== 'string' || !orderWords) return {};
  const part = partsStayed(stayWords, orderProtections(orderWords));
  return part.paused.length > 0 || part.kept.length > 0 ? { stayedPart: part } : {};
}

function protectionsOf(found: OtherProtection[]): { protections?: OtherProtection[] } {
  return found.length > 0 ? { protections: found } : {};
}
