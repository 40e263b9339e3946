/**
 * How courts say what happens to a setting on their calendar, and the words around it that set
 * nothing (try-out 10 K6, M3, M9, M10; try-out 9 M15/p07):
 * - a setting "to be reset" ("will be reset by separate notice", "is to be rescheduled", "removed
 *   from the calendar", "taken off calendar") is off the calendar on its day until a new one is set;
 * - the reason for a move ("Due to a conflict on the Court's calendar, …", "… due to the Court's
 *   trial schedule") is no paper due;
 * - the judge's name and day in a minute order's head or tail ("MINUTE ORDER by Judge X on D.",
 *   "… before the conference by Judge X on D.") is the signature, not a day of anything it sets;
 * - the court hearing a request by what it asks ("The Court will hear the request for a preliminary
 *   injunction on Tuesday, D, at T"), in a numbered paragraph of the order, is a hearing with its hour;
 * - a report "seven days before the conference" is one duty, counted from the conference;
 * - a court of appeals' "Response brief" / "Reply brief" are the appeal's briefs, not papers on the
 *   motion the order decides.
 * Texts are hand-written in several courts' styles (names fictional; dev courts only).
 */
import { describe, expect, it } from 'vitest';
import { analyzeEntry } from './index.ts';
import { cleanDocketText } from './text.ts';

const analyze = (court: string, dateFiled: string, text: string, documentText?: string) =>
  analyzeEntry({ number: '41', dateFiled, text, ...(documentText ? { documentText } : {}) }, { court });

const flagged = (a: ReturnType<typeof analyze>) => (a.needsReview ?? []).flatMap((f) => f.triggers);

describe('a setting to be reset is off the calendar on its day', () => {
  const CASES: [string, string, string][] = [
    [
      'ded',
      'ORDER: The telephonic status conference set for June 9, 2027 at 10:00 a.m. will be reset by separate notice. Signed by Judge Ada Quill on 5/20/2027.',
      '2027-06-09',
    ],
    [
      'flsd',
      'PAPERLESS ORDER. The Status Conference set for 6/9/2027 is hereby REMOVED FROM THE CALENDAR and will be reset, if necessary, by separate order. Signed by Magistrate Judge Tomas Reyna on 5/20/2027.',
      '2027-06-09',
    ],
    [
      'laed',
      'ORDER: IT IS ORDERED that the Scheduling Conference set for June 9, 2027 is TAKEN OFF CALENDAR, to be reset by the Court at a later date. Signed by Judge Ada Quill on 5/20/2027.',
      '2027-06-09',
    ],
    [
      'mad',
      'Judge Corwin T. Lasko: ELECTRONIC ORDER entered. The Motion Hearing set for 6/9/2027 is to be rescheduled. (Clerk, Ann)',
      '2027-06-09',
    ],
    [
      'nmd',
      'ORDER by Magistrate Judge Tomas Reyna. The status conference previously noticed for June 9, 2027 at 1:30 p.m. is VACATED, and the conference will be reset by separate notice. (tr)',
      '2027-06-09',
    ],
  ];
  for (const [court, text, day] of CASES)
    it(`${court}: ${text.slice(0, 70)}…`, () => {
      const a = analyze(court, '2027-05-20', text);
      expect(a.hearings.filter((h) => h.change === 'set' || h.change === 'reset')).toEqual([]);
      expect(a.hearings.some((h) => h.change === 'cancelled' && h.date === day)).toBe(true);
      expect(a.deadlines).toEqual([]);
    });

  it('the conference named again after the part of another order taken back has that part’s day', () => {
    const a = analyze(
      'scd',
      '2028-12-14',
      'ORDER: The Order on Remand (ECF No. 61) is WITHDRAWN insofar as it set a status conference for March 8, 2029; the conference will be reset by separate notice. All other provisions of ECF No. 61 remain in effect; signed by Judge Ada Quill (ksv) (Entered: 12/14/2028)',
    );
    expect(a.hearings.map((h) => [h.change, h.date])).toEqual([['cancelled', '2029-03-08']]);
    expect(flagged(a)).toEqual([]);
  });

  it('a reset that gives its new day is a move, not a setting taken off', () => {
    const a = analyze(
      'ded',
      '2027-05-20',
      'ORDER: The status conference set for June 9, 2027 will be reset to June 16, 2027 at 2:00 p.m. Signed by Judge Ada Quill on 5/20/2027.',
    );
    expect(a.hearings.find((h) => h.change === 'reset')).toMatchObject({ date: '2027-06-16', time: '14:00' });
    expect(a.hearings.some((h) => h.change === 'cancelled' && h.date === '2027-06-16')).toBe(false);
  });
});

