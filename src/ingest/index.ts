/**
 * `ingest(db, result, { source })`: merge one parsed input into the case record, in one
 * transaction, and return the events it caused. Idempotent: the same input again changes nothing.
 *
 * Per case, only the stored entries the input touches are read (by key, with this source's latest
 * version hash); an incoming entry whose hash equals its source's latest is skipped without further
 * work. Only entries that are new or changed are merged from their versions (see `entries.ts`).
 */
import type { Kysely } from 'kysely';
import {
  type CaseHeader,
  headerOf,
  headerValues,
  mergeHeader,
  writeCaseHeaders,
} from '../../db/case-details.ts';
import { setAppealParent } from '../../db/case-links.ts';
import { type Dialect, dialectOf, writeTransaction } from '../../db/index.ts';
import { holdExpiry, ingestOfEvents, TAKE_HOLD } from '../../db/ingests.ts';
import { type Database, ENTRY_TEXT_COLUMNS, type EntryRow } from '../../db/schema.ts';
import { docketKinds, isCompleteKind } from '../../scrapers/registry.ts';
import { entryKind } from '../deadlines/kinds.ts';
import { type CaseRef, caseKey, caseRef, normalizeCourt, normalizeDocketNumber } from '../model/case-key.ts';
import { type DocketCase, entryFieldsExcept, type ParseResult, type SourceKind } from '../model/docket.ts';
import type { PayloadOf } from '../model/events.ts';
import { columnsOf } from '../model/fields.ts';
import { turns } from '../turns.ts';
import {
  type Changes,
  type CleanEntry,
  checkEntry,
  diffMerged,
  entryDay,
  hashPayload,
  isSequenceNumber,
  isTitleOnly,
  MAX_ENTRY_NUMBER,
  type MergedEntry,
  matchUnnumbered,
  mergeVersions,
  normalizeText,
  pairTitles,
  payloadEntry,
  type SourceVersion,
  type TitleSide,
  type UnnumberedCandidate,
  unnumberedKey,
  versionPayload,
} from './entries.ts';
import { intersectRanges, missingRanges, type Range, rangeSize, subtractRanges } from './gaps.ts';
import { CASE_COLUMNS, type Columns, type NewCases, standIn, writeNewCases } from './new-cases.ts';
import { Statements } from './sql.ts';
import { type CaseRow, inputDigest, nothingToWrite, type Unchanged } from './unchanged.ts';

export type EventType =
  | 'case.tracked'
  | 'case.linked'
  | 'entry.added'
  | 'entry.updated'
  | 'entry.vanished'
  | 'entry.covered'
  | 'gap.detected'
  | 'gap.closed';

/**
 * An event as ingest returns it and `docketwatch ingest` prints it: the case (`court:docket`,
 * e.g. `mied:2:17-cv-11910`), the entry key (the number, or `u:DAY:…` for unnumbered entries; a
 * gap's `first-last`), and the payload of the event contract (`src/model/events.ts`).
 */
export type IngestEvent = {
  [T in EventType]: { type: T; case: string; entry: string | null } & PayloadOf<T>;
}[EventType];

/** A row or case that was not merged as given, and why. */
export interface IngestNote {
  action: 'rejected' | 'clamped' | 'ignored';
  case: string | null;
  entry: string | null;
  reason: string;
}

export interface IngestOptions {
  /** Name of the source (`mied-rss`, `pacer-docket`…); default: the result's kind. */
  source?: string;
  /** Start tracking cases that are not tracked yet, instead of ignoring them. */
  track?: boolean;
  /** Called for every rejected, clamped or ignored row as it happens. */
  log?: (note: IngestNote) => void;
  /**
   * Written on the entries' events (`events.hold`) of stored cases: alerts wait until the caller
   * releases it (`releaseHold`, `pipeline.ts`) after bringing the posture up to date, so an entry and what it did
   * to the posture are told in one message.
   */
  hold?: string;
}

export interface IngestOutcome {
  events: IngestEvent[];
  notes: IngestNote[];
  /** Keys of the cases in the input that are not tracked (skipped). */
  ignored: string[];
}

interface Incoming {
  entry: CleanEntry;
  payload: string;
  hash: string;
  /** Its kind (`entryKind`), decided before the write lock when the entry looked new then. */
  kind?: string;
}

interface PreparedCase {
  key: string;
  court: string;
  docketNumber: string;
  docketNumberRaw: string;
  caseName: string | null;
  pacerCaseId: string | null;
  origin: DocketCase['originatingCourt'];
  /** The docket header (judge, parties, nature of suit…) when this source gives one. */
  header: CaseHeader | null;
  entries: Incoming[];
  /** PostgreSQL: the entries' `inputDigest`, when they have one (`ingest_digests`). */
  digest: string | null;
}

interface Context {
  trx: Kysely<Database>;
  /** The same connection, for the statements repeated per case and per entry (`sql.ts`). */
  sql: Statements;
  dialect: Dialect;
  sourceId: string;
  kind: SourceKind;
  now: string;
  events: IngestEvent[];
  note: (n: IngestNote) => void;
  /** Whether resolving the cases wrote anything (a case tracked, filled in or linked). */
  wroteCases: boolean;
  /**
   * Cases this transaction inserted: nothing else can have written their entries, gaps or header
   * (the rows are invisible to others until commit), so nothing stored about them is read.
   */
  fresh: Set<number>;
  /**
   * Cases met before whose entries or versions this transaction writes: their `ingest_digests`
   * no longer say what the entries match, and are deleted (PostgreSQL).
   */
  written: Set<number>;
  /** Gives the event loop a turn once a slice of work has run long enough (`turns`). */
  pause: () => Promise<void>;
  /**
   * PostgreSQL, cases met for the first time: the new rows of entries, versions, documents and
   * gaps are collected here instead of written, for one statement (`ingestNewCases`).
   */
  collect?: NewCases;
}

export async function ingest(
  db: Kysely<Database>,
  result: ParseResult,
  options: IngestOptions = {},
): Promise<IngestOutcome> {
  const notes: IngestNote[] = [];
  const note = (n: IngestNote) => {
    notes.push(n);
    options.log?.(n);
  };
  const outcome = (events: IngestEvent[], ignored: string[]): IngestOutcome => ({ events, notes, ignored });
  if (!result.isDocket || result.cases.length === 0) return outcome([], []);
  const court = normalizeCourt(result.court);
  if (!court) {
    note(rejected('the input does not say which court it is from'));
    return outcome([], []);
  }
  const pause = turns();
  const prepared = await prepareCases(court, result.cases, note, pause);
  if (prepared.length === 0) return outcome([], []);
  const sourceId = (options.source ?? result.kind).slice(0, 200);
  const dialect = dialectOf(db);
  if (dialect === 'postgres')
    for (const p of prepared) p.digest = inputDigest(p.entries, isCompleteKind(result.kind));
  // Input the record already holds, decided in one statement before any transaction (PostgreSQL).
  const check: Unchanged =
    dialect === 'postgres'
      ? await nothingToWrite(db, court, sourceId, isCompleteKind(result.kind), prepared)
      : { unchanged: false };
  if (check.unchanged) return outcome([], []);
  await decideKinds(db, court, result.kind, prepared, pause, check.cases);
  const input: Input = {
    db,
    dialect,
    court,
    sourceId,
    kind: result.kind,
    note,
    pause,
    hold: options.hold ?? null,
  };
  if (options.track === true && allNew(prepared, check)) {
    const first = await withRetry(() => ingestNewCases(input, prepared, check.source === true));
    if (first.left.length === 0) return outcome(first.events, []);
    // Cases another process inserted meanwhile: merged as any stored case is.
    const rest = await mergeInTransaction(input, first.left, true, { unchanged: false });
    return outcome([...first.events, ...rest.events], rest.ignored);
  }
  const merged = await mergeInTransaction(input, prepared, options.track === true, check);
  return outcome(merged.events, merged.ignored);
}

/** What every write of one ingest shares. */
interface Input {
  db: Kysely<Database>;
  dialect: Dialect;
  court: string;
  sourceId: string;
  kind: SourceKind;
  note: (n: IngestNote) => void;
  pause: () => Promise<void>;
  hold: string | null;
}

