/**
 * A court of appeals' administrative stay of one numbered paragraph, through the live path
 * (`replayed`), from a hand-written history (tests/fixtures/replay/administrative-stay-of-a-paragraph.json;
 * fictional parties, D.N.M. and 10th Cir.): the preliminary injunction of April 6, 2026 in three
 * paragraphs, then "ORDER granting motion for administrative stay [4]. The district court's order of
 * April 6, 2026 is administratively stayed only insofar as paragraph 3 requires individualized
 * hearings within ten days, pending this court's disposition of the motion …".
 *
 * How a careful reader takes it: paragraph 3 is paused for now; the injunction (paragraphs 1 and 2)
 * stays in force. Never the whole injunction on hold (try-out 9 C5: the clerk's title sentence,
 * naming no part, was read alone).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions, repeats } from '../support/posture-mail.ts';
import { replayedSuite } from '../support/replayed.ts';

const KEY = 'nmd:1:26-cv-00611';

describe('an administrative stay of one paragraph of an injunction (D.N.M., 10th Cir., hand-written)', () => {
  const suite = replayedSuite({
    caseKey: KEY,
    history: JSON.parse(
      readFileSync(
        new URL('../fixtures/replay/administrative-stay-of-a-paragraph.json', import.meta.url),
        'utf8',
      ),
    ),
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });

  it('the injunction stays in force, stayed in part for now', async () => {
    const out = await suite.run.deadlines('2026-04-14');
    expect(out).toMatch(/IN FORCE\s+Preliminary injunction[^\n]*stayed it in part for now/);
    expect(out).not.toMatch(/ON HOLD|not in force/);
  });

  it('is told once, as a pause of part of the injunction, the rest in force, in every language', () => {
    expect(contradictions(suite.rounds.rounds).found).toEqual([]);
    expect(repeats(suite.rounds.rounds)).toEqual([]);
    const on = (to: string) =>
      suite.rounds.rounds
        .filter((r) => r.day === '2026-04-13')
        .flatMap((r) => r.mails)
        .filter((m) => m.to === to)
        .map((m) => `${m.subject}\n${m.text}`)
        .join('\n');
    expect(on(DEMO_SUBSCRIBERS.advocate)).toContain(
      'The Tenth Circuit paused part of the preliminary injunction of April 6, 2026 for now, while it decides whether to pause it pending appeal (an administrative stay): the rest stays in force.',
    );
    expect(on(ADVOCATES_IN_EVERY_LANGUAGE[2].email)).toMatch(/el resto sigue vigente/);
    const all = suite.rounds.rounds.flatMap((r) => r.mails);
    expect(all.length).toBeGreaterThan(0);
    for (const m of all)
      expect(m.text, `${m.to}: ${m.subject}`).not.toMatch(
        /paused the preliminary injunction|does not apply meanwhile|puso en pausa la medida cautelar/,
      );
  });
});
