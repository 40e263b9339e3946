/**
 * Issue #14's language, each rule in several courts' styles (hand-written, names fictional): the
 * hearing lifecycle, court event names, periods in other word orders, CM/ECF's own response
 * dates, and the dates that are not findings at all.
 */
import { describe, expect, it } from 'vitest';
import { analyzeEntry } from './index.ts';

const at = (dateFiled: string, text: string, court?: string) =>
  analyzeEntry({ number: '40', dateFiled, text }, court ? { court } : {});
const hearings = (dateFiled: string, text: string, court?: string) =>
  at(dateFiled, text, court).hearings.map((h) => [h.change, h.date, h.time]);
const dues = (dateFiled: string, text: string, court?: string) =>
  at(dateFiled, text, court).deadlines.map((d) => d.dueDate);

describe('hearing lifecycle', () => {
  it.each([
    [
      'ilnd',
      'MINUTE entry: The motion hearing previously set for 4/5/17 is stricken and reset to 5/24/17 at 9:30 AM.',
    ],
    [
      'txsd',
      'ORDER: The Motion Hearing currently set for 4/5/2017 is hereby STRICKEN and RESET to 5/24/2017 at 9:30 a.m.',
    ],
    [
      'paed',
      'ORDER that the hearing on the motion [22] originally scheduled for April 5, 2017 is vacated and reset for May 24, 2017 at 9:30 AM.',
    ],
  ])('%s: stricken (vacated) and reset is the old date cancelled and the new one set', (court, text) => {
    expect(hearings('2017-03-20', text, court).sort()).toEqual([
      ['cancelled', '2017-04-05', null],
      ['reset', '2017-05-24', '09:30'],
    ]);
  });

  it.each([
    [
      'dcd',
      'MINUTE ORDER: The Status Conference set for May 10, 2017 is ADVANCED to May 9, 2017, at 11:00 AM and will proceed by telephone.',
      '2017-05-09',
    ],
    [
      'nvd',
      'MINUTE ORDER: The status conference set for May 10, 2017 is advanced to May 9, 2017 at 11:00 AM.',
      '2017-05-09',
    ],
    [
      'wawd',
      'ORDER: The Status Conference set for 5/10/2017 is continued to 5/19/2017 at 11:00 AM and will be held in Courtroom 5.',
      '2017-05-19',
    ],
  ])('%s: a setting advanced or continued, then how it will go on, is one move', (court, text, to) => {
    expect(hearings('2017-04-20', text, court).sort()).toEqual([
      ['cancelled', '2017-05-10', null],
      ['reset', to, '11:00'],
    ]);
  });

  it.each([
    [
      'mied',
      'Set/Reset Hearings: Status Conference set for 4/10/2017 10:00 AM before District Judge Ann Lowe.',
    ],
    ['ohnd', 'Set/Reset Deadlines/Hearings as to Ray Dunn: Status Conference set for 4/10/2017 at 10:00 AM.'],
  ])('%s: the docket title "Set/Reset" does not make a first setting a reset', (court, text) => {
    expect(hearings('2017-03-20', text, court)).toEqual([['set', '2017-04-10', '10:00']]);
  });

  it.each([
    [
      'txwd',
      'Set/Reset Hearings as to Dale Fry: Sentence With PSR is reset to 6/1/2015 09:00 AM before Judge Ida Moss.',
      'reset',
      '2015-06-01',
    ],
    [
      'txwd',
      'Set/Reset Hearings: Motion Hearing/Trial Setting set for 5/2/2017 02:00 PM before Judge Ida Moss.',
      'set',
      '2017-05-02',
    ],
    [
      'txsd',
      'Detention Hearing (flight) set for 3/23/2017 10:00 AM before Magistrate Judge Lee Park.',
      'set',
      '2017-03-23',
    ],
    [
      'casd',
      'Change of Plea Hearing set for 3/30/2017 09:00 AM before Magistrate Judge Lee Park.',
      'set',
      '2017-03-30',
    ],
  ])('%s: court event names', (court, text, change, date) => {
    expect(hearings(`${date.slice(0, 4)}-03-20`, text, court).map(([c, d]) => [c, d])).toEqual([
      [change, date],
    ]);
  });

  it.each([
    ['hid', 'ORDER setting Calendar Call for 9:31 5/3/04 and Jury Trial for 5/10/04.'],
    ['nvd', 'ORDER setting Calendar Call for 9:31 AM on 5/3/2004, and Jury Trial for 5/10/2004.'],
  ])('%s: a time written before the date, and a second event in the same list', (court, text) => {
    expect(hearings('2004-04-20', text, court)).toEqual([
      ['set', '2004-05-03', '09:31'],
      ['set', '2004-05-10', null],
    ]);
  });

  it('a setting moved to another hour of the same day is reset', () => {
    expect(
      hearings(
        '2004-11-22',
        'EO: MINUTES: Final Pretrial Conference set for 02/22/2005 10:00 AM is moved to 02:00 PM.',
        'hid',
      ),
    ).toEqual([['reset', '2005-02-22', '14:00']]);
  });

  it.each([
    [
      'ilnd',
      'NOTICE of Motion by Ann Lowe for presentment of motion for preliminary injunction [5] before Honorable Ray Dunn on 8/28/2020 at 09:15 AM.',
    ],
    [
      'ilnd',
      'NOTICE of Motion by Ray Dunn for presentment of motion for extension of time to file answer [7] before Honorable Ida Moss on 8/28/2020 at 09:15 AM.',
    ],
  ])('%s: a presentment notice sets the day the motion is presented, not a deadline', (court, text) => {
    const a = at('2020-08-10', text, court);
    expect(a.hearings.map((h) => [h.change, h.date, h.time])).toEqual([['set', '2020-08-28', '09:15']]);
    expect(a.deadlines).toEqual([]);
  });

  it.each([
    [
      'cacd',
      'NOTICE OF MOTION AND MOTION to Dismiss filed by Defendant. Motion set for hearing on 7/21/2014 at 01:30 PM before Judge Ann Lowe.',
    ],
    [
      'jpml',
      'HEARING ORDER -- Setting motion to transfer for Panel hearing on July 21, 2014 in Chicago, Illinois.',
    ],
    [
      'ned',
      'TEXT MINUTE ENTRY: Status Conference held. This matter is continued for a Status Conference on 07/21/2014 at 12:00 p.m.',
    ],
  ])('%s: "set for hearing on D", "continued for a conference on D"', (court, text) => {
    expect(
      hearings('2014-06-20', text, court)
        .filter(([c]) => c !== 'held')
        .map(([, d]) => d),
    ).toEqual(['2014-07-21']);
  });
});

