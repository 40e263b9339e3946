/**
 * The notification tests' common ground, over a real store and a real SMTP server (`smtp.ts`):
 * - `mailOutbox`, `mailAlerts`: what subscribers have received, the outbox delivered (after the
 *   alerts of the events so far are queued), every message the server holds, parsed;
 * - `seededWithMail`: a fresh store seeded, beside a server that has had the seed's alerts;
 * - `eventWriterGate` (PostgreSQL): an ingest held open inside its transaction, at a lock the test
 *   owns, once it writes the events of one entry — a writer in flight forced, not hoped for.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Dialect, Store } from '../../db/index.ts';
import { processAlerts } from '../../src/notify/alerts.ts';
import { deliverOutbox } from '../../src/notify/outbox.ts';
import { createMailer, mailerConfig } from '../../src/notify/transport.ts';
import { freshStore, POSTGRES_URL } from './db.ts';
import { LINKS } from './seed.ts';
import { parse, startSmtp, type TestSmtp } from './smtp.ts';

export interface ReceivedMail {
  /** The envelope's recipients, comma-separated. */
  to: string;
  subject: string;
  text: string;
}

/** Deliver the outbox to `smtp`: every message the server has received so far, parsed. */
export async function mailOutbox(store: Store, smtp: TestSmtp): Promise<ReceivedMail[]> {
  const mailer = createMailer(
    mailerConfig({ smtpUrl: smtp.url, from: 'docketwatch <a@watch.example.org>', timeoutMs: 5000 }),
  );
  try {
    await deliverOutbox(store, mailer);
  } finally {
    await mailer.close();
  }
  return Promise.all(
    smtp.received.map(async (r) => {
      const m = await parse(r.raw);
      return { to: r.to.join(','), subject: m.subject ?? '', text: m.text ?? '' };
    }),
  );
}

/** Queue the alerts of every event so far (with `LINKS`) and mail them: every message received. */
export async function mailAlerts(
  store: Store,
  smtp: TestSmtp,
  options: { batchSize?: number } = {},
): Promise<ReceivedMail[]> {
  await processAlerts(store, LINKS, options);
  return mailOutbox(store, smtp);
}

/**
 * A fresh store of `dialect`, `seed`ed, and a test SMTP server that has received the seed's alerts and
 * forgotten them: what a test then mails is its own. Close the server after the test.
 */
export async function seededWithMail(
  dialect: Dialect,
  seed: (store: Store) => Promise<void>,
): Promise<{ store: Store & { target: string }; smtp: TestSmtp }> {
  const store = await freshStore(dialect);
  const smtp = await startSmtp();
  await seed(store);
  await mailAlerts(store, smtp);
  smtp.received.length = 0;
  return { store, smtp };
}

/** The class of the advisory lock event writers share and alert runs take alone (migration 0025). */
const EVENTS_LOCK_CLASS = 1685520384;

export interface EventWriterGate {
  /** Close the gate: the entry's ingest will stop inside its transaction, its event ids taken. */
  close(): Promise<void>;
  /** Let the held ingest commit. */
  open(): Promise<void>;
  /** Whether an ingest waits at the closed gate. */
  holding(): Promise<boolean>;
  /** Whether a session waits for the events' lock (an alert run or a digest queued behind a writer). */
  eventsLockAwaited(): Promise<boolean>;
  /** Close the gate's connections. */
  end(): Promise<void>;
}

/**
 * PostgreSQL: a trigger added to the store's own schema that stops the ingest writing an event of
 * `entryKey` at an advisory lock the test holds while the gate is closed.
 */
export async function eventWriterGate(
  store: Store & { target: string },
  entryKey: string,
): Promise<EventWriterGate> {
  const gate = new pg.Client({ connectionString: POSTGRES_URL });
  const watch = new pg.Client({ connectionString: POSTGRES_URL });
  await gate.connect();
  await watch.connect();
  const key = randomBytes(3).readUIntBE(0, 3);
  await gate.query(`set search_path to "${new URL(store.target).searchParams.get('schema')!}"`);
  await gate.query(
    `create function test_gate() returns trigger language plpgsql as $$
     begin perform pg_advisory_xact_lock(${key}); return null; end $$`,
  );
  await gate.query(
    `create trigger test_gate after insert on events for each row when (new.entry_key = '${entryKey}')
     execute function test_gate()`,
  );
  const waitingOn = async (where: string) =>
    (await watch.query(`select 1 from pg_locks where locktype = 'advisory' and not granted and ${where}`))
      .rows.length > 0;
  return {
    close: async () => {
      await gate.query('select pg_advisory_lock($1)', [key]);
    },
    open: async () => {
      await gate.query('select pg_advisory_unlock($1)', [key]);
    },
    holding: () => waitingOn(`objid = ${key}`),
    eventsLockAwaited: () => waitingOn(`classid = ${EVENTS_LOCK_CLASS}`),
    end: async () => {
      await gate.end();
      await watch.end();
    },
  };
}

/** Wait, a turn of the event loop at a time, until `ok` says yes. */
export async function until(ok: () => Promise<boolean>): Promise<void> {
  while (!(await ok())) await new Promise((r) => setImmediate(r));
}
