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

export function normalizeCourt(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim().toLowerCase();
  return /^[a-z][a-z0-9]{1,9}$/.test(s) ? s : null;
}

export function caseKey(court: string, docketNumber: string): string {
  return `${court}:${docketNumber}`;
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
