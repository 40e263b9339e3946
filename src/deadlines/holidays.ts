/**
 * Legal holidays under FRCP 6(a)(6) and FRAP 26(a)(6):
 * (A) the days 5 U.S.C. 6103(a) sets aside, on the day they are observed (a Saturday holiday on
 *     the Friday before, 5 U.S.C. 6103(b)(1); a Sunday holiday on the Monday after, Executive
 *     Order 11582), including across year ends (Jan 1 on a Saturday → Fri Dec 31 of the year before);
 * (B) days declared a holiday by the President or Congress: a maintained list of whole-day closures
 *     of the executive departments (`declared-holidays.json`);
 * (C) for forward periods only, days the court's state declares a holiday (a partial table; see
 *     `STATE_HOLIDAYS`).
 * Inauguration Day (5 U.S.C. 6103(c)) is a holiday only for employees in the Washington area and
 * is not one of the 6(a)(6)(A) days; it is left out on purpose.
 * Rules follow the statute from 1971 (Monday holidays, EO 11582); earlier years use today's rules.
 */
import { DocketwatchError } from '../errors.ts';
import declaredData from './declared-holidays.json' with { type: 'json' };

export type HolidayKind = 'federal' | 'declared' | 'state';

export interface Holiday {
  /** The day that is not counted as a business day (`YYYY-MM-DD`). */
  date: string;
  name: string;
  kind: HolidayKind;
  /** When the observed day differs from the statutory one: the statutory day. */
  actual?: string;
  source?: string;
}

