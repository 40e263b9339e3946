/**
 * Naming a case: a court id plus a normalized docket number, written `court:docket`
 * (`mied:2:17-cv-11910`). Judge initials and other suffixes are dropped and the sequence number
 * is zero-padded, so every form a source prints finds the same case.
 */
import { InputError } from '../errors.ts';

/** District style: office, two-digit year, case type, number, optional suffixes (`-TGB-APP`). */
const DISTRICT = /^(\d{1,2}):(\d{2})-([a-z]{1,5})-(\d{1,6})(?:-[a-z0-9-]*)?$/i;
/** District style without the office digit (`17-cv-11910`). */
const DISTRICT_NO_OFFICE = /^(\d{2})-([a-z]{1,5})-(\d{1,6})(?:-[a-z0-9-]*)?$/i;

/** The form cases are stored and matched under; `null` for an empty or unusable docket number. */
export function normalizeDocketNumber(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.replace(/[\s\u00a0]+/g, '').replace(/[\u2010-\u2015]/g, '-');
  if (s === '' || s.length > 80) return null;
  let m = DISTRICT.exec(s);
  if (m) return `${Number(m[1])}:${m[2]}-${m[3]!.toLowerCase()}-${m[4]!.padStart(5, '0')}`;
  m = DISTRICT_NO_OFFICE.exec(s);
  if (m) return `${m[1]}-${m[2]!.toLowerCase()}-${m[3]!.padStart(5, '0')}`;
  // Appellate (`17-2171`) and anything else: kept as printed, lower-cased.
  return /^[a-z0-9:.\-/]+$/i.test(s) ? s.toLowerCase() : null;
}

/** `1:20-cv-00065` inside a longer token such as `1:20-cv-00065-ERE-2` or `NYE/1:20-cv-00065`. */
const DISTRICT_NUMBER = /\b(\d{1,2}:\d{2}-[a-zA-Z]{1,4}-\d{1,10})/;
/** Bankruptcy and appellate: `23-14130`, `1-23-01071` (office prefix), `22-3054`, `11-8`. */
const SHORT_NUMBER = /(?:^|[\s/])((?:\d-)?\d{2}-\d{1,8})(?![\d:])/;

/**
 * The docket number in text as a court prints it (`1:20-cv-00065-ERE-2`, `NYE/1:20-cv-00065`,
 * `Case 22-3054`), without judge initials or defendant numbers, by juriscraper's rules; `null`
 * when the text has none. Numbers of another shape (`MDL No. 2967`) are returned as written.
 * `normalizeDocketNumber` then gives the form a case is stored under.
 */
export function extractDocketNumber(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const text = raw.replace(/[\s\u00a0]+/g, ' ').trim();
  if (text === '') return null;
  const district = DISTRICT_NUMBER.exec(text);
  if (district) return district[1]!;
  const short = SHORT_NUMBER.exec(text);
  if (short) return short[1]!;
  return /\d/.test(text) ? text : null;
}

/** A docket number at the start of `text`, for titles like `1:18-cv-03365 Chau v. Donovan`. */
export function leadingDocketNumber(text: string): string | null {
  const first = text.trim().split(/\s+/, 1)[0] ?? '';
  const district = DISTRICT_NUMBER.exec(first);
  if (district) return district[1]!;
  const short = /^((?:\d-)?\d{2}-\d{1,8})(?:-[A-Za-z0-9]+)*$/.exec(first);
  return short ? short[1]! : null;
}

export function normalizeCourt(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim().toLowerCase();
  return /^[a-z][a-z0-9]{1,9}$/.test(s) ? s : null;
}

export function caseKey(court: string, docketNumber: string): string {
  return `${court}:${docketNumber}`;
}

/** A case in the record: its row id, its key (`court:docket`) and its court. */
export interface CaseRef {
  id: number;
  key: string;
  court: string;
}

export function caseRef(id: number, court: string, docketNumber: string): CaseRef {
  return { id, key: caseKey(court, docketNumber), court };
}

/** `mied:2:17-cv-11910-TGB` → `{ court: 'mied', docketNumber: '2:17-cv-11910' }`. */
export function parseCaseKey(key: string): { court: string; docketNumber: string } {
  const i = key.indexOf(':');
  const court = normalizeCourt(i > 0 ? key.slice(0, i) : null);
  const docketNumber = normalizeDocketNumber(i > 0 ? key.slice(i + 1) : null);
  if (!court || !docketNumber) {
    throw new InputError(`"${key}" is not COURT:DOCKET (for example mied:2:17-cv-11910)`);
  }
  return { court, docketNumber };
}
