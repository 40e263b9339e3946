/**
 * Final relief for the class, replayed through the live path (the replay court, the real worker,
 * the store, SMTP) from a hand-written history (tests/fixtures/replay/final-judgment-set-aside.json;
 * fictional parties, D. Mass., First Circuit): a preliminary injunction for the class (ECF 25,
 * February 20, 2026); summary judgment for the plaintiffs, "The Secretary's Termination Notice is
 * hereby VACATED and SET ASIDE under 5 U.S.C. § 706(2)" (ECF 58, June 15); the final judgment "in
 * favor of Plaintiffs and the class" entering the same relief (ECF 59, June 16); a notice of appeal;
 * the court of appeals' stay of "the district court's judgment of June 16, 2026" pending appeal
 * (July 10); its decision affirming (November 2) and its mandate (November 24).
 *
 * How a careful reader takes it: from June 15 the termination notice is set aside — final relief,
 * in force, told at once to the legal team and to advocates — and the preliminary injunction ends,
 * merged into it; the judgment of June 16 is the same relief (not told again as new relief) and says
 * it is for the class; the stay pending appeal holds it from July 10 (named by the judgment's date);
 * the affirmance leaves it on hold until the mandate, which puts it back in force.
 */
import { describe, expect, it } from 'vitest';
import { casePosture } from '../../src/deadlines/record.ts';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import history from '../fixtures/replay/final-judgment-set-aside.json' with { type: 'json' };
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions, mailsOn, repeats } from '../support/posture-mail.ts';
import { replayedSuite } from '../support/replayed.ts';
import { testServer } from '../support/web.ts';

const KEY = 'mad:1:26-cv-10412';
const SET_ASIDE = 'Agency action set aside (5 U.S.C. § 706)';

describe('a final judgment setting aside an agency action for the class: final relief in force from its day', () => {
  const suite = replayedSuite({
    caseKey: KEY,
    history,
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });

  for (const [day, inForce, onHold] of [
    ['2026-06-14', ['Preliminary injunction'], []],
    ['2026-06-15', [SET_ASIDE], []],
    ['2026-06-16', [SET_ASIDE], []],
    ['2026-07-09', [SET_ASIDE], []],
    ['2026-07-10', [], [SET_ASIDE]],
    ['2026-11-02', [], [SET_ASIDE]],
    ['2026-11-24', [SET_ASIDE], []],
    ['2026-12-02', [SET_ASIDE], []],
  ] as const)
    it(`${day}: in force ${JSON.stringify(inForce)}, on hold ${JSON.stringify(onHold)}`, async () => {
      const p = await casePosture(suite.store, KEY, day);
      expect(p.inForce.map((f) => f.name)).toEqual(inForce);
      expect(p.onHold.map((f) => f.name)).toEqual(onHold);
    });

  it('the store says what was set aside and for whom, and that the judgment entered the same relief', async () => {
    const p = await casePosture(suite.store, KEY, '2026-06-16');
    const line = p.inForce[0]!;
    expect(line.text).toContain("(the Secretary's Termination Notice) for the class");
  });

  it('the set-aside is told at once to the legal team and to advocates, once, in plain words; nothing contradicts the store', () => {
    const found = contradictions(suite.rounds.rounds);
    expect(found.found).toEqual([]);
    const mails = suite.rounds.rounds.flatMap((r) => r.mails.map((m) => ({ ...m, day: r.day })));
    if (process.env.SHOW_MAIL)
      for (const m of mails) console.log(`=== ${m.day} ${m.to}\n${m.subject}\n${m.text}`);
    const on = (day: string, to: string) => mailsOn(suite.rounds.rounds, day, to);
    const advocate = on('2026-06-15', DEMO_SUBSCRIBERS.advocate);
    expect(advocate).toContain("Court set aside the Secretary's Termination Notice");
    expect(advocate).toContain(
      "The judge set aside the Secretary's Termination Notice on June 15, 2026: it is vacated under 5 U.S.C. § 706(2) and has no legal effect.",
    );
    expect(advocate).toContain('It takes the place of the preliminary injunction of February 20, 2026');
    const legal = on('2026-06-15', DEMO_SUBSCRIBERS.legal);
    expect(legal).toContain("(the Secretary's Termination Notice)");
    expect(on('2026-06-15', ADVOCATES_IN_EVERY_LANGUAGE[2].email)).toContain('El tribunal anuló');
    expect(on('2026-06-15', ADVOCATES_IN_EVERY_LANGUAGE[1].email)).toContain('ألغت المحكمة');
    // Told once: the judgment of June 16 enters the same relief, never a second "set aside".
    const told = mails.filter((m) => m.to === DEMO_SUBSCRIBERS.advocate && /Court set aside/.test(m.subject));
    expect(told.map((m) => m.day)).toEqual(['2026-06-15']);
    // Never "Nothing is in force" while the relief is in force.
    for (const m of mails)
      if (m.day >= '2026-06-15' && m.day < '2026-07-10')
        expect(`${m.subject}\n${m.text}`, `${m.day} ${m.to}`).not.toMatch(/Nothing is in force/);
  });

  it('the CLI `deadlines --as-of` and the case page say the same: set aside for the class, the preliminary injunction merged into it', async () => {
    const at = (day: string) => suite.run.deadlines(day);
    expect(await at('2026-06-14')).toContain(
      'IN FORCE  Preliminary injunction in effect since February 20, 2026',
    );
    const after = await at('2026-06-16');
    expect(after).toContain(
      "IN FORCE  Agency action set aside (5 U.S.C. § 706) (the Secretary's Termination Notice) for the class in effect since June 15, 2026",
    );
    expect(after).not.toContain('IN FORCE  Preliminary injunction');
    const app = await testServer(suite.store, 'https://watch.example.org', new Date('2026-06-17T18:00:00Z'));
    try {
      const page = await app.inject({ url: '/cases/mad/1:26-cv-10412' });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('Agency action set aside (5 U.S.C. § 706)');
      expect(page.body).not.toMatch(/Nothing is in force/);
    } finally {
      await app.close();
    }
    if (process.env.SHOW_MAIL) console.log(JSON.stringify(repeats(suite.rounds.rounds), null, 1));
    expect(repeats(suite.rounds.rounds)).toEqual([]);
  });
});
