/**
 * Hand-written docket texts in several courts' styles (all names fictional): kinds, references,
 * deadlines, stays, injunctions and hearings, and what reading a docket in order adds.
 */
import { describe, expect, it } from 'vitest';
import { analyzeEntry, analyzeSequence } from './index.ts';
import { relatedEntries } from './refs.ts';

const at = (dateFiled: string, text: string, court?: string) =>
  analyzeEntry({ number: null, dateFiled, text }, court ? { court } : {});
const dates = (a: ReturnType<typeof at>) => a.deadlines.map((d) => d.dueDate);

describe('related entries', () => {
  it.each([
    ['ORDER GRANTING [9] Emergency MOTION. (Attachments: # 1 Appendix A, # 2 Exhibit) (ab)', [9]],
    ['RESPONSE in Opposition re: 45 MOTION to Compel filed by Acme Inc.', [45]],
    ['OPINION AND ORDER granting (Dkt. 36) and ECF No. 307; see ECF 191, PgID 5359-60', [36, 307, 191]],
    ['MEMORANDUM in Support re 44 MOTION to Dismiss filed by Widget Co.', [44]],
    ['BRIEF in opposition to MOTION in Limine 35 by Attorney Pat Lee as to defendant(s) R. Roe.', [35]],
    ['PETITION filed. Fee: $ 400, receipt number 0645-6201455. 28 U.S.C. 2243; Fed. R. Civ. P. 12(a)(2)', []],
    ['MOTION to Dismiss by Acme Inc. (Attachments: # (1) Exhibit A) Courtroom 13B on 6/20/2017', []],
  ])('%s', (text, refs) => expect(relatedEntries(text)).toEqual(refs));

  // A four-digit year a paper is for is a date, not an entry: beside a month, after "FY" or a
  // quarter, after "for"/"of" — but a big docket's entry before a document's title is still one.
  it.each([
    ['COMPLIANCE REPORT for March 2030 by Defendants. (Hale, Rita) (Entered: 04/01/2030)', []],
    ["Defendants' Monthly Status Report, October 2031 by U.S. Dept. of Homeland Security re 41 Order", [41]],
    ['NOTICE of Filing Annual Report for FY 2031 by State of Nebraska re: 12 Consent Decree', [12]],
    ['Fifth REPORT of Monitor for the Third Quarter of 2030 by Monitor Lena Park (ECF No. 88)', [88]],
    ['Status Report for Calendar Year 2029 by Respondents', []],
    ['DECLARATION of Warden Ruiz regarding compliance, May of 2031 by Respondents re [7] Order', [7]],
    ['MEMORANDUM in Support of 2030 MOTION to Dismiss filed by Acme Corp.', [2030]],
  ])('a year is no entry: %s', (text, refs) => expect(relatedEntries(text)).toEqual(refs));
});

describe('kinds of ordinary entries, no spurious deadlines', () => {
  it.each([
    [
      'NOTICE of Appearance by Jane Smith on behalf of All Defendants (Smith, Jane) (Entered: 01/05/2021)',
      'notice',
    ],
    ['ATTORNEY Appearance for Plaintiff Kim Lee by Sam Ortiz (Ortiz, Sam)', 'notice'],
    [
      'MOTION for Leave to Appear Pro Hac Vice. Filing fee $ 200, receipt number ANYSDC-1234567. (Lee, J)',
      'motion',
    ],
    ['ANSWER to 1 Complaint with Jury Demand by Widget Co.(Roe, R) (Entered: 02/01/2021)', 'pleading'],
    [
      'Minute Entry for proceedings held before Judge Ann Kim: Status Conference held on 3/2/2021. (Court Reporter: P. Q.) (ak)',
      'minute_entry',
    ],
    [
      'STATUS REPORT (Joint) by Acme Inc., Widget Co. (Roe, R) Modified on 3/9/2021 to correct event (ak). (Entered: 03/08/2021)',
      'status_report',
    ],
    [
      'NOTICE OF APPEAL as to 43 Order on Motion for Preliminary Injunction by Acme Inc. Filing fee $ 505.',
      'notice',
    ],
    ['TRANSCRIPT of Proceedings held on 2/2/2021 before Judge X. Y. (pl)', 'transcript'],
    [
      'JUDGMENT in favor of Widget Co. against Acme Inc. Signed by Judge Ann Kim on 5/5/2021. (ak)',
      'judgment',
    ],
    ['Case assigned to Judge Ann Kim. (jd) (Entered: 01/02/2021)', 'other'],
  ])('%s', (text, kind) => {
    const a = at('2021-03-08', text);
    expect(a.kind).toBe(kind);
    expect(a.deadlines).toEqual([]);
  });
});

