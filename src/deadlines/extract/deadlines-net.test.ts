/**
 * Issue #14, ninth session: deadline forms and the `needs review` net written from hold-out 5 and
 * hold-out 4's check fold (development data since this session) as rules of docket language,
 * each in several courts' styles (names fictional).
 */
import { describe, expect, it } from 'vitest';
import { analyzeEntry } from './index.ts';

const at = (dateFiled: string, text: string, court?: string) =>
  analyzeEntry({ number: '12', dateFiled, text }, court ? { court } : {});
const dates = (dateFiled: string, text: string) =>
  at(dateFiled, text)
    .deadlines.map((d) => d.dueDate)
    .sort();
const triggers = (dateFiled: string, text: string) =>
  (at(dateFiled, text).needsReview ?? []).flatMap((f) => f.triggers);

describe('deadlines under CM/ECF labels', () => {
  it.each([
    // a recipient between "due" and the day (transcript notices, S.D. Cal., D. Ariz. styles)
    [
      '2011-09-19',
      'NOTICE OF FILING OF OFFICIAL TRANSCRIPT of Proceedings held on 9/8/2011. Redaction Request Statement due to Court Reporter/Transcriber 10/11/2011. Redacted Transcript Deadline set for 10/20/2011.',
      ['2011-10-11', '2011-10-20'],
    ],
    [
      '2015-03-02',
      'NOTICE of filing of transcript. Redaction Request due to the Clerk 3/23/2015. Redacted Transcript Deadline set for 4/2/2015.',
      ['2015-03-23', '2015-04-02'],
    ],
    // scheduling minutes: "Last day to …", "… cut-off", "… cutoff date" (C.D. Cal., D. Ariz.)
    [
      '2006-04-10',
      'MINUTES: Scheduling Conference held before Judge Ann Poe. Last day to amend or add parties 5/10/2006. Discovery cut-off 10/16/2006. Motion hearing cutoff date 11/6/2006. Jury Trial set for 1/16/2007 09:00 AM before Judge Ann Poe.',
      ['2006-05-10', '2006-10-16', '2006-11-06'],
    ],
    [
      '2012-02-01',
      'SCHEDULING ORDER: Expert discovery cut-off date is 9/14/2012. Signed by Judge Bo Roe.',
      ['2012-09-14'],
    ],
    // a paper "set for" a day in a court of appeals' scheduling letter (8th Cir., 1st Cir. styles)
    [
      '2016-11-09',
      'SCHEDULING LETTER from USCA - 8th Circuit (case number 16-4166) as to Notice of Appeal. Transcript Designation set for 11/28/2016. Clerks Record of Designation set for 11/28/2016.',
      ['2016-11-28', '2016-11-28'],
    ],
    // "reset <thing> deadline for D" (S.D.N.Y. memo-endorsement)
    [
      '2003-07-29',
      'Memo-Endorsement on letter addressed to Judge Roe from A. Poe, dated 7/25/03, reset service deadline for 8/12/03. (signed by Magistrate Judge Bo Roe)',
      ['2003-08-12'],
    ],
  ])('%s %s', (filed, text, want) => {
    expect(dates(filed, text)).toEqual(want);
  });

  it('the court holding a proceeding on a day sets no deadline (S.D.N.Y., N.D. Cal.)', () => {
    expect(
      dates(
        '2021-08-11',
        'ORDER granting 30 and 30. The Court will hold a teleconference regarding Dkt. No. 30 and Dkt. No. 31, which were filed on August 9, 2021, on August 11, 2021 at 4:30 p.m. (HEREBY ORDERED by Judge Ann Roe)',
      ),
    ).toEqual([]);
    // an act the parties must do in the same sentence is still due
    expect(
      dates(
        '2019-05-01',
        'ORDER: The Court will hold a status conference on June 3, 2019, and the parties shall file a joint letter by May 28, 2019.',
      ),
    ).toEqual(['2019-05-28']);
  });

  it("the clerk's summary of the order's deadlines is the order's deadline, also under another name", () => {
    // "Responses due by D" after "oppositions … are due no later than D" (S.D.N.Y.)
    expect(
      dates(
        '2021-10-08',
        "ORDER: The Court imposed the following briefing schedule: Defendants' motions are due by no later than December 29, 2021 Plaintiffs oppositions to Defendants motions are due no later than January 26, 2022. So Ordered. (Motions due by 12/29/2021., Responses due by 1/26/2022) (Signed by Judge Ann Roe on 10/7/2021) (js)",
      ),
    ).toEqual(['2021-12-29', '2022-01-26']);
    // "Pretrial Order due by D" after a list of submissions that names the pretrial order
    const a = at(
      '2022-09-22',
      'ORDER: The parties are directed to submit the following materials no later than April 11, 2023: (1) the joint pretrial order, (2) a proposed description of the case. Pretrial Order due by 4/11/2023. (Signed by Judge Ann Roe on 9/22/2022)',
    );
    expect(a.deadlines.map((d) => d.dueDate)).toEqual(['2023-04-11']);
    expect(a.needsReview ?? []).toEqual([]);
    // two papers due the same day stay two
    expect(
      dates(
        '2021-10-08',
        'ORDER: Plaintiff shall file the amended complaint by May 1, 2022. (Discovery due by 5/1/2022) (js)',
      ),
    ).toEqual(['2022-05-01', '2022-05-01']);
  });

  it('an entry entered or filed in error is void: nothing due, nothing to read, its kind kept (D.D.C.)', () => {
    const a = at(
      '2022-03-14',
      'ENTERED IN ERROR.....TRANSCRIPT OF STATUS CONFERENCE before Judge Ann Roe held on March 9, 2022. NOTICE RE REDACTION OF TRANSCRIPTS: The parties have twenty-one days to file any request to redact. Redaction Request due 4/4/2022. Redacted Transcript Deadline set for 4/14/2022.',
    );
    expect([a.kind, a.deadlines, a.needsReview]).toEqual(['transcript', [], undefined]);
  });
});

