/**
 * A preliminary injunction made final and one paragraph of it vacated later, through the live path
 * (`replayed`), from a hand-written history (tests/fixtures/replay/injunction-made-final.json;
 * fictional parties, C.D. Ill.): a PLRA preliminary injunction of February 2, 2026 that would expire
 * on May 3; on April 28 "The preliminary injunction entered February 2, 2026 (Doc. 12) is made FINAL
 * as modified below, and is replaced by this permanent injunction"; on August 17 "the Court VACATES
 * paragraph 3 of the permanent injunction (Doc. 20). All other provisions of Doc. 20 remain in effect."
 *
 * How a careful reader takes it: a permanent injunction in force from April 28, with no PLRA end;
 * after August 17 still in force (paragraph 3 gone). Never "nothing in force", never the injunction
 * vacated (try-out 9 C13, C14).
 */
import { describe, expect, it } from 'vitest';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import { contradictions, mailsFrom, mailsOn, repeats } from '../support/posture-mail.ts';
import { replayedFixtureSuite } from '../support/replayed.ts';

const KEY = 'ilcd:1:26-cv-01207';

describe('a preliminary injunction made final, then one paragraph vacated (C.D. Ill., hand-written)', () => {
  const suite = replayedFixtureSuite(KEY, 'injunction-made-final.json');

  it('the permanent injunction is in force after the PLRA day and after the paragraph is vacated', async () => {
    for (const day of ['2026-05-04', '2026-09-01']) {
      const out = await suite.run.deadlines(day);
      expect(out, day).toMatch(/IN FORCE\s+Permanent injunction in effect since April 28, 2026/);
      expect(out, day).not.toMatch(/nothing in force|IN FORCE\s+Preliminary injunction/i);
    }
  });

  it('is told as final relief taking the preliminary injunction’s place, never as nothing in force', () => {
    expect(contradictions(suite.rounds.rounds).found).toEqual([]);
    expect(repeats(suite.rounds.rounds)).toEqual([]);
    expect(mailsOn(suite.rounds.rounds, '2026-04-28', DEMO_SUBSCRIBERS.advocate)).toContain(
      'The judge granted a permanent injunction on April 28, 2026',
    );
    expect(mailsOn(suite.rounds.rounds, '2026-08-17', DEMO_SUBSCRIBERS.advocate)).toContain(
      'The judge vacated part of the permanent injunction of April 28, 2026 on August 17, 2026: paragraph 3. That part no longer applies; the rest stays in force.',
    );
    const later = mailsFrom(suite.rounds.rounds, '2026-04-28');
    expect(later.length).toBeGreaterThan(0);
    for (const m of later)
      expect(`${m.subject}\n${m.text}`, `${m.to}: ${m.subject}`).not.toMatch(
        /Nothing is in force|No hay nada vigente|injunction (?:of [A-Z][a-z]+ \d+, 2026 )?vacated|Preliminary injunction[^\n]*modified/,
      );
  });
});
