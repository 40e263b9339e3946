/**
 * One grammar for where in each month or quarter a recurring duty falls (try-out 9 M2, M11, M13),
 * and what is not a recurring duty (C7) or ends one (C16):
 * - "by the fifth business day of each month", "no later than the last business day of each month",
 *   "on the first Monday of each month", "on or before the fifteenth day of each month", "within
 *   thirty days after the end of each calendar quarter": one duty, each occurrence on that day of its
 *   month or quarter (a business day counted on the court's calendar; a day on a weekend or legal
 *   holiday rolled forward under Rule 6(a));
 * - "beginning December 2026", "beginning in March 2027", "beginning with the quarter ending D":
 *   the first occurrence is the first such day on or after it;
 * - "no later than the fifteenth day of each month, beginning D, the defendants must file a monthly
 *   compliance report": one schedule said twice, the act after it;
 * - a filed paper named by its frequency ("STATUS REPORT (Monthly Reinstatement Report - January)")
 *   is no duty; a sentence ending a duty ("the obligation to file compliance reports every fourteen
 *   days ENDS …") ends it and sets none.
 * Fictional parties; courts other than try-out 9's.
 */
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { type DayInPeriod, isBusinessDay, recurringDeadlines, scheduleOf } from '../calendar.ts';
import type { AnalyzeInput } from '../types.ts';
import { analyzeEntry, analyzeSequence } from './index.ts';

const COURTS = ['cob', 'ned', 'laed', 'ctd', 'nmd'];

/** Business days of `date`'s month before it, and after it. */
function businessAround(date: string, court: string): { before: number; after: number } {
  const d = DateTime.fromISO(date);
  let before = 0;
  let after = 0;
  for (let x = d.startOf('month'); x.month === d.month; x = x.plus({ days: 1 })) {
    if (!isBusinessDay(x.toISODate()!, { court })) continue;
    if (x < d) before++;
    else if (x > d) after++;
  }
  return { before, after };
}

function schedule(day: DayInPeriod, court: string, anchor = '2026-01-20', every = 1, count = 30) {
  return recurringDeadlines({ every, unit: 'months', anchor, day }, { count }, { court });
}

describe('the calendar: a stated day of each month or quarter', () => {
  for (const [i, court] of COURTS.entries()) {
    it(`${court}: the Nth and the last business day are business days, counted in their own month`, () => {
      for (const n of [1, 3, 5, 10, -1]) {
        const occ = schedule({ kind: 'business-day', n }, court, `202${6 + (i % 2)}-0${1 + i}-11`);
        expect(occ).toHaveLength(30);
        for (const [k, o] of occ.entries()) {
          expect(o.due, `${n}`).toBe(o.raw);
          expect(isBusinessDay(o.due, { court })).toBe(true);
          const around = businessAround(o.due, court);
          if (n > 0) expect(around.before, o.due).toBe(n - 1);
          else expect(around.after, o.due).toBe(0);
          // One a month, month after month.
          if (k > 0)
            expect(
              DateTime.fromISO(o.due)
                .startOf('month')
                .diff(DateTime.fromISO(occ[k - 1]!.due).startOf('month'), 'months').months,
            ).toBe(1);
        }
      }
    });

    it(`${court}: the Nth weekday is that weekday, in its week of the month, rolled only off a holiday`, () => {
      for (const weekday of [1, 2, 3, 4, 5])
        for (const n of [1, 2, 4, -1]) {
          for (const o of schedule({ kind: 'weekday', weekday, n }, court, '2026-08-03')) {
            const raw = DateTime.fromISO(o.raw);
            expect(raw.weekday).toBe(weekday);
            if (n > 0) expect(Math.ceil(raw.day / 7)).toBe(n);
            else expect(raw.plus({ weeks: 1 }).month).not.toBe(raw.month);
            expect(isBusinessDay(o.due, { court })).toBe(true);
            if (o.due !== o.raw) expect(isBusinessDay(o.raw, { court })).toBe(false);
          }
        }
    });

    it(`${court}: days after the end of each calendar quarter, rolled forward`, () => {
      for (const days of [30, 45, 60]) {
        const occ = schedule({ kind: 'after-end', days }, court, '2026-02-10', 3, 12);
        for (const o of occ) {
          const end = DateTime.fromISO(o.raw).minus({ days });
          // The day before the nominal one, `days` back, is a quarter's last day.
          expect(end.plus({ days: 1 }).day).toBe(1);
          expect([1, 4, 7, 10]).toContain(end.plus({ days: 1 }).month);
          expect(isBusinessDay(o.due, { court })).toBe(true);
          expect(o.due >= o.raw).toBe(true);
        }
        // The first quarter that ends after the order (of February 10, 2026): Q1 2026.
        expect(occ[0]!.raw).toBe(DateTime.fromISO('2026-03-31').plus({ days }).toISODate());
      }
    });
  }

  it('a fifth Monday exists in some months only: those months have one, the others none', () => {
    const occ = schedule({ kind: 'weekday', weekday: 1, n: 5 }, 'cob', '2026-01-01', 1, 6);
    for (const o of occ) expect(DateTime.fromISO(o.raw).day).toBeGreaterThan(28);
  });
});

