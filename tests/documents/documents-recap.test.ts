/**
 * A RECAP copy read by the live worker, and a stay's term told once. CourtListener is replayed on
 * 127.0.0.1 (docket, entries, RECAP documents, the stored PDF); the worker polls it, the order's
 * docket text says only "granted", and the order's PDF is not in RECAP yet. Later RECAP has it: the
 * worker's next try fetches and reads it, and the people following the case — a legal team and an
 * advocate, mail received by a real SMTP server — are told the stay's last day from the order's
 * own words, with the sentence and its page. Reading the same term again (CourtListener enriching
 * the entry, a person adding another copy of the order) tells nobody anything more.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSource } from '../../db/sources.ts';
import { addDocument } from '../../src/documents/store.ts';
import { DocumentReader } from '../../src/documents/text.ts';
import { DIALECTS, freshStore, postgresUnavailable } from '../support/db.ts';
import { startServer, type TestServer } from '../support/http-server.ts';
import { CASE_KEY, seedCase } from '../support/notify-store.ts';
import { makePdf } from '../support/pdf.ts';
import { seedSubscription } from '../support/seed.ts';
import { parse, startSmtp, type TestSmtp } from '../support/smtp.ts';
import { localHttp, mailSettings, startWorker } from '../support/worker.ts';
import { ORDER_DAY, STAY_SENTENCE } from './stay-order.ts';

const TOKEN = 'cl-token-recap-7d1f';
const lastDay = ORDER_DAY.plus({ days: 14 }).toFormat('LLLL d, yyyy');

const orderPages = (stamp: string[]) => [
  {
    lines: [
      ...stamp,
      'UNITED STATES DISTRICT COURT',
      'EASTERN DISTRICT OF MICHIGAN',
      'OPINION AND ORDER GRANTING PETITIONERS\u2019 MOTION FOR STAY OF REMOVAL',
      'Petitioners are Iraqi nationals who face removal to Iraq.',
    ],
  },
  { lines: [...stamp, 'The Court has considered the papers.', 'The motion is granted.'] },
  { lines: [...stamp, STAY_SENTENCE, 'IT IS SO ORDERED.'] },
];
const recapCopy = makePdf({ pages: orderPages([]) });
/** The same order as the court's stamped copy: other bytes, the same words. */
const stampedCopy = makePdf({
  pages: orderPages([
    `Case 2:17-cv-11910-MAG-DRG ECF No. 32 filed ${ORDER_DAY.toFormat('MM/dd/yy')} PageID.300`,
  ]),
});

const DOCKET_ID = 6105123;
let recapHas = false;
/** CourtListener has enriched the entry (a later `date_modified`) when true. */
let enriched = false;
let server: TestServer;
let smtp: TestSmtp;
let dir: string;
let reader: DocumentReader;

function entries(): object {
  const modified = enriched ? '2030-01-02T10:00:00-08:00' : '2030-01-01T10:00:00-08:00';
  return {
    next: null,
    previous: null,
    results: [
      {
        id: 732,
        docket: DOCKET_ID,
        entry_number: 32,
        date_filed: ORDER_DAY.toISODate(),
        date_created: `${ORDER_DAY.toISODate()}T14:15:00-07:00`,
        date_modified: modified,
        description:
          'OPINION AND ORDER Granting [11] Motion for Stay of Removal. Signed by District Judge Mark A. Goldsmith.',
        pacer_sequence_number: 140,
        recap_sequence_number: `${ORDER_DAY.toISODate()}.001`,
        recap_documents: [
          {
            id: 9032,
            description: 'Order on Motion to Stay',
            document_number: '32',
            attachment_number: null,
            pacer_doc_id: '09717512032',
            page_count: 3,
            is_available: recapHas,
            absolute_url: `/docket/${DOCKET_ID}/32/hamama-v-adducci/`,
          },
        ],
      },
    ],
  };
}

beforeAll(async () => {
  process.env.COURTLISTENER_TOKEN = TOKEN;
  dir = mkdtempSync(join(tmpdir(), 'docketwatch-recap-'));
  const json = (res: ServerResponse, body: unknown) =>
    void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  server = await startServer({
    '/api/rest/v4/dockets/': (_req, res) =>
      json(res, {
        count: 1,
        next: null,
        previous: null,
        results: [
          {
            id: DOCKET_ID,
            court_id: 'mied',
            docket_number: '2:17-cv-11910',
            case_name: 'Hamama v. Adducci',
            pacer_case_id: '321020',
            date_modified: '2030-01-01T10:00:00-08:00',
            assigned_to_str: 'Mark A. Goldsmith',
            referred_to_str: null,
            date_filed: '2017-06-15',
            date_terminated: null,
            nature_of_suit: 'Habeas Corpus (Alien Detainee)',
            cause: null,
            jurisdiction_type: null,
          },
        ],
      }),
    '/api/rest/v4/docket-entries/': (_req, res) => json(res, entries()),
    '/api/rest/v4/recap-documents/': (req, res, url) => {
      const asked =
        req.headers.authorization === `Token ${TOKEN}` &&
        url.searchParams.get('docket_entry__docket__id') === String(DOCKET_ID) &&
        url.searchParams.get('docket_entry__entry_number') === '32';
      json(res, {
        results:
          asked && recapHas
            ? [
                {
                  filepath_local: `recap/gov.uscourts.mied.321020/gov.uscourts.mied.321020.32.0.pdf`,
                  is_available: true,
                  is_sealed: false,
                  page_count: 3,
                  attachment_number: null,
                },
              ]
            : [],
      });
    },
    '/storage/recap/gov.uscourts.mied.321020/gov.uscourts.mied.321020.32.0.pdf': (_req, res) =>
      void res.writeHead(200, { 'content-type': 'application/pdf' }).end(recapCopy),
  });
  smtp = await startSmtp();
  reader = new DocumentReader();
});

