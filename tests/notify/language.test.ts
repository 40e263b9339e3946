import { describe, expect, it } from 'vitest';
import { groupAlerts, isCritical, reaches } from '../../src/notify/critical.ts';
import { escapeHtml, safeUrl } from '../../src/notify/escape.ts';
import { daysBetween, formatDate, paperOf, phrase } from '../../src/notify/language.ts';
import type { NotifyEvent, Recipient } from '../../src/notify/types.ts';
import {
  advocate,
  appearance,
  deadlineSet,
  entry,
  HAMAMA,
  hearingSet,
  legal,
  motionEntry,
  OTHER_CASE,
  orderEntry,
  proHacVice,
  stayExtended,
} from '../support/messages.ts';

const base = { case: HAMAMA, entry: null };

describe('escaping', () => {
  it('escapes every character that can open markup or end an attribute', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&\`</a>`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&#96;&lt;/a&gt;',
    );
  });
  it('lets only absolute http(s) URLs through as links', () => {
    expect(safeUrl('https://ecf.mied.uscourts.gov/doc1/1')).toBe('https://ecf.mied.uscourts.gov/doc1/1');
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,x',
      '/doc1/1',
      'http://u:p@h/',
    ]) {
      expect(safeUrl(bad)).toBeNull();
    }
  });
});

describe('plain language for advocates', () => {
  it('says what an extended removal stay means for the class', () => {
    expect(phrase(stayExtended, 'advocate').sentence).toBe(
      'The judge extended the stay: no one in the class can be deported before the stay ends on July 24, 2017. Order of July 11, 2017.',
    );
    expect(phrase(stayExtended, 'advocate').headline).toBe('Stay extended to July 24, 2017');
    expect(phrase(stayExtended, 'legal').sentence).toBe(
      'Stay (removal of class members) extended; in force through July 24, 2017 (was July 10, 2017).',
    );
  });

  const stay = (
    change: 'granted' | 'expanded' | 'lifted',
    what: string | null,
    expires: string | null,
    until: string | null = null,
  ): NotifyEvent => ({
    ...base,
    id: `s-${change}`,
    type: 'stay',
    change,
    what,
    expires,
    until,
    previousExpires: null,
  });

  it.each([
    [
      stay('granted', 'removal of petitioners', null, 'further_order'),
      'The judge granted a stay: none of the petitioners can be deported until further order of the court.',
    ],
    [
      stay('expanded', 'removal of all class members, including those detained in Ohio', '2017-08-01'),
      'The judge expanded the stay to cover more people: no one in the class can be deported before the stay ends on August 1, 2017.',
    ],
    [
      stay('lifted', 'removal of class members', null),
      'The judge lifted the stay: it no longer protects the class from deportation.',
    ],
    [
      stay('granted', 'discovery', '2017-09-01'),
      'The judge granted a stay: discovery is on hold through September 1, 2017.',
    ],
    [stay('lifted', 'proceedings', null), 'The judge lifted the stay: proceedings can go ahead again.'],
    [
      {
        ...base,
        id: 'x7',
        type: 'stay_expiring',
        what: 'removal of class members',
        expires: '2017-07-24',
        daysLeft: 7,
      },
      'The stay ends in 7 days, on July 24, 2017, unless the judge extends it. After that, people in the class could be deported.',
    ],
    [
      // Granted for named people alone: they, not the class, are who the end leaves unprotected.
      {
        ...base,
        id: 'x2',
        type: 'stay_expiring',
        what: 'stay of removal',
        expires: '2017-07-24',
        daysLeft: 2,
        forParties: ['Usama Hamama', 'Atheer Ali'],
      },
      'The stay ends in 2 days, on July 24, 2017, unless the judge extends it. After that, Usama Hamama and Atheer Ali could be deported.',
    ],
    [
      { ...base, id: 'x0', type: 'stay_expiring', what: 'proceedings', expires: '2017-07-24', daysLeft: 0 },
      'The stay ends today, on July 24, 2017, unless the judge extends it. It stays proceedings.',
    ],
    [
      {
        ...base,
        id: 'i1',
        type: 'injunction',
        injunction: 'preliminary_injunction',
        action: 'granted',
        until: null,
      },
      'The judge granted a preliminary injunction: a court order that must be obeyed while the case goes on.',
    ],
    [
      {
        ...base,
        id: 'i2',
        type: 'injunction',
        injunction: 'preliminary_injunction',
        action: 'vacated',
        until: null,
      },
      'The preliminary injunction was vacated: it no longer applies.',
    ],
    [
      {
        ...base,
        id: 'a1',
        type: 'appeal_ruling',
        outcome: 'reversed',
        court: 'ca6',
        ruling: 'the preliminary injunction',
      },
      'The Sixth Circuit overturned the preliminary injunction: it no longer stands.',
    ],
    [
      { ...base, id: 'a2', type: 'appeal_ruling', outcome: 'mandate_issued', court: 'ca6', ruling: null },
      'The Sixth Circuit issued its mandate: its decision now takes effect in the district court.',
    ],
    [
      deadlineSet,
      'New deadline: Response to the motion for preliminary injunction (ECF No. 77) (Respondents) is due July 17, 2017.',
    ],
    [
      {
        ...base,
        id: 'd2',
        type: 'deadline',
        change: 'moved',
        what: 'joint status report',
        party: null,
        dueDate: '2017-08-14',
        dueTime: '12:00',
        previousDue: '2017-08-07',
      },
      'A deadline moved: Joint status report is now due August 14, 2017 at 12:00 PM (it was August 7, 2017).',
    ],
    [
      {
        ...base,
        id: 'd3',
        type: 'deadline',
        change: 'vacated',
        what: 'joint status report',
        party: null,
        dueDate: null,
        dueTime: null,
        previousDue: '2017-08-07',
      },
      'A deadline was cancelled: Joint status report is no longer due on August 7, 2017.',
    ],
    [
      {
        ...base,
        id: 'm1',
        type: 'filing_missing',
        what: 'the list of detained class members',
        party: 'Respondents',
        dueDate: '2017-07-13',
      },
      'The list of detained class members (Respondents) was due by July 13, 2017, and it is not on the docket yet.',
    ],
    [hearingSet, 'The court scheduled a motion hearing for July 21, 2017 at 2:00 PM.'],
    [
      {
        ...base,
        id: 'h2',
        type: 'hearing',
        change: 'moved',
        hearing: 'status_conference',
        date: '2017-07-28',
        time: null,
        previousDate: '2017-07-21',
      },
      'The status conference moved from July 21, 2017 to July 28, 2017.',
    ],
    [
      {
        ...base,
        id: 'h3',
        type: 'hearing',
        change: 'cancelled',
        hearing: 'status_conference',
        date: '2017-07-21',
        time: null,
        previousDate: null,
      },
      'The status conference on July 21, 2017 was cancelled.',
    ],
  ] as [NotifyEvent, string][])('%#: %s', (event, sentence) => {
    expect(phrase(event, 'advocate').sentence).toBe(sentence);
  });

  it('tells maintainers what broke', () => {
    const down: NotifyEvent = {
      ...base,
      id: 'src1',
      type: 'source_down',
      source: 'mied docket report',
      since: '2017-07-11T06:00:00Z',
      detail: 'HTTP 503',
    };
    expect(phrase(down, 'maintainer').sentence).toContain(
      'could not be fetched since 2017-07-11T06:00:00Z: HTTP 503',
    );
    const layout: NotifyEvent = {
      ...base,
      id: 'src2',
      type: 'layout_changed',
      source: 'mied RSS feed',
      since: null,
      detail: 'no <item> elements',
    };
    expect(phrase(layout, 'maintainer').headline).toBe('Layout changed: mied RSS feed');
  });

  it('formats dates and counts days across months', () => {
    expect(formatDate('2017-07-04')).toBe('July 4, 2017');
    expect(daysBetween('2017-06-28', '2017-07-03')).toBe(5);
    expect(daysBetween('2017-07-03', '2017-07-03')).toBe(0);
  });
});