describe('the net: settings, extensions and days the reading leaves out', () => {
  it.each([
    // (a hearing set verb first beside a deadline on its day, and two events set for one day and
    // hour, are read now: hearing-clauses.test.ts)
    // an extension by an amount, from a deadline the entry does not state (S.D.N.Y., D. Mass.)
    [
      '2003-04-30',
      'Memo-Endorsement on letter: Granting the request for ninety (90) day extension of time to serve defendants in this matter. (signed by Judge Bo Roe)',
      'ninety (90) day',
    ],
    [
      '2016-02-01',
      'ORDER granting the motion: defendants are given an additional 14 days to answer.',
      '14 days',
    ],
    // several motions, each noticed for its own hearing, moved together and read as one (E.D. Va.;
    // C.D. Cal.'s bracketed "Motions [42][43] reset for hearing" is read one per motion now)
    [
      '2014-09-12',
      'ORDER: Motions 5 and 6 are set for hearing on 9/22/2014 at 01:30 PM.',
      'Motions 5 and 6 are set for hearing',
    ],
    // a day without its year beside a court event (S.D.N.Y. "ptc")
    [
      '2003-07-29',
      'Memo-Endorsement: reset service deadline for 8/12/03; a further extension will be considered at the 8/11 ptc (signed by Magistrate Judge Bo Roe)',
      '8/11',
    ],
  ])('%s %s', (filed, text, trigger) => {
    expect(triggers(filed, text)).toContain(trigger);
  });

  it('stays quiet where the reading accounts for the words', () => {
    // one event restated at the same day and hour under another name
    expect(
      triggers(
        '2021-03-01',
        'ORDER: The initial pretrial conference is adjourned to March 30, 2021 at 3:00 p.m. Initial Conference set for 3/30/2021 at 03:00 PM before Judge Ann Roe.',
      ),
    ).toEqual([]);
    // an extension whose new day is stated and read
    expect(
      triggers(
        '2019-07-17',
        'ORDER: Defendants shall have an additional three weeks, until August 8, 2019, to file their answers.',
      ),
    ).toEqual([]);
    // a fraction is no day
    expect(triggers('2019-07-17', 'ORDER: costs are divided 1/2 to each side.')).toEqual([]);
  });
});
