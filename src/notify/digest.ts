/**
 * Daily and weekly digests. A subscription's digest falls due at its local hour (and, weekly, its
 * weekday) in its own time zone. `runDueDigests` finds every subscription whose latest due time has
 * passed and whose period (`daily:2017-07-12`, `weekly:2017-W28`) has not been decided yet, builds
 * the digest (posture first, then what changed since the last digest) and queues it in the outbox,
 * moving the subscription's digest cursor in the same transaction. A digest that fell due while the
 * worker was down goes out when it comes back, once: missed periods collapse into the latest one,
 * and the period is part of the outbox key.
 */
import type { Kysely } from 'kysely';
import { DateTime } from 'luxon';
import { findCase } from '../../db/cases.ts';
import { countEntryReviews } from '../../db/entry-reviews.ts';
import {
  compiledStatement,
  type Database,
  dialectOf,
  EventsBusyError,
  type Store,
  settledEventId,
  writeTransaction,
} from '../../db/index.ts';
import type { SubscriptionRow } from '../../db/notify-schema.ts';
import { turns } from '../turns.ts';
import { caseHeadings, notifyEvents, postureAt, readEvents } from './events.ts';
import { enqueue } from './outbox.ts';
import {
  type DigestInput,
  newRenderCache,
  type RenderCache,
  type RenderedMessage,
  renderDigestInTurns,
} from './render.ts';
import type { NotifySettings } from './settings.ts';
import { recipientOf } from './subscriptions.ts';
import { earlierDeadlineNews, toldTo } from './told.ts';
import type { NotifyEvent, Posture } from './types.ts';

type Links = Pick<NotifySettings, 'publicUrl' | 'secret' | 'unsubscribeMailto'>;

export interface DigestPeriod {
  /** `daily:YYYY-MM-DD` or `weekly:YYYY-Www`: the outbox key's last part. */
  key: string;
  /** The local date the digest is for. */
  date: string;
  /** The instant it fell due. */
  dueAt: Date;
}

/**
 * Time-zone arithmetic (luxon) is most of what deciding a subscription's period costs, and a run
 * asks it for thousands of subscriptions that share a few zones and hours at the same `now`: the
 * answers are kept by their inputs (a bounded map).
 */
const memo = new Map<string, unknown>();

function remembered<T>(key: string, compute: () => T): T {
  if (memo.has(key)) return memo.get(key) as T;
  const value = compute();
  if (memo.size >= 2000) memo.delete(memo.keys().next().value!);
  memo.set(key, value);
  return value;
}

/**
 * The latest period of this subscription that has fallen due at `now` (its local digest time has
 * passed), or `null` for `immediate` subscriptions, which get no digest.
 */
export function latestPeriod(
  sub: Pick<SubscriptionRow, 'frequency' | 'time_zone' | 'digest_hour' | 'digest_weekday'>,
  now: Date,
): DigestPeriod | null {
  if (sub.frequency === 'immediate') return null;
  const { frequency, time_zone, digest_hour, digest_weekday } = sub;
  const p = remembered(
    `period|${now.getTime()}|${time_zone}|${frequency}|${digest_hour}|${digest_weekday}`,
    () => computePeriod({ frequency, time_zone, digest_hour, digest_weekday }, now),
  );
  return { ...p, dueAt: new Date(p.dueAt) };
}

function computePeriod(
  sub: Pick<SubscriptionRow, 'frequency' | 'time_zone' | 'digest_hour' | 'digest_weekday'>,
  now: Date,
): DigestPeriod {
  const local = DateTime.fromJSDate(now, { zone: sub.time_zone });
  let due = local.set({ hour: sub.digest_hour, minute: 0, second: 0, millisecond: 0 });
  if (sub.frequency === 'daily') {
    if (due > local) due = due.minus({ days: 1 });
    return { key: `daily:${due.toISODate()}`, date: due.toISODate()!, dueAt: due.toJSDate() };
  }
  due = due.set({ weekday: sub.digest_weekday as 1 | 2 | 3 | 4 | 5 | 6 | 7 });
  if (due > local) due = due.minus({ weeks: 1 });
  const week = `${due.weekYear}-W${String(due.weekNumber).padStart(2, '0')}`;
  return { key: `weekly:${week}`, date: due.toISODate()!, dueAt: due.toJSDate() };
}

/** True when this subscription's latest period has come and was not decided yet. */
export function isDue(sub: SubscriptionRow, now: Date): DigestPeriod | null {
  if (sub.status !== 'active') return null;
  const period = latestPeriod(sub, now);
  if (!period || period.key === sub.last_digest_period) return null;
  // A period that fell due before the subscription started is not owed.
  if (sub.confirmed_at && period.dueAt.getTime() < Date.parse(sub.confirmed_at)) return null;
  return period;
}

