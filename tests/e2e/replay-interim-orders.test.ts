/**
 * An order that sets the briefing of motions still to come, through the live path (`replayed`),
 * from a hand-written history (tests/fixtures/replay/respond-to-motions-to-come.json; fictional
 * parties, S.D. Cal.). The order granting in part the TRO motion [3] also says "Petitioners shall
 * file any motion for preliminary injunction and any motion for class certification on or before
 * January 27, 2026. Respondents shall respond on or before February 2, 2026." Respondents file a
 * "RESPONSE in Opposition re [16] … [17]" on February 2.
 *
 * How a careful reader takes it: the response is owed to the motions the order names (not to [3],
 * the motion it decides), and it was filed on its day: met, never passed.
 *
 * The same history's first order (January 12) says "Respondents shall not remove Petitioners …
 * pending further order of the Court"; the TRO order of January 22 says "The request for a stay of
 * removal is DENIED without prejudice as to all Petitioners". That denial is the further order:
 * the interim stay is in force through January 21 and ends on January 22, told once.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { casePosture } from '../../src/deadlines/record.ts';
import { contradictions, repeats } from '../support/posture-mail.ts';
import { replayedSuite } from '../support/replayed.ts';

const KEY = 'casd:3:26-cv-00412';
const HISTORY = JSON.parse(
  readFileSync(new URL('../fixtures/replay/respond-to-motions-to-come.json', import.meta.url), 'utf8'),
);

const rowOf = (out: string, what: RegExp) => out.split('\n').find((l) => /^dl-/.test(l) && what.test(l));

describe('"Respondents shall respond on or before D" in an order that sets motions to come', () => {
  const suite = replayedSuite({ caseKey: KEY, history: HISTORY });

  it('January 23: the response is owed to the motions for preliminary injunction and class certification, February 2', async () => {
    const out = await suite.run.deadlines('2026-01-23');
    const row = rowOf(out, /2026-02-02/);
    expect(row).toMatch(/Response to the motion for preliminary injunction/);
    expect(row).toMatch(/upcoming/);
    expect(out).not.toMatch(/Response to ECF No\. 3\s.*2026-02-02/);
  });

  it('February 6: the response filed on February 2 met it; nothing passed', async () => {
    const out = await suite.run.deadlines('2026-02-06');
    expect(rowOf(out, /2026-02-02/)).toMatch(/satisfied/);
    expect(out).not.toMatch(/passed/);
  });

  it('no message ties the February 2 response to ECF No. 3 or says it passed', () => {
    expect(contradictions(suite.run.rounds.rounds).found).toEqual([]);
    expect(repeats(suite.run.rounds.rounds)).toEqual([]);
    for (const m of suite.run.rounds.mails) {
      expect(m.text, m.to).not.toMatch(/Response to ECF No\. 3, due February 2/);
      expect(m.text, m.to).not.toMatch(/passed/);
    }
  });
});

describe('an interim stay "pending further order of the Court", then "the request for a stay of removal is DENIED"', () => {
  const suite = replayedSuite({ caseKey: KEY, history: HISTORY });
  const staysOn = async (day: string) =>
    (await casePosture(suite.run.store, KEY, day)).inForce.filter((f) => f.kind === 'stay');

  it('in force on January 21; ended by the denial of January 22 and after', async () => {
    expect(await staysOn('2026-01-21')).toHaveLength(1);
    expect(await staysOn('2026-01-22')).toEqual([]);
    expect(await staysOn('2026-11-15')).toEqual([]);
    expect(await suite.run.deadlines('2026-11-15')).not.toMatch(/IN FORCE\s+Stay of removal/);
  });

  it('the end is told once to each reader, and no later message says the stay is in force', () => {
    expect(contradictions(suite.run.rounds.rounds).found).toEqual([]);
    expect(repeats(suite.run.rounds.rounds)).toEqual([]);
    const ended = suite.run.rounds.mails.filter((m) => /no longer protects/.test(m.text));
    expect(ended.length).toBeGreaterThan(0);
    expect(new Set(ended.map((m) => m.to)).size).toBe(ended.length);
    for (const r of suite.run.rounds.rounds)
      if (r.day > '2026-01-22')
        for (const m of r.mails) expect(m.text, `${r.day} ${m.to}`).not.toMatch(/Stay of removal, since/);
  });
});
