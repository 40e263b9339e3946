/**
 * Who must do what, in the words a reader uses (try-out 11 r1, r6, R10, R6):
 * - a thing given to someone ("provide each of the named petitioners an individualized bond
 *   hearing", "provide class counsel a roster of …") is named by the thing, and for whom — never a
 *   name opening with the recipient ("Of the three Petitioners an …", "Counsel a roster of …");
 * - an act done to people ("those detainees shall be released no later than …") is named by the act
 *   ("release of those detainees") and is no paper to file;
 * - a brief named by its filers ("BRIEF APPELLANT, due D by X", "Appellants X and Y opening brief
 *   due D") is the appellant's brief; "N paper copies identical to … the brief" are paper copies of
 *   the brief; "compliance report every six months, the first no later than D" is a compliance report;
 * - class members' right (object, opt out, claim) by a day, in any of the ways orders say it, is
 *   their last day — no party's, never a filing missing;
 * - a period "of service of this Order" that the order sends a party to serve waits for the service
 *   (its certificate dates it); an order served through CM/ECF alone runs from its entry;
 * - a paper the court excuses ("The joint status report required by the order of D (ECF No. 29) is
 *   excused", "… is waived") is no longer due;
 * - a court of appeals' forms and filing mechanics (mediation questionnaire, appearance and
 *   designation forms, paper copies) are the lawyers' paperwork: advocates and families are not
 *   told of them; a release, a report, the class members' last day are not paperwork.
 * Fictional parties; courts other than the try-out's.
 */
import { describe, expect, it } from 'vitest';
import { isPaperwork } from '../../notify/critical.ts';
import { analyzeEntry, analyzeSequence } from './index.ts';

function read(court: string, filed: string, text: string, documentText?: string) {
  return analyzeEntry(
    { number: '12', dateFiled: filed, text, documentText: documentText ?? null },
    { court },
  );
}