describe('deadlines', () => {
  it('reads court-set dates with clock times (E.D. Mich. text-only order)', () => {
    const a = at(
      '2017-06-16',
      'TEXT-ONLY ORDER: Respondents shall file a response to [12] Emergency MOTION for Stay on or before 12:00 PM on 6/20/2017. Petitioners may file a reply on or before 5:00 p.m. on June 20, 2017. Motion Hearing set for 6/21/2017 02:00 PM before District Judge Ann Kim. (ak)',
    );
    expect(a.deadlines.map((d) => [d.what, d.party, d.change, d.dueDate, d.dueTime])).toEqual([
      ['response to [12]', 'Respondents', 'set', '2017-06-20', '12:00'],
      ['reply in support of [12]', 'Petitioners', 'set', '2017-06-20', '17:00'],
    ]);
    expect(a.hearings).toMatchObject([
      { type: 'motion_hearing', change: 'set', date: '2017-06-21', time: '14:00' },
    ]);
  });
  it('computes periods from the order date through the calendar (rolling off holidays and weekends)', () => {
    const a = at(
      '2021-06-04',
      'ORDER: Defendants shall answer the Amended Complaint within fourteen (14) days of this Order. (ab)',
    );
    // 6/4 + 14 = Fri 6/18/2021, Juneteenth observed: the period runs to Monday.
    expect(a.deadlines[0]).toMatchObject({ change: 'set', basis: 'period_in_text', dueDate: '2021-06-21' });
    const b = at(
      '2021-06-05',
      'ORDER: Defendants shall file their reply within twenty-one (21) days of this Order. (ab)',
    );
    expect(b.deadlines[0]!.dueDate).toBe('2021-06-28');
  });
  it('leaves an event-triggered period without a date', () => {
    const a = at(
      '2021-06-04',
      'ORDER: Plaintiff shall file a reply within 7 days after service of the response. (ab)',
    );
    expect(a.deadlines[0]).toMatchObject({
      dueDate: null,
      basis: 'event_triggered',
      period: { n: 7, trigger: null },
    });
  });
  it('reads CM/ECF "due by" lists in a scheduling order (N.D. Tex. style)', () => {
    const a = at(
      '2021-05-10',
      'SCHEDULING ORDER: Amended Pleadings due by 6/1/2021. Discovery due by 9/30/2021. Dispositive Motions due by 10/29/2021. Jury Trial set for 1/24/2022 09:00 AM before Judge X. Signed by Judge X on 5/10/2021.',
    );
    expect(dates(a)).toEqual(['2021-06-01', '2021-09-30', '2021-10-29']);
    expect(a.hearings.map((h) => [h.type, h.date, h.time])).toEqual([['jury_trial', '2022-01-24', '09:00']]);
  });
  it('reads a minute order with a weekday in the date (D.D.C. style)', () => {
    const a = at(
      '2021-02-01',
      "MINUTE ORDER granting [15] plaintiff's consent motion for an extension of time. Plaintiff may file an amended complaint on or before Monday, March 1, 2021. Signed by Judge Alan B. Smith on 2/1/2021. (lcabs)",
    );
    expect(a).toMatchObject({ kind: 'order', disposition: 'granted', relatedEntries: [15] });
    expect(dates(a)).toEqual(['2021-03-01']);
  });
  it('treats dates in a motion as requests and in a bare stipulation as proposals', () => {
    const m = at(
      '2021-01-06',
      'Joint MOTION for Extension of Time to File Answer to 1/25/2021 by Acme Corp. (Roe, R)',
    );
    // A motion's requested date is no deadline until an order grants it.
    expect(m.deadlines).toEqual([]);
    expect(m.requested?.map((d) => [d.change, d.dueDate])).toEqual([['proposed', '2021-01-25']]);
    const s = at(
      '2021-01-06',
      'STIPULATION re briefing by Acme Corp., Widget Co. Opening brief due by 2/1/2021. (Roe, R)',
    );
    expect(s.deadlines[0]).toMatchObject({ change: 'proposed', basis: 'stipulation_pending_approval' });
  });
  it('reads the clerk-computed answer date on a returned summons, not the service date', () => {
    const a = at(
      '2021-01-06',
      'SUMMONS Returned Executed. Widget LLC served on 1/4/2021, answer due 1/25/2021. (Doe, J)',
    );
    expect(a.deadlines.map((d) => [d.basis, d.dueDate])).toEqual([['clerk_computed_in_text', '2021-01-25']]);
  });
  it('reads recurrences with their first occurrences', () => {
    const a = at(
      '2021-03-03',
      'ORDER: The parties shall file a joint status report every other Friday beginning March 12, 2021. (ab)',
    );
    expect(a.deadlines[0]).toMatchObject({ basis: 'recurring_period_in_text', dueDate: null });
    expect(a.deadlines[0]!.recurrence?.firstOccurrences).toEqual(['2021-03-12', '2021-03-26', '2021-04-09']);
  });
  it('gives an E.D. Mich. motion its local-rule response time, and none elsewhere', () => {
    const text = 'MOTION to Dismiss for Failure to State a Claim by Acme Corp. (Roe, R)';
    expect(at('2021-01-06', text, 'mied').deadlines[0]).toMatchObject({
      basis: 'local_rule_default',
      dueDate: '2021-01-27',
    });
    expect(at('2021-01-06', text, 'nysd').deadlines).toEqual([]);
    expect(
      at('2021-01-06', 'Emergency MOTION for Temporary Restraining Order by Acme Corp.', 'mied').deadlines,
    ).toEqual([]);
  });
  it('marks replies barred and deadlines vacated', () => {
    const a = at(
      '2021-04-01',
      'TEXT ORDER: Plaintiff shall respond to [30] by 4/8/2021. No reply will be permitted. (ab)',
    );
    expect(a.deadlines.map((d) => d.change)).toEqual(['set', 'barred']);
    const b = at(
      '2021-04-01',
      'MINUTE entry: this case is dismissed. All future hearings and deadlines are stricken. (ab)',
    );
    expect(b.deadlines).toMatchObject([{ change: 'vacated', dueDate: null }]);
  });
});

