/**
 * Round 4 (issue #14): legal forms found on the second real hold-out, each written as a rule of
 * the language and checked here on hand-written texts in several courts' styles (names fictional).
 */
import { describe, expect, it } from 'vitest';
import { classify } from './classify.ts';
import { analyzeEntry } from './index.ts';

const at = (dateFiled: string, text: string, court?: string) =>
  analyzeEntry({ number: null, dateFiled, text }, court ? { court } : {});

describe('kind follows the CM/ECF event name in other courts', () => {
  it.each([
    // orders under other event names
    ['RULING LETTER SENT granting motion to extend time to file brief [12] filed by Ms. Ana Ruiz.', 'order'],
    [
      'Received Order from the Supreme Court, dated 03/02/2021: The application for a stay is denied.',
      'order',
    ],
    ['Received copy of District Court order filed on 05/04/2019 dismissing the petition.', 'order'],
    [
      'Notice of Document Discrepancies and Order Thereon by Judge Ann Lee Rejecting Document: Letter.',
      'order',
    ],
    ['Writ of Habeas Corpus ad testificandum', 'order'],
    ['Writ of Execution', 'order'],
    ['Initial Order upon Filing of Complaint', 'order'],
    ['Order Setting Pretrial Conference', 'order'],
    ['Minute Order Setting Hearing', 'order'],
    ['Joint Status Report Order Form for Magistrate Judges', 'order'],
    ['3 - Terminate Hearings AND Scheduling Order', 'order'],
    // the clerk's and CM/ECF's notices
    ['**Terminate Deadlines and Hearings as to Luis Vega: Change of Plea Hearing CANCELED.', 'notice'],
    ['Electronic Summons Issued', 'notice'],
    ['Summons Issued as to Acme Corp.', 'notice'],
    ['LETTER BY CLERK that the record was sent to the Court of Appeals.', 'notice'],
    ['Certification of Compliance with Local Rule 9', 'notice'],
    ['Cert. of Interested Parties', 'notice'],
    ['Statement of Disclosure of Corporate Interests', 'notice'],
    ['RE-SET HEARING: Motion Hearing re-set for 4/2/2019 10:00 AM before Judge Kay Orr.', 'notice'],
    ['Set/Reset Motion and R&R Deadlines/Hearings', 'notice'],
    ['Set/Reset Motion Noting Date', 'notice'],
    ['Hearing (Bk Other) Continued', 'notice'],
    ['341(a) Notice (Chapter 13) (BNC)', 'notice'],
    ['Auto Summons and Notice of Status Conference', 'notice'],
    ['***FILED IN ERROR, DISREGARD***NOTICE of Appearance by Jo Park on behalf of Acme Corp.', 'notice'],
    ['NOTICE OF APPEAL of 31 RULING AND ORDER by Sam Holt.', 'notice'],
    // minutes a title states; parties' papers under bare event names
    ['Meeting of Creditors Held', 'minute_entry'],
    ['Meeting of Creditors Held and Concluded', 'minute_entry'],
    ['Brief', 'response'],
    ['Objection', 'response'],
    ['Supplemental - Opposing', 'response'],
    [
      'Appeal from the 20 Report and Recommendation of Magistrate Judge Eve Stone filed by Tom Pike.',
      'response',
    ],
    ['Ex Parte Application for Order', 'motion'],
    ['**SEALED DOCUMENT**Sealed Entry-Document re 40 MOTION to Compel by USA as to Ray Cole', 'motion'],
    ['RECEIVED Complaint and two copies by Dan Moss.', 'pleading'],
  ])('%s → %s', (text, kind) => {
    expect(classify(text).kind).toBe(kind);
  });
});

describe('an extension "by N days" is an amount of time, not a period from the order', () => {
  it.each([
    [
      'ca6',
      'RULING LETTER SENT granting motion to extend time to file brief by 30 days [20]. Appellee brief now due 05/01/2023.',
      ['2023-05-01'],
    ],
    [
      'ca4',
      'ORDER granting motion to extend filing time by 14 days [33]. Opening brief due 04/20/2023.',
      ['2023-04-20'],
    ],
  ])('%s', (court, text, due) => {
    expect(at('2023-03-20', text, court).deadlines.map((d) => d.dueDate)).toEqual(due);
  });
});
