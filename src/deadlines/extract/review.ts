/**
 * No silent misses. After the readers, every finding carries why it was read (rule, words,
 * confidence); a reading whose confidence falls below `REVIEW_THRESHOLD` is held back, and an
 * entry whose dates, periods, or hearing/stay/injunction/deadline words gave no finding is
 * flagged for a person with the words that triggered the flag.
 */
import { classDefinition } from '../classes.ts';
import type {
  Analysis,
  DeadlineFinding,
  FindingWhy,
  HearingFinding,
  InjunctionFinding,
  ReviewFlag,
  StayFinding,
} from '../types.ts';
import type { Classification } from './classify.ts';
import { namesPaper, ON_EACH_EVENT, PAST_PERIOD_LEAD } from './findings.ts';
import { readDate, scanTemporals, type Temporal } from './grammar.ts';
import { FOR_PLAINTIFFS, judgmentFor } from './relief.ts';

/** Below this a reading is `needs review`, not asserted. */
export const REVIEW_THRESHOLD = 0.6;

/** How far from the entry's own date a date may fall before it is doubted (years). */
const FAR_FUTURE_YEARS = 5;

type Finding = DeadlineFinding | HearingFinding | StayFinding | InjunctionFinding;
type FindingKind = 'deadline' | 'hearing' | 'stay' | 'injunction';

/** At most `max` characters, cut between words (never inside a date a person must read), marked "…". */
function clip(words: string, max: number): string {
  if (words.length <= max) return words;
  const cut = words.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}

function yearsApart(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / (365.25 * 86_400_000);
}

function defaultWhy(kind: FindingKind, f: Finding): FindingWhy {
  const action = 'action' in f ? f.action : 'change' in f ? f.change : kind === 'deadline' ? 'set' : 'read';
  return {
    rule: `${kind}-${action}`,
    words: clip((f.source ?? '').replace(/\s+/g, ' '), 160),
    confidence: 0.85,
  };
}

interface Doubt {
  why: string;
  /** How much it lowers the confidence. */
  weight: number;
}

/** Doubts about a dated reading that the words alone do not settle. */
function doubtsOf(kind: FindingKind, f: Finding, dateFiled: string): Doubt[] {
  const doubts: Doubt[] = [];
  const date =
    kind === 'deadline'
      ? (f as DeadlineFinding).dueDate
      : kind === 'hearing'
        ? (f as HearingFinding).date
        : kind === 'stay'
          ? (f as StayFinding).expires
          : null;
  if (!date) return doubts;
  const change = 'change' in f ? f.change : 'action' in f ? f.action : '';
  const forward =
    kind === 'deadline'
      ? ['set', 'extended', 'shortened', 'reset'].includes(change)
      : kind === 'hearing'
        ? change === 'set' || change === 'reset'
        : change === 'granted' || change === 'extended';
  // A deadline set, a hearing scheduled or a stay granted for a day already past when the entry
  // was filed is more often a past event read as a future one ("filed in MDL on D").
  // (A period counted from an event the entry reports is dated by the calendar, not read.)
  // CM/ECF's own computation ("served on D1, answer due D2" in a return filed late) is a date the
  // system printed, not a past event misread.
  const counted =
    kind === 'deadline' &&
    (Boolean((f as DeadlineFinding).period) || (f as DeadlineFinding).basis === 'clerk_computed_in_text');
  if (forward && date < dateFiled && !counted) {
    const days = (Date.parse(dateFiled) - Date.parse(date)) / 86_400_000;
    if (days > 7 || kind !== 'hearing')
      doubts.push({ why: `${date} is before the entry was filed (${dateFiled})`, weight: 0.35 });
  }
  if (yearsApart(dateFiled, date) > FAR_FUTURE_YEARS)
    doubts.push({ why: `${date} is more than ${FAR_FUTURE_YEARS} years after the entry`, weight: 0.35 });
  if (kind === 'deadline') {
    const what = (f as DeadlineFinding).what;
    if (/^\d|\bbefore\s+(?:Judge|DAE|the\s+Honorable)\b|^[^a-z]*$/.test(what))
      doubts.push({ why: `what is due is unclear ("${what.slice(0, 40)}")`, weight: 0.1 });
  }
  return doubts;
}

/** Give each finding its `why`, lower its confidence by its doubts, and hold back the unsure. */
function assess(a: Analysis, dateFiled: string): NonNullable<ReviewFlag['withheld']> {
  const withheld: NonNullable<ReviewFlag['withheld']> = [];
  const pass = <T extends Finding>(kind: FindingKind, list: T[]): T[] =>
    list.filter((f) => {
      const why = f.why ?? defaultWhy(kind, f);
      const doubts = doubtsOf(kind, f, dateFiled);
      if (doubts.length > 0) {
        why.doubts = doubts.map((d) => d.why);
        const lowered = doubts.reduce((c, d) => c - d.weight, why.confidence);
        why.confidence = Math.max(0, Math.round(lowered * 100) / 100);
      }
      f.why = why;
      if (why.confidence >= REVIEW_THRESHOLD) return true;
      const date = 'dueDate' in f ? f.dueDate : 'date' in f ? f.date : 'expires' in f ? f.expires : null;
      withheld.push({ kind, date: date ?? null, why });
      return false;
    });
  a.deadlines = pass('deadline', a.deadlines);
  a.hearings = pass('hearing', a.hearings);
  a.stays = pass('stay', a.stays);
  a.injunctions = pass('injunction', a.injunctions);
  return withheld;
}

/** Dates that are past events, not things to keep: "filed on D", "dated D", "Notice Date D". */
const PAST_LEAD =
  /(?<!\bbe\s)\b(?:held|served|filed|entered|signed|dated|received|mailed|docketed|executed|modified|issued|returned|arrested|transferred|postmarked|paid|sent|noticed|submitted|Notice\s+Date|Date\s+of\s+service|Certificate\s+of\s+service|Edited|Ordered|Entered|decided|argued|convicted|sentenced|born|occurred|effective|as\s+of|from|since|dated\s+as\s+of)\b[^;]{0,100}$/i;
