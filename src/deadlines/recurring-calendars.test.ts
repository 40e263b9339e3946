/**
 * A recurring duty's real calendar (try-out 13 T7): "every other month, in February, April, June …",
 * "bi-monthly", "every two months", "in odd-numbered months", "semi-annually, on January 15 and July
 * 15" — read as the months and day they say, never as a monthly duty (which gave false "missing
 * report" alarms every other month). Words that give two calendars are held back for a person
 * (`needsReview`), never read as monthly. A changed schedule named by its series ("The monthly status
 * reports … shall now be filed bi-monthly") changes the duty set before. Texts hand-written in
 * several courts' styles (names fictional).
 */
import { describe, expect, it } from 'vitest';
import { trackInOrder } from '../../tests/support/tracked.ts';
import { analyzeEntry } from './extract/index.ts';

const read = (court: string, text: string, dateFiled = '2027-01-05') =>
  analyzeEntry({ number: '31', dateFiled, text }, { court });

/** [court, words, every (months), first three due dates] */
const CALENDARS: [string, string, number, string[]][] = [
  [
    'waed',
    'ORDER. Defendants shall file a status report every other month, in February, April, June, August, October and December, on the fifteenth day of the month, beginning February 15, 2027.',
    2,
    ['2027-02-16', '2027-04-15', '2027-06-15'],
  ],
  [
    'gand',
    'ORDER: Respondents shall submit a report on conditions at the facility every other month, in February, April, June, August, October, and December.',
    2,
    // Due within each such month: by its last day (rolled past a weekend).
    ['2027-03-01', '2027-04-30', '2027-06-30'],
  ],
  [
    'njd',
    'ORDER. The Defendants shall file a compliance report in odd-numbered months, on the tenth day of the month.',
    2,
    ['2027-01-11', '2027-03-10', '2027-05-10'],
  ],
  [
    'mnd',
    'ORDER: The Commissioner shall file a status report semi-annually, on January 15 and July 15 of each year.',
    6,
    ['2027-01-15', '2027-07-15', '2028-01-18'],
  ],
  [
    'cacd',
    'ORDER. The Monitor shall file a report every two months, the first due March 15, 2027.',
    2,
    ['2027-03-15', '2027-05-17', '2027-07-15'],
  ],
  [
    'txsd',
    'ORDER. Defendants shall file a joint status report every second month, on the first business day of that month, in January, March, May, July, September and November.',
    2,
    ['2027-03-01', '2027-05-03', '2027-07-01'],
  ],
];

describe('a recurring duty is due on the calendar its words give', () => {
  for (const [court, text, every, dues] of CALENDARS)
    it(`${court}: ${text.slice(7, 100)}`, () => {
      const a = read(court, text);
      const duties = a.deadlines.filter((d) => d.recurrence);
      expect(duties).toHaveLength(1);
      const r = duties[0]!.recurrence!;
      expect([r.every, r.unit]).toEqual([every, 'months']);
      expect(r.firstOccurrences).toEqual(dues);
      // The calendar's words are the schedule's, not the paper's name nor dates of their own.
      expect(duties[0]!.what).not.toMatch(/February|January|odd|month/i);
      expect(a.needsReview ?? []).toEqual([]);
    });
});

describe('words that give a schedule two calendars are read by a person, never as monthly', () => {
  it.each([
    ['ord', 'ORDER. Defendants shall file monthly status reports in February, April, and June.'],
    [
      'vaed',
      'ORDER: Defendants shall file a status report every other month, in January, February, and June.',
    ],
    ['azd', 'ORDER. The Receiver shall file a status report semi-annually, on January 15 and July 31.'],
    ['cod', 'ORDER: Defendants shall file a report every three months, in February, April, June and August.'],
  ])('%s: %s', (court, text) => {
    const a = read(court, text);
    expect(a.deadlines.filter((d) => d.recurrence)).toEqual([]);
    expect(a.needsReview?.map((r) => r.reason)).toContain('uncertain');
  });

  it('a paper named by how often it comes makes no duty', () => {
    for (const text of [
      'SEMI-ANNUAL REPORT by Defendants. (Attachments: # 1 Exhibit A)',
      'Third Semi-Annual Report of the Monitor.',
    ])
      expect(read('waed', text).deadlines).toEqual([]);
  });
});

describe('a monthly duty changed to another calendar is one duty, on its new calendar', () => {
  const SET =
    'ORDER granting preliminary injunction. Defendants shall file a status report on the fifteenth day of each month, beginning January 15, 2027.';
  it.each([
    [
      'waed',
      'ORDER granting [28] Motion to Modify. Defendants shall henceforth file the status reports every other month, in February, April, June, August, October, and December, on the fifteenth day of the month.',
      '2027-04-15',
    ],
    [
      'gand',
      'ORDER. The monthly status reports ordered in ECF No. 20 shall now be filed bi-monthly, beginning April 15, 2027.',
      '2027-04-15',
    ],
    ['ilcd', 'ORDER. Defendants shall file the status reports in odd-numbered months only.', '2027-03-31'],
    [
      'mnd',
      'ORDER. The reporting requirement of ECF No. 20 is MODIFIED: Defendants shall file the status reports semi-annually, on January 15 and July 15.',
      '2027-07-15',
    ],
    [
      'hid',
      'ORDER. The reporting requirement of ECF No. 20 is MODIFIED: reports are due every other month.',
      '2027-04-20',
    ],
  ])('%s: %s', (court, change, next) => {
    const { tracker } = trackInOrder(court, [
      { number: '20', dateFiled: '2027-01-04', text: SET },
      { number: '30', dateFiled: '2027-02-20', text: change },
    ]);
    const duties = [...tracker.state.deadlines.values()].filter((d) => d.recurrence);
    expect(duties).toHaveLength(1);
    expect(duties[0]!.recurrence!.every).toBeGreaterThan(1);
    expect(duties[0]!.due).toBe(next);
    // No report is due in a month the new calendar skips.
    const open = duties[0]!.recurrence!.occurrences.filter((o) => o.state === 'open').map((o) => o.due);
    expect(open).not.toContain('2027-03-15');
  });
});
