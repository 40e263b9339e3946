/**
 * Subscriptions, the outbox, alerts and digests on a real store (SQLite and PostgreSQL), delivered
 * to a real smtp-server on 127.0.0.1 and read back with mailparser: double opt-in, one-click
 * unsubscribe, grouping, SMTP down then up, a restart between claiming and sending, a 5xx address,
 * digests that fall due in the subscriber's time zone (and once after downtime).
 */
import type { ParsedMail } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Store, writeTransaction } from '../../db/index.ts';
import { refreshCaseDeadlines } from '../../src/deadlines/record.ts';
import { processAlerts } from '../../src/notify/alerts.ts';
import { BouncedAddressError } from '../../src/notify/bounces.ts';
import { isDue, latestPeriod, runDueDigests } from '../../src/notify/digest.ts';
import {
  Arrivals,
  claim,
  deliverOutbox,
  enqueue,
  listOutbox,
  outboxCounts,
} from '../../src/notify/outbox.ts';
import {
  confirmSubscription,
  InvalidEmailError,
  listSubscriptions,
  normalizeEmail,
  subscribe,
  unsubscribe,
} from '../../src/notify/subscriptions.ts';
import { signToken, TokenError, verifyToken } from '../../src/notify/tokens.ts';
import { createMailer, type Mailer, mailerConfig } from '../../src/notify/transport.ts';
import { until } from '../support/alerts.ts';
import { DIALECTS, describeDialect, freshStore } from '../support/db.ts';
import { SECRET } from '../support/messages.ts';
import {
  addEntry,
  addEvent,
  CASE_KEY,
  deadlineSetPayload,
  OTHER_KEY,
  seedCase,
  stayExtendedPayload,
} from '../support/notify-store.ts';
import { freePort, parse, startSmtp, type TestSmtp } from '../support/smtp.ts';

const links = { publicUrl: 'https://watch.example.org', secret: SECRET, unsubscribeMailto: null };
const NOW = new Date('2017-07-12T16:00:00Z');
const FROM = 'docketwatch <alerts@watch.example.org>';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function mailer(url: string): Mailer {
  const m = createMailer(
    mailerConfig({
      smtpUrl: url,
      from: FROM,
      retry: { attempts: 1, baseDelayMs: 10, maxDelayMs: 10 },
      timeoutMs: 3000,
    }),
  );
  cleanups.push(() => m.close());
  return m;
}

async function smtp(options: Parameters<typeof startSmtp>[0] = {}): Promise<TestSmtp> {
  const s = await startSmtp(options);
  cleanups.push(() => s.close());
  return s;
}

/** A header as it arrived, unfolded. */
function rawHeader(mail: ParsedMail, key: string): string {
  const line = mail.headerLines.find((h) => h.key === key)?.line ?? '';
  return line
    .slice(line.indexOf(':') + 1)
    .replace(/\r?\n[ \t]+/g, ' ')
    .trim();
}

const later = (ms: number) => new Date(NOW.getTime() + ms);