interface Case {
  court: string;
  filed: string;
  text: string;
  /** The first occurrences, rolled. */
  first: string[];
  party?: RegExp;
  /** The duty's name, when an officer's (named by the officer, so the parties' reports never meet it). */
  what?: RegExp;
}

// 2027-2028 federal holidays met below: Jan 17 2028 (MLK), May 29 2028 (Memorial Day).
const DUTIES: Case[] = [
  {
    court: 'cob',
    filed: '2027-02-16',
    text: '5. By the fifth business day of each month, beginning in March 2027, Respondents shall file a status report stating the number of detainees screened.',
    first: ['2027-03-05', '2027-04-07', '2027-05-07'],
    party: /Respondents/,
  },
  {
    court: 'ned',
    filed: '2026-11-20',
    text: '5. No later than the last business day of each month, beginning December 2026, Defendant shall file a report identifying the number of class members whose benefits were restored.',
    first: ['2026-12-31', '2027-01-29', '2027-02-26'],
    party: /Defendant/,
  },
  {
    court: 'laed',
    filed: '2027-09-28',
    text: '4. Attorney Corinne Vashti is APPOINTED as monitor. The monitor must file a report on the first Monday of each month, beginning November 1, 2027.',
    first: ['2027-11-01', '2027-12-06', '2028-01-03'],
    what: /^monitor's report/,
  },
  {
    court: 'ctd',
    filed: '2027-09-28',
    text: 'Instead, no later than the fifteenth day of each month, beginning October 15, 2027, the defendants must file a monthly compliance report.',
    first: ['2027-10-15', '2027-11-15', '2027-12-15', '2028-01-18'],
    party: /defendants/i,
  },
  {
    court: 'nmd',
    filed: '2027-06-01',
    text: '5. The Monitor, Dr. Lise Arkwright, shall file a report within thirty days after the end of each calendar quarter, beginning with the quarter ending September 30, 2027.',
    // Oct 30, 2027 is a Saturday; Jan 30, 2028 a Sunday; Apr 30, 2028 a Sunday.
    first: ['2027-11-01', '2028-01-31', '2028-05-01'],
    what: /^monitor's report/,
  },
  {
    court: 'cob',
    filed: '2028-01-05',
    text: 'ORDER: The Warden shall file a census report no later than the second Tuesday of each calendar month, starting in February 2028.',
    first: ['2028-02-08', '2028-03-14', '2028-04-11'],
  },
  {
    court: 'ned',
    filed: '2026-03-02',
    text: 'ORDER: On the last Friday of each month, the Receiver shall file an accounting of receipts and disbursements.',
    first: ['2026-03-27', '2026-04-24', '2026-05-29'],
  },
  {
    court: 'laed',
    filed: '2026-04-08',
    text: "ORDER: Plaintiffs' counsel shall submit a joint status report by the third business day of every month.",
    // April's third (the 3rd) is before the order. May 2026: Fri 1, Mon 4, Tue 5; July 3 is
    // Independence Day observed (the 4th a Saturday): Wed 1, Thu 2, Mon 6.
    first: ['2026-05-05', '2026-06-03', '2026-07-06'],
  },
  {
    court: 'ctd',
    filed: '2026-07-14',
    text: 'ORDER: Defendants shall file a staffing report no later than forty-five (45) days following the close of each quarter.',
    // Q2 2026 ended before the order: Q3 first, November 14 a Saturday; February 14, 2027 a Sunday
    // and the 15th Washington's Birthday; May 15 a Saturday.
    first: ['2026-11-16', '2027-02-16', '2027-05-17'],
  },
  {
    court: 'nmd',
    filed: '2026-05-04',
    text: 'ORDER: Beginning June 2026, the County shall file its jail population report on or before the twentieth day of each month.',
    // The first the sentence opens with: June 20, 2026 is a Saturday.
    first: ['2026-06-22', '2026-07-20', '2026-08-20'],
  },
];

