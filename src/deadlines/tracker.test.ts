import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeShared, projectRoot, sharedDir } from '../../tests/support/shared.ts';
import { InputError } from '../errors.ts';
import { entryId, Tracker, UnknownRecordError } from './tracker.ts';
import type { Analysis, AnalyzeInput, DeadlineFinding } from './types.ts';

const NOW = () => new Date('2017-07-01T12:00:00Z');

function analysis(partial: Partial<Analysis>): Analysis {
  return {
    kind: 'order',
    subtype: null,
    disposition: null,
    relatedEntries: [],
    deadlines: [],
    stays: [],
    injunctions: [],
    hearings: [],
    satisfies: [],
    ...partial,
  };
}

function entry(number: string | null, dateFiled: string, text: string): AnalyzeInput {
  return { number, dateFiled, text };
}

const deadline = (d: Partial<DeadlineFinding> & Pick<DeadlineFinding, 'what'>): DeadlineFinding => ({
  party: null,
  change: 'set',
  dueDate: null,
  dueTime: null,
  basis: 'fixed_date_in_text',
  ...d,
});

describe('a ruling acts on the orders it names, by number and by date', () => {
  const granted = (n: string, day: string) => {
    return [
      entry(n, day, `ORDER granting preliminary injunction (${n}).`),
      analysis({
        injunctions: [{ type: 'preliminary_injunction', action: 'granted', until: 'further_order' }],
        deadlines:
          n === '10'
            ? [
                deadline({
                  what: 'status report (recurring)',
                  dueDate: null,
                  recurrence: { every: 14, unit: 'days', anchor: day },
                }),
              ]
            : [],
      }),
    ] as const;
  };
  const vacate = (text: string, related: number[] = []) =>
    [
      entry('40', '2018-12-21', text),
      analysis({
        kind: 'opinion',
        relatedEntries: related,
        injunctions: [{ type: 'preliminary_injunction', action: 'vacated', until: null }],
      }),
    ] as const;
  const tracker = () => {
    const t = new Tracker({ now: NOW });
    t.apply(...granted('10', '2017-07-24'));
    t.apply(...granted('20', '2018-01-02'));
    t.apply(...granted('30', '2018-11-20'));
    return t;
  };
  const states = (t: Tracker) => t.injunctions().map((i) => [i.grantedBy.entry, i.state]);

  it('by date ("of July 24, 2017", "the January 2, 2018 order"), not the latest of the kind', () => {
    const t = tracker();
    t.apply(
      ...vacate('The preliminary injunction of July 24, 2017 and the January 2, 2018 order are VACATED.'),
    );
    expect(states(t)).toEqual([
      ['10', 'vacated'],
      ['20', 'vacated'],
      ['30', 'in_force'],
    ]);
    // What the vacated order required falls with it.
    expect(t.deadlines().map((d) => [d.setBy.entry, d.state])).toEqual([['10', 'vacated']]);
    expect(t.posture('2018-12-22').next).toEqual([]);
  });

  it('by number, with or without brackets', () => {
    const t = tracker();
    t.apply(...vacate('The order 20 is VACATED.'));
    expect(states(t)).toEqual([
      ['10', 'in_force'],
      ['20', 'vacated'],
      ['30', 'in_force'],
    ]);
  });

  it('naming none among several, it changes nothing rather than guess', () => {
    const t = tracker();
    const events = t.apply(...vacate('The preliminary injunction is VACATED.'));
    expect(states(t).every(([, s]) => s === 'in_force')).toBe(true);
    expect(events.find((e) => e.type === 'injunction.vacated')).toMatchObject({ subject: null });
  });
});

/**
 * Hamama v. Adducci (E.D. Mich. 2:17-cv-11910) as the tracker sees it: the stay of removal granted
 * 6/22/2017 for 14 days, expanded 6/26, extended 7/6 to 7/24, superseded that day by the
 * preliminary injunction with reports every 14 days from 8/7 and a status conference 8/31.
 * Report entries after Dkt. 87 are this test's own (numbers and dates invented for the replay).
 */
function hamama() {
  const t = new Tracker({ court: 'mied', now: NOW });
  const log: string[] = [];
  const run = (e: AnalyzeInput, a: Analysis) => {
    const events = t.apply(e, a);
    log.push(...events.map((x) => x.type));
    return events;
  };
  return { t, log, run };
}

