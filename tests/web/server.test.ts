/**
 * Every route through fastify's `inject`, over a real SQLite store seeded with hand-written docket
 * entries (one of them hostile markup).
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../db/index.ts';
import { escapeHtml } from '../../src/notify/escape.ts';
import { signToken } from '../../src/notify/tokens.ts';
import { buildServer, registerWebRoutes } from '../../src/web/server.ts';
import { freshStore } from '../support/db.ts';
import { entry } from '../support/dockets.ts';
import { ADMIN_TOKEN, csrfOf, parseCalendar, SECRET, SECRET_TEXT, testServer } from '../support/web.ts';
import { AS_OF, CASE, HOSTILE, ingestEntries, MOVING_ORDER, seedCase } from '../support/web-case.ts';

const PUBLIC = 'https://watch.example.org';
const PAGE = `/cases/${CASE.court}/${CASE.docket}`;

let store: Store;
let app: FastifyInstance;
const clock = AS_OF;

beforeAll(async () => {
  store = await freshStore('sqlite');
  await seedCase(store);
  app = await testServer(store, PUBLIC, clock);
});

afterAll(async () => {
  await app?.close();
});

async function get(url: string, headers: Record<string, string> = {}) {
  return app.inject({ method: 'GET', url, headers });
}

describe('case page', () => {
  it('routes the docket with its colon, URL-encoded, or with judge initials', async () => {
    for (const url of [PAGE, '/cases/mied/2%3A17-cv-11910', '/cases/MIED/2:17-cv-11910-MAG-DRG']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.body).toContain(CASE.name);
    }
  });

  it('shows the posture first and large, then deadlines with days left, then the docket and coverage', async () => {
    const body = (await get(PAGE)).body;
    const posture = body.indexOf('<p class="in-force stay">Stay of removal in effect until July 6, 2017</p>');
    const deadlines = body.indexOf('Upcoming deadlines');
    const docket = body.indexOf('id="timeline-h"');
    const coverage = body.indexOf('id="coverage-h"');
    expect(posture).toBeGreaterThan(0);
    expect(posture).toBeLessThan(deadlines);
    expect(deadlines).toBeLessThan(docket);
    expect(docket).toBeLessThan(coverage);
    expect(body).toContain('9 days left (last day July 6, 2017)');
    expect(body).toMatch(
      /July 10, 2017<\/span>\s*<span class="what">Respondents: Response to the motion<\/span>\s*<span class="days-left">in 13 days<\/span>/,
    );
    expect(body).toContain('Checked 3 minutes ago');
    expect(body).toContain('this court&#39;s RSS feed is partial (it carries only orders, opinions)');
  });

  it('escapes hostile docket text and never links javascript:', async () => {
    const body = (await get(PAGE)).body;
    expect(body).not.toContain('<script');
    expect(body).not.toContain('<img');
    expect(body).not.toContain('javascript:');
    expect(body).toContain(
      'MOTION for Leave &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(1)&gt; &#39;onmouseover=&#39;alert(2) &amp; more',
    );
    expect(body).toContain('<a href="https://ecf.mied.uscourts.gov/doc1/09507011111"');
  });

  it('filters the timeline on the server: orders only, or by kind', async () => {
    const all = (await get(PAGE)).body;
    expect(all.match(/class="entry /g)).toHaveLength(5);
    const orders = (await get(`${PAGE}?orders=1`)).body;
    expect(orders).toContain('id="entry-32"');
    expect(orders).toContain('id="entry-40"');
    expect(orders).not.toContain('id="entry-1"');
    expect(orders).not.toContain('id="entry-41"');
    expect(orders).toMatch(/name="orders" value="1" checked/);
    const motions = (await get(`${PAGE}?kind=motion`)).body;
    expect(motions).toContain('id="entry-38"');
    expect(motions).not.toContain('id="entry-32"');
    expect((await get(`${PAGE}?kind=%3Cscript%3E`)).body.match(/class="entry /g)).toHaveLength(5);
  });

  it('answers 404 for a case it does not track, and for a docket that is not one', async () => {
    for (const url of ['/cases/mied/2:99-cv-99999', '/cases/mied/not-a-docket', '/cases/zz/1:17-cv-1']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.body).toContain('does not track this case');
    }
    expect((await get('/api/cases/mied/2:99-cv-99999')).json()).toMatchObject({ error: 'not_found' });
    expect((await get('/cases/mied/2:99-cv-99999/calendar.ics')).statusCode).toBe(404);
  });

  it('lists the tracked cases on /', async () => {
    const body = (await get('/')).body;
    expect(body).toContain(`<a href="/cases/mied/2:17-cv-11910">`);
    expect(body).toContain(CASE.name);
  });
});

describe('security headers', () => {
  it('sends a strict CSP on every page: no script, styles only from the site, no framing', async () => {
    for (const url of [PAGE, '/', '/nowhere', '/admin', '/unsubscribe?token=x']) {
      const res = await get(url);
      const csp = String(res.headers['content-security-policy']);
      expect(csp, url).toContain("default-src 'none'");
      expect(csp).toContain("style-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("form-action 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('script-src');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.body).not.toMatch(/<script|style="|<style/);
    }
    const css = await get('/static/site.css');
    expect(css.statusCode).toBe(200);
    expect(css.headers['content-type']).toContain('text/css');
  });

  it('never puts the signing secret or the admin token in a page', async () => {
    const bodies = await Promise.all(['/', PAGE, '/admin', '/api/cases', `/api${PAGE}`].map((u) => get(u)));
    const authed = await get('/admin', { authorization: `Bearer ${ADMIN_TOKEN}` });
    for (const r of [...bodies, authed]) {
      expect(r.body).not.toContain(SECRET_TEXT);
      expect(r.body).not.toContain(ADMIN_TOKEN);
    }
  });
});

describe('JSON API', () => {
  it('gives case, posture, deadlines and entries, with markup characters escaped', async () => {
    const res = await get(`/api${PAGE}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/json');
    expect(res.body).not.toMatch(/[<>]/);
    expect(res.body).toContain('\\u003cscript\\u003e');
    const data = res.json();
    expect(data.case).toMatchObject({ key: CASE.key, name: CASE.name, url: `${PUBLIC}${PAGE}` });
    expect(data.posture.inForce[0].text).toBe('Stay of removal in effect until July 6, 2017');
    expect(data.deadlines.map((d: { kind: string }) => d.kind)).toContain('deadline');
    expect(data.entries.find((e: { entry: string }) => e.entry === '41').description).toBe(HOSTILE);
    const list = (await get('/api/cases')).json();
    expect(list.cases).toEqual([expect.objectContaining({ key: CASE.key, api: `${PUBLIC}/api${PAGE}` })]);
  });
});

describe('Atom feed', () => {
  it('carries the entries newest first, hostile text escaped as XML text', async () => {
    const res = await get(`${PAGE}/feed.atom`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/atom+xml');
    expect(res.body).not.toContain('<script');
    expect(res.body).not.toContain('<img');
    const { load } = await import('cheerio');
    const $ = load(res.body, { xml: true });
    const entries = $('entry');
    expect(entries).toHaveLength(5);
    expect($(entries[0]).find('id').text()).toMatch(/^tag:docketwatch,2017:mied\/2%3A17-cv-11910\/41$/);
    // type="html": the HTML a reader renders is the escaped text, so it shows the characters.
    expect($(entries[0]).find('summary').attr('type')).toBe('html');
    expect($(entries[0]).find('summary').text()).toBe(escapeHtml(HOSTILE));
    expect(load($(entries[0]).find('summary').text()).text()).toBe(HOSTILE);
  });
});

describe('calendar', () => {
  it('has deadlines and the stay with stable UIDs; an order that moves a date keeps the UID', async () => {
    const before = parseCalendar((await get(`${PAGE}/calendar.ics`)).body);
    const stay = before.find((e) => e.uid.startsWith('st-'));
    expect(stay).toMatchObject({ start: '2017-07-06', status: 'CONFIRMED' });
    const dismiss = before.find((e) => e.start === '2017-07-17');
    expect(dismiss?.summary).toContain('Response');
    const advocate = parseCalendar((await get(`${PAGE}/calendar.ics?audience=advocate`)).body);
    expect(advocate.map((e) => e.uid)).toEqual([stay!.uid]);
    expect(advocate[0]!.summary).toContain('protection ends unless the judge extends it');

    await ingestEntries(store, [MOVING_ORDER]);
    const after = parseCalendar((await get(`${PAGE}/calendar.ics`)).body);
    const moved = after.find((e) => e.uid === dismiss!.uid);
    expect(moved?.start).toBe('2017-08-04');
    expect(moved!.sequence).toBeGreaterThan(dismiss!.sequence);
    expect(after).toHaveLength(before.length);
  });
});

describe('subscribe', () => {
  async function formFromPage() {
    const res = await get(PAGE);
    const cookie = res.cookies.find((c) => c.name === 'dw_csrf');
    expect(cookie).toBeDefined();
    return { csrf: csrfOf(res.body), cookie: `dw_csrf=${cookie!.value}` };
  }

  it('refuses a post without the CSRF token, or with a token but no cookie', async () => {
    const noToken = await app.inject({
      method: 'POST',
      url: '/subscribe',
      payload: `email=a%40example.org&case=${encodeURIComponent(CASE.key)}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(noToken.statusCode).toBe(403);
    const { csrf } = await formFromPage();
    const noCookie = await app.inject({
      method: 'POST',
      url: '/subscribe',
      payload: `_csrf=${encodeURIComponent(csrf)}&email=a%40example.org&case=${encodeURIComponent(CASE.key)}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(noCookie.statusCode).toBe(403);
    expect(await store.db.selectFrom('subscriptions').selectAll().execute()).toHaveLength(0);
  });

  it('subscribes (pending, confirmation queued), then rate-limits the same client', async () => {
    const { csrf, cookie } = await formFromPage();
    const post = (email: string) =>
      app.inject({
        method: 'POST',
        url: '/subscribe',
        payload: `_csrf=${encodeURIComponent(csrf)}&email=${encodeURIComponent(email)}&audience=advocate&frequency=daily&case=${encodeURIComponent(CASE.key)}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
        remoteAddress: '192.0.2.7',
      });
    const ok = await post('Organizer@Example.ORG');
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toContain('Check your email');
    const rows = await store.db.selectFrom('subscriptions').selectAll().execute();
    expect(rows).toMatchObject([{ email: 'Organizer@example.org', status: 'pending', audience: 'advocate' }]);
    const outbox = await store.db.selectFrom('outbox').selectAll().execute();
    expect(outbox).toMatchObject([
      { kind: 'confirm', recipient: 'Organizer@example.org', status: 'pending' },
    ]);
    const bad = await post('not an address');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('is not an email address');
    // The limit is 3 per window per client address in this server: the fourth try is refused.
    expect((await post('third@example.org')).statusCode).toBe(200);
    const limited = await post('fourth@example.org');
    expect(limited.statusCode).toBe(429);
    expect(limited.body).toContain('Too many attempts');
    expect(await store.db.selectFrom('subscriptions').selectAll().execute()).toHaveLength(2);
  });
});

describe('links: confirm, unsubscribe, manage', () => {
  const statusOf = async (id: string) =>
    (
      await store.db
        .selectFrom('subscriptions')
        .select('status')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    ).status;
  const subId = async (email: string) =>
    (
      await store.db
        .selectFrom('subscriptions')
        .select('id')
        .where('email', '=', email)
        .executeTakeFirstOrThrow()
    ).id;

  it('confirms with a valid token and refuses damaged, wrong-purpose and expired ones', async () => {
    const id = await subId('Organizer@example.org');
    const garbage = await get('/confirm?token=abc.def');
    expect(garbage.statusCode).toBe(400);
    const wrong = await get(`/confirm?token=${signToken({ purpose: 'unsubscribe', subject: id }, SECRET)}`);
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('this is a unsubscribe link, not a confirm link');
    const old = signToken(
      { purpose: 'confirm', subject: id, ttlSeconds: 60 },
      SECRET,
      new Date(AS_OF.getTime() - 3600_000),
    );
    expect((await get(`/confirm?token=${old}`)).statusCode).toBe(410);
    const forged = signToken({ purpose: 'confirm', subject: id }, Buffer.from('x'.repeat(64)), AS_OF);
    expect((await get(`/confirm?token=${forged}`)).statusCode).toBe(400);
    const status = () => statusOf(id);
    expect(await status()).toBe('pending');
    const ok = await get(`/confirm?token=${signToken({ purpose: 'confirm', subject: id }, SECRET, AS_OF)}`);
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toContain('Subscription confirmed');
    expect(await status()).toBe('active');
  });

  it('manage: shows the settings, refuses a post without CSRF, saves with it', async () => {
    const id = await subId('Organizer@example.org');
    const token = signToken({ purpose: 'manage', subject: id }, SECRET, AS_OF);
    const page = await get(`/manage?token=${token}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Organizer@example.org');
    const cookie = page.cookies.find((c) => c.name === 'dw_csrf')!;
    const body = `token=${token}&audience=legal&frequency=weekly`;
    const headers = { 'content-type': 'application/x-www-form-urlencoded' };
    expect((await app.inject({ method: 'POST', url: '/manage', payload: body, headers })).statusCode).toBe(
      403,
    );
    const saved = await app.inject({
      method: 'POST',
      url: '/manage',
      payload: `${body}&_csrf=${encodeURIComponent(csrfOf(page.body))}`,
      headers: { ...headers, cookie: `dw_csrf=${cookie.value}` },
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.body).toContain('Saved.');
    const row = await store.db
      .selectFrom('subscriptions')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ audience: 'legal', frequency: 'weekly', status: 'active' });
  });

  it('unsubscribe: the page only asks; RFC 8058 one-click POST unsubscribes without cookies', async () => {
    const id = await subId('Organizer@example.org');
    const token = signToken({ purpose: 'unsubscribe', subject: id }, SECRET, AS_OF);
    const page = await get(`/unsubscribe?token=${token}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<button type="submit">Unsubscribe</button>');
    // The case by its name (its key beside it), as people know it.
    expect(page.body).toContain('<strong dir="ltr">Hamama et al v. Adducci (mied:2:17-cv-11910)</strong>');
    const status = () => statusOf(id);
    expect(await status()).toBe('active');
    const bad = await app.inject({
      method: 'POST',
      url: '/unsubscribe?token=x.y',
      payload: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(bad.statusCode).toBe(400);
    expect(await status()).toBe('active');
    const res = await app.inject({
      method: 'POST',
      url: `/unsubscribe?token=${token}`,
      payload: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.statusCode).toBe(200);
    expect(await status()).toBe('unsubscribed');
  });
});

describe('maintainers', () => {
  it('asks for the token, refuses a wrong one, shows source health with the right one', async () => {
    const anonymous = await get('/admin');
    expect(anonymous.body).toContain('Admin token');
    expect(anonymous.body).not.toContain('mied-rss');
    const wrong = await get('/admin', { authorization: 'Bearer admin-token-7f3a9c2e5b1d4f6a8c0X' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.body).not.toContain('mied-rss');
    const right = await get('/admin', { authorization: `Bearer ${ADMIN_TOKEN}` });
    expect(right.statusCode).toBe(200);
    expect(right.body).toContain('mied-rss');
    expect(right.body).toContain('partial: orders, opinions');
    expect(right.body).toContain('<td>1 check, 0 failed</td>');
  });

  it('signs in with the form (CSRF-protected) and keeps a session cookie', async () => {
    const login = await get('/admin');
    const csrfCookie = login.cookies.find((c) => c.name === 'dw_csrf')!;
    const headers = {
      'content-type': 'application/x-www-form-urlencoded',
      cookie: `dw_csrf=${csrfCookie.value}`,
    };
    const noCsrf = await app.inject({
      method: 'POST',
      url: '/admin/login',
      payload: `token=${ADMIN_TOKEN}`,
      headers,
    });
    expect(noCsrf.statusCode).toBe(403);
    const csrf = encodeURIComponent(csrfOf(login.body));
    const bad = await app.inject({
      method: 'POST',
      url: '/admin/login',
      payload: `_csrf=${csrf}&token=nope`,
      headers,
    });
    expect(bad.statusCode).toBe(401);
    const ok = await app.inject({
      method: 'POST',
      url: '/admin/login',
      payload: `_csrf=${csrf}&token=${ADMIN_TOKEN}`,
      headers,
    });
    expect(ok.statusCode).toBe(303);
    const session = ok.cookies.find((c) => c.name === 'dw_admin')!;
    expect(session.httpOnly).toBe(true);
    expect(session.value).not.toContain(ADMIN_TOKEN);
    const page = await get('/admin', { cookie: `dw_admin=${session.value}` });
    expect(page.body).toContain('Source health');
    const tampered = await get('/admin', {
      cookie: `dw_admin=${session.value.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))}`,
    });
    expect(tampered.body).not.toContain('Source health');
  });

  it('is disabled without a token', async () => {
    const other = await buildServer({
      store,
      publicUrl: PUBLIC,
      notify: null,
      adminToken: null,
      now: () => clock,
    });
    const res = await other.inject({
      method: 'GET',
      url: '/admin',
      headers: { authorization: 'Bearer anything' },
    });
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('DOCKETWATCH_ADMIN_TOKEN');
    // Without a secret, the case page has no subscribe form and /subscribe says why.
    expect((await other.inject({ method: 'GET', url: PAGE })).body).toContain('Email updates are not set up');
    await other.close();
  });
});

describe('health and extension', () => {
  it('/healthz answers 200 when the store answers, 503 when it does not', async () => {
    expect((await get('/healthz')).json()).toEqual({ ok: true, store: 'sqlite' });
    const broken = await freshStore('sqlite');
    const other = await buildServer({ store: broken, publicUrl: PUBLIC, notify: null });
    await broken.close();
    const res = await other.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(503);
    await other.close();
  });

  it('mounts no CourtListener webhook without its secret', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/webhooks/courtlistener',
      payload: { webhook: {} },
    });
    expect(res.statusCode).toBe(404);
  });

  it('mounts routes registered with registerWebRoutes', async () => {
    const remove = registerWebRoutes((a, ctx) => {
      a.get('/metrics', async () => `cases_store ${ctx.store.dialect}\n`);
    });
    const other = await buildServer({ store, publicUrl: PUBLIC, notify: null });
    remove();
    expect((await other.inject({ method: 'GET', url: '/metrics' })).body).toBe('cases_store sqlite\n');
    await other.close();
    const without = await buildServer({ store, publicUrl: PUBLIC, notify: null });
    expect((await without.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(404);
    await without.close();
  });
});

describe('a stay with no last day', () => {
  it('the case page counts no days for a stay until further order: never "NaN days left"', async () => {
    const own = await freshStore('sqlite');
    await seedCase(own);
    await ingestEntries(own, [
      entry({
        number: '50',
        dateFiled: '2017-06-27',
        description:
          'ORDER granting Motion to Stay. Respondents are STAYED from removing Petitioners pending further order of the Court. Signed by District Judge Mark A. Goldsmith. (Sandusky, K) (Entered: 06/27/2017)',
        pacerSeqNo: '50',
      }),
    ]);
    const server = await testServer(own, PUBLIC, clock);
    try {
      const body = (await server.inject({ method: 'GET', url: PAGE })).body;
      expect(body).toMatch(/<p class="in-force stay">[^<]*until further order/);
      expect(body).not.toMatch(/NaN|further_order/);
    } finally {
      await server.close();
    }
  });
});
