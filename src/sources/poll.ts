/**
 * The poller: one poll of one configured source, start to finish, and never an exception out of
 * it. Load the saved state, `runSource`, ingest each parsed result through the one ingest path
 * (a court-wide feed fans out to every tracked case of its court: ingest ignores untracked cases),
 * record what each case can see (coverage), write the fetch log, and move the source's health,
 * appending `source.down` / `source.recovered` / `source.layout_changed` events on the cases it
 * serves. A failing source is recorded and reported; the next source is polled all the same.
 */
import type { Browser } from 'playwright-core';
import type { Store } from '../../db/index.ts';
import type { Source } from '../../db/schema.ts';
import {
  appendSourceEvents,
  casesServed,
  configuredSources,
  loadSourceState,
  logFetch,
  recordCoverage,
  saveSourceState,
} from '../../db/sources.ts';
import { findSource } from '../../scrapers/registry.ts';
import { type RunResult, type RunState, runSource } from '../../scrapers/run.ts';
import type { SourceParseResult } from '../../scrapers/types.ts';
import { ConfigError, DocketwatchError } from '../errors.ts';
import type { IngestEvent } from '../ingest/index.ts';
import { ingestParsed } from '../ingest/pipeline.ts';
import { type Logger, silentLogger } from '../log.ts';
import type { ParseResult } from '../model/docket.ts';
import type { PayloadOf } from '../model/events.ts';
import { HttpClient } from '../net/http.ts';
import { matchFeed } from '../searches/searches.ts';
import { pacerDocketInputs } from './budget.ts';
import { DOWN_AFTER, type HealthEventType, nextHealth } from './health.ts';

export interface PollOptions {
  http?: HttpClient;
  logger?: Logger;
  browser?: () => Promise<Browser>;
  signal?: AbortSignal;
  /** Consecutive failures before a source is `down` (default 3). */
  downAfter?: number;
  /** Told how many of the entries this poll read are ingested: before the first document, then after each. */
  onProgress?: (done: number, total: number) => void;
}

/** An event as the poller prints it: ingest's events and the health events, one shape. */
/** What a poll caused: ingest's events, and the source's health changes (the event contract's payloads). */
export type PolledEvent =
  | IngestEvent
  | ({ type: HealthEventType; case: string; entry: null } & PayloadOf<HealthEventType>);

export interface PollReport {
  source: string;
  type: string;
  /** `interrupted`: stopped by our own shutdown (`signal`), which says nothing about the source. */
  status: 'fetched' | 'not-modified' | 'failed' | 'interrupted';
  events: PolledEvent[];
  error: { code: string; message: string } | null;
  bytes: number;
  durationMs: number;
  /** Cases of a court-wide feed that saved searches found this poll (only when there are some). */
  proposed?: number;
}

