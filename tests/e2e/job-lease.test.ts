/**
 * A dead worker's poll is handed back by its lease, not its expiry (`src/worker/leases.ts`): two
 * real `docketwatch run` processes on PostgreSQL with the default job expiry (5 minutes) and a
 * short job lease (`JOB_LEASE_SECONDS`). A fictional court's feed (D. Conn.) is served through a
 * proxy that holds the first feed request open; the worker that made it is killed (SIGKILL, by its
 * pid) while it holds the poll job. The other worker finds the lease run out, fails the job, and
 * completes that same job (pg-boss job id) — before pg-boss could have expired it — and only it
 * fetches the feed after the kill; the tracked case's entry is stored once. The time from the kill
 * to the next poll of the feed is printed beside the bound `recoveryBoundSeconds` documents. Needs
 * PostgreSQL (`TEST_DATABASE_URL`); skipped with the reason when none answers.
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { addCase } from '../../db/cases.ts';
import { openDatabase } from '../../db/index.ts';
import { addSource } from '../../db/sources.ts';
import { RETRY_DELAY_SECONDS } from '../../src/worker/index.ts';
import { recoveryBoundSeconds } from '../../src/worker/leases.ts';
import { courtFeed, serveCourtFeed } from '../support/court-feed.ts';
import { freshTarget, postgresUnavailable } from '../support/db.ts';
import { startSmtp } from '../support/smtp.ts';
import { holdingProxy, printLogs, startWorker, until, untilStarted } from './workers.ts';

const LEASE_SECONDS = 6;
const FEED_PATH = '/cgi-bin/rss_outside.pl';

const run = postgresUnavailable === null ? describe : describe.skip;

run(`job leases on PostgreSQL${postgresUnavailable ? ` (skipped: ${postgresUnavailable})` : ''}`, () => {
  it("a SIGKILLed worker's poll is handed back when its lease runs out, long before it would expire", async () => {
    const published = new Date(Date.now() - 60_000).toUTCString();
    const court = await serveCourtFeed(() =>
      courtFeed('ctd', [
        {
          docket: '3:26-cv-00412-KAD',
          caseName: 'Orvell et al v. Larchmont Transit Authority',
          event: 'Order on Motion for Preliminary Injunction',
          pubDate: published,
        },
      ]),
    );
    const proxy = await holdingProxy(court.origin, FEED_PATH);
    const smtp = await startSmtp();
    const target = freshTarget('postgres');
    const bossSchema = `${new URL(target).searchParams.get('schema')}_boss`;
    const store = await openDatabase(target);
    try {
      await addCase(store.db, 'ctd', '3:26-cv-00412', { name: 'Orvell v. Larchmont Transit Authority' });
      const feed = await addSource(store.db, {
        type: 'pacer-rss',
        court: 'ctd',
        case: null,
        config: { court: 'ctd', feedUrl: `${proxy.url}${FEED_PATH}` },
      });

      const workers = ['w0', 'w1'].map((name) =>
        startWorker(name, {
          target,
          smtpUrl: smtp.url,
          // Once a year: the only poll is the one at start, so the job handed back is that one.
          pollCron: '0 0 1 1 *',
          env: { JOB_LEASE_SECONDS: String(LEASE_SECONDS) }, // the expiry stays the default
        }),
      );
      await untilStarted(workers, 180_000);
      await until('a worker holding the poll', () => proxy.held() !== null);
      const holder = workers.find((w) => proxy.held()!.userAgent.includes(`${w.name}@example.org`))!;
      const survivor = workers.find((w) => w !== holder)!;
      expect(holder).toBeDefined();

      process.kill(holder.child.pid!, 'SIGKILL');
      const killedAt = Date.now();

      type Job = {
        id: string;
        state: string;
        retry_count: number;
        started_on: Date;
        expire_seconds: number;
        completed_on: Date | null;
      };
      let jobs: Job[] = [];
      await until(
        'the held poll job completed by the other worker',
        async () => {
          const r =
            await sql<Job>`select id, state, retry_count, started_on, extract(epoch from expire_in)::int as expire_seconds, completed_on
            from ${sql.table(`${bossSchema}.job`)}
            where name = 'docketwatch.poll' and data->>'source' = ${feed}`.execute(store.db);
          jobs = r.rows;
          return (
            jobs.length > 0 &&
            jobs.every((j) => j.state === 'completed') &&
            jobs.some((j) => j.retry_count >= 1)
          );
        },
        200_000,
      ).catch((err) => {
        printLogs(workers);
        throw err;
      });
      const retried = jobs.filter((j) => j.retry_count >= 1);
      expect(retried).toHaveLength(1);
      const final = retried[0]!;
      // Handed back by the lease: the survivor said so, naming the job and the dead worker…
      const handedBack = survivor.log.filter((l) => l.includes('stopped renewing its lease'));
      expect(handedBack.some((l) => l.includes(final.id) && l.includes(`worker-${holder.child.pid}-`))).toBe(
        true,
      );
      // …and the job was done before pg-boss would have taken it for dead (its expiry, the default
      // 5 minutes, counted from its retried start: the first start was before that).
      const expireMs = final.expire_seconds * 1000;
      expect(expireMs).toBe(300_000);
      expect(final.completed_on!.getTime()).toBeLessThan(proxy.held()!.at + expireMs);

      // After the kill only the survivor fetches the feed.
      const after = proxy.forwarded.filter((f) => f.path === FEED_PATH && f.at > killedAt);
      expect(after.length).toBeGreaterThanOrEqual(1);
      expect(after.every((f) => f.userAgent.includes(`${survivor.name}@example.org`))).toBe(true);
      console.log(
        `job lease: the feed was polled again ${((after[0]!.at - killedAt) / 1000).toFixed(1)} s after the kill (bound ${recoveryBoundSeconds(LEASE_SECONDS, RETRY_DELAY_SECONDS)} s with a ${LEASE_SECONDS} s lease; expiry 300 s)`,
      );

      // The entry the retried poll read is stored once.
      const entries = await store.db.selectFrom('entries').select(['case_id', 'short_description']).execute();
      expect(entries).toHaveLength(1);
      expect(entries[0]!.short_description).toContain('Preliminary Injunction');

      const exit = new Promise<number | null>((resolve) =>
        survivor.child.once('exit', (code) => resolve(code)),
      );
      process.kill(survivor.child.pid!, 'SIGTERM');
      expect(await exit).toBe(0);
      // The lease table keeps nothing of finished jobs.
      const leases = await sql<{ n: string }>`select count(*) as n from docketwatch_job_leases`.execute(
        store.db,
      );
      expect(Number(leases.rows[0]!.n)).toBe(0);
    } finally {
      await store.close();
      await smtp.close();
      await proxy.close();
      await court.close();
    }
  }, 480_000);
});
