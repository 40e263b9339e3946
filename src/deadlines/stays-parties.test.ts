/**
 * Stays limited to a party: each its own record, extended by what names that party, ended when
 * the claims with that party are dismissed (hand-written entries in several courts' styles; names
 * fictional).
 */
import { describe, expect, it } from 'vitest';
import { readDate } from './extract/grammar.ts';
import { analyzeSequence } from './extract/index.ts';
import { Tracker } from './tracker.ts';

function replay(entries: [string, string, string][], court: string) {
  const input = entries.map(([number, dateFiled, text]) => ({ number, dateFiled, text }));
  const tracker = new Tracker({ court });
  const analyses = analyzeSequence(input, { court });
  const events = input.flatMap((e, i) => tracker.apply(e, analyses[i]!));
  return { tracker, events };
}

const inForce = (t: Tracker, day: string) =>
  t
    .posture(day)
    .inForce.filter((f) => f.kind === 'stay')
    .map((f) => [f.what, f.until]);

describe('stays limited to a party', () => {
  it('reads month-day-year with hyphens as a date, never a case number', () => {
    expect(readDate('3-04-2016', null)).toBe('2016-03-04');
    expect(readDate('12-1-2019', null)).toBe('2019-12-01');
  });

  it('keeps one stay per party, extends the one the order names, and ends one when its party is dismissed', () => {
    const { tracker, events } = replay(
      [
        [
          '20',
          '2019-02-01',
          'ORDER granting [18] Motion to Stay. All deadlines as between Plaintiff and Defendant Acme Corp. are STAYED until 3-01-2019.',
        ],
        [
          '21',
          '2019-02-02',
          'ORDER: All deadlines in this case as to Plaintiff and Globex, Inc. are stayed until and including March 15, 2019.',
        ],
        [
          '25',
          '2019-02-20',
          'ORDER granting [24] Motion to Extend Stay. All deadlines as between Plaintiff and Globex, Inc. are stayed until 3-29-2019.',
        ],
      ],
      'txed',
    );
    expect(inForce(tracker, '2019-02-21')).toEqual([
      ['deadlines between Plaintiff and Acme Corp.', '2019-03-01'],
      ['deadlines between Plaintiff and Globex, Inc.', '2019-03-29'],
    ]);
    expect(events.filter((e) => e.type.startsWith('stay.')).map((e) => e.type)).toEqual([
      'stay.granted',
      'stay.granted',
      'stay.extended',
    ]);
    const dismissed = tracker.apply(
      {
        number: '30',
        dateFiled: '2019-02-25',
        text: 'ORDER granting [29] Motion to Dismiss. All claims between Plaintiff and Defendant Acme Corp. are hereby dismissed with prejudice. The Clerk is ORDERED to terminate Acme.',
      },
      analyzeSequence(
        [
          {
            number: '30',
            dateFiled: '2019-02-25',
            text: 'ORDER granting [29] Motion to Dismiss. All claims between Plaintiff and Defendant Acme Corp. are hereby dismissed with prejudice. The Clerk is ORDERED to terminate Acme.',
          },
        ],
        { court: 'txed' },
      )[0]!,
    );
    expect(dismissed.filter((e) => e.type === 'stay.lifted').length).toBe(1);
    expect(inForce(tracker, '2019-02-26')).toEqual([
      ['deadlines between Plaintiff and Globex, Inc.', '2019-03-29'],
    ]);
  });

  it('a stay of the whole case is not ended by one party’s dismissal', () => {
    const { tracker } = replay(
      [
        ['10', '2019-01-10', 'ORDER: This case is STAYED pending further order of the Court.'],
        [
          '12',
          '2019-01-20',
          'ORDER granting [11] Motion to Dismiss. Plaintiff’s claims against Defendant Initech LLC are dismissed without prejudice.',
        ],
      ],
      'nysd',
    );
    expect(inForce(tracker, '2019-01-21').length).toBe(1);
  });
});
