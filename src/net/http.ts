/**
 * The one HTTP client every source uses. Each request: robots.txt (when asked), the host's rate
 * limit, a headers timeout and a whole-body timeout, a size cap enforced while streaming,
 * conditional GET, redirects followed by hand (counted, loops refused), statuses and content
 * types turned into typed errors, and retries decided by `retryDecision`.
 *
 * Credentials (`Authorization`, `Cookie`, `Proxy-Authorization` headers) are sent only over https
 * (or to a loopback address, for tests) and only to the origin asked for: a redirect to another
 * origin is followed without them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import {
  BlockedError,
  DocketwatchError,
  NonRetryableError,
  ResponseTooLargeError,
  RetryableError,
  ThrottledError,
  TimeoutError,
} from '../errors.ts';
import { type Logger, silentLogger } from '../log.ts';
import { type Clock, systemClock } from './clock.ts';
import { type HostLimits, HostRateLimiter } from './rate-limit.ts';
import { DEFAULT_RETRY_POLICY, parseRetryAfter, type RetryPolicy, retryDecision } from './retry.ts';
import { ALLOW_ALL, parseRobots, type RobotsPolicy } from './robots.ts';

/** Our product token in robots.txt and the User-Agent. */
export const AGENT_TOKEN = 'docketwatch';
export const PROJECT_URL = 'https://github.com/docketwatch/docketwatch';
export const VERSION: string = packageVersion();

/** The version in package.json: two folders up from the sources, three from the build in `dist/`. */
function packageVersion(): string {
  const sources = new URL('../../package.json', import.meta.url);
  const file = existsSync(sources) ? sources : new URL('../../../package.json', import.meta.url);
  return JSON.parse(readFileSync(file, 'utf8')).version;
}

/** `docketwatch/0.1.0 (+https://github.com/…; contact: ops@example.org)`; no contact part when none is configured. */
export function buildUserAgent(contact: string | null, version = VERSION, projectUrl = PROJECT_URL): string {
  return `${AGENT_TOKEN}/${version} (+${projectUrl}${contact ? `; contact: ${contact}` : ''})`;
}

export interface HttpClientOptions {
  /** Replaces the whole User-Agent; normally leave it and set `contact`. */
  userAgent?: string;
  /** Who a site operator can write to; default `DOCKETWATCH_CONTACT` from the environment. */
  contact?: string | null;
  /** Connect and response headers (default 30 s). */
  headersTimeoutMs?: number;
  /** The whole body, from headers to last byte (default 120 s): a slow drip ends here. */
  bodyTimeoutMs?: number;
  /** Bodies over this are aborted while streaming (default 16 MiB). */
  maxBytes?: number;
  maxRedirects?: number;
  retry?: Partial<RetryPolicy>;
  /** Default limits for any host (default one request per second), and per-host overrides. */
  hostLimits?: HostLimits;
  hosts?: Record<string, HostLimits>;
  /** How long a fetched robots.txt is trusted (default 24 h). */
  robotsTtlMs?: number;
  clock?: Clock;
  random?: () => number;
  logger?: Logger;
}

export interface RequestOptions {
  /** Validators from the last response: sent as `If-None-Match` / `If-Modified-Since`. */
  etag?: string | null;
  lastModified?: string | null;
  /** Media types accepted (`text/html`, `application/*`); anything else is a `ECONTENTTYPE` error. */
  accept?: string[];
  /** Check robots.txt before fetching (generic web pages: yes; court feeds and APIs: no). */
  robots?: boolean;
  maxBytes?: number;
  headersTimeoutMs?: number;
  bodyTimeoutMs?: number;
  headers?: Record<string, string>;
  /** The source's politeness for this host; the stricter of these and the client's limits applies. */
  limits?: HostLimits;
  signal?: AbortSignal;
}

export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export interface HttpResponse extends Validators {
  notModified: false;
  url: string;
  /** After redirects. */
  finalUrl: string;
  status: number;
  contentType: string | null;
  headers: Headers;
  body: Uint8Array;
  /** Attempts made, throttle waits not counted. */
  attempts: number;
}

export interface NotModified extends Validators {
  notModified: true;
  url: string;
  finalUrl: string;
  status: 304;
  attempts: number;
}

export type HttpResult = HttpResponse | NotModified;
type Outcome = Omit<HttpResponse, 'attempts'> | Omit<NotModified, 'attempts'>;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const CREDENTIAL_HEADERS = new Set(['authorization', 'cookie', 'proxy-authorization']);

/** `localhost`, `127.0.0.0/8`, `::1`: a request that never leaves the machine. */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

