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
import { afterEach, beforeEach, expect, it } from 'vitest';
import { addCase } from '../../db/cases.ts';
import type { Store } from '../../db/index.ts';
import { ingestParsed } from '../../src/ingest/pipeline.ts';
import type { DocketEntry } from '../../src/model/docket.ts';
import { processAlerts } from '../../src/notify/alerts.ts';
import { runDueDigests } from '../../src/notify/digest.ts';
import { subscribe } from '../../src/notify/subscriptions.ts';
import { type EventWriterGate, eventWriterGate, mailOutbox, until } from '../support/alerts.ts';
import { describeDialect, freshStore } from '../support/db.ts';
import { docket, entry, result } from '../support/dockets.ts';
import { LINKS } from '../support/seed.ts';
import { startSmtp, type TestSmtp } from '../support/smtp.ts';

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

describeDialect('postgres', 'event writers in flight for long', () => {
  let store: Store & { target: string };
  let smtp: TestSmtp;
  let gate: EventWriterGate;

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
      { ...LINKS, now: SUBSCRIBED },
    );
    await processAlerts(store, LINKS);
    // News for the digest, committed.
    await ingestParsed(store, nef(motion(8, 'Leave to File Excess Pages')));
    gate = await eventWriterGate(store, '9');
  });
  afterEach(async () => {
    await gate.end();
    await smtp.close();
  });

  /** ECF No. 9's ingest, stopped inside its transaction (holding its event ids) until `gate` opens. */
  async function heldWriter(): Promise<{ writing: Promise<unknown> }> {
    await gate.close();
    const writing = ingestParsed(store, nef(motion(9, 'Protective Order')));
    await until(gate.holding);
    return { writing };
  }

  it('a subscription made meanwhile answers, and the held entry still reaches it; a digest due meanwhile waits and goes out', async () => {
    const { writing } = await heldWriter();
    // A person subscribing now: answered, not failed.
    const made = await subscribe(
      store,
      { email: 'new@example.org', case: KEY, audience: 'legal', frequency: 'immediate', confirmed: true },
      LINKS,
    );
    expect(made.subscription.status).toBe('active');
    // The digest waits for the writer (its exclusive request is queued behind the writer's lock).
    let done = false;
    const digests = runDueDigests(store, DIGEST_TIME, LINKS).finally(() => {
      done = true;
    });
    await until(async () => done || (await gate.eventsLockAwaited()));
    await gate.open();
    await writing;
    const outcomes = await digests;
    expect(outcomes.map((o) => [o.email, o.result])).toEqual([['digest@example.org', 'queued']]);
    await processAlerts(store, LINKS);
    const mails = await mailOutbox(store, smtp);
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
      expect(await runDueDigests(store, DIGEST_TIME, LINKS)).toEqual([]);
    } finally {
      await gate.open();
    }
    await writing;
    const outcomes = await runDueDigests(store, DIGEST_TIME, LINKS);
    expect(outcomes.map((o) => [o.email, o.result])).toEqual([['digest@example.org', 'queued']]);
    const digest = (await mailOutbox(store, smtp)).filter((m) => m.to.includes('digest@example.org'));
    expect(digest).toHaveLength(1);
    expect(digest[0]!.text).toContain('Protective Order');
  }, 120_000);
});
