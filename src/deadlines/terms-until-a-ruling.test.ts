/**
 * Relief whose term is a ruling, as orders write it in several courts (hand-written entries; names
 * fictional): a command whose end comes first ("until 11:59 p.m. on D, the defendants must"), an
 * interim order "until the Court rules on" a motion (ended by that ruling, or kept by it — as long
 * as a day, further order, or the relief the ruling grants), and a TRO kept "until the court
 * decides the motion for preliminary injunction".
 */
import { describe, expect, it } from 'vitest';
import { trackedUpTo } from '../../tests/support/tracked.ts';
import { analyzeEntry } from './extract/index.ts';
import { rulingTerm } from './tracker/words.ts';

type Entry = { number: string; dateFiled: string; text: string; documentText?: string };

const read = (court: string, dateFiled: string, text: string, documentText?: string) =>
  analyzeEntry({ number: '30', dateFiled, text, ...(documentText ? { documentText } : {}) }, { court });

/** The entries filed by `day` applied in order (the events they told), and the posture on `day`. */
function replay(entries: Entry[], court: string) {
  const upTo = trackedUpTo(court, entries);
  return {
    events: upTo('2099-12-31').events,
    inForce: (day: string, kind: 'stay' | 'injunction') =>
      upTo(day)
        .tracker.posture(day)
        .inForce.filter((f) => f.kind === kind),
  };
}

describe('a TRO whose end is written first in its command', () => {
  it.each([
    [
      'ctd',
      'ORDER granting [3] Motion for Temporary Restraining Order.',
      'The Court ORDERS that the petitioners’ motion is GRANTED.\nThe Court ORDERS that until 11:59 p.m. on August 18, 2027, the respondents must (a) provide every detainee with access to counsel by telephone each day.',
      '2027-08-04',
      '2027-08-18',
      '23:59',
    ],
    [
      'ned',
      'ORDER granting 4 Motion for Temporary Restraining Order.',
      'IT IS ORDERED that through June 30, 2027, Defendants shall keep the Lincoln intake unit open to attorney visits on weekdays.',
      '2027-06-17',
      '2027-06-30',
      undefined,
    ],
    [
      'nmd',
      'ORDER granting [6] Motion for TRO. Until 5:00 p.m. on May 3, 2027, Defendants shall not enforce the Directive against Plaintiffs.',
      undefined,
      '2027-04-19',
      '2027-05-03',
      '17:00',
    ],
  ])('%s: %s', (court, text, doc, filed, until, time) => {
    const tro = read(court, filed, text, doc).injunctions.find((f) => f.type === 'TRO');
    expect(tro).toMatchObject({ action: 'granted', until });
    expect(tro?.untilTime).toBe(time);
  });

  it('a duty "by D" in the same order is not the TRO’s end', () => {
    const tro = read(
      'ctd',
      '2027-08-04',
      'ORDER granting [3] Motion for Temporary Restraining Order.',
      'The Court ORDERS that by August 9, 2027, the respondents must file a declaration. The Court ORDERS that until August 18, 2027, the respondents must keep the housing units below 85 degrees.',
    ).injunctions.find((f) => f.type === 'TRO');
    expect(tro?.until).toBe('2027-08-18');
  });
});

