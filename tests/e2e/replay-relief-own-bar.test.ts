/**
 * A TRO's own prohibition is the TRO, and a stay refused is said plainly, through the live path
 * (replay → stored posture → `docketwatch deadlines --as-of` → mails in en/es/ar), from a hand-written
 * history (S.D. Ind., tests/fixtures/replay/relief-own-bar-and-refusal.json; fictional parties):
 * "ORDER granting [2] Motion for TRO" whose document says "Respondents shall not deport any class
 * member pending a hearing. This Order shall remain in effect for fourteen days."; extended "through
 * and including the earlier of (a) the Court's ruling on the motion for preliminary injunction or (b)
 * 5:00 PM on 4/25/2031"; no ruling comes, so it runs out; later "The request to stay the removal of
 * class members is DENIED". A careful reader: one TRO, in force to April 25 at 5:00 p.m.; after it,
 * nothing in force — no "stay of removal" left behind; the refusal tells advocates that nothing blocks
 * deportations.
 */
import { describe, expect, it } from 'vitest';
import { casePosture } from '../../src/deadlines/record.ts';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions, mailsOn } from '../support/posture-mail.ts';
import { replayedFixtureSuite } from '../support/replayed.ts';

const [ES, AR] = [ADVOCATES_IN_EVERY_LANGUAGE[0].email, ADVOCATES_IN_EVERY_LANGUAGE[1].email];
const EN = DEMO_SUBSCRIBERS.advocate;
/** Tests that run `docketwatch deadlines` (a whole process each) on a shared, loaded machine. */
const CLI_MS = 240_000;

describe('a TRO whose document says what it forbids, extended to the earlier of a ruling and a day, then a stay refused', () => {
  const KEY = 'insd:1:31-cv-00410';
  const suite = replayedFixtureSuite(KEY, 'relief-own-bar-and-refusal.json');
  const inForce = async (day: string) => (await casePosture(suite.run.store, KEY, day)).inForce;
  const on = (day: string, to: string) => mailsOn(suite.rounds.rounds, day, to);

  it(
    'one TRO in force, to April 25 at 5:00 p.m.; no stay of removal beside it',
    async () => {
      const now = await inForce('2031-04-20');
      expect(now.map((f) => f.kind)).toEqual(['injunction']);
      expect(now[0]?.until).toBe('2031-04-25');
      expect(now[0]?.untilTime).toBe('17:00');
      const cli = await suite.run.deadlines('2031-04-20');
      expect(cli).toMatch(/IN FORCE\s+Temporary restraining order.*April 25, 2031/);
      expect(cli).not.toMatch(/stay of removal/i);
    },
    CLI_MS,
  );

  it(
    'after it runs out nothing is in force, and the CLI says so',
    async () => {
      expect(await inForce('2031-04-28')).toEqual([]);
      const cli = await suite.run.deadlines('2031-05-20');
      expect(cli).toMatch(/nothing in force/);
      expect(cli).not.toMatch(/\bin_force\b/);
    },
    CLI_MS,
  );

  it('advocates are told that deportations are no longer blocked, and that the refused stay blocks none, in every language', () => {
    // The TRO ran out at 5:00 p.m. on Friday, April 25: the deadline clock tells it that night's round
    // (April 26, court time), not on the next entry's day (Monday, April 28).
    expect(on('2031-04-26', EN)).toContain('no longer blocks deportations of people in the class');
    const en = on('2031-05-12', EN);
    expect(en).toContain(
      'The judge refused to stop the removal of class members: nothing in this order blocks deportations.',
    );
    expect(on('2031-05-12', ES)).toContain('nada en esta orden impide las deportaciones');
    expect(on('2031-05-12', AR)).toContain('لا شيء في هذا الأمر يمنع الترحيل');
    expect(contradictions(suite.rounds.rounds).found).toEqual([]);
  });
});
