/**
 * The worker fetching documents on its own: when a ruling (an order, opinion, judgment, mandate)
 * arrives on a docket, its main document is fetched from the first source that has it, within
 * that source's rules (`fetchEntryDocument`: the NEF free look once in its window, RECAP when a
 * CourtListener token is configured, PACER within the month's budget; sealed entries never), and
 * kept and read (`addDocument`: findings with page and sentence, the posture refreshed, a
 * disagreement with the docket text flagged for review).
 *
 * Only entries that arrived lately are tried (first seen within `windowDays`), so adding an old
 * case does not buy its history; a document no source has yet is tried again later, a few times
 * (`entry_document_tries`), not on every poll.
 */
import { sql } from 'kysely';
import type { Store } from '../../db/index.ts';
import type { Config } from '../config.ts';
import { RULING_KINDS, storedKind } from '../deadlines/kinds.ts';
import { caseKey } from '../model/case-key.ts';
import type { HttpClient } from '../net/http.ts';
import { type DocumentSources, type FetchOutcome, fetchEntryDocument } from './fetch.ts';
import { isRestricted } from './privacy.ts';
import { documentsDir } from './store.ts';
import { DocumentReader } from './text.ts';

/** What the worker needs to fetch and read documents. */
export interface DocumentFlow {
  reader: DocumentReader;
  /** The documents folder. */
  dir: string;
  sources: DocumentSources;
  /** Entries first seen longer ago than this are not fetched automatically (default 15 days). */
  windowDays?: number;
  /** Documents fetched per run at most (default 10): the rest wait for the next run. */
  perRun?: number;
}

/** Tries per entry, and the wait before the next: 30 minutes, then 2, 8 and 32 hours. */
const MAX_TRIES = 4;
const RETRY_AFTER_MS = [30 * 60_000, 2 * 3600_000, 8 * 3600_000, 32 * 3600_000];

export interface ArrivalOutcome {
  caseKey: string;
  entry: string;
  outcome: FetchOutcome | { fetched: false; reason: string; error: true };
}

/** Fetch and read the documents of rulings that arrived lately and have none kept yet. */
export async function fetchArrivedDocuments(
  store: Store,
  flow: DocumentFlow,
  options: { now?: Date; signal?: AbortSignal; budgetMs?: number } = {},
): Promise<ArrivalOutcome[]> {
  const started = Date.now();
  const now = options.now ?? new Date();
  const since = new Date(now.getTime() - (flow.windowDays ?? 15) * 86_400_000).toISOString();
  const rows = await store.db
    .selectFrom('entries as e')
    .innerJoin('cases as c', 'c.id', 'e.case_id')
    .leftJoin('entry_document_tries as t', 't.entry_id', 'e.id')
    .select([
      'e.id',
      'e.entry_key',
      'e.kind',
      'e.description',
      'e.short_description',
      'c.court_id',
      'c.docket_number',
      't.tries',
      't.last_at',
    ])
    .where('e.first_seen_at', '>=', since)
    .where('e.status', '=', 'present')
    // Rulings (rows written before kinds were stored are classified below), not tried too often.
    .where((eb) => eb.or([eb('e.kind', 'in', [...RULING_KINDS]), eb('e.kind', 'is', null)]))
    .where((eb) => eb.or([eb('t.tries', 'is', null), eb('t.tries', '<', MAX_TRIES)]))
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('entry_documents as d')
            .select(sql`1`.as('one'))
            .whereRef('d.entry_id', '=', 'e.id')
            .where('d.attachment', '=', 0),
        ),
      ),
    )
    .orderBy('e.first_seen_at')
    .orderBy('e.id')
    .execute();
  const due = rows.filter((r) => {
    if (!RULING_KINDS.has(storedKind(r.kind, r.description, r.short_description))) return false;
    if (isRestricted(r.description)) return false;
    if (r.tries === null || r.last_at === null) return true;
    if (r.tries >= MAX_TRIES) return false;
    return now.getTime() - Date.parse(r.last_at) >= RETRY_AFTER_MS[r.tries - 1]!;
  });
  const out: ArrivalOutcome[] = [];
  for (const r of due.slice(0, flow.perRun ?? 10)) {
    if (options.signal?.aborted) break;
    // Reading is bounded per document; the run is bounded too, and the rest waits for the next.
    if (options.budgetMs !== undefined && Date.now() - started > options.budgetMs) break;
    const key = caseKey(r.court_id, r.docket_number);
    let outcome: ArrivalOutcome['outcome'];
    try {
      outcome = await fetchEntryDocument(
        store,
        flow.reader,
        flow.dir,
        { caseKey: key, entry: r.entry_key },
        { ...flow.sources, now: () => now },
      );
    } catch (err) {
      outcome = { fetched: false, reason: (err as Error).message.slice(0, 300), error: true };
    }
    const values = {
      tries: (r.tries ?? 0) + 1,
      last_at: now.toISOString(),
      outcome: outcome.fetched ? 'fetched' : outcome.reason.slice(0, 300),
    };
    await store.db
      .insertInto('entry_document_tries')
      .values({ entry_id: r.id, ...values })
      .onConflict((oc) => oc.column('entry_id').doUpdateSet(values))
      .execute();
    out.push({ caseKey: key, entry: r.entry_key, outcome });
  }
  return out;
}

/**
 * The document sources as configured: RECAP with `COURTLISTENER_TOKEN`, PACER with its login and
 * a monthly budget above zero (and a `pacer-docket` source to charge it to); the NEF free look
 * always.
 */
export async function documentSourcesFromConfig(
  store: Store,
  config: Config,
  http: HttpClient,
  options: { pacer?: boolean } = {},
): Promise<DocumentSources> {
  const { PacerSession } = await import('../../scrapers/pacer-docket/session.ts');
  const { DEFAULT_SITE } = await import('../../scrapers/courtlistener/index.ts');
  const { username, password, monthlyBudgetUsd } = config.pacer;
  const pacerSource =
    options.pacer !== false && username && password && monthlyBudgetUsd > 0
      ? await store.db
          .selectFrom('sources')
          .select('id')
          .where('type', '=', 'pacer-docket')
          .executeTakeFirst()
      : undefined;
  return {
    http,
    courtListener: config.courtlistener.token
      ? { baseUrl: DEFAULT_SITE, token: config.courtlistener.token }
      : null,
    pacer:
      pacerSource && username && password
        ? {
            session: new PacerSession(http, 'https://pacer.login.uscourts.gov', { username, password }),
            sourceId: pacerSource.id,
            monthlyBudgetCents: Math.round(monthlyBudgetUsd * 100),
          }
        : null,
  };
}

/** The worker's document flow from the configuration: a reader, the documents folder, the sources. */
export async function documentFlowFromConfig(
  store: Store,
  config: Config,
  http: HttpClient,
): Promise<DocumentFlow> {
  return {
    reader: new DocumentReader(),
    dir: documentsDir(config.database, config.documents.dir),
    sources: await documentSourcesFromConfig(store, config, http),
  };
}