const STAY_ORDER = entry(
  '32',
  '2017-06-22',
  "OPINION AND ORDER Staying Removal of Petitioners Pending Court's Review of Jurisdiction.",
);
const EXPAND_ORDER = entry(
  '43',
  '2017-06-26',
  'OPINION & ORDER Granting Motion to Expand Order Staying Removal to Protect Nationwide Class (Dkt. 36).',
);
const EXTEND_ORDER = entry(
  '61',
  '2017-07-06',
  "ORDER Extending Stay of Enforcement of Removal Orders Pending Court's Review of Jurisdiction.",
);
const PI_ORDER = entry(
  '87',
  '2017-07-24',
  "OPINION & ORDER GRANTING PETITIONERS' MOTION FOR PRELIMINARY INJUNCTION (Dkt. 77).",
);
const REPORTS = {
  what: 'report to class counsel on file production and detention (recurring)',
  party: 'Respondents',
  basis: 'recurring_period_in_text' as const,
  recurrence: { every: 14, unit: 'days' as const, anchor: '2017-07-24', firstDue: '2017-08-07' },
};

describe('tracker: Hamama v. Adducci stay history', () => {
  it('grants, expands, extends and supersedes the stay of removal', () => {
    const { t, run } = hamama();
    const granted = run(
      STAY_ORDER,
      analysis({
        stays: [
          {
            action: 'granted',
            what: 'removal',
            expires: '2017-07-06',
            until: null,
            source: 'stayed for 14 days',
          },
        ],
      }),
    );
    expect(granted).toMatchObject([{ type: 'stay.granted', entry: '32', date: '2017-06-22' }]);
    expect(t.stays()[0]).toMatchObject({
      expires: '2017-07-06',
      state: 'in_force',
      grantedBy: { entry: '32', words: 'stayed for 14 days' },
    });

    const expanded = run(
      EXPAND_ORDER,
      analysis({
        stays: [
          {
            action: 'scope_expanded',
            what: 'removal of Iraqi nationals nationwide',
            expires: null,
            until: null,
          },
        ],
      }),
    );
    expect(expanded.map((e) => e.type)).toEqual(['stay.scope_expanded']);
    expect(t.stays()[0]).toMatchObject({
      what: 'removal of Iraqi nationals nationwide',
      expires: '2017-07-06',
    });

    const extended = run(
      EXTEND_ORDER,
      analysis({
        stays: [
          {
            action: 'extended',
            what: null,
            expires: '2017-07-24',
            until: null,
            previousExpires: '2017-07-10',
          },
        ],
      }),
    );
    // What the stay was is its own record's last day (here July 6: this expansion named none), not
    // a date the finding carries from another order (`previousExpires`).
    expect(extended).toMatchObject([
      { type: 'stay.extended', entry: '61', data: { expires: '2017-07-24', previousExpires: '2017-07-06' } },
    ]);
    expect(t.stays()[0]!.history.map((h) => [h.action, h.expires, h.previousExpires])).toEqual([
      ['granted', '2017-07-06', null],
      ['scope_expanded', '2017-07-06', '2017-07-06'],
      ['extended', '2017-07-24', '2017-07-06'],
    ]);
    expect(t.posture('2017-07-10').inForce.map((x) => x.summary)).toEqual([
      'Stay of removal of Iraqi nationals nationwide in effect until July 24, 2017',
    ]);

    const pi = run(
      PI_ORDER,
      analysis({
        stays: [{ action: 'superseded', what: 'stay of removal', expires: null, until: null }],
        injunctions: [{ type: 'preliminary_injunction', action: 'granted', until: 'further_order' }],
        deadlines: [deadline(REPORTS)],
        hearings: [{ type: 'status_conference', change: 'set', date: '2017-08-31', time: null }],
      }),
    );
    expect(pi.map((e) => e.type)).toEqual([
      'deadline.set',
      'stay.superseded',
      'injunction.granted',
      'hearing.set',
    ]);
    const [stay] = t.stays();
    const [injunction] = t.injunctions();
    expect(stay).toMatchObject({ state: 'superseded', supersededBy: injunction!.id });
    expect(t.posture('2017-07-25').inForce.map((x) => x.summary)).toEqual([
      'Preliminary injunction in effect since July 24, 2017 (until further order)',
    ]);
  });

  it('a scope expansion that names a new date also extends, with both events', () => {
    const { t, run } = hamama();
    run(
      STAY_ORDER,
      analysis({ stays: [{ action: 'granted', what: 'removal', expires: '2017-07-06', until: null }] }),
    );
    const events = run(
      EXPAND_ORDER,
      analysis({
        stays: [{ action: 'scope_expanded', what: 'removal nationwide', expires: '2017-07-10', until: null }],
      }),
    );
    expect(events.map((e) => e.type)).toEqual(['stay.scope_expanded', 'stay.extended']);
    expect(t.stays()[0]!.expires).toBe('2017-07-10');
  });

  it('recurring reports: occurrences rolled under 6(a), a missing report flagged, later ones satisfied', () => {
    const { t, run, log } = hamama();
    run(
      PI_ORDER,
      analysis({
        deadlines: [deadline(REPORTS)],
        injunctions: [{ type: 'preliminary_injunction', action: 'granted', until: 'further_order' }],
      }),
    );
    const d = t.deadlines()[0]!;
    expect(d.recurrence!.occurrences.slice(0, 1).map((o) => o.due)).toEqual(['2017-08-07']);
    expect(d.due).toBe('2017-08-07');

    const first = run(
      entry('95', '2017-08-07', 'STATUS REPORT by Respondents (pursuant to [87])'),
      analysis({
        kind: 'status_report',
        satisfies: [{ entry: '87', what: 'status report occurrence 1 (due 2017-08-07)' }],
      }),
    );
    expect(first).toMatchObject([{ type: 'deadline.satisfied', data: { occurrence: 1, late: false } }]);

    // Nothing filed for the 8/21 report; the replay reaches 8/22.
    const missing = t.advanceTo('2017-08-22');
    expect(missing).toMatchObject([
      {
        type: 'deadline.missing',
        entry: null,
        date: '2017-08-22',
        data: { occurrence: 2, due: '2017-08-21' },
      },
    ]);
    expect(t.advanceTo('2017-08-23')).toEqual([]); // flagged once

    // The third report, due Mon 9/4 (Labor Day) → Tue 9/5, arrives 9/5: it meets occurrence 3, not the missing one.
    const third = run(
      entry('104', '2017-09-05', 'STATUS REPORT (Third) by Respondents'),
      analysis({ kind: 'status_report', satisfies: [{ entry: '87', what: 'status report' }] }),
    );
    expect(third).toMatchObject([{ type: 'deadline.satisfied', data: { occurrence: 3, due: '2017-09-05' } }]);
    const occurrences = t.deadlines()[0]!.recurrence!.occurrences;
    expect(occurrences.slice(0, 4).map((o) => [o.nominal, o.due, o.state])).toEqual([
      ['2017-08-07', '2017-08-07', 'satisfied'],
      ['2017-08-21', '2017-08-21', 'missing'],
      ['2017-09-04', '2017-09-05', 'satisfied'],
      ['2017-09-18', '2017-09-18', 'open'],
    ]);
    const posture = t.posture('2017-09-06');
    expect(posture.missing).toEqual([{ id: d.id, what: REPORTS.what, due: '2017-08-21', occurrence: 2 }]);
    expect(posture.next[0]).toMatchObject({
      due: '2017-09-18',
      daysLeft: 12,
      status: 'upcoming',
      occurrence: 4,
    });
    expect(log.filter((x) => x === 'deadline.satisfied')).toHaveLength(2);
  });

  it('reports to class counsel: occurrences kept and shown as not docketed, their days pass, none is "missing"', () => {
    const { t, run } = hamama();
    run(
      PI_ORDER,
      analysis({
        deadlines: [deadline({ ...REPORTS, what: 'report to class counsel (recurring)', docketed: false })],
        injunctions: [{ type: 'preliminary_injunction', action: 'granted', until: 'further_order' }],
      }),
    );
    expect(t.advanceTo('2017-09-06')).toEqual([]);
    const d = t.deadlines()[0]!;
    expect(d.docketed).toBe(false);
    expect(d.recurrence!.occurrences.slice(0, 4).map((o) => [o.due, o.state])).toEqual([
      ['2017-08-07', 'passed'],
      ['2017-08-21', 'passed'],
      ['2017-09-05', 'passed'],
      ['2017-09-18', 'open'],
    ]);
    expect(d.due).toBe('2017-09-18');
    const posture = t.posture('2017-09-06');
    expect(posture.missing).toEqual([]);
    expect(posture.next[0]).toMatchObject({ due: '2017-09-18', occurrence: 4, docketed: false });
  });

  it('a stay left to run out expires, with an event', () => {
    const { t, run } = hamama();
    run(
      STAY_ORDER,
      analysis({ stays: [{ action: 'granted', what: 'removal', expires: '2017-07-06', until: null }] }),
    );
    expect(t.advanceTo('2017-07-06')).toEqual([]);
    expect(t.advanceTo('2017-07-07')).toMatchObject([{ type: 'stay.expired', subject: t.stays()[0]!.id }]);
    expect(t.posture('2017-07-07').inForce).toEqual([]);
  });
});

