import { describe, expect, it } from 'vitest';
import { Tracker } from '../tracker.ts';
import type { AnalyzeInput } from '../types.ts';
import { eventTarget } from './events.ts';
import { analyzeEntry, analyzeSequence } from './index.ts';

const entry = (text: string, dateFiled = '2017-07-20', number = '90'): AnalyzeInput => ({
  number,
  dateFiled,
  text,
});
const read = (text: string, dateFiled = '2017-07-20', court = 'mied') =>
  analyzeEntry(entry(text, dateFiled), { court });

describe('hearings set by orders', () => {
  it.each([
    ['ORDER setting Motion Hearing for 8/15/2017 at 2:00 PM.', 'motion_hearing', '2017-08-15', '14:00'],
    [
      'ORDER SETTING STATUS CONFERENCE for 9/3/2017 at 10:00 AM before Judge A. Pierce.',
      'status_conference',
      '2017-09-03',
      '10:00',
    ],
    [
      'PAPERLESS ORDER SETTING EVIDENTIARY HEARING on [55] Motion for Contempt for 10/28/2017 at 1:30 PM.',
      'evidentiary_hearing',
      '2017-10-28',
      '13:30',
    ],
    [
      "MINUTE ORDER: The Court will hold a motion hearing on [18] Defendant's Motion to Dismiss on August 28, 2017 at 10:00 AM.",
      'motion_hearing',
      '2017-08-28',
      '10:00',
    ],
    [
      'This case is calendared for oral argument on Tuesday, August 22, 2017 at 9:00 a.m.',
      'oral_argument',
      '2017-08-22',
      '09:00',
    ],
    [
      'CASE CALENDARING, for argument on 09/18/2017, PROCEEDING LOCATION: Courtroom 1, FILED. [24-1555]',
      'oral_argument',
      '2017-09-18',
      null,
    ],
  ])('%s', (text, type, date, time) => {
    expect(read(text).hearings).toMatchObject([{ type, change: 'set', date, time }]);
  });

  it('reads a verb-first reset as a reset', () => {
    expect(read('ORDER RESETTING Status Conference to 9/20/2017 at 10:00 AM.').hearings).toMatchObject([
      { type: 'status_conference', change: 'reset', date: '2017-09-20' },
    ]);
  });

  it('does not read "setting a briefing schedule for the hearing" as a setting', () => {
    expect(read('ORDER setting briefing schedule for the hearing on [12] Motion.').hearings).toEqual([]);
  });

  it("calls the courts of appeals' calendaring entries notices of hearing", () => {
    expect(read('ORAL ARGUMENT SET for 09/05/2017 at 9:00 AM in New Orleans. [17-30123]')).toMatchObject({
      kind: 'notice',
      subtype: 'notice_of_hearing',
      hearings: [{ type: 'oral_argument', date: '2017-09-05' }],
    });
  });
});

