/**
 * The iCalendar feed of a case: deadlines, hearings and the last days of stays and injunctions.
 * Each event's UID is the deadline record's stable id (`dl-…@docketwatch`), so when an order moves a
 * date the calendar app updates the event it already has; SEQUENCE grows with the record's history.
 * Withdrawn things (vacated deadlines, lifted stays, cancelled hearings) stay in the feed as
 * CANCELLED so apps remove them instead of keeping a stale date.
 */
import ical, { ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { findCourt } from '../courts.ts';
import type { DeadlineRecord } from '../deadlines/record.ts';
import { oneLine } from '../notify/escape.ts';
import { entryLabel, formatDate, humanize } from '../notify/language.ts';
import type { CaseInfo } from './data.ts';

export type CalendarAudience = 'legal' | 'advocate';

/** The advocate calendar: what changes things for the people in the case, not every brief. */
const ADVOCATE_KINDS: ReadonlySet<DeadlineRecord['kind']> = new Set(['stay', 'injunction', 'hearing']);
const CANCELLED = new Set(['vacated', 'lifted', 'superseded', 'cancelled', 'dissolved']);

export interface CalendarInput {
  info: CaseInfo;
  records: readonly DeadlineRecord[];
  audience: CalendarAudience;
  /** Absolute URL of the case page. */
  caseUrl: string;
  now: Date;
}

interface Occurrence {
  uid: string;
  due: string;
  dueTime: string | null;
  summary: string;
  description: string;
  cancelled: boolean;
  sequence: number;
}

export function caseCalendar(input: CalendarInput): string {
  const { info, audience } = input;
  const tz = findCourt(info.court)?.tz ?? 'America/New_York';
  const name = info.name ?? info.key;
  const cal = ical({
    name: audience === 'advocate' ? `${name}: key dates` : `${name}: deadlines and hearings`,
    prodId: { company: 'docketwatch', product: 'docketwatch', language: 'EN' },
    url: input.caseUrl,
    ttl: 3600,
  });
  for (const o of input.records.flatMap((r) => occurrences(r, info, audience))) {
    const day = DateTime.fromISO(o.due, { zone: tz });
    const timed = o.dueTime ? DateTime.fromISO(`${o.due}T${o.dueTime}`, { zone: tz }) : null;
    cal.createEvent({
      id: o.uid,
      sequence: o.sequence,
      stamp: input.now,
      ...(timed?.isValid
        ? { start: timed.toUTC(), end: timed.plus({ hours: 1 }).toUTC() }
        : { start: day, allDay: true }),
      summary: o.summary,
      description: `${o.description}\n\n${input.caseUrl}`,
      url: input.caseUrl,
      status: o.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return cal.toString();
}

function occurrences(r: DeadlineRecord, info: CaseInfo, audience: CalendarAudience): Occurrence[] {
  if (r.review === 'dismissed') return [];
  if (audience === 'advocate' && !ADVOCATE_KINDS.has(r.kind)) return [];
  const sequence = Array.isArray(r.history) ? r.history.length : 0;
  const cancelled = CANCELLED.has(r.status);
  const source = r.entry ? `Set by ${entryLabel(/^\d+$/.test(r.entry) ? r.entry : null)}` : 'Added by hand';
  const words = oneLine(r.words).slice(0, 600);
  const base = { dueTime: r.dueTime, cancelled, sequence };
  const uid = (suffix = '') => `${r.id}${suffix}@docketwatch`;
  const caseName = info.name ?? info.key;
  const describe = (plain: string) =>
    audience === 'advocate' ? `${plain}\n${caseName}` : `${plain}\n${source}: "${words}"\n${info.key}`;

  if (r.kind === 'deadline') {
    const rec = r.data.recurrence as { occurrences?: { index: number; due: string; state: string }[] } | null;
    const who = r.party ? `${r.party}: ` : '';
    const what = oneLine(r.what);
    if (rec?.occurrences && rec.occurrences.length > 0) {
      return rec.occurrences.slice(0, 400).map((o) => ({
        ...base,
        uid: uid(`-${o.index}`),
        due: o.due,
        summary: `${who}${what} due (${ordinal(o.index)})`,
        description: describe(`${capital(what)} due ${formatDate(o.due)} (${o.state}).`),
        cancelled: cancelled || o.state === 'vacated',
      }));
    }
    if (!r.due) return [];
    return [
      {
        ...base,
        uid: uid(),
        due: r.due,
        summary: `${who}${what} due${r.status === 'satisfied' ? ' (filed)' : ''}`,
        description: describe(`${capital(what)} due ${formatDate(r.due)}.`),
      },
    ];
  }
  if (!r.due) return [];
  if (r.kind === 'stay') {
    const what = oneLine(r.what);
    return [
      {
        ...base,
        uid: uid(),
        due: r.due,
        summary:
          audience === 'advocate'
            ? `Last day of the court's ${what} (protection ends unless extended)`
            : `${capital(what)} expires (last day in force)`,
        description: describe(
          audience === 'advocate'
            ? `The court's ${what} protects people in this case through ${formatDate(r.due)}. Check the case page for an extension.`
            : `${capital(what)} in force through ${formatDate(r.due)}.`,
        ),
      },
    ];
  }
  if (r.kind === 'injunction') {
    const what = oneLine(r.what);
    return [
      {
        ...base,
        uid: uid(),
        due: r.due,
        summary: `${capital(what)} ends`,
        description: describe(`The ${what} is in force through ${formatDate(r.due)}.`),
      },
    ];
  }
  const what = humanize(oneLine(r.what));
  return [
    {
      ...base,
      uid: uid(),
      due: r.due,
      summary: `Hearing: ${what}${cancelled ? ' (cancelled)' : ''}`,
      description: describe(`${capital(what)} on ${formatDate(r.due)}.`),
    },
  ];
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function ordinal(n: number): string {
  const s = ['th', 'st', 'nd', 'rd'];
  const v = n % 100;
  return `${n}${s[(v - 20) % 10] ?? s[v] ?? s[0]}`;
}
