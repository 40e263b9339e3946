/**
 * The transactional outbox. Whoever decides to send a message (an alert, a digest, a confirmation)
 * writes it here in the same transaction as the decision, under a UNIQUE idempotency key, so a
 * decision taken twice queues one message. The deliverer claims due rows (PostgreSQL:
 * `FOR UPDATE SKIP LOCKED`, so several workers share the queue; SQLite: one writer at a time),
 * sends them through the mailer and records the outcome: sent; retry later with backoff; failed for
 * good (a 5xx refusal also marks the address bounced).
 *
 * Guarantee: a queued message is never lost, and is handed to the mail server at least once. Each
 * outcome is recorded the moment it is known (one small transaction per message), so a worker that
 * dies leaves unrecorded at most the messages in flight on its open SMTP connections: a message the
 * server accepted just before the crash is sent again once its claim expires (`leaseMs`); the copy
 * carries the same `Message-ID` (derived from the key), which mail clients and many servers use to
 * drop duplicates. Exactly-once across such a crash is not possible over SMTP.
 */
import { randomBytes } from 'node:crypto';
import { CompiledQuery, type Kysely, sql } from 'kysely';
import { compiledStatement, type Database, dialectOf, type Store, writeTransaction } from '../../db/index.ts';
import type { OutboxRow } from '../../db/notify-schema.ts';
import { ConfigError } from '../errors.ts';
import { backoffDelay } from '../net/retry.ts';
import { mailboxKey, markBounced } from './bounces.ts';
import type { RenderedMessage } from './render.ts';
import { type Mailer, PermanentDeliveryError } from './transport.ts';

export type OutboxKind = OutboxRow['kind'];
export type OutboxStatus = OutboxRow['status'];

export interface EnqueueInput {
  kind: OutboxKind;
  subscriptionId: string | null;
  message: RenderedMessage;
}

/**
 * Queue a message inside the caller's transaction (`trx`). Returns `false` when a message with the
 * same idempotency key was queued before (nothing is written).
 */
export async function enqueue(
  trx: Kysely<Database>,
  input: EnqueueInput,
  now: Date = new Date(),
): Promise<boolean> {
  const at = now.toISOString();
  const { message } = input;
  const { rows } = await trx.executeQuery<{ id: number }>(
    compiledStatement(trx, ENQUEUE, [
      message.idempotencyKey,
      input.kind,
      input.subscriptionId,
      message.to,
      message.subject,
      at,
      at,
    ]),
  );
  const row = rows[0];
  if (!row) return false;
  const { to, subject, html, text, headers, idempotencyKey } = message;
  const parts = [to, subject, html, text, JSON.stringify(headers), idempotencyKey];
  // The database writes the JSON: the same object, escaped by its C code rather than by
  // JSON.stringify, which took a third of a digest's queuing (two-byte strings, a few hundred
  // MB/s). PostgreSQL's text refuses a NUL character, which JSON.stringify writes as an escape.
  await trx.executeQuery(
    parts.some((p) => p.includes('\0'))
      ? compiledStatement(trx, ENQUEUE_BODY_JSON, [row.id, JSON.stringify(message)])
      : CompiledQuery.raw(ENQUEUE_BODY[dialectOf(trx)], [row.id, ...parts]),
  );
  return true;
}

/**
 * Queue several messages inside the caller's transaction; how many were new (`enqueue` for each).
 * PostgreSQL: two statements for all of them (the rows, then their bodies from arrays) instead of
 * two round trips per message — an alert range for a case with a hundred subscribers was two
 * hundred round trips.
 */
