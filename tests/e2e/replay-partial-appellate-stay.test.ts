/**
 * A court of appeals' stay of part of the order appealed from, the part named in the docket text,
 * through the live path (`replayed`: the replay court, the real worker, a real SMTP server), from a
 * hand-written history (tests/fixtures/replay/partial-appellate-stay.json; fictional parties, W.D.
 * Mo. and 8th Cir.): the district court's order (ECF 41) grants a motion to enforce without its
 * terms in the docket text; the Eighth Circuit's order of May 27, 2025: "granting in part and
 * denying in part appellant's motion for stay pending appeal. Paragraphs 2 and 3 of the district
 * court's May 6, 2025 order are stayed pending disposition of this appeal. The motion is otherwise
 * denied."
 *
 * How a careful reader takes it: paragraphs 2 and 3 are paused until the appeal ends; the rest of
 * the order applies. Never "the ruling appealed from" paused whole.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions, repeats } from '../support/posture-mail.ts';
import { replayedSuite } from '../support/replayed.ts';

const KEY = 'mowd:4:25-cv-00377';

describe('a partial appellate stay written in the docket text (W.D. Mo., 8th Cir., hand-written)', () => {
  const suite = replayedSuite({
    caseKey: KEY,
    history: JSON.parse(
      readFileSync(new URL('../fixtures/replay/partial-appellate-stay.json', import.meta.url), 'utf8'),
    ),
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });

  it('is told as a stay of paragraphs 2 and 3, the rest in force, in every language', () => {
    expect(contradictions(suite.rounds.rounds).found).toEqual([]);
    expect(repeats(suite.rounds.rounds)).toEqual([]);
    const on = (to: string) =>
      suite.rounds.rounds
        .filter((r) => r.day === '2025-05-27')
        .flatMap((r) => r.mails)
        .filter((m) => m.to === to)
        .map((m) => `${m.subject}\n${m.text}`)
        .join('\n');
    expect(on(DEMO_SUBSCRIBERS.legal)).toContain(
      'The Eighth Circuit stayed part of the ruling appealed from (paragraphs 2 and 3) pending appeal; the rest stays in force.',
    );
    expect(on(DEMO_SUBSCRIBERS.advocate)).toContain(
      'The Eighth Circuit paused part of the ruling that was appealed (paragraphs 2 and 3) while the appeal goes on: that part does not apply for now; the rest stays in force.',
    );
    expect(on(ADVOCATES_IN_EVERY_LANGUAGE[2].email)).toContain(
      'parte de la decisión apelada («paragraphs 2 and 3») mientras dura la apelación: esa parte no se aplica por ahora; el resto sigue vigente.',
    );
    const all = suite.rounds.rounds.flatMap((r) => r.mails);
    expect(all.length).toBeGreaterThan(0);
    for (const m of all)
      expect(m.text, `${m.to}: ${m.subject}`).not.toMatch(
        /stayed the ruling appealed from pending appeal|paused the ruling that was appealed|puso en pausa la decisión apelada|علّقت [^\n]{0,60} الحكم المستأنف أثناء/,
      );
  });
});
