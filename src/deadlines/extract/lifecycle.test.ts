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