describeShared('tracker replay agrees with the Hamama timeline', () => {
  it('uses the timeline dates for Dkt. 32, 43, 61 and 87', () => {
    const timeline = JSON.parse(readFileSync(resolve(sharedDir, 'hamama/timeline.json'), 'utf8')) as {
      timeline: { date: string | null; entryNumber: number | null }[];
    };
    const dateOf = (n: number) => timeline.timeline.find((x) => x.entryNumber === n)?.date;
    for (const e of [STAY_ORDER, EXPAND_ORDER, EXTEND_ORDER, PI_ORDER])
      expect(dateOf(Number(e.number))).toBe(e.dateFiled);
  });
});

describe('tracker: deadlines from orders, stipulations and the clerk', () => {
  it("a clerk's Set Deadlines entry repeating the order is the same deadline", () => {
    const t = new Tracker({ now: NOW });
    const set = t.apply(
      entry(
        '31',
        '2017-07-06',
        'OPINION AND ORDER ... Respondents shall file their supplemental brief by 7/10/2017.',
      ),
      analysis({
        deadlines: [
          deadline({
            what: 'supplemental brief on jurisdiction',
            party: 'Respondents',
            dueDate: '2017-07-10',
          }),
        ],
        hearings: [{ type: 'motion_hearing', change: 'set', date: '2017-07-19', time: '14:00' }],
      }),
    );
    expect(set.map((e) => e.type)).toEqual(['deadline.set', 'hearing.set']);
    const dup = t.apply(
      entry(
        null,
        '2017-07-06',
        'Set Deadlines/Hearings: Supplemental Brief due by 7/10/2017. Motion Hearing set for 7/19/2017 02:00 PM.',
      ),
      analysis({
        kind: 'notice',
        deadlines: [
          deadline({
            what: 'supplemental brief on jurisdiction',
            change: 'duplicate',
            dueDate: '2017-07-10',
          }),
        ],
        hearings: [{ type: 'motion_hearing', change: 'duplicate', date: '2017-07-19', time: '14:00' }],
      }),
    );
    expect(dup).toEqual([]);
    expect(t.deadlines()).toHaveLength(1);
    expect(t.hearings()).toHaveLength(1);
    expect(t.deadlines()[0]!.repeatedBy[0]!.entry).toMatch(/^2017-07-06#[0-9a-f]+$/);
  });

  it('a stipulated schedule is proposed, then adopted by the order', () => {
    const t = new Tracker({ now: NOW });
    const proposed = t.apply(
      entry('27', '2017-06-30', 'STIPULATION Regarding Briefing Schedule'),
      analysis({
        kind: 'stipulation',
        deadlines: [
          deadline({
            what: 'response to supplemental brief',
            change: 'proposed',
            dueDate: '2017-07-17',
            basis: 'stipulation_pending_approval',
          }),
        ],
      }),
    );
    expect(proposed).toMatchObject([{ type: 'deadline.proposed' }]);
    expect(t.deadlines()[0]!.ordered).toBe(false);
    const adopted = t.apply(
      entry('31', '2017-07-06', 'OPINION AND ORDER'),
      analysis({ deadlines: [deadline({ what: 'response to supplemental brief', dueDate: '2017-07-17' })] }),
    );
    expect(adopted).toMatchObject([{ type: 'deadline.set', data: { adopted: true } }]);
    expect(t.deadlines()).toHaveLength(1);
    expect(t.deadlines()[0]!.ordered).toBe(true);
  });

  it('local-rule default, then extended by stipulated order, keeping history; then satisfied', () => {
    const t = new Tracker({ now: NOW });
    const set = t.apply(
      entry(
        '35',
        '2017-07-11',
        'MOTION to Dismiss for Lack of Subject-Matter Jurisdiction by All Respondents.',
      ),
      analysis({
        kind: 'motion',
        deadlines: [
          deadline({
            what: 'response to [35] (local-rule default)',
            party: 'Petitioners',
            basis: 'local_rule_default',
            period: { n: 21, unit: 'days', trigger: '2017-07-11' },
          }),
        ],
      }),
    );
    expect(set[0]).toMatchObject({ type: 'deadline.set', data: { due: '2017-08-01' } });
    const extended = t.apply(
      entry(
        '38',
        '2017-07-13',
        'STIPULATED ORDER extending time to file response to [35]. Responses due by 8/4/2017.',
      ),
      analysis({
        kind: 'stipulation',
        relatedEntries: [35],
        deadlines: [
          deadline({
            what: 'response to [35]',
            change: 'extended',
            dueDate: '2017-08-04',
            previousDue: '2017-08-01',
          }),
        ],
      }),
    );
    expect(extended).toMatchObject([
      { type: 'deadline.extended', data: { due: '2017-08-04', previousDue: '2017-08-01' } },
    ]);
    const d = t.deadlines()[0]!;
    expect(d.history.map((h) => [h.change, h.due, h.previousDue])).toEqual([
      ['set', '2017-08-01', null],
      ['extended', '2017-08-04', '2017-08-01'],
    ]);
    expect(t.posture('2017-08-02').next[0]).toMatchObject({
      due: '2017-08-04',
      daysLeft: 2,
      status: 'upcoming',
    });
    expect(t.posture('2017-08-04').next[0]).toMatchObject({ status: 'due', daysLeft: 0 });
    const filed = t.apply(
      entry('41', '2017-08-04', 'RESPONSE to [35] MOTION to Dismiss'),
      analysis({ kind: 'response', satisfies: [{ entry: '35', what: 'response to [35]' }] }),
    );
    expect(filed).toMatchObject([{ type: 'deadline.satisfied', subject: d.id, data: { late: false } }]);
    expect(t.advanceTo('2017-08-10')).toEqual([]);
  });

  it('shortened, barred and mooted deadlines; passed deadlines say so once', () => {
    const t = new Tracker({ now: NOW });
    t.apply(
      entry('47', '2017-07-27', 'MOTION to Stay [43] Preliminary Injunction Pending Appeal'),
      analysis({
        kind: 'motion',
        deadlines: [
          deadline({
            what: 'response to [47] (local-rule default)',
            basis: 'local_rule_default',
            period: { n: 14, unit: 'days', trigger: '2017-07-27' },
          }),
        ],
      }),
    );
    const shortened = t.apply(
      entry(
        null,
        '2017-07-28',
        'TEXT-ONLY ORDER: Petitioners shall file a response to [47] within seven (7) days. No reply will be permitted absent leave of Court.',
      ),
      analysis({
        relatedEntries: [47],
        deadlines: [
          deadline({
            what: 'response to [47]',
            change: 'shortened',
            basis: 'period_in_text',
            period: { n: 7, unit: 'days', trigger: '2017-07-28' },
          }),
          deadline({ what: 'reply in support of [47]', change: 'barred' }),
        ],
      }),
    );
    expect(shortened.map((e) => e.type)).toEqual(['deadline.shortened', 'deadline.barred']);
    expect(t.deadlines()[0]).toMatchObject({
      due: '2017-08-04',
      history: [{ due: '2017-08-10' }, { change: 'shortened', previousDue: '2017-08-10' }],
    });
    expect(t.advanceTo('2017-08-05')).toMatchObject([
      { type: 'deadline.passed', data: { due: '2017-08-04' } },
    ]);
    expect(t.advanceTo('2017-08-06')).toEqual([]);
    const mooted = t.apply(
      entry('55', '2017-08-15', 'ORDER DENYING [47] MOTION to Stay'),
      analysis({
        relatedEntries: [47, 43],
        deadlines: [deadline({ what: 'response to [47]', change: 'mooted' })],
        stays: [
          {
            action: 'denied',
            what: 'stay of the preliminary injunction pending appeal',
            expires: null,
            until: null,
          },
        ],
      }),
    );
    expect(mooted.map((e) => e.type)).toEqual(['deadline.mooted', 'stay.denied']);
    expect(t.deadlines()[0]!.state).toBe('mooted');
  });

  it('a fixed date in an order is not rolled, and is flagged when it falls on a weekend', () => {
    const t = new Tracker({ now: NOW });
    t.apply(
      entry('50', '2017-07-01', 'Brief due on or before Saturday, July 8, 2017.'),
      analysis({ deadlines: [deadline({ what: 'brief', dueDate: '2017-07-08' })] }),
    );
    expect(t.deadlines()[0]).toMatchObject({ due: '2017-07-08', dueInstant: '2017-07-09T04:00:00Z' });
    expect(t.deadlines()[0]!.warnings[0]).toMatch(/Saturday/);
  });

  it('a period from an order is computed by the calendar, and a disagreeing date is reported', () => {
    const t = new Tracker({ now: NOW });
    t.apply(
      entry('43', '2017-07-24', 'answer within thirty (30) days of this Order'),
      analysis({
        deadlines: [
          deadline({
            what: 'answer to [1] Petition',
            basis: 'period_in_text',
            dueDate: '2017-08-22',
            period: { n: 30, unit: 'days', trigger: '2017-07-24' },
          }),
        ],
      }),
    );
    expect(t.deadlines()[0]!.due).toBe('2017-08-23');
    expect(t.deadlines()[0]!.warnings[0]).toMatch(/2017-08-22/);
  });
});

describe('tracker: people, manual deadlines, bad input', () => {
  it('confirm and dismiss are audited; dismissed deadlines stop alerting', () => {
    const t = new Tracker({ now: NOW });
    t.apply(
      entry('9', '2017-06-16', 'order'),
      analysis({
        deadlines: [deadline({ what: 'response to [9]', dueDate: '2017-06-20', dueTime: '12:00' })],
      }),
    );
    t.apply(
      entry('10', '2017-06-16', 'order'),
      analysis({ deadlines: [deadline({ what: 'reply in support of [9]', dueDate: '2017-06-20' })] }),
    );
    const [a, b] = t.deadlines();
    expect(a!.dueInstant).toBe('2017-06-20T16:00:00Z');
    expect(t.confirm(a!.id, 'clerk@example.org')).toMatchObject({
      review: 'confirmed',
      audit: [{ action: 'confirmed', who: 'clerk@example.org', at: '2017-07-01T12:00:00.000Z' }],
    });
    t.dismiss(b!.id, 'clerk@example.org');
    expect(t.posture('2017-06-17').next.map((x) => x.id)).toEqual([a!.id]);
    expect(() => t.confirm('d999', 'x')).toThrow(UnknownRecordError);
    expect(() => t.confirm(a!.id, ' ')).toThrow(InputError);
  });

  it('manual deadlines: a fixed date or a computed period', () => {
    const t = new Tracker({ now: NOW });
    const { deadline: fixed, events } = t.addManual(
      { what: 'file joint status report', due: '2017-07-14' },
      'ann',
    );
    expect(events).toMatchObject([{ type: 'deadline.set', subject: fixed.id, data: { manual: true } }]);
    expect(fixed).toMatchObject({
      review: 'confirmed',
      basis: 'manual',
      audit: [{ action: 'added', who: 'ann' }],
    });
    const { deadline: period } = t.addManual(
      { what: 'serve notice', period: { n: 14, unit: 'days', from: '2026-06-19' } },
      'ann',
    );
    expect(period.due).toBe('2026-07-06');
    expect(() => t.addManual({ what: 'nothing' }, 'ann')).toThrow(InputError);
  });

  it('entry ids: number, own id, or date + text hash; bad dates are refused', () => {
    expect(entryId(entry('12', '2017-01-01', 'x'))).toBe('12');
    expect(entryId({ number: null, id: 'A03', dateFiled: '2017-01-01', text: 'x' })).toBe('A03');
    expect(entryId(entry(null, '2017-01-01', 'x'))).toBe(entryId(entry(null, '2017-01-01', 'x')));
    expect(entryId(entry(null, '2017-01-01', 'x'))).not.toBe(entryId(entry(null, '2017-01-01', 'y')));
    const t = new Tracker();
    expect(() => t.apply(entry('1', '06/22/2017', 'x'), analysis({}))).toThrow(InputError);
    expect(() => t.posture()).toThrow(InputError);
  });

  it('a filing that matches nothing is reported, not dropped', () => {
    const t = new Tracker();
    expect(
      t.apply(
        entry('5', '2017-01-05', 'RESPONSE'),
        analysis({ satisfies: [{ entry: '4', what: 'response to [4]' }] }),
      ),
    ).toMatchObject([{ type: 'filing.unmatched' }]);
  });
});

describe('docketwatch track (spawned, with the extractor)', () => {
  const fixture = resolve(projectRoot, 'src/deadlines/fixtures/replay-stay-to-injunction.jsonl');
  const run = (args: string[]) => {
    const r = spawnSync(process.execPath, [resolve(projectRoot, 'bin/docketwatch.js'), 'track', ...args], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it('replays a stay → extension → injunction docket and flags a missing report', () => {
    const r = run(['--input', fixture, '--as-of', '2019-05-03', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const events = lines.filter((l) => l.event).map((l) => l.event);
    const types = events.map((e: { type: string }) => e.type);
    expect(types).toEqual(
      expect.arrayContaining([
        'stay.granted',
        'stay.extended',
        'stay.superseded',
        'injunction.granted',
        'deadline.satisfied',
        'deadline.missing',
      ]),
    );
    expect(events.find((e: { type: string }) => e.type === 'stay.extended')).toMatchObject({
      entry: '9',
      data: { expires: '2019-04-03' },
    });
    expect(events.find((e: { type: string }) => e.type === 'deadline.missing')).toMatchObject({
      data: { due: '2019-05-01' },
    });
    // The clerk's Set Deadlines entry repeats the order's deadline: one record, no second deadline.set for it.
    expect(
      events.filter(
        (e: { type: string; data?: { due?: string } }) =>
          e.type === 'deadline.set' && e.data?.due === '2019-03-27',
      ),
    ).toHaveLength(1);
    const final = lines.at(-1).final;
    expect(final.asOf).toBe('2019-05-03');
    expect(final.posture.inForce.map((x: { summary: string }) => x.summary)).toEqual([
      'Preliminary injunction in effect since April 3, 2019 (until further order)',
    ]);
    expect(final.stays[0]).toMatchObject({ state: 'superseded', supersededBy: final.injunctions[0].id });
  });

  it('prints a readable table, and refuses a bad file', () => {
    const r = run(['--input', fixture, '--as-of', '2019-05-03']);
    expect(r.stdout).toMatch(/MISSING 2019-05-01/);
    expect(r.stdout).toMatch(/in force: Preliminary injunction/);
    const bad = run(['--input', resolve(projectRoot, 'package.json')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^docketwatch: .*package\.json:1: not JSON/);
  });
});

describe('the posture lists hearings soonest first, whatever order they were set in', () => {
  it('any dates and times, set by separate orders in any order (fast-check, fixed seed)', () => {
    const hearing = fc.record({
      day: fc.integer({ min: 1, max: 28 }),
      month: fc.integer({ min: 8, max: 12 }),
      time: fc.option(fc.constantFrom('09:00', '10:30', '14:00'), { nil: null }),
    });
    fc.assert(
      fc.property(
        fc
          .uniqueArray(hearing, {
            minLength: 2,
            maxLength: 6,
            selector: (h) => `${h.month}-${h.day}-${h.time}`,
          })
          // A setting without a time and one with a time, of one kind on one day, are the same
          // hearing (its time filled in: see "one hearing told twice" below): not two to list.
          .filter((hs) =>
            hs.every(
              (h) => h.time !== null || hs.filter((o) => o.month === h.month && o.day === h.day).length === 1,
            ),
          ),
        (hs) => {
          const t = new Tracker({ now: NOW });
          hs.forEach((h, i) => {
            const date = `2017-${String(h.month).padStart(2, '0')}-${String(h.day).padStart(2, '0')}`;
            t.apply(
              entry(String(10 + i), '2017-07-03', `ORDER setting hearing ${i}.`),
              analysis({
                hearings: [
                  { type: i % 2 ? 'status_conference' : 'motion_hearing', change: 'set', date, time: h.time },
                ],
              }),
            );
          });
          const listed = t.posture('2017-07-05').hearings.map((h) => `${h.date} ${h.time ?? '99:99'}`);
          expect(listed).toEqual([...listed].sort());
          expect(listed).toHaveLength(hs.length);
        },
      ),
      { seed: 20261206, numRuns: 60 },
    );
  });
});
