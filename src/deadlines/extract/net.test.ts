/**
 * Issue #14, sixth round: the `needs review` net counts what the court's words carry against what
 * was read — a day after "to" that ends a move, a day still to come far from a past word, a day set
 * more often than findings carry it, a change to a hearing or stay no finding of that kind carries —
 * and two periods in one sentence are two. Hand-written texts in several courts' styles (names
 * fictional).
 */
import { describe, expect, it } from 'vitest';
import { analyzeEntry } from './index.ts';

const at = (dateFiled: string, text: string, court?: string) =>
  analyzeEntry({ number: '12', dateFiled, text }, court ? { court } : {});
const triggers = (dateFiled: string, text: string) =>
  (at(dateFiled, text).needsReview ?? []).flatMap((f) => f.triggers);

describe('the net: what the court says that no finding carries', () => {
  it.each([
    // the second of two moves in one entry, of a proceeding no reading names, the new day after
    // "to" (D. Haw., D. Neb. styles; a named event's second move is read by the clause grammar)
    [
      '2004-11-17',
      'EO: MINUTES: Final Pretrial Conference has been continued from 12/27/2004 10:00:00 AM to 02/22/2005 10:00:00 AM Change of Plea proceeding has been continued from 01/25/2005 09:00:00 AM to 03/22/2005 09:00:00 AM before ABC',
      '03/22/2005',
    ],
    // a day still to come, a past word ("issued") far before it (writs, summonses)
    [
      '2008-10-16',
      'Writ of Habeas Corpus ad Prosequendum issued as to Ann Roe for 10/20/08 at 12:00 p.m. before Magistrate Judge Bo Poe.',
      '10/20/08',
    ],
    [
      '2019-03-01',
      'Writ of Habeas Corpus ad Testificandum issued for Cy Doe to appear on 4/2/2019 at 9:00 AM.',
      '4/2/2019',
    ],
    // a change to a hearing beside a deadline read, no hearing finding
    [
      '2014-02-03',
      'ORDER: Defendant shall file his reply by 3/10/2014. The jury trial shall be rescheduled by separate order.',
      'trial shall be rescheduled',
    ],
    [
      '2014-02-03',
      'ORDER: Objections due by 3/10/2014. Sentencing in this matter is postponed until the probation office completes its report.',
      'sentencing in this matter is postponed',
    ],
    // a title that terminates hearings above a setting read as set
    [
      '2009-05-12',
      'Terminate Deadlines and Hearings as to Ann Roe: Note: the hearing set in order 51 was incorrect. The hearing set for 6/18/09 is a Status Conference before Magistrate Judge Bo Poe.',
      'terminate deadlines and hearings',
    ],
  ])('flags %#', (dateFiled, text, word) => {
    expect(triggers(dateFiled, text).join(' | ').toLowerCase()).toContain(word.toLowerCase());
  });

  it.each([
    // one setting restated at the same day and hour (S.D.N.Y., N.D. Cal. closing restatements)
    [
      '2021-02-23',
      'ORDER: The initial pre-trial conference is adjourned to March 30, 2021 at 3:00 p.m. Initial Conference set for 3/30/2021 at 03:00 PM before Judge Ann Roe.',
    ],
    [
      '2023-01-13',
      'CLERKS NOTICE SETTING ZOOM HEARING. Motion Hearing set for 1/19/2023 02:00 PM in Oakland. Set/Reset Deadlines as to [30] MOTION to Certify Class. Motion Hearing set for 1/19/2023 02:00 PM in Oakland.',
    ],
    // a party's request the court restates before ruling on it (E.D. Va. style)
    [
      '2019-07-17',
      'ORDER - Both motions request that the court extend the time for the moving defendants to file their answers from July 18, 2019 to August 20, 2019. It is hereby ORDERED that the motions are granted in part: defendants shall have until August 8, 2019, to file their answers.',
    ],
    // a stay read, a hearing moved, vacated or continued: the change is carried
    [
      '2014-02-03',
      'ORDER granting Motion to Extend Time to File Pretrial Motions 16. Pretrial Motions shall be filed on or before 3/10/2014. Trial of this case is continued pending resolution of any pretrial motions filed.',
    ],
    [
      '2020-06-01',
      'ORDER: Defendant shall answer the complaint by 7/1/2020. The status conference is hereby vacated.',
    ],
    [
      '2021-04-05',
      'ORDER: The parties shall file a joint status report by 5/5/2021. Discovery in this action is hereby stayed as set out in the memorandum.',
    ],
    ['2021-04-05', 'ORDER: This action is hereby stayed until 6/1/2021.'],
    [
      '2020-06-01',
      'ORDER: The status conference set for 6/10/2020 is vacated and reset to 7/1/2020 at 10:00 AM.',
    ],
  ])('does not flag %#', (dateFiled, text) => {
    expect(at(dateFiled, text).needsReview).toBeUndefined();
  });
});

