/**
 * Round 5 (issue #14): rules that follow the structure of CM/ECF docket text rather than one
 * court's event names, each checked on hand-written texts in several courts' styles (names fictional).
 */
import { describe, expect, it } from 'vitest';
import { classify } from './classify.ts';
import { analyzeEntry } from './index.ts';

describe('event names read by their families', () => {
  it.each([
    // a head word the rules do not list by name
    ['Memorandum & Opinion', 'opinion'],
    ['MEMORANDUM AND DECISION', 'opinion'],
    ['Amended Warrant for Arrest Warrant Returned Executed on 6/8/04. in case as to Ann Roe.', 'notice'],
    ['Writ of Garnishment as to Bank One Returned Unexecuted', 'notice'],
    ['Errata', 'notice'],
    ['Notice of Errata re [12] Brief by Acme Corp.', 'notice'],
    ['Letter of Deficiency: The Clerk has filed your new suit. Amended Pleadings due by 8/9/2018.', 'notice'],
    ['Pro Se (Faretta) Hearing', 'minute_entry'],
    ['APPEARANCE BOND ( $10,000.00 UNSECURED) posted by Ann Roe', 'other'],
    ['Bond', 'other'],
    ['MINUTES (IN CHAMBERS): ORDER by Judge Kay Orr: granting [13] Motion to Dismiss.', 'order'],
    // a feed's title that is a motion's relief, "Motion to" dropped (S.D.N.Y., E.D.N.Y. feeds)
    ['Appear Pro Hac Vice', 'motion'],
    ['Adjourn Conference', 'motion'],
    ['Compel', 'motion'],
    ['Withdraw as Attorney', 'motion'],
    ['Extension of Time to File Document', 'motion'],
    ['Leave to File Excess Pages', 'motion'],
    ['Strike Order FILED', 'order'],
    // feeds joining several events with AND: the court's act, then a motion, decides
    ['1 - Terminate Deadlines AND Order on Motion for Extension of Time to Complete Discovery', 'order'],
    [
      '12 - Terminate Deadlines and Hearings AND Order AND ~Util - Set Motion and R&R Deadlines/Hearings',
      'order',
    ],
    ['Conference AND Extension of Time to File Document', 'motion'],
    ['Seal Document AND Adjourn Conference', 'motion'],
    // a party's name before the event
    [
      "SEALED DOCUMENT Acme Corp.'s Opposition to Beta LLC's Motion to Compel [40] filed by Acme Corp.",
      'response',
    ],
    [
      "REDACTED DOCUMENT- Plaintiff States' Motion for Leave to File a Supplement by State of Ohio.",
      'motion',
    ],
    ["Clerk's Entry of Default as to Beta LLC", 'other'],
  ])('%s → %s', (text, kind) => {
    expect(classify(text).kind).toBe(kind);
  });
});

const at = (dateFiled: string, text: string) => analyzeEntry({ number: null, dateFiled, text });
const hearings = (dateFiled: string, text: string) =>
  at(dateFiled, text).hearings.map((h) => `${h.change}@${h.date ?? ''}${h.time ? ` ${h.time}` : ''}`);

