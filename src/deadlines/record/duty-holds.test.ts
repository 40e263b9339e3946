/**
 * Later orders acting on a repeated duty without ending it, in several courts' wordings (hand-written,
 * fictional parties), through the deadline record's derivation (`derive`, as the live store runs it):
 * - the schedule replaced said first ("instead of every fourteen days, … on the first business day of
 *   each month", "In place of the biweekly reports …"): the same duty on its new calendar, no report of
 *   the old one after the change, one series;
 * - one report excused ("the status report otherwise due D is EXCUSED", "need not file the status
 *   report due D", "the April 13 status report is waived", "are excused from filing the report that
 *   would otherwise be due on D"): that report is neither due nor missing, the next one is, and the
 *   duty goes on — never ended, never a one-off paper of its own;
 * - the reporting suspended ("Reporting under [20] is SUSPENDED until further order", "The status
 *   reports required by paragraph 3 of [20] are held in abeyance …") and resumed ("… shall resume, with
 *   the next status report due D", "Respondents shall resume filing the status reports"): nothing due
 *   or missing while it is held; the reports whose day came meanwhile are excused;
 * - the court of appeals' administrative stay of the paragraph that sets the duty: on hold (never due,
 *   missing or satisfied) until the stay is lifted or the motion decided; then due again, the report
 *   of the time on hold excused.
 */
import { describe, expect, it } from 'vitest';
import { derivedFor, entryMaker } from '../../../tests/support/entry-inputs.ts';
import type { EntryInput } from './model.ts';

type Court = { court: string; circuit: string; key: string };
const COURTS: Court[] = [
  { court: 'ncwd', circuit: 'ca4', key: 'ncwd:3:29-cv-00301' },
  { court: 'wied', circuit: 'ca7', key: 'wied:2:29-cv-00418' },
  { court: 'ksd', circuit: 'ca10', key: 'ksd:5:29-cv-04022' },
];

const ORDER = [
  'IT IS ORDERED that the Motion for Preliminary Injunction is GRANTED as follows:',
  '1. Respondents are ENJOINED from transferring any class member out of this District without seven days’ written notice to class counsel.',
  '2. Respondents shall post this Order in each housing unit.',
  '3. Respondents shall file a status report every fourteen days, beginning March 16, 2029, identifying each class member detained.',
].join('\n');

function history(c: Court, later: [day: string, text: string][], reports: string[]): EntryInput[] {
  const entry = entryMaker(c.circuit);
  const made: EntryInput[] = [
    entry(
      '20',
      '2029-03-02',
      'ORDER granting [5] Motion for Preliminary Injunction. Signed by Judge Imani R. Castellanos.',
      undefined,
      ORDER,
    ),
  ];
  let n = 30;
  const all = [
    ...later.map(([day, text]) => ({ day, text, report: false })),
    ...reports.map((day) => ({ day, text: 'STATUS REPORT by Respondents. (Nakamura, Reid)', report: true })),
  ].sort((a, b) => a.day.localeCompare(b.day));
  for (const x of all) made.push(entry(String(n++), x.day, x.text));
  return made;
}

const occurrences = (entries: EntryInput[], key: string, asOf: string) => {
  const { tracker } = derivedFor(key, entries, asOf);
  const reports = tracker.deadlines().filter((d) => d.recurrence);
  return {
    tracker,
    reports,
    series: reports.map((d) => d.recurrence!.occurrences.map((o) => [o.due, o.state])),
  };
};

const CHANGED_FIRST = [
  "ORDER granting [23] Motion to Modify. Paragraph 3 of the Court's March 2 Order [20] is AMENDED: instead of every fourteen days, Respondents shall file the status report on the first business day of each month, beginning May 1, 2029.",
  'ORDER: In place of the biweekly reports required by paragraph 3 of [20], Respondents shall henceforth file the status report on the first business day of each month, beginning May 1, 2029.',
  'ORDER granting [23] Unopposed Motion. Rather than every fourteen days, the status reports required by [20] shall be filed on the first business day of each month, beginning May 1, 2029.',
];

describe('the schedule replaced, said before the new one', () => {
  for (const c of COURTS)
    it.each(CHANGED_FIRST.map((t, i) => [i, t] as const))(`${c.court}: form %i`, (_, change) => {
      const { series } = occurrences(
        history(c, [['2029-04-10', change]], ['2029-03-16', '2029-03-30', '2029-05-01']),
        c.key,
        '2029-06-20',
      );
      // One series: the old schedule's April 13 and 27 never due, then the first business day of each month.
      expect(series).toHaveLength(1);
      expect(series[0]!.slice(0, 5)).toEqual([
        ['2029-03-16', 'satisfied'],
        ['2029-03-30', 'satisfied'],
        ['2029-05-01', 'satisfied'],
        ['2029-06-01', 'missing'],
        ['2029-07-02', 'open'],
      ]);
    });
});

