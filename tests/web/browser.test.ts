/**
 * The site in a real browser: Debian's Chromium (playwright-core) against `docketwatch serve`'s
 * server on 127.0.0.1 with a temp SQLite store and a real SMTP server. Subscribe on the case page,
 * catch the confirmation email, open its link; read the posture and deadlines; download the
 * calendar and parse it back. Screenshots (phone and desktop) go to `test-artifacts/`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../db/index.ts';
import { ARTIFACTS, CHROMIUM, type MailingSite, startMailingSite } from '../support/browser.ts';
import type { TestSmtp } from '../support/smtp.ts';
import { parseCalendar } from '../support/web.ts';
import { AS_OF, CASE, seedCase } from '../support/web-case.ts';

const missing = existsSync(CHROMIUM)
  ? null
  : `no Chromium at ${CHROMIUM} (install Debian's chromium or set CHROMIUM_PATH)`;
if (missing) console.warn(`browser tests skipped: ${missing}`);

describe.skipIf(missing !== null)(`the site in Chromium${missing ? ` (skipped: ${missing})` : ''}`, () => {
  let site: MailingSite;
  let dir: string;
  let store: Store;
  let smtp: TestSmtp;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    site = await startMailingSite('web', { seed: seedCase, now: () => AS_OF });
    ({ dir, store, smtp, base, browser } = site);
  }, 60_000);

  afterAll(async () => {
    await site?.close();
  });

  it('subscribe on a phone: the confirmation email arrives, its link confirms', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
    });
    const page = await context.newPage();
    const blocked: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) blocked.push(m.text());
    });
    await page.goto(`${base}/cases/${CASE.court}/${CASE.docket}`);
    await expect(page.locator('.in-force').first().textContent()).resolves.toBe(
      'Stay of removal in effect until July 6, 2017',
    );
    const first = await page.locator('.deadline').first().textContent();
    expect(first).toContain('July 10, 2017');
    expect(first).toContain('in 13 days');
    // The stylesheet applied (large posture type), so the CSP let it through.
    const size = await page
      .locator('.in-force')
      .first()
      .evaluate(
        (el) =>
          (globalThis as unknown as { getComputedStyle(e: unknown): { fontSize: string } }).getComputedStyle(
            el,
          ).fontSize,
      );
    expect(Number.parseFloat(size)).toBeGreaterThanOrEqual(24);
    await page.screenshot({ path: join(ARTIFACTS, 'case-phone.png'), fullPage: false });
    await page.screenshot({ path: join(ARTIFACTS, 'case-phone-full.png'), fullPage: true });

    await page.fill('#email', 'advocate@example.org');
    await page.check('input[name="audience"][value="advocate"]');
    await page.click('form.subscribe button[type="submit"]');
    await expect(page.locator('h1').textContent()).resolves.toBe('Check your email');
    await page.screenshot({ path: join(ARTIFACTS, 'subscribe-phone.png') });

    const deadline = Date.now() + 15_000;
    while (smtp.received.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.to).toEqual(['advocate@example.org']);
    const mail = await simpleParser(smtp.received[0]!.raw);
    const link = /(https?:\/\/\S+\/confirm\?token=[A-Za-z0-9._-]+)/.exec(mail.text ?? '')?.[1];
    expect(link?.startsWith(`${base}/confirm?token=`)).toBe(true);

    await page.goto(link!);
    await expect(page.locator('h1').textContent()).resolves.toBe('Subscription confirmed');
    await page.screenshot({ path: join(ARTIFACTS, 'confirmed-phone.png') });
    const row = await store.db.selectFrom('subscriptions').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ email: 'advocate@example.org', status: 'active', audience: 'advocate' });
    expect(blocked).toEqual([]);
    await context.close();
  }, 60_000);

  it('on a desktop: the docket filter works without JavaScript, the calendar downloads and parses', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      javaScriptEnabled: false,
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await page.goto(`${base}/cases/${CASE.court}/${CASE.docket}`);
    await page.screenshot({ path: join(ARTIFACTS, 'case-desktop.png'), fullPage: true });
    await page.check('input[name="orders"]');
    await page.click('form.filter button[type="submit"]');
    expect(page.url()).toContain('orders=1');
    const kinds = await page.locator('.entry .kind').allInnerTexts();
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['order']));

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('a[href$="/calendar.ics"]'),
    ]);
    const file = join(dir, 'case.ics');
    await download.saveAs(file);
    const events = parseCalendar(readFileSync(file, 'utf8'));
    expect(events.find((e) => e.uid.startsWith('st-'))).toMatchObject({ start: '2017-07-06' });
    expect(events.some((e) => e.start === '2017-07-10' && /response to the motion/i.test(e.summary))).toBe(
      true,
    );
    await context.close();
  }, 60_000);
});
