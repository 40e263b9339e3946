/**
 * The one place that decides whether a failed fetch is tried again, and after how long.
 * Everything else throws typed errors (`src/errors.ts`) and asks `retryDecision`.
 */
import { NonRetryableError, RetryableError, ThrottledError } from '../errors.ts';

export interface RetryPolicy {
  /** Attempts in all, the first included (so 4 = one try and three retries). */
  maxAttempts: number;
  /** Backoff before the first retry; doubles each retry. */
  baseDelayMs: number;
  /** No backoff is longer than this. */
  maxDelayMs: number;
  /** Throttle waits (429) do not count as attempts, but there are at most this many per request. */
  maxThrottleWaits: number;
  /** A server asking us to wait longer than this is not waited for: the error goes to the caller. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 1_000,
  maxDelayMs: 60_000,
  maxThrottleWaits: 5,
  maxRetryAfterMs: 10 * 60_000,
};

export type RetryDecision =
  | { retry: false }
  /** `countsAsAttempt: false` for throttling: waiting for a 429 is not a failure of ours. */
  | { retry: true; delayMs: number; countsAsAttempt: boolean };

export interface RetryState {
  /** Attempts made so far (failed ones included). */
  attempts: number;
  throttleWaits: number;
}

/**
 * Retry or not, and how long to wait. Non-retryable errors (4xx other than 408/429, robots,
 * too large, layout changed, wrong type) and unknown errors (our bugs) are never retried.
 * `random` is injectable so tests can pin the jitter.
 */
export function retryDecision(
  error: unknown,
  state: RetryState,
  policy: RetryPolicy,
  random: () => number = Math.random,
): RetryDecision {
  if (error instanceof NonRetryableError) return { retry: false };
  if (error instanceof ThrottledError) {
    if (state.throttleWaits >= policy.maxThrottleWaits) return { retry: false };
    const wait = error.retryAfterMs ?? backoffDelay(state.throttleWaits, policy, random);
    if (wait > policy.maxRetryAfterMs) return { retry: false };
    return { retry: true, delayMs: wait, countsAsAttempt: false };
  }
  if (error instanceof RetryableError) {
    if (state.attempts >= policy.maxAttempts) return { retry: false };
    const backoff = backoffDelay(state.attempts - 1, policy, random);
    const asked = error.retryAfterMs ?? 0;
    if (asked > policy.maxRetryAfterMs) return { retry: false };
    return { retry: true, delayMs: Math.max(backoff, asked), countsAsAttempt: true };
  }
  return { retry: false };
}

/**
 * "Equal jitter" exponential backoff: half of the capped exponential step is fixed, half random,
 * so retries from many workers spread out but never collapse to zero. The one backoff: fetching,
 * sending mail and the outbox all wait by it (`retryIndex` 0 before the first retry).
 */
export function backoffDelay(
  retryIndex: number,
  policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs'>,
  random: () => number = Math.random,
): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retryIndex));
  return Math.round(step / 2 + (step / 2) * random());
}

/**
 * `Retry-After` as milliseconds from `now`: either delay-seconds or an HTTP date. `null` when
 * absent or unreadable; a date in the past is 0.
 */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (value === null) return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  if (!/[a-z]/i.test(v)) return null;
  const at = Date.parse(v);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now);
}