export async function enqueueAll(
  trx: Kysely<Database>,
  inputs: readonly EnqueueInput[],
  now: Date = new Date(),
): Promise<number> {
  const plain = inputs.filter(({ message: m }) =>
    [m.to, m.subject, m.html, m.text, JSON.stringify(m.headers), m.idempotencyKey].every(
      (p) => !p.includes('\0'),
    ),
  );
  if (dialectOf(trx) !== 'postgres' || plain.length < 2) {
    let n = 0;
    for (const input of inputs) if (await enqueue(trx, input, now)) n++;
    return n;
  }
  let n = 0;
  for (const input of inputs) if (!plain.includes(input) && (await enqueue(trx, input, now))) n++;
  // One message per key: a key twice in one statement would be a conflict within it.
  const byKey = new Map(plain.map((i) => [i.message.idempotencyKey, i]));
  const list = [...byKey.values()];
  const at = now.toISOString();
  const { rows } = await trx.executeQuery<{ id: number; key: string }>(
    CompiledQuery.raw(ENQUEUE_ALL, [
      list.map((i) => i.message.idempotencyKey),
      list.map((i) => i.kind),
      list.map((i) => i.subscriptionId),
      list.map((i) => i.message.to),
      list.map((i) => i.message.subject),
      at,
    ]),
  );
  if (rows.length === 0) return n;
  const written = rows.map((r) => ({ id: r.id, m: byKey.get(r.key)!.message }));
  await trx.executeQuery(
    CompiledQuery.raw(ENQUEUE_BODIES, [
      written.map((w) => w.id),
      written.map((w) => w.m.to),
      written.map((w) => w.m.subject),
      written.map((w) => w.m.html),
      written.map((w) => w.m.text),
      written.map((w) => JSON.stringify(w.m.headers)),
      written.map((w) => w.m.idempotencyKey),
    ]),
  );
  return n + rows.length;
}

const ENQUEUE_ALL = `insert into "outbox" ("idempotency_key", "kind", "subscription_id", "recipient", "subject",
  "status", "attempts", "next_attempt_at", "claimed_at", "claimed_by", "message_id", "last_error", "created_at", "sent_at")
  select u.key, u.kind, u.sub, u.recipient, u.subject, 'pending', 0, $6, null, null, null, null, $6, null
  from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) as u(key, kind, sub, recipient, subject)
  on conflict ("idempotency_key") do nothing returning "id", "idempotency_key" as "key"`;
const ENQUEUE_BODIES = `insert into "outbox_messages" ("outbox_id", "message")
  select u.id, json_build_object('to', u.recipient, 'subject', u.subject, 'html', u.html, 'text', u.text,
    'headers', u.headers::json, 'idempotencyKey', u.key)::text
  from unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
    as u(id, recipient, subject, html, text, headers, key)`;

// Written out rather than built: `enqueue` runs once per message queued (a digest run: once per subscriber).
const ENQUEUE = `insert into "outbox" ("idempotency_key", "kind", "subscription_id", "recipient", "subject",
  "status", "attempts", "next_attempt_at", "claimed_at", "claimed_by", "message_id", "last_error", "created_at", "sent_at")
  values (?, ?, ?, ?, ?, 'pending', 0, ?, null, null, null, null, ?, null)
  on conflict ("idempotency_key") do nothing returning "id"`;
/** The message as JSON: `{to, subject, html, text, headers, idempotencyKey}` (`RenderedMessage`). */
const ENQUEUE_BODY = {
  sqlite: `insert into "outbox_messages" ("outbox_id", "message") values (?, json_object('to', ?, 'subject', ?,
  'html', ?, 'text', ?, 'headers', json(?), 'idempotencyKey', ?))`,
  postgres: `insert into "outbox_messages" ("outbox_id", "message") values ($1, json_build_object('to', $2::text,
  'subject', $3::text, 'html', $4::text, 'text', $5::text, 'headers', $6::json, 'idempotencyKey', $7::text)::text)`,
};
const ENQUEUE_BODY_JSON = `insert into "outbox_messages" ("outbox_id", "message") values (?, ?)`;

/** A claimed outbox row with its message body. */
export type ClaimedRow = OutboxRow & { message: string };

export interface DeliverOptions {
  /** The clock (tests move it). */
  now?: () => Date;
  /** Rows claimed per round trip. */
  batchSize?: number;
  /**
   * Messages handed to the mailer at once; default: its connections (`mailer.connections`), so a
   * crash leaves at most that many accepted but unrecorded.
   */
  concurrency?: number;
  /** A claim older than this is taken to be from a worker that died, and is claimed again. */
  leaseMs?: number;
  /** Deliveries tried (each one the mailer's own quick retries) before a message is given up on. */
  maxAttempts?: number;
  /** Backoff between deliveries: jittered, doubling from `retryBaseMs` up to `retryMaxMs`. */
  retryBaseMs?: number;
  retryMaxMs?: number;
  /** Stop after this many messages (default: all that are due). */
  limit?: number;
  /** Who claims (default: host-independent random id per call). */
  workerId?: string;
  /**
   * Messages still being queued while this delivery runs (`Arrivals`): it takes each batch as it
   * is queued, and waits for more instead of ending while they are open.
   */
  arrivals?: Arrivals;
}

