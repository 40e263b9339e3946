import { ingestOfEvents } from '../../../db/ingests.ts';
import {
  afterDecision,
  appealEndOf,
  type DeadlineAction,
  type DocketEvent,
  docketEvent,
  type HearingAction,
  type HearingWhere,
  hearingWhereOf,
  INJUNCTION_KINDS,
  type InjunctionAction,
  type InjunctionKind,
  type InjunctionPayload,
  isEventType,
  partOfOrderOf,
  resumedAfterOf,
  rulingTermOf,
  type StayAction,
  scheduleChangeOf,
  withdrawnOrderOf,
} from '../../model/events.ts';
import { isClassMembersRight } from '../class-rights.ts';
import type { TrackerEvent } from '../tracker.ts';
import type { Derivation } from './derive.ts';
import { type Db, type DeadlineRecord, hash, TIME_TYPES, WORDS_MAX } from './model.ts';

/**
 * An event about a stored record as it stands (withdrawn, reviewed, due today, a stay running
 * out): its fields come from the record.
 */
export function recordEvent(
  r: DeadlineRecord,
  action: 'withdrawn' | 'confirmed' | 'dismissed' | 'due' | 'expiring',
  at: {
    date: string;
    message: string;
    due?: string;
    occurrence?: number | null;
    daysLeft?: number;
    threshold?: number;
  },
  review?: { by: string; note: string | null },
): DocketEvent | null {
  const base = {
    record: r.id,
    what: r.what,
    party: r.party,
    date: at.date,
    message: at.message,
    entryNumber: r.entry && /^\d+$/.test(r.entry) ? Number(r.entry) : null,
    words: r.words,
  };
  switch (r.kind) {
    case 'deadline':
      if (action === 'expiring') return null;
      return docketEvent(`deadline.${action}`, {
        ...base,
        kind: 'deadline',
        due: at.due ?? r.due,
        dueTime: r.dueTime,
        previousDue: null,
        basis: typeof r.data.basis === 'string' ? r.data.basis : null,
        occurrence: at.occurrence ?? null,
        ...(review ? review : {}),
      });
    case 'stay':
      if (action === 'due') return null;
      return docketEvent(`stay.${action}`, {
        ...base,
        kind: 'stay',
        expires: r.due,
        previousExpires: null,
        until: typeof r.data.until === 'string' ? r.data.until : null,
        daysLeft: at.daysLeft ?? null,
        ...(at.threshold !== undefined ? { threshold: at.threshold } : {}),
        // A stay granted for named people alone: its reminders say whose it is.
        ...(grantedFor({}, r) ? { forParties: grantedFor({}, r)! } : {}),
      });
    case 'injunction':
      if (action === 'due' || action === 'expiring') return null;
      return docketEvent(`injunction.${action}`, {
        ...base,
        kind: 'injunction',
        injunction: (r.data.type as InjunctionKind | undefined) ?? 'preliminary_injunction',
        until: typeof r.data.until === 'string' ? r.data.until : null,
      });
    case 'hearing':
      if (action === 'due' || action === 'expiring') return null;
      return docketEvent(`hearing.${action}`, {
        ...base,
        kind: 'hearing',
        hearing: typeof r.data.type === 'string' ? r.data.type : r.what,
        on: r.due,
        time: r.dueTime,
        previousOn: null,
      });
  }
}

