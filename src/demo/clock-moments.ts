/**
 * When the worker's clock next changes something in a replayed store: the instant a replay at
 * `--speed max` moves the court to when it comes before the next publication, so that what only
 * time does is told on its own court day, as a live worker tells it, and not on the day of the next
 * entry (weeks later, in a quiet spell).
 *
 * Two jobs act on time alone (schedules/):
 * - the deadline clock (`deadlines`, just after midnight): as of the court's day it tells a deadline
 *   due that day, a deadline or a recurring filing's occurrence passed (missing) the day after it,
 *   a stay ending in 7, 2 or 0 days, a stay or an injunction expired the day after its last day, an
 *   injunction the court stayed for a time in force again the day after (`advanceDeadlines`). Those
 *   days are read from the records as the clock reads them (`caseRecordsAsOf`: `due`, the
 *   occurrences of a recurring duty) and, for an injunction on hold for a time, from its
 *   `injunction.stayed` event (`heldUntil`);
 * - the digests (`digests`): each daily or weekly subscriber's digest at its local hour, which is
 *   news only while events past its cursor (`digest_after_event`) wait in its case or its appeals.
 *
 * A day is a moment only when something falls on it, so a quiet year stays a handful of rounds.
 */

import type { Kysely } from 'kysely';
import { DateTime } from 'luxon';
import type { Store } from '../../db/index.ts';
import type { Database } from '../../db/schema.ts';
import { findCourt } from '../courts.ts';
import { caseRecordsAsOf, courtToday, type DeadlineRecord, STAY_WARNINGS } from '../deadlines/record.ts';
import { latestPeriod } from '../notify/digest.ts';
import { notifyEvents, readEvents } from '../notify/events.ts';

/** The deadline clock's minute past the court's midnight (schedules/deadlines.ts runs at 00:05). */
const DEADLINE_CLOCK_MINUTE = 5;

/** The earliest instant after `afterMs` at which the deadline clock or a digest changes something, or `null`. */
export async function nextClockMoment(store: Pick<Store, 'db'>, afterMs: number): Promise<number | null> {
  const moments = [
    ...(await deadlineClockMoments(store, afterMs)),
    ...(await digestMoments(store.db, afterMs)),
  ];
  return moments.length === 0 ? null : Math.min(...moments);
}

/**
 * For each case with records, the first court day after `afterMs` on which the deadline clock tells
 * something, at its run. The records are read as the clock reads them on the court's day (its
 * derivation as of that day: a recurring duty's occurrences run through it and the next one).
 */
async function deadlineClockMoments(store: Pick<Store, 'db'>, afterMs: number): Promise<number[]> {
  const cases = await store.db
    .selectFrom('deadline_records')
    .innerJoin('cases', 'cases.id', 'deadline_records.case_id')
    .select(['cases.id', 'cases.court_id'])
    .distinct()
    .execute();
  const held = await daysOnHold(store.db);
  const out: number[] = [];
  for (const c of cases) {
    const today = courtToday(c.court_id, new Date(afterMs));
    const records = await caseRecordsAsOf(store, c.id, today);
    const next = records
      .filter((r) => r.review !== 'dismissed')
      .flatMap((r) => clockDays(r, held))
      .filter((d) => d > today)
      .sort()[0];
    const zone = findCourt(c.court_id)?.tz ?? 'America/New_York';
    if (next) out.push(DateTime.fromISO(next, { zone }).set({ minute: DEADLINE_CLOCK_MINUTE }).toMillis());
  }
  return out;
}

/** The days a record's clock events fall on (some may be past; the caller keeps the future ones). */
function clockDays(r: DeadlineRecord, held: readonly string[]): string[] {
  const data = r.data as { recurrence?: { occurrences?: { due: string; state: string }[] } | null };
  if (r.kind === 'deadline' && r.status === 'open') {
    // Due that day ("due today"), passed or missing the day after.
    const dues = [
      ...(r.due ? [r.due] : []),
      ...(data.recurrence?.occurrences ?? []).filter((o) => o.state === 'open').map((o) => o.due),
    ];
    return dues.flatMap((d) => [d, dayAfter(d)]);
  }
  if (r.kind === 'stay' && r.status === 'in_force' && r.due)
    return [...STAY_WARNINGS.map((n) => dayAfter(r.due!, -n)), dayAfter(r.due)];
  if (r.kind === 'injunction' && (r.status === 'in_force' || r.status === 'stayed'))
    return [...(r.due ? [r.due] : []), ...(r.status === 'stayed' ? held : [])].map((d) => dayAfter(d));
  return [];
}

