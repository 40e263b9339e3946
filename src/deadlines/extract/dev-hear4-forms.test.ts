/**
 * Forms of a hearing's lifecycle read in the nineteenth session from dev-hear4's tune part (POOL-A courts,
 * bench/labels/README.md "dev-hear4") and from the forms the last round left: each rule is one of the
 * language, tested here in several courts' wordings with fictional parties (the real entries' own wording
 * is in the corpus, not here).
 * - A summons "issued by Clerk's Office with Pre-Trial Conference set for D": the clerk's office is no
 *   signature to strip; the conference is set.
 * - The title moves the hearing the entry gives a day for: "Notice of Continuance (RE: …) Hearing scheduled
 *   D", "341 Meeting Continued 341 meeting to be held on D", "Notice of Change of Time of … Hearing".
 * - A title's capitalized verb right after its event ("Pre-Trial Conference Scheduled 9/24/27"), not after
 *   other words ("Meeting of Creditors - Second Non-Appearance Scheduled D" is a report of a past meeting).
 * - The day before the event names it: "the 4/21/2027 status hearing is vacated", "the time for the D status
 *   hearing is advanced to T", "The D1 status hearing is reset to D2" (off D1), "The D Notice of Motion date
 *   is stricken" (N.D. Ill.'s presentment).
 * - "Hearing Rescheduled from D1 (RE: …). Hearing scheduled for D2": off D1, on D2.
 * - "Matter Taken Under Advisement": heard that day, the ruling reserved.
 * - The U.S. Trustee's statement that the meeting of creditors "was held and concluded on D": held D.
 * - A bankruptcy clerk's "Hearing to be held on D … for 30 and for 37" in an order to adjourn: each
 *   motion's hearing, moved.
 * - "Notice of Adjournment of Hearing : Notice of Adjournment of X's Motion …" with no day: moved, no day.
 */
import { describe, expect, it } from 'vitest';
import { analyzeEntry } from './index.ts';

const analyze = (court: string, dateFiled: string, text: string) =>
  analyzeEntry({ number: '31', dateFiled, text }, { court });
const hearingsOf = (a: ReturnType<typeof analyze>) =>
  a.hearings.map((h) => [h.change, h.date, h.time] as const);
const sorted = <T>(xs: readonly T[]) =>
  [...xs].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe("an adversary summons with the clerk's pre-trial conference", () => {
  it('"Summons … issued by Clerk\'s Office with Pre-Trial Conference set for D at T, Answer due by D"', () => {
    const a = analyze(
      'nyeb',
      '2027-05-13',
      "Summons with Notice of Pre-Trial Conference issued by Clerk's Office with Pre-Trial Conference set for 7/14/2027 at 10:00 AM at Courtroom 3 (ABC), Answer due by 6/14/2027, (Roe, Tina) (Entered: 05/13/2027)",
    );
    expect(hearingsOf(a)).toEqual([['set', '2027-07-14', '10:00']]);
    expect(a.deadlines.map((d) => d.dueDate)).toEqual(['2027-06-14']);
  });

  it("an amended summons, and a status conference in another clerk's words", () => {
    expect(
      hearingsOf(
        analyze(
          'cob',
          '2027-05-13',
          "AMENDED Summons with Notice of Pre-Trial Conference issued by Clerk's Office with Pre-Trial Conference set for 8/3/2027 at 09:30 AM at Courtroom C, Answer due by 6/30/2027, (Doe, Al)",
        ),
      ),
    ).toEqual([['set', '2027-08-03', '09:30']]);
    expect(
      hearingsOf(
        analyze(
          'ksb',
          '2027-05-13',
          "Summons Issued by Clerk's Office on Acme Supply LLC with Status Conference set for 9/1/2027 at 01:30 PM in Topeka.",
        ),
      ),
    ).toEqual([['set', '2027-09-01', '13:30']]);
  });
});

