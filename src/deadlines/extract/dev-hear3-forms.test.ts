/**
 * Forms of hearing, deadline and stay language read in the fifteenth session from dev-hear3's tune part
 * (bench/labels/README.md, dev-hear3): each rule is one of legal language, tested here in several DEV
 * courts' wordings with fictional parties.
 * - One move told twice: a disposition's "CONTINUED TO D" (no hour) and CM/ECF's closing "Hearing
 *   scheduled for D at T" are one hearing moved, not two.
 * - "THE MATTER IS CONTINUED GENERALLY", "the motion is taken off calendar": the hearing off, no new day
 *   (but "Hearing Held. The matter is taken off calendar." is the sitting over, nothing off).
 * - "Hearing carried (over) to D": a continuance, like "adjourned to D"; so is the day a "Notice of
 *   Adjourned/Rescheduled Hearing" prints.
 * - S.D. Cal.'s "Motion Setting set for D T": a setting before the court.
 * - A label's date that is the paper's stamp ("Last Day To File Proofs of Claim Signed on D") is no
 *   deadline; W.D.N.C.'s printed "DUE: 15 days," with no "from" counts from the notice.
 * - "the stay is ordered to remain in effect" in an order on a motion for relief: the stay extended.
 * - Kinds: "Notice of Motion and Application for …" is the motion; "VACATED: Order …" the order it
 *   was, acting on nothing.
 */
import { describe, expect, it } from 'vitest';
import { analyzeEntry } from './index.ts';

const analyze = (court: string, dateFiled: string, text: string) =>
  analyzeEntry({ number: '44', dateFiled, text }, { court });
const hearingsOf = (a: ReturnType<typeof analyze>) =>
  a.hearings.map((h) => [h.change, h.date, h.time] as const);

describe('one move told twice is one hearing moved', () => {
  it.each([
    [
      'ncwb',
      'Disposition of Hearing before the Honorable Ann Ridley: CONTINUED TO 6/16/2027 (Number of Times Continued: 2) (RE: related document(s) 31 Motion to Sell filed by Debtor Birch Hollow, LLC). Hearing scheduled for 6/16/2027 at 09:30 AM at Courtroom 1. (tlm)',
      '2027-06-16',
      '09:30',
    ],
    [
      'njb',
      'Hearing Rescheduled from 6/10/2027 - RESCHEDULED HEARING DATE IS 6/17/2027. (related document: 88 Application for Compensation for Quill & Marsh LLP) Hearing scheduled for 6/17/2027 at 10:00 AM at Courtroom 3, Trenton. (kvr)',
      '2027-06-17',
      '10:00',
    ],
    [
      'canb',
      'Hearing Continued to 7/2/2027 (RE: related document(s) 52 Motion for Relief From Stay). Hearing scheduled for 7/2/2027 at 10:30 AM at Oakland Room 220. (jm)',
      '2027-07-02',
      '10:30',
    ],
  ])('%s', (court, text, date, time) => {
    const a = analyze(court, '2027-05-20', text);
    const on = a.hearings.filter((h) => h.date === date);
    expect(on).toHaveLength(1);
    expect([on[0]!.change, on[0]!.time]).toEqual(['reset', time]);
  });

  it('a conference set the same day as the moved hearing stays its own setting', () => {
    const a = analyze(
      'ncwb',
      '2027-05-20',
      'Disposition of Hearing before the Honorable Ann Ridley: CONTINUED TO 6/16/2027 (RE: related document(s) 31 Motion to Sell filed by Debtor Birch Hollow, LLC). Status Conference scheduled for 6/16/2027 at 02:00 PM at Courtroom 1. (tlm)',
    );
    expect(a.hearings.filter((h) => h.date === '2027-06-16')).toHaveLength(2);
  });
});

describe('the matter continued generally, or taken off calendar', () => {
  it.each([
    [
      'mab',
      'Order Dated 5/20/2027 Re: 40 Motion filed by the United States Trustee to Dismiss Case. AT THE REQUEST OF THE DEBTOR THE MATTER IS CONTINUED GENERALLY. (jd, USBC)',
    ],
    [
      'nyeb',
      'Order signed on 5/20/2027 Re: 22 Motion for Relief from Stay. The matter is taken off calendar. (rl)',
    ],
    [
      'deb',
      'ORDER re: 61 Motion to Compel. This motion is continued without date pending the parties’ settlement. Signed on 5/20/2027.',
    ],
  ])('%s: one hearing off, no new day', (court, text) => {
    const a = analyze(court, '2027-05-20', text);
    expect(hearingsOf(a)).toEqual([['cancelled', null, null]]);
  });

  it('a party asking that the matter be continued generally sets nothing', () => {
    const a = analyze(
      'mab',
      '2027-05-20',
      'Motion filed by Debtor Elm Court LLC to Continue Hearing Generally on 40 Motion to Dismiss. (Lee, Ann)',
    );
    expect(a.hearings).toEqual([]);
  });
});

