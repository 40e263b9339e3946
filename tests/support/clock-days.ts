/**
 * What only the clock changes, told on its own court day, for any replayed case: after each round of
 * the worker, `ClockRounds` keeps the court's day and the newest event by then; `lateClockEvents`
 * then reads every event the clock made (a deadline due, passed, a recurring filing missing, a stay
 * ending soon or expired, an injunction expired) and lists each one told after the day it falls on
 * — the day after a last day or a due day, a stay's 7, 2 or 0 days before its last day — unless the
 * round that told it also brought news of its record (an order setting a day already past, a stay
 * granted with fewer days left than a warning), or its record was on hold before (a duty suspended
 * pending appeal is told when the hold ends): told then, as a live worker would.
 */
import { DateTime } from 'luxon';
import type { Store } from '../../db/index.ts';
import { findCourt } from '../../src/courts.ts';
import type { ReplayCourt } from '../../src/demo/server.ts';
import type { Daemon } from '../../src/worker/daemon.ts';

/** The events only the passing of time makes (`advanceDeadlines`). */
export const CLOCK_TYPES = [
  'deadline.due',
  'deadline.passed',
  'deadline.missing',
  'stay.expiring',
  'stay.expired',
  'injunction.expired',
] as const;

export interface ClockRound {
  /** The court's day when the round ended. */
  day: string;
  /** The newest event id by then. */
  lastEvent: number;
}

export interface LateClockEvent {
  type: string;
  record: string | null;
  /** The day the clock makes it. */
  due: string;
  /** The court day of the round that told it. */
  told: string;
  message: string;
}

/** Collects a round after each of the worker's rounds: pass `onCycle` to `runDemo`. */
export class ClockRounds {
  readonly rounds: ClockRound[] = [];
  readonly #zone: string;

  constructor(caseKey: string) {
    this.#zone = findCourt(caseKey.split(':')[0]!)!.tz;
  }

  readonly onCycle = async ({ court, daemon }: { court: ReplayCourt; daemon: Daemon }): Promise<void> => {
    const last = await daemon.store.db
      .selectFrom('events')
      .select((eb) => eb.fn.max('id').as('id'))
      .executeTakeFirst();
    this.rounds.push({
      day: DateTime.fromMillis(court.clock.nowMs(), { zone: this.#zone }).toISODate()!,
      lastEvent: Number(last?.id ?? 0),
    });
  };
}

/** The day the clock makes a clock event, read from its payload; `null` when it does not say. */
export function clockDay(type: string, p: Record<string, unknown>): string | null {
  const day = (key: string, plus: number) =>
    typeof p[key] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(p[key] as string)
      ? DateTime.fromISO(p[key] as string)
          .plus({ days: plus })
          .toISODate()
      : null;
  switch (type) {
    case 'deadline.due':
      return day('due', 0);
    case 'deadline.passed':
    case 'deadline.missing':
      return day('due', 1);
    case 'stay.expiring':
      return typeof p.threshold === 'number' ? day('expires', -p.threshold) : null;
    case 'stay.expired':
      return day('expires', 1);
    case 'injunction.expired':
      return day('until', 1);
    default:
      return null;
  }
}

/** The clock's events of `caseKey` told after their day, in a round that brought nothing about their record. */
export async function lateClockEvents(
  store: Pick<Store, 'db'>,
  caseKey: string,
  rounds: readonly ClockRound[],
): Promise<LateClockEvent[]> {
  const [court, ...docket] = caseKey.split(':');
  const c = await store.db
    .selectFrom('cases')
    .select('id')
    .where('court_id', '=', court!)
    .where('docket_number', '=', docket.join(':'))
    .executeTakeFirstOrThrow();
  const events = (
    await store.db
      .selectFrom('events')
      .select(['id', 'type', 'payload'])
      .where('case_id', '=', c.id)
      .orderBy('id')
      .execute()
  ).map((e) => ({ id: Number(e.id), type: e.type, p: JSON.parse(e.payload) as Record<string, unknown> }));
  const clock = new Set<string>(CLOCK_TYPES);
  const late: LateClockEvent[] = [];
  for (const e of events) {
    const due = clock.has(e.type) ? clockDay(e.type, e.p) : null;
    const k = rounds.findIndex((r) => r.lastEvent >= e.id);
    if (due === null || k < 0) continue;
    const told = rounds[k]!.day;
    if (told <= due) continue;
    const from = k === 0 ? 0 : rounds[k - 1]!.lastEvent;
    const record = typeof e.p.record === 'string' ? e.p.record : null;
    const newsOfRecord = events.some(
      (o) => o.id > from && o.id <= rounds[k]!.lastEvent && !clock.has(o.type) && o.p.record === record,
    );
    // A duty on hold (its paragraph stayed pending appeal, its reporting suspended) is not due while
    // the hold lasts: its day can only be told when the hold ends, whenever that is.
    const wasHeld = events.some(
      (o) => o.id < e.id && o.type === 'deadline.suspended' && o.p.record === record,
    );
    if (k === 0 || newsOfRecord || wasHeld) continue;
    late.push({ type: e.type, record, due, told, message: String(e.p.message ?? '') });
  }
  return late;
}
