import type { Store } from '../../../db/index.ts';
import { InputError } from '../../errors.ts';
import { hearingWhereOf, parseEvent, posturePayload } from '../../model/events.ts';
import { turns } from '../../turns.ts';
import { daysBetween } from '../calendar.ts';
import type { Posture } from '../tracker.ts';
import { recordsOf } from './derive.ts';
import { resolveCase } from './inputs.ts';
import {
  type CasePosture,
  DATE,
  type Db,
  type DeadlineRecord,
  type RecordKind,
  type RecordView,
} from './model.ts';
import { derivationAsOf } from './persist.ts';
import { fromRow } from './rows.ts';

/** The stored records of a case, deadlines first, by due date. */
export async function listDeadlineRecords(
  store: Pick<Store, 'db'>,
  caseRef: number | string,
): Promise<DeadlineRecord[]> {
  const c = await resolveCase(store.db, caseRef);
  const rows = await store.db
    .selectFrom('deadline_records')
    .selectAll()
    .where('case_id', '=', c.id)
    .execute();
  // A big case has thousands: read with turns for the event loop (`src/turns.ts`).
  const pause = turns();
  const records: DeadlineRecord[] = [];
  for (const row of rows) {
    records.push(fromRow(row));
    await pause();
  }
  return sortRecords(records);
}

/**
 * The records as they stood on `asOf` (the entries filed by then, the clock moved to that day), in
 * the stored records' shape and order: what a page "as of" a past day lists.
 */
export async function caseRecordsAsOf(
  store: Pick<Store, 'db'>,
  caseRef: number | string,
  asOf: string,
): Promise<DeadlineRecord[]> {
  if (!DATE.test(asOf) || Number.isNaN(Date.parse(asOf)))
    throw new InputError(`as-of date "${asOf}" is not YYYY-MM-DD`);
  const c = await resolveCase(store.db, caseRef);
  const { derivation, decisions } = await derivationAsOf(store.db, c, asOf);
  return sortRecords(recordsOf(decisions, derivation));
}

function sortRecords(records: DeadlineRecord[]): DeadlineRecord[] {
  return sortByKind(records, ['deadline', 'hearing', 'stay', 'injunction']);
}

/** Sorted in place: by kind in `order`, then by due day (undated last), then by id. */
function sortByKind<T extends { kind: RecordKind; due: string | null; id: string }>(
  items: T[],
  order: readonly RecordKind[],
): T[] {
  return items.sort(
    (a, b) =>
      order.indexOf(a.kind) - order.indexOf(b.kind) ||
      (a.due ?? '9999').localeCompare(b.due ?? '9999') ||
      a.id.localeCompare(b.id),
  );
}

/** A scheduled hearing whose day has passed with nothing on the docket yet saying it was held. */
export const HEARING_PASSED_UNRECORDED = 'passed_unrecorded';
/**
 * A date that is no party's filing (an act off the docket: notice mailed to the class, papers to
 * chambers; a class member's own last day to object) whose day has gone by: not "passed", which
 * reads as a filing missed — nothing on the docket was owed.
 */
export const DAY_PASSED_OFF_DOCKET = 'day_passed';

