/**
 * CM/ECF's event structure (issue #14, eighteenth session): an entry a clerk's event template writes is
 * the event's name ("Hearing Set", "Hearing Scheduled", "Hearing Continued", "Hearing (Bk Motion) Set",
 * "Order Continuing Hearing"), the related document it acts on ("(RE: related document(s)12 Motion …)"),
 * then the standard fields the template fills ("Hearing scheduled for D at T at PLACE", "Preliminary
 * hearing to be held on D at T", "Hearing Date: D Time: T Location: …"). The rules read that structure,
 * whatever court's words fill it:
 * - the event's name and its field are one event: one hearing, with the field's hour and its more
 *   specific name (not a hearing "set" by the name plus a second one set by the field);
 * - a labeled field's hour ("Time: T") belongs to the day beside it;
 * - after an event that moves a hearing, the field's day is where it moved (one hearing reset), not a
 *   continuance without a day beside a new setting.
 * Fictional parties; courts outside the blind sets.
 */
import { describe, expect, it } from 'vitest';
import { analyzeEntry } from './index.ts';

const analyze = (court: string, dateFiled: string, text: string) =>
  analyzeEntry({ number: '40', dateFiled, text }, { court });
const hearingsOf = (a: ReturnType<typeof analyze>) =>
  a.hearings.map((h) => [h.change, h.date, h.time] as const);

describe("the event's name and the field its template fills are one hearing", () => {
  it('"Hearing Set (related document(s) …) Status hearing to be held on D at T" (one status hearing)', () => {
    const a = analyze(
      'nmb',
      '2027-03-02',
      'Hearing Set (related document(s): 22 Objection to Claim) Status hearing to be held on 4/6/2027 at 10:30 AM at Albuquerque Courtroom Gila. (kt) (Entered: 03/02/2027)',
    );
    expect(hearingsOf(a)).toEqual([['set', '2027-04-06', '10:30']]);
    expect(a.hearings[0]!.type).toBe('status_hearing');
  });

  it('"Hearing Set (RE: related document(s)[31] Objection to Confirmation …) Preliminary hearing to be held on D"', () => {
    const a = analyze(
      'ksb',
      '2027-05-10',
      'Hearing Set (RE: related document(s)[31] Objection to Confirmation of Plan) Preliminary hearing to be held on 6/1/2027 at 09:30 AM at Topeka Room 210. (jm) (Entered: 05/10/2027)',
    );
    expect(hearingsOf(a)).toEqual([['set', '2027-06-01', '09:30']]);
  });

  it('"Hearing (Bk Motion) Set (RE: …) Confirmation hearing to be held on D"', () => {
    const a = analyze(
      'cob',
      '2027-01-19',
      'Hearing (Bk Motion) Set (RE: related document(s)14 Amended Chapter 13 Plan) Confirmation hearing to be held on 2/23/2027 at 01:30 PM at Courtroom C. (lw) (Entered: 01/19/2027)',
    );
    expect(hearingsOf(a)).toEqual([['set', '2027-02-23', '13:30']]);
  });

  it("the field's hour, where the event name's own reading reaches the day but not the hour", () => {
    const a = analyze(
      'wiwb',
      '2027-08-03',
      'Hearing Set On (RE: related document(s)57 Application for Compensation for Driftless Law Firm) Hearing scheduled for 9/14/2027 at 11:00 AM at Eau Claire Courtroom. (ab) (Entered: 08/03/2027)',
    );
    expect(hearingsOf(a)).toEqual([['set', '2027-09-14', '11:00']]);
  });

  it('(already read so) "Hearing Continued (RE: …) Final Hearing scheduled for D": one hearing, moved', () => {
    const a = analyze(
      'ncwb',
      '2027-04-12',
      'Hearing Continued (RE: related document(s)88 Motion to Use Cash Collateral) Final Hearing scheduled for 5/3/2027 at 09:30 AM at Charlotte Courtroom 1-4. (sm) (Entered: 04/12/2027)',
    );
    expect(hearingsOf(a)).toEqual([['reset', '2027-05-03', '09:30']]);
  });

  it("a long related document (the name's reading stops before the day): the field alone, as before", () => {
    const a = analyze(
      'nmb',
      '2027-03-02',
      'Hearing Set (related document(s): 22 Objection to Claim of Mesa Lending, LLC, Claim No. 7, filed by Debtor Ana Ruiz and Joint Debtor Tomas Ruiz) Status hearing to be held on 4/6/2027 at 10:30 AM at Albuquerque Courtroom Gila. (kt) (Entered: 03/02/2027)',
    );
    expect(hearingsOf(a)).toEqual([['set', '2027-04-06', '10:30']]);
  });

  it('(already read so) two settings, each with its own day, stay two ("Status Conference set for D1 …; Motion Hearing set for D2")', () => {
    const a = analyze(
      'ksd',
      '2027-02-01',
      'Set/Reset Hearings: Status Conference set for 3/1/2027 at 10:00 AM in KC Courtroom 643 before Magistrate Judge Ella Voss. Motion Hearing set for 3/15/2027 at 01:30 PM in KC Courtroom 643 before Magistrate Judge Ella Voss. (kw) (Entered: 02/01/2027)',
    );
    expect(hearingsOf(a)).toEqual([
      ['set', '2027-03-01', '10:00'],
      ['set', '2027-03-15', '13:30'],
    ]);
  });
});

