import { describe, expect, it } from 'vitest';
import { injunctionProtects, orderProtections, partsStayed } from './protects.ts';

describe('what an injunction protects, from its own order', () => {
  it('an order enjoining or staying removal or deportation protects from removal', () => {
    for (const words of [
      'Respondents are ENJOINED from enforcing final orders of removal against class members.',
      'Defendants are restrained from deporting any plaintiff pending further order.',
      'The removal of the petitioners is hereby stayed.',
      'Respondents shall not remove any class member from the United States.',
      'Respondents are ENJOINED from any removal of the Petitioners pending a ruling on the petition.',
    ])
      expect(injunctionProtects(words), words).toBe('removal');
  });

  it('an order that bars removal only on conditions (notice first, a chance to claim fear, only to some countries) claims only that', () => {
    for (const words of [
      'Respondents are ENJOINED from removing any class member to a third country without written notice and a meaningful opportunity to present a fear-based claim.',
      'Defendants shall not deport any Plaintiff without first providing seventy-two hours’ notice to counsel.',
      'Respondents are restrained from removing petitioners unless they have been afforded a reasonable fear interview.',
      'Respondents are PRELIMINARILY ENJOINED, pending final judgment, from removing any class member to a third country without (1) written notice in a language the class member understands.',
      'Respondents are enjoined from removing any class member to any country not designated in the removal order.',
    ])
      expect(injunctionProtects(words), words).toBe('removal_conditions');
    // One sentence barring removal outright is enough for "blocked".
    expect(
      injunctionProtects(
        'Respondents are ENJOINED from removing any class member from the United States. Respondents shall not transfer any class member to a third country without notice.',
      ),
    ).toBe('removal');
  });

  it('an order about release, bond hearings or detention protects from detention, not removal', () => {
    for (const words of [
      'Class members detained for six months or more shall be released by February 2, 2018 unless a bond hearing is held.',
      'Class members detained more than six months shall be released under orders of supervision within thirty (30) days.',
      'Respondents must provide each class member with a bond hearing before an immigration judge.',
      'Class members with final orders of removal detained more than six months shall be released.',
    ])
      expect(injunctionProtects(words), words).toBe('detention');
  });

  it('an order whose words say neither, or no words, claims nothing', () => {
    expect(injunctionProtects('ORDER granting 77 Motion for Preliminary Injunction.')).toBeNull();
    expect(
      injunctionProtects(
        'Defendants are enjoined from enforcing Sections 2(c) and 6(a) of the Executive Order.',
      ),
    ).toBeNull();
    expect(injunctionProtects(null)).toBeNull();
  });
});