export interface DigestPlan {
  subscription: SubscriptionRow;
  case: string;
  period: DigestPeriod;
  /** `null` when nothing in the period reaches the subscriber (no empty digests). */
  message: RenderedMessage | null;
  /** What the message was rendered from (its links' clock is the plan's `now`). */
  input: DigestInput;
  /** The newest event the digest covers: the next one starts after it. */
  upTo: number;
  /** The subscriber's day it was built for sending: its posture's day and the last day it covers. */
  day: string;
}

/**
 * What the chunks of one run read and render alike, kept while the event log has not grown: each
 * case's changes since a cursor, its posture on a day, what was told before a cursor of the
 * deadlines its changes move, and the parts rendered from them. Whatever
 * changes a case's record or entries adds an event, so a newer event starts them afresh.
 */
export interface DigestReads {
  upTo: number;
  changes: Map<string, Awaited<ReturnType<typeof notifyEvents>>>;
  postures: Map<string, Posture>;
  /** What was told of the deadlines a period moves, before it (`earlierDeadlineNews`), by case and cursor. */
  earlier: Map<string, Awaited<ReturnType<typeof earlierDeadlineNews>>>;
  /**
   * A case's changes past a subscriber's cursor, as read and as told (`onePerEntry`), by case and
   * cursors: one list for every subscriber at the same place, so that their digests are rendered
   * once (`RenderCache`).
   */
  mine: Map<string, { read: Awaited<ReturnType<typeof notifyEvents>>; told: NotifyEvent[] }>;
  kept: RenderCache;
}

/** The reads `shared` keeps when the newest event is still `upTo`; new ones otherwise (kept in `shared`). */
function readsAt(upTo: number, shared: { reads?: DigestReads }): DigestReads {
  if (shared.reads?.upTo !== upTo)
    shared.reads = {
      upTo,
      changes: new Map(),
      postures: new Map(),
      earlier: new Map(),
      mine: new Map(),
      kept: newRenderCache(),
    };
  return shared.reads;
}

/**
 * Build the digests of these subscriptions for `period(sub)` without writing anything: changes
 * since each one's digest cursor, up to the newest event; posture as of the period's date.
 * `shared` carries reads from one call to the next of the same run (`DigestReads`).
 */
