/**
 * A saved search in Chromium, at phone and desktop widths: a court feed served on 127.0.0.1 carries
 * two new cases; the poller finds them for the saved search; the maintainers' page proposes them;
 * each subscriber email's "track this case" link opens a page with one button; one click tracks
 * the case and lands on its page. Screenshots go to `test-artifacts/` (gitignored).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../db/index.ts';
import { addSource, configuredSources } from '../../db/sources.ts';
import { deliverOutbox } from '../../src/notify/outbox.ts';
import { createMailer } from '../../src/notify/transport.ts';
import { queueSearchEmails } from '../../src/searches/propose.ts';
import { addSearch, listMatches } from '../../src/searches/searches.ts';
import { pollSource } from '../../src/sources/poll.ts';
import { ARTIFACTS, CHROMIUM, type MailingSite, startMailingSite } from '../support/browser.ts';
import { courtFeed, serveCourtFeed } from '../support/court-feed.ts';
import type { TestServer } from '../support/http-server.ts';
import { parse, type TestSmtp } from '../support/smtp.ts';
import { ADMIN_TOKEN, settings } from '../support/web.ts';

const missing = existsSync(CHROMIUM) ? null : `no Chromium at ${CHROMIUM}`;

const WIDTHS = [
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true },
  { name: 'desktop', viewport: { width: 1280, height: 900 }, isMobile: false },
] as const;

const NOW = new Date('2025-03-16T15:00:00Z');
const CASES = [
  { docket: '1:25-cv-00766', caseName: 'J.G.G. v. Trump' },
  { docket: '1:25-cv-00777', caseName: 'Doe v. Noem' },
];

describe.skipIf(missing !== null)(
  `a saved search proposes a new case${missing ? ` (skipped: ${missing})` : ''}`,
  () => {
    let site: MailingSite;
    let dir: string;
    let store: Store;
    let smtp: TestSmtp;
    let court: TestServer;
    let browser: Browser;
    let base: string;

    beforeAll(async () => {
      site = await startMailingSite('search-browser', { adminToken: ADMIN_TOKEN, now: () => NOW });
      ({ dir, store, smtp, base, browser } = site);
      const feed = courtFeed(
        'dcd',
        CASES.map((c, i) => ({
          ...c,
          event: 'Petition for Writ of Habeas Corpus under the Alien Enemies Act <urgent>',
          pubDate: `Sun, 16 Mar 2025 14:${String(40 - i).padStart(2, '0')}:00 GMT`,
        })),
      );
      court = await serveCourtFeed(() => feed);
    }, 60_000);

    afterAll(async () => {
      await site?.close();
      await court?.close();
    });

    it('proposes the cases a court feed carries, and one click on the email’s link tracks each', async () => {
      const id = await addSource(store.db, {
        type: 'pacer-rss',
        court: 'dcd',
        case: null,
        config: { court: 'dcd', feedUrl: `${court.origin}/cgi-bin/rss_outside.pl` },
      });
      await addSearch(store, {
        name: 'Alien Enemies Act',
        query: '"alien enemies act" court:dcd',
        emails: ['advocate@example.org'],
      });
      const [row] = await configuredSources(store.db, id);
      const report = await pollSource(store, row!);
      expect(report.proposed).toBe(2);

      const links = settings(base, smtp.url, join(dir, 'outbox'));
      expect((await queueSearchEmails(store, links, NOW)).queued).toBe(2);
      const mailer = createMailer(links.mailer);
      try {
        await deliverOutbox(store, mailer, { now: () => NOW });
      } finally {
        await mailer.close();
      }
      expect(smtp.received).toHaveLength(2);
      const mails = await Promise.all(smtp.received.map((r) => parse(r.raw)));

      // The maintainers' page proposes both, each with its buttons.
      for (const width of WIDTHS) {
        const context = await browser.newContext({ ...width });
        const page = await context.newPage();
        await page.goto(`${base}/admin`);
        await page.fill('input[name="token"]', ADMIN_TOKEN);
        await page.click('form[action="/admin/login"] button[type="submit"]');
        const proposals = page.locator('li.proposal');
        await expect(proposals.count()).resolves.toBe(2);
        await expect(proposals.first().textContent()).resolves.toContain('Alien Enemies Act <urgent>');
        await page.locator('#searches-h').scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(ARTIFACTS, `search-admin-${width.name}.png`), fullPage: true });
        await context.close();
      }

      // Each subscriber email, opened, then its link: one case per width.
      for (const [i, width] of WIDTHS.entries()) {
        const mail = mails.find((m) => m.subject?.includes(CASES[i]!.caseName))!;
        const context = await browser.newContext({ ...width });
        const view = await context.newPage();
        await view.setContent(String(mail.html));
        await view.screenshot({ path: join(ARTIFACTS, `search-email-${width.name}.png`), fullPage: true });
        const link = await view.locator('a', { hasText: 'Track this case' }).getAttribute('href');
        expect(link).toMatch(new RegExp(`^${base}/track\\?token=`));

        const page = await context.newPage();
        await page.goto(link!);
        await expect(page.locator('h1').textContent()).resolves.toBe('Track this case?');
        await expect(page.locator('main').textContent()).resolves.toContain(CASES[i]!.caseName);
        await page.screenshot({ path: join(ARTIFACTS, `search-track-${width.name}.png`), fullPage: true });
        await page.click('form[action="/track"] button[type="submit"]');
        await page.waitForURL(`${base}/cases/dcd/${CASES[i]!.docket}`);
        await expect(page.locator('main').textContent()).resolves.toContain(CASES[i]!.caseName);
        await expect(page.locator('main').textContent()).resolves.toContain('Alien Enemies Act <urgent>');
        await page.screenshot({ path: join(ARTIFACTS, `search-case-${width.name}.png`), fullPage: true });

        // The link acted once.
        const again = await page.goto(link!);
        expect(again?.status()).toBe(409);
        await context.close();
      }
      const matches = await listMatches(store);
      expect(matches.map((m) => m.status)).toEqual(['tracked', 'tracked']);
    }, 180_000);
  },
);
