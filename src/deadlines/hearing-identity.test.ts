/**
 * One hearing is one record through its whole life — set, told again, moved, vacated, held — matched
 * by its matter and its day, never by "the latest hearing". Read in order through the extractor and
 * the tracker (hand-written entries in several DEV courts' styles; names fictional).
 */
import { describe, expect, it } from 'vitest';
import { trackInOrder } from '../../tests/support/tracked.ts';
import type { Tracker } from './tracker.ts';

const replay = (court: string, entries: [string | null, string, string][]) =>
  trackInOrder(
    court,
    entries.map(([number, dateFiled, text]) => ({ number, dateFiled, text })),
  );

const hearings = (t: Tracker) =>
  t
    .hearings()
    .map((h) => `${h.date} ${h.time ?? '-'} ${h.state}`)
    .sort();

const ARGUMENT_ORDERS: [string, string][] = [
  ['mowd', 'The Court will hear argument on the motion on March 20, 2025 at 10:00 a.m.'],
  ['nmd', 'Oral argument on the motion is set for March 20, 2025 at 10:00 AM.'],
  ['scd', 'The Court will hear oral argument on the [12] motion on March 20, 2025, at 10:00 a.m.'],
  ['ded', 'The Court will hear argument on the motion on March 20, 2025.'],
];

describe('an order setting argument on a motion and the clerk’s "Motion Hearing set for" the same day are one hearing', () => {
  it.each(ARGUMENT_ORDERS)('%s: %s', (court, words) => {
    const { tracker, events } = replay(court, [
      ['12', '2025-03-03', 'MOTION for Preliminary Injunction by Rosalind Achterberg. (Entered: 03/03/2025)'],
      ['15', '2025-03-06', `ORDER re [12] Motion for Preliminary Injunction. ${words} Signed by Judge A.`],
      [
        '16',
        '2025-03-06',
        'NOTICE OF HEARING: Motion Hearing set for 3/20/2025 10:00 AM in Courtroom 4 before Judge A. (ab)',
      ],
    ]);
    expect(hearings(tracker)).toEqual(['2025-03-20 10:00 scheduled']);
    // Told once: one "set", nothing for the notice that repeats it.
    expect(events.filter((e) => e.type.startsWith('hearing.')).map((e) => e.type)).toEqual(['hearing.set']);
  });

  it('the clerk’s notice fills in the time the order left out', () => {
    const { tracker } = replay('nmd', [
      ['15', '2025-03-06', 'ORDER: The Court will hear argument on the motion on March 20, 2025.'],
      ['16', '2025-03-06', 'Motion Hearing set for 3/20/2025 at 1:30 PM in Albuquerque before Judge A.'],
    ]);
    expect(hearings(tracker)).toEqual(['2025-03-20 13:30 scheduled']);
  });

  it('is two hearings when they are about two motions, of two kinds, or at two times', () => {
    for (const [second, count] of [
      ['Motion Hearing set for 3/20/2025 10:00 AM re [14] MOTION to Compel.', 2],
      ['Status Conference set for 3/20/2025 10:00 AM before Judge A.', 2],
      ['Motion Hearing set for 3/20/2025 03:00 PM before Judge A.', 2],
      ['Motion Hearing set for 3/20/2025 10:00 AM re [12] MOTION for Preliminary Injunction.', 1],
    ] as const) {
      const { tracker } = replay('scd', [
        ['12', '2025-03-03', 'MOTION for Preliminary Injunction by Rosalind Achterberg.'],
        ['14', '2025-03-04', 'MOTION to Compel by Rosalind Achterberg.'],
        [
          '15',
          '2025-03-06',
          'ORDER re [12] Motion for Preliminary Injunction. The Court will hear argument on the motion on March 20, 2025 at 10:00 a.m.',
        ],
        ['16', '2025-03-06', second],
      ]);
      expect(tracker.hearings(), second).toHaveLength(count);
    }
  });
});

