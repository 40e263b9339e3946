/**
 * What protected people in a case, order by order, as of a day: every stored change to a stay or an
 * injunction (granted, expanded, extended, changed, replaced, stayed, vacated, ended) and every
 * court of appeals' act on them (a decision, its mandate, a dismissal, a recall), told in the
 * advocate's words of the alerts (`phrase`), so the advocates' key dates page says what their mail
 * said. Read from the event log the deadline record appends (`events`): a change whose record was
 * withdrawn, or that named no tracked record, is left out.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/index.ts';
import { EVENT_COLUMNS, notifyEvents, type StoredEvent, storedEvent } from './events.ts';
import { dateIn, type Language, t } from './i18n.ts';
import { entryLabel, isRemoval, phrase, whoseRemovalKey } from './language.ts';
import type { NotifyEvent } from './types.ts';

/** The stored changes that start, change or end a protection. */
const PROTECTION =
  /^(?:stay\.(?:granted|scope_expanded|extended|lifted|superseded|expired)|injunction\.(?:granted|extended|modified|converted|stayed|dissolved|vacated|expired)|appeal\.(?:decided|dismissed|recalled|reheard|stay_granted|mandate))$/;

const APPEAL_KEY = /^appeal:(\d+):(\d+)$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface ProtectionChange {
  /** The day it happened (the order's filing day, or the day a stay ran out). */
  date: string;
  /** The entry that made it, as its docket numbers it, when known. */
  number: string | null;
  /** The court whose docket that is, when it is a court of appeals' (`ca6`). */
  appealsCourt: string | null;
  /** Told as the alerts tell it; `null` for what no alert tells (a stay that ran out, or was replaced). */
  event: NotifyEvent | null;
  /** The stored event's type and payload, for what the alerts do not tell. */
  type: string;
  payload: Record<string, unknown>;
}

/**
 * The changes of the case by `asOf`, oldest first. `records` are the ids of the records that stand
 * (a change of a withdrawn one was a misreading, corrected since).
 */
export async function protectionChanges(
  db: Kysely<Database>,
  caseId: number,
  asOf: string,
  records: ReadonlySet<string>,
): Promise<ProtectionChange[]> {
  const stored: StoredEvent[] = [];
  // Only the stays', injunctions' and appeals' events are read (a big case has thousands of others).
  const rows = await db
    .selectFrom('events')
    .select(EVENT_COLUMNS)
    .where('case_id', '=', caseId)
    .where((eb) => eb.or(['stay.%', 'injunction.%', 'appeal.%'].map((t) => eb('type', 'like', t))))
    .orderBy('id')
    .execute();
  for (const r of rows) {
    if (!PROTECTION.test(r.type)) continue;
    const e = storedEvent(r);
    const date = typeof e.payload.date === 'string' ? e.payload.date.slice(0, 10) : null;
    if (!date || date > asOf) continue;
    const record = 'record' in e.payload ? e.payload.record : undefined;
    // A posture change names its record: none (nothing was tracked), or one since withdrawn, changed nothing.
    if (!e.type.startsWith('appeal.') && (typeof record !== 'string' || !records.has(record))) continue;
    stored.push(e);
  }
  // A court of appeals' act read into this case's record names that court (its entry key
  // `appeal:<case id>:<number>`): "The Sixth Circuit threw out …", "(Doc. 91)".
  const appealIds = [
    ...new Set(
      stored.flatMap((e) => {
        const m = APPEAL_KEY.exec(e.entryKey ?? '');
        return m ? [Number(m[1])] : [];
      }),
    ),
  ];
  const courts = new Map(
    appealIds.length === 0
      ? []
      : (await db.selectFrom('cases').select(['id', 'court_id']).where('id', 'in', appealIds).execute()).map(
          (r) => [r.id, r.court_id] as const,
        ),
  );
  const told = await notifyEvents(db, stored);
  const byStored = new Map<StoredEvent, NotifyEvent[]>();
  for (const { stored: s, event } of told) byStored.set(s, [...(byStored.get(s) ?? []), event]);
  const out: ProtectionChange[] = [];
  for (const e of stored) {
    // An order that ran out ended after its last day, not on the day docketwatch noticed it.
    const lastDay =
      e.type === 'injunction.expired'
        ? e.payload.until
        : e.type === 'stay.expired'
          ? e.payload.expires
          : null;
    const date =
      typeof lastDay === 'string' && ISO_DAY.test(lastDay) ? lastDay : String(e.payload.date).slice(0, 10);
    const appeal = APPEAL_KEY.exec(e.entryKey ?? '');
    const appealsCourt = appeal ? (courts.get(Number(appeal[1])) ?? null) : null;
    const number = appeal
      ? appeal[2]!
      : typeof e.payload.entryNumber === 'number'
        ? String(e.payload.entryNumber)
        : null;
    const base = { date, number, appealsCourt, type: e.type, payload: e.payload };
    if (e.type === 'stay.superseded') {
      // Told with the injunction its order granted (`replacesStay`), when the alerts tell that one.
      const granted = stored.some(
        (g) => g.type === 'injunction.granted' && g.entryKey === e.entryKey && byStored.has(g),
      );
      if (!granted) out.push({ ...base, event: null });
      continue;
    }
    if (e.type === 'stay.expired') {
      out.push({ ...base, event: null });
      continue;
    }
    if (e.type === 'injunction.expired') {
      // Another injunction granted on its last day took its place (a TRO until the preliminary injunction).
      const next = stored.find(
        (g) =>
          g.type === 'injunction.granted' &&
          g.payload.record !== e.payload.record &&
          g.payload.since === date,
      );
      out.push({
        ...base,
        event: null,
        payload: {
          ...e.payload,
          ...(next ? { replacedBy: { injunction: next.payload.injunction, since: date } } : {}),
        },
      });
      continue;
    }
    for (const said of byStored.get(e) ?? []) {
      const event =
        said.type === 'appeal_ruling' && said.court === null && appealsCourt
          ? { ...said, court: appealsCourt }
          : said;
      out.push({
        ...base,
        event,
      });
    }
  }
  // Oldest first by the day it happened (a stay or injunction that ran out, by its last day).
  return out
    .map((c, i) => ({ c, i }))
    .sort((a, b) => (a.c.date === b.c.date ? a.i - b.i : a.c.date < b.c.date ? -1 : 1))
    .map((x) => x.c);
}

