/**
 * Immediate alerts. New events are read from the `events` table past a global cursor; for every
 * active subscription of their case, the events that reach it (critical ones per `isCritical`, or
 * everything for `immediate` subscribers) become ONE message per case, queued in the outbox in the
 * transaction that finishes the range of events they came in (`processAlerts`). A range is therefore
 * handled completely or not at all, and a re-run after a crash queues nothing twice (the outbox key
 * is subscriber + events). An entry's events wait until its posture is brought up to date
 * (`tellable`), so what the entry did (a stay lifted) is in the same message. Non-critical events
 * wait for the digest.
 */
import type { Kysely } from 'kysely';
import {
  type Database,
  dialectOf,
  EventsBusyError,
  type Store,
  settleEvents,
  writeTransaction,
} from '../../db/index.ts';
import { liveHolds } from '../../db/ingests.ts';
import { ALERT_CURSOR, type SubscriptionRow } from '../../db/notify-schema.ts';
import { turns } from '../turns.ts';
import { type AlertGroup, groupAlerts } from './critical.ts';
import { notifyEvents, readEvents, type StoredEvent } from './events.ts';
import { type EnqueueInput, enqueueAll } from './outbox.ts';
import { newRenderCache, renderAlert } from './render.ts';
import { localDate, type NotifySettings } from './settings.ts';
import { recipientOf } from './subscriptions.ts';
import { asTold, earlierDeadlineNews, toldTo } from './told.ts';
import type { CaseHeading, NotifyEvent } from './types.ts';

export { ALERT_CURSOR };

export interface AlertRun {
  /** Events read past the cursor. */
  events: number;
  /** Messages queued. */
  queued: number;
  /** The cursor after the run. */
  cursor: number;
}

type Links = Pick<NotifySettings, 'publicUrl' | 'secret' | 'unsubscribeMailto'>;

/**
 * Turn every event past the cursor into queued alerts. The cursor only hands out ranges of events
 * (`alert_batches`, a short transaction); each range is rendered into the outbox in the
 * transaction that deletes it, so several workers render at once (PostgreSQL: `skip locked`), a
 * range is handled completely or not at all, and one a dead worker claimed is rendered by the next.
 * `ranges`: stop after rendering that many (the notify job delivers in between).
 */
export async function processAlerts(
  store: Store,
  links: Links,
  options: { now?: Date; batchSize?: number; ranges?: number } = {},
): Promise<AlertRun> {
  const now = options.now ?? new Date();
  const batchSize = options.batchSize ?? 500;
  const run: AlertRun = { events: 0, queued: 0, cursor: 0 };
  for (let ranges = 0; ranges < (options.ranges ?? Number.POSITIVE_INFINITY); ) {
    const rendered = await writeTransaction(store.db, (trx) => renderClaimed(trx, links, now));
    if (rendered) {
      run.events += rendered.events;
      run.queued += rendered.queued;
      ranges++;
      continue;
    }
    const claim = await writeTransaction(store.db, (trx) => claimRange(trx, now, batchSize)).catch(
      (err: unknown) => {
        // Writers held their ids too long: what they write is claimed on the next round.
        if (err instanceof EventsBusyError) return null;
        throw err;
      },
    );
    if (!claim) return run;
    run.cursor = claim.cursor;
    if (claim.events === 0) return run;
  }
  return run;
}

/** Claim the events past the cursor that may be told now as one range; how many, and the cursor after. */
async function claimRange(
  trx: Kysely<Database>,
  now: Date,
  batchSize: number,
): Promise<{ events: number; cursor: number }> {
  // Every event up to the newest id is committed from here on: the cursor never passes one that
  // another transaction still holds (PostgreSQL, several writers; `settleEvents`).
  await settleEvents(trx);
  await trx
    .insertInto('notify_cursors')
    .values({ name: ALERT_CURSOR, last_event_id: 0, updated_at: now.toISOString() })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  // On PostgreSQL two workers claim one after the other; the second sees the first's cursor.
  let cq = trx.selectFrom('notify_cursors').select('last_event_id').where('name', '=', ALERT_CURSOR);
  if (dialectOf(trx) === 'postgres') cq = cq.forUpdate();
  const cursor = Number((await cq.executeTakeFirstOrThrow()).last_event_id);
  // One ingest's events are one range: read further while the first ingest runs past the batch.
  let n = 0;
  let rows: EventRow[] = [];
  for (let limit = batchSize; ; limit *= 2) {
    rows = await trx
      .selectFrom('events')
      .select(['id', 'hold', 'ingest'])
      .where('id', '>', cursor)
      .orderBy('id')
      .limit(limit)
      .execute();
    const live = await liveHolds(trx, [...new Set(rows.flatMap((r) => (r.hold === null ? [] : [r.hold])))]);
    n = tellable(rows, await lastOfIngests(trx, rows), live);
    if (n > 0 || rows.length < limit || rows.some((r) => isHeld(r, live))) break;
  }
  if (n === 0) return { events: 0, cursor };
  const last = Number(rows[n - 1]!.id);
  await trx
    .insertInto('alert_batches')
    .values({ after_id: cursor, last_id: last, created_at: now.toISOString() })
    .execute();
  await trx
    .updateTable('notify_cursors')
    .set({ last_event_id: last, updated_at: now.toISOString() })
    .where('name', '=', ALERT_CURSOR)
    .execute();
  return { events: n, cursor: last };
}

