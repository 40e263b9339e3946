/**
 * Relief recognised and ended on its real terms, in several courts' words (hand-written entries;
 * names fictional): an order captioned with the relief's own name is that relief granted ("PRELIMINARY
 * INJUNCTION. The motion [4] is GRANTED IN PART …"); relief that lasts until an event, bounded by a
 * day ("through the Court's ruling on …, but no later than 11:59 p.m. on D", "until the Court rules …
 * or D, whichever is earlier", "until the earlier of (a) … and (b) D") ends at the latest on that
 * day, at its hour, and sooner with the event.
 */
import { describe, expect, it } from 'vitest';
import { trackedUpTo } from '../../tests/support/tracked.ts';
import { classify } from './extract/classify.ts';
import { analyzeEntry } from './extract/index.ts';

const read = (court: string, dateFiled: string, text: string, documentText?: string) =>
  analyzeEntry({ number: '30', dateFiled, text, ...(documentText ? { documentText } : {}) }, { court });

describe('an order captioned with the relief it grants', () => {
  it.each([
    [
      'ncwd',
      'PRELIMINARY INJUNCTION. The motion [4] is GRANTED IN PART. Defendants are enjoined from transferring any member of the class out of this District. Signed by District Judge A. B. Ferris on 3/2/2027.',
      'preliminary_injunction',
      null,
    ],
    [
      'wvnd',
      'TEMPORARY RESTRAINING ORDER: Respondents shall not remove Petitioner from the United States. This Order shall expire at 5:00 p.m. on March 16, 2027. Signed by Chief Judge T. Oduya on 3/2/2027.',
      'TRO',
      '2027-03-16',
    ],
    [
      'oknd',
      'INJUNCTION PENDING FINAL JUDGMENT. Defendants and their officers are ENJOINED from detaining any class member without a bond hearing before an immigration judge.',
      'preliminary_injunction',
      'final judgment',
    ],
    [
      'wied',
      'ORDER OF PRELIMINARY INJUNCTION: Defendants are prohibited from terminating the parole of any member of the class. Signed by Judge M. Kessler on 3/2/2027.',
      'preliminary_injunction',
      null,
    ],
    [
      'mnd',
      'CLASS-WIDE TEMPORARY RESTRAINING ORDER (ECF No. 12). Respondents are RESTRAINED from removing class members until 11:59 p.m. on March 12, 2027.',
      'TRO',
      '2027-03-12',
    ],
  ])('%s: %s', (court, text, type, until) => {
    expect(classify(text).isCourtAct).toBe(true);
    const granted = read(court, '2027-03-02', text).injunctions.filter((f) => f.action === 'granted');
    expect(granted).toHaveLength(1);
    expect(granted[0]).toMatchObject({ type, until });
  });

  it.each([
    'PRELIMINARY INJUNCTION HEARING held on 3/2/2027 before Judge Ferris.',
    'MOTION for PRELIMINARY INJUNCTION. by Ana Ruiz.',
    '[PROPOSED] PRELIMINARY INJUNCTION. Defendants are enjoined from removing class members.',
    'TEMPORARY RESTRAINING ORDER: The motion [3] is DENIED.',
    'Preliminary injunction hearing reset for 3/9/2027.',
  ])('not a grant: %s', (text) => {
    expect(read('ned', '2027-03-02', text).injunctions.filter((f) => f.action === 'granted')).toEqual([]);
  });

  it('granted in part: in force, as to what it grants, on the record', () => {
    const upTo = trackedUpTo('insd', [
      {
        number: '4',
        dateFiled: '2027-02-20',
        text: 'MOTION for Preliminary Injunction by Ana Ruiz.',
      },
      {
        number: '15',
        dateFiled: '2027-03-02',
        text: 'PRELIMINARY INJUNCTION. The motion [4] is GRANTED IN PART. The request to enjoin removal is DENIED; the motion is GRANTED as to transfers. Defendants are enjoined from transferring class members out of the Southern District of Indiana.',
      },
    ]);
    const inForce = upTo('2027-10-01').tracker.posture('2027-10-01').inForce;
    expect(inForce.filter((f) => f.kind === 'injunction')).toHaveLength(1);
  });
});

