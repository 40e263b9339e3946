/**
 * Monthly duties on a day of the month (try-out 8 C8): "on the tenth day of each month", "on or
 * before the 3rd of every month", "by the first business day of each month, beginning D". Every
 * form, in words or numerals, with or without a first day, is one recurring deadline of the party
 * on that day of each month, each occurrence rolled forward under Rule 6(a) (a business day that
 * falls on a weekend is the next Monday). "The Nth business day" counts business days from the
 * month's first (the calendar's weekends and legal holidays), "the last business day" back from its
 * end — never dated into the next month; a business day past any month's count ("the 28 business
 * day") is left unread. (recurring-days.test.ts: weekdays, quarters, paper titles, endings.)
 */
import { describe, expect, it } from 'vitest';
import { isBusinessDay } from '../calendar.ts';
import { dayOrdinalValue } from './grammar.ts';
import { analyzeEntry } from './index.ts';

const DAYS: [string, number][] = [
  ['first', 1],
  ['fifth', 5],
  ['tenth', 10],
  ['twelfth', 12],
  ['twentieth', 20],
  ['twenty-first', 21],
  ['3rd', 3],
  ['15th', 15],
  ['28', 28],
];
const LEADS = ['on the', 'on or before the', 'no later than the', 'by the'];
const TAILS = [
  'day of each month',
  'day of every month',
  'of each month',
  'business day of each calendar month',
];
const COURTS = ['ned', 'cob', 'mad', 'waeb'];

describe('monthly duties on a day of the month', () => {
  it('reads ordinal days in words and numerals', () => {
    for (const [w, n] of DAYS) expect(dayOrdinalValue(w)).toBe(n);
  });

  let k = 0;
  for (const [word, day] of DAYS)
    for (const lead of LEADS) {
      const tail = TAILS[k % TAILS.length]!;
      const court = COURTS[k % COURTS.length]!;
      const begins = k % 2 === 0;
      k++;
      const text = `ORDER: Defendants shall file a status report ${lead} ${word} ${tail}${begins ? ', beginning June 12, 2026' : ''}, describing the conditions at the Northfield Annex. Signed by Judge Ada Quill on 5/4/2026.`;
      const business = tail.startsWith('business');
      it(`${court}: "${lead} ${word} ${tail}"${begins ? ' beginning D' : ''}`, () => {
        const a = analyzeEntry({ number: '31', dateFiled: '2026-05-04', text }, { court });
        const rec = a.deadlines.filter((d) => d.recurrence);
        // No month has 24 business days: a slip, left for a person rather than dated.
        if (business && day > 23) {
          expect(rec).toHaveLength(0);
          return;
        }
        expect(rec).toHaveLength(1);
        expect(rec[0]!.party).toBe('Defendants');
        expect(rec[0]!.recurrence!.unit).toBe('months');
        const occ = rec[0]!.recurrence!.firstOccurrences!;
        expect(occ.length).toBeGreaterThanOrEqual(3);
        if (begins) expect(rec[0]!.recurrence!.firstDue).toBe('2026-06-12');
        for (const o of occ) {
          expect(isBusinessDay(o, { court })).toBe(true);
          // "The Nth business day": N − 1 business days of its month before it.
          if (business) {
            expect(businessDaysBefore(o, court)).toBe(day - 1);
            continue;
          }
          // The occurrence is its month's day, or the next business day after it (at most 4 days on).
          if (!begins) {
            const nominal = Number(o.slice(8, 10));
            expect(nominal === day || (nominal > day && nominal - day <= 4) || nominal <= 4).toBe(true);
          }
        }
        // Successive months, one each.
        const months = occ.map((o) => Number(o.slice(5, 7)));
        for (let i = 1; i < months.length; i++) expect((months[i]! - months[i - 1]! + 12) % 12).toBe(1);
      });
    }

  it('the first business day of each month is the first day that is a business day', () => {
    const a = analyzeEntry(
      {
        number: '40',
        dateFiled: '2026-04-16',
        text: 'ORDER: Respondents shall file a status report on the first business day of each month, beginning May 1, 2026. Signed by Judge Ada Quill.',
      },
      { court: 'cob' },
    );
    const occ = a.deadlines.find((d) => d.recurrence)!.recurrence!.firstOccurrences!;
    const all = a.deadlines.find((d) => d.recurrence)!;
    expect(occ.slice(0, 3)).toEqual(['2026-05-01', '2026-06-01', '2026-07-01']);
    expect(all.party).toBe('Respondents');
  });

  it('"monthly, on or before the 10th day of each month" is one schedule, said twice', () => {
    for (const court of ['scd', 'ned', 'cob']) {
      const a = analyzeEntry(
        {
          number: '12',
          dateFiled: '2025-02-03',
          text: 'ORDER: The Monitor shall file a written report with the Court monthly, on or before the 10th day of each month, beginning March 10, 2025.',
        },
        { court },
      );
      const rec = a.deadlines.filter((d) => d.recurrence);
      expect(rec).toHaveLength(1);
      expect(rec[0]!.recurrence!.firstDue).toBe('2025-03-10');
    }
  });

  it('"the last business day of each month" counts back from the month\'s end, never into the next month', () => {
    const a = analyzeEntry(
      {
        number: '41',
        dateFiled: '2026-04-16',
        text: 'ORDER: Respondents shall file a status report on the last business day of each month, beginning April 30, 2026. Signed by Judge Ada Quill.',
      },
      { court: 'mad' },
    );
    const rec = a.deadlines.filter((d) => d.recurrence);
    expect(rec).toHaveLength(1);
    // May 29, 2026 is a Friday (the 31st a Sunday); June 30 a Tuesday.
    expect(rec[0]!.recurrence!.firstOccurrences).toEqual(['2026-04-30', '2026-05-29', '2026-06-30']);
  });
});

/** Business days of `date`'s month before it. */
function businessDaysBefore(date: string, court: string): number {
  let n = 0;
  for (let d = 1; d < Number(date.slice(8, 10)); d++)
    if (isBusinessDay(`${date.slice(0, 8)}${String(d).padStart(2, '0')}`, { court })) n++;
  return n;
}
