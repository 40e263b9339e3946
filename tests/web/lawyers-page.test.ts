/**
 * The case page lawyers expect, through the live path (parser → ingest → store → page): the court's
 * docket link, judge, dates, nature of suit, parties and counsel from the docket report's header
 * ("not known yet" when only the feed has been read), and server-side search, date and number
 * filters that return the right entries and never reflect markup.
 */
import { readFileSync } from 'node:fs';
import { afterEach, expect, it } from 'vitest';
import { addCase } from '../../db/cases.ts';
import type { Store } from '../../db/index.ts';
import { parsePacer } from '../../scrapers/pacer/index.ts';
import { ingestParsed } from '../../src/ingest/pipeline.ts';
import { buildServer } from '../../src/web/server.ts';
import { DIALECTS, describeDialect, freshStore } from '../support/db.ts';
import { docket, entry, result } from '../support/dockets.ts';

const PUBLIC = 'https://watch.example.org';
const PAGE = '/cases/mied/2:17-cv-11910';
const REPORT = readFileSync(
  new URL('../../scrapers/pacer/fixtures/district-mied-civil.html', import.meta.url),
);
const HOSTILE = '<script>alert(1)</script>"><img src=x onerror=alert(2)>';

const text = (body: string) =>
  body
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

/** The entry numbers shown in the page's docket list, in order. */
function shownNumbers(body: string): string[] {
  const list = /<ol class="entries">([\s\S]*?)<\/ol>/.exec(body.slice(body.indexOf('id="timeline-h"')));
  if (!list) return [];
  return [...list[1]!.matchAll(/<span class="number">([^<]*)<\/span>/g)].map((m) => m[1]!);
}