describe('periods in other word orders', () => {
  it.each([
    [
      'ilnd',
      'ORDER: within ten (10) days from entry of this Order, Defendants respond to the motion showing cause why it should not be granted.',
      '2017-03-30',
    ],
    [
      'txsd',
      'ORDER: on or before 15 days from entry of this Order, govt. shall respond to the motion [12].',
      '2017-04-04',
    ],
    [
      'cavc',
      'ORDERED that the Secretary, within 30 days after the date of this order, file a response to the petition.',
      '2017-04-19',
    ],
    [
      'mied',
      'ORDER granting [10] motion. The parties have seven (7) calendar days to file objections.',
      '2017-03-27',
    ],
    [
      'nysd',
      'ORDER: Defendant shall have fourteen (14) days from the date of this Order to answer the complaint.',
      '2017-04-03',
    ],
  ])('%s', (court, text, due) => {
    expect(dues('2017-03-20', text, court)).toEqual([due]);
  });

  it('court days skip weekends; calendar days do not', () => {
    expect(
      dues(
        '2017-03-20',
        'ORDER: Plaintiff shall file a reply within five (5) court days of this Order.',
        'cand',
      ),
    ).toEqual(['2017-03-27']);
    expect(
      dues(
        '2017-03-20',
        'ORDER: Plaintiff shall file a reply within five (5) calendar days of this Order.',
        'cand',
      ),
    ).toEqual(['2017-03-27']);
  });
});

describe("CM/ECF's computed dates", () => {
  it.each([
    [
      'flsd',
      'MOTION to Dismiss by Dale Fry. Responses due by 9/8/2009. (Attachments: # 1 Exhibit A)(Fry, Dale)',
    ],
    ['gand', 'MOTION for Summary Judgment with Brief In Support by Ann Lowe. Responses due by 9/8/2009.'],
  ])('%s: "Responses due by D" in a motion is the date the court\'s system set', (court, text) => {
    const d = at('2009-08-20', text, court).deadlines;
    expect(d.map((x) => [x.change, x.dueDate, x.basis])).toEqual([
      ['set', '2009-09-08', 'clerk_computed_in_text'],
    ]);
  });
});

