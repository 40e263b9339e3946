/**
 * Reading docket entries like a docketing clerk: `analyzeEntry` reads one entry on its own;
 * `analyzeSequence` reads a docket in order and adds what only history can tell — which earlier
 * obligation a filing meets, which clerk entries repeat an order, which proposal an order adopts,
 * whether a new date extends or shortens an old one, which deadlines a ruling moots, and when an
 * injunction takes over from a stay.
 */
import { createHash } from 'node:crypto';
import { InputError } from '../../errors.ts';
import { daysBetween, recurringDeadlines, scheduleOf } from '../calendar.ts';
import { endedDuties } from '../duty-ends.ts';
import type {
  Analysis,
  AnalyzeInput,
  DeadlineFinding,
  HearingFinding,
  Recurrence,
  ReviewFlag,
  Satisfaction,
  StayFinding,
} from '../types.ts';
import { isCertificateOfNotice, withoutQuotedEntries } from './bankruptcy.ts';
import { type Classification, classify } from './classify.ts';
import { coverGrants } from './coverage.ts';
import { applyHearing, datePeriodsFromHearings, type KnownHearing } from './events.ts';
import {
  answersOrder,
  answersOtherParagraph,
  answersParagraph,
  askedType,
  briefTrigger,
  complianceAlike,
  filingMeets,
  holdsNamedPaper,
  monthNamed,
  noticeMeets,
  obligationKey,
  ordinalOf,
  paperType,
  RESPONSE_HEAD,
  responseTrigger,
  sharedPaperWords,
} from './filings.ts';
import {
  carriesInjunction,
  type EntryContext,
  isBarOfAct,
  keepsStay,
  readDeadlines,
  readHearings,
  readInjunctions,
  readStays,
  sendsNotice,
  withEndTimes,
} from './findings.ts';
import { addDaysIso, appellateTrigger, certifiedAct } from './grammar.ts';
import { withWhere } from './hearing-where.ts';
import { localRuleResponse } from './local-rules.ts';
import { maskNonReferences, relatedEntries } from './refs.ts';
import { reviewEntry } from './review.ts';
import { otherSides } from './sides.ts';
import { cleanDocketText, paragraphHolding, readableCase, signedOn } from './text.ts';

export interface AnalyzeOptions {
  /** CM/ECF court id (`mied`): the calendar's holidays and time zone, and the local rules. */
  court?: string;
}

/**
 * The clerk's word that the entry itself is void: at its head ("ENTERED IN ERROR", "***FILED IN
 * ERROR***"), or the clerk's capitalized note after it ("(DOCKETED IN CONSOLIDATED CASE IN ERROR.
 * MOTION TO BE REDOCKETED …)").
 */
const IN_ERROR_HEAD = /^\W*(?:ENTERED|FILED|DOCKETED)\s+IN\s+ERROR\b/i;
const IN_ERROR_NOTE =
  /\b(?:ENTERED|FILED|DOCKETED)(?:\s+IN\s+(?:THE\s+)?(?:WRONG|CONSOLIDATED|MEMBER|LEAD)\s+CASE)?\s+IN\s+ERROR\b/;
/**
 * The clerk's mark that a later order vacated or struck the court's act ("VACATED: Order Granting
 * Motion to Dismiss Case … Modified … pursuant to order entered D"): the order was, and no longer acts.
 */
const VACATED_ACT_HEAD =
  /^\W*(?:VACATED|STRICKEN)\s*:\s*(?:Order|ORDER|Judgment|JUDGMENT|Opinion|OPINION|Memorandum|MEMORANDUM)\b/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const SIGNED_BY_JUDGE =
  /\b(?:Signed|Entered)\s+by\s+(?:(?:Chief|Senior|District|Magistrate|Bankruptcy|U\.S\.|United\s+States)\s+)*Judge\b/i;

/**
 * The judge's signature on the entry itself — outside the parentheses that quote other entries, on an
 * entry no party filed ("Hearing Continued … hearing scheduled for D. Signed on D", "… So ORDERED by /s/
 * Judge") — makes a notice or an unread entry the court's order: who signs it decides what it is.
 */
const SIGNATURE =
  /\bSigned\s+(?:by\s+(?:(?:Chief|Senior|District|Magistrate|Bankruptcy|U\.S\.|United\s+States)\s+)*Judge\b|on\s+\d{1,2}\/\d{1,2}\/\d{2,4})|\bSo\s+ORDERED\s+by\b/i;
function signedByTheCourt(cls: { kind: string; subtype: string | null }, text: string): boolean {
  if (cls.kind !== 'notice' && cls.kind !== 'other') return false;
  let own = text;
  for (let i = 0; i < 3; i++) own = own.replace(/\([^()]*\)/g, ' ');
  return SIGNATURE.test(own) && !/\b(?:filed|submitted)\s+by\b|\bon\s+behalf\s+of\b/i.test(own);
}

function check(input: AnalyzeInput): void {
  if (typeof input?.text !== 'string') throw new InputError('entry has no "text" string');
  if (
    typeof input.dateFiled !== 'string' ||
    !ISO_DATE.test(input.dateFiled) ||
    Number.isNaN(Date.parse(input.dateFiled))
  )
    throw new InputError(
      `entry "dateFiled" must be a YYYY-MM-DD date, got ${JSON.stringify(input.dateFiled)}`,
    );
}

/** Entry numbers the text names as motions ("[9] Emergency MOTION", "re 44 MOTION to Dismiss"). */
function motionRefsOf(text: string, refs: number[]): number[] {
  const masked = maskNonReferences(text);
  return refs.filter(
    (r) =>
      // A motion for more time, or to move a hearing, is not the motion a response or reply answers.
      !new RegExp(
        `\\b(?:extension|enlargement)\\s+of\\s+time\\s*(?:\\((?:ECF|Dkt\\.?|Doc\\.?)\\s*(?:No\\.?\\s*)?|\\[)?${r}\\b|(?<![\\d.])\\[?${r}\\]?\\s+(?:[A-Z][\\w'’-]*\\s+){0,4}?(?:MOTION|Motion)\\s+(?:for\\s+(?:an?\\s+)?(?:Extension|Enlargement|EXTENSION|ENLARGEMENT)|to\\s+(?:Extend|EXTEND|Reschedule|RESCHEDULE|Continue|CONTINUE|Adjourn|ADJOURN|Postpone|POSTPONE))`,
      ).test(masked) &&
      new RegExp(
        `(?<![\\d.])\\[?${r}\\]?\\s+(?:[A-Z][\\w'’-]*\\s+){0,4}?(?:MOTION|Motion|APPLICATION|Application)\\b|(?:MOTION|[Mm]otion)\\s+(?:[^\\s.]+\\s+){0,10}?(?:\\((?:ECF|Dkt\\.?|Doc\\.?|Docket)\\s*(?:No\\.?\\s*)?|\\[)?${r}\\b`,
      ).test(masked),
  );
}

