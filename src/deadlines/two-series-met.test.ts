/**
 * Two recurring duties of one order, both papers called reports (issue #12; names fictional, courts
 * not reserved): the extractor says which series a paper meets ("<the duty> occurrence N (due D)"),
 * and the tracker must record it on that series — not on the first of the order's series whose name
 * begins with the same word.
 */
import { describe, expect, it } from 'vitest';
import { analyzeSequence } from './extract/index.ts';
import { Tracker } from './tracker.ts';

type Row = [number: string, dateFiled: string, text: string];

/** The recurring duties after the rows went through the extractor and the tracker, with the days met. */
function series(court: string, rows: Row[]) {
  const input = rows.map(([number, dateFiled, text]) => ({ number, dateFiled, text }));
  const tracker = new Tracker({ court });
  const analyses = analyzeSequence(input, { court });
  for (const [i, e] of input.entries()) tracker.apply(e, analyses[i]!);
  return tracker
    .deadlines()
    .filter((d) => d.recurrence)
    .map((d) => ({
      what: d.what,
      setBy: d.setBy.entry,
      met: d.recurrence!.occurrences.filter((o) => o.state === 'satisfied').map((o) => o.due),
    }));
}

/** The days met of each recurring duty, by its name. */
function states(court: string, rows: Row[]) {
  return new Map(series(court, rows).map((d) => [d.what, d.met]));
}

/** The days met of each recurring duty, by the entry that set it. */
function metBySetter(court: string, rows: Row[]) {
  return series(court, rows).map((d) => [d.setBy, d.met]);
}

describe('each report meets its own series', () => {
  it.each([
    [
      'ksd',
      'MEMORANDUM AND ORDER granting in part [4] Motion for Preliminary Injunction. Defendants shall file a report listing each class member detained every thirty (30) days, the first due March 3, 2031. Defendants shall also file a report of each removal of a class member every ninety (90) days, the first due May 2, 2031.',
      'REPORT of Removals (First) re [20] Order by Defendants. (Haag, Lena)',
    ],
    [
      'cod',
      'ORDER granting in part [4] Motion for Preliminary Injunction. Respondents shall file a report listing each class member detained every thirty days, beginning March 3, 2031. Respondents shall file a report of each removal of a class member every ninety days, beginning May 2, 2031.',
      'First Removal REPORT pursuant to 20 Order filed by Respondents. (Ortiz, Dan)',
    ],
  ])('%s', (court, order, removals) => {
    const rows: Row[] = [
      ['20', '2031-02-01', order],
      ['24', '2031-03-03', 'Detention REPORT (First) re [20] Order by the government. (Haag, Lena)'],
      ['30', '2031-05-02', removals],
    ];
    const met = states(court, rows);
    const detention = [...met].find(([what]) => /detained/i.test(what));
    const removal = [...met].find(([what]) => /removal/i.test(what));
    expect(detention?.[1]).toEqual(['2031-03-03']);
    expect(removal?.[1]).toEqual(['2031-05-02']);
  });
});

describe('a schedule set anew by a later order', () => {
  it('nmd: one series as changed; a report naming both orders meets its new day', () => {
    const rows: Row[] = [
      [
        '20',
        '2031-02-01',
        'MEMORANDUM OPINION AND ORDER granting in part [4] Motion for Preliminary Injunction. Respondents shall file a status report listing each detained class member every fourteen (14) days, the first due February 15, 2031.',
      ],
      ['22', '2031-02-14', 'STATUS REPORT (First) re [20] Order by Respondents. (Baca, Rosa)'],
      [
        '30',
        '2031-02-24',
        "ORDER granting [26] Joint Motion to Modify. Paragraph 4 of the Court's February 1, 2031 Order [20] is AMENDED: instead of every fourteen days, Respondents shall file the status report on the first business day of each month, beginning March 3, 2031.",
      ],
      ['35', '2031-03-03', 'STATUS REPORT (March 2031) re [20], [30] by Respondents. (Baca, Rosa)'],
    ];
    const met = metBySetter('nmd', rows);
    // One series, as changed (the old schedule's days after the change are not due).
    expect(met).toEqual([['20', ['2031-02-18', '2031-03-03']]]);
  });
});

describe('two series of one name from two orders, both running', () => {
  it('insd: a report naming the later order meets the later order’s series', () => {
    const rows: Row[] = [
      [
        '20',
        '2031-02-01',
        'ORDER granting in part [4] Motion for Preliminary Injunction. Defendants shall file a status report listing each detained class member every fourteen (14) days, the first due February 15, 2031.',
      ],
      ['22', '2031-02-14', 'STATUS REPORT (First) re [20] Order by Defendants. (Hale, Rob)'],
      [
        '30',
        '2031-03-02',
        'ORDER granting [26] Motion to Enforce. In addition to the reports required by [20], Defendants shall file a status report listing each detained class member every thirty (30) days, the first due March 31, 2031.',
      ],
      ['35', '2031-03-31', 'STATUS REPORT re [30] Order by Defendants. (Hale, Rob)'],
    ];
    const met = metBySetter('insd', rows);
    expect(met).toContainEqual(['30', ['2031-03-31']]);
  });
});
