/**
 * Docket text into clauses: the CM/ECF trailer (who entered it, when, edit stamps, attachment
 * lists, fee receipts) is removed so its dates and numbers never read as deadlines, and the rest
 * is split into sentences without breaking on the abbreviations dockets are full of.
 */
import { computeDeadline, recurringDeadlines, scheduleOf } from '../calendar.ts';
import type { Period, Recurrence } from '../types.ts';
import { addDaysIso, DATE, readDate, type Temporal } from './grammar.ts';

/** Longest docket or order text read; anything beyond is ignored so bad input stays cheap. */
export const MAX_TEXT = 200_000;

const TRAILERS: RegExp[] = [
  /\(\s*Entered:\s*[^)]*\)/gi,
  /\(\s*Filed\s+on\s+[^)]*\)/gi,
  /\(\s*Attachments?:[^()]*(?:\([^()]*\)[^()]*)*\)/gi,
  // The clerk's note, never the order's own words ("the preliminary injunction entered June 28,
  // 2029, as modified on March 21, 2030 [ECF No. 33], is DISSOLVED" keeps them).
  new RegExp(
    `(?<!\\b(?:as|was|were|be|been|is|are|and|not|since|later|further)\\s)\\bModified\\s+(?:Text\\s+)?on\\s+${DATE}[^()]*(?:\\([^()]*\\))?\\.?`,
    'gi',
  ),
  // "Modified by unsealing docket entry per order 120 on 10/26/2009 (rak)."; "(Additional
  // attachment(s) added on 4/20/2016: # 1 envelope)": the clerk's edits, dated when made.
  new RegExp(
    `(?<!\\b(?:as|was|were|be|been|is|are|and|not|since|later|further)\\s)\\bModified\\s+(?:by|to)\\s+[^.;()]{1,160}?\\s+on\\s+${DATE}(?:\\s*\\([^()]*\\))?\\.?`,
    'gi',
  ),
  /\(\s*Additional\s+attachment\(s\)\s+added\s+on[^()]*(?:\([^()]*\)[^()]*)*\)/gi,
  // "ORDER signed by Judge Ann Roe on 6/22/2027: The court EXTENDS …", "ORDER signed by Judge Ann
  // Roe on 6/22/2027 granting [5] Motion …" (E.D. Wis., W.D. Wis., and others put the signature
  // first): the signature ends at its day, whatever follows it.
  // ("Summons … issued by Clerk's Office with Pre-Trial Conference set for D": the clerk's office issued
  // the summons — no signature, and the setting after it stays.)
  new RegExp(
    `\\b(?:Signed|Ordered|Entered|Issued)\\s+by\\s+(?:(?:Chief|Senior|District|Magistrate|Bankruptcy|U\\.S\\.|United\\s+States)\\s+)*(?:Judge|Clerk(?!['’]s\\s+Office))(?:[^.;():]|(?<=\\b[A-Z])\\.|(?<=\\b(?:Jr|Sr|Mag|Hon))\\.){0,80}?\\s+on\\s+${DATE}`,
    'gi',
  ),
  new RegExp(
    `\\b(?:Signed|Ordered|Entered|Issued)\\s+by\\s+(?:(?:Chief|Senior|District|Magistrate|Bankruptcy|U\\.S\\.|United\\s+States)\\s+)*(?:Judge|Clerk(?!['’]s\\s+Office))(?:[^.;()]|(?<=\\b[A-Z])\\.|(?<=\\b(?:Jr|Sr|Mag|Hon))\\.)*?(?:\\s+on\\s+${DATE})?(?:(?<!\\b[A-Z]|\\b(?:Jr|Sr|Mag|Hon))(?=[.;(])|$)`,
    'gi',
  ),
  // A minute order's last sentence, "By Magistrate Judge Susan B. Prose on 9/10/2024." (D. Colo.).
  new RegExp(
    `(?<=^|[.;]\\s{1,3})By\\s+(?:(?:Chief|Senior|District|Magistrate|Bankruptcy|U\\.S\\.|United\\s+States)\\s+)*Judge\\s+(?:[^.;()]|(?<=\\b[A-Z])\\.){1,80}?\\s+on\\s+${DATE}\\.?`,
    'g',
  ),
  // The judge's name and day written into the order's head or tail without "signed" ("MINUTE ORDER
  // by Judge Ann Roe on 9/13/2027. …", "… seven days before the conference by Magistrate Judge Ann
  // Roe on 11/8/2028.", "ORDER by Chief Judge Ann Roe on 3/2/2026 granting …"): the signature, never a
  // day of the acts the order sets. Only "by … Judge NAME on D" (a name of capitalized words and
  // initials, nothing between it and its day) right before a stop, a colon, the
  // order's verb or the end, so a paper "due by D" or a hearing "before Judge X on D" stays, and
  // never after a proceeding's verb ("to be conducted by Magistrate Judge X on D" is its day).
  new RegExp(
    `(?<!\\b(?:held|heard|conducted|convened|presided\\s+over|decided|argued|mediated|handled|scheduled|set|noticed|reset|rescheduled|continued|reassigned|referred|assigned|transferred|HELD|HEARD|CONDUCTED|SCHEDULED|SET|RESET|CONTINUED|REFERRED|ASSIGNED|TRANSFERRED)\\s+)\\b(?:by|By|BY)\\s+(?:(?:Chief|CHIEF|Senior|SENIOR|District|DISTRICT|Magistrate|MAGISTRATE|Bankruptcy|BANKRUPTCY|U\\.S\\.|United\\s+States|UNITED\\s+STATES)\\s+)*(?:Judge|JUDGE)\\s+(?:[A-Z][\\w'’-]*\\.?\\s+){0,4}?[A-Z][\\w'’-]*(?:,?\\s+(?:Jr|Sr|JR|SR|II|III|IV)\\.?)?\\s+(?:on|ON)\\s+${DATE}(?=\\s*(?:[.;:]|$|(?:granting|denying|finding|adopting|setting|directing|regarding|re:?|GRANTING|DENYING|SETTING|RE:?)\\b))`,
    'g',
  ),
  // "Signed by Jane Roe, Courtroom Deputy for Honorable P. K. Holmes III on July 8, 2021".
  new RegExp(`\\bSigned\\s+by\\s+(?:[^.;()]|(?<=\\b[A-Z])\\.){1,120}?\\s+on\\s+${DATE}`, 'gi'),
  // E.D. Pa.'s clerk's stamp after the signature: "10/8/26 ENTERED AND COPIES E-MAILED.", "… COPIES MAILED, FAXED."
  /\b\d{1,2}\/\d{1,2}\/\d{2,4}\s+ENTERED\s+AND\s+COPIES\s+(?:(?:E-?)?MAILED|FAXED|SENT)(?:\s*(?:,|AND)\s*(?:(?:E-?)?MAILED|FAXED|SENT))*\.?/gi,
  /\bReceipt\s+(?:No|number|#)\.?:?\s*[\w-]+/gi,
  /\bFee:?\s*\$\s?[\d,.]+/gi,
  /\(\s*Court\s+Reporter[^)]*\)/gi,
];

