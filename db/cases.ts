/**
 * Reading and tracking cases: the queries behind `docketwatch case add`, `cases`, `entries` and
 * `events`. Writing entries is ingest's job (`src/ingest/`).
 */
import type { Kysely } from 'kysely';
import { InputError } from '../src/errors.ts';
import {
  type CaseRef,
  caseKey,
  caseRef,
  normalizeCourt,
  normalizeDocketNumber,
} from '../src/model/case-key.ts';
import type { EntryFields } from '../src/model/docket.ts';
import { applyLinkClaims } from './case-links.ts';
import { writeTransaction } from './index.ts';
import type { Database } from './schema.ts';

export interface TrackedCase {
  key: string;
  court: string;
  docketNumber: string;
  docketNumberRaw: string;
  caseName: string | null;
  parent: string | null;
  linkType: string | null;
  tracked: boolean;
  entries: number;
  createdAt: string;
}

export interface AddCaseOptions {
  name?: string | null;
  /** `court:docket` of the case this one is linked to (the district case of an appeal). */
  parent?: string | null;
  linkType?: string;
}

/** Track a case (idempotent: adding it again updates the name and tracks it again). */
export async function addCase(
  db: Kysely<Database>,
  court: string,
  docketNumber: string,
  options: AddCaseOptions = {},
): Promise<{ key: string; created: boolean }> {
  const c = normalizeCourt(court);
  if (!c) throw new InputError(`"${court}" is not a CM/ECF court id (for example mied, ca6)`);
  const d = normalizeDocketNumber(docketNumber);
  if (!d) throw new InputError(`"${docketNumber}" is not a docket number (for example 2:17-cv-11910)`);
  const now = new Date().toISOString();
  const key = caseKey(c, d);
  const added = await writeTransaction(db, async (trx) => {
    let parentId: number | null = null;
    if (options.parent) {
      const parent = await findCase(trx, options.parent);
      if (!parent) throw new InputError(`linked case ${options.parent} is not in the record; add it first`);
      parentId = parent.id;
    }
    await trx
      .insertInto('courts')
      .values({ id: c, name: null, created_at: now })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    const inserted = await trx
      .insertInto('cases')
      .values({
        court_id: c,
        docket_number: d,
        docket_number_raw: docketNumber.trim(),
        case_name: options.name ?? null,
        pacer_case_id: null,
        parent_case_id: parentId,
        link_type: parentId === null ? null : (options.linkType ?? 'appeal'),
        tracked: 1,
        created_at: now,
      })
      .onConflict((oc) => oc.columns(['court_id', 'docket_number']).doNothing())
      .returning('id')
      .execute();
    if (inserted.length > 0) return { key, created: true };
    const update: { tracked: number; case_name?: string; parent_case_id?: number; link_type?: string } = {
      tracked: 1,
    };
    if (options.name) update.case_name = options.name;
    if (parentId !== null) {
      update.parent_case_id = parentId;
      update.link_type = options.linkType ?? 'appeal';
    }
    await trx
      .updateTable('cases')
      .set(update)
      .where('court_id', '=', c)
      .where('docket_number', '=', d)
      .execute();
    return { key, created: false };
  });
  // An appeal or the case it comes from may have named this one before it was added.
  await applyLinkClaims(db, [{ court: c, docket: d }]);
  return added;
}

/** The case named by `court:docket` (any docket form), or `undefined`. */
export async function findCase(db: Kysely<Database>, key: string): Promise<CaseRef | undefined> {
  const i = key.indexOf(':');
  const court = normalizeCourt(i > 0 ? key.slice(0, i) : null);
  const docket = normalizeDocketNumber(i > 0 ? key.slice(i + 1) : null);
  if (!court || !docket) {
    throw new InputError(`"${key}" is not COURT:DOCKET (for example mied:2:17-cv-11910)`);
  }
  const row = await db
    .selectFrom('cases')
    .select('id')
    .where('court_id', '=', court)
    .where('docket_number', '=', docket)
    .executeTakeFirst();
  return row ? caseRef(row.id, court, docket) : undefined;
}

export async function listCases(db: Kysely<Database>): Promise<TrackedCase[]> {
  const rows = await db
    .selectFrom('cases as c')
    .leftJoin('cases as p', 'p.id', 'c.parent_case_id')
    .select((eb) => [
      'c.court_id',
      'c.docket_number',
      'c.docket_number_raw',
      'c.case_name',
      'c.link_type',
      'c.tracked',
      'c.created_at',
      'p.court_id as parent_court',
      'p.docket_number as parent_docket',
      eb
        .selectFrom('entries')
        .select((e) => e.fn.countAll().as('n'))
        .whereRef('entries.case_id', '=', 'c.id')
        .as('entries'),
    ])
    .orderBy('c.court_id')
    .orderBy('c.docket_number')
    .execute();
  return rows.map((r) => ({
    key: caseKey(r.court_id, r.docket_number),
    court: r.court_id,
    docketNumber: r.docket_number,
    docketNumberRaw: r.docket_number_raw,
    caseName: r.case_name,
    parent: r.parent_court && r.parent_docket ? caseKey(r.parent_court, r.parent_docket) : null,
    linkType: r.link_type,
    tracked: r.tracked === 1,
    // PostgreSQL returns counts as strings.
    entries: Number(r.entries ?? 0),
    createdAt: r.created_at,
  }));
}

