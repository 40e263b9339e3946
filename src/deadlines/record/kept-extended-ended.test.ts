/**
 * What an order keeps, extends or ends, read as legal language in several courts' words (try-out 13
 * C1, C2, C4, C8, C9, M3, M6, M7, M12, M14; names fictional, courts not the try-out's):
 * - a TRO extended in the past tense by the clerk's minutes ("By agreement of the parties, the Court
 *   extended the temporary restraining order [11] through D") and a hearing "RECESSED, to resume on
 *   D" (or "will reconvene on D"): the TRO runs to D, the hearing goes on that day;
 * - an injunction order that says an earlier stay "remains in effect" (or that nothing in it
 *   disturbs the stay) does not take the stay's place;
 * - an order ending "the weekly status reports" ends no monthly duty, nor any duty it sets itself;
 * - "CERTIFIED JUDGMENT issued in lieu of formal mandate" (FRAP 41(a)) is the mandate, and
 *   "AFFIRMED as to paragraphs … and VACATED as to paragraph …" is a decision in part;
 * - a court of appeals staying an injunction "insofar as it bars the removal of …" stays the
 *   injunction: it is never a stay of removal;
 * - a class certified where the same docket sentence denies part of another motion; "The class is
 *   all persons who …" defines it;
 * - "Objections due D", "Opt-out requests due D": the class members' own last day;
 * - "listed for oral argument on D", "ARGUED on D": the appeal's argument, on the case's hearings.
 */
import { describe, expect, it } from 'vitest';
import { derivedFor, entryMaker } from '../../../tests/support/entry-inputs.ts';
import { readAppealsDocket, readDistrictCopy } from '../appellate.ts';
import { certification } from '../court-acts.ts';
import { endedDuties } from '../duty-ends.ts';
import { analyzeEntry } from '../extract/index.ts';
import type { EntryInput } from './model.ts';

const read = (text: string, court: string, dateFiled: string, documentText?: string) =>
  analyzeEntry({ number: '20', dateFiled, text, ...(documentText ? { documentText } : {}) }, { court });

describe('a TRO extended in the past tense, in the minutes', () => {
  it.each([
    [
      'mied',
      '2028-02-10',
      'Minute Entry for proceedings held before Judge Odile Vance: Motion Hearing held on 2/10/2028 re [12]. By agreement of the parties, the Court extended the temporary restraining order [8] through February 24, 2028. (Court Reporter Ana Ruiz) (jb)',
      '2028-02-24',
    ],
    [
      'ilnd',
      '2027-06-02',
      'MINUTE entry before the Honorable Priya K. Landry: Status hearing held. On the parties\u2019 stipulation, the Court extended the TRO [15] through June 16, 2027. Mailed notice. (lw)',
      '2027-06-16',
    ],
    [
      'wawd',
      '2029-09-05',
      'MINUTE ENTRY for proceedings held before Judge Harlan Q. Oyelaran. The temporary restraining order was extended by stipulation through September 19, 2029. (Court Reporter Mei Tan) (kb)',
      '2029-09-19',
    ],
  ])('%s: the TRO runs to its new last day', (court, filed, text, until) => {
    const a = read(text, court, filed);
    expect(a.injunctions.map((f) => [f.type, f.action, f.until])).toEqual([['TRO', 'extended', until]]);
  });

  it('an order reciting an earlier extension extends nothing now', () => {
    const a = read(
      'ORDER. The Court previously extended the temporary restraining order through March 3, 2028. The motion to dismiss [22] is DENIED.',
      'cand',
      '2028-03-01',
    );
    expect(a.injunctions.filter((f) => f.action === 'extended')).toEqual([]);
  });
});

