/**
 * Ingest throughput: 100,000 generated entries across 1,000 cases (one docket report per case,
 * one transaction each), then the same again (must emit zero events). SQLite always; PostgreSQL
 * when TEST_DATABASE_URL (or the default local test server) answers.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import pg from 'pg';
import { openDatabase } from '../../db/index.ts';
import { ingest } from '../../src/ingest/index.ts';
import type { ParseResult } from '../../src/model/docket.ts';
import { generatedResult } from '../../tests/support/generate.ts';

const CASES = 1000;
const PER_CASE = 100;

async function pass(
  db: Parameters<typeof ingest>[0],
  results: ParseResult[],
): Promise<{ ms: number; events: number }> {
  const t0 = performance.now();
  let events = 0;
  for (const r of results) events += (await ingest(db, r, { track: true })).events.length;
  return { ms: performance.now() - t0, events };
}

async function measure(label: string, target: string): Promise<void> {
  const store = await openDatabase(target);
  try {
    const results = Array.from({ length: CASES }, (_, i) => generatedResult(i, 1, PER_CASE));
    const first = await pass(store.db, results);
    const again = await pass(store.db, results);
    const n = CASES * PER_CASE;
    console.log(
      `${label}: first pass ${n} entries / ${CASES} cases: ${(first.ms / 1000).toFixed(2)} s (${Math.round((n / first.ms) * 1000)} entries/s, ${first.events} events); ` +
        `re-ingest: ${(again.ms / 1000).toFixed(2)} s (${again.events} events)`,
    );
  } finally {
    await store.close();
  }
}

/** The floor on this machine, right now: plain prepared better-sqlite3 inserts of entry-like rows. */
function baseline(file: string): void {
  const db = new Sqlite(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec('create table t (id integer primary key, case_id integer, k text, d text, unique (case_id, k))');
  const insert = db.prepare('insert into t (case_id, k, d) values (?, ?, ?)');
  const rows = generatedResult(0, 1, PER_CASE).cases[0]!.entries;
  const t0 = performance.now();
  for (let c = 0; c < CASES; c++) {
    db.transaction(() => {
      for (const e of rows) insert.run(c, e.number, e.description);
    })();
  }
  const ms = performance.now() - t0;
  db.close();
  console.log(
    `baseline: plain better-sqlite3 inserts: ${Math.round(((CASES * PER_CASE) / ms) * 1000)} rows/s`,
  );
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'docketwatch-bench-'));
  try {
    baseline(join(dir, 'baseline.sqlite'));
    await measure('sqlite', join(dir, 'bench.sqlite'));
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
    await measure('postgres', target.toString());
  } finally {
    await client.query(`drop schema if exists "${schema}" cascade`);
    await client.end();
  }
}
