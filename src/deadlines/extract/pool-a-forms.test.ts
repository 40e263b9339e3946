/**
 * Forms of hearing and deadline language read in the seventeenth session from `pool-a` (hold-out 7's and
 * 8's entries in the POOL-A courts, bench/labels/README.md "The POOL split"): each rule is one of the
 * language, tested here in several courts' wordings with fictional parties (the real entries' own wording
 * is in the corpus, not here).
 * - A hearing's lifecycle in the title after the form's own name ("Minute Entry. Hearing Adjourned.",
 *   "Hearing Proceeding Memo: Hearing Continued", "Order of the Court to Adjourn"): the day given is where
 *   the hearing went — moved, and a day to come is no record of a hearing held.
 * - "Hearing held 12:09 PM to 12:18 PM" closing minutes that name the proceeding held: one held hearing,
 *   at its first hour.
 * - "set for D is advanced to 8:15 AM on that date": the same day, the new hour.
 * - A motion day "reset for D … decided on the papers": on the papers that day.
 * - "Minutes; Disposition: …": minutes of a hearing held that day.
 * - Deadlines: "Bar Date For Objections - D", "Objection Deadline - D"; "The time for responding … is
 *   EXTENDED to D"; "shall meet and confer … by D"; "Proof of Claim deadline not set" is no deadline and
 *   no setting; a motion's "Objection Deadline: D" beside CM/ECF's "Responses due by D" is one deadline.
 */
import { describe, expect, it } from 'vitest';
import { analyzeEntry } from './index.ts';

const analyze = (court: string, dateFiled: string, text: string) =>
  analyzeEntry({ number: '31', dateFiled, text }, { court });
const hearingsOf = (a: ReturnType<typeof analyze>) =>
  a.hearings.map((h) => [h.change, h.date, h.time] as const);
const duesOf = (a: ReturnType<typeof analyze>) =>
  a.deadlines.filter((d) => d.basis !== 'local_rule_default').map((d) => d.dueDate);

describe("a hearing's move named in the title after the form's name", () => {
  it('minutes: "Minute Entry. Hearing Adjourned." then the day it is to be held (moved, not held)', () => {
    const a = analyze(
      'ohnb',
      '2027-05-03',
      'Minute Entry. Hearing Adjourned. (RE: related document(s) 41 Motion for Relief from Stay filed by Creditor Lakeshore Credit Union) Hearing to be held on 5/24/2027 at 01:30 PM Courtroom 2A for 41, (Pell, Dana) (Entered: 05/03/2027)',
    );
    expect(hearingsOf(a)).toEqual([['reset', '2027-05-24', '13:30']]);
  });

  it('a proceeding memo: "Hearing Proceeding Memo: Hearing Continued … Hearing scheduled for D"', () => {
    const a = analyze(
      'gamb',
      '2027-02-11',
      'Hearing Proceeding Memo: Hearing Continued, Re: motion to value collateral. (related document(s) 18). Hearing scheduled for 3/4/2027 at 09:00 AM at Macon Courtroom A. (Ruiz, Pat) (Entered: 02/11/2027)',
    );
    expect(hearingsOf(a)).toEqual([['reset', '2027-03-04', '09:00']]);
  });

  it('"Order of the Court to Adjourn (…) Hearing to be held on D"', () => {
    const a = analyze(
      'miwb',
      '2027-06-14',
      'Order of the Court to Adjourn (related documents Motion to Convert Case) So Ordered by /s/ Lena Ortiz. Hearing to be held on 7/12/2027 at 11:00 AM Courtroom B for 52 . (kel) (Entered: 06/14/2027)',
    );
    expect(hearingsOf(a)).toEqual([['reset', '2027-07-12', '11:00']]);
  });

  it('a setting with no move in the title stays a setting, and minutes of a hearing held stay held', () => {
    const set = analyze(
      'ohnb',
      '2027-05-03',
      'Minute Entry. Status conference held. Hearing to be held on 5/24/2027 at 01:30 PM Courtroom 2A for 41, (Pell, Dana)',
    );
    expect(hearingsOf(set)).toEqual([
      ['held', '2027-05-03', null],
      ['set', '2027-05-24', '13:30'],
    ]);
  });
});