describe('labeled fields: "Hearing Date: D Time: T Location: …"', () => {
  it('the hour of the "Time:" field is the setting\'s hour', () => {
    const a = analyze(
      'ctb',
      '2027-06-07',
      'Notice of Hearing (RE: related document(s)19 Motion to Extend Automatic Stay Filed by Debtor Ruth Amari). Hearing Date: 6/24/2027 Time: 10:00 AM Location: Courtroom 123, 450 Main Street, Hartford. (mk) (Entered: 06/07/2027)',
    );
    expect(hearingsOf(a)).toEqual([['set', '2027-06-24', '10:00']]);
  });

  it('"Hearing Date: D, Time: T" after the event name\'s own reading of that day', () => {
    const a = analyze(
      'neb',
      '2027-09-20',
      'Hearing Scheduled (RE: related document(s)44 Objection to Confirmation Filed by Trustee) Hearing Date: 10/19/2027, Time: 02:00 PM, Location: Omaha Courtroom 2. (ds) (Entered: 09/20/2027)',
    );
    expect(hearingsOf(a)).toEqual([['set', '2027-10-19', '14:00']]);
  });

  it('"Hearing Continued (RE: …). Hearing Date: D Time: T": the hearing moved to D, not cancelled beside a new setting', () => {
    const a = analyze(
      'innb',
      '2027-07-08',
      'Hearing Continued (RE: related document(s)63 Motion to Dismiss Case Filed by Trustee). Hearing Date: 8/5/2027 Time: 09:00 AM Location: South Bend Room 203. (lp) (Entered: 07/08/2027)',
    );
    expect(hearingsOf(a)).toEqual([['reset', '2027-08-05', '09:00']]);
  });

  it('"Order Continuing Hearing (RE: …). Hearing Date: D": moved by order', () => {
    const a = analyze(
      'cob',
      '2027-03-29',
      'Order Continuing Hearing (RE: related document(s)71 Motion for Relief From Stay Filed by Creditor Front Range Auto Finance). Hearing Date: 4/26/2027 Time: 01:30 PM Location: Courtroom E. (sf) (Entered: 03/29/2027)',
    );
    expect(hearingsOf(a)).toEqual([['reset', '2027-04-26', '13:30']]);
  });
});

describe('the utility event\'s name ("Set Deadlines/Hearings:") is a title, not an event of a clause', () => {
  const duesOf = (a: ReturnType<typeof analyze>) =>
    a.deadlines.filter((d) => d.basis !== 'local_rule_default').map((d) => [d.dueDate, d.what] as const);

  it('"Set Deadlines/Hearings: Dispositive Motion Deadline set for D": a deadline, no hearing', () => {
    const a = analyze(
      'ned',
      '2027-04-05',
      'Set Deadlines/Hearings: Dispositive Motion Deadline set for 9/30/2027. (LRM) (Entered: 04/05/2027)',
    );
    expect(hearingsOf(a)).toEqual([]);
    expect(duesOf(a)).toEqual([['2027-09-30', 'dispositive Motion']]);
  });

  it('"Set/Reset Deadlines and Hearings as to X: Pretrial Motions Deadline set for D1. Jury Trial set for D2": the deadline named without the title, the trial set', () => {
    const a = analyze(
      'cod',
      '2027-02-08',
      'Set/Reset Deadlines and Hearings as to Dario Vance: Pretrial Motions Deadline set for 3/8/2027. Jury Trial set for 4/19/2027 09:00 AM in Courtroom A 702 before Judge Mara Quill. (cthom) (Entered: 02/08/2027)',
    );
    expect(hearingsOf(a)).toEqual([['set', '2027-04-19', '09:00']]);
    expect(duesOf(a)).toEqual([['2027-03-08', 'pretrial Motions']]);
  });

  it('"Set Deadlines & Hearings: Discovery Deadline set for D"', () => {
    const a = analyze(
      'wiwd',
      '2027-06-21',
      'Set Deadlines & Hearings: Expert Disclosure Deadline set for 10/1/2027. (jls) (Entered: 06/21/2027)',
    );
    expect(hearingsOf(a)).toEqual([]);
    expect(duesOf(a).map(([d]) => d)).toEqual(['2027-10-01']);
  });
});

describe('minutes titled by the proceeding and its day', () => {
  it('"Minutes of Hearing on D (RE: …)": held on D, not on the day the minutes were entered', () => {
    const a = analyze(
      'nmb',
      '2027-03-05',
      'Minutes of Hearing on 3/3/2027 (RE: related document(s)12 Motion to Dismiss Case). Granted. Order to be submitted by Trustee. (kt) (Entered: 03/05/2027)',
    );
    expect(hearingsOf(a)).toEqual([['held', '2027-03-03', null]]);
  });

  it('"MINUTES of Status Conference on D"', () => {
    const a = analyze(
      'ksd',
      '2027-10-12',
      'MINUTES of Status Conference on 10/8/2027 before Magistrate Judge Ella Voss. Parties to file a joint proposed schedule. (kw) (Entered: 10/12/2027)',
    );
    expect(hearingsOf(a)).toEqual([['held', '2027-10-08', null]]);
  });

  it("a day after the minutes were entered is no day the proceeding was held: the entry's day", () => {
    const a = analyze(
      'cob',
      '2027-03-05',
      'Minutes of Hearing on 3/3/2028 (RE: related document(s)12 Motion to Dismiss Case). (sf) (Entered: 03/05/2027)',
    );
    expect(hearingsOf(a)).toEqual([['held', '2027-03-05', null]]);
  });
});