describe('a hearing moved, vacated, held: one record, matched by its day and matter', () => {
  it('"The hearing set for D1 is RESCHEDULED to D2" moves the one hearing told twice for D1, then it is held', () => {
    const { tracker, events } = replay('mowd', [
      [
        '20',
        '2025-03-10',
        'ORDER: The Court will hear argument on the motion on April 2, 2025 at 10:00 a.m.',
      ],
      ['21', '2025-03-10', 'Motion Hearing set for 4/2/2025 10:00 AM in Courtroom 7 before Judge A.'],
      ['24', '2025-03-25', 'TEXT ORDER: The hearing set for 4/2/2025 is RESCHEDULED to 4/9/2025 at 2:00 PM.'],
      [
        '30',
        '2025-04-09',
        'MINUTE ENTRY for proceedings held before Judge A: Motion Hearing held on 4/9/2025. Argument heard; motion taken under advisement. (Court Reporter: B)',
      ],
    ]);
    expect(hearings(tracker)).toEqual(['2025-04-09 14:00 held']);
    const moved = events.filter((e) => e.type === 'hearing.reset');
    expect(moved).toHaveLength(1);
    expect(moved[0]!.data).toMatchObject({ date: '2025-04-09', previousDue: '2025-04-02' });
    expect(events.some((e) => e.type === 'hearing.cancelled')).toBe(false);
  });

  it('continued, advanced, then stricken: one hearing, moved twice and cancelled', () => {
    const { tracker, events } = replay('laed', [
      [
        '21',
        '2025-04-16',
        'Motion Hearing set for 4/30/2025 02:00 PM before Judge A re [20] MOTION to Dismiss.',
      ],
      [
        '25',
        '2025-04-20',
        'ORDER: The Motion Hearing set for 4/30/2025 is CONTINUED to 5/14/2025 at 10:00 AM.',
      ],
      [
        '26',
        '2025-05-01',
        'ORDER: The Motion Hearing set for 5/14/2025 is ADVANCED to 5/13/2025 at 10:00 AM.',
      ],
      [
        '27',
        '2025-05-05',
        'ORDER: The hearing set for 5/13/2025 is STRICKEN. The motion will be decided on the papers.',
      ],
    ]);
    expect(hearings(tracker)).toEqual(['2025-05-13 10:00 cancelled']);
    expect(events.filter((e) => e.type.startsWith('hearing.')).map((e) => e.type)).toEqual([
      'hearing.set',
      'hearing.reset',
      'hearing.reset',
      'hearing.cancelled',
    ]);
  });

  it('held is recorded once: minutes that say it twice, a later transcript, "ORAL ARGUMENT HEARD"', () => {
    const set = [
      '21',
      '2025-04-16',
      'ORDER re [20] MOTION to Dismiss. Oral argument on the motion is set for April 30, 2025 at 2:00 PM.',
    ] as [string, string, string];
    for (const record of [
      [
        'Minute Entry for Oral Argument held before Judge A on 4/30/2025 re [20] MOTION to Dismiss. Argument heard and motion taken under advisement. (Court Reporter B)',
        'TRANSCRIPT of Proceedings held on 4/30/2025, before Judge A. Court Reporter B.',
      ],
      ['MINUTE ENTRY: ORAL ARGUMENT HEARD on [20] MOTION to Dismiss. Motion taken under advisement.'],
      ['TRANSCRIPT OF ORAL ARGUMENT held on 4/30/2025 before Judge A. Redaction Request due 5/27/2025.'],
    ]) {
      const { tracker } = replay('dcd', [
        set,
        ...record.map(
          (text, i) =>
            [String(30 + i), i === 0 && !/^TRANSCRIPT/.test(text) ? '2025-04-30' : '2025-05-06', text] as [
              string,
              string,
              string,
            ],
        ),
      ]);
      expect(hearings(tracker), record[0]).toEqual(['2025-04-30 14:00 held']);
    }
    // A transcript of a day no hearing was set for holds nothing and sets nothing.
    const { tracker } = replay('dcd', [
      set,
      ['31', '2025-05-06', 'TRANSCRIPT of Status Conference held on 4/22/2025 before Judge A.'],
    ]);
    expect(hearings(tracker)).toEqual(['2025-04-30 14:00 scheduled']);
  });

  it('a dateless "is VACATED" takes off the next hearing of its kind to come, not the latest one set', () => {
    const { tracker } = replay('ned', [
      ['5', '2025-03-03', 'Status Conference set for 6/10/2025 at 9:00 AM before Judge A.'],
      ['6', '2025-03-04', 'Status Conference set for 4/15/2025 at 9:00 AM before Judge A.'],
      ['9', '2025-04-01', 'TEXT ORDER: The Status Conference is VACATED.'],
    ]);
    expect(hearings(tracker)).toEqual(['2025-04-15 09:00 cancelled', '2025-06-10 09:00 scheduled']);
  });

  it('a trailing clause (by video, in person, counsel shall appear) never hides the setting, and a report due "7 days before." is counted from it', () => {
    for (const tail of [
      'and will proceed by video.',
      'and will proceed by Zoom.',
      'by telephone.',
      'in person. Counsel shall appear.',
      'and will be conducted by telephone; counsel shall appear.',
    ]) {
      const { tracker } = replay('waeb', [
        ['40', '2025-04-01', `Status Conference set for 5/6/2025 at 11:00 AM ${tail}`],
      ]);
      expect(hearings(tracker), tail).toEqual(['2025-05-06 11:00 scheduled']);
    }
    for (const duty of [
      'Parties to submit a joint status report 7 days before.',
      'The parties shall file a joint status report seven days before the conference.',
      'Joint Status Report due 7 days prior.',
    ]) {
      const { tracker } = replay('nhb', [
        [
          '40',
          '2025-04-01',
          `Status Conference set for 5/6/2025 at 11:00 AM and will proceed by video. ${duty}`,
        ],
      ]);
      expect(hearings(tracker), duty).toEqual(['2025-05-06 11:00 scheduled']);
      expect(
        tracker.posture('2025-04-02').next.map((d) => [d.what.toLowerCase(), d.due]),
        duty,
      ).toEqual([['joint status report', '2025-04-29']]);
    }
  });

  it('an argument the order sets without naming a motion is the motion hearing the clerk notices for its day and hour, not for another hour', () => {
    for (const [second, count] of [
      [
        'NOTICE of Hearing on Motion [14] MOTION for Preliminary Injunction: Motion Hearing set for 3/20/2025 10:00 AM.',
        1,
      ],
      [
        'NOTICE of Hearing on Motion [14] MOTION for Preliminary Injunction: Motion Hearing set for 3/20/2025 02:00 PM.',
        2,
      ],
      ['Status Conference set for 3/20/2025 10:00 AM before Judge A.', 2],
    ] as const) {
      const { tracker } = replay('scd', [
        ['12', '2025-03-03', 'MOTION for Temporary Restraining Order by Rosalind Achterberg.'],
        [
          '13',
          '2025-03-05',
          'ORDER granting [12] Motion for TRO. The Court will hear argument on March 20, 2025 at 10:00 a.m.',
        ],
        ['14', '2025-03-06', 'MOTION for Preliminary Injunction by Rosalind Achterberg.'],
        ['15', '2025-03-07', second],
      ]);
      expect(tracker.hearings(), second).toHaveLength(count);
    }
  });
});
