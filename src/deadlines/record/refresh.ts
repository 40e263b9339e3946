import { DateTime } from 'luxon';
import { type Store, writeTransaction } from '../../../db/index.ts';
import { findCourt } from '../../courts.ts';
import { InputError } from '../../errors.ts';
import { caseKey } from '../../model/case-key.ts';
import type { DocketEvent } from '../../model/events.ts';
import { daysBetween } from '../calendar.ts';
import { recordsOf } from './derive.ts';
import { emitOnce, eventOf, keyOf, recordEvent, toldKeys } from './events.ts';
import { hasFullTextSource, resolveCase } from './inputs.ts';
import {
  capitalize,
  DATE,
  type Db,
  type DeadlineRecord,
  type DeadlineRefresh,
  hash,
  longDate,
  STAY_WARNINGS,
  TIME_TYPES,
} from './model.ts';
import { awaitsUnread, derivationAsOf, refreshPosture } from './persist.ts';

/**
 * Bring a case's deadlines, stays, injunctions and hearings up to its entries and the stored
 * decisions (incrementally, see `persist.ts`), write what differs and append one event per change.
 * Running it again with nothing new writes and emits nothing. `entries` names the entries that
 * changed (an ingest knows them); without it every entry is compared with what was applied.
 * `reread` names entries to read again even if unchanged (a document kept for them).
 */
export async function refreshCaseDeadlines(
  store: Pick<Store, 'db'>,
  caseRef: number | string,
  options: { now?: Date; entries?: readonly string[]; reread?: readonly string[] } = {},
): Promise<DeadlineRefresh> {
  const c = await resolveCase(store.db, caseRef);
  const now = (options.now ?? new Date()).toISOString();
  return refreshPosture(store, c, now, {
    ...(options.entries ? { entries: options.entries } : {}),
    ...(options.reread ? { reread: options.reread } : {}),
  });
}

/**
 * After `ingest`: refresh every case whose entries were added, changed or vanished (or got their
 * document's text), reading again only those entries.
 */
export async function refreshAfterIngest(
  store: Pick<Store, 'db'>,
  events: readonly { type: string; case: string; entry?: string | null }[],
): Promise<DeadlineRefresh[]> {
  const changed = new Map<string, Set<string> | null>();
  for (const e of events) {
    if (!e.type.startsWith('entry.')) continue;
    const keys = changed.has(e.case) ? changed.get(e.case)! : new Set<string>();
    // An event that names no entry: compare every entry.
    changed.set(e.case, keys && e.entry ? keys.add(e.entry) : null);
  }
  const out: DeadlineRefresh[] = [];
  for (const [key, entries] of changed)
    out.push(await refreshCaseDeadlines(store, key, entries ? { entries: [...entries] } : {}));
  // An appeal's decision or mandate acts on the case appealed from: its record follows, reading
  // again the appeal's entries that changed.
  for (const [parent, entries] of await appealParents(store.db, changed))
    out.push(await refreshCaseDeadlines(store, parent, entries ? { entries } : {}));
  return out;
}

/**
 * The daily clock: for every case with records, as of `asOf` (YYYY-MM-DD), append each time-driven
 * event once — `deadline.due` (the day it is due), `deadline.passed`, `deadline.missing` (an
 * expected recurring filing has not appeared), `stay.expiring` (7, 2 and 0 days before its last
 * day; only the tightest reached), `stay.expired`, `injunction.expired`.
 */
