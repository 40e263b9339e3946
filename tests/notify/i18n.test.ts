/** Advocates' messages in English, Spanish and Arabic: the catalogs, and the rendered mail. */
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { termIn } from '../../src/notify/glossary.ts';
import { contracted, dateIn, fromAcceptLanguage, LANGUAGES, t, toLanguage } from '../../src/notify/i18n.ts';
import { deadlineIn, hearingIn, partyIn } from '../../src/notify/labels.ts';
import { appellateStep, phrase } from '../../src/notify/language.ts';
import { ar } from '../../src/notify/messages/ar.ts';
import { en, type MessageKey } from '../../src/notify/messages/en.ts';
import { es } from '../../src/notify/messages/es.ts';
import { clip, renderAlert, renderDigest } from '../../src/notify/render.ts';
import type { CaseHeading, NotifyEvent, Recipient } from '../../src/notify/types.ts';
import {
  advocate,
  deadlineSet,
  entry,
  HAMAMA,
  orderEntry,
  SECRET,
  stayExtended,
} from '../support/messages.ts';

/** The names of a message's arguments (placeholders, plurals, selects), nested ones included. */
function argumentsOf(message: string, locale: string): string[] {
  const names = new Set<string>();
  const walk = (nodes: unknown[]) => {
    for (const node of nodes as {
      type: number;
      value?: string;
      options?: Record<string, { value: unknown[] }>;
    }[]) {
      if (node.type !== 0 && node.type !== 7 && typeof node.value === 'string') names.add(node.value);
      for (const option of Object.values(node.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(message, locale, undefined, { ignoreTag: true }).getAst());
  return [...names].sort();
}

const ctx = {
  publicUrl: 'https://dw.example.org',
  secret: SECRET,
  unsubscribeMailto: null,
  today: '2017-07-11',
};

describe('the catalogs', () => {
  it('translate every English phrase, with the same arguments, and parse as ICU messages', () => {
    for (const [lang, catalog] of [
      ['es', es],
      ['ar', ar],
    ] as const) {
      expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
      for (const key of Object.keys(en) as MessageKey[]) {
        if (key === 'message.englishNote') continue; // English needs no note that it is in English
        const lower = (names: string[]) => names.map((n) => n.toLowerCase());
        const theirs = lower(argumentsOf(catalog[key], lang));
        // The same event passes the same values to all its phrases (`injunction.*` get `name`).
        const family = (Object.keys(en) as MessageKey[]).filter((k) => k.split('.')[0] === key.split('.')[0]);
        const ours = lower(family.flatMap((k) => argumentsOf(en[k], 'en')));
        // A translation may leave out an argument English needs for its grammar (an article) or
        // use a form of one English has (`name` beside `Name`; `whatForm`, what agrees with `what`:
        // its gender and number), never one English does not have.
        for (const name of theirs)
          expect(ours, `${lang} ${key}: {${name}}`).toContain(name.replace(/form$/, '') || name);
      }
    }
  });

  it('counts by each language’s plural rules', () => {
    expect(t('en', 'days.left', { days: 2 })).toBe('in 2 days');
    expect(t('es', 'days.left', { days: 1 })).toBe('mañana');
    expect(t('ar', 'days.left', { days: 2 })).toBe('بعد يومين');
    expect(t('ar', 'days.left', { days: 5 })).toBe('بعد 5 أيام');
    expect(t('ar', 'days.left', { days: 11 })).toBe('بعد 11 يومًا');
  });

  it('reads a language from a form, a query or a browser', () => {
    expect(toLanguage('es-MX')).toBe('es');
    expect(toLanguage(' AR ')).toBe('ar');
    expect(toLanguage('fr')).toBeNull();
    expect(fromAcceptLanguage('fr-FR,ar;q=0.8,en;q=0.5')).toBe('ar');
    expect(fromAcceptLanguage(undefined)).toBe('en');
    expect(dateIn('es', '2017-07-24')).toBe('24 de julio de 2017');
  });
});

describe('advocates’ messages in their language', () => {
  const removal: NotifyEvent = {
    id: 'stay-expanded',
    type: 'stay',
    case: HAMAMA,
    entry: { number: '32', date: '2017-06-26', url: null },
    change: 'expanded',
    what: 'removal of all Iraqi nationals in the United States with final orders of removal (the class)',
    expires: '2017-07-06',
    until: null,
    previousExpires: null,
  };

  it('say what the order does, whom it covers (nationwide) and which order by its date, in each language', () => {
    expect(phrase(removal, 'advocate', 'en')).toEqual({
      headline: 'Stay expanded nationwide',
      sentence:
        'The judge expanded the stay to cover more people, nationwide: no one in the class can be deported before the stay ends on July 6, 2017. Order of June 26, 2017.',
    });
    expect(phrase(removal, 'advocate', 'es').sentence).toBe(
      'El tribunal amplió la suspensión a más personas, en todo el país: no se puede deportar a nadie de la clase antes de que termine la suspensión, el 6 de julio de 2017. Orden del 26 de junio de 2017.',
    );
    expect(phrase(removal, 'advocate', 'ar').headline).toBe('توسيع الوقف ليشمل البلاد كلها');
    // The legal team reads English whatever language an advocate chose.
    expect(phrase(removal, 'legal', 'ar').headline).toBe('Stay expanded');
  });

  for (const lang of LANGUAGES) {
    it(`renders an alert in ${lang}: html lang and dir, docket text quoted in English, the case page and the court's docket linked`, () => {
      const recipient: Recipient = { ...advocate, language: lang };
      const m = renderAlert(recipient, { case: HAMAMA, events: [stayExtended, orderEntry] }, ctx);
      expect(m.html).toContain(`<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">`);
      expect(m.html).toContain('<div lang="en" dir="ltr"');
      expect(m.text).toContain('https://dw.example.org/cases/mied/2:17-cv-11910');
      expect(m.text).toContain(HAMAMA.docketUrl!);
      expect(m.text).toContain(`https://dw.example.org/manage?token=`);
      if (lang === 'en') expect(m.text).not.toContain('quoted in English');
      else {
        expect(m.headers['Content-Language']).toBe(lang);
        expect(m.text).toContain(t(lang, 'message.englishNote'));
        expect(m.text).toContain(`lang=${lang}`);
      }
      const digest = renderDigest(
        {
          recipient,
          case: HAMAMA,
          frequency: 'daily',
          period: { from: '2017-07-11', to: '2017-07-11' },
          posture: { inForce: [], nextDeadlines: [], nextHearings: [] },
          changes: [orderEntry],
        },
        ctx,
      );
      expect(digest?.text).toContain(t(lang, 'posture.title').toUpperCase());
    });
  }

  it('keeps a deadline’s time in the alert’s subject', () => {
    const timed = { ...deadlineSet, dueTime: '12:00' } as NotifyEvent;
    const m = renderAlert(advocate, { case: HAMAMA, events: [timed] }, ctx);
    expect(m.subject).toContain('12:00 PM');
  });
});

describe('cutting text', () => {
  it('never cuts a word in the middle', () => {
    const words = 'The court ordered that the petitioners shall not be transferred out of the district'.split(
      ' ',
    );
    for (let n = 10; n < 90; n++) {
      const text = words.join(' ');
      const cut = clip(text, n);
      expect(cut.length).toBeLessThanOrEqual(n);
      if (cut !== text) {
        const kept = cut.slice(0, -1).trim().split(' ');
        // every kept word is a whole word of the original
        for (const w of kept) expect(words).toContain(w);
      }
    }
  });

  it('closes an isolate it cuts: the English case name in an Arabic subject', () => {
    const subject = `تحديد مهلة: تقرير عن سير القضية — \u2066Okafor-Reyes et al v. Pruitt et al, Warden of the Brandywine Processing Center\u2069`;
    for (let n = 40; n < subject.length; n++) {
      const cut = clip(subject, n);
      expect(cut.length).toBeLessThanOrEqual(n);
      expect((cut.match(/\u2066/g) ?? []).length, cut).toBe((cut.match(/\u2069/g) ?? []).length);
    }
  });
});

describe('an appeal argued, heard, submitted or set for argument', () => {
  const appeal = (court: string): CaseHeading => ({
    court,
    docketNumber: '17-2171',
    caseName: 'Hamama v. Adducci',
    docketUrl: null,
  });
  // Courts of appeals' clerks write the same steps in their own words.
  const CASES: [string, string, string][] = [
    [
      'ca9',
      'other',
      'ARGUED AND SUBMITTED TO RONALD M. GOULD, RICHARD A. PAEZ and MICHAEL DALY HAWKINS. (Seattle) (AF)',
    ],
    [
      'ca6',
      'minute_entry',
      'ORAL ARGUMENT HEARD before Judges Alice M. Batchelder, Jeffrey S. Sutton and Helene N. White. (CLA)',
    ],
    ['ca2', 'other', 'CASE SUBMITTED ON THE BRIEFS to Judges A, B and C.'],
    ['ca5', 'notice', 'CASE CALENDARED for oral argument on 03/07/2018 in New Orleans.'],
    ['ca1', 'minute_entry', 'CASE argued. Panel: A, B, C.'],
  ];
  const STEP = { ca9: 'argued', ca6: 'heard', ca2: 'submitted', ca5: 'calendared', ca1: 'heard' } as const;

  it('is named as such in every language, never as a bare new entry', () => {
    for (const [court, kind, text] of CASES) {
      const event = entry(`step-${court}`, kind as never, '41', text, null, appeal(court));
      expect(appellateStep(kind, text, court), text).toBe(STEP[court as keyof typeof STEP]);
      for (const lang of LANGUAGES) {
        const said = phrase(event, 'advocate', lang);
        const label = t(lang, 'entry.label', { number: '41', appellate: 'yes' });
        expect(said.headline).toBe(
          t(lang, 'entry.step.headline', { step: STEP[court as keyof typeof STEP], label }),
        );
        expect(said.headline).not.toContain(t(lang, 'entry.kind', { kind: 'other' }));
      }
      expect(phrase(event, 'legal').headline).not.toMatch(/^New /);
    }
    expect(phrase(entry('a', 'other', '41', CASES[0]![2], null, appeal('ca9')), 'advocate').headline).toBe(
      'Case argued and submitted to the court (Doc. 41)',
    );
  });

  it('is not read from a district docket, nor from the court’s ruling', () => {
    expect(appellateStep('other', 'ARGUED AND SUBMITTED to the court.', 'mied')).toBeNull();
    expect(appellateStep('order', 'ORDER: the case is SUBMITTED ON THE BRIEFS.', 'ca9')).toBeNull();
    expect(appellateStep('other', 'Appellant brief filed by Rebecca Adducci.', 'ca6')).toBeNull();
    expect(appellateStep('motion', 'MOTION to have the appeal expedited and calendared', 'ca9')).toBeNull();
    expect(
      appellateStep('other', 'CALENDARED: San Francisco, June 12 2017 9:30 am, Courtroom 1', 'ca9'),
    ).toBe('calendared');
  });
});

describe('docketwatch’s words inside a record, in the reader’s language', () => {
  it('translates the act, the party’s role and how a date was found; quotes the court’s words', () => {
    expect(deadlineIn('en', 'response to [11] (local-rule default)')).toBe(
      'Response to ECF No. 11 (local-rule default)',
    );
    expect(deadlineIn('es', 'response to [11] (local-rule default)')).toBe(
      'respuesta al escrito ECF n.º 11 (plazo por defecto de las reglas locales del tribunal)',
    );
    expect(deadlineIn('es', 'answer')).toBe('contestación a la demanda');
    expect(deadlineIn('es', 'report to class counsel regarding the files produced (recurring)')).toBe(
      '«Report to class counsel regarding the files produced» (se repite)',
    );
    // Inside Arabic the court's words are isolated left to right.
    expect(deadlineIn('ar', 'report to class counsel (recurring)')).toBe(
      '«\u2066Report to class counsel\u2069» (متكرّرة)',
    );
    expect(deadlineIn('ar', 'reply in support of [36]')).toBe('مذكرة تعقيب بشأن قيد ECF رقم 36');
    expect(partyIn('es', 'Respondents')).toBe('los demandados');
    expect(partyIn('ar', 'the Government')).toBe('الحكومة');
    expect(partyIn('es', 'Zoho Corporation')).toBe('«Zoho Corporation»');
    expect(hearingIn('es', 'motion_hearing')).toBe('audiencia sobre una moción');
    expect(hearingIn('es', 'change_of_plea_hearing')).toBe('audiencia «change of plea hearing»');
  });
});

describe('Spanish contracts a preposition before the article a value brings', () => {
  const protection = (what: string) =>
    t('es', 'people.protection', {
      from: 'other',
      action: 'granted',
      theName: 'la suspensión',
      TheName: 'La suspensión',
      what,
      anyone: 'las personas de la clase',
      out: '',
    });

  it('"de el Estatus …" is "del Estatus …"; a name\'s capital "El" stays', () => {
    expect(protection('el Estatus de Protección Temporal (TPS)')).toContain(
      'está bloqueada la terminación del Estatus de Protección Temporal (TPS) de las personas de la clase',
    );
    expect(protection('la cobertura de Medicaid')).toContain('la terminación de la cobertura de Medicaid');
    expect(protection('El Paso Housing Voucher')).toContain('la terminación de El Paso Housing Voucher');
  });

  it('contracts whole words only, in every phrase: "vencía el 6 de marzo" stays, "a el tribunal" is "al"', () => {
    expect(contracted('es', 'antes vencía el 6 de marzo de 2026')).toBe('antes vencía el 6 de marzo de 2026');
    expect(contracted('es', 'pidió a el tribunal')).toBe('pidió al tribunal');
    expect(contracted('es', 'A el tribunal')).toBe('Al tribunal');
    expect(contracted('es', 'depende de él')).toBe('depende de él');
    expect(contracted('es', 'para el caso')).toBe('para el caso');
    // through the catalog: a moved deadline's old day after "vencía"
    const moved = t('es', 'deadline.sentence', {
      change: 'moved',
      what: '«Fact discovery»',
      party: '',
      due: '10 de abril de 2026',
      dated: 'yes',
      was: '6 de marzo de 2026',
    });
    expect(moved).toContain('(antes vencía el 6 de marzo de 2026)');
  });
});

describe('Arabic joins a one-letter preposition to the Arabic word a value brings', () => {
  it('بـ and لـ join an Arabic word (لـ before ال drops the alif) and stay apart from quoted English', () => {
    expect(contracted('ar', 'الخاص بـأفراد الدعوى الجماعية')).toBe('الخاص بأفراد الدعوى الجماعية');
    expect(contracted('ar', 'لـالمحكمة')).toBe('للمحكمة');
    expect(contracted('ar', 'المتعلقة بـ«\u2066Port Freeport\u2069»')).toBe(
      'المتعلقة بـ«\u2066Port Freeport\u2069»',
    );
    expect(contracted('ar', 'لـ\u2066Tamsin Okafor-Reyes\u2069')).toBe('لـ\u2066Tamsin Okafor-Reyes\u2069');
    expect(contracted('en', 'de el')).toBe('de el');
  });
});

describe('a protected thing agrees with its term', () => {
  const modified = (lang: 'es' | 'ar', english: string) => {
    const term = termIn(lang, english)!;
    return t(lang, 'people.protection', {
      from: 'other',
      action: 'modified',
      theName: '',
      TheName: '',
      what: term.the,
      whatForm: term.agreement,
      anyone: '',
      out: '',
    });
  };

  it('in Spanish by its article: gender and number', () => {
    expect(modified('es', 'Medicaid coverage')).toContain(
      'de quiénes sigue protegida la cobertura de Medicaid',
    );
    expect(modified('es', 'work authorization')).toContain(
      'de quiénes sigue protegido el permiso de trabajo',
    );
    expect(modified('es', 'Social Security benefits')).toContain(
      'de quiénes siguen protegidos los beneficios del Seguro Social',
    );
  });

  it('in Arabic by its head noun: feminine for taa marbuta and a plural of things', () => {
    expect(modified('ar', 'food stamps')).toContain('لا تزال المساعدة الغذائية (SNAP) الخاصة به محمية');
    expect(modified('ar', 'SSI benefits')).toContain('لا تزال إعانات الضمان الاجتماعي الخاصة به محمية');
    expect(modified('ar', 'employment authorization documents')).toContain(
      'لا يزال تصريح العمل الخاص به محميًا',
    );
    const granted = t('ar', 'people.protection', {
      from: 'other',
      action: 'granted',
      theName: 'الوقف',
      TheName: 'الوقف',
      what: termIn('ar', 'Medicaid')!.the,
      whatForm: termIn('ar', 'Medicaid')!.agreement,
      anyone: 'أفراد الدعوى الجماعية',
      out: '',
    });
    expect(granted).toContain(
      'يُمنع إنهاء تغطية Medicaid (التأمين الصحي الحكومي) الخاصة بأفراد الدعوى الجماعية.',
    );
  });
});