/** The event a tracker change stands for, in the contract's shape (`src/model/events.ts`). */
export function eventOf(
  e: TrackerEvent,
  record: DeadlineRecord | undefined,
  derived: Derivation,
): DocketEvent | null {
  const entry = e.entry ? derived.byEntry.get(e.entry) : undefined;
  const data = e.data ?? {};
  const type = e.type;
  if (!isEventType(type)) return null;
  const base = {
    record: record?.id ?? null,
    what: record?.what ?? null,
    party: record?.party ?? null,
    date: e.date,
    message: e.message,
    entryNumber: entry?.number ? Number(entry.number) : null,
    words: entry ? entry.text.slice(0, WORDS_MAX) : null,
  };
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  const n = (v: unknown) => (typeof v === 'number' ? v : null);
  const family = type.slice(0, type.indexOf('.'));
  if (family === 'appeal')
    return docketEvent(
      type as
        | 'appeal.noticed'
        | 'appeal.mandate'
        | 'appeal.decided'
        | 'appeal.dismissed'
        | 'appeal.recalled'
        | 'appeal.stay_denied'
        | 'appeal.certiorari'
        | 'appeal.reheard'
        | 'appeal.rehearing_denied'
        | 'appeal.mandate_stayed'
        | 'appeal.stay_granted'
        | 'appeal.copied',
      {
        date: e.date,
        message: e.message,
        relatedEntries: Array.isArray(data.relatedEntries) ? (data.relatedEntries as number[]) : [],
        entryNumber: base.entryNumber,
        words: base.words,
        ...(typeof data.outcome === 'string'
          ? {
              outcome: data.outcome as 'affirmed' | 'reversed' | 'vacated' | 'remanded',
              inPart: data.inPart === true,
              disposition: str(data.disposition) ?? '',
              rulings: Array.isArray(data.rulings) ? (data.rulings as string[]) : [],
              pendingMandate: data.pendingMandate === true,
              ...(data.onHold === true ? { onHold: true } : {}),
              ...(data.enBanc === true ? { enBanc: true } : {}),
              ...(data.kept === true ? { kept: true } : {}),
              ...(str(data.reinstated) ? { reinstated: str(data.reinstated)! } : {}),
              affirmedInPart: data.affirmedInPart === true,
              remanded: data.remanded === true,
            }
          : {
              ...(Array.isArray(data.rulings) ? { rulings: data.rulings as string[] } : {}),
              ...(data.stayEnded === true ? { stayEnded: true } : {}),
              ...(data.certiorari === 'denied' ||
              data.certiorari === 'judgment' ||
              data.certiorari === 'filed'
                ? { certiorari: data.certiorari }
                : {}),
              ...afterDecision(data),
              ...(typeof data.by === 'string' ? { by: data.by } : {}),
              ...(str(data.decided) ? { decided: str(data.decided)! } : {}),
              ...(data.act === 'decision' ||
              data.act === 'mandate' ||
              data.act === 'stay' ||
              data.act === 'rehearing' ||
              data.act === 'reinstated'
                ? { act: data.act }
                : {}),
              ...(data.enBanc === true ? { enBanc: true } : {}),
              ...(data.onHold === true ? { onHold: true } : {}),
              ...(data.administrative === true ? { administrative: true } : {}),
              ...(data.inPart === true ? { inPart: true } : {}),
              ...(str(data.part) ? { part: str(data.part)! } : {}),
              ...(data.administrativeEnded === true ? { administrativeEnded: true } : {}),
              ...(str(data.copyOf) ? { copyOf: str(data.copyOf)! } : {}),
              ...(data.pendingMandate === true ? { pendingMandate: true } : {}),
            }),
      },
    );
  if (family === 'filing') return docketEvent('filing.unmatched', { ...base, kind: 'filing' });
  if (family === 'deadline')
    return docketEvent(type as `deadline.${DeadlineAction}`, {
      ...base,
      kind: 'deadline',
      due: str(data.due) ?? record?.due ?? null,
      dueTime: record?.dueTime ?? null,
      previousDue: str(data.previousDue),
      basis: str((record?.data as { basis?: unknown } | undefined)?.basis),
      occurrence: n(data.occurrence),
      ...(typeof data.late === 'boolean' ? { late: data.late } : {}),
      ...(str(data.asked) ? { asked: str(data.asked)! } : {}),
      ...(str(data.clerkComputed) ? { clerkComputed: str(data.clerkComputed)! } : {}),
      ...(str(data.condition) ? { condition: str(data.condition)! } : {}),
      ...withdrawnOrderOf(data.withdrawnOrder),
      ...scheduleChangeOf(data.schedule),
      ...appealEndOf(data.appealEnded),
      // An act the order commands (a release, a posting), met off the docket: told as the court's order.
      ...((record?.data as { docketed?: unknown } | undefined)?.docketed === false &&
      !isClassMembersRight(record?.what ?? '')
        ? { act: true as const }
        : {}),
    });
  if (family === 'stay')
    return docketEvent(type as `stay.${StayAction}`, {
      ...base,
      // A stay refused with none in force to end: what was asked for, in the order's words.
      what: base.what ?? str(data.what),
      kind: 'stay',
      expires: str(data.expires) ?? (record && record.status === 'in_force' ? record.due : null),
      previousExpires: str(data.previousExpires),
      until: str(data.until),
      daysLeft: null,
      ...(data.dismissed === true ? { endedBy: 'dismissal' as const } : {}),
      ...(data.reason === 'denied' ? { endedBy: 'denial' as const } : {}),
      ...(data.reason === 'ruling' || data.reason === 'relief' ? { endedBy: data.reason } : {}),
      ...(str(data.appealDismissed)
        ? { endedBy: 'appeal_dismissed' as const, appealEnded: str(data.appealDismissed)! }
        : {}),
      ...(str(data.appealMandate)
        ? { endedBy: 'appeal_mandate' as const, appealEnded: str(data.appealMandate)! }
        : {}),
      ...(str(data.asTo) ? { liftedAsTo: str(data.asTo)! } : {}),
      ...(Array.isArray(data.limitedTo) && data.fromGrant !== true
        ? { limitedTo: data.limitedTo as string[] }
        : {}),
      ...(grantedFor(data, record) ? { forParties: grantedFor(data, record)! } : {}),
      ...(data.byMandate === true && str(data.decided) ? { appealDecided: str(data.decided)! } : {}),
    });
  if (family === 'injunction') {
    const i = record?.data as { type?: InjunctionKind; until?: string | null; since?: string } | undefined;
    return docketEvent(type as `injunction.${InjunctionAction}`, {
      ...base,
      kind: 'injunction',
      // A change no record holds (a denial, a remand without vacatur) names its kind itself.
      injunction: i?.type ?? INJUNCTION_KINDS.find((k) => k === data.type) ?? 'preliminary_injunction',
      // The last day when the change was told (a later order may have ended it sooner since).
      until: 'until' in data ? (str(data.until) ?? null) : (i?.until ?? null),
      since: i?.since ?? null,
      ...(str(data.untilTime) ? { untilTime: str(data.untilTime)! } : {}),
      ...(str(data.decided) ? { appealDecided: str(data.decided) } : {}),
      ...(data.pendingAppeal && typeof data.pendingAppeal === 'object'
        ? { pendingAppeal: data.pendingAppeal as NonNullable<InjunctionPayload['pendingAppeal']> }
        : {}),
      ...(resumedAfterOf(data.resumedAfter) ? { resumedAfter: resumedAfterOf(data.resumedAfter)! } : {}),
      ...(data.endedBy === 'judgment' ? { endedBy: 'judgment' as const } : {}),
      ...(str(data.effective) ? { effective: str(data.effective)! } : {}),
      ...(Array.isArray(data.limitedTo) ? { limitedTo: data.limitedTo as string[] } : {}),
      ...(data.term === true ? { term: true as const } : {}),
      ...(str(data.previousUntil) ? { previousUntil: str(data.previousUntil)! } : {}),
      ...(rulingTermOf(data.sooner) ? { sooner: rulingTermOf(data.sooner)! } : {}),
      ...(data.withDecertification === true ? { withDecertification: true as const } : {}),
      ...(str(data.heldUntil) ? { heldUntil: str(data.heldUntil)! } : {}),
      ...(str(data.object) ? { object: str(data.object)! } : {}),
      ...(data.beneficiaries === 'class' || data.beneficiaries === 'plaintiffs'
        ? { beneficiaries: data.beneficiaries }
        : {}),
      ...(data.withoutVacatur === true ? { withoutVacatur: true as const } : {}),
      ...(data.byAppeals === true ? { byAppeals: true as const } : {}),
      ...appealEndOf(data.appealEnded),
      ...partOfOrderOf(data.part),
    });
  }
  if (family === 'class' || family === 'contempt' || family === 'transfer' || family === 'judgment')
    return docketEvent(
      type as
        | 'class.decertified'
        | 'class.certified'
        | 'judgment.entered'
        | 'contempt.found'
        | 'contempt.purged'
        | `transfer.${'out' | 'in'}`,
      {
        date: e.date,
        message: e.message,
        entryNumber: base.entryNumber,
        words: base.words,
        ...(data.subclass !== undefined ? { subclass: str(data.subclass) } : {}),
        ...(data.definition !== undefined ? { definition: str(data.definition) } : {}),
        ...(data.provisional === true ? { provisional: true } : {}),
        ...(typeof data.reliefRead === 'boolean' ? { reliefRead: data.reliefRead } : {}),
        ...(Array.isArray(data.limited)
          ? { limited: data.limited as { ruling: string; parties: string[] }[] }
          : {}),
        ...(data.party !== undefined ? { party: str(data.party) } : {}),
        ...(data.nature === 'civil' || data.nature === 'criminal' ? { nature: data.nature } : {}),
        ...(str(data.court) ? { court: str(data.court)! } : {}),
        ...(data.docketNumber !== undefined ? { docketNumber: str(data.docketNumber) } : {}),
      },
    );
  if (family === 'hearing')
    return docketEvent(type as `hearing.${HearingAction}`, {
      ...base,
      kind: 'hearing',
      hearing: (record?.data as { type?: string } | undefined)?.type ?? 'hearing',
      on: str(data.date) ?? record?.due ?? null,
      time: str(data.time) ?? record?.dueTime ?? null,
      previousOn: str(data.previousDue),
      ...hearingWhere(data.where ?? (record?.data as { where?: unknown } | undefined)?.where),
      ...withdrawnOrderOf(data.withdrawnOrder),
    });
  return null;
}

