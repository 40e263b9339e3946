/**
 * Saved searches across courts (CourtListener's RECAP search alerts are the model): a query is
 * checked against the court-wide feeds docketwatch already polls, and each case it finds that is
 * not tracked yet becomes a match, proposed to the maintainers (`/admin`) and to the search's
 * subscribers (an email with a one-time "track this case" link, `./propose.ts`). Bounded: only
 * what a feed carries is read — nothing is fetched per match — and the cost per feed item does
 * not grow with the number of searches (`SearchIndex`).
 *
 * Tracking a match ingests the feed's entries for the case through the one ingest path, so the
 * case page exists at once, and the court feed that found it serves it from then on.
 */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { type Database, type Store, writeTransaction } from '../../db/index.ts';
import type { Source } from '../../db/schema.ts';
import type { SearchMatchTable } from '../../db/searches-schema.ts';
import { configuredSources, recordCoverage } from '../../db/sources.ts';
import { DocketwatchError, InputError } from '../errors.ts';
import { ingestParsed } from '../ingest/pipeline.ts';
import { caseKey, normalizeDocketNumber } from '../model/case-key.ts';
import { type Coverage, type DocketEntry, emptyCase, type ParseResult } from '../model/docket.ts';
import { isBounced } from '../notify/bounces.ts';
import { type Language, toLanguage } from '../notify/i18n.ts';
import { normalizeEmail } from '../notify/subscriptions.ts';
import { type ParsedQuery, parseQuery, SearchIndex, type SearchItem, words } from './query.ts';

type Db = Kysely<Database>;

export interface SavedSearch {
  id: string;
  name: string | null;
  query: string;
  parsed: ParsedQuery;
  emails: string[];
  createdAt: string;
  createdBy: string | null;
  matches: { proposed: number; tracked: number; dismissed: number };
}

export type MatchStatus = SearchMatchTable['status'];

export interface SearchMatch {
  id: string;
  search: { id: string; name: string | null; query: string };
  court: string;
  docketNumber: string;
  docketNumberRaw: string;
  /** `court:docket`. */
  case: string;
  caseName: string | null;
  source: string | null;
  kind: string;
  /** The feed's entries for the case (what matched), newest last. */
  entries: DocketEntry[];
  status: MatchStatus;
  /** The case is tracked now (by this match or otherwise). */
  tracked: boolean;
  firstSeenAt: string;
  lastSeenAt: string;
  decidedAt: string | null;
  decidedBy: string | null;
}

export class MatchNotFoundError extends DocketwatchError {
  constructor(id: string) {
    super('ENOTFOUND', `no saved-search match ${id} (see docketwatch search matches)`);
  }
}

/** Entries kept per match: enough to show what matched and to start the case page. */
const MAX_ENTRIES = 20;

export async function addSearch(
  store: Pick<Store, 'db'>,
  input: {
    query: string;
    name?: string | null;
    emails?: string[];
    /** The language of those addresses' emails (default English). */
    language?: Language;
    createdBy?: string | null;
  },
  now: Date = new Date(),
): Promise<SavedSearch> {
  const parsed = parseQuery(input.query);
  const emails = [...new Set((input.emails ?? []).map((e) => normalizeEmail(e)))];
  const name = input.name?.trim() ? input.name.trim().slice(0, 200) : null;
  const id = `srch_${randomBytes(6).toString('hex')}`;
  const at = now.toISOString();
  await writeTransaction(store.db, async (trx) => {
    await trx
      .insertInto('saved_searches')
      .values({ id, name, query: parsed.text, created_by: input.createdBy ?? null, created_at: at })
      .execute();
    if (emails.length > 0)
      await trx
        .insertInto('search_subscribers')
        .values(
          emails.map((email) => ({ search_id: id, email, created_at: at, language: input.language ?? 'en' })),
        )
        .execute();
  });
  return (await listSearches(store, id))[0]!;
}

