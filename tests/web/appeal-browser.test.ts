/**
 * The Hamama page in Chromium at phone and desktop widths, with the Sixth Circuit's docket on it:
 * its opinion vacating the injunctions shows, dated the day it was issued, labelled "Doc.".
 * Screenshots go to `test-artifacts/` (gitignored).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCase } from '../../db/cases.ts';
import type { Store } from '../../db/index.ts';
import { ingest } from '../../src/ingest/index.ts';
import type { RunningServer } from '../../src/web/server.ts';
import { CHROMIUM, startSite } from '../support/browser.ts';
import { freshStore } from '../support/db.ts';
import { entry } from '../support/dockets.ts';
import { settings } from '../support/web.ts';
import { APPEAL_DOCKETED, AS_OF, appealDocket, CASE, seedCase } from '../support/web-case.ts';

const ARTIFACTS = join(process.cwd(), 'test-artifacts');
const missing = existsSync(CHROMIUM) ? null : `no Chromium at ${CHROMIUM}`;

describe.skipIf(missing !== null)(
  `the case page with its appeal${missing ? ` (skipped: ${missing})` : ''}`,
  () => {
    let store: Store;
    let server: RunningServer;
    let browser: Browser;
    let base: string;

    beforeAll(async () => {
      mkdirSync(ARTIFACTS, { recursive: true });
      store = await freshStore('sqlite');
      await seedCase(store);
      await addCase(store.db, 'ca6', '17-2171', { parent: `${CASE.court}:${CASE.docket}`, name: CASE.name });
      await ingest(
        store.db,
        appealDocket([
          APPEAL_DOCKETED,
          entry({
            number: '52',
            dateFiled: '2018-12-20',
            description:
              'OPINION filed: VACATED and REMANDED. The preliminary injunctions of July 24, 2017 and January 2, 2018 are vacated.',
          }),
        ]),
        { source: 'ca6-docket' },
      );
      ({ base, server, browser } = await startSite({
        store,
        notify: (url) => settings(url),
        now: () => AS_OF,
      }));
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
      await store?.close();
    });

    for (const width of [
      { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true },
      { name: 'desktop', viewport: { width: 1280, height: 900 }, isMobile: false },
    ]) {
      it(`shows the Sixth Circuit's docket and its vacatur on the ${width.name}`, async () => {
        const context = await browser.newContext({ ...width });
        const page = await context.newPage();
        await page.goto(`${base}/cases/${CASE.court}/${CASE.docket}`);
        const appeal = page.locator('section.linked.appeal');
        await expect(appeal.locator('h2').textContent()).resolves.toBe(
          'Appeal: U.S. Court of Appeals for the Sixth Circuit No. 17-2171',
        );
        const vacatur = appeal.locator('li.entry', { hasText: 'VACATED' });
        await expect(vacatur.locator('.date').textContent()).resolves.toBe('December 20, 2018');
        await expect(vacatur.locator('.number').textContent()).resolves.toBe('Doc. 52');
        await appeal.scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(ARTIFACTS, `appeal-on-case-${width.name}.png`), fullPage: true });
        await page.click('section.linked.appeal a[href="/cases/ca6/17-2171"]');
        await expect(page.locator('p.linked.origin').textContent()).resolves.toContain('Appeal from');
        await context.close();
      }, 60_000);
    }
  },
);
