/**
 * Issue #14, ninth session: the kind conventions settled across the label sets
 * (bench/labels/README.md, "Kind conventions across the sets"), each in several courts' styles
 * (names fictional).
 */
import { describe, expect, it } from 'vitest';
import { analyzeEntry } from './index.ts';

const read = (text: string) => analyzeEntry({ number: '12', dateFiled: '2020-06-01', text });

describe('kinds by the conventions across the label sets', () => {
  it.each([
    // a magistrate judge's report and recommendation: the court's order, recommending, ruling on nothing
    [
      'REPORT AND RECOMMENDATIONS regarding 31 MOTION to Dismiss filed by Jo Poe. It is the recommendation of the Magistrate Judge that the 31 Motion to Dismiss be GRANTED.',
      'order',
    ],
    [
      'FINDINGS AND RECOMMENDATION of the Magistrate Judge upon a Plea of Guilty as to Al Roe (1): Recommending that the district judge accept the plea.',
      'order',
    ],
    [
      'Report and Recommendation re [14] Petition for Writ of Habeas Corpus. Objections due within 14 days.',
      'order',
    ],
    // a party's letter by what it does
    [
      'LETTER addressed to Magistrate Judge Ann Roe from Jo Poe dated August 8, 2022 re: Request to Compel Discovery Responses. Document filed by Acme.',
      'motion',
    ],
    ['Letter from Bo Poe requesting that the Court appoint new counsel.', 'motion'],
    ['COUNTER LETTER MOTION for Discovery addressed to Judge Ann Roe from Jo Poe dated 8/9/2021.', 'motion'],
    ['LETTER RESPONSE in Opposition to Motion addressed to Judge Ann Roe from Jo Poe.', 'response'],
    [
      'JOINT LETTER addressed to Magistrate Judge Ann Roe from Jo Poe dated December 22, 2022 re: Status. Document filed by Acme.',
      'status_report',
    ],
    [
      'LETTER addressed to Judge Ann Roe re: Status Letter Re Settlement Conference. Document filed by Acme.',
      'status_report',
    ],
    [
      "JOINT LETTER addressed to Judge Ann Roe re: the Court's Order and the parties' proposed civil case management plan.",
      'other',
    ],
    [
      'LETTER filed by Jo Poe for USA communicating dates of unavailability for oral argument: October 16-20, 2023.',
      'notice',
    ],
    ['LETTER regarding Answer to question at argument filed by Attorney Jo Poe for Respondent.', 'notice'],
    ['*EXPEDITED* LETTER BY CLERK that a transcript request was sent to the reporter.', 'notice'],
    ['Letter to 10CCA', 'other'],
    // the clerk's form letters by their titles; a bare status letter is a status report
    ['Pro Se Assistance Letter', 'notice'],
    ['Deficiency Letter', 'notice'],
    ['Endorsed Letter', 'order'],
    // a bare proceeding title is its minutes; an opinion filed with its judgment is the opinion
    ['Oral Argument', 'minute_entry'],
    ['unpublished opinion and judgment filed', 'opinion'],
    ['Letter - Sentencing', 'other'],
    // a letter the court writes is its order or opinion
    [
      'LETTER ORDER: The Initial Conference scheduled for 6/20/2024 is adjourned to 7/11/2024 at 11:00 AM. So Ordered by Magistrate Judge Ann Roe.',
      'order',
    ],
    // papers of service and publication, a party's suggestion, a leave of absence: notices
    [
      'CERTIFICATE OF Mailing of a copy of the Notice of Removal by reg. mail on 3/14/00, to counsel of record.',
      'notice',
    ],
    ['Proof of publication', 'notice'],
    ['Service - Miscellaneous', 'notice'],
    ['Suggestion of Subsequently Decided Authority', 'notice'],
    ['Leave of Absence', 'notice'],
    ['Mail Returned as Undeliverable re 9 ORDER. Mail sent to Jo Poe.', 'notice'],
    [
      'SUBSEQUENT MEDIATION CONFERENCE. Mediation Conference scheduled for 7/12/2021 at 11:00 AM by video conference.',
      'notice',
    ],
    [
      'In accordance with the provisions of 28 USC Section 636(c), you are hereby notified that a U.S. Magistrate Judge of this district court is available.',
      'notice',
    ],
    // the court's acts under bare names; a grand jury's return; drafts and records
    ['Discharge of Debtor and Order of Final Decree (BNC)', 'order'],
    ['Preliminary Injunction', 'order'],
    ['Grand Jury Returns', 'pleading'],
    ['Order to Show Cause - Unsigned', 'motion'],
    [
      "Defendant's (Corrected) Unopposed Second Application for Extension of Time to Answer Complaint",
      'motion',
    ],
    ['Proposed Voir Dire', 'other'],
    ['Transfer Agreement FRBP 3001(e)', 'other'],
    ['Transcript Order Form', 'other'],
  ])('%s → %s', (text, kind) => {
    expect(read(text).kind).toBe(kind);
  });

  // Issue #14, tenth session: CM/ECF event names of bankruptcy courts and courts of appeals, read as
  // the grammar of the event name (head noun, who files, the conventions), several courts' styles each.
  it.each([
    // papers of service and mailing, whatever the noun; a certificate of no objection is a record
    ['Affidavit/Declaration of Service (related document(s) 88, 89 ) Filed by Acme Holdings, Inc.', 'notice'],
    [
      'Affidavit/Certificate of Service Filed by Jo Poe on behalf of Roe Shipping, Inc. (RE: related document(s) 3 Motion to Pay)',
      'notice',
    ],
    [
      'Declaration of Mailing re: First Monthly Application of Poe LLP for Allowance of Compensation',
      'notice',
    ],
    ['Document Mailed', 'notice'],
    [
      'Certificate of Service and No Objections filed by JO POE on behalf of First Bank. (related document(s) 16 Motion for Relief from Stay)',
      'other',
    ],
    [
      'BNC certificate of mailing of order (Re: related document(s) 17 Order on Motion to Extend Automatic Stay) (Admin.)',
      'notice',
    ],
    // the clerk's hearing events: set, continued, stricken, withdrawn, a hearing to consider
    ['Hearing Stricken (RE: 29 Motion for Relief Stay). (Poe, Jo)', 'notice'],
    [
      'Hearing Withdrawn (related document: 30 Motion to Convert Case to Chapter 7. filed by Creditor Acme, Inc.) (ghm)',
      'notice',
    ],
    [
      'Confirmation Hearing Rescheduled (related document: 2 Chapter 13 Plan Filed by Jo Poe). Confirmation hearing to be held on 8/12/2008 at 09:30 AM.',
      'notice',
    ],
    [
      'Hearing to Consider and Act Upon the Following: (Related Document(s): 12 Motion to Sell filed by Jo Poe - Hearing Scheduled For 2/25/2010 at 09:30 AM)',
      'notice',
    ],
    // the court's order naming a proceeding it sets is the order, not the clerk's notice
    [
      'ORDER Settlement Conference set for 5/4/2010 09:30 AM before Magistrate Judge Ann Roe. Signed by Magistrate Judge Ann Roe.',
      'order',
    ],
    // meetings of creditors: noticed (the CM/ECF 341 line) or held (the trustee's report of it)
    [
      'Chapter 7 Indiv/Joint--Notice of Meeting of Creditors. 341(a) meeting to be held on 3/2/2009 at 03:30 PM at US Trustee Meeting Room.',
      'notice',
    ],
    [
      'CONTINUED Meeting of Creditors to be held on 2/2/2010 at 09:00 AM at US Courthouse, Room 2110 (Poe, Jo)',
      'notice',
    ],
    [
      "Chapter 7 Trustee's Continued Meeting of Creditors. Continuation Made at Hearing. 341(a) meeting to be held on 1/29/2010 at 01:00 PM.",
      'notice',
    ],
    [
      'Appointment of Trustee.Trustee Jo Poe appointed to case. Meeting of Creditors 341(a) meeting to be held on 9/23/2009 at 10:30 AM.',
      'notice',
    ],
    ["Trustee's Report of First Meeting Held. (Poe, Jo)", 'minute_entry'],
    [
      "Trustee's Memorandum from 341(a) Meeting of Creditors HELD - DEBTOR(S) SWORN (RE: related document(s) 5 Notice)",
      'minute_entry',
    ],
    ['Meeting of Creditors Chapter 13 Held and Concluded on 4/4/2008 Filed by Jo Poe', 'minute_entry'],
    [
      "Chapter 7 Trustee's Report of No Distribution: I, Jo Poe, having been appointed trustee of the estate, report that",
      'other',
    ],
    // dispositions and memos of hearings
    ['Hearing not Held; Granted. (related document(s), 47 ). Order due by 12/18/2009.', 'minute_entry'],
    [
      'Memo to Record of hearing set for November 18, 2009. At the recommendation of the Trustee, the plan is confirmed.',
      'minute_entry',
    ],
    ['Detention Hearing as to Al Roe, Bo Roe held Judge: Poe Court Rptr: electronic', 'minute_entry'],
    [
      'Virtual Minutes of: 02/10/2010 Subject: Evidentiary Hearing - Motion to Dismiss. Proceedings: VACATED.',
      'minute_entry',
    ],
    // the court's orders under other names: memorandum orders, endorsed orders, a judge's name first, discharges
    [
      'Memorandum Order Re Evidentiary Hearing (related document(s) 407 ) Order Signed on 12/18/2009.',
      'order',
    ],
    ['MEMORANDUM ORDER denying 12 Motion to Compel. Signed by Judge Ann Roe on 3/3/2020.', 'order'],
    [
      'Endorsed Order Dated 10/24/08 Granting 27 Motion filed by Debtor Jo Poe to Amend 24 Schedule J. ALLOWED.',
      'order',
    ],
    ['Final Order By The BAP Panel. Re: BAP Appeal # WW-10-1099 Affirmed in Part Reversed in Part.', 'order'],
    [
      'Roe, J. Order dated 1/5/06 Re: 13 Motion filed by Plaintiff Jo Poe for Stay. HEARING HELD. MOTION IS GRANTED.',
      'order',
    ],
    [
      "Ex parte Order of the Court Granting the Trustee's Motion to Extend Objection to Discharge Date. So ORDERED.",
      'order',
    ],
    ['Chapter 7 Discharge, Both Debtors (Poe, Jo)', 'order'],
    // a party's answer to a motion: oppositions, objections, reservations of rights, non-opposition
    [
      'Certification in Opposition to Motion for Relief From Stay (related document: 31 Motion for Relief from Stay)',
      'response',
    ],
    [
      "Reservation of Rights by the Official Committee of Unsecured Creditors with Regard to the Debtors' Motion for Order Approving Sale",
      'response',
    ],
    [
      'Objection of Roe Corporation to Joint Plan of Reorganization of Acme LLC (related document(s) 104 ) Filed by Roe Corporation',
      'response',
    ],
    [
      'Objection Filed by Jo Poe on behalf of Acme Ltd. (RE: related document(s) 44 Motion to Authorize)',
      'response',
    ],
    [
      "Objection Roe Investments 1, LLC's Objection to Debtors' Motion for Order Approving Agreement (related document(s) 196 )",
      'response',
    ],
    ['STATEMENT OF NON-OPPOSITION TO MOTION TO STAY REMOVAL filed by Respondent Al Roe.', 'response'],
    ['Response to Notice of Final Cure Payment (Rule 3002.1)', 'response'],
    // a party answering the court's notice informs it (courts of appeals)
    ['RESPONSE to notice of case being considered for oral argument filed by Jo Poe.', 'notice'],
    // requests: a streamlined request for time (9th Cir.), a letter requesting a conference, a misfiled motion
    [
      'STREAMLINED request for extension of time to file answering brief for 30 days filed by Respondent Al Roe.',
      'motion',
    ],
    ['Letter requesting pre-motion conference in regard to Motion to Stay by Acme, Inc.', 'motion'],
    [
      '(INCORRECT EVENT USED - ATTORNEY ADVISED TO REFILE) Motion to Authorize Use of Cash Collateral Filed by Jo Poe',
      'motion',
    ],
    [
      'Request for Service of Notices. First Bank, P.O. Box 37, Springfield Filed by Jo Poe on behalf of First Bank.',
      'notice',
    ],
    // the notice of a motion that sets the time to answer it is the notice; the notice and motion together the motion
    [
      'Notice of Motion for Relief from Stay and Requirement to File Response filed by JO POE on behalf of First Bank',
      'notice',
    ],
    [
      'Notice of motion and motion for relief from the automatic stay with supporting declarations REAL PROPERTY',
      'motion',
    ],
    // bankruptcy records: claims transferred, the attorney's compensation disclosure, the clerk's deficiency memo
    [
      'Assignment/Transfer of Claim Transfer Agreement 3001 (e) 2 Transferor: First Bank (Claim No. 3) To Roe Funding, LLC',
      'other',
    ],
    ['Disclosure of Compensation In the Amount of $ 1,500.00 Filed by Jo Poe on behalf of Al Roe.', 'other'],
    ['Deficiency Memo - No Financial Management Course (Poe, Jo)', 'notice'],
    ['Set UST Statement of Abuse and Financial Course Due Date', 'notice'],
    ['Arraignment and Plea', 'minute_entry'],
    // fee applications under their period; the notice of a motion filed as another entry; records
    [
      'Monthly Application for Compensation / Twenty-Second Monthly Fee Application of Poe LLP, Co-Counsel to the Committee',
      'motion',
    ],
    [
      'Interim Application for Compensation and Reimbursement of Expenses of Roe LLP as Special Counsel to the Debtor',
      'motion',
    ],
    [
      'Notice of Motion for Relief from Stay filed by JO POE on behalf of First Bank. (related document(s) 273 Motion for Relief from Stay (150.00 fee)).',
      'notice',
    ],
    ['Notice of Motion to Vacate 2255', 'motion'],
    ['Request for Special Notice . Filed by Jo Poe on behalf of Roe Corporation.', 'notice'],
    ['Amended Schedule(s) :D, E, F Fee Amount $26. Filed by Jo Poe on behalf of Roe Ranch, Inc.', 'other'],
    ['BRIEFING schedule set. Brief due 03/02/2016 for appellant Al Roe.', 'notice'],
    ['Withdrawal of Document (related document: 91 Notice of Appearance filed by Jo Poe)', 'notice'],
    ['Change of Address for Debtor filed by Jo Poe on behalf of Al Roe.', 'notice'],
    [
      'Letter of Release and Termination (Re: related document(s) 17 Order on Motion to Extend Automatic Stay) filed by Jo Poe on behalf of First Bank.',
      'notice',
    ],
    // the court's acts without an event name; appellate dispositions and case opening
    [
      'The case having been dismissed; IT IS ORDERED that the case is closed and the trustee is discharged.',
      'order',
    ],
    [
      'MEMORANDUM DISPOSITION (Ann ROE, Bo POE, Cy DOE) DISMISSED in part and DENIED in part. FILED AND ENTERED JUDGMENT.',
      'opinion',
    ],
    [
      "CASE OPENED. Petition for Review has been received in the Clerk's office of the United States Court of Appeals for the Ninth Circuit on 1/5/2022.",
      'notice',
    ],
    // a party's election before a magistrate judge
    ['Consent/Declination to Proceed Before a US Magistrate Judge', 'notice'],
    [
      'CONSENT TO RULE 11 PLEA in a felony case before United States Magistrate Judge by Al Roe (1).',
      'notice',
    ],
    // discovery papers are records; the trustee adjourning a meeting notices it; a CJA appointment is the court's
    ['Request for Admissions', 'other'],
    ['Request for Production of Documents', 'other'],
    ['Request for Entry of Default Re: 23 Amended Application. Filed by Debtor Al Roe.', 'motion'],
    [
      'Statement Adjourning Meeting of Creditors. Section 341(a) Meeting Continued on 12/19/2017 at 01:00 PM.',
      'notice',
    ],
    ['Withdrawal of motion', 'notice'],
    ['CJA Appointment', 'order'],
    // a memorandum in support takes the kind of the paper it supports, named after the filer or joined to another event
    [
      "MEMORANDUM in Support filed by USA as to Al Roe: USA's Response to the Defense's Motion to Preclude Testimony",
      'response',
    ],
    ["Complaint/Brief in Support of Plaintiff's MOTION for Preliminary Injunction by Jo Poe.", 'motion'],
    [
      "COMPLAINT/Brief in Support of Plaintiff's Motion for Preliminary Injunction against Al Roe filed by Jo Poe.",
      'pleading',
    ],
  ])('%s → %s', (text, kind) => {
    expect(read(text).kind).toBe(kind);
  });

  it('a report and recommendation rules on nothing: no disposition of the motion it discusses', () => {
    const a = read(
      'REPORT AND RECOMMENDATIONS regarding 31 MOTION to Dismiss. The Magistrate Judge recommends that the 31 Motion be GRANTED.',
    );
    expect([a.kind, a.disposition]).toEqual(['order', null]);
  });
});

