/**
 * Interim orders and a TRO for three named petitioners: whom they cover and until when, through the
 * live path (`replayed`: the replay court, the real worker, a real SMTP server; CLI `deadlines`;
 * mail bodies in en/es/ar), from a hand-written history (fictional parties, D.N.M.):
 * tests/fixtures/replay/interim-orders-scope-end.json.
 *
 * - June 1: "(TEXT ONLY ENTRY) ORDER: Pending the Court's ruling on [3], Respondents shall not
 *   transfer Petitioners Haddad-Obi, Quispe-Lind, or Mensah Rocha out of the District of New Mexico,
 *   and shall not remove any of them from the United States."
 * - June 8: the TRO for the three alone (class relief denied); "The restraint in paragraph 2 lapses at
 *   5:00 p.m. Mountain Time on June 22, 2027"; the interim order "is superseded by this Order".
 * - June 24: "ENDORSED ORDER … respondents shall not remove petitioners Haddad-Obi, Quispe-Lind, or
 *   Mensah Rocha from the United States pending further order of the court."
 * - July 6: "the endorsed order of June 24, 2027 (doc. no. 9) is vacated."
 *
 * How a careful reader takes it: June 2 — no transfer or removal of the three (only them), until
 * the ruling on [3]; June 9 — the TRO for the three until June 22 at 5:00 PM, the interim order
 * gone; June 23 — nothing in force; June 25 — no removal of the three, until further order; July 7
 * — nothing in force. Nobody is told a stay protects "the people it covers" without being told who.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions, mailsOn, repeats } from '../support/posture-mail.ts';
import { replayedFixtureSuite } from '../support/replayed.ts';

const [ES, AR, ES_NOW] = ADVOCATES_IN_EVERY_LANGUAGE.map((s) => s.email) as [string, string, string];
const inForce = (out: string) => out.split('\n').filter((l) => /^\s*IN FORCE\b/.test(l));
const THREE = /Haddad-Obi, Quispe-Lind and Mensah Rocha/;
const THREE_ES = /Haddad-Obi, Quispe-Lind y Mensah Rocha/;

describe('a TEXT ONLY interim order, a TRO that lapses at an hour of a named zone, an endorsed order vacated by number (D.N.M., hand-written)', () => {
  const suite = replayedFixtureSuite('nmd:1:27-cv-00533', 'interim-orders-scope-end.json');

  it('June 2: no transfer or removal of the three alone, until the ruling on [3]', async () => {
    const lines = inForce(await suite.run.deadlines('2027-06-02'));
    expect(lines).toHaveLength(1);
    // The docket report prints "[3]" as a bare "3": the reader is told which entry it is.
    expect(lines[0]).toMatch(
      /Stay of removal and transfer out of the district in effect until the Court's ruling on ECF No\. 3;/,
    );
    expect(lines[0]).toMatch(new RegExp(`only as to ${THREE.source}`));
  });

  it('June 9: the TRO for the three until June 22 at 5:00 PM; the interim order gone', async () => {
    const lines = inForce(await suite.run.deadlines('2027-06-09'));
    expect(lines).toEqual([
      expect.stringMatching(
        /Temporary restraining order in effect since June 8, 2027 until June 22, 2027 at 5:00 PM; only as to/,
      ),
    ]);
    expect(lines[0]).toMatch(THREE);
  });

  it('June 23: the TRO has lapsed; nothing in force', async () => {
    expect(await suite.run.deadlines('2027-06-23')).toMatch(/nothing in force/);
  });

  it('June 25: the endorsed order protects the three alone from removal, until further order', async () => {
    const lines = inForce(await suite.run.deadlines('2027-06-25'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/Stay of removal in effect until further order/);
    expect(lines[0]).toMatch(new RegExp(`only as to ${THREE.source}`));
  });

  it('July 7: the endorsed order was vacated on July 6; nothing in force', async () => {
    const out = await suite.run.deadlines('2027-07-07');
    expect(out).toMatch(/nothing in force/);
    expect(out).toMatch(/stay of removal\s.*\blifted\b/);
  });

  it('the mails say whom each order covers and when it ends, in every language', () => {
    const rounds = suite.run.rounds.rounds;
    expect(contradictions(rounds).found).toEqual([]);
    expect(repeats(rounds)).toEqual([]);
    // The interim order and the endorsed order: the three are named, in every language.
    for (const day of ['2027-06-01', '2027-06-24']) {
      expect(mailsOn(rounds, day, DEMO_SUBSCRIBERS.advocate), day).toMatch(THREE);
      expect(mailsOn(rounds, day, ES_NOW), day).toMatch(THREE_ES);
      expect(mailsOn(rounds, day, AR), day).toMatch(/Haddad-Obi/);
    }
    // The TRO's end, with its hour: never "while the case goes on".
    const june8 = mailsOn(rounds, '2027-06-08', DEMO_SUBSCRIBERS.advocate);
    expect(june8).toMatch(/June 22, 2027/);
    expect(june8).not.toMatch(/while the case goes on/);
    expect(mailsOn(rounds, '2027-06-08', ES_NOW)).toMatch(/22 de junio de 2027/);
    // The vacatur is told: the endorsed order no longer protects them.
    expect(mailsOn(rounds, '2027-07-06', DEMO_SUBSCRIBERS.advocate)).toMatch(/[Ss]tay/);
    for (const m of suite.run.rounds.mails) {
      // Nobody reads of protection for "the people it covers" without being told who they are.
      expect(m.text, m.to).not.toMatch(/none of the people it covers|ninguna de las personas que ampara/);
    }
    // While an order protects the three, nobody is told nothing is in force. (The TRO lapsed on June
    // 22 and the endorsed order came at 14:10 on June 24: a digest of that morning, before it, rightly
    // says nothing is in force, so June 24 is not counted.)
    const protectedDays = rounds.filter(
      (r) =>
        (r.day >= '2027-06-01' && r.day < '2027-06-22') || (r.day > '2027-06-24' && r.day < '2027-07-06'),
    );
    // On June 24 the mails that tell of the endorsed order (they name the three) come after it.
    const afterTheOrder = rounds
      .filter((r) => r.day === '2027-06-24')
      .flatMap((r) => r.mails)
      .filter((m) => /Quispe-Lind/.test(m.text));
    expect(afterTheOrder.length).toBeGreaterThan(0);
    for (const m of [...protectedDays.flatMap((r) => r.mails), ...afterTheOrder])
      expect(m.text, m.to).not.toMatch(/Nothing is in force|No hay nada vigente|لا شيء ساري/);
    expect(protectedDays.flatMap((r) => r.mails).filter((m) => m.to === ES).length).toBeGreaterThan(0);
  });
});
