import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlockedError, ConfigError, type DocketwatchError, LayoutChangedError } from '../../src/errors.ts';
import { emptyCase, emptyEntry } from '../../src/model/docket.ts';
import { FakeClock } from '../../src/net/clock.ts';
import { HttpClient } from '../../src/net/http.ts';
import { startServer, type TestServer } from '../../tests/support/http-server.ts';
import { runSource } from '../run.ts';
import { defineSource } from '../types.ts';
import { parseLooseDate } from './dates.ts';
import { htmlSource } from './index.ts';
import { parseWebPage, webPageConfigSchema } from './page.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const casePage = fixture('case-page.html');
const redesigned = fixture('redesigned-page.html');

const selectors = {
  rows: 'table.docket tbody tr',
  number: 'td.number',
  date: 'td.filed',
  text: 'td.text',
  link: 'td.text a',
  caseName: 'h1.case-name',
  docketNumber: '.docket-number',
};

let server: TestServer;
let page = casePage;
let flakyHits = 0;

beforeAll(async () => {
  server = await startServer({
    '/robots.txt': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /sealed/\n');
    },
    '/cases/hamama': (req, res) => {
      const etag = `"${page.length}"`;
      if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag }).end(page);
    },
    '/sealed/hamama': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' }).end(casePage);
    },
    '/flaky/hamama': (_req, res) => {
      if (++flakyHits === 1) res.writeHead(502).end('bad gateway');
      else res.writeHead(200, { 'content-type': 'text/html' }).end(casePage);
    },
    '/clock/hamama': (_req, res, url) => {
      // No validators, and a clock and a session token that change on every load.
      const stamp = `<p class="generated">Generated ${Date.now()} <input name="csrf" value="${Math.random()}"></p>`;
      const body = url.searchParams.get('more')
        ? page.replace(
            '</tbody>',
            '<tr><td class="number">90</td><td class="filed">07/26/2017</td><td class="text">NOTICE of Appeal</td></tr></tbody>',
          )
        : page;
      res.writeHead(200, { 'content-type': 'text/html' }).end(body.replace('</body>', `${stamp}</body>`));
    },
    '/api/hamama': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"entries":[]}');
    },
  });
});
afterAll(() => server.close());

const http = () => new HttpClient({ contact: 'test@example.org', clock: new FakeClock(), hostLimits: {} });
const config = (path: string) => ({ url: `${server.origin}${path}`, court: 'mied', selectors });

describe('parseLooseDate', () => {
  it.each([
    ['06/15/2017', '2017-06-15'],
    ['Filed: 1/2/18', '2018-01-02'],
    ['2017-07-24T10:00:00Z', '2017-07-24'],
    ['June 22, 2017', '2017-06-22'],
    ['Jul. 6, 2017', '2017-07-06'],
    ['Sept 5 2024', '2024-09-05'],
    ['5th January 2024', '2024-01-05'],
    ['12-31-2023', '2023-12-31'],
  ])('%s → %s', (text, expected) => {
    expect(parseLooseDate(text)).toBe(expected);
  });
  it('reads day-first pages when told, and refuses impossible dates', () => {
    expect(parseLooseDate('05/01/2024', 'dmy')).toBe('2024-01-05');
    expect(parseLooseDate('02/30/2024')).toBeNull();
    expect(parseLooseDate('13/01/2024')).toBeNull();
    expect(parseLooseDate('no date here')).toBeNull();
  });
});

