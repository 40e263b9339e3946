/**
 * What is in force when an instrument replaces an injunction, whose term a decree's words give, and
 * interim relief for named people only — through the live path (`replayed`: the replay court, the
 * real worker, the store, SMTP; CLI `deadlines --as-of`; the stored posture after each round; mail
 * bodies in en/es/ar), from three hand-written histories (fictional parties):
 *
 * tests/fixtures/replay/settlement-dissolves-and-supersedes.json (N.D. Ill.): a final approval order
 * that approves the settlement "as fair, reasonable, and adequate under Rule 23(e)(2)" (no word
 * "finally"), says the preliminary injunction "is DISSOLVED and SUPERSEDED by the Settlement
 * Agreement", orders a compliance report every six months and keeps "the Agreement" in effect for
 * four years from the order. Before this change: "nothing in force" from that day.
 *
 * tests/fixtures/replay/decree-term-its-own.json (D. Conn.): a consent decree entered under its own
 * title ("CONSENT DECREE. Signed by …"), enjoining the same practice, keeping the preliminary
 * injunction "in effect until the Effective Date", defining the Effective Date as its entry and
 * lasting "three years from the Effective Date". Before: a second preliminary injunction, no decree.
 *
 * tests/fixtures/replay/interim-bar-for-named-households.json (D. Md.): "Pending the hearing on
 * Plaintiffs' Motion for Preliminary Injunction [4], Defendant shall not terminate the SNAP benefits
 * of the households of Plaintiffs A, B and C"; the motion heard, then denied. Before: not read.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import {
  ADVOCATES_IN_EVERY_LANGUAGE,
  contradictions,
  mailsFrom,
  mailsOn,
  repeats,
} from '../support/posture-mail.ts';
import { replayedFixtureSuite } from '../support/replayed.ts';

const [ES, AR, ES_NOW] = ADVOCATES_IN_EVERY_LANGUAGE.map((s) => s.email) as [string, string, string];
const inForce = (out: string) => out.split('\n').filter((l) => /^\s*IN FORCE\b/.test(l));
/** What the live store said was in force at the end of the round of `day` (the last round that day). */
const storedOn = (suite: ReturnType<typeof replayedFixtureSuite>, day: string) =>
  suite.rounds.rounds
    .filter((r) => r.day === day)
    .at(-1)
    ?.posture.inForce.map((i) => i.text);