describe('dates that are not findings', () => {
  it.each([
    [
      'ORDER re [12]. [original text prior to review] The parties shall file a joint status report due on 07/25/2023.',
      [],
    ],
    ['PROTECTIVE ORDER entered in MDL 2500 filed in MDL on 2/21/2014.', []],
    ['ORDER TO CONTINUE - Ends of Justice as to Dale Fry. Time excluded from 6/9/17 until 9/8/17.', []],
    [
      'STIPULATION and ORDER as to Ann Lowe. Excludable delay from 4/11/2017 through 7/10/2017 under the Speedy Trial Act.',
      [],
    ],
  ])('%s', (text, due) => {
    expect(dues('2017-06-09', text)).toEqual(due);
  });

  it('a telephone status hearing is a hearing, not a deadline', () => {
    const a = at(
      '2017-06-09',
      'Set Deadlines/Hearings: Telephone Status Hearing set for 6/20/2017 at 10:00 AM.',
      'mied',
    );
    expect(a.deadlines).toEqual([]);
    expect(a.hearings.map((h) => h.date)).toEqual(['2017-06-20']);
  });
});

describe('stays', () => {
  it.each([
    'ORDER: This case is now stayed pending further order of the Court.',
    'MINUTE ORDER: All proceedings are hereby temporarily stayed until further order.',
  ])('%s', (text) => {
    expect(at('2017-06-09', text).stays.map((s) => [s.action, s.until])).toEqual([
      ['granted', 'further_order'],
    ]);
  });
});

