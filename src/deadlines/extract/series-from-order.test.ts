/**
 * What duties an order sets, and how a later order changes them (issue #12; several courts' words
 * for the same acts, names fictional, courts not reserved):
 * - the docket text restating a paragraph of the order it enters (same schedule, shorter words) is
 *   that paragraph's one duty, never a second series beside it; named by the shorter name when the
 *   longer only adds details, else by the order's words;
 * - two acts under one "shall", each with its own time, are two duties, each named by its own act;
 * - a duty owed each time an event happens ("any such transfer shall be reported within 24 hours")
 *   is no day counted from the order;
 * - an order amending a paragraph of an earlier one "so that declarations … are filed on …" changes
 *   that duty (named by its paper), from the report it names ("effective with the declaration due
 *   D"), which is no duty of its own;
 * - "the compliance report required by paragraph 4 is now due quarterly": the same duty, changed.
 */
import { describe, expect, it } from 'vitest';
import type { DeadlineFinding } from '../types.ts';
import { analyzeEntry } from './index.ts';

const read = (court: string, dateFiled: string, text: string, documentText: string | null = null) =>
  analyzeEntry({ number: '24', dateFiled, text, documentText }, { court }).deadlines;
const series = (found: DeadlineFinding[]) =>
  found
    .filter((d) => d.recurrence)
    .map((d) => ({ what: d.what, first: d.recurrence!.firstOccurrences?.slice(0, 2), change: d.change }));

describe("the docket text and the order's paragraph: one duty", () => {
  it.each([
    [
      'oknd',
      '2031-05-06',
      'OPINION AND ORDER granting in part [3] Motion for Preliminary Injunction. Defendants shall file a status report every 14 days beginning May 20, 2031.',
      'IT IS ORDERED: 1. Defendants are ENJOINED from removing any class member. 2. Defendants shall file a status report identifying each detained class member and his or her location every fourteen (14) days, the first report due May 20, 2031.',
      'status report (recurring)',
      ['2031-05-20', '2031-06-03'],
      '2',
    ],
    [
      'wiwd',
      '2031-03-20',
      'PRELIMINARY INJUNCTION. The motion [4] is GRANTED IN PART. The defendant must file a compliance report by April 21, 2031 and every 30 days after that.',
      '1. The defendant must not end benefits without notice. 2. The defendant must file a compliance report by April 21, 2031, and every 30 days thereafter.',
      'compliance report (recurring)',
      ['2031-04-21', '2031-05-21'],
      '2',
    ],
    [
      'ctd',
      '2032-02-02',
      'ORDER granting in part [2] Motion for Preliminary Injunction. Respondents shall restore attorney telephone access within 10 days and file weekly compliance declarations every Friday.',
      '(4) Within ten (10) days of this Order, Respondents shall restore attorney telephone access. (5) Respondents shall file a declaration of compliance every Friday, beginning February 6, 2032.',
      'declaration of compliance (recurring)',
      ['2032-02-06', '2032-02-13'],
      null,
    ],
  ])('%s: one series, the paragraph kept', (court, filed, text, doc, what, first, paragraph) => {
    const found = read(court, filed, text, doc);
    expect(series(found)).toEqual([{ what, first, change: 'set' }]);
    if (paragraph) expect(found.find((d) => d.recurrence)?.paragraph).toBe(paragraph);
  });

  it('two papers of one order on one schedule stay two, each with its paragraph', () => {
    const found = read(
      'ned',
      '2031-06-02',
      'ORDER. Defendants shall file a status report and a detention log every 30 days.',
      '3. Defendants shall file a status report every 30 days. 4. Defendants shall file a detention log every 30 days.',
    );
    expect(
      found
        .filter((d) => d.recurrence)
        .map((d) => d.what)
        .sort(),
    ).toEqual(['detention log (recurring)', 'status report (recurring)']);
  });
});

describe('two acts under one "shall", each with its time', () => {
  it.each([
    [
      'ctd',
      'ORDER granting [2] Motion. Respondents shall restore confidential attorney telephone access within 10 days and file weekly compliance declarations every Friday.',
      'restore confidential attorney telephone access',
      'compliance declarations (recurring)',
    ],
    [
      'innd',
      'ORDER granting [4] Motion. Defendants shall produce the intake records within 14 days and file status reports every 30 days.',
      'intake records',
      'status reports (recurring)',
    ],
    [
      'mnd',
      'ORDER. The Commissioner must file monthly compliance reports and restore the terminated benefits by April 30, 2031.',
      null,
      null,
    ],
  ])('%s: each act its own duty', (court, text, once, recurring) => {
    const found = read(court, '2031-03-03', text);
    if (once === null) {
      // No time of its own before "and": one act, one duty (nothing split).
      expect(found.filter((d) => !d.recurrence).map((d) => d.what)).not.toContain(
        'monthly compliance reports',
      );
      return;
    }
    expect(found.filter((d) => !d.recurrence).map((d) => d.what)).toEqual([once]);
    expect(found.filter((d) => d.recurrence).map((d) => d.what)).toEqual([recurring]);
  });
});