describe('a hearing recessed to resume on another day', () => {
  it.each([
    [
      'mied',
      '2028-02-10',
      'Minute Entry: Preliminary Injunction Hearing held on 2/10/2028. Hearing RECESSED, to resume on Tuesday, February 15, 2028 at 9:30 a.m.',
      '2028-02-15',
      '09:30',
    ],
    [
      'gand',
      '2027-11-08',
      'Minute Entry for proceedings held before Judge Tomas Ekwueme: Evidentiary Hearing held on 11/8/2027. The hearing is recessed until November 12, 2027 at 1:00 p.m.',
      '2027-11-12',
      '13:00',
    ],
    [
      'azd',
      '2029-01-22',
      'MINUTE ENTRY: Motion Hearing held. Hearing adjourned, to reconvene on January 29, 2029 at 10:00 AM.',
      '2029-01-29',
      '10:00',
    ],
    [
      'nmd',
      '2029-04-03',
      'Minute Entry: Motion hearing held on 4/3/2029. The hearing will resume on April 9, 2029 at 2:00 PM.',
      '2029-04-09',
      '14:00',
    ],
  ])('%s: held today, and set again for that day', (court, filed, text, day, time) => {
    const a = read(text, court, filed);
    expect(a.hearings.map((h) => h.change)).toContain('held');
    expect(a.hearings.filter((h) => h.change !== 'held').map((h) => [h.date, h.time])).toEqual([[day, time]]);
  });
});

describe('an injunction order that keeps an earlier stay', () => {
  const entry = entryMaker('ca1');
  const stay = (n: string, day: string) =>
    entry(
      n,
      day,
      'ORDER granting [4] Motion for Stay under 5 U.S.C. 705. (mh)',
      undefined,
      'Under 5 U.S.C. § 705, the termination of the petitioners\u2019 parole is STAYED pending the conclusion of review proceedings.',
    );
  const injunction = (keeps: string) =>
    entry(
      '30',
      '2028-05-20',
      'ORDER granting [20] Motion for Preliminary Injunction. (mh)',
      undefined,
      `1. Defendants are ENJOINED from removing any class member from the United States while this action is pending.\n2. ${keeps}`,
    );
  const told = (entries: EntryInput[]) => derivedFor('mad:1:28-cv-10442', entries).events.map((e) => e.type);

  it.each([
    'The stay under 5 U.S.C. § 705 entered on May 2, 2028 (ECF No. 12) remains in effect.',
    'The Court\u2019s stay of the parole terminations [12] shall remain in full force and effect.',
    'Nothing in this Order disturbs the stay entered on May 2, 2028.',
    'The § 705 stay continues in force until final judgment.',
  ])('"%s": the stay is not superseded', (keeps) => {
    const events = told([stay('12', '2028-05-02'), injunction(keeps)]);
    expect(events).toContain('injunction.granted');
    expect(events).not.toContain('stay.superseded');
  });

  it('an injunction order silent about the stay still takes its place (the rule as before)', () => {
    const events = told([
      stay('12', '2028-05-02'),
      injunction('Defendants shall file a status report every thirty days.'),
    ]);
    expect(events).toContain('stay.superseded');
  });
});

describe('an order ending weekly reports ends no monthly duty', () => {
  const view = (d: { what: string; every: number; unit: string; entry: number }) => ({
    ...d,
    dateFiled: '2028-01-01',
  });
  const weekly = { what: 'status report (recurring)', every: 1, unit: 'weeks', entry: 11 };
  const monthly = { what: 'transfer report (recurring)', every: 1, unit: 'months', entry: 30 };
  it.each([
    'the weekly status reports it required are no longer required',
    'Respondents need not file further weekly reports.',
    'The obligation to file a report every seven days is TERMINATED.',
  ])('"%s": the weekly duty only', (words) => {
    expect(endedDuties([weekly, monthly], view, words, [], '2028-03-14')).toEqual([weekly]);
    // The weekly duty not tracked: the monthly one is another duty, never ended by these words.
    expect(endedDuties([monthly], view, words, [], '2028-03-14')).toEqual([]);
  });

  it('through the record: the monthly report the same order sets stays due', () => {
    const entry = entryMaker('ca3');
    const events = derivedFor('njd:2:28-cv-01188', [
      entry(
        '30',
        '2028-03-14',
        'ORDER granting in part [14] Motion for Preliminary Injunction. (jmk)',
        undefined,
        '(a) Respondents are ENJOINED from transferring any class member outside the District.\n(b) Respondents shall file a transfer report on the first business day of each month, beginning April 3, 2028.\n(c) The temporary restraining order (ECF No. 11) is VACATED as superseded, and the weekly status reports it required are no longer required.',
      ),
    ]).events;
    expect(events.filter((e) => e.type === 'deadline.relieved')).toEqual([]);
    expect(events.some((e) => e.type === 'deadline.set' && /transfer report/i.test(e.message))).toBe(true);
  });
});

