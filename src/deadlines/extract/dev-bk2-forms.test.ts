/**
 * Forms of bankruptcy hearing, deadline, stay and kind language read in the sixteenth session from
 * dev-bk2's tune part (bench/labels/README.md, dev-bk2): each rule is one of the language, tested here in
 * other DEV bankruptcy courts' wordings with fictional parties.
 * - One event named twice before its verb ("Meeting of Creditors Continued Hearing held D", "First
 *   Meeting of Creditors & Notice of Appointment of Trustee … with 341(a) meeting to be held on D"): one.
 * - "Meeting of Creditors Held. D;": held on the day printed after the title.
 * - A bare title moving the meeting of creditors ("Meeting of Creditors Continued/Rescheduled"): moved, no day.
 * - "Notice of Hearing March 1, 2027 at 9:30 a.m., Courtroom …": the noticed day, with no preposition.
 * - "CORRECT HEARING DATE IF AN OBJECTION IS FILED: D2": the conditional hearing is on D2.
 * - "Order Meeting of Creditors due by D" printed alone: the court's tickler, no deadline.
 * - "Status hearing on Plan and Disclosure Statement Re-set to be held on D": a hearing, no deadline.
 * - "Motion re: Continuation of the Automatic Stay" granted: the stay extended.
 * - A party withdrawing its notice of hearing: that hearing off, no new day.
 * - Kinds: "Notice of Hearing and Objection to Claim" (the objection), a deadline the clerk terminated,
 *   "Incorrect Event Entered, Filer Notified to Refile", a directive on plan payments, "Temporary
 *   Restraining Order and Order to Show Cause".
 */
import { describe, expect, it } from 'vitest';
import { analyzeEntry } from './index.ts';

const analyze = (court: string, dateFiled: string, text: string) =>
  analyzeEntry({ number: '31', dateFiled, text }, { court });
const hearingsOf = (a: ReturnType<typeof analyze>) =>
  a.hearings.map((h) => [h.change, h.date, h.time] as const);
const duesOf = (a: ReturnType<typeof analyze>) =>
  a.deadlines.filter((d) => d.basis !== 'local_rule_default').map((d) => d.dueDate);

describe('one event named twice before its verb is one hearing', () => {
  it("the meeting's continued session held, then the day it goes on", () => {
    const a = analyze(
      'ndb',
      '2027-04-12',
      'Meeting of Creditors Continued Hearing held 4/8/27; Continued for the debtor to produce bank statements. 341(a) meeting to be held on 5/13/2027 at 10:00 AM Fargo U.S. Trustee Office (Quill, Dana) (Entered: 04/12/2027)',
    );
    expect(a.hearings.filter((h) => h.change === 'held').map((h) => h.date)).toEqual(['2027-04-08']);
    expect(a.hearings.filter((h) => h.date === '2027-05-13')).toHaveLength(1);
  });

  it('the trustee appointed with the first meeting, the meeting once', () => {
    const a = analyze(
      'pamb',
      '2027-03-01',
      'Case Assignment. Added judge Rena Voss Added trustee Omar Teal First Meeting of Creditors & Notice of Appointment of Interim Trustee Omar Teal with 341 (a) meeting to be held on 4/6/2027 at 09:00 AM at Harrisburg. Objections for Discharge due by 6/7/2027. Proof of claim due by 7/6/2027.',
    );
    expect(hearingsOf(a)).toEqual([['set', '2027-04-06', '09:00']]);
    expect(a.hearings[0]!.type).toBe('meeting_of_creditors');
  });

  it('two proceedings each with its own setting stay two', () => {
    const a = analyze(
      'txwb',
      '2027-03-01',
      'Minutes of Hearing held on: 03/01/2027 Subject: STATUS HEARING (vCal Hearing ID (2231)). Status Hearing set for 04/15/2027 at 11:00 AM at Courtroom 1 (JD ) Hearing on Approval of Disclosure Statement set for 04/15/2027 at 11:00 AM at Courtroom 1 (JD ) (Reyes, Ana)',
    );
    expect(a.hearings.filter((h) => h.date === '2027-04-15')).toHaveLength(2);
  });
});