const TWO_DAYS: [text: string, firstTwo: string[]][] = [
  // March 31 is a Saturday: Monday April 2; April 15 a Sunday: Monday April 16.
  [
    'ORDER: The status reports required by [20] shall henceforth be filed on the 15th and the last day of each month.',
    ['2029-04-02', '2029-04-16'],
  ],
  [
    'ORDER granting [23] Motion to Modify. Going forward, Respondents shall file the status reports on the first and fifteenth days of each month instead of every fourteen days, beginning April 1, 2029.',
    ['2029-04-02', '2029-04-16'],
  ],
  [
    'ORDER: Paragraph 3 of [20] is MODIFIED: the status reports shall be filed on the 10th and on the 25th day of every month.',
    ['2029-03-26', '2029-04-10'],
  ],
];

describe('a schedule of two days each month in place of the old one', () => {
  for (const c of COURTS)
    it.each(TWO_DAYS.map((t, i) => [i, ...t] as const))(`${c.court}: form %i`, (_, change, firstTwo) => {
      const { series, tracker } = occurrences(
        history(c, [['2029-03-20', change]], ['2029-03-16', ...firstTwo]),
        c.key,
        '2029-05-20',
      );
      expect(series).toHaveLength(1);
      // March 16 kept; the old schedule's March 30 never due; then two a month.
      expect(series[0]!.slice(0, 3)).toEqual([
        ['2029-03-16', 'satisfied'],
        [firstTwo[0], 'satisfied'],
        [firstTwo[1], 'satisfied'],
      ]);
      const dues = series[0]!.map(([due]) => due!);
      expect(dues.filter((d) => d.startsWith('2029-05'))).toHaveLength(2);
      expect(tracker.deadlines()).toHaveLength(1);
    });
});

const EXCUSED = [
  'TEXT ORDER: Upon Respondents’ letter, the status report otherwise due April 13, 2029 is EXCUSED.',
  'ORDER granting [24] Motion for Relief. Respondents need not file the status report due April 13, 2029.',
  'ORDER: For good cause shown, the April 13 status report is waived.',
  'ORDER: Respondents are excused from filing the report that would otherwise be due on April 13, 2029. Reporting shall otherwise continue as ordered.',
];

describe('one report of a repeated duty excused', () => {
  for (const c of COURTS)
    it.each(EXCUSED.map((t, i) => [i, t] as const))(`${c.court}: form %i`, (_, excuse) => {
      const { tracker, reports, series } = occurrences(
        history(c, [['2029-04-10', excuse]], ['2029-03-16', '2029-03-30', '2029-04-27']),
        c.key,
        '2029-05-01',
      );
      // The duty goes on: April 13 neither due nor missing, April 27 met, May 11 next.
      expect(series).toEqual([
        [
          ['2029-03-16', 'satisfied'],
          ['2029-03-30', 'satisfied'],
          ['2029-04-13', 'excused'],
          ['2029-04-27', 'satisfied'],
          ['2029-05-11', 'open'],
        ],
      ]);
      expect(reports[0]!.state).toBe('open');
      // No one-off paper read beside it.
      expect(tracker.deadlines()).toHaveLength(1);
      expect(tracker.posture('2029-05-01').missing).toEqual([]);
    });
});

const HOLDS: [suspend: string, resume: string, next: string][] = [
  [
    'ORDER: Reporting under [20] is SUSPENDED until further order of the Court.',
    'ORDER: Reporting under [20] shall resume, with the next status report due June 15, 2029.',
    '2029-06-15',
  ],
  [
    'ORDER: The status reports required by paragraph 3 of [20] are held in abeyance pending the parties’ mediation.',
    'ORDER: Mediation having concluded, Respondents shall resume filing the status reports.',
    // On the order's own schedule: every fourteen days from March 16.
    '2029-06-08',
  ],
];