/**
 * What the notify job queues while the outbox is delivered: the alerts of one range go out while
 * the next range is rendered, instead of every range waiting for the one before it to be sent
 * (#18: on a busy day each range's alerts waited for all earlier ranges' delivery). `queued(at)`
 * says that messages queued up to `at` are due; `close()` that nothing more is coming. Messages
 * put back for a retry stay due at their own later time, as in any run.
 */
export class Arrivals {
  #due: Date;
  #open = true;
  #wake: (() => void) | null = null;
  #woken: Promise<void>;

  constructor(due: Date) {
    this.#due = due;
    this.#woken = this.#arm();
  }

  /** Rows queued for `at` or earlier are due. */
  queued(at: Date): void {
    if (at > this.#due) this.#due = at;
    this.#fire();
  }

  /** Nothing more is queued: the delivery ends once it has sent what is due. */
  close(): void {
    this.#open = false;
    this.#fire();
  }

  get due(): Date {
    return this.#due;
  }

  get open(): boolean {
    return this.#open;
  }

  /** Resolves at the next `queued` or `close`. */
  next(): Promise<void> {
    return this.#woken;
  }

  #arm(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.#wake = resolve;
    });
  }

  #fire(): void {
    const wake = this.#wake;
    this.#woken = this.#arm();
    wake?.();
  }
}

type Settings = Required<Omit<DeliverOptions, 'now' | 'limit' | 'workerId' | 'concurrency' | 'arrivals'>>;

export const DEFAULT_DELIVER: Settings = {
  batchSize: 200,
  leaseMs: 5 * 60_000,
  maxAttempts: 12,
  retryBaseMs: 30_000,
  retryMaxMs: 60 * 60_000,
};

export interface DeliverySummary {
  sent: number;
  /** Put back with a retry time. */
  retrying: number;
  /** Given up on (permanent refusal or too many attempts). */
  failed: number;
  /** Not sent: the subscription was cancelled or the address bounced. */
  cancelled: number;
}

type Outcome =
  | { id: number; status: 'sent'; messageId: string }
  | { id: number; status: 'retry'; error: string; attempts: number }
  | { id: number; status: 'failed'; error: string; bounce: PermanentDeliveryError | null }
  | { id: number; status: 'release'; error: string };

/**
 * Deliver every due message (and messages whose claim expired), in batches, until none is left.
 * A `ConfigError` from the mailer (authentication, TLS, sender refused) stops the run after the
 * batch is recorded: the messages go back to the queue untouched. Each outcome is recorded as soon
 * as it is known; `concurrency` messages (default: the mailer's connections) are in flight at once.
 */