describe('a title that moves the hearing the entry gives a day for', () => {
  it('"Notice Of Continuance (RE: … Motion …) Hearing scheduled D": moved', () => {
    const a = analyze(
      'mnb',
      '2027-02-04',
      'Notice Of Continuance (RE: related document(s) 8 Expedited Motion to Pay Pre-Petition Utility Claims Filed by Lee Park on behalf of Birch Mills, Inc. (Park, Lee)) Hearing scheduled 2/23/2027 at 01:45 PM at Room 945. (tll) (Entered: 02/04/2027)',
    );
    expect(hearingsOf(a)).toEqual([['reset', '2027-02-23', '13:45']]);
  });

  it('"Notice of Continuance … Final Hearing scheduled"; a motion for continuance sets its hearing', () => {
    expect(
      hearingsOf(
        analyze(
          'ctb',
          '2027-02-04',
          'Notice of Continuance (RE: related document(s) 12 Motion to Use Cash Collateral) Final Hearing scheduled 3/2/2027 at 10:00 AM at Courtroom 1.',
        ),
      ),
    ).toEqual([['reset', '2027-03-02', '10:00']]);
    expect(
      hearingsOf(
        analyze(
          'ctb',
          '2027-02-04',
          'Motion for Continuance of Trial Filed by Sam Ortiz. Hearing scheduled 3/2/2027 at 10:00 AM at Courtroom 1.',
        ),
      ),
    ).toEqual([['set', '2027-03-02', '10:00']]);
  });

  it('"341 Meeting Continued 341 meeting to be held on D" and "Meeting of Creditors Adjourned …"', () => {
    expect(
      hearingsOf(
        analyze(
          'nvb',
          '2027-12-09',
          '341 Meeting Continued 341 meeting to be held on 12/22/2027 at 11:00 AM at 341s - Room 1500 (TRUSTEE, ANN) (Entered: 12/09/2027)',
        ),
      ),
    ).toEqual([['reset', '2027-12-22', '11:00']]);
    expect(
      hearingsOf(
        analyze(
          'neb',
          '2027-12-09',
          'Meeting of Creditors Adjourned. 341(a) meeting to be held on 1/5/2028 at 09:00 AM at Omaha, Room 1.',
        ),
      ),
    ).toEqual([['reset', '2028-01-05', '09:00']]);
  });

  it('"Notice of Change of Time of Omnibus Hearing Scheduled for D" and "Change of Date of Hearing"', () => {
    expect(
      hearingsOf(
        analyze(
          'nysb',
          '2027-01-26',
          'Notice of Hearing (Hearing Date: 1/27/27 @ 10:00 a.m.) Notice of Change of Time of Omnibus Hearing Scheduled for January 27, 2027 (related document(s) 257, 187 ) filed by Ann Lee on behalf of Elm Medical Center. (Lee, Ann)',
        ),
      ),
    ).toEqual([['reset', '2027-01-27', '10:00']]);
    expect(
      hearingsOf(
        analyze(
          'insb',
          '2027-01-26',
          'Notice of Change of Date of Hearing on Motion to Sell. Hearing scheduled for 2/17/2027 at 09:30 AM at Room 311.',
        ),
      ),
    ).toEqual([['reset', '2027-02-17', '09:30']]);
  });
});

describe("a title's capitalized verb", () => {
  it('"Stipulation and Order signed on D; Pre-Trial Conference Scheduled 9/24/27 at 10:00 a.m."', () => {
    expect(
      hearingsOf(
        analyze(
          'nysb',
          '2027-08-18',
          'Stipulation and Order signed on 8/18/2027; Pre-Trial Conference Scheduled 9/24/27 at 10:00 a.m. (White, Gil)',
        ),
      ),
    ).toEqual([['set', '2027-09-24', '10:00']]);
    expect(
      hearingsOf(
        analyze('wiwd', '2027-08-18', 'ORDER. Status Conference Scheduled for 10/4/2027 at 2:00 PM.'),
      ),
    ).toEqual([['set', '2027-10-04', '14:00']]);
  });

  it('not after other words: a report of a past meeting sets nothing', () => {
    expect(
      hearingsOf(
        analyze(
          'okeb',
          '2027-09-10',
          'Meeting of Creditors - Second Non-Appearance Scheduled 9/9/2027 for Debtor(s) Jo Rivers with Notice of Opportunity to Respond. Filed by Trustee (Trustee, Ann)',
        ),
      ),
    ).toEqual([]);
  });
});

describe('the day written before the event', () => {
  it('"the D status hearing is vacated" (N.D. Ill.), "The April 21, 2027 Status Conference is VACATED." (D. Colo.)', () => {
    expect(
      hearingsOf(
        analyze(
          'ilnd',
          '2027-04-10',
          "MINUTE entry before the Honorable Ann Roe: At the Court's instance, the 4/21/2027 status hearing is vacated. Mailed notice.",
        ),
      ),
    ).toEqual([['cancelled', '2027-04-21', null]]);
    expect(
      hearingsOf(
        analyze('cod', '2027-04-10', 'MINUTE ORDER: The April 21, 2027 Status Conference is VACATED.'),
      ),
    ).toEqual([['cancelled', '2027-04-21', null]]);
  });

  it('"the time for the D status hearing is advanced to T": that day, the new hour', () => {
    expect(
      hearingsOf(
        analyze(
          'ilnd',
          '2027-04-10',
          "MINUTE entry before the Honorable Ann Roe: At the Court's instance, the time for the 4/21/2027 status hearing is advanced to 9:30 a.m. Mailed notice.",
        ),
      ),
    ).toEqual([['reset', '2027-04-21', '09:30']]);
  });

  it('"The D1 status hearing is reset to D2": off D1, on D2', () => {
    expect(
      sorted(
        hearingsOf(
          analyze(
            'innd',
            '2027-04-10',
            'ORDER: The 4/21/2027 status hearing is reset to 5/3/2027 at 10:00 a.m.',
          ),
        ),
      ),
    ).toEqual(
      sorted([['reset', '2027-05-03', '10:00'] as const, ['cancelled', '2027-04-21', null] as const]),
    );
  });

  it('"The D Notice of Motion date is stricken, and the parties need not appear" (the presentment, off)', () => {
    const a = analyze(
      'ilnd',
      '2027-12-09',
      'MINUTE entry before the Honorable Ann Roe: The 12/15/27 Notice of Motion date is stricken, and the parties need not appear. Mailed notice (gel, )',
    );
    expect(hearingsOf(a)).toEqual([['cancelled', '2027-12-15', null]]);
  });
});