/** Where and how a hearing is held, as its event (or else its record) says. */
function hearingWhere(v: unknown): { where?: HearingWhere } {
  const where = hearingWhereOf(v);
  return where ? { where } : {};
}

/**
 * What makes a change one change: its type, the record, and the entry that made it (or, for the
 * passing of time, the day or occurrence). Not its wording: an entry whose text is filled in later
 * is the same change, told once.
 */
export function keyOf(e: TrackerEvent, record: DeadlineRecord | undefined): string {
  const id = record?.id ?? '';
  const d = e.data ?? {};
  switch (e.type) {
    case 'deadline.missing':
      return hash([e.type, id, String(d.occurrence), String(d.due)], 32);
    case 'deadline.passed':
      return hash([e.type, id, String(d.due)], 32);
    case 'stay.expired':
      // The last day that passed, not the record's last day now: a stay extended after it lapsed
      // has a new last day, and its lapse was told once already.
      return hash([e.type, id, typeof d.expires === 'string' ? d.expires : (record?.due ?? '')], 32);
    case 'injunction.expired':
      return hash([e.type, id, record?.due ?? ''], 32);
    case 'appeal.decided':
      // One decision, whether the appeals docket or the district clerk's copy reports it; the full
      // court's decision after rehearing, or the panel's reinstated, is another (the same outcome
      // told again: the one before it no longer stood). Keys of other decisions are as they were.
      return Array.isArray(d.rulings) && d.rulings.length > 0
        ? hash(
            [
              e.type,
              String(d.outcome),
              String(d.inPart),
              ...(d.rulings as string[]),
              ...(d.enBanc === true ? ['en banc'] : []),
              ...(typeof d.reinstated === 'string' ? [`reinstated ${d.reinstated}`] : []),
            ],
            32,
          )
        : hash(['change', e.type, e.message, e.entry], 32);
    default:
      // A decision taking effect with the mandate: one change whichever docket reports it.
      if (d.byMandate === true) return hash(['mandate', e.type, id, String(d.decided)], 32);
      return hash(['change', e.type, id || e.message, e.entry], 32);
  }
}

