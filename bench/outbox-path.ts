/**
 * The digest bench's outbox path: the same daily digests, but the way the worker sends them — a
 * SQLite store with N active subscriptions and a day of events, `runDueDigests` (plan, render,
 * queue each digest in the outbox with its period key) and then `deliverOutbox` (claim, send over
 * pooled SMTP, record). Reports messages/s for each phase and end to end, and peak memory.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addCase, findCase } from '../db/cases.ts';
import { openDatabase } from '../db/index.ts';
import { runDueDigests } from '../src/notify/digest.ts';
import { deliverOutbox, outboxCounts } from '../src/notify/outbox.ts';
import { createMailer, mailerConfig } from '../src/notify/transport.ts';
import { mib } from './stats.ts';

const ENTRIES: string[] = [
  'ORDER granting in part [80] Motion to Extend Time. Responses due by 7/17/2017. Signed by District Judge M. Goldsmith.',
  'MOTION for Preliminary Injunction by All Petitioners. (Attachments: # 1 Index of Exhibits, # 2 Exhibit A) (Counsel, Anne)',
  'RESPONSE to [77] MOTION for Preliminary Injunction filed by All Respondents. (Counsel, Carol)',
  'NOTICE of Appearance by Dan Counsel on behalf of All Petitioners. (Counsel, Dan)',
  'MOTION for Leave to Appear Pro Hac Vice by Erin Counsel. (Counsel, Erin)',
  'STATUS REPORT (Joint) regarding detention of class members by All Parties. (Counsel, Anne)',
  'Minute Entry for proceedings before District Judge M. Goldsmith: Status Conference held on 7/12/2017.',
  'ORDER Extending Stay of Removal through July 24, 2017 <b>and</b> "directing" Respondents to file a list & status.',
];

export async function runOutboxPath(
  smtpPort: number,
  accepted: () => Promise<number>,
  subscribers: number,
  connections: number,
): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'docketwatch-bench-outbox-'));
  const store = await openDatabase(join(dir, 'bench.sqlite'));
  let peakRss = 0;
  let peakHeap = 0;
  const sample = setInterval(() => {
    // memoryUsage() reads /proc each call: sample at 10 Hz so the sampler itself stays cheap.
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 100);
  try {
    await addCase(store.db, 'mied', '2:17-cv-11910', { name: 'Hamama v. Adducci' });
    const caseId = (await findCase(store.db, 'mied:2:17-cv-11910'))!.id;
    const at = '2017-07-11T20:00:00.000Z';
    for (const [i, text] of ENTRIES.entries()) {
      const n = 80 + i;
      await store.db
        .insertInto('entries')
        .values({
          case_id: caseId,
          entry_key: String(n),
          number: n,
          date_filed: '2017-07-11',
          date_entered: '2017-07-11',
          description: text,
          short_description: null,
          pacer_doc_id: null,
          pacer_seq_no: null,
          page_count: null,
          document_url: `https://ecf.mied.uscourts.gov/doc1/0971${String(n).padStart(8, '0')}`,
          status: 'present',
          first_seen_at: at,
          updated_at: at,
        })
        .execute();
      await store.db
        .insertInto('events')
        .values({
          case_id: caseId,
          type: 'entry.added',
          entry_key: String(n),
          payload: JSON.stringify({ number: String(n), dateFiled: '2017-07-11', description: text }),
          created_at: at,
        })
        .execute();
    }
    const deadline = {
      record: 'resp-77',
      what: 'response to [77]',
      party: 'Respondents',
      due: '2017-07-17',
      previousDue: '2017-07-14',
      date: '2017-07-11',
      entryNumber: 87,
    };
    await store.db
      .insertInto('events')
      .values([
        {
          case_id: caseId,
          type: 'deadline.extended',
          entry_key: '87',
          payload: JSON.stringify(deadline),
          created_at: at,
        },
        {
          case_id: caseId,
          type: 'stay.granted',
          entry_key: '87',
          payload: JSON.stringify({
            record: 'stay',
            what: 'removal of class members',
            expires: '2017-07-24',
            date: '2017-07-11',
          }),
          created_at: at,
        },
      ])
      .execute();
    const created = '2017-07-01T00:00:00.000Z';
    const rows = Array.from({ length: subscribers }, (_, i) => ({
      id: `sub_bench_${i}`,
      email: `subscriber${i}@example.org`,
      case_id: caseId,
      audience: i % 3 === 0 ? ('advocate' as const) : ('legal' as const),
      frequency: 'daily' as const,
      time_zone: 'America/Detroit',
      digest_hour: 7,
      digest_weekday: 1,
      kinds: '[]',
      include_words: '[]',
      mute_words: i % 5 === 0 ? '["pro hac vice","appearance"]' : '[]',
      status: 'active' as const,
      confirm_round: 1,
      alert_after_event: 0,
      digest_after_event: 0,
      last_digest_period: null,
      last_digest_date: null,
      created_at: created,
      confirmed_at: created,
      unsubscribed_at: null,
      updated_at: created,
    }));
    for (let i = 0; i < rows.length; i += 500) {
      await store.db
        .insertInto('subscriptions')
        .values(rows.slice(i, i + 500))
        .execute();
    }

    const links = {
      publicUrl: 'https://watch.example.org',
      secret: Buffer.from('bench-secret-0123456789abcdef0123456789abcdef'),
      unsubscribeMailto: null,
    };
    const now = new Date('2017-07-12T12:00:00Z');
    const before = await accepted();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const outcomes = await runDueDigests(store, now, links);
    const t1 = performance.now();
    const c1 = process.cpuUsage();
    const queued = outcomes.filter((o) => o.result === 'queued').length;
    const mailer = createMailer(
      mailerConfig({ smtpUrl: `smtp://127.0.0.1:${smtpPort}`, maxConnections: connections }),
    );
    const summary = await deliverOutbox(store, mailer, { now: () => now, concurrency: 200, batchSize: 500 });
    const t2 = performance.now();
    const c2 = process.cpuUsage();
    await mailer.close();
    const counts = await outboxCounts(store);
    const arrived = (await accepted()) - before;
    if (summary.sent !== queued || counts.sent !== queued || arrived !== queued) {
      throw new Error(
        `outbox path: queued ${queued}, delivered ${summary.sent}, recorded sent ${counts.sent}, server accepted ${arrived}`,
      );
    }
    const s1 = (t1 - t0) / 1000;
    const s2 = (t2 - t1) / 1000;
    console.log(
      `digest via outbox (SQLite): ${queued} digests queued in ${s1.toFixed(2)} s (${(queued / s1).toFixed(0)}/s), delivered in ${s2.toFixed(2)} s (${(queued / s2).toFixed(0)}/s)`,
    );
    const cpu = (a: NodeJS.CpuUsage, b: NodeJS.CpuUsage) => (b.user + b.system - a.user - a.system) / 1e6;
    console.log(
      `digest via outbox: CPU time of this process ${cpu(c0, c1).toFixed(1)} s queuing + ${cpu(c1, c2).toFixed(1)} s delivering = ${(queued / (cpu(c0, c1) + cpu(c1, c2))).toFixed(0)} messages per CPU-second (the SMTP server's thread included)`,
    );
    const rate = queued / (s1 + s2);
    console.log(
      `digest via outbox: ${rate.toFixed(0)} messages/s end to end (target ≥ 500) ${rate >= 500 ? 'OK' : 'BELOW TARGET'}; peak RSS ${mib(peakRss)}, peak heap ${mib(peakHeap)}`,
    );
    return rate;
  } finally {
    clearInterval(sample);
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