/** Every saved search (or the one `id`), oldest first, with its subscribers and match counts. */
export async function listSearches(store: Pick<Store, 'db'>, id?: string): Promise<SavedSearch[]> {
  let q = store.db.selectFrom('saved_searches').selectAll().orderBy('created_at').orderBy('id');
  if (id) q = q.where('id', '=', id);
  const rows = await q.execute();
  if (id && rows.length === 0) throw new InputError(`no saved search ${id} (see docketwatch search list)`);
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const subs = await store.db
    .selectFrom('search_subscribers')
    .select(['search_id', 'email'])
    .where('search_id', 'in', ids)
    .orderBy('email')
    .execute();
  const counts = await store.db
    .selectFrom('search_matches')
    .select((eb) => ['search_id', 'status', eb.fn.countAll().as('n')])
    .where('search_id', 'in', ids)
    .groupBy(['search_id', 'status'])
    .execute();
  return rows.map((r) => {
    const matches = { proposed: 0, tracked: 0, dismissed: 0 };
    for (const c of counts) if (c.search_id === r.id) matches[c.status] = Number(c.n);
    return {
      id: r.id,
      name: r.name,
      query: r.query,
      parsed: parseQuery(r.query),
      emails: subs.filter((s) => s.search_id === r.id).map((s) => s.email),
      createdAt: r.created_at,
      createdBy: r.created_by,
      matches,
    };
  });
}

/** Remove a saved search with its subscribers, matches and proposals (tracked cases stay tracked). */
export async function removeSearch(store: Pick<Store, 'db'>, id: string): Promise<void> {
  await writeTransaction(store.db, async (trx) => {
    const matchIds = trx.selectFrom('search_matches').select('id').where('search_id', '=', id);
    await trx.deleteFrom('search_notices').where('match_id', 'in', matchIds).execute();
    await trx.deleteFrom('search_matches').where('search_id', '=', id).execute();
    await trx.deleteFrom('search_subscribers').where('search_id', '=', id).execute();
    const gone = await trx.deleteFrom('saved_searches').where('id', '=', id).executeTakeFirst();
    if (Number(gone.numDeletedRows) === 0)
      throw new InputError(`no saved search ${id} (see docketwatch search list)`);
  });
}

/** Stop telling `email` about a search's matches (the emails' stop link). True when it was told. */
export async function removeSearchSubscriber(
  store: Pick<Store, 'db'>,
  searchId: string,
  email: string,
): Promise<boolean> {
  const gone = await store.db
    .deleteFrom('search_subscribers')
    .where('search_id', '=', searchId)
    .where('email', '=', email)
    .executeTakeFirst();
  return Number(gone.numDeletedRows) > 0;
}

/** How many saved searches one address may follow through the web form. */
export const MAX_SEARCHES_PER_ADDRESS = 10;

/** An address already follows `MAX_SEARCHES_PER_ADDRESS` searches (the page says it in its language). */
export class FollowLimitError extends InputError {
  readonly email: string;
  constructor(email: string) {
    super(
      `${email} already follows ${MAX_SEARCHES_PER_ADDRESS} saved searches; stop one (the link in its emails) first`,
    );
    this.email = email;
  }
}

/** A request to follow a saved search, waiting for its address to confirm it (double opt-in). */
export interface FollowRequest {
  id: string;
  query: string;
  name: string | null;
  email: string;
  language: Language;
  confirmedAt: string | null;
  searchId: string | null;
}

/**
 * Someone on the web form asks to follow a saved search: the query is checked (an `InputError`
 * says what is wrong), the address normalized, and the request kept until the address confirms
 * it. `null` when nothing should be sent: the address bounced before, or it already follows a
 * search with this query (the form answers the same either way, so it tells no one which).
 */