/** Merge the prepared cases in one write transaction (retried on a deadlock); its events. */
function mergeInTransaction(
  input: Input,
  prepared: PreparedCase[],
  track: boolean,
  check: Unchanged,
): Promise<{ events: IngestEvent[]; ignored: string[] }> {
  const { db, dialect, court, sourceId, note, pause } = input;
  const ingestToken = ingestOfEvents();
  return withRetry(async () => {
    const events: IngestEvent[] = [];
    const ignored: string[] = [];
    await ingestTransaction(db, async (trx) => {
      const ctx: Context = {
        trx,
        sql: new Statements(trx, dialect, pause),
        dialect,
        sourceId,
        kind: input.kind,
        now: new Date().toISOString(),
        events,
        note,
        wroteCases: false,
        fresh: new Set(),
        written: new Set(),
        pause,
      };
      // Sources are never deleted: one the check saw stored is still there.
      if (check.source !== true)
        await ctx.sql.query(
          `insert into "sources" ("id", "type", "scope", "court_id", "case_id", "config", "created_at")
           values (?, ?, 'court', null, null, '{}', ?) on conflict ("id") do nothing`,
          [sourceId, input.kind, ctx.now],
        );
      const refs = await resolveCases(ctx, court, prepared, track, ignored, check.cases);
      if (dialect === 'postgres' && refs.size > 0) {
        // Input the record already holds writes nothing, so it takes no lock (and commits no WAL).
        if (!ctx.wroteCases && !(await anyChanges(ctx, refs, prepared))) return;
        // Concurrent ingests of the same case queue here, then read again and see each other's entries.
        // `no key update`: a subscription to the case (its foreign key takes `key share`) does not
        // wait for an ingest in flight.
        const ids = [...refs.values()]
          .map((r) => r.id)
          .filter((id) => !ctx.fresh.has(id))
          .sort((a, b) => a - b);
        for (const chunk of chunks(ids, 500)) {
          await ctx.sql.query(
            `select "id" from "cases" where "id" in (${marks(chunk.length)}) order by "id" for no key update`,
            chunk,
          );
        }
      }
      for (const p of prepared) {
        const ref = refs.get(p.key);
        if (ref) await mergeCase(ctx, ref, p);
      }
      if (ctx.written.size > 0)
        await ctx.sql.query(`delete from "ingest_digests" where "case_id" = any(?)`, [[...ctx.written]]);
      // The entries' events are held under a lease the pipeline renews while it works (`db/ingests.ts`),
      // taken now, as they are written, however long the merge took.
      if (input.hold !== null && events.some((e) => e.type.startsWith('entry.')))
        await ctx.sql.query(TAKE_HOLD, [input.hold, holdExpiry()]);
      const values: unknown[] = [];
      for (const e of events) {
        const { type, case: key, entry, ...rest } = e;
        const hold = type.startsWith('entry.') ? input.hold : null;
        values.push(refs.get(key)!.id, type, entry, JSON.stringify(rest), ctx.now, hold, ingestToken);
        await pause();
      }
      await ctx.sql.insert(
        'events',
        ['case_id', 'type', 'entry_key', 'payload', 'created_at', 'hold', 'ingest'],
        values,
      );
    });
    for (const key of ignored) {
      note({
        action: 'ignored',
        case: key,
        entry: null,
        reason: 'case is not tracked (use --track to add it)',
      });
    }
    return { events, ignored };
  });
}

/** Entries at most written by the one statement of new cases (`ingestNewCases`); more go in batches. */
const NEW_CASES_ENTRIES = 20_000;

/**
 * Whether every case of the input is new to the record, as the check read it (PostgreSQL), and
 * none names a case it comes from (linking an appeal reads the record).
 */
function allNew(prepared: PreparedCase[], check: Unchanged): check is Unchanged & { source: boolean } {
  const { cases } = check;
  if (!cases || check.source === undefined) return false;
  let entries = 0;
  for (const p of prepared) {
    if (cases.has(p.docketNumber) || p.origin?.docketNumber) return false;
    entries += p.entries.length;
  }
  return entries <= NEW_CASES_ENTRIES;
}

/**
 * PostgreSQL: cases met for the first time (`new-cases.ts`), merged as the general path merges a
 * case its transaction inserted — which reads nothing stored — with every row collected, then
 * written by one statement. The events of the cases written, and the cases another process
 * inserted first (nothing of them written).
 */
async function ingestNewCases(
  input: Input,
  prepared: PreparedCase[],
  sourceStored: boolean,
): Promise<{ events: IngestEvent[]; left: PreparedCase[] }> {
  const { db, court, sourceId, kind, pause } = input;
  const now = new Date().toISOString();
  const columns = (n: number): Columns => Array.from({ length: n }, () => []);
  const detailColumns = Object.keys(headerValues(emptyHeader, kind, now));
  const rows: NewCases = {
    court,
    source: { id: sourceId, kind, stored: sourceStored },
    now,
    cases: columns(CASE_COLUMNS.length),
    digests: [],
    details: columns(detailColumns.length + 1),
    detailColumns,
    entries: columns(ENTRY_COLUMNS.length),
    entryColumns: ENTRY_COLUMNS.slice(1),
    versions: columns(4),
    documents: columns(7),
    gaps: columns(3),
    events: columns(4),
  };
  const ctx: Context = {
    trx: db,
    sql: new Statements(db, 'postgres', pause),
    dialect: 'postgres',
    sourceId,
    kind,
    now,
    events: [],
    note: input.note,
    wroteCases: true,
    fresh: new Set(prepared.map((_, i) => standIn(i))),
    written: new Set(),
    pause,
    collect: rows,
  };
  const refs = prepared.map((p, i) => caseRef(standIn(i), court, p.docketNumber));
  for (const [i, p] of prepared.entries()) {
    const values = [court, p.docketNumber, p.docketNumberRaw, p.caseName, p.pacerCaseId, null, null, 1, now];
    for (let c = 0; c < values.length; c++) rows.cases[c]!.push(values[c]);
    rows.digests.push(p.digest);
    ctx.events.push({ type: 'case.tracked', case: refs[i]!.key, entry: null, source: sourceId });
    if (p.header) push(rows.details, standIn(i), ...Object.values(headerValues(p.header, kind, now)));
  }
  for (const [i, p] of prepared.entries()) await mergeCase(ctx, refs[i]!, p);
  const byKey = new Map(refs.map((r) => [r.key, r.id]));
  for (const e of ctx.events) {
    const { type, case: key, entry, ...rest } = e;
    // An added entry's payload is written by the statement from the entry's row (`ADDED_FIELDS`).
    push(rows.events, byKey.get(key)!, type, entry, type === 'entry.added' ? null : JSON.stringify(rest));
    await pause();
  }
  const ids = await writeNewCases(ctx.sql, rows);
  const left = new Set(refs.filter((r) => !ids.has(r.id)).map((r) => r.key));
  return {
    events: left.size === 0 ? ctx.events : ctx.events.filter((e) => !left.has(e.case)),
    left: prepared.filter((p) => left.has(p.key)),
  };
}

/** A header that says nothing (to name the columns `headerValues` gives). */
const emptyHeader: CaseHeader = {
  judge: null,
  referredTo: null,
  dateFiled: null,
  dateTerminated: null,
  natureOfSuit: null,
  cause: null,
  jurisdiction: null,
  parties: [],
};

/** One row onto column arrays. */
function push(columns: Columns, ...row: unknown[]): void {
  for (let c = 0; c < row.length; c++) columns[c]!.push(row[c]);
}

/**
 * Ingest's transaction, committed without waiting for the log flush (PostgreSQL): an ingest lost
 * in a server crash is made again, since its input is fetched again — the source state that would
 * skip it is saved after it, synchronously, which flushes this transaction too.
 */
function ingestTransaction<T>(db: Kysely<Database>, fn: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  return writeTransaction(db, fn, { unflushed: true });
}

/** Whether merging would write anything, read without locks (a no-op needs no lock). */
async function anyChanges(
  ctx: Context,
  refs: Map<string, CaseRef>,
  prepared: PreparedCase[],
): Promise<boolean> {
  for (const p of prepared) {
    const ref = refs.get(p.key);
    if (ref && (await mergeCase(ctx, ref, p, true))) return true;
  }
  return false;
}

/**
 * The kind of each incoming entry that is not in the store yet, decided before the write lock is
 * taken (classifying is most of what adding an entry costs): read here without a lock, so an entry
 * another process adds meanwhile is merely classified for nothing, and one that turns out new after
 * all is classified while merging.
 */