/**
 * An entry's cleaned words and what it is read as (its kind, and whether the court speaks): what the
 * readers and the review of what they left (`reviewEntry`) both start from.
 */
export function entryClass(
  input: AnalyzeInput,
  options: AnalyzeOptions = {},
): { text: string; cls: Classification } {
  const text = cleanDocketText(input.text);
  const cls = classify(text, { court: options.court });
  // CM/ECF writes "Signed by Judge X on D" only under a judge's act: an entry of an event name the
  // reader does not know is then an order ("PROBATION JURISDICTION TRANSFERRED … Signed by Judge X").
  if (
    (cls.kind === 'other' && cls.subtype === null && SIGNED_BY_JUDGE.test(input.text)) ||
    signedByTheCourt(cls, text)
  ) {
    cls.kind = 'order';
    cls.isCourtAct = true;
  }
  return { text, cls };
}

/**
 * The review `analyzeEntry` ends with, of another reading of the same entry: what the `needs review`
 * net says when the readers found only `reading` (`bench/net-recall.ts` takes each finding away in turn).
 */
export function reviewReading(
  input: AnalyzeInput,
  reading: Analysis,
  options: AnalyzeOptions = {},
): ReviewFlag[] {
  const { text, cls } = entryClass(input, options);
  return reviewEntry(reading, withoutQuotedEntries(readableCase(text)), input.dateFiled, cls, input.text);
}

