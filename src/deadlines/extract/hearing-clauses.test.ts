/**
 * The clause grammar of hearings (issue #14, sixth round): [event] [filler] [lifecycle verb]
 * [complement], checked on hand-written texts in several courts' styles (names fictional), with
 * event names no rule lists.
 */
import { describe, expect, it } from 'vitest';
import { readClauses } from './hearing-clauses.ts';
import { analyzeEntry, analyzeSequence } from './index.ts';

const read = (text: string, filed = '2021-03-01') =>
  readClauses(text, filed).map((c) => [c.lifecycle, c.date, c.time, c.from?.date ?? null]);

describe('the clause grammar of hearings', () => {
  it.each([
    // set, any capitalization, time before the date with a time zone between
    [
      'ORAL ARGUMENT SCHEDULED for 9:00 a.m. (Eastern Time) on Thursday, April 8, 2021.',
      [['set', '2021-04-08', '09:00', null]],
    ],
    [
      'Omnibus Hearing set for 4/12/2021 at 10:00 AM in Courtroom 3 before Judge Ann Roe.',
      [['set', '2021-04-12', '10:00', null]],
    ],
    [
      'Supervised Release Revocation Hearing is scheduled for March 30, 2021 at 2:00 p.m.',
      [['set', '2021-03-30', '14:00', null]],
    ],
    ['Notice of Hearing for 3/9/21.', [['set', '2021-03-09', null, null]]],
    // moves: the old day off, the new day on
    [
      'The Settlement Conference previously set for 3/10/21 has been continued to 3/24/2021 at 10:00 a.m. in Room 4.',
      [['reset', '2021-03-24', '10:00', '2021-03-10']],
    ],
    [
      'Pretrial Conference has been continued from 03/15/2021 10:00 AM to 04/19/2021 10:00 AM Jury Trial has been continued from 03/29/2021 09:00 AM to 05/03/2021 09:00 AM.',
      [
        ['reset', '2021-04-19', '10:00', '2021-03-15'],
        ['reset', '2021-05-03', '09:00', '2021-03-29'],
      ],
    ],
    [
      'The motion hearing currently scheduled for March 12, 2021, be vacated and rescheduled to April 2, 2021, at 9:00 a.m.',
      [['reset', '2021-04-02', '09:00', '2021-03-12']],
    ],
    [
      'This matter is continued for a Status Conference on 04/05/2021 at 1:30 p.m.',
      [['reset', '2021-04-05', '13:30', null]],
    ],
    // off, undated or on its day
    [
      'The trial of this matter is continued until further order of the court.',
      [['cancelled', null, null, null]],
    ],
    [
      'Jury Trial of this case is continued pending resolution of the pretrial motions.',
      [['cancelled', null, null, null]],
    ],
    ['Scheduling Conference set for 3/18/2021 is CANCELLED.', [['cancelled', '2021-03-18', null, null]]],
    ['the court vacates the show cause hearing set on 3/4/21.', [['cancelled', '2021-03-04', null, null]]],
    [
      'The Mediation Conference scheduled for 2/26/2021 was not held.',
      [['cancelled', '2021-02-26', null, null]],
    ],
    // a participle belongs to the noun before it: another item's "set for" is not this event's
    [
      'SCHEDULING ORDER: Status Conference set for 4/30/2021 09:30 AM before Judge Kay Orr, Discovery due by 6/30/2021, Dispositive Motion Cut-off set for 7/30/2021.',
      [['set', '2021-04-30', '09:30', null]],
    ],
    // held
    ['Detention Hearing as to Ann Roe held on 2/25/2021.', [['held', '2021-02-25', null, null]]],
    ['Status Conference held.', [['held', '2021-03-01', null, null]]],
    // set in other words: placed on a calendar, a verb first with no "-ing", a list after the verb
    [
      'A first appearance in the above-entitled action has been placed on the calendar of the Honorable Ann Roe on April 9, 2021 at 11:30 a.m., in Courtroom 13B.',
      [['set', '2021-04-09', '11:30', null]],
    ],
    [
      'ORDER, plaintiffs shall file their amended complaint by 3/12/21, reset telephone conference for 10:00 a.m. on 3/12/21.',
      [['reset', '2021-03-12', '10:00', null]],
    ],
    [
      'Court set a status report and scheduling conference for 4/17/2021 at 09:00 AM in Room 248.',
      [['set', '2021-04-17', '09:00', null]],
    ],
    [
      'ORDER setting Calendar Call for 9:30 AM on 5/3/2021, and Jury Trial for 5/10/2021.',
      [
        ['set', '2021-05-03', '09:30', null],
        ['set', '2021-05-10', null, null],
      ],
    ],
    [
      'The Court will hold a teleconference regarding Dkt. No. 30, which was filed on March 1, 2021, on March 3, 2021 at 4:30 p.m.',
      [['set', '2021-03-03', '16:30', null]],
    ],
    // the court directing a return for what it will do, whatever its name
    [
      "Matter submitted to the court. Parties are directed to return for court's ruling at 11:00 a.m. on 03/02/2021 in Courtroom 1.",
      [['set', '2021-03-02', '11:00', null]],
    ],
    ['Defendant is ordered to appear for sentencing on June 1, 2021.', [['set', '2021-06-01', null, null]]],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    // what is not a lifecycle of a court event
    'After hearing from counsel, Court set the following deadlines: motions due by 4/1/2021.',
    'Meeting of Creditors - Second Non-Appearance Scheduled 2/26/2021 for Debtor(s) Ann Roe.',
    'Trial not concluded.',
    'The date of the hearing has not been set.',
    'ORDER TO WITHDRAW EXHIBITS from Bench Trial held 02/01/2021 - 02/03/2021.',
    'Scheduling Order filed.',
    // a head naming what a paper or a deadline is about
    'b) Pretrial Motion Deadline set for 4/14/2021.',
    'Trial Brief due by 4/14/2021.',
    // a request's object, named or in the subjunctive
    'Re: plaintiff request that the time to file be adjourned to 3/29/21 and that the Telephone conference be adjourned to 3/29/21; NO.',
    // a proceeding named as the ground of an order
    'For the reasons stated on the record during the teleconference held on February 26, 2021, the request is denied.',
    'Pursuant to the discovery hearing held on February 26, 2021, the court orders the following.',
  ])('reads nothing in %s', (text) => {
    expect(readClauses(text, '2021-03-01').filter((c) => c.date || c.lifecycle === 'cancelled')).toEqual([]);
  });
});