describe('minutes closing with the hours the proceeding sat', () => {
  it('"Hearing held 12:09 PM to 12:18 PM": the named proceeding, once, at its first hour', () => {
    const a = analyze(
      'nmd',
      '2027-08-02',
      'MINUTE ENTRY for proceedings held before Magistrate Judge Ada Lunn: Initial Appearance as to Rafael Cota held on 8/2/2027. Defendant remanded pending detention hearing. (Recorded by Liberty.) Hearing held 12:09 PM to 12:18 PM. (ms) (Entered: 08/02/2027)',
    );
    expect(hearingsOf(a)).toEqual([['held', '2027-08-02', '12:09']]);
  });

  it('with a setting between: the held proceeding once, the setting kept', () => {
    const a = analyze(
      'cod',
      '2027-03-15',
      'COURTROOM MINUTES for Change of Plea Hearing as to Lee Park held on 3/15/2027 before Judge Ray Holt. Plea of guilty entered. Sentencing set for 6/21/2027 at 10:00 AM in Courtroom A902. Hearing held from 9:02 a.m. - 9:40 a.m. (Court Reporter Ann Ruiz) (lr)',
    );
    expect(hearingsOf(a)).toEqual([
      ['held', '2027-03-15', '09:02'],
      ['set', '2027-06-21', '10:00'],
    ]);
  });

  it('two proceedings each named with its day stay two', () => {
    const a = analyze(
      'nmd',
      '2027-08-02',
      'MINUTE ENTRY: Arraignment as to Rafael Cota held on 8/2/2027. Detention Hearing as to Rafael Cota held on 8/2/2027. (ms)',
    );
    expect(a.hearings.filter((h) => h.change === 'held')).toHaveLength(2);
  });
});

describe('a hearing moved to another hour of its day', () => {
  it.each([
    [
      'ilnd',
      'MINUTE entry before the Honorable Rosa Vance: The status hearing set for 6/8/2027 is advanced to 8:15 AM on that date. Mailed notice (rv, )',
      '2027-06-08',
      '08:15',
    ],
    [
      'nysd',
      'ORDER: The pretrial conference scheduled for June 10, 2027 is moved to 3:30 p.m. the same day. SO ORDERED.',
      '2027-06-10',
      '15:30',
    ],
  ])('%s', (court, text, date, time) => {
    expect(hearingsOf(analyze(court, '2027-06-01', text))).toEqual([['reset', date, time]]);
  });
});

describe('a motion day reset and decided on the papers', () => {
  it('"Motion reset for D … will be decided on the papers": on the papers that day', () => {
    const a = analyze(
      'njd',
      '2027-08-13',
      'Reset Deadlines as to 44 MOTION to Compel Discovery. Motion reset for 9/20/2027 before Magistrate Judge Ivo Brandt. Unless otherwise directed by the Court, this motion will be decided on the papers and no appearances are required. (jd, )',
    );
    expect(hearingsOf(a)).toEqual([['cancelled', '2027-09-20', null]]);
    expect(a.needsReview ?? []).toEqual([]);
  });
});

describe('bankruptcy minutes with a disposition', () => {
  it('"Minutes; Disposition: …" with no day: held the day of the minutes', () => {
    const a = analyze(
      'arwb',
      '2027-04-06',
      'Minutes; Disposition: Granted; order to be submitted by movant (RE: related document(s) 33 Motion to Sell Property Free and Clear of Liens). Order due by 4/20/2027. (kmb) (Entered: 04/06/2027)',
    );
    expect(hearingsOf(a)).toEqual([['held', '2027-04-06', null]]);
    expect(duesOf(a)).toEqual(['2027-04-20']);
  });
});