describe('what is critical', () => {
  const expiring = (daysLeft: number): NotifyEvent => ({
    ...base,
    id: `e${daysLeft}`,
    type: 'stay_expiring',
    what: null,
    expires: '2017-07-24',
    daysLeft,
  });
  it('sends stays, deadlines, missing filings, rulings changed on appeal at once; entries and hearings wait', () => {
    expect(isCritical(stayExtended)).toBe(true);
    expect(isCritical(deadlineSet)).toBe(true);
    expect(isCritical(expiring(7))).toBe(true);
    expect(isCritical(expiring(2))).toBe(true);
    expect(isCritical(expiring(0))).toBe(true);
    expect(isCritical(expiring(5))).toBe(false);
    expect(
      isCritical({ ...base, id: 'i', type: 'injunction', injunction: 'TRO', action: 'granted', until: null }),
    ).toBe(true);
    expect(
      isCritical({ ...base, id: 'i', type: 'injunction', injunction: 'TRO', action: 'denied', until: null }),
    ).toBe(false);
    expect(
      isCritical({
        ...base,
        id: 'a',
        type: 'appeal_ruling',
        outcome: 'affirmed',
        court: 'ca6',
        ruling: null,
      }),
    ).toBe(false);
    expect(
      isCritical({
        ...base,
        id: 'a',
        type: 'appeal_ruling',
        outcome: 'mandate_issued',
        court: 'ca6',
        ruling: null,
      }),
    ).toBe(true);
    expect(isCritical(orderEntry)).toBe(false);
    expect(isCritical(hearingSet)).toBe(false);
  });

  it('gives advocates orders, hearings, stays and deadlines only, and applies muted words', () => {
    expect(reaches(orderEntry, advocate)).toBe(true);
    expect(reaches(motionEntry, advocate)).toBe(false);
    expect(reaches(hearingSet, advocate)).toBe(true);
    expect(reaches(motionEntry, legal)).toBe(true);
    const muting: Recipient = { ...legal, filters: { mute: ['Pro Hac Vice', 'appearance'] } };
    expect(reaches(proHacVice, muting)).toBe(false);
    expect(reaches(appearance, muting)).toBe(false);
    expect(reaches(motionEntry, muting)).toBe(true);
    const including: Recipient = { ...legal, filters: { include: ['excess pages'] } };
    expect(reaches(motionEntry, including)).toBe(true);
    expect(reaches(appearance, including)).toBe(false);
    const onlyStays: Recipient = { ...legal, filters: { kinds: ['stay'] } };
    expect(reaches(stayExtended, onlyStays)).toBe(true);
    expect(reaches(deadlineSet, onlyStays)).toBe(false);
  });

  it('gives advocates the deadlines a judge set, not a local rule default, and tells them of an appeal', () => {
    const report = { ...deadlineSet, what: 'list of detained class members', party: null } as NotifyEvent;
    expect(reaches(report, advocate)).toBe(true);
    // Briefing and transcript deadlines are the lawyers' paperwork: the legal team's only.
    for (const what of ['response to [11]', 'reply brief', 'redaction request', 'redacted transcript']) {
      const paperwork = { ...deadlineSet, what } as NotifyEvent;
      expect(reaches(paperwork, advocate), what).toBe(false);
      expect(reaches(paperwork, legal), what).toBe(true);
    }
    const byRule = { ...report, setByCourt: false } as NotifyEvent;
    expect(reaches(byRule, advocate)).toBe(false);
    expect(reaches(byRule, legal)).toBe(true);
    const appeal = entry(
      'evt-entry-110',
      'notice_of_appeal',
      '110',
      'NOTICE OF APPEAL by Rebecca Adducci re [87] Order',
    );
    expect(reaches(appeal, advocate)).toBe(true);
  });

  it('sends source health to maintainers only', () => {
    const down: NotifyEvent = {
      ...base,
      id: 'src1',
      type: 'source_down',
      source: 'mied',
      since: null,
      detail: null,
    };
    const maintainer: Recipient = { ...legal, audience: 'maintainer' };
    expect(reaches(down, maintainer)).toBe(true);
    expect(reaches(down, legal)).toBe(false);
    expect(reaches(stayExtended, maintainer)).toBe(false);
  });

  it('groups the critical events of one case into one alert, once each', () => {
    const other: NotifyEvent = { ...deadlineSet, id: 'evt-other', case: OTHER_CASE };
    const groups = groupAlerts(legal, [stayExtended, motionEntry, deadlineSet, other, stayExtended]);
    expect(groups.map((g) => [g.case.docketNumber, g.events.map((e) => e.id)])).toEqual([
      ['2:17-cv-11910', ['evt-stay-87', 'evt-deadline-87-a']],
      ['1:18-cv-00401', ['evt-other']],
    ]);
  });
});