/** The key the same change had before keys left out the wording: a store kept from then has it. */
export function legacyKeyOf(e: TrackerEvent, record: DeadlineRecord | undefined): string | null {
  return TIME_TYPES.has(e.type) ? null : hash([e.type, record?.id ?? '', e.entry, e.message], 32);
}

/** Append an event unless its key was emitted before; true when appended. */
export async function emitOnce(
  trx: Db,
  caseId: number,
  key: string,
  event: DocketEvent,
  entry: string | null,
  now: string,
  legacyKey: string | null = null,
  told?: Set<string>,
): Promise<boolean> {
  // The keys already told, read once per refresh: most derived changes were told before.
  if (told && (told.has(key) || (legacyKey !== null && told.has(legacyKey)))) return false;
  if (legacyKey && !told) {
    const told = await trx
      .selectFrom('deadline_notices')
      .select('key')
      .where('case_id', '=', caseId)
      .where('key', '=', legacyKey)
      .executeTakeFirst();
    if (told) return false;
  }
  const inserted = await trx
    .insertInto('deadline_notices')
    .values({ case_id: caseId, key, created_at: now })
    .onConflict((oc) => oc.columns(['case_id', 'key']).doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return false;
  told?.add(key);
  await trx
    .insertInto('events')
    .values({
      case_id: caseId,
      type: event.type,
      entry_key: entry,
      payload: JSON.stringify(event.payload),
      created_at: now,
      ingest: ingestOfEvents(),
    })
    .execute();
  return true;
}

/** Every change already told for a case (`deadline_notices`), read once. */
export async function toldKeys(trx: Db, caseId: number): Promise<Set<string>> {
  const rows = await trx.selectFrom('deadline_notices').select('key').where('case_id', '=', caseId).execute();
  return new Set(rows.map((r) => r.key));
}

/** The parties a stay was granted for alone: this change's own words, or its record's. */
function grantedFor(
  data: Record<string, unknown>,
  record: { data: unknown } | null | undefined,
): string[] | null {
  if (data.fromGrant === true && Array.isArray(data.limitedTo)) return data.limitedTo as string[];
  const limited = (record?.data as { limitedTo?: { parties?: unknown; fromGrant?: unknown } } | undefined)
    ?.limitedTo;
  return limited?.fromGrant === true && Array.isArray(limited.parties) ? (limited.parties as string[]) : null;
}