/** A past word that governs the day right after it: "issued on D", "filed D", "held as of D". */
const PAST_RIGHT_BEFORE =
  /(?<!\bbe\s)\b(?:held|served|filed|entered|signed|dated|received|mailed|docketed|executed|modified|issued|returned|paid|sent|submitted|decided|argued|effective|occurred)\s*(?:on\s+|as\s+of\s+)?:?\s*$/i;
/** A party's request the court restates ("Both motions request that the court extend the time … from D1 to D2"). */
const REQUEST_LEAD =
  /\b(?:request(?:s|ed|ing)?|move[sd]?|moving|seek(?:s|ing)?|sought|ask(?:s|ed|ing)?|propos(?:e|es|ed|ing))\b(?:(?!\b(?:ORDERED|granted|GRANTED|shall|must)\b)[^.;]){0,160}$/;
/** The end of a move or span: "continued from D1 10:00 AM to D2", "from D1 until D2". */
const SPAN_END = /\bfrom\s+[^;]{4,40}?\s+(?:to|until|through|thru|till)\s*$/i;
/** The last day an order replaces: "previously set to expire on", "currently scheduled to end". */
const PREVIOUS_END =
  /\b(?:previously|originally|formerly|currently|presently)\s+(?:set|scheduled|due)\s+to\s+(?:expire|end|run|lapse)\s+(?:on\s+)?$/i;
/** Words around a date or period that make it a time to keep. */
const KEEP_WORDS =
  /\b(?:due|deadline|by|on\s+or\s+before|no\s+later\s+than|not\s+later\s+than|until|through|within|set|reset|scheduled|rescheduled|continued|adjourned|hearing|conference|trial|argument|sentencing|arraignment|appearance|calendar|expires?|stayed|enjoined|extended|hold|held\s+on|at\s+\d)\b/i;
/** Words of the things a docketing clerk tracks. */
const TRACKED_WORDS =
  /\b(?:deadlines?|due|hearings?|conferences?|trial|argument|arraignment|sentencing|calendar\s+call|stay(?:ed|ing)?|enjoin(?:ed|ing)?|injunction|restraining\s+order|continued|vacated|reset|rescheduled|adjourned|under\s+advisement|on\s+the\s+briefs|within\s+\S+(?:\s+\(\d+\))?\s+(?:calendar\s+|court\s+|business\s+)?days)\b/gi;

/**
 * In a party's filing only the words of a setting bind: CM/ECF's "Responses due by D", "Motion
 * Hearing set for D", "Return Date set for D" — the filer's own dates are proposals.
 */
const PARTY_SETTING_LEAD =
  /\b(?:due|deadline|set|reset|scheduled|rescheduled|continued|adjourned|hearing|heard|conference|trial|appear(?:ance|s)?|court\s+date|on\s+or\s+before|no\s+later\s+than|stayed|until)\b[^.;]{0,40}$/i;
/**
 * A day to come before a judge, in a paper that notices it: "presentment of motion … before Honorable
 * John J. Tharp Jr. on D at 9:00 AM", "will be presented before Judge Smith on D". The judge's name may
 * hold initials' periods, which end no sentence.
 */
const BEFORE_JUDGE_ON =
  /\bbefore\s+(?:the\s+)?(?:Honorable|Hon\.|(?:Chief\s+|Senior\s+|District\s+|Magistrate\s+|Bankruptcy\s+)*Judge)\s+(?:[A-Z][\w'’-]*\.?,?\s+){1,6}(?:in\s+(?:Courtroom|Room)\s+\S+\s+)?on\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?$/;

/** A date's own label just before it: "… Filing Date 02/21/2017", "Last Day to Object: D", "Bar Date D". */
const PRINTED_LABEL_LEAD = /\b(?:Date|Day|Deadline)\s*:?\s*$|\bLast\s+Day\b[^.;]{0,40}$/;
/** A party's papers whose own dates are proposals, not labels CM/ECF prints. */
const PROPOSING_KINDS = new Set(['motion', 'stipulation', 'response', 'reply', 'status_report']);

/** A period that has run: "no objections have been filed within 30 days". */
const PAST_PERIOD =
  /\b(?:have|has|had|was|were)\s+(?:not\s+)?(?:been\s+)?(?:[a-z]+ed|made|done|paid|sent)\s+within\s+[^.;,]{1,40}?\bdays\b/gi;

/** A month and day with no year ("the 8/11 ptc"). */
const YEARLESS_DAY = /(?<![\d/.:-])(\d{1,2}\/\d{1,2})(?![\d/]|\s*(?:of|th|rd|nd|st)\b)/g;
/** Words beside a yearless day that make it a day to keep: a court event, its clerks' abbreviations, a due word. */
const YEARLESS_CUE =
  /\b(?:hearing|conference|conf|ptc|hrg|trial|status|pretrial|sentencing|arraignment|argument|calendar|due|deadline|until|adjourned|continued|reset|set\s+for)\b/i;

/**
 * Date-like tokens the grammar does not read as dates: a one-digit year ("03/8/4"), a mistyped year
 * ("5/22/20107"), a day the month
 * does not have ("6/31/2019", "February 30, 2020" — a typo a person must read, never a guess).
 */
const ODD_DATE =
  /(?<![\d/])\d{1,2}\/\d{1,2}\/\d{1,5}(?![\d/])|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)\s+(?:29|3[01]),?\s+\d{4}\b/gi;

/**
 * Words that say something happened to a hearing, a stay or an injunction, or that a time runs,
 * whoever writes them: enough to ask a person when nothing was read.
 */
const LIFECYCLE_WORDS =
  /\b(?:stayed|stay\s+(?:is|was)\s+(?:lifted|granted|extended)|automatic(?:ally)?\s+stay(?:ed)?|enjoined|restrained|re-?set|rescheduled|continued\s+(?:to|until|generally|without\s+date)|adjourned|postponed|cancell?ed|cancell?ing\s+(?:the\s+)?(?:hearing|conference|trial|meeting)|(?:hearing|conference|trial|meeting(?:\s+of\s+creditors)?|sentencing|arraignment|argument)(?:\s*\([^)]{1,30}\))?\s+(?:held|concluded|completed|continued)|vacated|stricken|under\s+advisement|on\s+the\s+briefs|without\s+(?:oral\s+argument|a\s+hearing)|(?:hearing|conference|trial|argument|sentencing|arraignment)\s+(?:is\s+|will\s+be\s+)?(?:set|scheduled)|due\s+(?:by|on)|deadline\s+(?:is|of|for|set)|terminat(?:e|ed|ing)\s+(?:[\w-]+\s+){0,3}?(?:deadlines?|hearings?)|adjournment\s+of\s+(?:the\s+)?(?:hearing|conference|trial|meeting)|(?:will|shall)\s+not\s+be\s+heard)\b/gi;

