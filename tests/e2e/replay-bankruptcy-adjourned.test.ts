/**
 * Bankruptcy hearing and deadline language read from pool-a (docs/extraction.md, fifteenth round) through
 * the live path (`replayed`: the replay court, the real worker, a real SMTP server) from a hand-written
 * history (tests/fixtures/replay/bankruptcy-adjourned-and-printed.json; fictional debtor, W.D. Mich.
 * bankruptcy court): a motion to dismiss noticed for September 15, adjourned that day by "Minute Entry.
 * Hearing Adjourned. … Hearing to be held on 9/29/2027", adjourned again by "Order of the Court to Adjourn
 * … Hearing to be held on 10/6/2027", and decided at "Minutes; Disposition: Denied" on October 6 with the
 * debtor's order due October 20; an application noticed for October 12 with "Bar Date For Objections -
 * 10/5/2027".
 *
 * How a docketing clerk reads it: one hearing on the motion, moved twice — never held on September 15 or 29
 * (nothing was heard then), held on October 6; the objections are due October 5.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';
import { replayedSuite } from '../support/replayed.ts';

const KEY = 'miwb:1:27-bk-01877';

describe('a chapter 11 docket (W.D. Mich. bankruptcy, hand-written): a hearing adjourned by minute entry and by order, minutes with a disposition, a bar date after a dash', () => {
  const suite = replayedSuite({
    caseKey: KEY,
    history: JSON.parse(
      readFileSync(
        new URL('../fixtures/replay/bankruptcy-adjourned-and-printed.json', import.meta.url),
        'utf8',
      ),
    ),
  });
  const deadlines = (asOf: string) =>
    runCli(['deadlines', '--case', KEY, '--as-of', asOf, '--db', `${suite.run.dir}/replay.sqlite`]);
  /** The CLI's rows of one kind: [due (with time), status]. */
  const rows = (stdout: string, kind: string) =>
    stdout
      .split('\n')
      .filter((l) => new RegExp(`^\\S+\\s+${kind}\\s`).test(l))
      .map((l) => {
        const due = /\s(\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2})?)\s/.exec(l)?.[1] ?? null;
        // ("date passed, no record yet that it was held" is a day passed, not a hearing held.)
        const status = /no record yet/.test(l)
          ? 'unrecorded'
          : (/\s(held|upcoming|passed|in_force|expired|met|cancelled)\s/.exec(l)?.[1] ?? null);
        return [due, status];
      });

  it('`docketwatch deadlines --as-of 2027-09-30`: the motion’s hearing moved to October 6, never held on a day it was adjourned from; the objections due October 5', async () => {
    const out = await deadlines('2027-09-30');
    expect(out.code).toBe(0);
    const hearings = rows(out.stdout, 'hearing');
    expect(hearings).toContainEqual(['2027-10-06 10:00', 'upcoming']);
    expect(hearings).toContainEqual(['2027-10-12 11:30', 'upcoming']);
    expect(hearings.filter(([, status]) => status === 'held')).toEqual([]);
    expect(hearings.map(([due]) => due)).not.toContain('2027-09-29 10:00');
    expect(rows(out.stdout, 'deadline').map(([due]) => due)).toContain('2027-10-05');
  });

  it('`--as-of 2027-10-07`: the hearing held on October 6, and the debtor’s order due October 20', async () => {
    const out = await deadlines('2027-10-07');
    expect(out.code).toBe(0);
    expect(rows(out.stdout, 'hearing').filter(([, status]) => status === 'held')).toEqual([
      ['2027-10-06 10:00', 'held'],
    ]);
    expect(rows(out.stdout, 'deadline').map(([due]) => due)).toContain('2027-10-20');
  });
});