export async function planDigests(
  db: Kysely<Database>,
  subs: SubscriptionRow[],
  periodOf: (sub: SubscriptionRow) => DigestPeriod | null,
  links: Links,
  now: Date,
  shared: { reads?: DigestReads; upTo?: number } = {},
): Promise<DigestPlan[]> {
  // Changes up to the newest event every earlier one of which is committed (`settledEventId`),
  // read here unless the caller read it before its transaction.
  const upTo = shared.upTo ?? (await settledEventId(db));
  const reads = readsAt(upTo, shared);
  const cases = await caseHeadings(
    db,
    subs.map((s) => s.case_id),
  );
  const toRead = await countEntryReviews(
    db,
    subs.map((s) => s.case_id),
  );
  const appealsOf = await appealCases(
    db,
    subs.map((s) => s.case_id),
  );
  const { postures, kept } = reads;
  // Each case's changes are read once, from the earliest cursor of its subscriptions here.
  const firstCursor = new Map<number, number>();
  for (const s of subs)
    firstCursor.set(s.case_id, Math.min(s.digest_after_event, firstCursor.get(s.case_id) ?? Infinity));
  const plans: DigestPlan[] = [];
  const pause = turns();
  for (const sub of subs) {
    const period = periodOf(sub);
    const c = cases.get(sub.case_id);
    // A subscription that started after `upTo` was read waits for the next run (its cursor would move back).
    if (!period || !c || sub.digest_after_event > upTo) continue;
    const after = firstCursor.get(sub.case_id)!;
    const ckey = `${sub.case_id}:${after}`;
    let changes = reads.changes.get(ckey);
    if (!changes) {
      // An appeal is part of the case it comes from: its docket entries are in the case's digest
      // (what they do to the case is said once, by the case's own record, as in the alerts).
      const appeals = appealsOf.get(sub.case_id) ?? [];
      const read = await notifyEvents(
        db,
        await readEvents(db, { afterId: after, upTo, caseIds: [sub.case_id, ...appeals] }),
      );
      changes = read.filter(
        (e) =>
          e.stored.caseId === sub.case_id ||
          e.event.type === 'entry_added' ||
          e.event.type === 'entry_updated',
      );
      reads.changes.set(ckey, changes);
      await pause();
    }
    // Where the case stands when the digest is built for sending, not on the day it fell due: a
    // digest sent late (a weekly one, a catch-up after downtime) must not show orders as in force
    // that alerts already said were vacated, nor count days from a past day.
    const today = sendingDay(period, now, sub.time_zone);
    const pkey = `${sub.case_id}:${today}`;
    let posture = postures.get(pkey);
    if (!posture) {
      posture = await postureAt(db, sub.case_id, today);
      postures.set(pkey, posture);
      await pause();
    }
    const from = sub.last_digest_date
      ? remembered(`next|${sub.last_digest_date}`, () =>
          DateTime.fromISO(sub.last_digest_date!).plus({ days: 1 }).toISODate(),
        )!
      : localDay(new Date(sub.confirmed_at ?? sub.created_at), sub.time_zone)!;
    const mkey = `${ckey}:${sub.digest_after_event}`;
    let own = reads.mine.get(mkey);
    if (!own) {
      const read = changes.filter((e) => e.stored.id > sub.digest_after_event);
      own = { read, told: onePerEntry(read) };
      reads.mine.set(mkey, own);
    }
    const mine = own.read;
    // What the subscriber was told of the deadlines the period moves, before the period.
    // The same for every subscriber of the case with the same cursor: read once per run.
    const ekey = `${sub.case_id}:${sub.digest_after_event}`;
    let earlier = reads.earlier.get(ekey);
    if (!earlier) {
      earlier = await earlierDeadlineNews(db, mine, sub.digest_after_event + 1);
      reads.earlier.set(ekey, earlier);
    }
    const input: DigestInput = {
      recipient: recipientOf(sub),
      case: c,
      frequency: sub.frequency === 'weekly' ? 'weekly' : 'daily',
      // The news runs to the newest event, so the period it covers runs to the sending day.
      period: { from: [from, today].sort()[0]!, to: today },
      posture,
      changes: own.told,
      needsReview: toRead.get(sub.case_id) ?? 0,
      told: toldTo(recipientOf(sub), earlier, sub.alert_after_event),
    };
    // A backfill's digest lists thousands of items: rendered in slices, so the web server answers meanwhile.
    const rendered = await renderDigestInTurns(input, { ...links, today, now, kept }, pause);
    const key = `digest:${sub.id}:${period.key}`;
    const message = rendered
      ? { ...rendered, idempotencyKey: key, headers: { ...rendered.headers, 'X-Docketwatch-Key': key } }
      : null;
    plans.push({
      subscription: sub,
      case: `${c.court}:${c.docketNumber}`,
      period,
      message,
      input,
      upTo,
      day: today,
    });
  }
  return plans;
}

/** The subscriber's day at `now` (never before the period's own day). */
function sendingDay(period: DigestPeriod, now: Date, zone: string): string {
  const day = localDay(now, zone) ?? period.date;
  return day < period.date ? period.date : day;
}

/** The day it is at `at` in `zone` (`YYYY-MM-DD`). */
function localDay(at: Date, zone: string): string | null {
  return remembered(`day|${at.getTime()}|${zone}`, () => DateTime.fromJSDate(at, { zone }).toISODate());
}

/** The appeals (cases linked with a parent) of these cases: parent id → the appeals' ids. */
async function appealCases(db: Kysely<Database>, caseIds: number[]): Promise<Map<number, number[]>> {
  const out = new Map<number, number[]>();
  if (caseIds.length === 0) return out;
  const rows = await db
    .selectFrom('cases')
    .select(['id', 'parent_case_id'])
    .where('parent_case_id', 'in', [...new Set(caseIds)])
    .execute();
  for (const r of rows) out.set(r.parent_case_id!, [...(out.get(r.parent_case_id!) ?? []), r.id]);
  return out;
}

/**
 * An entry that arrived and was filled in later within one digest is one item: the entry as it
 * reads now (the notifier reads the stored entry), not "new" and then "filled in" — nor "new"
 * twice, when a feed's title came first and the docket report's text later (both read as the
 * entry now reads).
 */
function onePerEntry(changes: Awaited<ReturnType<typeof notifyEvents>>): NotifyEvent[] {
  const keyOf = (c: (typeof changes)[number]) =>
    c.stored.entryKey === null ? null : `${c.stored.caseId}:${c.stored.entryKey}`;
  const added = new Set(changes.filter((c) => c.event.type === 'entry_added').map(keyOf));
  const told = new Set<string>();
  const out: NotifyEvent[] = [];
  for (const c of changes) {
    const key = keyOf(c);
    const entry = c.event.type === 'entry_added' || c.event.type === 'entry_updated';
    if (!entry || key === null) {
      out.push(c.event);
      continue;
    }
    if (told.has(key) || (c.event.type === 'entry_updated' && added.has(key))) continue;
    told.add(key);
    out.push(c.event);
  }
  return out;
}

