/**
 * Notices of Electronic Filing (NEF): the email CM/ECF sends for each docket entry. The input is
 * either the email's HTML body or the raw message (MIME, read by `nef-mime.ts`). One notice can
 * name several cases (an entry filed in a lead case and its member cases); each becomes one case
 * with one entry. Both forms are first flattened to text with the position of every link, so one
 * set of rules reads the labelled fields ("Case Name:", "Case Number:", "Document Number:",
 * "Docket Text:") whether the court sent HTML tables or plain text.
 */
import { Parser } from 'htmlparser2';
import { extractDocketNumber } from '../../src/model/case-key.ts';
import { type DocketCase, emptyCase, emptyEntry, type ParseResult } from '../../src/model/docket.ts';
import { harmonizeCaseName } from './case-text.ts';
import { cleanOrNull, cleanText, courtFromUrl, docIdFromUrl, usDate } from './common.ts';
import { courtFromName } from './detect.ts';
import { assertShallow, BLOCK_ELEMENTS } from './html.ts';
import { looksLikeMime, readMimeMessage } from './nef-mime.ts';
import { FastTokenizer } from './tokenizer.ts';

interface Link {
  start: number;
  href: string;
}

/** Text of a notice with the links it contains (`start` is the offset of the link's text). */
interface FlatText {
  text: string;
  links: Link[];
}

/** Line breaks in a notice: the block elements, and quotes and definition lists (cells are spaces). */
const BLOCK_TAGS: ReadonlySet<string> = new Set([...BLOCK_ELEMENTS, 'blockquote', 'dd', 'dt']);
const SKIPPED_TAGS = new Set(['script', 'style', 'head', 'title']);

/** HTML to text: block elements become line breaks, cells spaces, whitespace runs one space. */
function flattenHtml(html: string): FlatText {
  assertShallow(html);
  let text = '';
  const links: Link[] = [];
  let skipping = 0;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (SKIPPED_TAGS.has(name)) skipping++;
        if (BLOCK_TAGS.has(name)) text += '\n';
        else if (name === 'td' || name === 'th') text += ' ';
        if (name === 'a' && attribs.href) links.push({ start: text.length, href: attribs.href.trim() });
      },
      ontext(data) {
        if (skipping === 0) text += data.replace(/[\s\u00a0]+/g, ' ');
      },
      onclosetag(name) {
        if (SKIPPED_TAGS.has(name) && skipping > 0) skipping--;
        if (BLOCK_TAGS.has(name) && name !== 'br') text += '\n';
      },
    },
    { Tokenizer: FastTokenizer, decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(html);
  return { text, links };
}

