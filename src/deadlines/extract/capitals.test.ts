/**
 * Try-out 9 (issues #12/#14): orders in other court styles, written as rules of the language and
 * checked on hand-written texts in several courts' wordings (names fictional; none of try-out 9's
 * courts).
 *
 * - M8: an order written all in capitals ("ORDER THAT DEFENDANT SHALL RESPOND … ON OR BEFORE D")
 *   reads as the same order written in both cases — and no word is a signal for being in capitals;
 * - M12: a paper the order says is not filed, or an act that is not a filing, is never "missing";
 *   class members' objections are their right, not a party's duty;
 * - m7: "within N days of the date of this order" runs from the day the judge signed it; the party
 *   is read from "DEFENDANT SHALL" and "the plaintiffs must";
 * - M4: CM/ECF's "Responses due by D" printed after a motion's filers is the response to that
 *   motion, never named after the filers.
 */
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../types.ts';
import { analyzeEntry, analyzeSequence } from './index.ts';
import { allCapitals, readableCase, signedOn } from './text.ts';

const at = (dateFiled: string, text: string, court: string, number: string | null = null): Analysis =>
  analyzeEntry({ number, dateFiled, text }, { court });

/** What a reader is told of an entry, without the words it rests on: compared across two writings. */
function told(a: Analysis) {
  return {
    deadlines: a.deadlines.map((d) => [d.party, d.change, d.dueDate, d.dueTime, d.previousDue ?? null]),
    stays: a.stays.map((s) => [s.action, s.what]),
    injunctions: a.injunctions.map((i) => [i.type, i.action, i.until]),
    hearings: a.hearings.map((h) => [h.change, h.date, h.time]),
  };
}

