/**
 * Rules of the language behind three errors found on Hamama v. Adducci, each checked in several
 * courts' styles (hand-written, names fictional): a transcript of a hearing is not a hearing
 * event; a period each member of a group runs from his own future event is not a case deadline;
 * a passive obligation with a date ("shall be released by D unless …") is a deadline.
 */
import { describe, expect, it } from 'vitest';
import { analyzeEntry } from './index.ts';

const at = (dateFiled: string, text: string, court?: string, documentText?: string) =>
  analyzeEntry({ number: null, dateFiled, text, documentText }, court ? { court } : {});

describe('a transcript of a hearing is not a hearing', () => {
  it.each([
    [
      'mied',
      'TRANSCRIPT of Motion Hearing held on 3/4/2024. (Court Reporter: Ann Roe) (Number of Pages: 31) Redaction Request due 3/28/2024. Redacted Transcript Deadline set for 4/8/2024. Release of Transcript Restriction set for 6/6/2024. (Roe, A) (Entered: 03/07/2024)',
      ['2024-03-28', '2024-04-08'],
    ],
    [
      'cand',
      'Transcript of Proceedings held on 02/15/2024, before Judge Lena Marsh. Court Reporter Tim Vo. Redaction Request due 3/28/2024. Redacted Transcript Deadline set for 4/8/2024. Release of Transcript Restriction set for 6/5/2024. (Vo, Tim) (Filed on 3/7/2024) (Entered: 03/07/2024)',
      ['2024-03-28', '2024-04-08'],
    ],
    [
      'ilnd',
      "TRANSCRIPT OF PROCEEDINGS held on 2/20/2024 before the Honorable Rita Gomez. Status Hearing. Court Reporter Contact Information: Kay Lin. IMPORTANT: The transcript may be viewed at the court's public terminal. Redaction Request due 3/28/2024. (kl, ) (Entered: 03/07/2024)",
      ['2024-03-28'],
    ],
    [
      'nysd',
      'NOTICE OF FILING OF OFFICIAL TRANSCRIPT of Conference held on 2/27/2024 before Judge Paul Hale. Notice is hereby given that an official transcript has been filed. Redaction Request due 3/28/2024. (McG) (Entered: 03/07/2024)',
      ['2024-03-28'],
    ],
  ])('%s', (court, text, due) => {
    const a = at('2024-03-07', text, court);
    expect(a.kind).toBe('transcript');
    expect(a.hearings).toEqual([]);
    expect(a.deadlines.map((d) => d.dueDate)).toEqual(due);
  });

  it('the minutes of the same hearing still report it held', () => {
    const a = at(
      '2024-03-04',
      'Minute Entry for proceedings held before Judge Ann Kim: Motion Hearing held on 3/4/2024 re [12] MOTION to Dismiss. (Court Reporter: Ann Roe) (ak)',
    );
    expect(a.kind).toBe('minute_entry');
    expect(a.hearings.map((h) => [h.change, h.date])).toEqual([['held', '2024-03-04']]);
  });
});

describe("each member's own clock is not a case deadline", () => {
  it.each([
    [
      'ORDER granting preliminary injunction.',
      'Respondents are enjoined from removing any class member until the class member has had an opportunity to file a motion to reopen: each class member shall have ninety (90) days from the date the Government produces his or her A-file to file a motion to reopen.',
    ],
    [
      'ORDER conditionally certifying collective action.',
      'Each opt-in plaintiff shall have sixty (60) days from the date notice is mailed to him or her to file a consent form.',
    ],
    [
      'MEMORANDUM OPINION AND ORDER.',
      'Every detainee shall be given fourteen (14) days after receipt of the notice of custody review to submit materials to the Field Office Director.',
    ],
  ])('%s', (text, documentText) => {
    const a = at('2024-05-01', text, 'dcd', documentText);
    expect(a.deadlines.filter((d) => d.dueDate === null && d.basis === 'event_triggered')).toEqual([]);
  });

  it('a period each defendant runs from this order is still a deadline with a date', () => {
    const a = at(
      '2024-05-01',
      'ORDER: Each defendant shall answer or otherwise respond to the amended complaint within twenty-one (21) days of the date of this Order. Signed by Judge Ray Ford.',
      'txwd',
    );
    expect(a.deadlines.map((d) => d.dueDate)).toEqual(['2024-05-22']);
  });

  it('an event-triggered obligation of a party (not of each member) is kept without a date', () => {
    const a = at(
      '2024-03-25',
      'Streamlined request [5] by Appellant Mike Novak to extend time to file the brief is approved. Appellant opening brief due 05/08/2024. The optional reply brief is due 21 days from the date of service of the answering brief.',
      'ca9',
    );
    expect(a.deadlines.map((d) => [d.dueDate, d.basis])).toContainEqual([null, 'event_triggered']);
  });
});