export async function deliverOutbox(
  store: Store,
  mailer: Mailer,
  options: DeliverOptions = {},
): Promise<DeliverySummary> {
  const o = { ...DEFAULT_DELIVER, ...options };
  const concurrency = options.concurrency ?? mailer.connections;
  const clock = options.now ?? (() => new Date());
  const worker = options.workerId ?? `w_${randomBytes(6).toString('hex')}`;
  const summary: DeliverySummary = { sent: 0, retrying: 0, failed: 0, cancelled: 0 };
  // Only rows due when the run started: a row put back for a retry waits for a later run.
  const runStart = clock();
  let left = options.limit ?? Number.POSITIVE_INFINITY;
  let configError: ConfigError | null = null;
  // Claimed rows waiting for a lane. The next batch is claimed while the lanes still send the end
  // of this one, so the connections never stand idle between batches.
  const queue: ClaimedRow[] = [];
  let drained = false;
  let claiming: Promise<void> | null = null;
  const { arrivals } = options;
  const refill = (): Promise<void> => {
    claiming ??= (async () => {
      while (!drained && !configError && left > 0) {
        // Read before the claim: what is queued meanwhile wakes the wait below.
        const open = arrivals?.open ?? false;
        const more = arrivals?.next();
        const { rows, cancelled } = await claim(
          store,
          worker,
          arrivals?.due ?? runStart,
          Math.min(o.batchSize, left),
          o.leaseMs,
          clock(),
        );
        summary.cancelled += cancelled;
        left -= rows.length + cancelled;
        queue.push(...rows);
        if (rows.length > 0) break;
        if (cancelled > 0) continue;
        if (open && more) await more;
        else drained = true;
      }
    })().finally(() => {
      claiming = null;
    });
    return claiming;
  };
  // Each outcome is recorded as soon as it is known (the server accepted, refused or failed),
  // so a worker killed mid-run leaves at most the messages in flight on its open connections
  // unrecorded: those, and only those, are sent again once their claim expires.
  const recordSent = sentRecorder(store, worker, clock);
  const settle = async (row: ClaimedRow, outcome: Outcome) => {
    if (outcome.status === 'sent') await recordSent(outcome.id, outcome.messageId);
    else await record(store, worker, row, outcome, clock(), o);
    if (outcome.status === 'sent') summary.sent++;
    else if (outcome.status === 'failed') summary.failed++;
    else summary.retrying++;
  };
  const lane = async () => {
    for (;;) {
      if (queue.length < concurrency && !drained && !configError && left > 0) {
        const next = refill();
        if (queue.length === 0) await next;
      }
      const row = queue.shift();
      if (!row) {
        if (claiming) {
          await claiming;
          continue;
        }
        return;
      }
      if (configError) {
        await settle(row, { id: row.id, status: 'release', error: (configError as ConfigError).message });
        continue;
      }
      if (!row.message) {
        const error = 'its message body is missing from the store';
        await settle(row, { id: row.id, status: 'failed', error, bounce: null });
        continue;
      }
      let outcome: Outcome;
      try {
        const receipt = await mailer.send(JSON.parse(row.message) as RenderedMessage);
        outcome = { id: row.id, status: 'sent', messageId: receipt.messageId };
      } catch (err) {
        if (err instanceof ConfigError) {
          configError = err;
          outcome = { id: row.id, status: 'release', error: err.message };
        } else if (err instanceof PermanentDeliveryError) {
          outcome = { id: row.id, status: 'failed', error: err.message, bounce: err };
        } else {
          const error = err instanceof Error ? err.message : String(err);
          outcome =
            row.attempts >= o.maxAttempts
              ? {
                  id: row.id,
                  status: 'failed',
                  error: `gave up after ${row.attempts} attempts: ${error}`,
                  bounce: null,
                }
              : { id: row.id, status: 'retry', error, attempts: row.attempts };
        }
      }
      await settle(row, outcome);
    }
  };
  await refill();
  const lanes = drained ? Math.min(concurrency, queue.length) : concurrency;
  await Promise.all(Array.from({ length: Math.max(1, lanes) }, lane));
  if (configError) throw configError;
  return summary;
}

/**
 * Claim up to `n` due rows for `worker`. Rows that must not be sent any more (the subscription was
 * cancelled or bounced, the address bounced) are cancelled here instead.
 */
export async function claim(
  store: Store,
  worker: string,
  dueBy: Date,
  n: number,
  leaseMs: number,
  now: Date = new Date(),
): Promise<{ rows: ClaimedRow[]; cancelled: number }> {
  const due = dueBy.toISOString();
  const staleBefore = new Date(now.getTime() - leaseMs).toISOString();
  return writeTransaction(store.db, async (trx) => {
    let q = trx
      .selectFrom('outbox')
      .select('id')
      .where((eb) =>
        eb.or([
          eb.and([eb('status', '=', 'pending'), eb('next_attempt_at', '<=', due)]),
          eb.and([eb('status', '=', 'sending'), eb('claimed_at', '<', staleBefore)]),
        ]),
      )
      .orderBy('id')
      .limit(n);
    if (dialectOf(trx) === 'postgres') q = q.forUpdate().skipLocked();
    const ids = (await q.execute()).map((r) => r.id);
    if (ids.length === 0) return { rows: [], cancelled: 0 };
    const rows = await trx
      .updateTable('outbox')
      .set((eb) => ({
        status: 'sending',
        claimed_at: now.toISOString(),
        claimed_by: worker,
        attempts: eb('attempts', '+', 1),
      }))
      .where('id', 'in', ids)
      .returningAll()
      .execute();
    rows.sort((a, b) => a.id - b.id);
    const blocked = await blockedRows(trx, rows);
    if (blocked.size > 0) {
      await trx
        .updateTable('outbox')
        .set({ status: 'cancelled', claimed_at: null, claimed_by: null })
        .where('id', 'in', [...blocked.keys()])
        .execute();
      for (const [id, reason] of blocked) {
        await trx.updateTable('outbox').set({ last_error: reason }).where('id', '=', id).execute();
      }
    }
    const wanted = rows.filter((r) => !blocked.has(r.id));
    const bodies = new Map<number, string>();
    if (wanted.length > 0) {
      const found = await trx
        .selectFrom('outbox_messages')
        .select(['outbox_id', 'message'])
        .where(
          'outbox_id',
          'in',
          wanted.map((r) => r.id),
        )
        .execute();
      for (const b of found) bodies.set(b.outbox_id, b.message);
    }
    return {
      rows: wanted.map((r) => ({ ...r, message: bodies.get(r.id) ?? '' })),
      cancelled: blocked.size,
    };
  });
}

