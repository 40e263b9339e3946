/**
 * One change, one mail, however many workers share the store (#12 "each change told once", #18):
 * real `docketwatch run` processes on PostgreSQL poll a replay court's docket report
 * (tests/fixtures/replay/stay-lifted-one-mail.json; fictional parties, D. Conn.), and an order that
 * lifts the stay ("The stay entered at [15] is LIFTED") reaches each subscriber in ONE message that
 * says so — not a "New order" mail and a "Stay lifted" mail a second apart, which is what several
 * workers did when one rendered the entry's alert before another had brought the posture up to
 * date. With 1 and with 3 workers; every alert to a reader is about a different publication.
 * Needs PostgreSQL (`TEST_DATABASE_URL`); skipped with the reason when none answers.
 */
import { readFileSync } from 'node:fs';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { addCase } from '../../db/cases.ts';
import { openDatabase, type Store } from '../../db/index.ts';
import { addSource } from '../../db/sources.ts';
import { buildHistory } from '../../src/demo/history.ts';
import { replayClock, startReplayCourt } from '../../src/demo/server.ts';
import { subscribe } from '../../src/notify/subscriptions.ts';
import { freshTarget, postgresUnavailable } from '../support/db.ts';
import { startSmtp } from '../support/smtp.ts';
import { printLogs, SECRET, sleep, startWorker, until, untilStarted, type WorkerProcess } from './workers.ts';

const KEY = 'ctd:3:24-cv-00417';
const run = postgresUnavailable === null ? describe : describe.skip;
const history = buildHistory(
  JSON.parse(readFileSync(new URL('../fixtures/replay/stay-lifted-one-mail.json', import.meta.url), 'utf8')),
);
const READERS = [
  { email: 'counsel@example.org', frequency: 'immediate' as const, audience: 'legal' as const },
  { email: 'advocate@example.org', frequency: 'daily' as const, audience: 'advocate' as const },
];

/** Every event alerted and every message out of the outbox. */
async function settled(store: Store): Promise<boolean> {
  const last = await store.db
    .selectFrom('events')
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirst();
  const cursor = await store.db
    .selectFrom('notify_cursors')
    .select('last_event_id')
    .where('name', '=', 'alerts')
    .executeTakeFirst();
  const ranges = await store.db.selectFrom('alert_batches').select('after_id').execute();
  const waiting = await store.db
    .selectFrom('outbox')
    .select('id')
    .where('status', 'in', ['pending', 'sending'])
    .execute();
  return (
    Number(cursor?.last_event_id ?? 0) >= Number(last?.id ?? 0) && ranges.length === 0 && waiting.length === 0
  );
}

run(
  `one mail per change on PostgreSQL${postgresUnavailable ? ` (skipped: ${postgresUnavailable})` : ''}`,
  () => {
    for (const count of [1, 3])
      it(`${count} worker${count > 1 ? 's' : ''}: the order lifting the stay is one message per reader, and it says the stay is lifted`, async () => {
        const court = await startReplayCourt({ history, clock: replayClock({ history, speed: 'max' }) });
        const smtp = await startSmtp();
        const target = freshTarget('postgres');
        const store = await openDatabase(target);
        const workers: WorkerProcess[] = [];
        try {
          await addCase(store.db, 'ctd', '3:24-cv-00417', { name: history.caseName });
          await addSource(store.db, {
            type: 'pacer-docket-public',
            court: 'ctd',
            case: KEY,
            config: { url: court.urls.docket, court: 'ctd' },
          });
          for (const r of READERS)
            await subscribe(
              store,
              { ...r, case: KEY, confirmed: true },
              { publicUrl: 'http://localhost:8080', secret: Buffer.from(SECRET) },
            );
          for (let i = 0; i < count; i++)
            workers.push(startWorker(`w${i}`, { target, smtpUrl: smtp.url, pollCron: '*/2 * * * * *' }));
          await untilStarted(workers);
          // Each publication once the workers have read the docket after the previous one.
          while (court.clock.advance()) {
            await court.waitForRequest('docket', 60_000);
            await court.waitForRequest('docket', 60_000);
          }
          await until(
            'every entry ingested, alerted and mailed',
            async () => {
              const entries = await store.db.selectFrom('entries').select('id').execute();
              return entries.length === history.entries.length && (await settled(store));
            },
            180_000,
          ).catch((err) => {
            printLogs(workers);
            throw err;
          });
          await sleep(1_000);

          const mails = await Promise.all(smtp.received.map((r) => simpleParser(r.raw)));
          const alerts = mails.filter((m) =>
            /^alert:/.test(String(m.headers.get('x-docketwatch-key') ?? '')),
          );
          for (const reader of READERS) {
            const mine = alerts.filter((m) => m.to && JSON.stringify(m.to).includes(reader.email));
            const lifting = mine.filter((m) =>
              /ECF No\. 21|stay (?:is |was )?lifted/i.test(`${m.subject}\n${m.text}`),
            );
            expect(
              lifting.map((m) => m.subject),
              `${reader.email}: mails about the lifting order`,
            ).toHaveLength(1);
            expect(`${lifting[0]!.subject}\n${lifting[0]!.text}`).toMatch(
              /stay lifted|stay (?:is|was) lifted/i,
            );
            if (reader.audience === 'legal') expect(lifting[0]!.text).toMatch(/ECF No\. 21/);
            // No publication is the subject of two alerts to one reader.
            const told = mine.flatMap((m) => [...new Set(m.text?.match(/ECF No\. \d+/g) ?? [])]);
            expect(told.length, `${reader.email}: ${told.join(', ')}`).toBe(new Set(told).size);
          }
        } finally {
          for (const w of workers) if (w.child.exitCode === null) w.child.kill('SIGTERM');
          await Promise.all(
            workers.map((w) =>
              w.child.exitCode !== null ? undefined : new Promise((r) => w.child.once('exit', r)),
            ),
          );
          await store.close();
          await smtp.close();
          await court.close();
        }
      }, 420_000);
  },
);
