/**
 * What docketwatch has seen of a docket, said once (db/sources.ts `docketCoverage`, src/notify/
 * coverage.ts): numbers a complete docket report does not list are not on the court's public
 * docket — docketwatch has everything the court shows there; numbers after the last report that the
 * partial feed skipped are not seen yet; with no complete report, only what the sources carry. The
 * case page, the key dates page (en/es/ar) and `docketwatch deadlines` say the same, and nothing on
 * the page says the opposite ("N entries are missing" beside "carries every entry").
 */
import { afterEach, expect, it } from 'vitest';
import { addCase } from '../../db/cases.ts';
import type { Store } from '../../db/index.ts';
import { docketCoverage } from '../../db/sources.ts';
import { ingestParsed } from '../../src/ingest/pipeline.ts';
import { buildServer } from '../../src/web/server.ts';
import { runCli } from '../support/cli.ts';
import { DIALECTS, describeDialect, freshStore } from '../support/db.ts';
import { docket, entry, result } from '../support/dockets.ts';

const PAGE = '/cases/mied/2:17-cv-11910';
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');
const numbered = (numbers: number[]) =>
  numbers.map((n) =>
    entry({
      number: String(n),
      dateFiled: `2017-06-${String(10 + n).padStart(2, '0')}`,
      description: `ORDER ${n}`,
    }),
  );

for (const dialect of DIALECTS) {
  describeDialect(dialect, 'the coverage note', () => {
    let store: Store | null = null;
    afterEach(async () => {
      await store?.close();
      store = null;
    });

    async function read(url: string) {
      const app = await buildServer({
        store: store!,
        publicUrl: 'https://watch.example.org',
        notify: null,
        now: () => new Date('2017-07-01T12:00:00Z'),
      });
      try {
        return text((await app.inject({ url })).body);
      } finally {
        await app.close();
      }
    }

    it('a complete report with numbers it does not list, then a feed that skips some: each said once, for what it is', async () => {
      store = await freshStore(dialect);
      await addCase(store.db, 'mied', '2:17-cv-11910');
      await ingestParsed(
        store,
        result('pacer-docket', [docket('2:17-cv-11910', numbered([1, 2, 5, 6, 9]))]),
        {
          source: 'mied-report',
        },
      );
      await ingestParsed(store, result('pacer-rss', [docket('2:17-cv-11910', numbered([13]))]), {
        source: 'mied-rss',
      });
      const c = await docketCoverage(
        store.db,
        (await store.db.selectFrom('cases').select('id').executeTakeFirstOrThrow()).id,
      );
      expect(c.complete).toEqual({ highest: 9 });
      expect(c.notListed).toEqual([
        { first: 3, last: 4 },
        { first: 7, last: 8 },
      ]);
      expect(c.notSeen).toEqual([{ first: 10, last: 12 }]);

      const note =
        'docketwatch has read the court’s complete docket report (up to No. 9). 4 numbers (3–4, 7–8) are not on that report: the court’s public docket does not show them (sealed, restricted or never used), so docketwatch has not seen them either. 3 entries filed after that report (10–12) have not been seen yet: the sources docketwatch follows since then do not carry every entry.';
      const page = await read(PAGE);
      expect(page).toContain(note);
      expect(page.split('complete docket report').length - 1).toBe(1);
      expect(page).not.toMatch(/carries every entry|entries are missing/);
      expect(await read(`${PAGE}/key-dates?lang=en`)).toContain(note);
      expect(await read(`${PAGE}/key-dates?lang=es`)).toContain(
        '4 números (3–4, 7–8) no figuran en ese informe: el expediente público del tribunal no los muestra',
      );
      expect(await read(`${PAGE}/key-dates?lang=ar`)).toContain(
        'أرقام غير موجودة في ذلك التقرير: 4 (3–4, 7–8)',
      );
      if (dialect === 'sqlite') {
        const cli = await runCli([
          'deadlines',
          '--case',
          'mied:2:17-cv-11910',
          '--as-of',
          '2017-07-01',
          '--db',
          (store as Store & { target: string }).target,
        ]);
        expect(cli.code, cli.stderr).toBe(0);
        expect(cli.stdout).toContain(`  COVERAGE  ${note}`);
      }
    });

    it('a complete report with nothing missing: the whole docket', async () => {
      store = await freshStore(dialect);
      await addCase(store.db, 'mied', '2:17-cv-11910');
      await ingestParsed(store, result('pacer-docket', [docket('2:17-cv-11910', numbered([1, 2, 3]))]), {
        source: 'mied-report',
      });
      const page = await read(PAGE);
      expect(page).toContain(
        'docketwatch has every entry of the court’s docket: it has read the complete docket report, and no number is missing up to No. 3.',
      );
      expect(page).not.toContain('Fill in the rest');
    });

    it('only a partial feed: what it has not seen, with the offer to fill it in', async () => {
      store = await freshStore(dialect);
      await addCase(store.db, 'mied', '2:17-cv-11910');
      await ingestParsed(store, result('pacer-rss', [docket('2:17-cv-11910', numbered([4, 6]))]), {
        source: 'mied-rss',
      });
      const page = await read(PAGE);
      expect(page).toContain(
        'docketwatch has not read a complete docket report: it has only what its sources carry, nothing filed before June 14, 2017 (entries 1–3). One numbered entry (5) is missing between those it has.',
      );
      expect(page).toContain('Fill in the rest');
    });
  });
}
