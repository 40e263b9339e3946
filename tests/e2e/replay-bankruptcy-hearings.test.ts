/**
 * Bankruptcy docket language through the live path (`replayed`: the replay court, the real worker,
 * a real SMTP server) from a hand-written history (tests/fixtures/replay/bankruptcy-hearing-
 * lifecycle.json; fictional debtor and creditors, D. Vt. bankruptcy court): the 341 meeting noticed
 * for February 8, held that day and continued to March 1 with the trustee's 14-day period; a motion
 * for relief from the automatic stay noticed for February 12 (objections by February 5), heard and
 * continued to March 4 "with the automatic stay extended through the date of the continued
 * hearing"; a confirmation hearing continued to April 2; an order whose printed last day, "February
 * 30, 2019", does not exist.
 *
 * How a docketing clerk reads it: the stay stays in force through March 4 and no longer; each
 * hearing is where the latest entry put it; the deadlines are CM/ECF's printed days and the
 * trustee's period; the impossible day is a question for a person, never a guessed March 2.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { casePosture } from '../../src/deadlines/record.ts';
import { runCli } from '../support/cli.ts';
import { replayedSuite } from '../support/replayed.ts';

const KEY = 'vtb:1:19-bk-10042';

describe('a chapter 11 docket (D. Vt. bankruptcy, hand-written): 341 meeting, relief-from-stay hearing and the stay kept until the continued hearing', () => {
  const suite = replayedSuite({
    caseKey: KEY,
    history: JSON.parse(
      readFileSync(new URL('../fixtures/replay/bankruptcy-hearing-lifecycle.json', import.meta.url), 'utf8'),
    ),
  });
  const deadlines = (asOf: string) =>
    runCli(['deadlines', '--case', KEY, '--as-of', asOf, '--db', `${suite.run.dir}/replay.sqlite`]);
  /** The CLI's rows of one kind: [what, due (with time), status]. */
  const rows = (stdout: string, kind: string) =>
    stdout
      .split('\n')
      .filter((l) => new RegExp(`^\\S+\\s+${kind}\\s`).test(l))
      .map((l) => {
        const due = /\s(\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2})?)\s/.exec(l)?.[1] ?? null;
        const status = /\s(held|upcoming|passed|in_force|expired|met|cancelled)\s/.exec(l)?.[1] ?? null;
        return [due, status];
      });

  it('the stay is in force through the continued hearing’s day, March 4, and not after', async () => {
    for (const [day, until] of [
      ['2019-02-11', null],
      ['2019-02-12', '2019-03-04'],
      ['2019-03-04', '2019-03-04'],
      ['2019-03-05', null],
    ] as const) {
      const p = await casePosture(suite.store, KEY, day);
      const stays = p.inForce.filter((f) => f.kind === 'stay');
      expect(
        stays.map((s) => s.until),
        day,
      ).toEqual(until ? [until] : []);
    }
  });

  it('`docketwatch deadlines --as-of 2019-02-21`: each hearing where the latest entry put it, the printed and counted deadlines', async () => {
    const out = await deadlines('2019-02-21');
    expect(out.code).toBe(0);
    expect(rows(out.stdout, 'hearing')).toEqual([
      ['2019-02-08 10:00', 'held'],
      ['2019-02-12 10:00', 'held'],
      ['2019-03-01 10:00', 'upcoming'],
      ['2019-03-04 10:00', 'upcoming'],
      ['2019-04-02 14:00', 'upcoming'],
    ]);
    expect(out.stdout).toMatch(/meeting of creditors\s+2019-03-01 10:00/);
    expect(out.stdout).toMatch(/confirmation hearing\s+2019-04-02 14:00/);
    // Printed on the petition, the 341 notice and the motion; the trustee's 14 days from February 8.
    expect(
      rows(out.stdout, 'deadline')
        .map(([due]) => due)
        .sort(),
    ).toEqual(['2019-01-21', '2019-01-21', '2019-01-21', '2019-02-05', '2019-02-22', '2019-05-09']);
    expect(rows(out.stdout, 'stay')).toEqual([['2019-03-04', 'in_force']]);
  });

  it('the day no calendar has is listed for a person to read, and nothing is dated by a guess', async () => {
    const out = await deadlines('2019-02-21');
    expect(out.stdout).toMatch(
      /NEEDS REVIEW\s+1 entry needs a person to read it:\s*\n\s*\[18\]\s+2019-02-20\s+unread: "February 30, 2019"/,
    );
    expect(out.stdout).not.toMatch(/2019-03-0[12](?! 10:00)/);
  });
});
