/**
 * What a docket source is. A source is one folder `scrapers/<id>/` whose `index.ts` exports a
 * `DocketSource`: metadata (who maintains it, what it covers, how politely it fetches), a zod
 * schema for its configuration, and two steps — `fetch(ctx)` gets raw responses through the
 * context's HTTP client, `parse(raw, config)` turns one of them into the docket model.
 * Persisting state, scheduling and ingesting are the caller's business (`scrapers/run.ts`).
 */
import type { Browser } from 'playwright-core';
import type { z } from 'zod';
import type { Logger } from '../src/log.ts';
import type { Coverage, DocketCase, DocketEntry, EntryText, ParseResult } from '../src/model/docket.ts';
import type { HttpClient, HttpResponse, HttpResult, Validators } from '../src/net/http.ts';
import type { HostLimits } from '../src/net/rate-limit.ts';

export interface Politeness extends HostLimits {
  /**
   * When the source is polled by default: a cron expression (5 fields, `node-cron` syntax); `null`
   * for a source that is never polled because docketwatch receives what it reads (`receive`).
   */
  schedule: string | null;
}

/**
 * A kind of docket text (`ParseResult.kind`), described once by the parser or source that yields
 * it; ingest and the pages read these, never a list of their own.
 */
export interface DocketKind {
  /** `pacer-docket`, `courtlistener`, `web-page`. */
  id: string;
  /** The fields it can give; the rest are always `null` from it. */
  fields: { case: readonly (keyof DocketCase)[]; entry: readonly (keyof DocketEntry)[] };
  /** When kinds disagree about an entry, the text of the higher rank wins (the full docket report over a feed's summary). */
  rank: number;
  /** Its listing of a case is complete: an entry missing from it is gone from the docket. */
  complete: boolean;
}

export interface SourceMetadata<Config> {
  /** Folder name and the TYPE in `docketwatch source add TYPE`. */
  id: string;
  name: string;
  /** How pages name it in a sentence: "this court's RSS feed", "the PACER docket report". */
  called: string;
  /** The kinds of docket text its `parse` yields. */
  kinds: readonly DocketKind[];
  description: string;
  /** GitHub handles or emails of the people who answer for this source. */
  maintainers: string[];
  /** Courts (CM/ECF ids) the source can cover, `'any'` for generic ones; `cases` describes case scope. */
  covers: { courts: string[] | 'any'; cases: string };
  needsBrowser: boolean;
  politeness: Politeness;
  /**
   * A run that yields no entries after one that yielded some means the layout changed (a docket
   * page never shrinks to nothing). False for feeds that are legitimately empty (a quiet day).
   */
  emptyMeansLayoutChanged: boolean;
  configSchema: z.ZodType<Config>;
  /** A working configuration, shown in docs and `--help`, and validated by the source's tests. */
  exampleConfig: Config;
}

/** Everything a source's steps may use. The caller owns each piece and its lifetime. */
export interface SourceContext<Config> {
  config: Config;
  /** What the previous run returned as `state` (opaque JSON), `null` on the first run. */
  state: unknown;
  http: HttpClient;
  logger: Logger;
  /** A shared headless browser, launched on first call (browser sources only). */
  browser(): Promise<Browser>;
  /** The budget for paid requests, made on first call (sources that pay per request: PACER). */
  budget(request: BudgetRequest): Promise<Budget>;
  signal: AbortSignal;
}

export interface BudgetRequest {
  /** Count what other sources brought for this source's case after this instant (ISO; `null`: ever). */
  since: string | null;
  /** The source's own monthly cap (USD); the installation's budget applies when lower. */
  capUsd?: number | undefined;
}

/** What a paid request (a PACER docket report) cost, from the receipt at its foot. */
export interface Receipt {
  pages: number | null;
  cents: number;
  text: string | null;
}

/** The month's budget for paid requests, and whether there is anything new worth paying for. */
export interface Budget {
  /** When another source last brought something new for the case (ISO), `null` if never since `since`. */
  changedAt: string | null;
  /** Entries other sources brought since `since`: drives the page estimate. */
  newEntries: number;
  monthlyBudgetCents: number;
  /** Reserve the worst case against the budget (throws `BudgetExceededError`); returns the reservation. */
  reserve(estimatedCents: number): Promise<number>;
  /** Replace a reservation with what the receipt says was charged. */
  settle(reservation: number, receipt: Receipt): Promise<void>;
}

/** A message pushed to docketwatch (mail by SMTP, a file given by hand), for a source that `receive`s. */
export interface InboundMessage {
  body: Uint8Array;
  /** Where it came from: `smtp:SENDER:SESSION`, a file's path. */
  origin: string;
}

/** One fetched document, as raw bytes plus what is needed to parse it later. */
export interface RawDocument {
  url: string;
  finalUrl: string;
  contentType: string | null;
  body: Uint8Array;
  /** ISO-8601 instant. */
  fetchedAt: string;
}

export type FetchOutcome =
  /** Something new: parse each document. `state` replaces the saved state. */
  | { kind: 'fetched'; documents: RawDocument[]; state: unknown }
  /** Nothing changed since last time (304, same `lastBuildDate`): no parsing, no ingest. */
  | { kind: 'not-modified'; state: unknown };

/** The docket model as a source yields it, with what the source could see and the texts it read. */
export interface SourceParseResult extends ParseResult {
  coverage: Coverage;
  /** Texts of entries of the result's one case (empty when the source reads none). */
  texts: EntryText[];
}

export type { Coverage, EntryText };

/**
 * A source has one door or both: `fetch` (polled on its schedule) and `receive` (a message pushed
 * to docketwatch). Either way `parse` turns the raw document into typed facts, of one of `kinds`.
 */
export interface DocketSource<Config = unknown> extends SourceMetadata<Config> {
  /** Polled sources: get what is new since `ctx.state`. Absent: the source is never polled. */
  fetch?(ctx: SourceContext<Config>): Promise<FetchOutcome>;
  /** Inbound sources: check a pushed message and make it the document to parse. */
  receive?(message: InboundMessage, config: Config): RawDocument;
  parse(raw: RawDocument, config: Config): SourceParseResult;
}

/** What a source's folder writes: everything a `DocketSource` says, but for what most sources leave to the defaults. */
export type SourceDefinition<Config> = Omit<DocketSource<Config>, 'maintainers' | 'needsBrowser'> &
  Partial<Pick<DocketSource<Config>, 'maintainers' | 'needsBrowser'>>;

/**
 * Define a source with its config type checked against its schema and example. Unless it says
 * otherwise, the docketwatch maintainers answer for it and it needs no browser.
 */
export function defineSource<Config>(source: SourceDefinition<Config>): DocketSource<Config> {
  return { maintainers: ['docketwatch maintainers'], needsBrowser: false, ...source };
}

/** The document a fetched HTTP response is. */
export function responseDocument(res: HttpResponse): RawDocument {
  return {
    url: res.url,
    finalUrl: res.finalUrl,
    contentType: res.contentType,
    body: res.body,
    fetchedAt: new Date().toISOString(),
  };
}

/**
 * GET `url` with the validators saved last time, so an unchanged page is a cheap 304
 * (`notModified`); the answer's `etag`/`lastModified` are what to save next.
 */
export function fetchIfChanged<C>(
  ctx: SourceContext<C>,
  url: string,
  previous: Validators,
  options: { accept: string[]; limits: HostLimits; robots?: boolean },
): Promise<HttpResult> {
  return ctx.http.get(url, {
    ...options,
    etag: previous.etag,
    lastModified: previous.lastModified,
    signal: ctx.signal,
  });
}
