/**
 * Bankruptcy docket language (issue #14, tenth session; hold-out 6 and the juriscraper DEV courts'
 * pages as development data): what the court does to the automatic stay, what a certificate of
 * notice sets, quoted entries, and the bankruptcy event names' kinds. Texts are written in several
 * courts' CM/ECF styles; names and properties are fictional.
 */
import { describe, expect, it } from 'vitest';
import { analyzeEntry } from './index.ts';

const at = (text: string, dateFiled = '2010-02-10', court = 'flmb') =>
  analyzeEntry({ number: '40', dateFiled, text }, { court });
const stays = (text: string) => at(text).stays.map((s) => [s.action, s.expires, s.what]);

describe('the automatic stay', () => {
  it.each([
    'Order Granting Motion For Relief From Stay (Related Doc # 34 ) (lovd) (Entered: 01/19/2010)',
    'Order Granting motion for relief from automatic stay ACTION IN NON-BANKRUPTCY FORUM (BNC-PDF) (Related Doc # 35 ) Signed on 12/29/2009',
    'Order For Relief From the Automatic Stay (Related document(s) 17 ) (lms)',
    'ORDER TERMINATING THE AUTOMATIC STAY as to 12 Oak Lane. Signed on 3/2/2010.',
    'Courtroom Hearing Held (RE: Motion for Relief From Stay - related document(s) 47 ) (Granted, no oppos by debtor. 4001(a)(3) waived.)(cp)',
    'Hearing Held (related document(s) 30 Motion for Relief from Stay filed by First Bank). Motion GRANTED. Movant to submit order. (ab)',
  ])('relief granted lifts it: %s', (text) => {
    expect(stays(text)).toEqual([['lifted', null, 'automatic stay']]);
  });

  it('relief from the co-debtor stay names that stay', () => {
    expect(
      stays('Order Granting Motion for Relief from Co-Debtor Stay (Related Doc # 22) Signed on 2/9/2010.'),
    ).toEqual([['lifted', null, 'co-debtor stay']]);
  });

  it.each([
    'ORDER REINSTATING STAY AND PROVIDING FOR MONTHLY PAYMENTS (related document: 56 ). Signed on 7/1/2009.',
    'Order Granting Motion to Impose the Automatic Stay (Related Doc # 8). Signed on 2/10/2010.',
  ])('reinstated or imposed: granted: %s', (text) => {
    expect(stays(text).map((s) => s[0])).toEqual(['granted']);
  });

  it.each([
    'Hearing held (Re: related document(s) 10 Motion to Extend Automatic Stay Pursuant to 11 U.S.C. Section 362(c)(3)(B), filed by Debtor); motion GRANTED as to all creditors; order to be submitted by movant.',
    'Order Granting Motion to Extend the Automatic Stay (Related Doc # 9 ). Signed on 2/10/2010.',
    'Order Continuing the Automatic Stay pending the final hearing (Related Doc # 9).',
  ])('kept in force: extended: %s', (text) => {
    expect(stays(text).map((s) => s[0])).toEqual(['extended']);
  });

  it.each([
    'Order Denying Motion for Relief from Stay (Related Doc # 30) Signed on 2/10/2010.',
    'Hearing Held (related document(s) 30 Motion for Relief from Stay filed by First Bank). Motion DENIED.',
    'Civil Minutes -- Hearing/Motion Resolved without Oral Argument Re: 26 Motion/Application for Relief from Stay [JAH-1] DISMISSED AS MOOT (shes)',
    // a party's motion, and the boilerplate of a notice setting its hearing, change nothing
    'Motion for Relief from Stay Fee Amount $150, Filed by Creditor First Bank Objections due by 2/24/2010.',
    'Notice and Order Setting Hearing on Motion for Relief from Stay. So ORDERED by /s/Judge. THE AUTOMATIC STAY REMAINS IN EFFECT UNTIL MODIFIED OR VACATED BY THE COURT.',
    // a certificate that the order was mailed is not the order
    'BNC Certificate of Mailing - PDF Document. (RE: related document(s) 61 Order on Motion for Relief From Stay) No. of Notices: 3. Service Date 12/31/2009. (Admin.)',
    "Received UNSIGNED Order. Forwarded to Chambers for Judge's Signature Order Granting Relief From Stay. Filed by X on behalf of Y Bank.",
  ])('nothing changes: %s', (text) => {
    expect(stays(text)).toEqual([]);
  });

  it('"shall remain in effect through the conclusion of the continued hearing" keeps it', () => {
    const a = at(
      'Motion for Relief from Automatic Stay (12 Elm Rd, Scranton, PA) ([35]) filed by Lender LLC; Objection by the Debtors ([36]) Hearing held and continued. The automatic stay shall remain in effect through the conclusion of the continued hearing. IT IS SO ORDERED /s/ Judge. Record made.',
    );
    expect(a.stays.map((s) => s.action)).toEqual(['extended']);
  });

  it("a stay under the court's general order, noted in a party's entry", () => {
    const a = at(
      'MOTION TO STAY REMOVAL filed by Petitioner(s); REMOVAL STAYED pending further order of the court per General Order 6.4(c). [Entered: 09/26/2023 01:16 PM]',
      '2023-09-26',
      'ca9',
    );
    expect(a.kind).toBe('motion');
    expect(a.stays.map((s) => [s.action, s.until])).toEqual([['granted', 'further_order']]);
  });
});