describe('stays, injunctions, hearings', () => {
  it('reads a stay with a period expiry, and the TRO it grants', () => {
    const a = at(
      '2021-06-22',
      'ORDER GRANTING [9] Emergency MOTION for Temporary Restraining Order and Stay of Removal. Respondents are STAYED from removing any Petitioner for fourteen (14) days from the date of this Order. Signed by District Judge Ann Kim. (ak)',
    );
    expect(a.stays).toMatchObject([{ action: 'granted', expires: '2021-07-06' }]);
    expect(a.injunctions).toMatchObject([{ type: 'TRO', action: 'granted' }]);
    expect(a.deadlines).toEqual([]);
  });
  it('reads stays of deadlines with a fixed end date (E.D. Tex. style)', () => {
    const a = at(
      '2016-03-01',
      'ORDER granting 25 Motion to Stay. All unreached deadlines are STAYED until and including Friday, April 1, 2016. Signed by Judge C. Wu on 3/1/2016. (abc, )',
    );
    expect(a.stays).toMatchObject([{ action: 'granted', expires: '2016-04-01' }]);
  });
  it('reads extension until further order, lifting, and denial of a motion to stay', () => {
    expect(
      at(
        '2021-07-21',
        'TEXT-ONLY ORDER: The stay entered at [20] shall remain in effect until further order of the Court. (ak)',
      ).stays,
    ).toMatchObject([{ action: 'extended', expires: null, until: 'further_order' }]);
    expect(
      at('2021-04-01', 'ORDER lifting stay. The stay entered on 3/1/2021 is LIFTED. (ak)').stays,
    ).toMatchObject([{ action: 'lifted' }]);
    const d = at(
      '2021-08-15',
      'ORDER DENYING [47] MOTION to Stay [43] Preliminary Injunction Pending Appeal. (ak)',
    );
    expect(d.stays).toMatchObject([{ action: 'denied' }]);
    expect(d.injunctions).toEqual([]);
    expect(
      at('2021-07-27', 'MOTION to Stay [43] Preliminary Injunction Pending Appeal by Acme Corp.').stays,
    ).toEqual([]);
  });
  it('reads injunctions granted and denied', () => {
    const g = at(
      '2021-07-24',
      "OPINION AND ORDER Granting Plaintiffs' [33] Motion for Preliminary Injunction. Defendants are ENJOINED from enforcing the rule pending further order of the Court. (ak)",
    );
    expect(g.injunctions).toMatchObject([
      { type: 'preliminary_injunction', action: 'granted', until: 'further_order' },
    ]);
    expect(g.injunctions[0]!.why).toMatchObject({ rule: 'injunction-granted' });
    expect(
      at('2021-04-01', 'ORDER denying 12 Motion for Preliminary Injunction. (rd)').injunctions,
    ).toMatchObject([{ action: 'denied' }]);
  });
  it('reads held, reset and cancelled hearings', () => {
    expect(
      at(
        '2021-06-21',
        'Minute Entry for proceedings held before Judge A. Kim: Motion Hearing held on 6/21/2021 re [9] MOTION. (ak)',
      ).hearings,
    ).toMatchObject([{ type: 'motion_hearing', change: 'held', date: '2021-06-21', re: [9] }]);
    expect(
      at(
        '2021-04-01',
        'NOTICE OF HEARING: Status Conference reset for 4/12/2021 at 10:30 AM in Courtroom 5. (xyz)',
      ).hearings,
    ).toMatchObject([{ change: 'reset', date: '2021-04-12', time: '10:30' }]);
    expect(
      at('2021-04-01', 'TEXT ORDER: The Status Conference set for 4/12/2021 is CANCELLED. (kq)').hearings,
    ).toMatchObject([{ change: 'cancelled' }]);
    expect(
      at(
        '2004-07-26',
        'STIPULATION continuing trial date and order by Judge S. Moll; jury trial set for 9:00 10/19/04 for J. Doe (bbb)',
      ).hearings,
    ).toMatchObject([{ type: 'jury_trial', date: '2004-10-19', time: '09:00' }]);
  });
});