describe('a certified judgment in lieu of formal mandate; a decision "as to" parts', () => {
  it.each([
    'CERTIFIED JUDGMENT issued in lieu of formal mandate. (TMM)',
    'Certified copy of the judgment issued in lieu of formal mandate. [28-1402]',
    'CERTIFIED JUDGMENT of USCA, issued in lieu of formal mandate, as to [32] Notice of Appeal: the Order of March 4, 2028 is AFFIRMED. (jb)',
  ])('"%s" is the mandate', (text) => {
    expect(readAppealsDocket(text)).toEqual({ act: 'mandate' });
    expect(readDistrictCopy(text)).toEqual({ act: 'mandate' });
  });

  it.each([
    [
      'USCA JUDGMENT as to [45] Notice of Appeal: the order of the district court is AFFIRMED as to paragraphs 1 and 3 and VACATED as to paragraph 2. (jd)',
      'vacated',
    ],
    [
      'JUDGMENT of USCA as to [45] Notice of Appeal: REVERSED with respect to the class-wide relief, AFFIRMED in all other respects. (kc)',
      'reversed',
    ],
    [
      'OPINION of USCA: the injunction is VACATED insofar as it reaches persons outside the District and AFFIRMED in all other respects. (rs)',
      'vacated',
    ],
  ])('"%s" changes part of what was appealed', (text, outcome) => {
    expect(readDistrictCopy(text)).toMatchObject({ act: 'decision', outcome, inPart: true });
  });

  it('"AFFIRMED as to all appellants" is whole', () => {
    expect(
      readDistrictCopy('JUDGMENT of USCA as to [45] Notice of Appeal. AFFIRMED as to all appellants.'),
    ).toMatchObject({
      outcome: 'affirmed',
      inPart: false,
    });
  });
});

describe('a stay of an injunction against removal is not a stay of removal', () => {
  it.each([
    [
      'ca6',
      'ORDER filed: The motion for a stay pending appeal is GRANTED IN PART and DENIED IN PART. The preliminary injunction entered May 2, 2028 is stayed pending appeal insofar as it bars the removal of class members whose final orders of removal were entered before March 1, 2028. The injunction otherwise remains in effect.',
    ],
    [
      'ca9',
      'Filed order (Judges A, B and C): Appellants\u2019 motion for a stay pending appeal (Dkt. 9) is granted in part. The district court\u2019s preliminary injunction is stayed to the extent it prohibits the removal of class members with final orders. [29-5521]',
    ],
  ])('%s: the stay names the injunction, never removal', (court, text) => {
    const stays = read(text, court, '2028-06-10').stays;
    for (const s of stays) expect(s.what ?? '').not.toMatch(/remov/);
  });

  it('a stay of removal is still one', () => {
    const a = read(
      'ORDER: The motion for stay of removal pending review is GRANTED. Petitioner\u2019s removal is stayed pending further order.',
      'ca2',
      '2028-06-10',
    );
    expect(a.stays.map((s) => s.what)).toEqual(['removal']);
  });
});