/** Read one docket entry (and the order's own text, when given). */
export function analyzeEntry(input: AnalyzeInput, options: AnalyzeOptions = {}): Analysis {
  check(input);
  const { text, cls } = entryClass(input, options);
  const refs = relatedEntries(text, input.linkedEntries);
  // An entry written all in capitals is read as prose (its kind was read from it as written).
  const read = readableCase(text);
  const ctx: EntryContext = {
    text: read,
    dateFiled: input.dateFiled,
    signedOn: signedOn(input.text, input.dateFiled),
    court: options.court,
    cls,
    refs,
    motionRefs: motionRefsOf(read, refs),
  };
  // What another entry's quoted text sets, that entry set; a certificate of notice or service
  // restates what it sends and sets nothing (`bankruptcy.ts`).
  const certificate = isCertificateOfNotice(text);
  const own: EntryContext = { ...ctx, text: withoutQuotedEntries(read) };
  const deadlines = certificate ? [] : inParagraphs(readDeadlines(own), own.text);
  const hearings = certificate ? [] : readHearings(own);
  let stays = readStays(ctx);
  let injunctions = readInjunctions(ctx);
  if (deadlines.length === 0) {
    const d = localRuleResponse(cls, text, input.number, input.dateFiled, options.court);
    if (d) deadlines.push(d);
  }
  if (cls.kind === 'motion' && input.number) ownBriefing(deadlines, input.number);
  if (input.documentText) {
    const docText = readableCase(cleanDocketText(input.documentText));
    const dctx: EntryContext = {
      ...ctx,
      text: docText,
      refs: relatedEntries(docText),
      motionRefs: ctx.motionRefs,
    };
    // The entry's words and its document's words, read as one: what the document says of relief
    // the docket text names ("ORDER granting [3] Motion for TRO" / "This Temporary Restraining
    // Order shall expire at … on D") is read only with that naming.
    const jctx: EntryContext = {
      ...ctx,
      text: `${read} ${docText}`,
      refs: relatedEntries(`${read} ${docText}`, input.linkedEntries),
    };
    const fromDocument = inParagraphs(readDeadlines(dctx), docText);
    addOnce(
      deadlines,
      fromDocument,
      (x, d) =>
        x.change === d.change &&
        (x.recurrence && d.recurrence
          ? sameSeries(x, d, deadlines, fromDocument)
          : x.dueDate || d.dueDate
            ? x.dueDate === d.dueDate
            : x.what === d.what),
      (x, d) => (x.recurrence && d.recurrence ? oneSeries(x, d) : x),
    );
    addOnce(hearings, readHearings(dctx), (x, h) => x.date === h.date && x.change === h.change);
    // A bar the document alone states ("Respondents shall not remove any class member pending a
    // hearing") under a docket text that grants or is injunctive relief ("ORDER granting [2] Motion for
    // TRO"): the relief's own content, read with it (readInjunctions), not a second stay with no end.
    if (stays.length === 0)
      stays = readStays(dctx).filter((f) => !(isBarOfAct(f) && carriesInjunction(read)));
    else if (!stays[0]!.expires && !stays[0]!.until) {
      const more = readStays(dctx)[0] ?? readStays(jctx).find((m) => m.expires || m.until);
      if (more) stays = [{ ...stays[0]!, expires: more.expires, until: more.until }];
    }
    if (injunctions.length === 0) {
      injunctions = readInjunctions(dctx);
      // A settlement approved in the docket text and kept by the court in the order ("ORDER: Final
      // approval of the Settlement Agreement is GRANTED" / "The Court retains jurisdiction to enforce
      // the Settlement Agreement"): the two read as one.
      if (/\bsettlement\b/i.test(read) && !injunctions.some((i) => i.type === 'settlement'))
        injunctions.push(
          ...readInjunctions(jctx).filter((m) => m.type === 'settlement' && m.action === 'granted'),
        );
    } else {
      // "ORDER granting [8] Motion for TRO" in the docket text, "shall remain in effect through
      // April 3, 2025" in the order: the relief the docket names, for the term the order gives.
      const more = [...readInjunctions(dctx), ...readInjunctions(jctx)];
      injunctions = injunctions.map((i) => {
        const same = i.until
          ? undefined
          : more.find((m) => m.type === i.type && m.action === i.action && m.until);
        return same ? { ...i, until: same.until } : i;
      });
      // The order vacated but for paragraphs it keeps is the document's to say ("ORDER … ENTERING
      // CONSENT DECREE" on the docket; "The Court's Order of … (Doc. No. 12) is VACATED …, except
      // that paragraph 3 … shall remain in effect" in the order).
      const kept = more.find((m) => m.kept);
      if (kept && !injunctions.some((i) => i.kept)) injunctions.push(kept);
      // What the entered instrument replaces ("ORDER ENTERING CONSENT JUDGMENT" on the docket; "The
      // temporary restraining order [12] is merged into the Consent Judgment" in the order), and the
      // settlement it approves, are the document's to say (extract/instruments.ts).
      for (const m of more)
        if (
          ((m.action === 'converted' && m.into && m.source) ||
            (m.type === 'settlement' && m.action === 'granted')) &&
          !injunctions.some((i) => i.type === m.type && i.action === m.action)
        )
          injunctions.push(m);
    }
  }
  // The hour its last day ends, when the order gives one ("shall expire at 6:30 p.m. on …").
  withEndTimes(
    injunctions,
    input.documentText ? [read, readableCase(cleanDocketText(input.documentText))] : [read],
    input.dateFiled,
    options.court,
  );
  // Whom each grant covers: the named parties only, a subclass, or the class (names as written).
  coverGrants(stays, injunctions, text, input.documentText ? cleanDocketText(input.documentText) : null);
  // "Status Conference set for D. Joint status report due 3 days before the conference."
  withWhere(hearings, text, input.dateFiled);
  datePeriodsFromHearings(deadlines, hearings, options.court, input.dateFiled);
  const analysis: Analysis = {
    kind: cls.kind,
    subtype: cls.subtype,
    disposition: cls.disposition,
    relatedEntries: refs,
    deadlines,
    stays,
    injunctions,
    hearings,
    satisfies: [],
  };
  // "the hearing on the Motions … is set for 10:00 a.m. on D": a hearing's own date is not also due.
  analysis.deadlines = analysis.deadlines.filter(
    (d) =>
      !(
        d.basis === 'fixed_date_in_text' &&
        d.dueDate &&
        analysis.hearings.some((h) => h.date === d.dueDate && (h.change === 'set' || h.change === 'reset')) &&
        /\b(?:hearing|conference|trial|argument|sentencing)\b[^;]{0,120}\b(?:set|scheduled|reset)\s+for\b[^;]{0,40}$/i.test(
          d.why?.words ?? '',
        )
      ),
  );
  // "Motion to Amend …, currently set for D1, is continued to D2": the motion's hearing days, not due dates.
  const motionMoved = analysis.hearings.filter(
    (h) => h.why?.rule === 'hearing-motion-moved' || h.why?.rule === 'hearing-moved-from',
  );
  if (motionMoved.some((h) => h.why?.rule === 'hearing-motion-moved'))
    analysis.deadlines = analysis.deadlines.filter(
      (d) => !(d.basis === 'fixed_date_in_text' && motionMoved.some((h) => h.date === d.dueDate)),
    );
  // "*** CANCELLED - SEE TRANSCRIPT ORDER AT #13 *** …": the clerk voided the entry; nothing it
  // printed is due.
  if (/^\W*\*+\s*(?:CANCELL?ED|VOID(?:ED)?|DELETED)\b/.test(input.text)) analysis.deadlines = [];
  // "ENTERED IN ERROR.....TRANSCRIPT OF …", "***FILED IN ERROR***": the entry is void; nothing it
  // prints is due or set, and there is nothing in it for a person to read.
  const voided = IN_ERROR_HEAD.test(input.text) || IN_ERROR_NOTE.test(input.text);
  if (voided) {
    analysis.deadlines = [];
    analysis.hearings = [];
  }
  if (VACATED_ACT_HEAD.test(input.text)) {
    analysis.deadlines = [];
    analysis.hearings = [];
    analysis.stays = [];
    analysis.injunctions = [];
    analysis.disposition = null;
  }
  // A motion's requested dates are requests, not deadlines.
  if (cls.kind === 'motion') {
    const requested = analysis.deadlines.filter((d) => d.change === 'proposed');
    if (requested.length > 0) {
      analysis.requested = requested;
      analysis.deadlines = analysis.deadlines.filter((d) => d.change !== 'proposed');
    }
  }
  // Every finding says why; unsure ones are held back; unread dates and words are flagged.
  const flags =
    voided || certificate ? [] : reviewEntry(analysis, own.text, input.dateFiled, cls, input.text);
  if (flags.length > 0) analysis.needsReview = flags;
  return analysis;
}

/**
 * The document's findings added to the docket text's: each of the docket text's findings stands
 * for one of the document's that `same` matches (the docket restating the order), never for more —
 * two duties the order sets for one day are two (a notice of compliance and bond hearings, both
 * due March 20).
 */
function addOnce<T>(
  own: T[],
  fromDocument: T[],
  same: (ownFinding: T, documentFinding: T) => boolean,
  asOne: (ownFinding: T, documentFinding: T) => T = (x) => x,
): void {
  const matched = new Set<T>();
  const docketOnes = [...own];
  for (const d of fromDocument) {
    const restated = docketOnes.find((x) => !matched.has(x) && same(x, d));
    if (!restated) {
      own.push(d);
      continue;
    }
    matched.add(restated);
    own[own.indexOf(restated)] = asOne(restated, d);
  }
}

/**
 * The docket text's recurring duty restating the order's ("shall file a status report every 14 days
 * beginning May 20" on the docket; "3. … shall file a status report identifying each detained class
 * member and his or her location every fourteen (14) days, the first report due May 20" in the
 * order): one duty — the same schedule (a first day said by one only does not tell them apart) —
 * whatever words each gives its paper. When either side has more than one duty on that schedule,
 * only those whose papers share a word are the same.
 */
function sameSeries(
  x: DeadlineFinding,
  d: DeadlineFinding,
  docketOnes: DeadlineFinding[],
  documentOnes: DeadlineFinding[],
): boolean {
  if (!sameSchedule(x.recurrence!, d.recurrence!)) return false;
  const alike = (o: DeadlineFinding) => o.recurrence && sameSchedule(o.recurrence, d.recurrence!);
  if (docketOnes.filter(alike).length === 1 && documentOnes.filter(alike).length === 1) return true;
  return sharedPaperWords(x.what, d.what) > 0;
}

