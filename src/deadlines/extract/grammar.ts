/**
 * The lexical grammar of court-date language: number words with parenthetical numerals, calendar
 * dates in the forms docket clerks write, clock times, periods ("within fourteen (14) days of this
 * Order") and recurrences ("every other Monday beginning August 7, 2017"). Each building block is a
 * regex source (composable into bigger patterns) paired with a function that reads its match.
 * Everything here is pure: resolving a period to a due date belongs to the calendar.
 */
import type { DayInPeriod, OneDayInPeriod } from '../calendar.ts';

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const UNIT_WORDS = Object.keys(UNITS).sort((a, b) => b.length - a.length);
const TEN_WORDS = Object.keys(TENS);
const ONE_TO_NINE = UNIT_WORDS.filter((w) => UNITS[w]! >= 1 && UNITS[w]! <= 9);

/** "fourteen", "twenty-one", "twenty one", "one hundred", "one hundred twenty". */
export const NUMBER_WORD = `(?:(?:one\\s+|a\\s+)?hundred(?:\\s+(?:and\\s+)?(?:(?:${TEN_WORDS.join('|')})(?:[\\s-](?:${ONE_TO_NINE.join('|')}))?|${UNIT_WORDS.join('|')}))?|(?:${TEN_WORDS.join('|')})(?:[\\s-](?:${ONE_TO_NINE.join('|')}))?|${UNIT_WORDS.join('|')})`;

/** A count as courts write it: "14", "fourteen", "fourteen (14)", "14 (fourteen)", "a". */
export const QUANTITY = `(?:${NUMBER_WORD}\\s*\\(\\s*\\d{1,3}\\s*\\)|\\d{1,3}\\s*\\(\\s*${NUMBER_WORD}\\s*\\)|\\d{1,3}|${NUMBER_WORD})`;

export function numberWordValue(word: string): number | null {
  const w = word
    .toLowerCase()
    .replace(/\s+and\s+/g, ' ')
    .trim();
  let total = 0;
  let matched = false;
  for (const part of w.split(/[\s-]+/)) {
    if (part === 'a' || part === '') continue;
    if (part === 'hundred') {
      total = (total === 0 ? 1 : total) * 100;
      matched = true;
    } else if (part in UNITS) {
      total += UNITS[part]!;
      matched = true;
    } else if (part in TENS) {
      total += TENS[part]!;
      matched = true;
    } else return null;
  }
  return matched ? total : null;
}

/** The value of a QUANTITY match; the parenthetical numeral wins when words and digits disagree. */
export function quantityValue(text: string): number | null {
  const digits = /\d+/.exec(text);
  if (digits) return Number(digits[0]);
  return numberWordValue(text);
}

const MONTHS: [RegExp, number][] = [
  [/^jan/i, 1],
  [/^feb/i, 2],
  [/^mar/i, 3],
  [/^apr/i, 4],
  [/^may/i, 5],
  [/^jun/i, 6],
  [/^jul/i, 7],
  [/^aug/i, 8],
  [/^sep/i, 9],
  [/^oct/i, 10],
  [/^nov/i, 11],
  [/^dec/i, 12],
];

export const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
export const WEEKDAY =
  '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon\\.|Tue\\.|Tues\\.|Wed\\.|Thu\\.|Thurs\\.|Fri\\.|Sat\\.|Sun\\.)';
const ORDINAL_DAY = '(?:\\d{1,2})(?:st|nd|rd|th)?';

/**
 * A calendar date. Groups are named so `readDate` can tell the forms apart:
 * `6/20/2017`, `6/20/17`, `June 20, 2017`, `Tuesday, June 20, 2017`, `June 20th`, `20 June 2017`,
 * `the 20th day of June, 2017`, `2017-06-20`.
 */
export const DATE = [
  `(?:${WEEKDAY},?\\s+)?`,
  '(?:',
  '(?<us>\\d{1,2}\\/\\d{1,2}\\/(?:\\d{4}|\\d{1,2}))(?![\\d/])',
  `|(?<mdy>${MONTH}\\s+${ORDINAL_DAY}(?:,?\\s+(?:\\d{4}))?)(?![\\d:])`,
  // Day and month as whole words: "824 Market St." is no 24 March.
  `|(?<dmy>(?:the\\s+)?(?<![\\d/])${ORDINAL_DAY}\\s+(?:day\\s+of\\s+)?${MONTH}(?![A-Za-z])(?:,?\\s+\\d{4})?)(?![\\d:])`,
  '|(?<iso>\\d{4}-\\d{2}-\\d{2})',
  // "until 3-04-2016", "Motions due 7-14-04": month-day-year with hyphens (a two-digit year only
  // within two years of the entry, so never a case number).
  '|(?<usdash>(?<![\\d:-])\\d{1,2}-\\d{1,2}-(?:\\d{4}|\\d{2}))(?![\\d-])',
  ')',
].join('');

/** An hour in words: "ten o'clock in the morning", "2 o’clock p.m.", "nine in the morning". */
const HOUR_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})';
const TIME_IN_WORDS = `(?:${HOUR_WORD}(?:\\s+o['’]\\s?clock|(?=\\s+in\\s+the\\s+(?:morning|afternoon|evening)))(?:\\s+in\\s+the\\s+(?:morning|afternoon|evening)|\\s*[AaPp]\\.?\\s?[Mm]\\.?(?![a-z]))?)`;

/**
 * Clock times: `12:00 PM`, `5:00 p.m.`, `02:00PM`, `9 a.m.`, `noon`, `12:00 noon`, `midnight`,
 * `14:30`, and hours in words (`ten o'clock in the morning`).
 */
export const TIME =
  `(?:${TIME_IN_WORDS}|` +
  '(?:\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:[AaPp]\\.?\\s?[Mm]\\.?|noon\\b)?|(?<![\\d:])\\d{3,4}\\s*[AaPp]\\.?[Mm]\\.?(?![a-z])|\\d{1,2}\\s*[AaPp]\\.?[Mm]\\.?(?![a-z])|\\bnoon\\b|\\bmidnight\\b))';

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function validDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1) return null;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > last) return null;
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