/**
 * Issue #14, twelfth session (dev-kind's tune part, bench/labels/README.md): event names of the DEV
 * courts' clerks and judges read by their CM/ECF form, each written in other courts' styles (names
 * fictional).
 */
describe('event names of many courts (dev-kind)', () => {
  const on = (text: string, dateFiled = '2020-06-01') => analyzeEntry({ number: '40', dateFiled, text });

  it.each([
    // the parties' statement before a status conference is a status report
    [
      'Joint Status Conference Statement Filed by Debtor Ann Roe (Attachments: # 1 Certificate of Service)',
      'status_report',
    ],
    ['STATUS STATEMENT by Plaintiff Jo Poe.', 'status_report'],
    // an adversary complaint after CM/ECF's nature-of-suit codes
    [
      'Adversary case 11-04567. 14 (Recovery of money/property - other) 21 (Validity, priority or extent of lien) Complaint by Jo Poe against Acme Bank. Fee Amount $250.',
      'pleading',
    ],
    // the clerk correcting a claim's or the docket's record
    [
      'Claim Status Correction (RE: related document(s): 12 Transfer of Claim filed by Acme Funding). (abc)',
      'notice',
    ],
    ['Docket Correction (RE: 33 Order on Motion to Extend Time).', 'notice'],
    // a court of appeals' record of a case submitted without argument
    ['SUBMITTED ON THE BRIEFS to Ann ROE, Bo POE, Cy DOE. [Entered: 06/01/2020 10:12 AM]', 'minute_entry'],
    // a trustee's final account, also with the application to close that rides on it
    [
      'Amended Final Account and Application to Close Case and Discharge Trustee Filed by Trustee Jo Poe.',
      'other',
    ],
    ["Chapter 7 Trustee's Final Report and Account. (Poe, Jo)", 'other'],
    ['Directive for Plan Payments. (Roe, Ann)', 'notice'],
    // an electronic order's "(E)" mark; the 341 meeting's event under its section number
    [
      '(E)Order Granting Motion to Extend Time to File Schedules. (Related Doc # 9 ). Signed on 6/1/2020.',
      'order',
    ],
    ['341 Meeting of Creditors Notice Sent to BNC for Mailing . (USBC Staff - Roe, Ann)', 'notice'],
    ['341 Meeting of Creditors Held and Concluded. (Poe, Jo)', 'minute_entry'],
    [
      'Continuance of Meeting of Creditors on 7/9/2020 at 09:00 AM at Room 101, Federal Building. (POE, JO)',
      'notice',
    ],
    // an answer to a motion is a response; an answer to a complaint stays a pleading
    [
      'Answer filed by ANN ROE (related document(s) 13 Notice of Motion for Relief from Stay). (Poe, Jo)',
      'response',
    ],
    ['Answer filed by ANN ROE (related document(s) 1 Complaint). (Poe, Jo)', 'pleading'],
  ])('%s → %s', (text, kind) => {
    expect(on(text).kind).toBe(kind);
  });

  it('a case submitted on the briefs is decided that day without a hearing', () => {
    const a = on('SUBMITTED ON THE BRIEFS to Ann ROE, Bo POE, Cy DOE.', '2021-03-04');
    expect(a.hearings.map((h) => [h.change, h.date])).toEqual([['cancelled', '2021-03-04']]);
  });

  it('a trustee continuing the 341 meeting moves it to the day named', () => {
    const a = on('Continuance of Meeting of Creditors on 7/9/2020 at 09:00 AM at Room 101. (POE, JO)');
    expect(a.hearings.map((h) => [h.type, h.change, h.date, h.time])).toEqual([
      ['meeting_of_creditors', 'reset', '2020-07-09', '09:00'],
    ]);
  });

  it('the objection deadline CM/ECF prints on an application is a deadline', () => {
    const a = on(
      'Application for Attorney Bo Poe to Appear Pro Hac Vice Filed by Ann Roe on behalf of Acme LP. Objection deadline is 6/15/2020. (Attachments: # 1 Certification)',
    );
    expect(a.deadlines.map((d) => d.dueDate)).toEqual(['2020-06-15']);
  });

  it('one paper of a numbered monthly series sets no recurring duty; an order to file monthly does', () => {
    for (const text of [
      'Certificate of No Objection to Third Monthly Application of Acme LLP (related document(s) 354 ) Filed by Roe Corp.',
      'Twelfth Monthly Fee Statement of Poe & Roe LLP for the period May 1, 2020 to May 31, 2020.',
      'Certificate of Service (related document: 97 2nd Monthly Fee Statement filed by Acme LLP).',
    ])
      expect(on(text).deadlines.filter((d) => d.recurrence)).toEqual([]);
    const order = on(
      'ORDER: the debtor shall file monthly operating reports. Signed by Judge Ann Roe on 6/1/2020.',
    );
    expect(order.deadlines.some((d) => d.recurrence?.unit === 'months')).toBe(true);
  });
});

