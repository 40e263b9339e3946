/**
 * A pg-boss job is a dead worker's as soon as its worker stops renewing the job's lease, not only
 * when the job expires (#18); and a poll asked for while its source's poll runs is sent when that
 * one ends, not queued beside it.
 *
 * pg-boss 10 takes an active job for a dead worker's only when it expires (5 minutes by default),
 * and until then a poll the dead worker held kept its source from being polled. It also slowed the
 * others: the poll queue is stately per source (one job of a source waiting, one running), and
 * pg-boss fetches the oldest waiting job first; once the source's next fire had queued a job, a fetch
 * that came to it tried to make it active beside the dead one, broke the queue's unique index and
 * returned nothing (pg-boss takes that error for a lost race) — only fetches made at the same moment
 * skip it (`tests/worker/job-leases.test.ts` shows fetches one after another all empty). The same
 * happens, for as long as the running poll lasts, whenever a fire queues a source's poll while that
 * source's poll runs (a worker behind its crons, a slow court).
 *
 * So every job a worker runs has a lease in `docketwatch_job_leases` (job id, queue, singleton
 * key, worker, when it runs out), taken when the job starts and deleted when it ends, whichever
 * way; the worker renews all of its leases every third of a lease, in one statement. Every worker
 * looks for leases that ran out as often, takes each one by deleting it (one worker per lease), and
 * fails its job if pg-boss still has it active: pg-boss then retries it (after its retry delay) on
 * whichever worker fetches it first. A dead worker's poll is so polled again within a lease, a
 * third of one and the retry delay (`recoveryBoundSeconds`); the expiry stays, behind it, for a
 * worker that died between fetching a job and taking its lease. And a fire for a source whose poll
 * runs under a live lease marks that lease (`askAgain`) instead of queuing a job; the worker sends
 * the poll again when it lets the lease go.
 *
 * Times are the database's (`now()`), so workers on machines whose clocks differ agree. A live
 * worker that could not renew for a whole lease (its event loop blocked, the database out of reach)
 * has its job retried elsewhere while it still runs it: as with an expiry, harmless (every handler
 * is idempotent), only wasted work. Like the fires of `coordinator.ts`, the table is the workers'
 * coordination state, not part of the case record, so it is created here.
 */
import { sql } from 'kysely';
import type PgBoss from 'pg-boss';
import type { Store } from '../../db/index.ts';
import type { ProcessLogger } from '../log.ts';
import { COORDINATION_LOCK } from './coordinator.ts';

const TABLE = 'docketwatch_job_leases';

/** The default lease: long beside a renewal's round trip, short beside the 5-minute expiry. */
export const DEFAULT_JOB_LEASE_SECONDS = 30;

/**
 * The longest a dead worker's job waits before another worker can fetch it again, in seconds:
 * its lease (renewed last just before the worker died), the sweep that finds it run out (every
 * third of a lease), and pg-boss's retry delay (`retryDelaySeconds`, doubled at most by its
 * backoff on a first retry); then the next fetch (every half second).
 */
export function recoveryBoundSeconds(leaseSeconds: number, retryDelaySeconds: number): number {
  return leaseSeconds + leaseSeconds / 3 + 2 * retryDelaySeconds + 0.5;
}

