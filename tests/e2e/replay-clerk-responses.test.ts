/**
 * CM/ECF's clerk-computed response dates, one per motion, through the live path (`replayed`), from
 * a hand-written history (tests/fixtures/replay/clerk-responses-per-motion.json; fictional parties,
 * D. Del.): three motions each print "Suggestions in opposition/response due by …" (two on March 16,
 * one on March 26); a court order sets the response to the first motion for March 6; each motion is
 * answered on its day.
 *
 * How a careful reader takes it: three duties, each keyed by the motion it answers — the order
 * moves only the first one's; none is merged with another, moved to another motion's day, or
 * shown passed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import { contradictions, repeats } from '../support/posture-mail.ts';
import { replayedSuite } from '../support/replayed.ts';

const KEY = 'ded:1:26-cv-00118';
const HISTORY = JSON.parse(
  readFileSync(new URL('../fixtures/replay/clerk-responses-per-motion.json', import.meta.url), 'utf8'),
);

/** The CLI's deadline rows that answer a motion: [motion, due, status]. */
function responses(out: string): string[][] {
  return out
    .split('\n')
    .filter((l) => /^dl-\S+\s+deadline\s+Suggestions in opposition/.test(l))
    .map((l) => {
      const m = /ECF No\. (\d+).*?(\d{4}-\d{2}-\d{2})\s+(?:-?\d+\s+)?(\w+)/.exec(l);
      return m ? [m[1] ?? '', m[2] ?? '', m[3] ?? ''] : [l];
    });
}

describe('three motions, each with its clerk-computed response date ("Suggestions in opposition/response due by …")', () => {
  const suite = replayedSuite({ caseKey: KEY, history: HISTORY });

  it('March 13: one duty per motion — [3] as the order set it, [4] on March 16, [11] on March 26', async () => {
    expect(responses(await suite.run.deadlines('2026-03-13'))).toEqual([
      ['3', '2026-03-06', 'satisfied'],
      ['4', '2026-03-16', 'upcoming'],
      ['11', '2026-03-26', 'upcoming'],
    ]);
  });

  it('April 10: each answered on its day, none passed', async () => {
    expect(responses(await suite.run.deadlines('2026-04-10'))).toEqual([
      ['3', '2026-03-06', 'satisfied'],
      ['4', '2026-03-16', 'satisfied'],
      ['11', '2026-03-26', 'satisfied'],
    ]);
  });

  it('no message moves one motion’s response to another’s day, or says one passed', () => {
    expect(contradictions(suite.run.rounds.rounds).found).toEqual([]);
    expect(repeats(suite.run.rounds.rounds)).toEqual([]);
    for (const m of suite.run.rounds.mails) {
      expect(m.text, m.to).not.toMatch(/Deadline moved|passed/);
    }
    const legal = suite.run.rounds.mails.filter((m) => m.to === DEMO_SUBSCRIBERS.legal).map((m) => m.text);
    expect(legal.join('\n')).toMatch(/March 26, 2026/);
  });
});
