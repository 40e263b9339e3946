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

  it('a report and recommendation rules on nothing: no disposition of the motion it discusses', () => {
    const a = read(
      'REPORT AND RECOMMENDATIONS regarding 31 MOTION to Dismiss. The Magistrate Judge recommends that the 31 Motion be GRANTED.',
    );
    expect([a.kind, a.disposition]).toEqual(['order', null]);
  });
});
