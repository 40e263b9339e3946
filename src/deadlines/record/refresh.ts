import { DateTime } from 'luxon';
import { syncEntryReviews } from '../../../db/entry-reviews.ts';
import { type Store, writeTransaction } from '../../../db/index.ts';
import { findCourt } from '../../courts.ts';
import { InputError } from '../../errors.ts';
import { caseKey } from '../../model/case-key.ts';
import type { DocketEvent } from '../../model/events.ts';
import { daysBetween } from '../calendar.ts';
import { derive, recordsOf } from './derive.ts';
import { emitOnce, eventOf, keyOf, legacyKeyOf, recordEvent, toldKeys } from './events.ts';
import { loadInputs, resolveCase } from './inputs.ts';
import {
  type CaseRef,
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
import { fromRow, rowOf, sameRow } from './rows.ts';

export async function refreshIn(trx: Db, c: CaseRef, now: string): Promise<DeadlineRefresh> {
  const inputs = await loadInputs(trx, c);
  const derived = derive(inputs);
  const told = await toldKeys(trx, c.id);
  await syncEntryReviews(trx, c.id, derived.reviews, now);
  const records = recordsOf(inputs, derived);
  const byId = new Map(records.map((r) => [r.id, r]));
  const stored = new Map(
    (await trx.selectFrom('deadline_records').selectAll().where('case_id', '=', c.id).execute()).map((r) => [
      r.id,
      r,
    ]),
  );
  const result: DeadlineRefresh = { case: c.key, inserted: 0, updated: 0, removed: 0, events: [] };
  for (const r of records) {
    const row = rowOf(r);
    const old = stored.get(r.id);
    if (!old) {
      await trx
        .insertInto('deadline_records')
        .values({ id: r.id, case_id: c.id, ...row, created_at: now, updated_at: now })
        .execute();
      result.inserted++;
    } else if (!sameRow(row, old)) {
      await trx
        .updateTable('deadline_records')
        .set({ ...row, updated_at: now })
        .where('id', '=', r.id)
        .execute();
      result.updated++;
    }
  }
  const emit = async (
    event: DocketEvent | null,
    entry: string | null,
    key: string,
    legacy: string | null = null,
  ) => {
    if (event && (await emitOnce(trx, c.id, key, event, entry, now, legacy, told)))
      result.events.push({ ...event, entry });
  };
  for (const old of stored.values()) {
    if (byId.has(old.id)) continue;
    // The entry that set it changed or vanished, or the extractor no longer reads it there.
    await trx.deleteFrom('deadline_records').where('id', '=', old.id).execute();
    result.removed++;
    await emit(
      recordEvent(fromRow(old), 'withdrawn', {
        date: now.slice(0, 10),
        message: `${old.what} is no longer read from the docket (the entry changed or was removed)`,
      }),
      old.entry_key,
      hash(['withdrawn', old.id, old.updated_at], 32),
    );
  }
  for (const e of derived.events) {
    const record = e.subject ? byId.get(derived.ids.get(e.subject) ?? '') : undefined;
    const source = e.entry ? derived.byEntry.get(e.entry) : undefined;
    // What an entry known only by its feed title changes is in the record at once, but told when
    // its full text arrives from the docket report that watches the case: once, with its dates.
    if (source?.partial && inputs.fullTextSource) continue;
    await emit(eventOf(e, record, derived), source?.key ?? null, keyOf(e, record), legacyKeyOf(e, record));
  }
  return result;
}

/**
 * Re-derive a case's deadlines, stays, injunctions and hearings from its entries and the stored
 * decisions, write what differs and append one event per change, in one transaction. Running it
 * again with nothing new writes and emits nothing.
 */
export async function refreshCaseDeadlines(
  store: Pick<Store, 'db'>,
  caseRef: number | string,
  options: { now?: Date } = {},
): Promise<DeadlineRefresh> {
  const c = await resolveCase(store.db, caseRef);
  const now = (options.now ?? new Date()).toISOString();
  return writeTransaction(store.db, (trx) => refreshIn(trx, c, now));
}

/** After `ingest`: refresh every case whose entries were added, changed or vanished. */
export async function refreshAfterIngest(
  store: Pick<Store, 'db'>,
  events: readonly { type: string; case: string }[],
): Promise<DeadlineRefresh[]> {
  const changed = new Set(events.filter((e) => e.type.startsWith('entry.')).map((e) => e.case));
  const out: DeadlineRefresh[] = [];
  for (const key of changed) out.push(await refreshCaseDeadlines(store, key));
  // An appeal's decision or mandate acts on the case appealed from: its record follows.
  for (const parent of await parentsOf(store.db, [...changed]))
    if (!changed.has(parent)) out.push(await refreshCaseDeadlines(store, parent));
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
    out.push(
      await writeTransaction(store.db, async (trx) => {
        const inputs = await loadInputs(trx, c);
        const derived = derive(inputs, asOf);
        const records = new Map(recordsOf(inputs, derived).map((r) => [r.id, r]));
        const told = await toldKeys(trx, c.id);
        const result: DeadlineRefresh = { case: c.key, inserted: 0, updated: 0, removed: 0, events: [] };
        const emit = async (event: DocketEvent | null, key: string) => {
          if (event && (await emitOnce(trx, c.id, key, event, null, now, null, told)))
            result.events.push({ ...event, entry: null });
        };
        for (const e of derived.events) {
          if (!TIME_TYPES.has(e.type)) continue;
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

/** The cases the given cases (by key) are linked to as appeals. */
async function parentsOf(db: Db, keys: string[]): Promise<string[]> {
  const parents = new Set<string>();
  for (const key of keys) {
    const c = await resolveCase(db, key);
    const row = await db
      .selectFrom('cases as c')
      .innerJoin('cases as p', 'p.id', 'c.parent_case_id')
      .select(['p.court_id', 'p.docket_number'])
      .where('c.id', '=', c.id)
      .executeTakeFirst();
    if (row) parents.add(caseKey(row.court_id, row.docket_number));
  }
  return [...parents];
}
