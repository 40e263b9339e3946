/**
 * The statements ingest repeats for every case, as SQL text built once per dialect and run through
 * the transaction's kysely connection (`executeQuery`), so no query builder is parsed and compiled
 * per row or per case. SQLite keeps the prepared statements by text (`db/index.ts`). Everything
 * else in ingest (rare paths: gaps, links, updates) uses the query builder.
 */
import { CompiledQuery, type Kysely } from 'kysely';
import { type Dialect, dialectText, postgresPool } from '../../db/index.ts';
import type { Database } from '../../db/schema.ts';

/** Parameters per statement: below SQLite's 32,766 and PostgreSQL's 65,535. */
const MAX_PARAMS = 8_000;
/** Rows per multi-row INSERT at most (one statement per chunk). */
const MAX_ROWS = 500;

/** Flat values (`width` per row) cut into multi-row INSERTs: `n` rows a statement, within both limits. */
function* insertChunks(width: number, values: unknown[]): Generator<{ n: number; params: unknown[] }> {
  const rowCount = values.length / width;
  const perChunk = Math.min(MAX_ROWS, Math.floor(MAX_PARAMS / width));
  for (let first = 0; first < rowCount; first += perChunk) {
    const n = Math.min(perChunk, rowCount - first);
    const params = first === 0 && n === rowCount ? values : values.slice(first * width, (first + n) * width);
    yield { n, params };
  }
}

export class Statements {
  readonly #db: Kysely<Database>;
  readonly #dialect: Dialect;
  /** Called between the statements of a long insert (a turn for the event loop, `src/turns.ts`). */
  readonly #pause: () => Promise<void>;

  constructor(db: Kysely<Database>, dialect: Dialect, pause: () => Promise<void> = async () => {}) {
    this.#db = db;
    this.#dialect = dialect;
    this.#pause = pause;
  }

