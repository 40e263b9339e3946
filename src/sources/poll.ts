/**
 * The poller: one poll of one configured source, start to finish, and never an exception out of
 * it. The source is run with its saved state (`runSource`: validate the config, fetch, parse) and
 * what it brought is recorded by `recordSourceRun`, the one function every door records through
 * (ingest, coverage, fetch log, health). A failing source is recorded and reported; the next
 * source is polled all the same.
 */
import type { Browser } from 'playwright-core';
import type { Store } from '../../db/index.ts';
import type { Source } from '../../db/schema.ts';
import { configuredSources } from '../../db/sources.ts';
import { findSource } from '../../scrapers/registry.ts';
import { type RunResult, runSource } from '../../scrapers/run.ts';
import { ConfigError } from '../errors.ts';
import { type Logger, silentLogger } from '../log.ts';
import { HttpClient } from '../net/http.ts';
import { matchFeed } from '../searches/searches.ts';
import { sourceBudget } from './budget.ts';
import { type RecordOptions, recordSourceRun, type SourceReport } from './record.ts';
import { isPolled } from './schedule.ts';

export interface PollOptions extends Omit<RecordOptions, 'door'> {
  http?: HttpClient;
  logger?: Logger;
  browser?: () => Promise<Browser>;
  /** The installation's monthly budget for paid requests (`pacer.monthlyBudgetUsd`); default 0: nothing is bought. */
  monthlyBudgetUsd?: number;
}

export interface PollReport extends SourceReport {
  /** Cases of a court-wide feed that saved searches found this poll (only when there are some). */
  proposed?: number;
}

export async function pollSource(store: Store, row: Source, options: PollOptions = {}): Promise<PollReport> {
  const logger = options.logger ?? silentLogger;
  let ran: RunResult | null = null;
  const report: PollReport = await recordSourceRun(
    store,
    row,
    async (previous) => {
      const source = findSource(row.type);
      if (!source)
        throw new ConfigError(`source ${row.id} has type ${row.type}, which docketwatch does not know`);
      ran = await runSource(source, {
        config: JSON.parse(row.config),
        state: previous,
        http: options.http ?? new HttpClient({ logger }),
        logger,
        budget: (request) =>
          sourceBudget(store.db, row, request, { monthlyBudgetUsd: options.monthlyBudgetUsd ?? 0 }),
        ...(options.browser ? { browser: options.browser } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
      });
      return ran;
    },
    { ...options, door: 'poll' },
  );
  // Saved searches read what a court-wide feed carried (nothing more is fetched); their failure
  // is not the source's.
  const results = (ran as RunResult | null)?.results ?? [];
  if (report.error === null && row.scope === 'court' && results.length > 0) {
    try {
      const found = await matchFeed(store, { source: row, results: results.map((r) => r.result) });
      if (found.proposed.length > 0) report.proposed = found.proposed.length;
    } catch (err) {
      logger.warn({ err, source: row.id }, 'saved searches could not read this feed');
    }
  }
  return report;
}

/** Poll every configured source (or one), one after another; each report says how it went. */
export async function pollAll(
  store: Store,
  options: PollOptions & {
    sourceId?: string;
    onReport?: (r: SourceReport) => Promise<void> | void;
    /** Sources not due yet (the long-running `poll`): skipped this round. */
    skip?: (sourceId: string) => boolean;
  } = {},
): Promise<SourceReport[]> {
  const reports: SourceReport[] = [];
  for (const row of (await configuredSources(store.db, options.sourceId)).filter(isPolled)) {
    if (options.signal?.aborted) break;
    if (options.skip?.(row.id)) continue;
    const report = await pollSource(store, row, options);
    reports.push(report);
    await options.onReport?.(report);
  }
  return reports;
}
