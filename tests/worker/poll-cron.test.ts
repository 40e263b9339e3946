/**
 * Sources on one cron share one cron task (`PollCron` in src/worker/index.ts): at every fire each
 * of them is polled, a source whose poll hangs holds up none of the others and is not polled
 * beside itself, and once its request is answered it is polled on. Three courts' feeds on one
 * local server, the worker on SQLite polling every second.
 */

import { mkdtempSync, rmSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/index.ts';
import { addSource } from '../../db/sources.ts';
import { courtFeed } from '../support/court-feed.ts';
import { startServer } from '../support/http-server.ts';
import { localHttp, mailSettings, startWorker } from '../support/worker.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const until = async (what: string, ok: () => boolean, ms = 15_000) => {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe('poll crons', () => {
  it('polls every source of a cron at each fire; a hanging one holds up no other and is polled on once answered', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'docketwatch-poll-cron-'));
    dirs.push(dir);
    const feed = (court: string) =>
      Buffer.from(
        courtFeed(court, [
          {
            docket: '1:26-cv-00100',
            caseName: 'Marlow v. Tidewater Port Authority',
            event: 'Motion to Dismiss',
            pubDate: new Date(Date.now() - 60_000).toUTCString(),
          },
        ]),
        'latin1',
      );
    let held: ServerResponse | null = null;
    const server = await startServer({
      '/ctd': (_req, res) =>
        void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed('ctd')),
      '/nhb': (_req, res) =>
        void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed('nhb')),
      '/mied': (_req, res) => {
        if (held === null && server.count('/mied') === 1) held = res;
        else res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed('mied'));
      },
    });
    const store = await openDatabase(join(dir, 'dw.sqlite'));
    for (const court of ['ctd', 'nhb', 'mied'])
      await addSource(store.db, {
        type: 'pacer-rss',
        court,
        case: null,
        config: { court, feedUrl: `${server.origin}/${court}` },
      });
    const running = await startWorker(store, mailSettings({ outboxDir: join(dir, 'outbox') }), {
      http: localHttp(),
      settings: { pollCron: '* * * * * *', pollJitterMs: 0 },
    });
    try {
      await until('the slow court is requested', () => held !== null);
      // While its first request hangs, the two other courts are polled at fire after fire.
      await until('the other courts are polled at four fires', () =>
        ['/ctd', '/nhb'].every((p) => server.count(p) >= 5),
      );
      expect(server.count('/mied')).toBe(1);
      const polls = running.worker.nextRuns().filter((r) => r.name.startsWith('poll:'));
      expect(polls).toHaveLength(3);
      for (const p of polls) expect(p.next!.getTime()).toBeGreaterThan(Date.now() - 1000);
      // Answered: polled again at the next fires, one request at a time.
      held!.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed('mied'));
      await until('the slow court is polled on', () => server.count('/mied') >= 3);
    } finally {
      await running.stop();
      await server.close();
      await store.close();
    }
  });
});
