/**
 * A hearing is one hearing (try-out 13 T1): a new day for it moves it — its old day is not kept too —
 * in whatever words the move is told ("is now set for D2", "will now be held on D2", "shall now take
 * place", "is hereby rescheduled to", "is moved up to", "is advanced to"), with a new day given only
 * by its weekday, under another name than the clerk's ("the preliminary injunction hearing" for the
 * "Motion Hearing" noticed on that motion), or by a minute order that sets the hearing already on the
 * calendar for another day. A separate sitting stays separate when the words say so ("a further
 * status conference") or the hearing is on another motion. Texts hand-written in several courts'
 * styles (names fictional).
 */
import { describe, expect, it } from 'vitest';
import { type TrackedEntry, trackInOrder } from '../../tests/support/tracked.ts';
import { analyzeEntry } from './extract/index.ts';

const read = (court: string, text: string, dateFiled = '2027-05-03') =>
  analyzeEntry({ number: '31', dateFiled, text }, { court });

/** [court, words, new day, new time] — each moves the hearing set for May 11, 2027. */
const MOVES: [string, string, string, string][] = [
  [
    'cacd',
    'ORDER. The hearing on the Motion for Preliminary Injunction [12], previously set for May 11, 2027 at 10:00 a.m., is now set for May 18, 2027 at 2:00 p.m.',
    '2027-05-18',
    '14:00',
  ],
  [
    'gand',
    'ORDER: The status conference scheduled for May 11, 2027 will now be held on May 19, 2027 at 9:30 a.m.',
    '2027-05-19',
    '09:30',
  ],
  [
    'wawd',
    'MINUTE ORDER: The motion hearing currently set for May 11, 2027 shall now take place on May 20, 2027 at 1:30 p.m.',
    '2027-05-20',
    '13:30',
  ],
  [
    'txsd',
    'ORDER. The preliminary injunction hearing set for May 11, 2027 is hereby rescheduled to May 21, 2027 at 10:00 a.m.',
    '2027-05-21',
    '10:00',
  ],
  [
    'ilnd',
    'MINUTE entry before the Honorable Noor Vance: The status hearing set for May 11, 2027 is moved up to May 6, 2027 at 9:15 a.m.',
    '2027-05-06',
    '09:15',
  ],
  [
    'paed',
    'ORDER: The evidentiary hearing scheduled for May 11, 2027 is advanced to May 7, 2027 at 10:00 a.m.',
    '2027-05-07',
    '10:00',
  ],
  [
    'nvd',
    'ORDER: The hearing on Defendants’ motion to dismiss, presently scheduled for May 11, 2027, is now scheduled for May 25, 2027 at 11:00 a.m.',
    '2027-05-25',
    '11:00',
  ],
];

describe('a move, in any of its words, is the hearing moved: its new day, its old day off', () => {
  for (const [court, text, day, time] of MOVES)
    it(`${court}: ${text.slice(0, 90)}`, () => {
      const a = read(court, text);
      expect(a.hearings).toContainEqual(expect.objectContaining({ change: 'reset', date: day, time }));
      expect(a.hearings.map((h) => [h.change, h.date])).toContainEqual(['cancelled', '2027-05-11']);
      expect(a.hearings.filter((h) => h.change === 'set')).toEqual([]);
    });
});

describe('a new day given only by its weekday', () => {
  it.each([
    [
      'nyed',
      'ORDER: The status conference set for Tuesday, May 4, 2027 will now be held on Thursday at 2:00 p.m.',
      '2027-05-04',
      '2027-05-06',
      '14:00',
    ],
    [
      'mdd',
      'ORDER: The hearing on the motion to dismiss set for May 5, 2027 is reset to Friday, at 10:00 a.m.',
      '2027-05-05',
      '2027-05-07',
      '10:00',
    ],
  ])('%s: %s — the first such day after the order', (court, text, from, day, time) => {
    const a = read(court, text);
    expect(a.hearings).toContainEqual(expect.objectContaining({ change: 'reset', date: day, time }));
    expect(a.hearings.map((h) => [h.change, h.date])).toContainEqual(['cancelled', from]);
  });

  it('when the day it leaves is weeks away, the weekday is for a person to confirm — and the old day is off', () => {
    const a = read(
      'mdd',
      'ORDER: The hearing on the motion to dismiss set for May 25, 2027 is reset to Friday at 10:00 a.m.',
    );
    expect(a.hearings.map((h) => [h.change, h.date])).toEqual([['cancelled', '2027-05-25']]);
    expect(a.needsReview?.map((r) => r.reason)).toContain('uncertain');
  });
});

