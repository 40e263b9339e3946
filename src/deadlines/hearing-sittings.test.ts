/**
 * What makes one sitting one record, read in order through the extractor and the tracker (try-out 11
 * Q2, R3, R11, p16; hand-written entries in several DEV courts' styles, fictional names):
 * - a new day said "will now commence / will instead begin / shall be held instead / …, not D1"
 *   moves the hearing set before — one hearing, never the old day kept beside the new;
 * - the clerk's "Motion Hearing set for D T" on a motion to be heard at a hearing of a named kind
 *   (final approval, preliminary injunction) already set for that day and hour is that hearing;
 * - a day named in a move names the one hearing set that day, though the entries name it after
 *   different motions;
 * - a party's transcript order of a sitting records it held;
 * - a setting converted into another kind of proceeding on its day is renamed, never cancelled;
 * - a hearing named in a condition of an order cancels nothing.
 */
import { describe, expect, it } from 'vitest';
import { trackInOrder } from '../../tests/support/tracked.ts';
import type { Tracker } from './tracker.ts';

const replay = (court: string, entries: [string | null, string, string, string?][]) =>
  trackInOrder(
    court,
    entries.map(([number, dateFiled, text, documentText]) => ({
      number,
      dateFiled,
      text,
      ...(documentText ? { documentText } : {}),
    })),
  );

const hearings = (t: Tracker) =>
  t
    .hearings()
    .map((h) => `${h.date} ${h.time ?? '-'} ${h.state}`)
    .sort();
const told = (events: { type: string }[]) =>
  events.filter((e) => e.type.startsWith('hearing.')).map((e) => e.type);

const NOTICE = (court: string) =>
  court === 'mad'
    ? 'ELECTRONIC NOTICE of Hearing on Motion [4] MOTION for Temporary Restraining Order: Motion Hearing set for 6/8/2027 02:00 PM in Courtroom 11 before Judge Quintero-Haas. (lmb)'
    : 'NOTICE of Hearing on Motion [4] MOTION for Temporary Restraining Order: Motion Hearing set for 6/8/2027 02:00 PM in Courtroom 4A before Judge A. (rjk)';

describe('a new day in other words moves the hearing set before', () => {
  it.each([
    [
      'mad',
      'ELECTRONIC ORDER entered. The hearing on the motion for a temporary restraining order (doc. no. 4), noticed for June 8, 2027, at 2:00 p.m., will instead begin at 9:30 a.m. on Wednesday, June 9, 2027, in Courtroom 11. (Quintero-Haas, J.)',
      '2027-06-09 09:30',
    ],
    [
      'ded',
      'ORAL ORDER: The motion hearing set for June 8, 2027 at 2:00 PM will now commence at 10:00 AM on June 10, 2027. Ordered by Judge A on 6/3/2027.',
      '2027-06-10 10:00',
    ],
    [
      'scd',
      'TEXT ORDER: The Court’s notice of June 2, 2027 is AMENDED to reflect that the hearing on the motion for a temporary restraining order will take place on June 11, 2027 at 1:30 PM, not June 8, 2027. (egra)',
      '2027-06-11 13:30',
    ],
    [
      'mowd',
      'ORDER: The motion hearing on [4] shall be held instead on Friday, June 11, 2027, at 9:00 a.m. Signed on 6/3/2027 by District Judge Corwin T. Lasko.',
      '2027-06-11 09:00',
    ],
  ])('%s: %s', (court, order, day) => {
    const { tracker, events } = replay(court, [
      [
        '4',
        '2027-06-01',
        'MOTION for Temporary Restraining Order by Ines Valdemar-Osei. (Entered: 06/01/2027)',
      ],
      ['5', '2027-06-02', NOTICE(court)],
      ['7', '2027-06-03', order],
    ]);
    expect(hearings(tracker)).toEqual([`${day} scheduled`]);
    expect(told(events)).toEqual(['hearing.set', 'hearing.reset']);
  });
});

