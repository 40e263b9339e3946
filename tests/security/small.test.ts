/**
 * Issue #13, the smaller items: owner-only files, safe links in JSON and feeds, security headers
 * on router errors, the Atom title escaped once, MAIL_FROM with a display name, rate-limited
 * `/admin` guesses, and the XML DOCTYPE check over the whole prolog.
 */
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'cheerio';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCase } from '../../db/cases.ts';
import { openDatabase, type Store } from '../../db/index.ts';
import { parseRss } from '../../scrapers/pacer/rss.ts';
import { loadConfig } from '../../src/config.ts';
import { DocketwatchError } from '../../src/errors.ts';
import { notifySettings } from '../../src/notify/settings.ts';
import { createMailer, mailerConfig } from '../../src/notify/transport.ts';
import { freshStore } from '../support/db.ts';
import { parse, startSmtp } from '../support/smtp.ts';
import { ADMIN_TOKEN, SECRET_TEXT, testServer } from '../support/web.ts';
import { AS_OF, CASE, seedCase } from '../support/web-case.ts';

const PUBLIC = 'https://watch.example.org';
const mode = (path: string) => statSync(path).mode & 0o777;

let store: Store;
let app: FastifyInstance;

beforeAll(async () => {
  store = await freshStore('sqlite');
  await seedCase(store);
  await addCase(store.db, 'ohnd', '1:18-cv-00401', { name: 'Doe & Roe <v.> "Smith"' });
  app = await testServer(store, PUBLIC, AS_OF, { subscribeLimit: undefined });
});

afterAll(async () => {
  await app?.close();
});

describe('files are owner-only', () => {
  it('a new SQLite store, its folder and its WAL files', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'dw-perm-')), 'data');
    const s = await openDatabase(join(dir, 'docketwatch.sqlite'));
    await addCase(s.db, 'mied', '2:17-cv-11910');
    expect(mode(dir)).toBe(0o700);
    for (const f of readdirSync(dir)) expect(mode(join(dir, f)), f).toBe(0o600);
    expect(readdirSync(dir)).toContain('docketwatch.sqlite-wal');
    await s.close();
  });

  it('the .eml outbox folder and its files', async () => {
    const outboxDir = join(mkdtempSync(join(tmpdir(), 'dw-perm-')), 'outbox');
    const mailer = createMailer(mailerConfig({ smtpUrl: null, outboxDir }));
    await mailer.send({
      to: 'a@example.org',
      subject: 'x',
      text: 'x',
      html: '<p>x</p>',
      headers: {},
      idempotencyKey: 'alert:perm:1',
    });
    expect(mode(outboxDir)).toBe(0o700);
    for (const f of readdirSync(outboxDir)) expect(mode(join(outboxDir, f)), f).toBe(0o600);
  });

  it('the signing key made beside a SQLite store, and its folder', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'dw-perm-')), 'data');
    const { config } = loadConfig({
      env: {},
      cwd: '/nonexistent',
      overrides: { database: join(dir, 'x.sqlite') },
    });
    notifySettings(config);
    expect(mode(dir)).toBe(0o700);
    expect(mode(join(dir, 'signing-key'))).toBe(0o600);
  });
});

describe('links in JSON and feeds', () => {
  it('the JSON API gives only http(s) links: a javascript: document URL is null', async () => {
    const body = (await app.inject({ method: 'GET', url: `/api/cases/${CASE.court}/${CASE.docket}` })).json();
    const hostile = body.entries.find((e: { entry: string }) => e.entry === '41');
    expect(hostile.documentUrl).toBeNull();
    const urls: string[] = [];
    JSON.stringify(body, (key, v) => {
      if (/url$/i.test(key) && typeof v === 'string') urls.push(v);
      return v;
    });
    expect(urls.length).toBeGreaterThan(1);
    for (const u of urls) expect(u).toMatch(/^https?:\/\//);
  });

  it('every link in the Atom feed is http(s)', async () => {
    const feed = (await app.inject({ method: 'GET', url: `/cases/${CASE.court}/${CASE.docket}/feed.atom` }))
      .body;
    const $ = load(feed, { xml: true });
    const hrefs = $('link')
      .map((_, l) => $(l).attr('href'))
      .get();
    expect(hrefs.length).toBeGreaterThan(1);
    for (const h of hrefs) expect(h).toMatch(/^https?:\/\//);
  });

  it('the Atom feed title is the case name, escaped once', async () => {
    const feed = (await app.inject({ method: 'GET', url: '/cases/ohnd/1:18-cv-00401/feed.atom' })).body;
    const $ = load(feed, { xml: true });
    expect($('feed > title').text()).toBe('Doe & Roe <v.> "Smith": docket');
    expect(feed).not.toContain('&amp;lt;');
  });
});

describe('security headers on every response', () => {
  it('router errors (a bad URL, an over-long address) carry the CSP and nosniff, and echo nothing', async () => {
    const urls = ['/%zz', `/cases/%E0%A4%A/x`, `/cases/mied/${'9'.repeat(400)}<script>`];
    for (const url of urls) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, url).toBeLessThan(500);
      expect(String(res.headers['content-security-policy']), url).toContain("default-src 'none'");
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['x-frame-options'] ?? res.headers['content-security-policy'], url).toBeTruthy();
      expect(res.body).not.toContain('<script>');
      expect(res.body).not.toContain('%E0%A4%A');
    }
  });
});