describe('certificates and quoted entries set nothing', () => {
  it.each([
    'BNC Certificate of Mailing - Hearing(RE: related document(s) 35 Hearing Continued (RE: related document(s) 31 Objection to Confirmation of Plan Filed by Trustee) Hearing scheduled for 7/20/2005 at 10:00 AM at Jonesboro Division. (Clerk, A)) No. of Notices: 3. Service Date 07/08/2005. (Admin.)',
    'BNC Certificate of Mailing (Related Document(s): 1266 Transcript regarding Hearing Held 01/26/10. Notice of Intent to Request Redaction Deadline Due By 02/17/2010. Redaction Request Due By 03/3/2010. Redacted Transcript Submission Due By 03/15/2010.) Service Date 02/13/2010. (Admin.)',
    'Certificate of Notice (RE: related document(s) 12 Meeting of Creditors Chapter 7 No Asset. 341(a) meeting to be held on 3/4/2010 at 10:00 AM. Last day to oppose discharge is 5/3/2010.) Notice Date 02/07/2010.',
    'Certificate of Service (related document(s) 20 Notice of Hearing. Hearing scheduled for 3/9/2010 at 01:30 PM) Filed by Debtor.',
  ])('%s', (text) => {
    const a = at(text);
    expect([a.kind, a.deadlines, a.hearings, a.needsReview ?? []]).toEqual(['notice', [], [], []]);
  });

  it("a date printed inside the quoted text of a related entry is that entry's", () => {
    const a = at(
      'Notice of Occurrence of Effective Date filed by Debtor (Related Document(s): 1204 Order Confirming Chapter 11 Plan (related document(s): 1203 Second and Final Chapter 11 Plan filed by Debtor). Application for Final Decree due by 7/26/2010. (Clerk, C)) (Entered: 02/12/2010)',
    );
    expect(a.deadlines).toEqual([]);
  });

  it('what follows a parenthesis the filer never closed is still read', () => {
    const a = at(
      'Notice of Status Conference/Hearing (related document(s) 44 Motion for Appropriate Relief Regarding Notice of Hearing on 23 Motion for Relief from Stay [BGW# 1]. Fee Amount $150, First Lien Filed by Lender. Status hearing to be held on 3/2/2010 at 10:00 AM at Courtroom 3-C. (Clerk, S)',
    );
    expect(a.hearings.map((h) => [h.date, h.time])).toEqual([['2010-03-02', '10:00']]);
  });
});

