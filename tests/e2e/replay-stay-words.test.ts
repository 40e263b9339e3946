/**
 * A stay of proceedings told in Spanish and Arabic, replayed through the live path (the replay
 * court, the real worker, the store, SMTP) from a hand-written D. Or. history
 * (tests/fixtures/replay/stay-of-proceedings.json; fictional parties): "All proceedings in this
 * action are STAYED through 5/31/2023" (ECF 19), extended through July 14 (ECF 23), lifted (ECF 27).
 *
 * "proceedings" is docketwatch's name for what such an order stays, not the court's words: a
 * Spanish or Arabic reader gets it in their language ("queda en pausa el procedimiento", "سير
 * الدعوى معلّق"), never an English word in court quotes («proceedings», «Stay of proceedings»), in
 * alerts, digests and the "where the case stands" lines (try-out 4 M13, try-out 3 M10).
 */
import { describe, expect, it } from 'vitest';
import history from '../fixtures/replay/stay-of-proceedings.json' with { type: 'json' };
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions } from '../support/posture-mail.ts';
import { replayedSuite } from '../support/replayed.ts';

const KEY = 'ord:3:23-cv-00412';

describe('a stay of proceedings in the reader’s language', () => {
  const suite = replayedSuite({
    caseKey: KEY,
    history,
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });

  const mails = () => suite.rounds.rounds.flatMap((r) => r.mails);

  it('no Spanish or Arabic message quotes docketwatch’s English name for what is stayed', () => {
    const translated = mails().filter((m) => m.lang !== 'en');
    expect(translated.length).toBeGreaterThan(0);
    const english = /«\u2066?(?:stay of )?(?:proceedings|deadlines|discovery|pending appeal)\u2069?»/i;
    expect(translated.filter((m) => english.test(m.text)).map((m) => `${m.to}: ${m.subject}`)).toEqual([]);
  });

  it('each reader is told what is stayed, and until when, in their words', () => {
    const text = (lang: string) =>
      mails()
        .filter((m) => m.lang === lang)
        .map((m) => m.text)
        .join('\n');
    expect(text('es')).toContain('queda en pausa el procedimiento hasta el 31 de mayo de 2023');
    expect(text('es')).toContain('el procedimiento puede seguir adelante');
    expect(text('es')).toContain('Suspensión: el procedimiento, desde el 10 de abril de 2023');
    expect(text('ar')).toContain('سير الدعوى معلّق حتى 31 مايو/أيار 2023');
    expect(text('ar')).toContain('يمكن أن يمضي سير الدعوى من جديد');
    expect(text('en')).toMatch(/proceedings/);
  });

  it('no message contradicts the stored posture', () => {
    const { found, checked } = contradictions(suite.rounds.rounds);
    expect(checked.messages).toBeGreaterThan(0);
    expect(found).toEqual([]);
  });
});