describe('monthly and quarterly duties in their words', () => {
  for (const c of DUTIES) {
    it(`${c.court}: "${c.text.slice(0, 90)}…"`, () => {
      // The order's own words, under its docket text.
      const a = analyzeEntry(
        { number: '40', dateFiled: c.filed, text: 'ORDER on reporting. (jb)', documentText: c.text },
        { court: c.court },
      );
      const rec = a.deadlines.filter((d) => d.recurrence);
      expect(rec, JSON.stringify(a.deadlines)).toHaveLength(1);
      expect(rec[0]!.recurrence!.firstOccurrences).toEqual(c.first.slice(0, 3));
      expect(rec[0]!.what).toMatch(/report|accounting/i);
      if (c.party) expect(rec[0]!.party ?? '').toMatch(c.party);
      if (c.what) expect(rec[0]!.what).toMatch(c.what);
      if (c.first.length > 3) {
        const all = recurringDeadlines(
          scheduleOf(rec[0]!.recurrence!, rec[0]!.recurrence!.anchor!),
          { count: c.first.length },
          { court: c.court },
        );
        expect(all.map((o) => o.due)).toEqual(c.first);
      }
    });
  }
});

describe('papers named by their frequency are not duties; words ending a duty set none', () => {
  const FILED: [string, string][] = [
    [
      'cob',
      'STATUS REPORT (Monthly Reinstatement Report - March) by ALDER PINE COUNTY. (Haskett, Noor) (Entered: 03/31/2027)',
    ],
    [
      'ned',
      'STATUS REPORT (Quarterly Census Report) by Dakota Flats Detention Center. (Mireles, Ty) (Entered: 01/29/2027)',
    ],
    [
      'laed',
      'MONTHLY COMPLIANCE REPORT (October 2027) re [33] by Orleans Parish Sheriff. (Dufresne, Cal) (Entered: 10/15/2027)',
    ],
    [
      'ctd',
      'NOTICE of Filing Weekly Staffing Report by Warden Ilse Monaghan (Attachments: # 1 Exhibit A)(Prior, Jules) (Entered: 02/02/2027)',
    ],
    [
      'nmd',
      'ORDER re [40] Monthly Status Report. The Court has reviewed the report. Signed by Judge Tomas Ulibarri. (tu) (Entered: 04/02/2027)',
    ],
    [
      'cob',
      "DEFENDANTS' BI-WEEKLY UPDATE regarding intake processing by Alder Pine County. (Haskett, Noor) (Entered: 05/11/2027)",
    ],
  ];
  for (const [court, text] of FILED)
    it(`${court}: "${text.slice(0, 70)}…" sets no recurring duty`, () => {
      const a = analyzeEntry({ number: '44', dateFiled: '2027-03-31', text }, { court });
      expect(a.deadlines.filter((d) => d.recurrence)).toEqual([]);
    });

  const ORDERED: [string, string][] = [
    ['ned', 'ORDER: Defendants shall file monthly status reports on the conditions at the annex.'],
    ['laed', 'ORDER: The Sheriff is ORDERED to file weekly staffing reports with the Clerk.'],
    ['cob', 'ORDER: The Receiver is DIRECTED to file quarterly reports describing the sale of the assets.'],
  ];
  for (const [court, text] of ORDERED)
    it(`${court}: "${text.slice(0, 70)}…" is a recurring duty`, () => {
      const a = analyzeEntry({ number: '45', dateFiled: '2027-03-31', text }, { court });
      expect(a.deadlines.filter((d) => d.recurrence)).toHaveLength(1);
    });

  const ENDING: [string, string][] = [
    [
      'ctd',
      "The defendants' obligation to file compliance reports every fourteen days ENDS with the report filed September 23, 2027.",
    ],
    ['ned', "Respondents' duty to file status reports every thirty days shall end upon entry of this Order."],
    ['nmd', 'The obligation to submit weekly census reports ceases as of the date of this Order.'],
    [
      'cob',
      "Defendant's obligation to file monthly restoration reports terminates with the report filed May 28, 2027.",
    ],
  ];
  for (const [court, text] of ENDING)
    it(`${court}: "${text.slice(0, 70)}…" ends a duty and sets none`, () => {
      const a = analyzeEntry(
        {
          number: '60',
          dateFiled: '2027-09-28',
          text: 'ORDER modifying reporting requirements.',
          documentText: text,
        },
        { court },
      );
      expect(a.deadlines.filter((d) => d.recurrence)).toEqual([]);
      expect(
        a.deadlines.filter((d) => d.change === 'vacated' && d.basis === 'recurring_period_in_text'),
      ).toHaveLength(1);
    });
});

