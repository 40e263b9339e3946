/**
 * What takes an injunction's place at the end of a class case, through the live path (`replayed`:
 * the replay court, the real worker, the store, SMTP; CLI `deadlines`; mail bodies in en/es/ar),
 * from two hand-written histories (fictional parties):
 *
 * tests/fixtures/replay/settlement-replaces-injunction.json (W.D. Wash.): a preliminary injunction
 * "pending final judgment" with a population report on the tenth day of each month; the settlement
 * preliminarily approved ("Pending final approval, the preliminary injunction remains in effect");
 * then final approval: "The preliminary injunction … (Dkt. 14) is dissolved as of the date of this
 * Order and is superseded by the Settlement Agreement, which the Court will enforce", a compliance
 * report every ninety days (first October 21, 2030), jurisdiction kept "for three years from the
 * date of this Order"; the judgment the same day.
 *
 * tests/fixtures/replay/consent-decree-supersedes-injunction.json (D.S.C.): a preliminary injunction
 * with quarterly reports; the fairness hearing "Court approves the consent decree; decree to enter";
 * the decree the next day ("The preliminary injunction (ECF No. 9) is vacated and superseded by this
 * Consent Decree", reports every six months, "terminates five years after its entry"); the judgment
 * "entered in accordance with the Consent Decree (ECF No. 19). Case closed."
 *
 * How a careful reader takes it: the injunction is replaced, its protection carried on by the
 * settlement or the decree — never "vacated: it no longer applies" alone, never "Nothing is in
 * force"; the new instrument is in force from its entry for its term; the injunction's reports end
 * with it; the instrument's own report is due.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions, mailsFrom, mailsOn } from '../support/posture-mail.ts';
import { replayedFixtureSuite } from '../support/replayed.ts';

const [ES, AR] = ADVOCATES_IN_EVERY_LANGUAGE.map((s) => s.email) as [string, string, string];
const inForce = (out: string) => out.split('\n').filter((l) => /^\s*IN FORCE\b/.test(l));

describe('a class settlement finally approved dissolves and supersedes the preliminary injunction (W.D. Wash., hand-written)', () => {
  const suite = replayedFixtureSuite('wawd:2:30-cv-01187', 'settlement-replaces-injunction.json');

  it('July 21: the preliminary injunction in force, its monthly report due', async () => {
    const out = await suite.run.deadlines('2030-07-21');
    expect(inForce(out)).toEqual([
      expect.stringMatching(/IN FORCE\s+Preliminary injunction in effect since March 15, 2030/),
    ]);
  });

  it('August 15: the settlement in force for three years, the injunction gone, its report not due; the compliance report next', async () => {
    const out = await suite.run.deadlines('2030-08-15');
    expect(inForce(out)).toEqual([
      expect.stringMatching(
        /IN FORCE\s+Settlement agreement \(enforced by the court\) in effect since July 22, 2030 until July 22, 2033/,
      ),
    ]);
    expect(out).not.toMatch(/MISSING/);
    expect(out).not.toMatch(/2030-08-1[0-2]\s.*(?:upcoming|due|passed)/);
    expect(out).toMatch(/[Cc]ompliance report[^\n]*2030-10-21/);
  });

  it('the mails tell the settlement in the injunction’s place, in every language; nothing says protection ended', () => {
    const rounds = suite.run.rounds.rounds;
    expect(contradictions(rounds).found).toEqual([]);
    if (process.env.SHOW_MAIL)
      for (const r of rounds)
        for (const m of r.mails) console.log(`=== ${r.day} ${m.to} ${m.kind}\n${m.subject}\n${m.text}`);
    const en = mailsOn(rounds, '2030-07-22', DEMO_SUBSCRIBERS.advocate);
    expect(en).toContain(
      'The judge approved the settlement on July 22, 2030: an agreement between the parties that the court will enforce, in force until July 22, 2033. It takes the place of the preliminary injunction of March 15, 2030, which ends that day: from then on the terms of the settlement agreement apply instead.',
    );
    expect(mailsOn(rounds, '2030-07-22', ES)).toContain(
      'El tribunal aprobó el acuerdo de conciliación el 22 de julio de 2030: un acuerdo entre las partes que el tribunal hará cumplir, vigente hasta el 22 de julio de 2033.',
    );
    expect(mailsOn(rounds, '2030-07-22', AR)).toContain('اعتمدت المحكمة اتفاق التسوية');
    for (const m of mailsFrom(rounds, '2030-07-22'))
      expect(`${m.subject}\n${m.text}`, m.to).not.toMatch(
        /Nothing is in force|No hay nada vigente|Population report[^\n]*(?:missing|MISSING)|Expected filing missing/,
      );
  });
});

describe('a consent decree vacates and supersedes the preliminary injunction; the judgment follows it (D.S.C., hand-written)', () => {
  const suite = replayedFixtureSuite('scd:2:29-cv-04410', 'consent-decree-supersedes-injunction.json');

  it('February 11 (fairness hearing, "decree to enter"): the injunction still in force, no decree yet', async () => {
    expect(inForce(await suite.run.deadlines('2030-02-11'))).toEqual([
      expect.stringMatching(/IN FORCE\s+Preliminary injunction in effect since July 16, 2029/),
    ]);
  });

  for (const day of ['2030-02-13', '2031-01-05'])
    it(`${day}: the consent decree in force from February 12, 2030 for five years; no quarterly report, the six-month report next`, async () => {
      const out = await suite.run.deadlines(day);
      expect(inForce(out)).toEqual([
        expect.stringMatching(
          /IN FORCE\s+Consent decree in effect since February 12, 2030 until February 12, 2035/,
        ),
      ]);
      // The injunction's quarterly report is no longer due (its order ended; the decree says so too).
      expect(out).not.toMatch(/MISSING\s+Status report|\bvacated\b/);
      expect(out).toMatch(/[Cc]ompliance report[^\n]*20(?:30-08-12|31-02-12)/);
    });

  it('the mails tell the decree in the injunction’s place, in every language; never "vacated … no longer applies" of the decree', () => {
    const rounds = suite.run.rounds.rounds;
    expect(contradictions(rounds).found).toEqual([]);
    const en = mailsOn(rounds, '2030-02-12', DEMO_SUBSCRIBERS.advocate);
    expect(en).toMatch(
      /The judge entered a consent decree on February 12, 2030: an agreement between the parties that the court approved and will enforce, in force until February 12, 2035\. It takes the place of the preliminary injunction of July 16, 2029, which ends that day: from then on the terms of the consent decree apply instead\./,
    );
    expect(mailsOn(rounds, '2030-02-12', ES)).toContain(
      'El tribunal dictó un decreto de consentimiento el 12 de febrero de 2030',
    );
    expect(mailsOn(rounds, '2030-02-12', AR)).toContain('أصدرت المحكمة حكمًا رضائيًا');
    for (const m of mailsFrom(rounds, '2030-02-11'))
      expect(`${m.subject}\n${m.text}`, m.to).not.toMatch(
        /[Cc]onsent decree[^\n]*vacated|decreto de consentimiento[^\n]*anulad|Nothing is in force|No hay nada vigente|ruled against the plaintiffs/,
      );
  });
});
