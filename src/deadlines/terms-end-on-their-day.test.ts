/**
 * Terms end on their day; deadlines to act roll (try-out 13 N7). Rule 6(a)(1)(C) moves the last day
 * to FILE a paper off a weekend or holiday, not the day an order's, a decree's or a stay's term ends:
 * a consent decree "in effect for thirty-six (36) months" whose last day is a Sunday ends that
 * Sunday, while a report due the same day is due on the Monday. Texts hand-written in several
 * courts' styles (names fictional).
 */
import { describe, expect, it } from 'vitest';
import { trackInOrder } from '../../tests/support/tracked.ts';
import { analyzeEntry } from './extract/index.ts';

const reliefEnds = (court: string, dateFiled: string, text: string) =>
  [...trackInOrder(court, [{ number: '41', dateFiled, text }]).tracker.state.injunctions.values()].map(
    (i) => i.until,
  );

describe('a term of relief ends on its own day, weekend or not', () => {
  it.each([
    [
      'ord',
      '2027-11-03',
      'ORDER granting [40] Joint Motion to Enter Consent Decree. The Consent Decree is APPROVED and ENTERED. The Consent Decree shall remain in effect for thirty-six (36) months from the date of its entry. Signed by Judge Tova Lind on 11/3/2027.',
      // November 3, 2030 is a Sunday.
      '2030-11-03',
    ],
    [
      'njd',
      '2027-09-01',
      'CONSENT DECREE entered. This Decree shall remain in effect for three (3) years from the date of entry. Signed by Judge Ines Amaro on 9/1/2027.',
      // September 1, 2030 is a Sunday.
      '2030-09-01',
    ],
    [
      'mnd',
      '2027-06-12',
      'ORDER granting [3] Motion for Temporary Restraining Order. Defendants are RESTRAINED from transferring any Plaintiff. This Order shall remain in effect for fourteen (14) days. Signed by Judge Pell Arden on 6/12/2027.',
      // June 26, 2027 is a Saturday.
      '2027-06-26',
    ],
  ])('%s: %s', (court, dateFiled, text, until) => {
    expect(reliefEnds(court, dateFiled, text)).toEqual([until]);
  });

  it('a stay for a period ends on its day; the report due when it ends is due the next court day', () => {
    const b = analyzeEntry(
      {
        number: '22',
        dateFiled: '2027-07-10',
        text: 'ORDER granting [20] Joint Motion to Stay. The case is STAYED for fifty-six (56) days. The parties shall file a joint status report within fifty-six (56) days.',
      },
      { court: 'vaed' },
    );
    // 56 days after July 10, 2027 is Saturday, September 4: the stay ends that Saturday; the report is
    // due Tuesday, September 7 (Monday is Labor Day).
    expect(b.stays.map((s) => s.expires)).toEqual(['2027-09-04']);
    expect(b.deadlines.map((d) => d.dueDate)).toEqual(['2027-09-07']);
  });
});
