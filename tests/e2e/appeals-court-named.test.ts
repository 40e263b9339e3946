/**
 * Messages name the court of appeals (issue #12): Hamama v. Adducci replayed through the real worker
 * to a real SMTP server, its Sixth Circuit appeal linked by itself. Every alert and digest that
 * tells what the court of appeals did — its opinion, its vacatur of the two injunctions, its
 * mandate, the posture's "vacated on appeal, in force until the mandate" — says "the Sixth Circuit"
 * ("el Sexto Circuito", "محكمة استئناف الدائرة السادسة"), to the legal team and to advocates in
 * English, Spanish and Arabic, and none says "the court of appeals" in docketwatch's own words. A
 * case whose appeal is not known (no linked appeal) still reads "the court of appeals".
 *
 * The decision's alert (third try-out 18): the case's header once (the appeal's docket, in the same
 * alert, under its own caption), and a subject that says which rulings were vacated, in every language.
 */
import { describe, expect, it } from 'vitest';
import { type RenderContext, renderAlert } from '../../src/notify/render.ts';
import type { NotifyEvent } from '../../src/notify/types.ts';
import { advocate, HAMAMA, legal, SECRET } from '../support/messages.ts';
import { ADVOCATES_IN_EVERY_LANGUAGE } from '../support/posture-mail.ts';
import { replayedSuite } from '../support/replayed.ts';

/** docketwatch's generic words for a court of appeals, by language. */
const GENERIC = { en: /\bcourt of appeals\b/i, es: /tribunal de apelaciones/i, ar: /محكمة الاستئناف/ };
const NAMED = { en: 'the Sixth Circuit', es: 'el Sexto Circuito', ar: 'محكمة استئناف الدائرة السادسة' };

