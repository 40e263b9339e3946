/**
 * Queries over configured sources: adding one, listing them with health and coverage, their saved
 * state, the fetch log, and the health events appended for the cases a source serves.
 */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { docketKinds } from '../scrapers/registry.ts';
import { InputError } from '../src/errors.ts';
import { type CaseRef, caseRef, normalizeCourt, parseCaseKey } from '../src/model/case-key.ts';
import type { Coverage } from '../src/model/docket.ts';
import type { PayloadOf } from '../src/model/events.ts';
import { addCase, findCase } from './cases.ts';
import { writeTransaction } from './index.ts';
import type { Database, NewFetchLog, Source } from './schema.ts';
import type { SourceStateRow } from './sources-schema.ts';

type Db = Kysely<Database>;

export interface NewSourceInput {
  type: string;
  court: string | null;
  /** `court:docket`; the case is tracked when it is not yet. */
  case: string | null;
  config: Record<string, unknown>;
}

/** Add a configured source; returns its id (`TYPE-COURT[-DOCKET]-xxxx`). */
export async function addSource(db: Db, input: NewSourceInput): Promise<string> {
  let caseId: number | null = null;
  let court = input.court ? normalizeCourt(input.court) : null;
  if (input.court && !court) throw new InputError(`"${input.court}" is not a CM/ECF court id (e.g. mied)`);
  let label = court ?? 'any';
  if (input.case) {
    const i = input.case.indexOf(':');
    if (i <= 0) throw new InputError(`"${input.case}" is not COURT:DOCKET (for example mied:2:17-cv-11910)`);
    const added = await addCase(db, input.case.slice(0, i), input.case.slice(i + 1));
    const row = (await findCase(db, added.key))!;
    caseId = row.id;
    court = added.key.slice(0, added.key.indexOf(':'));
    label = added.key.replace(/[^a-z0-9]+/gi, '-');
  }
  const id = `${input.type}-${label}-${randomBytes(2).toString('hex')}`.toLowerCase();
  const now = new Date().toISOString();
  await writeTransaction(db, async (trx) => {
    if (court) {
      await trx
        .insertInto('courts')
        .values({ id: court, name: null, created_at: now })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
    }
    await trx
      .insertInto('sources')
      .values({
        id,
        type: input.type,
        scope: caseId !== null ? 'case' : 'court',
        court_id: court,
        case_id: caseId,
        config: JSON.stringify(input.config),
        created_at: now,
      })
      .execute();
    await saveSourceState(trx, id, {});
  });
  return id;
}

/**
 * Sources added with `source add` (they have a state row; ingest also records plain names of
 * where files came from, which are not polled).
 */
export async function configuredSources(db: Db, id?: string): Promise<Source[]> {
  let q = db
    .selectFrom('sources')
    .innerJoin('source_state', 'source_state.source_id', 'sources.id')
    .selectAll('sources')
    .orderBy('sources.created_at')
    .orderBy('sources.id');
  if (id) q = q.where('sources.id', '=', id);
  const rows = await q.execute();
  if (id && rows.length === 0) throw new InputError(`no source with id ${id} (see docketwatch sources)`);
  return rows;
}

/** The configured sources of `type` that know their subject by one of these ids (a CourtListener docket id). */
export async function sourcesByExternalId(db: Db, type: string, externalIds: string[]): Promise<string[]> {
  if (externalIds.length === 0) return [];
  const rows = await db
    .selectFrom('sources')
    .innerJoin('source_state', 'source_state.source_id', 'sources.id')
    .select('sources.id')
    .where('sources.type', '=', type)
    .where('source_state.external_id', 'in', externalIds)
    .orderBy('sources.id')
    .execute();
  return rows.map((r) => r.id);
}

export async function loadSourceState(db: Db, sourceId: string): Promise<SourceStateRow | undefined> {
  return db.selectFrom('source_state').selectAll().where('source_id', '=', sourceId).executeTakeFirst();
}

export async function saveSourceState(
  db: Db,
  sourceId: string,
  fields: Partial<Omit<SourceStateRow, 'source_id'>>,
): Promise<void> {
  const now = new Date().toISOString();
  await db
    .insertInto('source_state')
    .values({ ...newSourceState(sourceId, now), ...fields, updated_at: now })
    .onConflict((oc) => oc.column('source_id').doUpdateSet({ ...fields, updated_at: now }))
    .execute();
}

