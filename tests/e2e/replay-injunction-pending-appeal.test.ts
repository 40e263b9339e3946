/**
 * The court of appeals' own injunction pending appeal, replayed through the live path from a
 * hand-written history (tests/fixtures/replay/injunction-pending-appeal.json; fictional parties,
 * D.N.M., Tenth Circuit): the district court denies a TRO (March 2, 2026); the named petitioners
 * appeal; the Tenth Circuit denies an injunction pending appeal for the putative class (March 5),
 * then grants one: "Appellees are ENJOINED from removing appellants Marta Quispe and Tomas Quispe
 * from the United States pending further order of this Court" (March 12); it affirms (June 15) and
 * its mandate issues (July 7; the district clerk's copy July 8).
 *
 * How a careful reader takes it: the denial is told; from March 12 an injunction pending appeal is
 * in force for the two named appellants only — every message says so and none says it protects the
 * class — until the court of appeals decides the appeal (June 15), when it ends.
 */
import { describe, expect, it } from 'vitest';
import { casePosture } from '../../src/deadlines/record.ts';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import history from '../fixtures/replay/injunction-pending-appeal.json' with { type: 'json' };
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions, mailsOn, repeats } from '../support/posture-mail.ts';
import { replayedSuite } from '../support/replayed.ts';
import { testServer } from '../support/web.ts';

const KEY = 'nmd:1:26-cv-00231';
const NAME = 'Injunction pending appeal';

describe("the court of appeals' injunction pending appeal: for the named appellants only, until the appeal is decided", () => {
  const suite = replayedSuite({
    caseKey: KEY,
    history,
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });

  for (const [day, inForce] of [
    ['2026-03-05', []],
    ['2026-03-11', []],
    ['2026-03-12', [NAME]],
    ['2026-06-14', [NAME]],
    ['2026-06-15', []],
    ['2026-07-08', []],
  ] as const)
    it(`${day}: in force ${JSON.stringify(inForce)}`, async () => {
      const p = await casePosture(suite.store, KEY, day);
      expect(p.inForce.map((f) => f.name)).toEqual(inForce);
      for (const f of p.inForce) {
        expect(f.limitedTo?.parties).toEqual(['Marta Quispe', 'Tomas Quispe']);
        expect(f.text).toContain('until the appeal is decided');
      }
    });

  it('the denial, the grant (for the two appellants only) and its end are each told once; no message says it protects the class', () => {
    const found = contradictions(suite.rounds.rounds);
    expect(found.found).toEqual([]);
    const mails = suite.rounds.rounds.flatMap((r) => r.mails.map((m) => ({ ...m, day: r.day })));
    if (process.env.SHOW_MAIL)
      for (const m of mails) console.log(`=== ${m.day} ${m.to}\n${m.subject}\n${m.text}`);
    const on = (day: string, to: string) => mailsOn(suite.rounds.rounds, day, to);
    expect(on('2026-03-05', DEMO_SUBSCRIBERS.advocate)).toContain(
      'The Tenth Circuit denied the request for an injunction pending appeal on March 5, 2026',
    );
    const granted = on('2026-03-12', DEMO_SUBSCRIBERS.advocate);
    expect(granted).toContain('Injunction pending appeal for Marta Quispe and Tomas Quispe only');
    expect(granted).toContain(
      'The Tenth Circuit granted an injunction pending appeal on March 12, 2026: it protects only Marta Quispe and Tomas Quispe, no one else, until the appeal is decided or the court orders otherwise.',
    );
    expect(on('2026-03-12', DEMO_SUBSCRIBERS.legal)).toContain(
      'for Marta Quispe and Tomas Quispe only, not the class',
    );
    expect(on('2026-03-12', ADVOCATES_IN_EVERY_LANGUAGE[2].email)).toContain(
      'protege solo a Marta Quispe y Tomas Quispe',
    );
    expect(on('2026-03-12', ADVOCATES_IN_EVERY_LANGUAGE[1].email)).toContain('فقط');
    expect(on('2026-06-15', DEMO_SUBSCRIBERS.advocate)).toContain(
      'The injunction pending appeal for Marta Quispe and Tomas Quispe ended on June 15, 2026: the court of appeals decided the appeal.',
    );
    for (const to of [DEMO_SUBSCRIBERS.advocate, DEMO_SUBSCRIBERS.legal]) {
      const grants = mails.filter(
        (m) =>
          m.to === to && m.day >= '2026-03-12' && /Injunction pending appeal.*(granted|only)/.test(m.subject),
      );
      expect(
        grants.map((m) => m.day),
        to,
      ).toEqual(['2026-03-12']);
    }
    for (const m of mails)
      expect(`${m.subject}\n${m.text}`, `${m.day} ${m.to}`).not.toMatch(
        /[Dd]eportations of people in the class are blocked|no one in the class can be deported/,
      );
  });

  it('the CLI `deadlines --as-of` and the case page name the two appellants, not the class', async () => {
    const out = await suite.run.deadlines('2026-04-01');
    expect(out).toContain(
      'IN FORCE  Injunction pending appeal in effect since March 12, 2026 until the appeal is decided; only as to Marta Quispe and Tomas Quispe: granted for them alone, for no one else',
    );
    const app = await testServer(suite.store, 'https://watch.example.org', new Date('2026-04-01T18:00:00Z'));
    try {
      const page = await app.inject({ url: '/cases/nmd/1:26-cv-00231' });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('Injunction pending appeal');
      expect(page.body).toContain('Marta Quispe');
    } finally {
      await app.close();
    }
    expect(repeats(suite.rounds.rounds)).toEqual([]);
  });
});