describe('analyzeSequence', () => {
  const docket = [
    { number: '30', dateFiled: '2021-03-01', text: 'MOTION to Dismiss by All Defendants. (Roe, R)' },
    {
      number: null,
      id: 'order-1',
      dateFiled: '2021-03-02',
      text: 'TEXT-ONLY ORDER: Plaintiffs shall file a response to [30] MOTION to Dismiss by 3/29/2021. Defendants may file a reply by 4/5/2021. Motion Hearing set for 4/20/2021 10:00 AM. (ak)',
    },
    {
      number: null,
      dateFiled: '2021-03-02',
      text: 'Set Deadlines/Hearings: Response due by 3/29/2021. Reply due by 4/5/2021. Motion Hearing set for 4/20/2021 10:00 AM before Judge A. Kim. (ak)',
    },
    {
      number: '33',
      dateFiled: '2021-03-26',
      text: 'RESPONSE in Opposition re [30] MOTION to Dismiss filed by All Plaintiffs. (Lee, P)',
    },
    {
      number: '36',
      dateFiled: '2021-05-01',
      text: 'ORDER DENYING [30] MOTION to Dismiss. Signed by District Judge A. Kim. (ak)',
    },
  ];
  const r = analyzeSequence(docket, { court: 'mied' });
  it('extends or shortens a local-rule date when the court sets its own', () => {
    expect(r[0]!.deadlines[0]).toMatchObject({
      dueDate: '2021-03-22',
      basis: 'local_rule_default',
      party: 'Plaintiffs',
    });
    expect(r[1]!.deadlines[0]).toMatchObject({
      what: 'response to [30]',
      change: 'extended',
      previousDue: '2021-03-22',
    });
  });
  it('marks a clerk entry repeating the order as duplicates', () => {
    expect(r[2]!.deadlines.map((d) => d.change)).toEqual(['duplicate', 'duplicate']);
    expect(r[2]!.hearings.map((h) => h.change)).toEqual(['duplicate']);
  });
  it('matches a response to the obligation it meets', () => {
    expect(r[3]!.satisfies).toEqual([{ entry: 'order-1', what: 'response to [30]' }]);
  });
  it('does not moot a response already filed', () => {
    expect(r[4]!.deadlines).toEqual([]);
  });
});

