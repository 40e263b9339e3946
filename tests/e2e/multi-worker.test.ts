/**
 * Many workers on PostgreSQL: three real `docketwatch run` processes share one store through
 * pg-boss, against a local replay court and a real smtp-server. Each cron fire of a source is
 * claimed once across the three (the replay's request counts match the claimed fires, and the
 * fires match the clock), no message is mailed twice, and after one worker is killed with SIGKILL
 * the other two go on polling and mailing. Needs PostgreSQL (`TEST_DATABASE_URL`); skipped with
 * the reason when none answers.
 */
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { addCase } from '../../db/cases.ts';
import { openDatabase } from '../../db/index.ts';
import { addSource } from '../../db/sources.ts';
import { replayClock, startReplayCourt } from '../../src/demo/server.ts';
import { subscribe } from '../../src/notify/subscriptions.ts';
import { countFires } from '../../src/worker/coordinator.ts';
import { freshTarget, postgresUnavailable } from '../support/db.ts';
import { startSmtp } from '../support/smtp.ts';
import { printLogs, SECRET, sleep, startWorker, until, untilStarted } from './workers.ts';

const POLL_SECONDS = 12;
/**
 * How long a pg-boss job may stay active before it is taken for a dead worker's (`JOB_EXPIRE_SECONDS`,
 * default 300). The worker killed below may die mid-poll: its poll job stays active, and the queue
 * (stately per source) polls that source again only once the job's lease runs out (30 s and the
 * sweep, `src/worker/leases.ts`; since 2026-12-07) or it expires, whichever comes first. That source is the docket
 * report, whose text is what the mail after the kill tells (the feed gives titles only), so with the
 * default expiry the wait below could not end within its bound: in the CI run of 2026-12-06 that
 * timed out, the two left polled the feed every 12 s but never the docket report, and queued no alert.
 * Shorter here, still far above a poll's length.
 */
const JOB_EXPIRE_SECONDS = 45;
const run = postgresUnavailable === null ? describe : describe.skip;

run(`three workers on PostgreSQL${postgresUnavailable ? ` (skipped: ${postgresUnavailable})` : ''}`, () => {
  it('poll each source once per fire, mail each message once, and carry on after a SIGKILL', async () => {
    const court = await startReplayCourt({ clock: replayClock({ speed: 'max' }) });
    const smtp = await startSmtp();
    const target = freshTarget('postgres');
    const store = await openDatabase(target); // migrations from one process, before the workers
    try {
      await addCase(store.db, 'mied', '2:17-cv-11910', { name: 'Hamama et al v. Adducci' });
      const feed = await addSource(store.db, {
        type: 'pacer-rss',
        court: 'mied',
        case: null,
        config: { court: 'mied', feedUrl: court.urls.feed },
      });
      // The docket report as well: the feed carries only orders (as E.D. Mich.'s does).
      await addSource(store.db, {
        type: 'pacer-docket-public',
        court: 'mied',
        case: 'mied:2:17-cv-11910',
        config: { url: court.urls.docket, court: 'mied' },
      });
      await subscribe(
        store,
        { email: 'counsel@example.org', case: 'mied:2:17-cv-11910', frequency: 'immediate', confirmed: true },
        { publicUrl: 'http://localhost:8080', secret: Buffer.from(SECRET) },
      );

      const workers = [0, 1, 2].map((i) =>
        startWorker(`w${i}`, {
          target,
          smtpUrl: smtp.url,
          pollCron: `*/${POLL_SECONDS} * * * * *`,
          env: { JOB_EXPIRE_SECONDS: String(JOB_EXPIRE_SECONDS) },
        }),
      );
      await untilStarted(workers);
      const started = Date.now();

      // Publish the first dozen entries, one every few seconds, while the three work.
      for (let i = 0; i < 10; i++) {
        court.clock.advance();
        await sleep(3_000);
      }
      await until('mail for the first publications', () => smtp.received.length >= 2);
      const feedRequests = court.stats().feed.requests;
      const fires =
        (await countFires(store, `poll:${feed}:`)) + (await countFires(store, `start:poll:${feed}:`));
      const elapsed = (Date.now() - started) / 1000;
      // Once per claimed fire (one or two may be in flight, waiting on the per-host politeness), and fires only as often as the clock ticks.
      expect(feedRequests).toBeGreaterThanOrEqual(fires - 2);
      expect(feedRequests).toBeLessThanOrEqual(fires);
      expect(fires).toBeLessThanOrEqual(Math.ceil(elapsed / POLL_SECONDS) + 2);
      expect(fires).toBeGreaterThanOrEqual(Math.floor(elapsed / POLL_SECONDS) - 1);

      // One worker dies without a word; the other two carry on.
      workers[0]!.child.kill('SIGKILL');
      const mailsBefore = smtp.received.length;
      const requestsBefore = court.stats().feed.requests;
      // Publish more while the two go on, until they have polled the feed at least twice more and
      // mailed what was published. A poll the killed worker held waits for its job to expire, and a
      // hold it had on events for its lease to run out (90 s): the bound covers both, under load.
      await until(
        'two more polls of the feed and mail after the kill',
        async () => {
          court.clock.advance();
          await sleep(3_000);
          return court.stats().feed.requests >= requestsBefore + 2 && smtp.received.length > mailsBefore;
        },
        360_000,
      ).catch((err) => {
        printLogs(workers);
        throw err;
      });

      // SIGTERM: the two stop gracefully.
      const exits = workers
        .slice(1)
        .map((w) => new Promise<number | null>((resolve) => w.child.once('exit', (code) => resolve(code))));
      for (const w of workers.slice(1)) w.child.kill('SIGTERM');
      expect(await Promise.all(exits)).toEqual([0, 0]);

      const ids: string[] = [];
      for (const r of smtp.received) ids.push((await simpleParser(r.raw)).messageId ?? '');
      expect(ids.length).toBeGreaterThan(2);
      expect(new Set(ids).size).toBe(ids.length);
      const sent = await store.db.selectFrom('outbox').select('status').execute();
      expect(sent.filter((r) => r.status === 'sent')).toHaveLength(ids.length);
    } finally {
      await store.close();
      await smtp.close();
      await court.close();
    }
  }, 720_000);
});
