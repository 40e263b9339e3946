/**
 * Round 4 (issue #14): legal forms found on the second real hold-out, each written as a rule of
 * the language and checked here on hand-written texts in several courts' styles (names fictional).
 */
import { describe, expect, it } from 'vitest';
import { classify } from './classify.ts';
import { analyzeEntry } from './index.ts';

const at = (dateFiled: string, text: string, court?: string) =>
  analyzeEntry({ number: null, dateFiled, text }, court ? { court } : {});

describe('kind follows the CM/ECF event name in other courts', () => {
  it.each([
    // orders under other event names
    ['RULING LETTER SENT granting motion to extend time to file brief [12] filed by Ms. Ana Ruiz.', 'order'],
    [
      'Received Order from the Supreme Court, dated 03/02/2021: The application for a stay is denied.',
      'order',
    ],
    ['Received copy of District Court order filed on 05/04/2019 dismissing the petition.', 'order'],
    [
      'Notice of Document Discrepancies and Order Thereon by Judge Ann Lee Rejecting Document: Letter.',
      'order',
    ],
    ['Writ of Habeas Corpus ad testificandum', 'order'],
    ['Writ of Execution', 'order'],
    ['Initial Order upon Filing of Complaint', 'order'],
    ['Order Setting Pretrial Conference', 'order'],
    ['Minute Order Setting Hearing', 'order'],
    ['Joint Status Report Order Form for Magistrate Judges', 'order'],
    ['3 - Terminate Hearings AND Scheduling Order', 'order'],
    // the clerk's and CM/ECF's notices
    ['**Terminate Deadlines and Hearings as to Luis Vega: Change of Plea Hearing CANCELED.', 'notice'],
    ['Electronic Summons Issued', 'notice'],
    ['Summons Issued as to Acme Corp.', 'notice'],
    ['LETTER BY CLERK that the record was sent to the Court of Appeals.', 'notice'],
    ['Certification of Compliance with Local Rule 9', 'notice'],
    ['Cert. of Interested Parties', 'notice'],
    ['Statement of Disclosure of Corporate Interests', 'notice'],
    ['RE-SET HEARING: Motion Hearing re-set for 4/2/2019 10:00 AM before Judge Kay Orr.', 'notice'],
    ['Set/Reset Motion and R&R Deadlines/Hearings', 'notice'],
    ['Set/Reset Motion Noting Date', 'notice'],
    ['Hearing (Bk Other) Continued', 'notice'],
    ['341(a) Notice (Chapter 13) (BNC)', 'notice'],
    ['Auto Summons and Notice of Status Conference', 'notice'],
    ['***FILED IN ERROR, DISREGARD***NOTICE of Appearance by Jo Park on behalf of Acme Corp.', 'notice'],
    ['NOTICE OF APPEAL of 31 RULING AND ORDER by Sam Holt.', 'notice'],
    // minutes a title states; parties' papers under bare event names
    ['Meeting of Creditors Held', 'minute_entry'],
    ['Meeting of Creditors Held and Concluded', 'minute_entry'],
    ['Brief', 'response'],
    ['Objection', 'response'],
    ['Supplemental - Opposing', 'response'],
    [
      'Appeal from the 20 Report and Recommendation of Magistrate Judge Eve Stone filed by Tom Pike.',
      'response',
    ],
    ['Ex Parte Application for Order', 'motion'],
    ['**SEALED DOCUMENT**Sealed Entry-Document re 40 MOTION to Compel by USA as to Ray Cole', 'motion'],
    ['RECEIVED Complaint and two copies by Dan Moss.', 'pleading'],
    ['Extension of Time', 'motion'],
    ['Terminate Pending Deadlines', 'notice'],
    // a court of appeals' decisions under the event name FILED … (9th Cir.); its other filings stay as they were
    [
      'FILED PER CURIAM OPINION (MICHAEL DALY HAWKINS, RONALD M. GOULD and RICHARD A. PAEZ) AFFIRMED IN PART; VACATED IN PART; REMANDED WITH INSTRUCTIONS. FILED AND ENTERED JUDGMENT. (RMM)',
      'opinion',
    ],
    ['FILED OPINION (SIDNEY R. THOMAS, Chief Judge) AFFIRMED. Judge Ikuta dissenting.', 'opinion'],
    ['FILED MEMORANDUM DISPOSITION (WALLACE TASHIMA and M. MARGARET MCKEOWN) AFFIRMED.', 'opinion'],
    ['FILED AND ENTERED JUDGMENT.', 'judgment'],
    ['Filed order (Deciding judges: A, B and C) The motion to expedite is GRANTED.', 'order'],
    ['Filed (ECF) notice of appearance of Ann Lee for Appellants.', 'notice'],
  ])('%s → %s', (text, kind) => {
    expect(classify(text).kind).toBe(kind);
  });
});