describe('a passive obligation with a date is a deadline', () => {
  it.each([
    [
      'mied',
      'OPINION & ORDER Granting in Part [38] Motion for Preliminary Injunction. Class members detained for six months or more shall be released by February 2, 2018 unless an immigration judge holds a bond hearing. (ab)',
      '2018-01-02',
      '2018-02-02',
      /^release of class members/,
    ],
    [
      'txwd',
      'ORDER granting in part [30] Petition for Writ of Habeas Corpus. Petitioner shall be released from custody by October 15, 2024 unless Respondents provide him an individualized bond hearing. Signed by Judge Ray Ford.',
      '2024-10-01',
      '2024-10-15',
      /^release of petitioner/,
    ],
    [
      'nysd',
      'CIVIL CASE MANAGEMENT PLAN AND SCHEDULING ORDER: All fact discovery shall be completed no later than 9/30/2024. (Signed by Judge Paul Hale on 4/12/2024) (jca)',
      '2024-04-12',
      '2024-09-30',
      /^fact discovery/,
    ],
    [
      'mad',
      'Judge Lena Marsh: ELECTRONIC ORDER entered. Fact discovery to be completed by 8/30/2024. (Kelly, S)',
      '2024-03-07',
      '2024-08-30',
      /discovery/,
    ],
    [
      'dcd',
      'MINUTE ORDER: The certified administrative record must be lodged on or before June 3, 2024. Signed by Judge Ann Wu on 5/1/2024.',
      '2024-05-01',
      '2024-06-03',
      /record/,
    ],
  ])('%s', (court, text, filed, due, what) => {
    const a = at(filed, text, court);
    expect(a.deadlines.map((d) => d.dueDate)).toEqual([due]);
    expect(a.deadlines[0]!.what).toMatch(what);
  });

  it.each([
    [
      'mied',
      'Class members detained for six months or more shall be released by February 2, 2018 unless an immigration judge holds a bond hearing. (ab)',
      '2018-01-02',
      'release of class members detained for six months or more, unless an immigration judge holds a bond hearing',
    ],
    [
      'txwd',
      'ORDER granting in part [30] Petition. Petitioner shall be released from custody by October 15, 2024 unless Respondents provide him an individualized bond hearing. Signed by Judge Ray Ford.',
      '2024-10-01',
      /^release of petitioner, unless Respondents provide him an individualized bond hearing$/,
    ],
    [
      'nysd',
      'ORDER: Plaintiff shall file an amended complaint by June 3, 2024, unless otherwise ordered by the Court. (jca)',
      '2024-05-01',
      /^amended complaint$/,
    ],
    [
      'dcd',
      'MINUTE ORDER: Defendants shall answer the complaint by July 1, 2024 unless extended by further order of the Court.',
      '2024-05-01',
      /^answer/,
    ],
  ])(
    'a condition that changes what is owed stays with it; the court’s reservation does not (%s)',
    (court, text, filed, what) => {
      const [d] = at(filed, text, court).deadlines;
      if (typeof what === 'string') expect(d!.what).toBe(what);
      else expect(d!.what).toMatch(what);
      expect(d!.what).not.toMatch(/otherwise|further order/);
    },
  );

  it('a release is met outside the docket: no filing is expected for it', () => {
    const [d] = at(
      '2018-01-02',
      'Class members detained for six months or more shall be released by February 2, 2018 unless an immigration judge holds a bond hearing.',
      'mied',
    ).deadlines;
    expect(d!.docketed).toBe(false);
  });

  it.each([
    'Minute Entry: Defendant was released on bond on 3/1/2024. (ak)',
    'ORDER: The documents shall be filed under seal. Signed by Judge Ann Wu on 5/1/2024.',
    'NOTICE by Acme Inc. that the vessel was released by the Coast Guard on April 2, 2024. (Lee, A)',
  ])('not a deadline: %s', (text) => {
    expect(at('2024-05-01', text, 'dcd').deadlines).toEqual([]);
  });
});