/** What the claim reads of an event. */
export interface EventRow {
  id: number;
  hold: string | null;
  ingest: string | null;
}

/**
 * Held for its case's posture by an ingest still at work: its hold's lease is live (`db/ingests.ts`;
 * the ingest renews it while it works, so only a dead worker's runs out).
 */
const isHeld = (r: EventRow, live: ReadonlySet<string>) => r.hold !== null && live.has(r.hold);

/** For each ingest among these events: the id of its last event. */
async function lastOfIngests(trx: Kysely<Database>, rows: readonly EventRow[]): Promise<Map<string, number>> {
  const ingests = [...new Set(rows.flatMap((r) => (r.ingest === null ? [] : [r.ingest])))];
  const out = new Map<string, number>();
  for (let i = 0; i < ingests.length; i += 500) {
    const found = await trx
      .selectFrom('events')
      .select((eb) => ['ingest', eb.fn.max('id').as('last')])
      .where('ingest', 'in', ingests.slice(i, i + 500))
      .groupBy('ingest')
      .execute();
    for (const r of found) out.set(r.ingest!, Number(r.last));
  }
  return out;
}

/**
 * How many of these events (in id order, past the cursor) may be told now: those before the first
 * one still held for its posture (`isHeld`), and of those the longest run that ends with every
 * ingest it holds complete — what an entry did to the posture (on its case, or on the case an
 * appeal comes from) is written after the entry, with the same ingest token (`lastOf`: each
 * ingest's last event id), and other ingests' events may sit between them; the entry waits so both
 * are one message. Events of no ingest (the daily clock, a source's health) end nothing.
 */
export function tellable(
  rows: readonly EventRow[],
  lastOf: ReadonlyMap<string, number>,
  live: ReadonlySet<string>,
): number {
  const held = rows.findIndex((r) => isHeld(r, live));
  const end = held === -1 ? rows.length : held;
  let needed = 0;
  let n = 0;
  for (let i = 0; i < end; i++) {
    const r = rows[i]!;
    const id = Number(r.id);
    if (r.ingest !== null) needed = Math.max(needed, lastOf.get(r.ingest) ?? id);
    if (needed <= id) n = i + 1;
  }
  return n;
}

/** Render the oldest claimed range no other worker is rendering, and delete it; null when there is none. */
async function renderClaimed(
  trx: Kysely<Database>,
  links: Links,
  now: Date,
): Promise<{ events: number; queued: number } | null> {
  let q = trx.selectFrom('alert_batches').select(['after_id', 'last_id']).orderBy('after_id').limit(1);
  if (dialectOf(trx) === 'postgres') q = q.forUpdate().skipLocked();
  const batch = await q.executeTakeFirst();
  if (!batch) return null;
  const stored = await readEvents(trx, { afterId: Number(batch.after_id), upTo: Number(batch.last_id) });
  const queued = stored.length === 0 ? 0 : await alertEvents(trx, links, now, stored);
  await trx.deleteFrom('alert_batches').where('after_id', '=', batch.after_id).execute();
  return { events: stored.length, queued };
}