describe('a reply to the response shows the response was filed', () => {
  const motion = {
    number: '548',
    dateFiled: '2019-05-02',
    text: 'MOTION for Release Pursuant to Order [490] by All Petitioners. (Doe, Jane) (Entered: 05/02/2019)',
  };
  it.each([
    'REPLY to Response re [548] MOTION for Release filed by All Petitioners. (Doe, Jane) (Entered: 05/13/2019)',
    'Reply to Opposition to [548] Motion for Release filed by Petitioners. (Doe, Jane)',
    "REPLY BRIEF to Respondents' Response re: [548] MOTION for Release filed by All Petitioners.",
  ])('%s', (text) => {
    const [, reply] = analyzeSequence([motion, { number: '554', dateFiled: '2019-05-13', text }], {
      court: 'mied',
    });
    expect(reply!.satisfies).toContainEqual({ entry: '548', what: 'response to [548]' });
  });
  it('a reply in support of the motion alone says nothing of the response', () => {
    const [, reply] = analyzeSequence(
      [
        motion,
        {
          number: '554',
          dateFiled: '2019-05-13',
          text: 'REPLY in Support of [548] MOTION for Release filed by All Petitioners.',
        },
      ],
      { court: 'mied' },
    );
    expect(reply!.satisfies.map((s) => s.what)).not.toContain('response to [548]');
  });
});

describe('bad input', () => {
  // Not a timed test (speed is measured in `npm run bench`): a pattern that backtracks
  // catastrophically on this text runs for hours, so the test's own time limit catches it on any
  // machine, however loaded, while a linear reading (about a second) passes.
  it('refuses a bad date and survives huge or hostile text', { timeout: 120_000 }, () => {
    expect(() => at('06/20/2017', 'ORDER')).toThrow(/YYYY-MM-DD/);
    const big = `ORDER: ${'Plaintiff shall file [1] within 14 days of this Order; '.repeat(4000)}${'('.repeat(5000)}`;
    const a = at('2021-01-01', big);
    expect(a.kind).toBe('order');
    expect(a.deadlines.length).toBeGreaterThan(0);
  });
});