describe('bankruptcy event names', () => {
  it.each([
    [
      'Hearing Set (related document(s) 4 ). Hearing scheduled for 7/15/2009 at 10:30 AM at Albany CourtRoom.',
      'notice',
    ],
    [
      'Hearing Set On (related document(s) 23 Relief from Stay filed by Creditor). Pre-Trial Conference set for 3/2/2010 at 10:00 AM.',
      'notice',
    ],
    [
      'Pretrial (RE: related document(s) 1 Complaint filed by Plaintiff) Hearing scheduled for 4/7/2010 at 02:00 PM at 260 Fed Bldg.',
      'notice',
    ],
    [
      'Confirmation Hearing Scheduled (related document: 2 Chapter 13 Plan). Confirmation hearing to be held on 8/12/2008 at 09:30 AM.',
      'notice',
    ],
    [
      'Hearing continued (Re: related document(s) 31 Motion to Dismiss Case) Hearing scheduled 2/21/2007 at 11:15 AM at Courtroom 335.',
      'notice',
    ],
    [
      'Hearing Continued (RE: 38 Vacate). hearing scheduled for 01/12/2010 at 11:30 AM at Courtroom 682.. Signed on 12/17/2009.',
      'order',
    ],
    [
      'Auto Assignment of Judge and Trustee with Meeting of Creditors to Be Noticed for 12/03/2009 at 01:30 PM.',
      'notice',
    ],
    ['Deficient Filing Chapter 11 : Schedule A due by 11/20/2009.', 'notice'],
    [
      'Affidavit Filed by Claims and Noticing Agent Example Claims LLC (related document(s) 515 Order).',
      'notice',
    ],
    [
      'Disposition of Hearing before the Honorable A. Judge: CONTINUED (RE: related document(s) 43 Motion).',
      'minute_entry',
    ],
    [
      'Civil Minutes -- Hearing/Motion Resolved without Oral Argument Re: 26 Motion DISMISSED AS MOOT',
      'minute_entry',
    ],
    [
      'Virtual Minute Entry in reference to hearing On: 09/10/2009 Subject: CHAPTER 13 PLAN. Proceedings: CONTINUED TO.',
      'minute_entry',
    ],
    ['Meeting of Creditors Satisfied', 'minute_entry'],
    ['Notice and Order Setting Hearing on Motion for Relief from Stay. So ORDERED by /s/ Judge.', 'order'],
    ['Disposition of Adversary [97-90395] Dismissing [1-3] Complaint', 'order'],
    [
      'Interim Order Confirming Plan As Modified and Setting Deadlines for Certain Actions. Signed on 4/7/2008',
      'order',
    ],
    ['Notice and Motion to Convert Case to Chapter 7 . Fee Amount $15, Filed by U. S. Trustee.', 'motion'],
    [
      'Notice of motion and motion for relief from the automatic stay with supporting declarations REAL PROPERTY',
      'motion',
    ],
    ['Objection By Trustee A. Trustee To Claim Of B. Creditor, Clm. # 31 - $ 16,415.67.', 'response'],
    [
      'Answer to (related document(s) 11 Motion for Relief From Stay filed by Movant) Filed by Debtor.',
      'response',
    ],
    [
      "Ex Parte Received UNSIGNED Order. Forwarded to Chambers for Judge's Signature Order Granting Application.",
      'other',
    ],
    ['Notice of Transfer/Assignment of Claim to Creditor Liquidity, LP with Waiver.', 'other'],
    ['STIPULATED ORDER DISMISSING CASE - Signed by District Judge A. Judge.', 'stipulation'],
    ['STIPULATION AND ORDER extending time to answer. Signed by Judge A. Judge.', 'stipulation'],
    // a party's letter asking to adjourn a conference is not the clerk's notice of it
    [
      'CONSENT LETTER MOTION to Adjourn Conference scheduled for Friday, September 23, 2022 addressed to Judge X.',
      'motion',
    ],
  ])('%s → %s', (text, kind) => {
    expect(at(text).kind).toBe(kind);
  });
});