function monthNumber(name: string): number | null {
  for (const [re, n] of MONTHS) if (re.test(name)) return n;
  return null;
}

/**
 * Read a DATE match as `YYYY-MM-DD`. A date written without a year ("June 20") takes the year
 * that puts it nearest after `reference` minus a month, the way a reader of a fresh order would.
 */
export function readDate(text: string, reference: string | null): string | null {
  const t = text.replace(new RegExp(`^${WEEKDAY},?\\s+`, 'i'), '').trim();
  let m = /^(\d{1,2})\/(\d{1,2})\/(\d{1,4})$/.exec(t);
  if (m) {
    let y = Number(m[3]);
    if (m[3]!.length === 2) y += y < 70 ? 2000 : 1900;
    // "Govt ddl 03/8/4" (clerks' minutes of the 2000s): a one-digit year is the entry's decade,
    // and only when that puts it within two years of the entry.
    if (m[3]!.length === 1) {
      if (!reference) return null;
      const refYear = Number(reference.slice(0, 4));
      y += refYear - (refYear % 10);
      if (Math.abs(y - refYear) > 2) return null;
    }
    if (m[3]!.length === 3) return null;
    return validDate(y, Number(m[1]), Number(m[2]));
  }
  m = /^(\d{1,2})-(\d{1,2})-(\d{4}|\d{2})$/.exec(t);
  if (m) {
    let y = Number(m[3]);
    if (m[3]!.length === 2) {
      if (!reference) return null;
      y += 2000 - (y >= 70 ? 100 : 0);
      if (Math.abs(y - Number(reference.slice(0, 4))) > 2) return null;
    }
    return validDate(y, Number(m[1]), Number(m[2]));
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) return validDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$/.exec(t);
  if (m) return withYear(monthNumber(m[1]!), Number(m[2]), m[3] ? Number(m[3]) : null, reference);
  m = /^(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:day\s+of\s+)?([A-Za-z]+)\.?(?:,?\s+(\d{4}))?$/i.exec(t);
  if (m) return withYear(monthNumber(m[2]!), Number(m[1]), m[3] ? Number(m[3]) : null, reference);
  return null;
}

function withYear(
  month: number | null,
  day: number,
  year: number | null,
  reference: string | null,
): string | null {
  if (month === null) return null;
  if (year !== null) return validDate(year, month, day);
  if (!reference) return null;
  const refYear = Number(reference.slice(0, 4));
  const floor = addDaysIso(reference, -31);
  for (const y of [refYear, refYear + 1]) {
    const iso = validDate(y, month, day);
    if (iso && iso >= floor) return iso;
  }
  return validDate(refYear + 1, month, day);
}

/** Read a TIME match as 24-hour `HH:MM`. */
export function readTime(text: string): string | null {
  const t = text.trim().toLowerCase();
  const words = hourInWords(t);
  if (words) return words;
  if (t === 'noon') return '12:00';
  if (t === 'midnight') return '00:00';
  // "@900am": hour and minutes run together.
  const compact = /^(\d{1,2})(\d{2})\s*([ap])\.?\s?m\.?$/.exec(t);
  const m = compact
    ? ([t, compact[1], compact[2], compact[3], undefined] as const)
    : /^(\d{1,2})(?::(\d{2}))?(?::\d{2})?\s*(?:([ap])\.?\s?m\.?|(noon))?$/.exec(t);
  if (!m) return null;
  let h = Number(m[1]);
  const min = m[2] ? Number(m[2]) : 0;
  if (m[4]) h = 12;
  else if (m[3] === 'p' && h < 12) h += 12;
  else if (m[3] === 'a' && h === 12) h = 0;
  // "arraignment set for 3:00 6/23/04": courts do not sit from one to six in the morning, so an
  // hour written without a.m./p.m. in that range is the afternoon's.
  else if (!m[3] && h >= 1 && h <= 6) h += 12;
  if (h > 23 || min > 59) return null;
  return `${pad2(h)}:${pad2(min)}`;
}

