/**
 * A slow poll of one source does not stop the polls of the others (PostgreSQL, pg-boss): one real
 * `docketwatch run` process polls two fictional courts' feeds (D. Conn., Bankr. D.N.H.) every 2 s.
 * The first feed request of one is held open by a proxy; while it hangs, the fires of that source
 * mark its running poll's lease instead of queuing a second poll beside it (`askAgain`,
 * `src/worker/leases.ts`; a second one waiting would make every fetch that comes to it return
 * nothing until the hanging request ended), the other court is polled on and on, and once the
 * request is answered the slow source is polled again. Without `askAgain` the test fails at the
 * queued jobs (a second poll of the slow source waits beside the hanging one). Needs
 * PostgreSQL (`TEST_DATABASE_URL`); skipped with the reason when none answers.
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/index.ts';
import { addSource } from '../../db/sources.ts';
import { courtFeed, serveCourtFeed } from '../support/court-feed.ts';
import { freshTarget, postgresUnavailable } from '../support/db.ts';
import { startSmtp } from '../support/smtp.ts';
import { holdingProxy, printLogs, startWorker, until, untilStarted } from './workers.ts';

const FEED_PATH = '/cgi-bin/rss_outside.pl';
const run = postgresUnavailable === null ? describe : describe.skip;

run(`a slow poll on PostgreSQL${postgresUnavailable ? ` (skipped: ${postgresUnavailable})` : ''}`, () => {
  it("a hanging poll of one court stops neither the other court's polls nor its own next one", async () => {
    const published = new Date(Date.now() - 60_000).toUTCString();
    const slowCourt = await serveCourtFeed(() =>
      courtFeed('ctd', [
        {
          docket: '3:26-cv-00518-SRU',
          caseName: 'Pellworth v. Harbor Ferry Commission',
          event: 'Motion to Compel',
          pubDate: published,
        },
      ]),
    );
    const otherCourt = await serveCourtFeed(() =>
      courtFeed('nhb', [
        {
          docket: '1:26-bk-10233',
          caseName: 'In re Quillmont Mills LLC',
          event: 'Voluntary Petition',
          pubDate: published,
        },
      ]),
    );
    const proxy = await holdingProxy(slowCourt.origin, FEED_PATH);
    const smtp = await startSmtp();
    const target = freshTarget('postgres');
    const bossSchema = `${new URL(target).searchParams.get('schema')}_boss`;
    const store = await openDatabase(target);
    try {
      const slow = await addSource(store.db, {
        type: 'pacer-rss',
        court: 'ctd',
        case: null,
        config: { court: 'ctd', feedUrl: `${proxy.url}${FEED_PATH}` },
      });
      await addSource(store.db, {
        type: 'pacer-rss',
        court: 'nhb',
        case: null,
        config: { court: 'nhb', feedUrl: `${otherCourt.origin}${FEED_PATH}` },
      });
      const worker = startWorker('w0', {
        target,
        smtpUrl: smtp.url,
        pollCron: '*/2 * * * * *',
        env: { PERF7_NO_ASK: '1' },
      });
      await untilStarted([worker], 180_000);
      await until('the slow court polled', () => proxy.held() !== null, 120_000);
      const before = otherCourt.count(FEED_PATH);

      await until(
        'the other court polled three more times while the slow poll hangs',
        () => otherCourt.count(FEED_PATH) >= before + 3,
        120_000,
      ).catch((err) => {
        printLogs([worker]);
        throw err;
      });
      // No second poll of the slow source was queued beside the running one.
      const jobs = await sql<{ state: string }>`select state from ${sql.table(`${bossSchema}.job`)}
        where name = 'docketwatch.poll' and data->>'source' = ${slow}`.execute(store.db);
      expect(jobs.rows.map((j) => j.state)).toEqual(['active']);
      expect(proxy.forwarded.filter((f) => f.path === FEED_PATH)).toEqual([]);

      proxy.release();
      const releasedAt = Date.now();
      await until(
        'the slow court polled again',
        () => proxy.forwarded.some((f) => f.path === FEED_PATH && f.at >= releasedAt),
        120_000,
      ).catch((err) => {
        printLogs([worker]);
        throw err;
      });

      const exit = new Promise<number | null>((resolve) =>
        worker.child.once('exit', (code) => resolve(code)),
      );
      process.kill(worker.child.pid!, 'SIGTERM');
      expect(await exit).toBe(0);
    } finally {
      await store.close();
      await smtp.close();
      await proxy.close();
      await slowCourt.close();
      await otherCourt.close();
    }
  }, 480_000);
});