/** One change as a person reads it, in `lang`: a headline and the sentence of the alerts. */
export function protectionLine(
  lang: Language,
  c: ProtectionChange,
  court: string,
): { headline: string; sentence: string; label: string | null } {
  const label = c.number ? entryLabel(c.number, c.appealsCourt ?? court, lang) : null;
  const stayOf = (what: string | null) => {
    const key = whoseRemovalKey(what);
    return { removal: isRemoval(what) ? 'yes' : 'no', anyone: t(lang, 'who.anyone', { who: key }) };
  };
  if (c.event) {
    const p = phrase(c.event, 'advocate', lang);
    return { headline: p.headline, sentence: p.sentence, label };
  }
  const what = typeof c.payload.what === 'string' ? c.payload.what : null;
  const expires = typeof c.payload.expires === 'string' ? c.payload.expires : c.date;
  if (c.type === 'stay.superseded')
    return {
      headline: t(lang, 'protection.stayReplaced.headline'),
      sentence: t(lang, 'protection.stayReplaced', stayOf(what)),
      label,
    };
  if (c.type === 'stay.expired')
    return {
      headline: t(lang, 'protection.stayEnded.headline'),
      sentence: t(lang, 'protection.stayEnded', { ...stayOf(what), date: dateIn(lang, expires) }),
      label,
    };
  // Which injunction ran out, and what took its place that day, if anything.
  const type = typeof c.payload.injunction === 'string' ? c.payload.injunction : 'preliminary_injunction';
  const since = typeof c.payload.since === 'string' ? c.payload.since : null;
  const named = (injunction: unknown, day: string | null) =>
    `${t(lang, 'injunction.theName', { injunction: String(injunction) })}${day ? ` ${t(lang, 'injunction.of', { date: dateIn(lang, day) })}` : ''}`;
  const next = c.payload.replacedBy as { injunction: string; since: string } | undefined;
  return {
    headline: t(lang, 'protection.injunctionEnded.headline', { injunction: type }),
    sentence: capitalized(
      t(lang, 'protection.injunctionEnded', {
        theName: named(type, since),
        date: dateIn(lang, c.date),
        by: next ? named(next.injunction, next.since) : 'none',
      }),
    ),
    label,
  };
}

const capitalized = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
