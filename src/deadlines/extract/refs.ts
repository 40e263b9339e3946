/**
 * Which earlier docket entries a docket text points at. Courts write references in many ways:
 * `[9]`, `re [33]`, `re: 45`, `(Dkt. 36)`, `ECF No. 307`, `granting 473`, and, outside the bracket
 * courts, bare numbers before a document title (`re 44 MOTION to Dismiss`, `1 Complaint`). Numbers
 * that only look like references are masked first: attachment numbers (`# 1`), dates, times,
 * money, receipt and case numbers, rules and statutes, courtrooms, page cites.
 */
import { DATE, MONTH, TIME } from './grammar.ts';

/** Words that begin a document title in CM/ECF docket text (after a bare entry number). */
const DOC_WORD =
  "(?:Emergency\\s+|Joint\\s+|Amended\\s+|Sealed\\s+|Renewed\\s+|Corrected\\s+|Supplemental\\s+|Unopposed\\s+|Consent\\s+|First\\s+|Second\\s+|Third\\s+|Proposed\\s+|Stipulated\\s+|Partial\\s+|Cross[-\\s]|Ex\\s+Parte\\s+|Defendants?'?s?'?\\s+|Plaintiffs?'?s?'?\\s+|Petitioners?'?s?'?\\s+|Respondents?'?s?'?\\s+)*(?:MOTION|Motion|ORDER|Order|COMPLAINT|Complaint|PETITION|Petition|ANSWER|Answer|RESPONSE|Response|REPLY|Reply|MEMORANDUM|Memorandum|BRIEF|Brief|NOTICE|Notice|STIPULATION|Stipulation|REPORT|Report|JUDGMENT|Judgment|INDICTMENT|Indictment|INFORMATION|Information|TRANSCRIPT|Transcript|DECLARATION|Declaration|AFFIDAVIT|Affidavit|APPLICATION|Application|OBJECTION|Objection|OPINION|Opinion|SUMMONS|Summons|STATUS|Status|LETTER|Letter|Minute|MINUTE|Sealed|SEALED|Probation|PROBATION|Exhibit|EXHIBIT|Request|REQUEST|Counterclaim|COUNTERCLAIM|Jury\\s+Demand|JURY\\s+DEMAND|Scheduling|SCHEDULING|Protective|PROTECTIVE|Writ|WRIT|Mandate|MANDATE|Bill\\s+of\\s+Costs|Certificate|CERTIFICATE|Text\\s+Order|TEXT\\s+ORDER|Warrant|WARRANT|Pretrial|PRETRIAL|Plea|PLEA|Order\\s+on)\\b";

/** Words right before a number that make it a docket reference whatever follows. */
const REF_MARKER =
  '(?:\\bre:?|\\bregarding|\\bgranting(?:\\s+in\\s+part)?|\\bdenying(?:\\s+in\\s+part)?|\\badopting|\\bstriking|\\bvacating|\\bterminating|\\bmooting|\\bfinding\\s+as\\s+moot|\\bfinding\\s+moot|\\bwithdrawing|\\bper\\s+order|\\bDkts?\\.?(?:\\s*No\\.?)?|\\bDocs?\\.?(?:\\s*No\\.?)?\\s*#?|\\bD\\.\\s?E\\.?|\\bDE\\s*#?|\\bECF\\s*(?:Nos?\\.?)?|\\bDocket\\s+(?:Entry\\s+)?(?:Nos?\\.?|#)|\\bDocument\\s+(?:Nos?\\.?|#)|\\bEntry\\s+(?:Nos?\\.?|#))';

/**
 * A year a paper is for, not an entry it names: beside a month ("COMPLIANCE REPORT for March 2030",
 * "(Oct. 2031)", "May of 2031"), after a year's or a quarter's name ("FY 2031", "Fiscal Year 2030",
 * "Q2 2031"), or after "for"/"of" ("Annual Report for 2031", "the third quarter of 2030") unless a
 * document's title follows, as a big docket's entry number does ("in Support of 2030 MOTION").
 */