describe('the reason for a move sets nothing due', () => {
  const CASES: [string, string][] = [
    [
      'dcd',
      "MINUTE ORDER. Due to a conflict on the Court's calendar, the Motion Hearing set for 6/9/2027 is VACATED and RESET to 6/10/2027 at 01:30 PM in Courtroom 14. Signed by Judge Ada Quill on 5/20/2027.",
    ],
    [
      'ctd',
      'ORDER. Due to an unavoidable conflict in the Court’s schedule, the motion hearing previously scheduled for June 9, 2027 is RESCHEDULED to June 10, 2027 at 1:30 p.m. Signed by Judge Ada Quill on 5/20/2027.',
    ],
    [
      'scd',
      "TEXT ORDER: The motion hearing set for June 9, 2027 is continued to June 10, 2027 at 1:30 p.m. due to the Court's trial schedule. Signed by Judge Ada Quill on 5/20/2027.",
    ],
    [
      'ned',
      'TEXT ORDER: Owing to the illness of the presiding judge, the motion hearing set for June 9, 2027 is moved to June 10, 2027 at 1:30 p.m. Ordered by Judge Corwin T. Lasko.',
    ],
  ];
  for (const [court, text] of CASES)
    it(`${court}: ${text.slice(0, 70)}…`, () => {
      const a = analyze(court, '2027-05-20', text);
      expect(a.deadlines).toEqual([]);
      const moved = a.hearings.find((h) => h.change === 'reset');
      expect(moved).toMatchObject({ date: '2027-06-10', time: '13:30' });
      expect(a.hearings.filter((h) => h.change === 'set')).toEqual([]);
    });

  it('a paper due to someone is still due', () => {
    const a = analyze(
      'mad',
      '2027-05-20',
      'ELECTRONIC ORDER: Plaintiffs shall file their response to the [30] motion to dismiss no later than June 3, 2027. (Clerk, Ann)',
    );
    expect(a.deadlines.map((d) => d.dueDate)).toEqual(['2027-06-03']);
  });
});

describe('the judge and day written into a minute order are its signature', () => {
  const CASES: [string, string][] = [
    [
      'dcd',
      'MINUTE ORDER by Judge Ada Quill on 5/20/2027. A Status Conference is SET for 6/9/2027 at 10:00 AM in Courtroom 3 before Judge Ada Quill. Text Only Entry. (aqlc1, ) (Entered: 05/20/2027)',
    ],
    [
      'nmd',
      'ORDER by Magistrate Judge Tomas Reyna on 5/20/2027: A Status Conference is set for June 9, 2027 at 10:00 AM by telephone. (tr)',
    ],
    [
      'flsd',
      'PAPERLESS ORDER setting a Status Conference for 6/9/2027 at 10:00 AM in Miami Division before Judge Ada Quill. By Judge Ada Quill on 5/20/2027. (aq)',
    ],
  ];
  for (const [court, text] of CASES)
    it(`${court}: ${text.slice(0, 60)}…`, () => {
      const a = analyze(court, '2027-05-20', text);
      expect(a.hearings).toMatchObject([{ change: 'set', date: '2027-06-09', time: '10:00' }]);
      expect(a.deadlines).toEqual([]);
      expect(flagged(a).filter((t) => /5\/20\/2027/.test(t))).toEqual([]);
    });

  it('a report due days before a conference is one duty, counted from the conference', () => {
    const a = analyze(
      'dcd',
      '2028-11-08',
      'ORDER ON MANDATE. The Court SETS a Status Conference for 11/29/2028 at 10:00 AM in Courtroom 3. The parties shall file a joint status report seven days before the conference by Judge Ada Quill on 11/8/2028. (aqlc1, ) (Entered: 11/08/2028)',
    );
    expect(a.deadlines).toHaveLength(1);
    expect(a.deadlines[0]).toMatchObject({ what: 'joint status report', dueDate: '2028-11-22' });
    expect(a.deadlines[0]!.period).toMatchObject({ n: 7, direction: 'before', trigger: '2028-11-29' });
  });

  it('"remains due" restates the duty under its own name', () => {
    const a = analyze(
      'ded',
      '2028-11-15',
      "MINUTE ORDER by Judge Ada Quill on 11/15/2028. The Status Conference set for 11/29/2028 is VACATED. The parties' joint status report remains due on 11/22/2028. Text Only Entry.",
    );
    expect(a.deadlines.map((d) => [d.what, d.party, d.dueDate])).toEqual([
      ['joint status report', 'parties', '2028-11-22'],
    ]);
    expect(a.hearings.map((h) => [h.change, h.date])).toEqual([['cancelled', '2028-11-29']]);
  });
});

