/**
 * One grammar for a hearing's move (try-out 9 C3, M9, M15/p01): the old setting named — by a
 * participle after its noun ("currently scheduled for D1", "previously set for D1", "set for D1") or
 * by its own day before it ("the D1 hearing") — a moving verb (CONTINUED, ADJOURNED, RESET, MOVED,
 * POSTPONED, RESCHEDULED, "CONVERTED … and MOVED"), in either order ("the hearing … is continued",
 * "the court ADJOURNS the hearing"), then "to / until D2". Whatever the wording, the reading is one
 * hearing moved: D2 set as a reset, D1 taken off, and never D1 (or D2) set as a second hearing.
 * Also: the court hearing a motion named by what it asks (M9), minutes by another name (m6), and a
 * hearing before an immigration judge named again as "which hearing" (C4). Texts are hand-written
 * in several courts' styles (names fictional; courts other than try-out 9's).
 */
import { describe, expect, it } from 'vitest';
import { analyzeEntry } from './index.ts';

const analyze = (court: string, dateFiled: string, text: string) =>
  analyzeEntry({ number: '31', dateFiled, text }, { court });

const signed = (court: string) =>
  court === 'ned' ? 'Ordered by Judge Corwin T. Lasko.' : 'Signed by Judge Ada Quill on 5/3/2027.';

/** [court, the move's words, old day, old time, new day, new time] */
const MOVES: [string, string, string, string | null, string, string][] = [
  [
    'cob',
    'At the request of counsel, the motion hearing on [14], currently scheduled for May 11, 2027 at 2:00 p.m., is CONTINUED until May 13, 2027 at 10:00 a.m.',
    '2027-05-11',
    '14:00',
    '2027-05-13',
    '10:00',
  ],
  [
    'ned',
    'The status conference previously set for 5/11/2027 at 9:30 AM is hereby RESET to 5/20/2027 at 11:00 AM.',
    '2027-05-11',
    '09:30',
    '2027-05-20',
    '11:00',
  ],
  [
    'mowd',
    'On the parties’ joint request, the court ADJOURNS the May 11, 2027 preliminary injunction hearing to May 12, 2027 at 2:00 p.m.',
    '2027-05-11',
    null,
    '2027-05-12',
    '14:00',
  ],
  [
    'dcd',
    'The Court POSTPONES the 5/11/2027 evidentiary hearing until May 18, 2027 at 1:30 p.m.',
    '2027-05-11',
    null,
    '2027-05-18',
    '13:30',
  ],
  [
    'ctd',
    'The motions hearing previously scheduled for May 11, 2027 at 2:00 p.m. is hereby CONVERTED to a telephone conference and MOVED to May 12, 2027 at 9:30 a.m.',
    '2027-05-11',
    '14:00',
    '2027-05-12',
    '09:30',
  ],
  [
    'mad',
    'The Court RESCHEDULES the May 11, 2027 status conference to May 19, 2027 at 3:00 p.m.',
    '2027-05-11',
    null,
    '2027-05-19',
    '15:00',
  ],
  [
    'scd',
    'The final pretrial conference currently set for May 11, 2027, at 10:00 a.m., is POSTPONED to May 21, 2027, at 10:00 a.m.',
    '2027-05-11',
    '10:00',
    '2027-05-21',
    '10:00',
  ],
  [
    'laed',
    'The fairness hearing set for May 11, 2027 at 2:00 p.m. is RESCHEDULED to May 25, 2027 at 10:00 a.m.',
    '2027-05-11',
    '14:00',
    '2027-05-25',
    '10:00',
  ],
  [
    'flsd',
    'The hearing on the [14] motion scheduled for May 11, 2027 at 2:00 p.m. has been ADJOURNED to May 14, 2027 at 2:00 p.m.',
    '2027-05-11',
    '14:00',
    '2027-05-14',
    '14:00',
  ],
];