/** Every record of a case as of a day: the deadline table the CLI and the web page show. */
export async function caseRecordViews(
  store: Pick<Store, 'db'>,
  caseRef: number | string,
  asOf: string,
): Promise<RecordView[]> {
  const c = await resolveCase(store.db, caseRef);
  const { derivation: derived, decisions } = await derivationAsOf(store.db, c, asOf);
  const views: RecordView[] = [];
  const timeStatus = (due: string | null) => {
    const daysLeft = due ? daysBetween(asOf, due) : null;
    const status =
      daysLeft === null ? 'undated' : daysLeft > 0 ? 'upcoming' : daysLeft === 0 ? 'due' : 'passed';
    return { daysLeft, status };
  };
  for (const r of recordsOf(decisions, derived)) {
    const base = {
      id: r.id,
      kind: r.kind,
      what: r.what,
      party: r.party,
      review: r.review,
      entry: r.entry,
      ...(r.data.docketed === false ? { docketed: false as const } : {}),
      ...(typeof r.data.clerkComputed === 'string' ? { clerkComputed: r.data.clerkComputed } : {}),
      ...(r.status === 'satisfied' && typeof r.data.satisfiedBy === 'string'
        ? { satisfiedBy: r.data.satisfiedBy }
        : {}),
      ...(r.status === 'suspended' && r.data.heldPendingAppeal
        ? { heldPendingAppeal: r.data.heldPendingAppeal as NonNullable<RecordView['heldPendingAppeal']> }
        : {}),
      ...(r.status === 'open' && r.data.partlyHeld
        ? { partlyHeld: r.data.partlyHeld as NonNullable<RecordView['partlyHeld']> }
        : {}),
      ...(r.kind === 'hearing' && r.status === 'scheduled' && hearingWhereOf(r.data.where)
        ? { where: hearingWhereOf(r.data.where)! }
        : {}),
      ...whyOf(r),
    };
    const rec = r.data.recurrence as { occurrences: { index: number; due: string; state: string }[] } | null;
    if (r.kind === 'deadline' && r.status === 'open' && rec) {
      const next = rec.occurrences.find((o) => o.state === 'open' && o.due >= asOf);
      const missing = rec.occurrences.filter((o) => o.state === 'missing').length;
      views.push({
        ...base,
        due: next?.due ?? null,
        dueTime: r.dueTime,
        ...timeStatus(next?.due ?? null),
        ...(next ? { occurrence: next.index } : {}),
        ...(missing ? { missing } : {}),
      });
    } else if (r.kind === 'deadline' && r.status === 'open') {
      const time = timeStatus(r.due);
      const status =
        time.status === 'passed' && r.data.docketed === false ? DAY_PASSED_OFF_DOCKET : time.status;
      views.push({ ...base, due: r.due, dueTime: r.dueTime, ...time, status });
    } else if (r.kind === 'hearing' && r.status === 'scheduled') {
      // A hearing whose day passed is not "held" until the docket says so (minutes, a transcript,
      // "argument heard"): `passed_unrecorded`, the day gone and no record yet that it took place.
      const time = timeStatus(r.due);
      const status = time.status === 'passed' ? HEARING_PASSED_UNRECORDED : time.status;
      views.push({ ...base, due: r.due, dueTime: r.dueTime, ...time, status });
    } else {
      views.push({
        ...base,
        due: r.due,
        dueTime: r.dueTime,
        daysLeft: r.due && r.status === 'in_force' ? daysBetween(asOf, r.due) : null,
        status: r.status,
      });
    }
  }
  return sortByKind(views, ['stay', 'injunction', 'deadline', 'hearing']);
}

/**
 * What is in force and what comes next, as of a day: for the web page and the digests.
 * `inForce[].text` reads "Stay of removal in effect until July 24, 2017".
 */