describe('an interim order until the Court rules on a motion', () => {
  it.each([
    [
      'ctd',
      'ORDER. Until the Court rules on the pending Motion for Preliminary Injunction (ECF No. 12), Respondents shall not transfer any member of the proposed class out of the District of Connecticut.',
      /transfer/,
      /ECF No\. 12/,
    ],
    [
      'laed',
      "ORDER: Until the Court has ruled on Petitioners' Motion for Preliminary Injunction (Rec. Doc. 7), Respondents shall not remove any named Petitioner from the Eastern District of Louisiana.",
      /removal/,
      /Motion for Preliminary Injunction/,
    ],
    [
      'mad',
      'ELECTRONIC ORDER: Pending the Court’s decision on the motion for a temporary restraining order [4], Respondents shall not transfer Petitioner Amara Keita out of the District of Massachusetts.',
      /transfer/,
      /\[4\]/,
    ],
  ])('%s: %s', (court, text, what, until) => {
    const a = read(court, '2027-05-10', text);
    expect(a.stays).toHaveLength(1);
    expect(a.stays[0]).toMatchObject({ action: 'granted', expires: null });
    expect(a.stays[0]!.what).toMatch(what);
    expect(a.stays[0]!.until).toMatch(until);
    expect(a.injunctions).toEqual([]);
  });

  it('names the motions it waits for', () => {
    expect(rulingTerm('until resolution of the [3] Emergency Motion')).toEqual({
      motions: [3],
      injunctionMotion: false,
    });
    expect(rulingTerm('until the court decides the motion for preliminary injunction')).toEqual({
      motions: [],
      injunctionMotion: true,
    });
    expect(
      rulingTerm('Until the Court rules on the pending Motion for Preliminary Injunction (ECF No. 13)'),
    ).toEqual({ motions: [13], injunctionMotion: true });
    expect(rulingTerm('until the Court rules on the merits')).toBeNull();
  });

  const interim = (): Entry[] => [
    {
      number: '3',
      dateFiled: '2027-05-03',
      text: 'Emergency MOTION for Temporary Restraining Order by Amara Keita.',
    },
    {
      number: '5',
      dateFiled: '2027-05-03',
      text: 'ORDER. Pending resolution of the [3] Emergency Motion, Respondents shall not remove Petitioner Amara Keita from the United States.',
    },
  ];

  it.each([
    ['mad', 'ORDER denying [3] Emergency Motion for Temporary Restraining Order.'],
    ['ctd', 'MEMORANDUM AND ORDER. The [3] Emergency Motion is DENIED.'],
    [
      'nmd',
      'ORDER granting in part and denying in part [3] Emergency Motion for Temporary Restraining Order. Respondents shall provide Petitioner a bond hearing within 10 days.',
    ],
  ])('%s: the ruling ends it that day (%s)', (court, ruling) => {
    const { inForce, events } = replay(
      [...interim(), { number: '9', dateFiled: '2027-05-20', text: ruling }],
      court,
    );
    expect(inForce('2027-05-19', 'stay')).toHaveLength(1);
    expect(inForce('2027-05-21', 'stay')).toEqual([]);
    const ended = events.filter((e) => e.type === 'stay.lifted');
    expect(ended).toHaveLength(1);
    expect(ended[0]!.data).toMatchObject({ reason: 'ruling' });
  });

  it('a ruling on another motion leaves it in force', () => {
    const { inForce } = replay(
      [
        ...interim(),
        {
          number: '9',
          dateFiled: '2027-05-20',
          text: 'ORDER granting [7] Motion for Leave to File Excess Pages.',
        },
      ],
      'mad',
    );
    expect(inForce('2027-06-01', 'stay')).toHaveLength(1);
  });

  it.each([
    [
      'kept through a day',
      'ORDER granting [3] Emergency Motion. The Court’s Order of May 3, 2027 (ECF No. 5) shall remain in effect through June 14, 2027.',
      '2027-06-14',
    ],
    [
      'kept until further order',
      'ORDER denying [3] Emergency Motion for Temporary Restraining Order. The Order at Dkt. No. 5 remains in full force and effect pending further order of the Court.',
      'further_order',
    ],
  ])('%s', (_, ruling, until) => {
    const { inForce } = replay([...interim(), { number: '9', dateFiled: '2027-05-20', text: ruling }], 'ctd');
    const [stay] = inForce('2027-05-25', 'stay');
    expect(stay?.until).toBe(until);
  });

  it('kept as long as the TRO the ruling grants: extended with it, ended with it', () => {
    const { inForce, events } = replay(
      [
        ...interim(),
        {
          number: '9',
          dateFiled: '2027-05-20',
          text: 'ORDER granting [3] Emergency Motion for Temporary Restraining Order.',
          documentText:
            '1. Until 5:00 p.m. on June 3, 2027, Respondents are RESTRAINED from detaining Petitioner Amara Keita without a bond hearing.\n2. The Court’s Order of May 3, 2027 (Doc. 5) SHALL REMAIN in effect until this Temporary Restraining Order expires.',
        },
        {
          number: '14',
          dateFiled: '2027-06-02',
          text: 'MINUTE ORDER: The Temporary Restraining Order (Doc. 9) is EXTENDED through June 17, 2027.',
        },
        {
          number: '16',
          dateFiled: '2027-06-10',
          text: 'ORDER: The Temporary Restraining Order (Doc. 9) is DISSOLVED.',
        },
      ],
      'nmd',
    );
    expect(inForce('2027-05-25', 'stay')[0]?.until).toBe('2027-06-03');
    expect(inForce('2027-06-05', 'stay')[0]?.until).toBe('2027-06-17');
    expect(inForce('2027-06-11', 'stay')).toEqual([]);
    expect(events.filter((e) => e.type === 'stay.lifted').map((e) => e.data)).toEqual([
      expect.objectContaining({ reason: 'relief' }),
    ]);
  });
});

