/**
 * The worker fetching documents by itself, through the live path: forwarded notices (NEFs) in a
 * maildir polled by the worker, their free-look links served by a real HTTP server on 127.0.0.1,
 * the PDFs read and kept, the posture taking the order's own terms, a document that disagrees
 * with its docket text flagged for review, and the alerts — received by a real SMTP server —
 * quoting the order's sentence with its page. The free look is followed once.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSource } from '../../db/sources.ts';
import { DocumentReader } from '../../src/documents/text.ts';
import { DIALECTS, freshStore, postgresUnavailable } from '../support/db.ts';
import { startServer, type TestServer } from '../support/http-server.ts';
import { CASE_KEY, seedCase } from '../support/notify-store.ts';
import { makePdf } from '../support/pdf.ts';
import { seedSubscription } from '../support/seed.ts';
import { parse, startSmtp, type TestSmtp } from '../support/smtp.ts';
import { localHttp, mailSettings, startWorker } from '../support/worker.ts';
import { ORDER_DAY, STAY_SENTENCE } from './stay-order.ts';

const iso = (d: DateTime) => d.toISODate()!;
const long = (d: DateTime) => d.toFormat('LLLL d, yyyy');
const short = (d: DateTime) => d.toFormat('M/d/yyyy');
const hearingDocket = ORDER_DAY.plus({ days: 21 });
const hearingDocument = ORDER_DAY.plus({ days: 22 });

/** A Notice of Electronic Filing as forwarded by counsel, its document link pointing at `link`. */
function notice(number: number, docketText: string, link: string): string {
  const d = ORDER_DAY.toFormat('MM/dd/yyyy');
  return `From: Paralegal <paralegal@example.org>
To: notices@docketwatch.test
Subject: Fwd: Activity in Case 2:17-cv-11910-MAG-DRG Hamama et al v. Adducci Order
Message-Id: <fwd-${number}@example.org>
MIME-Version: 1.0
Content-Type: text/html; charset="utf-8"

<html><body><p align=center><strong>U.S. District Court</strong></p>
<p align=center><strong>Eastern District of Michigan</strong></p>
<b>Notice of Electronic Filing</b><BR>
<div>The following transaction was entered on ${d} at 4:40 PM EDT and filed on ${d}
<table border=0 cellspacing=0>
<tr><td><strong>Case Name:</strong></td><td>Hamama et al v. Adducci</td></tr>
<tr><td><strong>Case Number:</strong></td><td><A HREF=https://ecf.mied.uscourts.gov/cgi-bin/DktRpt.pl?321020>2:17-cv-11910-MAG-DRG</A></td></tr>
<tr><td><strong>Document Number:</strong></td><td><a href="${link}">${number}</a></td></tr>
</table>
<p><strong>Docket Text:</strong><BR>
<b>${docketText}</b></p>
</div></body></html>
`;
}

const stayOrder = makePdf({
  pages: [
    {
      lines: [
        'UNITED STATES DISTRICT COURT',
        'EASTERN DISTRICT OF MICHIGAN',
        'OPINION AND ORDER GRANTING PETITIONERS\u2019 MOTION FOR STAY OF REMOVAL',
        'Petitioners are Iraqi nationals who face removal to Iraq.',
        'The Government opposes the motion.',
      ],
    },
    { lines: ['The Court has considered the papers.', 'The motion is granted.'] },
    { lines: [STAY_SENTENCE, 'IT IS SO ORDERED.'] },
  ],
});
const conferenceOrder = makePdf({
  pages: [
    {
      lines: [
        'ORDER SETTING STATUS CONFERENCE',
        `A status conference is set for ${long(hearingDocument)} at 10:00 a.m.`,
        'IT IS SO ORDERED.',
      ],
    },
  ],
});

let server: TestServer;
let smtp: TestSmtp;
let dir: string;
let reader: DocumentReader;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'docketwatch-docflow-'));
  const pdf = (body: Buffer) => (_req: unknown, res: import('node:http').ServerResponse) => {
    res.writeHead(200, { 'content-type': 'application/pdf' }).end(body);
  };
  server = await startServer(
    Object.fromEntries(
      DIALECTS.flatMap((d) => [
        [`/${d}/doc1/09717512032`, pdf(stayOrder)],
        [`/${d}/doc1/09717512043`, pdf(conferenceOrder)],
      ]),
    ),
  );
  smtp = await startSmtp();
  reader = new DocumentReader();
});

afterAll(async () => {
  await reader?.close();
  await server?.close();
  await smtp?.close();
  rmSync(dir, { recursive: true, force: true });
});