describe('an extension "by N days" is an amount of time, not a period from the order', () => {
  it.each([
    [
      'ca6',
      'RULING LETTER SENT granting motion to extend time to file brief by 30 days [20]. Appellee brief now due 05/01/2023.',
      ['2023-05-01'],
    ],
    [
      'ca4',
      'ORDER granting motion to extend filing time by 14 days [33]. Opening brief due 04/20/2023.',
      ['2023-04-20'],
    ],
  ])('%s', (court, text, due) => {
    expect(at('2023-03-20', text, court).deadlines.map((d) => d.dueDate)).toEqual(due);
  });
});

describe('dates the courts and CM/ECF print under names of their own', () => {
  it.each([
    [
      'alnb',
      '2019-03-04',
      'Chapter 7 Voluntary Petition Individual. Filed by Rita Oakes Section 316 Incomplete Filing Date 04/18/2019 Incomplete Filings due by 03/18/2019. (Lane, Bo) (Entered: 03/04/2019)',
      ['2019-03-18', '2019-04-18'],
    ],
    [
      'mowd',
      '2019-05-02',
      'Minute Entry for proceedings held before District Judge Ann Rowe: SENTENCING held on 5/2/2019 for Carl Dunn. Dft sentenced to 12 months. Self Surrender on June 3, 2019. (Court Reporter K. Lee) (Entered: 05/02/2019)',
      ['2019-06-03'],
    ],
    [
      'nvd',
      '2019-05-02',
      'MINUTES OF PROCEEDINGS - Sentencing held on 5/2/2019 as to Dale Ring. Defendant shall self-surrender by 12:00 noon on July 8, 2019.',
      ['2019-07-08'],
    ],
    [
      'ca1',
      '2020-03-02',
      'NOTICE issued. After 03/16/2020, the following attorney will no longer receive notice of court issued documents in this case unless they register for an appellate ECF account: Mia Cole for Town of Hale. [20-1100] (RJ) [Entered: 03/02/2020 04:10 PM]',
      ['2020-03-16'],
    ],
    [
      'dcd',
      '2009-05-15',
      'RETURN OF SERVICE/AFFIDAVIT of Summons and Complaint Executed as to DEPARTMENT OF STATE served on 1/20/2009, answer due 3/23/2009. (Ames, Rob)',
      ['2009-03-23'],
    ],
    [
      'cand',
      '2018-02-05',
      "CLERK'S NOTICE re completion of In Forma Pauperis application or payment of filing fee due within 28 days. (ab, COURT STAFF) (Filed on 2/5/2018) (Entered: 02/06/2018)",
      ['2018-03-05'],
    ],
    [
      'wawd',
      '2018-02-05',
      'NOTICE OF FILING OF OFFICIAL TRANSCRIPT of Status Conference held on 1/10/2018 before Judge Ivy Lo. Parties have seven (7) calendar days to file with the court a Notice of Intent to Request Redaction of this transcript. Release of Transcript Restriction set for 5/7/2018, (SG) (Entered: 02/06/2018)',
      ['2018-02-12'],
    ],
    [
      'hid',
      '2004-06-23',
      'EP: MINUTES: Arraignment held. Plea of NOT GUILTY entered. Motions due 7-14-04 Response due 7-28-04 Bail to continue.',
      ['2004-07-14', '2004-07-28'],
    ],
  ])('%s', (court, filed, text, due) => {
    const a = at(filed, text, court);
    expect(a.deadlines.map((d) => d.dueDate).sort()).toEqual(due);
  });

  it('a two-digit year with hyphens is a date only near the entry (never a case number)', () => {
    expect(at('2019-01-07', 'ORDER: Reply due 1-28-19.', 'nysd').deadlines.map((d) => d.dueDate)).toEqual([
      '2019-01-28',
    ]);
    expect(at('2019-01-07', 'ORDER: Reply due 1-28-09.', 'nysd').deadlines.map((d) => d.dueDate)).toEqual([]);
  });

  it('a clerk’s edit stamps are not deadlines (D. Utah, N.D. Ill.)', () => {
    for (const text of [
      'MEMORANDUM in Opposition re 40 MOTION to Suppress filed by USA. (ce) Modified by unsealing docket entry per order 55 on 10/26/2019 (rak).',
      'RECEIVED Complaint and no copies by Ray Oates. (kp, ) (Additional attachment(s) added on 4/20/2020: # 1 envelope) (las, ).',
    ])
      expect(at('2019-10-20', text).deadlines).toEqual([]);
  });

  it('"at 9:00 a.m. Defendant to file … by D" starts a new sentence (S.D. Cal.)', () => {
    const a = at(
      '2012-12-04',
      'ORDER granting 65 Joint Motion to Continue. The sentencing hearing currently scheduled for December 7, 2012, be vacated and rescheduled to February 8, 2013, at 9:00 a.m. Defendant to file Acknowledgment of Next Court Date by December 7, 2012.',
      'casd',
    );
    expect(a.deadlines.map((d) => [d.dueDate, d.change])).toEqual([['2012-12-07', 'set']]);
  });

  it('an hour without a.m./p.m. from one to six is the afternoon (D. Haw.)', () => {
    const a = at(
      '2004-06-17',
      'PS issued as to Jo Kim; arraignment set for 3:00 6/23/04 before Mag Judge Lee.',
      'hid',
    );
    expect(a.hearings.map((h) => [h.date, h.time])).toEqual([['2004-06-23', '15:00']]);
  });
});