describe("the 341 meeting's minutes", () => {
  it('held on the day printed after the title', () => {
    const a = analyze(
      'akb',
      '2027-05-20',
      'Meeting of Creditors Held. 5/17/27; the debtor appeared with counsel; the trustee will file a report of no distribution. (Ives, Lena) (Entered: 05/20/2027)',
    );
    expect(hearingsOf(a)).toEqual([['held', '2027-05-17', null]]);
  });

  it('a bare title held, on the day of the minutes', () => {
    expect(hearingsOf(analyze('ganb', '2027-05-20', 'Meeting of Creditors Held'))).toEqual([
      ['held', '2027-05-20', null],
    ]);
  });

  it.each([
    'Meeting of Creditors Continued/Rescheduled',
    '341 Meeting of Creditors Rescheduled (RE: related document(s) 4 Meeting)',
    'Meeting of Creditors Adjourned',
  ])('a bare title moving the meeting: moved, no new day (%s)', (text) => {
    const a = analyze('insb', '2027-05-20', text);
    expect(hearingsOf(a)).toEqual([['cancelled', null, null]]);
    expect(a.hearings[0]!.type).toBe('meeting_of_creditors');
  });
});

describe('hearing days in notices', () => {
  it("a notice's title with its day right after", () => {
    const a = analyze(
      'waeb',
      '2027-02-01',
      'Notice of Hearing March 1, 2027 at 9:30 a.m., Courtroom 902, Spokane. Motion to Reject Unexpired Lease, Motion for a Final Order re: Cash Collateral (Related document(s) 45 Motion). Filed by Iris Dane on behalf of Cedar Mill LLC. (Dane, Iris)',
    );
    expect(hearingsOf(a)).toEqual([['set', '2027-03-01', '09:30']]);
  });

  it("the clerk's corrected day of a conditional hearing replaces the printed one", () => {
    const a = analyze(
      'nhb',
      '2027-01-26',
      'Notice of Proposed Abandonment re: 12 Elm Street, Keene, NH filed by Trustee Ruth Marsh. Hearing date if Objection filed: 02/22/2027 at 11:00 a.m.. Objections due by 2/16/2027. (Marsh, Ruth) Modified on 1/27/2027 (llb). CORRECT HEARING DATE IF AN OBJECTION IS FILED: 3/1/2027 AT 11 AM',
    );
    expect(hearingsOf(a)).toEqual([['set', '2027-03-01', '11:00']]);
    expect(duesOf(a)).toEqual(['2027-02-16']);
  });

  it('a hearing re-set "to be held on" D is no deadline, whatever paper it hears', () => {
    const a = analyze(
      'lamb',
      '2027-01-14',
      'Hearing Continued . Status hearing on Plan and Disclosure Statement Re-set to be held on 3/4/2027 at 10:30 AM at 600 Camp Street, Courtroom 2. (Ruiz, Dora) (Entered: 01/14/2027)',
    );
    expect(duesOf(a)).toEqual([]);
    expect(hearingsOf(a)).toEqual([['reset', '2027-03-04', '10:30']]);
  });

  it("a party's filing line before the meeting's day is not a deadline either", () => {
    const a = analyze(
      'dcb',
      '2027-02-02',
      'Notice of Rescheduled Meeting of Creditors Filed by Debtor Quarry Lane, LLC. Meeting of Creditors to be Held on 3/18/2027 at 03:00 PM at Room 1021. (Hale, Nina)',
    );
    expect(duesOf(a)).toEqual([]);
    expect(a.hearings.map((h) => h.date)).toEqual(['2027-03-18']);
  });
});