describe('obligations met on the docket and off it', () => {
  const offDocket = (dateFiled: string, text: string) =>
    at(dateFiled, text).deadlines.map((d) => [d.what, d.dueDate, d.docketed ?? true]);

  it.each([
    // A filing is expected on the docket.
    [
      'ORDER. Defendants shall file a joint status report every thirty (30) days, beginning April 1, 2020.',
      true,
    ],
    ['ORDER: The parties shall file a joint status report on or before 5/1/2020. (lm)', true],
    ['Plaintiff shall file and serve an amended complaint within 14 days of this Order.', true],
    [
      'The Government shall submit a report to the Court every 60 days regarding the status of the review.',
      true,
    ],
    // Between the parties: a date to keep, never a docket entry.
    [
      'Respondents shall report to class counsel every other Monday, beginning 8/7/2017, on the files produced.',
      false,
    ],
    [
      "ORDER. The Government shall provide to Plaintiffs' counsel, every fourteen (14) days, a list of detainees transferred.",
      false,
    ],
    [
      'Defendants shall produce to counsel for Plaintiffs the administrative record within 30 days of this Order.',
      false,
    ],
    ['Defendants shall notify class counsel of any transfer within 48 hours.', false],
    ['Plaintiff shall serve the summons and complaint on Defendant by 4/10/2020.', false],
    ['The parties shall exchange initial disclosures on or before June 1, 2020.', false],
  ])('%s', (text, docketed) => {
    const found = offDocket('2020-03-02', text);
    expect(found.length, JSON.stringify(found)).toBeGreaterThan(0);
    for (const d of found) expect(d[2], String(d[0])).toBe(docketed);
  });

  it('names the thing delivered and to whom when the schedule comes between them', () => {
    const [d] = at(
      '2020-03-02',
      "The Government shall provide to Plaintiffs' counsel, every fourteen (14) days, a list of detainees transferred.",
    ).deadlines;
    expect(d).toMatchObject({
      what: "list of detainees transferred to Plaintiffs' counsel (recurring)",
      docketed: false,
      recurrence: { every: 14, unit: 'days' },
    });
  });

  it('one clause files, the next serves: each is read on its own', () => {
    const a = at(
      '2020-03-02',
      'Defendants shall file the certified list of the contents of the administrative record by 4/15/2020; Defendants shall produce the administrative record to Plaintiffs by 4/20/2020.',
    );
    expect(a.deadlines.map((d) => d.docketed ?? true)).toEqual([true, false]);
  });
});

describe('one act said twice: a heading, then the sentence that gives its day', () => {
  it.each([
    [
      'ded',
      'TEXT ORDER EXTENDING TEMPORARY RESTRAINING ORDER. Upon the parties’ stipulation, the Temporary Restraining Order [9] is EXTENDED through and including March 3, 2026. Ordered by Judge Ana Quillen on 2/17/2026.',
      { type: 'TRO', action: 'extended', until: '2026-03-03' },
    ],
    [
      'casd',
      'ORDER EXTENDING PRELIMINARY INJUNCTION. Having considered the joint status report [41], the preliminary injunction entered on January 5, 2026 [30] is hereby extended until June 30, 2026. IT IS SO ORDERED.',
      { type: 'preliminary_injunction', action: 'extended', until: '2026-06-30' },
    ],
  ])('%s: %s', (court, text, expected) => {
    const found = analyzeEntry({ number: '44', dateFiled: '2026-02-17', text }, { court }).injunctions;
    expect(found.map((f) => ({ type: f.type, action: f.action, until: f.until }))).toEqual([expected]);
  });

  it('a heading and a length: the length counts, no day is made up', () => {
    const found = analyzeEntry(
      {
        number: '51',
        dateFiled: '2026-02-17',
        text: 'ORDER EXTENDING TEMPORARY RESTRAINING ORDER. For good cause shown, the TRO [9] is extended for an additional fourteen (14) days.',
      },
      { court: 'ctd' },
    ).injunctions;
    expect(found).toMatchObject([
      { type: 'TRO', action: 'extended', until: null, extendBy: { n: 14, unit: 'days' } },
    ]);
  });
});

