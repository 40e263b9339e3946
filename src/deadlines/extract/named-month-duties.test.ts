/**
 * A duty on a stated day of named months — a calendar of its own (try-out 11 R9: "on or before the
 * twentieth day of January, April, July, and October of each year") — and a calendar quarter's day:
 * - the named months, evenly spaced through the year, are the schedule: every three months for four
 *   months, every six for two, once a year for one; each occurrence on that day of a named month (a
 *   business day counted on the court's calendar; a weekend or legal holiday rolled forward);
 * - the first is the first such day after the order, or on or after the first the order says;
 * - months not evenly spaced ("March, April and December") are no one schedule: no recurring duty;
 * - "the fifth business day of each calendar quarter" falls in a quarter's first month, "the last
 *   business day of each calendar quarter" in its last, whatever the order's month.
 * Fictional parties; courts other than the try-out's.
 */
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { isBusinessDay, recurringDeadlines, scheduleOf } from '../calendar.ts';
import { analyzeEntry } from './index.ts';

function recurring(court: string, filed: string, documentText: string) {
  const a = analyzeEntry(
    { number: '31', dateFiled: filed, text: 'ORDER on reporting. (ab)', documentText },
    { court },
  );
  return a.deadlines.filter((d) => d.recurrence);
}

interface Case {
  court: string;
  filed: string;
  text: string;
  every: number;
  /** The first occurrences, rolled. */
  first: string[];
}

// Holidays met below: Jan 15 2029 (MLK), Dec 31 2027 (New Year's Day 2028 observed), July 4.
const CASES: Case[] = [
  {
    court: 'ned',
    filed: '2027-03-03',
    text: '4. Defendants shall file a status report on or before the fifteenth day of January, April, July, and October of each year, stating the number of class members detained.',
    every: 3,
    first: ['2027-04-15', '2027-07-15', '2027-10-15', '2028-01-18'],
  },
  {
    court: 'nmd',
    filed: '2027-05-20',
    text: 'ORDER: The Receiver shall file a report no later than the last business day of March, June, September, and December.',
    every: 3,
    // New Year's Day 2028 is a Saturday: Friday, December 31, 2027 is the holiday.
    first: ['2027-06-30', '2027-09-30', '2027-12-30', '2028-03-31'],
  },
  {
    court: 'scd',
    filed: '2026-08-10',
    text: "ORDER: Plaintiffs' counsel shall file a joint status report by the 1st of February and August of each year, beginning February 1, 2027.",
    every: 6,
    // August 1, 2027 is a Sunday.
    first: ['2027-02-01', '2027-08-02', '2028-02-01'],
  },
  {
    court: 'dcd',
    filed: '2028-11-03',
    text: 'Beginning in January 2029, the Monitor shall file a report on the twentieth day of January, April, July and October.',
    every: 3,
    // January 20, 2029 is a Saturday.
    first: ['2029-01-22', '2029-04-20', '2029-07-20'],
  },
  {
    court: 'flsd',
    filed: '2028-10-25',
    text: '6. Respondents shall file a census report on or before the twentieth day of January, April, July, and October.',
    every: 3,
    // October 20 is before the order: January first (the 20th a Saturday).
    first: ['2029-01-22', '2029-04-20', '2029-07-20'],
  },
  {
    court: 'mad',
    filed: '2027-06-14',
    text: 'ORDER: The County shall file its annual compliance report on the tenth day of September of each year.',
    every: 12,
    // (One named month is once a year.) September 10, 2028 is a Sunday.
    first: ['2027-09-10', '2028-09-11', '2029-09-10'],
  },
  {
    court: 'wawd',
    filed: '2028-02-10',
    text: 'ORDER: Defendants shall file a compliance report by the fifth business day of each calendar quarter.',
    every: 3,
    // July 4, 2028 is a Tuesday.
    first: ['2028-04-07', '2028-07-10', '2028-10-06'],
  },
  {
    court: 'vaed',
    filed: '2028-02-10',
    text: 'ORDER: Defendants shall file a staffing report no later than the last business day of each calendar quarter.',
    every: 3,
    first: ['2028-03-31', '2028-06-30', '2028-09-29'],
  },
];

describe('a day of named months, and of each calendar quarter', () => {
  for (const c of CASES) {
    it(`${c.court}: "${c.text.slice(0, 100)}…"`, () => {
      const rec = recurring(c.court, c.filed, c.text);
      expect(rec, JSON.stringify(rec)).toHaveLength(1);
      const r = rec[0]!.recurrence!;
      expect([r.every, r.unit]).toEqual([c.every, 'months']);
      expect(rec[0]!.what).toMatch(/report/i);
      const all = recurringDeadlines(scheduleOf(r, r.anchor!), { count: c.first.length }, { court: c.court });
      expect(all.map((o) => o.due)).toEqual(c.first);
    });
  }

  it('months not evenly spaced through the year are no one schedule', () => {
    for (const [court, text] of [
      [
        'ned',
        'ORDER: Defendants shall file a status report on the fifteenth day of March, April, and December.',
      ],
      [
        'nmd',
        'ORDER: The Monitor shall file a report by the 1st of January, February and July of each year.',
      ],
    ] as const)
      expect(
        recurring(court, '2027-01-05', text).filter((d) => d.recurrence!.every > 1),
        text,
      ).toEqual([]);
  });

  it('every named calendar: each occurrence is on that day of a named month, the first the first after the order', () => {
    const NAMES = [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ];
    const WORDS: [string, number][] = [
      ['first', 1],
      ['tenth', 10],
      ['15th', 15],
      ['twentieth', 20],
      ['twenty-eighth', 28],
    ];
    let checked = 0;
    for (const every of [3, 6, 12])
      for (let start = 1; start <= every; start++) {
        const months = Array.from({ length: 12 / every }, (_, k) => start + k * every);
        const named = months.map((m) => NAMES[m - 1]!);
        const list =
          named.length > 2
            ? `${named.slice(0, -1).join(', ')}, and ${named.at(-1)}`
            : `${named.join(' and ')} of each year`;
        for (const [word, n] of WORDS)
          for (const filed of ['2027-01-01', '2027-05-17', '2027-11-30', '2028-02-29']) {
            const text = `ORDER: Respondents shall file a status report on or before the ${word} day of ${list}.`;
            const rec = recurring('nmd', filed, text);
            expect(rec, text).toHaveLength(1);
            const r = rec[0]!.recurrence!;
            const occ = recurringDeadlines(scheduleOf(r, r.anchor!), { count: 6 }, { court: 'nmd' });
            for (const o of occ) {
              const raw = DateTime.fromISO(o.raw);
              expect(months, `${text} ${o.raw}`).toContain(raw.month);
              expect(raw.day).toBe(n);
              expect(o.raw > filed).toBe(true);
              expect(isBusinessDay(o.due, { court: 'nmd' })).toBe(true);
            }
            // The first is the first such day after the order: none fell between.
            const before = DateTime.fromISO(occ[0]!.raw).minus({ months: every });
            expect(before.toISODate()! <= filed, `${text} filed ${filed}`).toBe(true);
            checked++;
          }
      }
    expect(checked).toBe((3 + 6 + 12) * WORDS.length * 4);
  });
});
