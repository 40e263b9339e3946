/**
 * Opening the store: SQLite (better-sqlite3) by default, PostgreSQL (`pg` Pool) for a
 * `postgres://` target. Both go through the same `Kysely<Database>`; the only dialect-specific
 * code is here (connection setup, the write lock) and in the migrations' id columns.
 */
import { closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Sqlite from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseIntrospector,
  type DatabaseMetadata,
  Kysely,
  Migrator,
  PostgresDialect,
  PostgresIntrospector,
  type SchemaMetadata,
  SqliteAdapter,
  SqliteDialect,
  sql,
  type TableMetadata,
} from 'kysely';
import pg from 'pg';
import { DocketwatchError } from '../src/errors.ts';
import { migrationProvider } from './migrations/index.ts';
import { ALERT_CURSOR } from './notify-schema.ts';
import type { Database } from './schema.ts';

export type { Database } from './schema.ts';

export const DEFAULT_SQLITE_PATH = './data/docketwatch.sqlite';

export type Dialect = 'sqlite' | 'postgres';

export interface Store {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Where the data lives: a file path, or the URL without its password. */
  location: string;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Run pending migrations before returning (default true). */
  migrate?: boolean;
  /**
   * Only open a SQLite store that is already there (commands that only read): a missing file or
   * folder is a `StoreError` instead of being created.
   */
  existing?: boolean;
}

/** The store could not be opened, migrated or written. */
export class StoreError extends DocketwatchError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('ESTORE', message, options);
  }
}

/** `--db` or `DATABASE_URL` or the default SQLite file, in that order. */
export function resolveTarget(target?: string | null): string {
  return target || process.env.DATABASE_URL || DEFAULT_SQLITE_PATH;
}

export function isPostgresUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target);
}

/**
 * Open (and by default migrate) the store. A `postgres://` target may carry `?schema=NAME` to keep
 * the record in its own schema (created when missing).
 */
export async function openDatabase(target?: string | null, options: OpenOptions = {}): Promise<Store> {
  const resolved = resolveTarget(target);
  const store = isPostgresUrl(resolved)
    ? await openPostgres(resolved)
    : openSqlite(resolved, options.existing === true);
  if (options.migrate !== false) {
    try {
      await migrate(store.db);
    } catch (err) {
      await store.close();
      throw err;
    }
  }
  return store;
}

