import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, type DocketwatchError, LayoutChangedError, RetryableError } from '../../src/errors.ts';
import { FakeClock } from '../../src/net/clock.ts';
import { HttpClient } from '../../src/net/http.ts';
import { startServer, type TestServer } from '../../tests/support/http-server.ts';
import { runSource } from '../run.ts';
import { feedCoverage } from './coverage.ts';
import { feedUrl, pacerRssSource } from './index.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'latin1');
const partial = fixture('mied-partial.xml');
const later = fixture('mied-partial-later.xml');
const prose = fixture('prose-orders.xml');

describe('feedCoverage', () => {
  it('reads a declared list of entry types as partial coverage', () => {
    expect(feedCoverage(partial)).toMatchObject({
      entryTypes: ['cmp', 'order', 'judgment', 'opinion', 'notice-app', 'motion-pi'],
      partial: true,
    });
  });

  it('reads "type: all" as complete, with spaces and case as courts write them', () => {
    const all = partial.replace(/type: [^<]+/, 'type: All');
    expect(feedCoverage(all)).toMatchObject({ entryTypes: 'all', partial: false });
    const spaced = partial.replace(/type: [^<]+/, 'type: orders, opinions');
    expect(feedCoverage(spaced).entryTypes).toEqual(['orders', 'opinions']);
  });

  it('reads entry kinds named in prose, and keeps the channel text', () => {
    const c = feedCoverage(prose);
    expect(c.partial).toBe(true);
    expect(c.entryTypes).toEqual(['orders', 'judgments', 'complaints']);
    expect(c.declared).toMatch(/Public Complaints, Orders and Judgments/);
  });

  it('does not claim completeness for a feed that declares nothing', () => {
    const silent = partial.replace(/<description>Docket[^<]+<\/description>/, '');
    expect(feedCoverage(silent.replace('Recent Entries', 'Feed'))).toMatchObject({
      entryTypes: [],
      partial: true,
    });
  });
});

let server: TestServer;
let body = partial;
let contentType = 'application/rss+xml';
const validatorsFor = (b: string) => `"${b.length}-${b.includes('09:30:02') ? 'b' : 'a'}"`;
let etagsEnabled = true;
let failuresLeft = 0;

beforeAll(async () => {
  server = await startServer({
    '/cgi-bin/rss_outside.pl': (req, res) => {
      if (failuresLeft > 0) {
        failuresLeft--;
        return void res.writeHead(503, { 'retry-after': '7' }).end('Service Unavailable');
      }
      const etag = validatorsFor(body);
      if (etagsEnabled && req.headers['if-none-match'] === etag) return void res.writeHead(304).end();
      const headers: Record<string, string> = { 'content-type': contentType };
      if (etagsEnabled) headers.etag = etag;
      res.writeHead(200, headers).end(Buffer.from(body, 'latin1'));
    },
    '/throttled/rss_outside.pl': (_req, res) => {
      res.writeHead(429, { 'retry-after': '3600' }).end();
    },
  });
});
afterAll(() => server.close());

const http = (clock = new FakeClock()) =>
  new HttpClient({ contact: 'test@example.org', clock, hostLimits: {}, random: () => 0 });
const config = { court: 'mied', feedUrl: '' };
beforeAll(() => {
  config.feedUrl = `${server.origin}/cgi-bin/rss_outside.pl`;
});

