/**
 * Repeated duties the court changes or ends (try-out 10 K7, K8, N3, M12), in several courts'
 * wordings (hand-written, fictional parties): the extractor and the tracker together, as a replay
 * applies them.
 *
 * How a careful reader takes it:
 * - "every sixty days instead of every thirty days, with the next report due on or before D": the
 *   same duty on a new schedule from D — the reports already due stay as they were, the old
 *   schedule's later days are never due (never "missing"), and no second duty stands beside it;
 * - "reporting obligations … are TERMINATED": every report duty the words name by subject ends
 *   (relieved), whatever its exact title; a duty of another kind (a declaration) stays;
 * - "need not file further weekly declarations", "are no longer required to file further
 *   declarations": the declarations end, and the order is no duty of its own;
 * - "… shall cease after the report due on or before D": the report of D is still due, none after;
 * - "mail the approved notice … by D, and … file a certificate of mailing …": the mailing is an act
 *   off the docket, met (with the certificate) by the certificate of mailing filed.
 */
import { describe, expect, it } from 'vitest';
import { analyzeSequence } from './extract/index.ts';
import type { TrackedDeadline } from './tracker/model.ts';
import { Tracker } from './tracker.ts';

type Entry = [number: string, dateFiled: string, text: string];

function replay(entries: Entry[], court: string, through?: string) {
  const input = entries.map(([number, dateFiled, text]) => ({ number, dateFiled, text }));
  const tracker = new Tracker({ court });
  const analyses = analyzeSequence(input, { court });
  const events = input.flatMap((e, i) => tracker.apply(e, analyses[i]!));
  if (through) events.push(...tracker.advanceTo(through));
  return { tracker, events, analyses };
}

const recurring = (t: Tracker) => t.deadlines().filter((d) => d.recurrence);
const occurrences = (d: TrackedDeadline) => d.recurrence!.occurrences.map((o) => [o.due, o.state]);
const missing = (events: { type: string; message: string }[]) =>
  events.filter((e) => e.type === 'deadline.missing').map((e) => e.message);

/** A 30-day report from an order of February 5, 2029 (March 7, April 6, …), two reports filed. */
const THIRTY_DAY_REPORTS = (order: string, report: string): Entry[] => [
  ['20', '2029-02-05', order],
  ['21', '2029-03-07', report],
  ['22', '2029-04-06', report],
];

const CHANGES: { court: string; order: string; report: string; change: string; next: string[] }[] = [
  {
    court: 'mowd',
    order:
      'ORDER granting [5] Motion for Preliminary Injunction. 3. Defendants shall file a status report every thirty days from the date of this Order describing the repairs completed. Signed by District Judge Harold T. Mendez on 2/5/2029. (hm) (Entered: 02/05/2029)',
    report: 'STATUS REPORT by Defendants Harlan Property Group. (Ostrowski, Pia) (Entered: 04/06/2029)',
    change:
      'ORDER granting [23] Unopposed Motion to Modify Reporting Requirement. Paragraph 3 of the Order at ECF No. 20 is MODIFIED: Defendants shall file the status reports every sixty days instead of every thirty days, with the next report due on or before June 15, 2029 by District Judge Harold T. Mendez on 4/20/2029. (hm) (Entered: 04/20/2029)',
    // June 15, then every sixty days: August 14, October 13 (a Saturday: Monday the 15th).
    next: ['2029-06-15', '2029-08-14', '2029-10-15'],
  },
  {
    court: 'nmd',
    order:
      'ORDER. Respondents shall file a status report every thirty days identifying each class member detained and the date of his or her custody hearing. IT IS SO ORDERED. (jlr) (Entered: 02/05/2029)',
    report: 'STATUS REPORT by Respondents. (Quintero, Abel) (Entered: 03/07/2029)',
    change:
      'ORDER: The reporting requirement of the Order of February 5, 2029 [20] is AMENDED as follows: Respondents shall file the status reports every forty-five days rather than every thirty days, the next report due on or before June 15, 2029. (jlr) (Entered: 04/20/2029)',
    // June 15, then every forty-five days: July 30, September 13.
    next: ['2029-06-15', '2029-07-30', '2029-09-13'],
  },
  {
    court: 'ctd',
    order:
      'ORDER: Defendants shall file a compliance report every thirty days, beginning March 7, 2029, describing the intake screenings performed. Signed by Judge Odette P. Larkspur on 2/5/2029. (ol) (Entered: 02/05/2029)',
    report: 'COMPLIANCE REPORT by Defendants. (Vance, Mira) (Entered: 03/07/2029)',
    change:
      'ORDER granting [24] Motion to Modify. Going forward, Defendants shall file the compliance reports every ninety days instead of every thirty days, with the first such report due June 15, 2029. Signed by Judge Odette P. Larkspur on 4/20/2029. (ol) (Entered: 04/20/2029)',
    // June 15, then every ninety days: September 13, December 12.
    next: ['2029-06-15', '2029-09-13', '2029-12-12'],
  },
];