/**
 * The day the judge signed the order, when its text says so ("SIGNED BY HONORABLE GERALD P. WHITACRE
 * ON 3/1/27. 3/2/27 ENTERED AND COPIES E-MAILED.", "ORDER signed by Judge Ann Roe on 6/22/2027"): the
 * order's own date, which may come a day or more before the clerk entered it. `null` when the text
 * gives none, or gives a day after the entry or more than a month before it (not this order's day).
 */
export function signedOn(raw: string, dateFiled: string): string | null {
  const m = new RegExp(
    `\\bSigned\\s+by\\s+(?:[^.;()]|(?<=\\b[A-Z])\\.){1,120}?\\s+on\\s+(${DATE})`,
    'i',
  ).exec(raw.slice(0, MAX_TEXT));
  const day = m ? readDate(m[1]!, dateFiled) : null;
  return day && day <= dateFiled && day >= addDaysIso(dateFiled, -31) ? day : null;
}

const SUPERSEDED =
  /[[(]\s*original\s+text\s+(?:prior\s+to|before)\s+(?:review|correction|modification)\s*[\])]|\bOriginal\s+Text\s*:/i;

/**
 * The reason a court gives for moving its calendar ("Due to a conflict on the Court's calendar, the
 * Motion Hearing set for D is VACATED and RESET …", "…is continued due to the unavailability of
 * counsel."): "due to" there means "because of" and sets nothing due. Dropped so its "due" never
 * makes the move a paper's deadline. A paper "due to the Clerk by D" keeps its words: only a clause
 * opening a sentence ("Due to …,") or a cause named by its article or its kind is a reason.
 */