describe('a hearing move, in any of its wordings, is one hearing moved', () => {
  for (const [court, words, from, , to, toTime] of MOVES)
    it(`${court}: ${words.slice(0, 90)}`, () => {
      const a = analyze(court, '2027-05-03', `ORDER. ${words} ${signed(court)}`);
      const h = a.hearings.map((x) => [x.change, x.date]);
      // The new day, as a move.
      expect(a.hearings).toContainEqual(expect.objectContaining({ change: 'reset', date: to, time: toTime }));
      // The old day, taken off.
      expect(h).toContainEqual(['cancelled', from]);
      // Never a second hearing: neither day set anew.
      expect(h.filter(([c]) => c === 'set')).toEqual([]);
      expect(a.hearings).toHaveLength(2);
      // Nothing of the move left unread.
      expect((a.needsReview ?? []).filter((r) => r.reason === 'partly_read')).toEqual([]);
    });

  it('the old day named by a verb first takes it off when the order only vacates it', () => {
    const a = analyze('ned', '2027-05-03', 'ORDER: The court VACATES the May 11, 2027 status conference.');
    expect(a.hearings.map((x) => [x.change, x.date])).toEqual([['cancelled', '2027-05-11']]);
  });
});

describe('the court hearing a motion it names by what it asks (M9)', () => {
  it.each([
    [
      'mowd',
      'The court ORDERS that by May 7, 2027, the defendants must file any brief in opposition, and that the court will hear the motion for a preliminary injunction on May 12, 2027 at 9:00 a.m. in Courtroom 7.',
      'preliminary_injunction_hearing',
      '2027-05-12',
      '09:00',
    ],
    [
      'ned',
      'The Court shall hear Defendants’ motion to dismiss (Filing No. 20) on May 14, 2027 at 10:00 a.m.',
      'motion_hearing',
      '2027-05-14',
      '10:00',
    ],
    [
      'dcd',
      'The Court will hear the application for a temporary restraining order at 2:00 p.m. on May 10, 2027, in Courtroom 12.',
      'temporary_restraining_order_hearing',
      '2027-05-10',
      '14:00',
    ],
  ])('%s: %s', (court, words, type, date, time) => {
    const a = analyze(court, '2027-05-03', `ORDER. ${words} ${signed(court)}`);
    expect(a.hearings).toEqual([expect.objectContaining({ type, change: 'set', date, time })]);
  });

  it('a motion the court will hear on the papers sets no hearing', () => {
    const a = analyze(
      'ctd',
      '2027-05-03',
      'ORDER. The Court will hear the motion for a preliminary injunction on the papers, without oral argument. Signed by Judge Ada Quill on 5/3/2027.',
    );
    expect(a.hearings.filter((h) => h.change === 'set')).toEqual([]);
  });
});

describe('minutes by another name record the hearing held (m6)', () => {
  it.each([
    [
      'mowd',
      'Court Minutes for Preliminary Injunction Hearing held before Judge Corwin T. Lasko on 5/12/2027 re [3]. Testimony of two witnesses. The court takes the motion under advisement. (Court Reporter Ina Volk) (ctl)',
    ],
    [
      'ctd',
      'Courtroom Minutes for Evidentiary Hearing held before Judge Ada Quill on 5/12/2027. The matter is taken under advisement. (Court Reporter Ina Volk)',
    ],
  ])('%s: %s', (court, text) => {
    const a = analyzeEntry({ number: null, dateFiled: '2027-05-12', text }, { court });
    expect(a.kind).toBe('minute_entry');
    expect(a.hearings).toContainEqual(expect.objectContaining({ change: 'held', date: '2027-05-12' }));
    expect(a.hearings.filter((h) => h.change !== 'held')).toEqual([]);
  });
});

