/**
 * Recurring reports matched in other courts' words (issue #12; names fictional, courts not reserved):
 * - an order named by its day before the word "Order" ("the Court's January 9, 2031 Order", "the
 *   3/3/2031 Memorandum Opinion and Order") is that order, as "the Order of January 9, 2031" is;
 * - the mandate in the subjunctive ("IT IS ORDERED that Respondents file a notice every six weeks")
 *   names the paper, not the words ordering it: one series, the same as "Respondents shall file …";
 * - a written update ("STATUS UPDATE", "Second Update on Re-Screening") is a report;
 * - a duty asking for a notice by that word alone is met by the obliged side's notice under that
 *   order ("NOTICE of Compliance (Report No. 2) re [40] Order"), never by a notice of appearance.
 */
import { describe, expect, it } from 'vitest';
import { filingMeets, noticeMeets } from './filings.ts';
import { analyzeEntry, analyzeSequence } from './index.ts';

type Row = [number: string, dateFiled: string, text: string];
function met(court: string, rows: Row[]): string[][] {
  return analyzeSequence(
    rows.map(([number, dateFiled, text]) => ({ number, dateFiled, text })),
    { court },
  ).map((a) => a.satisfies.map((s) => `${s.entry}: ${s.what}`));
}

describe('an order named by its day before the word "Order"', () => {
  const duty = {
    what: 'report stating the number of class members held at each facility (recurring)',
    party: 'Defendants',
    entry: '18',
    dated: '2031-01-09',
  };
  it.each([
    "NOTICE by Defendants of Compliance: Fourth Report Pursuant to the Court's January 9, 2031 Order",
    'Third REPORT by Federal Defendants in response to the 1/9/2031 Memorandum Opinion and Order',
    "Defendants' Report Submitted Under Your Honor's January 9th, 2031 Order",
  ])('%s', (filing) => {
    expect(filingMeets(filing, [], duty)).toBe(true);
  });
  it.each([
    "NOTICE by Defendants of Compliance: Fourth Report Pursuant to the Court's February 9, 2031 Order",
    'REPORT by Federal Defendants (Attachments: # 1 Exhibit)',
  ])('not another day’s order, nor none: %s', (filing) => {
    expect(filingMeets(filing, [], duty)).toBe(false);
  });
});

describe('"ORDERED that X file …" names the paper', () => {
  it.each([
    [
      'wiwd',
      'ORDER: IT IS ORDERED that Respondents file a notice every six weeks, the first no later than July 2, 2031, listing each class member transferred since the last notice.',
      'notice (recurring)',
    ],
    [
      'oknd',
      'OPINION AND ORDER. It is further ORDERED that the Defendants submit a compliance report every thirty days, beginning May 1, 2031.',
      'compliance report (recurring)',
    ],
    [
      'cod',
      'ORDER. The Court DIRECTS that Federal Respondents file written updates on the re-screening of class members every two weeks, commencing March 6, 2031.',
      'written updates on the re-screening of class members (recurring)',
    ],
  ])('%s', (court, text, what) => {
    const found = analyzeEntry({ number: '26', dateFiled: '2031-02-20', text }, { court }).deadlines.filter(
      (d) => d.recurrence,
    );
    expect(found.map((d) => d.what)).toEqual([what]);
  });

  it('ksd: the docket text and the order saying it in two ways make one series', () => {
    const found = analyzeEntry(
      {
        number: '12',
        dateFiled: '2031-02-24',
        text: 'MEMORANDUM AND ORDER: The Court directs Respondents to file written updates on the status of the re-screening of class members every two weeks, commencing Thursday, March 6, 2031, until further order.',
        documentText:
          'It is hereby ORDERED that Respondents file written updates on the status of the re-screening of class members every two weeks, commencing Thursday, March 6, 2031, until further order.',
      },
      { court: 'ksd' },
    ).deadlines.filter((d) => d.recurrence);
    expect(found).toHaveLength(1);
    expect(found[0]!.what).not.toMatch(/ordered/i);
  });
});