describe('hearing lifecycles by the structure of the sentence', () => {
  it('the court vacating a setting verb first takes it off (C.D. Cal., N.D. Ga.)', () => {
    expect(
      hearings(
        '2006-05-09',
        "MINUTES: Plaintiff having complied with the court's order, the court vacates the order to show cause hearing set on 5/10/06. Judge Ann Roe :Court Reporter: Not present.",
      ),
    ).toEqual(['cancelled@2006-05-10']);
    expect(
      hearings(
        '2014-06-05',
        'ORDER by Judge Kay Orr: denying as moot [13] Motion to Dismiss Case and Vacating Hearing.',
      ),
    ).toEqual(['cancelled@']);
    expect(
      hearings(
        '2019-03-01',
        'ORDER striking the status conference scheduled for March 12, 2019. Signed by Judge B. Ng.',
      ),
    ).toEqual(['cancelled@2019-03-12']);
    // a request to vacate is no cancellation
    expect(
      hearings('2019-03-01', 'MOTION to vacate the status conference set for 3/12/2019 by Acme Corp.'),
    ).not.toContain('cancelled@2019-03-12');
  });
  it('a setting named as the one to adjourn is off when the entry moves the hearing (S.D.N.Y.)', () => {
    expect(
      hearings(
        '2021-02-23',
        'ORDER: Counsel moved the Court to adjourn the initial pretrial conference set for February 24, 2021. The motion is granted. The initial pre-trial conference is adjourned to March 30, 2021 at 3:00 p.m. Initial Conference set for 3/30/2021 at 03:00 PM before Judge Ann Roe.',
      ).sort(),
    ).toEqual(['cancelled@2021-02-24', 'reset@2021-03-30 15:00']);
  });
  it('a proceeding named as where something came from is not held again (D. Neb.)', () => {
    expect(
      hearings(
        '2016-12-22',
        'ORDER TO WITHDRAW EXHIBITS from Non-jury trial held 05/23/2016 as to Ann Roe. Ordered by Judge B. Ng.',
      ),
    ).toEqual([]);
  });
  it('minutes with a court reporter on the record are a proceeding held that day (D. Haw.)', () => {
    expect(
      hearings(
        '2005-01-28',
        "EP: MINUTES: Defendant's Motion to Dismiss. Defendant's Motion to Dismiss - DENIED; counsel present (Ct Rptr: Ann Roe) by Judge B. Ng",
      ),
    ).toEqual(['held@2005-01-28']);
  });
  it('titles: "Jury Trial - Voir Dire Begun"; a feed title "Terminate Deadlines and Hearings AND Order"', () => {
    expect(hearings('2013-09-09', 'Jury Trial - Voir Dire Begun')).toEqual(['held@2013-09-09']);
    expect(
      hearings(
        '2018-05-22',
        '1 - Terminate Deadlines and Hearings AND Order AND Order on Motion to Adjourn Conference',
      ),
    ).toEqual(['cancelled@']);
  });
});

describe('a noticed motion moved, and one day due for several things', () => {
  it('"Motion to X, currently set for D1, is continued to D2" moves the motion’s hearing (C.D. Cal., D. Md.)', () => {
    const a = at(
      '2014-07-16',
      'ORDER by Judge Kay Orr: Plaintiffs Motion to Amend Complaint, currently set for July 21, 2014, is continued to Friday, July 25, 2014 at 9:00 a.m.',
    );
    expect(a.deadlines).toEqual([]);
    expect(a.hearings.map((h) => `${h.change}@${h.date}`).sort()).toEqual([
      'cancelled@2014-07-21',
      'reset@2014-07-25',
    ]);
  });
  it('a day named due more often than findings carry it is flagged, not merged silently (S.D.N.Y., M.D. La.)', () => {
    const a = at(
      '2021-01-15',
      'WAIVER OF SERVICE RETURNED EXECUTED. Acme Cruises, LLC waiver sent on 1/15/2021, answer due 3/16/2021; Acme New York, LLC waiver sent on 1/15/2021, answer due 3/16/2021. Document filed by Ann Roe.',
    );
    // each defendant's answer is its own
    expect(a.deadlines.map((d) => [d.dueDate, d.party])).toEqual([
      ['2021-03-16', 'Acme Cruises, LLC'],
      ['2021-03-16', 'Acme New York, LLC'],
    ]);
    // and a day due twice that the reader takes as one is flagged
    const b = at(
      '2019-07-24',
      'ORDER: Plaintiff shall file a brief by 8/1/2019. Plaintiff shall file its brief by 8/1/2019.',
    );
    if (b.deadlines.length < 2) expect(b.needsReview?.map((f) => f.reason)).toContain('partly_read');
  });
});