describe('deadlines printed under a label, extended, or conferred by a day', () => {
  it.each([
    [
      'tnwb',
      'Notice Of Hearing; (RE: related document(s) 71 Motion to Sell Filed by Debtor) Hearing scheduled 5/11/2027 at 09:30 AM at Room 940. Bar Date For Objections - 5/3/2027. (kd)',
      '2027-05-03',
    ],
    [
      'mssb',
      'Notice of Hearing (RE: 15 Application to Employ). Hearing scheduled 5/11/2027 at 10:00 AM. Objection Deadline - 5/4/2027. (sl)',
      '2027-05-04',
    ],
  ])('%s: the objections due on the labeled day, and the hearing set', (court, text, due) => {
    const a = analyze(court, '2027-04-12', text);
    expect(duesOf(a)).toEqual([due]);
    expect(a.hearings.map((h) => h.change)).toEqual(['set']);
  });

  it.each([
    [
      'gamb',
      "Order Extending Time (Related Doc # 88) - The time for responding to the trustee's interrogatories is EXTENDED to March 29, 2027 - Entered On 3/2/2027. (lp)",
      '2027-03-29',
    ],
    [
      'paed',
      'ORDER that the time for answering the amended complaint is extended until April 5, 2027. Signed by Judge X on 3/2/2027.',
      '2027-04-05',
    ],
    [
      'mdb',
      "ORDER: the time for objecting to the debtor's claimed exemptions is enlarged from March 10, 2027 to March 31, 2027. (ck)",
      '2027-03-31',
    ],
  ])('%s: the time for doing an act extended to a day', (court, text, due) => {
    expect(duesOf(analyze(court, '2027-03-02', text))).toEqual([due]);
  });

  it.each([
    [
      'njd',
      'TEXT ORDER: The parties shall meet and confer in good faith regarding the dispute raised at ECF No. 66 by February 20, 2027. So Ordered by Magistrate Judge X on 2/13/2027.',
      '2027-02-20',
    ],
    [
      'ctd',
      'ORDER: Counsel are directed to meet and confer about the proposed protective order no later than February 24, 2027, and to file a joint status report by March 3, 2027.',
      '2027-02-24',
    ],
  ])('%s: conferring by a day is a deadline', (court, text, due) => {
    expect(duesOf(analyze(court, '2027-02-13', text))).toContain(due);
  });

  it('"Proof of Claim deadline not set": no deadline, and the 341 meeting once', () => {
    for (const head of ['Meeting of Creditors', 'AMENDED Meeting of Creditors'])
      for (const court of ['txsb', 'txnb']) {
        const a = analyze(
          court,
          '2027-02-11',
          `${head}, Proof of Claim deadline not set, 341(a) meeting to be held on 3/18/2027 at 10:00 AM at Dallas, 1100 Commerce. (kg) (Entered: 02/11/2027)`,
        );
        expect(duesOf(a)).toEqual([]);
        expect(hearingsOf(a)).toEqual([['set', '2027-03-18', '10:00']]);
      }
  });

  it("a motion's Objection Deadline and CM/ECF's Responses due on the same day: one deadline", () => {
    const a = analyze(
      'nysb',
      '2027-01-04',
      'Motion to Approve (Hearing Date: 1/27/27 at 10:00 AM/Objection Deadline: 1/20/27 at 4:00 PM) Motion for an Order Authorizing the Debtor to Assume a Lease filed by Ann Roe on behalf of Hudson Bakery LLC. with hearing to be held on 1/27/2027 at 10:00 AM at Courtroom 601 (MG) Responses due by 1/20/2027, (Roe, Ann)',
    );
    expect(duesOf(a)).toEqual(['2027-01-20']);
    // Objections and responses due on different days stay two.
    const two = analyze(
      'nysb',
      '2027-01-04',
      'Motion to Approve (Hearing Date: 1/27/27 at 10:00 AM/Objection Deadline: 1/19/27 at 4:00 PM) Motion for an Order Authorizing the Debtor to Assume a Lease filed by Ann Roe on behalf of Hudson Bakery LLC. with hearing to be held on 1/27/2027 at 10:00 AM at Courtroom 601 (MG) Responses due by 1/20/2027, (Roe, Ann)',
    );
    expect(duesOf(two).sort()).toEqual(['2027-01-19', '2027-01-20']);
  });
});

describe("kinds by the conventions, in other courts' event names", () => {
  it.each([
    // a party's consent to a proceeding before a magistrate judge: its election, a notice
    [
      'azd',
      'CONSENT OF DEFENDANT Ana Ruiz for Guilty Plea Hearing before a United States Magistrate Judge. (AJS)',
      'notice',
    ],
    ['txsd', 'CONSENT BY DEFENDANT Omar Lee to Felony Plea before a U.S. Magistrate Judge (cl)', 'notice'],
    // a letter naming its author and the judge it is written to informs the court
    ['njd', 'Letter from Dana K. Roe to The Honorable Lena Ortiz, U.S.D.J. (ROE, DANA)', 'notice'],
    ['nysd', 'LETTER from Ivo Brandt, Esq. to Judge Ray Holt (Brandt, Ivo)', 'notice'],
    ['cod', 'Letter to 10CCA', 'other'],
    // a memorandum by a party in support of a motion: the motion's paper
    [
      'ilnd',
      'MEMORANDUM by Acme Tools, Inc. in support of motion to stay[41] pending reexamination (Attachments: # (1) Exhibit 1)(Lee, Ann)',
      'motion',
    ],
    ['wied', 'BRIEF by Plaintiff Ruth Diaz in support of her motion for class certification [22]', 'motion'],
    // a brief filed in support of a response, an answer to a motion: responses
    [
      'ohnb',
      'Brief Filed by Debtor In Possession Lakeview Farms, LLC (RE: related document(s) 77 Response). (Moss, Kay)',
      'response',
    ],
    [
      'nvb',
      'Answer with Certificate of Service Filed by ANA DIAZ on behalf of LUIS DIAZ (Related document(s) 31 Motion for Relief from Stay filed by Creditor First Bank.) (DIAZ, ANA)',
      'response',
    ],
    [
      'txed',
      'CLAIM CONSTRUCTION RESPONSIVE BRIEF re 61 Opening Claim Construction Brief filed by Acme Corp.',
      'response',
    ],
    // minutes under the form's own name; a stipulation the court so-ordered
    [
      'flmb',
      'Hearing Proceeding Memo: Hearing Continued, Re: motion to dismiss. Hearing scheduled for 3/4/2027 at 09:00 AM.',
      'minute_entry',
    ],
    [
      'nysb',
      'So Ordered Stipulation signed on 3/2/2027 Between the Trustee and the Receiver. (Lopez, Ana)',
      'stipulation',
    ],
    ['nysd', 'So-Ordered Scheduling Notification', 'order'],
  ])('%s: %s', (court, text, kind) => {
    expect(analyze(court, '2027-03-02', text).kind).toBe(kind);
  });
});
