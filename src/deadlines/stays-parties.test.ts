/**
 * Stays limited to a party: each its own record, extended by what names that party, ended when
 * the claims with that party are dismissed (hand-written entries in several courts' styles; names
 * fictional).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDate } from './extract/grammar.ts';
import { analyzeSequence } from './extract/index.ts';
import { liftedAsToParty } from './tracker/stays.ts';
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

/**
 * Property: for stays limited to a party, one order after another in random order and on random
 * days, every `stay.extended` / `stay.renewed` says what the *same* stay was (its own last day, not
 * another party's), its message says the same date, and a stay whose last day passed before the
 * new order is told as stayed again, never as extended.
 */
describe('stays limited to a party: what each was (property)', () => {
  const PARTIES = ['Acme Corp.', 'Globex, Inc.', 'Initech LLC', 'Umbrella Corporation'];
  const mdy = (iso: string) => `${Number(iso.slice(5, 7))}-${iso.slice(8, 10)}-${iso.slice(0, 4)}`;
  const addDays = (iso: string, n: number) =>
    new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
  const longDate = (iso: string) =>
    new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-US', {
      timeZone: 'UTC',
      month: 'long',
      day: 'numeric',
      year: 'numeric',
    });

  const order = fc.record({
    party: fc.integer({ min: 0, max: PARTIES.length - 1 }),
    gap: fc.integer({ min: 0, max: 9 }),
    length: fc.integer({ min: 3, max: 20 }),
    style: fc.integer({ min: 0, max: 2 }),
  });

  it('previousExpires is the same stay’s last day, the message says it, and a lapsed stay is stayed again', () => {
    fc.assert(
      fc.property(fc.array(order, { minLength: 2, maxLength: 12 }), (orders) => {
        let day = '2019-02-01';
        const granted = new Set<number>();
        const entries: [string, string, string][] = orders.map((o, i) => {
          day = addDays(day, o.gap);
          const party = PARTIES[o.party]!;
          const until = addDays(day, o.length);
          const n = String(20 + i * 2);
          const first = !granted.has(o.party);
          granted.add(o.party);
          const text = first
            ? `ORDER granting [${Number(n) - 1}] Motion to Stay. All deadlines as between Plaintiff and ${party} are STAYED until ${mdy(until)}.`
            : [
                `ORDER granting [${Number(n) - 1}] Motion to Extend Stay. All deadlines as between Plaintiff and ${party} are stayed until ${mdy(until)}.`,
                `ORDER granting [${Number(n) - 1}] Joint Motion to Extend Stay. All unreached deadlines as between Pherah LLC and ${party} are further stayed until ${mdy(until)}.`,
                `ORDER: All deadlines in this case as to Plaintiff and ${party} are further stayed until and including ${longDate(until)}.`,
              ][o.style]!;
          return [n, day, text];
        });
        const { tracker, events } = replay(entries, 'txed');
        // The last day each stay record had before each event, from the events themselves.
        const lastDay = new Map<string, string | null>();
        for (const e of events) {
          if (!e.type.startsWith('stay.') || !e.subject) continue;
          const data = (e.data ?? {}) as { expires?: string | null; previousExpires?: string | null };
          if (e.type === 'stay.extended' || e.type === 'stay.renewed') {
            const was = lastDay.get(e.subject) ?? null;
            expect(data.previousExpires, e.message).toBe(was);
            if (was) {
              expect(e.message).toContain(longDate(was));
              expect(e.type, e.message).toBe(was < e.date ? 'stay.renewed' : 'stay.extended');
              if (e.type === 'stay.renewed') expect(e.message).not.toMatch(/\bextended\b/);
            }
          }
          if (data.expires !== undefined) lastDay.set(e.subject, data.expires ?? null);
        }
        // The record's history agrees: each change's previous last day is the record's own.
        for (const s of tracker.stays())
          for (const [i, h] of s.history.entries())
            if (i > 0 && h.action !== 'lifted') expect(h.previousExpires).toBe(s.history[i - 1]!.expires);
      }),
      { numRuns: 60, seed: 1212 },
    );
  });
});

describe('a stay lifted as to one party only (liftedAsToParty): the party, and the rest’s new last day', () => {
  it.each([
    [
      'ORDER: The stay is LIFTED as to Defendant Port Freeport Navigation District only. As to all other parties the stay is extended through February 7, 2025.',
      { party: 'Port Freeport Navigation District', restUntil: '2025-02-07' },
    ],
    [
      'the stay is hereby lifted solely as to Defendant Tri-County Rail LLC. In all other respects, the stay remains in full force and effect through September 8, 2023.',
      { party: 'Tri-County Rail LLC', restUntil: '2023-09-08' },
    ],
    [
      'The stay of this action shall remain in effect except as to Defendant Acme Corp., whose deadline to answer is 3/1/2024.',
      { party: 'Acme Corp', restUntil: null },
    ],
    ['ORDER LIFTING STAY. Settlement discussions having failed, the stay is LIFTED in its entirety.', null],
    ['The stay is lifted as to all parties.', null],
    ['The stay is lifted for the limited purpose of allowing Plaintiff to file an amended complaint.', null],
    ['The stay entered at [11] is LIFTED. The parties shall file a joint status report by 9/29/2023.', null],
  ])('%s', (text, expected) => {
    expect(liftedAsToParty(text)).toEqual(expected);
  });
});
