/**
 * Bankruptcy docket language read in the eleventh session (issue #14; dev-bk's tune fold and dev-js
 * as development data): hearing lifecycles in minutes and clerk's notices, 341 meetings, printed
 * deadlines, the automatic stay kept until a continued hearing, and dates no calendar has (flagged,
 * never guessed). Texts are written in several courts' CM/ECF styles; names, places and numbers are
 * fictional.
 */
import { describe, expect, it } from 'vitest';
import { scanTemporals } from './grammar.ts';
import { analyzeEntry } from './index.ts';

const at = (text: string, dateFiled = '2019-02-11', court = 'nhb') =>
  analyzeEntry({ number: '41', dateFiled, text }, { court });
const hearings = (text: string, dateFiled?: string, court?: string) =>
  at(text, dateFiled, court).hearings.map((h) => [h.change, h.date, h.time]);
const due = (text: string, dateFiled?: string, court?: string) =>
  at(text, dateFiled, court)
    .deadlines.map((d) => d.dueDate)
    .sort();
const stays = (text: string, dateFiled?: string) =>
  at(text, dateFiled).stays.map((s) => [s.action, s.expires, s.until]);

describe('hearings in bankruptcy minutes and notices', () => {
  it('a title naming a move makes the day the entry gives a continuance', () => {
    expect(
      hearings(
        'Confirmation Hearing Continued re: Chapter 13 Plan. (Confirmation Hearing to be Held on 3/14/2019 02:00 PM at Concord Courtroom 2 - Judge A) (zz)',
      ),
    ).toEqual([['reset', '2019-03-14', '14:00']]);
    expect(
      hearings(
        'Hearing Held and Adjourned; Appearance(s) by Attorney for Debtor and UST; Hearing scheduled for 3/5/2019 at 03:00 PM at Courtroom 4. (RE: related document(s) 9 Motion for Use of Cash Collateral filed by Debtor Birch Mills, Inc.)Granted on an interim basis. (qq)',
      ),
    ).toEqual([
      ['held', '2019-02-11', null],
      ['reset', '2019-03-05', '15:00'],
    ]);
    // A plain setting in a notice stays a setting.
    expect(
      hearings(
        'Notice of Hearing Filed by Birch Mills, Inc. Hearing scheduled for 3/5/2019 at 10:30 AM at Courtroom 4.',
      ),
    ).toEqual([['set', '2019-03-05', '10:30']]);
  });

  it.each([
    'CONTINUED Meeting of Creditors to be held on 3/5/2019 at 09:00 AM at Room 210, 200 Elm St. (Trustee, A) (Entered: 02/11/2019)',
    'Notice of Continued/Rescheduled Meeting of Creditors Including Certificate of Service Filed by Debtor Ada Finch. 341(a) meeting to be held on 3/5/2019 at 09:00 AM at Room 12.',
    "Chapter 7 Trustee's Continued Meeting of Creditors. Continuation Made at Hearing On The Initial Date Set For Meeting. 341(a) meeting to be held on 3/5/2019 at 09:00 AM at County Building.",
    'Proceeding Memo-Meeting of Creditors Continued Filed by A. Trustee (RE: (related document(s)Meeting of Creditors Chapter 13) 341(a) meeting to be held on 3/5/2019 at 09:00 AM at Room 111.',
    'Order Granting Motion To Continue Hearing On: ( 34 Motion to Dismiss Case ). Evidentiary Hearing scheduled for 03/05/2019 at 09:00 AM at Room 1409.',
  ])('the move named in the first words makes the day a continuance: %s', (text) => {
    expect(hearings(text)).toEqual([['reset', '2019-03-05', '09:00']]);
  });

  it('"Proceedings: Adjourned" in virtual minutes; "Memo to Record of hearing set for D" is that hearing held', () => {
    expect(
      hearings(
        'Virtual Minutes of Hearing held on: 02/11/2019 Subject: Chapter 13 Confirmation Hearing. Proceedings: Adjourned. (related document(s) 2 ) Confirmation hearing to be held on 04/15/2019 at 10:15 AM at Courtroom B. (kd)',
      ),
    ).toEqual([
      ['held', '2019-02-11', null],
      ['reset', '2019-04-15', '10:15'],
    ]);
    const memo = at(
      'Memo to Record of hearing set for February 11, 2019. At the recommendation of the Trustee, the plan is confirmed. The Trustee will submit the formal confirmation order WITHIN 2 DAYS. (ab)',
    );
    expect(memo.hearings.map((h) => [h.change, h.date])).toEqual([['held', '2019-02-11']]);
    expect(memo.deadlines.map((d) => d.dueDate)).toEqual(['2019-02-13']);
  });

  it('omnibus hearing days set together are one setting each', () => {
    expect(
      hearings(
        'Order Setting Omnibus Hearing Dates. All hearings will be held at the Bankruptcy Court, 512 Market St., 3rd Fl., Courtroom #2 (Related document(s) 30 ). Omnibus Hearings scheduled for 3/18/2019 at 01:00 PM., 4/22/2019 at 11:00 AM., 5/20/2019 at 09:00 AM. Signed on 2/11/2019.',
      ),
    ).toEqual([
      ['set', '2019-03-18', '13:00'],
      ['set', '2019-04-22', '11:00'],
      ['set', '2019-05-20', '09:00'],
    ]);
  });

  it('a street number before a month-like word is no date', () => {
    expect(scanTemporals('held at 824 Market St., 5th Fl.', '2019-02-11')).toEqual([]);
    expect(scanTemporals('the 24th day of March, 2019', '2019-02-11').map((t) => t.date)).toEqual([
      '2019-03-24',
    ]);
  });

  it("a judge's order moving the matter a paper opened, with no hearing noun", () => {
    expect(
      hearings(
        'Order Dated 2/11/2019 RE: 3 Complaint by Elm Diner, LLC against Town of Ashby. #3 CONTINUED TO MAR. 18, 2019 AT 2:00PM. THE PARTIES REPORTED A SETTLEMENT IN PRINCIPLE. (xx, USBC)',
        '2019-02-11',
        'vtb',
      ),
    ).toEqual([['reset', '2019-03-18', '14:00']]);
  });

  it("the hearing event's own setting after a quotation CM/ECF never closed", () => {
    expect(
      hearings(
        'Hearing to Consider and Act Upon the Following: (Related Document(s): 640 Motion to Approve Compromise filed by Ann Lee for Debtor Oak Energy Inc. (Related Document(s): 512 Application for Compensation filed by Ann Lee for Interested Party Pine Advisors LLC - Hearing Scheduled For 3/7/2019 at 09:30 AM at Courtroom 1 (Clerk, Z)',
        '2019-02-11',
        'txwb',
      ),
    ).toEqual([['set', '2019-03-07', '09:30']]);
  });

  it('a clerk terminating a hearing with its motion takes the hearing off', () => {
    const a = at(
      'Hearing Deadline and Document Terminated Re: 27 Motion for Relief from Stay re: 14 Pond Road, Keene, NH. Fee Amount $181, filed by Granite Savings Bank; Reason: Motion Withdrawn. (ab)',
    );
    expect(a.kind).toBe('notice');
    expect(a.hearings.map((h) => [h.change, h.date])).toEqual([['cancelled', null]]);
  });

  it('the hour of a notice of opportunity for hearing, from its printed fields', () => {
    const a = at(
      'Motion to Sell Lot 7 with Notice of Opportunity for Hearing If a response or objection is filed - DUE: 14 days after the date of this notice, a hearing will be held on DATE: 3/13/2019, TIME: 9:30 am, LOCATION: Courtroom 1. filed by Ann Lee on behalf of Maple Row LLC. (Lee, Ann)',
      '2019-02-11',
      'ncwb',
    );
    expect(a.hearings.map((h) => [h.change, h.date, h.time])).toEqual([['set', '2019-03-13', '09:30']]);
    // The notice's own printed period, counted from the entry: not the movant's proposal.
    expect(a.deadlines.map((d) => [d.what, d.dueDate, d.change])).toEqual([
      ['response or objection', '2019-02-25', 'set'],
    ]);
  });

  it("the 341 meeting: the trustee's report that it concluded, a meeting continued, the trustee's period", () => {
    const concluded = at("Trustee's Report of 341 Meeting Concluded. (Doe, Trustee)");
    expect(concluded.kind).toBe('minute_entry');
    expect(concluded.hearings.map((h) => [h.change, h.date])).toEqual([['held', '2019-02-11']]);
    const held = at(
      'Meeting of Creditors Held and Continued to 3/20/2019 at 01:00 PM. Debtor to file amended Schedule I within 14 days. (Trustee Doe)',
    );
    expect(held.hearings.map((h) => [h.change, h.date, h.time])).toEqual([
      ['held', '2019-02-11', null],
      ['reset', '2019-03-20', '13:00'],
    ]);
    expect(held.deadlines.map((d) => d.dueDate)).toEqual(['2019-02-25']);
  });
});

