import { describe, expect, it } from 'vitest';
import { certification } from '../court-acts.ts';
import { coveredBy } from './coverage.ts';

describe('whom an order protects (coveredBy)', () => {
  it('reads the named parties, a subclass, the class', () => {
    expect(
      coveredBy('Respondents shall not remove any named Plaintiff from the District pending further order.'),
    ).toEqual({
      who: 'named',
      parties: ['the named plaintiffs'],
    });
    expect(
      coveredBy(
        'Defendants shall not deport Petitioners Rosa Ilunga and Yusuf Karimi during the pendency of this action.',
      ),
    ).toEqual({
      who: 'named',
      parties: ['Rosa Ilunga', 'Yusuf Karimi'],
    });
    expect(
      coveredBy(
        'Defendants are ENJOINED from transferring members of the Medical Subclass out of the District.',
      ),
    ).toEqual({
      who: 'subclass',
      name: 'Medical Subclass',
    });
    expect(coveredBy('Respondents are ENJOINED from removing any member of the putative class.')).toEqual({
      who: 'class',
      proposed: true,
    });
  });

  it('keeps every name of a list joined by "or", the role repeated or not (a prohibition reaches each)', () => {
    const cases: [string, string[]][] = [
      [
        'Respondents shall not remove or transfer Petitioner Lena Okafor-Batts or Petitioner Idris Kamau Njoroge from the District of Oregon.',
        ['Lena Okafor-Batts', 'Idris Kamau Njoroge'],
      ],
      [
        'Respondents are ENJOINED from removing Petitioners Teodoro Vasquez Lima, Amira Haddad, or Wen-Li Zhou pending further order.',
        ['Teodoro Vasquez Lima', 'Amira Haddad', 'Wen-Li Zhou'],
      ],
      [
        'Defendants shall not detain Plaintiffs Marta Ilic, Juan Pablo Ortega and Sione Taufa during the pendency of this action.',
        ['Marta Ilic', 'Juan Pablo Ortega', 'Sione Taufa'],
      ],
      [
        'The government shall not deport Petitioner Noor Al-Sayegh or transfer her out of this District.',
        ['Noor Al-Sayegh'],
      ],
    ];
    for (const [words, parties] of cases) expect(coveredBy(words), words).toEqual({ who: 'named', parties });
  });

  it('the class wins when the same order names both; a heading or plain "Petitioners" limits nothing', () => {
    expect(
      coveredBy(
        'Respondents shall not remove the named Petitioners or any class members from the United States.',
      ),
    ).toEqual({ who: 'class' });
    expect(
      coveredBy("ORDER Staying Removal of Petitioners Pending Court's Review of Jurisdiction."),
    ).toBeNull();
    expect(coveredBy('Respondents are ENJOINED from removing Petitioners pending further order.')).toBeNull();
  });
});

describe('the class certified (certification)', () => {
  it('reads the court granting certification, with the definition, provisionally or not', () => {
    const c = certification(
      'ORDER granting [31] Motion to Certify Class. The Court provisionally certifies the following class under Rule 23(b)(2): all persons held at the Harbor Point Detention Center.',
    );
    expect(c).toMatchObject({
      subclass: null,
      provisional: true,
      definition: 'all persons held at the Harbor Point Detention Center',
    });
    expect(certification('The Medical Subclass is hereby certified.')?.subclass).toBe('Medical Subclass');
  });

  it('never a motion, a refusal, a denial or a decertification', () => {
    for (const text of [
      'MOTION to Certify Class by Rosa Ilunga.',
      'ORDER denying [31] Motion to Certify Class.',
      'The Court declines to certify the class proposed by Plaintiffs.',
      'Plaintiffs move to certify the following class: all persons held at Harbor Point.',
      'The class certified in [40] is DECERTIFIED.',
    ])
      expect(certification(text), text).toBeNull();
  });
});