describe('an order written all in capitals reads as the same order in both cases (M8)', () => {
  // [court, filed, in capitals, the same order as a docket in both cases writes it]
  const pairs: [string, string, string, string][] = [
    [
      'nmd',
      '2027-05-10',
      "ORDER THAT DEFENDANTS SHALL RESPOND TO PLAINTIFFS' MOTION FOR CLASS CERTIFICATION (DOC. NO. 14) ON OR BEFORE 6/1/2027. SIGNED BY HONORABLE RUTH A. PELLEGRINO ON 5/10/27. 5/10/27 ENTERED AND COPIES MAILED.(rap, )",
      "ORDER that Defendants shall respond to Plaintiffs' Motion for Class Certification (Doc. No. 14) on or before 6/1/2027. Signed by Honorable Ruth A. Pellegrino on 5/10/27. (rap, )",
    ],
    [
      'ctd',
      '2027-08-02',
      "ORDER: RESPONDENTS' MOTION TO STAY PENDING APPEAL (ECF NO. 40) IS DENIED. SIGNED BY JUDGE OWEN T. MARCHETTI ON 8/2/2027.",
      "ORDER: Respondents' Motion to Stay Pending Appeal (ECF No. 40) is DENIED. Signed by Judge Owen T. Marchetti on 8/2/2027.",
    ],
    [
      'scd',
      '2027-02-10',
      'ORDER THAT THE TEMPORARY RESTRAINING ORDER ENTERED ON 1/29/2027 (DKT. NO. 9) IS DISSOLVED. SIGNED BY HONORABLE LENA V. STROUD ON 2/10/27.',
      'ORDER that the temporary restraining order entered on 1/29/2027 (Dkt. No. 9) is DISSOLVED. Signed by Honorable Lena V. Stroud on 2/10/27.',
    ],
    [
      'ned',
      '2027-03-29',
      "ORDER THAT THE DEADLINE FOR DEFENDANT'S RESPONSE TO PLAINTIFFS' MOTION FOR CONTEMPT (DOC. NO. 61) IS EXTENDED FROM 4/5/2027 TO 4/19/2027. SIGNED BY HONORABLE IRA K. DELACROIX ON 3/29/27.",
      "ORDER that the deadline for Defendant's response to Plaintiffs' Motion for Contempt (Doc. No. 61) is extended from April 5, 2027 to April 19, 2027. Signed by Honorable Ira K. Delacroix on 3/29/27.",
    ],
    [
      'dcd',
      '2027-05-03',
      'ORDER THAT THE PRELIMINARY INJUNCTION ENTERED ON 11/20/2026 (ECF NO. 12) SHALL EXPIRE BY ITS OWN TERMS ON 6/30/2027 UNLESS EXTENDED. SIGNED BY JUDGE MAEVE C. ORTOLANI ON 5/3/2027.',
      'ORDER: The preliminary injunction entered on November 20, 2026 (ECF No. 12) shall expire by its own terms on June 30, 2027, unless extended. Signed by Judge Maeve C. Ortolani on 5/3/2027.',
    ],
    [
      'ded',
      '2027-01-08',
      'ORDER THAT A SETTLEMENT CONFERENCE WILL BE HELD BEFORE MAGISTRATE JUDGE NOOR H. BALASUBRAMANIAN ON 2/3/2027 AT 10:00 AM IN COURTROOM 4A. SIGNED BY MAGISTRATE JUDGE NOOR H. BALASUBRAMANIAN ON 1/8/27.',
      'ORDER that a settlement conference will be held before Magistrate Judge Noor H. Balasubramanian on 2/3/2027 at 10:00 AM in Courtroom 4A. Signed by Magistrate Judge Noor H. Balasubramanian on 1/8/27.',
    ],
    [
      'laed',
      '2027-06-14',
      'ORDER THAT THE MOTION HEARING SET FOR 6/21/2027 IS RESCHEDULED TO 6/28/2027 AT 1:30 PM. SIGNED BY JUDGE PAZ E. WOLCOTT ON 6/14/2027.',
      'ORDER that the motion hearing set for 6/21/2027 is RESCHEDULED to 6/28/2027 at 1:30 PM. Signed by Judge Paz E. Wolcott on 6/14/2027.',
    ],
  ];
  it.each(pairs)('%s: %s', (court, filed, capitals, both) => {
    const a = at(filed, capitals, court);
    expect(told(a)).toEqual(told(at(filed, both, court)));
    expect(a.needsReview?.some((r) => r.reason === 'unread') ?? false).toBe(false);
  });

  it('each reads what it says', () => {
    const [respond, stay, tro, extended, expires, conference, moved] = pairs.map(([c, f, t]) => at(f, t, c));
    expect(told(respond!).deadlines).toEqual([['Defendants', 'set', '2027-06-01', null, null]]);
    expect(respond!.deadlines[0]!.what).toMatch(/^response to .*\[14\]$/);
    expect(told(stay!).stays).toEqual([['denied', 'pending appeal']]);
    expect(told(tro!).injunctions).toEqual([['TRO', 'dissolved', null]]);
    expect(told(extended!).deadlines).toEqual([[null, 'extended', '2027-04-19', null, '2027-04-05']]);
    expect(extended!.deadlines[0]!.what).toMatch(/^response to .*\[61\]$/);
    // Its last day, learned; not ended now.
    expect(told(expires!).injunctions).toEqual([['preliminary_injunction', 'modified', '2027-06-30']]);
    expect(told(conference!).hearings).toEqual([['set', '2027-02-03', '10:00']]);
    expect(conference!.hearings[0]!.type).toBe('settlement_conference');
    expect(told(moved!).hearings).toContainEqual(['reset', '2027-06-28', '13:30']);
  });

  it('no word is a signal for being in capitals: notices and filings in capitals decide nothing', () => {
    for (const [court, filed, text] of [
      [
        'nmd',
        '2027-04-01',
        'NOTICE OF HEARING ON MOTION FOR PRELIMINARY INJUNCTION. THE MOTION IS NOT GRANTED OR DENIED BY THIS NOTICE.',
      ],
      [
        'ctd',
        '2027-04-02',
        'MOTION TO STAY PENDING APPEAL BY RESPONDENTS. THE STAY IS REQUESTED UNTIL THE APPEAL IS DECIDED.',
      ],
      [
        'scd',
        '2027-04-03',
        'RESPONSE IN OPPOSITION RE [12] MOTION TO DISSOLVE THE TEMPORARY RESTRAINING ORDER FILED BY PLAINTIFFS.',
      ],
    ] as const) {
      const a = at(filed, text, court);
      expect(a.stays, text).toEqual([]);
      expect(a.injunctions, text).toEqual([]);
      expect(
        a.deadlines.filter((d) => d.change !== 'proposed'),
        text,
      ).toEqual([]);
    }
  });

  it('a text in both cases is read exactly as written; only a text all in capitals is re-cased', () => {
    const both = "ORDER granting [5] Motion to Stay. The stay is LIFTED as to Defendant's counsel only.";
    expect(readableCase(both)).toBe(both);
    expect(allCapitals('ORDER THAT DEFENDANT SHALL RESPOND ON OR BEFORE 10/22/2026. (jl, )')).toBe(true);
    expect(allCapitals('ORDER granting [5] MOTION TO STAY filed by Ana Ruiz.')).toBe(false);
    expect(
      readableCase("ORDER THAT DEFENDANT'S MOTION (DOC. NO. 15) IS DENIED AT 10:00 AM ON MAY 3, 2027."),
    ).toBe("ORDER that Defendant's Motion (Doc. No. 15) is denied at 10:00 AM on May 3, 2027.");
  });
});