describe("the court's tickler printed alone", () => {
  it('"Order Meeting of Creditors due by D" is no deadline; the items beside it are', () => {
    const alone = analyze(
      'nceb',
      '2027-01-14',
      'Chapter 7 Voluntary Petition. Fee Amount $338. Filed by Tomas Grey. Order Meeting of Creditors due by 1/29/2027. (Boone, Al) (Entered: 01/14/2027)',
    );
    expect(duesOf(alone)).toEqual([]);
    const list = analyze(
      'nceb',
      '2027-01-14',
      'Chapter 7 Voluntary Petition. Fee Amount $338. Filed by Tomas Grey. Incomplete Filings due by 1/28/2027. Order Meeting of Creditors due by 1/29/2027.',
    );
    expect(duesOf(list)).toEqual(['2027-01-28']);
  });
});

describe('the automatic stay continued', () => {
  it('minutes granting a motion for continuation of the stay extend it', () => {
    const a = analyze(
      'moeb',
      '2027-01-14',
      'Minute of Hearing Held, OUTCOME: Granted, Order Entered (related document: 6 Motion re: Continuation of the Automatic Stay Filed by Vera Holt on behalf of Rosa Park) (cmf)',
    );
    expect(a.stays.map((s) => s.action)).toEqual(['extended']);
  });

  it('denied, or only asked for, it is unchanged', () => {
    for (const text of [
      'Minute of Hearing Held, OUTCOME: Denied (related document: 6 Motion for Extension of the Automatic Stay Filed by Vera Holt)',
      'Motion re: Continuation of the Automatic Stay Filed by Vera Holt on behalf of Rosa Park. Hearing scheduled for 2/2/2027 at 10:00 AM.',
    ])
      expect(analyze('moeb', '2027-01-14', text).stays).toEqual([]);
  });
});

describe('a notice of hearing withdrawn', () => {
  it('takes the noticed hearing off, with no new day', () => {
    const a = analyze(
      'nyeb',
      '2027-02-12',
      'Notice to Withdraw Document Filed by Debtor Elm Row, LLC (Re: 66 Motion to Assume/Reject, 67 Notice of Hearing). (Attachments: # 1 Exhibit Mailing Matrix) (Lee, Ann)',
    );
    expect(hearingsOf(a)).toEqual([['cancelled', null, null]]);
  });

  it('withdrawing another paper takes nothing off', () => {
    const a = analyze('nyeb', '2027-02-12', 'Notice of Withdrawal of Document (Re: 12 Notice of Appearance)');
    expect(a.hearings).toEqual([]);
  });
});

describe('kinds of bankruptcy entries', () => {
  it.each([
    [
      'Notice of Hearing and Objection to Claim(s) 4 Filed by Ann Voss on behalf of Rosa Park. Hearing scheduled for 2/9/2027 at 09:30 AM at Room 115.',
      'response',
    ],
    [
      'Certification of Default of Standing Trustee Deadline Terminated, Reason: objection filed. (mef)',
      'notice',
    ],
    [
      'Incorrect Event Entered, Filer Notified to Refile Summary of Schedules Filed by Ann Voss on behalf of Rosa Park.',
      'notice',
    ],
    ['Directive for Termination of Plan Payments. (Carter, Ina)', 'notice'],
    [
      'Ex Parte Temporary Restraining Order and ORDER to Show Cause why TRO should not remain in force (Related document(s)2, Motion for Temporary Restraining Order). Show Cause hearing date is set for 2/16/2027 at 11:00 AM.',
      'order',
    ],
    ['Order Setting Deadline Terminated', 'order'],
  ])('%s', (text, kind) => {
    expect(analyze('pawb', '2027-01-14', text).kind).toBe(kind);
  });
});

