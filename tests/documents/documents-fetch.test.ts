/**
 * Where documents come from, against real HTTP servers on 127.0.0.1: a NEF's free look is followed
 * once and only within its window; a RECAP copy is taken free; PACER is bought only within the
 * month's budget ($0.10 a page, $3.00 at most), the charge read from the receipt; a sealed entry is
 * never fetched.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { addCase } from '../../db/cases.ts';
import type { Store } from '../../db/index.ts';
import { PacerSession } from '../../scrapers/pacer-docket/session.ts';
import { documentCents, fetchEntryDocument } from '../../src/documents/fetch.ts';
import { DocumentReader } from '../../src/documents/text.ts';
import { ingest } from '../../src/ingest/index.ts';
import { FakeClock } from '../../src/net/clock.ts';
import { HttpClient } from '../../src/net/http.ts';
import { freshStore } from '../support/db.ts';
import { docket, entry, result } from '../support/dockets.ts';
import { startServer, type TestServer } from '../support/http-server.ts';
import { makePdf } from '../support/pdf.ts';

const CASE = 'mied:2:17-cv-11910';
const http = () =>
  new HttpClient({
    contact: 'test@example.org',
    clock: new FakeClock(),
    hostLimits: {},
    random: () => 0,
    retry: { maxAttempts: 1 },
  });
const pdf = (words: string) => makePdf({ pages: [{ lines: ['ORDER', `${words} IT IS SO ORDERED.`] }] });
const reader = new DocumentReader();
let server: TestServer;
let served = { nef: 0, recap: 0, pacerPdf: 0 };

afterAll(async () => {
  await reader.close();
  await server?.close();
});

async function seed(store: Store, entries: ReturnType<typeof entry>[], kind: 'pacer-nef' | 'pacer-docket') {
  await addCase(store.db, 'mied', '2:17-cv-11910', { name: 'Hamama v. Adducci' });
  await ingest(store.db, result(kind, [docket('2:17-cv-11910', entries)]), { source: kind });
}

describe('fetching an entry document', () => {
  let store: Store;
  let dir: string;
  /** ECF No. 70 as a notice gives it: its document's free look at `/doc1/freelook?query`. */
  const seedFreeLook = (query: string) =>
    seed(
      store,
      [
        entry({
          number: '70',
          dateFiled: '2017-07-21',
          description: 'ORDER extending stay',
          documentUrl: `${server.origin}/doc1/freelook?${query}`,
        }),
      ],
      'pacer-nef',
    );
  /** Fetch the case's entry `entry` from `sources`. */
  const fetchEntry = (entry: string, sources: Parameters<typeof fetchEntryDocument>[4]) =>
    fetchEntryDocument(store, reader, dir, { caseKey: CASE, entry }, sources);
  beforeEach(async () => {
    served = { nef: 0, recap: 0, pacerPdf: 0 };
    await server?.close();
    server = await startServer({
      '/doc1/freelook': (_req, res) => {
        served.nef++;
        if (served.nef > 1)
          return void res.writeHead(403, { 'content-type': 'text/html' }).end('free look used');
        res
          .writeHead(200, { 'content-type': 'application/pdf' })
          .end(pdf('The stay is extended to August 7, 2017.'));
      },
      '/api/rest/v4/recap-documents/': (req, res, url) => {
        const ok =
          req.headers.authorization === 'Token cl-token' &&
          url.searchParams.get('docket_entry__entry_number') === '70';
        res.writeHead(200, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            results: ok
              ? [
                  {
                    filepath_local: 'recap/gov.uscourts.mied.320974/gov.uscourts.mied.320974.70.0.pdf',
                    is_available: true,
                    is_sealed: false,
                    page_count: 1,
                    attachment_number: null,
                  },
                ]
              : [],
          }),
        );
      },
      '/recap/gov.uscourts.mied.320974/gov.uscourts.mied.320974.70.0.pdf': (_req, res) => {
        served.recap++;
        res
          .writeHead(200, { 'content-type': 'application/pdf' })
          .end(pdf('Respondents shall file a status report on or before August 1, 2017.'));
      },
      '/services/cso-auth': (_req, res) => {
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ loginResult: '0', nextGenCSO: 'tok' }));
      },
      '/doc1/bought': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' }).end(
          `<html><body><form action="/doc1/bought-pdf" method="post"><input type="hidden" name="caseid" value="320974"><input type="submit" value="View Document"></form>
<table><tr><th>Transaction Receipt</th></tr><tr><td>Billable Pages: 4</td><td>Cost: 0.40</td></tr></table></body></html>`,
        );
      },
      '/doc1/bought-pdf': (_req, res) => {
        served.pacerPdf++;
        res
          .writeHead(200, { 'content-type': 'application/pdf' })
          .end(pdf('A hearing is set for August 10, 2017 at 2:00 p.m.'));
      },
    });
    store = await freshStore('sqlite');
    dir = mkdtempSync(join(tmpdir(), 'docketwatch-fetch-'));
  });

  it('follows a NEF free look once, within its window, and keeps the document', async () => {
    await seedFreeLook('caseid=1&de_seq_num=2&magic_num=12345');
    const soon = () => new Date(Date.now() + 86_400_000);
    const first = await fetchEntry('70', { http: http(), now: soon });
    expect(first).toMatchObject({ fetched: true, origin: 'nef', costCents: 0 });
    await store.db.deleteFrom('entry_documents').execute();
    const second = await fetchEntry('70', { http: http(), now: soon });
    expect(second).toEqual({ fetched: false, reason: 'no source has this document' });
    expect(served.nef).toBe(1);
    const links = await store.db.selectFrom('document_fetches').select(['origin', 'status']).execute();
    expect(links).toEqual([{ origin: 'nef', status: 'fetched' }]);
  });

  it('does not follow a free look after its window', async () => {
    await seedFreeLook('magic_num=1');
    const late = () => new Date(Date.now() + 20 * 86_400_000);
    expect(await fetchEntry('70', { http: http(), now: late })).toMatchObject({ fetched: false });
    expect(served.nef).toBe(0);
  });

  it('takes the RECAP copy, free', async () => {
    await seed(
      store,
      [entry({ number: '70', dateFiled: '2017-07-21', description: 'ORDER' })],
      'pacer-docket',
    );
    await store.db
      .insertInto('sources')
      .values({
        id: 'cl',
        type: 'courtlistener',
        scope: 'case',
        court_id: 'mied',
        case_id: 1,
        config: '{}',
        created_at: new Date().toISOString(),
      })
      .execute();
    await store.db
      .insertInto('source_state')
      .values({
        source_id: 'cl',
        state: null,
        external_id: '320974',
        health: 'ok',
        last_attempt_at: null,
        last_success_at: null,
        consecutive_failures: 0,
        last_error: null,
        last_error_code: null,
        updated_at: new Date().toISOString(),
      })
      .execute();
    const out = await fetchEntry('70', {
      http: http(),
      courtListener: { baseUrl: server.origin, storageUrl: server.origin, token: 'cl-token' },
    });
    expect(out).toMatchObject({ fetched: true, origin: 'recap', costCents: 0 });
    expect(served.recap).toBe(1);
    if (out.fetched)
      expect(out.added.analysis?.deadlines).toEqual([
        expect.objectContaining({ dueDate: '2017-08-01', page: 1 }),
      ]);
  });

  it('buys on PACER only within the budget, charging what the receipt says', async () => {
    await seed(
      store,
      [
        entry({
          number: '71',
          dateFiled: '2017-07-25',
          description: 'NOTICE of hearing',
          documentUrl: `${server.origin}/doc1/bought`,
          pageCount: 4,
        }),
        entry({
          number: '72',
          dateFiled: '2017-07-26',
          description: 'ORDER',
          documentUrl: `${server.origin}/doc1/bought`,
          pageCount: 45,
        }),
        entry({
          number: '73',
          dateFiled: '2017-07-26',
          description: 'SEALED ORDER',
          documentUrl: `${server.origin}/doc1/bought`,
        }),
      ],
      'pacer-docket',
    );
    await store.db
      .insertInto('sources')
      .values({
        id: 'pacer',
        type: 'pacer-docket',
        scope: 'case',
        court_id: 'mied',
        case_id: 1,
        config: '{}',
        created_at: new Date().toISOString(),
      })
      .execute();
    const pacer = (cents: number) => ({
      session: new PacerSession(http(), server.origin, { username: 'u', password: 'p' }),
      sourceId: 'pacer',
      monthlyBudgetCents: cents,
    });

    expect(documentCents(4)).toBe(40);
    expect(documentCents(45)).toBe(300);
    expect(documentCents(null)).toBe(300);
    // $2.99 left cannot cover a 45-page document ($3.00 at most): nothing is requested.
    expect(await fetchEntry('72', { http: http(), pacer: pacer(299) })).toMatchObject({
      fetched: false,
      reason: expect.stringMatching(/budget/),
    });
    expect(served.pacerPdf).toBe(0);
    const bought = await fetchEntry('71', { http: http(), pacer: pacer(299) });
    expect(bought).toMatchObject({ fetched: true, origin: 'pacer', costCents: 40 });
    const spend = await store.db.selectFrom('pacer_spend').select(['cents', 'pages']).execute();
    expect(spend).toEqual([{ cents: 40, pages: 4 }]);
    expect(await fetchEntry('73', { http: http(), pacer: pacer(10_000) })).toEqual({
      fetched: false,
      reason: 'sealed or restricted: never fetched',
    });
    expect(served.pacerPdf).toBe(1);
  });
});