describe('counted from the order’s own date, and whose duty it is (m7)', () => {
  it.each([
    // signed the day before its entry: from the signature
    [
      'nmd',
      '2027-03-02',
      'ORDER THAT DEFENDANT SHALL ANSWER OR OTHERWISE RESPOND TO THE AMENDED COMPLAINT WITHIN TWENTY-ONE (21) DAYS OF THE DATE OF THIS ORDER. SIGNED BY HONORABLE RUTH A. PELLEGRINO ON 3/1/27. 3/2/27 ENTERED AND COPIES E-MAILED.(rap, )',
      'Defendant',
      '2027-03-22',
    ],
    [
      'ctd',
      '2027-06-03',
      'ORDER signed by Judge Owen T. Marchetti on 6/1/2027. The respondents must file a return to the petition within 14 days of the date of this order.',
      'Respondents',
      '2027-06-15',
    ],
    // "of entry of this order": from the entry, whatever day it was signed
    [
      'scd',
      '2027-03-02',
      'ORDER THAT PLAINTIFFS SHALL FILE AN AMENDED COMPLAINT WITHIN FOURTEEN (14) DAYS OF ENTRY OF THIS ORDER. SIGNED BY HONORABLE LENA V. STROUD ON 3/1/27. 3/2/27 ENTERED AND COPIES MAILED.',
      'Plaintiffs',
      '2027-03-16',
    ],
    // no signature day in the text: from the entry
    [
      'ned',
      '2027-03-02',
      'ORDER: Defendants shall answer the complaint within 21 days of the date of this Order.',
      'Defendants',
      '2027-03-23',
    ],
  ])('%s: %s', (court, filed, text, party, due) => {
    const [d] = at(filed, text, court).deadlines;
    expect([d?.party, d?.dueDate]).toEqual([party, due]);
  });

  it('a party named after the time: "The court ORDERS that, no later than D, the plaintiffs must file their reply"', () => {
    const [d] = at(
      '2027-08-02',
      'TEXT ONLY ORDER. The court ORDERS that, no later than 5:00 p.m. on Friday, August 13, 2027, the plaintiffs must file their reply. (cc: all counsel)',
      'laed',
    ).deadlines;
    expect([d?.what, d?.party, d?.dueDate, d?.dueTime]).toEqual([
      'reply',
      'Plaintiffs',
      '2027-08-13',
      '17:00',
    ]);
  });

  it('the signature day is the order’s only when it is on or shortly before the entry', () => {
    expect(signedOn('ORDER. SIGNED BY HONORABLE RUTH A. PELLEGRINO ON 3/1/27.', '2027-03-02')).toBe(
      '2027-03-01',
    );
    expect(signedOn('ORDER signed by Judge Ann Roe on June 1, 2027. Answer due.', '2027-06-03')).toBe(
      '2027-06-01',
    );
    expect(signedOn('ORDER. Signed by Judge Ann Roe on 6/9/2027.', '2027-06-03')).toBeNull();
    expect(signedOn('ORDER. Signed by Judge Ann Roe on 1/9/2027.', '2027-06-03')).toBeNull();
    expect(signedOn('ORDER that the parties confer.', '2027-06-03')).toBeNull();
  });
});

