/**
 * What the pages read from the store: a case by its address, its timeline with each entry's kind,
 * and the coverage of the sources that feed it. Posture and deadlines come from
 * `src/deadlines/record.ts`; nothing here decides them.
 */
import type { Kysely } from 'kysely';
import { type CaseDetails, courtDocketUrl, readCaseDetails } from '../../db/case-details.ts';
import { listEntries, type StoredEntryView } from '../../db/cases.ts';
import type { Database } from '../../db/schema.ts';
import { caseCoverage, type RecordedCoverage } from '../../db/sources.ts';
import { findSource } from '../../scrapers/registry.ts';
import { RULING_KINDS, storedKind } from '../deadlines/kinds.ts';
import type { EntryKind } from '../deadlines/types.ts';
import { caseKey, normalizeCourt, normalizeDocketNumber } from '../model/case-key.ts';

type Db = Kysely<Database>;

export interface CaseInfo {
  id: number;
  /** `mied:2:17-cv-11910` */
  key: string;
  court: string;
  docketNumber: string;
  docketNumberRaw: string;
  name: string | null;
  tracked: boolean;
  /** `/cases/mied/2:17-cv-11910` */
  path: string;
}

/** Entry kinds that are the court's own decisions ("orders only"). */
export const ORDER_KINDS: ReadonlySet<EntryKind> = RULING_KINDS;

export const ENTRY_KINDS: readonly EntryKind[] = [
  'order',
  'opinion',
  'judgment',
  'mandate',
  'motion',
  'response',
  'reply',
  'pleading',
  'minute_entry',
  'stipulation',
  'notice',
  'status_report',
  'notice_of_appeal',
  'transcript',
  'other',
];

export function casePath(court: string, docketNumber: string): string {
  // The docket's colon is a legal path character; only what is not is encoded.
  return `/cases/${encodeURIComponent(court)}/${encodeURIComponent(docketNumber).replace(/%3A/gi, ':')}`;
}

/** The case at `court` + `docket` (any docket form: judge initials, URL-decoded), or `null`. */
export async function findCaseByAddress(db: Db, court: string, docket: string): Promise<CaseInfo | null> {
  const c = normalizeCourt(court);
  const d = normalizeDocketNumber(docket);
  if (!c || !d) return null;
  const row = await db
    .selectFrom('cases')
    .select(['id', 'court_id', 'docket_number', 'docket_number_raw', 'case_name', 'tracked'])
    .where('court_id', '=', c)
    .where('docket_number', '=', d)
    .executeTakeFirst();
  return row ? toInfo(row) : null;
}

function toInfo(row: {
  id: number;
  court_id: string;
  docket_number: string;
  docket_number_raw: string;
  case_name: string | null;
  tracked: number;
}): CaseInfo {
  return {
    id: row.id,
    key: caseKey(row.court_id, row.docket_number),
    court: row.court_id,
    docketNumber: row.docket_number,
    docketNumberRaw: row.docket_number_raw,
    name: row.case_name,
    tracked: row.tracked === 1,
    path: casePath(row.court_id, row.docket_number),
  };
}

/** A case linked to another: an appeal of it, or the case an appeal comes from. */
export interface LinkedCase {
  info: CaseInfo;
  /** `appeal`: `info` is an appeal of this case; `origin`: this case is an appeal of `info`. */
  relation: 'appeal' | 'origin';
  /** Its newest docket entries (newest first). */
  entries: TimelineEntry[];
}

/** The appeals of a case and the case it is an appeal of, each with its newest entries. */
export async function linkedCases(db: Db, info: CaseInfo, newest = 20): Promise<LinkedCase[]> {
  const columns = ['id', 'court_id', 'docket_number', 'docket_number_raw', 'case_name', 'tracked'] as const;
  const appeals = await db
    .selectFrom('cases')
    .select(columns)
    .where('parent_case_id', '=', info.id)
    .execute();
  const self = await db
    .selectFrom('cases')
    .select('parent_case_id')
    .where('id', '=', info.id)
    .executeTakeFirst();
  const origin = self?.parent_case_id
    ? await db.selectFrom('cases').select(columns).where('id', '=', self.parent_case_id).executeTakeFirst()
    : undefined;
  const linked = [
    ...appeals.map((r) => ({ info: toInfo(r), relation: 'appeal' as const })),
    ...(origin ? [{ info: toInfo(origin), relation: 'origin' as const }] : []),
  ];
  const out: LinkedCase[] = [];
  for (const l of linked) {
    const entries = await timeline(db, l.info, NO_FILTER);
    out.push({ ...l, entries: entries.slice(0, newest) });
  }
  return out;
}

/** Every tracked case, by court and docket number. */
export async function trackedCases(db: Db): Promise<CaseInfo[]> {
  const rows = await db
    .selectFrom('cases')
    .select(['id', 'court_id', 'docket_number', 'docket_number_raw', 'case_name', 'tracked'])
    .where('tracked', '=', 1)
    .orderBy('court_id')
    .orderBy('docket_number')
    .execute();
  return rows.map(toInfo);
}

