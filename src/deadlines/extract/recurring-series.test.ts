/**
 * Recurring duties read as one series with the paper's name, and met by the reports filed under them
 * (issue #12; several courts' words for the same acts, names fictional, courts not reserved):
 * - a frequency before the paper and a day of the week after it ("weekly declarations of compliance,
 *   each Friday", "every Friday") are one schedule: one series on that day, named by the paper;
 * - the day a schedule falls on is no part of the paper's name ("… on the fifteenth day of each month");
 * - papers of compliance — a notice, a declaration, a report — are one kind for a duty of compliance;
 * - a report naming orders meets only those orders' duties (a changed schedule's duty keeps the
 *   order that first set it); one naming none, the duty in force; "(March 2030)" names no entry;
 * - a report an order asks for again and again is never word that the order's act was done.
 */
import { describe, expect, it } from 'vitest';
import { analyzeEntry, analyzeSequence } from './index.ts';

const series = (court: string, dateFiled: string, text: string) =>
  analyzeEntry({ number: '20', dateFiled, text }, { court }).deadlines.filter((d) => d.recurrence);

describe('one duty, one series, one name', () => {
  it.each([
    [
      'wvnd',
      '2030-03-10',
      'ORDER granting [2] Motion for Preliminary Injunction. Defendants shall file weekly declarations of compliance, each Friday, beginning March 15, 2030. Signed by Judge Ray Lund on 3/10/2030.',
      'declarations of compliance (recurring)',
      ['2030-03-15', '2030-03-22', '2030-03-29'],
    ],
    [
      'ksd',
      '2030-03-11',
      'ORDER granting ECF No. 2 Motion for Temporary Restraining Order. Defendants shall file weekly declarations of compliance, every Friday.',
      'declarations of compliance (recurring)',
      ['2030-03-22', '2030-03-29', '2030-04-05'],
    ],
    [
      'cod',
      '2030-03-11',
      'ORDER. Respondents shall file weekly status reports on Mondays, starting March 18, 2030, listing each class member detained.',
      'status reports, listing each class member detained (recurring)',
      ['2030-03-18', '2030-03-25', '2030-04-01'],
    ],
    [
      'nmd',
      '2030-01-03',
      'ORDER. Defendants shall file monthly reports of compliance on the fifteenth day of each month.',
      'reports of compliance (recurring)',
      ['2030-01-15', '2030-02-15', '2030-03-15'],
    ],
  ])('%s: one series named by its paper', (court, filed, text, what, first) => {
    const found = series(court, filed, text);
    expect(found.map((d) => d.what)).toEqual([what]);
    expect(found[0]!.recurrence!.firstOccurrences?.slice(0, 3)).toEqual(first);
  });
});

type Row = [number: string, dateFiled: string, text: string];
/** What each entry of a docket read in order meets: "entry: what" per satisfaction. */
function met(court: string, rows: Row[]): string[][] {
  return analyzeSequence(
    rows.map(([number, dateFiled, text]) => ({ number, dateFiled, text })),
    { court },
  ).map((a) => a.satisfies.map((s) => `${s.entry}: ${s.what}`));
}