/** A source's state before its first run. */
function newSourceState(sourceId: string, now: string): SourceStateRow {
  return {
    source_id: sourceId,
    state: null,
    external_id: null,
    health: 'new',
    last_attempt_at: null,
    last_success_at: null,
    consecutive_failures: 0,
    last_error: null,
    last_error_code: null,
    updated_at: now,
  };
}

export async function logFetch(db: Db, row: NewFetchLog): Promise<void> {
  await db.insertInto('fetch_log').values(row).execute();
}

/**
 * The tracked cases a source serves: its one case, or every tracked case of its court. A source of
 * neither (forwarded notices, from any court) serves the tracked cases it has brought something
 * for: those `named` (`court:docket` keys of what it just read), else those it recorded coverage for.
 */
export async function casesServed(
  db: Db,
  source: Pick<Source, 'id' | 'case_id' | 'court_id'>,
  named?: string[],
): Promise<CaseRef[]> {
  let q = db.selectFrom('cases').select(['id', 'court_id', 'docket_number']).where('tracked', '=', 1);
  if (source.case_id !== null) q = q.where('id', '=', source.case_id);
  else if (source.court_id !== null) q = q.where('court_id', '=', source.court_id);
  else if (named) {
    const wanted = named.map(parseCaseKey);
    if (wanted.length === 0) return [];
    q = q.where((eb) =>
      eb.or(
        wanted.map((w) => eb.and([eb('court_id', '=', w.court), eb('docket_number', '=', w.docketNumber)])),
      ),
    );
  } else {
    const covered = db.selectFrom('case_coverage').select('case_id').where('source_id', '=', source.id);
    q = q.where('id', 'in', covered);
  }
  const rows = await q.orderBy('id').execute();
  return rows.map((r) => caseRef(r.id, r.court_id, r.docket_number));
}

/**
 * The source docketwatch records received messages under (`nef-inbound`: forwarded notices by
 * SMTP or by hand), made on first use; its id is its type. Idempotent, so listeners in several
 * workers can all call it.
 */
export async function inboundSource(db: Db, type: string): Promise<Source> {
  const now = new Date().toISOString();
  await db
    .insertInto('sources')
    .values({ id: type, type, scope: 'court', court_id: null, case_id: null, config: '{}', created_at: now })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  await db
    .insertInto('source_state')
    .values(newSourceState(type, now))
    .onConflict((oc) => oc.column('source_id').doNothing())
    .execute();
  return db.selectFrom('sources').selectAll().where('id', '=', type).executeTakeFirstOrThrow();
}

export async function recordCoverage(
  db: Db,
  sourceId: string,
  caseIds: number[],
  coverage: Coverage,
): Promise<void> {
  const now = new Date().toISOString();
  const values = {
    entry_types: JSON.stringify(coverage.entryTypes),
    partial: coverage.partial ? 1 : 0,
    declared: coverage.declared ?? null,
    updated_at: now,
  };
  for (const caseId of caseIds) {
    await db
      .insertInto('case_coverage')
      .values({ case_id: caseId, source_id: sourceId, ...values })
      .onConflict((oc) => oc.columns(['case_id', 'source_id']).doUpdateSet(values))
      .execute();
  }
}

/** What a source said it can see, as `recordCoverage` stored it. */
export interface RecordedCoverage {
  source: string;
  type: string;
  entryTypes: string[] | 'all';
  partial: boolean;
  declared: string | null;
}

/**
 * The one reader of `case_coverage`: what each source can see of one case (the case page: "this
 * court's RSS feed carries only orders"), or, for `caseId` `null`, what each source last said for
 * any case (the maintainers' page).
 */
export async function caseCoverage(db: Db, caseId: number | null): Promise<RecordedCoverage[]> {
  let q = db
    .selectFrom('case_coverage')
    .innerJoin('sources', 'sources.id', 'case_coverage.source_id')
    .select(['case_coverage.source_id', 'sources.type', 'entry_types', 'partial', 'declared'])
    .orderBy('case_coverage.source_id')
    .orderBy('case_coverage.updated_at', 'desc');
  if (caseId !== null) q = q.where('case_coverage.case_id', '=', caseId);
  const rows = await q.execute();
  const bySource = new Map<string, RecordedCoverage>();
  for (const r of rows) {
    if (bySource.has(r.source_id)) continue;
    bySource.set(r.source_id, {
      source: r.source_id,
      type: r.type,
      entryTypes: JSON.parse(r.entry_types) as string[] | 'all',
      partial: r.partial === 1,
      declared: r.declared,
    });
  }
  return [...bySource.values()];
}