describe('printed due dates', () => {
  const due = (text: string, dateFiled?: string, court?: string) =>
    at(text, dateFiled, court)
      .deadlines.map((d) => [d.what, d.dueDate])
      .sort((a, b) => `${a[1]}${a[0]}`.localeCompare(`${b[1]}${b[0]}`));

  it('a deficiency list is one deadline per item, two items due the same day two papers', () => {
    const a = at(
      'Notice of deficient filing regarding bankruptcy petition. Service by BNC. Schedule(s) A,B,D,E,F due by 2/16/2010, Summary of Schedules due 2/16/2010. Statement of Financial Affairs due 2/16/2010. Atty Disclosure State. due 2/16/2010. 11 USC 521(i) Filings due by 3/19/2010. (wrw)',
      '2010-02-02',
      'ganb',
    );
    expect(a.deadlines.map((d) => [d.what, d.dueDate, d.change])).toEqual([
      ['Schedule(s) A,B,D,E,F', '2010-02-16', 'set'],
      ['Summary of Schedules', '2010-02-16', 'set'],
      ['Statement of Financial Affairs', '2010-02-16', 'set'],
      ['Atty Disclosure State.', '2010-02-16', 'set'],
      ['11 USC 521(i) Filings', '2010-03-19', 'set'],
    ]);
    expect(a.needsReview ?? []).toEqual([]);
  });

  it("a petition's printed items, run together as CM/ECF prints them", () => {
    expect(
      due(
        'Voluntary Petition (Chapter 11) Filed by A. Lawyer on behalf of Example Holdings, Inc.. Chapter 11 Plan due by 6/2/2010. Disclosure Statement due by 6/2/2010.Balance Sheet Date: 2/16/2010Statement of Operations Due 2/16/2010 Schedule A due 2/16/2010. Schedule B due 2/16/2010. Incomplete Filings due by 2/16/2010. (Lawyer, A)',
        '2010-02-02',
        'nyeb',
      ),
    ).toEqual([
      ['Balance Sheet', '2010-02-16'],
      ['Incomplete Filings', '2010-02-16'],
      ['Schedule A', '2010-02-16'],
      ['Schedule B', '2010-02-16'],
      ['Statement of Operations', '2010-02-16'],
      ['Chapter 11 Plan', '2010-06-02'],
      ['Disclosure Statement', '2010-06-02'],
    ]);
  });

  it("the court's own ticklers in a list are not deadlines", () => {
    expect(
      due(
        'Chapter 13 Voluntary Petition. Filed by A Debtor. Order Meeting of Creditors due by 6/6/2008. Chapter 13 Plan due by 5/22/2008. (Clerk, D)',
        '2008-05-07',
        'canb',
      ),
    ).toEqual([['Chapter 13 Plan', '2008-05-22']]);
  });

  it.each([
    [
      'Notice of Commencement of Case, Section 341 Meeting of Creditors, and Fixing Deadlines. Section 341(a) meeting to be held on 3/11/2010 at 02:30 PM at Tampa, FL. Last day to oppose discharge or dischargeability is 5/10/2010. Proofs of Claims due by 4/28/2010. (Clerk, P)',
      ['2010-04-28', '2010-05-10'],
    ],
    [
      'Meeting of Creditors. 341(a) meeting to be held on 1/14/2010 at 09:00 AM at Trenton. Complaint to determine dischargeability of certain debts deadline: 3/15/2010. Proofs of Claim due by 4/14/2010. (nrf)',
      ['2010-03-15', '2010-04-14'],
    ],
    [
      'Confirmation Hearing Scheduled (related document: 2 Chapter 13 Plan). Confirmation hearing to be held on 8/12/2008 at 09:30 AM at Courtroom 3. Last day to Object to Confirmation 8/5/2008. (vpm)',
      ['2008-08-05'],
    ],
    // printed by CM/ECF on a party's motion: the system's date, not the movant's proposal
    [
      'Motion for Relief from Stay Including: Notice of Motion served on 12/4/2009 and Certificate of Service, Filed by Creditor A Credit Union Last day to object is 12/18/2009. (Lawyer, J)',
      ['2009-12-18'],
    ],
    [
      'Motion for relief from stay, Filed by Creditor Example Landing, LLC Objections due by 9/25/2009. (Lawyer, C)',
      ['2009-09-25'],
    ],
    // "Due in 7 days" printed on an application: from the entry (2/15/2010 + 7)
    [
      'Application to Employ Example LLP as attorney. Objections/Request for Hearing Due in 7 days. Filed by Debtor Example, L.P. (Lawyer, A)',
      ['2010-02-22'],
    ],
    // a clerk's notice: "within 15 days" from the entry
    [
      'Notice that the Bankruptcy Petition has been Reviewed. Assigned Judge: Example. This case will be dismissed if the declaration of electronic filing is not filed within 15 days. (jmar, )',
      ['2010-03-02'],
    ],
  ])('%s', (text, dates) => {
    expect(
      at(text, '2010-02-15')
        .deadlines.map((d) => d.dueDate)
        .sort(),
    ).toEqual(dates);
  });

  it('a period from the mailing of a notice has no date here; a clerk stamp is no deadline', () => {
    const a = at(
      'Any objection by the transferor to such transfer must be filed within twenty-one(21) days of the mailing of this notice. Transfer of Claim #65 of Example Group. Filed by Example Acquisition LLC (Lawyer, A) Modified Text on 2/5/2010 (Clerk, P).',
      '2010-02-04',
      'rib',
    );
    expect(a.kind).toBe('other');
    expect(a.deadlines.map((d) => [d.dueDate, d.period?.n])).toEqual([[null, 21]]);
  });

  it('a condition\'s day and the conditions of release are not deadlines; "the D deadline … stands" is one', () => {
    expect(
      due(
        'Minute Entry for proceedings held before Judge A:Conference held by telephone on 8/19/2014. The action is stayed until October 24, 2014. If the action is transferred before October 24, 2014, counsel for defendant shall notify the Court.',
        '2014-08-19',
        'nyed',
      ),
    ).toEqual([]);
    expect(
      due(
        'Minute Entry for proceedings held before Magistrate Judge A:Initial Appearance held on 6/7/2014. Deft to be released on own signature; remaining conditions to be met by 6/14/14.',
        '2014-06-07',
        'nysd',
      ),
    ).toEqual([]);
    expect(
      due(
        'MINUTE entry before the Honorable A: Status hearing held. The 10/10/2017 deadline for Plaintiff to serve its amended infringement contentions stands. Mailed notice',
        '2017-09-28',
        'ilnd',
      ),
    ).toEqual([['plaintiff to serve its amended infringement contentions', '2017-10-10']]);
  });
});