const YEAR = '(?:19|20)\\d{2}(?![\\d/:.-]\\d)';
const YEARS: RegExp[] = [
  new RegExp(`\\b${MONTH},?\\s+(?:of\\s+)?${YEAR}\\b`, 'gi'),
  new RegExp(`\\b(?:FY|F\\.Y\\.|(?:fiscal|calendar|school|plan|program)\\s+year|Q[1-4])\\s*${YEAR}\\b`, 'gi'),
  new RegExp(`\\b(?:for|of|FOR|OF|For|Of)\\s+${YEAR}\\b(?!\\s+${DOC_WORD})`, 'g'),
];

const MASKS: RegExp[] = [
  /\(\s*Attachments?:[^()]*(?:\([^()]*\)[^()]*)*\)/gi,
  /#\s*\(?\d+\)?/g,
  new RegExp(DATE, 'gi'),
  new RegExp(TIME, 'gi'),
  /\$\s?[\d,]+(?:\.\d+)?/g,
  /\b(?:receipt|Receipt|RECEIPT)\s*(?:No\.?|number|#)?:?\s*[\w-]+/g,
  /\b\d{1,2}:\d{2}-[a-z]{2,4}-\d+(?:-[A-Za-z]+)*\b/gi,
  /\b\d+\s+(?:U\.\s?S\.\s?C\.|C\.\s?F\.\s?R\.|F\.\s?(?:Supp\.\s?)?\d?d|S\.\s?Ct\.|U\.S\.|Fed\.\s?Appx?\.?)\s*(?:§+\s*)?[\d()a-zA-Z.-]*/g,
  /§+\s*[\d.()a-zA-Z-]+/g,
  /\b(?:Rules?|RULES?|LR|L\.\s?R\.|LCvR|LCrR|Local\s+(?:Civil\s+|Criminal\s+)?Rules?|Fed\.\s?R\.\s?(?:Civ|Crim|App|Evid)\.\s?P\.|FRCP|FRAP|Section|Sections|Sec\.|Title|Chapter|Count|Counts|Courtroom|Room|Suite|Floor|Pg(?:ID)?|PageID|page|pages|pp?\.|(?<!(?:ECF|Docket|Doc\.?|Document|Entry|Dkts?\.?)\s*)Nos?\.|Case|Civil\s+Action)\s*(?:No\.?\s*)?[\d.()a-zA-Z]*(?:\s*(?:,|and|&|-|through)\s*\d[\d.()a-zA-Z]*)*/g,
  /\b\d+(?:\.\d+)+\b/g,
  /\b\d+-\d+\b(?!\])/g,
  // An appellate case number in brackets ("[24-987]", "[24-50123]"): year, hyphen, sequence.
  /\[\d{2}-\d{3,6}\]/g,
  ...YEARS,
  /\b\d+\s*(?:%|percent|days?|weeks?|months?|years?|hours?|minutes?|pages?|copies|members?|class\s+members|individuals|persons|people|Iraqi|detainees)\b/gi,
];

/** Replace what only looks like a reference with spaces, keeping every other offset in place. */
export function maskNonReferences(text: string): string {
  let t = text;
  for (const re of MASKS) t = t.replace(re, (m) => ' '.repeat(m.length));
  return t;
}

const NUM_LIST = '(\\d{1,5}(?:\\s*(?:,|and|&|,\\s*and)\\s*\\d{1,5})*)';
const BRACKET_RE = /\[\s*(\d{1,5})(?:\s*-\s*\d{1,3})?\s*\]/g;
const MARKED_RE = new RegExp(`${REF_MARKER}\\s*\\[?\\s*${NUM_LIST}(?![\\d/:])`, 'g');
const BEFORE_TITLE_RE = new RegExp(`(?<![\\w#$/.:-])(\\d{1,5})\\s+(?=${DOC_WORD})`, 'g');
const BEFORE_BY_RE = /(?<=[A-Za-z)]\s)(\d{1,5})\s+(?=by\s)/g;
/**
 * A bare number closing a motion's name, as docket reports print a link ("Briefing on Defendant's
 * motion to terminate the Settlement Agreement 40 is set as follows"): before "is", "are", "shall".
 */