describe('a repeated duty put on a new schedule', () => {
  for (const c of CHANGES)
    it(`${c.court}: "${c.change.slice(c.change.indexOf(':') + 2, c.change.indexOf(':') + 70)}…" — the same duty, from its next report`, () => {
      const { tracker, events } = replay(
        [...THIRTY_DAY_REPORTS(c.order, c.report), ['25', '2029-04-20', c.change]],
        c.court,
        '2029-10-20',
      );
      const duties = recurring(tracker);
      expect(duties.map((d) => d.what)).toHaveLength(1);
      const d = duties[0]!;
      // The reports due before the order stay as they were (met); then the new schedule.
      expect(occurrences(d).slice(0, 2)).toEqual([
        ['2029-03-07', 'satisfied'],
        ['2029-04-06', 'satisfied'],
      ]);
      expect(
        d
          .recurrence!.occurrences.slice(2)
          .map((o) => o.due)
          .slice(0, 3),
      ).toEqual(c.next.filter((x) => x <= '2029-12-31').slice(0, 3));
      expect(d.recurrence!.every).not.toBe(30);
      // The old schedule's later days (May 7, June 5, …) were never due.
      expect(d.recurrence!.occurrences.map((o) => o.due)).not.toContain('2029-05-07');
      // One change told, as a move of the next report; no deadline read from the signature's day.
      const reset = events.filter((e) => e.type === 'deadline.reset');
      expect(reset).toHaveLength(1);
      expect(reset[0]!.data).toMatchObject({ due: '2029-06-15' });
      expect(tracker.deadlines().filter((x) => x.due === '2029-04-20')).toEqual([]);
      // Only the reports not filed are missing (none was filed after April).
      for (const m of missing(events)) expect(m).not.toMatch(/2029-05|May [0-9]+, 2029|instead of/);
    });

  it('the reports on the new schedule meet it: June 15 and August 14 filed, nothing missing', () => {
    const c = CHANGES[0]!;
    const report = (day: string, n: string): Entry => [
      n,
      day,
      `STATUS REPORT by Defendants Harlan Property Group. (Ostrowski, Pia) (Entered: ${day})`,
    ];
    const { tracker, events } = replay(
      [
        ...THIRTY_DAY_REPORTS(c.order, c.report),
        ['25', '2029-04-20', c.change],
        report('2029-06-14', '26'),
        report('2029-08-14', '27'),
      ],
      c.court,
      '2029-09-01',
    );
    expect(missing(events)).toEqual([]);
    expect(occurrences(recurring(tracker)[0]!).slice(0, 4)).toEqual([
      ['2029-03-07', 'satisfied'],
      ['2029-04-06', 'satisfied'],
      ['2029-06-15', 'satisfied'],
      ['2029-08-14', 'satisfied'],
    ]);
  });
});

