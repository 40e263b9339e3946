/**
 * A source with a kind docketwatch has never seen needs its folder and one registry line: here
 * the fixture `gazette` (tests/fixtures/sources/gazette/) is registered with `registerSource`, the
 * line `scrapers/registry.ts` has for every source, and nothing else in the tree names it. Ingest
 * ranks its text by what it says of itself, takes its listing as complete, the case page names it
 * as it asks, and the docs table lists it.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { findCase, listEntries } from '../../db/cases.ts';
import { registerSource } from '../../scrapers/registry.ts';
import { sourcesTable } from '../../scrapers/table.ts';
import { ingest } from '../../src/ingest/index.ts';
import { FakeClock } from '../../src/net/clock.ts';
import { HttpClient } from '../../src/net/http.ts';
import { pollSource } from '../../src/sources/poll.ts';
import { buildServer } from '../../src/web/server.ts';
import { gazetteSource } from '../fixtures/sources/gazette/index.ts';
import { DIALECTS, describeDialect, freshStore } from '../support/db.ts';
import { docket, entry, result } from '../support/dockets.ts';
import { startServer, type TestServer } from '../support/http-server.ts';
import { seedCase, seedSource } from '../support/seed.ts';

let gazette: TestServer;
let listed = [
  { number: '1', date: '2017-06-15', text: 'COMPLAINT as published by the gazette' },
  { number: '2', date: '2017-06-16', text: 'ORDER to show cause, full text from the gazette' },
  { number: '3', date: '2017-06-17', text: 'MOTION to dismiss' },
];
const all = listed;
let unregister: () => void;
beforeAll(async () => {
  unregister = registerSource(gazetteSource);
  gazette = await startServer({
    '/dockets/hamama.json': (_req, res) => {
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ docket: '2:17-cv-11910', name: 'Hamama v. Adducci', entries: listed }));
    },
  });
});
afterAll(async () => {
  unregister();
  await gazette.close();
});

const http = () =>
  new HttpClient({ contact: 'test@example.org', clock: new FakeClock(), hostLimits: {}, random: () => 0 });

for (const dialect of DIALECTS) {
  describeDialect(dialect, 'a source of a new kind', () => {
    it('is polled, ranked, taken as complete and named on the page from its own folder', async () => {
      listed = all;
      const store = await freshStore(dialect);
      await seedCase(store);
      // A lower-ranked kind (the RSS feed) gave entry 2 first, in its short form.
      await ingest(
        store.db,
        result('pacer-rss', [
          docket('2:17-cv-11910', [entry({ number: '2', dateFiled: '2017-06-16', description: 'Order' })]),
        ]),
        { source: 'mied-rss' },
      );
      const row = await seedSource(store, {
        type: 'gazette',
        court: 'mied',
        case: 'mied:2:17-cv-11910',
        config: { url: `${gazette.origin}/dockets/hamama.json`, court: 'mied' },
      });
      const report = await pollSource(store, row, { http: http() });
      expect(report.error).toBeNull();
      expect(report.status).toBe('fetched');

      const texts = async () =>
        Object.fromEntries(
          (await listEntries(store.db, 'mied:2:17-cv-11910')).map((e) => [e.number, e.description]),
        );
      // Its rank (9) beats the feed's (1): the gazette's full text is the entry's text.
      expect(await texts()).toEqual({
        '1': 'COMPLAINT as published by the gazette',
        '2': 'ORDER to show cause, full text from the gazette',
        '3': 'MOTION to dismiss',
      });

      // Its listing is complete: an entry it stops listing is gone from the docket.
      listed = [all[0]!, all[2]!];
      const again = await pollSource(store, row, { http: http() });
      expect(again.events.map((e) => e.type)).toContain('entry.vanished');

      const app = await buildServer({ store, publicUrl: 'https://watch.example.org', notify: null });
      try {
        const page = await app.inject({ method: 'GET', url: '/cases/mied/2:17-cv-11910' });
        expect(page.body.replace(/<[^>]+>/g, '')).toContain(
          'the county gazette lists every entry the court makes public',
        );
      } finally {
        await app.close();
      }
      expect(await findCase(store.db, 'mied:2:17-cv-11910')).toBeTruthy();
      expect(sourcesTable()).toContain(
        '| `gazette` | County gazette docket (JSON) | `gazette` | no | `*/20 * * * *` |',
      );
    });
  });
}