describe('hearing lifecycles stated by titles and in other words', () => {
  it.each([
    ['Hearing (Bk Other) Continued', 'cancelled', null],
    ['Hearing Continued (Courtroom)', 'cancelled', null],
    ['Notice of Continued Hearing', 'cancelled', null],
    ['Notice canceling hearing', 'cancelled', null],
    ['Meeting of Creditors Held', 'held', '2017-03-08'],
  ])('%s', (text, change, date) => {
    expect(at('2017-03-08', text).hearings.map((h) => [h.change, h.date])).toEqual([[change, date]]);
  });

  it('"All future hearings and deadlines are stricken" takes every setting off (N.D. Ill.)', () => {
    const a = at(
      '2017-05-05',
      'MINUTE entry before the Honorable Ann Cole: this case is dismissed with prejudice. All future hearings and deadlines are stricken. Civil case terminated.',
      'ilnd',
    );
    expect(a.hearings.map((h) => [h.change, h.date])).toEqual([['cancelled', null]]);
  });

  it('a condition ("If … is filed, the status hearing will be stricken") changes nothing (N.D. Ill.)', () => {
    const a = at(
      '2017-04-12',
      'MINUTE entry before the Honorable Lee Park: the status hearing set for 4/19/17 is stricken and reset to 5/18/17 at 9:15 a.m. If a stipulation of dismissal is filed prior to that date, the status hearing will be stricken and no appearance will be necessary.',
      'ilnd',
    );
    expect(a.hearings.map((h) => [h.change, h.date]).sort()).toEqual([
      ['cancelled', '2017-04-19'],
      ['reset', '2017-05-18'],
    ]);
  });

  it('a motion "taken under submission" takes its hearing off (C.D. Cal.)', () => {
    const a = at(
      '2006-06-01',
      "MINUTES: The parties are advised that defendant's motion to dismiss, scheduled for hearing on 6/12/06, is taken under submission. Accordingly, the hearing date is vacated.",
      'cacd',
    );
    expect(a.hearings.map((h) => [h.change, h.date])).toEqual([['cancelled', '2006-06-12']]);
  });

  it('granting a motion to continue "the D Motion Hearing" takes D off and sets the new day (D. Mass.)', () => {
    const a = at(
      '2018-02-06',
      'ELECTRONIC ORDER entered granting 28 Motion to Continue the 2/7/2018 Motion Hearing. Hearing continued to 3/6/2018 at 11:30 A.M.',
      'mad',
    );
    expect(a.hearings.map((h) => [h.change, h.date]).sort()).toEqual([
      ['cancelled', '2018-02-07'],
      ['reset', '2018-03-06'],
    ]);
  });

  it('"motions will not be heard on D" takes off each noticed hearing it corrects (E.D. Va.)', () => {
    const a = at(
      '2019-08-09',
      'Notice of Correction re 34 Notice of Hearing Date, 37 Notice of Hearing Date. The filing user has been notified that motions will not be heard on (8/30/2019).',
      'vaed',
    );
    expect(a.hearings.map((h) => [h.change, h.date])).toEqual([
      ['cancelled', '2019-08-30'],
      ['cancelled', '2019-08-30'],
    ]);
  });

  it('a hearing set in a notice of adjournment is moved there (S.D.N.Y. Bankr.)', () => {
    const a = at(
      '2022-12-07',
      'Notice of Adjournment of Hearing re: Motion to Dismiss Case. Further hearing on 2016(b) Statement to be held 2/22/2023 at 09:00 AM at Videoconference.',
      'nysb',
    );
    expect(a.hearings.map((h) => [h.change, h.date])).toEqual([['reset', '2023-02-22']]);
  });
});