describe('"carried to D" is a continuance; off calendar after a sitting is the sitting over', () => {
  it.each([
    [
      'pawb',
      'Hearing carried to 6/24/2027 at 10:00 AM (RE: related document(s) 30 Motion to Dismiss Case). (jm)',
    ],
    ['canb', 'Hearing Continued. Hearing carried to 6/24/2027 at 10:00 AM at Oakland Room 220. (rba)'],
    [
      'deb',
      'ORDER: the hearing on the objection to claim 14 is carried over to June 24, 2027 at 10:00 a.m. Signed on 5/20/2027.',
    ],
  ])('%s', (court, text) => {
    const a = analyze(court, '2027-05-20', text);
    expect(a.hearings.filter((h) => h.change !== 'held').map((h) => [h.change, h.date, h.time])).toEqual([
      ['reset', '2027-06-24', '10:00'],
    ]);
  });

  it.each([
    [
      'deb',
      'Notice of Adjourned/Rescheduled Hearing THE HEARING SCHEDULED FOR 9:30 a.m. ON JUNE 29, 2027 HAS BEEN RESCHEDULED FOR 11:00 a.m. ON JUNE 29, 2027 Filed by Oak Valve LLC. Hearing scheduled for 6/29/2027 at 11:00 AM at US Bankruptcy Court, Courtroom #5. (Lee, Ann)',
      '11:00',
    ],
    [
      'ganb',
      'Notice of Continued Hearing (related document(s) 45 ) Filed by Birch Co.. Hearing scheduled for 6/29/2027 at 10:00 AM at Courtroom 1202. (Orr, Ben)',
      '10:00',
    ],
  ])('%s: a notice of a hearing moved gives the day it moved to', (court, text, time) => {
    expect(hearingsOf(analyze(court, '2027-05-20', text))).toEqual([['reset', '2027-06-29', time]]);
  });

  it('a notice of hearing that moves nothing sets it', () => {
    expect(
      hearingsOf(
        analyze(
          'ganb',
          '2027-05-20',
          'Notice of Hearing (related document(s) 45 ) Filed by Birch Co.. Hearing scheduled for 6/29/2027 at 10:00 AM at Courtroom 1202. (Orr, Ben)',
        ),
      ),
    ).toEqual([['set', '2027-06-29', '10:00']]);
  });

  it.each([
    ['txwb', 'Hearing Held. The matter is taken off calendar. (sm)'],
    [
      'nhb',
      'Hearing held on 5/20/2027 (RE: 12 Motion to Compel). Motion granted; the matter is marked off calendar.',
    ],
  ])('%s: held only', (court, text) => {
    expect(hearingsOf(analyze(court, '2027-05-20', text))).toEqual([['held', '2027-05-20', null]]);
  });
});

describe('"Motion Setting set for D T" (a setting before the district judge)', () => {
  it.each([
    [
      'casd',
      'Minute Entry for proceedings held before Magistrate Judge Ada Quill: Arraignment as to Tomas Vell (1) Count 1 held on 5/20/2027. Not Guilty plea entered; Motion Setting set for 6/7/2027 09:00 AM in Courtroom 3C before Judge Ben Orr. (no document attached) (rab)',
      [
        ['held', '2027-05-20', null],
        ['set', '2027-06-07', '09:00'],
      ],
    ],
    [
      'casd',
      'Minute Entry for proceedings held before Judge Ben Orr: Motion Setting as to Tomas Vell held on 5/20/2027. Motion Setting/Trial Setting set for 7/12/2027 02:00 PM before Judge Ben Orr. (no document attached)',
      [
        ['held', '2027-05-20', null],
        ['set', '2027-07-12', '14:00'],
      ],
    ],
  ])('%s', (court, text, expected) => {
    expect(hearingsOf(analyze(court, '2027-05-20', text))).toEqual(expected);
  });
});