describe('the clerk’s motion hearing at the day and hour of a named hearing already set is that hearing', () => {
  it('a final approval hearing and the final-approval motion’s "Motion Hearing set for" (S.D. Cal. style)', () => {
    const { tracker, events } = replay('casd', [
      [
        '36',
        '2027-05-03',
        'ORDER GRANTING PRELIMINARY APPROVAL OF CLASS ACTION SETTLEMENT. Signed by Judge Marisela V. Dunleavy-Obi on 5/3/2027.',
        'ORDER\n1. The Settlement Agreement is preliminarily approved.\n2. A Final Approval Hearing will be held on August 9, 2027, at 1:30 p.m. in Courtroom 4C.',
      ],
      [
        '40',
        '2027-07-06',
        'MOTION for Final Approval of Class Action Settlement filed by Ximena Oduya-Brandt. Motion Hearing set for 8/9/2027 01:30 PM in Courtroom 4C before Judge Marisela V. Dunleavy-Obi. (ab)',
      ],
      [
        null,
        '2027-08-09',
        'Minute Entry for proceedings held before Judge Marisela V. Dunleavy-Obi: Final Approval Hearing held on 8/9/2027 re [40] MOTION for Final Approval. (Court Reporter Y)',
      ],
    ]);
    expect(hearings(tracker)).toEqual(['2027-08-09 13:30 held']);
    expect(told(events)).toEqual(['hearing.set', 'hearing.held']);
  });

  it('a status conference at the same hour stays its own', () => {
    const { tracker } = replay('ned', [
      [
        '12',
        '2027-05-03',
        'MOTION to Compel by Ximena Oduya-Brandt. Motion Hearing set for 6/9/2027 10:00 AM before Judge A.',
      ],
      ['13', '2027-05-04', 'Status Conference set for 6/9/2027 10:00 AM before Judge A.'],
    ]);
    expect(tracker.hearings()).toHaveLength(2);
  });
});

describe('a day named in a move names the one hearing set that day', () => {
  it('an order’s hearing on a motion it names by title, continued by a stipulated order naming other entries (D. Colo. style)', () => {
    const { tracker, events } = replay('cob', [
      ['2', '2027-04-01', 'MOTION to Certify Class by Ximena Oduya-Brandt.'],
      ['3', '2027-04-01', 'MOTION for Temporary Restraining Order by Ximena Oduya-Brandt.'],
      [
        '11',
        '2027-04-08',
        'ORDER granting in part [3] Motion for Temporary Restraining Order. By Judge Tobias R. Lindqvist on 4/8/2027.',
        'ORDER\n1. The motion is granted in part.\n2. The Court will take up the Motion to Certify Class, together with any motion for a preliminary injunction, at a hearing on Thursday, April 22, 2027, at 10:00 a.m. in Courtroom A902.',
      ],
      ['12', '2027-04-12', 'MOTION for Preliminary Injunction by Ximena Oduya-Brandt.'],
      [
        '16',
        '2027-04-19',
        'ORDER granting Stipulation. Pursuant to the parties’ stipulation: (1) the order at [11] is extended through May 5, 2027; (2) the hearing set for April 22, 2027, is CONTINUED to May 3, 2027, at 1:00 PM; (3) Defendants shall respond to [12] by April 28, 2027.',
      ],
      [
        null,
        '2027-05-03',
        'COURTROOM MINUTES for Motion Hearing held on 5/3/2027 before Judge Tobias R. Lindqvist re [2] MOTION to Certify Class and [12] MOTION for Preliminary Injunction. Arguments heard. (Court Reporter Y)',
      ],
    ]);
    expect(hearings(tracker)).toEqual(['2027-05-03 13:00 held']);
    expect(told(events)).toEqual(['hearing.set', 'hearing.reset', 'hearing.held']);
  });
});