describe('hearings in minutes that list, dispose and restate', () => {
  it('"NOUN on D is Cancelled": the day between the event and the verb (E.D. Mich., D. Kan.)', () => {
    for (const [court, text] of [
      ['mied', 'TEXT-ONLY NOTICE: Settlement conference on 5/26/15 is Cancelled re [22] Notice to Appear.'],
      ['ksd', 'NOTICE: Status Conference on 5/26/2015 has been cancelled.'],
    ] as const)
      expect(at('2015-04-21', text, court).hearings.map((h) => [h.change, h.date])).toEqual([
        ['cancelled', '2015-05-26'],
      ]);
  });

  it('two proceedings held the same day are two (W.D. Mo.)', () => {
    const a = at(
      '2008-04-07',
      'Minute Entry of INITIAL APPEARANCE and ARRAIGNMENT held before Magistrate Judge Ann Fox as to Lee Dunn (1) Count 1-2 held on 4/7/2008, INITIAL APPEARANCE as to Lee Dunn held on 4/7/2008.',
      'mowd',
    );
    expect(a.hearings.map((h) => [h.type, h.change, h.date]).sort()).toEqual([
      ['arraignment', 'held', '2008-04-07'],
      ['initial_appearance', 'held', '2008-04-07'],
    ]);
  });

  it('minutes listing the new dates of a stipulated continuance move each event (D. Haw.)', () => {
    const a = at(
      '2004-07-16',
      'EO: MINUTES: A Stipulation to Continue Trial, Final PreTrial Conference Dates and Motions Deadline will be submitted for Court Approval. New Dates are listed as follows: Jury Selection/Jury Trial-October 19, 2004 @9:00 a.m. before Judge Orr Final PreTrial Conference-September 20, 2004 @l0:00 a.m. before Judge Kim',
      'hid',
    );
    expect(a.hearings.map((h) => [h.type, h.change, h.date, h.time]).sort()).toEqual([
      ['final_pretrial_conference', 'reset', '2004-09-20', '10:00'],
      ['jury_selection_jury_trial', 'reset', '2004-10-19', '09:00'],
    ]);
  });

  it('a stipulation continuing the trial moves the trial, and sets the pretrial conference (D. Haw.)', () => {
    const a = at(
      '2004-09-28',
      'STIPULATION continuing trial date and excluding time; and order by Judge Ann Orr ; jury trial set for 9:00 1/25/05 ; pretrial conference set for 10:00 12/27/04',
      'hid',
    );
    expect(a.hearings.map((h) => [h.change, h.date, h.time]).sort()).toEqual([
      ['reset', '2005-01-25', '09:00'],
      ['set', '2004-12-27', '10:00'],
    ]);
  });

  it('minutes disposing of each motion: continued to a day, taken under advisement (D. Haw.)', () => {
    const a = at(
      '2005-01-18',
      "EP: MINUTES: Defendant's Motion to Suppress Evidence-CONTINUED to 2/18/2005 @900amKSC. Arguments heard. Defendant's Motion to Dismiss No. 2- TAKEN UNDER ADVISEMENT.",
      'hid',
    );
    expect(a.hearings.map((h) => [h.change, h.date, h.time]).sort()).toEqual([
      ['held', '2005-01-18', null],
      ['reset', '2005-02-18', '09:00'],
    ]);
  });

  it('papers that restate the next setting (S.D. Cal., J.P.M.L.)', () => {
    expect(
      at(
        '2011-04-07',
        'Acknowledgment of next court date by defendant Raul Ortiz to appear on June 10, 2011. (Attachments: # 1 Proof of Service)(Lee, Ann) (Entered: 04/07/2011)',
        'casd',
      ).hearings.map((h) => [h.change, h.date]),
    ).toEqual([['set', '2011-06-10']]);
    expect(
      at(
        '2010-05-26',
        'HEARING APPEARANCE -- (re: pldg. 3 ) (For Panel hearing on May 27, 2010 in Chicago, Illinois) JO ROE, ESQ. for Acme, Inc. (rh)',
        'jpml',
      ).hearings.map((h) => [h.type, h.change, h.date]),
    ).toEqual([['panel_hearing', 'set', '2010-05-27']]);
  });
});