describe('the words around the event name: who speaks, who files, what the verb does (dev-kind2)', () => {
  const on = (text: string, court?: string) =>
    analyzeEntry({ number: '51', dateFiled: '2021-02-03', text }, court ? { court } : {});

  it.each([
    // who speaks or files, named before the event, is not the event
    [
      "Court's Notice of Transfer of Claim 3. Amount of Claim: $310.00 Transferor: Acme Bank Transferee: Roe Funding (jds)",
      'other',
    ],
    ["COURT'S ORDER Granting Motion to Extend Time (Related Doc # 14).", 'order'],
    ["Court's Notice of 341 sent. (kp)", 'notice'],
    ['Creditor, Poe Recovery Services LLC, Request for Notices (Poe, Jo)', 'notice'],
    ['Debtor, Ann Roe, Motion to Extend the Automatic Stay. (Roe, Ann)', 'motion'],
    // CM/ECF's nature-of-suit code before an adversary complaint; a banner in two stars
    [
      '454 (Recover Money/Property) Complaint by Jo Poe against Roe Credit Union. Fee Amount $350',
      'pleading',
    ],
    ['**See Corrected Entry #22** Objection to Claim 4 Filed by Jo Poe.', 'response'],
    // the clerk correcting the docket or a filer's error; a bare record of a modification says nothing
    [
      'CORRECTIVE ENTRY: ATTORNEY MUST REFILE THE CERTIFICATE WITH THE MAILING MATRIX ATTACHED. (RE: related document(s): 7 Certificate of Service). (ab)',
      'notice',
    ],
    [
      'Corrective Entry (RE: related document(s) 19 Motion to Sell). CORRECTION: wrong PDF attached.',
      'notice',
    ],
    ['Corrective Entry-Text Modified', 'other'],
    [
      '**ERROR** WRONG EVENT SELECTED. CORRECTION REQUIRED. REFILE USING THE RESPONSE EVENT. (RE: related document(s) 30 Objection). (ke)',
      'notice',
    ],
    // the clerk reporting what was or will be done; the court acting says "hereby"
    [
      'Orders dated March 3, 2021, have been entered in the cases of Poe Holdings LLC and Roe Shipping Inc. providing for the joint administration of the cases.',
      'notice',
    ],
    [
      'Pursuant to General Order 2021-4 signed January 5, 2021 by Chief Judge Ann Roe, this case will be reassigned to Judge Bo Poe on March 1, 2021.',
      'notice',
    ],
    ['This action is hereby transferred to the Western Division.', 'order'],
    // the clerk's utility on a deadline, the record on appeal transmitted
    ['Financial Management Course Deadline Terminated, Reason: certificate filed. (ab)', 'notice'],
    ['Certified and Transmitted Record on Appeal to US Court of Appeals re 61 Notice of Appeal.', 'notice'],
    [
      'Transmittal of Record on Appeal to the District Court (Related document(s) 40 Notice of Appeal).',
      'notice',
    ],
    // the verb after the event name: a judgment issued as the mandate; petitions that open a case
    [
      'USCA JUDGMENT issued as mandate on 3/2/21 as to 40 Notice of Appeal filed by Jo Poe. Affirmed.',
      'mandate',
    ],
    ['PETITION FOR REVIEW filed by Petitioner Jo Poe. [Entered: 02/03/2021 09:14 AM]', 'pleading'],
    ['Petition for Rehearing En Banc filed by Appellant Jo Poe.', 'motion'],
    // a request for oral argument asks for a hearing; an event word run into the next
    ['Request for Oral Argument by Ann Roe regarding 17 MOTION to Dismiss.', 'motion'],
    ['Motionfor Relief from Stay. Filed by Roe Bank. Hearing scheduled for 3/9/2021.', 'motion'],
  ])('%s → %s', (text, kind) => {
    expect(on(text).kind).toBe(kind);
  });

  it('who signs decides: a clerk-titled entry the judge signed is an order; a signature quoted from another entry is not', () => {
    for (const text of [
      'Hearing Rescheduled (RE: 12 Motion to Sell). Hearing scheduled for 4/6/2021 at 10:00 AM at Courtroom 3. Signed on 3/1/2021.',
      'Notice of Continued Hearing on Confirmation. Hearing scheduled for 4/6/2021 at 10:00 AM. So ORDERED by /s/ Ann Roe.',
    ])
      expect(on(text).kind, text).toBe('order');
    for (const text of [
      'BNC Certificate of Mailing (RE: related document(s) 22 Order Continuing Hearing. Signed on 3/1/2021). Service Date 03/03/2021.',
      'Notice of Hearing Filed by Jo Poe on behalf of Acme Bank. Hearing scheduled for 4/6/2021. Signed on 3/1/2021.',
    ])
      expect(on(text).kind, text).toBe('notice');
  });

  it("a bankruptcy court's disclosure statement is the plan's; elsewhere a bare one is Rule 7.1's", () => {
    const text = 'Disclosure Statement Filed by Roe Logistics Inc. (Attachments: # 1 Exhibit A)';
    expect(on(text, 'ohnb').kind).toBe('other');
    expect(on(text, 'ohnd').kind).toBe('notice');
    expect(on('Corporate Disclosure Statement Filed by Roe Logistics Inc.', 'ohnb').kind).toBe('notice');
    expect(
      on('Amended Disclosure Statement With Respect to the Chapter 11 Plan of Roe Logistics Inc.').kind,
    ).toBe('other');
  });
});
