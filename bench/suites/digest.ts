/**
 * Daily digests for 10,000 subscribers, rendered and delivered over pooled SMTP connections to a
 * local smtp-server (which counts what it accepts). Reports messages/s (median over rounds) and the
 * peak RSS and heap seen while sending. Target: at least 500 messages/s. Then the same digests
 * through the outbox on SQLite (`bench/outbox-path.ts`; `DIGEST_BENCH_OUTBOX=0` skips it).
 *
 * The reference, measured in the same run, in rounds alternating with ours: plain nodemailer
 * (pooled, the same connections and concurrency) sending the same number of messages of the same
 * sizes (one rendered digest's text and HTML) to the same server, no rendering. Target (#18): both
 * paths at least 0.8× the reference's rate.
 */
import { loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import nodemailer from 'nodemailer';
import type { EntryKind } from '../../src/deadlines/types.ts';
import { type DigestInput, type RenderContext, renderDigest } from '../../src/notify/render.ts';
import { createMailer, mailerConfig } from '../../src/notify/transport.ts';
import type { CaseHeading, NotifyEvent, Posture, Recipient } from '../../src/notify/types.ts';
import { runOutboxPath } from '../outbox-path.ts';
import { median, mib } from '../stats.ts';

const SUBSCRIBERS = Number(process.env.DIGEST_BENCH_SUBSCRIBERS ?? 10_000);
const ROUNDS = Number(process.env.DIGEST_BENCH_ROUNDS ?? 3);
/** Messages being rendered or sent at once; the pool queues them onto its connections. */
const IN_FLIGHT = 200;
const CONNECTIONS = 10;

const CASE: CaseHeading = {
  court: 'mied',
  docketNumber: '2:17-cv-11910',
  caseName: 'Hamama v. Adducci',
  docketUrl: 'https://ecf.mied.uscourts.gov/cgi-bin/DktRpt.pl?321000',
};

const doc = (n: number) => `https://ecf.mied.uscourts.gov/doc1/0971${String(n).padStart(8, '0')}`;

function changes(): NotifyEvent[] {
  const kinds: [EntryKind, string][] = [
    [
      'order',
      'ORDER granting in part [80] Motion to Extend Time. Responses due by 7/17/2017. Signed by District Judge M. Goldsmith.',
    ],
    [
      'motion',
      'MOTION for Preliminary Injunction by All Petitioners. (Attachments: # 1 Index of Exhibits, # 2 Exhibit A) (Counsel, Anne)',
    ],
    [
      'response',
      'RESPONSE to [77] MOTION for Preliminary Injunction filed by All Respondents. (Counsel, Carol)',
    ],
    ['notice', 'NOTICE of Appearance by Dan Counsel on behalf of All Petitioners. (Counsel, Dan)'],
    ['motion', 'MOTION for Leave to Appear Pro Hac Vice by Erin Counsel. (Counsel, Erin)'],
    [
      'status_report',
      'STATUS REPORT (Joint) regarding detention of class members by All Parties. (Counsel, Anne)',
    ],
    [
      'minute_entry',
      'Minute Entry for proceedings before District Judge M. Goldsmith: Status Conference held on 7/12/2017.',
    ],
    [
      'order',
      'ORDER Extending Stay of Removal through July 24, 2017 <b>and</b> "directing" Respondents to file a list & status.',
    ],
  ];
  const entries: NotifyEvent[] = kinds.map(([kind, text], i) => ({
    id: `e${i}`,
    type: 'entry_added',
    case: CASE,
    entry: { number: String(80 + i), date: '2017-07-12', url: doc(80 + i) },
    item: {
      kind,
      number: String(80 + i),
      date: '2017-07-12',
      url: doc(80 + i),
      text,
      documentUrl: doc(80 + i),
    },
  }));
  return [
    ...entries,
    {
      id: 'd1',
      type: 'deadline',
      case: CASE,
      entry: { number: '87', date: '2017-07-12', url: doc(87) },
      change: 'moved',
      what: 'response to [77]',
      party: 'Respondents',
      dueDate: '2017-07-17',
      dueTime: null,
      previousDue: '2017-07-14',
    },
    {
      id: 'h1',
      type: 'hearing',
      case: CASE,
      entry: null,
      change: 'set',
      hearing: 'motion_hearing',
      date: '2017-07-21',
      time: '14:00',
      previousDate: null,
    },
  ];
}

const posture: Posture = {
  inForce: [
    {
      kind: 'stay',
      description: 'Stay of removal of class members',
      since: '2017-06-22',
      expires: '2017-07-24',
      until: null,
      entry: { number: '87', date: '2017-07-11', url: doc(87) },
    },
  ],
  nextDeadlines: [
    { what: 'response to [77]', party: 'Respondents', dueDate: '2017-07-17', dueTime: null, entry: null },
    {
      what: 'reply in support of [77]',
      party: 'Petitioners',
      dueDate: '2017-07-20',
      dueTime: '17:00',
      entry: null,
    },
  ],
  nextHearings: [{ hearing: 'motion_hearing', date: '2017-07-21', time: '14:00', entry: null }],
};

function recipients(): Recipient[] {
  return Array.from({ length: SUBSCRIBERS }, (_, i) => ({
    email: `subscriber${i}@example.org`,
    subscriptionId: `sub-${i}`,
    audience: i % 3 === 0 ? 'advocate' : 'legal',
    filters: i % 5 === 0 ? { mute: ['pro hac vice', 'appearance'] } : {},
  }));
}

/** The SMTP server runs in a worker thread, so it does not share an event loop with the sender. */
async function startCountingServer(): Promise<{
  port: number;
  count: () => Promise<number>;
  close: () => Promise<void>;
}> {
  const worker = new Worker(new URL('./digest-smtp-sink.mjs', import.meta.url));
  const next = () => new Promise<Record<string, number>>((resolve) => worker.once('message', resolve));
  const { port } = await next();
  return {
    port: port!,
    count: async () => {
      const reply = next();
      worker.postMessage('count');
      return (await reply).accepted!;
    },
    close: async () => {
      worker.postMessage('close');
      await new Promise((r) => worker.once('exit', r));
    },
  };
}

export interface DigestFigures {
  /** Messages/s, medians: plain nodemailer (the reference), digests direct, digests through the outbox. */
  reference: number;
  direct: number;
  outbox: number | null;
  load: [number, number];
}

export async function run(): Promise<void> {
  await measureDigests();
}

/** The digest rounds and the reference rounds alternating, then the outbox path; prints as it goes. */
export async function measureDigests(rounds = ROUNDS): Promise<DigestFigures> {
  const server = await startCountingServer();
  const ctx: RenderContext = {
    publicUrl: 'https://watch.example.org',
    secret: Buffer.from('bench-secret-0123456789abcdef0123456789abcdef'),
    unsubscribeMailto: 'unsubscribe@watch.example.org',
    today: '2017-07-12',
  };
  const subs = recipients();
  const events = changes();
  const rates: number[] = [];
  let peakRss = 0;
  let peakHeap = 0;
  let bytes = 0;
  let outboxRate: number | null = null;
  const sample = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 25);

  const sample0 = renderDigest(
    {
      recipient: subs[1]!,
      case: CASE,
      frequency: 'daily',
      period: { from: '2017-07-12', to: '2017-07-12' },
      posture,
      changes: events,
    },
    ctx,
  )!;
  const referenceRates: number[] = [];
  /** Plain nodemailer: the same number of messages of one digest's sizes, nothing rendered. */
  const reference = async () => {
    const transport = nodemailer.createTransport({
      pool: true,
      host: '127.0.0.1',
      port: server.port,
      ignoreTLS: true,
      maxConnections: CONNECTIONS,
      maxMessages: 500,
    });
    const before = await server.count();
    const t0 = performance.now();
    let next = 0;
    const worker = async () => {
      while (next < subs.length) {
        const recipient = subs[next++]!;
        await transport.sendMail({
          from: 'docketwatch <docketwatch@localhost>',
          to: recipient.email,
          subject: sample0.subject,
          text: sample0.text,
          html: sample0.html,
        });
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    const seconds = (performance.now() - t0) / 1000;
    transport.close();
    const delivered = (await server.count()) - before;
    referenceRates.push(delivered / seconds);
    console.log(`reference round: ${delivered} plain nodemailer messages in ${seconds.toFixed(2)} s`);
  };
  const load0 = loadavg()[0]!;

  try {
    for (let round = 0; round < rounds; round++) {
      await reference();
      const mailer = createMailer(
        mailerConfig({ smtpUrl: `smtp://127.0.0.1:${server.port}`, maxConnections: CONNECTIONS }),
      );
      const before = await server.count();
      const t0 = performance.now();
      let next = 0;
      const worker = async () => {
        while (next < subs.length) {
          const recipient = subs[next++]!;
          const input: DigestInput = {
            recipient,
            case: CASE,
            frequency: 'daily',
            period: { from: `2017-07-12`, to: `2017-07-12` },
            posture,
            changes: events,
          };
          const message = renderDigest(input, ctx);
          if (!message) continue;
          if (round === 0) bytes += message.html.length + message.text.length;
          await mailer.send({ ...message, idempotencyKey: `${message.idempotencyKey}:r${round}` });
        }
      };
      await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
      const seconds = (performance.now() - t0) / 1000;
      await mailer.close();
      const delivered = (await server.count()) - before;
      if (delivered !== subs.length)
        throw new Error(`server accepted ${delivered} of ${subs.length} digests`);
      rates.push(delivered / seconds);
      console.log(`round ${round + 1}: ${delivered} digests in ${seconds.toFixed(2)} s`);
    }
    await reference();
    if (process.env.DIGEST_BENCH_OUTBOX !== '0') {
      outboxRate = await runOutboxPath(server.port, server.count, SUBSCRIBERS, CONNECTIONS);
      await reference();
    }
  } finally {
    clearInterval(sample);
    await server.close();
  }
  const rate = median(rates);
  const ref = median(referenceRates);
  const ratio = (r: number) =>
    `${(r / ref).toFixed(2)}× the reference ${r / ref >= 0.8 ? '(≥ 0.8 ok)' : '(< 0.8 MISS)'}`;
  console.log(
    `reference: plain nodemailer → smtp-server, same sizes, no rendering: ${ref.toFixed(0)} messages/s (median of ${referenceRates.length} rounds: ${referenceRates.map((r) => r.toFixed(0)).join(', ')}); load average ${load0.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}`,
  );
  console.log(`digest direct: ${rate.toFixed(0)} messages/s = ${ratio(rate)}`);
  if (outboxRate !== null)
    console.log(`digest via outbox: ${outboxRate.toFixed(0)} messages/s = ${ratio(outboxRate)}`);
  console.log(
    `digest: ${SUBSCRIBERS} subscribers, ${CONNECTIONS} pooled connections, ${IN_FLIGHT} in flight, avg body ${(bytes / SUBSCRIBERS / 1024).toFixed(1)} KiB`,
  );
  console.log(
    `digest: ${rate.toFixed(0)} messages/s (median of ${rounds}; target ≥ 500) ${rate >= 500 ? 'OK' : 'BELOW TARGET'}`,
  );
  console.log(`digest: peak RSS ${mib(peakRss)}, peak heap ${mib(peakHeap)}`);
  return { reference: ref, direct: rate, outbox: outboxRate, load: [load0, loadavg()[0]!] };
}