describe('second round: lifecycle and periods in more courts’ words', () => {
  it.each([
    ['pawb', 'ORDER: The Order to Show Cause is continued generally.'],
    ['nysd', 'ORDER: The status conference is adjourned sine die.'],
    ['ilnd', 'MINUTE entry: The motion hearing is continued until further order of the Court.'],
  ])('%s: continued/adjourned with no new day takes the setting off, undated', (court, text) => {
    expect(hearings('2023-01-30', text, court)).toEqual([['cancelled', null, null]]);
  });

  it.each([
    ['nysd', 'MEDIATION CONFERENCE NOT HELD: Mediation Conference scheduled for 06/07/2021 was not held.'],
    [
      'cand',
      'CLERK’S NOTICE: The Settlement Conference set for 6/7/2021 did not go forward and was not held.',
    ],
  ])('%s: a setting that was not held is off', (court, text) => {
    expect(hearings('2021-06-01', text, court)).toEqual([['cancelled', '2021-06-07', null]]);
  });

  it.each([
    [
      'ned',
      'ORDER: The trial of this case is set to commence before the Honorable Ann Lowe, Senior United States District Judge, in Courtroom 1, United States Courthouse, Lincoln, Nebraska, at 9:00 a.m. on March 2, 2015.',
    ],
    [
      'iasd',
      'ORDER: Jury trial is set to begin in Courtroom 2, Davenport, Iowa, at 9:00 a.m. on March 2, 2015.',
    ],
  ])('%s: "set to commence" with the place before the day', (court, text) => {
    expect(hearings('2014-11-25', text, court)).toEqual([['set', '2015-03-02', '09:00']]);
  });

  it('a pretrial conference is not a trial, so "continuing trial" does not reset it', () => {
    expect(
      hearings(
        '2004-11-22',
        'STIPULATION and order continuing trial by Judge Ann Lowe; jury trial set for 9:00 3/22/05; pretrial set for 10:00 2/22/05',
        'hid',
      ),
    ).toEqual([
      ['reset', '2005-03-22', '09:00'],
      ['set', '2005-02-22', '10:00'],
    ]);
  });

  it.each([
    [
      'dcb',
      'Hearing on Approval of Disclosure Statement and Confirmation of Plan Set for 3/13/2024 at 1:00 PM.',
    ],
    [
      'txsb',
      'Hearing on Debtor’s Motion to Sell Property Free and Clear of Liens Set for 3/13/2024 at 1:00 PM.',
    ],
  ])('%s: a long hearing name before "Set for" is a hearing, not a due date', (court, text) => {
    const a = at('2024-01-31', `Minute Entry RE: Hearing Held. ${text}`, court);
    expect(a.deadlines).toEqual([]);
    expect(a.hearings.map((h) => [h.change, h.date, h.time])).toContainEqual(['set', '2024-03-13', '13:00']);
  });

  it('one hearing named twice at the same day and hour is one setting', () => {
    const h = hearings(
      '2009-09-15',
      'Minute Entry for proceedings held before Judge Ann Lowe: the hearing on the motion will be held at 10:00 AM on 9/25/09. Motion Hearing set for 9/25/2009 10:00 AM in Room 220.',
      'utd',
    );
    // The minutes were held the day they were filed: "will be held … on D" is a setting.
    expect(h).toEqual([
      ['held', '2009-09-15', null],
      ['set', '2009-09-25', '10:00'],
    ]);
  });

  it('the hour given after the setting ("set for D will be held at T")', () => {
    expect(
      hearings(
        '2009-09-15',
        'ORDER: The Competency Hearing set for 11/30/2009 will be held at 08:30 AM each day.',
        'utd',
      ),
    ).toEqual([['set', '2009-11-30', '08:30']]);
  });

  it.each([
    [
      'caed',
      'MINUTES before Judge Lowe: motions filing ddl set for 2/23/04; Govt ddl 03/8/4',
      '2004-02-09',
      ['2004-02-23', '2004-03-08'],
    ],
    [
      'casb',
      'Notice of Meeting of Creditors. Financial Management Course Due Date: 3/31/2025. Objections for Discharge due by 3/31/2025.',
      '2024-12-29',
      ['2025-03-31', '2025-03-31'],
    ],
  ])('%s: clerks’ abbreviations and "Due Date:" labels', (court, text, filed, want) => {
    expect(dues(filed, text, court).sort()).toEqual(want);
  });

  it('a one-digit year is read only near the entry’s own year', () => {
    expect(dues('2004-02-09', 'MINUTES: Govt ddl 03/8/4', 'caed')).toEqual(['2004-03-08']);
    expect(dues('2019-02-09', 'MINUTES: Govt ddl 03/8/4', 'caed')).toEqual([]);
  });

  it('Speedy Trial codes (XE started … end date) are not deadlines', () => {
    const a = at('2004-02-09', 'MINUTES: XE started for Dft start date: 2/9/4 end date: 3/15/4', 'caed');
    expect(a.deadlines).toEqual([]);
    expect(a.needsReview ?? []).toEqual([]);
  });

  it.each([
    [
      'txed',
      'Defendant’s Unopposed Second Application for Extension of Time to Answer Complaint [10] is granted pursuant to Local Rule CV-12 for Acme, Inc. to 2/12/2016.',
    ],
    ['txnd', 'Plaintiff’s Motion for Extension of Time to File Response [22] is GRANTED to 2/12/2016.'],
  ])('%s: a filing named first and then granted is an order that extends to the date', (court, text) => {
    const a = at('2016-01-27', text, court);
    expect(a.kind).toBe('order');
    expect(a.deadlines.map((d) => [d.dueDate, d.change])).toEqual([['2016-02-12', 'extended']]);
  });

  it('one obligation named twice in a clause with the same day is one deadline; two parties’ are two', () => {
    expect(
      dues(
        '2023-01-30',
        'ORDER: On or before 3/1/2023, Ms. Roe shall file a Renewed Application for Expense Claim shall be filed on or before 3/1/2023.',
        'pawb',
      ),
    ).toEqual(['2023-03-01']);
    expect(
      dues(
        '2017-11-22',
        'ORDER: Government Sentencing Memo Deadline 12/14/2017, Defendant Sentencing Memo Deadline 12/14/2017.',
        'nynd',
      ),
    ).toEqual(['2017-12-14', '2017-12-14']);
  });

  it.each([
    'no objections to the report have been filed within 30 days thereafter, it is ORDERED that the case is closed.',
    'the claim was paid within 14 days of the demand, and the case is closed.',
  ])('a period governed by a past verb is a past act, not a deadline, and is not flagged: %s', (text) => {
    const a = at('2023-11-06', `ORDER CLOSING CASE. It appearing that ${text}`, 'cob');
    expect(a.deadlines).toEqual([]);
  });

  it('"ORDER that on or before D, plaintiff either cause … or file a status report"', () => {
    expect(
      dues(
        '2009-05-11',
        'ORDER that on or before May 20, 2009, plaintiff either cause process to be served and proof of service to be filed with the Court, or file a status report with the Court advising why service has not been made.',
        'dcd',
      ),
    ).toEqual(['2009-05-20']);
  });

  it('"Notice of Determination of Motion Without Oral Argument": decided on the briefs', () => {
    expect(hearings('2017-05-22', 'Notice of Determination of Motion Without Oral Argument', 'mied')).toEqual(
      [['cancelled', null, null]],
    );
  });
});

