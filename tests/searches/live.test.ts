/**
 * Saved searches through the live path: the worker polls a court feed served on 127.0.0.1, the
 * searches find the new case (and not the tracked one, nor what they do not ask for), the match is
 * stored once however often the feed repeats it, the subscriber's email arrives at a real SMTP
 * server with a one-time link, and that link — through the web server — tracks the case; an
 * expired, reused or forged link is refused and changes nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCase } from '../../db/cases.ts';
import { openDatabase, type Store } from '../../db/index.ts';
import { addSource } from '../../db/sources.ts';
import { addSearch, listMatches } from '../../src/searches/searches.ts';
import { type RunningServer, startWebServer } from '../../src/web/server.ts';
import { courtFeed, type FeedItem, serveCourtFeed } from '../support/court-feed.ts';
import type { TestServer } from '../support/http-server.ts';
import { freePort, parse, startSmtp, type TestSmtp } from '../support/smtp.ts';
import { csrfOf, settings } from '../support/web.ts';
import { startWorker } from '../support/worker.ts';

const NOW = new Date('2025-03-16T15:00:00Z');
const ITEMS: FeedItem[] = [
  {
    docket: '1:25-cv-00766-JEB',
    caseName: 'J.G.G. et al v. Trump et al',
    event: 'Petition for Writ of Habeas Corpus under the Alien Enemies Act',
    pubDate: 'Sun, 16 Mar 2025 14:40:00 GMT',
  },
  {
    docket: '1:25-cv-00700-ABC',
    caseName: 'Acme Corp. v. Widget LLC',
    event: 'Complaint',
    pubDate: 'Sun, 16 Mar 2025 14:30:00 GMT',
  },
  {
    docket: '1:24-cv-00001-XYZ',
    caseName: 'Already Tracked v. Alien Enemies Act Board',
    event: 'Order',
    pubDate: 'Sun, 16 Mar 2025 14:20:00 GMT',
  },
];

describe('saved searches, live', () => {
  let dir: string;
  let store: Store;
  let smtp: TestSmtp;
  let court: TestServer;
  let web: RunningServer;
  let base: string;
  let feed = courtFeed('dcd', ITEMS);
  let webNow = NOW;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'docketwatch-searches-'));
    store = await openDatabase(join(dir, 'dw.sqlite'));
    smtp = await startSmtp();
    court = await serveCourtFeed(() => feed);
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    web = await startWebServer({
      store,
      host: '127.0.0.1',
      port,
      publicUrl: base,
      notify: settings(base, smtp.url, join(dir, 'outbox')),
      now: () => webNow,
    });
  }, 60_000);

  afterAll(async () => {
    await web?.close();
    await court?.close();
    await smtp?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function runWorker(now = NOW): Promise<void> {
    const { worker, stop } = await startWorker(store, settings(base, smtp.url, join(dir, 'outbox')), {
      now: () => now,
      settings: { pollJitterMs: 0 },
    });
    try {
      for (let i = 0; i < 60; i++) {
        await new Promise((r) => setTimeout(r, 25));
        await worker.idle();
      }
    } finally {
      await stop();
    }
  }

  let trackUrl = '';

  it('finds the new case in the feed, stores it once, and emails the subscriber a one-time link', async () => {
    await addCase(store.db, 'dcd', '1:24-cv-00001', { name: 'Already Tracked' });
    await addSource(store.db, {
      type: 'pacer-rss',
      court: 'dcd',
      case: null,
      config: { court: 'dcd', feedUrl: `${court.origin}/cgi-bin/rss_outside.pl` },
    });
    const aea = await addSearch(store, {
      name: 'Alien Enemies Act',
      query: '"alien enemies act" OR adducci court:dcd',
      emails: ['Advocate@Example.org'],
    });
    const other = await addSearch(store, { query: 'habeas court:txsd', emails: ['other@example.org'] });

    await runWorker();

    const matches = await listMatches(store);
    expect(matches.map((m) => [m.search.id, m.case, m.status])).toEqual([
      [aea.id, 'dcd:1:25-cv-00766', 'proposed'],
    ]);
    // The court's caption, as the parser harmonizes it ("et al" dropped).
    expect(matches[0]!.caseName).toBe('J.G.G. v. Trump');
    expect(matches[0]!.entries[0]!.shortDescription).toContain('Alien Enemies Act');
    expect(await listMatches(store, { searchId: other.id })).toEqual([]);

    // The feed carried the tracked case's entry: it was ingested, not proposed.
    const tracked = await store.db.selectFrom('entries').select('case_id').execute();
    expect(tracked.length).toBe(1);

    expect(smtp.received.length).toBe(1);
    const mail = await parse(smtp.received[0]!.raw);
    expect(smtp.received[0]!.to).toEqual(['Advocate@example.org']);
    expect(mail.subject).toBe('Saved search “Alien Enemies Act”: J.G.G. v. Trump (DCD 1:25-cv-00766)');
    expect(mail.text).toContain('Petition for Writ of Habeas Corpus under the Alien Enemies Act');
    expect(mail.text).toContain('the link works once, until March 30, 2025');
    const m = /(http:\/\/127\.0\.0\.1:\d+\/track\?token=[A-Za-z0-9_.-]+)/.exec(mail.text ?? '');
    expect(m).not.toBeNull();
    trackUrl = m![1]!;
    expect(mail.html).toContain('Track this case');
    expect(String(mail.html)).not.toContain('<script');

    // The feed again, with one more entry for the case: the match is updated, nobody is told twice.
    feed = courtFeed('dcd', [
      { ...ITEMS[0]!, event: 'Temporary Restraining Order', pubDate: 'Sun, 16 Mar 2025 18:45:00 GMT' },
      ...ITEMS,
    ]);
    await runWorker(new Date(NOW.getTime() + 3600_000)); // the feed is due again
    expect(court.count('/cgi-bin/rss_outside.pl')).toBe(2);
    const again = await listMatches(store);
    expect(again.length).toBe(1);
    expect(again[0]!.entries.map((e) => e.shortDescription)).toEqual([
      'Petition for Writ of Habeas Corpus under the Alien Enemies Act',
      'Temporary Restraining Order',
    ]);
    expect(smtp.received.length).toBe(1);
  }, 120_000);

  async function open(url: string) {
    const res = await fetch(url);
    const cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    return { res, body: await res.text(), cookie };
  }

  async function post(token: string, csrf: string, cookie: string) {
    return fetch(`${base}/track`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      body: new URLSearchParams({ _csrf: csrf, token }).toString(),
    });
  }

  it('refuses a forged or expired link, and a POST without the page’s CSRF token; nothing is tracked', async () => {
    const token = new URL(trackUrl).searchParams.get('token')!;
    const [payload, signature] = token.split('.');
    const forgedSig = `${payload}.${signature!.slice(0, -2)}${signature!.endsWith('AA') ? 'BB' : 'AA'}`;
    const forged = await open(`${base}/track?token=${forgedSig}`);
    expect(forged.res.status).toBe(400);
    expect(forged.body).toContain('was not issued by this docketwatch');
    // Another notice's id, signed with another key.
    const wrongKey = await open(`${base}/track?token=${token.replace(/^./, (c) => (c === 'W' ? 'X' : 'W'))}`);
    expect(wrongKey.res.status).toBe(400);

    webNow = new Date(NOW.getTime() + 15 * 24 * 3600_000);
    const expired = await open(trackUrl);
    expect(expired.res.status).toBe(410);
    expect(expired.body).toContain('This link has expired');
    webNow = NOW;

    const page = await open(trackUrl);
    expect(page.res.status).toBe(200);
    const noCsrf = await post(token, 'not-the-token', page.cookie);
    expect(noCsrf.status).toBe(403);
    const forgedPost = await post(forgedSig, csrfOf(page.body), page.cookie);
    expect(forgedPost.status).toBe(400);

    const cases = await store.db
      .selectFrom('cases')
      .select('docket_number')
      .where('court_id', '=', 'dcd')
      .execute();
    expect(cases.map((c) => c.docket_number)).toEqual(['1:24-cv-00001']);
  });

  it('tracks the case with one click on the link’s page, once; the case page then exists', async () => {
    const token = new URL(trackUrl).searchParams.get('token')!;
    const page = await open(trackUrl);
    expect(page.body).toContain('J.G.G. v. Trump');
    const res = await post(token, csrfOf(page.body), page.cookie);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/cases/dcd/1:25-cv-00766');
    const casePage = await fetch(`${base}/cases/dcd/1:25-cv-00766`);
    expect(casePage.status).toBe(200);
    const text = await casePage.text();
    expect(text).toContain('J.G.G. v. Trump');
    expect(text).toContain('Temporary Restraining Order');

    const [match] = await listMatches(store);
    expect(match).toMatchObject({
      status: 'tracked',
      tracked: true,
      decidedBy: 'email:Advocate@example.org',
    });

    // Reused: the link's page and its POST both refuse.
    const reopened = await open(trackUrl);
    expect(reopened.res.status).toBe(409);
    const fresh = await open(`${base}/subscribe?case=dcd:1:25-cv-00766`);
    const reused = await post(token, csrfOf(fresh.body), fresh.cookie);
    expect(reused.status).toBe(409);
  });
});