describe('a TRO kept until the court decides the motion for a preliminary injunction', () => {
  it.each([
    [
      'ctd',
      'ORDER. The temporary restraining order (ECF No. 9) remains in effect until the court decides the motion for preliminary injunction, notwithstanding its stated expiration date.',
    ],
    [
      'dcd',
      "MINUTE ORDER: The Temporary Restraining Order, ECF No. 15, shall remain in effect until the Court rules on Plaintiffs' [10] Motion for Preliminary Injunction.",
    ],
    [
      'mowd',
      'ORDER: The TRO entered on April 2, 2027 (Doc. 11) shall continue in effect until the Court decides Plaintiffs’ Motion for Preliminary Injunction (Doc. 8).',
    ],
  ])('%s: %s', (court, text) => {
    const tro = read(court, '2027-04-14', text).injunctions;
    expect(tro).toHaveLength(1);
    expect(tro[0]).toMatchObject({ type: 'TRO', action: 'extended' });
    expect(tro[0]!.until).toMatch(
      /\b(?:rules|decides)\b.*\bMotion for Preliminary Injunction|\bdecides the motion for preliminary injunction/i,
    );
  });

  it('in force past its old last day, until that ruling ends it', () => {
    const { inForce } = replay(
      [
        {
          number: '8',
          dateFiled: '2027-04-01',
          text: 'MOTION for Preliminary Injunction by Nilufar Rahimova.',
        },
        {
          number: '11',
          dateFiled: '2027-04-02',
          text: 'ORDER granting [6] Motion for Temporary Restraining Order. Defendants are RESTRAINED from terminating Plaintiff’s benefits through April 16, 2027.',
        },
        {
          number: '15',
          dateFiled: '2027-04-14',
          text: 'ORDER: The TRO entered on April 2, 2027 (Doc. 11) shall continue in effect until the Court decides Plaintiffs’ Motion for Preliminary Injunction (Doc. 8).',
        },
        {
          number: '20',
          dateFiled: '2027-05-05',
          text: 'ORDER denying [8] Motion for Preliminary Injunction.',
        },
      ],
      'mowd',
    );
    expect(inForce('2027-04-10', 'injunction')[0]?.until).toBe('2027-04-16');
    const kept = inForce('2027-04-25', 'injunction');
    expect(kept).toHaveLength(1);
    expect(kept[0]!.summary).not.toMatch(/if that comes first/);
    expect(inForce('2027-05-06', 'injunction')).toEqual([]);
  });
});

