/**
 * A district order carrying out a mandate that already ended an injunction, through the live path
 * (`replayed`), from a hand-written history (tests/fixtures/replay/order-on-mandate-told-once.json;
 * fictional parties, D.N.M., 10th Cir.): the court of appeals vacates the preliminary injunction,
 * its mandate issues October 29, the district clerk dockets "MANDATE of USCA", and on November 9
 * the district court orders "In accordance with the mandate … the preliminary injunction [12] is
 * VACATED".
 *
 * How a careful reader takes it: one act — the injunction ended when the mandate issued, told then;
 * the district's order records it and tells nobody again that the injunction was vacated.
 */
import { describe, expect, it } from 'vitest';
import { casePosture } from '../../src/deadlines/record.ts';
import history from '../fixtures/replay/order-on-mandate-told-once.json' with { type: 'json' };
import { contradictions, repeats } from '../support/posture-mail.ts';
import { replayedSuite } from '../support/replayed.ts';

const KEY = 'nmd:1:26-cv-00077';

describe('"In accordance with the mandate … the preliminary injunction is VACATED", after the mandate vacated it', () => {
  const suite = replayedSuite({ caseKey: KEY, history });
  const injunctionsOn = async (day: string) =>
    (await casePosture(suite.run.store, KEY, day)).inForce.filter((f) => f.kind === 'injunction');

  it('in force until the mandate (October 28), ended from October 29 on', async () => {
    expect(await injunctionsOn('2026-10-28')).toHaveLength(1);
    expect(await injunctionsOn('2026-10-29')).toEqual([]);
    expect(await injunctionsOn('2026-11-10')).toEqual([]);
  });

  it('the vacatur is told at the mandate, never again at the district order', () => {
    expect(contradictions(suite.run.rounds.rounds).found).toEqual([]);
    expect(repeats(suite.run.rounds.rounds)).toEqual([]);
    const told = suite.run.rounds.rounds.flatMap((r) =>
      r.mails
        .filter((m) => /^\* Preliminary injunction[^\n]* vacated$/m.test(m.text))
        .map((m) => ({ day: r.day, to: m.to, kind: m.kind })),
    );
    expect(told.length).toBeGreaterThan(0);
    // At once to the legal team on the mandate's day; in the next morning's digest to a daily reader.
    for (const m of told)
      expect(m.day, JSON.stringify(m)).toBe(m.kind === 'digest' ? '2026-10-30' : '2026-10-29');
    for (const r of suite.run.rounds.rounds.filter((x) => x.day >= '2026-11-09'))
      for (const m of r.mails)
        expect(m.text, `${r.day} ${m.to}`).not.toMatch(/^\* Preliminary injunction vacated/m);
  });
});