describe('second round: forms found flagged in the fixtures, read now', () => {
  it.each([
    [
      'dcd',
      'ORDER. By November 18, 2022, the parties shall file a joint status letter informing the Court of the status.',
      '2022-11-18',
    ],
    [
      'laed',
      'ORDER: By Friday 7/29/2022, the District Attorney shall file, with the Fifth Circuit, a certified copy of the state court record.',
      '2022-07-29',
    ],
    ['nysd', 'ORDER: On or before November 18, 2022, the parties shall submit a joint letter.', '2022-11-18'],
  ])('%s: the date first, then who acts and the act', (court, text, due) => {
    expect(dues('2022-07-10', text, court)).toEqual([due]);
  });

  it.each([
    [
      'nysd',
      'ORDER. The Court will hold a teleconference to discuss the pending motion for summary judgment, Dkt. No. 40, on September 23, 2022 at 1:00 p.m.',
      'set',
    ],
    [
      'mowd',
      'AMENDED NOTICE OF HEARING as to Dan Bess. Bond Hearing REset for 9/23/2022 at 1:00 PM in Magistrate Courtroom.',
      'reset',
    ],
    [
      'cacd',
      'ORDER: granting [51] Request to Continue. Motions [42][43] reset for hearing on 9/23/2022 at 01:00 PM before Judge Ann Lowe.',
      'reset',
    ],
    // "Both motions have been continued from D1 to D2" (D. Haw.): each motion's hearing, off D1 and on
    // D2, as the real corpus labels it — in families.test.ts.
  ])('%s: teleconferences, mixed-case verbs, motions reset for hearing', (court, text, change) => {
    const a = at('2022-08-30', text, court);
    // Each motion noticed for its own hearing: "Motions [42][43] reset for hearing" moves two.
    const motions = /Motions \[42\]\[43\]/.test(text) ? 2 : 1;
    expect(a.hearings.map((h) => [h.change, h.date, h.time])).toEqual(
      Array(motions).fill([change, '2022-09-23', '13:00']),
    );
    expect(a.needsReview ?? []).toEqual([]);
  });
});

describe('dev-hear round (twelfth session): reports of a setting, corrections, void entries', () => {
  it.each([
    ['ctb', 'Hearing not Held; Denied as moot. (related document(s) 14 ). (Doe, Jane) (Entered: 03/04/2011)'],
    ['mad', 'Status Conference not held. Parties to file a joint report.'],
  ])(
    '%s: a setting reported as not held, with no day of its own, is off on the day it reports',
    (court, text) => {
      expect(hearings('2011-03-03', text, court)).toEqual([['cancelled', '2011-03-03', null]]);
    },
  );

  it('a setting that will not be held, with no day, stays undated', () => {
    expect(hearings('2011-03-03', 'NOTICE: The status hearing will not be held.', 'ctd')).toEqual([
      ['cancelled', null, null],
    ]);
  });

  it.each([
    [
      'nceb',
      'Meeting of Creditors Held and Concluded on 04/12/2011. Filed by Trustee (Roe, Ann)',
      '2011-04-12',
    ],
    ['laeb', '341 Meeting of Creditors Held on 04/12/2011. Debtor appeared.', '2011-04-12'],
  ])('%s: the meeting held on the day its report states, not the day it was docketed', (court, text, day) => {
    expect(hearings('2011-04-14', text, court)).toEqual([['held', day, null]]);
  });

  it.each([
    [
      'deb',
      'Motion to Sell Filed by Acme Widgets, Inc. Hearing scheduled for 5/3/2011 -CORRECT HEARING DATE IS 5/10/2011 at 2:00 PM at Courtroom 6.',
    ],
    [
      'pamb',
      'Notice of Hearing. Hearing scheduled for 5/3/2011 at 9:30 AM. CORRECTED HEARING DATE: 5/10/2011 at 2:00 PM',
    ],
  ])('%s: the clerk’s corrected day replaces the printed one, and nothing is left to read', (court, text) => {
    const a = at('2011-04-20', text, court);
    expect(a.hearings.map((h) => [h.change, h.date, h.time])).toEqual([['set', '2011-05-10', '14:00']]);
    expect(a.needsReview).toBeUndefined();
  });

  it.each([
    'Motion for Relief from Stay Filed by First Bank. Hearing scheduled for 6/1/2011 at 10:00 AM. (DOCKETED IN CONSOLIDATED CASE IN ERROR. TO BE REDOCKETED IN LEAD CASE)',
    'Notice of Hearing. Hearing scheduled for 6/1/2011 at 10:00 AM. (Doe, J) FILED IN ERROR - WRONG PDF',
  ])('an entry the clerk marks as docketed in error sets nothing: %s', (text) => {
    const a = at('2011-05-10', text, 'njb');
    expect([a.hearings, a.deadlines, a.needsReview]).toEqual([[], [], undefined]);
  });

  it.each([
    [
      'cob',
      'Chapter 13 Voluntary Petition. The list of creditors must be filed no later than 7 days from the date of the filing of the petition.',
      '2011-06-13',
    ],
    [
      'waeb',
      'Chapter 7 Voluntary Petition. Matrix due within 5 calendar days from the filing of the petition.',
      '2011-06-13',
    ],
  ])('%s: a period from the filing of the paper the entry is runs from its date', (court, text, due) => {
    // 2011-06-06 + 7 = 6/13 (Mon); + 5 = 6/11 (Sat) → 6/13.
    expect(dues('2011-06-06', text, court)).toEqual([due]);
  });

  it('a period from the filing of another paper stays undated', () => {
    expect(
      dues('2011-06-06', "ORDER: Objections are due 14 days from the filing of the trustee's report.", 'cob'),
    ).toEqual([null]);
  });
});

