/**
 * PostgreSQL: an event writer that stays in flight for a long time (its transaction holds the
 * events' shared lock, migration 0025) never makes a person's request fail, nor drops a digest
 * (#18). The writer is a real ingest held open inside its transaction at a lock the test owns (a
 * trigger the test adds to its own schema), so the order is forced, not hoped for; what subscribers
 * receive is read at a real SMTP server.
 *
 * - A new subscription made meanwhile answers (no `EventsBusyError`), and the held entry, committed
 *   after it, reaches the new subscriber: it starts from the alert cursor, skipping nothing.
 * - A digest due meanwhile waits for the writer and goes out once it commits, with its entries.
 * - A writer in flight past every round of waiting: the digest is left due, not dropped, and the
 *   next run sends it.
 *
 * A fictional case in the District of Nebraska.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { addCase } from '../../db/cases.ts';
import type { Store } from '../../db/index.ts';
import { ingestParsed } from '../../src/ingest/pipeline.ts';
import type { DocketEntry } from '../../src/model/docket.ts';
import { processAlerts } from '../../src/notify/alerts.ts';
import { runDueDigests } from '../../src/notify/digest.ts';
import { deliverOutbox } from '../../src/notify/outbox.ts';
import { subscribe } from '../../src/notify/subscriptions.ts';
import { createMailer, mailerConfig } from '../../src/notify/transport.ts';
import { describeDialect, freshStore, POSTGRES_URL } from '../support/db.ts';
import { docket, entry, result } from '../support/dockets.ts';
import { SECRET } from '../support/messages.ts';
import { parse, startSmtp, type TestSmtp } from '../support/smtp.ts';

const links = { publicUrl: 'https://watch.example.org', secret: SECRET, unsubscribeMailto: null };
const CASE = { court: 'ned', docket: '8:24-cv-00131' };
const KEY = `${CASE.court}:${CASE.docket}`;
const CAPTION = 'Platte Valley Growers Cooperative v. Loup County Water Board';
const SUBSCRIBED = new Date('2024-03-04T12:00:00Z');
/** After the daily digest (08:00 UTC) of the next day fell due. */
const DIGEST_TIME = new Date('2024-03-05T09:00:00Z');

const motion = (n: number, what: string): DocketEntry =>
  entry({
    number: String(n),
    dateFiled: '2024-03-04',
    description: `MOTION for ${what} by Platte Valley Growers Cooperative. (Entered: 03/04/2024)`,
  });

const nef = (e: DocketEntry) =>
  result('pacer-nef', [docket(CASE.docket, [e], { caseName: CAPTION })], CASE.court);

async function mailAll(
  store: Store,
  smtp: TestSmtp,
): Promise<{ to: string; subject: string; text: string }[]> {
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

describeDialect('postgres', 'event writers in flight for long', () => {
  let store: Store & { target: string };
  let smtp: TestSmtp;
  let gate: pg.Client;
  let watch: pg.Client;
  let key: number;

  beforeEach(async () => {
    store = await freshStore('postgres');
    smtp = await startSmtp();
    await addCase(store.db, CASE.court, CASE.docket, { name: CAPTION });
    await ingestParsed(store, nef(motion(1, 'Preliminary Injunction')));
    await subscribe(
      store,
      {
        email: 'digest@example.org',
        case: KEY,
        audience: 'legal',
        frequency: 'daily',
        timeZone: 'UTC',
        digestHour: 8,
        confirmed: true,
      },
      { ...links, now: SUBSCRIBED },
    );
    await processAlerts(store, links);
    // News for the digest, committed.
    await ingestParsed(store, nef(motion(8, 'Leave to File Excess Pages')));
    gate = new pg.Client({ connectionString: POSTGRES_URL });
    watch = new pg.Client({ connectionString: POSTGRES_URL });
    await gate.connect();
    await watch.connect();
    key = randomBytes(3).readUIntBE(0, 3);
    await gate.query(`set search_path to "${new URL(store.target).searchParams.get('schema')!}"`);
    await gate.query(
      `create function test_gate() returns trigger language plpgsql as $$
       begin perform pg_advisory_xact_lock(${key}); return null; end $$`,
    );
    await gate.query(
      `create trigger test_gate after insert on events for each row when (new.entry_key = '9')
       execute function test_gate()`,
    );
  });
  afterEach(async () => {
    await gate.end();
    await watch.end();
    await smtp.close();
  });

  const waitingOn = async (where: string) =>
    (await watch.query(`select 1 from pg_locks where locktype = 'advisory' and not granted and ${where}`))
      .rows.length > 0;
  const until = async (ok: () => Promise<boolean>) => {
    while (!(await ok())) await new Promise((r) => setImmediate(r));
  };

  /** ECF No. 9's ingest, stopped inside its transaction (holding its event ids) until `gate` lets go. */
  async function heldWriter(): Promise<{ writing: Promise<unknown> }> {
    await gate.query('select pg_advisory_lock($1)', [key]);
    const writing = ingestParsed(store, nef(motion(9, 'Protective Order')));
    await until(() => waitingOn(`objid = ${key}`));
    return { writing };
  }

  it('a subscription made meanwhile answers, and the held entry still reaches it; a digest due meanwhile waits and goes out', async () => {
    const { writing } = await heldWriter();
    // A person subscribing now: answered, not failed.
    const made = await subscribe(
      store,
      { email: 'new@example.org', case: KEY, audience: 'legal', frequency: 'immediate', confirmed: true },
      links,
    );
    expect(made.subscription.status).toBe('active');
    // The digest waits for the writer (its exclusive request is queued behind the writer's lock).
    let done = false;
    const digests = runDueDigests(store, DIGEST_TIME, links).finally(() => {
      done = true;
    });
    await until(async () => done || (await waitingOn('classid = 1685520384')));
    await gate.query('select pg_advisory_unlock($1)', [key]);
    await writing;
    const outcomes = await digests;
    expect(outcomes.map((o) => [o.email, o.result])).toEqual([['digest@example.org', 'queued']]);
    await processAlerts(store, links);
    const mails = await mailAll(store, smtp);
    const digest = mails.filter((m) => m.to.includes('digest@example.org'));
    expect(digest).toHaveLength(1);
    expect(digest[0]!.text).toContain('Leave to File Excess Pages');
    const toNew = mails.filter(
      (m) => m.to.includes('new@example.org') && m.text.includes('Protective Order'),
    );
    expect(
      toNew.map((m) => m.subject),
      'the entry committed after the subscription reaches it',
    ).toHaveLength(1);
  });

  it('a writer in flight past every round: the digest is left due, not dropped, and the next run sends it', async () => {
    const { writing } = await heldWriter();
    try {
      expect(await runDueDigests(store, DIGEST_TIME, links)).toEqual([]);
    } finally {
      await gate.query('select pg_advisory_unlock($1)', [key]);
    }
    await writing;
    const outcomes = await runDueDigests(store, DIGEST_TIME, links);
    expect(outcomes.map((o) => [o.email, o.result])).toEqual([['digest@example.org', 'queued']]);
    const digest = (await mailAll(store, smtp)).filter((m) => m.to.includes('digest@example.org'));
    expect(digest).toHaveLength(1);
    expect(digest[0]!.text).toContain('Protective Order');
  }, 120_000);
});