describe('stays, injunctions and periods in other words', () => {
  it('"stayed for 30 days, until D, so that they may submit …": the stay’s last day, no deadline (E.D. Tex.)', () => {
    const a = at(
      '2016-02-08',
      'ORDER granting [31] Motion to Stay. All unreached deadlines as between Plaintiff and Defendant Acme, Inc. are stayed for 30 days, until 3-04-2016, so that they may submit appropriate dismissal papers.',
      'txed',
    );
    expect(a.deadlines).toEqual([]);
    expect(a.stays.map((s) => [s.action, s.expires])).toEqual([['granted', '2016-03-04']]);
  });

  it('"stayed until D, by which date the parties shall file …" still sets the filing (S.D.N.Y.)', () => {
    const a = at(
      '2020-03-02',
      'ORDER: This action is stayed until June 1, 2020, by which date the parties shall file a joint status letter.',
      'nysd',
    );
    expect(a.deadlines.map((d) => d.dueDate)).toEqual(['2020-06-01']);
  });

  it('"further stayed until D" extends the stay (E.D. Tex.)', () => {
    const a = at(
      '2016-03-09',
      'ORDER granting in part [71] Motion to Stay. All unreached deadlines between Plaintiff and Defendant Zeta Corp. are further stayed until 3-21-2016.',
      'txed',
    );
    expect(a.stays.map((s) => [s.action, s.expires])).toEqual([['extended', '2016-03-21']]);
  });

  it('a bare "Order on Motion to Lift Stay" lifts nothing: the outcome is not in the text', () => {
    const a = at('2017-12-19', 'Order on Motion to Lift Stay');
    expect(a.stays).toEqual([]);
    expect(a.needsReview?.length).toBeGreaterThan(0);
    expect(
      at('2017-12-19', 'ORDER granting [40] Motion to Lift Stay.', 'dcd').stays.map((s) => s.action),
    ).toEqual(['lifted']);
  });

  it('"temporarily enjoined" is a temporary restraint (D.N.J.)', () => {
    const a = at(
      '2018-02-02',
      'ORDER that Respondents are temporarily enjoined and prohibited from removing all named Petitioners from the United States until further Order of this Court.',
      'njd',
    );
    expect(a.injunctions.map((j) => [j.type, j.action])).toEqual([['TRO', 'granted']]);
  });

  it('staying "the District Court order modifying the preliminary injunction" does not modify it (9th Cir.)', () => {
    const a = at(
      '2017-07-19',
      'Received Order from the Supreme Court: The District Court order modifying the preliminary injunction with respect to refugees is stayed pending resolution of the appeal.',
      'ca9',
    );
    expect(a.kind).toBe('order');
    expect(a.injunctions).toEqual([]);
    // What is stayed is an order on the injunction, not proceedings: no stay of its own (the
    // appellate reader, tracker/appeals.ts, reads it as a stay in part pending appeal).
    expect(a.stays).toEqual([]);
  });

  it('"following <event>, proof … is to be filed within ten days" runs from that event (S.D.N.Y.)', () => {
    const a = at(
      '2003-11-13',
      'ORDER, plaintiffs are directed to submit a revised proposed notice to the court within ten days; following the six week publication period, proof of service is to be filed within ten days with the Clerk of the court.',
      'nysd',
    );
    expect(a.deadlines.map((d) => [d.dueDate, d.basis])).toEqual([
      ['2003-11-24', 'period_in_text'],
      [null, 'event_triggered'],
    ]);
  });

  it('clerks’ abbreviations in minutes: JS/JT, FPT, with a plea entered held that day (D. Haw.)', () => {
    const a = at(
      '2004-06-23',
      'EP: MINUTES: A & P to the Indictment - deft present on bail. Plea of NOT GUILTY entered. Dates given: JS/JT 8-17-04 @ 9 a.m. DAE FPT 7-26-04 @ 10 a.m. KSC',
      'hid',
    );
    expect(a.hearings.map((h) => [h.change, h.date, h.time]).sort()).toEqual([
      ['held', '2004-06-23', null],
      ['set', '2004-07-26', '10:00'],
      ['set', '2004-08-17', '09:00'],
    ]);
  });

  it('CM/ECF repeating a move the minutes state is one hearing (D. Haw.)', () => {
    const a = at(
      '2004-11-22',
      'EO: MINUTES: Final Pretrial Conference set for 02/22/2005 10:00 AM is moved to 02:00:00 PM before LEK. cc: all counsel ; final pretrial conf set for 2:00 2/22/05 by Judge Ann Orr',
      'hid',
    );
    expect(a.hearings.map((h) => [h.change, h.date, h.time])).toEqual([['reset', '2005-02-22', '14:00']]);
  });
});