function sameSchedule(a: Recurrence, b: Recurrence): boolean {
  return (
    a.every === b.every &&
    a.unit === b.unit &&
    (a.weekday ?? null) === (b.weekday ?? null) &&
    JSON.stringify(a.day ?? null) === JSON.stringify(b.day ?? null) &&
    (!a.firstDue || !b.firstDue || a.firstDue === b.firstDue)
  );
}

/**
 * One recurring duty from the docket text's words and the order's: the order's paragraph, party and
 * schedule (its first day when only one says it), named by the shorter name when the longer only
 * adds details to it ("status report" / "status report identifying each detained class member …";
 * "compliance report after that" / "compliance report"), else by the order's words.
 */
function oneSeries(x: DeadlineFinding, d: DeadlineFinding): DeadlineFinding {
  const bare = (w: string) => w.replace(/\s*\(recurring\)$/, '').toLowerCase();
  const [short, long] = bare(x.what).length <= bare(d.what).length ? [x, d] : [d, x];
  const detailsOnly = bare(long.what).startsWith(`${bare(short.what)} `);
  const recurrence = d.recurrence!.firstDue || !x.recurrence!.firstDue ? d.recurrence : x.recurrence;
  return {
    ...d,
    what: detailsOnly ? short.what : d.what,
    party: d.party ?? x.party,
    recurrence,
  };
}

/** A stable key for an entry: its number, its id, or date + a hash of its text. */
export function entryKey(e: AnalyzeInput): string {
  if (e.number) return e.number;
  if (e.id) return e.id;
  return `${e.dateFiled}#${createHash('sha256').update(e.text).digest('hex').slice(0, 10)}`;
}

/**
 * The response or reply date CM/ECF prints on a motion ("Motion Docket Date 3/3/2025", "Responses
 * due by 3/3/2025") is about that motion, as its local-rule default is: "response to [26] (motion
 * docket date, as computed by CM/ECF)". Two motions' dates are then two deadlines, and each ends
 * when its own motion is decided.
 */
function ownBriefing(deadlines: DeadlineFinding[], number: string): void {
  for (const d of deadlines) {
    if (d.basis !== 'clerk_computed_in_text' || /\[\d+\]/.test(d.what)) continue;
    d.what = d.what
      .replace(new RegExp(`${RESPONSE_HEAD.source}(?!\\s+to\\b)`, 'i'), (head) => `${head} to [${number}]`)
      .replace(/^reply\b(?!\s+(?:to|in\s+support\s+of)\b)/i, `reply in support of [${number}]`);
  }
}

/** A response or reply that names no motion ("an expedited response to the motion") answers the one motion its order names. */
function obligationKeyIn(what: string, related: number[]): string {
  const key = obligationKey(what);
  if (related.length !== 1) return key;
  if (key === 'response' || key === 'response to the motion') return `response to [${related[0]}]`;
  if (key === 'reply in support of') return `reply in support of [${related[0]}]`;
  return key;
}

interface Open {
  key: string;
  entry: string;
  finding: DeadlineFinding;
  dateFiled: string;
  closed: boolean;
  /** The entry whose paper met it ("[17] MOTION for Preliminary Injunction" for the motion an order asked for). */
  metBy?: number;
  satisfiedOccurrences: Set<number>;
  /** A recurring duty's orders: the one that set its schedule now and those whose schedule it replaced ("35", "24"). */
  orders?: string[];
  /** The type of paper it asks for (`askedType`), read once: a filing is compared only with those of its type. */
  asks?: string;
}

const LIVE_CHANGES = new Set(['set', 'extended', 'shortened', 'reset']);

/** The type of paper an open obligation asks for, read once (a reading kept from before has none yet). */
function asksOf(o: Open): string {
  if (o.asks === undefined) o.asks = askedType(o.finding.what) ?? '';
  return o.asks;
}

/**
 * Each duty marked with the numbered paragraph of the order that sets it ("4. Within fourteen (14)
 * days …, Defendants shall issue written guidance …" → "4"), found by the words that set it: a
 * filing naming that paragraph of that order answers it (`answersParagraph`).
 */
function inParagraphs(found: DeadlineFinding[], text: string): DeadlineFinding[] {
  for (const d of found) {
    const paragraph = [d.source, d.why?.words].reduce<string | null>(
      (found, words) => found ?? (words ? paragraphHolding(text, words) : null),
      null,
    );
    if (paragraph) d.paragraph = paragraph;
  }
  return found;
}

/** Read a docket in filing order; each analysis also uses what the entries before it said. */
export function analyzeSequence(entries: AnalyzeInput[], options: AnalyzeOptions = {}): Analysis[] {
  const reading = newSequenceReading();
  return entries.map((e) => analyzeNext(reading, e, options));
}

/**
 * What the entries read so far said that the next one's reading uses: open obligations, proposed
 * dates, hearings set, the stay in force. Plain data (structured-cloneable), so a reading can be
 * kept and resumed.
 */
export interface SequenceReading {
  open: Open[];
  proposals: { number: number; dates: Set<string>; adopted: boolean }[];
  earlierHearings: { hearing: HearingFinding; dateFiled: string }[];
  scheduled: KnownHearing[];
  activeStay: StayFinding | null;
}

export function newSequenceReading(): SequenceReading {
  return { open: [], proposals: [], earlierHearings: [], scheduled: [], activeStay: null };
}