describe('printed bankruptcy deadlines', () => {
  it('"; and X Answer Due D" is the last item of a summons\'s list', () => {
    expect(
      due(
        'Summons and Notice of Pretrial Conference to be served on Ann Roe Answer Due 3/13/2019; Roe Holdings LLC Answer Due 3/13/2019;and Roe Farms LLC Answer Due 3/13/2019. Pretrial conference scheduled for 3/29/2019 at 01:30 PM.',
        '2019-02-11',
        'orb',
      ),
    ).toEqual(['2019-03-13', '2019-03-13', '2019-03-13']);
  });

  it('an exclusive right to file a plan ending is no deadline; the papers printed with it are', () => {
    expect(
      due(
        'Chapter 11 Voluntary Petition Filed by Ann Lee on behalf of Harbor Lane, LLC. 20 Largest Unsecured Creditors due 2/25/2019. Summary of schedules due 2/25/2019. Chapter 11 Debtors Exclusive Right to File a Plan Expires on 6/11/2019. (jj)',
      ),
    ).toEqual(['2019-02-25', '2019-02-25']);
  });

  it('"Statement of Current Monthly Income" names a form, not a monthly duty', () => {
    const a = at(
      'Order to Debtor(s) to Show Cause why this case should not be dismissed for failure to provide Schedules A-J, Statement of Current Monthly Income - Means Test, and Evidence of Employer Payments (60 days). So ORDERED. Incomplete Filings due by 2/25/2019. Statement of Intent due by 3/13/2019.',
    );
    expect(a.deadlines.some((d) => d.recurrence)).toBe(false);
    expect(a.deadlines.map((d) => d.dueDate).sort()).toEqual(['2019-02-25', '2019-03-13']);
  });

  it("an order in capitals: its days, and the court's 'if the debtor does not file … by D'", () => {
    const a = at(
      'Order dated 2/11/2019 regarding 30 Motion filed by Debtor to Extend Time to Assume or Reject Lease. HEARING HELD. THE MOTION IS HEREBY GRANTED AND THE DEADLINE IS EXTENDED TO MAY 6, 2019. IF THE DEBTOR DOES NOT FILE A PLAN AND DISCLOSURE STATEMENT BY APRIL 1, 2019, THE LANDLORD MAY FILE AN AFFIDAVIT OF NON-COMPLIANCE. (xx, USBC)',
      '2019-02-11',
      'mab',
    );
    expect(
      a.deadlines.map((d) => [d.what, d.dueDate]).sort((x, y) => `${x[1]}`.localeCompare(`${y[1]}`)),
    ).toEqual([
      ['plan and disclosure statement', '2019-04-01'],
      [expect.stringMatching(/^[a-z ]+$/), '2019-05-06'],
    ]);
    // A condition that is no act left undone keeps its day out.
    expect(
      due('Order. If the defendant is released before May 3, 2019, counsel shall notify the court.'),
    ).toEqual([]);
  });

  it('"Deadline for objections: D" that CM/ECF prints on a motion is the date it set', () => {
    const a = at(
      'Motion to Sell Property Free and Clear of Liens filed by Debtor Birch Mills, Inc. Deadline for objections: 3/1/2019. Hearing scheduled for 3/8/2019 at 10:00 AM.',
    );
    expect(a.deadlines.map((d) => [d.dueDate, d.basis])).toEqual([['2019-03-01', 'clerk_computed_in_text']]);
  });

  it('a day no calendar has is flagged for a person, never guessed', () => {
    for (const text of [
      'Notice of Meeting of Creditors. 341(a) meeting to be held on 3/14/2019 at 10:00 AM. Deadline for objections to discharge: 6/31/2019. Proofs of Claim due by 6/12/2019.',
      'Order Granting Motion to Extend Time. Last day to oppose discharge is February 30, 2019.',
      'Hearing scheduled for 6/31/2019 at 10:00 AM at Courtroom 3. (RE: 20 Motion to Sell)',
    ]) {
      const a = at(text);
      expect([...a.deadlines.map((d) => d.dueDate), ...a.hearings.map((h) => h.date)]).not.toContain(
        expect.stringMatching(/-0[67]-01|-03-0[12]/),
      );
      expect(a.needsReview?.flatMap((f) => f.triggers).join(' ')).toMatch(/6\/31\/2019|February 30, 2019/);
    }
  });
});