describe('a hearing before an immigration judge, named again, is not the court’s (C4)', () => {
  it.each([
    [
      'ned',
      'Until 5:00 p.m. on May 28, 2027, Respondents are RESTRAINED from continuing to detain Petitioners without a custody redetermination hearing before an immigration judge under 8 U.S.C. § 1226(a), which hearing shall take place no later than May 20, 2027.',
    ],
    [
      'dcd',
      'Respondents shall provide Petitioner a bond hearing before an immigration judge; such hearing shall be held on or before May 20, 2027.',
    ],
    [
      'mowd',
      'Respondents shall afford each named Petitioner an individualized hearing before the Immigration Court, and said hearing shall take place on May 20, 2027 at the latest.',
    ],
  ])('%s: %s', (court, words) => {
    const a = analyze(court, '2027-05-03', `ORDER. ${words} ${signed(court)}`);
    expect(a.hearings).toEqual([]);
  });

  it('a period after "the hearing" of each custody hearing is not counted from the court’s hearing set beside it', () => {
    for (const court of ['ned', 'dcd', 'scd']) {
      const a = analyze(
        court,
        '2027-05-03',
        `ORDER. Respondents shall provide each class member a custody hearing before an immigration judge within fourteen days. Respondents shall file a notice reporting the outcome of each custody hearing within three days after the hearing is held. A status hearing is SET for May 26, 2027 at 10:00 a.m. ${signed(court)}`,
      );
      expect(a.hearings).toEqual([expect.objectContaining({ change: 'set', date: '2027-05-26' })]);
      const notice = a.deadlines.find((d) => /outcome/i.test(d.what));
      expect(notice, court).toBeDefined();
      expect(notice!.dueDate, court).toBeNull();
    }
  });

  it('"such hearing" after the court’s own hearing stays the court’s', () => {
    const a = analyze(
      'scd',
      '2027-05-03',
      'ORDER. A status conference is set for May 20, 2027 at 10:00 a.m.; such conference shall be held by video. Signed by Judge Ada Quill on 5/3/2027.',
    );
    expect(a.hearings).toEqual([expect.objectContaining({ change: 'set', date: '2027-05-20' })]);
  });
});

describe('what another order set, named to take it back, sets nothing', () => {
  it.each([
    [
      'cob',
      'MINUTE ORDER: The Order Setting Conference (ECF No. 33) is WITHDRAWN insofar as it set a status conference for January 9, 2029; the conference will be reset by separate notice.',
    ],
    [
      'ctd',
      'ORDER: The Scheduling Order (ECF No. 41) is rescinded to the extent it scheduled a settlement conference on March 4, 2027 at 10:00 a.m. All other provisions remain in effect.',
    ],
  ])('%s: %s', (court, text) => {
    const a = analyzeEntry({ number: '50', dateFiled: '2026-12-14', text }, { court });
    expect(a.hearings.filter((h) => h.change === 'set' || h.change === 'reset')).toEqual([]);
  });

  it('a setting beside it is still read', () => {
    const a = analyzeEntry(
      {
        number: '50',
        dateFiled: '2026-12-14',
        text: 'ORDER: The Order (ECF No. 33) is WITHDRAWN insofar as it set a status conference for January 9, 2029. A telephone status conference is set for January 16, 2029 at 2:00 p.m.',
      },
      { court: 'ned' },
    );
    expect(a.hearings.map((h) => [h.change, h.date])).toEqual([['set', '2029-01-16']]);
  });
});

describe('a hearing moved to another hour of the same day', () => {
  it.each([
    [
      'ned',
      'ORDER: The hearing set for May 12, 2027, is ADVANCED from 1:30 p.m. to 9:00 a.m. on the same date.',
      '2027-05-12',
      '09:00',
    ],
    [
      'scd',
      'TEXT ORDER: The status conference scheduled for June 2, 2027 is moved from 10:00 a.m. to 3:30 p.m. the same day.',
      '2027-06-02',
      '15:30',
    ],
  ])('%s: %s', (court, text, day, time) => {
    const a = analyzeEntry({ number: '40', dateFiled: '2027-05-03', text }, { court });
    const moved = a.hearings.filter((h) => h.change === 'set' || h.change === 'reset');
    expect(moved.map((h) => [h.change, h.date, h.time])).toEqual([['reset', day, time]]);
  });
});