describe('an extension read from its own words; a signature written first', () => {
  it.each([
    [
      'wiwd',
      'ORDER signed by Judge Ana Quillen on 6/22/2027: For the reasons stated on the record, the court ADJOURNS the hearing to June 24, 2027 at 2:00 p.m. and EXTENDS the temporary restraining order (Dkt. No. 9) through the end of the day on July 2, 2027. (cc: all counsel)',
      { type: 'TRO', action: 'extended', until: '2027-07-02' },
    ],
    [
      'paed',
      'ORDER: The preliminary injunction hearing is CONTINUED to May 5, 2027, and the temporary restraining order [12] is EXTENDED until the close of business day on May 6, 2027. Signed by Judge Iris Tamm on 4/20/2027.',
      { type: 'TRO', action: 'extended', until: '2027-05-06' },
    ],
    [
      'ilcd',
      'TEXT ORDER signed by Judge Bram Ostrowski on 3/3/2027 GRANTING [5] Motion for Temporary Restraining Order. The temporary restraining order shall expire on March 17, 2027 at 5:00 p.m. unless extended.',
      { type: 'TRO', action: 'granted', until: '2027-03-17' },
    ],
  ])('%s: %s', (court, text, expected) => {
    const found = analyzeEntry({ number: '20', dateFiled: '2027-03-03', text }, { court }).injunctions;
    expect(found.map((f) => ({ type: f.type, action: f.action, until: f.until }))).toEqual([expected]);
  });
});

describe('a split disposition rules on each remedy; a motion denied as moot decides no relief', () => {
  const injunctions = (court: string, text: string) =>
    analyzeEntry({ number: '30', dateFiled: '2026-03-02', text }, { court }).injunctions.map((f) => [
      f.type,
      f.action,
    ]);

  it.each([
    [
      'casd',
      'ORDER granting in part and denying in part [6] Motion for Temporary Restraining Order and for Postponement of Effective Date. Under 5 U.S.C. § 705, the effective date of the Final Rule is POSTPONED pending conclusion of these proceedings. The request for a temporary restraining order is DENIED as moot.',
      [['agency_postponement', 'granted']],
    ],
    [
      'ded',
      'ORDER granting in part and denying in part [8] Motion for Temporary Restraining Order and Expedited Discovery. Plaintiffs may serve the limited expedited discovery described below. The request for a temporary restraining order is DENIED.',
      [['TRO', 'denied']],
    ],
  ])('%s: the remedy the order’s own words deny is not granted', (court, text, expected) => {
    expect(injunctions(court, text)).toEqual(expected);
  });

  it.each([
    [
      'flsb',
      'PAPERLESS ORDER denying as moot [3] Emergency Motion for Temporary Restraining Order in light of the Court’s Order [26].',
    ],
    [
      'nmd',
      'ORDER: Plaintiffs’ Motion for a Preliminary Injunction [12] is DENIED AS MOOT in light of the parties’ stipulation [40].',
    ],
  ])('%s: no injunction denied, granted or ended', (court, text) => {
    expect(injunctions(court, text)).toEqual([]);
  });
});

describe('relief that "shall dissolve" on a day: its term, never an end now', () => {
  const injunctions = (court: string, text: string) =>
    analyzeEntry({ number: '14', dateFiled: '2026-01-22', text }, { court }).injunctions.map((f) => [
      f.type,
      f.action,
      f.until,
    ]);

  it.each([
    [
      'flsb',
      'This Temporary Restraining Order shall dissolve by its own terms at 6:30 p.m. on February 5, 2026, unless extended.',
    ],
    ['casd', 'The TRO will automatically dissolve on February 5, 2026 absent further order.'],
  ])('%s: with the grant, the grant’s last day', (court, term) => {
    expect(
      injunctions(
        court,
        `ORDER granting [3] Motion for Temporary Restraining Order. Respondents are ENJOINED from transferring Petitioners. ${term}`,
      ),
    ).toEqual([['TRO', 'granted', '2026-02-05']]);
  });

  it('alone, nothing dissolved on the order’s day', () => {
    const found = injunctions(
      'ded',
      'TEXT ORDER: The Temporary Restraining Order [14] shall dissolve by its own terms at 6:30 p.m. on February 5, 2026 unless extended by further order.',
    );
    expect(found.filter(([, action]) => action === 'dissolved')).toEqual([]);
  });
});
