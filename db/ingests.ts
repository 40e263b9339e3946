/**
 * Which ingest the events written now follow from (`events.ingest`): the pipeline runs an ingest
 * and everything that follows from it (appeals linked, the posture brought up to date) inside
 * `followingIngest`, and every writer of events in between stamps its rows with `ingestOfEvents()`.
 * Alerts tell one ingest's events together (`src/notify/alerts.ts`): an entry and what it did to
 * the posture — its own case's or, for an appeal's entry, the case appealed from — are one message.
 *
 * And how long an ingest's hold on its entries' events (`events.hold`) lasts: a lease
 * (`hold_leases`, migration 0022) written with the events, renewed while the ingest works and
 * deleted when it releases the hold, so a live ingest, however slow, is never split from what it
 * does to the posture, and a dead worker's hold runs out.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

const current = new AsyncLocalStorage<string>();
/** Ingests running now (in `followingIngest`). */
let running = 0;

/**
 * Run `fn` with the events it writes (however deep) stamped with `token`. On Node 20 an
 * `AsyncLocalStorage` in use turns on async hooks for every promise of the process; so the storage
 * is disabled again whenever no ingest runs, and a worker polling unchanged sources (304s) does not
 * pay for them between ingests (docs/deploy.md).
 */
export async function followingIngest<T>(token: string, fn: () => Promise<T>): Promise<T> {
  running++;
  try {
    return await current.run(token, fn);
  } finally {
    if (--running === 0) current.disable();
  }
}

/** The token of the ingest whose consequences are being written, or null outside one. */
export function ingestOfEvents(): string | null {
  return current.getStore() ?? null;
}

/**
 * How long a hold lasts unless renewed: how long alerts wait, at most, for the events of a worker
 * that died mid-ingest (90 s; `HOLD_LEASE_SECONDS` sets it). The ingest renews it six times per
 * lease, so a renewal may come a minute late (a busy store, a loaded machine) before a live hold
 * runs out.
 */
export function holdLeaseMs(): number {
  const seconds = Number(process.env.HOLD_LEASE_SECONDS);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 90_000;
}

/** When a hold taken or renewed now runs out (ISO instant, this machine's clock). */
export function holdExpiry(now: number = Date.now()): string {
  return new Date(now + holdLeaseMs()).toISOString();
}

/**
 * Run `fn` (an ingest writing events with `hold`, and what follows from it) while renewing the
 * hold's lease; the renewals stop when `fn` ends, however it ends.
 */
export async function whileHolding<T>(db: Kysely<Database>, hold: string, fn: () => Promise<T>): Promise<T> {
  const renewal = setInterval(() => void renewHold(db, hold).catch(() => undefined), holdLeaseMs() / 6);
  renewal.unref();
  try {
    return await fn();
  } finally {
    clearInterval(renewal);
  }
}

/** The statement that takes or renews a hold's lease (parameters: hold, expiry), in the writer's transaction. */
export const TAKE_HOLD = `insert into "hold_leases" ("hold", "expires_at") values (?, ?)
  on conflict ("hold") do update set "expires_at" = excluded."expires_at"`;

/** Renew a hold's lease (a hold not taken yet, or released, is left alone). */
export async function renewHold(db: Kysely<Database>, hold: string): Promise<void> {
  await db.updateTable('hold_leases').set({ expires_at: holdExpiry() }).where('hold', '=', hold).execute();
}

/** Let alerts tell a hold's events: the hold cleared from them, its lease gone. */
export async function endHold(db: Kysely<Database>, hold: string): Promise<void> {
  await db.updateTable('events').set({ hold: null }).where('hold', '=', hold).execute();
  await db.deleteFrom('hold_leases').where('hold', '=', hold).execute();
}

/** Of these holds, those whose lease has not run out at `now`. */
export async function liveHolds(
  db: Kysely<Database>,
  holds: readonly string[],
  now: number = Date.now(),
): Promise<Set<string>> {
  const live = new Set<string>();
  const at = new Date(now).toISOString();
  for (let i = 0; i < holds.length; i += 500) {
    const rows = await db
      .selectFrom('hold_leases')
      .select('hold')
      .where('hold', 'in', holds.slice(i, i + 500))
      .where('expires_at', '>', at)
      .execute();
    for (const r of rows) live.add(r.hold);
  }
  return live;
}