describe('periods counted from a hearing the entry sets', () => {
  it('counts back from the hearing and records where the date came from', () => {
    const a = read(
      'ORDER setting Motion Hearing for 8/15/2017 at 2:00 PM. Briefs due 7 days before the hearing.',
    );
    expect(a.deadlines).toMatchObject([
      {
        dueDate: '2017-08-08',
        basis: 'period_in_text',
        period: {
          n: 7,
          unit: 'days',
          direction: 'before',
          trigger: '2017-08-15',
          triggerText: 'the hearing',
          event: { type: 'motion_hearing', date: '2017-08-15', time: '14:00' },
        },
      },
    ]);
  });

  it('rolls a backward period that lands on a Saturday to the Friday before (FRCP 6(a)(5))', () => {
    // Tuesday 9/12/2017 minus 3 days is Saturday 9/9: the report is due Friday 9/8, not Monday 9/11.
    const a = read(
      'Status Conference set for 9/12/2017 10:00 AM. Joint status report due no later than 3 days before the conference.',
    );
    expect(a.deadlines.map((d) => [d.dueDate, d.period?.direction])).toEqual([['2017-09-08', 'before']]);
  });

  it('rolls a backward period that lands on a legal holiday back past the weekend', () => {
    // Wednesday 11/13/2024 minus 2 days is Veterans Day (Monday 11/11): back to Friday 11/8.
    const a = read(
      'ORDER: A pre-motion conference is scheduled for November 13, 2024 at 11:00 a.m. Defendants shall file a letter no later than two days before the conference.',
      '2024-10-25',
      'nysd',
    );
    expect(a.deadlines.map((d) => d.dueDate)).toEqual(['2024-11-08']);
  });

  it('counts business days back over a holiday', () => {
    // Monday 6/23/2025 back 3 business days, Juneteenth (Thursday 6/19) not counted: Tuesday 6/17.
    const a = read(
      'ORDER SETTING HEARING: Motion Hearing re [27] MOTION for Preliminary Injunction set for 6/23/2025 at 2:00 PM. Reply brief due no later than 3 business days before the hearing.',
      '2025-06-02',
    );
    expect(a.deadlines.map((d) => [d.dueDate, d.period?.unit])).toEqual([['2025-06-17', 'business_days']]);
  });

  it('counts hours back from the hearing time and rolls off Memorial Day to the Friday, same time', () => {
    const a = read(
      'MINUTE ORDER: The Court will hold a motion hearing on [18] Motion to Dismiss on May 28, 2025 at 10:00 AM. The parties shall file a joint notice identifying the issues no later than 48 hours before the hearing.',
      '2025-05-12',
      'dcd',
    );
    expect(a.deadlines.map((d) => [d.dueDate, d.dueTime])).toEqual([['2025-05-23', '10:00']]);
  });

  it('counts forward for "within 14 days after the settlement conference"', () => {
    const a = read(
      'ORDER SETTING SETTLEMENT CONFERENCE: Settlement Conference set for 7/15/2025 at 9:00 AM. The parties shall file a proposed amended scheduling order within 14 days after the settlement conference.',
      '2025-06-10',
      'ksd',
    );
    expect(a.deadlines.map((d) => [d.dueDate, d.period?.direction])).toEqual([['2025-07-29', 'after']]);
  });

  it('picks the event the words name when the entry sets several', () => {
    const a = read(
      'SCHEDULING ORDER: Jury Trial set for 9/16/2025 08:30 AM. Final Pretrial Conference set for 8/25/2025 at 10:00 AM. Motions in limine shall be filed no later than 28 days before the Final Pretrial Conference. The joint exhibit list is due 7 days before trial.',
      '2025-03-03',
      'cacd',
    );
    expect(a.deadlines.map((d) => [d.dueDate, d.period?.event?.type])).toEqual([
      ['2025-07-28', 'final_pretrial_conference'],
      ['2025-09-09', 'jury_trial'],
    ]);
  });

  it('stays undated when the event is not set, is ambiguous, or is cancelled', () => {
    const notSet = read(
      'MINUTE ORDER: The parties shall file a joint pretrial statement 14 days before the pretrial conference, which will be set by separate order.',
    );
    expect(notSet.deadlines.map((d) => [d.dueDate, d.period?.trigger, d.basis])).toEqual([
      [null, null, 'event_triggered'],
    ]);
    const two = read(
      'Motion Hearing set for 8/15/2017 at 2:00 PM. Evidentiary Hearing set for 8/29/2017 at 9:00 AM. Briefs due 7 days before the hearing.',
    );
    expect(two.deadlines.map((d) => d.dueDate)).toEqual([null]);
    const otherKind = read('Status Conference set for 9/12/2017. Exhibit lists due 7 days before trial.');
    expect(otherKind.deadlines.map((d) => d.dueDate)).toEqual([null]);
    const cancelled = read(
      'The Motion Hearing set for 8/15/2017 is CANCELLED. Briefs due 7 days before the hearing.',
    );
    expect(cancelled.deadlines.map((d) => d.dueDate)).toEqual([null]);
  });

  it('counts back from "argument" in an order setting oral argument, and names what is due', () => {
    // Wednesday 9/6/2017 minus 10 is Sunday 8/27: Friday 8/25.
    const a = read(
      'ORDER: Oral argument is set for September 6, 2017. The parties shall file any supplemental letters at least 10 days before argument.',
    );
    expect(a.deadlines).toMatchObject([
      { what: 'supplemental letters', dueDate: '2017-08-25', period: { event: { type: 'oral_argument' } } },
    ]);
  });

  it('uses the date the trigger words give the event themselves', () => {
    const a = read('ORDER: Responses due 7 days before the August 15, 2017 hearing.');
    expect(a.deadlines).toMatchObject([
      {
        dueDate: '2017-08-08',
        period: {
          triggerText: 'the August 15, 2017 hearing',
          event: { type: 'hearing', date: '2017-08-15' },
        },
      },
    ]);
    const conference = read(
      'ORDER: Defendant shall file its brief no later than 14 days prior to the 9/12/2017 10:00 AM status conference.',
    );
    expect(conference.deadlines.map((d) => [d.dueDate, d.period?.event?.type])).toEqual([
      ['2017-08-29', 'status_conference'],
    ]);
    // A deposition is no court event: the date it gives is not read as a hearing.
    const deposition = read('ORDER: Plaintiff shall respond within 7 days after the 8/15/2017 deposition.');
    expect(deposition.deadlines.map((d) => d.dueDate)).toEqual([null]);
  });

  it('counts "after the hearing" from a hearing the minutes say was held, never "before" it', () => {
    const after = read(
      'Minute Entry for proceedings held before Judge X: Motion Hearing held on 7/5/2017 re [12] MOTION to Dismiss. Supplemental briefs due 14 days after the hearing.',
    );
    expect(after.deadlines.map((d) => [d.dueDate, d.period?.event?.date])).toEqual([
      ['2017-07-19', '2017-07-05'],
    ]);
    const before = read(
      'Minute Entry: Motion Hearing held on 7/5/2017. Supplemental briefs due 3 days before the hearing.',
    );
    expect(before.deadlines.map((d) => d.dueDate)).toEqual([null]);
  });

  it('reads "2:00 p.m." as the hearing time, so hours count back from 14:00', () => {
    const a = read(
      'IT IS FURTHER ORDERED that a hearing on the motion will be held on August 30, 2017 at 2:00 p.m. Plaintiff shall file a reply 48 hours before the hearing.',
    );
    expect(a.hearings).toMatchObject([{ date: '2017-08-30', time: '14:00' }]);
    expect(a.deadlines.map((d) => [d.dueDate, d.dueTime])).toEqual([['2017-08-28', '14:00']]);
  });

  it('marks every period with its direction; a "before" period never runs forward', () => {
    const a = read('ORDER: Plaintiff shall respond within 14 days of this Order.');
    expect(a.deadlines[0]).toMatchObject({ dueDate: '2017-08-03', period: { direction: 'after' } });
  });

  it('still skips how much advance notice to give', () => {
    const a = read(
      'ORDER: Motion Hearing set for 8/15/2017. Counsel shall give notice to all parties at least 7 days before the hearing.',
    );
    expect(a.hearings).toHaveLength(1);
    expect(a.deadlines).toEqual([]);
  });
});