/**
 * A hearing's change in the court's words, either order: "Trial … is continued", "the hearing set for
 * D is vacated", "continuing the sentencing", "Terminate Deadlines and Hearings". Speedy Trial words
 * and a request ("motion to continue") are not a change.
 */
const HEARING_CHANGE =
  /\b(?:trial|hearings?|conferences?|sentencing|arraignment|(?:oral\s+)?argument|calendar\s+call|(?:order\s+to\s+)?show\s+cause)\b(?:\s+and\s+(?:deadlines|dates|settings))?(?:\s+(?:of|in|for|on|as\s+to)\s+[^.;,]{1,40}?)?\s+(?:(?:is|are|was|were|has\s+been|have\s+been|shall\s+be|will\s+be|be)\s+)?(?:hereby\s+)?(?:continued|vacated|stricken|cancell?ed|reset|rescheduled|adjourned|postponed|terminated)\b|\b(?:continuing|vacating|striking|cancell?ing|resetting|adjourning|terminat(?:e|ing))\s+(?:(?:the|all|pending|future)\s+)?(?:[\w-]+\s+){0,3}?(?:trial|hearings?|conferences?|sentencing)\b/gi;
/**
 * Deadlines ended, held or moved in the court's words, with no change to a deadline read: "All future
 * hearings and deadlines are stricken", "all unreached deadlines … are stayed", "the motion filing
 * deadline … is vacated".
 */
const DEADLINE_CHANGE =
  /\b(?:deadlines?|due\s+dates?)\b(?:\s+and\s+(?:hearings?|settings))?(?:\s+(?:of|in|for|as\s+to|between)\s+[^.;,]{1,40}?)?\s+(?:(?:is|are|was|were|has\s+been|have\s+been|shall\s+be|will\s+be|be)\s+)?(?:hereby\s+)?(?:stricken|vacated|terminated|stayed|suspended|cancell?ed)\b|\b(?:striking|vacating|staying|suspending)\s+(?:(?:the|all|any|pending|remaining|unreached)\s+)*(?:[\w-]+\s+){0,2}?deadlines\b/gi;
/** A stay in the court's words with no stay read: "proceedings are stayed", "STAYING this action". */
const STAY_CHANGE =
  /\b(?:is|are|be|been|hereby|now|further|temporarily|administratively)\s+stayed\b|\bstay(?:ing)?\s+(?:of\s+)?(?:this|the)\s+(?:action|case|proceedings?|matter|litigation)\b|\bstay\s+(?:is|was)\s+(?:lifted|granted|extended|dissolved)\b/gi;

/** Who is speaking: the court (orders, minutes, its notices), a party, or an entry of unknown kind. */
type Speaker = 'court' | 'party' | 'unknown' | 'record';

/** Whether the entry is the court (or its clerk) speaking, so its words are acts, not requests. */
function speakerOf(cls: Classification, text: string): Speaker {
  if (speaksForCourt(cls, text)) return 'court';
  // The clerk's record of what already happened (audio, exhibit lists, receipts): its dates are past.
  if (cls.subtype === 'record') return 'record';
  // An entry whose CM/ECF event the reader does not know may be the court's: its dates may bind.
  return cls.kind === 'other' && cls.subtype === null ? 'unknown' : 'party';
}