for (const dialect of DIALECTS)
  describe.skipIf(dialect === 'postgres' && postgresUnavailable)(
    `documents fetched by the worker as rulings arrive (${dialect})`,
    () => {
      it('follows each notice’s free look once, reads the order into the posture, flags a disagreement, and quotes the sentence in the alert', async () => {
        const store = await freshStore(dialect);
        const caseId = await seedCase(store);
        const maildir = join(dir, dialect, 'Maildir');
        mkdirSync(join(maildir, 'new'), { recursive: true });
        mkdirSync(join(maildir, 'cur'), { recursive: true });
        const link = (doc: string, seq: number) =>
          `${server.origin}/${dialect}/doc1/${doc}?caseid=321020&de_seq_num=${seq}&magic_num=${7000 + seq}`;
        writeFileSync(
          join(maildir, 'new', '1.eml'),
          notice(
            32,
            'OPINION AND ORDER Granting [11] Motion for Stay of Removal. Signed by District Judge Mark A. Goldsmith. (Clerk, Deputy)',
            link('09717512032', 32),
          ),
        );
        writeFileSync(
          join(maildir, 'new', '2.eml'),
          notice(
            43,
            `ORDER Setting Status Conference for ${short(hearingDocket)} at 10:00 AM. Signed by District Judge Mark A. Goldsmith. (Clerk, Deputy)`,
            link('09717512043', 43),
          ),
        );
        const source = await addSource(store.db, {
          type: 'nef-mailbox',
          court: 'mied',
          case: CASE_KEY,
          config: { dir: maildir },
        });
        const email = `counsel-${dialect}@example.org`;
        await seedSubscription(store, { email, audience: 'legal', frequency: 'immediate' });
        const http = localHttp();
        const running = await startWorker(store, mailSettings({ smtpUrl: smtp.url }), {
          http,
          schedule: false,
          queue: 'local',
          documents: { reader, dir: join(dir, dialect, 'documents'), sources: { http } },
        });
        const { worker } = running;
        try {
          // The poll finds two rulings and asks for notify, which fetches and reads their documents first.
          await worker.run('poll', { source });
          await worker.idle();

          // Each free look followed once, and kept.
          expect(
            server.count(new URL(link('09717512032', 32)).pathname + new URL(link('09717512032', 32)).search),
          ).toBe(1);
          const kept = await store.db
            .selectFrom('entry_documents as d')
            .innerJoin('entries as e', 'e.id', 'd.entry_id')
            .select(['e.entry_key', 'd.origin', 'd.origin_url'])
            .orderBy('e.entry_key')
            .execute();
          expect(kept).toEqual([
            { entry_key: '32', origin: 'nef', origin_url: null },
            { entry_key: '43', origin: 'nef', origin_url: null },
          ]);

          // The posture has the order's own term: fourteen days from the order.
          const stay = await store.db
            .selectFrom('deadline_records')
            .select(['kind', 'due', 'entry_key'])
            .where('case_id', '=', caseId)
            .where('kind', '=', 'stay')
            .execute();
          expect(stay).toEqual([{ kind: 'stay', due: iso(ORDER_DAY.plus({ days: 14 })), entry_key: '32' }]);

          // The conference order dates the conference a day later than its docket text: flagged.
          const reviews = await store.db
            .selectFrom('entry_reviews')
            .selectAll()
            .where('case_id', '=', caseId)
            .execute();
          const flagged = reviews.find((r) => r.entry_key === '43');
          expect(flagged?.reason).toBe('disagrees');
          expect(flagged?.triggers).toContain(iso(hearingDocket));
          expect(flagged?.triggers).toContain(iso(hearingDocument));
          expect(flagged?.triggers).toContain('p. 1');

          // The alert about the stay quotes the order's sentence with its page.
          const mails = await Promise.all(
            smtp.received.filter((m) => m.to.includes(email)).map((m) => parse(m.raw)),
          );
          const stayMail = mails.find((m) => (m.text ?? '').includes(STAY_SENTENCE));
          expect(
            stayMail,
            `${smtp.received.map((m) => m.to.join(',')).join(' ')} ${mails.map((m) => m.subject).join(' | ')}`,
          ).toBeDefined();
          if (process.env.SHOW_MAIL) for (const m of mails) console.log(m.subject, m.text);
          expect(stayMail!.text).toContain(`“${STAY_SENTENCE}” (p. 3)`);
          expect(stayMail!.html).toContain('(p.&nbsp;3)');
          // Told in the same message as the docket's "granted": with the last day the order gives.
          expect(stayMail!.text).toContain(long(ORDER_DAY.plus({ days: 14 })));

          // Polled and notified again: nothing fetched twice.
          await worker.run('poll', { source });
          await worker.run('notify');
          await worker.idle();
          expect(
            server.requests.filter((r) => r.path.startsWith(`/${dialect}/doc1/09717512032`)),
          ).toHaveLength(1);
          expect(
            server.requests.filter((r) => r.path.startsWith(`/${dialect}/doc1/09717512043`)),
          ).toHaveLength(1);
        } finally {
          await running.stop();
        }
      });
    },
  );
