/**
 * What a poll leaves for people to read, through the live path: a court feed that carries only
 * some entry types is named as such, in its own words, on the case page; a source that goes down
 * is mailed to subscribers with the reason it failed.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FakeClock } from '../../src/net/clock.ts';
import { HttpClient } from '../../src/net/http.ts';
import { processAlerts } from '../../src/notify/alerts.ts';
import { deliverOutbox } from '../../src/notify/outbox.ts';
import { createMailer, mailerConfig } from '../../src/notify/transport.ts';
import { pollSource } from '../../src/sources/poll.ts';
import { buildServer } from '../../src/web/server.ts';
import { DIALECTS, describeDialect, freshStore } from '../support/db.ts';
import { startServer, type TestServer } from '../support/http-server.ts';
import { LINKS, seedCase, seedSource, seedSubscription } from '../support/seed.ts';
import { parse, startSmtp } from '../support/smtp.ts';

const feed = readFileSync(new URL('../../scrapers/pacer-rss/fixtures/mied-partial.xml', import.meta.url));
const PUBLIC = 'https://watch.example.org';

let court: TestServer;
beforeAll(async () => {
  court = await startServer({
    '/rss_outside.pl': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed);
    },
    '/down/rss_outside.pl': (_req, res) => {
      res.writeHead(503, { 'content-type': 'text/plain' }).end('Service Unavailable');
    },
  });
});
afterAll(() => court.close());

const http = () =>
  new HttpClient({ contact: 'test@example.org', clock: new FakeClock(), hostLimits: {}, random: () => 0 });

for (const dialect of DIALECTS) {
  describeDialect(dialect, 'what a poll leaves for people to read', () => {
    it('the case page says which entry types the court feed carries, in the feed’s own words', async () => {
      const store = await freshStore(dialect);
      await seedCase(store);
      const row = await seedSource(store, {
        type: 'pacer-rss',
        court: 'mied',
        config: { court: 'mied', feedUrl: `${court.origin}/rss_outside.pl` },
      });
      expect((await pollSource(store, row, { http: http() })).status).toBe('fetched');

      const coverage = await store.db.selectFrom('case_coverage').selectAll().execute();
      expect(coverage.map((c) => c.declared)).toEqual([
        'Eastern District of Michigan - Recent Entries — Docket entries of type: cmp,order,judgment,opinion,notice-app,motion-pi',
      ]);

      const app = await buildServer({ store, publicUrl: PUBLIC, notify: null });
      try {
        const page = await app.inject({ method: 'GET', url: '/cases/mied/2:17-cv-11910' });
        expect(page.statusCode).toBe(200);
        const text = page.body.replace(/<[^>]+>/g, '');
        expect(text).toContain(
          'is partial (it carries only cmp, order, judgment, opinion, notice-app, motion-pi)',
        );
        expect(text).toContain('Docket entries of type: cmp,order,judgment,opinion,notice-app,motion-pi');
        const admin = await buildServer({ store, publicUrl: PUBLIC, notify: null, adminToken: 'a-token' });
        const health = await admin.inject({
          method: 'GET',
          url: '/admin',
          headers: { authorization: 'Bearer a-token' },
        });
        expect(health.body).toContain('partial: cmp, order, judgment');
        await admin.close();
      } finally {
        await app.close();
      }
    });

    it('the "source down" email to maintainers says why the source failed', async () => {
      const store = await freshStore(dialect);
      await seedCase(store);
      await seedSubscription(store, {
        email: 'maintainer@example.org',
        audience: 'maintainer',
        frequency: 'immediate',
      });
      const row = await seedSource(store, {
        type: 'pacer-rss',
        court: 'mied',
        config: { court: 'mied', feedUrl: `${court.origin}/down/rss_outside.pl` },
      });
      const reports = [];
      for (let i = 0; i < 3; i++) reports.push(await pollSource(store, row, { http: http() }));
      const reason = reports[2]!.error!.message;
      expect(reason).toContain('503');
      expect(reports[2]!.events.map((e) => e.type)).toEqual(['source.down']);

      expect(await processAlerts(store, LINKS, { now: new Date() })).toMatchObject({ queued: 1 });
      const smtp = await startSmtp();
      try {
        const mailer = createMailer(
          mailerConfig({ smtpUrl: smtp.url, from: 'docketwatch <watch@example.org>', timeoutMs: 3000 }),
        );
        expect(await deliverOutbox(store, mailer)).toMatchObject({ sent: 1 });
        await mailer.close();
        const mail = await parse(smtp.received[0]!.raw);
        expect(mail.text).toContain(reason);
      } finally {
        await smtp.close();
      }
    });
  });
}