export async function requestFollow(
  store: Pick<Store, 'db'>,
  input: { query: string; name?: string | null; email: string; language: Language },
  now: Date = new Date(),
): Promise<FollowRequest | null> {
  const parsed = parseQuery(input.query);
  const email = normalizeEmail(input.email);
  if (await isBounced(store.db, email)) return null;
  const following = await store.db
    .selectFrom('search_subscribers')
    .innerJoin('saved_searches', 'saved_searches.id', 'search_subscribers.search_id')
    .select('saved_searches.id')
    .where('search_subscribers.email', '=', email)
    .where('saved_searches.query', '=', parsed.text)
    .executeTakeFirst();
  if (following) return null;
  const request = {
    id: `sr_${randomBytes(12).toString('base64url')}`,
    query: parsed.text,
    name: input.name?.trim() ? input.name.replace(/\s+/g, ' ').trim().slice(0, 200) : null,
    email,
    language: input.language,
    created_at: now.toISOString(),
    confirmed_at: null,
    search_id: null,
  };
  await store.db.insertInto('search_requests').values(request).execute();
  return followRequestOf(request);
}

/** A follow request by id (a confirmation link's subject), or `null` when there is none. */
export async function findFollowRequest(store: Pick<Store, 'db'>, id: string): Promise<FollowRequest | null> {
  const row = await store.db
    .selectFrom('search_requests')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? followRequestOf(row) : null;
}

/**
 * The address confirmed: it follows the saved search with this query (joining one that exists,
 * or making it), in its language. Confirming twice changes nothing more. An address already
 * following `MAX_SEARCHES_PER_ADDRESS` searches is refused with an `InputError`.
 */
export async function confirmFollow(
  store: Pick<Store, 'db'>,
  id: string,
  now: Date = new Date(),
): Promise<{ request: FollowRequest; search: SavedSearch }> {
  const searchId = await writeTransaction(store.db, async (trx) => {
    const row = await trx.selectFrom('search_requests').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new InputError('this request to follow a saved search no longer exists; ask again');
    const at = now.toISOString();
    const existing = await trx
      .selectFrom('saved_searches')
      .select('id')
      .where('query', '=', row.query)
      .orderBy('created_at')
      .executeTakeFirst();
    if (row.confirmed_at !== null && existing) return existing.id;
    const follows = await trx
      .selectFrom('search_subscribers')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('email', '=', row.email)
      .executeTakeFirstOrThrow();
    if (Number(follows.n) >= MAX_SEARCHES_PER_ADDRESS) throw new FollowLimitError(row.email);
    let searchId = existing?.id;
    if (!searchId) {
      searchId = `srch_${randomBytes(6).toString('hex')}`;
      await trx
        .insertInto('saved_searches')
        .values({ id: searchId, name: row.name, query: row.query, created_by: 'web', created_at: at })
        .execute();
    }
    await trx
      .insertInto('search_subscribers')
      .values({ search_id: searchId, email: row.email, created_at: at, language: row.language })
      .onConflict((oc) => oc.columns(['search_id', 'email']).doUpdateSet({ language: row.language }))
      .execute();
    await trx
      .updateTable('search_requests')
      .set({ confirmed_at: at, search_id: searchId })
      .where('id', '=', id)
      .execute();
    return searchId;
  });
  const request = (await findFollowRequest(store, id))!;
  return { request, search: (await listSearches(store, searchId))[0]! };
}

function followRequestOf(row: {
  id: string;
  query: string;
  name: string | null;
  email: string;
  language: string;
  confirmed_at: string | null;
  search_id: string | null;
}): FollowRequest {
  return {
    id: row.id,
    query: row.query,
    name: row.name,
    email: row.email,
    language: toLanguage(row.language) ?? 'en',
    confirmedAt: row.confirmed_at,
    searchId: row.search_id,
  };
}

/** What one poll of a court-wide feed gave: its source and parse results. */
export interface FeedPoll {
  source: Pick<Source, 'id' | 'court_id'>;
  results: readonly (ParseResult & { coverage?: Coverage })[];
}

export interface FeedMatchReport {
  /** Cases of the feed checked against the searches. */
  items: number;
  /** Matches new this poll (each proposed once). */
  proposed: SearchMatch[];
  /** Matches seen before that this poll saw again. */
  seenAgain: number;
}

/**
 * Check one poll's cases against every saved search and store what matches (cases already
 * tracked are left out). Idempotent: a case found again updates its match, never proposes twice.
 */