describe('repeated duties the court ends', () => {
  const TWO_REPORTS: Entry = [
    '20',
    '2029-02-05',
    'ORDER granting [6] Motion for Preliminary Injunction. Respondents shall file a status report every thirty days identifying each class member re-detained. Respondents shall also file a detention census report on the first business day of each month, beginning March 1, 2029. (kd) (Entered: 02/05/2029)',
  ];
  const DECLARATIONS: Entry = [
    '21',
    '2029-02-08',
    'ORDER granting in part [12] Motion to Enforce. Respondents shall file a declaration every seven days, beginning February 15, 2029, describing the steps taken to return class member L.O.P. (kd) (Entered: 02/08/2029)',
  ];

  for (const [court, words] of [
    [
      'flsd',
      "ORDER ON MANDATE. Respondents' reporting obligations under ECF No. 20 are hereby TERMINATED. (kd) (Entered: 03/20/2029)",
    ],
    [
      'scd',
      'ORDER: The reporting requirements imposed by the Order of February 5, 2029 are no longer required and are TERMINATED. (kd) (Entered: 03/20/2029)',
    ],
  ] as const)
    it(`${court}: "${words.slice(0, 60)}…" ends every report of that order by subject, not the declarations`, () => {
      const { tracker, events } = replay(
        [TWO_REPORTS, DECLARATIONS, ['30', '2029-03-20', words]],
        court,
        '2029-09-01',
      );
      const byKind = recurring(tracker).map((d) => [
        /declaration/i.test(d.what) ? 'declaration' : 'report',
        d.state,
      ]);
      expect(byKind.sort()).toEqual([
        ['declaration', 'open'],
        ['report', 'relieved'],
        ['report', 'relieved'],
      ]);
      expect(events.filter((e) => e.type === 'deadline.relieved')).toHaveLength(2);
      expect(events.some((e) => e.type === 'deadline.vacated' && /no tracked deadline/.test(e.message))).toBe(
        false,
      );
      // The reports missed before the order stay missed (March 1 and 7); none after it is missing.
      const reports = missing(events).filter((m) => /report/i.test(m));
      expect(reports.map((m) => /due (\w+ \d+, \d{4})/.exec(m)?.[1]).sort()).toEqual([
        'March 1, 2029',
        'March 7, 2029',
      ]);
    });

  for (const [court, words] of [
    [
      'dcd',
      "ORDER: In light of Respondents' notice [24] that L.O.P. has been returned to the United States, paragraph 2 of the Court's Order of February 8, 2029 [21] is VACATED, and Respondents need not file further weekly declarations. All other provisions of [21] remain in force. (kd) (Entered: 03/01/2029)",
    ],
    [
      'laed',
      'ORDER. Respondents are no longer required to file further declarations under the Order of February 8, 2029 (ECF No. 21), class member L.O.P. having been returned. (kd) (Entered: 03/01/2029)',
    ],
  ] as const)
    it(`${court}: "${words.slice(0, 50)}…" ends the weekly declarations and is no duty of its own`, () => {
      const { tracker, events } = replay(
        [
          DECLARATIONS,
          [
            '22',
            '2029-02-15',
            'DECLARATION of Ada Morrow re [21] Order by Respondents. (Keane, Luis) (Entered: 02/15/2029)',
          ],
          [
            '23',
            '2029-02-22',
            'DECLARATION of Ada Morrow re [21] Order by Respondents. (Keane, Luis) (Entered: 02/22/2029)',
          ],
          [
            '24',
            '2029-02-27',
            'NOTICE by Respondents of Return of Class Member L.O.P. (Keane, Luis) (Entered: 02/27/2029)',
          ],
          ['25', '2029-03-01', words],
        ],
        court,
        '2029-06-01',
      );
      const duties = recurring(tracker);
      expect(duties).toHaveLength(1);
      expect(duties[0]!.state).not.toBe('open');
      expect(missing(events)).toEqual([]);
    });

  for (const [court, words, last] of [
    [
      'mad',
      'ORDER: The reporting requirement of [18] shall cease after the report due on or before June 3, 2030. (ab) (Entered: 05/20/2030)',
      '2030-06-03',
    ],
    [
      'nyeb',
      "ORDER: Defendant's obligation to file monthly status reports under paragraph 2 of ECF No. 18 ends with the report due June 3, 2030. (ab) (Entered: 05/20/2030)",
      '2030-06-03',
    ],
  ] as const)
    it(`${court}: "${words.slice(7, 70)}…" keeps the last report due, and none after`, () => {
      const entries: Entry[] = [
        [
          '18',
          '2030-02-11',
          'ORDER. 2. Defendant shall file a status report on the first Monday of each month, beginning March 4, 2030. (ab) (Entered: 02/11/2030)',
        ],
        ['19', '2030-03-04', 'STATUS REPORT by Defendant. (Ruiz, Ana) (Entered: 03/04/2030)'],
        ['20', '2030-04-01', 'STATUS REPORT by Defendant. (Ruiz, Ana) (Entered: 04/01/2030)'],
        ['21', '2030-05-06', 'STATUS REPORT by Defendant. (Ruiz, Ana) (Entered: 05/06/2030)'],
        ['22', '2030-05-20', words],
      ];
      const before = replay(entries, court, '2030-05-21');
      const duty = recurring(before.tracker)[0]!;
      expect(duty.state).toBe('open');
      expect(duty.due).toBe(last);
      // Filed on the day: met, and the duty is over; nothing after it is ever due.
      const after = replay(
        [...entries, ['23', last, `STATUS REPORT (final) by Defendant. (Ruiz, Ana) (Entered: ${last})`]],
        court,
        '2030-10-01',
      );
      const ended = recurring(after.tracker)[0]!;
      expect(ended.state).toBe('satisfied');
      expect(ended.recurrence!.occurrences.at(-1)!.due).toBe(last);
      expect(missing(after.events)).toEqual([]);
      // Not filed: that one report is missing, and none after it.
      const unmet = replay(entries, court, '2030-10-01');
      expect(missing(unmet.events)).toHaveLength(1);
      expect(recurring(unmet.tracker)[0]!.state).toBe('relieved');
    });
});