describe('reports filed under a recurring duty meet it', () => {
  it('ctd: a notice of compliance and a declaration regarding compliance meet weekly declarations of compliance', () => {
    const out = met('ctd', [
      [
        '12',
        '2030-03-10',
        'ORDER granting [2] Motion. Defendants shall file weekly declarations of compliance, each Friday, beginning March 15, 2030.',
      ],
      [
        '13',
        '2030-03-15',
        'DECLARATION of Field Office Director Carl Beam regarding compliance with the Preliminary Injunction by Department of Homeland Security.',
      ],
      ['14', '2030-03-21', 'NOTICE of Compliance re [12] by Defendants.'],
    ]);
    expect(out.slice(1)).toEqual([
      ['12: declarations of compliance (recurring) occurrence 1 (due 2030-03-15)'],
      ['12: declarations of compliance (recurring) occurrence 2 (due 2030-03-22)'],
    ]);
  });

  it('ned: a declaration of compliance meets compliance reports; a status report of no compliance does not', () => {
    const out = met('ned', [
      [
        '30',
        '2030-04-01',
        'ORDER. The State shall file a compliance report every thirty days, the first due May 1, 2030.',
      ],
      [
        '31',
        '2030-05-01',
        'DECLARATION of Deputy Director Ana Ruiz in Compliance with [30] Order filed by Defendants.',
      ],
      ['32', '2030-05-30', 'STATUS REPORT re [30] by Defendants.'],
    ]);
    expect(out[1]).toEqual(['30: compliance report (recurring) occurrence 1 (due 2030-05-01)']);
    expect(out[2]).toEqual(['30: compliance report (recurring) occurrence 2 (due 2030-05-31)']);
  });

  it('innd: a report naming one order meets that order’s duty only; one naming both meets both', () => {
    const out = met('innd', [
      [
        '10',
        '2030-01-10',
        "ORDER: Defendants shall file a status report every 30 days regarding the processing of class members' applications, the first due February 10, 2030.",
      ],
      [
        '20',
        '2030-01-20',
        'ORDER: Defendants shall file a status report listing each removal of a class member every 30 days, beginning February 10, 2030.',
      ],
      ['21', '2030-02-10', 'STATUS REPORT pursuant to [20] Order filed by Defendants.'],
      ['22', '2030-02-11', 'STATUS REPORT pursuant to [10] Order filed by Defendants.'],
      ['23', '2030-03-12', 'STATUS REPORT re [10], [20] by Defendants.'],
    ]);
    expect(out[2]!.map((s) => s.slice(0, 3))).toEqual(['20:']);
    expect(out[3]!.map((s) => s.slice(0, 3))).toEqual(['10:']);
    expect(out[4]!.map((s) => s.slice(0, 3)).sort()).toEqual(['10:', '20:']);
  });

  it('oknd: after a later order changes the schedule, reports naming the first order, both, or none meet the one duty', () => {
    const out = met('oknd', [
      [
        '24',
        '2030-05-10',
        'ORDER. Defendants shall file a status report on the first business day of each month, beginning June 3, 2030.',
      ],
      ['30', '2030-06-03', 'STATUS REPORT (June 2030) pursuant to [24] filed by Defendants.'],
      [
        '35',
        '2030-07-20',
        'ORDER. The status reports required by [24] shall henceforth be filed every sixty days instead of monthly, the next due August 30, 2030.',
      ],
      ['37', '2030-08-29', 'STATUS REPORT (August 2030) pursuant to [24], [35] filed by Defendants.'],
      ['38', '2030-10-28', 'STATUS REPORT pursuant to [24] filed by Defendants.'],
      ['39', '2030-12-30', 'Compliance Report by Defendants.'],
    ]);
    expect(out[1]).toEqual(['24: status report (recurring) occurrence 1 (due 2030-06-03)']);
    for (const [i, due] of [
      [3, '2030-08-30'],
      [4, '2030-10-29'],
      [5, '2030-12-30'],
    ] as const)
      expect(out[i]!, due).toEqual([expect.stringMatching(new RegExp(`^35: .*\\(due ${due}\\)$`))]);
  });

  it('mnd: a report the order asks for monthly is never word that its benefits were reinstated; a month and year name no entry', () => {
    const out = met('mnd', [
      [
        '12',
        '2030-01-10',
        'ORDER. Defendants shall reinstate the benefits of each class member within 14 days. Defendants shall file a compliance report every 30 days, the first due February 10, 2030.',
      ],
      ['13', '2030-02-11', 'COMPLIANCE REPORT pursuant to [12] filed by Defendants.'],
      ['14', '2030-03-12', 'COMPLIANCE REPORT for March 2030 by Defendants.'],
    ]);
    expect(out[1]).toEqual(['12: compliance report (recurring) occurrence 1 (due 2030-02-11)']);
    expect(out[2]).toEqual(['12: compliance report (recurring) occurrence 2 (due 2030-03-12)']);
  });
});
