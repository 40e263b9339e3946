/**
 * PostgreSQL: what ingest writes for cases it meets for the first time (the first pass over a
 * court's dockets), in one statement that is its own transaction. The general path takes six round
 * trips for it after the check (begin, the cases, a header, the entries, the events, commit); on a
 * shared machine each one waits for the server to be scheduled, and the first pass is mostly that.
 *
 * The rows are what the general path writes, in the same order (ids follow the input): merging
 * builds them (`Context.collect` in `index.ts`) with each case named by a stand-in id, `-(i + 1)`
 * for the i-th case, which the statement replaces by the id the case's insert returned. A case
 * another process inserted since the check is left out whole (no entry, event or row of it is
 * written) and named in the answer, so the caller merges it the general way.
 *
 * Every row that names a case, an entry or the source takes it from this statement (`"n"`: the
 * cases it inserted; `"e"`: the entries it inserted; `"src"`: the source, inserted when the check
 * did not see it stored, and sources are never deleted), so its references hold by construction:
 * the statement sets `docketwatch.references = 'by-construction'` for its own transaction, which
 * the reference checks of migration 0018 skip (migration 0034; `tests/ingest/new-cases.test.ts`
 * finds no row of it pointing at a missing one, `tests/store/store-references.test.ts` that any
 * other statement is still checked). Nothing else runs in that transaction.
 *
 * The commit does not wait for the log flush (`synchronous_commit = off`, set for this statement's
 * transaction only), as ingest's transaction on the general path (`db/index.ts`, `WriteOptions`).
 * Both settings are made in `"s"`, which every row written waits for (through `"n"`), so they are
 * in force before any insert ends.
 */
import { hash } from 'node:crypto';
import type { Statements } from './sql.ts';

/** The columns of a new case, as `insertCasesPostgres` and SQLite write them. */
export const CASE_COLUMNS = [
  'court_id',
  'docket_number',
  'docket_number_raw',
  'case_name',
  'pacer_case_id',
  'parent_case_id',
  'link_type',
  'tracked',
  'created_at',
] as const;

/** Column arrays (each the same length) of one kind of row, the first column the case's stand-in. */
export type Columns = unknown[][];

/** Everything written for the new cases; every row names its case by its stand-in id. */
export interface NewCases {
  court: string;
  source: { id: string; kind: string; stored: boolean };
  now: string;
  /** `CASE_COLUMNS` arrays, one element per case, in input order. */
  cases: Columns;
  /** Per case, in the same order: its input digest (`ingest_digests`), or null. */
  digests: (string | null)[];
  /** `case_details` rows: the stand-in, then `detailColumns`. */
  details: Columns;
  detailColumns: readonly string[];
  /** The stand-in, then `ENTRY_COLUMNS` but `case_id`. */
  entries: Columns;
  entryColumns: readonly string[];
  /** The stand-in, the entry's key, its content hash and payload. */
  versions: Columns;
  /** The stand-in, the entry's key, then the document's number, description, PACER id, pages, URL. */
  documents: Columns;
  /** The stand-in, the first and last missing number. */
  gaps: Columns;
  /** The stand-in, the type, the entry key, the payload (null: an added entry's, `ADDED_FIELDS`). */
  events: Columns;
}

/**
 * The payload of an `entry.added` event (`addEntries` in `index.ts`: every field but `source` and
 * `kind` is the added entry's own column), which the statement writes from the entry's row, as
 * `JSON.stringify` writes it — the same keys in the same order, strings escaped as JSON escapes
 * them (PostgreSQL's `to_json` of a text escapes as JSON.stringify does every string a text can
 * hold) — instead of receiving it: a new case's events were a third of the bytes sent, most of
 * them the entries' texts a second time. `tests/ingest/new-cases.test.ts` compares the stored
 * payloads with SQLite's, which are `JSON.stringify`'s.
 */
const ADDED_FIELDS = [
  // `number`: the entry's key when it has a number (the number as the source wrote it), else null.
  ['number', `case when "e"."number" is null then null else "e"."entry_key" end`],
  ['dateFiled', '"e"."date_filed"'],
  ['dateEntered', '"e"."date_entered"'],
  ['description', '"e"."description"'],
  ['shortDescription', '"e"."short_description"'],
  ['pacerDocId', '"e"."pacer_doc_id"'],
  ['documentUrl', '"e"."document_url"'],
] as const;