describe('periods counted from a hearing an earlier entry set', () => {
  const hearing = entry(
    "CLERK'S NOTICE SETTING ZOOM HEARING ON MOTION [21] MOTION to Compel: Motion Hearing set for 3/13/2025 01:30 PM in Oakland.",
    '2025-02-03',
    '23',
  );
  const order = entry(
    'ORDER re [21] MOTION to Compel. The parties shall file a joint letter no later than 5 days before the hearing.',
    '2025-02-20',
    '27',
  );

  it('dates the period from that hearing and says which entry set it', () => {
    const [, a] = analyzeSequence([hearing, order], { court: 'cand' });
    // Thursday 3/13 minus 5 is Saturday 3/8: due Friday 3/7.
    expect(a!.deadlines).toMatchObject([
      { dueDate: '2025-03-07', period: { direction: 'before', event: { date: '2025-03-13', setBy: '23' } } },
    ]);
  });

  it('uses the reset date, and none after a cancellation', () => {
    const reset = entry('Motion Hearing reset for 3/27/2025 01:30 PM in Oakland.', '2025-02-10', '25');
    expect(analyzeSequence([hearing, reset, order], { court: 'cand' })[2]!.deadlines[0]!.dueDate).toBe(
      '2025-03-21',
    );
    const off = entry('ORDER: The Motion Hearing set for 3/13/2025 is VACATED.', '2025-02-10', '25');
    expect(analyzeSequence([hearing, off, order], { court: 'cand' })[2]!.deadlines[0]!.dueDate).toBeNull();
  });
});