/** Plain-text notices print links as bare URLs; tags that leak into them (`<i></i>`) are dropped. */
function flattenPlain(plain: string): FlatText {
  const text = plain.replace(/\r\n?/g, '\n').replace(/<\/?[a-zA-Z][^<>\n]*>/g, '');
  const links: Link[] = [];
  for (const m of text.matchAll(/https?:\/\/[^\s<>"']+/g)) links.push({ start: m.index, href: m[0] });
  return { text, links };
}

const NEF_TITLE = /Notice\s+of\s+(?:Electronic\s+Filing|Docket\s+Activity|Bankruptcy\s+Case\s+Filing)/i;
const FIELD_LABEL =
  /(?:Case Name|Case Number|Filer|Document Number|Docket Text|Document\(s\)|WARNING: CASE CLOSED|Case Title):/gi;
const NOTICE_TAIL =
  /Notice (?:has been|will be|will not be|has not been) (?:electronically mailed|delivered|sent)|The following document\(s\) (?:are|is) associated/i;

function labelValue(text: string, at: number, label: string): string {
  const start = at + label.length;
  FIELD_LABEL.lastIndex = start;
  const next = FIELD_LABEL.exec(text);
  let end = next ? next.index : text.length;
  const blank = /\n[ \t]*\n/.exec(text.slice(start, end).replace(/^\s+/, (s) => ' '.repeat(s.length)));
  if (blank) end = start + blank.index;
  return text.slice(start, end);
}

/** The first non-empty line after a label, unless another label comes first. */
function lineValue(text: string, at: number, label: string): string {
  const start = at + label.length;
  FIELD_LABEL.lastIndex = start;
  const next = FIELD_LABEL.exec(text);
  const region = text.slice(start, next ? next.index : text.length);
  return region.split('\n').find((line) => line.trim() !== '') ?? '';
}

/** The docket text after `from`: up to the list of recipients, the next case, or the document list. */
function docketText(flat: FlatText, from: number, nextCase: number): string | null {
  const at = flat.text.indexOf('Docket Text:', from);
  if (at < 0 || at > nextCase) {
    const any = flat.text.indexOf('Docket Text:', from);
    if (any < 0) return null;
    return docketText(flat, any, Number.POSITIVE_INFINITY);
  }
  const start = at + 'Docket Text:'.length;
  let end = Math.min(nextCase, flat.text.length);
  const tail = NOTICE_TAIL.exec(flat.text.slice(start, end));
  if (tail) {
    end = start + tail.index;
    // The recipient line starts with the docket number ("4:20-cv-00065-ERE Notice has been …").
    const lineStart = flat.text.lastIndexOf('\n', end);
    if (lineStart > start) end = lineStart;
  }
  return cleanDescription(flat.text.slice(start, end));
}

/** Whitespace collapsed; `#` and `*` dropped ("Attachments: # (1) Exhibit"), as juriscraper does. */
function cleanDescription(s: string): string {
  return cleanText(s.replace(/[#*]/g, ' '));
}

const CASE_LINK = /DktRpt\.pl\?|iquery\.pl\?|TransportRoom\?servlet=CaseSummary|caseId=/i;
const DOC_LINK = /\/docs?1\//;

function linkIn(flat: FlatText, from: number, to: number, pattern: RegExp): string | null {
  for (const link of flat.links)
    if (link.start >= from && link.start < to && pattern.test(link.href)) return link.href;
  return null;
}

function queryParam(url: string | null, name: string): string | null {
  if (!url) return null;
  return new RegExp(`[?&]${name}=(\\d+)`, 'i').exec(url)?.[1] ?? null;
}

/** The "magic number" of a free-look link: lets a recipient download the document once, free. */
export function magicNumberFromUrl(url: string | null | undefined): string | null {
  return url ? (/[?&]magic_num=(\d+)/.exec(url)?.[1] ?? null) : null;
}

function dateFiled(text: string): string | null {
  const filed = /filed\s+on\s+(\d{1,2}\/\d{1,2}\/\d{2,4})/i.exec(text);
  if (filed) return usDate(filed[1]);
  const entered = /entered\s+(?:by\s+[^\n]*?\s+)?on\s+(\d{1,2}\/\d{1,2}\/\d{2,4})/i.exec(text);
  return entered ? usDate(entered[1]) : null;
}

interface NoticeCase {
  rawName: string;
  rawNumber: string;
  case: DocketCase;
}

function readCases(flat: FlatText): NoticeCase[] {
  const { text } = flat;
  const starts = [...text.matchAll(/Case Name:/g)].map((m) => m.index);
  const filed = dateFiled(text);
  return starts.map((at, i) => {
    const next = starts[i + 1] ?? text.length;
    const rawName = cleanText(labelValue(text, at, 'Case Name:'));
    const numberAt = text.indexOf('Case Number:', at);
    const rawNumber =
      numberAt >= 0 && numberAt < next
        ? cleanText(lineValue(text, numberAt, 'Case Number:').replace(/https?:\/\/\S+/g, ''))
        : '';
    const documentAt = text.indexOf('Document Number:', at);
    const hasDocument = documentAt >= 0 && documentAt < next;
    const docketTextAt = text.indexOf('Docket Text:', at);
    const documentEnd = docketTextAt >= 0 && docketTextAt < next ? docketTextAt : next;
    const documentUrl = hasDocument ? linkIn(flat, documentAt, documentEnd, DOC_LINK) : null;
    const caseUrl = linkIn(flat, at, next, CASE_LINK);

    const c = emptyCase();
    c.caseName = rawName ? cleanOrNull(harmonizeCaseName(rawName)) : null;
    c.docketNumber = extractDocketNumber(rawNumber);
    c.pacerCaseId = queryParam(documentUrl, 'caseid') ?? /\?(\d+)/.exec(caseUrl ?? '')?.[1] ?? null;
    const entry = emptyEntry(docketText(flat, at, next) ?? '');
    entry.dateFiled = filed;
    entry.number = hasDocument
      ? (/^\s*(\d+)/.exec(lineValue(text, documentAt, 'Document Number:'))?.[1] ?? null)
      : null;
    entry.documentUrl = documentUrl;
    entry.pacerDocId = docIdFromUrl(documentUrl);
    entry.pacerSeqNo = queryParam(documentUrl, 'de_seq_num');
    c.entries = [entry];
    return { rawName, rawNumber, case: c };
  });
}

/**
 * Why a message that is not a new docket entry is not one; `null` for a notice to parse. CM/ECF
 * sends other mail from the same address: claims-register notices, and notices that an existing
 * entry was edited.
 */
function notANotice(text: string, subject: string | null): string | null {
  if (/Notice\s+of\s+Electronic\s+Claims\s+Filing/i.test(text)) {
    return 'a claims-register notice (proof of claim), not a docket entry';
  }
  if (!NEF_TITLE.test(text)) {
    // Courts send other mail through CM/ECF and from chambers: say which message this is.
    const about = subject ? ` (subject: "${cleanText(subject).slice(0, 200)}")` : '';
    if (/\bannouncement e-?mail\b/i.test(text)) {
      return `a CM/ECF announcement from the court${about}, not a Notice of Electronic Filing of a docket entry`;
    }
    return subject === null
      ? 'not a Notice of Electronic Filing'
      : `an email that is not a Notice of Electronic Filing${about}`;
  }
  if (/following transaction was edited/i.test(text)) {
    return 'a notice that an existing docket entry was edited, not a new entry';
  }
  if (!/Case Name:/.test(text)) return 'a Notice of Electronic Filing without any case';
  return null;
}

/** Parse a Notice of Electronic Filing, as its HTML body or as the raw email. */
export function parseNef(text: string, court: string | null): ParseResult {
  let subject: string | null = null;
  let flat: FlatText;
  if (looksLikeMime(text)) {
    const message = readMimeMessage(text);
    subject = message.subject;
    flat = message.bodyType === 'text/html' ? flattenHtml(message.body) : flattenPlain(message.body);
  } else {
    flat = /<(?:html|body|table|p|div|br)\b/i.test(text) ? flattenHtml(text) : flattenPlain(text);
  }
  // The notice's own links, then the court it names ("U.S. District Court -- Middle District of
  // Alabama"); only then the caller's guess (for raw mail, often just the first court address seen).
  const noticeCourt = courtFromLinks(flat) ?? courtFromName(flat.text.slice(0, 4000)) ?? court;
  const reason = notANotice(flat.text, subject);
  if (reason) return { kind: 'pacer-nef', court: noticeCourt, isDocket: false, reason, cases: [] };
  const found = readCases(flat);
  const short = subject === null ? null : shortDescriptionFromSubject(subject, found);
  for (const f of found) f.case.entries[0]!.shortDescription = short;
  return {
    kind: 'pacer-nef',
    court: noticeCourt,
    isDocket: true,
    reason: null,
    cases: found.map((f) => f.case),
  };
}

function courtFromLinks(flat: FlatText): string | null {
  for (const link of flat.links) {
    const court = courtFromUrl(link.href);
    if (court) return court;
  }
  return courtFromUrl(flat.text);
}

const SUBJECT_PREFIX = /^(?:(?:re|fw|fwd|aw|wg|nef)\s*:\s*)+/i;
const ACTIVITY = /^Activity\s+in\s+(?:\S+\s+)?case\s+/i;
const DOCKET_TOKEN =
  /^(?:[A-Z]{2,4}\/)?(?:\d{1,2}:\d{2}-[a-zA-Z]{1,4}-\d{1,10}|(?:\d-)?\d{2}-\d{1,8})(?:-[A-Za-z0-9]+)*$/;
const SHORT_CHAPTER = /^(?:Ch(?:apter)?[- ]?\d{1,2}|CH\d{0,2}|Ch)$/i;
const LONG_CHAPTER = /^Chapter\s+\d{1,2}\s+/i;
const EDGE_SEPARATORS = /^[\s\-–;:,]+|[\s\-–;:,]+$/g;

/**
 * The short description (the event, "Motion to Dismiss Case") from the subject line. Courts compose
 * subjects differently ("Activity in Case 1:21-cv-00057-WS-N Troxel v. Gunite Pros, LLC et al
 * Document Noted", "Ch-7 23-10253-KBO Akorn Holding Comp Order", "20-18680 Response - CH7 -
 * Charles Martin"), but always from the same parts: docket numbers, a chapter, the case name (often
 * cut short), and the event. Everything that is not the event is removed.
 */
export function shortDescriptionFromSubject(
  subject: string,
  cases: { rawName: string; rawNumber: string }[],
): string | null {
  let s = cleanText(subject).replace(SUBJECT_PREFIX, '');
  const multiple = /^Multiple Cases\s+"(.*)"\s*$/i.exec(s);
  if (multiple) s = multiple[1]!;
  s = s.replace(ACTIVITY, '');
  // Docket numbers as the notice prints them ("MDL No. 2967") become one token, removed below.
  for (const { rawNumber } of cases) if (rawNumber.includes(' ')) s = s.replace(rawNumber, '00-0');
  s = s.replace(/(^|\s)Ch[ -](\d{1,2})(?=\s|$)/gi, '$1Ch-$2');

  // Docket numbers and short chapter markers ("Ch-7", "CH11") around them.
  const words = s.split(' ');
  const kept = words.filter((w, i) => {
    if (DOCKET_TOKEN.test(w)) return false;
    const near = (j: number): boolean => j >= 0 && j < words.length && DOCKET_TOKEN.test(words[j]!);
    if (SHORT_CHAPTER.test(w) && /\d|^CH$/i.test(w) && (near(i - 1) || near(i + 1) || i === 0)) return false;
    return true;
  });
  s = cleanText(kept.join(' ')).replace(EDGE_SEPARATORS, '');

  const names = cases.map((c) => c.rawName).filter((n) => n !== '');
  const chapterThenName = LONG_CHAPTER.exec(s);
  if (chapterThenName && names.some((n) => nameAt(s.slice(chapterThenName[0].length), n, 'start') > 0)) {
    s = s.slice(chapterThenName[0].length);
  }
  s = removeCaseName(s, names);
  s = s.replace(/\s+Re:?$/i, '').replace(/^Re:?\s+/i, '');
  // Chapter labels left at an edge once the name is gone ("Response - CH7 -").
  s = s.replace(/(?:^|[\s-])(?:Ch(?:apter)?[- ]?\d{1,2}|CH\d{0,2})[\s-]*$/i, '').replace(EDGE_SEPARATORS, '');
  return cleanText(s);
}

/** A case name or its start (subjects cut names to ~20 characters), at the start or end of `s`. */
function removeCaseName(s: string, names: string[]): string {
  let best = { length: 0, where: 'start' as 'start' | 'end' | 'middle', at: 0 };
  for (const name of names) {
    for (const where of ['start', 'end'] as const) {
      const length = nameAt(s, name, where);
      if (length > best.length) best = { length, where, at: where === 'start' ? 0 : s.length - length };
    }
    // After a separator: "Determination of Adjournment Request - Hollister Construc".
    for (const sep of [' - ', '; ', ' Re: ']) {
      const i = s.lastIndexOf(sep);
      if (i < 0) continue;
      const after = s.slice(i + sep.length);
      const length = nameAt(after, name, 'start');
      if (length > 0 && length === after.length && length + sep.length > best.length) {
        best = { length: length + sep.length, where: 'end', at: i };
      }
    }
  }
  if (best.length === 0) return s;
  const rest = s.slice(0, best.at) + s.slice(best.at + best.length);
  return cleanText(rest).replace(EDGE_SEPARATORS, '');
}

/** How many characters of `s` (at its start or end) are the case name or a cut-short start of it. */
function nameAt(s: string, name: string, where: 'start' | 'end'): number {
  const n = cleanText(name);
  if (where === 'start') {
    if (s.startsWith(n) && (s.length === n.length || s[n.length] === ' ')) return n.length;
    // A cut-short name ends the subject's name part: the longest prefix followed by a space.
    for (let len = Math.min(n.length - 1, s.length); len >= 8; len--) {
      if (s[len] === ' ' && n.startsWith(s.slice(0, len))) return len;
    }
    return 0;
  }
  if (s.endsWith(n) && (s.length === n.length || s[s.length - n.length - 1] === ' ')) return n.length;
  for (let len = Math.min(n.length - 1, s.length); len >= 8; len--) {
    const tail = s.slice(s.length - len);
    if (s[s.length - len - 1] === ' ' && n.startsWith(tail)) return len;
  }
  return 0;
}