describe('reporting suspended, then resumed, by the district court', () => {
  for (const c of COURTS)
    it.each(HOLDS.map((h, i) => [i, ...h] as const))(`${c.court}: form %i`, (_, suspend, resume, next) => {
      const base = ['2029-03-16', '2029-03-30'];
      const held = occurrences(history(c, [['2029-04-10', suspend]], base), c.key, '2029-05-30');
      expect(held.reports[0]!.state).toBe('suspended');
      expect(held.tracker.posture('2029-05-30').missing).toEqual([]);
      expect(held.tracker.posture('2029-05-30').next).toEqual([]);
      const again = occurrences(
        history(
          c,
          [
            ['2029-04-10', suspend],
            ['2029-06-01', resume],
          ],
          base,
        ),
        c.key,
        '2029-06-02',
      );
      const r = again.reports[0]!;
      expect(r.state).toBe('open');
      expect(r.due).toBe(next);
      // The reports whose day came while it was held: excused, never missing.
      const during = r.recurrence!.occurrences.filter((o) => o.due > '2029-04-10' && o.due < '2029-06-01');
      expect(during.length).toBeGreaterThan(0);
      expect(during.every((o) => o.state === 'excused')).toBe(true);
      expect(again.tracker.posture('2029-06-02').missing).toEqual([]);
    });
});

const ADMINISTRATIVE = [
  "ORDER granting an administrative stay. Paragraph 3 of the district court's preliminary injunction of March 2, 2029 is administratively stayed pending this court's ruling on the motion for stay pending appeal.",
  "ORDER: The motion for an immediate administrative stay is GRANTED in part. The district court's order of March 2, 2029 is administratively stayed only insofar as paragraph 3 requires periodic status reports, pending disposition of the motion for stay pending appeal.",
];
const LIFTED = [
  'ORDER denying Motion for stay pending appeal [5]. The administrative stay entered April 12, 2029 is LIFTED.',
  'ORDER: The motion for stay pending appeal is DENIED, and the administrative stay is dissolved.',
];

describe("the court of appeals' administrative stay of the paragraph that sets a duty", () => {
  for (const c of COURTS)
    it.each(ADMINISTRATIVE.map((s, i) => [i, s, LIFTED[i]!] as const))(
      `${c.court}: form %i`,
      (_, stay, lift) => {
        const entry = entryMaker(c.circuit);
        const base = [
          ...history(c, [], ['2029-03-16', '2029-03-30']),
          entry('40', '2029-04-04', 'NOTICE OF APPEAL as to [20] Order by Respondents.'),
          entry('1', '2029-04-06', 'Case docketed. [29-1402]', '4'),
          entry(
            '5',
            '2029-04-09',
            'MOTION for stay pending appeal and for an administrative stay. [29-1402]',
            '4',
          ),
          entry('8', '2029-04-12', `${stay} [29-1402]`, '4'),
        ];
        const held = occurrences(base, c.key, '2029-05-01');
        const r = held.reports[0]!;
        // On hold: neither due, nor missing, nor satisfied.
        expect(r.state).toBe('suspended');
        expect(held.tracker.posture('2029-05-01').missing).toEqual([]);
        expect(held.tracker.posture('2029-05-01').next.find((d) => d.id === r.id)).toBeUndefined();
        const lifted = occurrences(
          [...base, entry('12', '2029-05-02', `${lift} [29-1402]`, '4')],
          c.key,
          '2029-05-03',
        );
        const again = lifted.reports[0]!;
        expect(again.state).toBe('open');
        expect(again.due).toBe('2029-05-11');
        expect(
          again
            .recurrence!.occurrences.filter((o) => o.due >= '2029-04-12' && o.due < '2029-05-02')
            .map((o) => o.state),
        ).toEqual(['excused', 'excused']);
        expect(lifted.tracker.posture('2029-05-03').missing).toEqual([]);
        // Replaced by a decree while on hold, then the appeal dismissed: the duty fell with its relief,
        // never due again when the stay ends.
        const replaced = occurrences(
          [
            ...base,
            entry(
              '45',
              '2029-05-20',
              'CONSENT DECREE. The Court enters the Consent Decree, which supersedes the preliminary injunction entered March 2, 2029 [20].',
            ),
            entry('14', '2029-06-01', 'ORDER: The appeal is DISMISSED as moot. [29-1402]', '4'),
          ],
          c.key,
          '2029-07-01',
        );
        expect(replaced.reports[0]!.state).toBe('vacated');
        expect(replaced.tracker.posture('2029-07-01').missing).toEqual([]);
        expect(
          replaced.tracker.posture('2029-07-01').next.filter((d) => /status report/i.test(d.what)),
        ).toEqual([]);
      },
    );
});
