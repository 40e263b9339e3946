import type { EntryReview } from '../../../db/entry-reviews.ts';
import type { DeadlineDecisionRow } from '../../../db/schema.ts';
import { findCourt } from '../../courts.ts';
import { readAppealsDocket, readDistrictCopy } from '../appellate.ts';
import { analyzeSequence, entryKey } from '../extract/index.ts';
import { Tracker, type TrackerEvent } from '../tracker.ts';
import { DATE, type DeadlineRecord, type EntryInput, hash, type Inputs, WORDS_MAX } from './model.ts';

/** Entries that move the case to or back from the court of appeals: not deadlines, but the posture changes. */
export const APPEAL_EVENTS: Partial<Record<string, { type: string; words: string }>> = {
  notice_of_appeal: { type: 'appeal.noticed', words: 'Notice of appeal filed' },
  mandate: { type: 'appeal.mandate', words: 'Mandate of the court of appeals issued' },
};
/** What a court of appeals' opinion, memorandum disposition or judgment decides, in its docket words. */
const APPELLATE_DISPOSITION =
  /\b(?:OPINION|MEMORANDUM(?:\s+DISPOSITION)?|JUDGMENT|Opinion|Memorandum|Judgment)\b[^;]{0,200}?\b((?:AFFIRMED|REVERSED|VACATED|REMANDED)(?:\s+IN\s+PART)?(?:[;,]?\s+(?:AND\s+)?(?:AFFIRMED|REVERSED|VACATED|REMANDED)(?:\s+IN\s+PART)?(?:\s+WITH\s+INSTRUCTIONS)?)*)\b/;

/** "AFFIRMED IN PART; VACATED IN PART; REMANDED": the decision of an appeal, or `null`. */
function appellateDisposition(court: string, text: string): string | null {
  if (!/^ca\d*$|^cadc$|^cafc$/.test(court)) return null;
  const m = APPELLATE_DISPOSITION.exec(text);
  return m ? m[1]!.toLowerCase().replace(/\s*;\s*|\s+and\s+/g, ', ') : null;
}

export interface Derived {
  tracker: Tracker;
  /** Tracker id → stable id. */
  ids: Map<string, string>;
  events: TrackerEvent[];
  /** Entry id as the tracker names it → the entry. */
  byEntry: Map<string, EntryInput>;
  /** The entries a person should read (the extractor's `needsReview`). */
  reviews: EntryReview[];
}