export async function matchFeed(
  store: Pick<Store, 'db'>,
  feed: FeedPoll,
  now = new Date(),
): Promise<FeedMatchReport> {
  const report: FeedMatchReport = { items: 0, proposed: [], seenAgain: 0 };
  const searches = await activeSearches(store.db);
  if (searches.length === 0) return report;
  const index = new SearchIndex(searches);
  const found = matchResults(index, feed, await knownNatureOfSuit(store.db, feed));
  report.items = found.items;
  // A case proposed before keeps gathering its later items, whether or not they match by themselves.
  const earlier = await proposedAmong(store.db, [...found.cases.values()]);
  if (found.hits.length === 0 && earlier.length === 0) return report;

  const tracked = await trackedAmong(
    store.db,
    found.hits.map((h) => [h.court, h.docketNumber]),
  );
  const at = now.toISOString();
  const newIds: string[] = [];
  await writeTransaction(store.db, async (trx) => {
    for (const old of earlier) {
      const hit = found.cases.get(caseKey(old.court_id, old.docket_number))!;
      if (found.hits.includes(hit) && hit.searches.some((s) => s.id === old.search_id)) continue;
      const stored = storedEntries(old.entries);
      await trx
        .updateTable('search_matches')
        .set({
          last_seen_at: at,
          entries: JSON.stringify({ kind: stored.kind, entries: mergeEntries(stored.entries, hit.entries) }),
        })
        .where('id', '=', old.id)
        .execute();
      report.seenAgain++;
    }
    for (const hit of found.hits) {
      if (tracked.has(caseKey(hit.court, hit.docketNumber))) continue;
      for (const search of hit.searches) {
        const id = `m_${randomBytes(8).toString('hex')}`;
        const inserted = await trx
          .insertInto('search_matches')
          .values({
            id,
            search_id: search.id,
            court_id: hit.court,
            docket_number: hit.docketNumber,
            docket_number_raw: hit.docketNumberRaw,
            case_name: hit.caseName,
            source_id: feed.source.id,
            entries: JSON.stringify({ kind: hit.kind, entries: mergeEntries([], hit.entries) }),
            coverage: hit.coverage ? JSON.stringify(hit.coverage) : null,
            status: 'proposed',
            first_seen_at: at,
            last_seen_at: at,
            decided_at: null,
            decided_by: null,
            notified_at: null,
          })
          .onConflict((oc) => oc.columns(['search_id', 'court_id', 'docket_number']).doNothing())
          .returning('id')
          .execute();
        if (inserted.length > 0) {
          newIds.push(id);
          continue;
        }
        report.seenAgain++;
        const old = await trx
          .selectFrom('search_matches')
          .select(['id', 'entries'])
          .where('search_id', '=', search.id)
          .where('court_id', '=', hit.court)
          .where('docket_number', '=', hit.docketNumber)
          .executeTakeFirst();
        if (!old) continue;
        const stored = storedEntries(old.entries);
        const merged = mergeEntries(stored.entries, hit.entries);
        await trx
          .updateTable('search_matches')
          .set({ last_seen_at: at, entries: JSON.stringify({ kind: stored.kind, entries: merged }) })
          .where('id', '=', old.id)
          .execute();
      }
    }
  });
  if (newIds.length > 0) report.proposed = await listMatches(store, { ids: newIds });
  return report;
}

/** A case of a feed and the searches it satisfies. */
interface Hit {
  court: string;
  docketNumber: string;
  docketNumberRaw: string;
  caseName: string | null;
  natureOfSuit: string | null;
  kind: string;
  entries: DocketEntry[];
  coverage: Coverage | null;
  searches: { id: string }[];
}

/**
 * The pure part of `matchFeed`: every case of the results (a feed's items of one case taken
 * together), checked against the index. `cases` are all the feed's cases, matched or not.
 */
