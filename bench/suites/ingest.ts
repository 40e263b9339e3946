/**
 * Ingest throughput: 100,000 generated entries across 1,000 cases (one docket report per case,
 * one transaction each), then the same again (must emit zero events). SQLite always; PostgreSQL
 * when TEST_DATABASE_URL (or the default local test server) answers. Targets on SQLite: first pass
 * under 3 s, re-ingest under 2 s; on PostgreSQL (#18): first pass ≤ 2× SQLite's in the same run,
 * re-ingest ≤ 1 s.
 *
 * The machine is shared, so every figure comes with wall time and this process's CPU time
 * (user + system), and the SQLite figures with their ratio to a yardstick measured in the same run:
 * plain prepared better-sqlite3 inserts of the same number of entry-like rows (measured before and
 * after the ingest passes; the ratio uses their mean). On PostgreSQL the CPU time is the client's
 * and, when the server runs on this machine, the server's (its backends' CPU time from /proc).
 * On PostgreSQL the passes run again on a store without migration 0018's reference checks, to
 * show what they cost. `INGEST_BENCH_CASES=N` runs a smaller load (for profiling).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import pg from 'pg';
import { openDatabase, type Store } from '../../db/index.ts';
import { down as restoreForeignKeys } from '../../db/migrations/0012_speed.ts';
import { down as uncheckReferences } from '../../db/migrations/0018_speed.ts';
import { ingest } from '../../src/ingest/index.ts';
import type { ParseResult } from '../../src/model/docket.ts';
import { generatedResult } from '../../tests/support/generate.ts';

const CASES = Number(process.env.INGEST_BENCH_CASES) || 1000;
const PER_CASE = 100;
const ROWS = CASES * PER_CASE;

export interface Timing {
  wallMs: number;
  cpuMs: number;
  /** PostgreSQL: CPU time of the server processes serving this bench's connections. */
  serverCpuMs?: number;
}

/** Where a pass reads the server's CPU time from (PostgreSQL on this machine), or nothing. */
type ServerCpu = (() => Promise<number | null>) | undefined;

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

async function timed(fn: () => unknown): Promise<Timing> {
  const c0 = cpuMs();
  const t0 = performance.now();
  await fn();
  return { wallMs: performance.now() - t0, cpuMs: cpuMs() - c0 };
}

function secs(t: Timing): string {
  const server = t.serverCpuMs === undefined ? '' : ` + ${(t.serverCpuMs / 1000).toFixed(2)} s server CPU`;
  return `${(t.wallMs / 1000).toFixed(2)} s wall, ${(t.cpuMs / 1000).toFixed(2)} s CPU${server}`;
}

/**
 * CPU time (user + system, from /proc) of the PostgreSQL backends serving connections named `app`;
 * null when the server is not on this machine.
 */
function backendCpu(client: pg.Client, app: string): () => Promise<number | null> {
  return async () => {
    const { rows } = await client.query<{ pid: number }>(
      'select pid from pg_stat_activity where application_name = $1',
      [app],
    );
    let ticks = 0;
    for (const { pid } of rows) {
      try {
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
        ticks += Number(fields[11]) + Number(fields[12]);
      } catch {
        return null;
      }
    }
    return ticks * 10; // USER_HZ is 100 on Linux
  };
}

async function pass(
  db: Parameters<typeof ingest>[0],
  results: ParseResult[],
  serverCpu: ServerCpu,
): Promise<Timing & { events: number }> {
  let events = 0;
  const s0 = await serverCpu?.();
  const t = await timed(async () => {
    for (const r of results) events += (await ingest(db, r, { track: true })).events.length;
  });
  const s1 = await serverCpu?.();
  return { ...t, events, ...(s0 != null && s1 != null ? { serverCpuMs: s1 - s0 } : {}) };
}

export type IngestPasses = Awaited<ReturnType<typeof measure>>;

/**
 * The #18 comparison alone: SQLite's passes, then PostgreSQL's (null when no server answers), each
 * first pass and re-ingest of `cases` × 100 entries, with the server's CPU on PostgreSQL.
 */
export async function measureSqliteAndPostgres(
  cases = CASES,
): Promise<{ sqlite: IngestPasses; postgres: IngestPasses | null }> {
  const dir = mkdtempSync(join(tmpdir(), 'docketwatch-bench-'));
  let sqlite: IngestPasses;
  try {
    sqlite = await measure(join(dir, 'bench.sqlite'), undefined, undefined, cases);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const url = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:54329/postgres';
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
  } catch {
    return { sqlite, postgres: null };
  }
  const schema = `bench_${process.pid}_targets`;
  try {
    const target = new URL(url);
    target.searchParams.set('schema', schema);
    target.searchParams.set('application_name', schema);
    const postgres = await measure(target.toString(), backendCpu(client, schema), undefined, cases);
    return { sqlite, postgres };
  } finally {
    await client.query(`drop schema if exists "${schema}" cascade`);
    await client.end();
  }
}

async function measure(
  target: string,
  serverCpu?: ServerCpu,
  prepare?: (store: Store) => Promise<void>,
  cases = CASES,
): Promise<{ first: Timing & { events: number }; again: Timing & { events: number } }> {
  const store = await openDatabase(target);
  try {
    await prepare?.(store);
    const results = Array.from({ length: cases }, (_, i) => generatedResult(i, 1, PER_CASE));
    const first = await pass(store.db, results, serverCpu);
    const again = await pass(store.db, results, serverCpu);
    return { first, again };
  } finally {
    await store.close();
  }
}

