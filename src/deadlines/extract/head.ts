/**
 * The kind of an entry from the structure of its head, for event names no named rule of
 * `classify.ts` reads. CM/ECF writes every docket text the same way: the event name first, a
 * noun phrase ("AMICUS APPEARANCE", "TEXT EMAIL MOTION", "Objection - Other", "BRIEFING schedule"),
 * then its tail — the filer ("by", "filed by", "for", "on behalf of"), a link to other entries
 * ("re", "regarding", "as to", "in support of"), a verb of the clerk ("filed", "tendered",
 * "submitted", "sent", "issued", "set", "updated"), or punctuation. What the paper is, is the head
 * noun of that phrase: its last noun, a qualifier after " - " dropped ("Objection - Other"). A
 * paper about another paper takes that paper's kind ("NINE (9) paper copies of appellees' brief",
 * "Copy of District Court Order", "PLEADING tendered: …"), and a brief's kind is its side
 * (appellee's or respondent's brief answers; a reply brief replies; an appellant's, petitioner's or
 * amicus brief opens, which the labels read as `other`).
 */
import type { EntryKind } from '../types.ts';

export interface HeadReading {
  kind: EntryKind;
  subtype: string | null;
  /** The head noun that decided, for tests and docs. */
  head: string;
}

/** Words that end the event name: the tail of the docket text starts with one of them. */
const TAIL =
  /\s+(?:filed|FILED|tendered|TENDERED|submitted|SUBMITTED|entered|ENTERED|sent|SENT|issued|ISSUED|received|RECEIVED|docketed|DOCKETED|set|SET|updated|UPDATED|reset|RESET|scheduled|SCHEDULED|rescheduled|RESCHEDULED|by|BY|re:?|RE:?|regarding|REGARDING|as\s+to|AS\s+TO|on\s+behalf|ON\s+BEHALF|from|FROM|[Ii]n\s+(?:[Ss]upport|[Oo]pposition|[Rr]esponse)|IN\s+(?:SUPPORT|OPPOSITION|RESPONSE)|with|WITH|has\s+been|have\s+been|was|were|is|are)\b|\s*[.;:,([]|\s+-\s+(?=[A-Z][a-z]+\b)/;

/** Papers about another paper: "NINE (9) paper copies of X", "Copy of X", "PLEADING tendered: X". */
const ABOUT_ANOTHER =
  /^(?:PLEADING\s+tendered\s*:\s*)?(?:(?:[A-Z]+\s+)?\(\d+\)\s+)?(?:(?:paper|certified|courtesy)\s+)?cop(?:y|ies)\s+of\s+(?:the\s+)?/i;

/** The side of a brief, by the role words before it or, for a bare "BRIEF", by its filer's role. */
function briefKind(phrase: string, body: string): EntryKind {
  if (/\b(?:reply|surreply|sur-reply)\b/i.test(phrase)) return 'reply';
  // "appellee/respondent brief" names the answering side; "appellant/petitioner brief" the opener's.
  const side =
    /\b(?:appellees?|respondents?|answering|cross-appellees?)(?:['’]s?|s['’])?\s*(?:\/\s*\w+\s+)?brief/i;
  if (side.test(phrase)) return 'response';
  if (
    /^briefs?$/i.test(phrase) &&
    /^\S+\s+(?:filed|tendered|submitted)\s+by\s+(?:Appellees?|Respondents?)\b/i.test(body)
  )
    return 'response';
  return 'other';
}

/** Head nouns of CM/ECF event names and the kind each names. */
const HEAD_NOUNS: [RegExp, EntryKind, string | null][] = [
  [/^(?:motion|application)$/i, 'motion', null],
  [/^(?:opposition|objections?|response)$/i, 'response', null],
  [/^(?:reply|surreply|sur-reply)$/i, 'reply', null],
  [/^(?:order|decree)$/i, 'order', null],
  // The notices a party or the clerk files that set nothing of their own: an appearance,
  // disclosures, acknowledgments, the clerk's briefing schedule, a notification. (A certificate or
  // a designation is the paper it certifies or designates: a record, not a notice.)
  [/^(?:notice|notification|appearance|disclosure|acknowledge?ment|schedule)$/i, 'notice', null],
];

/** The event name at the head of `body` (the text after `classify`'s leading adjectives), and the word that ends it. */
export function eventHead(body: string): { phrase: string; tail: string } {
  // A clerk's banner before the event ("*** DOCUMENT LOCKED - … *** FILED: Notice of …").
  let t = body.replace(/^\*{3}[^*]{1,200}\*{3}\s*(?:FILED\s*:\s*)?/, '');
  t = t.replace(ABOUT_ANOTHER, '');
  const m = TAIL.exec(t);
  return { phrase: (m ? t.slice(0, m.index) : t).trim(), tail: m ? m[0].trim().toLowerCase() : '' };
}

/** A court proceeding's name as the last word of an event name ("Motions to Dismiss … Hearing set for"). */
const PROCEEDING = /^(?:hearings?|conferences?|trial|sentencing|arraignment|argument)$/i;

/** The kind of an entry by the head noun of its event name, or null when the head names no kind. */
export function readHead(body: string): HeadReading | null {
  const { phrase, tail } = eventHead(body);
  if (!phrase || phrase.length > 80) return null;
  const words = phrase.split(/\s+/).filter((w) => /[A-Za-z]/.test(w));
  const last = words.at(-1)?.replace(/[^A-Za-z-]/g, '') ?? '';
  if (!last) return null;
  // The clerk setting a proceeding, however long its name: a notice of hearing.
  if (PROCEEDING.test(last) && /^(?:set|reset|scheduled|rescheduled)$/.test(tail))
    return { kind: 'notice', subtype: 'notice_of_hearing', head: phrase };
  if (/^briefs?$/i.test(last)) {
    const kind = briefKind(phrase, body);
    return { kind, subtype: null, head: phrase };
  }
  // A letter the clerk or a court sends ("BRIEFING LETTER SENT", "SCHEDULING LETTER from USCA") is
  // its notice; a party's letter is read by the letter rules of `classify.ts`.
  if (/^letter$/i.test(last) && /\b(?:briefing|scheduling|clerk'?s?)\b/i.test(phrase))
    return { kind: 'notice', subtype: null, head: phrase };
  // Who argues or appears for a party ("DESIGNATION of attorney presenting oral argument") is an appearance.
  if (/^designation\s+of\s+(?:attorney|counsel)\b/i.test(phrase))
    return { kind: 'notice', subtype: 'notice_of_appearance', head: phrase };
  // The head noun comes before its complements ("Certificate of no response", "Request for Entry
  // of Order"): the word before the first preposition, else the last word.
  const prep = /^(.*?[A-Za-z-]+)\s+(?:of|for|to|on|under|against)\s/i.exec(phrase);
  const head = prep
    ? prep[1]!
        .split(/\s+/)
        .at(-1)!
        .replace(/[^A-Za-z-]/g, '')
    : last;
  // A clerk's act on a paper ("Mail Order by Certified Mail", "Transmit Order") is not that paper.
  if (/^(?:mail|serve|transmit|send|forward|scan|file)\b/i.test(phrase)) return null;
  // A schedule is the court's or the clerk's ("BRIEFING schedule") only when it names a proceeding; a
  // debtor's "Schedule(s) : F", "Amended Schedule J" is a bankruptcy form, a record.
  if (
    /^schedules?$/i.test(head) &&
    !/\b(?:briefing|scheduling|discovery|trial|hearing|sentencing|case)\b/i.test(phrase)
  )
    return null;
  // A draft order a party files ("JOINT PRELIMINARY REPORT AND PROPOSED SCHEDULING ORDER", "Proposed
  // Consent Order"): a record, never the court's order (bench/labels/README.md: drafts are `other`).
  if (/^orders?$/i.test(head) && /\bproposed\s+(?:[A-Za-z-]+\s+){0,3}?orders?$/i.test(phrase))
    return { kind: 'other', subtype: null, head: phrase };
  for (const [re, kind, subtype] of HEAD_NOUNS) if (re.test(head)) return { kind, subtype, head: phrase };
  return null;
}