for (const dialect of DIALECTS) {
  describeDialect(dialect, 'the lawyers’ case page', () => {
    let store: Store | null = null;
    afterEach(async () => {
      await store?.close();
      store = null;
    });

    async function page(url: string) {
      const app = await buildServer({ store: store!, publicUrl: PUBLIC, notify: null });
      try {
        return await app.inject({ method: 'GET', url });
      } finally {
        await app.close();
      }
    }

    it('says "not known yet" for what the feed does not carry, then shows the docket report’s header', async () => {
      store = await freshStore(dialect);
      await addCase(store.db, 'mied', '2:17-cv-11910', { name: 'Hamama v. Adducci' });
      // First only a feed item: no judge, no parties.
      await ingestParsed(
        store,
        result('pacer-rss', [
          docket('2:17-cv-11910', [entry({ number: '1', dateFiled: '2017-06-15', description: 'PETITION' })]),
        ]),
      );
      const before = text((await page(PAGE)).body);
      expect(before).toMatch(/Judge not known yet/);
      expect(before).toMatch(/Nature of suit not known yet/);
      expect(before).toMatch(/Court's docket not known yet/);
      expect(before).toContain('Parties and counsel: not known yet.');

      // Then the CM/ECF docket report, through the real parser.
      const parsed = parsePacer(REPORT, { kind: 'pacer-docket' });
      await ingestParsed(store, parsed, { source: 'pacer-docket' });
      const res = await page(PAGE);
      expect(res.statusCode).toBe(200);
      const after = text(res.body);
      const header = parsed.cases[0]!;
      expect(after).toContain(`Judge ${header.assignedTo}`);
      expect(after).toContain('Filed June 15, 2017');
      expect(after).toContain(`Nature of suit ${header.natureOfSuit}`);
      expect(after).toContain(`Cause ${header.cause}`);
      expect(after).toContain(`Parties and counsel (${header.parties.length})`);
      for (const party of header.parties) {
        expect(after).toContain(party.name);
        for (const a of party.attorneys) expect(after).toContain(a.name);
      }
      expect(after).toContain('From the CM/ECF docket report');
      expect(after).not.toMatch(/Judge not known yet/);

      // A later feed item (no header) keeps what the report said.
      await ingestParsed(
        store,
        result('pacer-rss', [
          docket('2:17-cv-11910', [entry({ number: '99', dateFiled: '2017-08-01', description: 'ORDER' })]),
        ]),
      );
      expect(text((await page(PAGE)).body)).toContain(`Judge ${header.assignedTo}`);
    });

    it('links the court’s docket once the PACER case id is known', async () => {
      store = await freshStore(dialect);
      await addCase(store.db, 'mied', '2:17-cv-11910');
      await ingestParsed(
        store,
        result('pacer-docket', [
          docket(
            '2:17-cv-11910',
            [entry({ number: '1', dateFiled: '2017-06-15', description: 'PETITION' })],
            {
              pacerCaseId: '321020',
              assignedTo: 'District Judge Mark A. Goldsmith',
            },
          ),
        ]),
      );
      const body = (await page(PAGE)).body;
      expect(body).toContain('href="https://ecf.mied.uscourts.gov/cgi-bin/DktRpt.pl?321020"');
      const api = (await page(`/api${PAGE}?q=petition`)).json();
      expect(api.case).toMatchObject({
        docketUrl: 'https://ecf.mied.uscourts.gov/cgi-bin/DktRpt.pl?321020',
        header: { judge: 'District Judge Mark A. Goldsmith', parties: [] },
        headerSource: { source: 'pacer-docket' },
        class: null,
      });
      expect(api.entries).toHaveLength(1);
    });

    it('filters by words, dates and entry numbers on the server, and escapes what it echoes', async () => {
      store = await freshStore(dialect);
      await addCase(store.db, 'mied', '2:17-cv-11910');
      const entries = [
        entry({ number: '1', dateFiled: '2017-06-15', description: 'PETITION for Writ of Habeas Corpus' }),
        entry({ number: '32', dateFiled: '2017-06-22', description: 'ORDER Staying Removal of Petitioners' }),
        entry({
          number: '43',
          dateFiled: '2017-06-26',
          description: 'ORDER expanding the stay to all class members',
        }),
        entry({
          number: '61',
          dateFiled: '2017-07-06',
          description: 'ORDER extending the stay through July 24, 2017',
        }),
        entry({ number: '64', dateFiled: '2017-07-11', description: `MOTION ${HOSTILE}` }),
        entry({
          number: '87',
          dateFiled: '2017-07-24',
          description: 'OPINION & ORDER granting preliminary injunction',
        }),
      ];
      await ingestParsed(store, result('pacer-docket', [docket('2:17-cv-11910', entries)]));

      expect(shownNumbers((await page(PAGE)).body)).toEqual(
        ['87', '64', '61', '43', '32', '1'].map((n) => `ECF No. ${n}`),
      );
      // Every word, any letter case.
      expect(shownNumbers((await page(`${PAGE}?q=the+STAY`)).body)).toEqual(['ECF No. 61', 'ECF No. 43']);
      // A date range (inclusive), and the same range given backwards.
      for (const range of ['from=2017-06-22&to=2017-07-06', 'from=2017-07-06&to=2017-06-22']) {
        expect(shownNumbers((await page(`${PAGE}?${range}`)).body)).toEqual([
          'ECF No. 61',
          'ECF No. 43',
          'ECF No. 32',
        ]);
      }
      // Entry numbers, with the words.
      expect(shownNumbers((await page(`${PAGE}?first=40&last=70`)).body)).toEqual([
        'ECF No. 64',
        'ECF No. 61',
        'ECF No. 43',
      ]);
      expect(shownNumbers((await page(`${PAGE}?first=40&last=70&q=order`)).body)).toEqual([
        'ECF No. 61',
        'ECF No. 43',
      ]);
      // Malformed values are ignored, not errors.
      const lenient = await page(`${PAGE}?from=yesterday&first=-3&last=1e9`);
      expect(lenient.statusCode).toBe(200);
      expect(shownNumbers(lenient.body)).toHaveLength(6);

      // Markup, SQL and quotes in the search: found as text, echoed escaped, nothing injected.
      const hostile = await page(`${PAGE}?q=${encodeURIComponent(HOSTILE)}`);
      expect(hostile.statusCode).toBe(200);
      expect(hostile.body).not.toContain('<script>alert(1)');
      expect(hostile.body).not.toContain('<img src=x');
      expect(hostile.body).toContain('value="&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img');
      expect(shownNumbers(hostile.body)).toEqual(['ECF No. 64']);
      const sql = await page(`${PAGE}?q=${encodeURIComponent("' OR 1=1 --")}&first=1`);
      expect(sql.statusCode).toBe(200);
      expect(shownNumbers(sql.body)).toEqual([]);
      expect(text(sql.body)).toContain('No entry matches this filter.');
      // The store is unharmed.
      expect(shownNumbers((await page(PAGE)).body)).toHaveLength(6);
    });

    it('says once what it has not seen, with the backfill offer', async () => {
      store = await freshStore(dialect);
      await addCase(store.db, 'mied', '2:17-cv-11910');
      await ingestParsed(
        store,
        result('pacer-rss', [
          docket('2:17-cv-11910', [
            entry({ number: '32', dateFiled: '2017-06-22', description: 'ORDER Staying Removal' }),
            entry({ number: '61', dateFiled: '2017-07-06', description: 'ORDER extending the stay' }),
          ]),
        ]),
        { source: 'mied-rss' },
      );
      const body = text((await page(PAGE)).body);
      expect(body).toContain(
        'docketwatch has not read a complete docket report: it has only what its sources carry, nothing filed before June 22, 2017 (entries 1–31). 28 numbered entries (33–60) are missing between those it has.',
      );
      expect(body).toContain('docketwatch source add courtlistener --case mied:2:17-cv-11910');
      expect(body).toContain('docketwatch source add pacer-docket --case mied:2:17-cv-11910');
      expect(body.match(/has not read a complete docket report/g)).toHaveLength(1);
    });
  });
}
