/**
 * The iCalendar feed of a case: deadlines, hearings and the last days of stays and injunctions.
 * Each event's UID is the deadline record's stable id (`dl-…@docketwatch`), so when an order moves a
 * date the calendar app updates the event it already has; SEQUENCE grows with the record's history.
 * Withdrawn things (vacated deadlines, lifted stays, cancelled hearings) stay in the feed as
 * CANCELLED so apps remove them instead of keeping a stale date.
 */
import ical, { ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import type { CaseClass } from '../../db/case-details.ts';
import { findCourt } from '../courts.ts';
import type { DeadlineRecord } from '../deadlines/record.ts';
import { isCourtSet, isPaperwork } from '../notify/critical.ts';
import { oneLine } from '../notify/escape.ts';
import { dateIn, type Language, t } from '../notify/i18n.ts';
import { deadlineIn, hearingIn } from '../notify/labels.ts';
import {
  entryLabel,
  formatDate,
  humanize,
  partiesIn,
  stayProtectsFromRemoval,
  untilIn,
  whoseRemovalKey,
} from '../notify/language.ts';
import { clip } from '../notify/render.ts';
import type { CaseInfo } from './data.ts';

export type CalendarAudience = 'legal' | 'advocate';

const CANCELLED = new Set([
  'vacated',
  'relieved',
  'lifted',
  'superseded',
  'cancelled',
  'dissolved',
  'mooted',
  'withdrawn',
]);

/**
 * The day an order ended the record (its last vacating, mooting, lifting… change), or `null`. A date
 * before it was not cancelled by that order: it had passed (or was met) while the record stood, so
 * a vacatur in 2019 does not turn a 2017 report date or a 2018 release day into "cancelled".
 */
function endedOn(r: DeadlineRecord): string | null {
  if (!Array.isArray(r.history)) return null;
  let day: string | null = null;
  for (const h of r.history as { change?: unknown; date?: unknown }[])
    if (typeof h.change === 'string' && CANCELLED.has(h.change) && typeof h.date === 'string')
      day = h.date.slice(0, 10);
  return day;
}

/**
 * Whether an occurrence of a recurring record that ended is cancelled: only one on or after the day
 * it ended. A one-time date reads the stored record's status as it is (the tracker keeps a date that
 * had passed before its order was vacated as passed), so the calendar tells what the CLI and API tell.
 */
function offOn(r: DeadlineRecord, due: string, ended: boolean): boolean {
  if (!ended) return false;
  const end = endedOn(r);
  return end === null || due >= end;
}

export interface CalendarInput {
  info: CaseInfo;
  records: readonly DeadlineRecord[];
  audience: CalendarAudience;
  /** Absolute URL of the case page. */
  caseUrl: string;
  now: Date;
  /** The advocate calendar's language (the legal one is English). */
  lang?: Language;
  /** Who the case is about (`case set`), for the advocate calendar's words. */
  people?: CaseClass | null;
  /** The days its appeals' mandates are due (`mandateDates`): on the legal calendar. */
  mandates?: readonly MandateDate[];
}

/** A court of appeals' mandate due on a day (FRAP 41(b): 7 days after rehearing is denied). */
export interface MandateDate {
  uid: string;
  due: string;
  /** The day it issued, once it has. */
  issued: string | null;
  /** Stayed (FRAP 41(d)) before it issued: not due on that day. */
  stayed: boolean;
}

/** An appeal's event as the calendar reads it: its kind, day, docket and, for a denied rehearing, the mandate's due day. */
export interface AppealStep {
  id: number;
  type: string;
  /** `appeal:<case id>` for an appeal's own docket, `''` for the case's (the clerk's copy). */
  docket: string;
  date: string;
  mandateDue?: string;
}

/**
 * The mandate due days of a case's appeals (`steps` oldest first): each rehearing denied with the
 * day its mandate is due, then issued, or stayed, by a later step of the same appeal (or the
 * district clerk's copy of it).
 */
export function mandateDates(steps: readonly AppealStep[]): MandateDate[] {
  const out: MandateDate[] = [];
  for (const s of steps) {
    if (s.type !== 'appeal.rehearing_denied' || !s.mandateDue) continue;
    const later = steps.filter(
      (x) => x.id > s.id && (x.docket === s.docket || x.docket === '' || s.docket === ''),
    );
    const issued = later.find((x) => x.type === 'appeal.mandate');
    out.push({
      uid: `mandate-${s.id}@docketwatch`,
      due: s.mandateDue,
      issued: issued?.date ?? null,
      // Stayed before it issued: not due that day (it issued later, on its own day).
      stayed: later.some((x) => x.type === 'appeal.mandate_stayed' && (!issued || x.id < issued.id)),
    });
  }
  return out;
}

/** A mandate's due day on the legal calendar. */
function mandateOccurrence(m: MandateDate, info: CaseInfo): Occurrence {
  const state = m.stayed ? ' (stayed)' : m.issued ? ` (issued ${formatDate(m.issued)})` : '';
  return {
    uid: m.uid,
    due: m.due,
    dueTime: null,
    summary: `Court of appeals' mandate due${state}`,
    description: `The court of appeals' mandate is due ${formatDate(m.due)} (FRAP 41(b): 7 days after rehearing was denied) unless the court stays it; its decision takes effect when the mandate issues.${m.stayed ? ' The court stayed it.' : ''}${m.issued ? ` It issued ${formatDate(m.issued)}.` : ''}\n${info.key}`,
    cancelled: m.stayed,
    sequence: m.issued || m.stayed ? 1 : 0,
  };
}

/** One dated thing on a calendar: a deadline (or one of its occurrences), a stay's end, a hearing. */
export interface Occurrence {
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
  const lang = input.lang ?? 'en';
  const tz = findCourt(info.court)?.tz ?? 'America/New_York';
  const name = info.name ?? info.key;
  const cal = ical({
    name:
      audience === 'advocate' ? t(lang, 'calendar.name', { title: name }) : `${name}: deadlines and hearings`,
    prodId: { company: 'docketwatch', product: 'docketwatch', language: lang.toUpperCase() },
    url: input.caseUrl,
    ttl: 3600,
  });
  const list =
    audience === 'advocate'
      ? keyDates(
          input.records,
          lang,
          input.people ?? null,
          DateTime.fromJSDate(input.now, { zone: tz }).toISODate()!,
        )
      : [
          ...input.records.flatMap((r) => occurrences(r, info)),
          ...(input.mandates ?? []).map((m) => mandateOccurrence(m, info)),
        ];
  for (const o of list) {
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

/**
 * The advocates' key dates, in their language: a stay's last day, an injunction's first (and last,
 * when dated) day, hearings, and the dates a judge ordered that change what happens to people (a
 * release date, a report) — never a local-rule default, a clerk's count, a stipulation not yet
 * approved, or a brief's, response's or transcript's deadline. Docket words are quoted in English.
 * A recurring obligation is one date, not one per occurrence: its next occurrence on or after `today`
 * (else its last), described as "every 14 days from … to …". A hearing before `today` (the court's
 * day, or the page's as-of day) is told in the past tense. Sorted by date.
 */
export function keyDates(
  records: readonly DeadlineRecord[],
  lang: Language,
  people: CaseClass | null,
  today: string,
): Occurrence[] {
  const out: Occurrence[] = [];
  const who = (what: string | null) => (people ? 'class' : whoseRemovalKey(what));
  // docketwatch's words (the act, the hearing, how a date was found) in the language; the court's
  // English words quoted, isolated inside a right-to-left sentence (`deadlineIn`, `hearingIn`).
  const deadline = (words: string) => deadlineIn(lang, clip(oneLine(words), 200));
  for (const r of records) {
    if (r.review === 'dismissed') continue;
    const sequence = Array.isArray(r.history) ? r.history.length : 0;
    const cancelled = CANCELLED.has(r.status);
    const uid = (suffix = '') => `${r.id}${suffix}@docketwatch`;
    const base = { dueTime: r.dueTime, sequence };
    const yes = (b: boolean) => (b ? 'yes' : 'no');
    if (r.kind === 'deadline') {
      const basis = typeof r.data.basis === 'string' ? r.data.basis : null;
      if (!isCourtSet(basis) || isPaperwork(r.what)) continue;
      const rec = r.data.recurrence as {
        every?: number;
        unit?: string;
        occurrences?: { index: number; due: string; state: string }[];
      } | null;
      if (rec?.occurrences?.length) {
        out.push({
          ...base,
          ...recurringDate(r, rec.occurrences, rec, lang, today, deadline(r.what), cancelled),
        });
        continue;
      }
      const dates = rec?.occurrences?.length
        ? rec.occurrences
            .slice(0, 400)
            .map((o) => ({ suffix: `-${o.index}`, due: o.due, off: o.state === 'vacated' }))
        : r.due
          ? [{ suffix: '', due: r.due, off: false }]
          : [];
      const recurring = Boolean(rec?.occurrences?.length);
      for (const d of dates) {
        const off = recurring ? offOn(r, d.due, cancelled || d.off) : cancelled;
        out.push({
          ...base,
          uid: uid(d.suffix),
          due: d.due,
          cancelled: off,
          summary: t(lang, 'calendar.deadline.summary', { what: deadline(r.what), cancelled: yes(off) }),
          description: t(lang, 'calendar.deadline.description', {
            what: deadline(r.what),
            date: dateIn(lang, d.due),
          }),
        });
      }
      continue;
    }
    if (r.kind === 'stay') {
      if (!r.due) continue;
      const removal = stayProtectsFromRemoval(r.what, people);
      // How it ended, when it has: replaced by an injunction (say which), lifted, or run out.
      const state =
        r.status === 'superseded' || r.status === 'lifted' || r.status === 'expired' ? r.status : 'in_force';
      const off = cancelled && !endedOnItsLastDay(r);
      out.push({
        ...base,
        uid: uid(),
        due: r.due,
        cancelled: off,
        summary: t(lang, 'calendar.stay.summary', {
          cancelled: yes(off),
          state,
          replacement: replacementOf(r, records, lang),
        }),
        description: t(lang, 'calendar.stay.description', {
          state,
          removal: yes(removal),
          anyone: t(lang, 'who.anyone', { who: who(r.what) }),
          date: dateIn(lang, r.due),
          endedOn: dateIn(lang, stayEndedOn(r) ?? r.due),
          replacement: replacementOf(r, records, lang),
        }),
      });
      continue;
    }
    if (r.kind === 'injunction') {
      const type = typeof r.data.type === 'string' ? r.data.type : 'preliminary_injunction';
      const since = typeof r.data.since === 'string' ? r.data.since.slice(0, 10) : null;
      const until = typeof r.data.until === 'string' ? r.data.until : null;
      const theName = t(lang, 'injunction.theName', { injunction: type });
      const values = {
        name: t(lang, 'injunction.name', { injunction: type }),
        Name: capital(t(lang, 'injunction.name', { injunction: type })),
        theName,
        TheName: capital(theName),
        since: dateIn(lang, since),
        term: r.due ? 'date' : until ? 'until' : 'none',
        date: dateIn(lang, r.due),
        until: untilIn(lang, until),
        // Ended (replaced, run out, ended by a ruling) or withdrawn: it no longer applies.
        cancelled: yes(cancelled || (r.status !== 'in_force' && r.status !== 'stayed')),
      };
      const description = t(lang, 'calendar.injunction.description', values);
      if (since)
        out.push({
          ...base,
          dueTime: null,
          uid: uid('-start'),
          due: since,
          cancelled: false,
          summary: t(lang, 'calendar.injunction.start', values),
          description,
        });
      if (r.due)
        out.push({
          ...base,
          uid: uid(),
          due: r.due,
          cancelled,
          summary: t(lang, 'calendar.injunction.end', values),
          description,
        });
      // Kept for the named parties only: from that day it protects no one else.
      const limited = r.data.limitedTo as { parties?: unknown; since?: unknown } | undefined;
      if (limited && Array.isArray(limited.parties) && typeof limited.since === 'string') {
        const said = {
          ...values,
          theName: `${theName}${since ? ` ${t(lang, 'injunction.of', { date: dateIn(lang, since) })}` : ''}`,
          parties: partiesIn(lang, limited.parties as string[]),
          dated: 'yes',
          date: dateIn(lang, limited.since.slice(0, 10)),
        };
        out.push({
          ...base,
          dueTime: null,
          uid: uid('-limited'),
          due: limited.since.slice(0, 10),
          cancelled: false,
          summary: t(lang, 'injunction.limited.headline', { ...said, TheName: capital(said.theName) }),
          description: t(lang, 'injunction.limited', said),
        });
      }
      continue;
    }
    if (!r.due) continue;
    // A hearing's record names its type (`motion_hearing`); its words are the type's, humanized.
    const type = typeof r.data.type === 'string' ? r.data.type : r.what.replace(/\s+/g, '_').toLowerCase();
    const what = lang === 'en' ? humanize(r.what) : hearingIn(lang, type);
    out.push({
      ...base,
      uid: uid(),
      due: r.due,
      cancelled,
      summary: t(lang, 'calendar.hearing.summary', { what, cancelled: yes(cancelled) }),
      // A cancelled hearing is never told as held, before or after its day.
      description: t(lang, 'calendar.hearing.description', {
        what,
        date: dateIn(lang, r.due),
        // Held only when the docket says so; a day gone by with no record of it is told as such.
        past: r.status === 'held' ? 'held' : r.due < today ? 'unrecorded' : 'no',
        cancelled: yes(cancelled),
      }),
    });
  }
  return out.sort((a, b) => a.due.localeCompare(b.due) || a.uid.localeCompare(b.uid));
}

/**
 * A recurring court-ordered date as one key date: its next occurrence that stands on or after `today`
 * (else the last that stood), said as "Every 14 days from August 7, 2017 to April 15, 2019". An
 * occurrence an order cancelled does not stand; the schedule "ended" when its record did. The event
 * keeps that occurrence's UID (`dl-…-N`), the one the legal calendar gives it.
 */
function recurringDate(
  r: DeadlineRecord,
  occurrences: readonly { index: number; due: string; state: string }[],
  rec: { every?: number; unit?: string },
  lang: Language,
  today: string,
  what: string,
  cancelled: boolean,
): Omit<Occurrence, 'dueTime' | 'sequence'> {
  const sorted = [...occurrences].sort((a, b) => a.due.localeCompare(b.due));
  const stands = sorted.filter((o) => !offOn(r, o.due, cancelled || o.state === 'vacated'));
  const next = stands.find((o) => o.due >= today) ?? null;
  const shown = next ?? stands.at(-1) ?? sorted.at(-1)!;
  const first = stands[0] ?? sorted[0]!;
  const last = stands.at(-1) ?? sorted.at(-1)!;
  const off = stands.length === 0;
  const interval = t(lang, 'calendar.recurring.every', {
    every: typeof rec.every === 'number' ? rec.every : 1,
    unit: rec.unit === 'weeks' || rec.unit === 'months' ? rec.unit : 'days',
  });
  return {
    uid: `${r.id}-${shown.index}@docketwatch`,
    due: shown.due,
    cancelled: off,
    summary: t(lang, 'calendar.deadline.summary', { what, cancelled: off ? 'yes' : 'no' }),
    description: t(lang, 'calendar.recurring.description', {
      interval,
      what,
      from: dateIn(lang, first.due),
      to: dateIn(lang, last.due),
      ended: cancelled || r.status === 'satisfied' || r.status === 'expired' ? 'yes' : 'no',
      hasNext: next ? 'yes' : 'no',
      next: dateIn(lang, next?.due ?? null),
    }),
  };
}

/** The day a stay was replaced or lifted (its last such change), or `null`. */
function stayEndedOn(r: DeadlineRecord): string | null {
  let day: string | null = null;
  for (const h of r.history as { action?: unknown; date?: unknown }[])
    if ((h.action === 'superseded' || h.action === 'lifted') && typeof h.date === 'string')
      day = h.date.slice(0, 10);
  return day;
}

/**
 * A stay replaced or lifted on (or after) its last day did end that day: its "last day" event stands
 * (CONFIRMED), saying what took its place; only one that ended before its last day is withdrawn.
 */
function endedOnItsLastDay(r: DeadlineRecord): boolean {
  const ended = stayEndedOn(r);
  return r.due !== null && ended !== null && ended >= r.due;
}

/** What took a stay's place, in words: "the preliminary injunction of July 24, 2017" (or "a later order"). */
function replacementOf(r: DeadlineRecord, records: readonly DeadlineRecord[], lang: Language): string {
  const by = records.find((x) => x.id === r.data.supersededBy && x.kind === 'injunction');
  const type = typeof by?.data.type === 'string' ? by.data.type : null;
  const since = typeof by?.data.since === 'string' ? by.data.since.slice(0, 10) : null;
  if (!type || !since) return t(lang, 'calendar.stay.laterOrder');
  return `${t(lang, 'injunction.theName', { injunction: type })} ${t(lang, 'injunction.of', { date: dateIn(lang, since) })}`;
}

/** The legal team's calendar: every deadline, hearing, stay and dated injunction, in the record's English. */
function occurrences(r: DeadlineRecord, info: CaseInfo): Occurrence[] {
  if (r.review === 'dismissed') return [];
  const sequence = Array.isArray(r.history) ? r.history.length : 0;
  const cancelled = CANCELLED.has(r.status);
  const source = r.entry ? `Set by ${entryLabel(/^\d+$/.test(r.entry) ? r.entry : null)}` : 'Added by hand';
  const words = clip(oneLine(r.words), 600);
  const base = { dueTime: r.dueTime, cancelled, sequence };
  const uid = (suffix = '') => `${r.id}${suffix}@docketwatch`;
  const describe = (plain: string) => `${plain}\n${source}: "${words}"\n${info.key}`;
  /** The record's one event, on its day. */
  const single = (due: string, summary: string, plain: string) => [
    { ...base, uid: uid(), due, summary, description: describe(plain) },
  ];

  if (r.kind === 'deadline') {
    const rec = r.data.recurrence as { occurrences?: { index: number; due: string; state: string }[] } | null;
    const who = r.party ? `${r.party}: ` : '';
    const what = deadlineIn('en', oneLine(r.what), info.court);
    if (rec?.occurrences && rec.occurrences.length > 0) {
      return rec.occurrences.slice(0, 400).map((o) => ({
        ...base,
        uid: uid(`-${o.index}`),
        due: o.due,
        summary: `${who}${what} due (${ordinal(o.index)})`,
        description: describe(`${capital(what)} due ${formatDate(o.due)} (${o.state}).`),
        cancelled: offOn(r, o.due, cancelled || o.state === 'vacated'),
      }));
    }
    if (!r.due) return [];
    return single(
      r.due,
      `${who}${what} due${r.status === 'satisfied' ? ' (filed)' : ''}`,
      `${capital(what)} due ${formatDate(r.due)}.`,
    );
  }
  if (!r.due) return [];
  if (r.kind === 'stay') {
    const what = oneLine(r.what);
    const ended = stayEndedOn(r);
    const replaced = r.status === 'superseded' && endedOnItsLastDay(r);
    return single(
      r.due,
      `${capital(what)} expires (last day in force)${replaced ? '; replaced that day' : ''}`,
      `${capital(what)} in force through ${formatDate(r.due)}${replaced && ended ? `, when a later order took its place` : ''}.`,
    ).map((o) => ({ ...o, cancelled: cancelled && !endedOnItsLastDay(r) }));
  }
  if (r.kind === 'injunction') {
    const what = oneLine(r.what);
    return single(r.due, `${capital(what)} ends`, `The ${what} is in force through ${formatDate(r.due)}.`);
  }
  const what = humanize(oneLine(r.what));
  return single(
    r.due,
    `Hearing: ${what}${cancelled ? ' (cancelled)' : ''}`,
    `${capital(what)} on ${formatDate(r.due)}.`,
  );
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function ordinal(n: number): string {
  const s = ['th', 'st', 'nd', 'rd'];
  const v = n % 100;
  return `${n}${s[(v - 20) % 10] ?? s[v] ?? s[0]}`;
}
