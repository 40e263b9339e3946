/**
 * Hearings an agency holds are not the court's (try-out 8 M5): "a bond hearing before an immigration
 * judge", "a hearing before the Board", "before an administrative law judge" — a duty the order puts
 * on a party, owed to class members or a petitioner, never a setting on the court's calendar, in
 * any lifecycle (set, held, continued). A report "listing the bond hearings held" names the report's
 * content, not minutes of a hearing. The same sentences before a judge of the court stay hearings.
 */
import { describe, expect, it } from 'vitest';
import { analyzeEntry } from './index.ts';

const FORUMS = [
  'an immigration judge',
  'the Immigration Court',
  'the Board of Immigration Appeals',
  'the BIA',
  'an administrative law judge',
  'a neutral IJ',
  'an agency hearing officer',
];
const FRAMES = [
  (f: string) =>
    `Respondents shall provide each class member a bond hearing before ${f} within ten days of this Order.`,
  (f: string) =>
    `Pending final judgment, Respondents are ENJOINED from detaining any class member for more than forty-five days without providing a bond hearing before ${f}.`,
  (f: string) => `Petitioner's custody hearing before ${f} is set for June 2, 2026.`,
  (f: string) => `The removal hearing before ${f} scheduled for May 3, 2026 is continued to May 10, 2026.`,
  (f: string) => `Defendants shall certify that a hearing before ${f} was held for every claimant.`,
];
const COURTS = ['cob', 'ned', 'mowd', 'dcd', 'wawb'];

describe('hearings before an agency', () => {
  let k = 0;
  for (const forum of FORUMS)
    for (const frame of FRAMES) {
      const court = COURTS[k++ % COURTS.length]!;
      const text = `ORDER granting [11] Motion. ${frame(forum)} Signed by Judge Ada Quill on 4/16/2026.`;
      it(`${court}: ${frame(forum).slice(0, 70)}`, () => {
        const a = analyzeEntry({ number: '22', dateFiled: '2026-04-16', text }, { court });
        expect(a.hearings).toEqual([]);
      });
    }

  it('a report listing or describing the hearings held sets no hearing', () => {
    for (const verb of [
      'listing the bond hearings held',
      'describing each bond hearing held and its outcome',
      'identifying all custody hearings held',
    ])
      for (const court of COURTS) {
        const text = `ORDER: Respondents shall file a status report on the first business day of each month, ${verb}. Signed by Judge Ada Quill on 4/16/2026.`;
        const a = analyzeEntry({ number: '22', dateFiled: '2026-04-16', text }, { court });
        expect(a.hearings).toEqual([]);
        expect(a.deadlines.some((d) => d.recurrence)).toBe(true);
      }
  });

  it('a hearing before the court (a judge of it) stays a hearing', () => {
    for (const court of COURTS) {
      const a = analyzeEntry(
        {
          number: '23',
          dateFiled: '2026-04-16',
          text: 'ORDER: A bond hearing is set for June 2, 2026 at 10:00 AM before Judge Ada Quill. Signed by Judge Ada Quill on 4/16/2026.',
        },
        { court },
      );
      expect(a.hearings).toMatchObject([{ change: 'set', date: '2026-06-02', time: '10:00' }]);
      const b = analyzeEntry(
        {
          number: '24',
          dateFiled: '2026-05-04',
          text: 'Minute Entry for proceedings held before Magistrate Judge Lena Ortiz: MOTION HEARING held on 5/4/2026 re [11] Motion for Bond.',
        },
        { court },
      );
      expect(b.hearings).toMatchObject([{ change: 'held', date: '2026-05-04' }]);
    }
  });
});
