/**
 * Typed errors. Every error docketwatch raises on purpose is a `DocketwatchError` with a stable
 * `code` that callers branch on and a message a person understands. Wrappers keep `{ cause }`.
 */
export class DocketwatchError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** Input that cannot be read as what it claims to be (empty, binary, truncated, hostile). */
export class InputError extends DocketwatchError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('EINPUT', message, options);
  }
}

/** Input larger than the configured limit. */
export class InputTooLargeError extends DocketwatchError {
  readonly limit: number;
  readonly size: number;
  constructor(size: number, limit: number) {
    super('ETOOLARGE', `input is ${formatBytes(size)}, over the ${formatBytes(limit)} limit`);
    this.size = size;
    this.limit = limit;
  }
}

/**
 * The thread a large document was being parsed on ended before it answered (out of memory, a
 * crash, over its time limit). Nothing was read from the document; the next parse gets a new thread.
 */
export class ParseThreadError extends DocketwatchError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('EPARSETHREAD', message, options);
  }
}

/** Configuration that is missing or wrong; the message says what and where. */
export class ConfigError extends DocketwatchError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('ECONFIG', message, options);
  }
}

/**
 * A server that cannot listen because of its address or port (taken, not allowed, not ours) is a
 * configuration problem: that error says `what` could not listen; any other error is returned as is.
 */
export function listenError(err: unknown, what: string): unknown {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
    return new ConfigError(`cannot listen ${what}: ${(err as Error).message}`, { cause: err });
  }
  return err;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

/**
 * Fetch and source errors. The class says what a caller may do next; `retryDecision` in
 * `src/net/retry.ts` is the one place that turns the class into "retry, wait, or give up".
 */

/** A transient failure (5xx, connection reset, truncated body, timeout): worth another attempt. */
export class RetryableError extends DocketwatchError {
  readonly status: number | null;
  /** Milliseconds the server asked us to wait (`Retry-After` on a 503), when it said. */
  readonly retryAfterMs: number | null;
  constructor(
    message: string,
    options?: { cause?: unknown; status?: number | null; retryAfterMs?: number | null; code?: string },
  ) {
    super(options?.code ?? 'ERETRYABLE', message, options);
    this.status = options?.status ?? null;
    this.retryAfterMs = options?.retryAfterMs ?? null;
  }
}

/** The request or the response will not get better by asking again (4xx, wrong type, redirect loop). */
export class NonRetryableError extends DocketwatchError {
  readonly status: number | null;
  constructor(message: string, options?: { cause?: unknown; status?: number | null; code?: string }) {
    super(options?.code ?? 'ENONRETRYABLE', message, options);
    this.status = options?.status ?? null;
  }
}

/** The server said "slow down" (429): wait as long as it asks; the wait costs no retry. */
export class ThrottledError extends DocketwatchError {
  readonly retryAfterMs: number | null;
  constructor(message: string, options?: { cause?: unknown; retryAfterMs?: number | null }) {
    super('ETHROTTLED', message, options);
    this.retryAfterMs = options?.retryAfterMs ?? null;
  }
}

/** We may not fetch this (robots.txt disallows it, or the server answered 403). */
export class BlockedError extends NonRetryableError {
  constructor(message: string, options?: { cause?: unknown; status?: number | null }) {
    super(message, { ...options, code: 'EBLOCKED' });
  }
}

/**
 * The source answered, but its page no longer looks the way the parser expects (selectors match
 * nothing, a page that yielded entries now yields none). Never read as "entries removed".
 */
export class LayoutChangedError extends NonRetryableError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, { ...options, code: 'ELAYOUT' });
  }
}

/** A response body over the size cap; the download was aborted at the cap. */
export class ResponseTooLargeError extends NonRetryableError {
  readonly limit: number;
  constructor(url: string, limit: number, options?: { cause?: unknown }) {
    super(`${url}: response is over the ${formatBytes(limit)} limit; download aborted`, {
      ...options,
      code: 'ETOOLARGE',
    });
    this.limit = limit;
  }
}

/** No answer (or no whole body) within the time allowed. */
export class TimeoutError extends RetryableError {
  readonly timeoutMs: number;
  constructor(message: string, timeoutMs: number, options?: { cause?: unknown }) {
    super(message, { ...options, code: 'ETIMEOUT' });
    this.timeoutMs = timeoutMs;
  }
}
