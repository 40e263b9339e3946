/**
 * The dialect matrix: `for (const dialect of DIALECTS) describeDialect(dialect, …)`. SQLite gets a
 * fresh file in a temp dir per store; PostgreSQL gets a fresh schema per store on the server in
 * `TEST_DATABASE_URL` (default `postgres://postgres@127.0.0.1:54329/postgres`, where `.ci/run`
 * starts one). When no server answers, the PostgreSQL suite is skipped and says why.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe } from 'vitest';
import { type Dialect, openDatabase, type Store } from '../../db/index.ts';

export const DIALECTS: readonly Dialect[] = ['sqlite', 'postgres'];

export const POSTGRES_URL = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:54329/postgres';

async function probePostgres(): Promise<string | null> {
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (err) {
    return `no PostgreSQL at ${POSTGRES_URL.replace(/:[^:@/]*@/, ':***@')} (${(err as Error).message}); set TEST_DATABASE_URL`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Why PostgreSQL tests cannot run here, or `null` when a server answers. Probed once per file. */
export const postgresUnavailable: string | null = await probePostgres();

const tempDirs: string[] = [];
let counter = 0;

/**
 * A target (`--db` value) for a new, empty store of this dialect: a file path in a fresh temp dir,
 * or the server URL with a schema of its own.
 */
export function freshTarget(dialect: Dialect): string {
  counter++;
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'docketwatch-db-'));
    tempDirs.push(dir);
    return join(dir, 'docketwatch.sqlite');
  }
  const schema = `t_${process.pid}_${Date.now().toString(36)}_${counter}`;
  const url = new URL(POSTGRES_URL);
  url.searchParams.set('schema', schema);
  createdSchemas.push(schema);
  return url.toString();
}

const createdSchemas: string[] = [];

/** A fresh, migrated store; closed and removed after the file's tests. */
export async function freshStore(dialect: Dialect): Promise<Store & { target: string }> {
  const target = freshTarget(dialect);
  const store = await openDatabase(target);
  opened.push(store);
  return Object.assign(store, { target });
}

const opened: Store[] = [];

afterAll(async () => {
  for (const s of opened.splice(0)) await s.close().catch(() => undefined);
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  if (createdSchemas.length > 0 && postgresUnavailable === null) {
    const client = new pg.Client({ connectionString: POSTGRES_URL });
    await client.connect();
    for (const s of createdSchemas.splice(0)) await client.query(`drop schema if exists "${s}" cascade`);
    await client.end();
  }
});

/** `describe` for one dialect; skipped, with the reason in its name, when PostgreSQL is unreachable. */
export function describeDialect(dialect: Dialect, name: string, fn: () => void): void {
  if (dialect === 'postgres' && postgresUnavailable !== null) {
    console.warn(`PostgreSQL tests skipped: ${postgresUnavailable}`);
    describe.skip(`${name} [postgres] (skipped: ${postgresUnavailable})`, fn);
    return;
  }
  describe(`${name} [${dialect}]`, fn);
}