afterAll(async () => {
  delete process.env.COURTLISTENER_TOKEN;
  await reader?.close();
  await server?.close();
  await smtp?.close();
  rmSync(dir, { recursive: true, force: true });
});

for (const dialect of DIALECTS)
  describe.skipIf(dialect === 'postgres' && postgresUnavailable)(
    `a RECAP copy read by the worker (${dialect})`,
    () => {
      it('tells the stay’s last day from the order once, with its sentence and page, to the legal team and the advocate', async () => {
        recapHas = false;
        enriched = false;
        const store = await freshStore(dialect);
        await seedCase(store);
        const source = await addSource(store.db, {
          type: 'courtlistener',
          court: null,
          case: CASE_KEY,
          config: {
            court: 'mied',
            docketNumber: '2:17-cv-11910',
            baseUrl: server.origin,
            minIntervalMs: 250,
            // Order texts come from the PDF here, not from CourtListener's plain text.
            maxTextFetches: 0,
          },
        });
        const legal = `counsel-recap-${dialect}@example.org`;
        const advocate = `advocate-recap-${dialect}@example.org`;
        for (const [email, audience] of [
          [legal, 'legal'],
          [advocate, 'advocate'],
        ] as const)
          await seedSubscription(store, { email, audience, frequency: 'immediate' });
        const http = localHttp();
        let now = new Date();
        const documentsDir = join(dir, dialect, 'documents');
        const running = await startWorker(store, mailSettings({ smtpUrl: smtp.url }), {
          http,
          schedule: false,
          queue: 'local',
          now: () => now,
          documents: {
            reader,
            dir: documentsDir,
            sources: {
              http,
              courtListener: { baseUrl: server.origin, storageUrl: `${server.origin}/storage`, token: TOKEN },
            },
          },
        });
        const { worker } = running;
        const mailsTo = async (email: string) =>
          Promise.all(smtp.received.filter((m) => m.to.includes(email)).map((m) => parse(m.raw)));
        const telling = async (email: string) =>
          (await mailsTo(email)).filter((m) => (m.text ?? '').includes(lastDay));
        const pdfsBefore = server.requests.filter((r) => r.path.startsWith('/storage/')).length;
        const pdfRequests = () =>
          server.requests.filter((r) => r.path.startsWith('/storage/')).length - pdfsBefore;
        try {
          // The order arrives on the docket; RECAP has no copy yet.
          await worker.run('poll', { source });
          await worker.idle();
          expect(pdfRequests()).toBe(0);
          for (const email of [legal, advocate]) {
            expect((await mailsTo(email)).length, `${email} hears of the order`).toBeGreaterThan(0);
            expect(await telling(email), `${email} is not told a last day yet`).toEqual([]);
          }

          // RECAP has it now; the worker's next try (after 30 minutes) fetches and reads it.
          recapHas = true;
          now = new Date(now.getTime() + 31 * 60_000);
          await worker.run('notify');
          await worker.idle();
          expect(pdfRequests()).toBe(1);
          const kept = await store.db
            .selectFrom('entry_documents')
            .select(['origin', 'origin_url', 'cost_usd'])
            .execute();
          expect(kept).toEqual([
            {
              origin: 'recap',
              origin_url: `${server.origin}/storage/recap/gov.uscourts.mied.321020/gov.uscourts.mied.321020.32.0.pdf`,
              cost_usd: 0,
            },
          ]);
          for (const email of [legal, advocate]) {
            const told = await telling(email);
            if (process.env.SHOW_MAIL) for (const m of told) console.log(email, m.subject, m.text);
            expect(told, `${email} is told the stay's last day`).toHaveLength(1);
            expect(told[0]!.text).toContain(`“${STAY_SENTENCE}” (p. 3)`);
            expect(told[0]!.html).toContain('(p.&nbsp;3)');
          }

          // The same term read again: CourtListener enriches the entry, and a person adds the
          // court's stamped copy of the order. Nobody is told again.
          const before = smtp.received.length;
          enriched = true;
          now = new Date(now.getTime() + 60 * 60_000);
          await worker.run('poll', { source });
          await worker.idle();
          const added = await addDocument(store, reader, documentsDir, {
            caseKey: CASE_KEY,
            entry: '32',
            data: stampedCopy,
            origin: 'manual',
          });
          expect(added.analysis?.stays.map((s) => s.quote)).toEqual([STAY_SENTENCE]);
          await worker.run('notify');
          await worker.idle();
          for (const email of [legal, advocate])
            expect(await telling(email), `${email} is told once`).toHaveLength(1);
          expect(
            smtp.received.slice(before).map((m) => `${m.to.join(',')}: ${m.raw.length}`),
            'no mail about the same term',
          ).toEqual([]);
          expect(pdfRequests()).toBe(1);
        } finally {
          await running.stop();
        }
      });
    },
  );
