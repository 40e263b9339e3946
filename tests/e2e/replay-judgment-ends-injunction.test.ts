/**
 * A final judgment against the class ends the preliminary injunction, replayed through the live path
 * (the replay court, the real worker, the store, SMTP) from a hand-written history
 * (tests/fixtures/replay/judgment-ends-injunction.json; fictional parties, W.D. Wash.): a
 * preliminary injunction against removal "during the pendency of this action" with a status report
 * every 30 days (ECF 15, March 5, 2025); the respondents' cross-motion for summary judgment granted
 * and the amended petition dismissed (ECF 30, August 12), judgment for the respondents (ECF 31).
 *
 * How a careful reader takes it: interim relief lasts only until final judgment; from August 12 the
 * injunction no longer applies, its reports are no longer due, and every reader is told so — never
 * "In force: Preliminary injunction" after the case was lost.
 */
import { describe, expect, it } from 'vitest';
import { casePosture } from '../../src/deadlines/record.ts';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import history from '../fixtures/replay/judgment-ends-injunction.json' with { type: 'json' };
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions, mailsOn } from '../support/posture-mail.ts';
import { replayedSuite } from '../support/replayed.ts';

const KEY = 'wawd:2:25-cv-00417';

describe('a final judgment against the class ends the preliminary injunction granted during the pendency of the action', () => {
  const suite = replayedSuite({
    caseKey: KEY,
    history,
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });

  for (const [day, inForce] of [
    ['2025-03-05', ['Preliminary injunction']],
    ['2025-08-11', ['Preliminary injunction']],
    ['2025-08-12', []],
    ['2025-09-03', []],
  ] as const)
    it(`${day}: in force ${JSON.stringify(inForce)}`, async () => {
      const p = await casePosture(suite.store, KEY, day);
      expect(p.inForce.map((f) => f.name)).toEqual(inForce);
      if (day >= '2025-08-12') {
        expect(p.nextDeadlines.filter((d) => /status report/i.test(d.what))).toEqual([]);
        expect(p.missing).toEqual([]);
      }
    });

  it('every reader is told the injunction ended with the judgment, in their language, and nothing contradicts the store', () => {
    expect(contradictions(suite.rounds.rounds).found).toEqual([]);
    const on = (day: string, to: string) => mailsOn(suite.rounds.rounds, day, to);
    expect(on('2025-08-12', DEMO_SUBSCRIBERS.legal)).toContain(
      'Preliminary injunction of March 5, 2025 ended with the final judgment against the plaintiffs',
    );
    const advocate = on('2025-08-12', DEMO_SUBSCRIBERS.advocate);
    expect(advocate).toContain(
      'the preliminary injunction of March 5, 2025, which lasted only until the final judgment, has ended and no longer applies',
    );
    expect(advocate).toContain(
      'The preliminary injunction of March 5, 2025 no longer blocks deportations of people in the class',
    );
    expect(on('2025-08-12', ADVOCATES_IN_EVERY_LANGUAGE[2].email)).toContain(
      'que solo duraba hasta la sentencia definitiva, terminó y ya no se aplica',
    );
    expect(on('2025-08-12', ADVOCATES_IN_EVERY_LANGUAGE[1].email)).toContain('انتهى بصدور الحكم النهائي');
    // After the judgment no digest lists the injunction in force.
    for (const r of suite.rounds.rounds.filter((x) => x.day >= '2025-08-12'))
      for (const m of r.mails)
        expect(`${m.subject}\n${m.text}`, `${r.day} ${m.to}`).not.toMatch(
          /\* Preliminary injunction, since|\* Medida cautelar preliminar, desde|until (?:September|October) \d+, 2025 to file status report/,
        );
  });
});
