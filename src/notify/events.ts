/**
 * The store's event log (`events`) read as notifications. Ingest appends `entry.*` and `gap.*`;
 * the deadline record appends `deadline.*`, `stay.*`, `injunction.*` and `hearing.*` with a payload
 * of `{ record, what, party, due, previousDue, date, message, … }`. `toNotifyEvent` is the one
 * place a stored event becomes a `NotifyEvent` (or nothing, for bookkeeping events nobody is
 * mailed about); `postureAt` reads where the case stands from the deadline record.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/index.ts';
import { classify } from '../deadlines/extract/classify.ts';
import { casePosture } from '../deadlines/record.ts';
import type { InjunctionAction, InjunctionType } from '../deadlines/types.ts';
import type {
  CaseRef,
  DeadlineEventChange,
  EntryRef,
  HearingEventChange,
  InForce,
  NotifyEvent,
  Posture,
  StayChange,
  UpcomingDeadline,
  UpcomingHearing,
} from './types.ts';

export interface StoredEvent {
  id: number;
  caseId: number;
  type: string;
  entryKey: string | null;
  payload: Record<string, unknown>;
  createdAt: string;
}

interface StoredEntry {
  number: number | null;
  date: string | null;
  description: string;
  documentUrl: string | null;
}

/** What `toNotifyEvent` needs besides the event: the case and the entry it names. */
export interface EventContext {
  case: CaseRef;
  entry: StoredEntry | null;
}

/** Events with `id > afterId` (and `<= upTo`), oldest first, for some cases or all. */
export async function readEvents(
  db: Kysely<Database>,
  options: { afterId: number; upTo?: number; caseIds?: number[]; limit?: number },
): Promise<StoredEvent[]> {
  if (options.caseIds && options.caseIds.length === 0) return [];
  let q = db
    .selectFrom('events')
    .select(['id', 'case_id', 'type', 'entry_key', 'payload', 'created_at'])
    .where('id', '>', options.afterId)
    .orderBy('id');
  if (options.upTo !== undefined) q = q.where('id', '<=', options.upTo);
  if (options.caseIds) q = q.where('case_id', 'in', options.caseIds);
  if (options.limit !== undefined) q = q.limit(options.limit);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: Number(r.id),
    caseId: r.case_id,
    type: r.type,
    entryKey: r.entry_key,
    payload: parsePayload(r.payload),
    createdAt: r.created_at,
  }));
}