export interface StoredEntryView extends EntryFields {
  entry: string;
  status: string;
  sources: string[];
  documents: {
    number: string;
    description: string | null;
    pacerDocId: string | null;
    pageCount: number | null;
  }[];
  firstSeenAt: string;
  updatedAt: string;
}

/** The merged entries of a case in docket order (numbered by number, unnumbered by date). */
export async function listEntries(db: Kysely<Database>, key: string): Promise<StoredEntryView[]> {
  const found = await findCase(db, key);
  if (!found) throw new InputError(`case ${key} is not in the record (add it with: docketwatch case add)`);
  const rows = await db.selectFrom('entries').selectAll().where('case_id', '=', found.id).execute();
  const sources = await db
    .selectFrom('entry_versions as v')
    .innerJoin('entries as e', 'e.id', 'v.entry_id')
    .select(['v.entry_id', 'v.source_id'])
    .where('e.case_id', '=', found.id)
    .distinct()
    .execute();
  const docs = await db
    .selectFrom('documents as d')
    .innerJoin('entries as e', 'e.id', 'd.entry_id')
    .select(['d.entry_id', 'd.number', 'd.description', 'd.pacer_doc_id', 'd.page_count'])
    .where('e.case_id', '=', found.id)
    .orderBy('d.id')
    .execute();
  const bySource = group(sources, (s) => s.entry_id);
  const byDoc = group(docs, (d) => d.entry_id);
  const day = (r: (typeof rows)[number]) => (r.date_filed ?? r.date_entered ?? '').slice(0, 10);
  rows.sort((a, b) => day(a).localeCompare(day(b)) || (a.number ?? 0) - (b.number ?? 0) || a.id - b.id);
  return rows.map((r) => ({
    entry: r.entry_key,
    number: r.number === null ? null : String(r.number),
    dateFiled: r.date_filed,
    dateEntered: r.date_entered,
    description: r.description,
    shortDescription: r.short_description,
    pacerDocId: r.pacer_doc_id,
    pacerSeqNo: r.pacer_seq_no,
    pageCount: r.page_count,
    documentUrl: r.document_url,
    status: r.status,
    sources: (bySource.get(r.id) ?? []).map((s) => s.source_id).sort(),
    documents: (byDoc.get(r.id) ?? []).map((d) => ({
      number: d.number,
      description: d.description,
      pacerDocId: d.pacer_doc_id,
      pageCount: d.page_count,
    })),
    firstSeenAt: r.first_seen_at,
    updatedAt: r.updated_at,
  }));
}

export interface StoredEvent {
  id: number;
  type: string;
  case: string;
  entry: string | null;
  at: string;
  [field: string]: unknown;
}

export interface EventQuery {
  case?: string | null;
  /** ISO date or instant: events created at or after it. */
  since?: string | null;
  limit?: number;
}

/** The event log, oldest first. */
export async function listEvents(db: Kysely<Database>, query: EventQuery = {}): Promise<StoredEvent[]> {
  let q = db
    .selectFrom('events as ev')
    .innerJoin('cases as c', 'c.id', 'ev.case_id')
    .select([
      'ev.id',
      'ev.type',
      'ev.entry_key',
      'ev.payload',
      'ev.created_at',
      'c.court_id',
      'c.docket_number',
    ])
    .orderBy('ev.id');
  if (query.case) {
    const found = await findCase(db, query.case);
    if (!found) throw new InputError(`case ${query.case} is not in the record`);
    q = q.where('ev.case_id', '=', found.id);
  }
  if (query.since) {
    const since = new Date(query.since);
    if (Number.isNaN(since.getTime())) {
      throw new InputError(`--since "${query.since}" is not a date (use YYYY-MM-DD or an ISO-8601 time)`);
    }
    q = q.where('ev.created_at', '>=', since.toISOString());
  }
  if (query.limit) q = q.limit(query.limit);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    type: r.type,
    case: caseKey(r.court_id, r.docket_number),
    entry: r.entry_key,
    ...(JSON.parse(r.payload) as Record<string, unknown>),
    at: r.created_at,
  }));
}

function group<T, K>(items: T[], key: (t: T) => K): Map<K, T[]> {
  const m = new Map<K, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = m.get(k);
    if (list) list.push(it);
    else m.set(k, [it]);
  }
  return m;
}
