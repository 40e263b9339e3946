/**
 * One filing is told once. A court's feed gives an entry's short title and document link; its
 * docket report gives the text. Whichever the worker reads first, a legal team mailed every entry
 * at once gets one email about the filing: the feed's title alone is not news (the entry is told
 * when its text is known), and the feed filling in the title and link of an entry the report
 * already gave changes nothing the team was told. Through the live worker: real HTTP court pages
 * (the replay court's renderers), polls, the notify job, and the emails it writes.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/index.ts';
import { addSource, configuredSources } from '../../db/sources.ts';
import type { DistrictEntry, ReplayHistory } from '../../src/demo/history.ts';
import { PATHS, renderDistrictDocket, renderFeed } from '../../src/demo/render.ts';
import { pollSource } from '../../src/sources/poll.ts';
import { startServer, type TestServer } from '../support/http-server.ts';
import { HAMAMA, seedCase, seedSubscription } from '../support/seed.ts';
import { mailSettings, startWorker, type TestWorker } from '../support/worker.ts';

const dirs: string[] = [];
const servers: TestServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const DAY = Date.parse('2026-11-16T14:00:00Z');
const HOUR = 3_600_000;

/** Three entries, an hour apart; entry n's text names it ("MOTION … (filing n)"). */
function history(): ReplayHistory {
  const entries: DistrictEntry[] = [1, 2, 3].map((n) => ({
    number: 40 + n,
    dateFiled: '2026-11-16',
    time: `${9 + n}:00`,
    shortDescription: `Motion to Compel filing ${n}`,
    text: `MOTION to Compel Production of Records (filing ${n}) by All Petitioners. (Counsel, Anne)`,
    publishedAt: DAY + n * HOUR,
    seqNo: 100 + n,
    docId: `0971${String(2300 + n).padStart(8, '0')}`,
  }));
  return {
    about: 'told once',
    court: HAMAMA.court,
    courtName: 'U.S. District Court, Eastern District of Michigan (Detroit)',
    zone: 'America/Detroit',
    docketNumber: HAMAMA.docket,
    docketNumberFull: HAMAMA.docket,
    caseName: HAMAMA.name,
    people: null,
    pacerCaseId: '321000',
    assignedTo: 'District Judge Mark A. Goldsmith',
    referredTo: '',
    dateFiled: '2017-06-15',
    cause: '28:2241 Petition for Writ of Habeas Corpus (Federal)',
    natureOfSuit: '463 Habeas Corpus - Alien Detainee',
    jurisdiction: 'U.S. Government Defendant',
    parties: [],
    attorneys: {},
    feed: 'all',
    entries,
    appeals: [],
    warnings: [],
  };
}

describe('a filing is told once', () => {
  it('whether the feed or the docket report is read first, or both before the alerts run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'docketwatch-told-once-'));
    dirs.push(dir);
    const outboxDir = join(dir, 'outbox');
    const h = history();
    // What each page shows: entries published up to its own clock.
    const clock = { feed: DAY, report: DAY };
    const court = await startServer({
      [PATHS.feed]: (_req, res) => {
        const r = renderFeed(h, court.origin, clock.feed, DAY, { windowHours: 48 });
        res.writeHead(200, { 'content-type': r.contentType }).end(Buffer.from(r.body, 'latin1'));
      },
      [PATHS.docket]: (_req, res) => {
        const r = renderDistrictDocket(h, court.origin, clock.report);
        res.writeHead(200, { 'content-type': r.contentType }).end(Buffer.from(r.body, 'latin1'));
      },
    });
    servers.push(court);

    const store = await openDatabase(join(dir, 'dw.sqlite'));
    const now = new Date(DAY + 10 * HOUR);
    let running: TestWorker | null = null;
    try {
      await seedCase(store);
      const feed = await addSource(store.db, {
        type: 'pacer-rss',
        court: HAMAMA.court,
        case: null,
        config: { court: HAMAMA.court, feedUrl: `${court.origin}${PATHS.feed}` },
      });
      const report = await addSource(store.db, {
        type: 'pacer-docket-public',
        court: HAMAMA.court,
        case: HAMAMA.key,
        config: {
          url: `${court.origin}${PATHS.docket}?${h.pacerCaseId}`,
          court: HAMAMA.court,
          kind: 'pacer-docket',
        },
      });
      await seedSubscription(
        store,
        { email: 'team@example.org', audience: 'legal', frequency: 'immediate' },
        now,
      );
      running = await startWorker(store, mailSettings({ outboxDir }), {
        now: () => now,
        settings: { pollJitterMs: 0 },
        schedule: false,
      });
      const { worker } = running;
      await worker.idle();
      // A poll that found something asks for the notify job at once, as it does in production.
      const poll = async (source: string) => {
        await worker.run('poll', { source });
        await worker.idle();
      };
      const notify = async () => {
        await worker.run('notify');
        await worker.idle();
      };
      const mails = () =>
        readdirSync(outboxDir)
          .filter((f) => f.endsWith('.eml'))
          .map((f) => readFileSync(join(outboxDir, f), 'latin1').replace(/=\r?\n/g, ''));
      /** Which filings ("filing n") each email so far names, in order of the filings. */
      const told = (): number[][] =>
        mails()
          .map((text) => [...new Set([...text.matchAll(/filing (\d)/g)].map((m) => Number(m[1])))].sort())
          .sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
      const emails = () => mails().length;

      // Filing 1: the docket report first (told), then the feed adds its title and document link.
      clock.report = DAY + 1 * HOUR;
      await poll(report);
      await notify();
      expect(told()).toEqual([[1]]);
      clock.feed = DAY + 1 * HOUR;
      await poll(feed);
      await notify();
      expect(emails()).toBe(1);

      // Filing 2: the feed first (a title is not yet news), then the report gives its text (told).
      clock.feed = DAY + 2 * HOUR;
      await poll(feed);
      await notify();
      expect(emails()).toBe(1);
      clock.report = DAY + 2 * HOUR;
      await poll(report);
      await notify();
      expect(told()).toEqual([[1], [2]]);

      // Filing 3: the feed, then the report, both read before the alerts run (the same polls, but
      // not the worker's, which would ask for alerts in between): one email, naming it once.
      const [feedRow] = await configuredSources(store.db, feed);
      const [reportRow] = await configuredSources(store.db, report);
      clock.feed = DAY + 3 * HOUR;
      expect((await pollSource(store, feedRow!)).events.length).toBeGreaterThan(0);
      clock.report = DAY + 3 * HOUR;
      expect((await pollSource(store, reportRow!)).events.length).toBeGreaterThan(0);
      await notify();
      expect(told()).toEqual([[1], [2], [3]]);
      const third = mails().find((m) => m.includes('filing 3'))!;
      expect(third.match(/^Subject: .*$/m)?.[0]).not.toMatch(/\+\d+ more|filled in/);
    } finally {
      await running?.stop();
      await store.close();
    }
  });
});