describe('a court setting written as a heading, with no verb', () => {
  it.each([
    [
      'ared',
      'ORDER: Calendar Call for 9:31 5/3/04. Jury Trial set for 5/10/04.',
      [
        ['set', '2004-05-03', '09:31'],
        ['set', '2004-05-10', null],
      ],
    ],
    ['nmd', 'MINUTE ORDER: Pretrial Conference for 9:00 AM on 5/3/04.', [['set', '2004-05-03', '09:00']]],
    ['scd', 'ORDER: Status Conference for May 3, 2004 at 10:00 AM.', [['set', '2004-05-03', '10:00']]],
  ])('%s: the event at the head of the sentence, "for" its day, is set', (court, text, expected) => {
    expect(hearings('2004-04-20', text, court)).toEqual(expected);
  });

  it('a party asking "for Hearing for D" sets nothing (and is flagged for a person)', () => {
    const a = at('2004-04-20', 'Motion for Hearing for 5/3/04 by Acme Corp.', 'ared');
    expect(a.hearings).toEqual([]);
    expect(a.needsReview?.length).toBeGreaterThan(0);
  });
});

describe('decided on the papers; adjourned without a date', () => {
  it.each([
    ['ca9', 'ORDER FILED. Submitted on the briefs without oral argument on 3/12/2019.', '2019-03-12'],
    [
      'ca9',
      'ORDER: This case is submitted on the briefs without oral argument as of 3/12/2019.',
      '2019-03-12',
    ],
    ['nmd', 'MINUTE ORDER: The motion to compel [30] is submitted without oral argument.', null],
  ])(
    '%s: the court submits the matter on the papers: the argument is off (on the briefs)',
    (court, text, day) => {
      expect(hearings('2019-03-01', text, court)).toEqual([['cancelled', day, null]]);
    },
  );

  it('a party asking to submit on the briefs sets nothing', () => {
    expect(
      hearings(
        '2019-03-01',
        'MOTION filed by Appellant to have the case submitted on the briefs without oral argument.',
        'ca9',
      ),
    ).toEqual([]);
  });

  it.each([
    ['nyeb', 'Adjourned Without Date (RE: related document(s) 12 Motion for Relief from Stay)'],
    ['njb', 'Hearing Adjourned Sine Die (RE: related document(s) 12 Motion to Dismiss)'],
  ])('%s: a title adjourning without a date takes the hearing off, undated', (court, text) => {
    expect(hearings('2019-03-01', text, court)).toEqual([['cancelled', null, null]]);
  });
});

it.each([
  [
    'txwb',
    'Order Setting Hearing on Motion to Dismiss (Related Doc # 12) Hearing to be held on 4/2/2019 at 01:30 PM Austin Courtroom 1 for 12,',
  ],
  [
    'laeb',
    'Order Setting Hearing on Motion for Relief from Stay (Related Doc # 9) Hearing to be held on 4/2/2019 at 01:30 PM.',
  ],
])('%s: a title naming the hearing and its setting are one hearing, not two', (court, text) => {
  expect(hearings('2019-03-01', text, court)).toEqual([['set', '2019-04-02', '13:30']]);
});

describe('a period counted from a sitting or a day the trigger states', () => {
  it.each([
    [
      'nhb',
      'ORDER: Responses to the motion shall be filed at least seven days before the hearing on 3/26/2019.',
      '2019-03-19',
    ],
    [
      'mowd',
      'ORDER: Exhibit lists are due no later than 14 days before the final pretrial conference set for April 15, 2019 at 10:00 AM.',
      '2019-04-01',
    ],
    ['ctd', 'ORDER: Plaintiff shall file a reply within 10 days after 3/11/2019.', '2019-03-21'],
  ])('%s: dated from the day named in the trigger', (court, text, due) => {
    expect(dues('2019-03-01', text, court)).toEqual([due]);
  });

  it('a period from service of another paper stays undated', () => {
    expect(
      dues(
        '2019-03-01',
        'ORDER: Plaintiff shall file a reply within 10 days after service of the response filed on March 11, 2019.',
        'ctd',
      ),
    ).toEqual([null]);
  });

  it('the sitting a deadline counts back from, unread as a hearing, is left for a person', () => {
    const a = at(
      '2019-03-01',
      'ORDER: Responses to the motion shall be filed at least seven days before the hearing on 3/26/2019.',
      'nhb',
    );
    expect(a.needsReview?.flatMap((f) => f.triggers)).toContain('3/26/2019');
  });
});