describe('pacer-rss source against a local CM/ECF feed', () => {
  it('builds the district feed address from the court id', () => {
    expect(feedUrl({ court: 'mied' })).toBe('https://ecf.mied.uscourts.gov/cgi-bin/rss_outside.pl');
    expect(pacerRssSource.configSchema.safeParse(pacerRssSource.exampleConfig).success).toBe(true);
  });

  it('refuses a court id that is not one', async () => {
    await expect(
      runSource(pacerRssSource, { config: { court: 'E.D. Mich.' }, state: null, http: http() }),
    ).rejects.toThrow(ConfigError);
  });

  it('fetches and parses the feed, exposing its partial coverage', async () => {
    body = partial;
    etagsEnabled = true;
    const run = await runSource(pacerRssSource, { config, state: null, http: http() });
    expect(run.status).toBe('fetched');
    const { result } = run.results[0]!;
    expect(result.kind).toBe('pacer-rss');
    expect(result.court).toBe('mied');
    expect(result.coverage).toEqual({
      entryTypes: ['cmp', 'order', 'judgment', 'opinion', 'notice-app', 'motion-pi'],
      partial: true,
      declared: expect.stringContaining('Docket entries of type'),
    });
    const hamama = result.cases.find((c) => c.docketNumber?.startsWith('2:17-cv-11910'));
    expect(hamama?.entries[0]?.number).toBe('713');
    expect(hamama?.entries[0]?.shortDescription).toBe('Order');
    expect(run.state.source).toMatchObject({ lastBuildDate: '2024-03-13T09:15:04-04:00' });
  });

  it('sends the ETag back and skips work on 304', async () => {
    body = partial;
    etagsEnabled = true;
    const client = http();
    const first = await runSource(pacerRssSource, { config, state: null, http: client });
    const second = await runSource(pacerRssSource, { config, state: first.state, http: client });
    expect(second.status).toBe('not-modified');
    const last = server.requests.at(-1)!;
    expect(last.headers['if-none-match']).toBe(validatorsFor(partial));
  });

  it('skips work when the server has no validators but lastBuildDate is unchanged', async () => {
    body = partial;
    etagsEnabled = false;
    const client = http();
    const first = await runSource(pacerRssSource, { config, state: null, http: client });
    const again = await runSource(pacerRssSource, { config, state: first.state, http: client });
    expect(again.status).toBe('not-modified');
    body = later;
    const moved = await runSource(pacerRssSource, { config, state: again.state, http: client });
    expect(moved.status).toBe('fetched');
    const hamama = moved.results[0]!.result.cases.filter((c) => c.docketNumber?.startsWith('2:17-cv-11910'));
    expect(hamama.flatMap((c) => c.entries.map((e) => e.number))).toEqual(['714', '713']);
    etagsEnabled = true;
  });

  it('retries a 503 after its Retry-After', async () => {
    body = partial;
    failuresLeft = 1;
    const clock = new FakeClock();
    const run = await runSource(pacerRssSource, { config, state: null, http: http(clock) });
    expect(run.status).toBe('fetched');
    expect(clock.sleeps).toContain(7_000);
  });

  it('does not wait an hour for a 429: it reports the throttle', async () => {
    const err = await runSource(pacerRssSource, {
      config: { court: 'mied', feedUrl: `${server.origin}/throttled/rss_outside.pl` },
      state: null,
      http: new HttpClient({ clock: new FakeClock(), hostLimits: {}, retry: { maxRetryAfterMs: 600_000 } }),
    }).catch((e: unknown) => e);
    expect((err as DocketwatchError).code).toBe('ETHROTTLED');
  });

  it('reports an HTML answer (a login or error page) as the wrong content type', async () => {
    contentType = 'text/html; charset=iso-8859-1';
    const err = await runSource(pacerRssSource, { config, state: null, http: http() }).catch(
      (e: unknown) => e,
    );
    expect((err as DocketwatchError).code).toBe('ECONTENTTYPE');
    contentType = 'application/rss+xml';
  });

  it('reports a feed that is no longer RSS as a layout change', async () => {
    body = '<?xml version="1.0"?><feed><entry><title>x</title></entry></feed>';
    contentType = 'text/xml';
    const err = await runSource(pacerRssSource, { config, state: null, http: http() }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(LayoutChangedError);
    body = partial;
    contentType = 'application/rss+xml';
  });

  it('a network failure is retryable', async () => {
    const closed = await startServer({});
    await closed.close();
    const err = await runSource(pacerRssSource, {
      config: { court: 'mied', feedUrl: `${closed.origin}/cgi-bin/rss_outside.pl` },
      state: null,
      http: new HttpClient({ clock: new FakeClock(), hostLimits: {}, retry: { maxAttempts: 2 } }),
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RetryableError);
  });
});