/**
 * Refuse (`EINSECURE`) to send `what` (a token, a password, a session cookie) to `url` unless it is
 * https or a loopback address. Every path that sends a credential calls this first.
 */
export function requireSecureTransport(url: string | URL, what: string): void {
  const u = typeof url === 'string' ? new URL(url) : url;
  if (u.protocol === 'https:' || (u.protocol === 'http:' && isLoopbackHost(u.hostname))) return;
  throw new NonRetryableError(
    `${what} is sent only over https: refusing ${u.origin} (use an https:// address)`,
    { code: 'EINSECURE' },
  );
}

/** A config field for a site docketwatch sends credentials to: https (http only for loopback). */
export const credentialedUrl = z
  .url({ protocol: /^https?$/ })
  .refine(
    (u) => new URL(u).protocol === 'https:' || isLoopbackHost(new URL(u).hostname),
    'must be an https:// address (credentials are sent to it)',
  );

function hasCredentials(headers: Record<string, string> | undefined): boolean {
  return Object.keys(headers ?? {}).some((h) => CREDENTIAL_HEADERS.has(h.toLowerCase()));
}

function withoutCredentials(headers: Record<string, string> | undefined): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers ?? {}).filter(([h]) => !CREDENTIAL_HEADERS.has(h.toLowerCase())),
  );
}

export class HttpClient {
  readonly userAgent: string;
  readonly limiter: HostRateLimiter;
  readonly #clock: Clock;
  readonly #random: () => number;
  readonly #logger: Logger;
  readonly #policy: RetryPolicy;
  readonly #headersTimeoutMs: number;
  readonly #bodyTimeoutMs: number;
  readonly #maxBytes: number;
  readonly #maxRedirects: number;
  readonly #robotsTtlMs: number;
  readonly #robots = new Map<string, { policy: RobotsPolicy; expires: number }>();

  constructor(options: HttpClientOptions = {}) {
    this.userAgent =
      options.userAgent ?? buildUserAgent(options.contact ?? process.env.DOCKETWATCH_CONTACT ?? null);
    this.#clock = options.clock ?? systemClock;
    this.#random = options.random ?? Math.random;
    this.#logger = options.logger ?? silentLogger;
    this.#policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.#headersTimeoutMs = options.headersTimeoutMs ?? 30_000;
    this.#bodyTimeoutMs = options.bodyTimeoutMs ?? 120_000;
    this.#maxBytes = options.maxBytes ?? 16 * 1024 * 1024;
    this.#maxRedirects = options.maxRedirects ?? 5;
    this.#robotsTtlMs = options.robotsTtlMs ?? 24 * 3600_000;
    this.limiter = new HostRateLimiter(
      this.#clock,
      options.hostLimits ?? { minIntervalMs: 1_000 },
      options.hosts,
    );
  }