/** A message without the court's own words (quoted “…”, «…», or an indented quotation) and links. */
function ownWords(text: string): string {
  return text
    .split('\n')
    .filter((l) => !/^\s*“/.test(l) && !/https?:\/\//.test(l))
    .join('\n')
    .replace(/«[^»]*»/g, '«»')
    .replace(/“[^”]*”/g, '“”');
}

describe('Hamama v. Adducci: the messages name the Sixth Circuit', () => {
  const suite = replayedSuite(
    {
      caseKey: 'mied:2:17-cv-11910',
      subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
    },
    600_000,
  );

  it('every message about the appeal says which court, in every language; none says "the court of appeals"', () => {
    const mails = suite.run.rounds.mails;
    const byLanguage = { en: 0, es: 0, ar: 0 };
    const generic: string[] = [];
    for (const m of mails) {
      const lang = m.lang as keyof typeof GENERIC;
      const said = ownWords(`${m.subject}\n${m.text}`);
      if (GENERIC[lang].test(said))
        generic.push(`${m.to} ${m.subject}: ${said.split('\n').find((l) => GENERIC[lang].test(l))}`);
      if (said.includes(NAMED[lang])) byLanguage[lang]++;
    }
    expect(generic).toEqual([]);
    // The opinion, the vacatur, the mandate and the posture after it reach each reader.
    for (const lang of ['en', 'es', 'ar'] as const) expect(byLanguage[lang], lang).toBeGreaterThanOrEqual(3);
    const legalTeam = mails.filter((m) => m.to.startsWith('legal-team@')).map((m) => m.text);
    expect(legalTeam.join('\n')).toMatch(
      /The Sixth Circuit vacated the preliminary injunction of July 24, 2017/,
    );
    expect(legalTeam.join('\n')).toMatch(/The Sixth Circuit issued its mandate on April 10, 2019/);
    const english = mails.filter((m) => m.to.startsWith('advocate@')).map((m) => m.text);
    expect(english.join('\n')).toMatch(
      /The Sixth Circuit’s decision of December 20, 2018 now takes effect: the preliminary injunction of July 24, 2017 is vacated/,
    );
    expect(english.join('\n')).toMatch(
      /the Sixth Circuit vacated it on December 20, 2018: in force until its mandate issues/,
    );
  });
});

describe('Hamama v. Adducci: the decision of December 20, 2018, told once with its rulings named', () => {
  const suite = replayedSuite(
    {
      caseKey: 'mied:2:17-cv-11910',
      subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
    },
    600_000,
  );

  it('every message names its case once at its head (an alert with the appeal’s docket too: that one under its own caption)', () => {
    const twice: string[] = [];
    for (const m of suite.run.rounds.mails) {
      const head = m.text.split('\n')[0]!;
      expect(head).toMatch(/\((?:MIED 2:17-cv-11910|CA6 17-2171)\)$/);
      const lines = m.text.split('\n').filter((l) => l === head);
      if (lines.length !== 1) twice.push(`${m.to} ${m.subject}: “${head}” ×${lines.length}`);
    }
    expect(twice).toEqual([]);
  });

  it('the subject says which rulings were vacated, in every language', () => {
    const subjects = (to: string) =>
      suite.run.rounds.mails.filter((m) => m.to === to && m.kind === 'alert').map((m) => m.subject);
    const expected: Record<string, RegExp> = {
      'legal-team@demo.docketwatch.invalid':
        /^Preliminary injunction of July 24, 2017 and the preliminary injunction of January 2, 2018 vacated on appeal/,
      'advocate@demo.docketwatch.invalid':
        /^Preliminary injunction of July 24, 2017 and the preliminary injunction of January 2, 2018 vacated on appeal/,
      [ADVOCATES_IN_EVERY_LANGUAGE[2].email]:
        /^La medida cautelar preliminar del 24 de julio de 2017 y la medida cautelar preliminar del 2 de enero de 2018 anuladas en apelación/,
    };
    for (const [to, subject] of Object.entries(expected))
      expect(subjects(to), to).toContainEqual(expect.stringMatching(subject));
    // Arabic and Spanish daily readers get the decision at once too (critical): its rulings named.
    expect(subjects(ADVOCATES_IN_EVERY_LANGUAGE[1].email)).toContainEqual(
      expect.stringMatching(
        /^إلغاء الأمر القضائي الأولي الصادر في 24 يوليو\/تموز 2017 والأمر القضائي الأولي الصادر في 2 يناير\/كانون الثاني 2018 في الاستئناف/,
      ),
    );
    const generic = suite.run.rounds.mails.filter((m) =>
      /Ruling (?:vacated|reversed|affirmed) on appeal|Decisión (?:anulada|revocada|confirmada) en apelación|(?:إلغاء|نقض|تأييد) الحكم في الاستئناف/.test(
        m.subject,
      ),
    );
    expect(generic.map((m) => m.subject)).toEqual([]);
  });
});

describe('a case whose appeal is not known', () => {
  const ctx: RenderContext = {
    publicUrl: 'https://watch.example.org',
    secret: SECRET,
    unsubscribeMailto: null,
    today: '2018-12-20',
    now: new Date('2018-12-20T18:00:00Z'),
  };
  const vacated = (c: typeof HAMAMA): NotifyEvent => ({
    id: 'evt-appeal-1',
    type: 'appeal_ruling',
    case: c,
    entry: { number: '502', date: '2018-12-20', url: null },
    outcome: 'vacated',
    ruling: 'the preliminary injunction of July 24, 2017',
    rulings: ['preliminary injunction of July 24, 2017'],
    pending: true,
    court: null,
  });

  it('reads "the court of appeals"; with its appeal linked, the court by name', () => {
    for (const recipient of [legal, advocate, { ...advocate, language: 'es' as const }]) {
      const unknown = renderAlert(recipient, { case: HAMAMA, events: [vacated(HAMAMA)] }, { ...ctx }).text;
      const linked = renderAlert(
        recipient,
        { case: HAMAMA, events: [vacated({ ...HAMAMA, appealsCourt: 'ca6' })] },
        { ...ctx },
      ).text;
      const lang = recipient.audience === 'advocate' ? (recipient.language ?? 'en') : 'en';
      expect(unknown, recipient.email).toMatch(GENERIC[lang as 'en' | 'es']);
      expect(unknown).not.toContain(NAMED[lang as 'en' | 'es']);
      expect(linked, recipient.email).toContain(lang === 'en' ? 'The Sixth Circuit' : 'El Sexto Circuito');
      expect(ownWords(linked)).not.toMatch(GENERIC[lang as 'en' | 'es']);
    }
  });
});
