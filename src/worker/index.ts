/**
 * The worker: runs the schedules in `schedules/` — each source polled on its cron, notify, the
 * deadline clock, digests, source health and housekeeping — with node-cron (`noOverlap`), and
 * the same jobs once at start, which is how it catches up after downtime (every job reads what is
 * due from the store; none relies on a fire having happened). The source list is re-read every
 * `sourceCheckMs`, so `docketwatch source add` takes effect without a restart.
 *
 * Two ways to run jobs:
 * - `local` (SQLite, one process): a job runs in this process; a second request for a job that is
 *   already running waits behind it, coalesced with any other waiting request.
 * - `pg-boss` (PostgreSQL, any number of processes): each cron tick is claimed by exactly one
 *   worker (`coordinator.ts`), which sends the job to a pg-boss queue; every worker works the
 *   queues. Jobs are at-least-once (a job whose worker died expires and is retried by another),
 *   and every handler is idempotent (unique keys, cursors, outbox claims).
 */
import { randomBytes } from 'node:crypto';
import { schedule as cronSchedule, type ScheduledTask } from 'node-cron';
import PgBoss from 'pg-boss';
import type { Browser } from 'playwright-core';
import type { Store } from '../../db/index.ts';
import type { Source } from '../../db/schema.ts';
import { configuredSources } from '../../db/sources.ts';
import { SCHEDULES, scheduleOf } from '../../schedules/index.ts';
import type { WorkerMetrics } from '../../schedules/metrics.ts';
import type { JobContext, JobData, JobName, WorkerSettings } from '../../schedules/types.ts';
import type { DocumentFlow } from '../documents/arrivals.ts';
import { Slots } from '../documents/limits.ts';
import type { ProcessLogger } from '../log.ts';
import { HttpClient } from '../net/http.ts';
import type { NotifySettings } from '../notify/settings.ts';
import type { Mailer } from '../notify/transport.ts';
import { isPolled, sourceCron } from '../sources/schedule.ts';
import { claimFire, pgCoordinator, prepareFires, withStartLock } from './coordinator.ts';
import { DEFAULT_JOB_LEASE_SECONDS, JobLeases, prepareLeases } from './leases.ts';

export type QueueKind = 'local' | 'pg-boss';

export const DEFAULT_SETTINGS: WorkerSettings = {
  pollCron: null,
  pollJitterMs: 30_000,
  pollsAtOnce: 64,
  keepFetchLogDays: 90,
  keepSentDays: 30,
  sourceCheckMs: 15_000,
  pacerMonthlyBudgetUsd: 0,
};

export interface WorkerOptions {
  store: Store;
  logger: ProcessLogger;
  notify: NotifySettings | null;
  mailer: Mailer | null;
  metrics: WorkerMetrics;
  settings?: Partial<WorkerSettings>;
  /** The clock jobs act at (default: real time; the demo passes the replay court's clock). */
  now?: () => Date;
  http?: HttpClient;
  browser?: () => Promise<Browser>;
  /** Fetch and read the documents of rulings as they arrive (the notify job does it before its alerts). */
  documents?: DocumentFlow | null;
  /** Default: `pg-boss` on PostgreSQL, `local` on SQLite. */
  queue?: QueueKind;
  /** The PostgreSQL URL pg-boss connects to (the store's, with its `?schema=`). */
  databaseUrl?: string;
  /** False: no cron tasks and no start runs; the caller runs jobs with `run` (the demo at max speed). */
  schedule?: boolean;
  /** Seconds a pg-boss job may stay active before it is taken to be from a dead worker and retried (see `jobExpireSeconds`). */
  jobExpireSeconds?: number;
  /** Seconds a pg-boss job's lease lasts unless its worker renews it; a job whose lease ran out is retried (`leases.ts`). */
  jobLeaseSeconds?: number;
}

/** Poll jobs one pg-boss worker runs at the same time. */
const POLL_JOBS_PER_WORKER = 8;

/** pg-boss's delay before a failed job is tried again (doubled, with jitter, at each retry). */
export const RETRY_DELAY_SECONDS = 5;

/** Stop waiting for a running job after this long on shutdown, and abort it. */
const STOP_GRACE_MS = 10_000;

