/**
 * The one way a source's result enters the record, whatever door it came through — a poll
 * (`poll.ts`), a webhook's poll, a notice received by the SMTP listener or `ingest-email`
 * (`nef-notices.ts`). `recordSourceRun` runs the attempt with the saved state, ingests each parsed
 * result through the one ingest path, records what each case can see (coverage), writes the fetch
 * log, and moves the source's health, appending `source.down` / `source.recovered` /
 * `source.layout_changed` on the cases it serves. It never throws: a failure is recorded and
 * reported.
 */
import type { Store } from '../../db/index.ts';
import type { Source } from '../../db/schema.ts';
import {
  appendSourceEvents,
  casesServed,
  loadSourceState,
  logFetch,
  recordCoverage,
  saveSourceState,
} from '../../db/sources.ts';
import type { RunResult, RunState } from '../../scrapers/run.ts';
import type { SourceParseResult } from '../../scrapers/types.ts';
import { DocketwatchError } from '../errors.ts';
import type { IngestEvent, IngestNote } from '../ingest/index.ts';
import { ingestParsed } from '../ingest/pipeline.ts';
import { caseKey, normalizeCourt, normalizeDocketNumber } from '../model/case-key.ts';
import type { ParseResult } from '../model/docket.ts';
import type { PayloadOf } from '../model/events.ts';
import { DOWN_AFTER, type HealthEventType, nextHealth } from './health.ts';

/** What a run caused: ingest's events, and the source's health changes (the event contract's payloads). */
export type SourceEvent =
  | IngestEvent
  | ({ type: HealthEventType; case: string; entry: null } & PayloadOf<HealthEventType>);

export interface SourceReport {
  source: string;
  type: string;
  /** `interrupted`: stopped by our own shutdown (`signal`), which says nothing about the source. */
  status: 'fetched' | 'not-modified' | 'failed' | 'interrupted';
  events: SourceEvent[];
  error: { code: string; message: string } | null;
  /** Rows the source gave that ingest could not take (an entry with no date…), each with its reason. */
  rejected: IngestNote[];
  bytes: number;
  durationMs: number;
}

export interface RecordOptions {
  /** `poll`: fetched over the network (the fetch log gets 200/304); `inbound`: pushed to us (no HTTP status). */
  door: 'poll' | 'inbound';
  signal?: AbortSignal | undefined;
  /** Consecutive failures before a source is `down` (default 3). */
  downAfter?: number | undefined;
  /** Told how many of the entries this run read are ingested: before the first document, then after each. */
  onProgress?: ((done: number, total: number) => void) | undefined;
}

export async function recordSourceRun(
  store: Pick<Store, 'db'>,
  row: Source,
  attempt: (previous: RunState) => Promise<RunResult>,
  options: RecordOptions,
): Promise<SourceReport> {
  const started = Date.now();
  const startedAt = new Date(started).toISOString();
  const events: SourceEvent[] = [];
  const rejected: IngestNote[] = [];
  const saved = await loadSourceState(store.db, row.id);
  let run: RunResult | null = null;
  let bytes = 0;
  let failure: unknown = null;
  try {
    run = await attempt(parseState(saved?.state ?? null));
    const total = run.results.reduce((n, { result }) => n + entriesOf(result), 0);
    let done = 0;
    if (total > 0) options.onProgress?.(0, total);
    for (const { document, result } of run.results) {
      bytes += document.body.byteLength;
      if (!result.isDocket) continue;
      const outcome = await ingestParsed(store, toIngest(result), { source: row.id, texts: textsOf(result) });
      done += entriesOf(result);
      if (total > 0) options.onProgress?.(done, total);
      events.push(...outcome.events);
      rejected.push(...outcome.notes.filter((n) => n.action === 'rejected'));
      const served = await casesServed(store.db, row, casesNamed(result));
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
    http_status: error
      ? (httpStatusOf(failure) ?? null)
      : options.door === 'inbound'
        ? null
        : status === 'not-modified'
          ? 304
          : 200,
    bytes,
    duration_ms: Date.now() - started,
    etag: str(validators.etag),
    last_modified: str(validators.lastModified),
    cursor: str(validators.cursor),
    error: error
      ? `${error.code}: ${error.message}`.slice(0, 2000)
      : rejected.length > 0
        ? rejectedLine(rejected).slice(0, 2000)
        : null,
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
    rejected,
    bytes,
    durationMs: Date.now() - started,
  };
}

/**
 * What the fetch log (and so the sources page) says of rows a fetch read but ingest could not take:
 * an entry is never dropped without a word where people look.
 */
export function rejectedLine(rejected: IngestNote[]): string {
  const each = rejected.slice(0, 5).map((n) => `${n.case ?? '?'} ${n.entry ?? '(no number)'}: ${n.reason}`);
  const more = rejected.length > 5 ? `; and ${rejected.length - 5} more` : '';
  return `${rejected.length} row(s) not read: ${each.join('; ')}${more}`;
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

function entriesOf(result: SourceParseResult): number {
  return result.isDocket ? result.cases.reduce((n, c) => n + c.entries.length, 0) : 0;
}

function toIngest(result: SourceParseResult): ParseResult {
  const { coverage: _, texts: __, ...rest } = result;
  return rest;
}

/** The `court:docket` keys a result names (what a source of no fixed case or court serves). */
function casesNamed(result: SourceParseResult): string[] {
  const court = normalizeCourt(result.court);
  if (!result.isDocket || !court) return [];
  return result.cases.flatMap((c) => {
    const docket = normalizeDocketNumber(c.docketNumber);
    return docket ? [caseKey(court, docket)] : [];
  });
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