describe('obligations and settings by the structure of the sentence', () => {
  const due = (dateFiled: string, text: string) => at(dateFiled, text).deadlines.map((d) => d.dueDate);
  it('any act a court orders done by a day is due, whatever the verb (D. Haw., M.D. La.)', () => {
    expect(
      due(
        '2004-06-10',
        'EP: MINUTES: Detention Hearing. The third party custodian must return the bail papers to the Clerk no later than: June 24, 2004.',
      ),
    ).toEqual(['2004-06-24']);
    expect(
      due(
        '2019-07-24',
        'ORDER: By Friday 7/26/2019, the Clerk of Court for the Parish of Ascension, State of Louisiana, shall file, in the conventional manner, a courtesy copy of the record.',
      ),
    ).toEqual(['2019-07-26']);
  });
  it('"shall be filed on D" is to come, not a past filing (S.D.N.Y.)', () => {
    expect(
      due(
        '2004-03-10',
        'ORDER: moving papers shall be filed on 3/19/2004; responses shall be filed by 5/14/2004.',
      ),
    ).toEqual(['2004-03-19', '2004-05-14']);
  });
  it('dates printed under labels: "DUE DATE OF X: D", "DATE AND TIME OF CONFERENCE: D at T" (S.D.N.Y.)', () => {
    const a = at(
      '2020-12-27',
      'NOTICE OF INITIAL PRETRIAL CONFERENCE: DUE DATE OF JOINT LETTER and PROPOSED CASE MANAGEMENT PLAN: February 17, 2021. DATE AND TIME OF CONFERENCE: February 24, 2021 at 4:00 p.m. The conference will be conducted by telephone.',
    );
    expect(a.deadlines.map((d) => d.dueDate)).toEqual(['2021-02-17']);
    expect(a.hearings.map((h) => `${h.change}@${h.date} ${h.time}`)).toEqual(['set@2021-02-24 16:00']);
  });
});