export async function pollSource(store: Store, row: Source, options: PollOptions = {}): Promise<PollReport> {
  const started = Date.now();
  const startedAt = new Date(started).toISOString();
  const events: PolledEvent[] = [];
  const saved = await loadSourceState(store.db, row.id);
  let run: RunResult | null = null;
  let bytes = 0;
  let failure: unknown = null;
  try {
    const source = findSource(row.type);
    if (!source)
      throw new ConfigError(`source ${row.id} has type ${row.type}, which docketwatch does not know`);
    const previous = parseState(saved?.state ?? null);
    const inputs = row.type === 'pacer-docket' ? await pacerDocketInputs(store.db, row, previous) : null;
    run = await runSource(source, {
      config: JSON.parse(row.config),
      state: inputs ? { ...previous, source: { ...(previous.source as object), inputs } } : previous,
      http: options.http ?? new HttpClient({ logger: options.logger ?? silentLogger }),
      logger: options.logger ?? silentLogger,
      ...(options.browser ? { browser: options.browser } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
    const served = await casesServed(store.db, row);
    const entriesOf = (r: SourceParseResult) =>
      r.isDocket ? r.cases.reduce((n, c) => n + c.entries.length, 0) : 0;
    const total = run.results.reduce((n, { result }) => n + entriesOf(result), 0);
    let done = 0;
    if (total > 0) options.onProgress?.(0, total);
    for (const { document, result } of run.results) {
      bytes += document.body.byteLength;
      if (!result.isDocket) continue;
      const outcome = await ingestParsed(store, toIngest(result), {
        source: row.id,
        texts: textsOf(result),
      });
      done += entriesOf(result);
      if (total > 0) options.onProgress?.(done, total);
      events.push(...outcome.events);
      await recordCoverage(
        store.db,
        row.id,
        served.map((c) => c.id),
        result.coverage,
      );
    }
  } catch (err) {
    failure = err;
  }
  // Saved searches read what a court-wide feed carried; their failure is not the source's.
  let proposed = 0;
  if (run && failure === null && row.scope === 'court' && run.results.length > 0) {
    try {
      const found = await matchFeed(store, { source: row, results: run.results.map((r) => r.result) });
      proposed = found.proposed.length;
    } catch (err) {
      (options.logger ?? silentLogger).warn(
        { err, source: row.id },
        'saved searches could not read this feed',
      );
    }
  }

  // Stopped by our own shutdown: logged, but neither a failure of the source nor a success.
  const interrupted = failure !== null && options.signal?.aborted === true;
  const error = failure === null ? null : describe(failure);
  const state = run?.state.source as Record<string, unknown> | null | undefined;
  const validators = (state && typeof state === 'object' ? state : {}) as Record<string, unknown>;
  const status = interrupted ? 'interrupted' : error ? 'failed' : run!.status;
  await logFetch(store.db, {
    source_id: row.id,
    started_at: startedAt,
    status,
    http_status: error ? (httpStatusOf(failure) ?? null) : status === 'not-modified' ? 304 : 200,
    bytes,
    duration_ms: Date.now() - started,
    etag: str(validators.etag),
    last_modified: str(validators.lastModified),
    cursor: str(validators.cursor),
    error: error ? `${error.code}: ${error.message}`.slice(0, 2000) : null,
  });

  const before = { health: saved?.health ?? 'new', consecutiveFailures: saved?.consecutive_failures ?? 0 };
  const health = interrupted
    ? { ...before, event: null }
    : nextHealth(before, failure, options.downAfter ?? DOWN_AFTER);
  await saveSourceState(store.db, row.id, {
    ...(run && !error ? { state: JSON.stringify(run.state), last_success_at: startedAt } : {}),
    ...(str(validators.externalId) && !error ? { external_id: str(validators.externalId) } : {}),
    health: health.health,
    consecutive_failures: health.consecutiveFailures,
    last_attempt_at: startedAt,
    ...(error && !interrupted
      ? { last_error: error.message.slice(0, 2000), last_error_code: error.code }
      : {}),
  });
  if (health.event) {
    const cases = await casesServed(store.db, row);
    const payload = {
      source: row.id,
      sourceType: row.type,
      health: health.health,
      failures: health.consecutiveFailures,
      error: error?.message ?? null,
      code: error?.code ?? null,
    };
    await appendSourceEvents(store.db, cases, health.event, payload);
    for (const c of cases) events.push({ type: health.event, case: c.key, entry: null, ...payload });
  }
  return {
    source: row.id,
    type: row.type,
    status,
    events,
    error,
    bytes,
    durationMs: Date.now() - started,
    ...(proposed > 0 ? { proposed } : {}),
  };
}

/** Poll every configured source (or one), one after another; each report says how it went. */
export async function pollAll(
  store: Store,
  options: PollOptions & {
    sourceId?: string;
    onReport?: (r: PollReport) => Promise<void> | void;
    /** Sources not due yet (the long-running `poll`): skipped this round. */
    skip?: (sourceId: string) => boolean;
  } = {},
): Promise<PollReport[]> {
  const reports: PollReport[] = [];
  for (const row of await configuredSources(store.db, options.sourceId)) {
    if (options.signal?.aborted) break;
    if (options.skip?.(row.id)) continue;
    const report = await pollSource(store, row, options);
    reports.push(report);
    await options.onReport?.(report);
  }
  return reports;
}

function parseState(text: string | null): RunState {
  if (!text) return { source: null, entries: null };
  try {
    const value = JSON.parse(text) as Partial<RunState>;
    return {
      source: value.source ?? null,
      entries: typeof value.entries === 'number' ? value.entries : null,
    };
  } catch {
    return { source: null, entries: null };
  }
}

function toIngest(result: SourceParseResult): ParseResult {
  const { coverage: _, texts: __, ...rest } = result;
  return rest;
}

/** The texts a source read, keyed by the result's one case. */
function textsOf(result: SourceParseResult) {
  const c = result.cases[0];
  if (!c?.docketNumber || !result.court) return [];
  return result.texts.map((t) => ({ case: `${result.court}:${c.docketNumber}`, ...t }));
}

function describe(err: unknown): { code: string; message: string } {
  if (err instanceof DocketwatchError) return { code: err.code, message: err.message };
  const message = err instanceof Error ? err.message : String(err);
  return { code: 'EINTERNAL', message: `unexpected error: ${message}` };
}

function httpStatusOf(err: unknown): number | undefined {
  const status = (err as { status?: unknown }).status;
  return typeof status === 'number' ? status : undefined;
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v !== '' ? v : null;
}