describe('notice mailed to the class: an act, met by the certificate of mailing', () => {
  for (const [court, order, certificate] of [
    [
      'mowd',
      'ORDER APPROVING CLASS NOTICE (ECF No. 40): Defendant shall mail the approved notice to each class member by March 1, 2030, and shall file a certificate of mailing within seven days after mailing is complete. Signed by District Judge Harold T. Mendez on 2/6/2030. (hm) (Entered: 02/06/2030)',
      'CERTIFICATE of mailing of class notice (mailing completed February 28, 2030) filed by defendant Harlan Property Group (Ostrowski, Pia) (Entered: 03/04/2030)',
    ],
    [
      'ned',
      'ORDER granting [41] Joint Motion to Approve Notice. Plaintiffs shall distribute the court-approved class notice by first-class mail no later than 3/1/2030. Plaintiffs shall file a declaration of mailing by 3/15/2030. Ordered by Senior Judge Warren K. Hollis. (WKH) (Entered: 02/06/2030)',
      'DECLARATION of Mailing of Class Notice by Plaintiffs. (Brandt, Ilse) (Entered: 03/04/2030)',
    ],
  ] as const)
    it(`${court}: the mailing is no filing; the certificate meets it`, () => {
      const { tracker, events } = replay(
        [
          ['42', '2030-02-06', order],
          ['43', '2030-03-04', certificate],
        ],
        court,
        '2030-04-01',
      );
      const mailing = tracker.deadlines().find((d) => /notice/i.test(d.what) && d.due === '2030-03-01');
      expect(mailing?.docketed).toBe(false);
      expect(mailing?.state).toBe('satisfied');
      // Its day went by before the certificate came (an act, not a filing: never a paper missing).
      expect(
        events.filter((e) => e.type === 'deadline.missing' || /no filing meeting it/.test(e.message)),
      ).toEqual([]);
      expect(tracker.deadlines().filter((d) => d.state === 'open')).toEqual([]);
    });
});

