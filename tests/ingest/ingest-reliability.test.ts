/**
 * Ingest under failure: a real `docketwatch ingest` process killed with SIGKILL in the middle of a
 * batch, and two processes ingesting the same feed at once, on both dialects.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import type { Dialect, Store } from '../../db/index.ts';
import { DIALECTS, describeDialect, freshStore } from '../support/db.ts';
import { generatedResult } from '../support/generate.ts';
import { projectRoot } from '../support/shared.ts';

function runIngest(
  target: string,
  file: string,
): {
  child: ChildProcess;
  done: Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>;
} {
  const child = spawn(
    process.execPath,
    ['bin/docketwatch.js', 'ingest', '--track', '--source', 'feed', '--db', target, file],
    {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const done = new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>(
    (resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done };
}

async function count(
  store: Store,
  table: 'entries' | 'events' | 'cases' | 'entry_versions',
): Promise<number> {
  const r = await store.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

async function duplicateEvents(store: Store): Promise<number> {
  const rows = await store.db
    .selectFrom('events')
    .select(['type', 'case_id', 'entry_key', (eb) => eb.fn.countAll().as('n')])
    .groupBy(['type', 'case_id', 'entry_key'])
    .having((eb) => eb.fn.countAll(), '>', 1)
    .execute();
  return rows.length;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Wait until the child is inside its write transaction, as seen from outside the process. */
async function waitForWriting(store: Store, target: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && child.exitCode === null) {
    if (store.dialect === 'sqlite') {
      let wal = 0;
      try {
        wal = statSync(`${target}-wal`).size;
      } catch {}
      if (wal > 2 * 1024 * 1024) return;
    } else {
      const r = await sql<{ n: string }>`select count(*) as n from pg_stat_activity
        where application_name = 'docketwatch' and backend_xid is not null and pid <> pg_backend_pid()`.execute(
        store.db,
      );
      if (Number(r.rows[0]!.n) > 0) {
        await sleep(300);
        return;
      }
    }
    await sleep(5);
  }
  throw new Error('the ingest never started writing');
}

for (const dialect of DIALECTS as Dialect[]) {
  describeDialect(dialect, 'ingest reliability', () => {
    // Two whole ingests of 40,000 entries in child processes: minutes on a loaded machine, so the
    // limit is generous (this test is about atomicity; speed is measured in `npm run bench`).
    it('leaves all of a batch or none when the process is killed mid-ingest', {
      timeout: 240_000,
    }, async () => {
      const store = await freshStore(dialect);
      const dir = (await import('node:fs')).mkdtempSync(
        join((await import('node:os')).tmpdir(), 'dw-crash-'),
      );
      const file = join(dir, 'big.jsonl');
      const cases = 400;
      const perCase = 100;
      writeFileSync(file, `${JSON.stringify(generatedResult(0, cases, perCase))}\n`);

      const { child, done } = runIngest(store.target, file);
      await waitForWriting(store, store.target, child);
      child.kill('SIGKILL');
      const killed = await done;
      expect(killed.signal).toBe('SIGKILL');
      if (dialect === 'postgres') {
        // The server rolls back once it notices the connection is gone.
        for (let i = 0; i < 200; i++) {
          const r = await sql<{ n: string }>`select count(*) as n from pg_stat_activity
            where application_name = 'docketwatch' and pid <> pg_backend_pid()`.execute(store.db);
          if (Number(r.rows[0]!.n) === 0) break;
          await sleep(25);
        }
      }
      const entriesAfterKill = await count(store, 'entries');
      expect([0, cases * perCase]).toContain(entriesAfterKill);
      expect(await count(store, 'entry_versions')).toBe(entriesAfterKill);
      expect(await count(store, 'cases')).toBe(entriesAfterKill === 0 ? 0 : cases);
      expect(await count(store, 'events')).toBe(entriesAfterKill === 0 ? 0 : cases * (perCase + 1));

      const rerun = await runIngest(store.target, file).done;
      expect(rerun.code, rerun.stderr).toBe(0);
      expect(await count(store, 'entries')).toBe(cases * perCase);
      expect(await count(store, 'events')).toBe(cases * (perCase + 1));
      expect(await duplicateEvents(store)).toBe(0);
      (await import('node:fs')).rmSync(dir, { recursive: true, force: true });
    });

    it('produces each entry and each event exactly once when two processes ingest the same feed', async () => {
      const store = await freshStore(dialect);
      const dir = (await import('node:fs')).mkdtempSync(join((await import('node:os')).tmpdir(), 'dw-race-'));
      const file = join(dir, 'feed.jsonl');
      // Several results per file: the two processes interleave their transactions.
      const lines = [0, 1, 2, 3, 4, 5].map((i) => JSON.stringify(generatedResult(i * 10, 10, 30)));
      writeFileSync(file, `${lines.join('\n')}\n`);

      const [a, b] = await Promise.all([
        runIngest(store.target, file).done,
        runIngest(store.target, file).done,
      ]);
      expect(a.code, a.stderr).toBe(0);
      expect(b.code, b.stderr).toBe(0);
      const printed = `${a.stdout}${b.stdout}`
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { type: string; case: string; entry: string | null });
      expect(printed.filter((e) => e.type === 'entry.added')).toHaveLength(60 * 30);
      expect(printed.filter((e) => e.type === 'case.tracked')).toHaveLength(60);
      expect(new Set(printed.map((e) => `${e.type}|${e.case}|${e.entry}`)).size).toBe(printed.length);
      expect(await count(store, 'entries')).toBe(60 * 30);
      expect(await count(store, 'entry_versions')).toBe(60 * 30);
      expect(await count(store, 'events')).toBe(60 * 31);
      expect(await duplicateEvents(store)).toBe(0);
      (await import('node:fs')).rmSync(dir, { recursive: true, force: true });
    });
  });
}