describe('other lifecycle titles', () => {
  it('"Hearing Rescheduled from D1 (RE: …). Hearing scheduled for D2": off D1, on D2; the same day printed twice is one', () => {
    expect(
      sorted(
        hearingsOf(
          analyze(
            'ctb',
            '2027-03-02',
            'Hearing Rescheduled from 3/10/2027 (RE: related document(s) 19 Motion to Extend Time). Hearing scheduled for 3/24/2027 at 10:00 AM at Courtroom 123. (rb)',
          ),
        ),
      ),
    ).toEqual(
      sorted([['reset', '2027-03-24', '10:00'] as const, ['cancelled', '2027-03-10', null] as const]),
    );
    expect(
      hearingsOf(
        analyze(
          'njb',
          '2027-03-02',
          'Hearing Rescheduled from 3/24/2027 (RE: related document(s) 19 Application for Compensation). Hearing scheduled for 3/24/2027 at 10:00 AM at Courtroom 3.',
        ),
      ),
    ).toEqual([['reset', '2027-03-24', '10:00']]);
  });

  it('"Matter Taken Under Advisement (RE: … Motion …)": heard that day', () => {
    const a = analyze(
      'mnb',
      '2027-03-02',
      'Matter Taken Under Advisement (RE: related document(s) 40 Motion to Dismiss Case). (jm) (Entered: 03/02/2027)',
    );
    expect(hearingsOf(a)).toEqual([['held', '2027-03-02', null]]);
    expect(a.kind).toBe('minute_entry');
  });

  it('"Minute Entry. Matter under advisement." and "Motion Under Advisement": the same record', () => {
    for (const [court, text] of [
      ['azb', 'Minute Entry. Matter under advisement. (RE: related document(s) 40 Motion to Convert)'],
      ['ctb', 'Motion Under Advisement (RE: related document(s) 40 Motion to Dismiss Case).'],
    ] as const) {
      const a = analyze(court, '2027-03-02', text);
      expect(hearingsOf(a)).toEqual([['held', '2027-03-02', null]]);
      expect(a.kind).toBe('minute_entry');
    }
  });

  it("the U.S. Trustee's statement that the initial meeting of creditors was held and concluded on D", () => {
    const a = analyze(
      'flmb',
      '2027-11-10',
      'The United States Trustee states that the initial meeting of creditors was held and concluded on Thursday, November 4, 2027. Filed by United States Trustee - TPA. (Barnett, Dee)',
    );
    expect(hearingsOf(a)).toEqual([['held', '2027-11-04', null]]);
    expect(a.hearings[0]!.type).toBe('meeting_of_creditors');
  });

  it('an order to adjourn "… Hearing to be held on D at T Courtroom X for 30 and for 37": each motion\'s hearing, moved', () => {
    const a = analyze(
      'mieb',
      '2027-09-08',
      'Order of the Court to Adjourn (related documents Motion to Modify Automatic Stay, Motion to Dismiss Case) So Ordered by /s/ Lena Ortiz.Hearing to be held on 9/15/2027 at 10:00 AM Courtroom 1825 for 30 and for 37, (kel)This Notice of Electronic Filing is the Official ORDER for this entry. No ORDER is attached.',
    );
    expect(hearingsOf(a)).toEqual([
      ['reset', '2027-09-15', '10:00'],
      ['reset', '2027-09-15', '10:00'],
    ]);
    expect(a.hearings.map((h) => h.re)).toEqual([[30], [37]]);
  });

  it('"Notice of Adjournment of Hearing : Notice of Adjournment of X\'s Motion to Dismiss" with no day: moved, no day', () => {
    expect(
      hearingsOf(
        analyze(
          'nysb',
          '2027-08-04',
          "Notice of Adjournment of Hearing : Notice of Adjournment of Harbor Finance Limited's Motion to Dismiss the Complaint (related document(s)8) filed by Rita Sloan on behalf of Pine Capital Inc.. (Sloan, Rita)",
        ),
      ),
    ).toEqual([['cancelled', null, null]]);
  });
});