export function matchResults<T extends { id: string; query: ParsedQuery }>(
  index: SearchIndex<T>,
  feed: FeedPoll,
  /** `court:docket` → nature of suit the record already has, for items whose feed gives none. */
  knownNos: ReadonlyMap<string, string> = new Map(),
): { items: number; hits: Hit[]; cases: Map<string, Hit> } {
  const cases = new Map<string, Hit>();
  let items = 0;
  for (const result of feed.results) {
    if (!result.isDocket) continue;
    const court = result.court ?? feed.source.court_id;
    if (!court) continue;
    for (const c of result.cases) {
      const docketNumber = normalizeDocketNumber(c.docketNumber);
      if (!docketNumber) continue;
      items++;
      const key = caseKey(court, docketNumber);
      const known = cases.get(key);
      if (known) {
        known.entries.push(...c.entries);
        known.caseName ??= c.caseName;
        known.natureOfSuit ??= c.natureOfSuit;
        continue;
      }
      cases.set(key, {
        court,
        docketNumber,
        docketNumberRaw: c.docketNumber!,
        caseName: c.caseName,
        natureOfSuit: c.natureOfSuit,
        kind: result.kind,
        entries: [...c.entries],
        coverage: result.coverage ?? null,
        searches: [],
      });
    }
  }
  const hits: Hit[] = [];
  for (const [key, hit] of cases) {
    hit.natureOfSuit ??= knownNos.get(key) ?? null;
    const item = searchItem(hit.court, { ...hit, docketNumber: hit.docketNumberRaw });
    hit.searches = index.match(item).map((s) => ({ id: s.id }));
    if (hit.searches.length > 0) hits.push(hit);
  }
  return { items, hits, cases };
}

/** What a case of a feed offers a query: its name, number and entries' words, and nature of suit. */
export function searchItem(
  court: string,
  c: Pick<ParseResult['cases'][number], 'caseName' | 'docketNumber' | 'natureOfSuit' | 'entries'>,
): SearchItem {
  const parts = [c.caseName ?? '', c.docketNumber ?? ''];
  for (const e of c.entries) parts.push(e.shortDescription ?? '', e.description);
  return { court, words: words(parts.join('\n')), nos: c.natureOfSuit ? words(c.natureOfSuit) : null };
}

async function activeSearches(db: Db): Promise<{ id: string; query: ParsedQuery }[]> {
  const rows = await db.selectFrom('saved_searches').select(['id', 'query']).execute();
  const out: { id: string; query: ParsedQuery }[] = [];
  for (const r of rows) {
    try {
      out.push({ id: r.id, query: parseQuery(r.query) });
    } catch {
      // Stored by `addSearch`, which parsed it: only a hand-edited row fails, and it matches nothing.
    }
  }
  return out;
}

/** The proposed matches of any of these cases. */
async function proposedAmong(db: Db, cases: readonly Hit[]) {
  const out: { id: string; search_id: string; court_id: string; docket_number: string; entries: string }[] =
    [];
  const byCourt = new Map<string, string[]>();
  for (const c of cases) byCourt.set(c.court, [...(byCourt.get(c.court) ?? []), c.docketNumber]);
  for (const [court, dockets] of byCourt) {
    for (let i = 0; i < dockets.length; i += 500) {
      const rows = await db
        .selectFrom('search_matches')
        .select(['id', 'search_id', 'court_id', 'docket_number', 'entries'])
        .where('status', '=', 'proposed')
        .where('court_id', '=', court)
        .where('docket_number', 'in', dockets.slice(i, i + 500))
        .execute();
      out.push(...rows);
    }
  }
  return out;
}

/**
 * A court RSS item carries no nature of suit; a case the record knows (a docket report or
 * CourtListener gave its header: `case_details.nature_of_suit`) lends its own to `nos:` terms.
 * One read per court per poll, of the feed's own cases; nothing is fetched.
 */
