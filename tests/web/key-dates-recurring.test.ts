/**
 * The advocates' key dates (page and .ics) through the live path: a recurring court-ordered
 * obligation is one line on the page ("every 14 days from … to …", with its next occurrence), not
 * one row per occurrence, and one event in the advocates' calendar; the legal team's calendar keeps
 * every occurrence. A hearing whose day passed with no record that it was held says just that, in every language.
 */
import { afterEach, expect, it } from 'vitest';
import { addCase } from '../../db/cases.ts';
import type { Store } from '../../db/index.ts';
import { ingestParsed } from '../../src/ingest/pipeline.ts';
import { buildServer } from '../../src/web/server.ts';
import { DIALECTS, describeDialect, freshStore } from '../support/db.ts';
import { docket, entry, result } from '../support/dockets.ts';
import { parseCalendar } from '../support/web.ts';
import { KEY_DATE_ENTRIES } from './key-date-entries.ts';

const PUBLIC = 'https://watch.example.org';
const PAGE = '/cases/mied/2:17-cv-11910';

const RECURRING = entry({
  number: '88',
  dateFiled: '2017-07-24',
  description:
    "ORDER. The Government shall provide to Plaintiffs' counsel, every fourteen (14) days, a list of detainees transferred. Signed by District Judge Mark A. Goldsmith. (Entered: 07/24/2017)",
});

for (const dialect of DIALECTS) {
  describeDialect(dialect, 'the advocates’ key dates: recurring dates and past hearings', () => {
    let store: Store | null = null;
    afterEach(async () => {
      await store?.close();
      store = null;
    });

    async function get(url: string, at = '2017-07-08T15:00:00Z') {
      const app = await buildServer({
        store: store!,
        publicUrl: PUBLIC,
        notify: null,
        now: () => new Date(at),
      });
      try {
        return await app.inject({ method: 'GET', url });
      } finally {
        await app.close();
      }
    }

    async function seed() {
      store = await freshStore(dialect);
      await addCase(store.db, 'mied', '2:17-cv-11910', { name: 'Hamama v. Adducci' });
      await ingestParsed(
        store,
        result('pacer-docket', [docket('2:17-cv-11910', [...KEY_DATE_ENTRIES, RECURRING])]),
      );
    }

    it('shows a recurring obligation once on the page and once in the advocates’ calendar', async () => {
      await seed();
      const legal = parseCalendar((await get(`${PAGE}/calendar.ics`, '2017-09-01T15:00:00Z')).body);
      const legalReports = legal.filter((e) => /detainees transferred/.test(e.summary));
      expect(legalReports.length).toBeGreaterThan(3); // the legal team keeps every occurrence

      const ics = parseCalendar(
        (await get(`${PAGE}/calendar.ics?audience=advocate`, '2017-09-01T15:00:00Z')).body,
      );
      const reports = ics.filter((e) => /detainees transferred/.test(e.summary));
      expect(reports).toHaveLength(1);
      // The next one on or after Sept 1, 2017.
      const next = legalReports.map((e) => e.start.slice(0, 10)).find((d) => d >= '2017-09-01')!;
      expect(reports[0]!.start.slice(0, 10)).toBe(next);

      for (const lang of ['en', 'es', 'ar']) {
        const page = (await get(`${PAGE}/key-dates?lang=${lang}`, '2017-09-01T15:00:00Z')).body;
        expect(page.match(/detainees transferred/g) ?? [], lang).toHaveLength(2); // summary + description, once
      }
      const en = (await get(`${PAGE}/key-dates?lang=en`, '2017-09-01T15:00:00Z')).body;
      const upcoming = en.slice(en.indexOf('id="upcoming-h"'), en.indexOf('id="past-h"'));
      expect(upcoming).toMatch(/Every 14 days from [A-Z][a-z]+ \d+, 2017/);
      expect(upcoming).toContain(
        `next: ${new Date(`${next}T12:00:00Z`).toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' })}`,
      );
    });

    it('says a hearing before the page’s day has passed, not that it was held when nothing on the docket says so, in en, es and ar', async () => {
      await seed();
      const before = (await get(`${PAGE}/key-dates?lang=en&as-of=2017-07-10`)).body;
      expect(before).toContain('The court holds a hearing on July 12, 2017');
      const after = (await get(`${PAGE}/key-dates?lang=en&as-of=2017-07-20`)).body;
      // No minute entry or transcript records the July 12 hearing: its day has passed, no more.
      expect(after).toContain('The court set a hearing for July 12, 2017');
      expect(after).toContain('That day has passed; the docket does not show yet that it was held.');
      expect(after).not.toContain('The court held a hearing on July 12, 2017');
      expect(after).not.toContain('The court holds a hearing on July 12, 2017');
      const es = (await get(`${PAGE}/key-dates?lang=es&as-of=2017-07-20`)).body;
      const esBefore = (await get(`${PAGE}/key-dates?lang=es&as-of=2017-07-10`)).body;
      const ar = (await get(`${PAGE}/key-dates?lang=ar&as-of=2017-07-20`)).body;
      const arBefore = (await get(`${PAGE}/key-dates?lang=ar&as-of=2017-07-10`)).body;
      const hearing = (body: string) =>
        (body.match(/<p class="description">([^<]*12[^<]*2017[^<]*)<\/p>/) ?? [])[1];
      expect(hearing(es)).toBeTruthy();
      expect(hearing(es)).not.toBe(hearing(esBefore));
      expect(hearing(ar)).toBeTruthy();
      expect(hearing(ar)).not.toBe(hearing(arBefore));
    });
  });
}