describe("the clerk's continued-hearing entries", () => {
  it('"Continued Hearing (RE: …). Hearing scheduled for D": the hearing moved to D, a notice', () => {
    const a = analyze(
      'ganb',
      '2027-03-01',
      'Continued Hearing (RE: related document(s) 40 Motion for Relief from Stay filed by Creditor Pine Bank). Hearing scheduled for 4/6/2027 at 10:00 AM at Courtroom 1204.',
    );
    expect(a.kind).toBe('notice');
    expect(hearingsOf(a)).toEqual([['reset', '2027-04-06', '10:00']]);
  });

  it('"Hearing Held/Continued": held that day, then moved — to the day given, or to none yet', () => {
    const dated = analyze(
      'ganb',
      '2027-03-01',
      'Hearing Held/Continued (RE: related document(s) 40 Motion for Relief from Stay). Continued Hearing scheduled for 4/6/2027 at 10:00 AM.',
    );
    expect(hearingsOf(dated)).toEqual([
      ['held', '2027-03-01', null],
      ['reset', '2027-04-06', '10:00'],
    ]);
    const undated = analyze(
      'ganb',
      '2027-03-01',
      'Hearing Held/Continued (RE: related document(s) 40 Motion for Relief from Stay).',
    );
    expect(hearingsOf(undated)).toEqual([
      ['held', '2027-03-01', null],
      ['cancelled', null, null],
    ]);
  });

  it('"Chapter 13 Confirmation Hearing Continued to D" is the clerk\'s notice of the move', () => {
    const a = analyze(
      'pawb',
      '2027-03-01',
      'Chapter 13 Confirmation Hearing Continued to 4/14/2027 at 09:30 AM.',
    );
    expect(a.kind).toBe('notice');
    expect(hearingsOf(a)).toEqual([['reset', '2027-04-14', '09:30']]);
  });
});

describe('the claims bar date', () => {
  it.each([
    ['Bar Date set for 5/15/2027.', '2027-05-15'],
    ['Claims Bar Date: 5/15/2027', '2027-05-15'],
    ['Governmental Bar Date is 8/28/2027.', '2027-08-28'],
    ['Order Granting Motion to Set Bar Date. The bar date is set for 5/15/2027.', '2027-05-15'],
  ])('%s', (text, due) => {
    const a = analyze('akb', '2027-03-01', text);
    expect(duesOf(a)).toEqual([due]);
    expect(a.deadlines[0]!.what).toMatch(/proofs of claim/);
  });

  it("a motion's bar date is asked for, not due", () => {
    const a = analyze(
      'akb',
      '2027-03-01',
      'Motion to Set Bar Date filed by Ann Lee. Proposed Bar Date: 5/15/2027.',
    );
    expect(a.deadlines.filter((d) => d.change !== 'proposed' && d.basis !== 'local_rule_default')).toEqual(
      [],
    );
  });
});

describe('the 341 meeting and hearings moved, by the words that head the entry', () => {
  it.each([
    "Trustee's Notice of Continued 341 Meeting. 341(a) meeting to be held on 4/6/2027 at 10:00 AM at Room 2.",
    'Adjourned 341 Meeting to be held on 4/6/2027 at 10:00 AM.',
    'Notice of Hearing Rescheduled. Hearing scheduled for 4/6/2027 at 10:00 AM (RE: related document(s) 30 Motion to Dismiss Case).',
  ])('%s: moved to the day given', (text) => {
    expect(hearingsOf(analyze('ndb', '2027-03-01', text))).toEqual([['reset', '2027-04-06', '10:00']]);
  });

  it('"Chapter 13 Confirmation Hearing Held and Concluded": minutes of the hearing held', () => {
    const a = analyze('insb', '2027-03-01', 'Chapter 13 Confirmation Hearing Held and Concluded.');
    expect(a.kind).toBe('minute_entry');
    expect(hearingsOf(a)).toEqual([['held', '2027-03-01', null]]);
  });

  it('"Hearing Off Calendar (RE: …)" is the clerk\'s notice that the hearing is off', () => {
    const a = analyze(
      'insb',
      '2027-03-01',
      'Hearing Off Calendar (RE: related document(s) 30 Motion to Dismiss Case).',
    );
    expect(a.kind).toBe('notice');
    expect(hearingsOf(a)).toEqual([['cancelled', null, null]]);
  });
});
