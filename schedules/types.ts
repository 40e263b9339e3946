/**
 * What a schedule is: a named job, when it fires (a node-cron expression, 6 fields with seconds
 * allowed), whether it also runs when the worker starts, and what it does. Every job reads what it
 * needs from the store and is idempotent, so a fire that was missed (downtime), ran twice (a
 * retried job on PostgreSQL) or ran late changes nothing that a fire on time would not.
 */
import type { Store } from '../db/index.ts';
import type { DocumentFlow } from '../src/documents/arrivals.ts';
import type { Logger } from '../src/log.ts';
import type { HttpClient } from '../src/net/http.ts';
import type { NotifySettings } from '../src/notify/settings.ts';
import type { Mailer } from '../src/notify/transport.ts';
import type { WorkerMetrics } from './metrics.ts';

export interface WorkerSettings {
  /** Replaces every source's own poll schedule (tests, the demo); `null` keeps them. */
  pollCron: string | null;
  /** Up to this many ms of random delay before a scheduled poll, so sources do not all fire at once. */
  pollJitterMs: number;
  /**
   * Polls this process runs at once on the local (SQLite) queue; a poll fired beyond it waits its
   * turn (first come, first served). pg-boss workers take 8 jobs each instead (`POLL_JOBS_PER_WORKER`).
   */
  pollsAtOnce: number;
  /** Fetch log rows older than this many days are pruned by housekeeping. */
  keepFetchLogDays: number;
  /** Sent outbox rows older than this many days are pruned by housekeeping. */
  keepSentDays: number;
  /** How often the worker re-reads the source list, so sources added, changed or removed take effect without a restart. */
  sourceCheckMs: number;
  /** The month's budget for PACER docket reports (`pacer.monthlyBudgetUsd`); 0: nothing is bought. */
  pacerMonthlyBudgetUsd: number;
}

export interface JobContext {
  store: Store;
  logger: Logger;
  /** The worker's clock: real time, or the replay court's time in the demo. */
  now(): Date;
  /** Links and mailer; `null` when email is off (no DOCKETWATCH_SECRET). */
  notify: NotifySettings | null;
  mailer: Mailer | null;
  http: HttpClient;
  browser: (() => Promise<import('playwright-core').Browser>) | undefined;
  /** Fetching and reading the documents of rulings as they arrive; `null` when off. */
  documents: DocumentFlow | null;
  metrics: WorkerMetrics;
  settings: WorkerSettings;
  signal: AbortSignal;
  /** Ask for another job to run soon (notify after a poll that found something). */
  trigger(job: JobName, data?: JobData): void;
}

export type JobName = 'poll' | 'notify' | 'digests' | 'deadlines' | 'health' | 'housekeeping';

/** A job's input: `poll` takes the source id; the others take nothing. */
export interface JobData {
  source?: string;
}

/** What a job did, in one plain line; `warn` when it needs someone's attention. */
export type JobOutcome = string | { warn: string };

export interface Schedule {
  job: JobName;
  description: string;
  /** node-cron expression (5 fields, or 6 with seconds first). */
  cron: string;
  /** Run once as soon as the worker starts: this is how downtime is caught up. */
  atStart: boolean;
  run(ctx: JobContext, data: JobData): Promise<JobOutcome>;
}