/** Read the next entry of a docket in filing order: `analyzeSequence` one entry at a time. */
export function analyzeNext(
  reading: SequenceReading,
  e: AnalyzeInput,
  options: AnalyzeOptions = {},
): Analysis {
  const a = analyzeEntry(e, options);
  const { open, proposals, earlierHearings, scheduled } = reading;
  const key = entryKey(e);
  const cls = classify(cleanDocketText(e.text));
  // "Joint letter due 5 days before the hearing": the hearing an earlier entry set.
  datePeriodsFromHearings(a.deadlines, scheduled, options.court, e.dateFiled);

  if (cls.clerkEntry) {
    for (const d of a.deadlines) {
      const earlier = open.find(
        (o) =>
          !o.closed &&
          o.finding.dueDate === d.dueDate &&
          d.dueDate !== null &&
          daysApart(o.dateFiled, e.dateFiled) <= 14,
      );
      if (earlier && LIVE_CHANGES.has(d.change)) {
        d.change = 'duplicate';
        if (!d.party) d.party = earlier.finding.party;
      }
    }
    for (const h of a.hearings) {
      // Only a setting repeats one: a setting taken off is news.
      if (h.change !== 'set' && h.change !== 'reset') continue;
      if (
        earlierHearings.some(
          (x) =>
            x.hearing.date === h.date &&
            (x.hearing.time ?? h.time) === (h.time ?? x.hearing.time) &&
            daysApart(x.dateFiled, e.dateFiled) <= 14,
        )
      )
        h.change = 'duplicate';
    }
  }

  if (cls.isCourtAct && !cls.clerkEntry) {
    const dates = new Set(a.deadlines.map((d) => d.dueDate).filter((d): d is string => d !== null));
    for (const p of proposals) {
      if (p.adopted || p.dates.size === 0) continue;
      if ([...p.dates].every((d) => dates.has(d))) {
        p.adopted = true;
        if (!a.relatedEntries.includes(p.number)) a.relatedEntries.push(p.number);
      }
    }
    for (const d of a.deadlines) {
      if (!LIVE_CHANGES.has(d.change) || d.basis === 'local_rule_default') continue;
      const k = obligationKeyIn(d.what, a.relatedEntries);
      const prior = [...open]
        .reverse()
        .find((o) => !o.closed && o.key === k && !otherSides(o.finding.party, d.party));
      if (!prior) continue;
      if (!d.party) d.party = prior.finding.party;
      if (d.previousDue === undefined && prior.finding.dueDate) d.previousDue = prior.finding.dueDate;
      // The date CM/ECF computed is not the court's: the order sets the duty, it does not move it.
      if (
        d.change === 'set' &&
        prior.finding.basis !== 'clerk_computed_in_text' &&
        prior.finding.dueDate &&
        d.dueDate &&
        d.dueDate !== prior.finding.dueDate
      )
        d.change = d.dueDate < prior.finding.dueDate ? 'shortened' : 'extended';
      prior.closed = true;
    }
    const decided = [...(a.disposition ? decidedRefs(e.text) : []), ...passivelyDecided(e.text)];
    if (decided.length) {
      for (const o of open) {
        if (o.closed) continue;
        // A ruling moots the opponent's response; a reply was only ever permitted.
        const m = /^response to \[(\d+)\]/.exec(o.key);
        if (!m || !decided.includes(Number(m[1]))) continue;
        o.closed = true;
        // Its day ran out before the ruling: it passed unanswered, the ruling took nothing away
        // (as the tracker's endBriefing).
        if (o.finding.dueDate && o.finding.dueDate < e.dateFiled) continue;
        a.deadlines.push({
          what: o.key,
          party: o.finding.party,
          change: 'mooted',
          dueDate: null,
          dueTime: null,
          basis: o.finding.basis,
          previousDue: o.finding.dueDate,
        });
      }
    }
    const grantsInjunction = a.injunctions.some((j) => j.action === 'granted' && j.type !== 'TRO');
    // A stay granted for the named parties only (or one subclass) is not replaced by an injunction
    // for the class: it protects other people, often from more (any removal, where the injunction
    // sets conditions). Only an order that ends it (lifts, vacates, supersedes it) does.
    const coversSome = reading.activeStay?.covers && reading.activeStay.covers.who !== 'class';
    if (
      grantsInjunction &&
      reading.activeStay &&
      !coversSome &&
      !a.stays.some((s) => s.action !== 'denied') &&
      // "The stay … entered on D (ECF No. 12) remains in effect": kept beside the injunction.
      !keepsStay(`${e.text}\n${e.documentText ?? ''}`)
    ) {
      a.stays.push({
        action: 'superseded',
        what: reading.activeStay.what,
        expires: null,
        until: null,
        previousExpires: reading.activeStay.expires,
      });
      reading.activeStay = null;
    }
  }

  // The reply is the movant's: the other side of whoever owes the response.
  for (const d of a.deadlines) {
    const m = /^reply in support of \[(\d+)\]/.exec(d.what);
    if (!m || d.party) continue;
    const response = [...open]
      .reverse()
      .find((o) => o.key.startsWith(`response to [${m[1]}]`) && o.finding.party);
    const side = response?.finding.party ? opposingSide(response.finding.party) : null;
    if (side) d.party = side;
  }
  // "Briefing on Plaintiff's Motion to Compel (ECF No. 40) …: response due D1; reply due D2": the
  // reply is the movant's, the response the other side's.
  for (const d of a.deadlines) {
    const m = /^(response to|reply in support of) \[(\d+)\]/.exec(d.what);
    if (!m || d.party) continue;
    const movant = movantNamed(e.text, Number(m[2]));
    if (movant) d.party = m[1] === 'response to' ? opposingSide(movant) : movant;
  }

  a.satisfies = satisfactions(a, cls, e, open, options.court);

  for (const s of a.stays) {
    if (s.action === 'granted' || s.action === 'extended' || s.action === 'scope_expanded') {
      if (reading.activeStay && s.previousExpires === undefined)
        s.previousExpires = reading.activeStay.expires;
      reading.activeStay = { ...s, what: s.what ?? reading.activeStay?.what ?? null };
    } else if (s.action === 'lifted' || s.action === 'superseded') reading.activeStay = null;
  }
  for (const d of [...a.deadlines, ...(a.requested ?? [])]) {
    if (d.change === 'proposed' && e.number && d.dueDate) {
      const n = Number(e.number);
      let p = proposals.find((x) => x.number === n);
      if (!p) {
        p = { number: n, dates: new Set(), adopted: false };
        proposals.push(p);
      }
      p.dates.add(d.dueDate);
    }
    // A recurring duty the court ends is met by no paper filed after (the tracker ends its record
    // by the same rule).
    // A duty on a new schedule ("every ninety days instead of every thirty") takes the old one's place.
    const replacing = d.change === 'reset' && d.recurrence;
    // "… ends with the report due D": its reports up to D still meet it.
    const replaced: string[] = [];
    if (d.basis === 'recurring_period_in_text' && ((d.change === 'vacated' && !d.dueDate) || replacing)) {
      const ended = endedDuties(
        open.filter((o) => !o.closed && o.finding.recurrence && o.entry !== key),
        (o) => ({
          what: o.finding.what,
          every: o.finding.recurrence!.every,
          unit: o.finding.recurrence!.unit,
          entry: Number(o.entry),
          dateFiled: o.dateFiled,
        }),
        d.source ?? d.what,
        a.relatedEntries,
        e.dateFiled,
        d.recurrence?.replaces ?? null,
        Boolean(replacing),
      );
      for (const o of ended) {
        o.closed = true;
        if (replacing) replaced.push(...(o.orders ?? [o.entry]));
      }
      // The same duty on its new calendar, by the name it had ("Paragraph 3 of [20] is MODIFIED: the
      // status reports shall be filed on …" names it by its paragraph): its papers still meet it.
      if (replacing && ended.length === 1) d.what = ended[0]!.finding.what;
    }
    // A duty counted from an act the tracker dates it by (a brief filed, the court of appeals'
    // decision or mandate) is open before it is dated: its paper can come on the day, or early.
    const waits =
      !d.dueDate &&
      d.period &&
      !d.period.trigger &&
      (briefTrigger(d.period.triggerText) ||
        appellateTrigger(d.period.triggerText) ||
        (responseTrigger(d.period.triggerText) && /^reply in support of \[\d+\]/.test(d.what)) ||
        certifiedAct(d.period.triggerText));
    if (LIVE_CHANGES.has(d.change) && (d.dueDate || d.recurrence || waits))
      open.push({
        key: obligationKeyIn(d.what, a.relatedEntries),
        entry: key,
        finding: d,
        dateFiled: e.dateFiled,
        closed: false,
        satisfiedOccurrences: new Set(),
        ...(d.recurrence ? { orders: [key, ...replaced] } : {}),
      });
  }
  for (const h of a.hearings)
    if (h.change === 'set' || h.change === 'reset')
      earlierHearings.push({ hearing: h, dateFiled: e.dateFiled });
  for (const h of a.hearings) applyHearing(scheduled, h, key);
  return a;
}