async function knownNatureOfSuit(db: Db, feed: FeedPoll): Promise<Map<string, string>> {
  const byCourt = new Map<string, Set<string>>();
  for (const result of feed.results) {
    const court = result.court ?? feed.source.court_id;
    if (!result.isDocket || !court) continue;
    for (const c of result.cases) {
      const docket = c.natureOfSuit ? null : normalizeDocketNumber(c.docketNumber);
      if (docket) byCourt.set(court, (byCourt.get(court) ?? new Set()).add(docket));
    }
  }
  const out = new Map<string, string>();
  for (const [court, dockets] of byCourt) {
    const rows = await db
      .selectFrom('cases')
      .innerJoin('case_details', 'case_details.case_id', 'cases.id')
      .select(['cases.docket_number', 'case_details.nature_of_suit'])
      .where('cases.court_id', '=', court)
      .where('cases.docket_number', 'in', [...dockets])
      .where('case_details.nature_of_suit', 'is not', null)
      .execute();
    for (const r of rows) out.set(caseKey(court, r.docket_number), r.nature_of_suit!);
  }
  return out;
}

async function trackedAmong(db: Db, cases: [court: string, docket: string][]): Promise<Set<string>> {
  const out = new Set<string>();
  const byCourt = new Map<string, string[]>();
  for (const [court, docket] of cases) byCourt.set(court, [...(byCourt.get(court) ?? []), docket]);
  for (const [court, dockets] of byCourt) {
    const rows = await db
      .selectFrom('cases')
      .select('docket_number')
      .where('court_id', '=', court)
      .where('docket_number', 'in', [...new Set(dockets)])
      .where('tracked', '=', 1)
      .execute();
    for (const r of rows) out.add(caseKey(court, r.docket_number));
  }
  return out;
}

function storedEntries(text: string): { kind: string; entries: DocketEntry[] } {
  const value = JSON.parse(text) as { kind?: unknown; entries?: unknown };
  return {
    kind: typeof value.kind === 'string' ? value.kind : 'pacer-rss',
    entries: Array.isArray(value.entries) ? (value.entries as DocketEntry[]) : [],
  };
}

function mergeEntries(old: DocketEntry[], fresh: DocketEntry[]): DocketEntry[] {
  const key = (e: DocketEntry) => `${e.number}|${e.dateFiled}|${e.description}`;
  const seen = new Set(old.map(key));
  const out = [...old];
  for (const e of fresh) {
    if (seen.has(key(e))) continue;
    seen.add(key(e));
    out.push(e);
  }
  // Oldest first (a feed lists newest first); undated entries keep their place at the end.
  out.sort((a, b) => (a.dateFiled ?? '\uffff').localeCompare(b.dateFiled ?? '\uffff'));
  return out.slice(-MAX_ENTRIES);
}

export interface MatchFilter {
  status?: MatchStatus;
  searchId?: string;
  ids?: string[];
  limit?: number;
}

/** Matches, newest first. */
export async function listMatches(
  store: Pick<Store, 'db'>,
  filter: MatchFilter = {},
): Promise<SearchMatch[]> {
  let q = store.db
    .selectFrom('search_matches as m')
    .innerJoin('saved_searches as s', 's.id', 'm.search_id')
    .leftJoin('cases as c', (j) =>
      j.onRef('c.court_id', '=', 'm.court_id').onRef('c.docket_number', '=', 'm.docket_number'),
    )
    .selectAll('m')
    .select(['s.name as search_name', 's.query as search_query', 'c.tracked as case_tracked'])
    .orderBy('m.first_seen_at', 'desc')
    .orderBy('m.id');
  if (filter.status) q = q.where('m.status', '=', filter.status);
  if (filter.searchId) q = q.where('m.search_id', '=', filter.searchId);
  if (filter.ids) {
    if (filter.ids.length === 0) return [];
    q = q.where('m.id', 'in', filter.ids);
  }
  if (filter.limit) q = q.limit(filter.limit);
  const rows = await q.execute();
  return rows.map((r) => {
    const stored = storedEntries(r.entries);
    return {
      id: r.id,
      search: { id: r.search_id, name: r.search_name, query: r.search_query },
      court: r.court_id,
      docketNumber: r.docket_number,
      docketNumberRaw: r.docket_number_raw,
      case: caseKey(r.court_id, r.docket_number),
      caseName: r.case_name,
      source: r.source_id,
      kind: stored.kind,
      entries: stored.entries,
      status: r.status,
      tracked: r.case_tracked === 1,
      firstSeenAt: r.first_seen_at,
      lastSeenAt: r.last_seen_at,
      decidedAt: r.decided_at,
      decidedBy: r.decided_by,
    };
  });
}