describe('the grammar beside the named readings', () => {
  it('a notice moving a conference takes its old day off', () => {
    const a = analyzeEntry({
      number: '12',
      dateFiled: '2021-03-01',
      text: 'AMENDED NOTICE OF HEARING as to Ann Roe: The Scheduling Conference previously set for 3/10/21 has been continued to 3/24/2021 at 10:00 a.m. in Room 4 before Magistrate Judge Kay Orr.',
    });
    expect(a.hearings.map((h) => [h.change, h.date])).toEqual(
      expect.arrayContaining([
        ['reset', '2021-03-24'],
        ['cancelled', '2021-03-10'],
      ]),
    );
    expect(a.hearings).toHaveLength(2);
  });

  it('an order continuing trial until further order takes it off, undated', () => {
    const a = analyzeEntry({
      number: '12',
      dateFiled: '2021-03-01',
      text: 'ORDER granting Motion to Continue as to Ann Roe. Trial of this case is continued pending resolution of any pretrial motions filed. Ordered by Magistrate Judge Kay Orr.',
    });
    expect(a.hearings.map((h) => [h.type, h.change, h.date])).toEqual([['trial', 'cancelled', null]]);
  });

  it("a party's motion proposes: the grammar adds nothing to it", () => {
    const a = analyzeEntry({
      number: '12',
      dateFiled: '2021-03-01',
      text: 'MOTION to Continue by Ann Roe. Defendant asks that the Sentencing Hearing set for 3/19/2021 be continued to April 30, 2021.',
    });
    expect(a.hearings.filter((h) => h.why?.rule === 'hearing-clause')).toEqual([]);
  });

  it('a clerk entry that says the court is not hearing motions on the day it sets takes that setting off', () => {
    const a = analyzeEntry({
      number: '12',
      dateFiled: '2021-03-01',
      text: 'Set Deadlines as to 12 MOTION to Dismiss. Motion Hearing set for 3/26/2021 at 10:00 AM in Courtroom 2 before District Judge Kay Orr. (Counsel have been notified that the Court is not hearing motions on 3/26/2021 and to re-notice the motion)',
    });
    expect(a.hearings.map((h) => [h.change, h.date, h.time])).toEqual([['cancelled', '2021-03-26', '10:00']]);
  });

  it('a setting taken off is news, never a duplicate of the setting it takes off', () => {
    const [, second] = analyzeSequence([
      {
        number: '20',
        dateFiled: '2021-03-01',
        text: 'Notice of Hearing Date set for March 26, 2021 re 12 MOTION to Dismiss (Roe, Ann)',
      },
      {
        number: null,
        dateFiled: '2021-03-03',
        text: 'Set Deadlines as to 12 MOTION to Dismiss. Motion Hearing set for 3/26/2021 at 10:00 AM before District Judge Kay Orr. (Counsel have been notified that the Court is not hearing motions on 3/26/2021 and to re-notice the motion)',
      },
    ]);
    expect(second!.hearings.map((h) => [h.change, h.date])).toEqual([['cancelled', '2021-03-26']]);
  });

  it.each([
    ['MINUTES: The Status Conference set for 3/1/2021 was conducted by telephone.', [['held', '2021-03-01']]],
    [
      'ORDER: the status conference currently scheduled for March 12, 2021 is adjourned sine die.',
      [['cancelled', '2021-03-12']],
    ],
    [
      'Minute Entry for proceedings held before Magistrate Judge Kay Orr: Detention Hearing as to Ann Roe not held on 3/1/2021. Defendant stipulates to detention.',
      [['cancelled', '2021-03-01']],
    ],
  ])('where a named reading stopped at the first verb, the whole clause decides: %s', (text, want) => {
    const a = analyzeEntry({ number: '12', dateFiled: '2021-03-01', text });
    expect(a.hearings.map((h) => [h.change, h.date])).toEqual(want);
    expect(a.needsReview ?? []).toEqual([]);
  });

  it.each([
    [
      '2003-08-13',
      'ORDER, plaintiffs shall file their amended complaint by 8/22/03, reset telephone conference for 10:00 a.m. on 8/22/03. (signed by Magistrate Judge Bo Roe)',
      [['reset', '2003-08-22', '10:00']],
    ],
    [
      '2015-02-10',
      'NOTICE OF HEARING as to Defendant Jo Poe. As requested by defense counsel a Change of Plea Hearing is set for 2/12/2015 01:30 PM before Magistrate Judge Bo Roe. Sentence Without PSR set for 2/12/2015 01:30 PM before Magistrate Judge Bo Roe.',
      [
        ['set', '2015-02-12', '13:30'],
        ['set', '2015-02-12', '13:30'],
      ],
    ],
  ])('%s: read, nothing left for the net: %s', (dateFiled, text, want) => {
    const a = analyzeEntry({ number: '8', dateFiled, text });
    expect(a.hearings.map((h) => [h.change, h.date, h.time])).toEqual(want);
    expect(a.needsReview ?? []).toEqual([]);
  });

  it('a setting named as the one to move is off once the order moves it; a motion naming it sets nothing', () => {
    const [motion, order] = analyzeSequence([
      {
        number: '48',
        dateFiled: '2021-03-01',
        text: 'CONSENT LETTER MOTION to Adjourn Conference scheduled for Friday, March 5, 2021 addressed to Judge Ann Roe from Bo Poe, Esq. dated March 1, 2021. Document filed by Jo Doe.',
      },
      {
        number: '51',
        dateFiled: '2021-03-02',
        text: 'ORDER granting 48 Motion to Adjourn Conference, scheduled for Friday, March 5, 2021. filed by Jo Doe. The conference is rescheduled to March 4, 2021 at 12:00 p.m. (HEREBY ORDERED by Judge Ann Roe)',
      },
    ]);
    expect(motion!.hearings).toEqual([]);
    expect(order!.hearings.map((h) => [h.change, h.date, h.time]).sort()).toEqual([
      ['cancelled', '2021-03-05', null],
      ['reset', '2021-03-04', '12:00'],
    ]);
  });
});