describe('names of duties', () => {
  it.each([
    [
      'ned',
      'Within ten days of the date of this Order, Respondents shall provide each of the named Petitioners an individualized bond hearing before an immigration judge, at which the Government bears the burden of proof.',
      /^individualized bond hearing before an immigration judge for each of the named Petitioners$/,
    ],
    [
      'scd',
      "Within 72 hours of this Order, Defendants shall provide Plaintiffs' counsel a roster of all persons confined at the Bluffton Annex, with each person's age and date of detention.",
      /^roster of all persons confined at the Bluffton Annex for Plaintiffs' counsel(?:, with each person's age and date of detention)?$/,
    ],
    [
      'dcd',
      'No later than June 2, 2028, the District shall give every person detained at the Youth Center a written copy of the grievance policy.',
      /^written copy of the grievance policy for every person detained at the Youth Center$/,
    ],
    [
      'vaed',
      'Within seven days, Respondents shall provide class counsel a list of all class members then in custody.',
      /^list of all class members then in custody for class counsel$/,
    ],
  ])('%s: a thing given is named by the thing, and for whom', (court, text, name) => {
    const ds = read(court, '2028-05-22', 'ORDER. (ab)', `1. ${text}`).deadlines;
    expect(ds.map((d) => d.what)).toEqual([expect.stringMatching(name)]);
  });

  it.each([
    [
      'wawd',
      'The detainees named in Exhibit A shall be released from custody no later than 5:00 p.m. on June 9, 2028.',
      /^release of (?:the )?detainees named in Exhibit A$/,
    ],
    [
      'nmd',
      'Those petitioners shall be released no later than noon on June 9, 2028, subject to the conditions of release.',
      /^release of those petitioners$/,
    ],
  ])('%s: an act done to people is named by the act, and is no paper to file', (court, text, name) => {
    const ds = read(
      court,
      '2028-06-01',
      `ORDER granting bail applications. ${text} Signed by Judge Ada Quist. (aq)`,
    ).deadlines;
    const d = ds.find((x) => x.dueDate === '2028-06-09');
    expect(d?.what).toMatch(name);
    expect(d?.docketed).toBe(false);
  });

  it.each([
    [
      'ca3',
      'BRIEFING SCHEDULE SET: Appendix due 05/30/2028. BRIEF APPELLANT, due 05/30/2028 by Ivo Marek and Harbor Transit Authority. [27-3310] (KM)',
      /^appellant's brief$/,
    ],
    [
      'cadc',
      'DOCKETED CAUSE AND ENTERED APPEARANCES OF COUNSEL. The schedule is set as follows: Mediation Questionnaire due on 07/12/2029. Appellants Orla Vesey and Tidewater Holdings, LLC opening brief due 08/02/2029. Appellees Bram Oyelaran and Cass Whitford answering brief due 08/30/2029. [29-7011] (JR)',
      /^appellants' opening brief$/,
    ],
    [
      'ca7',
      "APPELLEES' BRIEF filed by Appellees. Certificate of service dated 01/29/2029. Ten paper copies identical to that of the electronically filed brief must be submitted so that they are received by the court on or before 02/06/2029. [28-2210] (NS)",
      /^paper copies of the brief$/,
    ],
    [
      'ca7',
      "APPELLANTS' BRIEF filed by Appellants. Certificate of service dated 12/28/2028. Brief due 01/29/2029 for APPELLEES Ines Vardy and Tomas Okoro. [28-2210] (EG)",
      /^appellees' brief$/,
    ],
  ])('%s: a brief by its role, paper copies of a brief', (court, text, name) => {
    const ds = read(court, '2029-01-29', text).deadlines;
    expect(ds.map((d) => d.what)).toContainEqual(expect.stringMatching(name));
    expect(ds.map((d) => d.what).join('|')).not.toMatch(
      /Orla|Vesey|Bram|Ivo Marek|Vardy|,$|^brief appellant|^brief$/i,
    );
  });

  it('a schedule said with its first day is named by the paper', () => {
    const ds = read(
      'flsd',
      '2029-11-07',
      'CONSENT DECREE. (ab)',
      '7. Defendants shall file a compliance report every six months, the first no later than May 7, 2030.',
    ).deadlines;
    expect(ds.map((d) => d.what)).toContainEqual(
      expect.stringMatching(/^compliance report(?: \(recurring\))?$/),
    );
  });
});

describe('class members’ right by a day', () => {
  it.each([
    [
      'ned',
      '4. Any class member who wishes to object must send a written objection to the Clerk so that it is received no later than July 11, 2030.',
      'object',
    ],
    [
      'scd',
      '5. Any Settlement Class Member may object to the proposed settlement by a written objection filed or postmarked no later than July 11, 2030.',
      'object',
    ],
    [
      'dcd',
      '6. Each class member who wants to be excluded from the class must mail a request for exclusion postmarked no later than July 11, 2030.',
      'opt out',
    ],
    [
      'wawd',
      '7. Class Members who intend to submit a claim must do so no later than July 11, 2030.',
      'submit a claim',
    ],
  ])('%s: no party’s duty, the class members’ last day', (court, text, right) => {
    const ds = read(
      court,
      '2030-05-02',
      'ORDER GRANTING PRELIMINARY APPROVAL OF CLASS ACTION SETTLEMENT. (ab)',
      `1. The settlement is preliminarily approved. 2. A Final Approval Hearing will be held on August 8, 2030, at 2:00 p.m. ${text}`,
    ).deadlines.filter((d) => d.dueDate === '2030-07-11');
    expect(ds.map((d) => [d.what, d.party, d.docketed])).toEqual([
      [`last day for class members to ${right}`, null, false],
    ]);
  });

  it('the court restating the class members’ day names the same right', () => {
    const ds = read(
      'nmd',
      '2030-06-10',
      "CLERK'S NOTICE RESETTING FINAL APPROVAL HEARING. The Final Approval Hearing set for 8/8/2030 is RESET to 8/15/2030 at 2:00 PM. The July 11, 2030 deadline for objections is unchanged. (ab)",
    ).deadlines.filter((d) => d.dueDate === '2030-07-11');
    expect(ds.map((d) => d.what)).toEqual(['last day for class members to object']);
  });
});

