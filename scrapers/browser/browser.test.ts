import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlockedError, LayoutChangedError } from '../../src/errors.ts';
import { LazyBrowser } from '../../src/net/browser.ts';
import { FakeClock } from '../../src/net/clock.ts';
import { HttpClient } from '../../src/net/http.ts';
import { startServer, type TestServer } from '../../tests/support/http-server.ts';
import { htmlSource } from '../html/index.ts';
import { runSource } from '../run.ts';
import { browserSource } from './index.ts';

/** A case portal that draws its docket with JavaScript, 300 ms after load. */
const scriptedPage = (delayMs: number, extra = '') => `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Case portal</title></head>
<body>
  <h1 id="caption">Loading…</h1>
  <div id="docket"></div>
  <script>
    const entries = [
      { n: 1, d: '06/15/2017', t: 'PETITION for Writ of Habeas Corpus', href: '/docs/1.pdf' },
      { n: 32, d: '06/22/2017', t: 'ORDER Staying Removal of Petitioners', href: '/docs/32.pdf' },
      { n: 87, d: '07/24/2017', t: 'OPINION AND ORDER Granting Motion for Preliminary Injunction', href: 'docs/87.pdf' },${extra}
    ];
    document.title = 'Case portal ' + Date.now();
    setTimeout(() => {
      document.getElementById('caption').textContent = 'Hamama v. Adducci';
      const root = document.getElementById('docket');
      for (const e of entries) {
        const row = document.createElement('div');
        row.className = 'docket-row';
        row.innerHTML = '<span class="doc-number">' + e.n + '</span> <span class="filed-on">' + e.d +
          '</span> <a class="docket-text" href="' + e.href + '">' + e.t + '</a>';
        root.appendChild(row);
      }
    }, ${delayMs});
  </script>
</body></html>`;

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const describeBrowser = existsSync(chromium) ? describe : describe.skip;

let server: TestServer;
let movingLoads = 0;
const browser = new LazyBrowser(chromium);

beforeAll(async () => {
  server = await startServer({
    '/robots.txt': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private/\n');
    },
    '/portal/hamama': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' }).end(scriptedPage(300));
    },
    '/portal/moving': (_req, res) => {
      // The shell never changes; the third load lists one entry more.
      const extra =
        ++movingLoads >= 3
          ? "\n      { n: 90, d: '07/26/2017', t: 'NOTICE OF APPEAL', href: '/docs/90.pdf' },"
          : '';
      res.writeHead(200, { 'content-type': 'text/html' }).end(scriptedPage(50, extra));
    },
    '/portal/never': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' }).end(scriptedPage(60_000));
    },
    '/private/hamama': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' }).end(scriptedPage(0));
    },
  });
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

const http = () => new HttpClient({ contact: 'test@example.org', clock: new FakeClock(), hostLimits: {} });
const selectors = {
  rows: '.docket-row',
  number: '.doc-number',
  date: '.filed-on',
  text: '.docket-text',
  link: 'a',
};
const config = (path: string, extra = {}) => ({
  url: `${server.origin}${path}`,
  selectors: { ...selectors, caseName: '#caption' },
  ...extra,
});

describeBrowser(`browser source (Chromium at ${chromium})`, () => {
  it('cheerio alone sees no rows on a scripted page', async () => {
    const err = await runSource(htmlSource, {
      config: config('/portal/hamama'),
      state: null,
      http: http(),
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LayoutChangedError);
  });

  it('the browser source waits for the rows and parses them', async () => {
    expect(browser.launched).toBe(false);
    const run = await runSource(browserSource, {
      config: config('/portal/hamama'),
      state: null,
      http: http(),
      browser: () => browser.get(),
    });
    expect(browser.launched).toBe(true);
    const docket = run.results[0]!.result.cases[0]!;
    expect(docket.caseName).toBe('Hamama v. Adducci');
    expect(docket.entries.map((e) => [e.number, e.dateFiled, e.documentUrl])).toEqual([
      ['1', '2017-06-15', `${server.origin}/docs/1.pdf`],
      ['32', '2017-06-22', `${server.origin}/docs/32.pdf`],
      ['87', '2017-07-24', `${server.origin}/portal/docs/87.pdf`],
    ]);
    const ua = server.requests.filter((r) => r.path === '/portal/hamama').at(-1)!.headers['user-agent'];
    expect(ua).toMatch(/^docketwatch\/.*contact: test@example\.org\)$/);
  });

  it('reports the same rendered rows as "not modified", and new rows as fetched', async () => {
    const run = (state: Awaited<ReturnType<typeof runSource>>['state'] | null) =>
      runSource(browserSource, {
        config: config('/portal/moving'),
        state,
        http: http(),
        browser: () => browser.get(),
      });
    const first = await run(null);
    expect(first.status).toBe('fetched');
    const second = await run(first.state);
    expect(second.status).toBe('not-modified');
    expect(second.results).toEqual([]);
    const third = await run(second.state);
    expect(third.status).toBe('fetched');
    expect(third.results[0]!.result.cases[0]!.entries.map((e) => e.number)).toEqual(['1', '32', '87', '90']);
    expect(server.count('/portal/moving')).toBe(3);
  });

  it('gives up waiting for rows after waitMs with a LayoutChangedError', async () => {
    const started = Date.now();
    const err = await runSource(browserSource, {
      config: config('/portal/never', { waitMs: 500 }),
      state: null,
      http: http(),
      browser: () => browser.get(),
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LayoutChangedError);
    expect((err as Error).message).toMatch(/within 500 ms/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('respects robots.txt before opening the page', async () => {
    const err = await runSource(browserSource, {
      config: config('/private/hamama'),
      state: null,
      http: http(),
      browser: () => browser.get(),
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BlockedError);
    expect(server.count('/private/hamama')).toBe(0);
  });

  it('closes the browser on shutdown', async () => {
    const b = await browser.get();
    await browser.close();
    expect(b.isConnected()).toBe(false);
    expect(browser.launched).toBe(false);
  });
});