/** The floor on this machine, right now: plain prepared better-sqlite3 inserts of entry-like rows. */
function baseline(file: string): Timing {
  const db = new Sqlite(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec('create table t (id integer primary key, case_id integer, k text, d text, unique (case_id, k))');
  const insert = db.prepare('insert into t (case_id, k, d) values (?, ?, ?)');
  const rows = generatedResult(0, 1, PER_CASE).cases[0]!.entries;
  const c0 = cpuMs();
  const t0 = performance.now();
  for (let c = 0; c < CASES; c++) {
    db.transaction(() => {
      for (const e of rows) insert.run(c, e.number, e.description);
    })();
  }
  const t = { wallMs: performance.now() - t0, cpuMs: cpuMs() - c0 };
  db.close();
  return t;
}

function report(label: string, r: Awaited<ReturnType<typeof measure>>, base?: Timing): void {
  const ratio = (t: Timing) =>
    base
      ? ` = ${(t.wallMs / base.wallMs).toFixed(1)}× baseline wall, ${(t.cpuMs / base.cpuMs).toFixed(1)}× baseline CPU`
      : '';
  console.log(
    `${label}: first pass ${ROWS} entries / ${CASES} cases: ${secs(r.first)} (${Math.round((ROWS / r.first.wallMs) * 1000)} entries/s, ${r.first.events} events)${ratio(r.first)}`,
  );
  console.log(`${label}: re-ingest: ${secs(r.again)} (${r.again.events} events)${ratio(r.again)}`);
}

export async function run(): Promise<void> {
  console.log(`load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`);
  const dir = mkdtempSync(join(tmpdir(), 'docketwatch-bench-'));
  let sqlite: Awaited<ReturnType<typeof measure>>;
  try {
    const before = baseline(join(dir, 'baseline-1.sqlite'));
    sqlite = await measure(join(dir, 'bench.sqlite'));
    const after = baseline(join(dir, 'baseline-2.sqlite'));
    const base = { wallMs: (before.wallMs + after.wallMs) / 2, cpuMs: (before.cpuMs + after.cpuMs) / 2 };
    console.log(
      `baseline: plain better-sqlite3 inserts of ${ROWS} rows in ${CASES} transactions: ${secs(base)} ` +
        `(${Math.round((ROWS / base.wallMs) * 1000)} rows/s; before ${Math.round((ROWS / before.wallMs) * 1000)}, after ${Math.round((ROWS / after.wallMs) * 1000)})`,
    );
    report('sqlite', sqlite, base);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const url = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:54329/postgres';
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  const schema = `bench_${process.pid}`;
  try {
    await client.connect();
  } catch (err) {
    console.log(`postgres: skipped (no server at ${url}: ${(err as Error).message})`);
    return;
  }
  try {
    const target = new URL(url);
    target.searchParams.set('schema', schema);
    target.searchParams.set('application_name', schema);
    const variant = async (name: string, prepare: (store: Store) => Promise<void>) => {
      const t = new URL(target);
      t.searchParams.set('schema', `${schema}_${name}`);
      t.searchParams.set('application_name', `${schema}_${name}`);
      return measure(t.toString(), backendCpu(client, `${schema}_${name}`), prepare);
    };
    // What checking the references costs: the same passes on stores without checks (as migration
    // 0012 left them) and with row-by-row foreign keys instead of 0018's statement-level checks.
    const none = async (store: Store) => uncheckReferences(store.db);
    const foreignKeys = async (store: Store) => {
      await uncheckReferences(store.db);
      await restoreForeignKeys(store.db);
    };
    let postgres: Awaited<ReturnType<typeof measure>>;
    try {
      const before = await variant('none1', none);
      const fk = await variant('fk', foreignKeys);
      postgres = await measure(target.toString(), backendCpu(client, schema));
      const after = await variant('none2', none);
      report('postgres', postgres);
      report('postgres with foreign keys instead', fk);
      report('postgres without reference checks (before)', before);
      report('postgres without reference checks (after)', after);
      const server = (t: Timing) => t.serverCpuMs ?? 0;
      const cost = (label: string, p: Awaited<ReturnType<typeof measure>>) =>
        `${label}: server CPU first pass +${(server(p.first) - (server(before.first) + server(after.first)) / 2).toFixed(0)} ms, re-ingest +${(server(p.again) - (server(before.again) + server(after.again)) / 2).toFixed(0)} ms over no checks`;
      console.log(`${cost('statement-level checks (0018)', postgres)}; ${cost('foreign keys', fk)}`);
    } finally {
      for (const n of ['none1', 'none2', 'fk'])
        await client.query(`drop schema if exists "${schema}_${n}" cascade`);
    }
    const vs = (p: Timing, q: Timing) =>
      `${(p.wallMs / q.wallMs).toFixed(2)}× wall, ${((p.cpuMs + (p.serverCpuMs ?? 0)) / q.cpuMs).toFixed(2)}× CPU (client + server)`;
    console.log(
      `postgres ÷ sqlite: first pass ${vs(postgres.first, sqlite.first)} (target ≤ 2× wall: ${postgres.first.wallMs <= 2 * sqlite.first.wallMs ? 'ok' : 'MISS'}); re-ingest ${vs(postgres.again, sqlite.again)} (target ≤ 1 s: ${postgres.again.wallMs <= 1000 ? 'ok' : 'MISS'})`,
    );
  } finally {
    await client.query(`drop schema if exists "${schema}" cascade`);
    await client.end();
  }
}
