/**
 * An advocate who reads Arabic, in Chromium at phone and desktop widths: the subscribe page in
 * Arabic (right to left) → the confirmation email → the confirmed page with its manage link → the
 * welcome email with where the case stands → an alert in Arabic when the judge extends the stay.
 * The emails are opened in the browser too. Screenshots go to `test-artifacts/` (gitignored).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../db/index.ts';
import { processAlerts } from '../../src/notify/alerts.ts';
import { ltr, t } from '../../src/notify/i18n.ts';
import { deliverOutbox } from '../../src/notify/outbox.ts';
import { createMailer } from '../../src/notify/transport.ts';
import { ARTIFACTS, CHROMIUM, type MailingSite, startMailingSite } from '../support/browser.ts';
import { parse, type TestSmtp } from '../support/smtp.ts';
import { settings } from '../support/web.ts';
import { AS_OF, CASE, EXTENDING_ORDER, ingestEntries, seedCase } from '../support/web-case.ts';

const missing = existsSync(CHROMIUM) ? null : `no Chromium at ${CHROMIUM}`;

const WIDTHS = [
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true },
  { name: 'desktop', viewport: { width: 1280, height: 900 }, isMobile: false },
] as const;

describe.skipIf(missing !== null)(`an advocate in Arabic${missing ? ` (skipped: ${missing})` : ''}`, () => {
  let site: MailingSite;
  let dir: string;
  let store: Store;
  let smtp: TestSmtp;
  let browser: Browser;
  let base: string;
  let now = AS_OF;

  beforeAll(async () => {
    site = await startMailingSite('ar', { seed: seedCase, now: () => now });
    ({ dir, store, smtp, base, browser } = site);
  }, 60_000);

  afterAll(async () => {
    await site?.close();
  });

  async function mail(count: number) {
    const deadline = Date.now() + 15_000;
    while (smtp.received.length < count && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    expect(smtp.received.length).toBeGreaterThanOrEqual(count);
    return parse(smtp.received[count - 1]!.raw);
  }

  /** What a reader sees: the page is right to left, and its main text is laid out that way. */
  async function readsRightToLeft(page: Page, selector: string) {
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    const direction = await page
      .locator(selector)
      .first()
      .evaluate(
        (el) =>
          (globalThis as unknown as { getComputedStyle(e: unknown): { direction: string } }).getComputedStyle(
            el,
          ).direction,
      );
    expect(direction).toBe('rtl');
  }

  it('subscribes in Arabic, confirms, is welcomed with where the case stands, then gets an alert in Arabic', async () => {
    const phone = await browser.newContext({ ...WIDTHS[0], deviceScaleFactor: 2 });
    const page = await phone.newPage();
    await page.goto(`${base}/subscribe?case=${encodeURIComponent(`${CASE.court}:${CASE.docket}`)}&lang=ar`);
    await readsRightToLeft(page, 'form.subscribe');
    await expect(page.locator('h3').first().textContent()).resolves.toBe(t('ar', 'form.title'));
    expect(await page.locator('#language').inputValue()).toBe('ar');
    await page.screenshot({ path: join(ARTIFACTS, 'ar-subscribe-phone.png'), fullPage: true });

    await page.fill('#email', 'family@example.org');
    await page.check('input[name="audience"][value="advocate"]');
    await page.click('form.subscribe button[type="submit"]');
    await expect(page.locator('h1').textContent()).resolves.toBe(t('ar', 'check.title'));
    await readsRightToLeft(page, 'main');

    const confirmation = await mail(1);
    const link = /(https?:\/\/\S+\/confirm\?token=[A-Za-z0-9._-]+)/.exec(confirmation.text ?? '')?.[1];
    await page.goto(link!);
    await expect(page.locator('h1').textContent()).resolves.toBe(t('ar', 'confirmed.title'));
    await readsRightToLeft(page, 'main');
    const manage = await page.locator('a.manage').getAttribute('href');
    expect(manage).toMatch(/^\/manage\?token=.+&lang=ar$/);
    await page.screenshot({ path: join(ARTIFACTS, 'ar-confirmed-phone.png'), fullPage: true });
    const row = await store.db.selectFrom('subscriptions').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'active', audience: 'advocate', language: 'ar' });

    // The welcome: in Arabic, right to left, with the stay in force and the manage link.
    const welcome = await mail(2);
    expect(welcome.subject).toBe(t('ar', 'welcome.subject', { title: ltr('ar', CASE.name) }));
    expect(welcome.text).toContain(t('ar', 'posture.title'));
    expect(welcome.text).toContain(t('ar', 'posture.inForce'));
    expect(welcome.text).toContain(`${base}/manage?token=`);
    expect(welcome.text).toContain(`${base}/cases/${CASE.court}/${CASE.docket}?lang=ar`);
    for (const width of WIDTHS) {
      const context = await browser.newContext({ ...width });
      const view = await context.newPage();
      await view.setContent(String(welcome.html));
      await readsRightToLeft(view, 'td');
      await view.screenshot({ path: join(ARTIFACTS, `ar-welcome-${width.name}.png`), fullPage: true });
      await context.close();
    }

    // The manage page opens in the subscriber's language.
    await page.goto(`${base}${manage}`);
    await expect(page.locator('h1').textContent()).resolves.toBe(t('ar', 'manage.title'));

    // The judge extends the stay: the order goes through ingest and the deadline record, the
    // alert through the outbox to the SMTP server.
    now = new Date('2017-06-29T15:00:00Z');
    await ingestEntries(store, [EXTENDING_ORDER]);
    const links = settings(base, smtp.url, join(dir, 'outbox'));
    const run = await processAlerts(store, links, { now });
    expect(run.queued).toBeGreaterThanOrEqual(1);
    const mailer = createMailer(links.mailer);
    try {
      await deliverOutbox(store, mailer, { now: () => now });
    } finally {
      await mailer.close();
    }
    const alert = await mail(3);
    expect(alert.headers.get('content-language')).toBe('ar');
    expect(String(alert.html)).toContain('<html lang="ar" dir="rtl">');
    // The note that the court's words stay English comes with them, and only with them.
    const quotesEnglish = String(alert.html).includes('lang="en" dir="ltr" style="margin:4px');
    expect(alert.text?.includes(t('ar', 'message.englishNote'))).toBe(quotesEnglish);
    expect(alert.subject).toMatch(/[\u0600-\u06FF]/);
    for (const width of WIDTHS) {
      const context = await browser.newContext({ ...width });
      const view = await context.newPage();
      await view.setContent(String(alert.html));
      await readsRightToLeft(view, 'td');
      // Docket text stays English, laid out left to right inside the Arabic message.
      const quoted = view.locator('div[lang="en"]');
      if ((await quoted.count()) > 0) {
        expect(await quoted.first().getAttribute('dir')).toBe('ltr');
      }
      await view.screenshot({ path: join(ARTIFACTS, `ar-alert-${width.name}.png`), fullPage: true });
      await context.close();
    }
    await phone.close();
  }, 120_000);
});
