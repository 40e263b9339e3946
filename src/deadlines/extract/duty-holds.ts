/**
 * An order acting on some reports of a repeated duty without ending it: one report excused ("the
 * status report otherwise due June 1, 2029 is EXCUSED", "Respondents need not file the declaration
 * due March 15", "the June 17 report is waived"), the reporting suspended for a time ("Reporting
 * under [20] is SUSPENDED until further order", "the status reports required by paragraph 3 are held
 * in abeyance") and resumed ("Reporting under [20] shall resume, with the next report due D",
 * "Respondents shall resume filing the status reports"). The grammar only; the tracker finds the duty.
 */
import { scanTemporals } from './grammar.ts';

/** The rules of the findings these words make (the tracker applies them to the duty they name). */
export const REPORT_EXCUSED_RULE = 'recurring-report-excused';
export const REPORTING_SUSPENDED_RULE = 'recurring-duty-suspended';
export const REPORTING_RESUMED_RULE = 'recurring-duty-resumed';

/** A paper a repeated duty asks for, as an order names it. */
const PAPER = String.raw`(?:[\w-]+\s+){0,3}?(?:reports?|declarations?|certifications?|updates?|logs?|letters?|submissions?|notices?)`;

/** Words that excuse a paper: "is EXCUSED", "is waived", "need not be filed", "is not required". */
const EXCUSED =
  /\b(?:is|are|shall\s+be|will\s+be)\s+(?:hereby\s+)?(?:excused|waived|dispensed\s+with|not\s+required|cancell?ed)\b|\bneed\s+not\s+be\s+(?:filed|submitted)\b/i;

/** The paper then its day: "the status report otherwise due June 1, 2029", "the declaration that would otherwise be due on D". */
const PAPER_DUE = new RegExp(
  String.raw`\b(?<paper>${PAPER})\s+(?:(?:that|which)\s+(?:is|was|would)\s+)?(?:(?:otherwise|currently|presently|originally|next)\s+)?(?:be\s+)?(?:due|to\s+be\s+filed)\s+(?:on\s+or\s+before\s+|no\s+later\s+than\s+|on\s+|by\s+)?`,
  'gi',
);

/** The day then the paper: "the June 17 report", "the June 17, 2029 status report". */
const DAY_PAPER = new RegExp(
  String.raw`\b(?:the\s+)(?<day>(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:,\s+\d{4})?)(?:,)?\s+(?<paper>${PAPER})\b`,
  'gi',
);

/** Excusing the party, the paper after: "Respondents need not file the status report due D", "are excused from filing the report due D". */
const PARTY_EXCUSED =
  /\b(?:need\s+not\s+(?:file|submit)|(?:is|are)\s+(?:hereby\s+)?(?:excused|relieved)\s+from\s+(?:filing|submitting)|shall\s+not\s+be\s+required\s+to\s+(?:file|submit))\s+/i;

export interface ExcusedReport {
  /** The paper, as the order names it ("status report"). */
  paper: string;
  /** Its day (YYYY-MM-DD): the day that report was due. */
  due: string;
  words: string;
}

/**
 * The one report of a repeated duty a sentence excuses, by its day; null when the sentence excuses
 * no dated paper. A day without its year is the one on or after the order (else the latest before).
 */
export function excusedReport(sentence: string, filed: string): ExcusedReport | null {
  if (!EXCUSED.test(sentence) && !PARTY_EXCUSED.test(sentence)) return null;
  for (const m of sentence.matchAll(PAPER_DUE)) {
    const at = m.index + m[0].length;
    const t = scanTemporals(sentence.slice(at), filed)[0];
    if (t?.type !== 'date' || t.start !== 0 || !t.date) continue;
    const rest = sentence.slice(at + t.end);
    const before = sentence.slice(0, m.index);
    // "… is EXCUSED" after the day, or "need not file the report due D" before the paper.
    if (!EXCUSED.test(rest.slice(0, 60)) && !PARTY_EXCUSED.test(`${before.slice(-60)}${m[0]}`)) continue;
    return { paper: tidy(m.groups!.paper!), due: t.date, words: sentence.slice(m.index, at + t.end) };
  }
  for (const m of sentence.matchAll(DAY_PAPER)) {
    const rest = sentence.slice(m.index + m[0].length);
    if (!EXCUSED.test(rest.slice(0, 40))) continue;
    const due = dayOf(m.groups!.day!, filed);
    if (due) return { paper: tidy(m.groups!.paper!), due, words: m[0] };
  }
  return null;
}

