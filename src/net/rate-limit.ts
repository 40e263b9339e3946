/**
 * Per-host politeness: requests to one host start at least `interval` apart, in arrival order
 * (one queue per host). A 429 or `Crawl-delay` pushes the host's next slot out for every
 * request queued behind it, not only the one that was refused.
 */
import type { Clock } from './clock.ts';

export interface HostLimits {
  /** Minimum time between the starts of two requests to the host. */
  minIntervalMs?: number;
  requestsPerMinute?: number;
}

export class HostRateLimiter {
  readonly #clock: Clock;
  readonly #defaults: HostLimits;
  readonly #limits = new Map<string, HostLimits>();
  readonly #nextSlot = new Map<string, number>();
  readonly #queueTail = new Map<string, Promise<void>>();

  constructor(clock: Clock, defaults: HostLimits = {}, perHost: Record<string, HostLimits> = {}) {
    this.#clock = clock;
    this.#defaults = defaults;
    for (const [host, limits] of Object.entries(perHost)) this.#limits.set(host.toLowerCase(), limits);
  }

  /** Set a host's limits (a source's politeness settings); the stricter of old and new applies. */
  tighten(host: string, limits: HostLimits): void {
    const key = host.toLowerCase();
    const old = this.#limits.get(key) ?? this.#defaults;
    this.#limits.set(key, {
      minIntervalMs: Math.max(old.minIntervalMs ?? 0, limits.minIntervalMs ?? 0),
      requestsPerMinute: minDefined(old.requestsPerMinute, limits.requestsPerMinute),
    });
  }

  intervalMs(host: string): number {
    const l = this.#limits.get(host.toLowerCase()) ?? this.#defaults;
    const perMinute = l.requestsPerMinute && l.requestsPerMinute > 0 ? 60_000 / l.requestsPerMinute : 0;
    return Math.max(l.minIntervalMs ?? 0, perMinute);
  }

  /** Wait for this host's next slot, behind everyone already waiting for it. */
  async acquire(host: string, signal?: AbortSignal): Promise<void> {
    const key = host.toLowerCase();
    const ahead = this.#queueTail.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => {
      release = resolve;
    });
    this.#queueTail.set(key, mine);
    try {
      await ahead;
      const wait = (this.#nextSlot.get(key) ?? 0) - this.#clock.now();
      if (wait > 0) await this.#clock.sleep(wait, signal);
      this.#nextSlot.set(key, this.#clock.now() + this.intervalMs(key));
    } finally {
      release();
      if (this.#queueTail.get(key) === mine) this.#queueTail.delete(key);
    }
  }

  /** No request to `host` starts before `at` (epoch ms): the server asked us to wait. */
  holdUntil(host: string, at: number): void {
    const key = host.toLowerCase();
    this.#nextSlot.set(key, Math.max(this.#nextSlot.get(key) ?? 0, at));
  }
}

function minDefined(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.min(a, b);
}