describe('schedules in other courts’ words', () => {
  it('a hearing stricken and reset is cancelled on the old day and set on the new one (N.D. Ill.)', () => {
    const a = at(
      '2024-05-01',
      'MINUTE entry before the Honorable Rita Gomez: The status hearing set for 5/14/2024 is stricken and reset to 6/25/2024 at 9:30 a.m. Mailed notice. (mw, )',
      'ilnd',
    );
    expect(a.hearings.map((h) => [h.change, h.date]).sort()).toEqual([
      ['cancelled', '2024-05-14'],
      ['reset', '2024-06-25'],
    ]);
  });

  it.each([
    [
      'ca9',
      'Calendared for oral argument: 11/12/2024 at 9:30 AM, Courtroom 1, Pasadena. [12895555] (AW)',
      '2024-11-12',
    ],
    [
      'ca5',
      'Case calendared for oral argument on 01/07/2025 in New Orleans, East Courtroom. (LBM)',
      '2025-01-07',
    ],
    [
      'txwd',
      'SCHEDULING ORDER: Jury Selection set for 3/3/2025 09:00 AM before Judge Ray Ford. (dm)',
      '2025-03-03',
    ],
  ])('hearing: %s', (court, text, date) => {
    expect(at('2024-09-20', text, court).hearings.map((h) => h.date)).toEqual([date]);
  });

  it('"every 60 days, with the first report due by D" is one recurring obligation starting D (D.D.C.)', () => {
    const a = at(
      '2024-06-10',
      'MINUTE ORDER: The parties shall file a Joint Status Report every 60 days, with the first report due by 8/9/2024. Signed by Judge Ann Wu on 6/10/2024.',
      'dcd',
    );
    expect(a.deadlines.map((d) => [d.dueDate, d.recurrence?.firstDue ?? null])).toEqual([
      [null, '2024-08-09'],
    ]);
  });

  it('different things due the same day are two deadlines; one thing named twice is one (W.D. Tex., D. Mass.)', () => {
    const two = at(
      '2024-03-22',
      'SCHEDULING ORDER: Amended Pleadings due by 5/1/2024. Joinder of Parties due by 5/1/2024. Signed by Judge Ray Ford. (dm)',
      'txwd',
    );
    expect(two.deadlines.map((d) => d.dueDate)).toEqual(['2024-05-01', '2024-05-01']);
    const one = at(
      '2024-04-16',
      'Judge Lena Marsh: ELECTRONIC ORDER entered granting [22] Motion for Extension of Time to File Answer re [22] Assented to MOTION for Extension of Time to May 15, 2024 to File Answer to Counterclaim. Answer due by 5/15/2024. (Kelly, S)',
      'mad',
    );
    expect(one.deadlines.map((d) => d.dueDate)).toEqual(['2024-05-15']);
  });

  it('"STIPULATION AND [PROPOSED] ORDER extending time … to D" proposes D (S.D.N.Y.)', () => {
    const a = at(
      '2024-05-01',
      'STIPULATION AND [PROPOSED] ORDER extending time for Defendant to answer the Amended Complaint to 5/31/2024. Document filed by Acme Corp.. (Park, M)',
      'nysd',
    );
    expect(a.kind).toBe('stipulation');
    expect(a.deadlines.map((d) => d.dueDate)).toEqual(['2024-05-31']);
  });

  it('"motion for a stay of removal … (Docket Entry No. [8]) is granted" grants a stay (Ninth Circuit)', () => {
    const a = at(
      '2024-07-15',
      "ORDER FILED. (RAWLINS, OKAFOR and LINDQVIST) Appellants' motion for a stay of removal pending review (Docket Entry No. [8]) is granted. [12890001] (OC)",
      'ca9',
    );
    expect(a.stays.map((s) => s.action)).toEqual(['granted']);
    const denied = at(
      '2024-07-15',
      "ORDER FILED. Appellants' motion for a stay of removal pending review (Docket Entry No. [8]) is denied. [12890001] (OC)",
      'ca9',
    );
    expect(denied.stays.map((s) => s.action)).not.toContain('granted');
  });
});

describe('second round: appellate order events, case numbers, closing dates, adjournments', () => {
  it.each([
    [
      'ca2',
      'MOTION ORDER, granting motion to extend time to file brief [34] filed by Appellant Zeta Corp., by RJL, FILED. [3456789] [24-987]',
      [34],
    ],
    [
      'ca9',
      "Filed order (Appellate Commissioner): Appellees' motion (Docket Entry No. [17]) for an extension of time is granted. [12900001] (WL)",
      [17],
    ],
  ])('%s: an order, and a bracketed case number is no reference', (court, text, refs) => {
    const a = at('2024-06-07', text, court);
    expect(a.kind).toBe('order');
    expect(a.relatedEntries).toEqual(refs);
  });

  it.each([
    [
      'ilnd',
      'MINUTE entry before the Honorable Rita Gomez: Fact discovery shall close on 10/31/2024. Mailed notice. (rg, )',
      '2024-10-31',
    ],
    ['nysd', 'ORDER: Expert discovery will end on 12/2/2024. SO ORDERED. (rro)', '2024-12-02'],
  ])('%s: the day discovery closes is a deadline', (court, text, due) => {
    expect(at('2024-06-14', text, court).deadlines.map((d) => d.dueDate)).toEqual([due]);
  });

  it.each([
    [
      'njd',
      'LETTER ORDER: The Initial Conference scheduled for 6/20/2024 is adjourned to 7/11/2024 at 11:00 AM. So Ordered by Magistrate Judge Owen P. Grant. (abc)',
      '2024-07-11',
    ],
    [
      'mied',
      'TEXT-ONLY ORDER: The Status Conference set for 6/20/2024 is continued to 7/18/2024 at 2:00 PM. (ab)',
      '2024-07-18',
    ],
  ])('%s: a hearing moved to a new day is reset to that day, its old day off', (court, text, date) => {
    // The labels' convention (bench/labels/README.md): a move from a stated old day gives the old day
    // vacated and the new one reset.
    expect(at('2024-06-04', text, court).hearings.map((h) => [h.change, h.date])).toEqual([
      ['reset', date],
      ['cancelled', '2024-06-20'],
    ]);
  });
});