describe('the court hearing a request by what it asks, in a numbered paragraph', () => {
  const CASES: [string, string, string, string, string][] = [
    [
      'wawb',
      'The Court will hear the request for a preliminary injunction on Tuesday, February 1, 2028, at 10:00 a.m.',
      'preliminary_injunction_hearing',
      '2028-02-01',
      '10:00',
    ],
    [
      'ded',
      'The Court shall hear the request for a temporary restraining order on February 1, 2028 at 2:30 p.m. in Courtroom 4A.',
      'temporary_restraining_order_hearing',
      '2028-02-01',
      '14:30',
    ],
    [
      'mowd',
      'The Court will hear Plaintiffs’ objections on Wednesday, February 2, 2028, at 9:00 a.m.',
      'motion_hearing',
      '2028-02-02',
      '09:00',
    ],
  ];
  for (const [court, paragraph, type, day, time] of CASES)
    it(`${court}: ${paragraph.slice(0, 60)}…`, () => {
      const order = `ORDER\n\nIT IS HEREBY ORDERED:\n1. The motion (ECF No. 3) is GRANTED IN PART.\n2. Defendant's brief in opposition is due on or before January 27, 2028.\n3. ${paragraph}\n4. Security is waived.\nIT IS SO ORDERED.`;
      const a = analyze(
        court,
        '2028-01-21',
        'ORDER granting in part [3] Motion; signed by Judge Ada Quill (aq)',
        order,
      );
      const h = a.hearings.filter((x) => x.change === 'set');
      expect(h).toHaveLength(1);
      expect(h[0]).toMatchObject({ date: day, time });
      expect(h[0]!.type).toBe(type);
    });
});

describe("a court of appeals' briefs keep their names", () => {
  it.each([
    [
      'COURT ORDER filed granting Motion to expedite appeal [12]. Opening brief due 04/05/2027. Response brief due 04/26/2027. Reply brief due 05/03/2027.',
    ],
    [
      'Filed order (Appellate Commissioner): The motion to expedite [12] is granted. The opening brief is due April 5, 2027; the answering brief is due April 26, 2027; the optional reply brief is due May 3, 2027.',
    ],
  ])('ca9: %s', (text) => {
    const a = analyze('ca9', '2027-03-15', text);
    const names = a.deadlines.map((d) => d.what).join(' | ');
    expect(a.deadlines.map((d) => d.dueDate).sort()).toEqual(['2027-04-05', '2027-04-26', '2027-05-03']);
    expect(names).not.toMatch(/\[12\]/);
  });
});

describe('a setting to take place "instead" on another day is the same setting moved', () => {
  it.each([
    [
      'ned',
      'TEXT ORDER: The status conference noticed for May 3, 2028 at 11:00 a.m. shall instead take place on May 10, 2028 at 9:30 a.m. in Courtroom 3. Ordered by Judge Corwin T. Lasko.',
    ],
    [
      'scd',
      'TEXT ORDER: The status conference set for May 3, 2028 at 11:00 a.m. will instead be held on May 10, 2028, at 9:30 a.m. Signed by Judge Ada Quill on 4/24/2028.',
    ],
  ])('%s', (court, text) => {
    const a = analyze(court, '2028-04-24', text);
    expect(a.hearings.filter((h) => h.change === 'set')).toEqual([]);
    expect(a.hearings.find((h) => h.change === 'reset')).toMatchObject({ date: '2028-05-10', time: '09:30' });
    expect(flagged(a)).toEqual([]);
  });
});

describe("the signature is only the judge's name and its day", () => {
  it.each([
    // another judge's day after a signature clause: a date of its own
    [
      'In accordance with General Order 2027-3 signed May 4, 2027 by Chief Judge Ada Quill, this case will be reassigned to Judge Tomas Reyna on June 22, 2027.',
      'June 22, 2027',
    ],
    // a proceeding conducted by a judge on a day: the proceeding's day
    ['A settlement conference shall be conducted by Magistrate Judge Tomas Reyna on 6/22/2027.', '6/22/2027'],
    ['The motion will be heard by Judge Ada Quill on June 22, 2027 at 9:00 a.m.', 'June 22, 2027'],
  ])('%s keeps %s', (text, day) => {
    expect(cleanDocketText(text)).toContain(day);
  });

  it.each([
    ['MINUTE ORDER by Judge Ada Quill on 5/20/2027. A Status Conference is SET for 6/9/2027.', '5/20/2027'],
    [
      'ORDER granting [12] Motion to Continue by Magistrate Judge Tomas Reyna on 5/20/2027. (tr)',
      '5/20/2027',
    ],
    ['ORDER BY CHIEF JUDGE ADA QUILL ON 5/20/2027: THE STATUS CONFERENCE IS VACATED.', '5/20/2027'],
  ])('%s drops %s', (text, day) => {
    expect(cleanDocketText(text)).not.toContain(day);
  });
});