const AFTER_MOTION_RE =
  /\b(?:MOTION|[Mm]otion|PETITION|[Pp]etition|APPLICATION|[Aa]pplication)\s+(?:[^\s.;\d]+\s+){1,10}?(\d{1,5})\s+(?=(?:is|are|was|were|shall|will|has\s+been)\b)/g;
/**
 * The order whose deadlines an order speaks of, by the bare number the docket report prints for its
 * link: "All other deadlines in 22 remain in effect", "the dates set in Scheduling Order 20 are …".
 */
const DEADLINES_OF_RE =
  /\b(?:deadlines?|dates?)\s+(?:(?:set|established|contained)\s+)?(?:in|of|under|by)\s+(?:the\s+)?(?:(?:Amended\s+)?(?:Scheduling|Case\s+Management|Pretrial|Minute|Text)\s+)?(?:Order\s+)?(\d{1,5})\s+(?=(?:remain|is|are|shall|will|as)\b)/g;
const PAREN_RE = new RegExp(`\\(\\s*(?:${REF_MARKER})\\s*${NUM_LIST}\\s*\\)`, 'gi');

/**
 * Entry numbers referenced by `text`, in order of first appearance, without duplicates. `linked`:
 * the entries the source says the text links to (`DocketEntry.linkedEntries`: a docket report's
 * link shows only the bare number, "with 8 temporary restraining order"), each a reference where
 * its number first stands alone in the text, whatever words are around it.
 */
export function relatedEntries(text: string, linked: readonly number[] = []): number[] {
  const masked = maskNonReferences(text);
  const found: [number, number][] = [];
  const add = (index: number, raw: string) => {
    for (const n of raw.split(/[^\d]+/).filter(Boolean)) {
      const v = Number(n);
      if (v > 0 && v < 100000) found.push([index, v]);
    }
  };
  for (const m of masked.matchAll(BRACKET_RE)) add(m.index, m[1]!);
  for (const m of masked.matchAll(MARKED_RE)) add(m.index, m[1]!);
  for (const m of masked.matchAll(PAREN_RE)) add(m.index, m[1]!);
  for (const m of masked.matchAll(BEFORE_TITLE_RE)) add(m.index, m[1]!);
  for (const m of masked.matchAll(BEFORE_BY_RE)) add(m.index, m[1]!);
  for (const m of masked.matchAll(AFTER_MOTION_RE)) add(m.index + m[0].lastIndexOf(m[1]!), m[1]!);
  for (const m of masked.matchAll(DEADLINES_OF_RE)) add(m.index + m[0].lastIndexOf(m[1]!), m[1]!);
  for (const n of linked) {
    const at = new RegExp(`(?<![\\w#$/.:,-])${n}(?!\\w|[/:.,-]\\d)`).exec(masked)?.index;
    add(at ?? text.length, String(n));
  }
  found.sort((a, b) => a[0] - b[0]);
  return [...new Set(found.map(([, v]) => v))];
}

/**
 * The entry numbers a given value holds as `linkedEntries` (a parsed JSON line, a stored column):
 * its positive whole numbers, none when it is not a list.
 */
export function linkedEntriesIn(v: unknown): number[] {
  return Array.isArray(v) ? v.filter((n): n is number => Number.isInteger(n) && n > 0) : [];
}

/** `{ linkedEntries }` for an entry's input when `v` holds any, else nothing (`{ ...linkedField(v) }`). */
export function linkedField(v: unknown): { linkedEntries?: number[] } {
  const linked = linkedEntriesIn(v);
  return linked.length > 0 ? { linkedEntries: linked } : {};
}
