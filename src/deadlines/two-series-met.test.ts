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

function states(court: string, rows: Row[]) {
  const input = rows.map(([number, dateFiled, text]) => ({ number, dateFiled, text }));
  const tracker = new Tracker({ court });
  const analyses = analyzeSequence(input, { court });
  for (const [i, e] of input.entries()) tracker.apply(e, analyses[i]!);
  return new Map(
    tracker
      .deadlines()
      .filter((d) => d.recurrence)
      .map((d) => [
        d.what,
        d.recurrence!.occurrences.filter((o) => o.state === 'satisfied').map((o) => o.due),
      ]),
  );
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
