/**
 * One page for a case and its appeal: the district case's page shows the court of appeals' docket
 * (its vacatur dated the day it was issued, labelled "Doc."), and the appeal's page links back.
 * Also the subscription pages in Spanish and Arabic through `?lang=`.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCase } from '../../db/cases.ts';
import type { Store } from '../../db/index.ts';
import { ingest } from '../../src/ingest/index.ts';
import { t } from '../../src/notify/i18n.ts';
import { freshStore } from '../support/db.ts';
import { docket, entry, result } from '../support/dockets.ts';
import { testServer } from '../support/web.ts';
import { AS_OF, CASE, seedCase } from '../support/web-case.ts';

const PUBLIC = 'https://dockets.example.org';
let store: Store;
let app: FastifyInstance;

beforeAll(async () => {
  store = await freshStore('sqlite');
  await seedCase(store);
  await addCase(store.db, 'ca6', '17-2171', {
    parent: `${CASE.court}:${CASE.docket}`,
    linkType: 'appeal',
    name: CASE.name,
  });
  await ingest(
    store.db,
    result(
      'pacer-appellate',
      [
        docket(
          '17-2171',
          [
            entry({
              number: '52',
              dateFiled: '2018-12-20',
              description:
                'OPINION filed: VACATED and REMANDED. The district court’s preliminary injunctions are vacated.',
            }),
          ],
          { caseName: CASE.name },
        ),
      ],
      'ca6',
    ),
    { source: 'ca6-docket' },
  );
  app = await testServer(store, PUBLIC, AS_OF);
});

afterAll(async () => {
  await app?.close();
  await store?.close();
});

describe('a case and its appeal', () => {
  it('shows the appeal’s docket on the district case’s page, the vacatur on the day it was issued', async () => {
    const page = await app.inject({ method: 'GET', url: `/cases/${CASE.court}/${CASE.docket}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Appeal: U.S. Court of Appeals for the Sixth Circuit No. 17-2171');
    expect(page.body).toContain('Doc. 52');
    expect(page.body).toContain('December 20, 2018');
    expect(page.body).toContain('VACATED and REMANDED');
    expect(page.body).toContain('href="/cases/ca6/17-2171"');
  });

  it('links the appeal back to the case it comes from', async () => {
    const page = await app.inject({ method: 'GET', url: '/cases/ca6/17-2171' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Appeal from');
    expect(page.body).toContain(`href="/cases/${CASE.court}/${CASE.docket}"`);
  });
});

describe('pages in the reader’s language', () => {
  it('serves /subscribe for a case in Spanish and Arabic with <html lang dir>', async () => {
    for (const [lang, dir] of [
      ['es', 'ltr'],
      ['ar', 'rtl'],
    ] as const) {
      const page = await app.inject({
        method: 'GET',
        url: `/subscribe?case=${encodeURIComponent(`${CASE.court}:${CASE.docket}`)}&lang=${lang}`,
      });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain(`<html lang="${lang}" dir="${dir}">`);
      expect(page.body).toContain(t(lang, 'form.daily'));
      expect(page.body).toContain(`<option value="${lang}" lang="${lang}" selected>`);
    }
  });

  it('keeps the case record English (marked so) on a page asked for in Arabic', async () => {
    const page = await app.inject({ method: 'GET', url: `/cases/${CASE.court}/${CASE.docket}?lang=ar` });
    expect(page.body).toContain('<html lang="ar" dir="rtl">');
    expect(page.body).toContain(t('ar', 'page.englishOnly'));
    expect(page.body).toContain('<div lang="en" dir="ltr">');
  });

  it('lists the cases to follow at /subscribe, and says it does not track an unknown one', async () => {
    const list = await app.inject({ method: 'GET', url: '/subscribe' });
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(CASE.name);
    const unknown = await app.inject({ method: 'GET', url: '/subscribe?case=mied:2:99-cv-00001' });
    expect(unknown.statusCode).toBe(404);
  });
});