describe('the automatic stay kept until a continued hearing', () => {
  it("ends on the continued hearing's day when the entry gives it", () => {
    expect(
      stays(
        'Hearing Held. Hearing Continued (RE: 12 Motion for Relief from Stay filed by Granite Savings Bank) to 3/4/2019 at 10:00 AM. The automatic stay is extended through the date of the continued hearing. (ab)',
      ),
    ).toEqual([['extended', '2019-03-04', null]]);
    expect(
      stays(
        'Preliminary hearing held on Motion for Relief from Stay (related document(s) 14). The automatic stay is continued pending the final hearing. Final hearing scheduled for 4/2/2019 at 09:30 AM at Courtroom 2.',
      ),
    ).toEqual([['extended', '2019-04-02', null]]);
  });

  it('to a stated day, or until the hearing in words when no day is given', () => {
    expect(
      stays(
        'Order Granting Motion to Extend Automatic Stay. The automatic stay is extended through 4/15/2019.',
      ),
    ).toEqual([['extended', '2019-04-15', null]]);
    expect(
      stays(
        'Hearing held and continued. The automatic stay shall remain in effect through the conclusion of the continued hearing. IT IS SO ORDERED /s/ Judge.',
      ),
    ).toEqual([['extended', null, 'the conclusion of the continued hearing']]);
    // A motion's hearing continued is no word about the stay.
    expect(stays('Motion for Relief from Automatic Stay Continued to 4/2/2019 (RE: 12). (ab)')).toEqual([]);
  });

  it('relief recorded as an OUTCOME, and a stipulated order modifying the stay, lift it', () => {
    expect(
      stays(
        'Minute of Hearing Held, OUTCOME: Granted (related document: 35 Motion for Relief from Stay re: 2016 Subaru Outback. Fee Amount $181, filed by Granite Auto Credit. (ab)',
      ),
    ).toEqual([['lifted', null, null]]);
    const a = at(
      'Order (STIPULATED) Modifying the Automatic Stay to Permit Pine Rail Co. to Effectuate Setoff. (related document(s)425) Order Signed on 2/8/2019. (ab)',
    );
    expect(a.kind).toBe('stipulation');
    expect(a.stays.map((s) => s.action)).toEqual(['lifted']);
    expect(
      at('Endorsed Order Re: 40 Withdrawal (RE: 39 Motion for Relief From Stay). ALLOWED. (ab)').kind,
    ).toBe('order');
  });
});