describe('everything an order protects from, with its object', () => {
  const from = (words: string) => orderProtections(words);

  it('an order barring transfer, out of a circuit, a district or a facility, says where', () => {
    expect(
      from(
        'Respondents are ENJOINED from transferring any class member outside the Third Circuit pending further order.',
      ),
    ).toEqual([{ from: 'transfer', outOf: { kind: 'circuit', court: 'ca3' } }]);
    expect(from('Class members shall not be transferred out of the District of New Jersey.')).toEqual([
      { from: 'transfer', outOf: { kind: 'district', name: 'the District of New Jersey' } },
    ]);
    expect(
      from('The Government may not move Petitioners out of this District while the petition is pending.'),
    ).toEqual([{ from: 'transfer', outOf: { kind: 'district', name: null } }]);
    expect(
      from(
        'Defendants are TEMPORARILY RESTRAINED from transferring the named Plaintiffs from the Broadview Processing Center.',
      ),
    ).toEqual([{ from: 'transfer', outOf: { kind: 'facility' } }]);
    expect(from('The transfer of class members to other facilities is STAYED.')).toEqual([
      { from: 'transfer' },
    ]);
    expect(
      from(
        'Respondents, their agents and all persons acting in concert with them are hereby ENJOINED from transferring Petitioners out of the jurisdiction of this Court.',
      ),
    ).toEqual([{ from: 'transfer', outOf: { kind: 'district', name: null } }]);
    expect(
      from(
        'No class member shall be transferred to a detention facility outside the State of Washington without 72 hours notice to class counsel.',
      ),
    ).toEqual([{ from: 'transfer_notice', outOf: { kind: 'place', name: 'the State of Washington' } }]);
    expect(
      from(
        'The Court ENJOINS Defendants from removing, detaining or transferring any member of the class out of the Ninth Circuit.',
      ),
    ).toEqual([
      { from: 'removal' },
      { from: 'transfer', outOf: { kind: 'circuit', court: 'ca9' } },
      { from: 'detention' },
    ]);
  });

  it('an order requiring notice before a transfer or a removal says so, never "blocked"', () => {
    expect(
      from(
        'Respondents shall provide counsel for Petitioners with seventy-two (72) hours’ notice before transferring any class member out of the District of Massachusetts.',
      ),
    ).toEqual([
      { from: 'transfer_notice', outOf: { kind: 'district', name: 'the District of Massachusetts' } },
    ]);
    expect(
      from('Defendants shall not transfer any Plaintiff without 48 hours advance notice to counsel.'),
    ).toEqual([{ from: 'transfer_notice' }]);
    expect(
      from(
        'The Government is ORDERED to give class counsel ten days’ notice before removing any class member.',
      ),
    ).toEqual([{ from: 'removal_conditions' }]);
  });

  it('an order barring a hold on an immigration detainer past release, or re-detention, limits detention', () => {
    expect(
      from(
        'The Sheriff is ENJOINED from holding any class member on an immigration detainer beyond the time he or she would otherwise be released.',
      ),
    ).toEqual([{ from: 'detainer' }]);
    expect(from('Defendants shall not detain class members solely on the basis of an ICE detainer.')).toEqual(
      [{ from: 'detainer' }],
    );
    expect(from('Respondents are RESTRAINED from re-detaining Petitioner pending a hearing.')).toEqual([
      { from: 'detention' },
    ]);
  });

  it('an order barring the end of a status or benefit names it from its own words', () => {
    expect(from('Defendants are ENJOINED from terminating the parole of any class member.')).toEqual([
      { from: 'termination', what: 'parole' },
    ]);
    expect(
      from(
        'The termination of Plaintiffs’ Temporary Protected Status is STAYED pursuant to 5 U.S.C. § 705 pending the conclusion of these proceedings.',
      ),
    ).toEqual([{ from: 'termination', what: 'Temporary Protected Status' }]);
    expect(
      from('The Court STAYS the revocation of the class members’ work authorization under 5 U.S.C. § 705.'),
    ).toEqual([{ from: 'termination', what: 'work authorization' }]);
    expect(from('Defendants shall not suspend or cut off SNAP benefits to any member of the class.')).toEqual(
      [{ from: 'termination', what: 'SNAP benefits' }],
    );
    expect(
      from('The Department is PROHIBITED from cancelling the grant funding awarded to Plaintiffs.'),
    ).toEqual([{ from: 'termination', what: 'grant funding' }]);
  });

  it('claims nothing the words do not give', () => {
    for (const words of [
      'Defendants are enjoined from enforcing Sections 2(c) and 6(a) of the Executive Order.',
      'ORDER granting 77 Motion for Preliminary Injunction.',
      // Named, not barred.
      'Petitioner, who was transferred from Louisiana, is detained at the Delaney Hall facility.',
      'The motion to stay removal is DENIED.',
      'No one disputes that Petitioner was removed.',
      // Acts near a bar but not its object.
      'Defendants are ENJOINED from terminating the licenses of the Plaintiff clinics that provide services to people in removal proceedings.',
    ])
      expect(
        from(words).filter((p) => p.from === 'removal' || p.from === 'transfer' || p.from === 'detention'),
        words,
      ).toEqual([]);
    expect(from('The motion to stay removal is DENIED.')).toEqual([]);
    expect(
      from(
        'Defendants are ENJOINED from terminating the licenses of the Plaintiff clinics that provide services to people in removal proceedings.',
      ),
    ).toEqual([{ from: 'termination', what: 'licenses' }]);
  });
});