/** "June 17, 2029", or "June 17" read in the order's year (a day before the order: the next year's only if more than six months back). */
function dayOf(words: string, filed: string): string | null {
  const withYear = /,\s*\d{4}$/.test(words) ? words : `${words}, ${filed.slice(0, 4)}`;
  const t = scanTemporals(withYear, filed)[0];
  if (t?.type !== 'date' || !t.date) return null;
  const months = (Date.parse(filed) - Date.parse(t.date)) / (30.4 * 86_400_000);
  return months > 6 ? `${Number(t.date.slice(0, 4)) + 1}${t.date.slice(4)}` : t.date;
}

function tidy(paper: string): string {
  return paper
    .replace(
      /^.*?\b(?:the|its|their|any|such|filing|file|submitting|submit|from|of)\s+(?=\S+(?:\s+\S+){0,2}$)/i,
      '',
    )
    .replace(/^(?:the|its|their|any|such)\s+/i, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** The reporting named as the subject: "Reporting under [20]", "The status reports required by paragraph 3", "Respondents' reporting obligation". */
const REPORTING = String.raw`(?:(?:the|its|their|all)\s+|[\w'’-]+['’]s?\s+)?(?:(?:further|periodic|recurring)\s+)?(?:reporting(?:\s+(?:obligations?|requirements?|duty|duties))?|obligations?\s+to\s+file\s+${PAPER}|(?!all\b)${PAPER.replace('{0,3}', '{0,2}')}s?)`;

/** "Reporting under [20] is SUSPENDED until further order", "the status reports … are held in abeyance". */
const SUSPENDED = new RegExp(
  String.raw`\b(?<what>${REPORTING})\b(?<under>[^.;]{0,80}?)\s+(?:is|are|shall\s+be|will\s+be)\s+(?:hereby\s+)?(?:suspended|stayed|held\s+in\s+abeyance|paused|tolled)\b`,
  'i',
);

/** "Reporting under [20] resumes", "The status reports shall resume", "Respondents shall resume filing the status reports", "the suspension of reporting is lifted". */
const RESUMED = new RegExp(
  String.raw`\b(?<what>${REPORTING})\b(?<under>[^.;]{0,80}?)\s+(?:resumes?|shall\s+resume|will\s+resume|(?:is|are)\s+(?:hereby\s+)?(?:reinstated|resumed))\b|\bshall\s+resume\s+(?:filing|submitting)\s+(?<what2>(?:the|its|their)\s+${PAPER})|\bsuspension\s+of\s+(?<what3>${REPORTING})\b[^.;]{0,80}?\s+(?:is|are)\s+(?:hereby\s+)?(?:lifted|ended|terminated|vacated)\b`,
  'i',
);

export interface ReportingHold {
  action: 'suspended' | 'resumed';
  /** What the words name ("reporting under [20]", "status reports required by paragraph 3"). */
  what: string;
  words: string;
  /** Resumed with its next report on a day ("with the next report due June 15, 2029"). */
  next: string | null;
}

/** The reporting of a repeated duty a sentence suspends or resumes; null when it does neither. */
export function reportingHold(sentence: string, filed: string): ReportingHold | null {
  const resumed = RESUMED.exec(sentence);
  if (resumed) {
    const g = resumed.groups!;
    const what = `${g.what ?? g.what2 ?? g.what3}${g.under ?? ''}`;
    return { action: 'resumed', what: what.trim(), words: resumed[0], next: nextDay(sentence, filed) };
  }
  const held = SUSPENDED.exec(sentence);
  // "… is stayed pending appeal" names the court's stay of an order, read elsewhere; a deadline's
  // "time to file … is suspended" is a one-off duty's.
  if (!held || /\b(?:deadline|time)\s+to\b/i.test(held.groups!.what!)) return null;
  return {
    action: 'suspended',
    what: `${held.groups!.what}${held.groups!.under}`.trim(),
    words: held[0],
    next: null,
  };
}

/** "the next report is due June 15, 2029", "with the first report due D". */
function nextDay(sentence: string, filed: string): string | null {
  const m =
    /\b(?:next|first)\b[^.;]{0,40}?\b(?:due|filed)\s+(?:on\s+or\s+before\s+|no\s+later\s+than\s+|on\s+|by\s+)?/i.exec(
      sentence,
    );
  if (!m) return null;
  const t = scanTemporals(sentence.slice(m.index + m[0].length), filed)[0];
  return t?.type === 'date' && t.start === 0 ? (t.date ?? null) : null;
}