/** A run of entry numbers, inclusive. */
export interface NumberRun {
  first: number;
  last: number;
}

/**
 * What docketwatch has seen of one case's docket, said once by the case page, the advocates' key
 * dates page and `docketwatch deadlines`. Built on `caseCoverage` (what each source declared) and
 * the open gaps (numbers missing between the entries held), split by the complete listing read:
 */
export interface DocketCoverage {
  /** What each source that read the case declared. */
  sources: RecordedCoverage[];
  /** Entries held (present on the docket), the first filing day and the lowest and highest numbers. */
  entries: number;
  firstDay: string | null;
  firstNumber: number | null;
  lastNumber: number | null;
  /**
   * A source whose listing is complete (a docket report) gave entries of the case: the highest
   * number it listed. Numbers missing up to it are not on the court's docket as that listing shows
   * it (sealed, restricted, never used); docketwatch has everything the court makes public there.
   */
  complete: { highest: number } | null;
  /** Numbers missing that the complete listing did not show: absent from the court's public docket. */
  notListed: NumberRun[];
  /** Numbers missing that no complete listing has covered (after its highest, or with none read): not seen. */
  notSeen: NumberRun[];
}

export async function docketCoverage(db: Db, caseId: number): Promise<DocketCoverage> {
  const sources = await caseCoverage(db, caseId);
  // A complete listing: text of a kind whose listing is the whole docket (as ingest reads it for
  // vanished entries), from a source that did not declare itself partial for this case.
  const completeKinds = docketKinds()
    .filter((k) => k.complete)
    .map((k) => k.id);
  const partialIds = sources.filter((s) => s.partial).map((s) => s.source);
  const [span] = await db
    .selectFrom('entries')
    .select((eb) => [
      eb.fn.countAll().as('n'),
      eb.fn.min('date_filed').as('first_day'),
      eb.fn.min('number').as('first_number'),
      eb.fn.max('number').as('last_number'),
    ])
    .where('case_id', '=', caseId)
    .where('status', '=', 'present')
    .execute();
  let listed = db
    .selectFrom('entry_versions as v')
    .innerJoin('entries as e', 'e.id', 'v.entry_id')
    .select((eb) => eb.fn.max('e.number').as('n'))
    .where('e.case_id', '=', caseId)
    .where('v.kind', 'in', completeKinds);
  if (partialIds.length > 0) listed = listed.where('v.source_id', 'not in', partialIds);
  const highest = completeKinds.length === 0 ? null : ((await listed.executeTakeFirst())?.n ?? null);
  const gaps = await db
    .selectFrom('gaps')
    .select(['first_number', 'last_number'])
    .where('case_id', '=', caseId)
    .where('closed_at', 'is', null)
    .orderBy('first_number')
    .execute();
  const top = highest === null ? null : Number(highest);
  const notListed: NumberRun[] = [];
  const notSeen: NumberRun[] = [];
  for (const g of gaps) {
    const run = { first: g.first_number, last: g.last_number };
    if (top === null || run.first > top) notSeen.push(run);
    else if (run.last <= top) notListed.push(run);
    else {
      notListed.push({ first: run.first, last: top });
      notSeen.push({ first: top + 1, last: run.last });
    }
  }
  return {
    sources,
    // PostgreSQL returns counts (and aggregates) as strings.
    entries: Number(span?.n ?? 0),
    firstDay: span?.first_day ? String(span.first_day).slice(0, 10) : null,
    firstNumber: span?.first_number == null ? null : Number(span.first_number),
    lastNumber: span?.last_number == null ? null : Number(span.last_number),
    complete: top === null ? null : { highest: top },
    notListed,
    notSeen,
  };
}

/** Append one event per case (a court-wide source's health concerns every tracked case of its court). */
export async function appendSourceEvents<
  T extends 'source.down' | 'source.recovered' | 'source.layout_changed',
>(db: Db, cases: CaseRef[], type: T, payload: PayloadOf<T>): Promise<void> {
  if (cases.length === 0) return;
  const now = new Date().toISOString();
  await db
    .insertInto('events')
    .values(
      cases.map((c) => ({
        case_id: c.id,
        type,
        entry_key: null,
        payload: JSON.stringify(payload),
        created_at: now,
      })),
    )
    .execute();
}
