/**
 * A postponement of a rule's effective date under 5 U.S.C. § 705, replayed through the live path
 * (the replay court, the real worker, the store, SMTP) from a hand-written history
 * (tests/fixtures/replay/agency-postponement.json; fictional parties, D.D.C.): the rule's effective
 * date "hereby postponed under 5 U.S.C. § 705 pending the conclusion of this litigation" (ECF 19,
 * March 28, 2025); a minute order saying it "remains in effect" (ECF 24); the rule remanded to the
 * agency without vacatur and the § 705 stay "DISSOLVED, effective December 22, 2025" (ECF 40,
 * November 20); the judgment closing the case (ECF 41, November 21).
 *
 * How a careful reader takes it: relief is in force from March 28 — the rule will not take effect
 * while the case goes on (never "Nothing is in force", never "deportations blocked": a postponed rule
 * protects those the rule would affect); the remand without vacatur ends nothing by itself; the
 * postponement stays in force through December 21 and ends December 22, whatever the judgment of
 * November 21 says about closing the case.
 */
import { describe, expect, it } from 'vitest';
import { casePosture } from '../../src/deadlines/record.ts';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import history from '../fixtures/replay/agency-postponement.json' with { type: 'json' };
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions, mailsOn } from '../support/posture-mail.ts';
import { replayedSuite } from '../support/replayed.ts';

const KEY = 'dcd:1:25-cv-00981';
const NAME = 'Postponement of the rule’s effective date (5 U.S.C. § 705)';

describe('a § 705 postponement of a rule: relief in force while the case goes on, ended on the day the order says', () => {
  const suite = replayedSuite({
    caseKey: KEY,
    history,
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });

  for (const [day, inForce, until] of [
    ['2025-03-27', [], null],
    ['2025-03-28', [NAME], 'the conclusion of this litigation'],
    ['2025-06-03', [NAME], 'the conclusion of this litigation'],
    ['2025-11-20', [NAME], '2025-12-21'],
    ['2025-11-24', [NAME], '2025-12-21'],
    ['2025-12-21', [NAME], '2025-12-21'],
    ['2025-12-22', [], null],
    ['2026-01-07', [], null],
  ] as const)
    it(`${day}: in force ${JSON.stringify(inForce)}${until ? ` until ${until}` : ''}`, async () => {
      const p = await casePosture(suite.store, KEY, day);
      expect(p.inForce.map((f) => f.name)).toEqual(inForce);
      if (until) expect(p.inForce[0]!.until).toBe(until);
      expect(p.inForce.filter((f) => f.kind === 'stay')).toEqual([]);
    });

  it('every reader is told the rule will not take effect while the case goes on, and when the postponement ends; nothing contradicts the store', () => {
    const found = contradictions(suite.rounds.rounds);
    expect(found.found).toEqual([]);
    const on = (day: string, to: string) => mailsOn(suite.rounds.rounds, day, to);
    if (process.env.SHOW_MAIL)
      for (const r of suite.rounds.rounds)
        for (const m of r.mails) console.log(`=== ${r.day} ${m.to}\n${m.subject}\n${m.text}`);
    const advocate = on('2025-03-28', DEMO_SUBSCRIBERS.advocate);
    expect(advocate).toContain('Rule’s effective date postponed (5 U.S.C. § 705)');
    expect(advocate).toContain(
      'The judge postponed the rule’s effective date (5 U.S.C. § 705) on March 28, 2025: the rule will not take effect while the case goes on.',
    );
    expect(on('2025-03-28', ADVOCATES_IN_EVERY_LANGUAGE[2].email)).toContain(
      'la norma no entrará en vigor mientras dure el caso',
    );
    expect(on('2025-03-28', ADVOCATES_IN_EVERY_LANGUAGE[1].email)).toContain('لن تدخل القاعدة حيّز التنفيذ');
    const ends = on('2025-11-20', DEMO_SUBSCRIBERS.advocate);
    expect(ends).toContain(
      'The judge ended the postponement of the rule of March 28, 2025, effective December 22, 2025: it stays in force until then. From that day the rule can take effect.',
    );
    expect(on('2025-11-20', DEMO_SUBSCRIBERS.legal)).toContain(
      'The order ends the § 705 postponement of the rule of March 28, 2025 effective December 22, 2025: it stays in force through December 21, 2025.',
    );
    for (const r of suite.rounds.rounds)
      for (const m of r.mails) {
        const text = `${m.subject}\n${m.text}`;
        expect(text, `${r.day} ${m.to}`).not.toMatch(
          /[Dd]eportations? .*blocked|no one in the class can be deported|Stay granted/,
        );
        if (r.day >= '2025-03-28' && r.day < '2025-12-22')
          expect(text, `${r.day} ${m.to}`).not.toMatch(/Nothing is in force/);
      }
  });
});