/**
 * The last days on hold of injunctions the court stayed for a time (`injunction.stayed`'s
 * `heldUntil`; the record keeps none of its own). Read for every injunction on hold: one that is not
 * the one stayed for a time only brings a quiet round more.
 */
async function daysOnHold(db: Kysely<Database>): Promise<string[]> {
  const rows = await db
    .selectFrom('events')
    .select('payload')
    .where('type', '=', 'injunction.stayed')
    .execute();
  return rows
    .map((row) => (JSON.parse(row.payload) as { heldUntil?: unknown }).heldUntil)
    .filter((d): d is string => typeof d === 'string');
}

/**
 * Each daily or weekly subscriber's next digest after `afterMs`, while news waits for it: events
 * past its cursor, in its case or its appeals, that tell something (`notifyEvents`, as the digest
 * reads them: a deadline's "due today" is kept in the store but told to nobody).
 */
async function digestMoments(db: Kysely<Database>, afterMs: number): Promise<number[]> {
  const subs = await db
    .selectFrom('subscriptions')
    .select(['case_id', 'frequency', 'time_zone', 'digest_hour', 'digest_weekday', 'digest_after_event'])
    .where('status', '=', 'active')
    .where('frequency', 'in', ['daily', 'weekly'])
    .execute();
  const out: number[] = [];
  const told = new Map<string, boolean>();
  for (const s of subs) {
    const key = `${s.case_id}:${s.digest_after_event}`;
    if (!told.has(key)) {
      const appeals = await db
        .selectFrom('cases')
        .select('id')
        .where('parent_case_id', '=', s.case_id)
        .execute();
      const events = await readEvents(db, {
        afterId: s.digest_after_event,
        caseIds: [s.case_id, ...appeals.map((a) => a.id)],
      });
      told.set(key, events.length > 0 && (await notifyEvents(db, events)).length > 0);
    }
    if (told.get(key)) out.push(nextDigest(s, afterMs));
  }
  return out;
}

/**
 * The digest times in (`afterMs`, `beforeMs`) a live worker would have passed with nothing to send:
 * each daily or weekly subscriber's last one before `beforeMs`. The digest job run then decides that
 * period (empty, so nothing is sent) as it does live, and news published at `beforeMs` waits for the
 * next digest instead of filling the one of the morning before it.
 */
export async function quietDigestTimes(
  db: Kysely<Database>,
  afterMs: number,
  beforeMs: number,
): Promise<number[]> {
  const subs = await db
    .selectFrom('subscriptions')
    .select(['frequency', 'time_zone', 'digest_hour', 'digest_weekday'])
    .where('status', '=', 'active')
    .where('frequency', 'in', ['daily', 'weekly'])
    .execute();
  const times = subs
    .map((s) => latestPeriod(s, new Date(beforeMs - 1))?.dueAt.getTime() ?? 0)
    .filter((t) => t > afterMs);
  return [...new Set(times)].sort((a, b) => a - b);
}

/** The first digest time after `afterMs`: the subscriber's hour, every day or on its weekday. */
function nextDigest(
  s: { frequency: string; time_zone: string; digest_hour: number; digest_weekday: number },
  afterMs: number,
): number {
  const local = DateTime.fromMillis(afterMs, { zone: s.time_zone });
  let at = local.set({ hour: s.digest_hour, minute: 0, second: 0, millisecond: 0 });
  if (s.frequency === 'weekly') {
    at = at.set({ weekday: s.digest_weekday as 1 | 2 | 3 | 4 | 5 | 6 | 7 });
    while (at <= local) at = at.plus({ weeks: 1 });
  } else while (at <= local) at = at.plus({ days: 1 });
  return at.toMillis();
}

function dayAfter(day: string, n = 1): string {
  return DateTime.fromISO(day).plus({ days: n }).toISODate()!;
}
