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
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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