describe('a duty owed each time an event happens has no day of its own', () => {
  it.each([
    [
      'ctd',
      'ORDER granting [2] Motion. Respondents are ENJOINED from transferring any class member, except in a medical emergency; any such transfer shall be reported to class counsel within 24 hours.',
    ],
    ['wied', 'ORDER. Each release of a class member must be reported to Plaintiffs’ counsel within 3 days.'],
    [
      'cod',
      'ORDER. Should Defendants transfer a class member out of the District, they shall file a notice within 2 days.',
    ],
  ])('%s: no dated deadline', (court, text) => {
    expect(read(court, '2031-03-03', text).filter((d) => d.dueDate)).toEqual([]);
  });

  it('a duty counted from the order beside it keeps its day', () => {
    const found = read(
      'ksd',
      '2031-03-03',
      'ORDER. Each class member must be given a bond hearing within 14 days. Defendants shall file a status report within 14 days.',
    );
    expect(found.filter((d) => d.dueDate).map((d) => d.dueDate)).toEqual(['2031-03-17', '2031-03-17']);
  });
});

describe("an amendment of an earlier order's paragraph changes its duty", () => {
  it.each([
    [
      'nmd',
      '2032-03-03',
      'ORAL ORDER granting [23] Consent Motion to Amend. Paragraph (5) of the Order of February 2, 2032 [14] is amended so that declarations of compliance are filed on the 15th and the last day of each month rather than every Friday, effective with the declaration due March 15, 2032.',
      'declarations of compliance (recurring)',
      ['2032-03-15', '2032-03-31'],
    ],
    [
      'ncwd',
      '2031-03-03',
      'ORDER granting [40] Motion to Amend. Paragraph 3 of the Order of May 4, 2030 (ECF No. 22) is modified to provide that the status reports shall be submitted on the first Monday of each month instead of every two weeks.',
      'status reports (recurring)',
      ['2031-04-07', '2031-05-05'],
    ],
    [
      'insd',
      '2031-05-10',
      'ORDER. Section 4 of the Preliminary Injunction [19] is revised such that Defendants’ monitoring reports are due quarterly rather than monthly, beginning with the report due June 30, 2031.',
      'monitoring reports (recurring)',
      ['2031-06-30', '2031-09-30'],
    ],
  ])('%s: the paper named, changed, from its first report', (court, filed, text, what, first) => {
    const found = read(court, filed, text);
    expect(series(found)).toEqual([{ what, first, change: 'reset' }]);
    expect(found.filter((d) => !d.recurrence)).toEqual([]);
  });

  it.each([
    [
      'wvnd',
      'ORDER PRELIMINARILY APPROVING SETTLEMENT. The preliminary injunction [23] remains in effect until final approval; the compliance report required by paragraph 4 is now due quarterly, with the next report due September 30, 2031.',
      'compliance report (recurring)',
    ],
    [
      'okld',
      'ORDER. The status report shall henceforth be filed monthly, with the next report due September 30, 2031.',
      'status report (recurring)',
    ],
  ])('%s: the same paper now on another schedule', (court, text, what) => {
    expect(series(read(court, '2031-07-31', text))).toEqual([
      { what, first: ['2031-09-30', expect.any(String)], change: 'reset' },
    ]);
  });
});

describe('"every quarter" is a schedule, never a paper named so', () => {
  it.each([
    [
      'cod',
      'CONSENT DECREE. An independent monitor shall file a report every quarter, the first by March 31, 2033.',
    ],
    ['ksd', 'ORDER. Defendants shall file a report each quarter, beginning March 31, 2033.'],
    ['wied', 'ORDER. Defendants shall submit a report once a quarter, the first due March 31, 2033.'],
  ])('%s: quarterly from the first day', (court, text) => {
    const found = read(court, '2032-12-06', text);
    expect(found.filter((d) => !d.recurrence)).toEqual([]);
    expect(found.filter((d) => d.recurrence).map((d) => d.recurrence!.firstOccurrences?.slice(0, 2))).toEqual(
      [['2033-03-31', '2033-06-30']],
    );
  });
});