describe('parseWebPage', () => {
  const cfg = webPageConfigSchema.parse({
    url: 'https://example.org/cases/hamama',
    court: 'mied',
    selectors,
  });
  const result = parseWebPage(casePage, 'https://example.org/cases/hamama', cfg);
  const entries = result.cases[0]!.entries;

  it('reads each row into a docket entry, skipping rows without text', () => {
    expect(result.kind).toBe('web-page');
    expect(result.court).toBe('mied');
    expect(result.coverage).toEqual({ entryTypes: 'all', partial: false, declared: null });
    expect(result.cases[0]!.caseName).toBe('Hamama v. Adducci');
    expect(result.cases[0]!.docketNumber).toBe('2:17-cv-11910');
    expect(entries.map((e) => e.number)).toEqual(['1', '32', null, '87', '191']);
    expect(entries.map((e) => e.dateFiled)).toEqual([
      '2017-06-15',
      '2017-06-22',
      '2017-07-06',
      '2017-07-24',
      '2018-01-02',
    ]);
    expect(entries[1]!.description).toBe(
      "ORDER Staying Removal of Petitioners Pending the Court's Determination on Jurisdiction. Signed by District Judge Mark A. Goldsmith.",
    );
    expect(entries[4]!.description).toMatch(/^OPINION & ORDER Granting in Part/);
  });

  it('resolves links against the page (and its <base>), dropping mailto: links', () => {
    expect(entries.map((e) => e.documentUrl)).toEqual([
      'https://example.org/files/hamama/0001-petition.pdf',
      'https://www.courtlistener.com/docket/6086457/32/hamama-v-adducci/',
      null,
      null,
      'https://example.org/files/hamama/0191-order.pdf',
    ]);
  });

  it('reports a changed layout instead of an empty docket', () => {
    expect(() => parseWebPage(redesigned, 'https://example.org/x', cfg)).toThrow(LayoutChangedError);
    expect(() => parseWebPage(redesigned, 'https://example.org/x', cfg)).toThrow(/matched nothing/);
    const moved = webPageConfigSchema.parse({ ...cfg, selectors: { ...selectors, date: 'td.date-filed' } });
    expect(() => parseWebPage(casePage, 'https://example.org/x', moved)).toThrow(
      /date selector `td.date-filed` matched in none/,
    );
    const wrongCell = webPageConfigSchema.parse({ ...cfg, selectors: { ...selectors, date: 'td.number' } });
    expect(() => parseWebPage(casePage, 'https://example.org/x', wrongCell)).toThrow(/holds a readable date/);
  });

  it('works for another layout with other selectors (no fixture-specific rules)', () => {
    const other = webPageConfigSchema.parse({
      url: 'https://example.org/x',
      selectors: { rows: 'article.doc', number: '.doc-no', date: 'time', text: 'p', caseName: 'h1' },
      entryTypes: ['order', 'petition'],
    });
    const r = parseWebPage(redesigned, 'https://example.org/x', other);
    expect(r.cases[0]!.entries.map((e) => [e.number, e.dateFiled])).toEqual([
      ['1', '2017-06-15'],
      ['32', '2017-06-22'],
    ]);
    expect(r.coverage).toEqual({ entryTypes: ['order', 'petition'], partial: true, declared: null });
  });
});

