/**
 * One run of one source, store-agnostic, through either door: `runSource` validates the config,
 * fetches with the saved state, parses what came back and detects a layout change across runs;
 * `receiveMessage` validates the config, receives one pushed message and parses it. A large
 * document is parsed on the parse thread (`parse-thread.ts`), so the caller's event loop keeps
 * turning while it is read. The caller
 * persists `state` (opaque JSON) and ingests `results`; it also owns the HTTP client, the browser
 * and the budget.
 */
import type { Browser } from 'playwright-core';
import { ConfigError, LayoutChangedError } from '../src/errors.ts';
import { type Logger, silentLogger } from '../src/log.ts';
import type { HttpClient } from '../src/net/http.ts';
import { parseDocument } from './parse-thread.ts';
import type {
  Budget,
  BudgetRequest,
  DocketSource,
  InboundMessage,
  RawDocument,
  SourceParseResult,
} from './types.ts';

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
  budget?: (request: BudgetRequest) => Promise<Budget>;
  signal?: AbortSignal;
}

export interface RunResult {
  status: 'fetched' | 'not-modified';
  results: { document: RawDocument; result: SourceParseResult }[];
  state: RunState;
}

export async function runSource<C>(source: DocketSource<C>, options: RunOptions): Promise<RunResult> {
  const config = validateConfig(source, options.config);
  if (!source.fetch)
    throw new ConfigError(`source ${source.id} is not polled: docketwatch receives what it reads`);
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
    budget:
      options.budget ??
      (() =>
        Promise.reject(new ConfigError(`source ${source.id} asked for a budget, but none was provided`))),
    signal: options.signal ?? new AbortController().signal,
  });
  if (outcome.kind === 'not-modified') {
    return { status: 'not-modified', results: [], state: { ...previous, source: outcome.state } };
  }
  const results: RunResult['results'] = [];
  for (const document of outcome.documents)
    results.push({ document, result: await parseDocument(source, document, config) });
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

/** One message pushed to an inbound source: checked by the source, parsed; the state is kept as it was. */
export async function receiveMessage<C>(
  source: DocketSource<C>,
  options: { config: unknown; state: RunState | null; message: InboundMessage },
): Promise<RunResult> {
  const config = validateConfig(source, options.config);
  if (!source.receive) throw new ConfigError(`source ${source.id} does not receive messages: it is polled`);
  const document = source.receive(options.message, config);
  return {
    status: 'fetched',
    results: [{ document, result: await parseDocument(source, document, config) }],
    state: options.state ?? { source: null, entries: null },
  };
}

export function validateConfig<C>(source: DocketSource<C>, config: unknown): C {
  const parsed = source.configSchema.safeParse(config);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues
    .map((i) => `${i.path.length ? i.path.join('.') : '(config)'}: ${i.message}`)
    .join('; ');
  throw new ConfigError(`${source.id} source config is not valid: ${problems}`);
}
