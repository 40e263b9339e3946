/**
 * One poll of one source, store-agnostic: validate the config, fetch with the saved state, parse
 * what came back, and detect a layout change across runs. The caller persists `state` (opaque
 * JSON) and ingests `results`; it also owns the HTTP client and the browser.
 */
import type { Browser } from 'playwright-core';
import { ConfigError, LayoutChangedError } from '../src/errors.ts';
import { type Logger, silentLogger } from '../src/log.ts';
import type { HttpClient } from '../src/net/http.ts';
import type { DocketSource, RawDocument, SourceParseResult } from './types.ts';

/** What `runSource` keeps between runs: the source's own state and how many entries it last saw. */
export interface RunState {
  source: unknown;
  entries: number | null;
}

export interface RunOptions {
  config: unknown;
  /** The previous run's `state`, `null` the first time. */
  state: RunState | null;
  http: HttpClient;
  logger?: Logger;
  browser?: () => Promise<Browser>;
  signal?: AbortSignal;
}

export interface RunResult {
  status: 'fetched' | 'not-modified';
  results: { document: RawDocument; result: SourceParseResult }[];
  state: RunState;
}

export async function runSource<C>(source: DocketSource<C>, options: RunOptions): Promise<RunResult> {
  const config = validateConfig(source, options.config);
  const logger = options.logger ?? silentLogger;
  const previous = options.state ?? { source: null, entries: null };
  const outcome = await source.fetch({
    config,
    state: previous.source,
    http: options.http,
    logger,
    browser:
      options.browser ??
      (() =>
        Promise.reject(new ConfigError(`source ${source.id} asked for a browser, but none was provided`))),
    signal: options.signal ?? new AbortController().signal,
  });
  if (outcome.kind === 'not-modified') {
    return { status: 'not-modified', results: [], state: { ...previous, source: outcome.state } };
  }
  const results = outcome.documents.map((document) => ({ document, result: source.parse(document, config) }));
  const entries = results.reduce(
    (n, { result }) => n + result.cases.reduce((m, c) => m + c.entries.length, 0),
    0,
  );
  if (source.emptyMeansLayoutChanged && entries === 0 && (previous.entries ?? 0) > 0) {
    // The saved state is left as it was, so the next run compares against the last good count.
    throw new LayoutChangedError(
      `source ${source.id} yielded ${previous.entries} entries last time and none now: the page layout probably changed (entries are not treated as removed)`,
    );
  }
  return { status: 'fetched', results, state: { source: outcome.state, entries } };
}

export function validateConfig<C>(source: DocketSource<C>, config: unknown): C {
  const parsed = source.configSchema.safeParse(config);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues
    .map((i) => `${i.path.length ? i.path.join('.') : '(config)'}: ${i.message}`)
    .join('; ');
  throw new ConfigError(`${source.id} source config is not valid: ${problems}`);
}