describe('the net: titles that state a lifecycle are flagged when not read; the clerk’s record never', () => {
  it.each(['Sentencing (Supervised Release) Concluded', 'Status Conference Completed'])('%s', (text) => {
    const a = at('2017-03-08', text);
    if (a.hearings.length === 0) expect(a.needsReview?.length).toBeGreaterThan(0);
  });

  it('an exhibit list "from Non-Jury Trial held D1 - D2" is the record of a past trial (D. Neb.)', () => {
    const a = at(
      '2016-05-26',
      'EXHIBIT LIST as to defendant Jo Benz from Non-Jury Trial held 05/23/2016 - 05/25/2016. (CS)',
      'ned',
    );
    expect(a.hearings).toEqual([]);
    expect(a.needsReview ?? []).toEqual([]);
  });
});

describe('the net: a labeled date still to come in papers that propose nothing', () => {
  it('is flagged when not read (bankruptcy petitions, notices)', () => {
    const a = at(
      '2019-03-04',
      'Chapter 7 Voluntary Petition Individual. Filed by Rita Oakes Last Day to Oppose Discharge: 06/18/2019. (Lane, Bo)',
      'alnb',
    );
    // A date under the label "Last Day to …" is read as the deadline it names (sixth round, ninth session).
    expect(a.deadlines.map((d) => [d.what, d.dueDate])).toEqual([
      ['last Day to Oppose Discharge', '2019-06-18'],
    ]);
  });

  it('is not flagged in a motion, whose dates are proposals', () => {
    const a = at(
      '2019-03-04',
      'MOTION to Extend Time. Proposed Answer Date: 04/18/2019. filed by Acme Corp.',
      'nysd',
    );
    expect(a.needsReview ?? []).toEqual([]);
  });
});

