/**
 * Issue #17's "Done when", as one walk in Chromium at phone and desktop widths, on one store and
 * one site, with the mail going through a real SMTP server on 127.0.0.1:
 *
 * 1. a family subscribes in Arabic (right to left) → the confirmation email → the confirmed page
 *    with its manage link → the welcome with where the case stands and who it covers;
 * 2. the judge extends the stay: an alert in Arabic, right to left and readable on a phone, whose
 *    key-dates link opens the advocates' dates in Arabic;
 * 3. the Sixth Circuit's appeal, linked by itself from its docket's originating case: its opinion
 *    vacating the injunction reaches the family the day it is issued, and the Hamama page shows the
 *    appeal's docket with the vacatur dated that day, labelled "Doc.";
 * 4. the family follows a saved search across courts on the site (in Arabic, confirmed by email);
 *    a court feed carries a new case; the proposal arrives in Arabic; its one-time link tracks the
 *    case in one click and lands on its page.
 *
 * "Readable" is checked, not assumed: the page is `dir="rtl"` and laid out right to left, nothing
 * is wider than the screen (no sideways scrolling on a phone), and the text is at least 13 px.
 * Screenshots of every step go to `test-artifacts/done-when-*.png` (gitignored; CI keeps them).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setCaseClass } from '../../db/case-details.ts';
import { findCase } from '../../db/cases.ts';
import type { Store } from '../../db/index.ts';
import { addSource, configuredSources } from '../../db/sources.ts';
import { refreshAfterIngest } from '../../src/deadlines/record.ts';
import { ingestParsed } from '../../src/ingest/pipeline.ts';
import { processAlerts } from '../../src/notify/alerts.ts';
import { ltr, t } from '../../src/notify/i18n.ts';
import { deliverOutbox } from '../../src/notify/outbox.ts';
import { createMailer } from '../../src/notify/transport.ts';
import { queueSearchEmails } from '../../src/searches/propose.ts';
import { listMatches } from '../../src/searches/searches.ts';
import { pollSource } from '../../src/sources/poll.ts';
import { ARTIFACTS, CHROMIUM, type MailingSite, startMailingSite } from '../support/browser.ts';
import { courtFeed, serveCourtFeed } from '../support/court-feed.ts';
import { entry } from '../support/dockets.ts';
import type { TestServer } from '../support/http-server.ts';
import { parse, type TestSmtp } from '../support/smtp.ts';
import { settings } from '../support/web.ts';
import {
  APPEAL_DOCKETED,
  AS_OF,
  appealDocket,
  CASE,
  EXTENDING_ORDER,
  ingestEntries,
  seedCase,
} from '../support/web-case.ts';

const missing = existsSync(CHROMIUM) ? null : `no Chromium at ${CHROMIUM}`;

const WIDTHS = [
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  { name: 'desktop', viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false },
] as const;
type Width = (typeof WIDTHS)[number];

const CLASS = 'all Iraqi nationals in the U.S. with final removal orders';
const CLASS_AR = 'جميع المواطنين العراقيين في الولايات المتحدة الصادرة بحقهم أوامر ترحيل نهائية';
const ARABIC = /[\u0600-\u06FF]/;
const NEW_CASE = { docket: '1:25-cv-00766', caseName: 'J.G.G. v. Trump' };

describe.skipIf(missing !== null)(`issue #17, done when${missing ? ` (skipped: ${missing})` : ''}`, () => {
  let site: MailingSite;
  let dir: string;
  let store: Store;
  let smtp: TestSmtp;
  let court: TestServer;
  let browser: Browser;
  let base: string;
  let now = AS_OF;

  beforeAll(async () => {
    site = await startMailingSite('done-when', {
      seed: async (s) => {
        await seedCase(s);
        const hamama = await findCase(s.db, CASE.key);
        await setCaseClass(
          s.db,
          hamama!.id,
          { en: CLASS, ar: CLASS_AR, scope: 'nationwide', protects: 'removal' },
          AS_OF,
        );
      },
      now: () => now,
    });
    ({ dir, store, smtp, base, browser } = site);
    const feed = courtFeed('dcd', [
      {
        ...NEW_CASE,
        event: 'Petition for Writ of Habeas Corpus under the Alien Enemies Act',
        pubDate: 'Sun, 16 Mar 2025 14:40:00 GMT',
      },
    ]);
    court = await serveCourtFeed(() => feed);
  }, 60_000);

  afterAll(async () => {
    await site?.close();
    await court?.close();
  });

  const shot = (page: Page, step: string, width: Width) =>
    page.screenshot({ path: join(ARTIFACTS, `done-when-${step}-${width.name}.png`), fullPage: true });

  /** The mail the SMTP server received for `to` whose subject matches, waiting for it a while. */
  async function mailTo(to: string, subject: RegExp, after = 0) {
    const deadline = Date.now() + 15_000;
    for (;;) {
      for (const r of smtp.received.slice(after)) {
        const m = await parse(r.raw);
        const rcpt = Array.isArray(m.to) ? m.to[0] : m.to;
        if (rcpt?.value[0]?.address === to && subject.test(m.subject ?? '')) return m;
      }
      if (Date.now() > deadline) throw new Error(`no mail to ${to} matching ${subject}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async function deliver() {
    const links = settings(base, smtp.url, join(dir, 'outbox'));
    const mailer = createMailer(links.mailer);
    try {
      await deliverOutbox(store, mailer, { now: () => now });
    } finally {
      await mailer.close();
    }
  }

  /** Right to left, nothing wider than the screen, text large enough to read. */
  async function readableRtl(page: Page, selector: string) {
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    const look = await page
      .locator(selector)
      .first()
      .evaluate((el) => {
        const w = globalThis as unknown as {
          getComputedStyle(e: unknown): { direction: string; fontSize: string };
          innerWidth: number;
          document: { documentElement: { scrollWidth: number } };
        };
        const style = w.getComputedStyle(el);
        return {
          direction: style.direction,
          fontSize: Number.parseFloat(style.fontSize),
          overflow: w.document.documentElement.scrollWidth - w.innerWidth,
        };
      });
    expect(look.direction).toBe('rtl');
    expect(look.fontSize).toBeGreaterThanOrEqual(13);
    expect(look.overflow).toBeLessThanOrEqual(1);
  }

  /** An email opened in the browser at this width. */
  async function openMail(context: BrowserContext, html: string) {
    const view = await context.newPage();
    await view.setContent(html);
    return view;
  }

  it('walks it: Arabic subscription, welcome, alert; the appeal on the case page; a saved search proposing a case', async () => {
    const family = (w: Width) => `family-${w.name}@example.org`;
    const contexts = new Map<string, BrowserContext>();
    for (const width of WIDTHS) contexts.set(width.name, await browser.newContext({ ...width }));

    // 1. Subscribe in Arabic, confirm, be welcomed with where the case stands and who it covers.
    for (const width of WIDTHS) {
      const page = await contexts.get(width.name)!.newPage();
      await page.goto(`${base}/subscribe?case=${encodeURIComponent(CASE.key)}&lang=ar`);
      await readableRtl(page, 'form.subscribe');
      expect(await page.locator('#language').inputValue()).toBe('ar');
      await shot(page, '1-subscribe', width);
      await page.fill('#email', family(width));
      await page.check('input[name="audience"][value="advocate"]');
      await page.click('form.subscribe button[type="submit"]');
      await expect(page.locator('h1').textContent()).resolves.toBe(t('ar', 'check.title'));
      await readableRtl(page, 'main');

      const confirmation = await mailTo(
        family(width),
        new RegExp(t('ar', 'account.confirm.subject', { title: 'X' }).slice(0, 6)),
      );
      expect(confirmation.headers.get('content-language')).toBe('ar');
      const link = /(https?:\/\/\S+\/confirm\?token=[A-Za-z0-9._-]+)/.exec(confirmation.text ?? '')?.[1];
      expect(link).toBeDefined();
      await page.goto(link!);
      await expect(page.locator('h1').textContent()).resolves.toBe(t('ar', 'confirmed.title'));
      await readableRtl(page, 'main');
      expect(await page.locator('a.manage').getAttribute('href')).toMatch(/^\/manage\?token=.+&lang=ar$/);
      await shot(page, '2-confirmed', width);

      const welcome = await mailTo(
        family(width),
        new RegExp(t('ar', 'welcome.subject', { title: 'X' }).slice(0, 6)),
      );
      expect(welcome.subject).toBe(t('ar', 'welcome.subject', { title: ltr('ar', CASE.name) }));
      expect(welcome.text).toContain(t('ar', 'posture.inForce'));
      expect(welcome.text).toContain(CLASS_AR);
      expect(welcome.text).toContain(`${base}/manage?token=`);
      expect(welcome.text).toContain(`${base}/cases/${CASE.court}/${CASE.docket}?lang=ar`);
      const view = await openMail(contexts.get(width.name)!, String(welcome.html));
      await readableRtl(view, 'td');
      await shot(view, '3-welcome', width);
    }

    // 2. The judge extends the stay and grants the injunction: alerts in Arabic.
    now = new Date('2017-06-29T15:00:00Z');
    await ingestEntries(store, [EXTENDING_ORDER]);
    const links = settings(base, smtp.url, join(dir, 'outbox'));
    expect((await processAlerts(store, links, { now })).queued).toBeGreaterThanOrEqual(2);
    await deliver();
    for (const width of WIDTHS) {
      const alert = await mailTo(family(width), /24/);
      expect(alert.headers.get('content-language')).toBe('ar');
      expect(alert.subject).toMatch(ARABIC);
      const view = await openMail(contexts.get(width.name)!, String(alert.html));
      await readableRtl(view, 'td');
      await shot(view, '4-alert', width);
      // Its key-dates link: the advocates' dates, in Arabic.
      const keyDates = await view.locator('a', { hasText: t('ar', 'link.keyDates') }).getAttribute('href');
      expect(keyDates).toBe(`${base}/cases/${CASE.court}/${CASE.docket}/key-dates?lang=ar`);
      const page = await contexts.get(width.name)!.newPage();
      await page.goto(keyDates!);
      await readableRtl(page, 'main');
      await shot(page, '5-key-dates', width);
    }
    now = new Date('2017-07-24T20:00:00Z');
    await ingestEntries(store, [
      entry({
        number: '87',
        dateFiled: '2017-07-24',
        description:
          "OPINION & ORDER Granting Petitioners' 77 MOTION for Preliminary Injunction. Respondents are ENJOINED from enforcing final orders of removal against class members pending further order of the Court. Signed by District Judge Mark A. Goldsmith. (KWil) (Entered: 07/24/2017)",
        pacerSeqNo: '87',
      }),
    ]);
    await processAlerts(store, links, { now });
    await deliver();

    // 3. The appeal, linked by itself; its opinion reaches the family the day it is issued.
    now = new Date('2018-12-20T18:00:00Z');
    const appeal = await ingestParsed(
      store,
      appealDocket(
        [
          APPEAL_DOCKETED,
          entry({
            number: '91',
            dateFiled: '2018-12-20',
            description:
              'OPINION and JUDGMENT filed: The preliminary injunction entered July 24, 2017 is VACATED and the case is REMANDED to the district court. Decision for publication. [17-2171] (CLA) [Entered: 12/20/2018 09:45 AM]',
          }),
        ],
        {
          originatingCourt: {
            court: 'mied',
            docketNumber: CASE.docket,
            assignedTo: null,
            dateFiled: null,
            dateJudgment: null,
            dateNoticeOfAppeal: null,
          },
        },
      ),
      { source: 'ca6-docket', track: true },
    );
    await refreshAfterIngest(store, appeal.events);
    const parent = await store.db
      .selectFrom('cases')
      .select('parent_case_id')
      .where('court_id', '=', 'ca6')
      .executeTakeFirst();
    expect(parent?.parent_case_id).toBe((await findCase(store.db, CASE.key))!.id);
    const before = smtp.received.length;
    expect((await processAlerts(store, links, { now })).queued).toBeGreaterThanOrEqual(2);
    await deliver();
    for (const width of WIDTHS) {
      // Mailed the day the court of appeals docketed it, in Arabic, saying what it does.
      const ruling = await mailTo(family(width), ARABIC, before);
      expect(ruling.subject).toMatch(ARABIC);
      expect(ruling.text).toMatch(/محكمة (?:ال)?استئناف/); // "the court of appeals", or "the Sixth Circuit's court of appeals"

      const page = await contexts.get(width.name)!.newPage();
      await page.goto(`${base}/cases/${CASE.court}/${CASE.docket}`);
      const section = page.locator('section.linked.appeal');
      await expect(section.locator('h2').textContent()).resolves.toBe(
        'Appeal: U.S. Court of Appeals for the Sixth Circuit No. 17-2171',
      );
      const vacatur = section.locator('li.entry', { hasText: 'VACATED' });
      await expect(vacatur.locator('.date').textContent()).resolves.toBe('December 20, 2018');
      await expect(vacatur.locator('.number').textContent()).resolves.toBe('Doc. 91');
      await section.scrollIntoViewIfNeeded();
      await shot(page, '6-case-with-appeal', width);
      await page.goto(`${base}/cases/${CASE.court}/${CASE.docket}?lang=ar`);
      await readableRtl(page, 'header.site');
      await shot(page, '7-case-ar', width);
    }

    // 4. A saved search across courts: a court feed carries a new case; the family is told in
    // Arabic; one click on the email's link tracks it.
    now = new Date('2025-03-16T15:00:00Z');
    const source = await addSource(store.db, {
      type: 'pacer-rss',
      court: 'dcd',
      case: null,
      config: { court: 'dcd', feedUrl: `${court.origin}/cgi-bin/rss_outside.pl` },
    });
    // The family follows a saved search on the site, in Arabic (a maintainer's link fills the query).
    const phone = contexts.get('phone')!;
    const form = await phone.newPage();
    await form.goto(`${base}/searches/new?lang=ar&q=${encodeURIComponent('"alien enemies act"')}`);
    await readableRtl(form, 'form.follow-search');
    expect(await form.locator('#query').inputValue()).toBe('"alien enemies act"');
    await shot(form, '8-search-form', WIDTHS[0]);
    await form.fill('#email', family(WIDTHS[0]));
    await form.click('form.follow-search button[type="submit"]');
    await expect(form.locator('h1').textContent()).resolves.toBe(t('ar', 'check.title'));
    const ask = await mailTo(
      family(WIDTHS[0]),
      new RegExp(t('ar', 'searchConfirm.subject', { name: 'x' }).slice(0, 8)),
    );
    expect(ask.headers.get('content-language')).toBe('ar');
    const confirmLink = /(https?:\/\/\S+\/searches\/confirm\?token=[A-Za-z0-9._-]+&lang=ar)/.exec(
      ask.text ?? '',
    )?.[1];
    expect(confirmLink).toBeDefined();
    await form.goto(confirmLink!);
    await readableRtl(form, 'main');
    // Opening the link starts nothing; the button does.
    expect(await store.db.selectFrom('search_subscribers').selectAll().execute()).toHaveLength(0);
    await form.click('form[action="/searches/confirm"] button[type="submit"]');
    await expect(form.locator('h1').textContent()).resolves.toBe(t('ar', 'searchConfirm.done'));
    await shot(form, '9-search-on', WIDTHS[0]);
    expect(await store.db.selectFrom('search_subscribers').select(['email', 'language']).execute()).toEqual([
      { email: family(WIDTHS[0]), language: 'ar' },
    ]);

    const [row] = await configuredSources(store.db, source);
    expect((await pollSource(store, row!)).proposed).toBe(1);
    expect((await queueSearchEmails(store, links, now)).queued).toBe(1);
    await deliver();
    const proposal = await mailTo(family(WIDTHS[0]), new RegExp(NEW_CASE.caseName.replace(/\./g, '\\.')));
    expect(proposal.subject).toMatch(ARABIC);
    expect(proposal.headers.get('content-language')).toBe('ar');
    for (const width of WIDTHS) {
      const view = await openMail(contexts.get(width.name)!, String(proposal.html));
      await readableRtl(view, 'p');
      await shot(view, '10-search-email', width);
    }
    const view = await openMail(contexts.get('phone')!, String(proposal.html));
    const track = await view.locator('a.track').getAttribute('href');
    expect(track).toMatch(new RegExp(`^${base}/track\\?token=`));
    const page = await contexts.get('phone')!.newPage();
    await page.goto(track!);
    await expect(page.locator('main').textContent()).resolves.toContain(NEW_CASE.caseName);
    await readableRtl(page, 'main');
    await shot(page, '11-track', WIDTHS[0]);
    await page.click('form[action="/track"] button[type="submit"]');
    await page.waitForURL(`${base}/cases/dcd/${NEW_CASE.docket}?lang=ar`);
    await expect(page.locator('main').textContent()).resolves.toContain(NEW_CASE.caseName);
    await shot(page, '12-tracked-case', WIDTHS[0]);
    expect((await listMatches(store)).map((m) => m.status)).toEqual(['tracked']);

    for (const c of contexts.values()) await c.close();
  }, 300_000);
});