function speaksForCourt(cls: Classification, text: string): boolean {
  if (cls.isCourtAct || cls.kind === 'transcript') return cls.kind !== 'transcript';
  if (cls.kind === 'notice')
    return (
      /\b(?:set|reset|scheduled|rescheduled|cancel+ed|continued|vacated)\b/i.test(text) ||
      /^(?:[A-Z][\w'-]*\s+){0,2}(?:CLERK|Clerk|COURT|Court)'?s?\b/.test(text)
    );
  return false;
}

/** The words just before a day that make it a time to keep: "due (by)", "by", "no later than", "on or before". */
const DATE_DUE_CUE =
  /(?:\bdue\s*(?:by|on|date)?|\bdeadline\s*(?:is|of)?|\b(?:By|by)|\bno\s+later\s+than|\bon\s+or\s+before)\s*:?\s*(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?$/i;

/** The words just before a day that set something on it: "set for", "reset to", "continued to", "scheduled on". */
const SETTING_CUE =
  /\b(?:set|reset|re-set|scheduled|rescheduled|continued|adjourned|moved)\s+(?:for|to|on|until)\s*:?\s*(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?:\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s+(?:on\s+)?)?$/i;

/**
 * The court setting an event verb first: "reset telephone conference for 10:00 a.m. on", "scheduled a
 * status hearing on" ("Scheduling Call", "Continuing Trial" name events, not settings).
 */
const SETTING_VERB_FIRST =
  /\b(?:set(?:ting)?|re-?set(?:ting)?|schedul(?:ed|es)|reschedul(?:ed|es)|continu(?:ed|es))\s+(?:(?:the|a|an|its|this)\s+)?(?:[\w-]+\s+){0,3}?(?:hearing|(?:tele|video)?conference|trial|argument|arraignment|sentencing|call)\s+(?:for|on|to)\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?:\d{1,2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:on\s+)?)?$/i;

/** Court events, by their head word, that a setting names: two different ones on one day are two settings. */
const EVENT_HEAD =
  /\b(?:hearing|conf(?:erence)?|trial|argument|arraignment|sentenc(?:e|ing)|plea|call|meeting|selection|presentment|appearance)\b/gi;

/** The event a setting names, by the head word nearest before its verb ('' when none is named). */
function eventNamed(lead: string): string {
  // (Cut at the last setting verb: the words before it are this setting's, not an earlier one's.)
  const verb = [
    ...lead.matchAll(
      /\b(?:set|reset|re-set|scheduled|rescheduled|continued|adjourned|moved)\s+(?:for|to|on|until)\b/gi,
    ),
  ].at(-1);
  const words = verb ? lead.slice(0, verb.index) : lead;
  // Only the setting's own sentence names its event.
  const own = words.slice(-60).replace(/^[\s\S]*[.;]\s+(?=\S)/, '');
  const last = [...own.matchAll(EVENT_HEAD)].at(-1)?.[0].toLowerCase();
  // (A clerk's "conf" is a conference.)
  if (last) return last.startsWith('sentenc') ? 'sentence' : last.startsWith('conf') ? 'conference' : last;
  // No court event named: what is set is the sentence's subject ("Transcript Designation set for D.
  // Clerks Record of Designation set for D." are two settings).
  const subject = own.match(/([A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3})\s*$/)?.[1]?.toLowerCase();
  return subject && /^[a-z]/.test(subject) ? `~${subject}` : '';
}

function claimedDates(a: Analysis): Set<string> {
  const out = new Set<string>();
  const add = (d: string | null | undefined) => {
    if (d) out.add(d);
  };
  for (const d of a.deadlines) {
    add(d.dueDate);
    add(d.previousDue);
    // A day counted back from ("seven days before the hearing on D") is the sitting's: a hearing read
    // claims it, the deadline alone does not.
    if (d.period?.direction !== 'before') add(d.period?.trigger);
    add(d.period?.event?.date);
    add(d.recurrence?.firstDue);
    for (const o of d.recurrence?.firstOccurrences ?? []) add(o);
  }
  for (const h of a.hearings) add(h.date);
  for (const s of a.stays) {
    add(s.expires);
    add(s.previousExpires);
  }
  for (const j of a.injunctions) if (j.until && /^\d{4}-/.test(j.until)) add(j.until);
  for (const d of a.requested ?? []) add(d.dueDate);
  return out;
}

function unreadTemporals(
  text: string,
  dateFiled: string,
  a: Analysis,
  speaker: Speaker,
  withheld: NonNullable<ReviewFlag['withheld']>,
): string[] {
  const court = speaker === 'court' || speaker === 'unknown';
  const proposer = PROPOSING_KINDS.has(a.kind);
  const claimed = claimedDates(a);
  for (const w of withheld) if (w.date) claimed.add(w.date);
  const periods = new Set(a.deadlines.map((d) => (d.period ? `${d.period.n}|${d.period.unit}` : '')));
  const out: string[] = [];
  if (speaker === 'record') return out;
  const temporals: Temporal[] = scanTemporals(text, dateFiled);
  /** Days the readers' exceptions showed are not operative (the old day of a move, the last day an extension replaces). */
  const settled = new Set<Temporal>();
  // One day may be due for several things ("X's answer due D; Y's answer due D", "By D, the District
  // Attorney shall file …. By D, the Clerk shall file …"): a day named in the words of a deadline or a
  // setting more often than findings carry it leaves one unread — flagged, never silently merged.
  if (court || speaker === 'party') {
    const cues = new Map<string, Temporal[]>();
    const settings = new Map<string, Set<string>>();
    for (const t of temporals) {
      if (t.type !== 'date' || !t.date || !claimed.has(t.date)) continue;
      const lead = text.slice(Math.max(0, t.start - 40), t.start);
      // CM/ECF's summary restating a deadline the order's words set ("… directed to file a written
      // response … Response due 08/24/2016 for X."): one deadline, counted once.
      const summary = /(?:^|[.;(,]\s*)((?:[A-Z][\w'’]*\s+){0,2}?[A-Za-z]{5,})\s+due\s+(?:by\s+)?$/.exec(lead);
      if (
        summary &&
        a.deadlines.some(
          (d) =>
            d.dueDate === t.date &&
            (d.what.toLowerCase().includes(summary[1]!.split(/\s+/).at(-1)!.toLowerCase()) ||
              namesPaper(`${d.what} ${d.source ?? ''}`, summary[1]!.toLowerCase())) &&
            !d.source?.includes(lead.slice(-20)) &&
            // (A deadline's own words are not a summary of it: "Brief due D for X. Appendix due D for X.")
            !wordsCover(text, d.source, t.start),
        )
      )
        continue;
      if (!DATE_DUE_CUE.test(lead)) {
        const wide = text.slice(Math.max(0, t.start - 80), t.start);
        if (!SETTING_CUE.test(lead) && !SETTING_VERB_FIRST.test(wide)) continue;
        // A setting restated at the same day and hour ("adjourned to March 30 at 3:00 p.m. …
        // Initial Conference set for 3/30/2021 at 03:00 PM") is one setting; two events named
        // for the same day and hour ("a Change of Plea Hearing is set for D T. Sentence Without PSR
        // set for D T") are two.
        // (A day whose hearing was moved to another hour keeps one setting: "set for D 10:00 AM is
        // moved to 02:00 PM … set for 2:00 D".)
        const moved = a.hearings.some((h) => h.date === t.date && h.change === 'reset');
        const key = moved ? t.date : `${t.date}|${t.time ?? ''}`;
        const event = eventNamed(wide);
        const named = settings.get(key);
        if (named && (event === '' || named.has('') || named.has(event))) continue;
        settings.set(key, (named ?? new Set()).add(event));
      }
      cues.set(t.date, [...(cues.get(t.date) ?? []), t]);
    }
    for (const [date, ts] of cues) {
      const carried =
        a.deadlines.filter((d) => d.dueDate === date || d.recurrence?.firstDue === date).length +
        a.hearings.filter((h) => h.date === date).length +
        withheld.filter((w) => w.date === date).length;
      if (ts.length > carried && ts.length - carried <= 3) out.push(ts.at(-1)!.text.trim());
    }
  }
  for (const t of temporals) {
    const lead = text.slice(Math.max(0, t.start - 110), t.start);
    if (t.type === 'date') {
      if (!t.date || claimed.has(t.date)) continue;
      if (SUPERSEDED_BY_CORRECTION.test(text.slice(t.end, t.end + 40))) continue;
      // "the Court's Scheduling Order of January 14, 2026 (ECF No. 20)": an earlier paper named by its day.
      if (
        t.date <= dateFiled &&
        /\b(?:Order|Opinion|Judgment|Stipulation|Decree|Report)\s+(?:of|dated|entered(?:\s+on)?)\s*$/i.test(
          lead,
        )
      )
        continue;
      // "continued from D1 to D2": the old day of a hearing read as moved.
      // (Left to the accounting below: a reset that names the old day gives the old hearing vacated.)
      if (/\bfrom\s*$/i.test(lead) && a.hearings.some((h) => h.change === 'reset')) continue;
      // "The stay previously set to expire on D1 is extended through D2": D1 is the last day the
      // extension replaces, read with it.
      if (PREVIOUS_END.test(lead) && a.stays.some((x) => x.expires && x.expires !== t.date)) {
        settled.add(t);
        continue;
      }
      // A day still to come under a date's own label, which CM/ECF prints into papers that propose
      // nothing ("Section 316 Incomplete Filing Date D", "Last Day to Object: D"), is a time to keep.
      const labeled = !proposer && t.date > dateFiled && PRINTED_LABEL_LEAD.test(lead);
      // A past word far before a day still to come that the court names ("Writ … issued as to X for
      // D at T") does not make that day past; only a past word right before it does ("issued on D").
      const pastLead =
        speaker === 'court' && t.date > dateFiled
          ? PAST_RIGHT_BEFORE.test(lead)
          : // "Plea of NOT GUILTY entered. Dates given: JS/JT 8-17-04": a past word of an earlier sentence.
            PAST_LEAD.test(lead.replace(/^[\s\S]*[a-z)]\.\s+(?=[A-Z])/, ''));
      if (speaker === 'court' && REQUEST_LEAD.test(lead)) continue;
      if (
        !labeled &&
        pastLead &&
        !/\b(?:due|deadline|set|reset|continued|until|through|on\s+or\s+before|no\s+later\s+than|not\s+later\s+than)\b[^.;]{0,25}$/i.test(
          lead,
        ) &&
        // "continued from D1 (at T) to D2": D2 ends the move, it is not the past event's day.
        !SPAN_END.test(lead)
      )
        continue;
      // A party's filing names dates it does not set; only a date in the words of a setting is read.
      const beforeJudge = t.date > dateFiled && BEFORE_JUDGE_ON.test(lead);
      if (!court && !PARTY_SETTING_LEAD.test(lead) && !labeled && !beforeJudge) continue;
      const around = `${text.slice(Math.max(0, t.start - 160), t.start)} ${t.text} ${text.slice(t.end, t.end + 30)}`;
      // The court naming a day still to come names a time to keep, whatever words surround it; a
      // day already past, or one in an entry of unknown kind, only in the words of a setting.
      const ahead = speaker === 'court' && t.date > dateFiled;
      if (speaker === 'court' && !ahead && !KEEP_WORDS.test(around)) continue;
      // An entry of unknown kind: only a date in the words of a setting ("Month Ending: D" is not).
      if (speaker === 'unknown' && !PARTY_SETTING_LEAD.test(lead) && !beforeJudge) continue;
      if (/\bexclud(?:ed|able)\b|\bX[A-T]\s+(?:started|stopped|start|stop)\b/i.test(lead)) continue;
      out.push(t.text.trim());
    } else if (t.type === 'period') {
      if (periods.has(`${t.n}|${t.unit}`)) continue;
      // "within 60 days of entry … and every 90 days thereafter": the first report's period, read as
      // the duty's first day.
      if (a.deadlines.some((d) => d.recurrence?.firstDue && d.source?.includes(t.text))) continue;
      // "RELIEVED of the obligation to file further 30-day status reports": the duty's name, ended.
      if (
        a.deadlines.some(
          (d) =>
            d.change === 'vacated' &&
            d.recurrence === undefined &&
            d.basis === 'recurring_period_in_text' &&
            d.source?.includes(t.text),
        )
      )
        continue;
      // "STAYED for thirty (30) days from the date of this Order": the stay's own end, read.
      if (a.stays.some((x) => x.expires && x.source?.includes(t.text))) continue;
      // "This Order shall remain in effect for fourteen (14) days from its entry", "EXTENDED for an
      // additional fourteen (14) days": an injunction's own term, read.
      if (
        a.injunctions.some((x) => x.until || x.extendBy) &&
        /\b(?:expir\w*|in\s+(?:full\s+)?(?:force|effect)|extended|stayed|renew(?:s|ed|ing)?\b[^.;]{0,60}?\bfor)\b[^.;]{0,40}$/i.test(
          lead,
        )
      )
        continue;
      // The court: any period that runs ("within 14 days", "14 days after service", "have 21 days");
      // a party: only one set in the court's words inside its filing ("the Court ORDERED … within").
      // An extension by an amount ("the request for ninety (90) day extension of time to serve",
      // "an additional 14 days") runs from a deadline the entry may not state: a person dates it.
      const runs =
        /\b(?:within|no\s+later\s+than|not\s+later\s+than|by|in|have|has|on\s+or\s+before|allowed|given|due\s*:?)\s*$/i.test(
          lead,
        ) ||
        Boolean(t.triggerText) ||
        // "10 days for proof of ss#", "fourteen days to file an amended complaint": an allowance.
        /^\s*(?:to|for|in\s+which\s+to)\s+[a-z]/i.test(text.slice(t.end, t.end + 20)) ||
        ((/\b(?:extension\s+of|enlargement\s+of|additional|further|extra|another)\s*$/i.test(lead) ||
          /^[\s-]*(?:extension|enlargement)\b/i.test(text.slice(t.end, t.end + 20))) &&
          // "an additional three weeks, until August 8, 2019, to file": the new day is read with it.
          !a.deadlines.some((d) => d.dueDate && d.source?.includes(t.text)));
      if (!runs) continue;
      // (A period under CM/ECF's printed "DUE:" label binds in any paper: "If a response is filed - DUE: 14 days from today".)
      if (!court && !/\b(?:ORDERED|ordered|directed|DIRECTED)\b[^.]{0,120}$|\bDUE\s*:\s*$/.test(lead))
        continue;
      if (/\bexclud|\bspeedy\b/i.test(lead) || PAST_PERIOD_LEAD.test(lead)) continue;
      // "shall allow each class member at least seven days after notice", "no fewer than 14 days
      // between notice and removal": a least time the relief gives, before the enjoined party may
      // act — its term, never a time within which someone must file.
      if (MINIMUM_LEAD.test(lead) && /\b(?:after|between|following)\b/i.test(text.slice(t.start, t.end + 30)))
        continue;
      // "any such transfer shall be reported … within 48 hours", "except for medical emergencies
      // reported to class counsel within 48 hours": owed each time the event happens, no day to read.
      const clauseLead = lead.replace(/^[\s\S]*[.;]\s+/, '');
      if (
        ON_EACH_EVENT.test(clauseLead) ||
        ON_EACH_EVENT.test(t.triggerText ?? '') ||
        EXCEPTED_EVENT.test(clauseLead)
      )
        continue;
      out.push(t.text.trim());
    }
  }
  for (const t of unaccountedDays(
    text,
    dateFiled,
    temporals.filter((x) => !settled.has(x)),
    claimed,
    speaker,
  ))
    if (!out.includes(t)) out.push(t);
  return out;
}

/** An exception to a bar, with the report it owes: "except for medical emergencies reported to class counsel within". */
const EXCEPTED_EVENT =
  /\bexcept\s+(?:for|in|where|when)\b[^.;]{0,100}\b(?:reported|notified|disclosed)\b[^.;]{0,60}$/i;

/** A least time: "at least", "no fewer than", "not less than", "a minimum of". */
const MINIMUM_LEAD =
  /\b(?:at\s+least|no\s+fewer\s+than|not\s+(?:fewer|less)\s+than|no\s+less\s+than|a\s+minimum\s+of)\s*$/i;

/** The clerk's note of a correction, which the cleaned text drops with its stamp ("Modified on D TO REFLECT CORRECT RETURN DATE OF D2"). */
const CLERK_NOTE = /\b(?:Modified|CORRECTIVE\s+ENTRY)\b[^()]{0,300}/gi;

/** Days still to come in the clerk's correction notes that the cleaned text left out and no finding used. */
function unaccountedInNotes(
  raw: string,
  text: string,
  dateFiled: string,
  a: Analysis,
  speaker: Speaker,
): string[] {
  if (speaker === 'record' || raw === text) return [];
  const claimed = claimedDates(a);
  return [...raw.matchAll(CLERK_NOTE)]
    .map((m) => m[0])
    .filter((note) => !text.includes(note))
    .flatMap((note) => unaccountedDays(note, dateFiled, scanTemporals(note, dateFiled), claimed, speaker));
}

/** Words that make a sentence one of the things a docketing clerk keeps. */
const OPERATIVE_WORDS =
  /\b(?:deadlines?|due|hearings?|trial|conferences?|meeting|argument|sentencing|arraignment|appear(?:ance)?|return\s+date|calendar|bar\s+date|last\s+day|expires?|stayed|until)\b/i;
/** A sentence's end: a period or semicolon before a capital or an opening bracket ("Inc.. Hearing", "2010. Objections"). */
const SENTENCE_END = /[.;]\s+(?=[A-Z([])/g;
/** A party asking for a day: its motion's own title or words ("Motion to Extend … to D", "requests … until D"). */
const ASKING =
  /\b(?:motion|application|request|petition)\s+(?:to|for)\b|\b(?:request(?:s|ed|ing)?|seek(?:s|ing)?|ask(?:s|ed|ing)?|propos(?:e|es|ed|ing))\b/i;

/** The clerk's correction that follows a printed day and replaces it. */
const SUPERSEDED_BY_CORRECTION = /^[\s,;:–-]{0,4}\(?CORRECT(?:ED)?\s+(?:HEARING\s+|RETURN\s+)?DATE\b/i;

/** Whether `words` (a finding's own, as found in `text`) stand at `at`. */
function wordsCover(text: string, words: string | undefined, at: number): boolean {
  if (!words) return false;
  for (let i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1))
    if (i <= at && at < i + words.length) return true;
  return false;
}

/** The sentence around [start, end). */
function sentenceAround(text: string, start: number, end: number): { before: string; after: string } {
  let from = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    if (m.index + 1 > start) break;
    from = m.index + m[0].length;
  }
  SENTENCE_END.lastIndex = 0;
  const rest = text.slice(end);
  const stop = rest.search(/[.;]\s+(?=[A-Z([])/);
  return { before: text.slice(from, start), after: stop < 0 ? rest : rest.slice(0, stop) };
}

/**
 * Every operative day is accounted for. A day still to come that no finding used, in a sentence
 * about something a clerk keeps ("Deadline to File a Complaint … is D", "CORRECT RETURN DATE OF D",
 * a second hearing beside one read), is unaccounted unless it is shown not to be operative: a stamp
 * or past event right before it ("Modified on D", "filed D"), a paper named by its day ("Order
 * dated D"), a party's request, or Speedy Trial excluded time. The readers' own exceptions above
 * decide first; this catches what their words did not foresee, whoever speaks, also when the entry
 * yields other findings.
 */
function unaccountedDays(
  text: string,
  dateFiled: string,
  temporals: Temporal[],
  claimed: Set<string>,
  speaker: Speaker,
): string[] {
  const out: string[] = [];
  for (const t of temporals) {
    if (t.type !== 'date' || !t.date || t.date <= dateFiled || claimed.has(t.date)) continue;
    const lead = text.slice(Math.max(0, t.start - 60), t.start);
    // ("Hearing date if an objection is filed: D" is a condition, not a past filing.)
    const stamp = PAST_RIGHT_BEFORE.test(lead) && !/\b(?:if|unless|once|when)\b[^.;]{0,50}$/i.test(lead);
    if (stamp || /\b(?:added|edited|modified)\s+(?:on\s+)?$/i.test(lead)) continue;
    // A day the clerk corrects right after it ("for 3/8/2010 -CORRECT HEARING DATE IS 3/11/2010") is void.
    if (SUPERSEDED_BY_CORRECTION.test(text.slice(t.end, t.end + 40))) continue;
    if (
      /\b(?:of|dated|entered(?:\s+on)?)\s*$/i.test(lead) &&
      /\b(?:Order|Opinion|Judgment|Stipulation|Decree|Report|Letter|Notice|Motion)\b[^.;]{0,30}$/.test(lead)
    )
      continue;
    const { before, after } = sentenceAround(text, t.start, t.end);
    if (!OPERATIVE_WORDS.test(`${before} ${after}`)) continue;
    if (/\bexclud(?:ed|able)\b|\bspeedy\b|\bX[A-T]\s+(?:started|stopped|start|stop)\b/i.test(before))
      continue;
    // A request is not a time to keep until the court grants it (the court's own words restating one too).
    if (speaker !== 'court' ? ASKING.test(before) : REQUEST_LEAD.test(before)) continue;
    out.push(t.text.trim());
  }
  return out;
}

/**
 * Explain, doubt and flag: mutates `a` (findings get `why`; unsure ones are removed) and returns
 * its review flags (empty when a person need not read the entry).
 */
export function reviewEntry(
  a: Analysis,
  text: string,
  dateFiled: string,
  cls: Classification,
  raw = text,
): ReviewFlag[] {
  const flags: ReviewFlag[] = [];
  const withheld = assess(a, dateFiled);
  if (withheld.length > 0)
    flags.push({
      reason: 'uncertain',
      // What a person reads: the words, and why the reading was held back (its rule, confidence, doubts).
      triggers: withheld.map(
        (w) =>
          `${clip(w.why.words, 80)} (${clip(`read by ${w.why.rule}, confidence ${w.why.confidence}${w.why.doubts?.length ? `: ${w.why.doubts.join('; ')}` : ''}`, 76)})`,
      ),
      withheld,
    });
  const speaker = speakerOf(cls, text);
  const court = speaker === 'court';
  const found = a.deadlines.length + a.hearings.length + a.stays.length + a.injunctions.length;
  const temporals = unreadTemporals(text, dateFiled, a, speaker, withheld);
  temporals.push(
    ...unaccountedInNotes(raw, text, dateFiled, a, speaker).filter((t) => !temporals.includes(t)),
  );
  // A date written in a form the grammar does not read ("Govt ddl 03/8/4") is never silently dropped.
  for (const m of text.matchAll(ODD_DATE))
    if (!temporals.includes(m[0]) && !readDate(m[0], dateFiled)) temporals.push(m[0]);
  // A day without its year beside the name of a court event or a due word, in the court's words
  // ("at the 8/11 ptc", "conference on 8/11"): a day to keep that the grammar does not date.
  if (court)
    for (const m of text.matchAll(YEARLESS_DAY)) {
      const [mm, dd] = m[1]!.split('/').map(Number);
      if (mm! < 1 || mm! > 12 || dd! < 1 || dd! > 31) continue;
      const end = m.index + m[0].length;
      const near = `${text.slice(Math.max(0, m.index - 25), m.index)} ${text.slice(end, end + 25)}`;
      if (YEARLESS_CUE.test(near) && !temporals.includes(m[1]!)) temporals.push(m[1]!);
    }
  // The clerk's record of what already happened (exhibit lists "from Trial held D", audio) binds nothing.
  if (found === 0 && withheld.length === 0 && speaker !== 'record') {
    // The court's words of a deadline, hearing, stay or injunction; anyone's words of a change.
    // A class the order defines is people, not events: "denied a bond hearing" in it sets no hearing.
    const defined = classDefinition(text)?.text;
    const scanned = defined && text.includes(defined) ? text.replace(defined, ' ') : text;
    const words = [
      ...new Set(
        [...scanned.replace(PAST_PERIOD, ' ').matchAll(court ? TRACKED_WORDS : LIFECYCLE_WORDS)].map((m) =>
          m[0].toLowerCase().replace(/\s+/g, ' '),
        ),
      ),
    ];
    // A judgment for the plaintiffs that says no relief ("Judgment is entered for plaintiffs"): what
    // it orders is in the judgment itself, for a person to read.
    const judgment =
      cls.kind === 'judgment' && judgmentFor(text) === 'plaintiffs'
        ? [clip(FOR_PLAINTIFFS.exec(text)![0], 80)]
        : [];
    const held = court ? heldProceedings(scanned).filter((w) => !words.some((x) => w.includes(x))) : [];
    const triggers = [...temporals, ...words, ...held, ...judgment].slice(0, 8);
    if (triggers.length > 0) flags.push({ reason: 'unread', triggers });
  } else if (temporals.length > 0) {
    flags.push({ reason: 'partly_read', triggers: temporals.slice(0, 8) });
  }
  if (court && found > 0 && withheld.length === 0) {
    // The court's words of a change to a hearing, a deadline or a stay that no finding of that kind
    // carries ("Trial of this case is continued pending resolution of …" beside a deadline read; a
    // title "Terminate … Hearings" above a setting read as set; "All future hearings and deadlines are
    // stricken" beside a hearing read as cancelled), also beside a day left unread: the change itself is unread.
    const unreadChange = [
      ...(a.hearings.some((h) => h.change !== 'set' && h.change !== 'duplicate')
        ? []
        : [...text.matchAll(HEARING_CHANGE)].map((m) => m[0])),
      ...(a.deadlines.some((d) => d.change !== 'set' && d.change !== 'duplicate') || a.stays.length > 0
        ? []
        : [...text.matchAll(DEADLINE_CHANGE)].map((m) => m[0])),
      // A stay read as an injunction's ("This injunction is STAYED for fourteen (14) days") is read.
      ...(a.stays.length > 0 || a.injunctions.some((x) => x.action === 'stayed')
        ? []
        : [...text.matchAll(STAY_CHANGE)].map((m) => m[0])),
    ];
    addPartlyRead(
      flags,
      unreadChange.map((w) => w.replace(/\s+/g, ' ').toLowerCase()),
    );
  }
  // Minutes of a proceeding held ("Hearing Held; Granted", "Status Conference held") beside other
  // findings: each proceeding named held is one held hearing ("Change of Plea Hearing … held on D. … Sentence
  // Without PSR Hearing held on D"): fewer read leaves one unaccounted, with its day.
  if (court && found > 0 && !flags.some((f) => f.reason === 'unread')) {
    const held = heldProceedings(text);
    if (held.length > a.hearings.filter((h) => h.change === 'held').length) addPartlyRead(flags, held);
  }
  // An entry named for a court event ("Hearing He; Granted. … Order due by D": minutes whose title
  // the clerk cut short) that read other findings but no hearing: the event itself is unaccounted.
  if (
    found > 0 &&
    a.hearings.length === 0 &&
    !PROPOSING_KINDS.has(cls.kind) &&
    !flags.some((f) => f.reason === 'unread')
  ) {
    const title = EVENT_TITLE.exec(text);
    if (title) addPartlyRead(flags, [title[0].trim().replace(/\s+/g, ' ').toLowerCase()]);
  }
  // The court granting a stay or an injunction ("Motion … for Stay of Collection Actions … GRANTED"),
  // or setting a duty with a time ("Gvt to prepare order by close of business"), beside other
  // findings but with none of that kind read: the relief or the duty is unaccounted.
  if (court && found > 0 && !flags.some((f) => f.reason === 'unread')) {
    const unaccounted = [
      ...(a.stays.length === 0 && a.injunctions.length === 0 && /\bgrant(?:ed|ing|s)\b/i.test(text)
        ? [...text.matchAll(RELIEF_ASKED)].map((m) => m[0])
        : []),
      ...(a.deadlines.some((d) => d.basis !== 'local_rule_default')
        ? []
        : [...text.matchAll(DUTY_WITH_TIME)].map((m) => m[0])),
    ].map((w) => clip(w.replace(/\s+/g, ' ').toLowerCase(), 80));
    addPartlyRead(flags, unaccounted);
  }
  // Several motions, each noticed for its own hearing, set or moved together ("Motions [42][43] reset
  // for hearing on D"): one hearing per motion; fewer read leaves a motion's hearing unread.
  if (court && !flags.some((f) => f.reason !== 'uncertain'))
    for (const m of text.matchAll(MOTIONS_HEARD)) {
      const named = m[1]!.match(/\d+/g)!.length;
      const read = a.hearings.filter((h) => h.change !== 'held').length;
      if (named > 1 && read > 0 && read < named) {
        flags.push({ reason: 'partly_read', triggers: [m[0].replace(/\s+/g, ' ')] });
        break;
      }
    }
  return flags;
}

/** The proceedings the court's minutes record as held, each with its day when the minutes give one. */
function heldProceedings(text: string): string[] {
  const day = MINUTES_DAY.exec(text)?.[1];
  return [
    ...new Set(
      [...text.matchAll(HELD_WORDS)].map((m) => {
        const words = m[0].replace(/\s+/g, ' ').toLowerCase();
        return /\d$/.test(words) || !day ? words : `${words} on ${day}`;
      }),
    ),
  ];
}

/** Words left unread beside the findings: added to the entry's `partly_read` flag, or one made for them. */
function addPartlyRead(flags: ReviewFlag[], words: string[]): void {
  if (words.length === 0) return;
  const partly = flags.find((f) => f.reason === 'partly_read');
  if (partly) partly.triggers = [...new Set([...partly.triggers, ...words])].slice(0, 8);
  else flags.push({ reason: 'partly_read', triggers: [...new Set(words)].slice(0, 8) });
}

/** An entry whose first words name a court event: "Hearing He; Granted", "Status Conference Held", "Meeting of Creditors …". */
const EVENT_TITLE =
  /^\W*(?:[A-Z][\w'-]*\s+){0,3}?(?:Hearing|HEARING|Conference|CONFERENCE|Trial|TRIAL|Meeting\s+of\s+Creditors|Oral\s+Argument|Sentencing|Arraignment)\b(?!\s+(?:Brief|Exhibit|Transcript|Memorand|Statement|Report|Order\b))[^.;:(]{0,20}/;

/** A motion asking for a stay or an injunction, named in the order that decides it. */
const RELIEF_ASKED =
  /\b(?:motion|application|request)\b[^.;]{0,80}?\b(?:for|to)\s+(?:an?\s+|the\s+)?(?:(?:temporary|preliminary|permanent)\s+)?(?:stay(?!\s+relief)|injunct\w*|restraining\s+order|enjoin)\b(?:\s+(?:of|pending)\s+[\w-]+(?:\s+[\w-]+)?)?/gi;
/** A duty the court sets with a time but no date the readers placed ("Gvt to prepare order by close of business"). */
const DUTY_WITH_TIME =
  /\b(?:shall|must|to|directed\s+to|ordered\s+to)\s+(?:file|prepare|submit|lodge|serve|respond|provide|produce)\b[^.;]{0,80}?\b(?:by|within|no\s+later\s+than|on\s+or\s+before)\s+(?:the\s+)?(?:close|end)\s+of\s+(?:business|(?:the\s+)?day)\b/gi;

/**
 * A proceeding recorded as held: "Hearing Held", "Status Conference (telephonic) held", "Meeting of
 * Creditors Held and Concluded", and with what or whom it was for between ("Status Hearing as to
 * Keith Moultry held on 7/8/2019", "Hearing on the petitioner's application for a TRO held on D",
 * "INITIAL APPEARANCE as to X, (Deft informed of rights) held on D").
 */
const HELD_WORDS =
  /\b(?:hearing|conference|trial|meeting(?:\s+of\s+creditors)?|argument|sentencing|arraignment|(?:initial\s+)?appearance|change\s+of\s+plea)\b(?:\s*\/\s*[\w-]+(?:\s+[\w-]+)?)?(?:\s*\([^)]{1,30}\))?(?:\s+proceedings)?(?:\s+(?:as\s+to|on|re|regarding|for)\s+(?:[^.;:()]|(?<=\b[A-Z])\.){1,60}?)?(?:,?\s*\([^)]{1,40}\))?,?(?<!\bnot)\s+(?:was\s+|were\s+)?(?:held|concluded|completed)\b(?:\s+(?:on|as\s+of)\s+\d{1,2}\/\d{1,2}\/\d{2,4})?|\b(?:case|cause|appeal)\s+(?:was\s+)?argued\b/gi;
/** The day the minutes' proceedings were held, in their head: "Minute Entry for proceedings held before Judge X in Lincoln on D". */
const MINUTES_DAY = /\bproceedings\s+held\s+before\b[^;]{0,90}?\bon\s+(\d{1,2}\/\d{1,2}\/\d{2,4})\b/i;

/** Motions named together and set or moved for hearing: "Motions [42][43] reset for hearing", "Motions 5 and 6 are set for hearing". */
const MOTIONS_HEARD =
  /\bMotions\s+((?:\[\d+\]\s*(?:,|and|&)?\s*|\d+\s*(?:,|and|&)\s*)+\[?\d+\]?)\s+(?:(?:are|have\s+been|shall\s+be|will\s+be)\s+)?(?:re-?set|set|continued|rescheduled|noticed)\s+for\s+(?:a\s+)?hearing\b/gi;
