/**
 * Which recurring duty a paper meets when it names no entry (issue #12; names fictional, courts not
 * reserved):
 * - a paper of the duty's type that marks itself one of a series — its ordinal ("Third REPORT"), the
 *   month it is for ("(May 2033)"), its period ("Monthly", "Bi-Weekly", "28-Day") or its week
 *   ("(Week 3)") — is one of the duty's papers though it names neither the order nor the duty's words;
 * - a paper of compliance that says what it complied with, other than an order or the relief ("NOTICE
 *   of Compliance with Class Notice Requirements", "NOTICE of Compliance: attorney telephone access
 *   restored …"), is compliance with that, never the series' next paper; one naming only an order
 *   or the relief ("regarding compliance with the Court's Orders") still is.
 */
import { describe, expect, it } from 'vitest';
import { filingMeets } from './filings.ts';
import { analyzeSequence } from './index.ts';

type Row = [number: string, dateFiled: string, text: string];
function met(court: string, rows: Row[]): string[][] {
  return analyzeSequence(
    rows.map(([number, dateFiled, text]) => ({ number, dateFiled, text })),
    { court },
  ).map((a) => a.satisfies.map((s) => `${s.entry}: ${s.what}`));
}

describe('a paper marked one of a series meets the recurring duty of its type, naming no entry', () => {
  const duty = {
    what: 'report listing each class member detained and the facility where he or she is held (recurring)',
    party: 'Respondents',
    entry: '12',
    dated: '2033-01-20',
  };
  it.each([
    'NOTICE OF FILING of Monthly Detention Report (May 2033) by Director, Chicago Field Office',
    'Third REPORT by Federal Respondents (Attachments: # 1 Exhibit)',
    "Respondents' 28-Day Report filed by Warden, Otero County Processing Center",
    'STATUS REPORT (September 2033) by Respondents. (Diaz, Ana) (Entered: 09/30/2033)',
    'Bi-Weekly REPORT of Federal Respondents (Attachments: # 1 Roster)',
  ])('%s', (filing) => {
    expect(filingMeets(filing, [], duty)).toBe(true);
  });
  it.each([
    'REPORT by Federal Respondents (Attachments: # 1 Exhibit)',
    'MEDIATION REPORT: the parties reached no agreement. (Keller, Ruth)',
    'Monthly REPORT by Petitioners (Attachments: # 1 Exhibit)',
  ])('not a paper of no mark, nor the other side’s: %s', (filing) => {
    expect(filingMeets(filing, [], duty)).toBe(false);
  });
});

describe('a paper of compliance with something else is not the series’ next paper', () => {
  const compliance = {
    what: 'compliance report (recurring)',
    party: 'Defendant',
    entry: '23',
    dated: '2031-03-20',
  };
  it.each([
    'NOTICE of Compliance with Class Notice Requirements (mailing completed 8/15/2031) by Kurt Lindahl, Secretary',
    'NOTICE of Compliance: attorney telephone access restored in all housing units as of 2/11/2031, by Defendant',
    'Notice of Compliance as to Return of Passports by Defendant (Olsen, Pia)',
  ])('%s', (filing) => {
    expect(filingMeets(filing, [], compliance)).toBe(false);
  });
  it.each([
    "NOTICE of Compliance with the Court's Preliminary Injunction by Defendant",
    "DECLARATION of Field Office Director Ames regarding compliance with the Court's Orders filed by Defendant",
    'NOTICE of Compliance (Fourth Compliance Report) by Defendant',
  ])('but compliance with the order, or a numbered report, is: %s', (filing) => {
    expect(filingMeets(filing, [], compliance)).toBe(true);
  });

  it('weekly declarations (D. Conn.): the notice of another act between them takes no week, the next declaration its own', () => {
    const rows: Row[] = [
      [
        '14',
        '2031-02-02',
        'MEMORANDUM OF DECISION AND ORDER granting in part [2] Motion for Preliminary Injunction. Respondents shall restore confidential attorney telephone access within ten days. Respondents shall file a declaration of compliance every Friday, beginning February 6, 2031.',
      ],
      [
        '16',
        '2031-02-06',
        'DECLARATION of Compliance (Week 1) re [14] Order filed by Warden Iris Kowalski. (Ng, Tom)',
      ],
      [
        '19',
        '2031-02-12',
        'NOTICE of Compliance: attorney telephone access restored in all housing units as of 2/11/2031, by Warden Iris Kowalski. (Ng, Tom)',
      ],
      [
        '20',
        '2031-02-13',
        'DECLARATION of Compliance (Week 2) re [14] Order filed by Warden Iris Kowalski. (Ng, Tom)',
      ],
    ];
    const out = met('ctd', rows);
    expect(out[2]!.some((s) => /declaration of compliance \(recurring\) occurrence/.test(s))).toBe(false);
    expect(out[3]).toContainEqual(
      expect.stringMatching(/declaration of compliance \(recurring\) occurrence 2 \(due 2031-02-13\)/),
    );
  });

  it('a monthly report (D. Neb.): the notice of filing naming its month and no order meets that month', () => {
    const rows: Row[] = [
      [
        '12',
        '2033-01-20',
        'MEMORANDUM AND ORDER granting in part [3] Motion for Preliminary Injunction. Respondents shall file a report on the tenth (10th) day of each month, beginning February 10, 2033, listing each class member detained and the facility where he or she is held.',
      ],
      [
        '15',
        '2033-02-10',
        'REPORT of Detained Class Members (February 2033) by Respondents re [12] Order. (Vogel, Lars)',
      ],
      [
        '20',
        '2033-03-10',
        'NOTICE OF FILING of Monthly Detention Report (March 2033) by Respondents (Attachments: # 1 Exhibit A - Report) (Vogel, Lars)',
      ],
    ];
    const out = met('ned', rows);
    expect(out[2]).toContainEqual(expect.stringMatching(/occurrence 2 \(due 2033-03-10\)/));
  });
});