describe('a final approval order: the injunction "DISSOLVED and SUPERSEDED by the Settlement Agreement" (N.D. Ill., hand-written)', () => {
  const suite = replayedFixtureSuite('ilnd:1:29-cv-06612', 'settlement-dissolves-and-supersedes.json');

  it('October 11: the preliminary injunction in force', async () => {
    expect(inForce(await suite.run.deadlines('2029-10-11'))).toEqual([
      expect.stringMatching(
        /IN FORCE\s+Preliminary injunction in effect since May 4, 2029 until final judgment/,
      ),
    ]);
  });

  for (const day of ['2029-10-13', '2031-06-01'])
    it(`${day}: the settlement in force for four years in the injunction's place; its report due, the injunction's not`, async () => {
      const out = await suite.run.deadlines(day);
      expect(inForce(out)).toEqual([
        expect.stringMatching(
          /IN FORCE\s+Settlement agreement \(enforced by the court\) in effect since October 12, 2029 until October 12, 2033/,
        ),
      ]);
      expect(out).toMatch(/preliminary injunction\s+replaced/);
      expect(out).not.toMatch(/nothing in force/);
      expect(out).toMatch(/[Cc]ompliance report[^\n]*20(?:30|31)-\d\d-\d\d/);
      expect(out).not.toMatch(/MISSING\s+Status report/);
    });

  it('the stored posture after the order says the same', () => {
    expect(storedOn(suite, '2029-10-12')).toEqual([
      expect.stringMatching(
        /^Settlement agreement \(enforced by the court\) in effect since October 12, 2029 until October 12, 2033/,
      ),
    ]);
  });

  it('every reader is told once: the settlement in force until October 12, 2033, in the injunction’s place', () => {
    const rounds = suite.run.rounds.rounds;
    expect(contradictions(rounds).found).toEqual([]);
    expect(repeats(rounds)).toEqual([]);
    const advocate = mailsOn(rounds, '2029-10-12', DEMO_SUBSCRIBERS.advocate);
    expect(advocate).toContain(
      'The judge approved the settlement on October 12, 2029: an agreement between the parties that the court will enforce, in force until October 12, 2033. It takes the place of the preliminary injunction of May 4, 2029, which ends that day: from then on the terms of the settlement agreement apply instead.',
    );
    // Told once to the advocate (an alert; the digest lists it as already sent).
    expect(advocate.match(/The judge approved the settlement on October 12, 2029/g)).toHaveLength(1);
    const legal = mailsOn(rounds, '2029-10-12', DEMO_SUBSCRIBERS.legal);
    expect(legal).toMatch(
      /Settlement agreement granted until October 12, 2033\. It takes the place of the preliminary injunction of May 4, 2029/,
    );
    expect(legal).toMatch(/Compliance report \(recurring\)[^\n]*due April 15, 2030/);
    for (const to of [ES, ES_NOW])
      expect(`${mailsOn(rounds, '2029-10-12', to)}\n${mailsOn(rounds, '2029-10-13', to)}`, to).toMatch(
        /El tribunal aprobó el acuerdo de conciliación el 12 de octubre de 2029[^\n]*vigente hasta el 12 de octubre de 2033/,
      );
    expect(`${mailsOn(rounds, '2029-10-12', AR)}\n${mailsOn(rounds, '2029-10-13', AR)}`).toContain(
      'اعتمدت المحكمة اتفاق التسوية',
    );
    for (const m of mailsFrom(rounds, '2029-10-12'))
      expect(`${m.subject}\n${m.text}`, m.to).not.toMatch(
        /Nothing is in force|No hay nada vigente|لا شيء ساري/,
      );
  });
});

describe('a consent decree entered under its own title keeps its term to itself (D. Conn., hand-written)', () => {
  const suite = replayedFixtureSuite('ctd:3:30-cv-00411', 'decree-term-its-own.json');

  it('March 13, 2031: the preliminary injunction in force until final judgment', async () => {
    expect(inForce(await suite.run.deadlines('2031-03-13'))).toEqual([
      expect.stringMatching(
        /IN FORCE\s+Preliminary injunction in effect since June 2, 2030 until final judgment$/,
      ),
    ]);
  });

  for (const day of ['2031-03-16', '2033-01-10'])
    it(`${day}: the decree in force for three years from its entry; the injunction replaced, with no term of the decree's`, async () => {
      const out = await suite.run.deadlines(day);
      expect(inForce(out)).toEqual([
        expect.stringMatching(
          /IN FORCE\s+Consent decree in effect since March 14, 2031 until March 14, 2034$/,
        ),
      ]);
      expect(out).toMatch(/preliminary injunction\s+replaced/);
      // The decree's last day is on the decree only.
      expect(out.split('\n').filter((l) => /2034-03-14/.test(l))).toEqual([
        expect.stringMatching(/consent decree/),
      ]);
      expect(out).toMatch(/[Cc]ompliance report[^\n]*20(?:31|32|33)-\d\d-\d\d/);
      expect(out).not.toMatch(/MISSING\s+Status report/);
    });

  it('the stored posture and the mails: the decree until March 14, 2034 in the injunction’s place, in every language', () => {
    expect(storedOn(suite, '2031-03-14')).toEqual([
      expect.stringMatching(/^Consent decree in effect since March 14, 2031 until March 14, 2034$/),
    ]);
    const rounds = suite.run.rounds.rounds;
    expect(contradictions(rounds).found).toEqual([]);
    expect(repeats(rounds)).toEqual([]);
    expect(mailsOn(rounds, '2031-03-14', DEMO_SUBSCRIBERS.advocate)).toContain(
      'The judge entered a consent decree on March 14, 2031: an agreement between the parties that the court approved and will enforce, in force until March 14, 2034. It takes the place of the preliminary injunction of June 2, 2030, which ends that day: from then on the terms of the consent decree apply instead.',
    );
    const es = `${mailsOn(rounds, '2031-03-14', ES_NOW)}\n${mailsOn(rounds, '2031-03-14', ES)}\n${mailsOn(rounds, '2031-03-15', ES)}`;
    expect(es).toMatch(
      /El tribunal dictó un decreto de consentimiento el 14 de marzo de 2031[^\n]*14 de marzo de 2034/,
    );
    expect(`${mailsOn(rounds, '2031-03-14', AR)}\n${mailsOn(rounds, '2031-03-15', AR)}`).toContain(
      'أصدرت المحكمة حكمًا رضائيًا',
    );
    for (const m of mailsFrom(rounds, '2031-03-14'))
      expect(`${m.subject}\n${m.text}`, m.to).not.toMatch(
        /[Pp]reliminary injunction[^\n]*(?:granted|until) March 14, 2034|Nothing is in force|No hay nada vigente/,
      );
  });
});