const LEADING_CAUSE = /(?<=^|[.;:]\s{0,3})(?:Due\s+to|Owing\s+to|Because\s+of)\s+[^.;,]{1,140},\s*([a-z])?/gi;
const INNER_CAUSE =
  /,?\s*\b(?:due\s+to|owing\s+to|because\s+of)\s+(?:an?|the\s+(?:Court|court|COURT|Judge|judge|Magistrate\s+Judge|magistrate\s+judge)['’]s)\s+(?:[\w'’-]+\s+){0,3}?(?:conflicts?|unavailability|illness|emergency|closure|weather|(?:trial\s+)?(?:calendar|schedule))\b(?:\s+(?:of|on|in|with)\s+[^.;,]{1,60}?)?(?=\s*[.;,])/gi;

function withoutCause(text: string): string {
  return (
    text
      .replace(LEADING_CAUSE, (_m, first: string | undefined) => first?.toUpperCase() ?? '')
      .replace(INNER_CAUSE, '')
      // "at 1:30 p.m. due to the Court's trial schedule.": the abbreviation's stop and the sentence's, one.
      .replace(/(?<=\b[ap]\.m\.)\.(?=\s|$)/gi, '')
  );
}

/** The docket text without its CM/ECF trailer, whitespace collapsed, bounded in length. */
export function cleanDocketText(text: string): string {
  let t = text.slice(0, MAX_TEXT).replace(/[\s\u00a0]+/g, ' ');
  // A clerk's correction keeps the superseded words after this marker; only the reviewed text counts.
  const superseded = SUPERSEDED.exec(t);
  if (superseded) t = t.slice(0, superseded.index);
  for (const re of TRAILERS) t = t.replace(re, ' ');
  // "@l0:00 a.m.": a typed letter l for the digit 1 in a time.
  // "@l0:00 a.m.": a typed letter l for the digit 1 in a time; "@900amDAE": a time run into the
  // judge's initials.
  t = t.replace(/@\s?l(?=\d:\d{2})/g, '@1').replace(/(\d\s*[AaPp]\.?[Mm]\.?)(?=[A-Z]{2,4}\b)/g, '$1 ');
  // "due by 6/2/2010.Balance Sheet Date: 2/16/2010Statement of Operations Due …": CM/ECF's printed
  // items run together; a date's year, or its closing period, ends the item.
  t = t.replace(/(\/\d{4}\.?)(?=[A-Z][a-z])/g, '$1 ');
  // "the status conferencecurrently scheduled for D": an event's name run into the adverb after it.
  t = t.replace(/\b(hearing|conference|trial)(currently|previously|presently|originally)\b/gi, '$1 $2');
  // "Filed by Trustee Herbert StettinHearing scheduled for D": CM/ECF runs the filer's name into the
  // setting clause that follows it; a setting's head after a lower-case letter starts a word.
  t = t.replace(
    /(?<=[a-z])(?=(?:Hearing|Meeting\s+of\s+Creditors|Conference|Trial)\s+(?:scheduled|set|to\s+be\s+held|continued|rescheduled)\b)/g,
    ' ',
  );
  t = withoutCause(t);
  // What a removed trailer leaves between two stops ("… IS DENIED. . (jl, )"): one stop.
  return t
    .replace(/\.(?:\s+\.)+(?=\s|$)/g, '.')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Words that keep their capitals in prose: acronyms a docket writes in capitals whatever its case
 * ("ECF", "TRO", "10:00 AM"). Everything else in a text written all in capitals is an ordinary word.
 */
const ACRONYMS = new Set([
  'ECF',
  'CM',
  'TRO',
  'AM',
  'PM',
  'USA',
  'LLC',
  'INC',
  'FRCP',
  'FRAP',
  'ICE',
  'DHS',
  'II',
  'III',
  'IV',
]);
/** Words a docket written in both cases capitalizes: the parties' roles, the court, a motion, its judge. */
const CAPITALIZED =
  /^(?:plaintiffs?|defendants?|petitioners?|respondents?|appellants?|appellees?|intervenors?|movants?|debtors?|trustees?|government|court|motions?|judge|magistrate|honorable|clerk|january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/** Abbreviations a docket capitalizes when written with their period: "(DOC. NO. 9)" → "(Doc. No. 9)". */
const CAPITALIZED_ABBREVIATION =
  /^(?:doc|docs|dkt|dkts|no|nos|ecf|hon|mr|mrs|ms|dr|fed|civ|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/;

/** Words that end a judge's name: "… KEANE ON 2/3/2027", "… WHITACRE IS …". */
const NOT_A_NAME =
  /^(?:on|at|in|for|to|of|and|or|is|are|was|will|shall|has|have|the|a|an|by|from|with|that|this|as|re|regarding|dated|entered|signed)$/;

/** Whether a text is written all in capitals (E.D. Pa.'s orders): its few lower-case letters are the clerk's initials. */
export function allCapitals(text: string): boolean {
  const letters = text.replace(/\([a-z]{1,6},?\s*\)/g, '').replace(/[^A-Za-z]/g, '');
  if (letters.length < 30) return false;
  const lower = letters.replace(/[^a-z]/g, '').length;
  return lower / letters.length < 0.03;
}

/**
 * A text written all in capitals ("ORDER THAT DEFENDANT SHALL RESPOND TO PLAINTIFFS' MOTION FOR
 * PRELIMINARY INJUNCTION (DOC. NO. 4) ON OR BEFORE 10/22/2026"), written as a docket in both cases
 * writes it: there the capitals mark nothing, so no word is read as the judge's emphasis ("is
 * GRANTED") for being in capitals. Each word is lower case except the entry's CM/ECF event word at
 * its head ("ORDER that …"), acronyms ("ECF", "TRO", "AM"), a sentence's first word, the words
 * dockets capitalize (the parties' roles, "Court", "Motion", "Judge", months and weekdays; "May"
 * only before a day) and abbreviations with their period ("Doc. No."). A text in both cases is
 * returned as it is.
 */
export function readableCase(text: string): string {
  if (!allCapitals(text)) return text;
  let first = true;
  // A judge's name after "Judge" or "Honorable" ("BEFORE MAGISTRATE JUDGE ROSEMARY T. KEANE ON …").
  let name = 0;
  return text.replace(/(?:[A-Z]\.){2,}|[A-Za-z]+(?:['’][A-Za-z]+)?/g, (word, at: number) => {
    const head = first;
    first = false;
    if (/^(?:[A-Z]\.){2,}$/.test(word) || ACRONYMS.has(word)) return word;
    if (head && /^[A-Z]{3,}$/.test(word)) return word;
    const lower = word.toLowerCase();
    const inName = name > 0 && !NOT_A_NAME.test(lower);
    name = /^(?:judge|honorable|justice)$/.test(lower) ? 4 : inName ? name - 1 : 0;
    if (inName) return lower.charAt(0).toUpperCase() + lower.slice(1);
    const next = text.slice(at + word.length, at + word.length + 4);
    const startsSentence = at === 0 || /[.!?:]\s+$|^\s*$/.test(text.slice(Math.max(0, at - 3), at));
    const capital =
      startsSentence ||
      CAPITALIZED.test(lower.replace(/['’]s$/, '')) ||
      (lower === 'may' && /^\s+\d/.test(next)) ||
      (next.startsWith('.') && CAPITALIZED_ABBREVIATION.test(lower));
    return capital ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
  });
}

const ABBREV =
  /(?:\b(?:No|Nos|Dkt|Dkts|Doc|Docs|Rec|Fed|Civ|Crim|App|Evid|R|P|U\.S|U\.S\.C|Inc|Co|Corp|Ltd|LLC|Mr|Mrs|Ms|Dr|Hon|v|vs|J|Jr|Sr|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun|Mag|Dist|Cir|Supp|Stat|Reg|Sec|seq|al|etc|approx|Ex|Exh|pp|p|para|cf|e\.g|i\.e|a\.m|p\.m|[A-Z])\.)$/;

/**
 * A docket reference written in lower case, its number after it: "(doc. no. 3)", "dkt. nos. 8, 9"
 * (D.N.H., E.D. Pa.). Only before a number: "no." before a capital may end a sentence.
 */
const LOWER_CASE_REFERENCE = /\b(?:no|nos|doc|docs|dkt|dkts)\.\s+\d$/;

const NEW_SUBJECT =
  /^(?:(?:The|This|All|Any|Each|Counsel|Parties|It|IT|If|Unless|Should)\b|[A-Z][a-z]+(?:['’]s)?\s+(?:to|shall|must|will|may|is|are)\b)/;

/** Split into sentences at ". " / "! " / "? " before an upper-case letter, digit or "[", not after an abbreviation. */
/**
 * A term that lasts while a motion is pending, in the words "pending resolution of" says it: "While
 * Petitioners' emergency motion [3] remains pending" → "pending resolution of Petitioners' emergency
 * motion [3]"; also "so long as … is pending", "during the pendency of …". Only a motion (named, or
 * by its number) counts: "while this action is pending" is no ruling's term.
 */
export function pendencyAsResolution(text: string): string {
  return text
    .replace(
      /\b(?:while|so\s+long\s+as|as\s+long\s+as)\s+((?:(?!\b(?:while|and|but)\b)[^.;:]){0,120}?(?:\bmotions?\b|\[\d{1,5}\]|\b(?:ECF|Dkt\.?|Doc\.?)\s*(?:No\.?\s*)?\d{1,5})(?:[^.;:,]|(?<=\b(?:Nos?|Dkt|Doc))\.){0,80}?)\s+(?:remains|is|are|remain)\s+(?:still\s+)?(?:pending|undecided|under\s+(?:advisement|submission))\b/gi,
      'pending resolution of $1',
    )
    .replace(
      /\bduring\s+the\s+pendency\s+of\s+((?:(?!\b(?:this|the)\s+(?:action|case|litigation|appeal|proceedings?)\b)[^.;:]){0,120}?(?:\bmotions?\b|\[\d{1,5}\]|\b(?:ECF|Dkt\.?|Doc\.?)\s*(?:No\.?\s*)?\d{1,5}))/gi,
      'pending resolution of $1',
    );
}

export function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /[.!?]\s+(?=[A-Z0-9[("*])/g;
  for (const m of text.matchAll(re)) {
    const before = text.slice(Math.max(start, m.index - 12), m.index + 1);
    // "at 9:00 a.m. Defendant to file …": after a time, a subject and its verb start a sentence.
    if (
      (ABBREV.test(before) ||
        LOWER_CASE_REFERENCE.test(text.slice(Math.max(start, m.index - 5), m.index + 3))) &&
      !(/[ap]\.m\.$/i.test(before) && NEW_SUBJECT.test(text.slice(m.index + m[0].length)))
    )
      continue;
    out.push(text.slice(start, m.index + 1).trim());
    start = m.index + m[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out.filter((s) => s.length > 0);
}

/** The subject of a duty ("Defendants shall …", "(ldg) the Warden must …"): carried into the duty joined to it by "and shall". */
const DUTY_SUBJECT =
  /(?:^|[.;:]\s*|\bthat\s+)(?:\([a-z]{1,6}\)\s*)?((?:the\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,4})\s+(?:shall|must)\s+(?!be\b)/;

/**
 * Clauses of a sentence that can each set their own deadline ("X due by D1; Y due by D2"). Two
 * duties of one subject ("Defendants shall provide a bond hearing to each class member within 14
 * days of this Order and shall file a status report on compliance within 30 days") are two
 * clauses, the second with the subject: each duty keeps its own act, party and period.
 */
export function clauses(sentence: string): string[] {
  return splitClauses(sentence).flatMap((c) => {
    const duty = DUTY_SUBJECT.exec(c);
    const subject = duty?.[1];
    if (!subject) return [c];
    const parts = c.split(/\s+and\s+(?=(?:shall|must)\s+(?!be\b)[a-z]{3,}\b)/);
    // "Respondents shall restore … access within 10 days and file weekly compliance declarations
    // every Friday": two duties under one "shall", each with its own time — the second verb takes
    // the subject and its "shall".
    const modal = /\b(shall|must)\s+$/.exec(duty[0])![1];
    return parts.flatMap((p, i) => {
      const own = i === 0 ? [p] : [`${subject} ${p}`];
      const at = ANOTHER_DUTY.exec(own[0]!);
      if (
        !at ||
        !TIMED.test(own[0]!.slice(0, at.index)) ||
        !TIMED.test(own[0]!.slice(at.index + at[0].length))
      )
        return own;
      return [own[0]!.slice(0, at.index), `${subject} ${modal} ${own[0]!.slice(at.index + at[0].length)}`];
    });
  });
}

/** A second act under the same "shall", after a first one with its time: "… within 10 days and file …". */
const ANOTHER_DUTY =
  /(?<=\b(?:days?|weeks?|months?|hours?|\d{4}|weekly|monthly|quarterly|daily|thereafter|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Order|order))\s*,?\s+and\s+(?=(?:file|submit|serve|produce|provide|restore|deliver|post|mail|send|give|pay|lodge|disclose|return|release|reinstate|certify|complete|identify|transmit|publish|report|notify)\b)/;
/** Words of a time a duty is due: a period, a schedule, a day. */
const TIMED =
  /\b(?:within|by|on\s+or\s+before|no\s+later\s+than|not\s+later\s+than|every|each|weekly|biweekly|monthly|quarterly|daily|beginning)\b/i;

function splitClauses(sentence: string): string[] {
  return (
    sentence
      // "X will be due 30 days following service of Y and Z will be due 14 days following …": two clauses.
      .split(
        /;\s+|,\s+and\s+(?=(?:the\s+)?[A-Z][\w']*\s+(?:shall|must|may|will)\b)|\s+and\s+(?=(?:the\s+)?[\w'’]+(?:\s+[\w'’]+){0,3}\s+(?:will|shall)\s+be\s+due\b)/,
      )
      .map((c) => c.trim())
      .filter(Boolean)
  );
}

/**
 * The due date (and, for hours, the time) of a period through the calendar, counted back for a
 * `before` period; `null` when it has no trigger date or cannot be computed.
 */
export function periodDueAt(
  period: Period,
  court: string | undefined,
): { date: string; time: string | null } | null {
  if (!period.trigger) return null;
  try {
    const from =
      period.unit === 'hours' ? `${period.trigger}T${period.event?.time ?? '00:00'}` : period.trigger;
    // FRCP 6(d) / FRAP 26(c) add days only to a period that runs from service; one that runs from
    // the order, its entry or filing, or an event takes none.
    const fromService = /\bserv(?:ice|ed|ing)\b/i.test(period.triggerText ?? '');
    const r = computeDeadline(
      { from, n: period.n, unit: period.unit, direction: period.direction ?? 'after' },
      { ...(court ? { court } : {}), ...(fromService ? {} : { service: 'none' as const }) },
    );
    return {
      date: r.due.slice(0, 10),
      time: period.unit === 'hours' && period.event?.time ? r.due.slice(11, 16) || null : null,
    };
  } catch {
    if (court) return periodDueAt(period, undefined);
    return null;
  }
}

/** The due date of a period through the calendar (see `periodDueAt`). */
export function periodDue(period: Period, court: string | undefined): string | null {
  return periodDueAt(period, court)?.date ?? null;
}

/** Fill in the first occurrences of a recurrence through the calendar (rolled under 6(a)). */
export function withOccurrences(rec: Recurrence, court: string | undefined, count = 3): Recurrence {
  if (!rec.anchor && !rec.firstDue) return rec;
  try {
    const occ = recurringDeadlines(
      scheduleOf(rec, rec.anchor ?? rec.firstDue!),
      { count },
      court ? { court } : {},
    );
    return { ...rec, firstOccurrences: occ.map((o) => o.due.slice(0, 10)) };
  } catch {
    return court ? withOccurrences(rec, undefined, count) : rec;
  }
}

export function toPeriod(t: Temporal, trigger: string | null): Period {
  return {
    n: t.n!,
    unit: t.unit!,
    trigger,
    triggerText: t.triggerText ?? null,
    direction: t.before ? 'before' : 'after',
  };
}

/**
 * The number of the numbered paragraph of an order that holds the words at `index` ("… ORDERED
 * that: 1. Within thirty days … 5. The term of the Consent Decree is EXTENDED …" → "5"); `null`
 * when the order numbers no paragraph before them.
 */
export function numberedParagraphAt(text: string, index: number): string | null {
  // The words may begin with their own mark ("5. The term …"): it is theirs.
  const own = /^\s*(?:\d{1,2}|[ivx]{1,4})\.\s+(?=[A-Z(])/.exec(text.slice(index))?.[0].length ?? 0;
  let last: string | null = null;
  // Read in the whole text: a mark right before the words ("4. Within …") is followed by them, and
  // the words may begin with their own ("5. The term …").
  for (const m of text.matchAll(/(?:^|[\s:])(\d{1,2}|[ivx]{1,4})\.\s+(?=[A-Z(])/g)) {
    if (m.index + m[0].length > index + own) break;
    last = m[1]!;
  }
  return last;
}

/**
 * The numbered paragraph of `text` that holds `words` (a finding's sentence, read from that text):
 * `numberedParagraphAt` where they begin, compared with spacing collapsed; `null` when they are not
 * found or no paragraph is numbered before them.
 */
export function paragraphHolding(text: string, words: string): string | null {
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  const body = flat(text);
  const head = flat(words).trim().slice(0, 80);
  const at = head.length >= 12 ? body.indexOf(head) : -1;
  return at < 0 ? null : numberedParagraphAt(body, at);
}

/** The paragraph numbers words name: "paragraphs 4 and 5" → 4, 5; "paragraphs 1 through 3" → 1, 2, 3; "Paragraphs 4 (coercive fines) and 5" → 4, 5. */
export function paragraphNumbers(words: string): string[] {
  const out: string[] = [];
  const bare = words.replace(/\([^)]*\)/g, ' ');
  for (const m of bare.matchAll(/\b(\d{1,2})\s*(?:through|to|[-–])\s*(\d{1,2})\b|\b(\d{1,2})\b/g)) {
    if (m[1] && m[2])
      for (let n = Number(m[1]); n <= Number(m[2]) && n - Number(m[1]) < 20; n++) out.push(String(n));
    else if (m[3]) out.push(m[3]);
  }
  return [...new Set(out)];
}