describe('a decision on two rulings', () => {
  const two: NotifyEvent = {
    ...base,
    id: 'two',
    type: 'appeal_ruling',
    outcome: 'vacated',
    court: 'ca6',
    ruling: 'the preliminary injunction of July 24, 2017 and the preliminary injunction of January 2, 2018',
    rulings: ['preliminary injunction of July 24, 2017', 'preliminary injunction of January 2, 2018'],
    pending: true,
  };
  const one: NotifyEvent = {
    ...two,
    id: 'one',
    ruling: 'the preliminary injunction of July 24, 2017',
    rulings: ['preliminary injunction of July 24, 2017'],
  };
  it('says they stay in force until the mandate, in the plural, in every language and to every reader', () => {
    const said = (e: NotifyEvent, audience: 'legal' | 'advocate', lang: 'en' | 'es' | 'ar' = 'en') =>
      phrase(e, audience, lang).sentence;
    expect(said(two, 'legal')).toMatch(/January 2, 2018 stay in force\./);
    expect(said(two, 'advocate')).toMatch(/until then they stay in force\./);
    expect(said(one, 'advocate')).toMatch(/until then it stays in force\./);
    expect(said(one, 'legal')).toMatch(/July 24, 2017 stays in force\./);
    expect(said(two, 'advocate', 'es')).toContain('siguen vigentes');
    expect(said(one, 'advocate', 'es')).toContain('sigue vigente');
    expect(said(two, 'advocate', 'ar')).toContain('تبقى الأحكام سارية');
    expect(said(one, 'advocate', 'ar')).toContain('يبقى الحكم ساريًا');
  });
});

describe('a brief named in a docket text', () => {
  it.each([
    ["Appellant's Brief filed by Appellant Rosa Vega. [26-1042]", 'appellant_brief'],
    ['APPELLEE BRIEF filed by Appellee Ames County.', 'appellee_brief'],
    ['REPLY BRIEF filed by Appellant.', 'reply_brief'],
  ])('%s is the paper', (text, paper) => {
    expect(paperOf('other', text)).toBe(paper);
  });

  it.each([
    "Appellant's brief due on or before 04/06/2026. [26-10577] (JD)",
    "Appellee's brief is due 05/06/2026.",
    'Reply brief due 21 days after service of the appellee’s brief.',
  ])('the clerk’s schedule line "%s" is no brief filed', (text) => {
    expect(paperOf('other', text)).toBeNull();
  });
});