/** The entries columns `ADDED_FIELDS` reads. */
const ADDED_COLUMNS = [
  'number',
  'date_filed',
  'date_entered',
  'description',
  'short_description',
  'pacer_doc_id',
  'document_url',
] as const;

/** SQL of the `entry.added` payload of `"e"`'s row, then `source` and `kind` (parameters). */
function addedPayload(source: string, kind: string): string {
  const json = (sql: string) => `coalesce(to_json(${sql})::text, 'null')`;
  const fields = [
    ...ADDED_FIELDS.map(([key, sql]) => [key, json(sql)]),
    ['source', json(source)],
    ['kind', json(kind)],
  ];
  return `'{' || ${fields.map(([key, sql], i) => `'${i > 0 ? ',' : ''}"${key}":' || ${sql}`).join(' || ')} || '}'`;
}

/** The stand-in id of the `i`-th new case. */
export function standIn(i: number): number {
  return -(i + 1);
}

/**
 * Write `rows` in one statement; the ids of the cases written, by stand-in. A case missing from
 * the answer was inserted by another process meanwhile, and nothing of it was written.
 */
export async function writeNewCases(sql: Statements, rows: NewCases): Promise<Map<number, number>> {
  const { name, text } = await statement(sql, rows.detailColumns, rows.entryColumns);
  const out = await sql.queryPrepared<{ id: number | null; case: number | null }>(name, text, [
    rows.source.id,
    rows.source.kind,
    rows.now,
    !rows.source.stored,
    rows.court,
    rows.digests.map((_, i) => standIn(i)),
    rows.digests,
    ...rows.cases,
    ...rows.details,
    ...rows.entries,
    ...rows.versions,
    ...rows.documents,
    ...rows.gaps,
    ...rows.events,
  ]);
  const ids = new Map<number, number>();
  for (const r of out) if (r.id !== null && r.case !== null) ids.set(Number(r.case), Number(r.id));
  return ids;
}

const texts = new Map<string, { name: string; text: string }>();

/**
 * The statement, its parameters numbered in `writeNewCases`' order, built once per column set.
 * Rows that name a case join `"n"` (a new case's id by its stand-in); rows of one kind are
 * inserted in input order (`with ordinality`), so their ids follow the input as separate inserts
 * numbered them.
 */