describe('more event families and sentence forms (hold-out 3, both folds)', () => {
  it.each([
    ['Pursuant to Local Rule 72.1, this case is hereby referred to the calendar of Judge Ann Roe.', 'order'],
    [
      'U.S. SUPREME COURT ORDER entered on 01/12/2018. The petition for a writ of certiorari was granted.',
      'order',
    ],
    [
      'U.S. SUPREME COURT NOTICE advising a petition for a writ of certiorari was filed on 09/27/2017.',
      'notice',
    ],
    ['ruling', 'order'],
    ['Amicus Curiae Appearance', 'notice'],
    ['Initial Appearance', 'minute_entry'],
    ['Argument acknowledgment filed by Attorney Ann Roe for Appellee USA.', 'notice'],
    ['DEMAND for Trial by Jury by Acme LLC.', 'notice'],
    ['Hearing (Document) Sched/Cont/Resched', 'notice'],
    [
      'REASSIGNED CASE - NOTICE OF NEW HEARING DATE: You are notified that the Court has scheduled a conference.',
      'notice',
    ],
    ['TRANSCRIPT ordered from Ann Roe, filed by Mr. Bo Li for Mr. Cy Po.', 'other'],
    ['WAIVER OF INDICTMENT as to Ann Roe.', 'other'],
    ['MEMORANDUM by Acme Party in support of motion for preliminary injunction 5', 'motion'],
    ['MEMORANDUM by Acme Party in opposition to motion to dismiss 7', 'response'],
    ['Letter from Ann Roe requesting that counsel be appointed', 'motion'],
    ['MEMORANDUM DECISION AND ORDER denying 69 Motion to Exclude', 'order'],
  ])('%s → %s', (text, kind) => {
    expect(classify(text).kind).toBe(kind);
  });

  it('hearings: set "the matter for a conference on D at T", "will be held Thursday, D", restated in an order, "the matter continued to D2" (D. Utah)', () => {
    expect(
      hearings(
        '2009-04-30',
        'Minute Entry for proceedings held before Judge Ann Roe: Status Conference held on 4/30/2009. Court set the matter for a status conference on 6/18/2009 at 09:00 AM. Government stated that they will provide all discovery by 6/18/09. Counsel waived presence at the hearing set for 6/18/09.',
      ),
    ).toEqual(['held@2009-04-30', 'set@2009-06-18 09:00']);
    expect(
      at(
        '2009-04-30',
        'Minute Entry for proceedings held before Judge Ann Roe: Status Conference held on 4/30/2009. Government stated that they will provide all discovery by 6/18/09.',
      ).deadlines,
    ).toEqual([]);
    expect(
      hearings(
        '2009-09-28',
        "ORDER denying 69 Motion. The evidentiary hearing to take Ms. Roe's testimony will be held Thursday, October 1, 2009, at 9:00 a.m.",
      ),
    ).toEqual(['set@2009-10-01 09:00']);
    expect(
      hearings('2009-09-21', 'DECORUM ORDER as to Ann Roe re: the Motion Hearing on September 25, 2009.'),
    ).toEqual(['set@2009-09-25']);
    expect(
      hearings(
        '2009-04-07',
        'ORDER granting 44 Motion to Continue. The hearing scheduled for April 8, 2009, is hereby stricken, and the matter continued to April 30, 2009, at 11:00 a.m.',
      ).sort(),
    ).toEqual(['cancelled@2009-04-08', 'reset@2009-04-30 11:00']);
  });

  it('deadlines: recurring "by D and at thirty day intervals thereafter"; "is due in 14 days" printed by CM/ECF; a cancelled entry sets nothing', () => {
    const r = at(
      '2019-12-10',
      'ORDER entered: The appellant is directed to file a status report by January 9, 2020 and at thirty day intervals thereafter.',
    ).deadlines;
    expect(
      r.map((d) => [d.dueDate, d.recurrence?.every, d.recurrence?.unit, d.recurrence?.firstDue]),
    ).toEqual([[null, 30, 'days', '2020-01-09']]);
    const t =
      'TRANSCRIPT ordered from Ann Roe, filed by Bo Li. Court reporter acknowledgement is due in 14 days.';
    expect(at('2022-09-07', t).deadlines.map((d) => d.dueDate)).toEqual(['2022-09-21']);
    expect(at('2022-09-07', `*** CANCELLED - SEE TRANSCRIPT ORDER AT #13 *** ${t}`).deadlines).toEqual([]);
  });

  it('"answer or otherwise plead" is no plea: an N.D. Ill. minute order records no proceeding', () => {
    expect(
      hearings(
        '2016-10-06',
        "MINUTE entry before the Honorable Ann Roe: Defendant's motion for an extension of time to answer or otherwise plead [7] is granted. Defendant's answer is due 11/1/16.",
      ),
    ).toEqual([]);
  });
});

describe('settings moved as a whole and calendared cases', () => {
  it('"Both motions have been continued from D1 to D2": each motion’s hearing off D1 and on D2 (D. Haw.)', () => {
    expect(
      hearings(
        '2004-12-27',
        'EO: MINUTES: Defendant’s Motion to Suppress Evidence Defendant’s Motion to Dismiss No. 2 Both motions have been continued from 01/03/2005 10:30:00 AM to 01/18/2005 09:00:00 AM before DAE.',
      ).sort(),
    ).toEqual([
      'cancelled@2005-01-03 10:30',
      'cancelled@2005-01-03 10:30',
      'reset@2005-01-18 09:00',
      'reset@2005-01-18 09:00',
    ]);
  });
  it('"CASE calendared: Tuesday, D Boston, MA Panel Courtroom" sets argument (1st Cir.)', () => {
    const a = at(
      '2016-08-03',
      'CASE calendared: Tuesday, 09/13/2016 Boston, MA Panel Courtroom. Designation form due 08/17/2016.',
    );
    expect(a.kind).toBe('notice');
    expect(a.hearings.map((h) => `${h.change}@${h.date}`)).toEqual(['set@2016-09-13']);
    expect(a.deadlines.map((d) => d.dueDate)).toEqual(['2016-08-17']);
  });
});