describe('papers that are not filed, and class members’ rights, are never a missing filing (M12)', () => {
  it.each([
    [
      'nmd',
      'ORDER THAT A SETTLEMENT CONFERENCE WILL BE HELD ON 2/3/2027 AT 10:00 AM. SETTLEMENT STATEMENTS ARE DUE TO CHAMBERS, NOT TO BE FILED, BY 1/27/2027.',
      '2027-01-27',
    ],
    [
      'ctd',
      'ORDER: Each party shall deliver a confidential settlement statement directly to chambers no later than January 27, 2027. The statements shall not be filed.',
      '2027-01-27',
    ],
    [
      'scd',
      'ORDER: Confidential settlement position letters must be submitted to Judge Stroud’s chambers by 1/27/2027 and are not to be docketed.',
      '2027-01-27',
    ],
  ])(
    '%s: a paper for chambers is tracked off the docket, named without "not to be filed"',
    (court, text, due) => {
      const ds = at('2027-01-08', text, court).deadlines;
      expect(ds.map((d) => [d.dueDate, d.docketed])).toEqual([[due, false]]);
      expect(ds[0]!.what).not.toMatch(/not\s+to\s+be|filed/i);
    },
  );

  it('a bar on filing is not a paper sent elsewhere: "Reply briefs shall not be filed without leave"', () => {
    const ds = at(
      '2027-01-08',
      'ORDER: Responses are due by 2/1/2027. Reply briefs shall not be filed without leave of court.',
      'ned',
    ).deadlines;
    expect(ds.map((d) => [d.dueDate, d.docketed ?? true])).toEqual([['2027-02-01', true]]);
  });

  it.each([
    [
      'nmd',
      'ORDER THAT THE PROPOSED SETTLEMENT IS PRELIMINARILY APPROVED; NOTICE TO THE CLASS SHALL BE MAILED BY 4/9/2027; OBJECTIONS MUST BE FILED BY 5/10/2027; AND A FAIRNESS HEARING IS SCHEDULED FOR 5/24/2027 AT 10:00 AM.',
      'last day for class members to object',
    ],
    [
      'ded',
      'ORDER granting [40] Motion for Preliminary Approval of Class Settlement. The claims administrator shall mail the class notice by April 9, 2027. Requests for exclusion must be postmarked by May 10, 2027. The final approval hearing is set for May 24, 2027 at 10:00 AM.',
      'last day for class members to opt out',
    ],
  ])(
    '%s: notice to the class is an act, and class members’ right is no party’s duty',
    (court, text, right) => {
      const ds = at('2027-03-10', text, court).deadlines;
      expect(ds.map((d) => [d.dueDate, d.docketed])).toEqual([
        ['2027-04-09', false],
        ['2027-05-10', false],
      ]);
      expect(ds[1]!.what).toBe(right);
      expect(ds[1]!.party).toBeNull();
    },
  );

  it('objections outside a class notice stay a filing a party owes', () => {
    const ds = at(
      '2027-03-10',
      'REPORT AND RECOMMENDATION. Objections must be filed by 3/24/2027.',
      'nmd',
    ).deadlines;
    expect(ds.map((d) => [d.dueDate, d.docketed ?? true])).toEqual([['2027-03-24', true]]);
  });
});

describe('CM/ECF’s "Responses due by D" after a motion’s filers is the response to that motion (M4)', () => {
  it.each([
    [
      'nmd',
      '2',
      'MOTION to Certify Class by Ana Lucia Serrano-Pike, Kwabena Osei-Lund, Dinara Abenova Responses due by 1/25/2027 (Attachments: # 1 Memorandum in Support)(Okafor, Miriam)',
    ],
    [
      'ctd',
      '13',
      'MOTION for Preliminary Injunction by Teodor Vasquez Responses due by 2/8/2027 (Pike, Ann)',
    ],
    [
      'scd',
      '25',
      'MOTION to Stay Pending Appeal re [22] by Warden Ivo Radek, Craig Hollins Responses due by 3/4/2027',
    ],
  ])('%s [%s]', (court, number, text) => {
    const [d] = at('2027-01-11', text, court, number).deadlines;
    expect(d?.what).toBe(`response to [${number}] (as computed by CM/ECF)`);
    expect(d?.party).toBeNull();
  });

  it('the court’s own date for that response replaces the clerk’s, whatever the order calls it', () => {
    for (const [court, order] of [
      [
        'nmd',
        "PAPERLESS ORDER. Respondents' opposition to the [13] Motion for Preliminary Injunction is due January 29, 2027; no reply will be permitted.",
      ],
      [
        'ctd',
        "ORDER THAT RESPONDENTS SHALL RESPOND TO PETITIONERS' MOTION FOR PRELIMINARY INJUNCTION (DOC. NO. 13) ON OR BEFORE 1/29/2027.",
      ],
    ] as const) {
      const [, decided] = analyzeSequence(
        [
          {
            number: '13',
            dateFiled: '2027-01-25',
            text: 'MOTION for Preliminary Injunction by Lior Ben-Ami, Sade Okoro Responses due by 2/8/2027 (Pike, Ann)',
          },
          { number: '14', dateFiled: '2027-01-25', text: order },
        ],
        { court },
      );
      const d = decided!.deadlines.find((x) => x.dueDate === '2027-01-29');
      expect([d?.party, d?.previousDue], order).toEqual(['Respondents', '2027-02-08']);
    }
  });

  it('a side printed with it stays: "Government Response due by D"', () => {
    const [d] = at(
      '2027-01-11',
      'MOTION to Suppress by Dario Feld. Government Response due by 1/25/2027 (Lee, Ann)',
      'ned',
      '30',
    ).deadlines;
    expect(d?.what).toMatch(/^government response/i);
  });
});