describe('relief until an event, bounded by a day', () => {
  it.each([
    [
      'ncwd',
      "ORDER extending the Temporary Restraining Order [10] through the Court's ruling on the motion for a preliminary injunction, but no later than 11:59 p.m. on February 3, 2027.",
      '2027-02-03',
      '23:59',
    ],
    [
      'ctd',
      'ORDER: The temporary restraining order shall remain in effect until the Court rules on the motion for preliminary injunction or March 27, 2027, whichever is earlier.',
      '2027-03-27',
      undefined,
    ],
    [
      'wiwd',
      "ORDER. The TRO [8] is EXTENDED until the earlier of (a) the Court's ruling on Plaintiffs' Motion for Preliminary Injunction [14] and (b) 5:00 p.m. on June 2, 2027.",
      '2027-06-02',
      '17:00',
    ],
    [
      'nmd',
      'MINUTE ORDER: The temporary restraining order [6] is extended pending a decision on the [5] motion for a preliminary injunction, and in no event beyond 5:00 p.m. on April 9, 2027.',
      '2027-04-09',
      '17:00',
    ],
    [
      'ksd',
      'ORDER: The Court extends the temporary restraining order [9] until it rules on the pending motion for preliminary injunction or until 11:59 p.m. on May 14, 2027, whichever occurs first.',
      '2027-05-14',
      '23:59',
    ],
  ])('%s: %s', (court, text, until, time) => {
    const f = read(court, '2027-01-20', text).injunctions.find((x) => x.type === 'TRO');
    expect(f?.until).toBe(until);
    expect(f?.untilTime).toBe(time);
  });

  it.each([
    [
      "ORDER: The TRO [7] is EXTENDED through the Court's ruling on the motion for a preliminary injunction, but no later than 5:00 p.m. Eastern Time on February 3, 2027.",
      '15:00',
    ],
    [
      'ORDER: The TRO [7] shall remain in effect until the Court rules on the [3] motion or 11:59 p.m. (EST) on February 3, 2027, whichever comes first.',
      '21:59',
    ],
  ])('its hour written in another zone, on the court’s clock (D. Colo.): %s', (text, time) => {
    const f = read('cod', '2027-01-20', text).injunctions.find((x) => x.type === 'TRO');
    expect(f?.until).toBe('2027-02-03');
    expect(f?.untilTime).toBe(time);
  });

  it('a day of the hearing before the limit is not the limit', () => {
    const f = read(
      'cod',
      '2027-01-20',
      "ORDER: The Court heard argument on the [4] Motion on January 19, 2027. The Temporary Restraining Order [7] is EXTENDED through the Court's ruling on that motion, but not later than February 3, 2027.",
    ).injunctions.find((x) => x.type === 'TRO');
    expect(f?.until).toBe('2027-02-03');
  });

  it('in force to the limit, ended sooner by the ruling it waits for', () => {
    const entries = [
      { number: '4', dateFiled: '2027-01-05', text: 'MOTION for Preliminary Injunction by Ana Ruiz.' },
      {
        number: '7',
        dateFiled: '2027-01-07',
        text: 'ORDER granting [3] Motion for Temporary Restraining Order. Respondents are ENJOINED from removing Petitioner. This Temporary Restraining Order shall expire at 11:59 p.m. on January 21, 2027.',
      },
      {
        number: '12',
        dateFiled: '2027-01-20',
        text: "ORDER: the Temporary Restraining Order [7] is EXTENDED through the Court's ruling on the motion for a preliminary injunction, but no later than 11:59 p.m. on February 3, 2027.",
      },
      {
        number: '15',
        dateFiled: '2027-02-01',
        text: 'ORDER denying [4] Motion for Preliminary Injunction.',
      },
    ];
    const upTo = trackedUpTo('ned', entries);
    const tro = (day: string) =>
      upTo(day)
        .tracker.posture(day)
        .inForce.filter((f) => f.kind === 'injunction');
    expect(tro('2027-01-25')).toHaveLength(1);
    expect(tro('2027-01-25')[0]!.until).toBe('2027-02-03');
    expect(tro('2027-02-02')).toEqual([]);
    const bounded = trackedUpTo('ned', entries.slice(0, 3));
    expect(bounded('2027-02-03').tracker.posture('2027-02-03').inForce).toHaveLength(1);
    expect(bounded('2027-02-04').tracker.posture('2027-02-04').inForce).toEqual([]);
  });
});

it('a caption that gives the term: "INJUNCTION PENDING FINAL JUDGMENT. The [3] Motion … is GRANTED"', () => {
  const [f] = read(
    'cod',
    '2027-04-12',
    'INJUNCTION PENDING FINAL JUDGMENT. The [3] Motion for Preliminary Injunction is GRANTED. Respondents are ENJOINED from removing any member of the class from the United States.',
  ).injunctions;
  expect(f).toMatchObject({ type: 'preliminary_injunction', action: 'granted', until: 'final judgment' });
});