describe('which duty a report filed under an order meets', () => {
  const order = {
    number: '30',
    dateFiled: '2026-09-14',
    text: 'ORDER granting preliminary injunction. (kw)',
    documentText:
      '4. Within twenty-one (21) days of this Order, Defendant shall restore the benefits of each class member.\n5. No later than the last business day of each month, beginning October 2026, Defendant shall file a report identifying the number of restored households.\n6. The Monitor shall file a report on the first Tuesday of each month, beginning October 6, 2026.',
  };
  const met = (court: string, filing: AnalyzeInput) =>
    analyzeSequence([order, filing], { court })[1]!.satisfies.map((s) => s.what);

  it('a notice of compliance with paragraph 4 meets no report of paragraph 5 or of the Monitor', () => {
    for (const court of ['ned', 'cob'])
      expect(
        met(court, {
          number: '33',
          dateFiled: '2026-10-05',
          text: "NOTICE of Compliance with Paragraph 4 of the Court's Order of September 14, 2026 (Doc. No. 30) by Sandhill County. (Oyelaran, Femi) (Entered: 10/05/2026)",
        }).filter((w) => /recurring/.test(w)),
      ).toEqual([]);
  });

  it("the Monitor's report meets the Monitor's duty; the county's report titled 'Monthly' meets paragraph 5's", () => {
    expect(
      met('laed', {
        number: '34',
        dateFiled: '2026-10-06',
        text: "MONITOR'S REPORT (October 2026) re [30] by Ilse Varga. (Varga, Ilse) (Entered: 10/06/2026)",
      }),
    ).toEqual([expect.stringMatching(/^monitor's report \(recurring\) occurrence 1 \(due 2026-10-06\)/)]);
    expect(
      met('ctd', {
        number: '35',
        dateFiled: '2026-10-30',
        text: 'STATUS REPORT (Monthly Restoration Report - October) by Sandhill County. (Oyelaran, Femi) (Entered: 10/30/2026)',
      }),
    ).toEqual([
      expect.stringMatching(
        /^report identifying the number of restored households \(recurring\) occurrence 1 \(due 2026-10-30\)/,
      ),
    ]);
  });
});
