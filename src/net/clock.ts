/**
 * Time, injectable: backoff and rate-limit tests pass a fake clock so that a two-minute
 * `Retry-After` takes no real time. Timeouts on sockets use real timers (they guard real I/O).
 */
export interface Clock {
  now(): number;
  /** Resolves after `ms`; rejects with the signal's reason when it aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};

/** A clock for tests: `sleep` advances `now` at once and records each wait. */
export class FakeClock implements Clock {
  #now: number;
  readonly sleeps: number[] = [];
  constructor(start = Date.UTC(2024, 0, 2, 12, 0, 0)) {
    this.#now = start;
  }
  now(): number {
    return this.#now;
  }
  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) throw signal.reason;
    this.sleeps.push(ms);
    this.#now += Math.max(0, ms);
  }
}
