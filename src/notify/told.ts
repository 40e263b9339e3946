/**
 * What a reader was told of each deadline. A deadline's messages are one story to its reader: the
 * first message a reader gets about a deadline says what it is now — "Deadline: … due March 3,
 * 2025 (moved from February 20, 2025)" — also when the order that set it and the one that moved it
 * arrive together, when the docket shows it first as extended, or when the reader subscribed after
 * it was set; "moved" is said only to a reader who was told of the deadline before. A message tells
 * each deadline once, as it stands after the message's last change to it.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/index.ts';
import { reaches } from './critical.ts';
import { EVENT_COLUMNS, notifyEvents, type StoredEvent, storedEvent } from './events.ts';
import type { DeadlineEvent, NotifyEvent, Recipient } from './types.ts';

type Read = { stored: StoredEvent; event: NotifyEvent };

/**
 * The deadline events before event `beforeId` about the deadlines that `events` move (as the
 * notifier reads them; who they reached is decided per reader by `toldTo`). Nothing is read when
 * no deadline in `events` moved.
 */
export async function earlierDeadlineNews(
  db: Kysely<Database>,
  events: readonly Read[],
  beforeId: number,
): Promise<Read[]> {
  const records = [
    ...new Set(
      events.flatMap((e) =>
        e.event.type === 'deadline' && e.event.change === 'moved' && e.event.record ? [e.event.record] : [],
      ),
    ),
  ];
  if (records.length === 0) return [];
  const rows = await db
    .selectFrom('events')
    .select(EVENT_COLUMNS)
    .where('case_id', 'in', [...new Set(events.map((e) => e.stored.caseId))])
    .where('id', '<', beforeId)
    .where('type', 'like', 'deadline.%')
    .where((eb) => eb.or(records.map((r) => eb('payload', 'like', `%"record":"${r}"%`))))
    .orderBy('id')
    .execute();
  return (await notifyEvents(db, rows.map(storedEvent))).filter((e) => e.event.type === 'deadline');
}

/** The deadlines `earlier` told this reader: its events after `since` (their subscription's start) that reach them. */
export function toldTo(recipient: Recipient, earlier: readonly Read[], since: number): Set<string> {
  const told = new Set<string>();
  for (const e of earlier)
    if (e.stored.id > since && e.event.type === 'deadline' && e.event.record && reaches(e.event, recipient))
      told.add(e.event.record);
  return told;
}

/**
 * One reader's message as told: each deadline once, its last change in the message; "moved" from
 * the day the reader last knew (or, first told, from the day it was first set), and a reader's
 * first message about a deadline marked `first`. `told`: the deadlines told to them before.
 */
export function asTold(events: readonly NotifyEvent[], told: ReadonlySet<string>): NotifyEvent[] {
  const chains = new Map<string, DeadlineEvent[]>();
  for (const e of events)
    if (e.type === 'deadline' && e.record) chains.set(e.record, [...(chains.get(e.record) ?? []), e]);
  const out: NotifyEvent[] = [];
  for (const e of events) {
    const chain = e.type === 'deadline' && e.record ? chains.get(e.record)! : null;
    if (!chain || e.type !== 'deadline') {
      out.push(e);
      continue;
    }
    if (chain.at(-1) !== e) continue;
    if (e.change !== 'moved') {
      out.push(e);
      continue;
    }
    const start = chain[0]!;
    const from = start.change === 'set' ? start.dueDate : start.previousDue;
    out.push({
      ...e,
      previousDue: from ?? e.previousDue,
      ...(told.has(e.record!) ? {} : { first: true as const }),
    });
  }
  return out;
}
