/**
 * How long a TRO and an interim order last, for whom, and what they bar, through the live path
 * (`replayed`: the replay court, the real worker, a real SMTP server; CLI `deadlines`; mail bodies in
 * en/es/ar), from two hand-written histories (fictional parties):
 *
 * tests/fixtures/replay/tro-terms-named.json (D. Neb.): an interim order bars removal and transfer
 * of three named petitioners "Pending resolution of the [2] Emergency Motion"; the TRO of March 9,
 * 2027 is granted "insofar as it seeks a temporary restraining order for the named Petitioners, A, B,
 * and C" (the class's request HELD IN ABEYANCE) "for fourteen days from its entry", and supersedes
 * the interim order; on March 22 it is kept "in force through and including March 30, 2027"; on
 * March 29 "in place until the Court decides the motion for preliminary injunction"; on April 8 the
 * preliminary injunction takes its place.
 *
 * How a careful reader takes it: March 3 — no removal or transfer of the three, until the ruling on
 * [2]; March 10 — a TRO for the three alone through March 23 (never a "stay … on hold"), its duty to
 * return anyone transferred due March 12; March 22 — the TRO extended to March 30, for the same
 * three (an extension, never "now protects only"); March 31 — still in force, until the ruling; April
 * 9 — the preliminary injunction, no TRO. Names are joined as a list ("A, B and C", "A, B y C").
 *
 * tests/fixtures/replay/tro-transfer-bar.json (D.S.C.): a minute order "Until further order of the
 * Court, Respondents shall not transfer Petitioners A, B, or C outside the District"; the TRO of May
 * 12 for the petitioners alone ("declines … to extend relief to the putative class") "shall expire at
 * 5:00 p.m. on May 26, 2027" and supersedes the minute order; "EXTENDED for an additional fourteen
 * days" on May 25. A careful reader: May 5 — no transfer of the three out of the district (nobody is
 * told they cannot be deported: the order says nothing of removal); May 13 — the TRO, for the named
 * petitioners, until May 26 at 5:00 PM, the minute order gone; May 26 — until June 9 at 5:00 PM;
 * June 10 — nothing in force.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions, mailsOn, repeats } from '../support/posture-mail.ts';
import { replayedFixtureSuite } from '../support/replayed.ts';

const [ES, AR, ES_NOW] = ADVOCATES_IN_EVERY_LANGUAGE.map((s) => s.email) as [string, string, string];
const inForce = (out: string) => out.split('\n').filter((l) => /^\s*IN FORCE\b/.test(l));

describe('a TRO "for fourteen days from its entry" for named petitioners, kept in force, then replaced (D. Neb., hand-written)', () => {
  const suite = replayedFixtureSuite('ned:8:27-cv-00118', 'tro-terms-named.json');

  it('March 3: the interim order bars removal and transfer of the three, until the ruling on [2]', async () => {
    const lines = inForce(await suite.run.deadlines('2027-03-03'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /Stay of removal and transfer out of the district in effect until resolution of/,
    );
    expect(lines[0]).toMatch(/only as to Ilse Varga-Moreno, Tendai Mukasa and Rafael Quispe Aliaga/);
  });

  it('March 10: a TRO for the three alone through March 23; the interim order ended; the return duty due March 12', async () => {
    const out = await suite.run.deadlines('2027-03-10');
    expect(inForce(out)).toEqual([
      expect.stringMatching(
        /Temporary restraining order in effect since March 9, 2027 until March 23, 2027; only as to Ilse Varga-Moreno, Tendai Mukasa and Rafael Quispe Aliaga/,
      ),
    ]);
    expect(out).toMatch(/2027-03-12\s+\S+\s+upcoming/);
    expect(out).not.toMatch(/Stay in effect|no end date given/);
  });

  for (const [day, until] of [
    ['2027-03-24', /until March 30, 2027/],
    ['2027-03-31', /until the Court decides the motion for preliminary injunction/],
  ] as const)
    it(`${day}: the TRO is still in force, ${until.source}`, async () => {
      const lines = inForce(await suite.run.deadlines(day));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^\s*IN FORCE\s+Temporary restraining order/);
      expect(lines[0]).toMatch(until);
    });

  it('April 9: the preliminary injunction alone', async () => {
    const lines = inForce(await suite.run.deadlines('2027-04-09'));
    expect(lines).toEqual([
      expect.stringMatching(/IN FORCE\s+Preliminary injunction in effect since April 8, 2027/),
    ]);
  });

  it('the messages say a TRO for the three, its extension as an extension, names as a list; never a stay "on hold"', () => {
    const rounds = suite.run.rounds.rounds;
    expect(contradictions(rounds).found).toEqual([]);
    expect(repeats(rounds)).toEqual([]);
    const march9 = mailsOn(rounds, '2027-03-09', DEMO_SUBSCRIBERS.legal);
    expect(march9).toMatch(/[Tt]emporary restraining order/);
    expect(march9).toMatch(/Ilse Varga-Moreno, Tendai Mukasa and Rafael Quispe Aliaga/);
    const march22 = `${mailsOn(rounds, '2027-03-22', DEMO_SUBSCRIBERS.legal)}\n${mailsOn(rounds, '2027-03-22', DEMO_SUBSCRIBERS.advocate)}`;
    expect(march22).toMatch(/extended/);
    expect(march22).toMatch(/March 30, 2027/);
    expect(mailsOn(rounds, '2027-03-22', ES_NOW)).toMatch(/30 de marzo de 2027/);
    for (const m of suite.run.rounds.mails) {
      expect(m.text, m.to).not.toMatch(/now protects only|limited the temporary restraining order/);
      expect(m.text, m.to).not.toMatch(/stay is on hold|queda en pausa «stay»/);
      expect(m.text, m.to).not.toMatch(/Varga-Moreno and Tendai Mukasa and|Varga-Moreno y Tendai Mukasa y/);
      expect(m.text, m.to).not.toMatch(/[ap]\.m\.\./);
    }
    expect(mailsOn(rounds, '2027-03-09', ES_NOW)).toMatch(
      /Ilse Varga-Moreno, Tendai Mukasa y Rafael Quispe Aliaga/,
    );
  });
});

describe('a minute order barring transfer "Until further order", then a TRO to 5:00 p.m. extended "for an additional fourteen days" (D.S.C., hand-written)', () => {
  const suite = replayedFixtureSuite('scd:2:27-cv-04410', 'tro-transfer-bar.json');

  it('May 5: no transfer of the three out of the district, until further order', async () => {
    const lines = inForce(await suite.run.deadlines('2027-05-05'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/Stay of transfer out of the district in effect until further order/);
    expect(lines[0]).toMatch(/only as to Amara Lindqvist-Obi, Teodoro Yupanqui and Hyun-woo Castellanos/);
  });

  for (const [day, until] of [
    ['2027-05-13', 'until May 26, 2027 at 5:00 PM'],
    ['2027-05-26', 'until June 9, 2027 at 5:00 PM'],
  ] as const)
    it(`${day}: the TRO for the named petitioners alone, ${until}; the minute order gone`, async () => {
      const lines = inForce(await suite.run.deadlines(day));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`Temporary restraining order in effect since May 12, 2027 ${until}`);
      expect(lines[0]).toMatch(/only as to the named petitioners/);
    });

  it('June 10: nothing in force', async () => {
    expect(await suite.run.deadlines('2027-06-10')).toMatch(/nothing in force/);
  });

  it('the transfer bar is told as one: nobody is told the petitioners cannot be deported before the TRO', () => {
    const rounds = suite.run.rounds.rounds;
    expect(contradictions(rounds).found).toEqual([]);
    expect(repeats(rounds)).toEqual([]);
    for (const to of [DEMO_SUBSCRIBERS.advocate, ES, AR, ES_NOW]) {
      const early = rounds
        .filter((r) => r.day >= '2027-05-04' && r.day < '2027-05-12')
        .flatMap((r) => r.mails)
        .filter((m) => m.to === to)
        .map((m) => m.text)
        .join('\n');
      expect(early, to).not.toMatch(/deport|ترحيل/);
    }
    expect(mailsOn(rounds, '2027-05-04', ES_NOW)).toMatch(/traslado fuera del distrito/);
    for (const m of suite.run.rounds.mails) expect(m.text, m.to).not.toMatch(/[ap]\.m\.\./);
  });
});