function openSqlite(path: string, existing: boolean): Store {
  const file = path === ':memory:' ? path : resolve(path);
  if (existing && file !== ':memory:' && !existsSync(file))
    throw new StoreError(
      `there is no store at ${file} yet (it is made by the first command that writes: docketwatch case add, run or demo --db)`,
    );
  if (file !== ':memory:') {
    // Owner-only: the store holds every subscriber's address and signed-link material. A new
    // folder is 0700 and a new file 0600 (SQLite gives its -wal and -shm files the file's mode).
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
  }
  let database: Sqlite.Database;
  try {
    database = new Sqlite(file);
    database.pragma('journal_mode = WAL');
    database.pragma('busy_timeout = 15000');
    database.pragma('foreign_keys = ON');
    database.pragma('synchronous = NORMAL');
  } catch (err) {
    throw new StoreError(`cannot open the SQLite store ${file}: ${(err as Error).message}`, { cause: err });
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
  return { db, dialect: 'sqlite', location: file, close: () => db.destroy() };
}

/**
 * kysely prepares every query anew; ingest repeats the same few statements (fixed-size multi-row
 * inserts) thousands of times, so prepared statements are kept by SQL text (bounded).
 */
function withStatementCache(database: Sqlite.Database): Sqlite.Database {
  const cache = new Map<string, Sqlite.Statement>();
  const prepare = (source: string): Sqlite.Statement => {
    let stmt = cache.get(source);
    if (stmt) return stmt;
    stmt = database.prepare(source);
    if (cache.size >= 500) cache.delete(cache.keys().next().value!);
    cache.set(source, stmt);
    return stmt;
  };
  return new Proxy(database, {
    get(target, prop, receiver) {
      if (prop === 'prepare') return prepare;
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

async function openPostgres(url: string): Promise<Store> {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema');
  parsed.searchParams.delete('schema');
  if (schema !== null && !/^[a-z_][a-z0-9_]{0,62}$/i.test(schema)) {
    throw new StoreError(`schema name "${schema}" is not a plain identifier`);
  }
  const location = redact(parsed);
  // JIT off: our statements are short, and before an ANALYZE the planner's row estimates put the
  // per-case entry read above jit_above_cost, so every execution was compiled (~6 ms instead of
  // 0.2 ms per case).
  const options = ['-c jit=off', ...(schema ? [`-c search_path=${schema}`] : [])].join(' ');
  const pool = new pg.Pool({
    connectionString: parsed.toString(),
    max: 10,
    types: { getTypeParser: typeParser },
    // PGAPPNAME, as libpq reads it, tells one deployment's connections apart in pg_stat_activity.
    application_name: process.env.PGAPPNAME || 'docketwatch',
    connectionTimeoutMillis: 10_000,
    options,
  });
  if (schema) {
    try {
      await pool.query(`create schema if not exists "${schema}"`);
    } catch (err) {
      // Two processes creating the same schema at once: the loser sees a unique violation.
      if ((err as { code?: string }).code !== '23505') {
        await pool.end();
        throw new StoreError(`cannot reach PostgreSQL at ${location}: ${(err as Error).message}`, {
          cause: err,
        });
      }
    }
  }
  const db = new Kysely<Database>({ dialect: new StorePostgresDialect({ pool }) });
  pools.set(db, pool);
  return { db, dialect: 'postgres', location, close: () => db.destroy() };
}

/**
 * Values as SQLite gives them: a `bigint` (an entry's number, which may be a court's 11- or
 * 12-digit document id, migration 0027; a count) is read as a number, as far as a number holds it
 * exactly, instead of pg's string, so both dialects hand the same values to the same code.
 */
const typeParser: typeof pg.types.getTypeParser = (oid, format) =>
  oid === pg.types.builtins.INT8 && format !== 'binary'
    ? (value: string) => {
        const n = Number(value);
        return Number.isSafeInteger(n) ? n : value;
      }
    : pg.types.getTypeParser(oid, format);

/** The pool under each PostgreSQL store's `db` (`postgresPool`). */
const pools = new WeakMap<Kysely<Database>, pg.Pool>();

/**
 * The pg pool under a PostgreSQL store's `db` (not a transaction's), for the few statements run as
 * named prepared statements (parsed and planned once per connection; kysely sends every statement
 * unnamed, so it is parsed and planned at each execution); undefined otherwise.
 */
export function postgresPool(db: Kysely<Database>): pg.Pool | undefined {
  return pools.get(db);
}

/**
 * kysely's migrator asks the introspector which tables exist. PostgreSQL's stock introspector reads
 * every schema in the database and looks each one up by name (`has_schema_privilege`,
 * `pg_get_serial_sequence`), so when another store's schema is dropped meanwhile our migration fails
 * with "schema … does not exist". This one reads the store's own schema (the search path) only.
 */
class StorePostgresDialect extends PostgresDialect {
  // biome-ignore lint/suspicious/noExplicitAny: the signature kysely's Dialect declares
  override createIntrospector(db: Kysely<any>): DatabaseIntrospector {
    return new CurrentSchemaIntrospector(db);
  }
}

class CurrentSchemaIntrospector implements DatabaseIntrospector {
  readonly #db: Kysely<unknown>;
  readonly #stock: PostgresIntrospector;

  constructor(db: Kysely<unknown>) {
    this.#db = db;
    this.#stock = new PostgresIntrospector(db);
  }

  getSchemas(): Promise<SchemaMetadata[]> {
    return this.#stock.getSchemas();
  }

  async getTables(): Promise<TableMetadata[]> {
    const { rows } = await sql<{
      schema: string;
      table: string;
      kind: string;
      column: string;
      type: string;
      type_schema: string;
      not_null: boolean;
      has_default: boolean;
    }>`
      select ns.nspname as schema, c.relname as table, c.relkind as kind, a.attname as column,
             typ.typname as type, tns.nspname as type_schema, a.attnotnull as not_null,
             a.atthasdef as has_default
      from pg_catalog.pg_class c
      join pg_catalog.pg_namespace ns on ns.oid = c.relnamespace
      join pg_catalog.pg_attribute a on a.attrelid = c.oid
      join pg_catalog.pg_type typ on typ.oid = a.atttypid
      join pg_catalog.pg_namespace tns on tns.oid = typ.typnamespace
      where ns.nspname = current_schema() and c.relkind in ('r', 'v', 'p')
        and a.attnum >= 0 and not a.attisdropped
      order by c.relname, a.attnum`.execute(this.#db);
    const tables = new Map<string, TableMetadata>();
    for (const row of rows) {
      let table = tables.get(row.table);
      if (!table) {
        table = { name: row.table, schema: row.schema, isView: row.kind === 'v', columns: [] };
        tables.set(row.table, table);
      }
      (table.columns as TableMetadata['columns'][number][]).push({
        name: row.column,
        dataType: row.type,
        dataTypeSchema: row.type_schema,
        isNullable: !row.not_null,
        isAutoIncrementing: false,
        hasDefaultValue: row.has_default,
      });
    }
    return [...tables.values()];
  }

  async getMetadata(): Promise<DatabaseMetadata> {
    return { tables: await this.getTables() };
  }
}

function redact(url: URL): string {
  const copy = new URL(url.toString());
  if (copy.password) copy.password = '***';
  return copy.toString();
}

export function dialectOf(db: Kysely<Database>): Dialect {
  return db.getExecutor().adapter instanceof SqliteAdapter ? 'sqlite' : 'postgres';
}

/**
 * Apply pending migrations. On PostgreSQL kysely holds an advisory lock while migrating; SQLite
 * processes racing to migrate the same file lose with SQLITE_BUSY and simply try again.
 */
export async function migrate(db: Kysely<Database>): Promise<void> {
  const migrator = await migratorFor(db);
  for (let attempt = 1; ; attempt++) {
    const { error } = await migrator.migrateToLatest();
    if (!error) return;
    if (isBusy(error) && attempt < 50) {
      await new Promise((r) => setTimeout(r, 20 * attempt));
      continue;
    }
    const message = error instanceof Error ? error.message : String(error);
    throw new StoreError(`cannot migrate the store: ${message}`, { cause: error });
  }
}

/** kysely's migrator over our migrations (on PostgreSQL, keeping its own tables in the store's schema). */
export async function migratorFor(db: Kysely<Database>): Promise<Migrator> {
  // With a `?schema=` search path, kysely must look for its own tables in that schema too.
  const schema =
    dialectOf(db) === 'postgres'
      ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s
      : undefined;
  return new Migrator({
    db,
    provider: migrationProvider,
    // Migrations are numbered per area and land in any order; a store that already ran a later
    // number still runs an earlier one added after it.
    allowUnorderedMigrations: true,
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
}

function isBusy(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

/**
 * A statement written with `?` placeholders, compiled for `db`'s dialect (`$1`, `$2`… on
 * PostgreSQL) without kysely's query builder: for the few statements run once per message or per
 * subscriber, where building and compiling the query each time cost as much as running it.
 */
export function compiledStatement(
  db: Kysely<Database>,
  text: string,
  params: readonly unknown[],
): CompiledQuery {
  return CompiledQuery.raw(dialectText(dialectOf(db), text), [...params]);
}

/** `?` placeholders as the dialect writes them (`$1`, `$2`… on PostgreSQL); built once per text. */
export function dialectText(dialect: Dialect, text: string): string {
  if (dialect === 'sqlite') return text;
  let numbered = numberedTexts.get(text);
  if (numbered === undefined) {
    let n = 0;
    numbered = text.replace(/\?/g, () => `$${++n}`);
    if (numberedTexts.size >= 1000) numberedTexts.delete(numberedTexts.keys().next().value!);
    numberedTexts.set(text, numbered);
  }
  return numbered;
}

const numberedTexts = new Map<string, string>();

const BEGIN_IMMEDIATE = CompiledQuery.raw('begin immediate');
const COMMIT = CompiledQuery.raw('commit');
const ROLLBACK = CompiledQuery.raw('rollback');
/** Two statements in one round trip (no parameters: PostgreSQL's simple query protocol). */
const BEGIN_UNFLUSHED = CompiledQuery.raw('begin; set local synchronous_commit = off');

export interface WriteOptions {
  /**
   * PostgreSQL: commit without waiting for the write-ahead log to reach the disk
   * (`synchronous_commit = off` for this transaction only). A server crash can then lose this
   * transaction, if it comes within a few hundred milliseconds (`wal_writer_delay` × 3) and no
   * later transaction committed synchronously meanwhile (that flushes the log past it), but never
   * leaves it half written. For writes that are made again when lost (ingest: the source state
   * that would skip an input is saved after it, synchronously). SQLite: no effect (its WAL with
   * `synchronous = NORMAL` is already so).
   */
  unflushed?: boolean;
}

/**
 * Run `fn` in one transaction that holds the write lock from its start: `BEGIN IMMEDIATE` on
 * SQLite (so two processes never both read and then both write), a plain transaction on
 * PostgreSQL (callers lock the rows they merge into with `FOR UPDATE`). Use the `trx` given to
 * `fn`, never the outer `db`, inside.
 */
export async function writeTransaction<T>(
  db: Kysely<Database>,
  fn: (trx: Kysely<Database>) => Promise<T>,
  options: WriteOptions = {},
): Promise<T> {
  if (dialectOf(db) === 'postgres') {
    if (options.unflushed !== true) return db.transaction().execute(fn);
    return db.connection().execute((conn) => inTransaction(conn, BEGIN_UNFLUSHED, fn));
  }
  return db.connection().execute(async (conn) => {
    writers.set(db, (writers.get(db) ?? 0) + 1);
    try {
      return await inTransaction(conn, BEGIN_IMMEDIATE, fn);
    } finally {
      writers.set(db, writers.get(db)! - 1);
    }
  });
}

/** `fn` on one connection between `begin` and a commit; rolled back when it throws. */
async function inTransaction<T>(
  conn: Kysely<Database>,
  begin: CompiledQuery,
  fn: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  await conn.executeQuery(begin);
  try {
    const result = await fn(conn);
    await conn.executeQuery(COMMIT);
    return result;
  } catch (err) {
    await conn.executeQuery(ROLLBACK).catch(() => undefined);
    throw err;
  }
}

/**
 * Inside a transaction (`trx`): from here to its end, every event with an id is committed or gone,
 * and no writer takes a new id, so what `trx` reads next of `events` is every event up to the
 * newest: a cursor moved past them skips none (#18). PostgreSQL: the exclusive form of the
 * advisory lock every insert into `events` takes shared until its transaction ends (migration
 * 0025), waiting at most `waitMs` (10 s) for the writers in flight, then failing with
 * `EventsBusyError` (their ids stay unread: try again later). SQLite: nothing to wait for, since one
 * writer at a time commits its ids in order.
 */
export async function settleEvents(trx: Kysely<Database>, waitMs: number = SETTLE_WAIT_MS): Promise<void> {
  if (dialectOf(trx) !== 'postgres') return;
  await trx.executeQuery(
    CompiledQuery.raw(`set local lock_timeout = '${Math.max(1, Math.round(waitMs))}ms'`),
  );
  try {
    await trx.executeQuery(SETTLE);
  } catch (err) {
    if ((err as { code?: unknown }).code === '55P03') throw new EventsBusyError({ cause: err });
    throw err;
  }
}

/**
 * The newest event id below which every event is committed (see `settleEvents`): where a cursor
 * over `events` may move to. In the caller's transaction when `db` is one (the lock then lasts
 * until it ends), else in one of its own.
 */
export async function settledEventId(db: Kysely<Database>, waitMs: number = SETTLE_WAIT_MS): Promise<number> {
  const read = async (trx: Kysely<Database>) => {
    await settleEvents(trx, waitMs);
    const row = await trx
      .selectFrom('events')
      .select((eb) => eb.fn.max('id').as('id'))
      .executeTakeFirst();
    return row?.id === null || row?.id === undefined ? 0 : Number(row.id);
  };
  return db.isTransaction || dialectOf(db) === 'sqlite' ? read(db) : db.transaction().execute(read);
}

/**
 * Where a reader that must neither fail nor hold writers back starts reading events (a new or
 * renewed subscription, a person waiting on the answer): the settled id, waiting at most
 * `QUICK_SETTLE_MS`; while writers stay in flight longer, the alert cursor, up to which every event
 * was settled when a claim moved it there, so nothing after it is skipped (the reader may be told
 * the few events committed since the last alert run, news to everyone else too). With no cursor
 * yet (alerts never ran), it waits, round after round, until the writers are done. Outside any
 * transaction: the caller's own must not hold the lock while it works.
 */
export async function startingEventId(db: Kysely<Database>): Promise<number> {
  try {
    return await settledEventId(db, QUICK_SETTLE_MS);
  } catch (err) {
    if (!(err instanceof EventsBusyError)) throw err;
  }
  const cursor = await db
    .selectFrom('notify_cursors')
    .select('last_event_id')
    .where('name', '=', ALERT_CURSOR)
    .executeTakeFirst();
  if (cursor) return Number(cursor.last_event_id);
  for (;;) {
    try {
      return await settledEventId(db);
    } catch (err) {
      if (!(err instanceof EventsBusyError)) throw err;
    }
  }
}

/** Event writers were still in flight after the wait: nothing past the cursor can be read yet. */
export class EventsBusyError extends DocketwatchError {
  constructor(options: { cause: unknown }) {
    super(
      'EEVENTSBUSY',
      'event writers stayed in flight too long; events past the cursor are read on the next round',
      options,
    );
  }
}

/** How long a reader waits for the event writers in flight (PostgreSQL `lock_timeout`). */
const SETTLE_WAIT_MS = 10_000;
/** How long a person's request waits for them before starting from the alert cursor (`startingEventId`). */
const QUICK_SETTLE_MS = 2_000;
/** The key of migration 0025: its high half there, `events`' oid (in the store's schema) the low half. */
const SETTLE = CompiledQuery.raw(
  `select pg_advisory_xact_lock((1685520384::bigint << 32) | 'events'::regclass::oid::bigint)`,
);

/** Per SQLite store (its `db`): write transactions of this process holding its one connection. */
const writers = new WeakMap<object, number>();

/**
 * Whether a write transaction of this process holds the SQLite store's one connection now (a long
 * one gives the event loop turns inside, and every other query of the process waits for it).
 */
export function inWriteTransaction(db: Kysely<Database>): boolean {
  return (writers.get(db) ?? 0) > 0;
}