  /** GET `url`, retrying as `retryDecision` says. Throws only `DocketwatchError`s (or the caller's abort reason). */
  async get(url: string, options: RequestOptions = {}): Promise<HttpResult> {
    const target = parseHttpUrl(url);
    if (hasCredentials(options.headers))
      requireSecureTransport(target, 'a credential (Authorization or cookie)');
    if (options.limits) this.limiter.tighten(target.host, options.limits);
    if (options.robots) await this.checkRobots(target.href, options.signal);
    const state = { attempts: 0, throttleWaits: 0 };
    for (;;) {
      state.attempts++;
      try {
        const result = await this.#followRedirects(target.href, options);
        return { ...result, attempts: state.attempts };
      } catch (err) {
        const error =
          err instanceof DocketwatchError ? err : this.#classify(err, target.href, options.signal);
        if (!(error instanceof DocketwatchError)) throw error;
        const decision = retryDecision(error, state, this.#policy, this.#random);
        if (!decision.retry) throw error;
        this.#logger.warn(
          { url: target.href, code: error.code, attempt: state.attempts, delayMs: decision.delayMs },
          `fetch failed (${error.message}); trying again`,
        );
        if (decision.countsAsAttempt) {
          await this.#clock.sleep(decision.delayMs, options.signal);
        } else {
          state.attempts--;
          state.throttleWaits++;
          this.limiter.holdUntil(target.host, this.#clock.now() + decision.delayMs);
        }
      }
    }
  }

  /** Throw `BlockedError` when robots.txt of `url`'s site disallows it for docketwatch. */
  async checkRobots(url: string, signal?: AbortSignal): Promise<void> {
    const target = parseHttpUrl(url);
    const policy = await this.#robotsFor(target.origin, signal);
    if (policy.crawlDelaySeconds !== null) {
      this.limiter.tighten(target.host, { minIntervalMs: policy.crawlDelaySeconds * 1000 });
    }
    if (!policy.isAllowed(target.pathname + target.search)) {
      throw new BlockedError(
        `${target.origin}/robots.txt does not allow ${AGENT_TOKEN} to fetch ${target.href}`,
      );
    }
  }

  async #robotsFor(origin: string, signal?: AbortSignal): Promise<RobotsPolicy> {
    const cached = this.#robots.get(origin);
    if (cached && cached.expires > this.#clock.now()) return cached.policy;
    let policy: RobotsPolicy;
    try {
      const res = await this.get(`${origin}/robots.txt`, { maxBytes: 512 * 1024, ...(signal && { signal }) });
      policy = res.notModified ? ALLOW_ALL : parseRobots(new TextDecoder().decode(res.body), AGENT_TOKEN);
    } catch (err) {
      // RFC 9309: a robots.txt that is "unavailable" (4xx) allows everything; one that is
      // "unreachable" (5xx, network) forbids crawling until it can be read.
      if (err instanceof NonRetryableError && err.status !== null && err.status < 500) policy = ALLOW_ALL;
      else if (err instanceof DocketwatchError) {
        throw new RetryableError(`${origin}/robots.txt could not be read, so the page was not fetched`, {
          cause: err,
        });
      } else throw err;
    }
    this.#robots.set(origin, { policy, expires: this.#clock.now() + this.#robotsTtlMs });
    return policy;
  }

  async #followRedirects(url: string, asked: RequestOptions): Promise<Outcome> {
    const visited = new Set<string>();
    const origin = new URL(url).origin;
    let options = asked;
    let current = url;
    for (let hop = 0; ; hop++) {
      const target = parseHttpUrl(current);
      await this.limiter.acquire(target.host, options.signal);
      // One controller for our timeouts and the caller's abort, which is forwarded to it
      // (`AbortSignal.any` for the two cost a poll of an unchanged page 3 % of its CPU on Node 20).
      const timeout = new AbortController();
      const signal = timeout.signal;
      const caller = options.signal;
      const forward = () => timeout.abort(caller?.reason);
      if (caller?.aborted) forward();
      else caller?.addEventListener('abort', forward, { once: true });
      const headersMs = options.headersTimeoutMs ?? this.#headersTimeoutMs;
      let timer = setTimeout(
        () => timeout.abort(new TimeoutError(`${current}: no response within ${headersMs} ms`, headersMs)),
        headersMs,
      );
      try {
        let res: Response;
        try {
          res = await fetch(current, { redirect: 'manual', headers: this.#headers(options), signal });
        } catch (err) {
          throw this.#classify(err, current, options.signal, timeout.signal);
        }
        clearTimeout(timer);
        if (REDIRECTS.has(res.status)) {
          await res.body?.cancel();
          const location = res.headers.get('location');
          if (!location)
            throw new NonRetryableError(`${current}: redirect (${res.status}) without a Location`);
          const next = new URL(location, current).href;
          visited.add(current);
          if (visited.has(next)) {
            throw new NonRetryableError(`${url}: redirect loop (${current} → ${next})`, {
              code: 'EREDIRECT',
            });
          }
          if (hop >= this.#maxRedirects) {
            throw new NonRetryableError(`${url}: more than ${this.#maxRedirects} redirects`, {
              code: 'EREDIRECT',
            });
          }
          // robots.txt speaks for each URL, so a redirect's target is checked too (its own site's
          // robots.txt when it leads to another host).
          if (options.robots) await this.checkRobots(next, options.signal);
          // Credentials are for the origin asked for: another origin gets the request without them.
          if (new URL(next).origin !== origin && hasCredentials(options.headers)) {
            options = { ...options, headers: withoutCredentials(options.headers) };
          }
          current = next;
          continue;
        }
        const bodyMs = options.bodyTimeoutMs ?? this.#bodyTimeoutMs;
        timer = setTimeout(
          () => timeout.abort(new TimeoutError(`${current}: body not complete within ${bodyMs} ms`, bodyMs)),
          bodyMs,
        );
        return await this.#finish(url, current, res, options, timeout.signal);
      } finally {
        clearTimeout(timer);
        caller?.removeEventListener('abort', forward);
      }
    }
  }

  #headers(options: RequestOptions): Record<string, string> {
    const headers: Record<string, string> = {
      'user-agent': this.userAgent,
      accept: options.accept?.length ? `${options.accept.join(', ')};q=1, */*;q=0.1` : '*/*',
      ...options.headers,
    };
    if (options.etag) headers['if-none-match'] = options.etag;
    if (options.lastModified) headers['if-modified-since'] = options.lastModified;
    return headers;
  }

  async #finish(
    url: string,
    finalUrl: string,
    res: Response,
    options: RequestOptions,
    timeoutSignal: AbortSignal,
  ): Promise<Outcome> {
    const validators = {
      etag: res.headers.get('etag') ?? options.etag ?? null,
      lastModified: res.headers.get('last-modified') ?? options.lastModified ?? null,
    };
    if (res.status === 304) {
      await res.body?.cancel();
      return { notModified: true, url, finalUrl, status: 304, ...validators };
    }
    if (res.status >= 400) {
      await res.body?.cancel();
      throw statusError(finalUrl, res, this.#clock.now());
    }
    const contentType = res.headers.get('content-type');
    if (options.accept?.length && contentType && !mediaTypeMatches(contentType, options.accept)) {
      await res.body?.cancel();
      throw new NonRetryableError(
        `${finalUrl}: expected ${options.accept.join(' or ')}, got ${contentType} (the site may be showing an error or block page)`,
        { code: 'ECONTENTTYPE', status: res.status },
      );
    }
    const maxBytes = options.maxBytes ?? this.#maxBytes;
    const declared = Number(res.headers.get('content-length') ?? Number.NaN);
    if (declared > maxBytes) {
      await res.body?.cancel();
      throw new ResponseTooLargeError(finalUrl, maxBytes);
    }
    let body: Uint8Array;
    try {
      body = await readCapped(res, maxBytes, finalUrl);
    } catch (err) {
      if (err instanceof DocketwatchError) throw err;
      throw this.#classify(err, finalUrl, options.signal, timeoutSignal);
    }
    const encoded = res.headers.get('content-encoding');
    if (Number.isFinite(declared) && !encoded && body.byteLength < declared) {
      throw new RetryableError(`${finalUrl}: body truncated (${body.byteLength} of ${declared} bytes)`);
    }
    return {
      notModified: false,
      url,
      finalUrl,
      status: res.status,
      contentType,
      headers: res.headers,
      body,
      ...validators,
    };
  }

  /** Anything fetch throws, as a typed error: our timeouts, the caller's abort (rethrown as is), network failures. */
  #classify(err: unknown, url: string, callerSignal?: AbortSignal, timeoutSignal?: AbortSignal): unknown {
    if (callerSignal?.aborted) return callerSignal.reason;
    if (timeoutSignal?.aborted && timeoutSignal.reason instanceof TimeoutError) return timeoutSignal.reason;
    if (err instanceof DocketwatchError) return err;
    const cause = (err as { cause?: { code?: string; message?: string } } | null)?.cause;
    const what = cause?.code ?? cause?.message ?? (err instanceof Error ? err.message : String(err));
    if (err instanceof TypeError && /terminated/i.test(err.message)) {
      return new RetryableError(`${url}: connection closed before the body was complete (${what})`, {
        cause: err,
      });
    }
    return new RetryableError(`${url}: request failed (${what})`, { cause: err });
  }
}

function parseHttpUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (cause) {
    throw new NonRetryableError(`not a URL: ${url}`, { cause, code: 'EURL' });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new NonRetryableError(`only http and https URLs can be fetched: ${url}`, { code: 'EURL' });
  }
  return parsed;
}

/** The typed error for an HTTP error status (also used for pages a browser loaded). */
export function statusError(
  url: string,
  res: { status: number; statusText?: string; headers: { get(name: string): string | null } },
  now: number,
): DocketwatchError {
  const status = res.status;
  const retryAfterMs = parseRetryAfter(res.headers.get('retry-after'), now);
  const what = `${url}: HTTP ${status}${res.statusText ? ` ${res.statusText}` : ''}`;
  if (status === 429) return new ThrottledError(`${what} (rate limited)`, { retryAfterMs });
  if (status === 408) return new RetryableError(what, { status });
  if (status === 403) return new BlockedError(`${what} (the site refuses us)`, { status });
  if (status >= 500) return new RetryableError(what, { status, retryAfterMs });
  return new NonRetryableError(what, { status, code: `EHTTP${status}` });
}

function mediaTypeMatches(contentType: string, accepted: string[]): boolean {
  const essence = contentType.split(';')[0]!.trim().toLowerCase();
  return accepted.some((a) => {
    const want = a.toLowerCase();
    return want.endsWith('/*') ? essence.startsWith(want.slice(0, -1)) : essence === want;
  });
}

/** Read the body, aborting as soon as it passes `maxBytes`: an oversized body is never held whole. */
async function readCapped(res: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  if (!res.body) return new Uint8Array(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new ResponseTooLargeError(url, maxBytes);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