describe('written updates are reports; a notice duty is met by the obliged side’s notice', () => {
  it('ncwd: updates in four wordings meet the biweekly updates, a day late included', () => {
    const out = met('ncwd', [
      [
        '12',
        '2031-02-24',
        'ORDER: Respondents shall file written updates on the status of the re-screening of class members every two weeks, commencing Thursday, March 6, 2031.',
      ],
      ['14', '2031-03-06', 'STATUS UPDATE (First Bi-Weekly) by Respondents regarding 12 Order.'],
      ['15', '2031-03-20', 'SECOND UPDATE on Re-Screening of Class Members by Respondents.'],
      ['19', '2031-04-04', "Respondents' Third Biweekly Status Update re: Re-Screening (ECF No. 12)"],
      ['21', '2031-04-17', 'NOTICE of Fourth Update on Re-Screening by Respondents'],
    ]);
    expect(out.slice(1).map((s) => s.map((x) => x.replace(/^.*occurrence/, 'occurrence')))).toEqual([
      ['occurrence 1 (due 2031-03-06)'],
      ['occurrence 2 (due 2031-03-20)'],
      ['occurrence 3 (due 2031-04-03)'],
      ['occurrence 4 (due 2031-04-17)'],
    ]);
  });

  it('wied: notices of compliance numbered as reports meet the six-weekly notice; one not filed stays unmet', () => {
    const out = met('wied', [
      [
        '40',
        '2031-06-18',
        'ORDER: IT IS ORDERED that Respondents file a notice every six weeks, the first no later than July 2, 2031, listing each class member transferred out of the facility since the last notice.',
      ],
      ['41', '2031-07-02', 'NOTICE of Compliance (Report No. 1) by Respondents re [40] Order'],
      ['42', '2031-08-14', 'NOTICE of Compliance (Report No. 2) by Respondents re [40] Order'],
      ['43', '2031-09-05', 'NOTICE of Appearance by Ana Ruiz on behalf of Respondents'],
      ['44', '2031-11-05', 'NOTICE of Compliance (Report No. 4) by Respondents re [40] Order'],
    ]);
    expect(out.slice(1)).toEqual([
      ['40: notice (recurring) occurrence 1 (due 2031-07-02)'],
      ['40: notice (recurring) occurrence 2 (due 2031-08-13)'],
      [],
      ['40: notice (recurring) occurrence 4 (due 2031-11-05)'],
    ]);
  });

  const notice = { what: 'notice (recurring)', party: 'Respondents', entry: '40', dated: '2031-06-18' };
  it.each([
    ['a notice of appearance', 'NOTICE of Appearance by Ana Ruiz re [40] Order', [40]],
    ['the other side’s notice', 'NOTICE by Petitioners re [40] Order', [40]],
    ['a request', 'NOTICE and MOTION for Extension of Time re [40] Order by Respondents', [40]],
    ['a notice under another order', 'NOTICE by Respondents re [52] Order', [52]],
  ])('not by %s', (_, filing, cites) => {
    expect(noticeMeets(filing, cites, notice)).toBe(false);
  });
});

describe('a day of each month in words and figures; a paper naming its month', () => {
  it.each([
    [
      'mnd',
      "ORDER. On or before the sixteenth (16th) day of each month, commencing November 16, 2031, Respondents shall file a declaration of a responsible official attesting to Respondents' compliance with this Order.",
    ],
    [
      'ctd',
      'ORDER. Defendants shall file a declaration attesting to compliance on or before the sixteenth (16th) day of each month, commencing November 16, 2031.',
    ],
  ])('%s: read, the name keeping what it attests to', (court, text) => {
    const found = analyzeEntry({ number: '30', dateFiled: '2031-11-01', text }, { court }).deadlines.filter(
      (d) => d.recurrence,
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.what).toMatch(/attesting to .*compliance/);
    expect(found[0]!.recurrence!.firstOccurrences?.slice(0, 2)).toEqual(['2031-11-17', '2031-12-16']);
  });

  it('nmd: a month skipped, the next paper counts itself third but names its month: that month’s', () => {
    const out = met('nmd', [
      [
        '30',
        '2031-11-03',
        "ORDER. On or before the sixteenth (16th) day of each month, commencing November 16, 2031, Respondents shall file a declaration of a responsible official attesting to Respondents' compliance with this Order.",
      ],
      [
        '33',
        '2031-11-17',
        'DECLARATION of Deputy Director Lena Fisk Regarding Compliance (November 2031) by Respondents.',
      ],
      [
        '35',
        '2031-12-16',
        'DECLARATION of Lena Fisk re [30] Order -- Monthly Compliance Declaration by Respondents.',
      ],
      ['40', '2032-02-17', 'Third Monthly DECLARATION of Compliance (February 2032) by Respondents.'],
    ]);
    expect(out.slice(1).map((s) => s.map((x) => x.replace(/^.*occurrence/, 'occurrence')))).toEqual([
      ['occurrence 1 (due 2031-11-17)'],
      ['occurrence 2 (due 2031-12-16)'],
      ['occurrence 4 (due 2032-02-17)'],
    ]);
  });
});
