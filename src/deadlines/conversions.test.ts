/**
 * A temporary restraining order converted into an injunction: the TRO ends and the injunction takes
 * its place — a preliminary one, or straight a permanent one when the order says so (the D. Haw.
 * order is State of Hawaii v. Trump's ECF 270, as docketed; the others are hand-written in other
 * courts' styles, names fictional).
 */
import { describe, expect, it } from 'vitest';
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
    .inForce.filter((f) => f.kind === 'injunction')
    .map((f) => [f.what, f.since]);

const TRO_SDNY: [string, string, string] = [
  '15',
  '2020-05-01',
  'ORDER granting [10] Motion for Temporary Restraining Order. Defendants are restrained from disconnecting Plaintiff’s service pending a hearing. Signed by Judge Ann Smith on 5/1/2020. (ab) (Entered: 05/01/2020)',
];

describe('a TRO converted into an injunction', () => {
  it('D. Haw.: "is converted into a preliminary injunction" — the TRO ends, the preliminary injunction is in force', () => {
    const { tracker, events } = replay(
      [
        [
          '219',
          '2017-03-15',
          'ORDER GRANTING MOTION FOR TEMPORARY RESTRAINING ORDER re 65. Defendants are enjoined from enforcing or implementing Sections 2 and 6 of the Executive Order across the Nation. Signed by JUDGE DERRICK K. WATSON on 3/15/2017. (tyk) (Entered: 03/15/2017)',
        ],
        [
          '270',
          '2017-03-29',
          'ORDER GRANTING MOTION TO CONVERT TEMPORARY RESTRAINING ORDER TO A PRELIMINARY INJUNCTION re 238. The Temporary Restraining Order of March 15, 2017 219 is converted into a preliminary injunction: Defendants are enjoined from enforcing or implementing Sections 2 and 6 of the Executive Order across the Nation. Signed by JUDGE DERRICK K. WATSON on 3/29/2017. (tyk) (Entered: 03/29/2017)',
        ],
      ],
      'hid',
    );
    expect(inForce(tracker, '2017-03-30')).toEqual([['Preliminary injunction', '2017-03-29']]);
    expect(events.filter((e) => e.type === 'injunction.converted').map((e) => e.message)).toEqual([
      'Temporary restraining order converted into a preliminary injunction',
    ]);
  });

  it('S.D.N.Y.: "is hereby CONVERTED into a permanent injunction" — straight to a permanent injunction', () => {
    const { tracker, events } = replay(
      [
        TRO_SDNY,
        [
          '48',
          '2020-09-14',
          'OPINION AND ORDER: For the reasons stated above, Plaintiff’s motion for summary judgment is GRANTED, and the Temporary Restraining Order entered May 1, 2020 [15] is hereby CONVERTED into a permanent injunction. (Signed by Judge Ann Smith on 9/14/2020) (ab) (Entered: 09/14/2020)',
        ],
      ],
      'nysd',
    );
    expect(inForce(tracker, '2020-09-15')).toEqual([['Permanent injunction', '2020-09-14']]);
    expect(events.filter((e) => e.type.startsWith('injunction.')).map((e) => [e.type, e.message])).toEqual([
      ['injunction.granted', expect.stringMatching(/^Temporary restraining order granted/)],
      ['injunction.converted', 'Temporary restraining order converted into a permanent injunction'],
      ['injunction.granted', expect.stringMatching(/^Permanent injunction granted/)],
    ]);
  });

  it('E.D. Va.: an order granting a motion to convert the TRO to a permanent injunction', () => {
    const { tracker, events } = replay(
      [
        TRO_SDNY,
        [
          '52',
          '2020-10-02',
          'ORDER granting [50] Motion to Convert Temporary Restraining Order to Permanent Injunction. Signed by District Judge Ann Smith on 10/2/2020. (ab) (Entered: 10/02/2020)',
        ],
      ],
      'vaed',
    );
    expect(inForce(tracker, '2020-10-03')).toEqual([['Permanent injunction', '2020-10-02']]);
    expect(events.filter((e) => e.type === 'injunction.converted')).toHaveLength(1);
  });

  it.each([
    'This preliminary injunction replaces the Temporary Restraining Order [15].',
    'The preliminary injunction supersedes the Court’s May 1, 2020 temporary restraining order.',
    'This Order takes the place of the TRO entered May 1, 2020.',
  ])('a preliminary injunction that says it takes the TRO’s place: %s', (words) => {
    const { tracker, events } = replay(
      [
        TRO_SDNY,
        [
          '31',
          '2020-05-20',
          `MEMORANDUM ORDER granting [20] Motion for Preliminary Injunction. Defendants are ENJOINED from disconnecting Plaintiff’s service pending final judgment. ${words} Signed by Judge Ann Smith on 5/20/2020. (ab) (Entered: 05/20/2020)`,
        ],
      ],
      'nysd',
    );
    expect(inForce(tracker, '2020-05-21')).toEqual([['Preliminary injunction', '2020-05-20']]);
    expect(events.filter((e) => e.type.startsWith('injunction.')).map((e) => e.type)).toEqual([
      'injunction.granted',
      'injunction.granted',
      'injunction.converted',
    ]);
  });

  it('an order that only mentions the TRO, or a request that the injunction replace it, converts nothing', () => {
    const { events } = replay(
      [
        TRO_SDNY,
        [
          '22',
          '2020-05-08',
          'MOTION for Preliminary Injunction to replace the Temporary Restraining Order [15] by Plaintiff. (ab) (Entered: 05/08/2020)',
        ],
      ],
      'nysd',
    );
    expect(events.filter((e) => e.type === 'injunction.converted')).toEqual([]);
  });
});