export async function casePosture(
  store: Pick<Store, 'db'>,
  caseRef: number | string,
  asOf: string,
  options: { recent?: number } = {},
): Promise<CasePosture> {
  if (!DATE.test(asOf) || Number.isNaN(Date.parse(asOf)))
    throw new InputError(`as-of date "${asOf}" is not YYYY-MM-DD`);
  const c = await resolveCase(store.db, caseRef);
  const { derivation: derived, decisions } = await derivationAsOf(store.db, c, asOf);
  const id = (tid: string) => derived.ids.get(tid) ?? tid;
  const dismissed = new Set(
    recordsOf(decisions, derived)
      .filter((r) => r.review === 'dismissed')
      .map((r) => r.id),
  );
  const p: Posture = derived.tracker.posture(asOf);
  const recentChanges = await changesAsOf(store.db, c.id, asOf, options.recent ?? 10);
  return {
    case: c.key,
    asOf,
    inForce: p.inForce
      .filter((f) => !dismissed.has(id(f.id)))
      .map((f) => ({
        kind: f.kind,
        id: id(f.id),
        name: f.kind === 'stay' ? `Stay${f.what ? ` of ${f.what}` : ''}` : (f.what ?? 'Injunction'),
        text: f.summary,
        since: f.since,
        until: f.until,
        ...(f.untilTime ? { untilTime: f.untilTime } : {}),
        ...(f.onAppeal ? { onAppeal: { action: f.onAppeal.action, decided: f.onAppeal.decided } } : {}),
        ...(f.modified
          ? { modified: f.modified.map((m) => ({ ...m, entry: derived.entryKeyOf(m.entry) })) }
          : {}),
        ...(f.stayedInPart
          ? { stayedInPart: { ...f.stayedInPart, entry: derived.entryKeyOf(f.stayedInPart.entry) } }
          : {}),
        ...(f.reheard ? { reheard: f.reheard } : {}),
        ...(f.sooner ? { sooner: f.sooner } : {}),
        ...(f.limitedTo
          ? {
              limitedTo: {
                parties: f.limitedTo.parties,
                since: f.limitedTo.since.slice(0, 10),
                entry: derived.entryKeyOf(f.limitedTo.entry),
                number: /^\d+$/.test(f.limitedTo.entry) ? Number(f.limitedTo.entry) : null,
                ...(f.limitedTo.fromGrant ? { fromGrant: true as const } : {}),
              },
            }
          : {}),
      })),
    onHold: p.onHold
      .filter((f) => !dismissed.has(id(f.id)))
      .map((f) => ({
        kind: f.kind,
        id: id(f.id),
        name: f.what,
        text: f.summary,
        since: f.since,
        heldSince: f.heldSince,
        ...(f.heldUntil ? { heldUntil: f.heldUntil } : {}),
        entry: derived.entryKeyOf(f.entry),
        pendingAppeal: f.pendingAppeal,
        ...(f.onAppeal ? { onAppeal: { action: f.onAppeal.action, decided: f.onAppeal.decided } } : {}),
        ...(f.reheard ? { reheard: f.reheard } : {}),
      })),
    nextDeadlines: p.next
      .filter((d) => !dismissed.has(id(d.id)))
      .map((d) => ({
        id: id(d.id),
        what: d.what,
        party: d.party,
        due: d.due,
        dueTime: d.dueTime,
        daysLeft: d.daysLeft,
        status: d.status,
        review: d.review,
        ...(d.occurrence ? { occurrence: d.occurrence } : {}),
        ...(d.docketed === false ? { docketed: false as const } : {}),
        ...(d.partOnHold ? { partOnHold: d.partOnHold } : {}),
        ...(d.why ? { why: d.why } : {}),
      })),
    missing: p.missing.map((m) => ({ ...m, id: id(m.id) })),
    hearings: p.hearings.filter((h) => !dismissed.has(id(h.id))).map((h) => ({ ...h, id: id(h.id) })),
    recentChanges,
    ...(p.transferred
      ? { transferred: { ...p.transferred, entry: derived.entryKeyOf(p.transferred.entry) } }
      : {}),
  };
}

/**
 * The latest posture changes that had happened by `asOf` (by the day each happened, not the
 * day it was recorded): a look at the case as of a past day shows nothing from after it.
 */
async function changesAsOf(
  db: Db,
  caseId: number,
  asOf: string,
  limit: number,
): Promise<CasePosture['recentChanges']> {
  const out: CasePosture['recentChanges'] = [];
  let before: number | null = null;
  while (out.length < limit) {
    let q = db
      .selectFrom('events')
      .select(['id', 'type', 'entry_key', 'payload', 'created_at'])
      .where('case_id', '=', caseId)
      .where((eb) =>
        eb.or(['deadline.', 'stay.', 'injunction.', 'hearing.'].map((t) => eb('type', 'like', `${t}%`))),
      )
      .orderBy('id', 'desc')
      .limit(100);
    if (before !== null) q = q.where('id', '<', before);
    const rows = await q.execute();
    for (const r of rows) {
      const event = parseEvent(r.type, r.payload);
      const p = event && posturePayload(event);
      if (!p?.date || p.date > asOf) continue;
      out.push({ type: r.type, date: p.date, at: r.created_at, entry: r.entry_key, message: p.message });
      if (out.length === limit) break;
    }
    if (rows.length < 100) break;
    before = Number(rows.at(-1)!.id);
  }
  return out;
}

/** The reading rule and confidence a record keeps, with the words it rests on (absent for one added by hand). */
function whyOf(r: DeadlineRecord): { why?: NonNullable<RecordView['why']> } {
  const why = r.data.why as { rule?: unknown; confidence?: unknown } | undefined;
  if (typeof why?.rule !== 'string' || typeof why.confidence !== 'number') return {};
  return { why: { rule: why.rule, words: r.words, confidence: why.confidence } };
}