function parsePayload(text: string): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(text);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The cases of these ids as `CaseRef`s. */
export async function caseRefs(db: Kysely<Database>, ids: number[]): Promise<Map<number, CaseRef>> {
  const out = new Map<number, CaseRef>();
  if (ids.length === 0) return out;
  const rows = await db
    .selectFrom('cases')
    .select(['id', 'court_id', 'docket_number', 'case_name', 'pacer_case_id'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  for (const r of rows) {
    out.set(r.id, {
      court: r.court_id,
      docketNumber: r.docket_number,
      caseName: r.case_name,
      docketUrl:
        r.pacer_case_id && /^\d+$/.test(r.pacer_case_id)
          ? `https://ecf.${r.court_id}.uscourts.gov/cgi-bin/DktRpt.pl?${r.pacer_case_id}`
          : null,
    });
  }
  return out;
}

/** The entries these events name, keyed `caseId:entryKey`. */
export async function entriesFor(
  db: Kysely<Database>,
  events: StoredEvent[],
): Promise<Map<string, StoredEntry>> {
  const out = new Map<string, StoredEntry>();
  const byCase = new Map<number, Set<string>>();
  for (const e of events) {
    if (e.entryKey === null) continue;
    const set = byCase.get(e.caseId) ?? new Set<string>();
    set.add(e.entryKey);
    byCase.set(e.caseId, set);
  }
  for (const [caseId, keys] of byCase) {
    const all = [...keys];
    for (let i = 0; i < all.length; i += 500) {
      const rows = await db
        .selectFrom('entries')
        .select(['entry_key', 'number', 'date_filed', 'date_entered', 'description', 'document_url'])
        .where('case_id', '=', caseId)
        .where('entry_key', 'in', all.slice(i, i + 500))
        .execute();
      for (const r of rows) {
        out.set(`${caseId}:${r.entry_key}`, {
          number: r.number,
          date: (r.date_filed ?? r.date_entered)?.slice(0, 10) ?? null,
          description: r.description,
          documentUrl: r.document_url,
        });
      }
    }
  }
  return out;
}

/** Stored events as notifications, with their cases and entries looked up. */
export async function notifyEvents(
  db: Kysely<Database>,
  events: StoredEvent[],
): Promise<{ stored: StoredEvent; event: NotifyEvent }[]> {
  const cases = await caseRefs(
    db,
    events.map((e) => e.caseId),
  );
  const entries = await entriesFor(db, events);
  const out: { stored: StoredEvent; event: NotifyEvent }[] = [];
  for (const stored of events) {
    const c = cases.get(stored.caseId);
    if (!c) continue;
    const entry =
      stored.entryKey === null ? null : (entries.get(`${stored.caseId}:${stored.entryKey}`) ?? null);
    for (const event of toNotifyEvent(stored, { case: c, entry })) out.push({ stored, event });
  }
  return out;
}

/** Deadline bases that no judge set: advocates do not hear about them. */
const NOT_SET_BY_COURT: ReadonlySet<string> = new Set([
  'local_rule_default',
  'clerk_computed_in_text',
  'stipulation_pending_approval',
]);

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);
const day = (v: unknown): string | null => {
  const s = str(v);
  return s && /^\d{4}-\d{2}-\d{2}/.test(s) ? s.slice(0, 10) : null;
};

const DEADLINE_CHANGES: Record<string, DeadlineEventChange> = {
  set: 'set',
  reset: 'moved',
  extended: 'moved',
  shortened: 'moved',
  moved: 'moved',
  vacated: 'vacated',
  mooted: 'vacated',
  suspended: 'vacated',
  withdrawn: 'vacated',
};
const STAY_CHANGES: Record<string, StayChange> = {
  granted: 'granted',
  extended: 'extended',
  scope_expanded: 'expanded',
  expanded: 'expanded',
  lifted: 'lifted',
  dissolved: 'lifted',
  vacated: 'lifted',
};
const HEARING_CHANGES: Record<string, HearingEventChange> = {
  set: 'set',
  reset: 'moved',
  moved: 'moved',
  cancelled: 'cancelled',
  vacated: 'cancelled',
  withdrawn: 'cancelled',
};
const INJUNCTION_ACTIONS: readonly InjunctionAction[] = [
  'granted',
  'extended',
  'modified',
  'dissolved',
  'vacated',
  'stayed',
];
const INJUNCTION_TYPES: readonly InjunctionType[] = ['TRO', 'preliminary_injunction', 'permanent_injunction'];

/** Fields of `entry.updated` changes, in words. */
const FILLED_IN: Record<string, string> = {
  description: 'full docket text',
  shortDescription: 'short description',
  documentUrl: 'document link',
  pacerDocId: 'document link',
  pageCount: 'page count',
  attachments: 'attachments',
  dateFiled: 'filing date',
  dateEntered: 'date entered',
  number: 'entry number',
  status: 'back on the docket',
};

/**
 * The notifications one stored event stands for: none for bookkeeping (`case.tracked`, `gap.*`,
 * a deadline passing or confirmed), one for the rest.
 */
export function toNotifyEvent(stored: StoredEvent, ctx: EventContext): NotifyEvent[] {
  const p = stored.payload;
  const id = `ev${stored.id}`;
  const [family, action = ''] = splitType(stored.type);
  const entryRef: EntryRef | null = ctx.entry
    ? { number: ctx.entry.number === null ? null : String(ctx.entry.number), date: ctx.entry.date, url: null }
    : stored.entryKey !== null && typeof p.entryNumber === 'number'
      ? { number: String(p.entryNumber), date: day(p.date), url: null }
      : null;
  const base = { id, case: ctx.case, entry: entryRef };

  if (family === 'entry' && (action === 'added' || action === 'updated')) {
    const text = ctx.entry?.description ?? str(p.description) ?? '';
    if (!text && action === 'added') return [];
    const { kind, subtype } = classify(text);
    const item = {
      // A notice of appeal is news of its own for every audience, not one more "notice".
      kind: subtype === 'notice_of_appeal' ? ('notice_of_appeal' as const) : kind,
      number: entryRef?.number ?? (p.number === null || p.number === undefined ? null : String(p.number)),
      date: entryRef?.date ?? day(p.dateFiled) ?? day(p.dateEntered),
      url: null,
      text,
      documentUrl: ctx.entry?.documentUrl ?? str(p.documentUrl),
    };
    if (action === 'updated') {
      const changes = p.changes && typeof p.changes === 'object' ? Object.keys(p.changes) : [];
      const filledIn = [...new Set(changes.map((c) => FILLED_IN[c] ?? c))];
      return [{ ...base, type: 'entry_updated', item, filledIn }];
    }
    return [{ ...base, type: 'entry_added', item }];
  }

  const what = str(p.what);
  if (family === 'deadline') {
    if (action === 'missing') {
      const due = day(p.due);
      return due
        ? [
            {
              ...base,
              type: 'filing_missing',
              what: what ?? 'an expected filing',
              party: str(p.party),
              dueDate: due,
            },
          ]
        : [];
    }
    const change = DEADLINE_CHANGES[action];
    if (!change) return [];
    return [
      {
        ...base,
        type: 'deadline',
        change,
        what: what ?? 'a deadline',
        party: str(p.party),
        dueDate: day(p.due),
        dueTime: str(p.dueTime),
        previousDue: day(p.previousDue),
        setByCourt: !NOT_SET_BY_COURT.has(str(p.basis) ?? ''),
      },
    ];
  }
  if (family === 'stay') {
    if (action === 'expiring') {
      const expires = day(p.due) ?? day(p.expires);
      if (!expires) return [];
      const daysLeft = typeof p.daysLeft === 'number' ? p.daysLeft : Number.NaN;
      return Number.isInteger(daysLeft)
        ? [{ ...base, type: 'stay_expiring', what: stayed(what), expires, daysLeft }]
        : [];
    }
    const change = STAY_CHANGES[action];
    if (!change) return [];
    return [
      {
        ...base,
        type: 'stay',
        change,
        what: stayed(what),
        expires: day(p.due) ?? day(p.expires),
        until: str(p.until),
        previousExpires: day(p.previousDue) ?? day(p.previousExpires),
      },
    ];
  }
  if (family === 'injunction') {
    const act = INJUNCTION_ACTIONS.find((a) => a === action);
    if (!act) return [];
    // The deadline record names the kind of injunction in `what` (`TRO`, `preliminary_injunction`).
    const t = str(p.type) ?? str(p.injunction) ?? what;
    return [
      {
        ...base,
        type: 'injunction',
        injunction: INJUNCTION_TYPES.find((x) => x === t) ?? 'preliminary_injunction',
        action: act,
        until: day(p.due) ?? str(p.until),
      },
    ];
  }
  if (family === 'hearing') {
    const change = HEARING_CHANGES[action];
    if (!change) return [];
    return [
      {
        ...base,
        type: 'hearing',
        change,
        hearing: str(p.hearing) ?? str(p.type) ?? what ?? 'hearing',
        date: day(p.due) ?? day(p.date),
        time: str(p.dueTime) ?? str(p.time),
        previousDate: day(p.previousDue),
      },
    ];
  }
  if (family === 'appeal' && action === 'mandate') {
    return [
      {
        ...base,
        type: 'appeal_ruling',
        outcome: 'mandate_issued',
        court: ctx.case.court.startsWith('ca') ? ctx.case.court : null,
        ruling: str(p.message),
      },
    ];
  }
  if (family === 'source' && (action === 'down' || action === 'layout_changed')) {
    return [
      {
        ...base,
        type: action === 'down' ? 'source_down' : 'layout_changed',
        source: str(p.source) ?? 'a source',
        since: str(p.since),
        // The poller writes the failure as `error` (and its `code`); older events said `detail`/`message`.
        detail: str(p.error) ?? str(p.detail) ?? str(p.message),
      },
    ];
  }
  return [];
}

/** What is stayed: the record says "stay of removal of class members", the wording wants "removal of class members". */
function stayed(what: string | null): string | null {
  return what?.replace(/^stay\s+(?:of|on)\s+/i, '') || what;
}

function splitType(type: string): [string, string] {
  const dot = type.indexOf('.');
  return dot < 0 ? [type, ''] : [type.slice(0, dot), type.slice(dot + 1)];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Where the case stands on `asOf` (`YYYY-MM-DD`), as the deadline record derives it
 * (`casePosture`), in the shape the digest renders.
 */
export async function postureAt(db: Kysely<Database>, caseId: number, asOf: string): Promise<Posture> {
  const p = await casePosture({ db }, caseId, asOf, { recent: 0 });
  return {
    inForce: p.inForce.map(
      (f): InForce => ({
        kind: f.kind,
        description: f.text,
        since: f.since,
        expires: f.until && DATE.test(f.until) ? f.until : null,
        until: f.until && !DATE.test(f.until) ? f.until : null,
        entry: null,
      }),
    ),
    nextDeadlines: p.nextDeadlines
      .filter((d): d is typeof d & { due: string } => d.due !== null && d.due >= asOf)
      .map(
        (d): UpcomingDeadline => ({
          what: d.what,
          party: d.party,
          dueDate: d.due,
          dueTime: d.dueTime,
          entry: null,
        }),
      )
      .slice(0, 10),
    nextHearings: p.hearings
      .filter((h): h is typeof h & { date: string } => h.date !== null && h.date >= asOf)
      .map((h): UpcomingHearing => ({ hearing: h.type, date: h.date, time: h.time, entry: null }))
      .slice(0, 5),
  };
}