describe('a period from the service of the order', () => {
  it.each([
    ['ned', 'Petitioners shall serve this Order on the United States Attorney forthwith.'],
    ['scd', 'The Clerk is directed to serve a copy of this Order on Respondents by certified mail.'],
  ])('%s: the order sends someone to serve it — the period waits for the service', (court, serve) => {
    const ds = read(
      court,
      '2029-02-13',
      `TEXT ORDER: Respondents shall file a response to [2] within four business days of service of this Order. ${serve} Ordered by Judge Ada Quist. (aq)`,
    ).deadlines;
    expect(ds.map((d) => [d.what, d.dueDate, d.period?.triggerText])).toEqual([
      ['response to [2]', null, expect.stringMatching(/^service of this Order$/i)],
    ]);
  });

  it('an order no one is sent to serve runs from its entry', () => {
    const ds = read(
      'dcd',
      '2029-02-13',
      'MINUTE ORDER: Respondents shall file a response to [2] within four business days of service of this Order. Signed by Judge Ada Quist on 2/13/2029. (aq)',
    ).deadlines;
    // Tuesday 2/13: 2/14, 2/15, 2/16, then Presidents Day (2/19) skipped: 2/20.
    expect(ds.map((d) => [d.what, d.dueDate])).toEqual([['response to [2]', '2029-02-20']]);
  });
});

describe('which duties are the lawyers’ paperwork', () => {
  it.each([
    [
      'cadc',
      '2029-07-05',
      'DOCKETED CAUSE AND ENTERED APPEARANCES OF COUNSEL. The schedule is set as follows: Mediation Questionnaire due on 07/12/2029. [29-7011] (JR)',
    ],
    [
      'ca4',
      '2028-10-24',
      'CIVIL CASE docketed. Notice of appeal filed by Appellants. Docketing Statement due 11/07/2028. Appearance form due 11/07/2028. [28-1400] (DM)',
    ],
    [
      'ca3',
      '2029-03-06',
      'CASE calendared: Tuesday, 04/03/2029. Designation form due 03/13/2029. [29-1022] (DT)',
    ],
    [
      'ca7',
      '2029-01-29',
      "APPELLEES' BRIEF filed. Nine paper copies identical to that of the electronically filed brief must be submitted so that they are received by the court on or before 02/06/2029. [28-2210] (NS)",
    ],
  ])('%s: a form or filing mechanics of an appeal', (court, filed, text) => {
    const ds = read(court, filed, text).deadlines;
    expect(ds.length).toBeGreaterThan(0);
    for (const d of ds) expect(isPaperwork(d.what), d.what).toBe(true);
  });

  it('what changes what happens to people is not paperwork', () => {
    for (const what of [
      'release of those detainees',
      'last day for class members to object',
      'status report (recurring)',
      'individualized bond hearing before an immigration judge for each of the named Petitioners',
      "roster of all persons confined at the Bluffton Annex for Plaintiffs' counsel",
    ])
      expect(isPaperwork(what), what).toBe(false);
  });
});

describe('a paper the court excuses', () => {
  it.each([
    ['ned', 'The joint status report required by the order of August 8, 2029 (ECF No. 29) is excused.'],
    ['mad', 'The joint status report required by the order of August 8, 2029 (doc. no. 29) is excused.'],
    [
      'dcd',
      'The parties’ joint status report ordered in the Minute Order of August 8, 2029 is hereby WAIVED.',
    ],
  ])('%s: no longer due', (court, words) => {
    const [, excused] = analyzeSequence(
      [
        {
          number: '29',
          dateFiled: '2029-08-08',
          text: 'ORDER on remand. (ab)',
          documentText:
            '3. The parties shall file a joint status report within twenty-one days of this order addressing further proceedings.',
        },
        { number: '31', dateFiled: '2029-09-05', text: 'ORDER. (ab)', documentText: `6. ${words}` },
      ],
      { court },
    );
    expect(excused!.deadlines.map((d) => [d.what, d.change])).toEqual([['joint status report', 'vacated']]);
  });
});