const hearingsAfter = (court: string, entries: TrackedEntry[]) =>
  [...trackInOrder(court, entries).tracker.state.hearings.values()]
    .filter((h) => h.state === 'scheduled')
    .map((h) => `${h.date} ${h.time}`)
    .sort();

describe('the hearing already on the calendar, set for another day, is moved — not kept beside its new day', () => {
  it('nvd: the clerk’s motion hearing, moved by the order under the name of the relief', () => {
    expect(
      hearingsAfter('nvd', [
        { number: '12', dateFiled: '2027-05-01', text: 'MOTION for Preliminary Injunction by Plaintiffs.' },
        {
          number: '13',
          dateFiled: '2027-05-02',
          text: 'NOTICE of Hearing on Motion [12] MOTION for Preliminary Injunction: Motion Hearing set for 5/11/2027 10:00 AM in Courtroom 4 before Judge Ilse Carrow. (ic)',
        },
        {
          number: '15',
          dateFiled: '2027-05-04',
          text: 'ORDER. The preliminary injunction hearing set for May 11, 2027 will now be held on May 18, 2027 at 1:30 p.m. Signed by Judge Ilse Carrow on 5/4/2027.',
        },
      ]),
    ).toEqual(['2027-05-18 13:30']);
  });

  it('cand: a minute order sets the hearing on the same motion for another day', () => {
    expect(
      hearingsAfter('cand', [
        { number: '12', dateFiled: '2027-05-01', text: 'MOTION for Class Certification by Plaintiffs.' },
        {
          number: '14',
          dateFiled: '2027-05-02',
          text: 'ORDER. A hearing on the Motion for Class Certification [12] is set for May 20, 2027 at 10:00 a.m. Signed by Judge Ilse Carrow.',
        },
        {
          number: '16',
          dateFiled: '2027-05-06',
          text: "MINUTE ORDER: The Court sets a hearing on Plaintiffs' Motion for Class Certification [12] for May 27, 2027 at 2:00 p.m. (ic)",
        },
      ]),
    ).toEqual(['2027-05-27 14:00']);
  });

  it('mnd: the preliminary injunction hearing set again by a later order', () => {
    expect(
      hearingsAfter('mnd', [
        {
          number: '9',
          dateFiled: '2027-05-01',
          text: 'ORDER: A preliminary injunction hearing is set for June 2, 2027 at 9:00 a.m. Signed by Judge Ilse Carrow.',
        },
        {
          number: '11',
          dateFiled: '2027-05-10',
          text: 'TEXT ONLY ORDER: The preliminary injunction hearing is set for June 9, 2027 at 1:00 p.m. Signed by Judge Ilse Carrow.',
        },
      ]),
    ).toEqual(['2027-06-09 13:00']);
  });

  it('another sitting stays: "a further status conference", or the hearing on another motion', () => {
    expect(
      hearingsAfter('nvd', [
        {
          number: '20',
          dateFiled: '2027-05-01',
          text: 'MINUTE ORDER: Status Conference set for 5/20/2027 at 10:00 AM. (ic)',
        },
        {
          number: '21',
          dateFiled: '2027-05-10',
          text: 'MINUTE ORDER: A further Status Conference is set for 6/3/2027 at 10:00 AM. (ic)',
        },
      ]),
    ).toEqual(['2027-05-20 10:00', '2027-06-03 10:00']);
    expect(
      hearingsAfter('nvd', [
        { number: '12', dateFiled: '2027-05-01', text: 'MOTION to Dismiss by Defendants.' },
        {
          number: '13',
          dateFiled: '2027-05-02',
          text: 'NOTICE of Hearing on Motion [12] MOTION to Dismiss: Motion Hearing set for 5/11/2027 10:00 AM. (ic)',
        },
        { number: '20', dateFiled: '2027-05-03', text: 'MOTION to Certify Class by Plaintiffs.' },
        {
          number: '21',
          dateFiled: '2027-05-04',
          text: 'NOTICE of Hearing on Motion [20] MOTION to Certify Class: Motion Hearing set for 6/1/2027 10:00 AM. (ic)',
        },
      ]),
    ).toEqual(['2027-05-11 10:00', '2027-06-01 10:00']);
  });
});