describe('normalizeEmail', () => {
  it('lower-cases the domain only and trims', () => {
    expect(normalizeEmail('  Anne.Counsel@Example.ORG ')).toBe('Anne.Counsel@example.org');
  });
  it.each([
    ['', 'empty'],
    ['no-at-sign.example.org', 'exactly one @'],
    ['a@b@example.org', 'exactly one @'],
    ['anne counsel@example.org', 'spaces'],
    ['anne@localhost', 'not a domain'],
    ['anne@example.123', 'not a domain'],
    ['.anne@example.org', 'misplaced dots'],
    [`${'a'.repeat(65)}@example.org`, '64'],
  ])('refuses %j with a typed error (%s)', (raw, why) => {
    const err = (() => {
      try {
        normalizeEmail(raw);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(InvalidEmailError);
    expect((err as InvalidEmailError).code).toBe('EEMAIL');
    expect((err as Error).message).toContain(why);
  });
});

describe('latestPeriod', () => {
  const sub = {
    frequency: 'daily' as const,
    time_zone: 'America/Detroit',
    digest_hour: 7,
    digest_weekday: 1,
  };
  it('is the previous local day before the hour, today after it (Detroit is UTC-4 in July)', () => {
    expect(latestPeriod(sub, new Date('2017-07-12T10:59:00Z'))?.key).toBe('daily:2017-07-11');
    expect(latestPeriod(sub, new Date('2017-07-12T11:00:00Z'))?.key).toBe('daily:2017-07-12');
  });
  it('weekly: the latest local weekday at the hour, keyed by ISO week', () => {
    const weekly = { ...sub, frequency: 'weekly' as const };
    // 2017-07-10 is a Monday (ISO week 28).
    expect(latestPeriod(weekly, new Date('2017-07-12T16:00:00Z'))?.key).toBe('weekly:2017-W28');
    expect(latestPeriod(weekly, new Date('2017-07-10T10:00:00Z'))?.key).toBe('weekly:2017-W27');
  });
  it('immediate subscribers have no digest', () => {
    expect(latestPeriod({ ...sub, frequency: 'immediate' }, NOW)).toBeNull();
  });
});

for (const dialect of DIALECTS) {
  describeDialect(dialect, 'notification pipeline', () => {
    let store: Store & { target: string };

    async function setup() {
      store = await freshStore(dialect);
      return seedCase(store);
    }

    /** A confirmed subscriber with one alert in the outbox: the stay extended (ECF No. 87). */
    async function oneAlertQueued(): Promise<void> {
      const caseId = await setup();
      await subscribe(
        store,
        { email: 'counsel@example.org', case: CASE_KEY, frequency: 'daily', confirmed: true },
        { ...links, now: NOW },
      );
      await addEvent(store, caseId, 'stay.extended', null, stayExtendedPayload(87));
      await processAlerts(store, links, { now: NOW });
    }

    it('subscribes with double opt-in: pending, confirmation mailed through the outbox, confirmed by the link', async () => {
      await setup();
      const server = await smtp();
      const r = await subscribe(
        store,
        {
          email: 'Anne@Example.ORG',
          case: CASE_KEY,
          audience: 'advocate',
          frequency: 'weekly',
          mute: ['Pro Hac Vice'],
        },
        { ...links, now: NOW },
      );
      expect(r).toMatchObject({ created: true, confirmationQueued: true });
      expect(r.subscription).toMatchObject({
        email: 'Anne@example.org',
        status: 'pending',
        audience: 'advocate',
        frequency: 'weekly',
      });
      expect(r.subscription.filters.mute).toEqual(['pro hac vice']);

      // Subscribing again updates the one row; no second confirmation.
      const again = await subscribe(
        store,
        { email: 'Anne@EXAMPLE.org', case: CASE_KEY, audience: 'legal', frequency: 'daily' },
        { ...links, now: NOW },
      );
      expect(again).toMatchObject({ created: false, confirmationQueued: false });
      expect(again.subscription.id).toBe(r.subscription.id);
      const all = await listSubscriptions(store);
      expect(all).toHaveLength(1);
      expect(all[0]).toMatchObject({ audience: 'legal', frequency: 'daily', status: 'pending' });

      expect(await deliverOutbox(store, mailer(server.url), { now: () => NOW })).toMatchObject({ sent: 1 });
      expect(server.received).toHaveLength(1);
      const mail = await parse(server.received[0]!.raw);
      // Named as people know the case (its caption), the docket beside it in the body; no store key.
      expect(mail.subject).toBe('Confirm your docketwatch subscription to Hamama v. Adducci');
      expect(mail.text).toContain('about Hamama v. Adducci (MIED 2:17-cv-11910) (');
      expect(`${mail.subject} ${mail.text}`).not.toContain(CASE_KEY);
      const link = /https:\/\/watch\.example\.org\/confirm\?token=([A-Za-z0-9_.-]+)/.exec(mail.text ?? '');
      expect(link).not.toBeNull();
      expect(mail.html).toContain(link![0]);

      // An unsubscribe token cannot confirm; the confirmation token can.
      const unsubToken = signToken({ purpose: 'unsubscribe', subject: r.subscription.id }, SECRET, NOW);
      await expect(confirmSubscription(store, unsubToken, SECRET, NOW)).rejects.toBeInstanceOf(TokenError);
      const confirmed = await confirmSubscription(store, link![1]!, SECRET, later(60_000));
      expect(confirmed.status).toBe('active');
      expect((await confirmSubscription(store, link![1]!, SECRET, later(120_000))).status).toBe('active');
    });

    it('refuses a case that is not in the record and an address that bounced', async () => {
      await setup();
      await expect(
        subscribe(store, { email: 'a@example.org', case: OTHER_KEY }, { ...links, now: NOW }),
      ).rejects.toThrow(/not in the record/);
      await store.db
        .insertInto('bounced_addresses')
        .values({
          email: 'gone@example.org',
          response_code: 550,
          response: 'no such user',
          bounced_at: NOW.toISOString(),
        })
        .execute();
      await expect(
        subscribe(store, { email: 'gone@example.org', case: CASE_KEY }, { ...links, now: NOW }),
      ).rejects.toBeInstanceOf(BouncedAddressError);
    });

    it('a reader’s first message about a deadline says what it is now: "moved" only to a reader told it was set; an order ending no recorded deadline tells no one', async () => {
      const caseId = await setup();
      const server = await smtp();
      const early = {
        email: 'early@example.org',
        case: CASE_KEY,
        audience: 'legal' as const,
        frequency: 'daily' as const,
        confirmed: true,
      };
      await subscribe(store, early, { ...links, now: NOW });
      await addEvent(store, caseId, 'deadline.set', '87', deadlineSetPayload(87));
      await processAlerts(store, links, { now: NOW });
      // Subscribed after the deadline was set: never told it.
      await subscribe(store, { ...early, email: 'late@example.org' }, { ...links, now: NOW });
      await addEvent(store, caseId, 'deadline.extended', '90', {
        ...deadlineSetPayload(90, '2017-07-24'),
        previousDue: '2017-07-17',
      });
      // An order vacating a deadline no record holds (nothing was told of it).
      await addEvent(store, caseId, 'deadline.vacated', '91', {
        ...deadlineSetPayload(91, '2017-07-20'),
        record: null,
        what: null,
        party: null,
        due: null,
      });
      await processAlerts(store, links, { now: NOW });
      await deliverOutbox(store, mailer(server.url), { now: () => NOW });
      const mails = await Promise.all(server.received.map((r) => parse(r.raw)));
      const to = (who: string) =>
        mails
          .filter((m) => JSON.stringify(m.to).includes(who))
          .map((m) => `${m.subject}\n${m.text}`)
          .join('\n');
      expect(to('early@')).toContain(
        'Deadline moved: Response to the motion for preliminary injunction (ECF No. 77), now due July 24, 2017',
      );
      expect(to('late@')).toContain(
        'Deadline: Response to the motion for preliminary injunction (ECF No. 77) (Respondents) due July 24, 2017 (moved from July 17, 2017).',
      );
      expect(to('late@')).not.toMatch(/Deadline moved/);
      for (const who of ['early@', 'late@']) expect(to(who)).not.toMatch(/a deadline/i);
    });

    it('alerts: critical events of one case that arrive together become one message; others wait; re-running queues nothing', async () => {
      const caseId = await setup();
      const server = await smtp();
      const legal = await subscribe(
        store,
        {
          email: 'counsel@example.org',
          case: CASE_KEY,
          audience: 'legal',
          frequency: 'daily',
          confirmed: true,
        },
        { ...links, now: NOW },
      );
      await subscribe(
        store,
        {
          email: 'advocate@example.org',
          case: CASE_KEY,
          audience: 'advocate',
          frequency: 'immediate',
          mute: ['pro hac vice'],
          confirmed: true,
        },
        { ...links, now: NOW },
      );
      await addEntry(store, caseId, {
        number: 87,
        date: '2017-07-11',
        text: 'ORDER granting [80] Motion to Extend Stay of Removal through July 24, 2017. Respondents shall respond to [77] by 7/17/2017. <script>alert(1)</script>',
        documentUrl: 'https://ecf.mied.uscourts.gov/doc1/097100000087',
      });
      await addEntry(store, caseId, {
        number: 88,
        date: '2017-07-11',
        text: 'MOTION for Leave to Appear Pro Hac Vice by Erin Counsel. (Counsel, Erin)',
      });
      await addEvent(store, caseId, 'stay.extended', '87', stayExtendedPayload(87));
      await addEvent(store, caseId, 'deadline.set', '87', deadlineSetPayload(87));

      const run = await processAlerts(store, links, { now: NOW });
      expect(run).toMatchObject({ events: 4, queued: 2 });
      expect(await processAlerts(store, links, { now: NOW })).toMatchObject({ events: 0, queued: 0 });

      expect(await deliverOutbox(store, mailer(server.url), { now: () => NOW })).toMatchObject({ sent: 2 });
      const mails = await Promise.all(server.received.map((r) => parse(r.raw)));
      const toCounsel = mails.find((m) => m.to && JSON.stringify(m.to).includes('counsel@example.org'))!;
      const toAdvocate = mails.find((m) => m.to && JSON.stringify(m.to).includes('advocate@example.org'))!;
      // Legal team (daily): the stay and the deadline, grouped; the new entries wait for the digest.
      expect(toCounsel.subject).toMatch(/^Stay extended.*\(\+1 more\) — Hamama v\. Adducci$/);
      expect(toCounsel.text).toContain('Response to the motion for preliminary injunction (ECF No. 77)');
      expect(toCounsel.text).not.toContain('Pro Hac Vice');
      // Advocate (immediate): the order and both changes at once, the muted motion left out.
      expect(toAdvocate.text).toContain('Stay');
      expect(toAdvocate.text).not.toContain('Pro Hac Vice');
      expect(toAdvocate.html).not.toContain('<script>');
      expect(toAdvocate.html).toContain('&lt;script&gt;');
      // One-click unsubscribe, with a token for this subscription.
      expect(rawHeader(toCounsel, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
      const header = rawHeader(toCounsel, 'list-unsubscribe');
      const token = /token=([A-Za-z0-9_.-]+)/.exec(header)![1]!;
      expect(verifyToken(token, 'unsubscribe', SECRET, NOW).subject).toBe(legal.subscription.id);
      // The Message-ID is derived from the idempotency key.
      expect(toCounsel.messageId).toMatch(/^<[0-9a-f]{32}@watch\.example\.org>$/);

      // Unsubscribing with that token stops further mail; queued mail is cancelled.
      await unsubscribe(store, token, SECRET, NOW);
      // A deadline that concerns the people in the case (not a brief): it reaches the advocate.
      await addEvent(store, caseId, 'deadline.extended', '89', {
        ...deadlineSetPayload(89, '2017-07-21'),
        record: 'detained-list',
        what: 'list of detained class members',
        party: null,
        previousDue: '2017-07-17',
      });
      expect(await processAlerts(store, links, { now: NOW })).toMatchObject({ events: 1, queued: 1 });
      expect(await deliverOutbox(store, mailer(server.url), { now: () => NOW })).toMatchObject({ sent: 1 });
      expect(server.received).toHaveLength(3);
      expect(server.received[2]!.to).toEqual(['advocate@example.org']);
    });

    it('alerts from the deadline record: the stay an order sets, as the record reads it, goes out at once', async () => {
      const caseId = await setup();
      const server = await smtp();
      await subscribe(
        store,
        {
          email: 'advocate@example.org',
          case: CASE_KEY,
          audience: 'advocate',
          frequency: 'daily',
          confirmed: true,
        },
        { ...links, now: NOW },
      );
      await addEntry(store, caseId, {
        number: 32,
        date: '2017-06-22',
        text: 'ORDER granting [11] Motion for Temporary Restraining Order and staying the removal of class members until July 6, 2017. Signed by District Judge M. Goldsmith.',
      });
      await addEntry(store, caseId, {
        number: 61,
        date: '2017-07-06',
        text: 'ORDER extending the stay of removal of class members through July 24, 2017. Signed by District Judge M. Goldsmith.',
      });
      const refreshed = await refreshCaseDeadlines(store, CASE_KEY, { now: NOW });
      const types = refreshed.events.map((e) => e.type);
      expect(types.some((t) => t.startsWith('stay.'))).toBe(true);
      const run = await processAlerts(store, links, { now: NOW });
      expect(run.queued).toBe(1);
      await deliverOutbox(store, mailer(server.url), { now: () => NOW });
      const mail = await parse(server.received[0]!.raw);
      // The TRO and the stay arrive together: one message, the TRO (what matters most) first.
      expect(mail.subject).toMatch(/^Temporary restraining order granted on June 22, 2017 \(\+1 more\)/i);
      expect(mail.text).toMatch(/stay/i);
      expect(mail.text).toContain('July 24, 2017');
      expect(mail.text).not.toMatch(/stay of stay/i);
    });

    it('SMTP down, then up: the message waits in the outbox and is delivered once', async () => {
      await oneAlertQueued();
      const port = await freePort();
      const down = await deliverOutbox(store, mailer(`smtp://127.0.0.1:${port}`), {
        now: () => NOW,
        retryBaseMs: 60_000,
      });
      expect(down).toMatchObject({ sent: 0, retrying: 1 });
      const [row] = await listOutbox(store);
      expect(row).toMatchObject({ status: 'pending', attempts: 1 });
      expect(row!.lastError).toMatch(/ECONNREFUSED|connect/i);
      // Not due again before its retry time.
      expect(
        await deliverOutbox(store, mailer(`smtp://127.0.0.1:${port}`), { now: () => later(1000) }),
      ).toMatchObject({
        sent: 0,
        retrying: 0,
      });
      const server = await smtp({ port });
      const up = await deliverOutbox(store, mailer(server.url), { now: () => later(3_600_000) });
      expect(up).toMatchObject({ sent: 1 });
      expect(await deliverOutbox(store, mailer(server.url), { now: () => later(7_200_000) })).toMatchObject({
        sent: 0,
      });
      expect(server.received).toHaveLength(1);
      expect((await outboxCounts(store)).sent).toBe(1);
    });

    it('a restart between claiming and sending loses nothing: the claim expires and the message goes out once', async () => {
      await oneAlertQueued();
      const server = await smtp();
      const claimed = await claim(store, 'worker-that-dies', NOW, 10, 60_000, NOW);
      expect(claimed.rows).toHaveLength(1);
      await store.close();

      const reopened = await openDatabase(store.target);
      cleanups.push(() => reopened.close());
      // Another worker does not take a fresh claim …
      expect(
        await deliverOutbox(reopened, mailer(server.url), { now: () => later(1000), leaseMs: 60_000 }),
      ).toMatchObject({
        sent: 0,
      });
      // … but takes it once the lease has run out.
      expect(
        await deliverOutbox(reopened, mailer(server.url), { now: () => later(120_000), leaseMs: 60_000 }),
      ).toMatchObject({ sent: 1 });
      expect(server.received).toHaveLength(1);
      const [row] = await listOutbox(reopened);
      expect(row).toMatchObject({ status: 'sent', attempts: 2 });
    });

    it('a crash after the server accepted but before it was recorded resends with the same Message-ID (at-least-once)', async () => {
      await oneAlertQueued();
      const server = await smtp();
      const { rows } = await claim(store, 'worker-that-dies', NOW, 10, 60_000, NOW);
      await mailer(server.url).send(JSON.parse(rows[0]!.message));
      await store.close();

      const reopened = await openDatabase(store.target);
      cleanups.push(() => reopened.close());
      await deliverOutbox(reopened, mailer(server.url), { now: () => later(120_000), leaseMs: 60_000 });
      expect(server.received).toHaveLength(2);
      const ids = await Promise.all(server.received.map(async (r) => (await parse(r.raw)).messageId));
      expect(new Set(ids).size).toBe(1);
    });

    it('two deliverers on one queue send each message once', async () => {
      await setup();
      const server = await smtp();
      await writeTransaction(store.db, async (trx) => {
        for (let i = 0; i < 40; i++) {
          const key = `alert:sub_test:ev${i}`;
          const message = {
            to: `r${i}@example.org`,
            subject: `m${i}`,
            html: '<p>x</p>',
            text: 'x',
            headers: {},
            idempotencyKey: key,
          };
          await enqueue(trx, { kind: 'alert', subscriptionId: null, message }, NOW);
        }
      });
      const runs = await Promise.all([
        deliverOutbox(store, mailer(server.url), {
          now: () => NOW,
          batchSize: 5,
          concurrency: 2,
          workerId: 'a',
        }),
        deliverOutbox(store, mailer(server.url), {
          now: () => NOW,
          batchSize: 5,
          concurrency: 2,
          workerId: 'b',
        }),
      ]);
      expect(runs[0]!.sent + runs[1]!.sent).toBe(40);
      expect(server.received).toHaveLength(40);
      expect(new Set(server.received.map((r) => r.to[0])).size).toBe(40);
      expect((await outboxCounts(store)).sent).toBe(40);
    });

    it('a delivery alongside the queuing sends each batch once as it is queued, and ends when the queuing does', async () => {
      await setup();
      const server = await smtp();
      const queue = (i: number, at: Date) =>
        writeTransaction(store.db, (trx) =>
          enqueue(
            trx,
            {
              kind: 'alert',
              subscriptionId: null,
              message: {
                to: `r${i}@example.org`,
                subject: `m${i}`,
                html: '<p>x</p>',
                text: 'x',
                headers: {},
                idempotencyKey: `alert:sub_test:arrival${i}`,
              },
            },
            at,
          ),
        );
      await queue(0, NOW);
      const arrivals = new Arrivals(NOW);
      let clock = NOW;
      let ended = false;
      const delivering = deliverOutbox(store, mailer(server.url), { now: () => clock, arrivals }).finally(
        () => {
          ended = true;
        },
      );
      await until(async () => server.received.length === 1);
      // Queued after the delivery began, one second later: taken once the queuing says they are due.
      clock = later(1000);
      await queue(1, later(1000));
      await queue(2, later(1000));
      arrivals.queued(later(1000));
      await until(async () => server.received.length === 3);
      expect(ended).toBe(false);
      // Due only later (as a retry put back is): not taken by this delivery.
      await queue(3, later(60_000));
      arrivals.close();
      expect(await delivering).toMatchObject({ sent: 3, retrying: 0, failed: 0 });
      expect(server.received.map((r) => r.to[0]).sort()).toEqual([
        'r0@example.org',
        'r1@example.org',
        'r2@example.org',
      ]);
      expect(await outboxCounts(store)).toMatchObject({ sent: 3, pending: 1, sending: 0 });
    });

    it('keeps each message as the JSON of what was rendered, and records each delivery with its own Message-ID', async () => {
      await setup();
      const server = await smtp();
      const messages = [
        'plain',
        'quotes " \\ and <b>tags</b>',
        'non-ASCII — « » مرحبا \u2028',
        'a NUL \u0000 char',
      ].map((words, i) => ({
        to: `r${i}@example.org`,
        // PostgreSQL's text columns refuse a NUL (the outbox row's subject too): only the body has one.
        subject: `Subject ${i}: ${words.replace('\u0000', '')}`,
        html: `<p style="margin:0;">${words}</p>`,
        text: `${words}\n\tline two`,
        headers: { 'X-Docketwatch-Key': `alert:sub_test:json${i}`, 'Content-Language': 'ar' },
        idempotencyKey: `alert:sub_test:json${i}`,
      }));
      await writeTransaction(store.db, async (trx) => {
        for (const message of messages)
          await enqueue(trx, { kind: 'alert', subscriptionId: null, message }, NOW);
      });
      const stored = await store.db
        .selectFrom('outbox')
        .innerJoin('outbox_messages', 'outbox_messages.outbox_id', 'outbox.id')
        .select(['outbox.idempotency_key', 'outbox_messages.message'])
        .orderBy('outbox.id')
        .execute();
      expect(stored.map((r) => JSON.parse(r.message))).toEqual(messages);
      expect(await deliverOutbox(store, mailer(server.url), { now: () => NOW })).toMatchObject({ sent: 4 });
      const sent = await store.db
        .selectFrom('outbox')
        .select(['idempotency_key', 'status', 'message_id'])
        .execute();
      const received = await Promise.all(server.received.map((r) => parse(r.raw)));
      for (const row of sent) {
        expect(row.status).toBe('sent');
        const mail = received.find(
          (m) => m.subject === messages.find((x) => x.idempotencyKey === row.idempotency_key)!.subject,
        );
        expect(mail?.messageId).toBe(row.message_id);
      }
      expect(new Set(sent.map((r) => r.message_id)).size).toBe(4);
    });

    it('a 5xx address is marked bounced and gets no more mail', async () => {
      const caseId = await setup();
      const server = await smtp({ refuseRecipient: (a) => (a === 'gone@example.org' ? 550 : null) });
      await subscribe(
        store,
        { email: 'gone@example.org', case: CASE_KEY, confirmed: true },
        { ...links, now: NOW },
      );
      await subscribe(
        store,
        { email: 'counsel@example.org', case: CASE_KEY, confirmed: true },
        { ...links, now: NOW },
      );
      await addEvent(store, caseId, 'stay.extended', null, stayExtendedPayload(87));
      await processAlerts(store, links, { now: NOW });
      const first = await deliverOutbox(store, mailer(server.url), { now: () => NOW });
      expect(first).toMatchObject({ sent: 1, failed: 1 });
      const failed = (await listOutbox(store, { status: 'failed' }))[0]!;
      expect(failed.to).toBe('gone@example.org');
      expect(failed.lastError).toMatch(/550|No such user/);
      const subs = await listSubscriptions(store);
      expect(subs.find((s) => s.email === 'gone@example.org')?.status).toBe('bounced');
      expect(subs.find((s) => s.email === 'counsel@example.org')?.status).toBe('active');

      await addEvent(store, caseId, 'deadline.set', null, deadlineSetPayload(89));
      expect(await processAlerts(store, links, { now: NOW })).toMatchObject({ queued: 1 });
      await deliverOutbox(store, mailer(server.url), { now: () => NOW });
      expect(server.received.map((r) => r.to[0])).toEqual(['counsel@example.org', 'counsel@example.org']);
    });

    it('digests fall due at the local hour, once per period, and once after the worker was down', async () => {
      const caseId = await setup();
      const server = await smtp();
      const confirmedAt = new Date('2017-07-10T12:00:00Z');
      await subscribe(
        store,
        {
          email: 'counsel@example.org',
          case: CASE_KEY,
          frequency: 'daily',
          timeZone: 'America/Detroit',
          digestHour: 7,
          confirmed: true,
        },
        { ...links, now: confirmedAt },
      );
      await addEvent(store, caseId, 'stay.granted', '60', {
        ...stayExtendedPayload(60),
        previousExpires: null,
      });
      await addEvent(store, caseId, 'deadline.set', '87', deadlineSetPayload(87));
      await addEntry(store, caseId, {
        number: 90,
        date: '2017-07-11',
        text: 'NOTICE of Appearance by Dan Counsel on behalf of All Petitioners. (Counsel, Dan)',
      });
      await addEntry(store, caseId, {
        number: 91,
        date: '2017-07-11',
        text: 'RESPONSE to [77] MOTION for Preliminary Injunction filed by All Respondents. (Counsel, Carol)',
      });

      // 06:59 in Detroit on the 11th: the 11th's digest is not due yet; the 10th's was before the subscription.
      const [sub] = await store.db.selectFrom('subscriptions').selectAll().execute();
      expect(isDue(sub!, new Date('2017-07-11T10:59:00Z'))).toBeNull();
      expect(await runDueDigests(store, new Date('2017-07-11T10:59:00Z'), links)).toEqual([]);

      // The worker was down from the 11th to the 13th at 09:00 Detroit: one digest, for the 13th.
      const back = new Date('2017-07-13T13:00:00Z');
      const outcomes = await runDueDigests(store, back, links);
      expect(outcomes).toEqual([expect.objectContaining({ period: 'daily:2017-07-13', result: 'queued' })]);
      expect(await runDueDigests(store, back, links)).toEqual([]);
      expect(await runDueDigests(store, new Date('2017-07-13T23:00:00Z'), links)).toEqual([]);

      await deliverOutbox(store, mailer(server.url), { now: () => back });
      expect(server.received).toHaveLength(1);
      const mail = await parse(server.received[0]!.raw);
      const text = mail.text ?? '';
      expect(text.indexOf('WHERE THE CASE STANDS')).toBeGreaterThanOrEqual(0);
      expect(text.indexOf('WHERE THE CASE STANDS')).toBeLessThan(text.indexOf('WHAT CHANGED'));
      expect(text).toContain('July 24, 2017');
      expect(text).toMatch(/Responses \(1\)/);
      expect(text).toMatch(/Notices \(1\)/);
      expect(mail.html).toContain('<table');

      // Nothing new the next day: no empty digest, but the period is recorded.
      const nextDay = await runDueDigests(store, new Date('2017-07-14T12:00:00Z'), links);
      expect(nextDay).toEqual([expect.objectContaining({ period: 'daily:2017-07-14', result: 'empty' })]);
      // A new entry on the 14th goes into the 15th's digest, and only it.
      await addEntry(store, caseId, {
        number: 92,
        date: '2017-07-14',
        text: 'ORDER setting hearing on [77] for 7/21/2017. Signed by District Judge M. Goldsmith.',
      });
      expect(await runDueDigests(store, new Date('2017-07-15T12:00:00Z'), links)).toEqual([
        expect.objectContaining({ period: 'daily:2017-07-15', result: 'queued' }),
      ]);
      await deliverOutbox(store, mailer(server.url), { now: () => new Date('2017-07-15T12:00:00Z') });
      const second = await parse(server.received[1]!.raw);
      expect(second.text).toContain('ORDER setting hearing');
      expect(second.text).not.toContain('RESPONSE to [77]');
    });
  });
}
