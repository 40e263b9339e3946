/**
 * A class certified in the order's own text — its docket text only names the ruling ("ORDER AND
 * REASONS granting 3 Motion to Certify Class; …, as stated herein") and its numbered paragraphs say
 * what was certified — replayed through the live path from a hand-written history
 * (tests/fixtures/replay/certified-in-order-text.json; fictional parties, E.D. La.). A later order
 * on another motion recites the certification ("the class is certified under Rule 23(b)(2)"): that is
 * not a second certification.
 *
 * How a careful reader takes it: the class is certified on March 2, 2026, as the order defines it
 * (up to the end of its paragraph 1, not into paragraph 2); told once, to every reader.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import { ADVOCATES_IN_EVERY_LANGUAGE, repeats } from '../support/posture-mail.ts';
import { replayedFixtureSuite } from '../support/replayed.ts';

const KEY = 'laed:2:26-cv-00118';
const [ES, AR] = ADVOCATES_IN_EVERY_LANGUAGE;
const DEFINITION =
  'all persons held in the custody of the Parish Detention Authority on or after January 5, 2026 who requested and were refused a medical evaluation';

describe('a class certified in the order’s numbered paragraphs, recited by a later order (E.D. La., hand-written)', () => {
  const suite = replayedFixtureSuite(KEY, 'certified-in-order-text.json');
  const said = (to: string) =>
    suite.rounds.rounds
      .flatMap((r) => r.mails)
      .filter((m) => m.to === to)
      .map((m) => `${m.subject}\n${m.text}`)
      .join('\n');

  it('stores one certification, of the class the order defines, from the order that made it', async () => {
    const rows = await suite.store.db
      .selectFrom('events')
      .select(['type', 'payload'])
      .where('type', '=', 'class.certified')
      .execute();
    expect(rows).toHaveLength(1);
    const payload = JSON.parse(String(rows[0]!.payload)) as { entryNumber: number; definition: string };
    expect(payload.entryNumber).toBe(9);
    expect(payload.definition).toBe(DEFINITION);
  });

  it('tells every reader, once, that the class was certified on March 2, 2026', () => {
    const certified: Record<string, string> = {
      [DEMO_SUBSCRIBERS.legal]: 'The judge certified the class on March 2, 2026',
      [DEMO_SUBSCRIBERS.advocate]: 'The judge certified the class on March 2, 2026',
      [ES.email]: 'El tribunal certificó la clase el 2 de marzo de 2026',
      [AR.email]: 'اعتمدت المحكمة الدعوى الجماعية في 2 مارس/آذار 2026',
    };
    for (const [to, words] of Object.entries(certified)) {
      const text = said(to);
      expect(text.split(words).length - 1, to).toBe(1);
      // The definition stops at its paragraph's end: no paragraph number, no next paragraph.
      expect(text, to).not.toMatch(/medical evaluation\.? 2\b/);
    }
    expect(said(DEMO_SUBSCRIBERS.legal)).toContain(DEFINITION);
    expect(repeats(suite.rounds.rounds)).toEqual([]);
  });
});
