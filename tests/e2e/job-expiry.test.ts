/**
 * A killed worker's job is retried by another: two real `docketwatch run` processes on PostgreSQL
 * with a short job expiry (`JOB_EXPIRE_SECONDS`). The feed is served through a proxy in front of
 * the replay court that holds the first feed request open, so the worker that made it is killed
 * (SIGKILL) while it holds the poll job; the job expires and the other worker completes that same
 * job (pg-boss job id) well before the production default of five minutes; the docket's entries
 * are mailed once (no duplicate message, every sent outbox row mailed exactly once). Needs PostgreSQL
 * (`TEST_DATABASE_URL`); skipped with the reason when none answers.
 */
import { sql } from 'kysely';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { addCase } from '../../db/cases.ts';
import { openDatabase } from '../../db/index.ts';
import { addSource } from '../../db/sources.ts';
import { replayClock, startReplayCourt } from '../../src/demo/server.ts';
import { subscribe } from '../../src/notify/subscriptions.ts';
import { freshTarget, postgresUnavailable } from '../support/db.ts';
import { startSmtp } from '../support/smtp.ts';
import { holdingProxy, printLogs, SECRET, sleep, startWorker, until, untilStarted } from './workers.ts';

const EXPIRE_SECONDS = 4;
const run = postgresUnavailable === null ? describe : describe.skip;

run(`job expiry on PostgreSQL${postgresUnavailable ? ` (skipped: ${postgresUnavailable})` : ''}`, () => {
  it('a poll held by a SIGKILLed worker is completed by another after the expiry, mailed once', async () => {
    const court = await startReplayCourt({ clock: replayClock({ speed: 'max' }) });
    for (let i = 0; i < 12; i++) court.clock.advance();
    const feedPath = new URL(court.urls.feed).pathname + new URL(court.urls.feed).search;
    const proxy = await holdingProxy(court.url, feedPath);
    const smtp = await startSmtp();
    const target = freshTarget('postgres');
    const bossSchema = `${new URL(target).searchParams.get('schema')}_boss`;
    const store = await openDatabase(target);
    try {
      await addCase(store.db, 'mied', '2:17-cv-11910', { name: 'Hamama et al v. Adducci' });
      const feed = await addSource(store.db, {
        type: 'pacer-rss',
        court: 'mied',
        case: null,
        config: { court: 'mied', feedUrl: `${proxy.url}${feedPath}` },
      });
      // The docket report as well (not held): the feed carries only orders, as E.D. Mich.'s does.
      await addSource(store.db, {
        type: 'pacer-docket-public',
        court: 'mied',
        case: 'mied:2:17-cv-11910',
        config: {
          url: `${proxy.url}${new URL(court.urls.docket).pathname}${new URL(court.urls.docket).search}`,
          court: 'mied',
        },
      });
      await subscribe(
        store,
        { email: 'counsel@example.org', case: 'mied:2:17-cv-11910', frequency: 'immediate', confirmed: true },
        { publicUrl: 'http://localhost:8080', secret: Buffer.from(SECRET) },
      );

      const workers = ['w0', 'w1'].map((name) =>
        startWorker(name, {
          target,
          smtpUrl: smtp.url,
          // Once a year: the only poll is the one at start, so the retried job is that one.
          pollCron: '0 0 1 1 *',
          env: { JOB_EXPIRE_SECONDS: String(EXPIRE_SECONDS) },
        }),
      );
      // Both start on a fresh store at the same instant (the startup deadlock was the cause of this
      // test's old failures).
      await untilStarted(workers, 180_000);
      await until('a worker holding the poll', () => proxy.held() !== null);
      const holder = workers.find((w) => proxy.held()!.userAgent.includes(`${w.name}@example.org`))!;
      const survivor = workers.find((w) => w !== holder)!;
      expect(holder).toBeDefined();

      holder.child.kill('SIGKILL');
      const killedAt = Date.now();

      // The outcome, not an intermediate state: every poll job of the feed ends completed, one of
      // them after a retry (the held one; under load it may already have expired, or a second
      // start-up poll may exist when the two workers started in different minutes).
      type Job = {
        id: string;
        state: string;
        retry_count: number;
        created_on: Date;
        completed_on: Date | null;
      };
      let jobs: Job[] = [];
      await until(
        'the held poll job completed by the other worker',
        async () => {
          const r =
            await sql<Job>`select id, state, retry_count, created_on, completed_on from ${sql.table(`${bossSchema}.job`)}
            where name = 'docketwatch.poll' and data->>'source' = ${feed}`.execute(store.db);
          jobs = r.rows;
          return (
            jobs.length > 0 &&
            jobs.every((j) => j.state === 'completed') &&
            jobs.some((j) => j.retry_count >= 1)
          );
        },
        200_000,
      ).catch(async (err) => {
        // What pg-boss knows: the jobs, and when its maintenance (which expires jobs) last ran.
        const state = await sql<Record<string, unknown>>`select id, state, started_on, expire_in, retry_count,
          start_after, now() as now, (select maintained_on from ${sql.table(`${bossSchema}.version`)}) as maintained_on
          from ${sql.table(`${bossSchema}.job`)} where name = 'docketwatch.poll' and data->>'source' = ${feed}`.execute(
          store.db,
        );
        console.log(`poll jobs of the feed: ${JSON.stringify(state.rows)}`);
        printLogs(workers);
        throw err;
      });
      const retried = jobs.filter((j) => j.retry_count >= 1);
      expect(retried).toHaveLength(1);
      const final = retried[0]!;
      // Not before the expiry, and well before the production default of 5 minutes. The held job
      // expires EXPIRE_SECONDS after it started (pg-boss's clock), which under load can be seconds
      // before its request reached the proxy: the bound is its creation, which retries keep.
      expect(final.completed_on!.getTime()).toBeGreaterThan(
        final.created_on.getTime() + EXPIRE_SECONDS * 1000,
      );
      expect(final.completed_on!.getTime()).toBeLessThan(proxy.held()!.at + 300_000);
      // After the kill only the survivor fetches the feed (before it, the holder may have taken a
      // second start-up poll when the two started in different minutes).
      const feedFetches = proxy.forwarded.filter((f) => f.path === feedPath && f.at > killedAt);
      expect(feedFetches.length).toBeGreaterThanOrEqual(1);
      expect(feedFetches.every((f) => f.userAgent.includes(`${survivor.name}@example.org`))).toBe(true);

      await until('mail for the docket entries', () => smtp.received.length >= 1, 60_000).catch((err) => {
        printLogs([survivor]);
        throw err;
      });
      await sleep(3_000); // room for a duplicate to show up, if there were one
      const exit = new Promise<number | null>((resolve) =>
        survivor.child.once('exit', (code) => resolve(code)),
      );
      survivor.child.kill('SIGTERM');
      expect(await exit).toBe(0);

      const ids: string[] = [];
      for (const r of smtp.received) ids.push((await simpleParser(r.raw)).messageId ?? '');
      expect(new Set(ids).size).toBe(ids.length);
      const sent = await store.db
        .selectFrom('outbox')
        .select('status')
        .where('status', '=', 'sent')
        .execute();
      expect(sent).toHaveLength(ids.length);
    } finally {
      await store.close();
      await smtp.close();
      await proxy.close();
      await court.close();
    }
  }, 480_000);
});