/** "ten o'clock in the morning" → 10:00, "two in the afternoon" → 14:00; `null` for other forms. */
function hourInWords(t: string): string | null {
  const m =
    /^(\w+)(?:\s+o['’]\s?clock)?(?:\s+in\s+the\s+(morning|afternoon|evening)|\s*([ap])\.?\s?m\.?)?$/.exec(t);
  if (!m || !/o['’]\s?clock|in\s+the\s/.test(t)) return null;
  let h = /^\d+$/.test(m[1]!) ? Number(m[1]) : numberWordValue(m[1]!);
  if (h === null || h < 1 || h > 12) return null;
  const pm = m[2] === 'afternoon' || m[2] === 'evening' || m[3] === 'p';
  const am = m[2] === 'morning' || m[3] === 'a';
  if (pm && h < 12) h += 12;
  else if (am && h === 12) h = 0;
  // Said without the part of the day: courts sit from seven to six (as for "3:00" unmarked).
  else if (!pm && !am && h >= 1 && h <= 6) h += 12;
  return `${pad2(h)}:00`;
}

/** `YYYY-MM-DD` plus `n` calendar days (no rolling: that is the calendar's business). */
export function addDaysIso(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** ISO weekday 1 (Monday) .. 7 (Sunday) of a `YYYY-MM-DD`. */
export function isoWeekday(iso: string): number {
  const d = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

export function weekdayNumber(name: string): number | null {
  const n = name.toLowerCase().slice(0, 3);
  const i = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].indexOf(n);
  return i < 0 ? null : i + 1;
}

export const PERIOD_UNIT = '(?:(?:business|court|calendar|judicial)\\s+)?(?:days?|weeks?|months?|hours?)';

/** "fourteen (14) days", "21 days", "seven business days", "48 hours", "two weeks". */
export const PERIOD = `(?<qty>${QUANTITY})[\\s-]+(?<unit>${PERIOD_UNIT})(?![a-z])`;

export type Unit = 'days' | 'business_days' | 'weeks' | 'months' | 'hours';

export function readUnit(text: string): Unit {
  const t = text.toLowerCase();
  if (/business|court|judicial/.test(t)) return 'business_days';
  if (t.startsWith('week')) return 'weeks';
  if (t.startsWith('month')) return 'months';
  if (t.startsWith('hour')) return 'hours';
  return 'days';
}

/** One temporal expression found in a sentence, with its place so rules can look around it. */
export interface Temporal {
  start: number;
  end: number;
  text: string;
  type: 'date' | 'period' | 'recurrence';
  date?: string | null;
  time?: string | null;
  n?: number;
  unit?: Unit;
  /** For periods: the words naming what the count runs from ("this Order", "service"). */
  triggerText?: string | null;
  /** For periods: counting back from the trigger ("seven days before the hearing"). */
  before?: boolean;
  recurrence?: {
    every: number;
    unit: 'days' | 'weeks' | 'months';
    weekday: number | null;
    firstDue: string | null;
    /** For months: where in each month or quarter ("the fifth business day", "the first Monday"). */
    day: DayInPeriod | null;
    /** Why the schedule cannot be read for sure (its words disagree): a person must read it. */
    unsure?: string;
  };
}

const DATE_RE = new RegExp(DATE, 'gi');
// "Monday, April 17, 2023- 09:30 A.M." (a court of appeals' argument notice): a dash before the time too.
const TIME_AT_RE = new RegExp(`^\\s*(?:,\\s*|-\\s*)?(?:at\\s+|@\\s*)?(${TIME})`, 'i');
/**
 * A 24-hour clock with no colon after "at" ("set for 3/15/2017 at 0930 in Courtroom 3", "at 1400
 * hours"): four digits a clock can read, not a street number ("at 1200 Main Street") or more digits.
 */
const MILITARY_AT_RE =
  /^\s*,?\s*(?:[Aa][Tt]\s+|@\s*)((?:[01]\d|2[0-3])[0-5]\d)(?:\s*(?:[Hh]ours|HOURS|[Hh]rs)\b)?(?![\d/:-]|\.\d|\s+[A-Z][a-z])/;
/**
 * A time zone an order names after a clock time: "5:00 p.m. Central Time", "11:59 p.m. (Eastern
 * Standard Time)", "noon PT". The hour is the court's own clock in every order read so far.
 */
export const TIME_ZONE = String.raw`(?:\(?(?:(?:Eastern|Central|Mountain|Pacific|Alaska|Hawaii|local)\s+(?:(?:Standard|Daylight)\s+)?[Tt]ime|[ECMP][SD]?T)\)?)`;
/** A time written before its date: "12:00 PM on 6/20/2017", "at 5:00 p.m. Central Time on March 31, 2028". */
const TIME_BEFORE_RE = new RegExp(`(${TIME})\\s*(?:,\\s*)?(?:${TIME_ZONE}\\s*,?\\s*)?(?:on\\s+)?$`, 'i');
const PERIOD_RE = new RegExp(
  `(?<!\\d[/:.-]?)\\b${PERIOD}(?:\\s+(?<rel>of|after|from|following|before|prior\\s+to|since|upon|of\\s+the\\s+date\\s+of|after\\s+the\\s+date\\s+of|from\\s+the\\s+date\\s+of|following\\s+the\\s+date\\s+of)\\s+(?<trigger>(?:[^.;,]|,\\s*(?=\\d{4}\\b)){1,80})|\\s+(?<bare>prior|beforehand|in\\s+advance|before(?=\\s*(?:[.;,)]|$)))\\b(?!\\s+(?:to|of)\\b))?`,
  'gi',
);

/** A day of the month in ordinal words, "first" … "thirty-first". */
const DAY_ORDINAL_WORDS =
  '(?:(?:twenty|thirty)[-\\s](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)';

/** The number of a day ordinal: "tenth" → 10, "twenty-first" → 21, "3rd" → 3. */
export function dayOrdinalValue(ordinal: string): number | null {
  const digits = /^\d+/.exec(ordinal);
  if (digits) return Number(digits[0]);
  const irregular: Record<string, string> = {
    first: 'one',
    second: 'two',
    third: 'three',
    fifth: 'five',
    eighth: 'eight',
    ninth: 'nine',
    twelfth: 'twelve',
  };
  const cardinal = ordinal
    .toLowerCase()
    .split(/[-\s]+/)
    .map((w) => irregular[w] ?? w.replace(/ieth$/, 'y').replace(/th$/, ''))
    .join(' ');
  return numberWordValue(cardinal);
}

/** Ordinals that number one paper of a series ("Third Monthly Application"). */
const ORDINAL_WORDS =
  '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|[a-z]+ieth|twenty-[a-z]+|thirty-[a-z]+)';
const RECURRENCE_RE = new RegExp(
  [
    `\\bevery\\s+(?:(?<n>${QUANTITY})\\s+|(?<nth>other|second|third)\\s+)?(?<unit>days?|weeks?|months?)`,
    `|\\bevery\\s+(?<other>other\\s+|second\\s+)?(?<wd>${WEEKDAY})`,
    `|\\b(?:at|in)\\s+(?<ni>${QUANTITY})[-\\s]+(?<ui>day|week|month)\\s+intervals(?:\\s+thereafter)?`,
    // ("Statement of Current Monthly Income", the means-test form, names a paper, not a schedule; so
    // does one of a numbered series, "Third Monthly Application of X", "2nd Monthly Fee Statement".)
    `|(?<!\\b(?:${ORDINAL_WORDS}|\\d+(?:st|nd|rd|th))[-\\s]+)\\b(?<bi>bi-?weekly|bi-?monthly|weekly|monthly|quarterly)\\b(?!\\s+(?:net\\s+)?income\\b)`,
    // "a report every quarter", "once each calendar quarter": quarterly.
    `|\\b(?:every|each|once\\s+(?:a|per|each|every))\\s+(?:calendar\\s+)?(?<quarter>quarter)\\b(?!\\s+(?:ending|that\\s+ends)\\b)`,
    // Twice a year: "semi-annually", "semiannual reports", "twice a year", "twice yearly".
    `|(?<!\\b(?:${ORDINAL_WORDS}|\\d+(?:st|nd|rd|th))[-\\s]+)\\b(?<semi>semi-?annual(?:ly)?|twice\\s+(?:a|per|each|every)\\s+(?:calendar\\s+)?year|twice\\s+yearly)\\b`,
    // Every other month by the calendar: "in odd-numbered months", "during even-numbered months".
    `|\\b(?:in|during)\\s+(?:the\\s+|each\\s+)?(?<parity>odd|even)[-\\s]numbered\\s+months\\b`,
    // A stated day of each month or quarter: "on the fifteenth day of each month", "on or before the
    // sixteenth (16th) day of each month" (the day in words, then in figures), "on or before the
    // 10th of every month", "by the fifth business day of each month", "no later than the last
    // business day of each month", "on the first Monday of each month".
    // Two days of each month: "on the 15th and the last day of each month", "on the first and
    // fifteenth days of every month".
    `|\\b(?:on\\s+or\\s+before|(?:no|not)\\s+later\\s+than|on|by|due)\\s+the\\s+(?<dom>last|${DAY_ORDINAL_WORDS}|\\d{1,2}(?:st|nd|rd|th)?)(?:\\s*\\(\\d{1,2}(?:st|nd|rd|th)?\\))?(?:\\s+(?:day\\s+)?and\\s+(?:on\\s+)?(?:the\\s+)?(?<dom2>last|${DAY_ORDINAL_WORDS}|\\d{1,2}(?:st|nd|rd|th)?)(?:\\s*\\(\\d{1,2}(?:st|nd|rd|th)?\\))?)?\\s+(?:(?<bd>business|court|working)\\s+days?\\s+|(?<dwd>${WEEKDAY})\\s+|days?\\s+)?of\\s+(?:each|every)\\s+(?:calendar\\s+)?(?<per>month|quarter)`,
    // A stated day of named months, a calendar of its own: "on or before the twentieth day of
    // January, April, July, and October of each year", "by the last business day of March, June,
    // September and December", "on the 15th of January and July".
    `|\\b(?:on\\s+or\\s+before|(?:no|not)\\s+later\\s+than|on|by|due)\\s+the\\s+(?<mdom>last|${DAY_ORDINAL_WORDS}|\\d{1,2}(?:st|nd|rd|th)?)(?:\\s*\\(\\d{1,2}(?:st|nd|rd|th)?\\))?\\s+(?:(?<mbd>business|court|working)\\s+day\\s+|day\\s+)?of\\s+(?<months>${MONTH}(?:\\s*,\\s*(?:and\\s+)?${MONTH}|\\s+and\\s+${MONTH})*)(?<yearly>\\s*,?\\s+(?:of\\s+)?(?:each|every)\\s+(?:calendar\\s+)?year)?(?![A-Za-z]|\\s+\\d)`,
    // Days after each period's end: "within thirty days after the end of each calendar quarter",
    // "no later than 45 days following the close of each quarter".
    `|\\b(?:within|(?:no|not)\\s+later\\s+than)\\s+(?<qn>${QUANTITY})\\s+(?:calendar\\s+)?days\\s+(?:after|following|from)\\s+the\\s+(?:end|close)\\s+of\\s+(?:each|every)\\s+(?:calendar\\s+)?(?<qper>month|quarter|year)`,
  ].join(''),
  'gi',
);
/** The day of the week a weekly series falls on, later in its sentence: "…, each Friday", "on Mondays". */
const WEEKDAY_OF_SERIES = new RegExp(`^[^.;]{0,100}?\\b(?:each|on)\\s+(${WEEKDAY})s?\\b`, 'i');
const BEGINNING_RE = new RegExp(
  `^[^.;]{0,80}?\\b(?:beginning|starting|commencing|with\\s+the\\s+first\\s+(?:report\\s+)?due)\\s+(?:on\\s+)?(${DATE})`,
  'i',
);
/** The first month named without a day: "beginning December 2026", "beginning in March 2027". */
const BEGINNING_MONTH_RE = new RegExp(
  `^[^.;]{0,80}?\\b(?:beginning|starting|commencing)\\s+(?:in\\s+|with\\s+(?:the\\s+month\\s+of\\s+)?)?(${MONTH})\\s*,?\\s+(\\d{4})\\b`,
  'i',
);
/** The first said before the schedule, opening its sentence: "Beginning June 2026, …", "Starting on D, …". */
const OPENING_BEGINNING_RE = new RegExp(
  `(?:^|[.;:]\\s+|^\\s*\\d{1,2}\\.\\s+)(?:Beginning|Starting|Commencing)\\s+(?:(?:in|on|with)\\s+)?(?:(?<od>${DATE})|(?<om>${MONTH})\\s*,?\\s+(?<oy>\\d{4}))\\s*,[^.;]*$`,
  'i',
);
/** The first period named by its end: "beginning with the quarter ending September 30, 2027". */
const BEGINNING_PERIOD_RE = new RegExp(
  `^[^.;]{0,80}?\\b(?:beginning|starting|commencing)\\s+with\\s+the\\s+(?:calendar\\s+)?(?:month|quarter|year)\\s+(?:ending|that\\s+ends)\\s+(?:on\\s+)?(${DATE})`,
  'i',
);

/** Where in each period a stated day falls (`DayInPeriod`), from the words matched; null when unreadable. */
function dayInPeriodOf(g: Record<string, string | undefined>): OneDayInPeriod | null {
  if (g.qn) {
    const days = quantityValue(g.qn);
    return days === null ? null : { kind: 'after-end', days };
  }
  const word = g.dom!.toLowerCase();
  const n = word === 'last' ? -1 : dayOrdinalValue(word);
  if (n === null || n === 0) return null;
  if (g.dwd) return n > 5 ? null : { kind: 'weekday', weekday: weekdayNumber(g.dwd)!, n };
  // (No month has more than 23 business days: "the 28 business day" is a slip, left unread.)
  if (g.bd) return n > 23 ? null : { kind: 'business-day', n };
  return n > 31 ? null : { kind: 'day', n };
}

/** `days` after a civil date (the first report due after the period the words name). */
function afterDays(date: string | null, days: number): string | null {
  if (!date) return null;
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The calendar of named months ("January, April, July, and October"): their numbers, and the months
 * between one and the next — null unless evenly spaced through the year (one schedule, one interval).
 */
function namedMonths(words: string): { months: number[]; every: number } | null {
  const months = [
    ...new Set([...words.matchAll(new RegExp(MONTH, 'gi'))].map((m) => monthNumber(m[0])!)),
  ].sort((a, b) => a - b);
  const every = 12 / months.length;
  if (!Number.isInteger(every)) return null;
  return months.every((m, i) => i === 0 || m - months[i - 1]! === every) ? { months, every } : null;
}

/**
 * The first day on or after `lower` in one of `months`: `lower` itself when its month is one, else the
 * first of the next such month. (A stated day before `lower` in that month falls to the next period.)
 */
function firstInMonths(months: readonly number[], lower: string): string {
  const d = new Date(`${lower}T00:00:00Z`);
  for (let k = 0; k < 12; k++, d.setUTCDate(1), d.setUTCMonth(d.getUTCMonth() + 1))
    if (months.includes(d.getUTCMonth() + 1)) return d.toISOString().slice(0, 10);
  return lower;
}

/** Named months beside a frequency: "in February, April, June, August, October and December". */
const IN_MONTHS_RE = new RegExp(
  `\\b(?:in|during)\\s+(?:the\\s+months\\s+of\\s+|each\\s+of\\s+)?(${MONTH}(?:\\s*,\\s*(?:and\\s+)?${MONTH}|\\s+and\\s+${MONTH})+)(?![A-Za-z]|\\s*\\d)`,
  'i',
);
/** Days of named months beside a frequency: "on January 15 and July 15", "by March 1 and September 1". */
const ON_MONTH_DAYS_RE = new RegExp(
  `\\b(?:on|by|due)\\s+(?:or\\s+before\\s+)?(${MONTH}\\s+${ORDINAL_DAY}(?:\\s*,\\s*(?:and\\s+)?${MONTH}\\s+${ORDINAL_DAY}|\\s+and\\s+${MONTH}\\s+${ORDINAL_DAY})+)(?![\\d:/])(?!,?\\s+\\d{4})(?:\\s*,?\\s+(?:of\\s+)?(?:each|every)\\s+(?:calendar\\s+)?year)?`,
  'i',
);
/** Odd or even months named beside a frequency ("in odd-numbered months"). */
const PARITY_MONTHS_RE = /\b(?:in|during)\s+(?:the\s+|each\s+)?(odd|even)[-\s]numbered\s+months\b/i;
/** A day in the month a calendar of months names: "on the fifteenth day of the month", "by the last business day of that month". */
const DAY_OF_THE_MONTH_RE = new RegExp(
  `\\b(?:on\\s+or\\s+before|(?:no|not)\\s+later\\s+than|on|by)\\s+the\\s+(last|${DAY_ORDINAL_WORDS}|\\d{1,2}(?:st|nd|rd|th)?)\\s+(?:(business|court|working)\\s+day\\s+|day\\s+)?of\\s+(?:the|that|each\\s+such)\\s+month\\b`,
  'i',
);

/**
 * The calendar a frequency's sentence gives it (around `[at, end)`, the frequency's words): the
 * months named — as a list, as days of months, or odd/even — evenly spaced (`every`), and its day in
 * them; `unsure` when the words name months unevenly or different days; `span` the words to keep
 * from being read as dates of their own.
 */
function monthCalendar(
  text: string,
  at: number,
  end: number,
): { months?: number[]; every?: number; day?: DayInPeriod; unsure?: string; spans: [number, number][] } {
  const from = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf(';', at)) + 1;
  const stops = [text.indexOf('. ', end), text.indexOf(';', end)].filter((i) => i >= 0);
  const to = stops.length > 0 ? Math.min(...stops) : text.length;
  const sentence = text.slice(from, to);
  const out: ReturnType<typeof monthCalendar> = { spans: [] };
  const dayWords = DAY_OF_THE_MONTH_RE.exec(sentence);
  if (dayWords) {
    const d = dayInPeriodOf({ dom: dayWords[1], bd: dayWords[2] });
    if (d) out.day = d;
    out.spans.push([from + dayWords.index, from + dayWords.index + dayWords[0].length]);
  }
  const list = IN_MONTHS_RE.exec(sentence);
  const dated = list ? null : ON_MONTH_DAYS_RE.exec(sentence);
  const parity = list || dated ? null : PARITY_MONTHS_RE.exec(sentence);
  const found = list ?? dated ?? parity;
  if (!found) return out;
  out.spans.push([from + found.index, from + found.index + found[0].length]);
  const named = parity
    ? { months: parity[1]!.toLowerCase() === 'odd' ? [1, 3, 5, 7, 9, 11] : [2, 4, 6, 8, 10, 12], every: 2 }
    : namedMonths(found[1]!);
  if (!named) return { ...out, unsure: 'the months named are not evenly spaced' };
  out.months = named.months;
  out.every = named.every;
  if (dated) {
    const days = [...found[1]!.matchAll(new RegExp(`${MONTH}\\s+(${ORDINAL_DAY})`, 'gi'))].map((x) =>
      Number.parseInt(x[1]!, 10),
    );
    if (new Set(days).size !== 1) return { ...out, unsure: 'the days named differ from month to month' };
    const listed: DayInPeriod = { kind: 'day', n: days[0]! };
    if (out.day && JSON.stringify(out.day) !== JSON.stringify(listed))
      return { ...out, unsure: 'two days of the month are named' };
    out.day = listed;
  }
  return out;
}

/** Months in one period of a stated day: a month, a quarter (3), a year (12). */
function periodMonths(per: string | undefined): number {
  const p = (per ?? 'month').toLowerCase();
  return p === 'quarter' ? 3 : p === 'year' ? 12 : 1;
}

/**
 * Every date (with an attached clock time), period and recurrence in `text`, in order.
 * `reference` (the entry's filing date) supplies the year for dates written without one.
 */
export function scanTemporals(text: string, reference: string | null): Temporal[] {
  const out: Temporal[] = [];
  const taken: [number, number][] = [];
  const free = (s: number, e: number) => taken.every(([a, b]) => e <= a || s >= b);

  for (const m of text.matchAll(RECURRENCE_RE)) {
    // (Words an earlier schedule's calendar took: "every other month, in odd-numbered months".)
    if (!free(m.index, m.index + m[0].length)) continue;
    const g = m.groups ?? {};
    let every = 1;
    let unit: 'days' | 'weeks' | 'months' = 'weeks';
    let weekday: number | null = null;
    let day: DayInPeriod | null = null;
    /** The months a stated day falls in, when the words fix them (named months, calendar quarters). */
    let months: number[] | null = null;
    if (g.unit || g.ui) {
      const u = (g.unit ?? g.ui)!.toLowerCase();
      every =
        g.n || g.ni
          ? (quantityValue((g.n ?? g.ni)!) ?? 1)
          : g.nth
            ? g.nth.toLowerCase() === 'third'
              ? 3
              : 2
            : 1;
      unit = u.startsWith('day') ? 'days' : u.startsWith('week') ? 'weeks' : 'months';
    } else if (g.wd) {
      every = g.other ? 2 : 1;
      weekday = weekdayNumber(g.wd);
      // "weekly declarations of compliance, every Friday": one schedule said twice in one sentence —
      // the day joins the frequency said first, never a second series.
      const weekly = out.find(
        (o) =>
          o.recurrence?.unit === 'weeks' &&
          o.recurrence.every === every &&
          o.recurrence.weekday === null &&
          !/[.;]/.test(text.slice(o.end, m.index)),
      );
      if (weekly) {
        weekly.recurrence!.weekday = weekday;
        continue;
      }
    } else if (g.bi) {
      const b = g.bi.toLowerCase().replace('-', '');
      if (b === 'biweekly') every = 2;
      // "weekly declarations of compliance, each Friday", "weekly reports on Mondays": the day of the week.
      const on = b.endsWith('weekly') ? WEEKDAY_OF_SERIES.exec(text.slice(m.index + m[0].length)) : null;
      if (on) weekday = weekdayNumber(on[1]!);
      if (b.endsWith('monthly') || b === 'quarterly') {
        unit = 'months';
        every = b === 'bimonthly' ? 2 : b === 'quarterly' ? 3 : 1;
      }
    } else if (g.quarter) {
      unit = 'months';
      every = 3;
    } else if (g.semi) {
      unit = 'months';
      every = 6;
    } else if (g.parity) {
      unit = 'months';
      every = 2;
      months = g.parity.toLowerCase() === 'odd' ? [1, 3, 5, 7, 9, 11] : [2, 4, 6, 8, 10, 12];
    } else if (g.dom || g.qn) {
      unit = 'months';
      every = periodMonths(g.per ?? g.qper);
      const one = dayInPeriodOf(g);
      if (!one) continue;
      day = one;
      if (g.dom2) {
        const second = dayInPeriodOf({ ...g, dom: g.dom2 });
        if (!second || g.per?.toLowerCase() !== 'month') continue;
        day = { kind: 'days-of-month', each: [one, second] };
      }
      // A calendar quarter's day: its first month's ("the fifth business day of each quarter"), or its
      // last month's ("the last business day of each calendar quarter").
      if (g.per?.toLowerCase() === 'quarter' && one.kind !== 'after-end')
        months = one.n < 0 ? [3, 6, 9, 12] : [1, 4, 7, 10];
    } else if (g.mdom) {
      const named = namedMonths(g.months!);
      // One month is a schedule only said yearly ("the tenth day of September of each year").
      if (named?.months.length === 1 && !g.yearly) continue;
      day = dayInPeriodOf({ dom: g.mdom, bd: g.mbd });
      if (!named || !day) continue;
      unit = 'months';
      every = named.every;
      months = named.months;
    }
    // A frequency in months read with the calendar its sentence names ("every other month, in
    // February, April, June …", "semi-annually, on January 15 and July 15", "in odd-numbered months,
    // on the tenth day of the month"): the months it falls in, and its day in them. Words that
    // disagree are not guessed at (`unsure`).
    let unsure: string | undefined;
    let scheduleEnd = m.index + m[0].length;
    if (unit === 'months' && !g.dom && !g.qn && !g.mdom) {
      const cal = monthCalendar(text, m.index, m.index + m[0].length);
      taken.push(...cal.spans);
      // The calendar's words right after the frequency are the schedule's, not the paper's name.
      for (const [a, b] of [...cal.spans].sort((x, y) => x[0] - y[0]))
        if (a >= scheduleEnd && /^[\s,]*(?:and\s+)?$/.test(text.slice(scheduleEnd, a))) scheduleEnd = b;
      if (cal.unsure) unsure = cal.unsure;
      else if (cal.months && months && cal.months.join() !== months.join())
        unsure = 'the months named are not the ones the frequency says';
      else if (cal.months && cal.every !== every)
        unsure = `the months named do not come every ${every === 1 ? 'month' : `${every} months`}`;
      else {
        months = cal.months ?? months;
        day = cal.day ?? day;
        // "in February, April, June …" with no day: due within each such month, by its last day.
        if (months && !day) day = { kind: 'day', n: -1 };
      }
    }
    // "monthly, on or before the 10th day of each month, beginning D" and "no later than the
    // fifteenth day of each month, beginning D, … file a monthly compliance report": one schedule,
    // said twice in one sentence — the stated day joins the other words' schedule, once.
    const said = out.find(
      (o) =>
        o.recurrence?.unit === 'months' &&
        o.recurrence.every === every &&
        (o.recurrence.day === null) !== (day === null) &&
        !/[.;]/.test(text.slice(o.end, m.index)),
    );
    if (said && unit === 'months') {
      said.recurrence!.day ??= day;
      if (months && reference)
        said.recurrence!.firstDue = firstInMonths(
          months,
          said.recurrence!.firstDue ?? afterDays(reference, 1)!,
        );
      continue;
    }
    const tail = text.slice(scheduleEnd);
    const begin = BEGINNING_RE.exec(tail);
    const beginMonth = begin ? null : BEGINNING_MONTH_RE.exec(tail);
    const beginPeriod = begin || beginMonth ? null : BEGINNING_PERIOD_RE.exec(tail);
    let firstDue = begin
      ? readDate(begin[1]!, reference)
      : beginMonth
        ? readDate(`${beginMonth[1]} 1, ${beginMonth[2]}`, reference)
        : beginPeriod && day?.kind === 'after-end'
          ? afterDays(readDate(beginPeriod[1]!, reference), day.days)
          : null;
    // "Beginning June 2026, the County shall file … on the twentieth day of each month": the first
    // said before the schedule, opening its sentence.
    const opening = firstDue ? null : OPENING_BEGINNING_RE.exec(text.slice(0, m.index));
    if (opening)
      firstDue = opening.groups!.od
        ? readDate(opening.groups!.od, reference)
        : readDate(`${opening.groups!.om} 1, ${opening.groups!.oy}`, reference);
    // The first occurrence falls in one of those months: the schedule's periods start there.
    if (months && reference) firstDue = firstInMonths(months, firstDue ?? afterDays(reference, 1)!);
    const said2 = begin ?? beginMonth ?? beginPeriod;
    const end = said2 ? scheduleEnd + said2[0].length : scheduleEnd;
    // "file a status report by January 9, 2020 and at thirty day intervals thereafter": the day
    // before the intervals is the first.
    let start = m.index;
    if (!firstDue && g.ui) {
      const lead = text.slice(Math.max(0, m.index - 80), m.index);
      const first = new RegExp(`\\b(?:by|on|before)\\s+(${DATE})\\s*,?\\s+and\\s*$`, 'i').exec(lead);
      const d = first ? readDate(first[1]!, reference) : null;
      if (first && d) {
        firstDue = d;
        start = m.index - (lead.length - first.index);
      }
    }
    out.push({
      start,
      end,
      text: text.slice(start, end),
      type: 'recurrence',
      recurrence: { every, unit, weekday, firstDue, day, ...(unsure ? { unsure } : {}) },
    });
    taken.push([start, end]);
  }

  for (const m of text.matchAll(DATE_RE)) {
    const s = m.index;
    const e = s + m[0].length;
    if (!free(s, e)) continue;
    const core = m.groups?.us ?? m.groups?.mdy ?? m.groups?.dmy ?? m.groups?.iso ?? m.groups?.usdash ?? m[0];
    // "May" is also a verb: "Plaintiff may 5 ..." never happens, but "may file" does; require a day
    // number, and in capitals a year too ("EXTENDED TO MAY 5, 2006").
    if (
      m.groups?.mdy &&
      /^may$/i.test(core.split(/\s/)[0]!) &&
      !/^May\s/.test(core) &&
      !/^MAY\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}$/.test(core)
    )
      continue;
    const date = readDate(core, reference);
    if (!date) continue;
    let time: string | null = null;
    let start = s;
    let end = e;
    const after = TIME_AT_RE.exec(text.slice(e, e + 24));
    // (Four digits that are the date's own year are no clock: "on D at 2017" is a slip, not 20:17.)
    const clock = after ? null : MILITARY_AT_RE.exec(text.slice(e, e + 24));
    const military = clock && !date.startsWith(clock[1]!) ? clock : null;
    if (after) {
      time = readTime(after[1]!);
      end = e + after[0].length;
    } else if (military) {
      time = `${military[1]!.slice(0, 2)}:${military[1]!.slice(2)}`;
      end = e + military[0].length;
    } else {
      // "set for 9:00 10/19/04", "12:00 PM on 6/20/2017": the time written before the date.
      // (Wide enough for a named zone between: "11:59 p.m. (Eastern Daylight Time) on D".)
      const lead = text.slice(Math.max(0, s - 60), s);
      const before = TIME_BEFORE_RE.exec(lead);
      if (before) {
        time = readTime(before[1]!);
        start = s - (lead.length - before.index);
      }
    }
    out.push({ start, end, text: text.slice(start, end), type: 'date', date, time });
    taken.push([start, end]);
  }

  // Matched one at a time: the next search starts where this period's trigger words end, not where
  // the match's 80 characters of possible trigger end ("respondent's brief will be due 30 days
  // following service of petitioner's brief and petitioner's reply brief will be due 14 days …":
  // two periods).
  const periodRe = new RegExp(PERIOD_RE.source, PERIOD_RE.flags);
  for (let m = periodRe.exec(text); m !== null; m = periodRe.exec(text)) {
    const g = m.groups ?? {};
    const s = m.index;
    const unitEnd = s + m[0].indexOf(g.unit!, g.qty!.length) + g.unit!.length;
    periodRe.lastIndex = s + m[0].length;
    if (!free(s, unitEnd)) continue;
    const n = quantityValue(g.qty!);
    if (n === null) continue;
    const rel = g.rel ? g.rel.toLowerCase().replace(/\s+/g, ' ') : null;
    const trigger = rel && g.trigger ? cutTrigger(g.trigger) : null;
    const end = trigger
      ? s + m[0].lastIndexOf(g.trigger!) + trigger.length
      : g.bare
        ? s + m[0].length
        : unitEnd;
    periodRe.lastIndex = Math.max(end, unitEnd);
    out.push({
      start: s,
      end,
      text: text.slice(s, end),
      type: 'period',
      n,
      unit: readUnit(g.unit!),
      triggerText: trigger ? (rel!.includes('date of') ? `the date of ${trigger}` : trigger) : null,
      // "due 7 days prior", "7 days before." (nothing after it): before the event the sentence names (the reader finds it).
      before: rel === 'before' || rel === 'prior to' || Boolean(g.bare),
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The trigger words end where a new clause starts ("of this Order to file ..." -> "this Order"). */
function cutTrigger(t: string): string {
  const stop =
    /\s+(?:to|in\s+which|within|and\s+(?:shall|may|must)|and\s+(?:the\s+)?[\w'’]+(?:\s+[\w'’]+){0,3}\s+(?:will|shall|must)\s+be\b|shall|must|may|will|unless|regarding|concerning|which|that|or|if|pending|for)\s/i.exec(
      ` ${t} `,
    );
  const cut = stop ? ` ${t} `.slice(0, stop.index).trim() : t.trim();
  return cut.replace(/\s*\(.*$/, '').trim();
}

/** "service of this Order": the order's service on a party, which may come after its entry. */
export const SERVICE_OF_THIS_ORDER =
  /^(?:the\s+)?(?:date\s+of\s+)?service\s+(?:of\s+)?(?:(?:a\s+)?copy\s+of\s+)?(?:this|the\s+instant|the\s+present)\s+(?:(?:text|minute)\s+)?order\b/i;
/**
 * The order sends a party (or the clerk) to serve it — "Petitioners shall serve this Order on the
 * United States Attorney's Office forthwith", "The Clerk is directed to serve a copy of this Order on
 * Respondents": it reaches the one served on the day its certificate of service says, not on entry.
 */
const ORDER_TO_BE_SERVED =
  /\b(?:shall|must|will|(?:is|are)\s+(?:hereby\s+)?(?:directed|ordered|instructed)\s+to)\s+(?:promptly\s+|immediately\s+|forthwith\s+)?serve\s+(?:a\s+(?:true\s+)?copy\s+of\s+)?(?:this|the\s+instant|the\s+present)\s+(?:(?:text|minute)\s+)?order\b/i;

/**
 * Is a period counted from this order's service an event still to come? Yes when the order itself
 * sends someone to serve it: its certificate of service dates the period (an order served through
 * CM/ECF alone reaches the parties on entry).
 */
export function servedLater(trigger: string | null | undefined, orderText: string): boolean {
  return SERVICE_OF_THIS_ORDER.test((trigger ?? '').trim()) && ORDER_TO_BE_SERVED.test(orderText);
}

/**
 * The mailing of a notice an order directs, as a period's trigger: "within thirty days after the
 * notice is mailed", "within three days after completing the mailing", "of the mailing of the class
 * notice" — an act its certificate (of compliance, of mailing) dates.
 */
const MAILING_TRIGGER =
  /^(?:the\s+)?(?:(?:class\s+|approved\s+|settlement\s+)*notice\s+(?:is|has\s+been|was)\s+(?:mailed|sent)|(?:completing|completion\s+of)\s+(?:the\s+)?mailing|(?:date\s+of\s+)?(?:the\s+)?mailing\s+of\s+(?:the\s+)?(?:class\s+|approved\s+|settlement\s+)*notice)\b/i;

/**
 * The act of an order a period counts from that a later certificate dates: the order's service
 * (when it sends someone to serve it: `servedLater`), or the mailing of its notice. `null` otherwise.
 */
export function certifiedAct(trigger: string | null | undefined): 'service' | 'mailing' | null {
  const words = (trigger ?? '').trim();
  return SERVICE_OF_THIS_ORDER.test(words) ? 'service' : MAILING_TRIGGER.test(words) ? 'mailing' : null;
}

/** Does the trigger name the entry itself ("this Order", "the date of this order", "entry of this Opinion")? */
export function triggerIsThisEntry(trigger: string | null | undefined): boolean {
  if (!trigger) return false;
  // "within 21 days of the mailing of this notice": the mailing is an event of its own, undated here.
  if (/^(?:the\s+)?(?:mailing|service|receipt)\s+of\s+this\s+notice\b/i.test(trigger.trim())) return false;
  // "the Third Circuit issues its mandate in any appeal of this Order", "the resolution of any appeal
  // from this order": an act in an appeal that has not happened, not this order's entry.
  if (/\b(?:mandate|appeals?)\b[^.;]*?\b(?:this|the\s+instant|the\s+present)\s+order\b/i.test(trigger))
    return false;
  return /\b(?:this|the\s+instant|the\s+present|today'?s)\s+(?:order|opinion|minute\s+order|text\s+order|judgment|memorandum|decision|notice|report(?:\s+and\s+recommendations?)?|recommendations?|findings)\b|\btoday\b|\bthe\s+date\s+hereof\b|\bentry\s+(?:hereof|of\s+this)\b/i.test(
    trigger,
  );
}

/**
 * Does the trigger name the order's own date ("the date of this order", "the date hereof", "today"),
 * not its entry ("entry of this Order") or service? The order's date is the day it was signed.
 */
export function triggerIsOrdersDate(trigger: string | null | undefined): boolean {
  return /^(?:the\s+)?date\s+(?:of\s+(?:this|the\s+instant|the\s+present)\s+(?:order|opinion|memorandum|decision|judgment)|hereof)\b|^today\b/i.test(
    (trigger ?? '').trim(),
  );
}

/**
 * Does the trigger name the filing of the very paper the entry is ("no later than 5 calendar days from
 * the date of the filing of the petition" printed in the petition's own entry)? The paper is named at
 * the head of the entry's text ("Chapter 7 Voluntary Petition, Schedules …"), so its filing is the
 * entry's date.
 */
export function triggerIsOwnFiling(trigger: string | null | undefined, entryText: string): boolean {
  // "the filing of the petition", "the filing date of a Notice of Appeal" (CM/ECF's instruction
  // printed in every notice of appeal), "the date of filing of the notice of removal".
  const m =
    /^(?:the\s+)?(?:(?:date\s+of\s+(?:the\s+)?)?filing|filing\s+date|date\s+of\s+filing)\s+of\s+(?:the\s+|this\s+|a\s+|an\s+)?([a-z]+(?:\s+of\s+[a-z]+)?)$/i.exec(
      (trigger ?? '').trim(),
    );
  if (!m) return false;
  const head = entryText.slice(0, 60).split(/[,.;(]/)[0]!;
  return new RegExp(`\\b${m[1]!.replace(/\s+/g, '\\s+')}\\b`, 'i').test(head);
}

/**
 * The court of appeals' act a period counts from, by the words naming its trigger: "the Court of
 * Appeals issues its mandate", "the mandate issues" → `mandate`; "the Tenth Circuit issues its
 * decision", "the court of appeals rules on the appeal" → `decision`; `null` for anything else.
 */
export function appellateTrigger(words: string | null | undefined): 'decision' | 'mandate' | null {
  if (!words) return null;
  if (/\bmandate\b/i.test(words)) return 'mandate';
  const appeals =
    /\b(?:court\s+of\s+appeals|appeals\s+court|appellate\s+court|(?:\w+\s+)?circuit(?:\s+court)?)\b/i.test(
      words,
    );
  return appeals &&
    /\b(?:decision|decides|decided|rul(?:es|ing|ed)|opinion|judgment|resolution|resolves|resolved|disposition)\b/i.test(
      words,
    )
    ? 'decision'
    : null;
}