function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(b) - Date.parse(a)) / 86_400_000;
}

/** Motions an order rules on: the numbers right after "granting" / "denying" / "finding as moot". */
function decidedRefs(text: string): number[] {
  const out: number[] = [];
  const re =
    /\b(?:GRANT(?:ING|S)?|Grant(?:ing|s)?|granting|DENY(?:ING)?|Deny(?:ing)?|denying|finding\s+as\s+moot|FINDING\s+AS\s+MOOT|mooting|terminating|TERMINATING)(?:\s+in\s+part)?(?:\s+(?:and\s+)?(?:DENYING|denying|GRANTING|granting)\s+in\s+part)?\s+(?:[A-Z][\w'’.-]*\s+){0,3}?\[?(\d{1,5})\]?/g;
  for (const m of text.matchAll(re)) out.push(Number(m[1]));
  return out;
}

/**
 * Motions an order rules on in the passive, by their numbers: "Defendant's Motion to Stay Proceedings
 * (Doc. No. 9) is DENIED", "Plaintiffs' Motion to Compel [40] is granted" (E.D. Pa.'s capitals too).
 */
function passivelyDecided(text: string): number[] {
  const re =
    /\b(?:motion|application)\b[^.;]{0,120}?(?:\[(\d{1,5})\]|\((?:ECF|Dkt\.?|Doc\.?|Docket)\s*(?:No\.?\s*)?(\d{1,5})\))[^.;[(]{0,40}?\s(?:is|are)\s+(?:hereby\s+)?(?:granted|denied|terminated|withdrawn)\b/gi;
  return [...text.matchAll(re)].map((m) => Number(m[1] ?? m[2]));
}

/** The side whose motion `n` the text names by its owner: "Plaintiff's Motion to Compel (ECF No. 40)", "Defendants' [35] Motion". */
function movantNamed(text: string, n: number): string | null {
  const ref = String.raw`(?:\[${n}\]|\((?:ECF|Dkt\.?|Doc\.?)\s*(?:No\.?\s*)?${n}\))`;
  const m = new RegExp(
    String.raw`\b(Plaintiffs?|Defendants?|Petitioners?|Respondents?)['’]s?\s+(?:${ref}\s+(?:[\w-]+\s+){0,3}?Motion\b|(?:[\w-]+\s+){0,3}?Motion\b[^.;\[(]{0,80}?${ref})`,
    'i',
  ).exec(text);
  return m ? m[1]!.replace(/^./, (c) => c.toUpperCase()) : null;
}

function opposingSide(party: string): string | null {
  const sides: [RegExp, string][] = [
    [/^petitioner/i, 'Respondents'],
    [/^respondent/i, 'Petitioners'],
    [/^plaintiff/i, 'Defendants'],
    [/^defendant/i, 'Plaintiffs'],
  ];
  return sides.find(([re]) => re.test(party))?.[1] ?? null;
}

/** A reply that names the response it answers ("REPLY to Response re [548]", "Reply to Opposition to …"). */
const REPLY_TO_RESPONSE =
  /^\W*(?:[A-Z][\w'-]*\s+){0,3}?REPLY\s+(?:brief\s+)?(?:to|in\s+support\s+of\s+[^.;]{0,80}?\s+and\s+in\s+response\s+to)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:Response|Opposition|Memorandum\s+in\s+Opposition)\b/i;

/** The keys of a response or reply an order sets without naming the motion (`obligationKeyIn` found none). */
const UNNAMED_MOTION_KEYS = {
  'response to': ['response to the motion'],
  'reply in support of': ['reply in support of', 'reply in support of the motion'],
} as const satisfies Record<string, readonly string[]>;

/** The docket an entry key is on: `appeal:<case id>` for a court of appeals' entry, `''` for the case's own. */
function docketOfKey(key: string): string {
  return /^(appeal:\d+):/.exec(key)?.[1] ?? '';
}

/** The number of an entry by its key on its own docket ("12", "appeal:7:3" → 3), when it has one. */
function placeOfKey(key: string): number | null {
  const m = /(?:^|:)(\d{1,6})$/.exec(key);
  return m ? Number(m[1]) : null;
}

function satisfactions(
  a: Analysis,
  cls: ReturnType<typeof classify>,
  e: AnalyzeInput,
  open: Open[],
  court: string | undefined,
): Satisfaction[] {
  const { kind, subtype } = cls;
  const out: Satisfaction[] = [];
  const take = (o: Open, what: string) => {
    out.push({ entry: o.entry, what });
    o.closed = true;
    if (e.number && /^\d+$/.test(e.number)) o.metBy = Number(e.number);
  };
  const latestOpen = (pred: (o: Open) => boolean) => [...open].reverse().find((o) => !o.closed && pred(o));
  if (kind === 'response' || kind === 'reply') {
    const prefix = kind === 'response' ? 'response to' : 'reply in support of';
    // "REPLY filed by Petitioners re: [11] Response": a reply to the response that met the duty to
    // respond to motion [3] is the reply in support of [3] (the movant replies to the motion's response).
    const replied =
      kind === 'reply'
        ? open.flatMap((x) => {
            const m = /^response to \[(\d+)\]/.exec(x.key);
            return m && x.metBy !== undefined && a.relatedEntries.includes(x.metBy) ? [Number(m[1])] : [];
          })
        : [];
    for (const r of [...new Set([...a.relatedEntries, ...replied])]) {
      const o = latestOpen((x) => x.key.startsWith(`${prefix} [${r}]`));
      if (o) {
        take(o, `${prefix} [${r}]`);
        // Older settings of the same obligation are met too.
        for (const x of open) if (!x.closed && x.key.startsWith(`${prefix} [${r}]`)) x.closed = true;
      }
      // "REPLY to Response re [548] MOTION": a reply to the response shows the response was filed,
      // though the source may not carry it (a feed lists only some entries).
      if (kind === 'reply' && REPLY_TO_RESPONSE.test(e.text)) {
        const response = latestOpen((x) => x.key.startsWith(`response to [${r}]`));
        if (response) {
          take(response, `response to [${r}]`);
          for (const x of open) if (!x.closed && x.key.startsWith(`response to [${r}]`)) x.closed = true;
        }
      }
    }
    // "The response to the motion is due D; the optional reply is due D2" in a court of appeals'
    // order naming no motion: the response or reply filed next on that appeal's docket to a motion
    // filed before the order ("Response opposing motion ([2] Motion …)", "REPLY to response ()").
    const docket = docketOfKey(entryKey(e));
    const unnamed = latestOpen(
      (x) =>
        docket !== '' &&
        (UNNAMED_MOTION_KEYS[prefix] as readonly string[]).includes(x.key) &&
        docketOfKey(x.entry) === docket &&
        (a.relatedEntries.length === 0 || a.relatedEntries.some((r) => r < (placeOfKey(x.entry) ?? 0))),
    );
    if (unnamed && !out.some((s) => s.what.startsWith(prefix))) take(unnamed, unnamed.key);
  }
  if (kind === 'pleading' && subtype === 'answer') {
    const o = latestOpen((x) => x.key.startsWith('answer') || x.key.startsWith('responsive pleading'));
    if (o) take(o, o.key);
  }
  if (!cls.isCourtAct && FILINGS.has(kind)) {
    // A party's paper of the type and subject a deadline asks for (src/deadlines/extract/filings.ts).
    const text = cleanDocketText(e.text);
    // Only the obligations asking for this paper's type are compared (one property per open
    // obligation, not a reading of each): a filing costs what it can meet, not what the case holds.
    const type = paperType(text);
    // A paper about one filed under an order's schedule ("Opposition re [17] MOTION for Preliminary
    // Injunction", [17] the motion the order [14] asked for) answers that order too.
    const cites = [
      ...a.relatedEntries,
      ...open
        .filter((x) => x.metBy !== undefined && a.relatedEntries.includes(x.metBy))
        .map((x) => Number(x.entry)),
    ];
    const obligation = (o: Open) => ({
      what: o.finding.what,
      party: o.finding.party,
      entry: o.entry,
      paragraph: o.finding.paragraph ?? null,
      dated: o.dateFiled,
    });
    // A paper of no type ("Docketing Statement filed") can still be a paper a duty names by what it holds.
    const live = open.filter(
      (o) => !o.closed && o.dateFiled <= e.dateFiled && (type !== null || asksOf(o) === 'paper'),
    );
    // "CERTIFICATE of mailing of class notice (mailing completed D)": the notice went out — the act
    // of sending it is met, and with it the certificate the same order asked for.
    if (NOTICE_CERTIFIED.test(text)) {
      const act = latestOpen((o) => o.dateFiled <= e.dateFiled && sendsNotice(o.finding.what));
      if (act) {
        take(act, act.key);
        const paper = latestOpen(
          (o) =>
            o.entry === act.entry && /\b(?:certificate|declaration|proof|affidavit)\b/i.test(o.finding.what),
        );
        if (paper) take(paper, paper.key);
        else out.push({ entry: act.entry, what: 'certificate of mailing' });
      }
    }
    // A paper of compliance naming the order's numbered paragraphs answers each duty they set.
    const named = live.filter((o) => !o.finding.recurrence && answersParagraph(text, cites, obligation(o)));
    for (const o of named) take(o, o.key);
    // A notice of compliance with the order (no paragraph named) answers its duty to act: the ones
    // due by the notice's day, else the next one due.
    // A report the same order asks for again and again ("COMPLIANCE REPORT pursuant to [12]") is that
    // report, never word that the order's act (reinstating, releasing) was done.
    const isSeriesReport = (o: Open) =>
      /\breports?\b/i.test(text.slice(0, 120)) &&
      live.some((r) => r.finding.recurrence && r.entry === o.entry && asksOf(r) === type);
    const acted = live.filter(
      (o) =>
        !o.closed && !o.finding.recurrence && !isSeriesReport(o) && answersOrder(text, cites, obligation(o)),
    );
    const dueBy = acted.filter((o) => o.finding.dueDate !== null && o.finding.dueDate <= e.dateFiled);
    for (const o of dueBy.length > 0 ? dueBy : acted.slice(0, 1)) take(o, o.key);
    // The paper a duty asks for.
    // A duty waiting for the court of appeals (its day still to come) is met early only by a paper
    // naming the order that set it: a case files many joint status reports.
    const waiting = (o: Open) =>
      !o.finding.dueDate && !o.finding.recurrence && appellateTrigger(o.finding.period?.triggerText) !== null;
    const meets = live.filter(
      (o) =>
        !o.closed &&
        (!waiting(o) || cites.includes(Number(o.entry))) &&
        !answersOtherParagraph(text, cites, obligation(o)) &&
        (asksOf(o) === type ||
        (o.finding.recurrence && type !== null && complianceAlike(o.finding.what, text, asksOf(o), type))
          ? filingMeets(text, cites, obligation(o))
          : asksOf(o) === 'paper' &&
            (o.finding.recurrence
              ? noticeMeets(text, cites, obligation(o))
              : holdsNamedPaper(text, cites, obligation(o)))),
    );
    // One paper is one report: of the recurring duties it could meet (an order's compliance
    // report, its monitor's report and its accounting, all citing the order), the ones its name
    // names most ("MONITOR'S REPORT" the monitor's), all of them when it names none.
    // A report naming orders answers the duties of those orders; one naming none, the one duty of
    // its kind in force (of two, it cannot say which).
    // (An entry names only entries before it: "for March 2030" names no entry 2030.)
    const earlierCited = cites.filter((n) => !e.number || !/^\d+$/.test(e.number) || n < Number(e.number));
    const meetsRecurring = meets.filter((x) => x.finding.recurrence);
    const ofNamed = meetsRecurring.filter((o) =>
      (o.orders ?? [o.entry]).some((n) => earlierCited.includes(Number(n))),
    );
    const recurring = ofNamed.length > 0 || earlierCited.length > 0 ? ofNamed : meetsRecurring;
    const shared = recurring.map((o) => sharedPaperWords(text, o.finding.what));
    const most = Math.max(0, ...shared);
    for (const o of recurring.filter((_, i) => shared[i] === most)) {
      const k = occurrenceMet(o, text, e.dateFiled, court);
      if (k === null) continue;
      o.satisfiedOccurrences.add(k.index);
      out.push({ entry: o.entry, what: `${o.finding.what} occurrence ${k.index + 1} (due ${k.due})` });
    }
    // One paper meets one setting of a one-off deadline: the latest (an extension's); the earlier
    // settings of it are met with it.
    const once = meets.filter((x) => !x.finding.recurrence);
    if (once.length > 0) {
      const latest = once[once.length - 1]!;
      take(latest, latest.key);
      // The same paper under another name, set by another entry (the clerk's "Brief due D for
      // APPELLEES" beside the schedule's "Appellees' answering brief"): met too, by that name only.
      for (const x of once) {
        if (!x.closed && x.key !== latest.key && x.entry !== latest.entry)
          out.push({ entry: x.entry, what: x.key, samePaper: true });
        x.closed = true;
      }
    }
  }
  if (kind === 'status_report' && out.length === 0) {
    for (const o of open) {
      if (o.closed || !o.finding.recurrence || !/report/i.test(o.finding.what)) continue;
      const k = occurrenceMet(o, cleanDocketText(e.text), e.dateFiled, court);
      if (k) {
        o.satisfiedOccurrences.add(k.index);
        out.push({ entry: o.entry, what: `status report occurrence ${k.index + 1} (due ${k.due})` });
        break;
      }
    }
    if (out.length === 0) {
      const o = latestOpen((x) => /status\s+report/i.test(x.key) && !x.finding.recurrence);
      if (o) take(o, o.key);
    }
  }
  return out;
}

/** A paper showing notice sent to people: "CERTIFICATE of mailing of class notice", "Declaration of Publication of Notice". */
const NOTICE_CERTIFIED =
  /^\W*(?:[\w'’-]+\s+){0,3}?(?:certificate|proof|declaration|affidavit)\s+of\s+(?:(?:mailing|publication|distribution|dissemination)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?notice|service\s+of\s+(?:the\s+)?(?:class|settlement|approved)\s+notice)\b/i;

/** What a party files (not the court's acts, nor a notice of appeal). */
const FILINGS = new Set(['pleading', 'motion', 'response', 'reply', 'status_report', 'notice', 'other']);

/**
 * The occurrence of a recurring duty a filing meets: the one it names by ordinal ("Second
 * Compliance Report" meets the second, even late), else the earliest one not yet met that is due
 * by half a period after the filing (a report filed early meets the next one, not a later one).
 */
function occurrenceMet(
  o: Open,
  filing: string,
  filed: string,
  court: string | undefined,
): { index: number; due: string } | null {
  const rec = o.finding.recurrence!;
  const step = rec.every * (rec.unit === 'weeks' ? 7 : rec.unit === 'months' ? 30 : 1);
  const named = ordinalOf(filing);
  let occ: string[];
  try {
    occ = recurringDeadlines(
      scheduleOf(rec, rec.anchor ?? o.dateFiled),
      { through: addDaysIso(filed, step * Math.max(1, named ?? 1)) },
      court ? { court } : {},
    ).map((c) => c.due);
  } catch {
    return null;
  }
  // A paper naming the month it is for ("DECLARATION … Regarding Compliance (November 2033)",
  // "Third Monthly Declaration (February 2034)" after a month skipped) meets the occurrence due in
  // that month, whatever its ordinal counts (the papers filed, not the days due) — when it is filed
  // near that day (a report "for March 2030" filed in April is April's).
  const month = monthNamed(filing);
  const half = Math.floor(step / 2);
  if (month) {
    const k = occ.findIndex(
      (due, i) =>
        due.startsWith(month) && !o.satisfiedOccurrences.has(i) && Math.abs(daysBetween(filed, due)) <= half,
    );
    if (k >= 0) return { index: k, due: occ[k]! };
  }
  if (named !== null) {
    const k = named - 1;
    return k < occ.length && !o.satisfiedOccurrences.has(k) ? { index: k, due: occ[k]! } : null;
  }
  // A report filed within half a period of an unmet occurrence's due date is that occurrence's
  // (on its day, a little early or a little late), whatever earlier ones went missing; only a
  // filing near none of them catches up the earliest one missed.
  const limit = addDaysIso(filed, half);
  let near = -1;
  for (const [i, due] of occ.entries()) {
    if (o.satisfiedOccurrences.has(i) || Math.abs(daysBetween(filed, due)) > half) continue;
    if (near < 0 || Math.abs(daysBetween(filed, due)) < Math.abs(daysBetween(filed, occ[near]!))) near = i;
  }
  const k = near >= 0 ? near : occ.findIndex((due, i) => !o.satisfiedOccurrences.has(i) && due <= limit);
  return k >= 0 ? { index: k, due: occ[k]! } : null;
}

export type { Analysis, AnalyzeInput } from '../types.ts';