/** A state whose holidays docketwatch does not know yet. */
export class UnknownStateHolidaysError extends DocketwatchError {
  constructor(state: string) {
    super(
      'ESTATEHOLIDAYS',
      `no table of state legal holidays for "${state}"; add one to STATE_HOLIDAYS in src/deadlines/holidays.ts or leave state holidays off`,
    );
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

export function isoDate(year: number, month: number, day: number): string {
  const d = new Date(Date.UTC(year, month - 1, day));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a `YYYY-MM-DD` date. */
export function weekday(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const w = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return w === 0 ? 7 : w;
}

export function isWeekend(date: string): boolean {
  return weekday(date) >= 6;
}

/** The `nth` given weekday (1 = Monday) of a month; `nth = -1` for the last. */
function nthWeekday(year: number, month: number, isoWeekday: number, nth: number): string {
  if (nth > 0) {
    const first = weekday(isoDate(year, month, 1));
    return isoDate(year, month, 1 + ((isoWeekday - first + 7) % 7) + (nth - 1) * 7);
  }
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const last = weekday(isoDate(year, month, lastDay));
  return isoDate(year, month, lastDay - ((last - isoWeekday + 7) % 7));
}

function shiftDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return isoDate(y, m, d + days);
}

/** Saturday → Friday before, Sunday → Monday after. */
function observedFederal(date: string): string {
  const w = weekday(date);
  if (w === 6) return shiftDays(date, -1);
  if (w === 7) return shiftDays(date, 1);
  return date;
}

/** A statutory holiday; `fixed`: on a date (moved off a weekend when observed), not a weekday rule. */
interface StatutoryDay {
  date: string;
  name: string;
  fixed: boolean;
}

/** The statutory days of 5 U.S.C. 6103(a) in `year`, before moving weekend days. */
function statutoryFederal(year: number): StatutoryDay[] {
  const days: StatutoryDay[] = [{ date: isoDate(year, 1, 1), name: "New Year's Day", fixed: true }];
  if (year >= 1986)
    days.push({ date: nthWeekday(year, 1, 1, 3), name: 'Birthday of Martin Luther King, Jr.', fixed: false });
  days.push(mondayHoliday(year, "Washington's Birthday", [2, 3], [2, 22]));
  days.push(mondayHoliday(year, 'Memorial Day', [5, -1], [5, 30]));
  if (year >= 2021)
    days.push({ date: isoDate(year, 6, 19), name: 'Juneteenth National Independence Day', fixed: true });
  days.push({ date: isoDate(year, 7, 4), name: 'Independence Day', fixed: true });
  days.push({ date: nthWeekday(year, 9, 1, 1), name: 'Labor Day', fixed: false });
  days.push(mondayHoliday(year, 'Columbus Day', [10, 2], [10, 12]));
  // Moved to a Monday 1971–1977 only, then back to November 11.
  days.push(mondayHoliday(year, 'Veterans Day', [10, 4], [11, 11], 1977));
  days.push({ date: nthWeekday(year, 11, 4, 4), name: 'Thanksgiving Day', fixed: false });
  days.push({ date: isoDate(year, 12, 25), name: 'Christmas Day', fixed: true });
  return days;
}

/**
 * A holiday the Uniform Monday Holiday Act moved from a fixed date to the `nth` Monday of a month,
 * from 1971 (until `until`, for Veterans Day).
 */
function mondayHoliday(
  year: number,
  name: string,
  [month, nth]: [number, number],
  [fixedMonth, fixedDay]: [number, number],
  until = Number.POSITIVE_INFINITY,
): StatutoryDay {
  return year >= 1971 && year <= until
    ? { date: nthWeekday(year, month, 1, nth), name, fixed: false }
    : { date: isoDate(year, fixedMonth, fixedDay), name, fixed: true };
}

const federalCache = new Map<number, Holiday[]>();

/** The 6(a)(6)(A) holidays whose observed day falls in `year`, in date order. */
export function federalHolidays(year: number): Holiday[] {
  const cached = federalCache.get(year);
  if (cached) return cached;
  const out: Holiday[] = [];
  for (const y of [year, year + 1]) {
    for (const h of statutoryFederal(y)) {
      const observed = h.fixed ? observedFederal(h.date) : h.date;
      if (!observed.startsWith(`${year}-`)) continue;
      const holiday: Holiday = { date: observed, name: h.name, kind: 'federal' };
      if (observed !== h.date) holiday.actual = h.date;
      out.push(holiday);
    }
  }
  out.sort((a, b) => a.date.localeCompare(b.date));
  federalCache.set(year, out);
  return out;
}

interface DeclaredDay {
  date: string;
  name: string;
  order: string;
  source: string;
}

const DECLARED: ReadonlyMap<string, Holiday> = new Map(
  (declaredData.days as DeclaredDay[]).map((d) => [
    d.date,
    { date: d.date, name: `${d.name} (${d.order})`, kind: 'declared' as const, source: d.source },
  ]),
);

/** The maintained list of days declared by the President (6(a)(6)(B)), in date order. */
export function declaredHolidays(): Holiday[] {
  return [...DECLARED.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * State holidays that are not also federal ones, by state. Only what matters for counting: the
 * federal days are already holidays. Add a state with its statute.
 */
const STATE_HOLIDAYS: Record<string, { statute: string; days: (year: number) => Holiday[] }> = {
  MI: {
    // MCL 435.101: legal holidays "for the holding of courts"; a holiday falling on Sunday is kept the Monday after.
    statute: 'MCL 435.101',
    days: (year) => {
      const actual = isoDate(year, 2, 12);
      const date = weekday(actual) === 7 ? shiftDays(actual, 1) : actual;
      const h: Holiday = { date, name: "Lincoln's Birthday (Michigan, MCL 435.101)", kind: 'state' };
      if (date !== actual) h.actual = actual;
      return [h];
    },
  },
};

/** States with a table of their own holidays. */
export function statesWithHolidayTables(): string[] {
  return Object.keys(STATE_HOLIDAYS);
}

export function stateHolidays(state: string, year: number): Holiday[] {
  const table = STATE_HOLIDAYS[state.toUpperCase()];
  if (!table) throw new UnknownStateHolidaysError(state);
  return table.days(year);
}

export interface HolidayOptions {
  /** Use the maintained list of declared days (default true). */
  declared?: boolean;
  /** More declared days (`YYYY-MM-DD`), e.g. a closure not yet in the list. */
  extraDeclared?: readonly string[];
  /** Two-letter state whose holidays count too (6(a)(6)(C)); `null`/absent for none. */
  state?: string | null;
}

/** The legal holiday on `date` under these options, or `null`. Federal first, then declared, then state. */
export function holidayOn(date: string, options: HolidayOptions = {}): Holiday | null {
  const year = Number(date.slice(0, 4));
  const federal = federalHolidays(year).find((h) => h.date === date);
  if (federal) return federal;
  if (options.declared !== false) {
    const declared = DECLARED.get(date);
    if (declared) return declared;
  }
  if (options.extraDeclared?.includes(date)) {
    return { date, name: 'Day declared a holiday (option)', kind: 'declared' };
  }
  if (options.state) {
    const state = stateHolidays(options.state, year).find((h) => h.date === date);
    if (state) return state;
  }
  return null;
}
