/**
 * Issue #13: credentials (the CourtListener token, PACER's password and session cookie) go only to
 * the site they are for, and only over https (loopback excepted, for tests). Real HTTP servers on
 * 127.0.0.1 play the sites.
 */
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCase } from '../../db/cases.ts';
import { addSource, configuredSources } from '../../db/sources.ts';
import { PacerSession } from '../../scrapers/pacer-docket/session.ts';
import { FakeClock } from '../../src/net/clock.ts';
import { HttpClient } from '../../src/net/http.ts';
import { pollSource } from '../../src/sources/poll.ts';
import { freshStore } from '../support/db.ts';
import { startServer, type TestServer } from '../support/http-server.ts';
import { HAMAMA, seedCase, seedSource } from '../support/seed.ts';

const TOKEN = 'cl-secret-token-5d1e';
let elsewhere: TestServer;
let site: TestServer;

const json = (res: ServerResponse, body: unknown) =>
  void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));

beforeAll(async () => {
  process.env.COURTLISTENER_TOKEN = TOKEN;
  elsewhere = await startServer({
    '/api/rest/v4/dockets/': (_req, res) => json(res, { next: null, results: [] }),
    '/landing': (_req, res) => json(res, { ok: true }),
  });
  site = await startServer({
    // A same-site redirect keeps the credentials; one to another origin must not carry them.
    '/same': (_req, res) => void res.writeHead(302, { location: '/landing' }).end(),
    '/landing': (_req, res) => json(res, { ok: true }),
    '/away': (_req, res) => void res.writeHead(302, { location: `${elsewhere.origin}/landing` }).end(),
    '/api/rest/v4/dockets/': (_req, res) =>
      void res.writeHead(301, { location: `${elsewhere.origin}/api/rest/v4/dockets/?moved=1` }).end(),
  });
});

afterAll(async () => {
  await site?.close();
  await elsewhere?.close();
});

const client = () => new HttpClient({ clock: new FakeClock(), hostLimits: {}, retry: { maxAttempts: 1 } });
const credentials = { authorization: `Token ${TOKEN}`, cookie: 'NextGenCSO=session-value' };
const sentElsewhere = () =>
  elsewhere.requests.filter(
    (r) => r.headers.authorization || r.headers.cookie || r.headers['proxy-authorization'],
  );

describe('redirects', () => {
  it('keeps Authorization and cookies on a same-origin redirect', async () => {
    await client().get(`${site.origin}/same`, { headers: credentials });
    const landed = site.requests.find((r) => r.path === '/landing')!;
    expect(landed.headers.authorization).toBe(`Token ${TOKEN}`);
    expect(landed.headers.cookie).toBe('NextGenCSO=session-value');
  });

  it('drops Authorization and cookies when a redirect leads to another origin', async () => {
    const res = await client().get(`${site.origin}/away`, {
      headers: { ...credentials, 'proxy-authorization': 'Basic eDp5' },
    });
    expect(res.notModified).toBe(false);
    expect(elsewhere.count('/landing')).toBe(1);
    expect(sentElsewhere()).toEqual([]);
  });

  it('a CourtListener base URL that redirects elsewhere never sends the token there', async () => {
    const store = await freshStore('sqlite');
    await seedCase(store);
    const row = await seedSource(store, {
      type: 'courtlistener',
      case: HAMAMA.key,
      config: { court: 'mied', docketNumber: '2:17-cv-11910', baseUrl: site.origin, minIntervalMs: 250 },
    });
    await pollSource(store, row, { http: client() });
    expect(elsewhere.requests.some((r) => r.path.startsWith('/api/rest/v4/dockets/'))).toBe(true);
    expect(sentElsewhere()).toEqual([]);
    expect(JSON.stringify(elsewhere.requests)).not.toContain(TOKEN);
  });
});

describe('https only', () => {
  it('refuses to send credentials over plain http to anything but loopback', async () => {
    for (const url of ['http://courtlistener.invalid/api/rest/v4/dockets/', 'http://192.0.2.10/x']) {
      await expect(client().get(url, { headers: { authorization: `Token ${TOKEN}` } })).rejects.toMatchObject(
        {
          code: 'EINSECURE',
        },
      );
      await expect(client().get(url, { headers: { Cookie: 'a=b' } })).rejects.toMatchObject({
        code: 'EINSECURE',
      });
    }
    // Loopback is allowed (tests), and a request without credentials may use http.
    await expect(client().get(`${site.origin}/landing`, { headers: credentials })).resolves.toBeTruthy();
  });

  it('a CourtListener source with an http:// base URL is refused before the token is sent', async () => {
    const store = await freshStore('sqlite');
    await addCase(store.db, 'mied', '2:17-cv-11910');
    const id = await addSource(store.db, {
      type: 'courtlistener',
      court: null,
      case: 'mied:2:17-cv-11910',
      config: { court: 'mied', docketNumber: '2:17-cv-11910', baseUrl: 'http://courtlistener.invalid' },
    }).catch((err: unknown) => err);
    if (typeof id !== 'string') {
      // Refused when the source is added: nothing was ever sent.
      expect(String((id as Error).message)).toMatch(/https/);
      return;
    }
    const [row] = await configuredSources(store.db, id);
    const report = await pollSource(store, row!, { http: client() });
    // Refused by the source's config check (ECONFIG), or failing that by the HTTP client (EINSECURE).
    expect(['ECONFIG', 'EINSECURE']).toContain(report.error?.code);
    expect(report.error?.message).toMatch(/https/);
  });

  it("PACER's password and session cookie are never sent over http", async () => {
    let posted = 0;
    const pacer = await startServer({
      '/services/cso-auth': (_req, res) => {
        posted++;
        json(res, { loginResult: '0', nextGenCSO: 'tok' });
      },
    });
    try {
      const plain = new PacerSession(client(), 'http://pacer.invalid', { username: 'u', password: 'pw-9f' });
      await expect(plain.login()).rejects.toMatchObject({ code: 'EINSECURE' });
      const court = new PacerSession(client(), pacer.origin, { username: 'u', password: 'pw-9f' });
      await expect(court.court('http://ecf.mied.invalid/cgi-bin/DktRpt.pl?1')).rejects.toMatchObject({
        code: 'EINSECURE',
      });
      // Loopback (tests) still works.
      await new PacerSession(client(), pacer.origin, { username: 'u', password: 'pw-9f' }).login();
      expect(posted).toBe(1);
    } finally {
      await pacer.close();
    }
  });
});