/** Rows whose recipient bounced or whose subscription no longer wants this message, with why. */
async function blockedRows(trx: Kysely<Database>, rows: OutboxRow[]): Promise<Map<number, string>> {
  const blocked = new Map<number, string>();
  const emails = [...new Set(rows.map((r) => mailboxKey(r.recipient)))];
  const bounced = new Set(
    (
      await trx
        .selectFrom('bounced_addresses')
        .select('email')
        .where(sql<string>`lower(email)`, 'in', emails)
        .execute()
    ).map((r) => mailboxKey(r.email)),
  );
  const subIds = [...new Set(rows.map((r) => r.subscription_id).filter((s): s is string => s !== null))];
  const status = new Map(
    subIds.length === 0
      ? []
      : (
          await trx.selectFrom('subscriptions').select(['id', 'status']).where('id', 'in', subIds).execute()
        ).map((r) => [r.id, r.status] as const),
  );
  for (const r of rows) {
    if (bounced.has(mailboxKey(r.recipient))) {
      blocked.set(r.id, 'address bounced');
      continue;
    }
    if (r.subscription_id === null) continue;
    const s = status.get(r.subscription_id);
    const wanted = r.kind === 'confirm' ? s === 'pending' : s === 'active';
    if (!wanted) blocked.set(r.id, `subscription is ${s ?? 'gone'}`);
  }
  return blocked;
}

/**
 * Deliveries the mail server accepted, recorded as `sent` several at a time: those accepted in the
 * same turn of the event loop, or while the previous write ran, go into one statement (a write
 * per message, each its own commit, was most of what recording deliveries cost). The promise of
 * each settles when its own row is written, and a lane takes its next message only then, so a
 * crash still leaves at most the messages in flight on the open connections unrecorded.
 */
function sentRecorder(
  store: Store,
  worker: string,
  clock: () => Date,
): (id: number, messageId: string) => Promise<void> {
  let waiting: { id: number; messageId: string; done: () => void; fail: (err: unknown) => void }[] = [];
  let writing = false;
  const write = async () => {
    await new Promise((r) => setImmediate(r));
    while (waiting.length > 0) {
      const batch = waiting;
      waiting = [];
      try {
        await markSent(store, worker, batch, clock());
        for (const b of batch) b.done();
      } catch (err) {
        for (const b of batch) b.fail(err);
      }
    }
    writing = false;
  };
  return (id, messageId) =>
    new Promise<void>((done, fail) => {
      waiting.push({ id, messageId, done, fail });
      if (writing) return;
      writing = true;
      void write();
    });
}

/**
 * One statement, atomic on its own (no transaction around it), for any number of rows: each row
 * whose claim this worker still holds. SQLite takes the rows as a JSON array of `[id, Message-ID]`
 * (`+status`: looked up by id, not through the status index); PostgreSQL as two arrays.
 */
