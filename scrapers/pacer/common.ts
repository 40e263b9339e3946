/**
 * What every CM/ECF parser needs: turning bytes into text safely, and the small normalizations
 * juriscraper and docketwatch agree on (dates, whitespace, document ids, court ids).
 */
import { Buffer, isAscii } from 'node:buffer';
import { InputError, InputTooLargeError } from '../../src/errors.ts';

/** Inputs above this size are refused before parsing: a real docket report is rarely over 10 MiB. */
export const MAX_INPUT_BYTES = 32 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The bytes as ISO-8859-1, one character each, read natively without a copy: what
 * `TextDecoder('latin1')` gives, where a `TextDecoder` call costs more than the decoding itself
 * until its JavaScript side is compiled (a one-off `docketwatch parse` never gets that far).
 */
function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/**
 * Windows-1252 differs from ISO-8859-1 only in 0x80–0x9F (curly quotes, dashes, €, …). Node's
 * TextDecoder decodes the label `windows-1252` as ISO-8859-1, so those 32 bytes are mapped here.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  return latin1(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/**
 * Decode an input to text. UTF-8 (with or without BOM) is tried first; CM/ECF pages that are not
 * valid UTF-8 are Windows-1252. Empty input, binary input and input over `maxBytes` are refused
 * with an `InputError` that says why.
 */
export function decodeInput(input: Uint8Array | string, maxBytes = MAX_INPUT_BYTES): string {
  if (typeof input === 'string') {
    if (input.length > maxBytes) throw new InputTooLargeError(input.length, maxBytes);
    if (input.trim() === '') throw new InputError('input is empty');
    return input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  }
  if (input.byteLength > maxBytes) throw new InputTooLargeError(input.byteLength, maxBytes);
  if (input.byteLength === 0) throw new InputError('input is empty');
  if (looksBinary(input)) throw new InputError('input is binary data, not a text or HTML page');
  let text: string;
  if (isAscii(input)) {
    // Most pages are plain ASCII (entities for the rest): the same text, read without validating UTF-8.
    text = latin1(input);
  } else {
    try {
      text = utf8.decode(input);
    } catch {
      text = decodeWindows1252(input);
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new InputError('input is empty (only whitespace)');
  return text;
}

/** A NUL byte or a control byte `looksBinary` counts (tab, line ends, form feed and escape are text). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control bytes are what it looks for
const CONTROL_BYTE = /[\x00-\x06\x0e-\x1a\x1c-\x1f]/;

/** NUL bytes or a high share of control bytes in the first 8 KiB mean this is not text. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.byteLength, 8192);
  // Most inputs have none of them: one native scan says so, where a loop over the bytes costs a
  // parse of a small page while the loop is not yet compiled.
  if (!CONTROL_BYTE.test(latin1(bytes.subarray(0, n)))) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 7 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return control > n * 0.1;
}

/** JavaScript's `\s` (which includes the non-breaking space) as a lookup table. */
const WHITESPACE = new Uint8Array(0x10000);
for (const c of ' \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff') {
  WHITESPACE[c.charCodeAt(0)] = 1;
}

/**
 * Collapse runs of whitespace (including non-breaking spaces) to one space and trim: the same as
 * `s.replace(/\s+/g, ' ').trim()`, in one pass that copies only the text between runs.
 */
export function cleanText(s: string | null | undefined): string {
  if (!s) return '';
  const n = s.length;
  let out = '';
  let from = 0; // start of the text not yet copied
  let i = 0;
  while (i < n) {
    if (WHITESPACE[s.charCodeAt(i)] === 0) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n && WHITESPACE[s.charCodeAt(end)] === 1) end++;
    const atEdge = i === 0 || end === n;
    // A single plain space inside the text stays as it is; any other run is replaced.
    if (atEdge || end - i > 1 || s.charCodeAt(i) !== 0x20) {
      out += s.slice(from, i);
      if (!atEdge) out += ' ';
      from = end;
    }
    i = end;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** `cleanText`, but `null` for an empty result. */
export function cleanOrNull(s: string | null | undefined): string | null {
  const t = cleanText(s);
  return t === '' ? null : t;
}

const US_DATE = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})\b/;

/** Month names and abbreviations (`jan`, `sept`) as numbers, for dates pages and feeds print in words. */
export const MONTH_NUMBERS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** `MM/DD/YYYY` or `MM/DD/YY` (at the start of `s`) as `YYYY-MM-DD`; `null` when it is not a valid date. */
export function usDate(s: string | null | undefined): string | null {
  if (!s) return null;
  if (s.length > MAX_REMEMBERED_DATE) return readUsDate(s);
  let date = US_DATES.get(s);
  if (date === undefined) {
    date = readUsDate(s);
    if (US_DATES.size >= MAX_REMEMBERED_DATES) US_DATES.clear();
    US_DATES.set(s, date);
  }
  return date;
}

/** Dates read lately, by their text (a docket repeats its days: each entry's filed and entered date). */
const US_DATES = new Map<string, string | null>();
const MAX_REMEMBERED_DATES = 4096;
const MAX_REMEMBERED_DATE = 24;

function readUsDate(s: string): string | null {
  const m = US_DATE.exec(s);
  if (!m) return null;
  const month = Number(m[1]);
  const day = Number(m[2]);
  let year = Number(m[3]);
  if (m[3]!.length === 2) year += year < 70 ? 2000 : 1900;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  if (month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) return 29;
  return DAYS_IN_MONTH[month - 1]!;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * PACER document ids carry a flag in their fourth digit (`/doc1/04518117526` and
 * `/doc1/04508117526` are the same document); the canonical form has it zeroed.
 */
export function normalizeDocId(id: string | null | undefined): string | null {
  if (!id) return null;
  const digits = id.trim();
  if (!/^\d{4,}$/.test(digits)) return null;
  return `${digits.slice(0, 3)}0${digits.slice(4)}`;
}

/** The document id in a `/doc1/…` (district) or `/docs1/…` (appellate) link. */
export function docIdFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const m = /\/docs?1\/(\d+)/.exec(url);
  return m ? normalizeDocId(m[1]) : null;
}

/**
 * Courts whose CM/ECF host name (and the id its state and "Bankruptcy" spell) differ from the
 * court's id: the Bankruptcy Court for the District of Nebraska is `ecf.neb.uscourts.gov`, and its
 * id is `nebraskab` (`src/courts.ts`). A page read as `neb` would be a page of no court we poll.
 */
const HOST_TO_COURT: Readonly<Record<string, string>> = { neb: 'nebraskab' };

/** The court id for a CM/ECF host name or a spelled-out court (`neb` → `nebraskab`; others as they are). */
export function courtIdOfHost(host: string): string {
  const id = host.toLowerCase();
  return HOST_TO_COURT[id] ?? id;
}

/** The CM/ECF court id in a court URL (`https://ecf.mied.uscourts.gov/…` → `mied`). */
export function courtFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const m = /\b(?:ecf|pacer)\.([a-z0-9]+)\.uscourts\.gov/i.exec(url);
  if (!m) return null;
  return courtIdOfHost(m[1]!);
}