export class Worker {
  readonly id = `worker-${process.pid}-${randomBytes(3).toString('hex')}`;
  readonly queue: QueueKind;
  readonly #options: WorkerOptions;
  readonly #ctx: JobContext;
  readonly #abort = new AbortController();
  readonly #tasks = new Map<string, ScheduledTask>();
  /** The cron each source is polled on (by `poll:SOURCE`), to notice a changed schedule. */
  readonly #pollCrons = new Map<string, string>();
  /** One cron task per poll schedule, firing every source on it (`PollCron`). */
  readonly #pollGroups = new Map<string, PollCron>();
  #sourceCheck: NodeJS.Timeout | null = null;
  /** Sources whose poll, fired by their cron, has not ended (a fire meanwhile is skipped). */
  readonly #pollsFired = new Set<string>();
  /** Polls waiting out their jitter, and how to end the wait (at stop). */
  readonly #jitters = new Map<NodeJS.Timeout, () => void>();
  readonly #tails = new Map<string, Promise<string>>();
  readonly #waiting = new Map<string, Promise<string>>();
  /**
   * The local queue's cap on polls running at once (`pollsAtOnce`); null with pg-boss, whose
   * workers take `POLL_JOBS_PER_WORKER` jobs each.
   */
  readonly #pollSlots: Slots | null;
  #boss: PgBoss | null = null;
  #leases: JobLeases | null = null;
  #stopped = false;

