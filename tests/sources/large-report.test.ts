/**
 * A large docket report polled through the parse thread (`scrapers/parse-thread.ts`): bad bytes
 * give the poll a clear error and move nothing — no entry, no saved state — and the next poll of
 * the real report ingests every entry of it.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addCase } from '../../db/cases.ts';
import type { Store } from '../../db/index.ts';
import { addSource, configuredSources, loadSourceState } from '../../db/sources.ts';
import { pacerDocketPublicSource } from '../../scrapers/pacer-docket-public/index.ts';
import { OFF_THREAD_BYTES, sharedParseThread } from '../../scrapers/parse-thread.ts';
import { pollSource } from '../../src/sources/poll.ts';
import { freshStore } from '../support/db.ts';
import { generatedDocketReport } from '../support/docket-report.ts';
import { startServer, type TestServer } from '../support/http-server.ts';
import { localHttp } from '../support/worker.ts';

const template = readFileSync(
  new URL('../../scrapers/pacer/fixtures/district-mied-civil.html', import.meta.url),
  'latin1',
);
const ENTRIES = 1500;
const report = Buffer.from(generatedDocketReport({ template, entries: ENTRIES, seed: 5 }), 'latin1');
/** A page of the right size and type that is not text at all. */
const garbage = Buffer.alloc(OFF_THREAD_BYTES * 2, 0);

let server: TestServer;
let serving = garbage;
let store: Store;
beforeAll(async () => {
  server = await startServer({
    '/cgi-bin/DktRpt.pl': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' }).end(serving);
    },
  });
  store = await freshStore('sqlite');
});
afterAll(async () => {
  await server.close();
  await store.close();
  await sharedParseThread().close();
});

it('a bad large page fails the poll with its reason and moves nothing; the real report is then ingested whole', async () => {
  expect(report.byteLength).toBeGreaterThanOrEqual(OFF_THREAD_BYTES);
  const { key } = await addCase(store.db, 'mied', '2:17-cv-11910', { name: 'Hamlin v. Adams' });
  const id = await addSource(store.db, {
    type: 'pacer-docket-public',
    court: 'mied',
    case: key,
    config: { url: `${server.origin}/cgi-bin/DktRpt.pl?321000`, court: 'mied', kind: 'pacer-docket' },
  });
  const [row] = await configuredSources(store.db, id);
  const entries = async () =>
    Number(
      (
        await store.db
          .selectFrom('entries')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const parsedBefore = sharedParseThread().parsed;

  const failed = await pollSource(store, row!, { http: localHttp() });
  expect(failed.status).toBe('failed');
  expect(failed.error).toEqual({ code: 'EINPUT', message: expect.stringMatching(/binary data/) });
  expect(await entries()).toBe(0);
  const afterFailure = await loadSourceState(store.db, id);
  expect(afterFailure?.last_success_at ?? null).toBeNull();
  expect(afterFailure?.last_error_code).toBe('EINPUT');

  serving = report;
  const ok = await pollSource(store, row!, { http: localHttp() });
  expect(ok.error).toBeNull();
  expect(ok.status).toBe('fetched');
  // Every numbered entry of the report is in the record, each told once as added.
  const parsed = pacerDocketPublicSource.parse(
    { url: 'x', finalUrl: 'x', contentType: 'text/html', body: report, fetchedAt: new Date().toISOString() },
    { url: 'http://127.0.0.1/', court: 'mied', kind: 'pacer-docket' },
  );
  const numberedInReport = parsed.cases[0]!.entries.filter((e) => e.number !== null).length;
  expect(numberedInReport).toBeGreaterThan(ENTRIES / 2);
  expect(await numbered()).toBe(numberedInReport);
  expect(ok.events.filter((e) => e.type === 'entry.added')).toHaveLength(await entries());
  // Both pages went through the parse thread.
  expect(sharedParseThread().parsed).toBe(parsedBefore + 2);
});

async function numbered(): Promise<number> {
  return Number(
    (
      await store.db
        .selectFrom('entries')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('number', 'is not', null)
        .executeTakeFirstOrThrow()
    ).n,
  );
}