function normWhat(what: string): string {
  return what.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Replay the entries through the extractor and the tracker, re-applying the people's decisions;
 * with `asOf`, only the entries filed by then, and the clock moved to that day.
 */
export function derive(inputs: Inputs, asOf?: string): Derived {
  const { c, decisions } = inputs;
  // As of a day, the docket is what had been filed by then.
  const entries = asOf ? inputs.entries.filter((e) => e.dateFiled <= asOf) : inputs.entries;
  const court = findCourt(c.court)?.id;
  let clock = new Date(0);
  const tracker = new Tracker({ ...(court ? { court } : {}), now: () => clock });
  const analyses = analyzeSequence(entries, court ? { court } : {});
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  const byEntry = new Map(entries.map((e) => [entryKey(e), e]));
  const reviews = new Map<string, DeadlineDecisionRow[]>();
  for (const d of decisions)
    if (d.action !== 'add') reviews.set(d.record_id, [...(reviews.get(d.record_id) ?? []), d]);
  const manual = decisions.filter((d) => d.action === 'add');
  const events: TrackerEvent[] = [];

  const claim = (tid: string, prefix: string, parts: (string | null)[]) => {
    if (ids.has(tid)) return;
    let id = `${prefix}-${hash([c.key, ...parts])}`;
    for (let n = 2; taken.has(id); n++) id = `${prefix}-${hash([c.key, ...parts, String(n)])}`;
    ids.set(tid, id);
    taken.add(id);
  };
  const applyReviews = (tid: string) => {
    for (const r of reviews.get(ids.get(tid)!) ?? []) {
      clock = new Date(r.at);
      if (r.action === 'confirm') tracker.confirm(tid, r.who);
      else tracker.dismiss(tid, r.who);
    }
  };
  const name = () => {
    for (const d of tracker.deadlines()) {
      if (ids.has(d.id)) continue;
      claim(d.id, 'dl', [d.setBy.entry, normWhat(d.what)]);
      applyReviews(d.id);
    }
    for (const s of tracker.stays()) claim(s.id, 'st', [s.grantedBy.entry, 'stay']);
    for (const i of tracker.injunctions()) claim(i.id, 'in', [i.grantedBy.entry, i.type]);
    for (const h of tracker.hearings()) claim(h.id, 'hr', [h.setBy.entry, h.type]);
  };
  const addManual = (before: string | null) => {
    while (manual.length > 0 && (before === null || manual[0]!.at.slice(0, 10) < before)) {
      const m = manual.shift()!;
      const p = JSON.parse(m.payload) as {
        what: string;
        party?: string | null;
        due: string;
        dueTime?: string | null;
      };
      clock = new Date(m.at);
      const added = tracker.addManual(
        { what: p.what, party: p.party ?? null, due: p.due, dueTime: p.dueTime ?? null },
        m.who,
      );
      ids.set(added.deadline.id, m.record_id);
      taken.add(m.record_id);
      events.push(...added.events);
      applyReviews(added.deadline.id);
    }
  };

  // The appeals' decisions and mandates, in filing order with the district's entries (an appeals
  // docket's entry before the district's of the same day: the clerk copies what the court of
  // appeals did).
  const appeals = asOf ? inputs.appeals.filter((e) => e.dateFiled <= asOf) : inputs.appeals;
  let nextAppeal = 0;
  const applyAppealsThrough = (day: string | null) => {
    for (; nextAppeal < appeals.length; nextAppeal++) {
      const e = appeals[nextAppeal]!;
      if (day !== null && e.dateFiled > day) break;
      const act = readAppealsDocket(e.text);
      if (!act) continue;
      for (const ev of tracker.applyAppellate(e, act)) events.push(ev);
      byEntry.set(e.id, { ...e, key: e.id, partial: false });
    }
  };

  entries.forEach((e, i) => {
    addManual(e.dateFiled);
    applyAppealsThrough(e.dateFiled);
    const a = analyses[i]!;
    // The clerk's copy of the court of appeals' decision or mandate: the appeals court's act, not
    // the district judge's (it takes effect with the mandate).
    const copy = readDistrictCopy(e.text);
    if (copy) {
      events.push(...tracker.apply(e, { ...a, injunctions: [], stays: [] }));
      events.push(...tracker.applyAppellate(e, copy));
    } else events.push(...tracker.apply(e, a));
    const appeal = APPEAL_EVENTS[a.subtype === 'notice_of_appeal' ? a.subtype : a.kind];
    if (appeal)
      events.push({
        type: appeal.type,
        entry: entryKey(e),
        date: e.dateFiled,
        subject: null,
        message: `${appeal.words}${a.relatedEntries.length ? ` re ${a.relatedEntries.map((n) => `[${n}]`).join(', ')}` : ''}`,
        data: { relatedEntries: a.relatedEntries },
      });
    const decided = appellateDisposition(c.court, e.text);
    if (decided)
      events.push({
        type: 'appeal.decided',
        entry: entryKey(e),
        date: e.dateFiled,
        subject: null,
        message: `Court of appeals decision: ${decided}`,
        data: { relatedEntries: a.relatedEntries },
      });
    name();
  });
  addManual(null);
  applyAppealsThrough(null);
  name();
  if (asOf) {
    events.push(...tracker.advanceTo(asOf));
    name();
  }
  const toRead = entries.flatMap((e, i) => {
    const flags = analyses[i]!.needsReview ?? [];
    if (flags.length === 0) return [];
    const reason = flags.some((f) => f.reason === 'unread')
      ? 'unread'
      : flags.some((f) => f.reason === 'uncertain')
        ? 'uncertain'
        : 'partly_read';
    return [
      {
        entryKey: e.key,
        entryNumber: e.number,
        dateFiled: e.dateFiled,
        reason,
        triggers: [...new Set(flags.flatMap((f) => f.triggers))],
        words: e.text,
      } satisfies EntryReview,
    ];
  });
  return { tracker, ids, events, byEntry, reviews: toRead };
}

export function reviewOf(decisions: DeadlineDecisionRow[], id: string): string | null {
  let review: string | null = null;
  for (const d of decisions)
    if (d.record_id === id && d.action !== 'add') review = d.action === 'confirm' ? 'confirmed' : 'dismissed';
  return review;
}

export function recordsOf(inputs: Inputs, derived: Derived): DeadlineRecord[] {
  const { tracker, ids, byEntry } = derived;
  const id = (tid: string) => ids.get(tid)!;
  const entryOf = (e: string) => byEntry.get(e)?.key ?? null;
  const review = (rid: string) => reviewOf(inputs.decisions, rid) ?? 'proposed';
  const out: DeadlineRecord[] = [];
  for (const d of tracker.deadlines()) {
    const manual = d.basis === 'manual';
    out.push({
      id: id(d.id),
      kind: 'deadline',
      what: d.what,
      party: d.party,
      status: d.state,
      review: d.review,
      due: d.due,
      dueTime: d.dueTime,
      history: d.history.map((h) => ({ ...h, entry: h.entry ? (entryOf(h.entry) ?? h.entry) : null })),
      entry: manual ? null : entryOf(d.setBy.entry),
      words: d.setBy.words.slice(0, WORDS_MAX),
      data: {
        basis: d.basis,
        ordered: d.ordered,
        dueInstant: d.dueInstant,
        recurrence: d.recurrence,
        docketed: d.docketed,
        repeatedBy: d.repeatedBy.map((p) => entryOf(p.entry) ?? p.entry),
        satisfiedBy: d.satisfiedBy ? (entryOf(d.satisfiedBy.entry) ?? d.satisfiedBy.entry) : null,
        warnings: d.warnings,
        audit: d.audit,
      },
    });
  }
  for (const s of tracker.stays()) {
    out.push({
      id: id(s.id),
      kind: 'stay',
      what: s.what ? `stay of ${s.what}` : 'stay',
      party: null,
      status: s.state,
      review: review(id(s.id)),
      due: s.expires,
      dueTime: null,
      history: s.history.map((h) => ({ ...h, entry: entryOf(h.entry) ?? h.entry })),
      entry: entryOf(s.grantedBy.entry),
      words: s.grantedBy.words.slice(0, WORDS_MAX),
      data: {
        since: s.since,
        until: s.until,
        supersededBy: s.supersededBy ? (ids.get(s.supersededBy) ?? null) : null,
      },
    });
  }
  for (const i of tracker.injunctions()) {
    out.push({
      id: id(i.id),
      kind: 'injunction',
      what: i.type.replace(/_/g, ' '),
      party: null,
      status: i.state,
      review: review(id(i.id)),
      due: i.until && DATE.test(i.until) ? i.until : null,
      dueTime: null,
      history: i.history.map((h) => ({ ...h, entry: entryOf(h.entry) ?? h.entry })),
      entry: entryOf(i.grantedBy.entry),
      words: i.grantedBy.words.slice(0, WORDS_MAX),
      data: { type: i.type, since: i.since, until: i.until },
    });
  }
  for (const h of tracker.hearings()) {
    out.push({
      id: id(h.id),
      kind: 'hearing',
      what: h.type.replace(/_/g, ' '),
      party: null,
      status: h.state,
      review: review(id(h.id)),
      due: h.date,
      dueTime: h.time,
      history: h.history.map((x) => ({ ...x, entry: entryOf(x.entry) ?? x.entry })),
      entry: entryOf(h.setBy.entry),
      words: h.setBy.words.slice(0, WORDS_MAX),
      data: { type: h.type, re: h.re },
    });
  }
  return out;
}
