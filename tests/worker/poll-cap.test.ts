/**
 * The local (SQLite) queue runs at most `pollsAtOnce` polls at once (src/worker/index.ts): a fire
 * beyond the cap waits its turn and is not dropped, a source queued or running is not fired beside
 * itself, and the alerts do not wait behind queued polls. Court feeds on a local server that holds
 * every request until the test answers it; the worker polls every second.
 */

import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Store } from '../../db/index.ts';
import { addSource } from '../../db/sources.ts';
import type { ReplayHistory } from '../../src/demo/history.ts';
import { PATHS, renderDistrictDocket } from '../../src/demo/render.ts';
import { courtFeed } from '../support/court-feed.ts';
import { startServer } from '../support/http-server.ts';
import { HAMAMA, seedCase, seedSubscription } from '../support/seed.ts';
import { localHttp, mailSettings, startWorker } from '../support/worker.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const until = async (what: string, ok: () => boolean, ms = 20_000) => {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
};

const COURTS = ['ctd', 'nhb', 'mad', 'nysd', 'nyed', 'njd', 'paed', 'mdd', 'vaed', 'ilnd'];

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

/** Courts whose feed requests are held until `answer`; counts what is in flight at the server. */
function heldCourts() {
  const held: { court: string; res: ServerResponse }[] = [];
  let inFlight = 0;
  let most = 0;
  let open = false;
  const answer = (h: { court: string; res: ServerResponse }) =>
    void h.res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed(h.court));
  const routes = Object.fromEntries(
    COURTS.map((court) => [
      `/${court}`,
      (_req: unknown, res: ServerResponse) => {
        inFlight++;
        most = Math.max(most, inFlight);
        res.on('close', () => inFlight--);
        if (open) answer({ court, res });
        else held.push({ court, res });
      },
    ]),
  );
  return {
    routes,
    held,
    inFlight: () => inFlight,
    most: () => most,
    /** Answer the oldest held request. */
    answerOne: () => answer(held.shift()!),
    /** Answer every held request, and every later one at once. */
    answerAll: () => {
      open = true;
      for (const h of held.splice(0)) answer(h);
    },
  };
}

/** Every court's feed as a source, on a store in `dir`. */
async function feedsStore(dir: string, origin: string) {
  const store = await openDatabase(join(dir, 'dw.sqlite'));
  await addFeeds(store, origin);
  return store;
}

async function addFeeds(store: Store, origin: string) {
  for (const court of COURTS)
    await addSource(store.db, {
      type: 'pacer-rss',
      court,
      case: null,
      config: { court, feedUrl: `${origin}/${court}` },
    });
}

describe('polls at once on the local queue', () => {
  it('never runs more than the cap, polls every source in the end, and fires none beside itself', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'docketwatch-poll-cap-'));
    dirs.push(dir);
    const courts = heldCourts();
    const server = await startServer(courts.routes);
    const store = await feedsStore(dir, server.origin);
    const running = await startWorker(store, mailSettings({ outboxDir: join(dir, 'outbox') }), {
      http: localHttp(),
      settings: { pollCron: '* * * * * *', pollJitterMs: 0, pollsAtOnce: 3 },
    });
    const requested = () => COURTS.filter((c) => server.count(`/${c}`) > 0).length;
    try {
      // Three requests held; the fires of the seven other sources wait, whatever the cron does.
      await until('three courts are requested', () => courts.held.length >= 3);
      await new Promise((r) => setTimeout(r, 2_500));
      expect(courts.inFlight()).toBe(3);
      expect(requested()).toBe(3);
      // A held or queued source is not fired again beside itself: one request each so far.
      for (const c of COURTS) expect(server.count(`/${c}`)).toBeLessThanOrEqual(1);
      // Each answer lets the next queued poll in, in the order they were fired.
      while (requested() < COURTS.length) {
        const before = server.requests.length;
        courts.answerOne();
        await until('the next queued poll is requested', () => server.requests.length > before);
        expect(courts.inFlight()).toBeLessThanOrEqual(3);
      }
      courts.answerAll();
      await until('every court is polled again', () => COURTS.every((c) => server.count(`/${c}`) >= 2));
      expect(courts.most()).toBe(3);
    } finally {
      courts.answerAll();
      await running.stop();
      await server.close();
      await store.close();
    }
  });

  it('mails an alert while polls are still queued behind the cap', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'docketwatch-poll-cap-'));
    dirs.push(dir);
    const outboxDir = join(dir, 'outbox');
    const courts = heldCourts();
    const published = Date.now() - 3_600_000;
    const today = new Date(published).toISOString().slice(0, 10);
    const history: ReplayHistory = {
      about: 'polls at once',
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
      entries: [
        {
          number: 41,
          dateFiled: today,
          time: '10:00',
          shortDescription: 'Motion to Compel',
          text: 'MOTION to Compel Production of Detention Records by All Petitioners. (Counsel, Anne)',
          publishedAt: published,
          seqNo: 101,
          docId: '097102300001',
        },
      ],
      appeals: [],
      warnings: [],
    };
    const server = await startServer({
      ...courts.routes,
      [PATHS.docket]: (_req, res) => {
        const r = renderDistrictDocket(history, server.origin, Date.now());
        res.writeHead(200, { 'content-type': r.contentType }).end(Buffer.from(r.body, 'latin1'));
      },
    });
    const store = await openDatabase(join(dir, 'dw.sqlite'));
    await seedCase(store);
    // The tracked case's report comes first; then ten court feeds, each held when requested.
    await addSource(store.db, {
      type: 'pacer-docket-public',
      court: HAMAMA.court,
      case: HAMAMA.key,
      config: { url: `${server.origin}${PATHS.docket}?321000`, court: HAMAMA.court, kind: 'pacer-docket' },
    });
    await addFeeds(store, server.origin);
    await seedSubscription(store, { email: 'team@example.org', audience: 'legal', frequency: 'immediate' });
    const running = await startWorker(store, mailSettings({ outboxDir }), {
      http: localHttp(),
      settings: { pollCron: '* * * * * *', pollJitterMs: 0, pollsAtOnce: 2 },
    });
    const mails = () => {
      try {
        return readdirSync(outboxDir)
          .filter((f) => f.endsWith('.eml'))
          .map((f) => readFileSync(join(outboxDir, f), 'latin1').replace(/=\r?\n/g, ''));
      } catch {
        return [];
      }
    };
    try {
      await until('the alert is mailed', () => mails().length > 0);
      expect(mails().join('\n')).toContain('Compel Production of Detention Records');
      // Two feeds hold the two places; the other eight were fired and are still waiting.
      await new Promise((r) => setTimeout(r, 1_500));
      expect(courts.held.length).toBe(2);
      expect(COURTS.filter((c) => server.count(`/${c}`) > 0)).toHaveLength(2);
    } finally {
      courts.answerAll();
      await running.stop();
      await server.close();
      await store.close();
    }
  });
});