export async function findMatch(store: Pick<Store, 'db'>, id: string): Promise<SearchMatch> {
  const [m] = await listMatches(store, { ids: [id] });
  if (!m) throw new MatchNotFoundError(id);
  return m;
}

/**
 * Track a match's case: the feed's entries are ingested for it (the case page exists at once),
 * the feed's coverage is recorded for it, and every search's match of that case is marked
 * tracked. Idempotent.
 */
export async function trackMatch(
  store: Pick<Store, 'db'>,
  id: string,
  by: string,
  now: Date = new Date(),
): Promise<{ case: string; path: string; created: boolean }> {
  const m = await findMatch(store, id);
  const wasTracked = m.tracked;
  if (!wasTracked) {
    const result: ParseResult = {
      kind: m.kind,
      court: m.court,
      isDocket: true,
      reason: null,
      cases: [{ ...emptyCase(), docketNumber: m.docketNumberRaw, caseName: m.caseName, entries: m.entries }],
    };
    const outcome = await ingestParsed(store, result, {
      source: m.source ?? 'saved-search',
      track: true,
    });
    if (outcome.ignored.length > 0) throw new InputError(`could not track ${m.case}`);
    const coverage = await store.db
      .selectFrom('search_matches')
      .select('coverage')
      .where('id', '=', id)
      .executeTakeFirst();
    const source = m.source ? (await configuredSources(store.db)).find((s) => s.id === m.source) : undefined;
    const caseRow = await store.db
      .selectFrom('cases')
      .select('id')
      .where('court_id', '=', m.court)
      .where('docket_number', '=', m.docketNumber)
      .executeTakeFirst();
    if (source && caseRow && coverage?.coverage)
      await recordCoverage(store.db, source.id, [caseRow.id], JSON.parse(coverage.coverage) as Coverage);
  }
  await decideMatches(store, 'tracked', by, now)
    .where('court_id', '=', m.court)
    .where('docket_number', '=', m.docketNumber)
    .where('status', '!=', 'tracked')
    .execute();
  return { case: m.case, path: casePath(m.court, m.docketNumber), created: !wasTracked };
}

/** Dismiss a proposal (it is not proposed again; the search still records later items of the case). */
export async function dismissMatch(
  store: Pick<Store, 'db'>,
  id: string,
  by: string,
  now: Date = new Date(),
): Promise<void> {
  const done = await decideMatches(store, 'dismissed', by, now)
    .where('id', '=', id)
    .where('status', '=', 'proposed')
    .executeTakeFirst();
  if (Number(done.numUpdatedRows) === 0) await findMatch(store, id);
}

/**
 * The maintainers dismiss a case: every proposal of it (whichever searches found it) is dismissed,
 * so the queue, which shows a case once, does not show it again through another search.
 */
export async function dismissCase(
  store: Pick<Store, 'db'>,
  id: string,
  by: string,
  now: Date = new Date(),
): Promise<void> {
  const m = await findMatch(store, id);
  await decideMatches(store, 'dismissed', by, now)
    .where('court_id', '=', m.court)
    .where('docket_number', '=', m.docketNumber)
    .where('status', '=', 'proposed')
    .execute();
}

/** The update that marks proposals decided (`tracked` or `dismissed`), by whom and when; callers say which. */
function decideMatches(store: Pick<Store, 'db'>, status: 'tracked' | 'dismissed', by: string, now: Date) {
  return store.db
    .updateTable('search_matches')
    .set({ status, decided_at: now.toISOString(), decided_by: by.slice(0, 300) });
}

/** The case page's path (`/cases/mied/2:17-cv-11910`), as the web routes spell it. */
export function casePath(court: string, docketNumber: string): string {
  return `/cases/${encodeURIComponent(court)}/${encodeURIComponent(docketNumber).replace(/%3A/gi, ':')}`;
}