describe('html source against a local server', () => {
  it('validates its example config', () => {
    expect(htmlSource.configSchema.safeParse(htmlSource.exampleConfig).success).toBe(true);
  });

  it('refuses a bad config with a message that says where', async () => {
    const err = await runSource(htmlSource, {
      config: { url: 'ftp://x', selectors: { rows: 'tr[', text: 'td' } },
      state: null,
      http: http(),
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toMatch(/url: must be an http\(s\) URL/);
    expect((err as Error).message).toMatch(/selectors\.rows: not a valid CSS selector/);
  });

  it('fetches, then gets "not modified" on the conditional GET', async () => {
    page = casePage;
    const client = http();
    const first = await runSource(htmlSource, { config: config('/cases/hamama'), state: null, http: client });
    expect(first.status).toBe('fetched');
    expect(first.results[0]!.result.cases[0]!.entries).toHaveLength(5);
    expect(first.state.entries).toBe(5);
    const second = await runSource(htmlSource, {
      config: config('/cases/hamama'),
      state: first.state,
      http: client,
    });
    expect(second.status).toBe('not-modified');
    expect(second.results).toEqual([]);
    expect(second.state).toEqual(first.state);
    const last = server.requests.filter((r) => r.path === '/cases/hamama').at(-1)!;
    expect(last.headers['if-none-match']).toBe(`"${casePage.length}"`);
    expect(last.headers['user-agent']).toMatch(/^docketwatch\/.* contact: test@example\.org\)$/);
  });

  it('without validators, an unchanged docket (only a clock or a token differ) is "not modified"', async () => {
    page = casePage;
    const client = http();
    const first = await runSource(htmlSource, { config: config('/clock/hamama'), state: null, http: client });
    expect(first.status).toBe('fetched');
    const second = await runSource(htmlSource, {
      config: config('/clock/hamama'),
      state: first.state,
      http: client,
    });
    expect(second.status).toBe('not-modified');
    expect(second.results).toEqual([]);
    // A new row on the same page is fetched and parsed.
    const changed = await runSource(htmlSource, {
      config: { ...config('/clock/hamama'), url: `${server.origin}/clock/hamama?more=1` },
      state: first.state,
      http: client,
    });
    expect(changed.status).toBe('fetched');
    expect(changed.results[0]!.result.cases[0]!.entries.at(-1)!.description).toBe('NOTICE of Appeal');
  });

  it('reports a changed layout as LayoutChangedError, keeping the last good state', async () => {
    page = casePage;
    const client = http();
    const first = await runSource(htmlSource, { config: config('/cases/hamama'), state: null, http: client });
    page = redesigned;
    const err = await runSource(htmlSource, {
      config: config('/cases/hamama'),
      state: first.state,
      http: client,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LayoutChangedError);
    expect((err as DocketwatchError).code).toBe('ELAYOUT');
    page = casePage;
  });

  it('respects robots.txt: a disallowed page is never requested', async () => {
    const err = await runSource(htmlSource, {
      config: config('/sealed/hamama'),
      state: null,
      http: http(),
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BlockedError);
    expect(server.count('/sealed/hamama')).toBe(0);
  });

  it('retries a 502 and reports a JSON answer as the wrong content type', async () => {
    const ok = await runSource(htmlSource, { config: config('/flaky/hamama'), state: null, http: http() });
    expect(ok.results[0]!.result.cases[0]!.entries).toHaveLength(5);
    expect(server.count('/flaky/hamama')).toBe(2);
    const err = await runSource(htmlSource, {
      config: config('/api/hamama'),
      state: null,
      http: http(),
    }).catch((e: unknown) => e);
    expect((err as DocketwatchError).code).toBe('ECONTENTTYPE');
  });
});

describe('runSource layout check across runs', () => {
  // A source whose page still parses but lists nothing: only the run history can tell.
  let rows = 3;
  const counting = defineSource<{ n: number }>({
    ...htmlSource,
    receive: undefined,
    id: 'counting',
    configSchema: webPageConfigSchema.transform(() => ({ n: 0 })),
    exampleConfig: { n: 0 },
    async fetch() {
      const body = new TextEncoder().encode(String(rows));
      return {
        kind: 'fetched',
        state: null,
        documents: [{ url: 'x', finalUrl: 'x', contentType: null, body, fetchedAt: '' }],
      };
    },
    parse(raw) {
      const n = Number(new TextDecoder().decode(raw.body));
      const docket = emptyCase();
      docket.entries = Array.from({ length: n }, (_, i) => emptyEntry(`entry ${i + 1}`));
      return {
        kind: 'web-page',
        court: null,
        isDocket: true,
        reason: null,
        coverage: { entryTypes: 'all', partial: false, declared: null },
        texts: [],
        cases: [docket],
      };
    },
  });
  const cfg = { url: 'https://e.org/', selectors };

  it('a source that yielded entries and now yields none has changed layout; a first empty run is fine', async () => {
    rows = 0;
    const empty = await runSource(counting, { config: cfg, state: null, http: http() });
    expect(empty.state.entries).toBe(0);
    rows = 3;
    const full = await runSource(counting, { config: cfg, state: empty.state, http: http() });
    expect(full.state.entries).toBe(3);
    rows = 0;
    await expect(runSource(counting, { config: cfg, state: full.state, http: http() })).rejects.toThrow(
      /yielded 3 entries last time and none now/,
    );
  });
});