describe('a deadline stated as the act left undone, in the passive', () => {
  it.each([
    [
      'ndb',
      'Order to Debtor to File Missing Documents. If the documents are not filed by 3/15/2019 the case will be dismissed without further notice.',
      'documents',
    ],
    [
      'nyeb',
      'ORDER: If the filing fee is not paid by March 15, 2019, the case will be dismissed.',
      'filing fee',
    ],
  ])('%s: "if X is not filed/paid by D" makes X due D', (court, text, what) => {
    const a = at('2019-03-01', text, court);
    expect(a.deadlines.map((d) => [d.what, d.dueDate])).toEqual([[what, '2019-03-15']]);
  });

  it("another condition's day is not a deadline (and is left for a person)", () => {
    const a = at(
      '2019-03-01',
      'ORDER: If the case is not settled by March 15, 2019, the parties shall appear for a status conference.',
      'ndb',
    );
    expect(a.deadlines).toEqual([]);
    expect(a.needsReview?.length).toBeGreaterThan(0);
  });
});

describe('thirteenth session: bankruptcy notices and minutes, prose settings, clock forms (dev-hear2)', () => {
  it.each([
    [
      'nhb',
      'Order to Reschedule Hearing (RE: related document(s) 12 filed by Debtor Ann Poe) Hearing scheduled for 4/12/2019 at 10:00 AM at Concord.',
    ],
    [
      'ctb',
      'Letter of Adjournment, hearing scheduled for 4/12/2019 at 10:00 a.m. in Hartford Courtroom (Objection to Claim of Acme Co.), Filed by Ann Poe.',
    ],
    [
      'waeb',
      'Adjourned Meeting of Creditors to be held on 4/12/2019 at 10:00 AM at Office of the U.S. Trustee, Spokane (Roe, Jan)',
    ],
    [
      'pamb',
      'Ch 13 Confirmation Hearing Continued. Hearing to be held on 4/12/2019 at 10:00 AM at Harrisburg.',
    ],
    [
      'nmd',
      'Minute Entry for proceedings held before Judge Lee Park: Status Hearing held on 3/1/2019. Defense oral motion to continue-Granted. (Status Hearing set for 4/12/2019 10:00 AM in Courtroom 2.)',
    ],
  ])('%s: a title or minutes that name the move make the day given a continuance', (court, text) => {
    expect(hearings('2019-03-01', text, court).filter(([c]) => c !== 'held')).toEqual([
      ['reset', '2019-04-12', '10:00'],
    ]);
  });

  it.each([
    ['mowb', 'Hearing Held; Adjourned to 4/12/2019 at 10:30 AM (related document(s) 15 ).'],
    ['akb', 'Hearing Held, Adjourned to 4/12/2019 at 10:30 AM (RE: related document(s) 15 Motion to Sell).'],
  ])('%s: "Hearing Held; Adjourned to D": held that day, and moved to D (not held on D)', (court, text) => {
    expect(hearings('2019-03-01', text, court).sort()).toEqual([
      ['held', '2019-03-01', null],
      ['reset', '2019-04-12', '10:30'],
    ]);
  });

  it.each([
    ['nmd', 'ORDER that the motion hearing set for 4/12/2019 will be on the briefs re 29 MOTION to Dismiss.'],
    ['scd', 'ORDER: The hearing set for April 12, 2019 will be decided on the papers.'],
  ])('%s: a setting that "will be on the briefs" is off on its day', (court, text) => {
    expect(hearings('2019-03-01', text, court)).toEqual([['cancelled', '2019-04-12', null]]);
  });

  it('a hearing the court will hold on a long object, in capitals, is set', () => {
    expect(
      hearings(
        '2019-03-01',
        "ORDER: THE COURT WILL HOLD A HEARING ON THE TRUSTEE'S MOTION TO SELL REAL PROPERTY FREE AND CLEAR OF LIENS AND INTERESTS ON FRIDAY, APRIL 12, 2019 AT 2:30 P.M.",
        'nhb',
      ),
    ).toEqual([['set', '2019-04-12', '14:30']]);
  });

  it.each([
    [
      'deb',
      'Amended Meeting of Creditors Minutes: Ann Poe attended the 341 meeting on March 1, 2019; Bo Poe answered interrogatories in lieu of attendance.',
      '2019-03-01',
    ],
    [
      'nhb',
      'Meeting of Creditors Minutes. The debtor appeared at the meeting of creditors on 2/27/2019 (Roe, Trustee).',
      '2019-02-27',
    ],
  ])('%s: someone attended or appeared at a sitting on D: held on D', (court, text, day) => {
    expect(hearings('2019-03-05', text, court)).toEqual([['held', day, null]]);
  });

  it.each([
    ['scd', 'ORDER: Counsel shall appear for a status conference on 4/12/2019 at 10:00 AM.', '10:00'],
    ['nmd', 'ORDER: A status conference is set for 4/12/2019 at 0930 in Courtroom 3.', '09:30'],
    ['ded', 'ORDER: Hearing set for 4/12/2019 at 1400 hours.', '14:00'],
    [
      'nhb',
      'Notice of Hearing (Re: 15 Motion to Sell Filed by Trustee Ann PoeHearing scheduled for 04/12/2019 at 09:30:00 AM at Courtroom 1.',
      '09:30',
    ],
  ])('%s: prose settings and clock forms', (court, text, time) => {
    expect(hearings('2019-03-01', text, court)).toEqual([['set', '2019-04-12', time]]);
  });

  it('four digits after "at" that are a street number or the year are no clock', () => {
    expect(
      hearings('2019-03-01', 'ORDER: Status conference set for 4/12/2019 at 1200 Main Street.', 'ded'),
    ).toEqual([['set', '2019-04-12', null]]);
  });

  it.each([
    [
      'waeb',
      'Notice of Opportunity for Hearing. If a response or objection is filed DUE:4/1/19 a hearing will be held on DATE:4/12/19, TIME: 9:30 a.m., LOCATION: Courtroom 1.',
      '2019-04-01',
    ],
    [
      'ganb',
      'Notice of Meeting of Creditors. Deadline to File a Complaint Objecting to Discharge of the Debtor is 5/20/2019. Meeting of Creditors to be Held on 4/2/2019 at 10:00 AM.',
      '2019-05-20',
    ],
    [
      'ca9',
      'Motion for Stay of Removal filed at DE 4; Respondent Response to Stay Motion (Filed after PFR) due 4/1/2019.',
      '2019-04-01',
    ],
  ])('%s: printed deadlines in other forms', (court, text, due) => {
    expect(dues('2019-03-01', text, court)).toContain(due);
  });

  it("the court's own follow-up date is no party's deadline", () => {
    expect(
      dues(
        '2019-03-01',
        'Order Confirming Chapter 13 Plan: Plan confirmed $400 x 60 months. Signed on 3/1/2019. The follow up deadline is 2/1/2024. (abc)',
        'njb',
      ),
    ).toEqual([]);
  });
});

