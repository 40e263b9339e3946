/**
 * Job leases (`src/worker/leases.ts`) against a real PostgreSQL and a real pg-boss: a lease its
 * worker stopped renewing is taken by one sweeper only, and its job, still active, goes back to
 * pg-boss, which hands it to the next fetch; a lease in force and a released one are left alone.
 * The whole path with real worker processes: tests/e2e/job-lease.test.ts.
 */
import { sql } from 'kysely';
import pg from 'pg';
import PgBoss from 'pg-boss';
import { describe, expect, it } from 'vitest';
import type { Store } from '../../db/index.ts';
import { silentLogger } from '../../src/log.ts';
import { JobLeases, prepareLeases } from '../../src/worker/leases.ts';
import { freshStore, POSTGRES_URL, postgresUnavailable } from '../support/db.ts';

const QUEUE = 'test.poll';
const run = postgresUnavailable === null ? describe : describe.skip;

async function eventually<T>(what: string, attempt: () => Promise<T | null>, timeoutMs = 60_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const got = await attempt();
    if (got !== null) return got;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** A fresh store and a pg-boss of its own beside it; `fn` runs with both, then both are removed. */
async function withBoss(fn: (store: Store, boss: PgBoss) => Promise<void>): Promise<void> {
  const store = await freshStore('postgres');
  const bossSchema = `${new URL(store.target).searchParams.get('schema')}_boss`;
  const boss = new PgBoss({
    connectionString: POSTGRES_URL,
    schema: bossSchema,
    supervise: false,
    schedule: false,
  });
  await boss.start();
  try {
    await prepareLeases(store);
    await boss.createQueue(QUEUE, { name: QUEUE, policy: 'stately', retryLimit: 3, retryDelay: 1 });
    await fn(store, boss);
  } finally {
    await boss.stop({ graceful: false, wait: true });
    const client = new pg.Client({ connectionString: POSTGRES_URL });
    await client.connect();
    await client.query(`drop schema if exists "${bossSchema}" cascade`);
    await client.end();
  }
}

run(`job leases on PostgreSQL${postgresUnavailable ? ` (skipped: ${postgresUnavailable})` : ''}`, () => {
  it('a lease run out is swept once and its job handed back; a lease in force and a released one are not', async () => {
    await withBoss(async (store, boss) => {
      await prepareLeases(store); // every worker prepares at start
      for (const source of ['ctd-feed', 'nhb-feed', 'ned-feed'])
        await boss.send(QUEUE, { source }, { singletonKey: source });
      const [dying, living, finished] = await boss.fetch<{ source: string }>(QUEUE, { batchSize: 3 });
      expect([dying, living, finished].every((j) => j !== undefined)).toBe(true);

      // A worker that dies after taking its lease (2 s), and one whose leases last.
      const dead = new JobLeases(store, 'worker-dead', 2, silentLogger);
      const live = new JobLeases(store, 'worker-live', 600, silentLogger);
      await dead.take(QUEUE, dying!.id, dying!.data.source);
      await live.take(QUEUE, living!.id, living!.data.source);
      await live.take(QUEUE, finished!.id, finished!.data.source);
      await live.release(finished!.id);
      expect(await live.renew()).toBe(1);

      const swept = await eventually('the dead lease swept', async () => {
        const found = await live.sweep(boss);
        return found.length > 0 ? found : null;
      });
      expect(swept).toEqual([{ queue: QUEUE, job: dying!.id, worker: 'worker-dead' }]);
      expect(await dead.sweep(boss)).toEqual([]); // taken once
      expect((await boss.getJobById(QUEUE, dying!.id))?.state).toBe('retry');
      expect((await boss.getJobById(QUEUE, living!.id))?.state).toBe('active');
      expect((await boss.getJobById(QUEUE, finished!.id))?.state).toBe('active');

      // The next fetch (after pg-boss's retry delay) gets the same job, its source polled again.
      const again = await eventually('the job fetched again', async () => {
        const [job] = await boss.fetch<{ source: string }>(QUEUE);
        return job ?? null;
      });
      expect(again.id).toBe(dying!.id);
      expect(again.data.source).toBe(dying!.data.source);
      // A lease taken again passes to the worker that now runs the job.
      await live.take(QUEUE, again.id, again.data.source);
      const rows = await sql<{
        job: string;
        worker: string;
      }>`select job, worker from docketwatch_job_leases order by worker, job`.execute(store.db);
      expect(rows.rows.map((r) => r.worker)).toEqual(['worker-live', 'worker-live']);
      expect(rows.rows.map((r) => r.job).sort()).toEqual([dying!.id, living!.id].sort());
    });
  }, 120_000);

  it("pg-boss's stately queue: a second job of a key beside its running one empties the fetches that come to it, so a fire asks the running one", async () => {
    await withBoss(async (store, boss) => {
      await boss.send(QUEUE, { source: 'ctd-feed' }, { singletonKey: 'ctd-feed' });
      const [running] = await boss.fetch<{ source: string }>(QUEUE);
      // Why a fire must not queue a poll beside a running one: pg-boss 10 fetches in creation order,
      // and making the older waiting job active beside its running one breaks its unique index, so
      // the fetch returns nothing — the other source's poll waits too (a fetch made at the same
      // moment as the failing one skips it).
      await boss.send(QUEUE, { source: 'ctd-feed' }, { singletonKey: 'ctd-feed' });
      await boss.send(QUEUE, { source: 'nhb-feed' }, { singletonKey: 'nhb-feed' });
      expect(await boss.fetch(QUEUE)).toEqual([]);
      await boss.complete(QUEUE, running!.id);
      const [next] = await boss.fetch<{ source: string }>(QUEUE);
      expect(next!.data.source).toBe('ctd-feed');

      // So a fire while a source's job runs under a live lease marks that lease instead…
      const leases = new JobLeases(store, 'worker-a', 600, silentLogger);
      await leases.take(QUEUE, next!.id, 'ctd-feed');
      expect(await leases.askAgain(QUEUE, 'ctd-feed')).toBe(true);
      expect(await leases.askAgain(QUEUE, 'nhb-feed')).toBe(false); // nothing runs: send it
      expect(await leases.askAgain('test.notify', 'ctd-feed')).toBe(false);
      // …and the job's worker learns it when it lets the lease go; once only.
      expect(await leases.release(next!.id)).toBe(true);
      expect(await leases.release(next!.id)).toBe(false);
      expect(await leases.askAgain(QUEUE, 'ctd-feed')).toBe(false);
      // A lease taken again (a retry) starts unasked.
      await leases.take(QUEUE, next!.id, 'ctd-feed');
      expect(await leases.release(next!.id)).toBe(false);
    });
  }, 120_000);
});