describe('a day named in a move names the argument set that day, whatever the order called it', () => {
  it('"The Court will hear argument on …" moved by "the hearing on the motions …, scheduled for D, will instead begin …" (D.N.M. style)', () => {
    const { tracker, events } = replay('nmd', [
      ['2', '2027-04-01', 'MOTION to Certify Class by Ximena Oduya-Brandt.'],
      ['3', '2027-04-01', 'MOTION for Temporary Restraining Order by Ximena Oduya-Brandt.'],
      [
        '11',
        '2027-04-08',
        'MEMORANDUM OPINION AND ORDER granting in part [3] Motion for Temporary Restraining Order.',
        'IT IS ORDERED:\n(1) The motion is granted in part.\n(2) The Court will hear argument on the Motion to Certify Class and on any motion for a preliminary injunction on April 22, 2027 at 10:00 a.m.',
      ],
      ['12', '2027-04-12', 'MOTION for Preliminary Injunction by Ximena Oduya-Brandt.'],
      [
        '14',
        '2027-04-16',
        "ORDER. Because of a conflict in the Court's calendar, the hearing on the Motion to Certify Class [2] and the Motion for Preliminary Injunction [12], scheduled for April 22, 2027, will instead begin at 2:00 p.m. on Monday, April 26, 2027.",
      ],
    ]);
    expect(hearings(tracker)).toEqual(['2027-04-26 14:00 scheduled']);
    expect(told(events)).toEqual(['hearing.set', 'hearing.reset']);
  });
});

describe('records of a sitting, and names in conditions', () => {
  it('a party’s transcript order of proceedings held on the day records the hearing held', () => {
    for (const text of [
      'TRANSCRIPT ORDER for proceedings held on 6/9/2027 before Judge A by Ximena Oduya-Brandt.',
      'TRANSCRIPT REQUEST for Motion Hearing held on 6/9/2027 filed by Ximena Oduya-Brandt.',
    ]) {
      const { tracker } = replay('ded', [
        [
          '12',
          '2027-05-03',
          'Motion Hearing set for 6/9/2027 10:00 AM before Judge A re [10] MOTION to Dismiss.',
        ],
        ['20', '2027-06-14', text],
      ]);
      expect(hearings(tracker), text).toEqual(['2027-06-09 10:00 held']);
    }
  });

  it('a transcript order of a day nothing was set for holds nothing', () => {
    const { tracker } = replay('ded', [
      [
        '12',
        '2027-05-03',
        'Motion Hearing set for 6/9/2027 10:00 AM before Judge A re [10] MOTION to Dismiss.',
      ],
      [
        '20',
        '2027-06-14',
        'TRANSCRIPT ORDER for proceedings held on 5/20/2027 before Judge A by Ximena Oduya-Brandt.',
      ],
    ]);
    expect(hearings(tracker)).toEqual(['2027-06-09 10:00 scheduled']);
  });

  it('a setting converted into another kind of proceeding on its day is renamed, never cancelled', () => {
    for (const [court, order, hour] of [
      [
        'ded',
        'ORAL ORDER: The motion hearing set for 6/9/2027 at 10:00 AM is converted to a status conference on the same date and time. Ordered by Judge A on 6/2/2027.',
        '10:00',
      ],
      [
        'nmd',
        'MINUTE ORDER: The motion hearing set for June 9, 2027 is VACATED and CONVERTED to a telephonic status conference at the same time. Signed by Judge A.',
        '10:00',
      ],
      [
        'mad',
        'ELECTRONIC ORDER: The motion hearing set for June 9, 2027 is converted to a status conference at 3:00 p.m. (Quintero-Haas, J.)',
        '15:00',
      ],
    ] as const) {
      const { tracker, events } = replay(court, [
        [
          '12',
          '2027-05-03',
          'Motion Hearing set for 6/9/2027 10:00 AM before Judge A re [10] MOTION to Dismiss.',
        ],
        ['14', '2027-06-02', order],
      ]);
      expect(hearings(tracker), court).toEqual([`2027-06-09 ${hour} scheduled`]);
      expect(tracker.hearings()[0]!.type, court).toMatch(/status_conference$/);
      expect(told(events), court).toEqual(['hearing.set']);
    }
  });

  it('a hearing named in a condition of an order cancels no hearing set that day', () => {
    const { tracker, events } = replay('ded', [
      ['12', '2027-05-03', 'Status Conference set for 6/2/2027 10:00 AM before Judge A.'],
      [
        '14',
        '2027-06-02',
        'MEMORANDUM ORDER. Signed by Judge A on 6/2/2027.',
        'ORDER\n1. Respondent shall provide each class member a custody hearing before an immigration judge within fourteen days.\n2. Any class member whose custody hearing has not been held within that period shall be released on reasonable conditions.',
      ],
    ]);
    expect(hearings(tracker)).toEqual(['2027-06-02 10:00 scheduled']);
    expect(told(events)).toEqual(['hearing.set']);
  });
});