describe('an order stayed "as to paragraph 4 only, pending the court of appeals\' ruling on the motion for stay pending appeal"', () => {
  it.each([
    [
      'nmd',
      "ORDER. The Court's Order of April 2, 2027 (Doc. 22) is STAYED as to paragraph 4 only, pending the Tenth Circuit's ruling on Respondents' motion for stay pending appeal.",
    ],
    [
      'ctd',
      'ORDER: The Court’s Order of April 2, 2027 (ECF No. 22) is stayed with respect to paragraph 4, pending the Second Circuit’s decision on the respondents’ motion for a stay pending appeal.',
    ],
  ])('%s: that paragraph is on hold, the injunction stays in force, no stay of the case', (court, text) => {
    const { inForce } = replay(
      [
        {
          number: '22',
          dateFiled: '2027-04-02',
          text: 'ORDER granting [13] Motion for Preliminary Injunction.',
          documentText:
            '1. The Motion for Preliminary Injunction (Doc. 13) is GRANTED.\n2. Respondents are ENJOINED from denying any class member a bond hearing.\n3. Respondents shall file a status report every thirty days.\n4. Respondents shall provide a bond hearing to each detained class member within fourteen days.',
        },
        {
          number: '24',
          dateFiled: '2027-04-05',
          text: 'NOTICE OF APPEAL as to [22] Order on Motion for Preliminary Injunction by Warden.',
        },
        { number: '27', dateFiled: '2027-04-09', text },
      ],
      court,
    );
    const [pi] = inForce('2027-04-12', 'injunction');
    expect(pi?.what).toMatch(/Preliminary injunction/);
    expect(pi?.stayedInPart).toMatchObject({ by: 'district' });
    expect(inForce('2027-04-12', 'stay')).toEqual([]);
  });
});

describe('an interim order for as long as a motion is pending', () => {
  it.each([
    [
      'cob',
      "ORDER: While Petitioners' emergency motion [3] remains pending, Respondents shall not remove Petitioners Lin, Osei, and Haddad from the United States.",
      [3],
    ],
    [
      'nhd',
      'ORDER. So long as the motion for a temporary restraining order (ECF No. 6) is pending, Respondents shall not transfer Petitioner Ruiz out of the District of New Hampshire.',
      [6],
    ],
    [
      'ded',
      "ORAL ORDER: During the pendency of Petitioner's motion for a stay of removal [5], Respondents shall not remove Petitioner Adeyemi from the United States.",
      [5],
    ],
  ])('%s: until the ruling on that motion (%s)', (court, text, motions) => {
    const a = read(court, '2027-05-10', text);
    expect(a.stays).toHaveLength(1);
    expect(a.stays[0]).toMatchObject({ action: 'granted', expires: null });
    expect(a.stays[0]!.until).toMatch(/^resolution of /);
    expect(rulingTerm(text)?.motions).toEqual(motions);
  });

  it('names the motion by the docket report\'s bare link after its title ("emergency motion 3"), never a period', () => {
    expect(
      rulingTerm("While Petitioners' emergency motion 3 remains pending, Respondents shall not remove them."),
    ).toEqual({
      motions: [3],
      injunctionMotion: false,
    });
    expect(rulingTerm('pending resolution of the motion No. 12')?.motions).toEqual([12]);
    expect(rulingTerm('until resolution of the motion 10 days after service')).toBeNull();
  });

  it('a term that is no motion\'s ("while this action is pending") is no ruling\'s term', () => {
    expect(rulingTerm('While this action is pending, Respondents shall not remove Petitioner.')).toBeNull();
    expect(rulingTerm('during the pendency of this litigation, the parties shall meet monthly')).toBeNull();
  });

  it('the ruling on that motion ends it that day; another ruling does not', () => {
    const entries: Entry[] = [
      {
        number: '3',
        dateFiled: '2027-05-03',
        text: 'Emergency MOTION for Temporary Restraining Order by Noor Haddad.',
      },
      {
        number: '4',
        dateFiled: '2027-05-03',
        text: "ORDER: While Petitioners' emergency motion [3] remains pending, Respondents shall not remove Petitioner Noor Haddad from the United States.",
      },
      {
        number: '6',
        dateFiled: '2027-05-12',
        text: 'ORDER granting [5] Motion for Leave to Appear Pro Hac Vice.',
      },
      {
        number: '9',
        dateFiled: '2027-05-20',
        text: 'ORDER granting in part and denying in part [3] Emergency Motion for Temporary Restraining Order.',
      },
    ];
    const { inForce, events } = replay(entries, 'cob');
    expect(inForce('2027-05-13', 'stay')).toHaveLength(1);
    expect(inForce('2027-05-21', 'stay')).toEqual([]);
    expect(events.filter((e) => e.type === 'stay.lifted').map((e) => e.data)).toEqual([
      expect.objectContaining({ reason: 'ruling' }),
    ]);
  });
});