  /** Run one statement written with `?` placeholders; the rows it returns. */
  async query<R>(text: string, params: readonly unknown[]): Promise<R[]> {
    const values = this.#dialect === 'postgres' ? params.map(arrayParameter) : [...params];
    const result = await this.#db.executeQuery<R>(
      CompiledQuery.raw(dialectText(this.#dialect, text), values),
    );
    return result.rows;
  }

  /**
   * PostgreSQL: run one statement (as `query`) as a named prepared statement when the store's pool
   * is at hand (`postgresPool`: not inside a transaction), so each connection parses and plans it
   * once; as `query` otherwise. For the statements run once per input outside a transaction: the
   * long statement of new cases (`new-cases.ts`), whose parsing and planning cost about a sixth of
   * running it, and the check of input the record holds (`unchanged.ts`).
   */
  async queryPrepared<R>(name: string, text: string, params: readonly unknown[]): Promise<R[]> {
    const pool = this.#dialect === 'postgres' ? postgresPool(this.#db) : undefined;
    if (!pool) return this.query<R>(text, params);
    const result = await pool.query({
      name,
      text: dialectText('postgres', text),
      values: params.map(arrayParameter),
    });
    return result.rows as R[];
  }

  /**
   * SQLite: insert rows (flat values, as `insert`) and return their new ids in input order, without
   * `returning`: the writer holds the file's write lock (`BEGIN IMMEDIATE`), so a multi-row INSERT
   * numbers its rows consecutively, in VALUES order, up to the last insert rowid.
   */
  async insertSqliteIds(table: string, columns: readonly string[], values: unknown[]): Promise<number[]> {
    if (this.#dialect !== 'sqlite') throw new Error('insertSqliteIds is for SQLite only');
    const ids: number[] = [];
    for (const { n, params } of insertChunks(columns.length, values)) {
      const result = await this.#db.executeQuery(
        CompiledQuery.raw(insertText(table, columns, n, ''), params),
      );
      if (result.insertId === undefined || Number(result.numAffectedRows) !== n) {
        throw new Error(`insert into ${table} wrote ${result.numAffectedRows} of ${n} rows`);
      }
      const last = Number(result.insertId);
      for (let i = n - 1; i >= 0; i--) ids.push(last - i);
      await this.#pause();
    }
    return ids;
  }

  /**
   * Insert rows given as one flat list of values (`columns.length` per row); `tail` follows the rows
   * (`on conflict …`, `returning …`). Returns the rows of every statement's `returning`. SQLite:
   * multi-row INSERTs of up to 500 rows. PostgreSQL: one statement for up to 5,000 rows, one array
   * parameter per column (`unnest`), so the server parses a short statement, the same text whatever
   * the row count, instead of one parameter per value.
   */
  async insert<R = never>(
    table: string,
    columns: readonly string[],
    values: unknown[],
    tail = '',
  ): Promise<R[]> {
    if (this.#dialect === 'postgres') return this.#insertArrays<R>(table, columns, values, tail);
    const out: R[] = [];
    for (const { n, params } of insertChunks(columns.length, values)) {
      const rows = await this.query<R>(insertText(table, columns, n, tail), params);
      for (const r of rows) out.push(r);
      await this.#pause();
    }
    return out;
  }

  async #insertArrays<R>(
    table: string,
    columns: readonly string[],
    values: unknown[],
    tail: string,
  ): Promise<R[]> {
    const width = columns.length;
    const rowCount = values.length / width;
    const types = await this.columnTypes(table);
    const text = unnestText(table, columns, types, tail);
    const out: R[] = [];
    for (let first = 0; first < rowCount; first += MAX_ARRAY_ROWS) {
      const n = Math.min(MAX_ARRAY_ROWS, rowCount - first);
      const arrays = columns.map(() => new Array<unknown>(n));
      for (let r = 0, i = first * width; r < n; r++)
        for (let c = 0; c < width; c++, i++) arrays[c]![r] = values[i];
      const result = await this.#db.executeQuery<R>(CompiledQuery.raw(text, arrays.map(arrayParameter)));
      for (const row of result.rows) out.push(row);
      await this.#pause();
    }
    return out;
  }

  /** A table's column types as PostgreSQL names them (`integer`, `text`), read once per process. */
  async columnTypes(table: string): Promise<Map<string, string>> {
    let types = columnTypes.get(table);
    if (!types) {
      const rows = await this.query<{ name: string; type: string }>(
        `select attname as "name", format_type(atttypid, atttypmod) as "type" from pg_attribute
         where attrelid = to_regclass(?) and attnum > 0 and not attisdropped`,
        [`"${table}"`],
      );
      types = new Map(rows.map((r) => [r.name, r.type]));
      columnTypes.set(table, types);
    }
    return types;
  }
}

/**
 * A PostgreSQL array parameter written as its text (`{"a","b",NULL,3}`), as the pg client would
 * write it but in one pass: an array of a hundred thousand entries' columns spent most of the
 * client's time per statement in pg's general conversion (a type test and two replacements per
 * element). Arrays of anything but strings, numbers and nulls, and every other value, go as given.
 */
export function arrayParameter(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  const strings = stringArray(value);
  if (strings !== null) return strings;
  let text = '{';
  for (let i = 0; i < value.length; i++) {
    const v: unknown = value[i];
    if (i > 0) text += ',';
    if (v === null || v === undefined) text += 'NULL';
    else if (typeof v === 'string') text += quoted(v);
    else if (typeof v === 'number' && Number.isFinite(v)) text += String(v);
    else return value;
  }
  return `${text}}`;
}

/**
 * An array element in double quotes, `"` and `\` escaped by a backslash: what JSON writes for a
 * string, in one native call, unless it escaped something else (a control character, a lone
 * surrogate: `OTHER_ESCAPE`). JSON texts (versions' payloads, events') cost half as much so.
 */
function quoted(v: string): string {
  if (!NEEDS_ESCAPE.test(v)) return `"${v}"`;
  const json = JSON.stringify(v);
  return OTHER_ESCAPE.test(json) ? `"${v.replace(ESCAPED, '\\$&')}"` : json;
}

/**
 * An array of strings only, written by JSON in one native call (`["a","b"]` → `{"a","b"}`), or
 * null when one element is not a string or JSON escaped anything but `"` and `\` (a backslash
 * before another character: a control character or a lone surrogate; an escaped backslash before
 * a letter matches too, and takes the general way, which is right for every string).
 */
function stringArray(value: unknown[]): string | null {
  for (const v of value) if (typeof v !== 'string') return null;
  const json = JSON.stringify(value);
  return OTHER_ESCAPE.test(json) ? null : `{${json.slice(1, -1)}}`;
}

const NEEDS_ESCAPE = /["\\]/;
const ESCAPED = /["\\]/g;
/** In JSON text: an escape other than `\"` and `\\` (or an escaped backslash before a letter). */
const OTHER_ESCAPE = /\\[^"\\]/;

/** Rows per PostgreSQL array INSERT at most. */
const MAX_ARRAY_ROWS = 5_000;
/** Column types by table (every store has the same migrations, so the same types). */
const columnTypes = new Map<string, Map<string, string>>();

function unnestText(
  table: string,
  columns: readonly string[],
  types: Map<string, string>,
  tail: string,
): string {
  const key = `${table}|${columns.join(',')}|${tail}`;
  let text = inserts.get(key);
  if (text === undefined) {
    const arrays = columns.map((c, i) => {
      const type = types.get(c);
      if (!type) throw new Error(`table ${table} has no column ${c}`);
      return `$${i + 1}::${type}[]`;
    });
    const names = columns.map((c) => `"${c}"`).join(', ');
    text = `insert into "${table}" (${names}) select * from unnest(${arrays.join(', ')})${tail ? ` ${tail}` : ''}`;
    if (inserts.size >= 1000) inserts.delete(inserts.keys().next().value!);
    inserts.set(key, text);
  }
  return text;
}

const inserts = new Map<string, string>();

function insertText(table: string, columns: readonly string[], rows: number, tail: string): string {
  const key = `${table}|${columns.join(',')}|${rows}|${tail}`;
  let text = inserts.get(key);
  if (text === undefined) {
    const row = `(${columns.map(() => '?').join(', ')})`;
    text = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values ${Array(rows).fill(row).join(', ')}${tail ? ` ${tail}` : ''}`;
    if (inserts.size >= 1000) inserts.delete(inserts.keys().next().value!);
    inserts.set(key, text);
  }
  return text;
}