async function decideKinds(
  db: Kysely<Database>,
  court: string,
  kind: SourceKind,
  prepared: PreparedCase[],
  pause: () => Promise<void>,
  /** The stored cases, when already read (a case missing here was not stored then). */
  known?: Map<string, { id: number }>,
): Promise<void> {
  const sql = new Statements(db, dialectOf(db), pause);
  for (const p of prepared) {
    const [c] = known
      ? [known.get(p.docketNumber)].filter((x) => x !== undefined)
      : await sql.query<{ id: number }>(
          `select "id" from "cases" where "court_id" = ? and "docket_number" = ?`,
          [court, p.docketNumber],
        );
    const numbered = p.entries.filter((i) => i.entry.number !== null);
    const stored = new Set<string>();
    if (c)
      for (const chunk of chunks(numbered, 500)) {
        const rows = await sql.query<{ entry_key: string }>(
          `select "entry_key" from "entries" where "case_id" = ? and "entry_key" in (${marks(chunk.length)})`,
          [c.id, ...chunk.map((i) => i.entry.number)],
        );
        for (const r of rows) stored.add(r.entry_key);
        await pause();
      }
    for (const inc of numbered) {
      if (stored.has(inc.entry.number!)) continue;
      const m = mergeVersions([{ kind, order: 0, entry: inc.entry }]);
      inc.kind = entryKind(m.description, m.shortDescription);
      await pause();
    }
  }
}

/** Input that belongs to no case docketwatch can name. */
function rejected(reason: string): IngestNote {
  return { action: 'rejected', case: null, entry: null, reason };
}

/** Check every case and entry before the transaction starts: the write lock is held only for merging. */
async function prepareCases(
  court: string,
  cases: DocketCase[],
  note: (n: IngestNote) => void,
  pause: () => Promise<void>,
): Promise<PreparedCase[]> {
  const byKey = new Map<string, PreparedCase>();
  for (const c of cases) {
    const docketNumber = normalizeDocketNumber(c.docketNumber);
    if (!docketNumber) {
      note(
        rejected(
          `docket number ${JSON.stringify(c.docketNumber)} is not usable; ${c.entries.length} entries skipped`,
        ),
      );
      continue;
    }
    const key = caseKey(court, docketNumber);
    let p = byKey.get(key);
    if (!p) {
      p = {
        key,
        court,
        docketNumber,
        docketNumberRaw: String(c.docketNumber).trim().slice(0, 100),
        caseName: c.caseName?.slice(0, 1000) ?? null,
        pacerCaseId: c.pacerCaseId ?? null,
        origin: c.originatingCourt ?? null,
        header: null,
        entries: [],
        digest: null,
      };
      byKey.set(key, p);
    }
    const header = headerOf(c);
    if (header) p.header = mergeHeader(p.header, header);
    for (const raw of c.entries) {
      const { entry, notes } = checkEntry(raw);
      const label = entry?.number ?? (typeof raw.number === 'string' ? raw.number.slice(0, 40) : null);
      for (const reason of notes) {
        note({ action: entry ? 'clamped' : 'rejected', case: key, entry: label, reason });
      }
      if (!entry) continue;
      const payload = versionPayload(entry);
      p.entries.push({ entry, payload, hash: hashPayload(payload) });
      await pause();
    }
  }
  return [...byKey.values()];
}

async function resolveCases(
  ctx: Context,
  court: string,
  prepared: PreparedCase[],
  track: boolean,
  ignored: string[],
  /** The stored cases as the check before the transaction read them, when it did. */
  known?: Map<string, CaseRow>,
): Promise<Map<string, CaseRef>> {
  const { trx } = ctx;
  const refs = new Map<string, CaseRef>();
  const found = new Map<string, CaseRow>();
  // Cases the check saw missing are inserted without reading them again when tracking: one another
  // process inserted meanwhile is read after the insert and handled as found.
  const unread = new Set(track && known ? prepared.filter((p) => !known.has(p.docketNumber)) : []);
  for (const r of await selectCases(
    ctx,
    court,
    prepared.filter((p) => !unread.has(p)).map((p) => p.docketNumber),
  ))
    found.set(r.docket_number, r);
  const missing = prepared.filter((p) => !found.has(p.docketNumber));
  if (track && missing.length > 0) {
    ctx.wroteCases = true;
    // PostgreSQL inserts the court in the cases' statement (`insertCasesPostgres`).
    if (ctx.dialect === 'sqlite')
      await ctx.sql.query(
        `insert into "courts" ("id", "name", "created_at") values (?, null, ?) on conflict ("id") do nothing`,
        [court, ctx.now],
      );
    const values: unknown[] = [];
    for (const p of missing) {
      values.push(
        court,
        p.docketNumber,
        p.docketNumberRaw,
        p.caseName,
        p.pacerCaseId,
        null,
        null,
        1,
        ctx.now,
      );
    }
    const inserted =
      ctx.dialect === 'postgres'
        ? await insertCasesPostgres(ctx, court, values, missing)
        : await ctx.sql.insert<{ id: number; docket_number: string }>(
            'cases',
            CASE_COLUMNS,
            values,
            'on conflict ("court_id", "docket_number") do nothing returning "id", "docket_number"',
          );
    for (const r of inserted) {
      ctx.fresh.add(r.id);
      const key = caseKey(court, r.docket_number);
      ctx.events.push({ type: 'case.tracked', case: key, entry: null, source: ctx.sourceId });
      refs.set(key, caseRef(r.id, court, r.docket_number));
    }
    // Rows another process inserted first (ON CONFLICT DO NOTHING returned nothing for them).
    const stillMissing = missing.filter((p) => !refs.has(p.key));
    for (const r of await selectCases(
      ctx,
      court,
      stillMissing.map((p) => p.docketNumber),
    )) {
      if (unread.has(stillMissing.find((p) => p.docketNumber === r.docket_number)!))
        found.set(r.docket_number, r);
      else refs.set(caseKey(court, r.docket_number), caseRef(r.id, court, r.docket_number));
    }
  } else {
    for (const p of missing) ignored.push(p.key);
  }
  for (const p of prepared) {
    const row = found.get(p.docketNumber);
    if (!row) continue;
    if (row.tracked !== 1 && !track) {
      ignored.push(p.key);
      continue;
    }
    refs.set(p.key, caseRef(row.id, court, p.docketNumber));
    const fill: { tracked?: number; case_name?: string; pacer_case_id?: string } = {};
    if (row.tracked !== 1) fill.tracked = 1;
    if (row.case_name === null && p.caseName) fill.case_name = p.caseName;
    if (row.pacer_case_id === null && p.pacerCaseId) fill.pacer_case_id = p.pacerCaseId;
    if (Object.keys(fill).length > 0) {
      ctx.wroteCases = true;
      await trx.updateTable('cases').set(fill).where('id', '=', row.id).execute();
    }
    if (row.parent_case_id === null && p.origin?.docketNumber) await linkToOrigin(ctx, row.id, p);
  }
  for (const p of missing) {
    const ref = refs.get(p.key);
    if (ref && !found.has(p.docketNumber) && p.origin?.docketNumber) await linkToOrigin(ctx, ref.id, p);
  }
  const headers = prepared.flatMap((p) => {
    const ref = refs.get(p.key);
    return ref && p.header ? [{ caseId: ref.id, header: p.header }] : [];
  });
  if (await writeCaseHeaders(trx, headers, ctx.kind, ctx.now, ctx.fresh)) ctx.wroteCases = true;
  return refs;
}

/**
 * PostgreSQL: the court (when new) and the cases (flat `CASE_COLUMNS` values of `missing`, in its
 * order) in one statement, the court inserted by a `with` clause that the cases' foreign key sees;
 * the new cases' ids. Each new case's input digest is kept with it (`ingest_digests`): all of its
 * entries will be that input's, inserted by this transaction.
 */
async function insertCasesPostgres(
  ctx: Context,
  court: string,
  values: unknown[],
  missing: PreparedCase[],
): Promise<{ id: number; docket_number: string }[]> {
  if (!casesText) {
    const types = await ctx.sql.columnTypes('cases');
    casesText = `with "co" as (
      insert into "courts" ("id", "name", "created_at") values (?, null, ?) on conflict ("id") do nothing
    ), "c" as (
      insert into "cases" (${CASE_COLUMNS.map((c) => `"${c}"`).join(', ')})
      select * from unnest(${CASE_COLUMNS.map((c) => `?::${types.get(c)}[]`).join(', ')})
      on conflict ("court_id", "docket_number") do nothing returning "id", "docket_number"
    ), "g" as (
      insert into "ingest_digests" ("case_id", "source_id", "digest")
      select "c"."id", ?::text, "n"."digest" from "c"
      join unnest(?::text[], ?::text[]) as "n"("docket", "digest") on "n"."docket" = "c"."docket_number"
      where "n"."digest" is not null
    )
    select "id", "docket_number" from "c"`;
  }
  const width = CASE_COLUMNS.length;
  const out: { id: number; docket_number: string }[] = [];
  for (let first = 0; first < values.length / width; first += ENTRY_BATCH) {
    const n = Math.min(ENTRY_BATCH, values.length / width - first);
    const arrays = CASE_COLUMNS.map(() => new Array<unknown>(n));
    for (let r = 0, i = first * width; r < n; r++)
      for (let c = 0; c < width; c++, i++) arrays[c]![r] = values[i];
    const cases = missing.slice(first, first + n);
    out.push(
      ...(await ctx.sql.query<{ id: number; docket_number: string }>(casesText, [
        court,
        ctx.now,
        ...arrays,
        ctx.sourceId,
        cases.map((p) => p.docketNumber),
        cases.map((p) => p.digest),
      ])),
    );
  }
  return out;
}