describe('a paper withdrawn beside a hearing, a cancellation told twice', () => {
  it.each([
    [
      'miwb',
      'Minute of Hearing Held, OUTCOME: Motion withdrawn (related document: 40 Motion to Extend Time).',
      [['held', '2019-03-01', null]],
    ],
    [
      'nmd',
      'Minute Entry: Change of Plea Hearing held on 3/1/2019. Plea entered. ( Sentencing set for 5/20/2019 10:00 AM in Courtroom 2.) Pending motions are withdrawn.',
      [
        ['held', '2019-03-01', null],
        ['set', '2019-05-20', '10:00'],
      ],
    ],
    [
      'ganb',
      'Hearing re: 12 Motion for Relief continued to 4/5/2019 at 10:00 AM.',
      [['reset', '2019-04-05', '10:00']],
    ],
  ])('%s: a paper opening its own clause is what was withdrawn, not the hearing', (court, text, want) => {
    expect(hearings('2019-03-01', text, court)).toEqual(want);
  });

  it('"HEARING CANCELLED. … Hearing scheduled for D" is one hearing off on D', () => {
    expect(
      hearings(
        '2019-03-01',
        'HEARING CANCELLED. Amended Notice of Agenda of Matters Scheduled for Hearing. (related document(s) 30 ) Filed by Ann Poe. Hearing scheduled for 3/4/2019 at 10:00 AM at Courtroom 2.',
        'njb',
      ),
    ).toEqual([['cancelled', '2019-03-04', '10:00']]);
  });
});

describe('a hearing set in a clause opened by "that"', () => {
  it.each([
    'ORDER THAT A STATUS CONFERENCE ON IMPLEMENTATION OF THE SETTLEMENT WILL BE HELD BY TELEPHONE ON 9/14/2027 AT 10:00 AM.',
    'ORDERED that a status conference will be held on September 14, 2027 at 10:00 a.m.',
    'IT IS FURTHER ORDERED THAT THE STATUS CONFERENCE WILL BE HELD ON 9/14/2027 AT 10:00 AM.',
  ])('%s: the hearing is a status conference, "that" is no part of its name', (text) => {
    const types = at('2027-08-02', text).hearings.map((h) => h.type);
    expect(types).toEqual(['status_conference']);
  });
});