export interface DigestOutcome {
  subscription: string;
  email: string;
  case: string;
  period: string;
  /** `queued`, `empty` (nothing reached the subscriber), or `duplicate` (queued before). */
  result: 'queued' | 'empty' | 'duplicate';
}

/**
 * Queue every digest that has fallen due at `now` (optionally for one case). Each chunk of
 * subscriptions is one transaction that re-reads them under the write lock, queues their digests
 * and records the period, so two schedulers, a retry or a catch-up never queue one twice. How far
 * the news runs (`settledEventId`) is read before each chunk's transaction, so rendering never
 * holds the event writers back (PostgreSQL); while they stay in flight past its wait it is read
 * again, a few times, and then the digests left stay due for the next run: late, never dropped.
 */
export async function runDueDigests(
  store: Store,
  now: Date,
  links: Links,
  options: { case?: string; chunkSize?: number } = {},
): Promise<DigestOutcome[]> {
  const due = (await digestSubscriptions(store, options.case)).filter((s) => isDue(s, now)).map((s) => s.id);
  const out: DigestOutcome[] = [];
  const chunk = options.chunkSize ?? 200;
  const shared: { reads?: DigestReads; upTo?: number } = {};
  for (let i = 0; i < due.length; i += chunk) {
    const ids = due.slice(i, i + chunk);
    const upTo = await settledPatiently(store);
    if (upTo === null) break;
    shared.upTo = upTo;
    out.push(
      ...(await writeTransaction(store.db, async (trx) => {
        let sq = trx.selectFrom('subscriptions').selectAll().where('id', 'in', ids).orderBy('id');
        if (dialectOf(trx) === 'postgres') sq = sq.forUpdate();
        const subs = (await sq.execute()).filter((s) => isDue(s, now));
        const plans = await planDigests(trx, subs, (s) => isDue(s, now), links, now, shared);
        const results: DigestOutcome[] = [];
        for (const plan of plans) {
          const sub = plan.subscription;
          let result: DigestOutcome['result'] = 'empty';
          if (plan.message) {
            const fresh = await enqueue(
              trx,
              { kind: 'digest', subscriptionId: sub.id, message: plan.message },
              now,
            );
            result = fresh ? 'queued' : 'duplicate';
          }
          await trx.executeQuery(
            compiledStatement(trx, DIGEST_SENT, [
              plan.period.key,
              plan.day,
              plan.upTo,
              now.toISOString(),
              sub.id,
            ]),
          );
          results.push({
            subscription: sub.id,
            email: sub.email,
            case: plan.case,
            period: plan.period.key,
            result,
          });
        }
        return results;
      })),
    );
  }
  return out;
}

/** The period a subscription's digest was queued for (written out: it runs once per subscriber). */
/** Rounds of waiting for the event writers (`settledEventId`, 10 s each) before a run leaves its digests due. */
const SETTLE_ROUNDS = 3;

/** `settledEventId` in a transaction of its own, tried `SETTLE_ROUNDS` times; null while writers stay in flight. */
async function settledPatiently(store: Store): Promise<number | null> {
  for (let round = 1; round <= SETTLE_ROUNDS; round++) {
    try {
      return await settledEventId(store.db);
    } catch (err) {
      if (!(err instanceof EventsBusyError)) throw err;
    }
  }
  return null;
}

const DIGEST_SENT = `update "subscriptions" set "last_digest_period" = ?, "last_digest_date" = ?,
  "digest_after_event" = ?, "updated_at" = ? where "id" = ?`;

/**
 * The digests as they would read now, for a preview: every active daily or weekly subscription
 * (optionally of one case), for its latest period whether or not it was sent. Writes nothing.
 */
export async function previewDigests(
  store: Store,
  now: Date,
  links: Links,
  options: { case?: string } = {},
): Promise<DigestPlan[]> {
  const subs = await digestSubscriptions(store, options.case);
  return planDigests(store.db, subs, (s) => latestPeriod(s, now), links, now);
}

/** Active daily and weekly subscriptions, of one case (`court:docket`) or all; none for an unknown case. */
async function digestSubscriptions(store: Store, caseKey: string | undefined) {
  let q = store.db
    .selectFrom('subscriptions')
    .selectAll()
    .where('status', '=', 'active')
    .where('frequency', '!=', 'immediate')
    .orderBy('id');
  if (caseKey) {
    const found = await findCase(store.db, caseKey);
    if (!found) return [];
    q = q.where('case_id', '=', found.id);
  }
  return q.execute();
}