export async function prepareLeases(store: Store): Promise<void> {
  await store.db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${COORDINATION_LOCK})`.execute(trx);
    await sql`create table if not exists ${sql.table(TABLE)} (
      job text primary key,
      queue text not null,
      key text,
      worker text not null,
      expires_at timestamptz not null,
      again boolean not null default false
    )`.execute(trx);
    await sql`create index if not exists ${sql.raw(`${TABLE}_key`)} on ${sql.table(TABLE)} (queue, key)`.execute(
      trx,
    );
  });
}

export class JobLeases {
  readonly #store: Store;
  readonly #worker: string;
  readonly #seconds: number;
  readonly #logger: ProcessLogger;
  #timer: NodeJS.Timeout | null = null;
  #ticking = false;
  /** False once the worker stops: it still renews the leases of the jobs it finishes, and takes no other. */
  #sweeps = true;

  constructor(store: Store, worker: string, seconds: number, logger: ProcessLogger) {
    this.#store = store;
    this.#worker = worker;
    this.#seconds = seconds;
    this.#logger = logger;
  }

  /**
   * Take the lease of a job this worker starts (a retried job's lease passes to this worker);
   * `key`: the job's singleton key (a poll's source).
   */
  async take(queue: string, job: string, key: string | null): Promise<void> {
    await sql`insert into ${sql.table(TABLE)} (job, queue, key, worker, expires_at)
      values (${job}, ${queue}, ${key}, ${this.#worker}, now() + make_interval(secs => ${this.#seconds}))
      on conflict (job) do update set queue = excluded.queue, key = excluded.key, worker = excluded.worker,
        expires_at = excluded.expires_at, again = false`.execute(this.#store.db);
  }

  /**
   * Let go of a job's lease when it ends (not one another worker has taken since); true when the
   * job was asked for again while it ran (`askAgain`).
   */
  async release(job: string): Promise<boolean> {
    const r = await sql<{ again: boolean }>`delete from ${sql.table(TABLE)}
      where job = ${job} and worker = ${this.#worker} returning again`.execute(this.#store.db);
    return r.rows[0]?.again === true;
  }

  /**
   * Ask for the job of `queue` with `key` to run again once the one running now ends, when one is
   * running under a live lease: true when one is (its worker sends it again when it ends), false
   * when none is (send it now).
   */
  async askAgain(queue: string, key: string): Promise<boolean> {
    const r = await sql<{ job: string }>`update ${sql.table(TABLE)} set again = true
      where queue = ${queue} and key = ${key} and expires_at > now() returning job`.execute(this.#store.db);
    return r.rows.length > 0;
  }

  /** Renew every lease of this worker; the number renewed. */
  async renew(): Promise<number> {
    const r = await sql`update ${sql.table(TABLE)}
      set expires_at = now() + make_interval(secs => ${this.#seconds})
      where worker = ${this.#worker}`.execute(this.#store.db);
    return Number(r.numAffectedRows ?? 0);
  }

  /** Take the leases that ran out (each by exactly one caller) and fail their jobs still active. */
  async sweep(boss: PgBoss): Promise<{ queue: string; job: string; worker: string }[]> {
    const r = await sql<{ job: string; queue: string; worker: string }>`delete from ${sql.table(TABLE)}
      where expires_at < now() returning job, queue, worker`.execute(this.#store.db);
    const failed: { queue: string; job: string; worker: string }[] = [];
    for (const lease of r.rows) {
      const job = await boss.getJobById(lease.queue, lease.job);
      if (job?.state !== 'active') continue;
      await boss.fail(lease.queue, lease.job, {
        message: `its worker ${lease.worker} stopped renewing the job's lease (${this.#seconds} s)`,
      });
      failed.push(lease);
      this.#logger.warn(
        { job: lease.job, queue: lease.queue, worker: lease.worker },
        `${lease.queue} job ${lease.job}: worker ${lease.worker} stopped renewing its lease; handed back to the queue`,
      );
    }
    return failed;
  }

  /** Renew and sweep every third of a lease until `stop`. */
  start(boss: PgBoss): void {
    this.#timer = setInterval(() => void this.#tick(boss), (this.#seconds * 1000) / 3);
    this.#timer.unref();
  }

  async #tick(boss: PgBoss): Promise<void> {
    if (this.#ticking) return;
    this.#ticking = true;
    try {
      await this.renew();
      if (this.#sweeps) await this.sweep(boss);
    } catch (err) {
      this.#logger.warn({ err }, `job leases: ${(err as Error).message}`);
    } finally {
      this.#ticking = false;
    }
  }

  /** The worker is stopping: renew what it still runs, hand back no one else's job. */
  stopSweeping(): void {
    this.#sweeps = false;
  }

  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
  }
}
