/**
 * One fire per cron tick across every worker on PostgreSQL: the first worker to insert the tick's
 * key (`schedule:instant`) into `docketwatch_schedule_fires` runs it; the others see the conflict
 * and skip. node-cron calls `shouldRun` with that key (`distributed: true`). The table is the
 * workers' coordination state, not part of the case record, so it is created here (under an
 * advisory lock) rather than by a migration, and old keys are pruned at start.
 */
import { sql } from 'kysely';
import type { RunCoordinator } from 'node-cron';
import type { Store } from '../../db/index.ts';

const TABLE = 'docketwatch_schedule_fires';
/** Taken while the workers' coordination tables are created (here and in `leases.ts`): any constant shared by every worker. */
export const COORDINATION_LOCK = 7_260_117_910;
const START_LOCK_ID = 7_260_117_911;

export async function prepareFires(store: Store): Promise<void> {
  await store.db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${COORDINATION_LOCK})`.execute(trx);
    await sql`create table if not exists ${sql.table(TABLE)} (
      key text primary key,
      worker text not null,
      claimed_at timestamptz not null default now()
    )`.execute(trx);
    await sql`delete from ${sql.table(TABLE)} where claimed_at < now() - interval '2 days'`.execute(trx);
  });
}

/**
 * Run `fn` while holding a lock every worker takes at start. pg-boss 10 creates each queue (a
 * table partition) under a lock of its own per queue, so two workers creating the same queues at
 * once can deadlock, and the loser exited at start (seen in the job-expiry test); taken one worker
 * at a time, the second finds the queues made and only applies its options.
 */
export async function withStartLock<T>(store: Store, fn: () => Promise<T>): Promise<T> {
  return store.db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${START_LOCK_ID})`.execute(trx);
    return fn();
  });
}

/** Claim a fire; true for exactly one caller per key. */
export async function claimFire(store: Store, key: string, worker: string): Promise<boolean> {
  const r = await sql<{
    key: string;
  }>`insert into ${sql.table(TABLE)} (key, worker) values (${key}, ${worker})
    on conflict (key) do nothing returning key`.execute(store.db);
  return r.rows.length === 1;
}

/** How many fires of schedules whose key starts with `prefix` were claimed (tests, status). */
export async function countFires(store: Store, prefix: string): Promise<number> {
  const r = await sql<{
    n: string;
  }>`select count(*) as n from ${sql.table(TABLE)} where key like ${`${prefix}%`}`.execute(store.db);
  return Number(r.rows[0]?.n ?? 0);
}

export function pgCoordinator(store: Store, worker: string): RunCoordinator {
  return { shouldRun: (key) => claimFire(store, key, worker) };
}