export async function advanceDeadlines(
  store: Pick<Store, 'db'>,
  asOf: string,
  options: { now?: Date; case?: number | string } = {},
): Promise<DeadlineRefresh[]> {
  if (!DATE.test(asOf) || Number.isNaN(Date.parse(asOf)))
    throw new InputError(`as-of date "${asOf}" is not YYYY-MM-DD`);
  const now = (options.now ?? new Date()).toISOString();
  const caseIds = options.case
    ? [(await resolveCase(store.db, options.case)).id]
    : (
        await store.db
          .selectFrom('deadline_records')
          .select('case_id')
          .distinct()
          .orderBy('case_id')
          .execute()
      ).map((r) => r.case_id);
  const out: DeadlineRefresh[] = [];
  for (const caseId of caseIds) {
    const c = await resolveCase(store.db, caseId);
    const { derivation: derived, decisions } = await derivationAsOf(store.db, c, asOf);
    // A missing occurrence is told once a paper filed since its day is read (persist.ts `awaitsUnread`).
    const fullText = await hasFullTextSource(store.db, c.id);
    out.push(
      await writeTransaction(store.db, async (trx) => {
        const records = new Map(recordsOf(decisions, derived).map((r) => [r.id, r]));
        const told = await toldKeys(trx, c.id);
        const result: DeadlineRefresh = { case: c.key, inserted: 0, updated: 0, removed: 0, events: [] };
        const emit = async (event: DocketEvent | null, key: string) => {
          if (event && (await emitOnce(trx, c.id, key, event, null, now, null, told)))
            result.events.push({ ...event, entry: null });
        };
        for (const e of derived.events) {
          if (!TIME_TYPES.has(e.type)) continue;
          if (fullText && awaitsUnread(e, derived.byEntry.values())) continue;
          const record = e.subject ? records.get(derived.ids.get(e.subject) ?? '') : undefined;
          await emit(eventOf(e, record, derived), keyOf(e, record));
        }
        for (const r of records.values()) {
          if (r.review === 'dismissed') continue;
          if (r.kind === 'deadline' && r.status === 'open') {
            const due = dueToday(r, asOf);
            if (due)
              await emit(
                recordEvent(r, 'due', {
                  date: asOf,
                  due: due.due,
                  occurrence: due.occurrence,
                  message: `${capitalize(r.what)} is due today${r.dueTime ? ` at ${r.dueTime}` : ''}`,
                }),
                hash(['deadline.due', r.id, due.due, due.occurrence], 32),
              );
          }
          if (r.kind === 'stay' && r.status === 'in_force' && r.due && r.due >= asOf) {
            const left = daysBetween(asOf, r.due);
            const threshold = [...STAY_WARNINGS].reverse().find((t) => left <= t);
            if (threshold !== undefined)
              await emit(
                recordEvent(r, 'expiring', {
                  date: asOf,
                  daysLeft: left,
                  threshold,
                  message: `${capitalize(r.what)} ends ${left === 0 ? 'today' : `in ${left} day${left === 1 ? '' : 's'}`} (last day ${longDate(r.due)})`,
                }),
                hash(['stay.expiring', r.id, r.due, threshold], 32),
              );
          }
        }
        return result;
      }),
    );
  }
  return out;
}

export function dueToday(r: DeadlineRecord, asOf: string): { due: string; occurrence: number | null } | null {
  const rec = r.data.recurrence as { occurrences?: { index: number; due: string; state: string }[] } | null;
  if (rec?.occurrences) {
    const o = rec.occurrences.find((x) => x.due === asOf && x.state === 'open');
    return o ? { due: o.due, occurrence: o.index } : null;
  }
  return r.due === asOf ? { due: r.due, occurrence: null } : null;
}

/** Today in the court's time zone. */
export function courtToday(court: string, now: Date = new Date()): string {
  const tz = findCourt(court)?.tz ?? 'America/New_York';
  return DateTime.fromJSDate(now, { zone: tz }).toISODate()!;
}

/** The cases that `changed` (case key → changed entry keys, `null` for all) are appeals of, with those entries as the parent keys them. */
async function appealParents(
  db: Db,
  changed: ReadonlyMap<string, ReadonlySet<string> | null>,
): Promise<Map<string, string[] | null>> {
  const out = new Map<string, string[] | null>();
  for (const [key, entries] of changed) {
    const c = await resolveCase(db, key);
    const parent = await db
      .selectFrom('cases as c')
      .innerJoin('cases as p', 'p.id', 'c.parent_case_id')
      .select(['p.court_id', 'p.docket_number'])
      .where('c.id', '=', c.id)
      .executeTakeFirst();
    if (!parent) continue;
    const pk = caseKey(parent.court_id, parent.docket_number);
    const keys = entries ? [...entries].map((k) => `appeal:${c.id}:${k}`) : null;
    const had = out.has(pk) ? out.get(pk)! : [];
    out.set(pk, had && keys ? [...had, ...keys] : null);
  }
  return out;
}