describe('an interim order for three named households, pending the hearing on the motion (D. Md., hand-written)', () => {
  const suite = replayedFixtureSuite('mdd:1:31-cv-00702', 'interim-bar-for-named-households.json');
  const THREE = /Ayodele Brink, Mirela Vos and Kofi Sandoval/;

  for (const day of ['2031-03-15', '2031-03-30'])
    it(`${day}: no termination of SNAP benefits for the three alone, until the ruling on the motion heard`, async () => {
      const lines = inForce(await suite.run.deadlines(day));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        /Stay of termination of SNAP benefits in effect until the hearing on Plaintiffs' Motion for Preliminary Injunction \(ECF No\. 4\);/,
      );
      expect(lines[0]).toMatch(new RegExp(`only as to ${THREE.source}`));
    });

  it('April 3: the motion was denied on April 2; nothing in force', async () => {
    expect(await suite.run.deadlines('2031-04-03')).toMatch(/nothing in force/);
  });

  it('the stored posture and the mails: whom it protects (not the class) and until when, in every language', () => {
    expect(storedOn(suite, '2031-03-14')).toEqual([expect.stringMatching(THREE)]);
    expect(storedOn(suite, '2031-04-02')).toEqual([]);
    const rounds = suite.run.rounds.rounds;
    expect(contradictions(rounds).found).toEqual([]);
    expect(repeats(rounds)).toEqual([]);
    const granted = mailsOn(rounds, '2031-03-14', DEMO_SUBSCRIBERS.advocate);
    expect(granted).toMatch(
      /termination of SNAP benefits is on hold until the judge rules on the motion for a preliminary injunction\. It covers only Ayodele Brink, Mirela Vos and Kofi Sandoval, not the whole class\./,
    );
    expect(mailsOn(rounds, '2031-03-14', DEMO_SUBSCRIBERS.legal)).toMatch(THREE);
    expect(mailsOn(rounds, '2031-03-14', ES_NOW)).toMatch(/Ayodele Brink, Mirela Vos y Kofi Sandoval/);
    expect(`${mailsOn(rounds, '2031-03-14', AR)}\n${mailsOn(rounds, '2031-03-15', AR)}`).toMatch(
      /Ayodele Brink/,
    );
    const ended = mailsOn(rounds, '2031-04-02', DEMO_SUBSCRIBERS.advocate);
    expect(ended).toMatch(/The judge ruled on the motion this order lasted until, which ends it/);
    // While the order protects them, nobody is told nothing is in force.
    for (const m of rounds
      .filter((r) => r.day >= '2031-03-14' && r.day < '2031-04-02')
      .flatMap((r) => r.mails))
      expect(m.text, m.to).not.toMatch(/Nothing is in force|No hay nada vigente|لا شيء ساري/);
  });
});