describe('the class certified; "The class is all persons who …"', () => {
  it.each([
    [
      'ORDER granting [13] Motion to Certify Class; granting in part and denying in part [14] Motion for Preliminary Injunction. 1. The Motion to Certify Class (ECF No. 13) is GRANTED. The class is defined as: all persons detained at the Clearwater Processing Center.',
      'all persons detained at the Clearwater Processing Center',
    ],
    [
      'ORDER granting [14] Motion to Certify Class and granting in part and denying in part [15] Motion for Preliminary Injunction. 1. The motion (Doc. No. 14) is granted. The class is all persons who are or will be held in the Larimer County Jail solely on an immigration detainer.',
      'all persons who are or will be held in the Larimer County Jail solely on an immigration detainer',
    ],
    [
      'ORDER granting [22] Motion to Certify Class. The class consists of all tenants of the Harbor Point complex who received eviction notices after June 1, 2028.',
      'all tenants of the Harbor Point complex who received eviction notices after June 1, 2028',
    ],
  ])('certified: %s', (text, definition) => {
    expect(certification(text)).toMatchObject({ subclass: null, definition });
  });

  it.each([
    'ORDER granting in part and denying in part [14] Motion to Certify Class.',
    'ORDER. The proposed class is all persons detained at the facility. The motion for class certification is DENIED.',
  ])('not certified: %s', (text) => {
    expect(certification(text)).toBeNull();
  });
});

describe("the class members' own last days, printed as due dates", () => {
  it.each([
    [
      'ORDER granting [38] Joint Motion for Preliminary Approval of Class Action Settlement. Fairness Hearing set for 6/10/2029 at 10:00 AM. Objections due 5/27/2029. (kdr)',
      'last day for class members to object',
      '2029-05-27',
    ],
    [
      'ORDER granting Motion for Preliminary Approval of Settlement. Final Approval Hearing set for 8/1/2029 at 2:00 PM. Opt-out requests due 7/1/2029. (ck)',
      'last day for class members to opt out',
      '2029-07-01',
    ],
    [
      'ORDER preliminarily approving the class settlement. Claim forms due 7/15/2029. Final approval hearing set for 9/4/2029. (tm)',
      'last day for class members to submit a claim',
      '2029-07-15',
    ],
  ])('%s', (text, what, due) => {
    const d = read(text, 'mad', '2029-04-15').deadlines.find((x) => x.dueDate === due);
    expect([d?.what, d?.party]).toEqual([what, null]);
  });
});

describe("a court of appeals' oral argument reaches the case's hearings", () => {
  const entry = entryMaker('ca4');
  const hearings = (texts: [string, string][]) =>
    derivedFor(
      'mdd:8:28-cv-02210',
      texts.map(([day, text], i) => entry(String(i + 1), day, text, 'ca4:28-1777')),
    ).events.filter((e) => e.type.startsWith('hearing.'));

  it.each([
    'LETTER sent to counsel: this case is listed for oral argument on Tuesday, September 19, 2028, at 9:30 AM. (TMM)',
    'ORAL ARGUMENT NOTICE sent: this case is calendared for argument on Tuesday, September 19, 2028 at 9:30 a.m. (SLS)',
  ])('"%s": set, then held when argued', (set) => {
    const told = hearings([
      ['2028-08-01', set],
      [
        '2028-09-19',
        'ARGUED on Tuesday, September 19, 2028. Panel: AMBLER, REYES and DUNN, Circuit Judges. (TMM)',
      ],
    ]);
    expect(told.map((e) => e.type)).toEqual(['hearing.set', 'hearing.held']);
    expect(told[0]!.message).toMatch(/Oral argument set for September 19, 2028/);
  });

  it('cancelled and submitted on the briefs: off the calendar', () => {
    const told = hearings([
      [
        '2028-08-01',
        'ORAL ARGUMENT NOTICE sent: this case is calendared for argument on September 19, 2028 at 9:30 a.m.',
      ],
      [
        '2028-09-01',
        'ORDER filed: The argument scheduled for September 19, 2028 is CANCELLED and the case is SUBMITTED on the briefs.',
      ],
    ]);
    expect(told.map((e) => e.type)).toEqual(['hearing.set', 'hearing.cancelled']);
  });
});