let casesText: string | undefined;

async function selectCases(ctx: Context, court: string, dockets: string[]): Promise<CaseRow[]> {
  const rows: CaseRow[] = [];
  for (const chunk of chunks(dockets, 500)) {
    const found = await ctx.sql.query<CaseRow>(
      `select "id", "docket_number", "tracked", "case_name", "pacer_case_id", "parent_case_id" from "cases"
       where "court_id" = ? and "docket_number" in (${marks(chunk.length)})`,
      [court, ...chunk],
    );
    for (const r of found) rows.push(r);
  }
  return rows;
}

/** `?, ?, ?` for an IN list of `n` values. */
function marks(n: number): string {
  return Array(n).fill('?').join(', ');
}

/** An appeal names the case it came from; when that case is in the record, link the two. */
async function linkToOrigin(ctx: Context, caseId: number, p: PreparedCase): Promise<void> {
  const docket = normalizeDocketNumber(p.origin?.docketNumber);
  if (!docket) return;
  const court = normalizeCourt(p.origin?.court);
  let q = ctx.trx
    .selectFrom('cases')
    .select(['id', 'court_id', 'docket_number'])
    .where('docket_number', '=', docket)
    .where('id', '!=', caseId);
  if (court) q = q.where('court_id', '=', court);
  const candidates = await q.limit(2).execute();
  if (candidates.length !== 1) return;
  const parent = candidates[0]!;
  if (!(await setAppealParent(ctx.trx, caseId, parent.id))) return;
  ctx.wroteCases = true;
  ctx.events.push({
    type: 'case.linked',
    case: p.key,
    entry: null,
    parent: caseKey(parent.court_id, parent.docket_number),
    link: 'appeal',
  });
}

/** What is read of a stored entry the input touches: enough to skip unchanged input. */
interface StoredEntry {
  id: number;
  entry_key: string;
  number: number | null;
  status: string;
  /** Content hash of this source's latest version of the entry; null when it never gave one. */
  hash: string | null;
}

/** Unnumbered entries are matched on their dates and text, so those are read in full. */
type StoredUnnumbered = Pick<
  EntryRow,
  | 'id'
  | 'entry_key'
  | 'date_filed'
  | 'date_entered'
  | 'description'
  | 'short_description'
  | 'pacer_doc_id'
  | 'pacer_seq_no'
  | 'status'
> & {
  /** 1 when a complete listing (a docket report) gave it. */
  listed: number | string;
};

/** The calendar day of a stored entry, in SQL (`entryDay`). */
const SQL_DAY = `substr(coalesce("date_filed", "date_entered"), 1, 10)`;

