/**
 * Dates as web pages print them, anywhere in a cell: `2024-01-05`, `01/05/2024`, `1/5/24`,
 * `01-05-2024`, `January 5, 2024`, `Jan. 5, 2024`, `Sept 5 2024`, `5 January 2024`. Numeric
 * day-month order is US (month first) unless the page says otherwise. Result: `YYYY-MM-DD`.
 */
import { MONTH_NUMBERS } from '../pacer/common.ts';

const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\\.?';

const ISO = /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/;
const NUMERIC = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.-])/;
const MONTH_FIRST = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DAY_FIRST = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i');

export type DayOrder = 'mdy' | 'dmy';

export function parseLooseDate(text: string | null | undefined, order: DayOrder = 'mdy'): string | null {
  if (!text) return null;
  let m = ISO.exec(text);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = MONTH_FIRST.exec(text);
  if (m) return ymd(Number(m[3]), MONTH_NUMBERS[m[1]!.toLowerCase()]!, Number(m[2]));
  m = DAY_FIRST.exec(text);
  if (m) return ymd(Number(m[3]), MONTH_NUMBERS[m[2]!.toLowerCase()]!, Number(m[1]));
  m = NUMERIC.exec(text);
  if (m) {
    let year = Number(m[4]);
    if (m[4]!.length === 2) year += year < 70 ? 2000 : 1900;
    const [month, day] = order === 'mdy' ? [Number(m[1]), Number(m[3])] : [Number(m[3]), Number(m[1])];
    return ymd(year, month, day);
  }
  return null;
}

function ymd(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
