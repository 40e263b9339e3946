/**
 * The advocates' calendar (.ics and its page), through the live path (entries → deadline record →
 * calendar): the stay's last day, the injunction's first day, the release date the judge ordered and
 * the hearing — not the briefing, response or transcript deadlines — in the subscriber's language.
 */
import { afterEach, expect, it } from 'vitest';
import { addCase } from '../../db/cases.ts';
import type { Store } from '../../db/index.ts';
import { ingestParsed } from '../../src/ingest/pipeline.ts';
import { buildServer } from '../../src/web/server.ts';
import { DIALECTS, describeDialect, freshStore } from '../support/db.ts';
import { docket, result } from '../support/dockets.ts';
import { parseCalendar } from '../support/web.ts';
import { KEY_DATE_ENTRIES } from './key-date-entries.ts';

const PUBLIC = 'https://watch.example.org';
const PAGE = '/cases/mied/2:17-cv-11910';

for (const dialect of DIALECTS) {
  describeDialect(dialect, 'the advocates’ key dates', () => {
    let store: Store | null = null;
    afterEach(async () => {
      await store?.close();
      store = null;
    });

    async function get(url: string) {
      const app = await buildServer({
        store: store!,
        publicUrl: PUBLIC,
        notify: null,
        now: () => new Date('2017-07-08T15:00:00Z'),
      });
      try {
        return await app.inject({ method: 'GET', url });
      } finally {
        await app.close();
      }
    }

    it('holds the stay’s end, the injunctions, the hearing and the release date, not briefs or transcripts', async () => {
      store = await freshStore(dialect);
      await addCase(store.db, 'mied', '2:17-cv-11910', { name: 'Hamama v. Adducci' });
      await ingestParsed(store, result('pacer-docket', [docket('2:17-cv-11910', KEY_DATE_ENTRIES)]));

      const legal = parseCalendar((await get(`${PAGE}/calendar.ics`)).body);
      // The legal team's calendar has the paperwork too.
      expect(legal.map((e) => e.start)).toEqual(expect.arrayContaining(['2017-07-10', '2017-07-28']));

      const res = await get(`${PAGE}/calendar.ics?audience=advocate`);
      expect(res.statusCode).toBe(200);
      const advocate = parseCalendar(res.body);
      const days = advocate.map((e) => e.start.slice(0, 10));
      expect(days).toContain('2017-07-06'); // the stay's last day (14 days from June 22)
      expect(days).toContain('2017-07-24'); // the preliminary injunction takes effect
      expect(days).toContain('2018-01-02'); // the second one
      expect(days).toContain('2018-02-02'); // the release date the judge ordered
      expect(days.some((d) => d === '2017-07-12')).toBe(true); // the hearing
      for (const paperwork of ['2017-07-10', '2017-07-28', '2017-08-07', '2017-10-05'])
        expect(days, paperwork).not.toContain(paperwork);
      const release = advocate.find((e) => e.start.startsWith('2018-02-02'))!;
      expect(release.summary).toContain(
        'Court-ordered date: Release of class members detained for six months or more',
      );
      expect(advocate.find((e) => e.start.startsWith('2017-07-24'))!.summary).toBe(
        'Preliminary injunction takes effect',
      );
    });

    it('is written in Spanish or Arabic with ?lang=, as a calendar and as a right-to-left page', async () => {
      store = await freshStore(dialect);
      await addCase(store.db, 'mied', '2:17-cv-11910', { name: 'Hamama v. Adducci' });
      await ingestParsed(store, result('pacer-docket', [docket('2:17-cv-11910', KEY_DATE_ENTRIES)]));

      const es = parseCalendar((await get(`${PAGE}/calendar.ics?audience=advocate&lang=es`)).body);
      // The stay ran out on July 6 (the entries extend nothing): its last day says it was not extended.
      expect(es.find((e) => e.start.startsWith('2017-07-06'))!.summary).toBe(
        'Último día de la suspensión (no se prorrogó)',
      );
      const ar = await get(`${PAGE}/calendar.ics?audience=advocate&lang=ar`);
      expect(ar.headers['content-disposition']).toContain('-advocate-ar.ics');
      const events = parseCalendar(ar.body);
      expect(events.find((e) => e.start.startsWith('2017-07-24'))!.summary).toBe(
        'يبدأ سريان الأمر القضائي الأولي',
      );
      expect(events.find((e) => e.start.startsWith('2018-02-02'))!.summary).toMatch(/^موعد حدّدته المحكمة: /);

      const page = await get(`${PAGE}/key-dates?lang=ar`);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('<html lang="ar" dir="rtl">');
      expect(page.body).toContain('المواعيد القادمة');
      expect(page.body).toContain(`href="${PUBLIC}${PAGE}/calendar.ics?audience=advocate&amp;lang=ar"`);
      // Upcoming from July 8, 2017: the hearing first; the stay's end is past.
      const upcoming = page.body.slice(
        page.body.indexOf('id="upcoming-h"'),
        page.body.indexOf('id="past-h"'),
      );
      // The hearing by its kind, in Arabic (docketwatch's words, not the court's: never quoted English).
      expect(upcoming).toContain('موعد: جلسة بشأن طلب');
      expect(upcoming).not.toContain('آخر يوم للوقف');
      expect(page.body.slice(page.body.indexOf('id="past-h"'))).toContain('آخر يوم للوقف');
      // The case page links the key dates in the page's language.
      expect((await get(`${PAGE}?lang=es`)).body).toContain(`href="${PAGE}/key-dates?lang=es"`);
    });
  });
}