describe('two periods in one sentence are two deadlines', () => {
  it.each([
    [
      '2016-01-22',
      "BRIEFING schedule set. Pursuant to F.R.A.P. 31(a), respondent's brief will be due 30 days following service of petitioner's brief and petitioner's reply brief will be due 14 days following service of respondent's brief.",
      [30, 14],
    ],
    [
      '2020-03-03',
      "ORDER: Appellee's brief shall be due 30 days after service of the opening brief and the reply brief shall be due 21 days after service of appellee's brief.",
      [30, 21],
    ],
  ])('%#', (dateFiled, text, ns) => {
    const a = at(dateFiled, text, 'ca1');
    expect(a.deadlines.map((d) => d.period?.n)).toEqual(ns);
    // what is due is the brief, not "brief will be"
    expect(a.deadlines.map((d) => d.what).every((w) => /brief$/.test(w))).toBe(true);
    expect(a.deadlines.every((d) => d.dueDate === null && d.basis === 'event_triggered')).toBe(true);
    expect(a.needsReview).toBeUndefined();
  });
});

describe('deadline forms (sixth round)', () => {
  const dues = (dateFiled: string, text: string, court?: string) =>
    at(dateFiled, text, court)
      .deadlines.map((d) => d.dueDate)
      .sort();
  it.each([
    // the court orders any act on a day it opens the sentence with
    [
      '2015-11-24',
      'MEMORANDUM AND ORDER. On Tuesday, December 1, 2015, counsel shall jointly contact my judicial assistant to schedule the status conference.',
      ['2015-12-01'],
    ],
    [
      '2021-05-03',
      'ORDER: On May 14, 2021, the parties must meet and confer in person regarding the remaining discovery disputes.',
      ['2021-05-14'],
    ],
    // a hearing named inside what is filed is the paper's subject
    [
      '2009-10-13',
      'ORDER: The court directs the parties to file cross briefs regarding the issues relating to the sealing of matters regarding the competency hearing by October 20, 2009.',
      ['2009-10-20'],
    ],
    [
      '2019-02-01',
      'ORDER: Counsel shall submit a joint letter concerning witnesses for the evidentiary hearing by February 15, 2019.',
      ['2019-02-15'],
    ],
    // CM/ECF's one-line summary of the deadline the order's words set is the same deadline
    [
      '2016-08-17',
      'ORDER entered by Ann Roe, Appellate Judge: On or before August 24, 2016, the parties are directed to file a written response advising the court of the status of the application. Response due 08/24/2016 for Bo Poe and Cy Doe.',
      ['2016-08-24'],
    ],
    // a paper filed in another court on a day is past, perfect tense too
    [
      '2022-10-19',
      'Transcript, [14], has been filed in the District Court on 10/19/2022 ; Court Reporter: Ann Roe ;',
      [],
    ],
    ['2014-02-21', 'PROTECTIVE ORDER, which was filed in MDL on 2/21/2014, is docketed in this case.', []],
    // two different things due the same day stay two
    [
      '2020-04-24',
      'BRIEFING schedule updated. Brief due 05/13/2020 for appellant Ann Roe. Appendix due 05/13/2020 for appellant Ann Roe.',
      ['2020-05-13', '2020-05-13'],
    ],
  ])('%#', (dateFiled, text, expected) => {
    expect(dues(dateFiled, text)).toEqual(expected);
    expect(at(dateFiled, text).needsReview).toBeUndefined();
  });

  it('an appearance on a day is a hearing, not a deadline (flagged when the hearing is not read)', () => {
    const a = at(
      '2021-05-03',
      'ORDER: On May 14, 2021, the defendant shall appear for a status conference at 10:00 AM.',
    );
    expect(a.deadlines).toEqual([]);
    expect(a.hearings.length + (a.needsReview?.length ?? 0)).toBeGreaterThan(0);
  });
});

describe('a judge’s signature line is a stamp, not a day to read', () => {
  it('"By Magistrate Judge … on D." (a minute order’s last sentence) flags nothing; a date in the court’s words still is read', () => {
    const text =
      'MINUTE ORDER: Status Conference set for 11/5/2024 02:00 PM in Courtroom A 502 before Magistrate Judge Ann Roe. By Magistrate Judge Ann Roe on 9/10/2024. Text Only Entry (arsec) (Entered: 09/10/2024)';
    const a = at('2024-09-10', text, 'cod');
    expect(a.hearings.map((h) => [h.date, h.time])).toEqual([['2024-11-05', '14:00']]);
    expect(a.needsReview ?? []).toEqual([]);
  });
});