export interface TimelineEntry extends StoredEntryView {
  kind: EntryKind;
  /** The day it counts from (filed, else entered). */
  day: string | null;
}

export interface TimelineFilter {
  ordersOnly: boolean;
  kind: EntryKind | null;
  /** Words that must all appear in the entry's text (any letter case). */
  q?: string | null;
  /** Filed on or after / on or before (`YYYY-MM-DD`). */
  from?: string | null;
  to?: string | null;
  /** Entry numbers from / to (unnumbered entries are left out when either is set). */
  first?: number | null;
  last?: number | null;
}

export const NO_FILTER: TimelineFilter = { ordersOnly: false, kind: null };

/** The longest search text read; more is cut. */
const MAX_QUERY = 200;

/**
 * Read `?orders=1&kind=motion&q=stay&from=2017-06-01&to=2017-07-31&first=1&last=100` leniently:
 * anything unknown or malformed means "no filter" for that field. The values are only ever compared
 * in code, never put into SQL or markup unescaped.
 */
export function parseTimelineFilter(query: Record<string, unknown>): TimelineFilter {
  const orders = query.orders;
  const str = (v: unknown) =>
    typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '';
  const kind = str(query.kind);
  const q = str(query.q).replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY);
  const day = (v: unknown) => {
    const s = str(v).trim();
    return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s)) ? s : null;
  };
  const num = (v: unknown) => {
    const s = str(v).trim();
    return /^\d{1,7}$/.test(s) ? Number(s) : null;
  };
  let [from, to] = [day(query.from), day(query.to)];
  if (from && to && from > to) [from, to] = [to, from];
  let [first, last] = [num(query.first), num(query.last)];
  if (first !== null && last !== null && first > last) [first, last] = [last, first];
  return {
    ordersOnly: orders === '1' || orders === 'on' || orders === 'true',
    kind: (ENTRY_KINDS as readonly string[]).includes(kind) ? (kind as EntryKind) : null,
    q: q === '' ? null : q,
    from,
    to,
    first,
    last,
  };
}

/** True when the filter leaves anything out. */
export function isFiltered(f: TimelineFilter): boolean {
  return (
    f.ordersOnly || f.kind !== null || Boolean(f.q || f.from || f.to) || f.first != null || f.last != null
  );
}

/** Whether an entry (with its kind and day) passes the filter. */
function passes(e: StoredEntryView, kind: EntryKind, day: string | null, f: TimelineFilter): boolean {
  if (f.ordersOnly && !ORDER_KINDS.has(kind)) return false;
  if (f.kind && kind !== f.kind) return false;
  if (f.from && (!day || day < f.from)) return false;
  if (f.to && (!day || day > f.to)) return false;
  if (f.first != null || f.last != null) {
    const n = e.number !== null && /^\d+$/.test(e.number) ? Number(e.number) : null;
    if (n === null) return false;
    if (f.first != null && n < f.first) return false;
    if (f.last != null && n > f.last) return false;
  }
  if (f.q) {
    const text = `${e.description} ${e.shortDescription ?? ''}`.toLowerCase();
    if (
      !f.q
        .toLowerCase()
        .split(' ')
        .every((w) => text.includes(w))
    )
      return false;
  }
  return true;
}

/** The case's entries, newest first, each with its kind, filtered. */
export async function timeline(db: Db, info: CaseInfo, filter: TimelineFilter): Promise<TimelineEntry[]> {
  const entries = await listEntries(db, info.key);
  // The kind ingest decided for each entry.
  const kinds = new Map(
    (
      await db.selectFrom('entries').select(['entry_key', 'kind']).where('case_id', '=', info.id).execute()
    ).map((r) => [r.entry_key, r.kind]),
  );
  const out: TimelineEntry[] = [];
  for (const e of entries) {
    // A feed's title-only item the docket report's entries cover is one of them, listed as that.
    if (e.status === 'covered') continue;
    const kind = storedKind(kinds.get(e.entry) ?? null, e.description, e.shortDescription);
    const day = (e.dateFiled ?? e.dateEntered ?? '').slice(0, 10) || null;
    if (!passes(e, kind, day, filter)) continue;
    out.push({ ...e, kind, day });
  }
  return out.reverse();
}

export interface SourceCoverage {
  id: string;
  type: string;
  /** Last fetch: when, how it went. `null` when the source has never been fetched (or only ingested by hand). */
  lastFetch: { at: string; status: string; httpStatus: number | null; error: string | null } | null;
  /** Last fetch that did not fail. */
  lastSuccess: string | null;
  /** The entry types the source sees, when it said (`all`, or a list). */
  entryTypes: string[] | 'all' | null;
  /** True when the source cannot see every entry (a feed of orders only, a notice per filing). */
  partial: boolean;
  /** The source's own words about what it carries (an RSS channel's description), when it gave them. */
  declared: string | null;
  /** Last entry version it gave for this case. */
  lastSeen: string | null;
}

/**
 * The fetch log's statuses (`pollSource`): `fetched` and `not-modified` succeeded, `failed` failed;
 * `interrupted` (stopped by our own shutdown) is neither.
 */