describe('two more ways courts say it', () => {
  it('"The Court will hear oral argument on the motion on D at T" sets it (verb first)', () => {
    const a = at(
      '2019-02-01',
      'ORDER: The Court will hear oral argument on the motion on March 3, 2019 at 2:00 p.m.',
      'cand',
    );
    expect(a.hearings.map((h) => [h.type, h.change, h.date, h.time])).toEqual([
      ['oral_argument', 'set', '2019-03-03', '14:00'],
    ]);
  });

  it('a docket event marked "CANCELLED:" cancels the setting it names', () => {
    const a = at(
      '2019-02-01',
      'CANCELLED: Status Conference set for 3/4/2019 10:00 AM before Judge Ann Lee.',
      'txnd',
    );
    expect(a.hearings.map((h) => [h.change, h.date])).toEqual([['cancelled', '2019-03-04']]);
  });
});

describe('moves, stays and settings in plain orders', () => {
  it('"The trial date of D1 is continued to D2": D1 off, D2 set', () => {
    const a = at('2019-02-01', 'ORDER: The trial date of April 1, 2019 is continued to June 3, 2019.', 'ksd');
    expect(a.hearings.map((h) => [h.change, h.date]).sort()).toEqual([
      ['cancelled', '2019-04-01'],
      ['reset', '2019-06-03'],
    ]);
  });

  it('"continued to a date to be determined" takes the setting off, undated', () => {
    const a = at('2019-02-01', 'ORDER: The motion hearing is continued to a date to be determined.', 'ohsd');
    expect(a.hearings.map((h) => [h.change, h.date])).toEqual([['cancelled', null]]);
  });

  it('"ORDER staying case pending arbitration" grants a stay', () => {
    expect(
      at('2019-02-01', 'ORDER staying case pending arbitration.', 'cand').stays.map((s) => s.action),
    ).toEqual(['granted']);
  });

  it('"Change of Plea Hearing as to X set for D" is the clerk noticing a hearing', () => {
    const a = at(
      '2019-02-01',
      'Change of Plea Hearing as to John Roe set for 3/1/2019 10:00 AM in Courtroom 4 before Judge Lee.',
    );
    expect([a.kind, a.subtype]).toEqual(['notice', 'notice_of_hearing']);
    expect(a.hearings.map((h) => [h.change, h.date, h.time])).toEqual([['set', '2019-03-01', '10:00']]);
  });

  it('"Accordingly, the hearing date is vacated" refers back to the setting already read as off', () => {
    const a = at(
      '2006-06-01',
      "MINUTES: Plaintiff's motion, scheduled for hearing on 6/12/06, is taken under submission. Accordingly, the hearing date is vacated.",
      'cacd',
    );
    expect(a.hearings.map((h) => [h.change, h.date])).toEqual([['cancelled', '2006-06-12']]);
  });
});