/** `day` moved by `n` days (`YYYY-MM-DD`). */
function shiftDay(day: string, n: number): string {
  const t = Date.parse(day);
  return Number.isNaN(t) ? day : new Date(t + n * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Merge one case's entries. With `dryRun`, write nothing and only say whether there is anything to
 * write (PostgreSQL asks this before it takes the case's row lock).
 *
 * Only the stored entries the input touches are read (by key, and through the index on
 * `(case_id, number)`), never every entry of the case: the cost follows the input, not the case.
 */
async function mergeCase(ctx: Context, ref: CaseRef, p: PreparedCase, dryRun = false): Promise<boolean> {
  const loose = p.entries.filter((i) => i.entry.number === null).map((i) => i.entry);
  // Stored unnumbered entries an incoming one could be (same sequence number or document id, or
  // filed within a day: what `matchUnnumbered` compares), and the keys new ones must not reuse.
  const stored = !ctx.fresh.has(ref.id);
  const unnumbered = stored && loose.length > 0 ? await unnumberedNear(ctx, ref, loose) : [];
  const usedKeys = stored && loose.length > 0 ? await unnumberedKeysOn(ctx, ref, loose) : new Set<string>();
  const candidates: UnnumberedCandidate[] = unnumbered.map((e) => ({
    key: e.entry_key,
    day: entryDay({ dateFiled: e.date_filed, dateEntered: e.date_entered }),
    dateFiled: e.date_filed,
    text: normalizeText(e.description),
    shortText: normalizeText(e.short_description ?? ''),
    pacerSeqNo: e.pacer_seq_no,
    pacerDocId: e.pacer_doc_id,
  }));

  const kept = stored ? await keptUnnumbered(ctx, ref, p.entries) : new Map<string, string>();
  const taken = new Set<string>();
  const keyed: Keyed[] = [];
  for (const inc of p.entries) {
    await ctx.pause();
    const e = inc.entry;
    const found =
      e.number !== null
        ? (kept.get(e.number) ?? e.number)
        : candidates.length > 0
          ? matchUnnumbered(e, candidates, taken)
          : null;
    const key = found ?? unnumberedKey(e, (k) => usedKeys.has(k) || taken.has(k));
    if (taken.has(key)) {
      if (dryRun) continue;
      ctx.note({
        action: 'ignored',
        case: ref.key,
        entry: key,
        reason: 'entry appears twice in the input; first kept',
      });
      continue;
    }
    taken.add(key);
    keyed.push({ ...inc, key, unmatched: found === null });
  }
  // A feed's title-only item and the unnumbered entry it names, from the docket report or a notice,
  // are one entry whichever came first (`pairTitles`): an item arriving is keyed to the entry; an
  // entry arriving takes in the stored item (`absorbItems`, after the entry is written).
  const absorb = stored ? pairWithItems(keyed, unnumbered, taken, isCompleteKind(ctx.kind)) : [];
  const byKey = stored
    ? await storedByKey(
        ctx,
        ref,
        keyed.map((k) => k.key),
      )
    : new Map<string, StoredEntry>();
  const added: (Incoming & { key: string; covered?: true })[] = [];
  const changed: (Incoming & { stored: StoredEntry; newVersion: boolean })[] = [];
  const complete = isCompleteKind(ctx.kind);
  for (const inc of keyed) {
    await ctx.pause();
    const existing = byKey.get(inc.key);
    if (!existing) {
      added.push(coveredOnArrival(inc.entry, unnumbered) ? { ...inc, covered: true } : inc);
      continue;
    }
    const same = existing.hash === inc.hash;
    if (same && existing.status === 'covered') continue;
    // A partial source giving again what it gave before says nothing about whether the entry is
    // still on the docket: an entry a complete report no longer lists stays vanished.
    if (same && existing.status === 'vanished' && !complete) continue;
    if (!same || existing.status !== 'present') changed.push({ ...inc, stored: existing, newVersion: !same });
  }

  // Only a complete listing (a docket report) can show that an entry is gone; feeds and notices are partial.
  const { gone, covered } =
    stored && complete ? await vanishedEntries(ctx, ref, p, taken, byKey) : { gone: [], covered: [] };
  const writes =
    added.length > 0 || changed.length > 0 || gone.length > 0 || covered.length > 0 || absorb.length > 0;
  if (dryRun) return writes;
  if (writes && stored && ctx.dialect === 'postgres') ctx.written.add(ref.id);
  if (added.length > 0) await addEntries(ctx, ref, added);
  if (changed.length > 0) await updateEntries(ctx, ref, changed);
  if (absorb.length > 0) await absorbItems(ctx, ref, absorb);
  if (gone.length > 0) await markVanished(ctx, ref, gone);
  if (covered.length > 0) await markCovered(ctx, ref, covered);
  const numbers = [
    ...new Set(added.flatMap((a) => (a.entry.number === null ? [] : [Number(a.entry.number)]))),
  ]
    .filter(isSequenceNumber)
    .sort((a, b) => a - b);
  if (numbers.length > 0) await updateGaps(ctx, ref, numbers);
  return true;
}

/** An incoming entry with its key; `unmatched` when no stored entry is it (the key is new). */
type Keyed = Incoming & { key: string; unmatched?: boolean };

/** A stored title-only feed item to be taken into the entry it names (`into`, that entry's key). */
interface Absorbed {
  item: StoredUnnumbered;
  into: string;
}

/**
 * Pair the feed's title-only items with the unnumbered entries they name (`pairTitles`), among the
 * new ones of this input and the stored ones near it: a new item paired with a stored entry takes
 * that entry's key (it fills the entry in); a stored item paired with an entry of this input (or,
 * when the input is a complete report, with a stored one) is to be taken into it. `taken` follows.
 */
function pairWithItems(
  keyed: Keyed[],
  stored: StoredUnnumbered[],
  taken: Set<string>,
  complete: boolean,
): Absorbed[] {
  const side = (key: string, day: string, words: string) => ({ key, day, words });
  const items: TitleSide[] = [];
  const entries: TitleSide[] = [];
  const incoming = new Map<string, Keyed>();
  for (const k of keyed) {
    if (!k.unmatched || k.entry.number !== null) continue;
    const text = normalizeText(k.entry.description);
    const title = normalizeText(k.entry.shortDescription ?? '');
    const titleOnly = isTitleOnly({ ...k.entry, text, shortText: title });
    if (titleOnly) items.push(side(k.key, entryDay(k.entry), title));
    else if (text !== '') entries.push(side(k.key, entryDay(k.entry), text));
    else continue;
    incoming.set(k.key, k);
  }
  if (items.length === 0 && entries.length === 0) return [];
  const byKey = new Map<string, StoredUnnumbered>();
  for (const e of stored) {
    const day = entryDay({ dateFiled: e.date_filed, dateEntered: e.date_entered });
    if (titleOnlyRow(e)) {
      if (!taken.has(e.entry_key))
        items.push(side(e.entry_key, day, normalizeText(e.short_description ?? '')));
    } else if (e.description !== '' && e.short_description === null && e.status === 'present')
      entries.push(side(e.entry_key, day, normalizeText(e.description)));
    else continue;
    byKey.set(e.entry_key, e);
  }
  if (items.length === 0) return [];
  const absorb: Absorbed[] = [];
  for (const [itemKey, entryKey] of pairTitles(items, entries)) {
    const newItem = incoming.get(itemKey);
    if (newItem) {
      // The item fills in the stored entry.
      if (incoming.has(entryKey) || taken.has(entryKey)) continue;
      taken.delete(itemKey);
      taken.add(entryKey);
      newItem.key = entryKey;
      newItem.unmatched = false;
      continue;
    }
    if (!incoming.has(entryKey) && !complete) continue;
    taken.add(itemKey);
    absorb.push({ item: byKey.get(itemKey)!, into: entryKey });
  }
  return absorb;
}

/**
 * Take stored feed items into the entries they name: the items' versions become the entry's (so
 * the feed giving the item again changes nothing), each field merged as for any entry (the feed's
 * title, the report's text and day), the item's row goes, and `entry.covered` says so (told to no
 * one; the deadline record drops the item). The entry's own event says what it holds now.
 */
async function absorbItems(ctx: Context, ref: CaseRef, absorb: Absorbed[]): Promise<void> {
  const { trx, now } = ctx;
  const docs: unknown[] = [];
  for (const { item, into } of absorb) {
    const target = await trx
      .selectFrom('entries')
      .select(['id', 'status'])
      .where('case_id', '=', ref.id)
      .where('entry_key', '=', into)
      .executeTakeFirst();
    if (!target) continue;
    const before = mergeVersions(await versionsOf(trx, target.id));
    await trx
      .updateTable('entry_versions')
      .set({ entry_id: target.id })
      .where('entry_id', '=', item.id)
      .execute();
    for (const table of ['entry_documents', 'document_fetches'] as const)
      await trx.updateTable(table).set({ entry_id: target.id }).where('entry_id', '=', item.id).execute();
    await trx.deleteFrom('documents').where('entry_id', '=', item.id).execute();
    await trx.deleteFrom('entries').where('id', '=', item.id).execute();
    const after = mergeVersions(await versionsOf(trx, target.id));
    await trx
      .updateTable('entries')
      .set({ ...entryColumns(after), updated_at: now })
      .where('id', '=', target.id)
      .execute();
    documentValues(docs, target.id, after, now);
    ctx.events.push({
      type: 'entry.covered',
      case: ref.key,
      entry: item.entry_key,
      dateFiled: item.date_filed,
      title: item.short_description ?? '',
      source: ctx.sourceId,
      kind: ctx.kind,
    });
    const added = ctx.events.find((e) => e.type === 'entry.added' && e.entry === into);
    if (added?.type === 'entry.added') {
      // Written in this input: its one event tells the entry as it stands.
      Object.assign(added, {
        dateFiled: after.dateFiled,
        dateEntered: after.dateEntered,
        shortDescription: after.shortDescription,
        pacerDocId: after.pacerDocId,
        documentUrl: after.documentUrl,
      });
      continue;
    }
    const changes = diffMerged(before, after);
    if (Object.keys(changes).length > 0)
      ctx.events.push({
        type: 'entry.updated',
        case: ref.key,
        entry: into,
        changes,
        source: ctx.sourceId,
        kind: ctx.kind,
      });
  }
  await upsertDocuments(ctx, docs);
}

/** Every source's latest version of an entry, as merge input. */
async function versionsOf(trx: Kysely<Database>, entryId: number): Promise<SourceVersion[]> {
  const latest = new Map<string, SourceVersion>();
  for (const r of await trx
    .selectFrom('entry_versions')
    .select(['id', 'source_id', 'kind', 'payload'])
    .where('entry_id', '=', entryId)
    .orderBy('id')
    .execute())
    latest.set(r.source_id, { kind: r.kind as SourceKind, order: r.id, entry: payloadEntry(r.payload) });
  return [...latest.values()];
}

/** The largest entry number stores held before migration 0027 (PostgreSQL's `integer`). */
const OLD_NUMBER_LIMIT = 2_147_483_647;

/**
 * Entries numbered by a long document id that a store kept as unnumbered ones before migration 0027
 * (their keys `u:DAY:d<ID>`, which events and the posture name; the migration gave them their
 * number): the incoming number → that key, so such an entry is found, not added again.
 */
async function keptUnnumbered(ctx: Context, ref: CaseRef, entries: Incoming[]): Promise<Map<string, string>> {
  const kept = new Map<string, string>();
  const long = entries.flatMap((i) =>
    i.entry.number !== null && Number(i.entry.number) > OLD_NUMBER_LIMIT ? [Number(i.entry.number)] : [],
  );
  for (const chunk of chunks(long, 500)) {
    const rows = await ctx.sql.query<{ entry_key: string; number: number | string }>(
      `select "entry_key", "number" from "entries"
       where "case_id" = ? and "number" in (${marks(chunk.length)}) and "entry_key" like 'u:%'`,
      [ref.id, ...chunk],
    );
    for (const r of rows) kept.set(String(r.number), r.entry_key);
  }
  return kept;
}

/** The stored entries with these keys, and this source's latest hash of each. */
async function storedByKey(ctx: Context, ref: CaseRef, keys: string[]): Promise<Map<string, StoredEntry>> {
  const byKey = new Map<string, StoredEntry>();
  for (const chunk of chunks(keys, 500)) {
    const rows = await ctx.sql.query<StoredEntry>(
      `select e."id", e."entry_key", e."number", e."status",
         (select v."content_hash" from "entry_versions" v
          where v."entry_id" = e."id" and v."source_id" = ? order by v."id" desc limit 1) as "hash"
       from "entries" e where e."case_id" = ? and e."entry_key" in (${marks(chunk.length)})`,
      [ctx.sourceId, ref.id, ...chunk],
    );
    for (const r of rows) byKey.set(r.entry_key, r);
    await ctx.pause();
  }
  return byKey;
}

/** Stored unnumbered entries with a sequence number or document id of the input, or filed within a day of one. */
async function unnumberedNear(ctx: Context, ref: CaseRef, loose: CleanEntry[]): Promise<StoredUnnumbered[]> {
  const days = loose.map(entryDay).sort();
  const seqs = [...new Set(loose.flatMap((e) => (e.pacerSeqNo ? [e.pacerSeqNo] : [])))];
  const docs = [...new Set(loose.flatMap((e) => (e.pacerDocId ? [e.pacerDocId] : [])))];
  const listedBy = completeKindList();
  const columns = `"id", "entry_key", "date_filed", "date_entered", "description", "short_description",
    "pacer_doc_id", "pacer_seq_no", "status",
    case when exists (select 1 from "entry_versions" v where v."entry_id" = "entries"."id"
      and v."kind" in (${listedBy.map((k) => `'${k}'`).join(', ') || "''"})) then 1 else 0 end as "listed"`;
  const found = new Map<number, StoredUnnumbered>();
  const add = (rows: StoredUnnumbered[]) => {
    for (const r of rows) found.set(r.id, r);
  };
  add(
    await ctx.sql.query<StoredUnnumbered>(
      `select ${columns} from "entries" where "case_id" = ? and "number" is null and ${SQL_DAY} between ? and ?`,
      [ref.id, shiftDay(days[0]!, -1), shiftDay(days[days.length - 1]!, 1)],
    ),
  );
  for (const [column, values] of [
    ['pacer_seq_no', seqs],
    ['pacer_doc_id', docs],
  ] as const)
    for (const chunk of chunks(values, 500))
      add(
        await ctx.sql.query<StoredUnnumbered>(
          `select ${columns} from "entries" where "case_id" = ? and "number" is null and "${column}" in (${marks(chunk.length)})`,
          [ref.id, ...chunk],
        ),
      );
  // The order every candidate was read in before (by key), so ties resolve as they did.
  return [...found.values()].sort((a, b) =>
    a.entry_key < b.entry_key ? -1 : a.entry_key > b.entry_key ? 1 : 0,
  );
}

/** The kinds whose listing of a case is complete (docket reports), as SQL can name them. */
function completeKindList(): string[] {
  return docketKinds()
    .filter((k) => k.complete === true && /^[a-z0-9._-]+$/i.test(k.id))
    .map((k) => k.id);
}

/** A stored unnumbered entry read for matching, as `isTitleOnly` reads it. */
function titleOnlyRow(e: {
  description: string;
  short_description: string | null;
  pacer_seq_no: string | null;
  pacer_doc_id: string | null;
}): boolean {
  return isTitleOnly({
    text: normalizeText(e.description),
    shortText: normalizeText(e.short_description ?? ''),
    pacerSeqNo: e.pacer_seq_no,
    pacerDocId: e.pacer_doc_id,
  });
}

/**
 * A feed's title-only item that arrives after a complete docket report has listed the unnumbered
 * entries of its day (within a day, as for matching): it is one of them, which one the report
 * cannot say, so it is stored covered by them rather than read as an entry of its own.
 */
function coveredOnArrival(e: CleanEntry, near: StoredUnnumbered[]): boolean {
  if (
    !isTitleOnly({
      number: e.number,
      text: normalizeText(e.description),
      shortText: normalizeText(e.shortDescription ?? ''),
      pacerSeqNo: e.pacerSeqNo,
      pacerDocId: e.pacerDocId,
    })
  )
    return false;
  const day = entryDay(e);
  return near.some(
    (c) =>
      Number(c.listed) === 1 &&
      c.status === 'present' &&
      normalizeText(c.description) !== '' &&
      Math.abs(
        Date.parse(entryDay({ dateFiled: c.date_filed, dateEntered: c.date_entered })) - Date.parse(day),
      ) <= 86_400_000,
  );
}

/** The stored keys of unnumbered entries (`u:DAY:…`) on the days of the input. */
async function unnumberedKeysOn(ctx: Context, ref: CaseRef, loose: CleanEntry[]): Promise<Set<string>> {
  const days = loose.map(entryDay).sort();
  const rows = await ctx.sql.query<{ entry_key: string }>(
    `select "entry_key" from "entries" where "case_id" = ? and "entry_key" >= ? and "entry_key" < ?`,
    [ref.id, `u:${days[0]}:`, `u:${days[days.length - 1]};`],
  );
  return new Set(rows.map((r) => r.entry_key));
}
function entryColumns(m: MergedEntry) {
  return {
    ...columnsOf(m, entryFieldsExcept('number', 'attachments', 'linkedEntries')),
    linked_entries: linkedColumn(m.linkedEntries),
    // Decided once, here, whenever the entry's text is written.
    kind: entryKind(m.description, m.shortDescription),
  };
}

const DOCUMENT_COLUMNS = [
  'entry_id',
  'number',
  'description',
  'pacer_doc_id',
  'page_count',
  'url',
  'updated_at',
] as const;

/**
 * The documents of a merged entry, as flat `DOCUMENT_COLUMNS` values appended to `out` (`entryId`:
 * the entry's id, or its key where the id is not known yet).
 */
function documentValues(out: unknown[], entryId: number | string, m: MergedEntry, now: string): void {
  if (m.pacerDocId !== null || m.documentUrl !== null || m.pageCount !== null) {
    out.push(entryId, '0', null, m.pacerDocId, m.pageCount, m.documentUrl, now);
  }
  for (const a of m.attachments) {
    if (a.number === '' || a.number === '0') continue;
    out.push(entryId, a.number, a.description, a.pacerDocId, a.pageCount, null, now);
  }
}

/** Insert or refresh documents (flat `DOCUMENT_COLUMNS` values); a repeated (entry, number) keeps the last. */
async function upsertDocuments(ctx: Context, values: unknown[]): Promise<void> {
  if (values.length === 0) return;
  await ctx.sql.insert('documents', DOCUMENT_COLUMNS, lastPerDocument(values), DOCUMENT_UPSERT);
}

const DOCUMENT_UPSERT = `on conflict ("entry_id", "number") do update set "description" = excluded."description",
  "pacer_doc_id" = excluded."pacer_doc_id", "page_count" = excluded."page_count",
  "url" = excluded."url", "updated_at" = excluded."updated_at"`;

/** Flat `DOCUMENT_COLUMNS` values with one row per (entry, number): the last given, in input order. */
function lastPerDocument(values: unknown[]): unknown[] {
  const width = DOCUMENT_COLUMNS.length;
  const last = new Map<string, number>();
  for (let i = 0; i < values.length; i += width) last.set(`${values[i]}|${values[i + 1]}`, i);
  if (last.size * width === values.length) return values;
  const unique: unknown[] = [];
  for (const i of [...last.values()].sort((a, b) => a - b)) unique.push(...values.slice(i, i + width));
  return unique;
}

/** The entries a text links to, as stored (`entries.linked_entries`): JSON, `null` when none. */
function linkedColumn(linked: number[]): string | null {
  return linked.length > 0 ? JSON.stringify(linked) : null;
}

const ENTRY_COLUMNS = [
  'case_id',
  ...ENTRY_TEXT_COLUMNS,
  'pacer_doc_id',
  'pacer_seq_no',
  'page_count',
  'document_url',
  'linked_entries',
  'kind',
  'status',
  'first_seen_at',
  'updated_at',
] as const;

async function addEntries(
  ctx: Context,
  ref: CaseRef,
  added: (Incoming & { key: string; covered?: true })[],
): Promise<void> {
  const { now } = ctx;
  const merged: MergedEntry[] = [];
  const values: unknown[] = [];
  for (const a of added) {
    await ctx.pause();
    const m = mergeVersions([{ kind: ctx.kind, order: 0, entry: a.entry }]);
    merged.push(m);
    values.push(
      ref.id,
      a.key,
      a.entry.number === null ? null : Number(a.entry.number),
      m.dateFiled,
      m.dateEntered,
      m.description,
      m.shortDescription,
      m.pacerDocId,
      m.pacerSeqNo,
      m.pageCount,
      m.documentUrl,
      linkedColumn(m.linkedEntries),
      a.kind ?? entryKind(m.description, m.shortDescription),
      a.covered ? 'covered' : 'present',
      now,
      now,
    );
  }
  if (ctx.collect) collectEntries(ctx.collect, ref, added, merged, values, ctx.now);
  else if (ctx.dialect === 'postgres') await insertEntriesPostgres(ctx, added, merged, values);
  else {
    const ids = await ctx.sql.insertSqliteIds('entries', ENTRY_COLUMNS, values);
    await insertVersions(
      ctx,
      added.map((a, i) => ({ entryId: ids[i]!, inc: a })),
    );
    const docs: unknown[] = [];
    for (let i = 0; i < added.length; i++) documentValues(docs, ids[i]!, merged[i]!, now);
    await upsertDocuments(ctx, docs);
  }
  for (let i = 0; i < added.length; i++) {
    const a = added[i]!;
    const m = merged[i]!;
    ctx.events.push({
      type: 'entry.added',
      case: ref.key,
      entry: a.key,
      number: a.entry.number,
      dateFiled: m.dateFiled,
      dateEntered: m.dateEntered,
      description: m.description,
      shortDescription: m.shortDescription,
      pacerDocId: m.pacerDocId,
      documentUrl: m.documentUrl,
      source: ctx.sourceId,
      kind: ctx.kind,
    });
  }
}

/** New entries of a new case (flat `ENTRY_COLUMNS` values), their first versions and documents, onto `rows`. */
function collectEntries(
  rows: NewCases,
  ref: CaseRef,
  added: (Incoming & { key: string })[],
  merged: MergedEntry[],
  values: unknown[],
  now: string,
): void {
  const width = ENTRY_COLUMNS.length;
  for (let i = 0; i < values.length; i += width) push(rows.entries, ...values.slice(i, i + width));
  const docs: unknown[] = [];
  for (let r = 0; r < added.length; r++) {
    const a = added[r]!;
    push(rows.versions, ref.id, a.key, a.hash, a.payload);
    documentValues(docs, a.key, merged[r]!, now);
  }
  const unique = lastPerDocument(docs);
  const docWidth = DOCUMENT_COLUMNS.length;
  // The entry's key and the document's columns, without `updated_at` (the statement's time).
  for (let i = 0; i < unique.length; i += docWidth)
    push(rows.documents, ref.id, ...unique.slice(i, i + docWidth - 1));
}

/**
 * PostgreSQL: new entries, their first versions and their documents in one statement (one round
 * trip instead of three): the entries are inserted first and the other two join them by key, each
 * in input order (so ids follow the input, as separate inserts numbered them).
 */
async function insertEntriesPostgres(
  ctx: Context,
  added: (Incoming & { key: string })[],
  merged: MergedEntry[],
  entryValues: unknown[],
): Promise<void> {
  const width = ENTRY_COLUMNS.length;
  for (let first = 0; first < added.length; first += ENTRY_BATCH) {
    const n = Math.min(ENTRY_BATCH, added.length - first);
    const entries = ENTRY_COLUMNS.map(() => new Array<unknown>(n));
    for (let r = 0, i = first * width; r < n; r++)
      for (let c = 0; c < width; c++, i++) entries[c]![r] = entryValues[i];
    const versions: unknown[][] = [[], [], []];
    const docs: unknown[] = [];
    for (let r = first; r < first + n; r++) {
      const a = added[r]!;
      versions[0]!.push(a.key);
      versions[1]!.push(a.hash);
      versions[2]!.push(a.payload);
      documentValues(docs, a.key, merged[r]!, ctx.now);
    }
    const unique = lastPerDocument(docs);
    const documents = DOCUMENT_COLUMNS.map(() => [] as unknown[]);
    for (let i = 0; i < unique.length; i++) documents[i % DOCUMENT_COLUMNS.length]!.push(unique[i]);
    await ctx.sql.query(await entriesStatement(ctx), [
      ...entries,
      ctx.sourceId,
      ctx.kind,
      ctx.now,
      ...versions,
      // The documents' entry (by key), number, description, document id, pages and URL.
      ...documents.slice(0, 6),
    ]);
  }
}

/** Entries per statement on PostgreSQL (each column one array parameter). */
const ENTRY_BATCH = 5_000;

let entriesText: string | undefined;

/** The statement of `insertEntriesPostgres`, written with `?` placeholders (built once). */
async function entriesStatement(ctx: Context): Promise<string> {
  if (entriesText) return entriesText;
  const types = await ctx.sql.columnTypes('entries');
  const arrays = ENTRY_COLUMNS.map((c) => `?::${types.get(c)}[]`).join(', ');
  entriesText = `with "e" as (
    insert into "entries" (${ENTRY_COLUMNS.map((c) => `"${c}"`).join(', ')})
    select * from unnest(${arrays}) returning "id", "entry_key"
  ), "p" as (select ?::text as "source", ?::text as "kind", ?::text as "now"), "v" as (
    insert into "entry_versions" ("entry_id", "source_id", "kind", "content_hash", "payload", "seen_at")
    select "e"."id", "p"."source", "p"."kind", "u"."h", "u"."payload", "p"."now"
    from unnest(?::text[], ?::text[], ?::text[]) with ordinality as "u"("k", "h", "payload", "o")
    join "e" on "e"."entry_key" = "u"."k" cross join "p" order by "u"."o"
  )
  insert into "documents" (${DOCUMENT_COLUMNS.map((c) => `"${c}"`).join(', ')})
  select "e"."id", "u"."n", "u"."d", "u"."doc", "u"."pages", "u"."url", "p"."now"
  from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::integer[], ?::text[])
    with ordinality as "u"("k", "n", "d", "doc", "pages", "url", "o")
  join "e" on "e"."entry_key" = "u"."k" cross join "p" order by "u"."o"
  ${DOCUMENT_UPSERT}`;
  return entriesText;
}

async function insertVersions(ctx: Context, rows: { entryId: number; inc: Incoming }[]): Promise<void> {
  const values: unknown[] = [];
  for (const { entryId, inc } of rows) {
    values.push(entryId, ctx.sourceId, ctx.kind, inc.hash, inc.payload, ctx.now);
  }
  await ctx.sql.insert(
    'entry_versions',
    ['entry_id', 'source_id', 'kind', 'content_hash', 'payload', 'seen_at'],
    values,
  );
}

async function updateEntries(
  ctx: Context,
  ref: CaseRef,
  changed: (Incoming & { stored: StoredEntry; newVersion: boolean })[],
): Promise<void> {
  const { trx, now } = ctx;
  // Every source's latest version of each changed entry: the merge input before this one.
  const bySource = new Map<number, Map<string, SourceVersion>>();
  for (const chunk of chunks(changed, 500)) {
    const rows = await trx
      .selectFrom('entry_versions')
      .select(['id', 'entry_id', 'source_id', 'kind', 'payload'])
      .where(
        'entry_id',
        'in',
        chunk.map((c) => c.stored.id),
      )
      .orderBy('id')
      .execute();
    for (const r of rows) {
      let m = bySource.get(r.entry_id);
      if (!m) {
        m = new Map();
        bySource.set(r.entry_id, m);
      }
      m.set(r.source_id, { kind: r.kind as SourceKind, order: r.id, entry: payloadEntry(r.payload) });
    }
  }
  await insertVersions(
    ctx,
    changed.filter((c) => c.newVersion).map((c) => ({ entryId: c.stored.id, inc: c })),
  );
  const docs: unknown[] = [];
  for (const c of changed) {
    await ctx.pause();
    const versions = bySource.get(c.stored.id) ?? new Map<string, SourceVersion>();
    const before = mergeVersions([...versions.values()]);
    versions.set(ctx.sourceId, { kind: ctx.kind, order: Number.MAX_SAFE_INTEGER, entry: c.entry });
    const after = mergeVersions([...versions.values()]);
    if (c.stored.status === 'covered') {
      // A feed's item covered by the report's entries: its new version is kept, nothing is told.
      await trx
        .updateTable('entries')
        .set({ ...entryColumns(after), updated_at: now })
        .where('id', '=', c.stored.id)
        .execute();
      continue;
    }
    const changes: Changes & { status?: { from: string; to: string } } = diffMerged(before, after);
    if (c.stored.status !== 'present') changes.status = { from: c.stored.status, to: 'present' };
    if (Object.keys(changes).length === 0) continue;
    await trx
      .updateTable('entries')
      .set({ ...entryColumns(after), status: 'present', updated_at: now })
      .where('id', '=', c.stored.id)
      .execute();
    if (changes.attachments || changes.pacerDocId || changes.documentUrl || changes.pageCount) {
      documentValues(docs, c.stored.id, after, now);
    }
    ctx.events.push({
      type: 'entry.updated',
      case: ref.key,
      entry: c.stored.entry_key,
      changes,
      source: ctx.sourceId,
      kind: ctx.kind,
    });
  }
  await upsertDocuments(ctx, docs);
}

/**
 * Entries a complete docket report should list but does not: numbered ones inside the report's
 * number range, unnumbered ones inside its date range. Flagged for review, never deleted. Not a
 * feed's title-only item on a day (within a day) the report lists unnumbered entries: the report
 * prints no event names, so it cannot show that item gone; it is one of those entries, `covered`.
 */
async function vanishedEntries(
  ctx: Context,
  ref: CaseRef,
  p: PreparedCase,
  seen: Set<string>,
  stored: Map<string, StoredEntry>,
): Promise<{ gone: StoredEntry[]; covered: StoredEntry[] }> {
  if (p.entries.length === 0) return { gone: [], covered: [] };
  let minN = Number.POSITIVE_INFINITY;
  let maxN = Number.NEGATIVE_INFINITY;
  let minDay = '9999';
  let maxDay = '0000';
  for (const { entry } of p.entries) {
    if (entry.number !== null) {
      minN = Math.min(minN, Number(entry.number));
      maxN = Math.max(maxN, Number(entry.number));
    }
    const day = entryDay(entry);
    if (day < minDay) minDay = day;
    if (day > maxDay) maxDay = day;
  }
  const columns = `"id", "entry_key", "number", "status", null as "hash"`;
  // The numbered ones in range are read only when there are more than the input names.
  let listed = 0;
  for (const e of stored.values())
    if (e.number !== null && e.status === 'present' && e.number >= minN && e.number <= maxN) listed++;
  const [inRange] =
    minN <= maxN
      ? await ctx.sql.query<{ n: number | string }>(
          `select count(*) as "n" from "entries"
           where "case_id" = ? and "number" between ? and ? and "status" = 'present'`,
          [ref.id, minN, maxN],
        )
      : [];
  const rows =
    inRange && Number(inRange.n) > listed
      ? await ctx.sql.query<StoredEntry>(
          `select ${columns} from "entries"
           where "case_id" = ? and "number" between ? and ? and "status" = 'present'`,
          [ref.id, minN, maxN],
        )
      : [];
  const looseDays = p.entries
    .filter((i) => i.entry.number === null)
    .map((i) => Date.parse(entryDay(i.entry)));
  const covered: StoredEntry[] = [];
  const loose = await ctx.sql.query<
    StoredEntry &
      Pick<
        EntryRow,
        'description' | 'short_description' | 'pacer_seq_no' | 'pacer_doc_id' | 'date_filed' | 'date_entered'
      >
  >(
    `select ${columns}, "description", "short_description", "pacer_seq_no", "pacer_doc_id", "date_filed", "date_entered"
     from "entries"
     where "case_id" = ? and "number" is null and "status" in ('present', 'vanished') and ${SQL_DAY} between ? and ?`,
    [ref.id, minDay, maxDay],
  );
  for (const e of loose) {
    if (seen.has(e.entry_key)) continue;
    const row = { id: e.id, entry_key: e.entry_key, number: e.number, status: e.status, hash: null };
    const day = Date.parse(entryDay({ dateFiled: e.date_filed, dateEntered: e.date_entered }));
    // A title-only item flagged vanished before (by a report that listed no unnumbered entry near
    // it, or by a store kept from before this rule) is covered once a report lists one.
    if (titleOnlyRow(e) && looseDays.some((d) => Math.abs(d - day) <= 86_400_000)) covered.push(row);
    else if (e.status === 'present') rows.push(row);
  }
  return { gone: rows.filter((e) => !seen.has(e.entry_key)), covered };
}

/** Feed items a docket report's entries cover (`vanishedEntries`): out of the docket order, told to no one. */
async function markCovered(ctx: Context, ref: CaseRef, covered: StoredEntry[]): Promise<void> {
  await markEntries(ctx, covered, 'covered', (e, d) => ({
    type: 'entry.covered',
    case: ref.key,
    entry: e.entry_key,
    dateFiled: d.date_filed,
    title: d.short_description ?? '',
    source: ctx.sourceId,
    kind: ctx.kind,
  }));
}

async function markVanished(ctx: Context, ref: CaseRef, gone: StoredEntry[]): Promise<void> {
  await markEntries(ctx, gone, 'vanished', (e, d) => ({
    type: 'entry.vanished',
    case: ref.key,
    entry: e.entry_key,
    number: e.number === null ? null : String(e.number),
    dateFiled: d.date_filed,
    description: d.description.slice(0, 300),
    source: ctx.sourceId,
    kind: ctx.kind,
  }));
}

/** What the events about covered or vanished entries quote from their stored rows. */
type StoredDetails = { date_filed: string | null; description: string; short_description: string | null };

/** Give these entries `status`, then the event `eventOf` says of each (from its stored row). */
async function markEntries(
  ctx: Context,
  entries: StoredEntry[],
  status: 'covered' | 'vanished',
  eventOf: (e: StoredEntry, stored: StoredDetails) => IngestEvent,
): Promise<void> {
  const details = new Map<number, StoredDetails>();
  for (const chunk of chunks(entries, 500)) {
    const ids = chunk.map((e) => e.id);
    for (const r of await ctx.trx
      .selectFrom('entries')
      .select(['id', 'date_filed', 'description', 'short_description'])
      .where('id', 'in', ids)
      .execute())
      details.set(r.id, r);
    await ctx.trx
      .updateTable('entries')
      .set({ status, updated_at: ctx.now })
      .where('id', 'in', ids)
      .execute();
  }
  for (const e of entries) ctx.events.push(eventOf(e, details.get(e.id)!));
}

function rangeKey(r: Range): string {
  return r.first === r.last ? String(r.first) : `${r.first}-${r.last}`;
}

/**
 * Record runs of missing numbers as open gaps; close the runs an arriving entry fell into. Only the
 * stretch of numbers between the stored neighbours of the arriving ones can change, so only that
 * stretch and the gaps inside it are read.
 */
async function updateGaps(ctx: Context, ref: CaseRef, arrived: number[]): Promise<void> {
  const { trx, now } = ctx;
  const first = arrived[0]!;
  const last = arrived[arrived.length - 1]!;
  // A case inserted by this transaction has only the arriving entries and no gaps: nothing to read.
  const fresh = ctx.fresh.has(ref.id);
  const [below] = fresh
    ? []
    : await ctx.sql.query<{ n: number | null }>(
        `select max("number") as "n" from "entries" where "case_id" = ? and "number" < ?`,
        [ref.id, first],
      );
  const [above] = fresh
    ? []
    : await ctx.sql.query<{ n: number | null }>(
        `select min("number") as "n" from "entries" where "case_id" = ? and "number" > ? and "number" <= ?`,
        [ref.id, last, MAX_ENTRY_NUMBER],
      );
  const lo = below?.n == null ? first : Number(below.n);
  const hi = above?.n == null ? last : Number(above.n);
  const inside = fresh
    ? []
    : await ctx.sql.query<{ number: number }>(
        `select "number" from "entries" where "case_id" = ? and "number" between ? and ?`,
        [ref.id, lo, hi],
      );
  const arrivedSet = new Set(arrived);
  // The case had numbered entries before this batch (a stored one in the stretch or beside it).
  const hadNumbers =
    below?.n != null || above?.n != null || inside.some((r) => !arrivedSet.has(Number(r.number)));
  const numbers = [...new Set([...inside.map((r) => Number(r.number)), ...arrived])].sort((a, b) => a - b);
  const missing = missingRanges(numbers);
  // A case with no numbered entries before this batch has no gaps on record yet.
  if (!hadNumbers && missing.length === 0) return;
  const open = fresh
    ? []
    : await trx
        .selectFrom('gaps')
        .select(['id', 'first_number', 'last_number', 'detected_at'])
        .where('case_id', '=', ref.id)
        .where('closed_at', 'is', null)
        .where('first_number', '<=', hi)
        .where('last_number', '>=', lo)
        .orderBy('first_number')
        .execute();
  const stillOpen: Range[] = [];
  const inserts: { first: number; last: number; detected_at: string }[] = [];
  for (const g of open) {
    const range = { first: g.first_number, last: g.last_number };
    const remaining = intersectRanges([range], missing);
    if (remaining.length === 1 && remaining[0]!.first === range.first && remaining[0]!.last === range.last) {
      stillOpen.push(range);
      continue;
    }
    await trx.updateTable('gaps').set({ closed_at: now }).where('id', '=', g.id).execute();
    for (const r of remaining) inserts.push({ ...r, detected_at: g.detected_at });
    stillOpen.push(...remaining);
    ctx.events.push({
      type: 'gap.closed',
      case: ref.key,
      entry: rangeKey(range),
      first: range.first,
      last: range.last,
      arrived: subtractRanges([range], remaining).map(rangeKey),
      stillMissing: remaining.map(rangeKey),
    });
  }
  stillOpen.sort((a, b) => a.first - b.first);
  for (const r of subtractRanges(missing, stillOpen)) {
    inserts.push({ ...r, detected_at: now });
    ctx.events.push({
      type: 'gap.detected',
      case: ref.key,
      entry: rangeKey(r),
      first: r.first,
      last: r.last,
      count: rangeSize(r),
    });
  }
  if (ctx.collect) {
    // A new case's gaps are all new (nothing was stored to close): detected now.
    for (const r of inserts) push(ctx.collect.gaps, ref.id, r.first, r.last);
    return;
  }
  for (const chunk of chunks(inserts, 500)) {
    await trx
      .insertInto('gaps')
      .values(
        chunk.map((r) => ({
          case_id: ref.id,
          first_number: r.first,
          last_number: r.last,
          detected_at: r.detected_at,
          closed_at: null,
        })),
      )
      .execute();
  }
}

function* chunks<T>(items: T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/** Deadlocks and serialization failures (PostgreSQL) and a busy SQLite file are retried, jittered. */
async function withRetry<T>(fn: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      const retryable =
        code === '40P01' || code === '40001' || (typeof code === 'string' && code.startsWith('SQLITE_BUSY'));
      if (!retryable || attempt >= 5) throw err;
      await new Promise((r) => setTimeout(r, 25 * attempt + Math.random() * 50));
    }
  }
}
