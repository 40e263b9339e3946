/**
 * What advocates read about what an order protects from besides removal and detention, by whom it
 * protects: the protections come from the order's words (`otherProtections`), the sentence from
 * `phrase`, in each language.
 */
import { describe, expect, it } from 'vitest';
import { phrase } from '../../src/notify/language.ts';
import { otherProtections } from '../../src/notify/protects.ts';
import type { InjunctionEvent } from '../../src/notify/types.ts';
import { HAMAMA } from '../support/messages.ts';

const injunction = (words: string, over: Partial<InjunctionEvent> = {}): InjunctionEvent => ({
  case: HAMAMA,
  entry: null,
  id: 'p',
  type: 'injunction',
  injunction: 'TRO',
  action: 'granted',
  until: null,
  protections: otherProtections(words),
  ...over,
});

describe('what else an order protects from, for whom', () => {
  it('a TRO for three named petitioners bars their transfer: said of them, never of the class', () => {
    const event = injunction(
      'Respondents shall not transfer Petitioners Ana Ruiz, Omar Haddad or Li Wei out of this District pending the hearing.',
      { forParties: ['Ana Ruiz', 'Omar Haddad', 'Li Wei'] },
    );
    const en = phrase(event, 'advocate').sentence;
    expect(en).toContain('Transfers of Ana Ruiz, Omar Haddad and Li Wei out of the district are blocked');
    expect(en).not.toMatch(/people in the class/);
    expect(phrase(event, 'advocate', 'es').sentence).toContain('fuera del distrito están bloqueados');
  });

  it('a § 705 stay of a termination says what is not terminated, in the order’s words', () => {
    const event = injunction(
      'The termination of Temporary Protected Status for class members is hereby POSTPONED under 5 U.S.C. § 705 pending conclusion of these proceedings.',
      { injunction: 'agency_postponement' },
    );
    expect(phrase(event, 'advocate').sentence).toContain(
      'the termination of Temporary Protected Status for people in the class is blocked',
    );
    // The glossary's name in Arabic, with the acronym families know (src/notify/glossary.ts).
    expect(phrase(event, 'advocate', 'ar').sentence).toContain('وضع الحماية المؤقتة (TPS)');
  });

  it('a bar on detainer holds, granted then vacated', () => {
    const words =
      'The County is ENJOINED from detaining any class member on an ICE detainer after the class member is otherwise eligible for release.';
    expect(
      phrase(injunction(words, { injunction: 'preliminary_injunction' }), 'advocate').sentence,
    ).toContain(
      'people in the class cannot be held on an immigration detainer once they would otherwise be released',
    );
    expect(
      phrase(injunction(words, { injunction: 'preliminary_injunction', action: 'vacated' }), 'advocate')
        .sentence,
    ).toContain('no longer bars holding people in the class on an immigration detainer');
  });

  it('an order whose words give none of these says none of these', () => {
    const event = injunction(
      'Defendants are ENJOINED from enforcing Sections 2(c) and 6(a) of the Executive Order.',
    );
    expect(event.protections).toEqual([]);
    expect(phrase(event, 'advocate').sentence).not.toMatch(/blocked|transfer|detainer|termination/i);
  });
});

describe('a part of an injunction vacated or stayed, in words that name what it protected', () => {
  const part = (act: 'vacated' | 'stayed', reach: 'only' | 'except', words: string) =>
    injunction('', {
      injunction: 'preliminary_injunction',
      action: 'modified',
      part: { act, reach, words },
    });

  it('says that protection no longer holds, for the class', () => {
    expect(
      phrase(
        part('stayed', 'only', 'insofar as it bars the transfer of class members out of the Ninth Circuit'),
        'advocate',
      ).sentence,
    ).toContain(
      'The preliminary injunction no longer blocks transfers of people in the class out of the Ninth Circuit.',
    );
    expect(
      phrase(
        part(
          'vacated',
          'only',
          'paragraph 2, which enjoins Defendants from terminating the parole of class members',
        ),
        'advocate',
        'es',
      ).sentence,
    ).toContain(
      'ya no bloquea la terminación del permiso de permanencia humanitario (parole) de las personas de la clase',
    );
  });

  it('says nothing more of a part named only by its number, or of the part kept', () => {
    const numbered = phrase(part('stayed', 'only', 'paragraph 3'), 'advocate').sentence;
    expect(numbered).not.toMatch(/no longer blocks/);
    const kept = phrase(
      part('vacated', 'except', 'insofar as it bars the transfer of class members'),
      'advocate',
    ).sentence;
    expect(kept).not.toMatch(/no longer blocks/);
  });
});

describe('the protected thing in the reader’s language (src/notify/glossary.ts), or quoted as the order’s words', () => {
  it.each([
    [
      'Defendants are ENJOINED from terminating the Medicaid coverage of class members pending final judgment.',
      'la terminación de la cobertura de Medicaid de',
      'إنهاء تغطية Medicaid (التأمين الصحي الحكومي)',
    ],
    [
      'The Agency is RESTRAINED from terminating the SNAP benefits of any class member without a fair hearing.',
      'la terminación de la ayuda para alimentos (SNAP) de',
      'إنهاء المساعدة الغذائية (SNAP)',
    ],
    [
      'The termination of Plaintiffs’ work authorization is STAYED pursuant to 5 U.S.C. § 705.',
      'la terminación del permiso de trabajo de',
      'إنهاء تصريح العمل',
    ],
    [
      'Defendants shall not terminate the housing assistance of class members pending further order.',
      'la terminación de la ayuda para la vivienda de',
      'إنهاء المساعدة السكنية',
    ],
  ])('%s', (words, es, ar) => {
    const event = injunction(words, { injunction: 'preliminary_injunction' });
    const [sentEs, sentAr] = [
      phrase(event, 'advocate', 'es').sentence,
      phrase(event, 'advocate', 'ar').sentence,
    ];
    expect(sentEs).toContain(es);
    expect(sentEs).not.toMatch(/«[^»]*(?:coverage|benefits|authorization|assistance)[^»]*»/i);
    expect(sentAr).toContain(ar);
  });

  it('a thing the glossary does not know: the order’s words, said as a quotation', () => {
    const event = injunction(
      'Defendants are ENJOINED from terminating the Lifeline telephone program enrollment of class members.',
      { injunction: 'preliminary_injunction' },
    );
    expect(phrase(event, 'advocate', 'es').sentence).toContain(
      'la terminación de lo que la orden llama «Lifeline telephone program enrollment» de',
    );
    expect(phrase(event, 'advocate', 'ar').sentence).toMatch(
      /إنهاء ما يسمّيه الأمر «.*Lifeline telephone program enrollment.*»/,
    );
    expect(phrase(event, 'advocate').sentence).toContain(
      'the termination of Lifeline telephone program enrollment',
    );
  });
});