const MARK_SENT = {
  sqlite: `update "outbox" set "status" = 'sent', "sent_at" = ?, "message_id" = v.value ->> 1, "last_error" = null,
  "claimed_by" = null from json_each(?) as v
  where "outbox"."id" = v.value ->> 0 and +"outbox"."status" = 'sending' and "outbox"."claimed_by" = ?`,
  postgres: `update "outbox" as o set "status" = 'sent', "sent_at" = $1, "message_id" = v.mid, "last_error" = null,
  "claimed_by" = null from unnest($2::integer[], $3::text[]) as v(id, mid)
  where o."id" = v.id and o."status" = 'sending' and o."claimed_by" = $4`,
};

async function markSent(
  store: Store,
  worker: string,
  rows: readonly { id: number; messageId: string }[],
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  const query =
    dialectOf(store.db) === 'sqlite'
      ? CompiledQuery.raw(MARK_SENT.sqlite, [
          at,
          JSON.stringify(rows.map((r) => [r.id, r.messageId])),
          worker,
        ])
      : CompiledQuery.raw(MARK_SENT.postgres, [
          at,
          rows.map((r) => r.id),
          rows.map((r) => r.messageId),
          worker,
        ]);
  await store.db.executeQuery(query);
}

/** Record one message's outcome other than `sent`, if this worker still holds its claim. */
async function record(
  store: Store,
  worker: string,
  row: ClaimedRow,
  x: Exclude<Outcome, { status: 'sent' }>,
  now: Date,
  o: Settings,
): Promise<void> {
  await writeTransaction(store.db, async (trx) => {
    const mine = trx
      .updateTable('outbox')
      .where('id', '=', x.id)
      .where('status', '=', 'sending')
      .where('claimed_by', '=', worker);
    switch (x.status) {
      case 'retry': {
        const wait = backoffDelay(x.attempts - 1, { baseDelayMs: o.retryBaseMs, maxDelayMs: o.retryMaxMs });
        await mine
          .set({
            status: 'pending',
            next_attempt_at: new Date(now.getTime() + wait).toISOString(),
            last_error: x.error.slice(0, 1000),
            claimed_at: null,
            claimed_by: null,
          })
          .execute();
        break;
      }
      case 'release':
        await mine
          .set((eb) => ({
            status: 'pending',
            attempts: eb('attempts', '-', 1),
            last_error: x.error.slice(0, 1000),
            claimed_at: null,
            claimed_by: null,
          }))
          .execute();
        break;
      case 'failed':
        await mine
          .set({ status: 'failed', last_error: x.error.slice(0, 1000), claimed_at: null, claimed_by: null })
          .execute();
        if (x.bounce) await markBounced(trx, row.recipient, x.bounce.responseCode, x.bounce.response, now);
        break;
    }
  });
}

export interface OutboxEntry {
  id: number;
  key: string;
  kind: OutboxKind;
  to: string;
  subject: string;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: string;
  sentAt: string | null;
  messageId: string | null;
  lastError: string | null;
  createdAt: string;
}

export async function listOutbox(
  store: Store,
  options: { status?: OutboxStatus; limit?: number } = {},
): Promise<OutboxEntry[]> {
  let q = store.db
    .selectFrom('outbox')
    .select([
      'id',
      'idempotency_key',
      'kind',
      'recipient',
      'subject',
      'status',
      'attempts',
      'next_attempt_at',
      'sent_at',
      'message_id',
      'last_error',
      'created_at',
    ])
    .orderBy('id', 'desc')
    .limit(options.limit ?? 1000);
  if (options.status) q = q.where('status', '=', options.status);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    key: r.idempotency_key,
    kind: r.kind,
    to: r.recipient,
    subject: r.subject,
    status: r.status,
    attempts: r.attempts,
    nextAttemptAt: r.next_attempt_at,
    sentAt: r.sent_at,
    messageId: r.message_id,
    lastError: r.last_error,
    createdAt: r.created_at,
  }));
}

/** How many messages are in each state. */
export async function outboxCounts(store: Store): Promise<Record<OutboxStatus, number>> {
  const rows = await store.db
    .selectFrom('outbox')
    .select((eb) => ['status', eb.fn.countAll().as('n')])
    .groupBy('status')
    .execute();
  const counts: Record<OutboxStatus, number> = { pending: 0, sending: 0, sent: 0, failed: 0, cancelled: 0 };
  for (const r of rows) counts[r.status] = Number(r.n);
  return counts;
}