describe('printed deadlines: the stamp is no deadline, "DUE: N days," counts from the notice', () => {
  it.each([
    [
      'nynb',
      'Order Setting Last Day To File Proofs of Claim Signed on 5/20/2027. Proofs of Claims due by 9/20/2027. (vr)',
    ],
    [
      'akb',
      'Order Setting Last Day to File Administrative Claims entered on 5/20/2027. Administrative Claims due by 8/2/2027.',
    ],
  ])('%s', (court, text) => {
    const a = analyze(court, '2027-05-20', text);
    expect(a.deadlines.map((d) => d.dueDate)).toHaveLength(1);
    expect(a.deadlines[0]!.dueDate).not.toBe('2027-05-20');
  });

  it.each([
    ['ncwb', 'If a response or objection is filed - DUE: 15 days, a hearing will be held on DATE: 6/23/2027'],
    ['nceb', 'If a response or objection is filed DUE: 15 days. A hearing will be held on DATE: 6/23/2027'],
  ])('%s', (court, field) => {
    const a = analyze(
      court,
      '2027-05-20',
      `Motion to Sell Equipment with Notice of Opportunity for Hearing ${field}, TIME: 9:30 am, LOCATION: Courtroom 1. filed by Ann Lee on behalf of Pine Ridge LLC. (Lee, Ann)`,
    );
    expect(a.deadlines.map((d) => d.dueDate)).toEqual(['2027-06-04']);
    expect(a.hearings.map((h) => h.date)).toEqual(['2027-06-23']);
  });
});

describe('"the stay is ordered to remain in effect" on a motion for relief', () => {
  it.each([
    [
      'ilnb',
      'Order Scheduling (RE: 43 Motion for Relief Stay). Hearing continued on 6/30/2027 at 11:00AM at Courtroom 680. By Agreement, the stay is ordered to remain in effect. Signed on 5/20/2027 (cb)',
    ],
    [
      'waeb',
      'ORDER CONTINUING HEARING on Motion for Relief from Stay (Related Doc # 18). Hearing continued to 6/30/2027 at 11:00 AM. The stay is hereby ordered to remain in effect pending the continued hearing. (jk)',
    ],
  ])('%s: extended', (court, text) => {
    const a = analyze(court, '2027-05-20', text);
    expect(a.stays.map((s) => s.action)).toEqual(['extended']);
  });

  it('a motion for relief asking that the stay not remain in effect extends nothing', () => {
    const a = analyze(
      'ilnb',
      '2027-05-20',
      'Motion for Relief from Stay as to 12 Elm Rd. Fee Amount $188. Filed by Ann Lee on behalf of Birch Bank. Hearing scheduled for 6/30/2027 at 10:00 AM.',
    );
    expect(a.stays).toEqual([]);
  });
});

describe('kinds', () => {
  it.each([
    [
      'ilnb',
      "Notice of Motion and Application for Compensation for Ann Lee, Debtor's Attorney, Fee: $8,100.00. Filed by Ann Lee. Hearing scheduled for 6/9/2027 at 10:00 AM at Courtroom 682.",
    ],
    [
      'ganb',
      'Notice of Motion and Motion to Extend Time to File Schedules Filed by Ben Orr on behalf of Pine Ridge LLC.',
    ],
  ])('%s: a notice of motion and the motion is the motion', (court, text) => {
    expect(analyze(court, '2027-05-20', text).kind).toBe('motion');
  });

  it('a notice of motion and opportunity to object stays a notice', () => {
    expect(
      analyze(
        'pawb',
        '2027-05-20',
        'Notice of Motion and Opportunity to Object re: 30 Motion to Sell. Filed by Ann Lee. Objections due by 6/7/2027.',
      ).kind,
    ).not.toBe('motion');
  });

  it.each([
    [
      'vaeb',
      'VACATED: Order Granting Motion to Dismiss Case (Related Doc # 50) Case DISMISSED (Lane, Sue) Modified on 6/2/2027 pursuant to order entered 6/2/2027, entry # 66.',
    ],
    [
      'moeb',
      'VACATED: Order Granting Motion for Relief from Stay (Related Doc # 31). Signed on 5/20/2027. Modified on 6/1/2027 pursuant to order entered 6/1/2027.',
    ],
  ])('%s: "VACATED: Order …" is the order it was, acting on nothing', (court, text) => {
    const a = analyze(court, '2027-05-20', text);
    expect(a.kind).toBe('order');
    expect([a.disposition, a.stays, a.deadlines, a.hearings]).toEqual([null, [], [], []]);
  });
});
