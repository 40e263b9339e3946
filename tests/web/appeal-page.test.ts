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
import { entryRefs } from '../../src/notify/entry-refs.ts';
import { t } from '../../src/notify/i18n.ts';
import { freshStore } from '../support/db.ts';
import { docket, entry, result } from '../support/dockets.ts';
import { testServer } from '../support/web.ts';
import { AS_OF, appealDocket, CASE, seedCase } from '../support/web-case.ts';

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
    appealDocket([
      entry({
        number: '52',
        dateFiled: '2018-12-20',
        description:
          'OPINION filed: VACATED and REMANDED. The district court’s preliminary injunctions are vacated.',
      }),
    ]),
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

  it('says in its JSON which entry each change and record came from, the store’s keys kept as `entry` for scripts', async () => {
    const res = await app.inject({ method: 'GET', url: `/api/cases/${CASE.court}/${CASE.docket}` });
    const data = res.json() as {
      posture: { recentChanges: { entry: string | null; from: { label: string } | null }[] };
      deadlines: { entry: string | null; from: { label: string; dateFiled: string } | null }[];
    };
    const told = [...data.posture.recentChanges, ...data.deadlines].filter((x) => x.entry);
    expect(told.length).toBeGreaterThan(0);
    for (const x of told) {
      expect(x.from?.label).toMatch(
        /^(?:ECF No\. \d+|CA6 17-2171 Doc\. \d+|an unnumbered entry of \d{4}-\d\d-\d\d)$/,
      );
    }
    // An appeal's entry, as the case's posture keys it (`appeal:<case id>:<key>`), names its court
    // and the appeal's number (a case can have several appeals, each with its own Doc. 1).
    const ids = await store.db.selectFrom('cases').select(['id', 'court_id']).execute();
    const district = ids.find((c) => c.court_id === CASE.court)!.id;
    const appeal = ids.find((c) => c.court_id === 'ca6')!.id;
    const refs = await entryRefs(store.db, district, [`appeal:${appeal}:52`, '40', 'u:2017-01-01:none']);
    expect(refs.get(`appeal:${appeal}:52`)).toMatchObject({
      label: 'CA6 17-2171 Doc. 52',
      number: '52',
      dateFiled: '2018-12-20',
    });
    expect(refs.get('40')?.label).toBe('ECF No. 40');
    // An unnumbered entry: by its day (its key is the store's, `u:DAY:…`).
    await ingest(
      store.db,
      result(
        'pacer-appellate',
        [
          docket(
            '17-2171',
            [entry({ number: null, dateFiled: '2018-12-21', description: 'Case reassigned.' })],
            {
              caseName: CASE.name,
            },
          ),
        ],
        'ca6',
      ),
      { source: 'ca6-docket' },
    );
    const [u] = await store.db
      .selectFrom('entries')
      .select('entry_key')
      .where('case_id', '=', appeal)
      .where('number', 'is', null)
      .execute();
    expect(u!.entry_key).toMatch(/^u:2018-12-21:/);
    const unnumbered = (await entryRefs(store.db, appeal, [u!.entry_key])).get(u!.entry_key);
    expect(unnumbered).toMatchObject({
      label: 'an unnumbered entry of 2018-12-21',
      number: null,
      description: 'Case reassigned.',
    });
    expect(refs.has('u:2017-01-01:none')).toBe(false);
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
