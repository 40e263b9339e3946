/**
 * A court of appeals' administrative stay of one paragraph of a preliminary injunction, through the
 * live path (`replayedFixtureSuite`), from a hand-written history (tests/fixtures/replay/
 * administrative-stay-of-a-portion.json; fictional parties, S.D. Tex. and 5th Cir.): the injunction in
 * three numbered paragraphs (¶2: return transferred class members within twenty-one days); "To allow
 * time to consider the motion, we administratively stay paragraph 2 of the preliminary injunction";
 * the district clerk's copy the next day naming the part by what it does ("The portion of this Court's
 * preliminary injunction [22] requiring Defendants to return transferred class members … is
 * temporarily stayed pending the Fifth Circuit's consideration of the motion …"); then the motion
 * denied and "The administrative stay entered February 17, 2027 is DISSOLVED".
 *
 * How a careful reader takes it: the rest of the injunction stays in force; paragraph 2 is on hold
 * for now, until the motion is decided; then the whole injunction applies again — never "nothing in
 * force" nor the whole injunction on hold (try-out T2).
 */
import { describe, expect, it } from 'vitest';
import { casePosture } from '../../src/deadlines/record.ts';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions, mailsOn, saidTo } from '../support/posture-mail.ts';
import { replayedFixtureSuite } from '../support/replayed.ts';

const KEY = 'txsd:7:27-cv-00093';
const inForce = (out: string) => out.split('\n').filter((l) => /^\s*IN FORCE\s/.test(l));

describe('an administrative stay of one paragraph, told in other words by the clerk (S.D. Tex., 5th Cir., hand-written)', () => {
  const suite = replayedFixtureSuite(KEY, 'administrative-stay-of-a-portion.json');

  it('while the motion is considered: the rest in force, paragraph 2 on hold for now (CLI and stored posture)', async () => {
    for (const day of ['2027-02-17', '2027-02-19']) {
      const out = await suite.run.deadlines(day);
      expect(inForce(out)).toEqual([
        expect.stringMatching(
          /Preliminary injunction in effect since February 10, 2027 until final judgment; the court of appeals stayed it in part for now \(an administrative stay, while it decides whether to stay it pending appeal\) on February 17, 2027 \(paragraph 2\): the rest in force$/,
        ),
      ]);
      expect(out).not.toMatch(/ON HOLD/);
      const p = await casePosture(suite.run.store, KEY, day);
      expect(p.inForce.map((f) => f.text)).toEqual([expect.stringMatching(/stayed it in part for now/)]);
      expect(p.onHold).toEqual([]);
    }
  }, 120_000);

  it('the motion decided, the administrative stay dissolved: the whole injunction in force', async () => {
    const out = await suite.run.deadlines('2027-03-04');
    expect(inForce(out)).toEqual([
      expect.stringMatching(/Preliminary injunction in effect since February 10, 2027 until final judgment$/),
    ]);
  });

  it('every reader is told part is paused for now and the rest stays in force, then that it applies again', () => {
    expect(contradictions(suite.rounds.rounds).found).toEqual([]);
    expect(mailsOn(suite.rounds.rounds, '2027-02-17', DEMO_SUBSCRIBERS.advocate)).toContain(
      'The Fifth Circuit paused part of the preliminary injunction of February 10, 2027 for now, while it decides whether to pause it pending appeal (an administrative stay): the rest stays in force.',
    );
    expect(mailsOn(suite.rounds.rounds, '2027-02-17', ADVOCATES_IN_EVERY_LANGUAGE[2].email)).toMatch(
      /el resto sigue vigente/,
    );
    expect(saidTo(suite.rounds.rounds, ADVOCATES_IN_EVERY_LANGUAGE[1].email)).toMatch(/ويبقى الباقي ساريًا/);
    expect(mailsOn(suite.rounds.rounds, '2027-03-03', DEMO_SUBSCRIBERS.advocate)).toMatch(
      /ended its temporary pause \(administrative stay\) on March 3, 2027: the part of the preliminary injunction of February 10, 2027 that was on hold applies again/,
    );
    for (const to of [
      DEMO_SUBSCRIBERS.advocate,
      DEMO_SUBSCRIBERS.legal,
      ...ADVOCATES_IN_EVERY_LANGUAGE.map((s) => s.email),
    ])
      expect(saidTo(suite.rounds.rounds, to)).not.toMatch(
        /paused the preliminary injunction|does not apply meanwhile|puso en pausa la medida cautelar|Nothing (?:is )?in force/,
      );
  });
});