describe('an agency hearing the order makes a party give by a day', () => {
  for (const [court, words, what, due] of [
    [
      'ctd',
      'ORDER granting in part [4] Motion for Temporary Restraining Order. Respondents are ENJOINED from detaining Petitioners Okafor or Lindgren without a custody hearing before an immigration judge, which hearing shall be held no later than March 3, 2031. Signed by Judge Odette P. Larkspur on 2/21/2031. (ol) (Entered: 02/21/2031)',
      'custody hearing before an immigration judge',
      '2031-03-03',
    ],
    [
      'flsd',
      'ORDER granting [7] Motion. Respondents shall not continue to detain any class member without an individualized bond hearing before an Immigration Judge at which the Government bears the burden of proof; such hearings shall take place on or before April 2, 2031. (kd) (Entered: 03/12/2031)',
      'individualized bond hearing before an Immigration Judge',
      '2031-04-02',
    ],
  ] as const)
    it(`${court}: "${words.slice(words.indexOf('without'), words.indexOf('without') + 60)}…" is the Respondents' duty, no court hearing`, () => {
      const number = court === 'ctd' ? '9' : '11';
      const { tracker, analyses } = replay(
        [[number, court === 'ctd' ? '2031-02-21' : '2031-03-12', words]],
        court,
      );
      expect(analyses[0]!.hearings).toEqual([]);
      const duty = tracker.deadlines().filter((d) => d.due === due);
      expect(duty.map((d) => [d.what.toLowerCase(), d.party, d.docketed])).toEqual([
        [what.toLowerCase(), 'Respondents', false],
      ]);
      expect(tracker.hearings()).toEqual([]);
    });
});

describe('duties in an injunction’s numbered paragraphs', () => {
  it('ned: "reinstate the coverage of each class member terminated on or after D, within thirty days" is set, not an end of anything', () => {
    const { tracker } = replay(
      [
        [
          '13',
          '2031-02-14',
          'MEMORANDUM AND ORDER granting [3] Motion for Preliminary Injunction. 3. Defendant shall reinstate the benefits of each class member terminated on or after December 1, 2030, within thirty days of this Order. Ordered by Senior Judge Warren K. Hollis. (WKH) (Entered: 02/14/2031)',
        ],
      ],
      'ned',
    );
    const duties = tracker.deadlines().map((d) => [d.what.toLowerCase(), d.party, d.due, d.state]);
    expect(duties).toEqual([
      [
        'reinstate the benefits of each class member terminated on or after december 1, 2030',
        'Defendant',
        '2031-03-17',
        'open',
      ],
    ]);
  });

  it('ned: "NOTICE of compliance with paragraph 3 of [13] Memorandum and Order" is the party\'s notice, and meets ¶3 on the day', () => {
    const { tracker } = replay(
      [
        [
          '13',
          '2031-02-14',
          'MEMORANDUM AND ORDER granting [3] Motion for Preliminary Injunction. 3. Defendant shall reinstate the benefits of each class member terminated on or after December 1, 2030, within thirty days of this Order. Ordered by Senior Judge Warren K. Hollis. (WKH) (Entered: 02/14/2031)',
        ],
        [
          '19',
          '2031-03-17',
          'NOTICE of Compliance with paragraph 3 of [13] Memorandum Opinion and Order by Defendant Nebraska Department of Health and Human Services (Brandt, Ilse) (Entered: 03/17/2031)',
        ],
      ],
      'ned',
      '2031-04-01',
    );
    expect(tracker.deadlines().map((d) => [d.due, d.state])).toEqual([['2031-03-17', 'satisfied']]);
  });

  for (const [court, words, act, due] of [
    [
      'scd',
      'ORDER granting [10] Motion for Preliminary Injunction. 3. For each class member detained on the date of this Order, Respondents shall, within ten days, either release the class member or afford the class member a bond hearing at which an immigration judge decides whether detention is justified. (kd) (Entered: 03/03/2031)',
      'release the class member or afford the class member a bond hearing',
      '2031-03-13',
    ],
    [
      'dcd',
      'ORDER. Defendants shall, no later than March 20, 2031, restore the shelter beds closed in January. (kd) (Entered: 03/03/2031)',
      'restore the shelter beds closed in january',
      '2031-03-20',
    ],
  ] as const)
    it(`${court}: "…shall, ${words.split('shall, ')[1]!.slice(0, 40)}…" — the time between the subject and the act`, () => {
      const { tracker } = replay([['20', '2031-03-03', words]], court);
      expect(tracker.deadlines().map((d) => [d.what.toLowerCase(), d.due])).toEqual([[act, due]]);
      expect(tracker.deadlines()[0]!.party).toMatch(/^(?:Respondents|Defendants)$/);
    });
});