const succeeded = (status: string) => status === 'fetched' || status === 'not-modified';
const failed = (status: string) => status === 'failed';

/**
 * The sources that feed this case (scoped to it, to its court, or that gave any of its entries),
 * each with its last fetch and what it can see. What it can see is what it declared when it was
 * last read (`case_coverage`); before that, only a source whose listing is complete counts as
 * complete.
 */
export async function caseSources(db: Db, info: CaseInfo): Promise<SourceCoverage[]> {
  const seen = await db
    .selectFrom('entry_versions as v')
    .innerJoin('entries as e', 'e.id', 'v.entry_id')
    .select((eb) => ['v.source_id', eb.fn.max('v.seen_at').as('last_seen')])
    .where('e.case_id', '=', info.id)
    .groupBy('v.source_id')
    .execute();
  const lastSeen = new Map(seen.map((s) => [s.source_id, s.last_seen as string | null]));
  const sources = await db
    .selectFrom('sources')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb('case_id', '=', info.id),
        eb('court_id', '=', info.court),
        ...(lastSeen.size > 0 ? [eb('id', 'in', [...lastSeen.keys()])] : []),
      ]),
    )
    .orderBy('id')
    .execute();
  const coverage = new Map((await caseCoverage(db, info.id)).map((c) => [c.source, c]));
  const out: SourceCoverage[] = [];
  for (const s of sources) {
    const fetches = await recentFetches(db, s.id, 20);
    out.push({
      ...lastFetchOf(s, fetches, coverage.get(s.id)),
      lastSeen: lastSeen.get(s.id) ?? null,
    });
  }
  return out;
}

type FetchRow = { started_at: string; status: string; http_status: number | null; error: string | null };

function recentFetches(db: Db, sourceId: string, limit: number): Promise<FetchRow[]> {
  return db
    .selectFrom('fetch_log')
    .select(['started_at', 'status', 'http_status', 'error'])
    .where('source_id', '=', sourceId)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/** A source's last fetch, last success and what it can see, as both pages show them. */
function lastFetchOf(
  s: { id: string; type: string },
  fetches: FetchRow[],
  coverage: RecordedCoverage | undefined,
): Omit<SourceCoverage, 'lastSeen'> {
  const last = fetches[0];
  return {
    id: s.id,
    type: s.type,
    lastFetch: last
      ? { at: last.started_at, status: last.status, httpStatus: last.http_status, error: last.error }
      : null,
    lastSuccess: fetches.find((f) => succeeded(f.status))?.started_at ?? null,
    entryTypes: coverage?.entryTypes ?? null,
    partial: coverage ? coverage.partial : !findSource(s.type)?.kinds.every((k) => k.complete),
    declared: coverage?.declared ?? null,
  };
}

export interface SourceHealth extends SourceCoverage {
  scope: string;
  court: string | null;
  fetches24h: number;
  failures24h: number;
}

/** Every source with its last fetch and its failures over the last day, for maintainers. */
export async function sourceHealth(db: Db, now: Date): Promise<SourceHealth[]> {
  const since = new Date(now.getTime() - 24 * 3600_000).toISOString();
  const sources = await db.selectFrom('sources').selectAll().orderBy('id').execute();
  const coverage = new Map((await caseCoverage(db, null)).map((c) => [c.source, c]));
  const out: SourceHealth[] = [];
  for (const s of sources) {
    const fetches = await recentFetches(db, s.id, 500);
    const recent = fetches.filter((f) => f.started_at >= since);
    out.push({
      ...lastFetchOf(s, fetches, coverage.get(s.id)),
      scope: s.scope,
      court: s.court_id,
      lastSeen: null,
      fetches24h: recent.length,
      failures24h: recent.filter((f) => failed(f.status)).length,
    });
  }
  return out;
}

/** "3 minutes ago", "2 hours ago", "5 days ago". */
export function ago(iso: string, now: Date): string {
  const ms = now.getTime() - Date.parse(iso);
  if (Number.isNaN(ms)) return 'at an unknown time';
  const s = Math.round(ms / 1000);
  if (s < 60) return 'just now';
  const unit = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'} ago`;
  if (s < 3600) return unit(Math.round(s / 60), 'minute');
  if (s < 86_400) return unit(Math.round(s / 3600), 'hour');
  return unit(Math.round(s / 86_400), 'day');
}

/** What the case page says about the case itself: the court's docket link, the header, the class. */
export interface CaseFacts extends CaseDetails {
  /** The court's own docket page (PACER: login and fees), `null` when not known. */
  docketUrl: string | null;
}

export async function caseFacts(db: Db, info: CaseInfo): Promise<CaseFacts> {
  const row = await db
    .selectFrom('cases')
    .select('pacer_case_id')
    .where('id', '=', info.id)
    .executeTakeFirst();
  return {
    ...(await readCaseDetails(db, info.id)),
    docketUrl: courtDocketUrl(info.court, info.docketNumber, row?.pacer_case_id ?? null),
  };
}