async function statement(
  sql: Statements,
  detailColumns: readonly string[],
  entryColumns: readonly string[],
): Promise<{ name: string; text: string }> {
  const key = `${detailColumns.join(',')}|${entryColumns.join(',')}`;
  const known = texts.get(key);
  if (known) return known;
  const cases = await sql.columnTypes('cases');
  const details = await sql.columnTypes('case_details');
  const entries = await sql.columnTypes('entries');
  let n = 0;
  const param = (type: string) => `$${++n}::${type}`;
  const [source, kind, now, newSource, court, standIns, digests] = [
    'text',
    'text',
    'text',
    'boolean',
    'text',
    'integer[]',
    'text[]',
  ].map(param);
  const q = (names: readonly string[]) => names.map((c) => `"${c}"`).join(', ');
  const u = (names: readonly string[]) => names.map((c) => `"u"."${c}"`).join(', ');
  /** `unnest` of one array parameter per column, `"r"(case, …columns, o)` (`o`: the input order). */
  const unnest = (names: readonly string[], types: string[]) =>
    `unnest(${types.map((t) => param(`${t}[]`)).join(', ')}) with ordinality as "r"("case", ${q(names)}, "o")`;
  const typed = (names: readonly string[], of: Map<string, string>) =>
    names.map((c) => {
      const t = of.get(c);
      if (!t) throw new Error(`no column ${c}`);
      return t;
    });
  const caseArrays = CASE_COLUMNS.map((c) => param(`${cases.get(c)}[]`)).join(', ');
  const docketArray = `$${n - CASE_COLUMNS.length + 1 + CASE_COLUMNS.indexOf('docket_number')}`;
  // Rows with their case's id, looked up by its stand-in (a case not inserted leaves its rows
  // out). A lookup per row, not a join, so the planner counts the rows as the arrays hold them and
  // joins versions and documents to their entries by hash (joined, it expected one row of each and
  // compared every version with every entry).
  const rowsOf = (names: readonly string[], types: string[]) =>
    `(select * from (select (select "n"."id" from "n" where "n"."case" = "r"."case") as "case_id", "r".*
      from ${unnest(names, types)} offset 0) as "x" where "x"."case_id" is not null) as "u"`;
  const text = `with "src" as (
    insert into "sources" ("id", "type", "scope", "court_id", "case_id", "config", "created_at")
    select ${source}, ${kind}, 'court', null, null, '{}', ${now} where ${newSource}
    on conflict ("id") do nothing
  ), "co" as (
    insert into "courts" ("id", "name", "created_at") values (${court}, null, ${now})
    on conflict ("id") do nothing
  ), "c" as (
    insert into "cases" (${q(CASE_COLUMNS)}) select * from unnest(${caseArrays})
    on conflict ("court_id", "docket_number") do nothing returning "id", "docket_number"
  ), "s" as (
    select set_config('synchronous_commit', 'off', true) as "commit",
      set_config('docketwatch.references', 'by-construction', true) as "references"
  ), "n" as (
    select "c"."id", "i"."case", "i"."digest" from "c"
    join unnest(${docketArray}::text[], ${standIns}, ${digests}) as "i"("docket", "case", "digest")
      on "i"."docket" = "c"."docket_number"
    cross join "s"
  ), "g" as (
    insert into "ingest_digests" ("case_id", "source_id", "digest")
    select "n"."id", ${source}, "n"."digest" from "n" where "n"."digest" is not null
  ), "d" as (
    insert into "case_details" ("case_id", ${q(detailColumns)})
    select "u"."case_id", ${u(detailColumns)} from ${rowsOf(detailColumns, ['integer', ...typed(detailColumns, details)])}
    order by "u"."o"
  ), "e" as (
    insert into "entries" ("case_id", ${q(entryColumns)})
    select "u"."case_id", ${u(entryColumns)} from ${rowsOf(entryColumns, ['integer', ...typed(entryColumns, entries)])}
    order by "u"."o" returning "id", "case_id", "entry_key", ${q(ADDED_COLUMNS)}
  ), "v" as (
    insert into "entry_versions" ("entry_id", "source_id", "kind", "content_hash", "payload", "seen_at")
    select "e"."id", ${source}, ${kind}, "u"."hash", "u"."payload", ${now}
    from ${rowsOf(['key', 'hash', 'payload'], ['integer', 'text', 'text', 'text'])}
    join "e" on "e"."case_id" = "u"."case_id" and "e"."entry_key" = "u"."key" order by "u"."o"
  ), "doc" as (
    insert into "documents" ("entry_id", "number", "description", "pacer_doc_id", "page_count", "url", "updated_at")
    select "e"."id", "u"."number", "u"."description", "u"."pacer_doc_id", "u"."page_count", "u"."url", ${now}
    from ${rowsOf(['key', 'number', 'description', 'pacer_doc_id', 'page_count', 'url'], ['integer', 'text', 'text', 'text', 'text', 'integer', 'text'])}
    join "e" on "e"."case_id" = "u"."case_id" and "e"."entry_key" = "u"."key" order by "u"."o"
  ), "gap" as (
    insert into "gaps" ("case_id", "first_number", "last_number", "detected_at", "closed_at")
    select "u"."case_id", "u"."first", "u"."last", ${now}, null
    from ${rowsOf(['first', 'last'], ['integer', 'integer', 'integer'])} order by "u"."o"
  ), "ev" as (
    insert into "events" ("case_id", "type", "entry_key", "payload", "created_at")
    select "u"."case_id", "u"."type", "u"."key", coalesce("u"."payload", ${addedPayload(source!, kind!)}), ${now}
    from ${rowsOf(['type', 'key', 'payload'], ['integer', 'text', 'text', 'text'])}
    left join "e" on "u"."payload" is null and "e"."case_id" = "u"."case_id" and "e"."entry_key" = "u"."key"
    order by "u"."o"
  )
  select "id", "case" from "n"`;
  const named = { name: `docketwatch_new_cases_${hash('sha1', text, 'hex').slice(0, 12)}`, text };
  texts.set(key, named);
  return named;
}