describe('MAIL_FROM', () => {
  it('accepts a display name, as the docs show, and mails with it', async () => {
    const smtp = await startSmtp();
    try {
      const env = {
        MAIL_FROM: 'docketwatch alerts <alerts@example.org>',
        SMTP_URL: smtp.url,
        DOCKETWATCH_SECRET: SECRET_TEXT,
      };
      const { config } = loadConfig({ env, cwd: '/nonexistent' });
      const mailer = createMailer(notifySettings(config).mailer);
      await mailer.send({
        to: 'b@example.org',
        subject: 's',
        text: 't',
        html: '<p>t</p>',
        headers: {},
        idempotencyKey: 'k',
      });
      await mailer.close();
      const mail = await parse(smtp.received[0]!.raw);
      expect(mail.from?.value[0]).toEqual({ name: 'docketwatch alerts', address: 'alerts@example.org' });
      expect(smtp.received[0]!.from).toBe('alerts@example.org');
    } finally {
      await smtp.close();
    }
  });

  it('refuses what is not a sender, and a header break-in', () => {
    for (const bad of [
      'not an address',
      'x <not-an-address>',
      'a@example.org\r\nBcc: c@example.org',
      'A <a@example.org',
      '<>',
    ]) {
      expect(() => loadConfig({ env: { MAIL_FROM: bad }, cwd: '/nonexistent' }), bad).toThrow(/mail\.from/);
    }
    expect(
      loadConfig({ env: { MAIL_FROM: 'alerts@example.org' }, cwd: '/nonexistent' }).config.mail.from,
    ).toBe('alerts@example.org');
  });
});

describe('/admin', () => {
  it('limits Bearer guesses per client, and a limited client is refused even with the right token', async () => {
    const guess = (token: string) =>
      app.inject({
        method: 'GET',
        url: '/admin',
        headers: { authorization: `Bearer ${token}` },
        remoteAddress: '203.0.113.50',
      });
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) statuses.push((await guess(`guess-${i}-xxxxxxxxxxxx`)).statusCode);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses).toContain(429);
    expect((await guess(ADMIN_TOKEN)).statusCode).toBe(429);
    // Another client is not affected.
    const other = await app.inject({
      method: 'GET',
      url: '/admin',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
      remoteAddress: '203.0.113.51',
    });
    expect(other.statusCode).toBe(200);
  });
});

describe('XML document types', () => {
  const feed = (prolog: string) =>
    [
      '<?xml version="1.0"?>',
      prolog,
      '<rss version="2.0"><channel><title>Eastern District of Michigan - Recent Entries</title>',
      '<item><title>2:17-cv-11910 Hamlin v. Adams</title><link>https://ecf.mied.uscourts.gov/cgi-bin/DktRpt.pl?321000</link>',
      '<description>[Order] text</description><pubDate>Mon, 26 Jun 2017 18:00:00 GMT</pubDate></item>',
      '</channel></rss>',
    ].join('\n');

  it('refuses an external document type however far into the prolog it comes', () => {
    for (const pad of [0, 4000, 5000, 70_000]) {
      const prolog = `<!-- ${' '.repeat(pad)} -->\n<!DOCTYPE rss SYSTEM "http://attacker.example/evil.dtd">`;
      expect(() => parseRss(feed(prolog), 'mied'), `padding ${pad}`).toThrow(DocketwatchError);
    }
  });

  it('still reads a feed with a plain document type, or none', () => {
    expect(parseRss(feed('<!DOCTYPE rss>'), 'mied').cases).toHaveLength(1);
    expect(parseRss(feed(`<!-- ${' '.repeat(5000)} -->`), 'mied').cases).toHaveLength(1);
  });
});

describe('/admin/documents', () => {
  it('counts Bearer guesses against the same limit, and refuses an anonymous upload before reading it', async () => {
    const post = (token: string | null, remoteAddress: string) =>
      app.inject({
        method: 'POST',
        url: '/admin/documents',
        headers: {
          'content-type': 'multipart/form-data; boundary=x',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        payload:
          '--x\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4 broken',
        remoteAddress,
      });
    const anonymous = await post(null, '203.0.113.60');
    expect([303, 401, 403]).toContain(anonymous.statusCode);
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++)
      statuses.push((await post(`guess-${i}-xxxxxxxxxxxx`, '203.0.113.61')).statusCode);
    expect(statuses).toContain(429);
    expect((await post(ADMIN_TOKEN, '203.0.113.61')).statusCode).toBe(429);
  });
});