/** Queue the alerts these events (one range, in id order) make; how many. */
async function alertEvents(
  trx: Kysely<Database>,
  links: Links,
  now: Date,
  stored: StoredEvent[],
): Promise<number> {
  const caseIds = [...new Set(stored.map((e) => e.caseId))];
  // An appeal is part of the case it comes from: the district case's subscribers hear of the court
  // of appeals' orders as they are docketed there, not when the district court dockets a copy.
  const appealOf = await parentCases(trx, caseIds);
  const watched = [...new Set([...caseIds, ...appealOf.values()])];
  const subs = await trx
    .selectFrom('subscriptions')
    .selectAll()
    .where('case_id', 'in', watched)
    .where('status', '=', 'active')
    .orderBy('id')
    .execute();
  const messages: EnqueueInput[] = [];
  // What each subscription follows, by name: an alert headed by its appeal's docket still says so.
  const followed = new Map(
    subs.length === 0
      ? []
      : (
          await trx
            .selectFrom('cases')
            .select(['id', 'case_name', 'court_id', 'docket_number'])
            // Each case once: a case's subscribers are many (one parameter per subscriber overran
            // SQLite's 32,766 and stalled every alert after that range).
            .where('id', 'in', [...new Set(subs.map((s) => s.case_id))])
            .execute()
        ).map((c) => [c.id, c.case_name ?? `${c.court_id.toUpperCase()} ${c.docket_number}`]),
  );
  if (subs.length > 0) {
    // A backfill's batch renders long messages: the event loop gets turns between them (`src/turns.ts`).
    const pause = turns();
    const events = await notifyEvents(trx, stored);
    // What earlier messages told of the deadlines this batch moves (read only when one moved).
    const earlier = await earlierDeadlineNews(trx, events, stored[0]!.id);
    // Each event's block is rendered once per audience and language for all its readers.
    const kept = newRenderCache();
    for (const sub of subs) {
      await pause();
      const mine = events
        .filter(
          (e) =>
            (e.stored.caseId === sub.case_id ||
              (appealOf.get(e.stored.caseId) === sub.case_id && isDocketEntry(e.event))) &&
            e.stored.id > sub.alert_after_event,
        )
        .map((e) => e.event)
        .filter((e) => e.type !== 'entry_updated' || !e.detailsOnly);
      const home = events.find((e) => e.stored.caseId === sub.case_id)?.event.case ?? null;
      for (const grouped of alertGroups(sub, mine, home)) {
        const follows = followed.get(sub.case_id);
        const recipient = { ...recipientOf(sub), ...(follows ? { follows } : {}) };
        const told = toldTo(recipient, earlier, sub.alert_after_event);
        const group = { ...grouped, events: asTold(grouped.events, told) };
        const message = renderAlert(recipient, group, {
          ...links,
          today: localDate(now, sub.time_zone),
          now,
          kept,
        });
        messages.push({ kind: 'alert', subscriptionId: sub.id, message });
        await pause();
      }
    }
  }
  return enqueueAll(trx, messages, now);
}

/**
 * What of an appeal reaches the case's own subscribers: its docket entries (the opinion, the
 * orders, the mandate as the court of appeals dockets them). What they do to the case — a stay or
 * injunction ended, the mandate taking effect — is said once, by the case's own record.
 */
function isDocketEntry(event: NotifyEvent): boolean {
  return event.type === 'entry_added' || event.type === 'entry_updated';
}

/** For the cases among `caseIds` that are appeals (or otherwise linked): case id → its parent's. */
export async function parentCases(db: Kysely<Database>, caseIds: number[]): Promise<Map<number, number>> {
  if (caseIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('cases')
    .select(['id', 'parent_case_id'])
    .where('id', 'in', caseIds)
    .where('parent_case_id', 'is not', null)
    .execute();
  return new Map(rows.map((r) => [r.id, r.parent_case_id!]));
}

/**
 * The alert message for one subscription: the critical events that reach it (an `immediate`
 * subscriber: every event that reaches it), at once, in ONE message — the case's own events and its
 * appeal's, each docket's under its own caption (an appellate opinion and what it does to the case
 * are one piece of news, not two mails in the same minute). `home` is the subscription's own case,
 * the message's heading when any of its events is in the batch.
 */
export function alertGroups(
  sub: SubscriptionRow,
  events: NotifyEvent[],
  home: CaseHeading | null = null,
): AlertGroup[] {
  const recipient = recipientOf(sub);
  const groups = groupAlerts(recipient, events, { all: sub.frequency === 'immediate' });
  if (groups.length <= 1) return groups;
  const first = groups.find(
    (g) => home && g.case.court === home.court && g.case.docketNumber === home.docketNumber,
  );
  return [{ case: (first ?? groups[0]!).case, events: groups.flatMap((g) => g.events) }];
}