describe('the tracker and deadlines counted from hearings', () => {
  const setting = entry(
    'ORDER SETTING HEARING: Motion Hearing re [27] MOTION for Preliminary Injunction set for 6/23/2025 at 2:00 PM. Reply brief due no later than 3 business days before the hearing.',
    '2025-06-02',
    '31',
  );
  const replay = (entries: AnalyzeInput[]) => {
    const t = new Tracker({ court: 'mied' });
    const analyses = analyzeSequence(entries, { court: 'mied' });
    const events = entries.flatMap((e, i) => t.apply(e, analyses[i]!));
    return { t, events };
  };

  it('moves the deadline when the hearing is reset', () => {
    const { t, events } = replay([
      setting,
      entry(
        'TEXT-ONLY ORDER: The Motion Hearing on [27] MOTION for Preliminary Injunction set for 6/23/2025 is RESET to 7/8/2025 at 2:00 PM.',
        '2025-06-16',
        '35',
      ),
    ]);
    const [d] = t.deadlines();
    // Tuesday 7/8 back 3 business days over July 4: Wednesday 7/2.
    expect(d).toMatchObject({ due: '2025-07-02', countedFrom: { period: { trigger: '2025-07-08' } } });
    expect(d!.history.map((h) => [h.change, h.due, h.previousDue])).toEqual([
      ['set', '2025-06-17', null],
      ['reset', '2025-07-02', '2025-06-17'],
    ]);
    expect(events.find((e) => e.type === 'deadline.reset')?.message).toMatch(
      /now due July 2, 2025 \(was June 17, 2025\): 3 business days before the motion hearing/,
    );
  });

  it('moves a deadline counted from a hearing an earlier entry set', () => {
    const { t, events } = replay([
      entry(
        'NOTICE OF HEARING ON MOTION re [27] MOTION for Preliminary Injunction: Motion Hearing set for 6/23/2025 at 2:00 PM.',
        '2025-06-02',
        '31',
      ),
      entry(
        'ORDER re [27] MOTION. Reply brief due no later than 7 days before the hearing.',
        '2025-06-04',
        '33',
      ),
      entry(
        'ORDER: The Motion Hearing set for 6/23/2025 is RESET to 6/30/2025 at 2:00 PM.',
        '2025-06-10',
        '36',
      ),
    ]);
    // Monday 6/30 minus 7 is Monday 6/23.
    expect(t.deadlines().map((d) => [d.due, d.countedFrom?.period.event?.setBy])).toEqual([
      ['2025-06-23', '31'],
    ]);
    expect(events.filter((e) => e.type === 'deadline.reset').map((e) => e.entry)).toEqual(['36']);
  });

  it('warns, without guessing a date, when the hearing is cancelled', () => {
    const { t } = replay([
      setting,
      entry('ORDER: The Motion Hearing set for 6/23/2025 is CANCELLED.', '2025-06-16', '35'),
    ]);
    const [d] = t.deadlines();
    expect(d!.due).toBe('2025-06-17');
    expect(d!.warnings.join(' ')).toMatch(/counted from was cancelled/);
  });

  it('counts a "before" period back when it computes the due date itself', () => {
    const t = new Tracker({ court: 'mied' });
    const events = t.apply(entry('ORDER', '2017-08-01', '5'), {
      kind: 'order',
      subtype: null,
      disposition: null,
      relatedEntries: [],
      deadlines: [
        {
          what: 'joint status report',
          party: null,
          change: 'set',
          dueDate: null,
          dueTime: null,
          basis: 'period_in_text',
          period: { n: 3, unit: 'days', trigger: '2017-09-12', direction: 'before' },
        },
      ],
      stays: [],
      injunctions: [],
      hearings: [],
      satisfies: [],
    });
    expect(events[0]!.data).toMatchObject({ due: '2017-09-08' });
  });
});

describe('eventTarget', () => {
  it('reads the event and its qualifiers, and nothing that is not an event', () => {
    expect(eventTarget('the Final Pretrial Conference')).toEqual({
      head: 'conference',
      qualifiers: ['final', 'pretrial'],
    });
    expect(eventTarget('the date of the scheduled hearing')).toEqual({ head: 'hearing', qualifiers: [] });
    expect(eventTarget('oral argument')).toEqual({ head: 'argument', qualifiers: ['oral'] });
    expect(eventTarget('service of the motion')).toBeNull();
    expect(eventTarget(null)).toBeNull();
  });
});
