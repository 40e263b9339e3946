import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addCase } from '../../db/cases.ts';
import type { Store } from '../../db/index.ts';
import { addSource, configuredSources } from '../../db/sources.ts';
import { ingestParsed } from '../../src/ingest/pipeline.ts';
import { emptyCase, emptyEntry } from '../../src/model/docket.ts';
import { HttpClient } from '../../src/net/http.ts';
import { spentThisMonth } from '../../src/sources/budget.ts';
import { pollSource } from '../../src/sources/poll.ts';
import { freshStore } from '../support/db.ts';
import { startServer, type TestServer } from '../support/http-server.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../scrapers/pacer-docket/fixtures/${name}`, import.meta.url), 'latin1');
// The district docket report the CM/ECF parser is tested on (its receipt: 3 pages, $0.30).
const report = readFileSync(
  new URL('../../scrapers/pacer/fixtures/district-mied-civil.html', import.meta.url),
  'latin1',
);

let server: TestServer;
let tokens = new Set<string>();
let logins = 0;
let expireNextReport = false;
const posted: Record<string, string>[] = [];

beforeAll(async () => {
  const body = (req: import('node:http').IncomingMessage) =>
    new Promise<string>((resolve) => {
      let s = '';
      req.on('data', (c) => {
        s += c;
      });
      req.on('end', () => resolve(s));
    });
  const html = (res: import('node:http').ServerResponse, text: string): void =>
    void res
      .writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' })
      .end(Buffer.from(text, 'latin1'));
  const authed = (req: import('node:http').IncomingMessage) =>
    tokens.has(/NextGenCSO=([^;]+)/.exec(req.headers.cookie ?? '')?.[1] ?? '');
  server = await startServer({
    '/services/cso-auth': async (req, res) => {
      const { loginId, password } = JSON.parse(await body(req));
      logins++;
      res.writeHead(200, { 'content-type': 'application/json' });
      if (loginId !== 'dwtest' || password !== 'correct horse') {
        return void res.end(
          JSON.stringify({ loginResult: '13', errorDescription: 'Invalid username or password' }),
        );
      }
      const token = `tok-${logins}`;
      tokens.add(token);
      res.end(JSON.stringify({ loginResult: '0', nextGenCSO: token }));
    },
    '/cgi-bin/DktRpt.pl': async (req, res) => {
      if (!authed(req)) return html(res, fixture('login-page.html'));
      if (req.method === 'GET') return html(res, fixture('query-form.html'));
      const form = Object.fromEntries(new URLSearchParams(await body(req)));
      if (expireNextReport) {
        expireNextReport = false;
        tokens = new Set();
        return html(res, fixture('login-page.html'));
      }
      posted.push(form);
      html(res, report);
    },
  });
});
afterAll(() => server.close());
beforeEach(() => {
  process.env.PACER_USERNAME = 'dwtest';
  process.env.PACER_PASSWORD = 'correct horse';
  posted.length = 0;
  logins = 0;
});

async function setup(
  config: Record<string, unknown> = {},
  monthlyBudgetUsd = 10,
): Promise<{ store: Store; poll: () => ReturnType<typeof pollSource> }> {
  const store = await freshStore('sqlite');
  await addCase(store.db, 'mied', '2:17-cv-11910');
  const id = await addSource(store.db, {
    type: 'pacer-docket',
    court: null,
    case: 'mied:2:17-cv-11910',
    config: {
      court: 'mied',
      docketNumber: '2:17-cv-11910',
      pacerCaseId: '321020',
      courtUrl: server.origin,
      loginUrl: server.origin,
      ...config,
    },
  });
  const [row] = await configuredSources(store.db, id);
  return {
    store,
    poll: () => pollSource(store, row!, { http: new HttpClient({ hostLimits: {} }), monthlyBudgetUsd }),
  };
}

/** Another source (a feed) brings an entry: the signal that a report is worth buying. */
async function signal(store: Store, number: string) {
  await ingestParsed(store, {
    kind: 'pacer-rss',
    court: 'mied',
    isDocket: true,
    reason: null,
    cases: [
      {
        ...emptyCase(),
        docketNumber: '2:17-cv-11910',
        entries: [{ ...emptyEntry('ORDER'), number, dateFiled: '2017-10-12' }],
      },
    ],
  });
}

describe('pacer-docket source', () => {
  it('buys a report only after another source signalled a change, and records the receipt', async () => {
    const { store, poll } = await setup();
    const quiet = await poll();
    expect(quiet.status).toBe('not-modified');
    expect(server.requests).toHaveLength(0);

    await signal(store, '112');
    const bought = await poll();
    expect(bought.error).toBeNull();
    expect(bought.status).toBe('fetched');
    expect(bought.events.some((e) => e.type === 'entry.added')).toBe(true);
    expect(posted).toHaveLength(1);
    expect(posted[0]).toMatchObject({ all_case_ids: '321020', date_from: '', output_format: 'html' });
    const ledger = await store.db.selectFrom('pacer_spend').selectAll().execute();
    expect(ledger).toEqual([expect.objectContaining({ pages: 3, cents: 30, estimated_cents: 300 })]);

    // Nothing new since: no second purchase. A new signal: the next query starts at the last date.
    expect((await poll()).status).toBe('not-modified');
    await new Promise((r) => setTimeout(r, 5));
    await signal(store, '113');
    const next = await poll();
    expect(next.error).toBeNull();
    expect(posted).toHaveLength(2);
    expect(posted[1]!.date_from).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(await spentThisMonth(store.db)).toBe(60);
  });

  it('refuses when the remaining budget cannot cover the worst case ($3.00), before any request', async () => {
    const { store, poll } = await setup({ trigger: 'schedule' }, 3.2);
    expect((await poll()).error).toBeNull(); // $3.20 left: covers the worst case; the receipt says $0.30
    const before = server.requests.length;
    const refused = await poll(); // $2.90 left
    expect(refused.error).toMatchObject({ code: 'EBUDGET' });
    expect(refused.error!.message).toMatch(/\$2\.90 left/);
    expect(server.requests.length).toBe(before);
    expect(await spentThisMonth(store.db)).toBe(30);
  });

  it('fails a refused login with a typed error and spends nothing', async () => {
    process.env.PACER_PASSWORD = 'wrong';
    const { store, poll } = await setup({ trigger: 'schedule' });
    const report = await poll();
    expect(report.error).toMatchObject({ code: 'ELOGIN' });
    expect(report.error!.message).toMatch(/Invalid username or password/);
    expect(report.error!.message).not.toContain('wrong');
    expect(await spentThisMonth(store.db)).toBe(0);
  });

  it('signs on again once when the session expires mid-flow', async () => {
    const { poll } = await setup({ trigger: 'schedule' });
    expireNextReport = true;
    const report = await poll();
    expect(report.error).toBeNull();
    expect(logins).toBe(2);
    expect(posted).toHaveLength(1);
  });

  it('needs credentials from the environment', async () => {
    delete process.env.PACER_USERNAME;
    const { poll } = await setup({ trigger: 'schedule' });
    expect((await poll()).error).toMatchObject({ code: 'ECONFIG' });
  });
});