describe('hearing dispositions in bankruptcy minutes and notices', () => {
  const hearings = (text: string, dateFiled = '2010-02-10', court = 'mdb') =>
    at(text, dateFiled, court).hearings.map((h) => [h.change, h.date, h.time]);

  it.each([
    [
      'Hearing Held (related document(s)1 Notice of Removal filed by Plaintiff Example, Inc). CONTINUED TO 8/12/10 AT 10:00 am on the Judge docket. (Clerk, S)',
      '2010-07-20',
      [
        ['held', '2010-07-20', null],
        ['reset', '2010-08-12', '10:00'],
      ],
    ],
    [
      'MINUTE entry before the Honorable A. Judge: Status hearing held on 8/8/2016 and continued to 11/17/2016 at 9:30 a.m. Mailed notice. (pjg, )',
      '2016-08-08',
      [
        ['held', '2016-08-08', null],
        ['reset', '2016-11-17', '09:30'],
      ],
    ],
  ])('held, then continued to a day: %s', (text, dateFiled, expected) => {
    expect(hearings(text, dateFiled)).toEqual(expected);
  });

  it('held and continued with no day: an undated continuance', () => {
    expect(
      hearings(
        'Motion for Relief from Automatic Stay ([35]) filed by Lender LLC; Objection by the Debtors ([36]) Hearing held and continued. IT IS SO ORDERED /s/ Judge. Record made.',
        '2024-05-21',
        'pamb',
      ),
    ).toEqual([
      ['held', '2024-05-21', null],
      ['cancelled', null, null],
    ]);
  });

  it.each([
    'Disposition of Hearing before the Honorable A. B. Judge: CONTINUED (Number of Times Continued: 1) (RE: related document(s) 43 Motion for Relief from Stay filed by Debtor). Hearing scheduled for 3/2/2010 at 09:30 AM at Courtroom 1. (cas)',
    'Virtual Minute Entry in reference to hearing On: 02/10/2010 Subject: CHAPTER 13 PLAN. Proceedings: CONTINUED TO. (related document(s) 2 ) Confirmation hearing to be held on 3/2/2010 at 09:30 AM at Foley Bldg.',
  ])('a disposition "CONTINUED": the next day is a continuance: %s', (text) => {
    expect(hearings(text).filter((h) => h[0] !== 'held')).toEqual([['reset', '2010-03-02', '09:30']]);
  });

  it.each([
    [
      'Notice of Information for Abandonment re: 12 Elm Street filed by A Trustee on behalf of A Trustee. Hearing date if Objection filed: 3/30/2010 @ 10:00. Objections due by 3/23/2010. (Trustee, A)',
      [['set', '2010-03-30', '10:00']],
    ],
    [
      'Notice of Hearing Hearing Date: 03/17/2010 Hearing Time: 10:30 AM with Certificate of Service Filed by A Lawyer on behalf of Example Bank (Related document(s) 37 Motion for Relief from Stay) (Lawyer, A)',
      [['set', '2010-03-17', '10:30']],
    ],
    [
      "Notice of Telephonic Hearing Set On (related document(s) 55 Motion to Pay filed by Example LLC) Hearing scheduled for 3/3/2010 at 08:45 AM at Judge's Conference Room. (Clerk, A)",
      [['set', '2010-03-03', '08:45']],
    ],
  ])('a hearing day under its label, named once: %s', (text, expected) => {
    expect(hearings(text)).toEqual(expected);
  });

  it('a motion day decided on the papers: one per motion named (D.N.J.)', () => {
    expect(
      hearings(
        'Set Deadlines as to 99 MOTION to Strike 81 Response Brief, 98 MOTION to Strike. Motion set for 5/20/2024 before Magistrate Judge A. Judge. Unless otherwise directed by the Court, this motion will be decided on the papers and no appearances are required.',
        '2024-04-22',
        'njd',
      ),
    ).toEqual([
      ['cancelled', '2024-05-20', null],
      ['cancelled', '2024-05-20', null],
    ]);
  });

  it.each([
    ['Meeting of Creditors Satisfied', [['held', '2010-02-10', null]]],
    [
      'Meeting of Creditors Held,Tape Counter: Track 53 Hearing held 2/4/10. Debtor appeared. Meeting of creditors concluded, off calendar. (RE: related document(s) 6 Meeting of Creditors Chapter 13).',
      [['held', '2010-02-04', null]],
    ],
  ])('the 341 meeting held, once: %s', (text, expected) => {
    expect(hearings(text)).toEqual(expected);
  });

  it('"Resolved without Oral Argument" is decided on the briefs; "CASE NOT CALLED" takes the setting off', () => {
    expect(
      hearings(
        'Civil Minutes -- Hearing/Motion Resolved without Oral Argument Re: 26 Motion for Relief from Stay DISMISSED AS MOOT',
      ),
    ).toEqual([['cancelled', null, null]]);
    expect(
      hearings(
        'Minute Entry for proceedings held before Judge A: Docket Call set for 1/21/2009. CASE NOT CALLED: answer filed. (sek, )',
        '2009-01-21',
        'laed',
      ),
    ).toEqual([['cancelled', '2009-01-21', null]]);
  });

  it('a court of appeals argument notice: its hour after a dash, its acknowledgment counted back from it', () => {
    const a = at(
      'NOTICE OF ORAL ARGUMENT on Monday, April 17, 2023- 09:30 A.M. - Courtroom 1 - Scheduled Location: Pasadena. If you are the attorney who will be arguing, use the ACKNOWLEDGMENT OF HEARING NOTICE filing type in ACMS no later than 28 days before the hearing date.',
      '2023-02-06',
      'ca9',
    );
    expect(a.hearings.map((h) => [h.type, h.date, h.time])).toEqual([
      ['oral_argument', '2023-04-17', '09:30'],
    ]);
    // 28 days before Monday 4/17/2023 (FRAP 26(a)): Monday 3/20/2023
    expect(a.deadlines.map((d) => d.dueDate)).toEqual(['2023-03-20']);
  });

  it('"Hearing held and reset" for two motions: held that day, one new setting per motion', () => {
    expect(
      hearings(
        'Hearing held and reset (RE: related document(s) 69 Motion for relief from stay filed by Creditor A, and 71 Amended Motion for relief from stay filed by Creditor B. (Reset Hearing to be held on 2/3/2010 at 11:00 AM Dallas Judge Ctrm for 71 and for 69 ), (Clerk, M)',
        '2009-12-15',
        'txnb',
      ),
    ).toEqual([
      ['held', '2009-12-15', null],
      ['reset', '2010-02-03', '11:00'],
      ['reset', '2010-02-03', '11:00'],
    ]);
  });

  it('MDL "pretrial proceedings … being conducted" and a glued "conferencecurrently" (not bankruptcy, read alike)', () => {
    expect(
      hearings(
        'CERTIFIED TRUE COPY OF MDL ORDER LIFTING STAY OF CONDITIONAL TRANSFER ORDER... the action is transferred for the coordinated or consolidated pretrial proceedings under 28 U.S.C. 1407 being conducted by the Honorable A. Judge.',
        '2008-09-23',
        'nysd',
      ),
    ).toEqual([]);
    expect(
      hearings(
        'ORDER CANCELING STATUS CONFERENCE: The Court CANCELS the status conferencecurrently scheduled for January 8, 2015.',
        '2015-01-07',
        'wvnd',
      ),
    ).toEqual([['cancelled', '2015-01-08', null]]);
  });
});
