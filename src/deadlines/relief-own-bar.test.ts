/**
 * What a TRO or an injunction forbids is that relief, told as what it blocks — not a second stay of
 * its own (issue #12). The docket text grants the relief ("ORDER granting [2] Motion for TRO",
 * "TEMPORARY RESTRAINING ORDER granting in part 3 Motion"); the order's document says what it
 * forbids ("Respondents shall not remove any class member …"). One relief, ending when it ends —
 * expired, dissolved, replaced. A bar the court makes outside any relief ("To preserve the status quo
 * while the Court considers [3] Motion, Respondent shall not remove class members …") stays a stay,
 * ending with the ruling it waits for. Several courts' wordings (names fictional).
 */
import { describe, expect, it } from 'vitest';
import { trackedUpTo } from '../../tests/support/tracked.ts';
import { analyzeEntry } from './extract/index.ts';

const read = (court: string, dateFiled: string, text: string, documentText?: string) =>
  analyzeEntry({ number: '9', dateFiled, text, ...(documentText ? { documentText } : {}) }, { court });

describe("the relief's own prohibition, in its document, is no stay", () => {
  it.each([
    [
      'ncwd',
      'ORDER granting [2] Motion for TRO. Signed by Judge Ada Pruitt on 4/2/2031.',
      'Respondents shall not deport any member of the class pending the hearing. This Order remains in effect for fourteen days.',
      'TRO',
    ],
    [
      'wvnd',
      'ORDER GRANTING [5] EMERGENCY MOTION FOR TEMPORARY RESTRAINING ORDER. Signed by Chief Judge T. Oduya on 4/2/2031.',
      'Until further order of the Court, Respondents are ORDERED not to remove class members from the United States.',
      'TRO',
    ],
    [
      'mnd',
      'MEMORANDUM OPINION AND ORDER granting [3] Motion for Preliminary Injunction. Signed by Judge R. Halvorsen on 4/2/2031.',
      "Defendants shall not transfer or remove any class member without ten days' written notice to class counsel.",
      'preliminary_injunction',
    ],
    [
      'oknd',
      'TEMPORARY RESTRAINING ORDER granting in part 4 Motion. Signed by Judge L. Okafor on 4/2/2031.',
      'Respondent shall not remove any class member. This order expires on April 16, 2031 at 5:00 p.m.',
      'TRO',
    ],
  ])('%s: %s', (court, text, documentText, type) => {
    const a = read(court, '2031-04-02', text, documentText);
    expect(a.stays).toEqual([]);
    expect(a.injunctions.filter((f) => f.action === 'granted').map((f) => f.type)).toEqual([type]);
  });

  it('a bar the court makes outside any relief is still read as a stay', () => {
    const a = read(
      'wied',
      '2031-04-02',
      'ORDER re [3] Motion to Stay Removal. Signed by Judge P. Lindgren on 4/2/2031.',
      'Respondents shall not remove any class member from the United States pending further order of the Court.',
    );
    expect(a.stays).toMatchObject([
      { action: 'granted', what: 'removal of class members', until: 'further_order' },
    ]);
  });

  it('a TRO whose document forbids removal ends with the TRO: nothing stays in force after it', () => {
    const upTo = trackedUpTo('innd', [
      { number: '2', dateFiled: '2031-04-01', text: 'MOTION for Temporary Restraining Order by Ana Ruiz.' },
      {
        number: '5',
        dateFiled: '2031-04-02',
        text: 'ORDER granting [2] Motion for TRO. Signed by Judge M. Quist on 4/2/2031.',
        documentText:
          'Respondents shall not remove any class member pending further order of the Court. This Order shall expire at 5:00 p.m. on April 16, 2031.',
      },
      {
        number: '11',
        dateFiled: '2031-04-10',
        text: 'ORDER: The temporary restraining order [5] is DISSOLVED. Signed by Judge M. Quist on 4/10/2031.',
      },
    ]);
    expect(
      upTo('2031-04-05')
        .tracker.posture('2031-04-05')
        .inForce.map((f) => f.kind),
    ).toEqual(['injunction']);
    expect(upTo('2031-04-12').tracker.posture('2031-04-12').inForce).toEqual([]);
  });
});

describe('a TRO kept until an event, bounded by a day, in other wordings', () => {
  it.each([
    [
      'ctd',
      'ORDER: The Temporary Restraining Order (Doc. 8) is EXTENDED pending resolution of the motion for preliminary injunction (Doc. 3), but in no event beyond 11:59 p.m. on May 10, 2031.',
      '2031-05-10',
    ],
    [
      'ksd',
      'ORDER: For good cause shown, the TRO (ECF No. 7) is extended through and including the earlier of (a) the Court’s ruling on the motion for preliminary injunction or (b) 5:00 PM on 5/12/2031.',
      '2031-05-12',
    ],
    [
      'ned',
      'ORDER continuing the Temporary Restraining Order (Doc. 6) in force until disposition of the pending motion for preliminary injunction (Doc. 2), not to extend past the 13th day of May, 2031.',
      '2031-05-13',
    ],
    [
      'cod',
      'ORDER: The temporary restraining order [9] is extended pending the Court’s decision on the [4] motion, but not to exceed May 14, 2031.',
      '2031-05-14',
    ],
  ])('%s: %s', (court, text, until) => {
    const f = read(court, '2031-04-28', text).injunctions.find((x) => x.type === 'TRO');
    expect(f).toMatchObject({ action: 'extended', until });
  });
});

describe('a stay until the court rules on "the motion" of the order ends with that ruling', () => {
  it.each([
    [
      'insd',
      'ORDER: To preserve the status quo while the Court considers [3] Motion, Respondents shall not remove class members; this administrative stay remains in place until the Court rules on the motion.',
      'ORDER denying [3] Motion for Stay of Removal.',
    ],
    [
      'wiwd',
      'ORDER: While the Court considers [3] Motion, Respondents shall not deport any class member until the Court decides the pending motion.',
      'ORDER: The [3] Motion to Stay Removal is DENIED.',
    ],
  ])('%s', (court, granted, denied) => {
    const upTo = trackedUpTo(court, [
      { number: '3', dateFiled: '2031-03-05', text: 'MOTION for Stay of Removal by Joao Pires.' },
      { number: '7', dateFiled: '2031-03-06', text: granted },
      { number: '12', dateFiled: '2031-03-27', text: denied },
    ]);
    expect(
      upTo('2031-03-20')
        .tracker.posture('2031-03-20')
        .inForce.map((f) => f.kind),
    ).toEqual(['stay']);
    expect(upTo('2031-04-01').tracker.posture('2031-04-01').inForce).toEqual([]);
  });
});
