/**
 * The replay's clock: which court instant it is now.
 *
 * - `speed: N` runs court time N times faster than real time from the start instant (N court
 *   seconds per real second).
 * - `speed: 'max'` stands still until `advance()` is called, which jumps straight to the next
 *   publication. The caller advances once the watcher has seen the previous one, so a whole
 *   history replays as fast as the worker can poll.
 *
 * `advance()` works at any speed (a test or an impatient demo skips the quiet days); time never
 * goes backwards.
 */
import { DateTime } from 'luxon';
import { ConfigError } from '../errors.ts';
import { courtInstant } from './history.ts';

export type ReplaySpeed = number | 'max';

/** 2017-06-15 09:00 in Detroit: the morning the Hamama petition was filed. */
export const DEFAULT_START = '2017-06-15T09:00';
/** The zone a clock keeps unless told otherwise: the Eastern District of Michigan's. */
export const DEFAULT_ZONE = 'America/Detroit';

export interface CourtClockOptions {
  /** A court date-time read in the court's zone (`2017-06-15T09:00`), or an instant. Default `DEFAULT_START`. */
  start?: string | Date;
  /** The court's IANA zone (for `start` and `describe()`). Default `DEFAULT_ZONE`. */
  zone?: string;
  speed?: ReplaySpeed;
  /** The instants at which something is published (epoch ms); `advance()` steps through them. */
  publications?: Iterable<number>;
  /** Real time source (epoch ms), for tests. */
  realNow?: () => number;
}

/** `"max"` or a positive number of court seconds per real second, as a command line gives it. */
export function parseSpeed(value: string | number): ReplaySpeed {
  if (value === 'max') return 'max';
  const n = typeof value === 'number' ? value : Number(value.trim());
  if (!Number.isFinite(n) || n <= 0 || (typeof value === 'string' && value.trim() === '')) {
    throw new ConfigError(
      `speed ${JSON.stringify(value)} is not valid: give "max" or a positive number of court seconds per real second`,
    );
  }
  return n;
}

export function parseCourtStart(value: string | Date, zone = DEFAULT_ZONE): number {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new ConfigError('the replay start is an invalid date');
    return value.getTime();
  }
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?$/.exec(value.trim());
  if (!m) {
    throw new ConfigError(`replay start "${value}" is not a court date-time such as 2017-06-15T09:00`);
  }
  try {
    return courtInstant(m[1]!, m[2] ?? '00:00', zone);
  } catch (err) {
    throw new ConfigError(`replay start "${value}" is not a valid court date and time`, { cause: err });
  }
}

export class CourtClock {
  readonly speed: ReplaySpeed;
  readonly start: number;
  readonly zone: string;
  readonly #publications: number[];
  readonly #realNow: () => number;
  /** Court time at the anchor, and the real time the anchor was set. */
  #anchorCourt: number;
  #anchorReal: number;

  constructor(options: CourtClockOptions = {}) {
    this.speed = parseSpeed(options.speed ?? 'max');
    this.zone = options.zone ?? DEFAULT_ZONE;
    this.start = parseCourtStart(options.start ?? DEFAULT_START, this.zone);
    this.#publications = [...new Set(options.publications ?? [])].sort((a, b) => a - b);
    this.#realNow = options.realNow ?? Date.now;
    this.#anchorCourt = this.start;
    this.#anchorReal = this.#realNow();
  }

  /** The court instant now, epoch ms. */
  nowMs(): number {
    if (this.speed === 'max') return this.#anchorCourt;
    return this.#anchorCourt + (this.#realNow() - this.#anchorReal) * this.speed;
  }

  now(): Date {
    return new Date(this.nowMs());
  }

  /** Court time as the court would print it (`2017-06-22 19:55 EDT`). */
  describe(): string {
    return DateTime.fromMillis(this.nowMs(), { zone: this.zone }).toFormat('yyyy-LL-dd HH:mm ZZZZ');
  }

  /** The next publication after now, or `null` when everything has been published. */
  next(): Date | null {
    const now = this.nowMs();
    const t = this.#publications.find((p) => p > now);
    return t === undefined ? null : new Date(t);
  }

  /** True once the last publication is out. */
  get done(): boolean {
    return this.next() === null;
  }

  /** How many publications are out by now, of how many. */
  progress(): { published: number; total: number } {
    const now = this.nowMs();
    return {
      published: this.#publications.filter((p) => p <= now).length,
      total: this.#publications.length,
    };
  }

  /** Jump to the next publication; returns it, or `null` (and stays put) when none is left. */
  advance(): Date | null {
    const next = this.next();
    if (next) this.advanceTo(next);
    return next;
  }

  /** Move court time forward to `instant` (never backwards); at a numeric speed it runs on from there. */
  advanceTo(instant: Date | number): void {
    const t = typeof instant === 'number' ? instant : instant.getTime();
    if (t <= this.nowMs()) return;
    this.#anchorCourt = t;
    this.#anchorReal = this.#realNow();
  }
}