describe('what the court refused protects from nothing; what it granted in the same order still does', () => {
  it.each([
    [
      'The request to enjoin removal of class members is DENIED; the motion is GRANTED as to transfers. Respondents are enjoined from transferring any member of the class out of the District of Kansas.',
      [{ from: 'transfer', outOf: { kind: 'district', name: 'the District of Kansas' } }],
    ],
    [
      'The motion is GRANTED as to transfers and DENIED as to removals. Respondents shall not transfer any class member out of this District.',
      [{ from: 'transfer', outOf: { kind: 'district', name: null } }],
    ],
    [
      'The motion is DENIED insofar as it seeks to enjoin the removal of class members, and GRANTED insofar as Respondents are enjoined from transferring class members out of the Tenth Circuit.',
      [{ from: 'transfer', outOf: { kind: 'circuit', court: 'ca10' } }],
    ],
    [
      "Plaintiffs' application that Defendants be restrained from removing class members is denied. Defendants shall not detain any class member without a bond hearing.",
      [{ from: 'detention' }],
    ],
    [
      'The petition is DENIED to the extent it asks the Court to bar deportation; Respondents shall not re-detain Petitioner pending final judgment.',
      [{ from: 'detention' }],
    ],
  ])('%s', (words, protections) => {
    expect(orderProtections(words)).toEqual(protections);
  });

  it.each([
    'Respondents shall not remove Petitioner from the United States, and his request for release is denied.',
    'Respondents are ENJOINED from removing any class member. The motion to dismiss is DENIED.',
    'The motion to dissolve the injunction is DENIED. Defendants remain enjoined from deporting class members.',
  ])('a denial of something else leaves the bar on removal: %s', (words) => {
    expect(injunctionProtects(words)).toBe('removal');
  });
});

describe('a stay of part of an injunction pending appeal: what it puts on hold, what it keeps', () => {
  const injunction =
    'Respondents are ENJOINED from removing any class member from the United States while this action is pending. Respondents shall give class counsel 72 hours’ written notice before transferring any class member out of this District.';
  it.each([
    [
      'ca10 (oknd)',
      'ORDER: The motion for stay pending appeal is GRANTED IN PART. Paragraph 2 of the district court’s injunction (notice before transfers) is STAYED pending further order. The motion is DENIED as to Paragraph 1 (the prohibition on removing class members), which remains in effect.',
    ],
    [
      'ca7 (wied)',
      'ORDER. The district court’s order of March 3, 2031 is stayed pending appeal insofar as it requires advance notice of any transfer out of the district; in all other respects the motion is denied, and the bar on deporting class members remains in full force.',
    ],
  ])('%s: the notice before transfers on hold, the removal ban kept', (_court, stay) => {
    const part = partsStayed(stay, orderProtections(injunction));
    expect(part.paused).toEqual([{ from: 'transfer_notice', outOf: { kind: 'district', name: null } }]);
    expect(part.kept).toEqual([{ from: 'removal' }]);
  });

  it('ca8 (mnd): a paragraph on another duty stayed, the transfer ban said to remain: nothing on hold, transfers still barred', () => {
    const part = partsStayed(
      'ORDER granting in part motion to stay. Paragraph (4) of the order of February 2, 2031, as it applies to units with video visitation, is stayed pending appeal; the motion is denied as to the prohibition on transfers in Paragraph (2), which remains in effect.',
      orderProtections(
        'Respondents are ENJOINED from transferring any class member out of the Sherburne County Jail. Within ten days, Respondents shall restore confidential attorney telephone access.',
      ),
    );
    expect(part.paused).toEqual([]);
    expect(part.kept.map((p) => p.from)).toEqual(['transfer']);
  });

  it('a stay order that names no protection claims nothing either way', () => {
    expect(
      partsStayed(
        'ORDER: The motion to stay is GRANTED IN PART. Paragraph 1 is STAYED pending appeal.',
        orderProtections(injunction),
      ),
    ).toEqual({ paused: [], kept: [] });
  });
});
