/**
 * Issue #14, sixth round: the kind read from the structure of the text's head (`head.ts`) — the
 * event name's noun phrase before its tail ("filed by", "tendered by", "re", "set for", "."), its
 * head noun deciding — for event names no named rule lists. Hand-written texts in several courts'
 * styles (names fictional).
 */
import { describe, expect, it } from 'vitest';
import { classify } from './classify.ts';
import { eventHead, readHead } from './head.ts';

describe('the event name at the head of a docket text', () => {
  it.each([
    [
      'AMICUS APPEARANCE filed for Acme Foundation by Ann Roe. Certificate of Service: 04/18/2023.',
      'AMICUS APPEARANCE',
    ],
    ['Objection - Other', 'Objection'],
    ['BRIEFING schedule set. Brief due 03/02/2016 for appellant Ann Roe.', 'BRIEFING schedule'],
    [
      'NINE (9) paper copies of appellee/respondent brief [6008839-2] submitted by Respondent X',
      'appellee/respondent brief',
    ],
    [
      'Copy of District Court Order (RE #100) filed June 24, 2022 granting in forma pauperis.',
      'District Court Order',
    ],
    ['EMAIL MOTION by counsel for Plaintiff requesting a telephone conference', 'EMAIL MOTION'],
  ])('%s', (text, phrase) => {
    expect(eventHead(text).phrase).toBe(phrase);
  });
});

describe('kinds by the head noun of the event name', () => {
  it.each([
    // appearances and notices under names the rules do not list
    [
      'AMICUS APPEARANCE filed for Acme Foundation by Ann Roe. Certificate of Service: 04/18/2023. [22-5459]',
      'notice',
    ],
    ['INTERVENOR APPEARANCE filed by Ann Roe for the State of Ohio.', 'notice'],
    [
      'DESIGNATION of attorney presenting oral argument filed by Attorney Ann Roe for Appellant Bo Poe.',
      'notice',
    ],
    ['Court reporter acknowledgement', 'notice'],
    // the attorney's FRBP 2016(b) form filed with the petition: a bankruptcy form, a record (dev-js's label)
    ['Disclosure of Compensation of Attorney for Debtor', 'other'],
    // the clerk's schedules and letters (First, Sixth, Eighth Circuits' styles)
    ['BRIEFING schedule set. Brief due 03/02/2016 for petitioner Ann Roe. [16-1033] (CP)', 'notice'],
    ['BRIEFING schedule updated. Brief due 05/13/2020 for appellant Bo Poe.', 'notice'],
    ['BRIEFING LETTER SENT setting briefing schedule: appellant brief due 11/30/2022.', 'notice'],
    ['SCHEDULING LETTER from USCA - 8th Circuit (case number 16-4166) as to Notice of Appeal 132.', 'notice'],
    // a brief's kind is its side
    ['BRIEF tendered by Respondent Ann Roe. Certificate of service dated 06/06/2016.', 'response'],
    ['BRIEF tendered by Appellees Ann Roe and Bo Poe.', 'response'],
    ['BRIEF tendered by Appellant Bo Poe.', 'other'],
    ["APPELLEES' BRIEF filed by Appellees Ann Roe, Bo Poe.", 'response'],
    ['AMICUS BRIEF filed by Acme Foundation, with parties consent.', 'other'],
    ['Claim Construction Answering Brief', 'response'],
    ['Claim Construction Reply Brief', 'reply'],
    // a paper about another paper has that paper's kind
    [
      "PLEADING tendered: NINE (9) paper copies of appellees' brief [6356551-2] filed by Appellees X.",
      'response',
    ],
    ['NINE (9) paper copies of appellant/petitioner brief [5996272-2] submitted by Petitioner X.', 'other'],
    ['Copy of District Court Order (RE #100) filed June 24, 2022 granting in forma pauperis. (JAC)', 'order'],
    // a qualifier after the event name, or a modifier before its head
    ['Objection - Other', 'response'],
    ['Opposition - Other', 'response'],
    ['TEXT EMAIL MOTION by counsel for Plaintiff requesting a telephone conference. (JLM)', 'motion'],
    ['FACSIMILE MOTION by defendant Bo Poe to continue sentencing.', 'motion'],
    // the clerk setting a proceeding, however long its name
    [
      'Motions to Dismiss and Motion for Sanctions Hearing set for 10/11/2019 at 10:00 AM in Courtroom 900.',
      'notice',
    ],
    ['Motions in Limine and Final Pretrial Conference set for 3/4/2020 09:00 AM before Judge Roe.', 'notice'],
    // (one motion's words first stay a motion: "MOTION to Continue Hearing set for D" asks to move it)
    ['MOTION to Continue Hearing set for 3/4/2020 by Bo Poe.', 'motion'],
    // a clerk's banner before the event
    [
      '*** DOCUMENT LOCKED - COUNSEL INSTRUCTED TO REFILE *** FILED: Notice of intent to withdraw appeal by X.',
      'notice',
    ],
    // a court of appeals noting a filing below; the clerk cancelling a paper
    [
      'Transcript, [14], has been filed in the District Court on 10/19/2022 ; Court Reporter: Ann Roe ;',
      'notice',
    ],
    ['Record, [3], has been filed in the Bankruptcy Court on 1/2/2020.', 'notice'],
    [
      'CANCELLED TRANSCRIPT ORDER filed by Mr. Bo Poe for Mr. Cy Doe ; Reason: Filed for multiple reporters.',
      'notice',
    ],
    // a transcript requested is the party's order form; a brief in support of no paper is a brief
    ['REQUEST FOR TRANSCRIPT for proceedings held on 09/07/2016 by Attorney Ann Roe.', 'other'],
    ['BRIEF in support of Vacating Conviction by Attorney Ann Roe as to defendant Bo Poe.', 'other'],
    ['MEMORANDUM in Support of Motion to Dismiss by Acme Corp.', 'motion'],
    ['BRIEF IN SUPPORT re [32] Order, Requesting Claims Remain Consolidated filed by Acme', 'response'],
  ])('%s → %s', (text, kind) => {
    expect(classify(text).kind).toBe(kind);
  });

  it.each([
    // a certificate or designation is the paper it certifies: a record, not a notice
    'Certificate of no response',
    'Certificate of Credit Counseling for Debtor',
    'Designation of Record on Appeal',
    'Designation of Deposition Transcript',
    "Chapter 13 Trustee's Request for Entry of Order",
    // a clerk's act on a paper is not the paper
    'Mail Order by Certified Mail',
    'Affidavit in Support of Motion',
  ])('%s names no kind by its head', (text) => {
    expect(readHead(text)).toBeNull();
  });
});
