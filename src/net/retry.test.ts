import { describe, expect, it } from 'vitest';
import {
  BlockedError,
  LayoutChangedError,
  NonRetryableError,
  ResponseTooLargeError,
  RetryableError,
  ThrottledError,
  TimeoutError,
} from '../errors.ts';
import { FakeClock } from './clock.ts';
import { HostRateLimiter } from './rate-limit.ts';
import { DEFAULT_RETRY_POLICY, parseRetryAfter, retryDecision } from './retry.ts';

const policy = { ...DEFAULT_RETRY_POLICY, maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 1_000 };
const first = { attempts: 1, throttleWaits: 0 };

describe('retryDecision', () => {
  it('never retries non-retryable errors or unknown errors', () => {
    for (const err of [
      new NonRetryableError('404'),
      new BlockedError('robots'),
      new LayoutChangedError('no rows'),
      new ResponseTooLargeError('u', 10),
      new Error('a bug of ours'),
    ]) {
      expect(retryDecision(err, first, policy)).toEqual({ retry: false });
    }
  });

  it('retries retryable errors and timeouts until maxAttempts, with capped jittered backoff', () => {
    expect(retryDecision(new TimeoutError('t', 5), first, policy, () => 0)).toEqual({
      retry: true,
      delayMs: 50,
      countsAsAttempt: true,
    });
    expect(
      retryDecision(new RetryableError('500'), { attempts: 2, throttleWaits: 0 }, policy, () => 1),
    ).toEqual({ retry: true, delayMs: 200, countsAsAttempt: true });
    const late = retryDecision(
      new RetryableError('500'),
      { attempts: 9, throttleWaits: 0 },
      {
        ...policy,
        maxAttempts: 20,
      },
      () => 1,
    );
    expect(late).toEqual({ retry: true, delayMs: 1_000, countsAsAttempt: true });
    expect(retryDecision(new RetryableError('500'), { attempts: 3, throttleWaits: 0 }, policy)).toEqual({
      retry: false,
    });
  });

  it('spreads retries: different random draws give different delays within [step/2, step]', () => {
    const delays = [0, 0.25, 0.99].map((r) => {
      const d = retryDecision(new RetryableError('x'), { attempts: 2, throttleWaits: 0 }, policy, () => r);
      return d.retry ? d.delayMs : -1;
    });
    expect(new Set(delays).size).toBe(3);
    for (const d of delays) expect(d >= 100 && d <= 200).toBe(true);
  });

  it('waits out throttling without counting an attempt, up to maxThrottleWaits', () => {
    const err = new ThrottledError('429', { retryAfterMs: 5_000 });
    expect(retryDecision(err, { attempts: 3, throttleWaits: 0 }, policy)).toEqual({
      retry: true,
      delayMs: 5_000,
      countsAsAttempt: false,
    });
    expect(retryDecision(err, { attempts: 1, throttleWaits: policy.maxThrottleWaits }, policy)).toEqual({
      retry: false,
    });
  });
});

describe('parseRetryAfter', () => {
  const now = Date.UTC(2024, 0, 2, 12, 0, 0);
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Tue, 02 Jan 2024 12:00:45 GMT', now)).toBe(45_000);
    expect(parseRetryAfter('Tue, 02 Jan 2024 11:00:00 GMT', now)).toBe(0);
  });
  it('gives null for absent or unreadable values', () => {
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter('-5', now)).toBeNull();
  });
});

describe('HostRateLimiter', () => {
  it('spaces requests to one host and leaves other hosts alone', async () => {
    const clock = new FakeClock(0);
    const limiter = new HostRateLimiter(clock, { requestsPerMinute: 30 });
    await Promise.all(['a', 'a', 'b', 'a'].map((host) => limiter.acquire(`${host}.example`)));
    expect(clock.sleeps).toEqual([2000, 2000]); // the second and third request to a waited; b never did
    const starts: string[] = [];
    for (const host of ['a', 'b', 'a']) {
      await limiter.acquire(`${host}.example`);
      starts.push(`${host}@${clock.now()}`);
    }
    expect(starts).toEqual(['a@6000', 'b@6000', 'a@8000']);
  });

  it('holds a host after a 429 and takes the stricter of two limits', async () => {
    const clock = new FakeClock(0);
    const limiter = new HostRateLimiter(clock, { minIntervalMs: 100 });
    limiter.tighten('court.example', { minIntervalMs: 5_000 });
    limiter.tighten('court.example', { minIntervalMs: 1_000, requestsPerMinute: 6 });
    expect(limiter.intervalMs('court.example')).toBe(10_000);
    limiter.tighten('lax.example', { requestsPerMinute: 6000 }); // laxer than the client default
    expect(limiter.intervalMs('lax.example')).toBe(100);
    limiter.holdUntil('other.example', 60_000);
    await limiter.acquire('other.example');
    expect(clock.now()).toBe(60_000);
  });
});