  private constructor(options: WorkerOptions) {
    this.#options = options;
    this.queue = options.queue ?? (options.store.dialect === 'postgres' ? 'pg-boss' : 'local');
    const settings = { ...DEFAULT_SETTINGS, ...options.settings };
    this.#ctx = {
      store: options.store,
      logger: options.logger,
      now: options.now ?? (() => new Date()),
      notify: options.notify,
      mailer: options.mailer,
      http: options.http ?? new HttpClient({ logger: options.logger }),
      browser: options.browser,
      documents: options.documents ?? null,
      metrics: options.metrics,
      settings,
      signal: this.#abort.signal,
      trigger: (job, data) => this.#dispatch(job, data ?? {}),
    };
    this.#pollSlots = this.queue === 'local' ? new Slots(Math.max(1, settings.pollsAtOnce)) : null;
  }

  static async start(options: WorkerOptions): Promise<Worker> {
    const worker = new Worker(options);
    await worker.#start();
    return worker;
  }

  async #start(): Promise<void> {
    const { store, logger } = this.#options;
    if (this.queue === 'pg-boss') {
      if (store.dialect !== 'postgres' || !this.#options.databaseUrl)
        throw new Error('the pg-boss queue needs a PostgreSQL store and its URL');
      await prepareFires(store);
      await prepareLeases(store);
      const expiries = SCHEDULES.map((s) => jobExpireSeconds(s.job, this.#options.jobExpireSeconds));
      this.#boss = await startBoss(this.#options.databaseUrl, logger, Math.min(...expiries));
      const boss = this.#boss;
      const leases = new JobLeases(
        store,
        this.id,
        this.#options.jobLeaseSeconds ?? DEFAULT_JOB_LEASE_SECONDS,
        logger,
      );
      this.#leases = leases;
      await withStartLock(store, async () => {
        for (const s of SCHEDULES) {
          const options = {
            policy: queuePolicy(s.job),
            retryLimit: 5,
            retryDelay: RETRY_DELAY_SECONDS,
            retryBackoff: true,
            expireInSeconds: jobExpireSeconds(s.job, this.#options.jobExpireSeconds),
          };
          // createQueue keeps an existing queue's options; updateQueue applies the configured ones.
          await boss.createQueue(queueName(s.job), { name: queueName(s.job), ...options });
          await boss.updateQueue(queueName(s.job), { name: queueName(s.job), ...options });
        }
      });
      leases.start(boss);
      for (const s of SCHEDULES) {
        // Polls mostly wait on the courts (latency, politeness), so each worker takes several at
        // once, as the local queue does; one at a time, a worker with 1,200 sources took minutes
        // per round (the national-day bench).
        for (let i = 0; i < (s.job === 'poll' ? POLL_JOBS_PER_WORKER : 1); i++) {
          await this.#boss.work<JobData>(
            queueName(s.job),
            { pollingIntervalSeconds: 0.5, batchSize: 1 },
            async (jobs) => {
              for (const job of jobs) await this.#leased(leases, s.job, job);
            },
          );
        }
      }
    }
    if (this.#options.schedule === false) return;

    const sources = (await configuredSources(store.db)).filter(isPolled);
    await this.#syncSources(sources);
    for (const s of SCHEDULES) if (s.job !== 'poll') this.#cron(s.job, s.cron, s.job, {}, 0);
    this.#sourceCheck = setInterval(() => {
      void this.#checkSources().catch((err: Error) =>
        logger.warn({ err }, `could not re-read the source list: ${err.message}`),
      );
    }, this.#ctx.settings.sourceCheckMs);
    this.#sourceCheck.unref();

    // Catch up at start: the deadline clock, every source, then alerts and due digests.
    const startRuns: [JobName, JobData][] = [
      ['deadlines', {}],
      ...sources.map((r): [JobName, JobData] => ['poll', { source: r.id }]),
      ['notify', {}],
      ['digests', {}],
    ];
    void (async () => {
      for (const [job, data] of startRuns) {
        if (this.#stopped) return;
        if (this.queue === 'local') await this.run(job, data).catch(() => undefined);
        else {
          const slot = new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString();
          const key = `start:${job}${data.source ? `:${data.source}` : ''}:${slot}`;
          if (await pgCoordinator(store, this.id).shouldRun(key, 0)) await this.#dispatch(job, data);
        }
      }
    })();
    logger.info(
      { worker: this.id, queue: this.queue, sources: sources.length },
      `worker ${this.id} started (${this.queue === 'local' ? 'jobs run in this process' : 'jobs shared through pg-boss'}): ${sources.length} sources; ${this.nextRuns()
        .map((r) => `${r.name} next ${r.next ? clockTime(r.next) : 'never'}`)
        .join(', ')}`,
    );
  }

  /**
   * Match the poll tasks to the source list: a task for each source on its cron, a changed cron
   * rescheduled, a removed source's task destroyed. Returns the sources that got a new task.
   */
  async #syncSources(rows: Source[]): Promise<Source[]> {
    const added: Source[] = [];
    const wanted = new Set(rows.map((r) => `poll:${r.id}`));
    for (const name of [...this.#pollCrons.keys()]) {
      if (wanted.has(name)) continue;
      await this.#leaveGroup(name);
      this.#options.logger.info(
        { source: name.slice(5) },
        `source ${name.slice(5)} removed: no longer polled`,
      );
    }
    for (const row of rows) {
      const name = `poll:${row.id}`;
      const cron = sourceCron(row, this.#ctx.settings.pollCron)!;
      const current = this.#pollCrons.get(name);
      if (current === cron) continue;
      if (current !== undefined) await this.#leaveGroup(name);
      else added.push(row);
      let group = this.#pollGroups.get(cron);
      if (!group) {
        group = new PollCron(cron, this.#options.logger, (slot) => {
          for (const source of group!.sources) this.#firePoll(source, slot);
        });
        this.#pollGroups.set(cron, group);
      }
      group.sources.add(row.id);
      this.#pollCrons.set(name, cron);
    }
    return added;
  }

  /** Take a source off its poll cron (the cron's task ends with its last source). */
  async #leaveGroup(name: string): Promise<void> {
    const cron = this.#pollCrons.get(name);
    this.#pollCrons.delete(name);
    const group = cron === undefined ? undefined : this.#pollGroups.get(cron);
    if (!group) return;
    group.sources.delete(name.slice(5));
    if (group.sources.size === 0) {
      this.#pollGroups.delete(cron!);
      await group.destroy();
    }
  }

  /**
   * A source's poll at a fire of its cron, as a node-cron task of its own ran it (`#cron`): not
   * while its previous fire is still running (`noOverlap`), claimed once across workers by the key
   * `poll:SOURCE:INSTANT` (pg-boss), after a random delay of up to `pollJitterMs`.
   */
  #firePoll(source: string, slot: Date): void {
    if (this.#stopped || this.#pollsFired.has(source)) return;
    this.#pollsFired.add(source);
    const data: JobData = { source };
    const poll = async () => {
      if (this.#boss) {
        const claimed = await claimFire(
          this.#options.store,
          `poll:${source}:${slot.toISOString()}`,
          this.id,
        ).catch((err: Error) => {
          this.#options.logger.warn({ err, source }, `poll of ${source} not claimed: ${err.message}`);
          return false;
        });
        if (!claimed) return;
      }
      const jitter = Math.floor(Math.random() * this.#ctx.settings.pollJitterMs);
      if (jitter > 0) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            this.#jitters.delete(timer);
            resolve();
          }, jitter);
          this.#jitters.set(timer, resolve);
        });
      }
      if (this.#stopped) return;
      await (this.#boss ? this.#dispatch('poll', data) : this.run('poll', data)).catch(() => undefined);
    };
    void poll().finally(() => this.#pollsFired.delete(source));
  }

  /** Re-read the source list; a source added since is polled at once (once across workers). */
  async #checkSources(): Promise<void> {
    if (this.#stopped) return;
    const { store, logger } = this.#options;
    const added = await this.#syncSources((await configuredSources(store.db)).filter(isPolled));
    for (const row of added) {
      const next = this.#nextPoll(row.id);
      logger.info(
        { source: row.id, type: row.type },
        `source ${row.id} (${row.type}) added: polling it now${next ? `, then next ${clockTime(next)}` : ''}`,
      );
      if (this.queue === 'local') void this.run('poll', { source: row.id }).catch(() => undefined);
      else if (await pgCoordinator(store, this.id).shouldRun(`added:poll:${row.id}`, 0))
        await this.#dispatch('poll', { source: row.id });
    }
  }

  #cron(name: string, expression: string, job: JobName, data: JobData, jitterMs: number): void {
    const distributed = this.queue === 'pg-boss';
    const task = cronSchedule(
      expression,
      async () => {
        if (this.#stopped) return;
        await (distributed ? this.#dispatch(job, data) : this.run(job, data)).catch(() => undefined);
      },
      {
        name,
        noOverlap: true,
        ...(jitterMs > 0 ? { maxRandomDelay: jitterMs } : {}),
        ...(distributed
          ? { distributed: true, runCoordinator: pgCoordinator(this.#options.store, this.id) }
          : {}),
        logger: cronLogger(this.#options.logger),
      },
    );
    this.#tasks.set(name, task);
  }

  /**
   * Run a pg-boss job under its lease (`leases.ts`), and send it again when it was asked for while
   * it ran (`#dispatch`). Without a lease (the database did not take it) the job still runs; only
   * its expiry then tells if this worker dies.
   */
  async #leased(leases: JobLeases, name: JobName, job: PgBoss.Job<unknown>): Promise<string> {
    const { logger } = this.#options;
    const data = parseJobData(job.data);
    const leased = await leases.take(job.name, job.id, data.source ?? null).then(
      () => true,
      (err: Error) => {
        logger.warn({ err, job: job.id }, `${job.name} job ${job.id} runs without a lease: ${err.message}`);
        return false;
      },
    );
    let ok = false;
    try {
      const line = await this.run(name, data);
      ok = true;
      return line;
    } finally {
      const again = leased ? await leases.release(job.id).catch(() => false) : false;
      // Asked for again while it ran: sent now, to start once this job is marked complete (a
      // second job of the source waiting beside a running one makes a fetch that comes to it
      // return nothing, `leases.ts`). A failed job is retried by pg-boss, which does the same.
      if (again && ok && this.#boss && !this.#stopped)
        await this.#boss
          .send(job.name, data, { ...(data.source ? { singletonKey: data.source } : {}), startAfter: 1 })
          .catch((err: Error) => logger.warn({ err }, `${job.name}: could not ask again: ${err.message}`));
    }
  }

  /** Hand a job to the queue: run it here (local) or send it to pg-boss for any worker. */
  async #dispatch(job: JobName, data: JobData): Promise<void> {
    if (this.#stopped) return;
    if (this.#boss) {
      // A fire while the source's poll runs asks that poll to be sent again when it ends, instead
      // of queuing one beside it (`leases.ts`: a fetch that comes to that one returns nothing). One
      // poll of a source waiting at a time (`queuePolicy`): a fire while one waits adds nothing.
      if (data.source && this.#leases) {
        const asked = await this.#leases.askAgain(queueName(job), data.source).catch((err: Error) => {
          this.#options.logger.warn({ err }, `job leases: ${err.message}`);
          return false;
        });
        if (asked) return;
      }
      await this.#boss.send(queueName(job), data, data.source ? { singletonKey: data.source } : {});
      return;
    }
    await this.run(job, data).catch(() => undefined);
  }

  /**
   * Run a job in this process now, after the same job (same source) if it is running, and a poll
   * once fewer than `pollsAtOnce` polls run (local queue); requests made while one is waiting
   * share it. Rejects with the job's error (pg-boss then retries it).
   */
  run(job: JobName, data: JobData = {}): Promise<string> {
    const key = data.source ? `${job}:${data.source}` : job;
    const waiting = this.#waiting.get(key);
    if (waiting) return waiting;
    const before = this.#tails.get(key) ?? Promise.resolve('');
    const start = () => {
      this.#waiting.delete(key);
      return this.#execute(job, data);
    };
    const slots = job === 'poll' ? this.#pollSlots : null;
    // A poll beyond the cap waits its turn, still waiting (requests meanwhile share it); the
    // alerts and the other jobs never wait behind polls.
    const p = before
      .catch(() => '')
      .then(() =>
        slots
          ? slots.use(async () =>
              this.#stopped ? `poll of ${data.source} not run: the worker stopped before its turn` : start(),
            )
          : start(),
      );
    this.#waiting.set(key, p);
    this.#tails.set(key, p);
    void p
      .catch(() => undefined)
      .finally(() => {
        if (this.#tails.get(key) === p) this.#tails.delete(key);
      });
    return p;
  }

  async #execute(job: JobName, data: JobData): Promise<string> {
    const { logger, metrics } = this.#options;
    const end = metrics.jobDuration.startTimer({ job });
    try {
      const outcome = await scheduleOf(job).run(this.#ctx, data);
      end({ outcome: 'ok' });
      let line = typeof outcome === 'string' ? outcome : outcome.warn;
      const next = data.source ? this.#nextPoll(data.source) : null;
      if (next) line += `; next poll ${clockTime(next)}`;
      if (typeof outcome === 'string') logger.info({ job, ...data }, line);
      else logger.warn({ job, ...data }, line);
      return line;
    } catch (err) {
      end({ outcome: 'error' });
      logger.error({ job, ...data, err }, `${job} failed: ${(err as Error).message}`);
      throw err;
    }
  }

  /** When each schedule fires next (cron tasks of this worker). */
  nextRuns(): { name: string; next: Date | null }[] {
    return [
      ...[...this.#tasks.entries()].map(([name, t]) => ({ name, next: t.getNextRun() })),
      ...[...this.#pollCrons.keys()].map((name) => ({ name, next: this.#nextPoll(name.slice(5)) })),
    ];
  }

  /** When a source is polled next by its cron (before the jitter), or null when it has none. */
  #nextPoll(source: string): Date | null {
    const cron = this.#pollCrons.get(`poll:${source}`);
    return (cron === undefined ? undefined : this.#pollGroups.get(cron)?.next()) ?? null;
  }

  /** Resolves once no job of this process is running or waiting. */
  async idle(): Promise<void> {
    while (this.#tails.size > 0) await Promise.allSettled([...this.#tails.values()]);
  }

  /** Stop the schedules, let the running job finish (abort it after a grace period), stop pg-boss. */
  async stop(): Promise<void> {
    if (this.#stopped) return;
    this.#stopped = true;
    if (this.#sourceCheck) clearInterval(this.#sourceCheck);
    for (const task of this.#tasks.values()) await task.destroy();
    this.#tasks.clear();
    for (const group of this.#pollGroups.values()) await group.destroy();
    this.#pollGroups.clear();
    for (const [timer, resolve] of this.#jitters) {
      clearTimeout(timer);
      resolve();
    }
    this.#jitters.clear();
    this.#leases?.stopSweeping();
    const grace = setTimeout(() => this.#abort.abort(new Error('the worker is stopping')), STOP_GRACE_MS);
    try {
      if (this.#boss) await this.#boss.stop({ graceful: true, wait: true, timeout: STOP_GRACE_MS });
      await this.idle();
    } finally {
      clearTimeout(grace);
      this.#leases?.stop();
    }
  }
}

/**
 * The sources polled on one cron expression, and the one node-cron task that fires them all. A
 * task per source cost each source a timer and its own next-match computations at every fire
 * (node-cron formats dates through \`Intl\` for them): with 1,200 sources on one cron, 14 % of the
 * worker's CPU on a round of unchanged (304) reports (docs/deploy.md).
 */
class PollCron {
  readonly sources = new Set<string>();
  readonly #task: ScheduledTask;
  #next: Date | null = null;

  constructor(expression: string, logger: ProcessLogger, fire: (slot: Date) => void) {
    this.#task = cronSchedule(
      expression,
      (context) => {
        this.#next = null;
        fire(context.date);
      },
      { name: `poll ${expression}`, logger: cronLogger(logger) },
    );
  }

  /** The next fire; computed once per fire for all the sources on it. */
  next(): Date | null {
    if (this.#next === null || this.#next.getTime() <= Date.now()) this.#next = this.#task.getNextRun();
    return this.#next;
  }

  async destroy(): Promise<void> {
    await this.#task.destroy();
  }
}

function queueName(job: JobName): string {
  return `docketwatch.${job}`;
}

/**
 * How a queue takes jobs. `poll`: stately by source (the job's singleton key) — one poll of a
 * source waiting and one running, so a worker that falls behind its crons polls each source once
 * when it gets to it, instead of a backlog of the same polls (the national day queued 2,000), and
 * no two workers poll one court at once. `notify`: short — one waiting; it reads everything past
 * the cursor, so a second waiting one would find nothing, while running ones are not limited
 * (ranges of alerts are rendered by several workers at once). Others: standard.
 */
export function queuePolicy(job: JobName): 'standard' | 'short' | 'stately' {
  return job === 'poll' ? 'stately' : job === 'notify' ? 'short' : 'standard';
}

function parseJobData(data: unknown): JobData {
  const source = (data as { source?: unknown } | null)?.source;
  return typeof source === 'string' ? { source } : {};
}

/**
 * How long a job may stay active before pg-boss takes its worker for dead and hands it to another:
 * the configured `worker.jobExpireSeconds`, else 5 minutes (an hour for housekeeping, whose
 * `ANALYZE` may be slow on a large store).
 */
export function jobExpireSeconds(job: JobName, configured: number | undefined): number {
  return configured ?? (job === 'housekeeping' ? 3600 : 300);
}

/**
 * pg-boss in a schema of its own beside the store's (`?schema=x` → `x_boss`, else `pgboss`).
 * Expired jobs are found by its maintenance, so that runs at least twice per shortest expiry.
 */
async function startBoss(
  databaseUrl: string,
  logger: ProcessLogger,
  shortestExpireSeconds: number,
): Promise<PgBoss> {
  const url = new URL(databaseUrl);
  const schema = url.searchParams.get('schema');
  url.searchParams.delete('schema');
  const boss = new PgBoss({
    connectionString: url.toString(),
    schema: schema ? `${schema}_boss` : 'pgboss',
    application_name: process.env.PGAPPNAME ? `${process.env.PGAPPNAME}-queue` : 'docketwatch-worker',
    max: 5,
    schedule: false,
    supervise: true,
    maintenanceIntervalSeconds: Math.max(1, Math.min(30, Math.floor(shortestExpireSeconds / 2))),
  });
  boss.on('error', (err) => logger.error({ err }, `job queue: ${err.message}`));
  await boss.start();
  return boss;
}

function cronLogger(logger: ProcessLogger) {
  return {
    info: (m: string) => logger.debug(m),
    warn: (m: string) => logger.debug(m),
    error: (m: string | Error) => logger.warn(typeof m === 'string' ? m : m.message),
    debug: (m: string | Error) => logger.trace(typeof m === 'string' ? m : m.message),
  };
}

function clockTime(d: Date): string {
  return d.toTimeString().slice(0, 8);
}
