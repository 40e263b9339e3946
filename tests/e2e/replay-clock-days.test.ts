/**
 * What only the clock changes, told on its own court day in a replay at max speed, as a live worker
 * tells it (tests/fixtures/replay/clock-days-quiet.json; fictional parties, D. Colo.): a temporary
 * restraining order "shall expire at 5:00 p.m. on March 19, 2031", with no docket entry that day
 * nor for twelve days after; a joint status report due "by April 1, 2031 and every 14 days
 * thereafter", filed once and then missed through seven weeks with no entry at all.
 *
 * How a careful reader (and a live worker, whose deadline clock runs just after midnight) takes it:
 * - the TRO is in force through March 19 and over on March 20: told ended on March 20, not on April 1
 *   (the next entry);
 * - the reports due April 15, April 29 and May 13 are each missing the day after, told on April 16,
 *   April 30 and May 14, not on May 20 (the next entry);
 * - the advocates' daily digest tells a day's news the next morning, not on the day of a later entry.
 */
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { mailsOn, mailsTo } from '../support/posture-mail.ts';
import { replayedFixtureSuite } from '../support/replayed.ts';

const KEY = 'cod:1:31-cv-00418';
const LEGAL = 'legal-team@demo.docketwatch.invalid';
const ADVOCATE = 'advocate@demo.docketwatch.invalid';
const AT_ONCE_ES = 'al-momento@demo.docketwatch.invalid';

describe('what only the clock changes, told on its own court day (D. Colo., hand-written)', () => {
  const suite = replayedFixtureSuite(KEY, 'clock-days-quiet.json');
  const days = () => [...new Set(suite.rounds.rounds.map((r) => r.day))];
  /** The court days on which `to` was told something matching `said`. */
  const toldOn = (to: string, said: RegExp) =>
    days().filter((d) => said.test(mailsOn(suite.rounds.rounds, d, to)));

  it('the TRO running out at 5:00 p.m. on March 19, a day with no entry, is told ended on March 20 to each reader', () => {
    expect(toldOn(LEGAL, /Temporary restraining order of March 5, 2031 ended/)).toEqual(['2031-03-20']);
    expect(toldOn(ADVOCATE, /Temporary restraining order of March 5, 2031 ended/)).toEqual(['2031-03-20']);
    expect(mailsOn(suite.rounds.rounds, '2031-03-20', ADVOCATE)).toMatch(
      /its term ran out \(March 19, 2031\)/,
    );
    expect(mailsOn(suite.rounds.rounds, '2031-03-20', AT_ONCE_ES)).not.toBe('');
  });

  it('the CLI as of March 19 has the TRO in force, as of March 20 nothing: the day the alert was sent', async () => {
    expect(await suite.run.deadlines('2031-03-19')).not.toMatch(/nothing in force/);
    expect(await suite.run.deadlines('2031-03-20')).toMatch(/nothing in force/);
  });

  it('each report missed in the quiet weeks is told missing the day after it was due, to the legal team and the advocates', () => {
    for (const due of ['2031-04-15', '2031-04-29', '2031-05-13']) {
      const long = DateTime.fromISO(due).toFormat('LLLL d, yyyy');
      const dayAfter = DateTime.fromISO(due).plus({ days: 1 }).toISODate()!;
      const said = new RegExp(
        `Expected filing not on the docket: Joint status report \\(recurring\\) \\(parties\\), due ${long}`,
      );
      expect(toldOn(LEGAL, said), due).toEqual([dayAfter]);
      expect(
        toldOn(ADVOCATE, new RegExp(`was due by ${long}, and it is not on the docket yet`)),
        due,
      ).toEqual([dayAfter]);
    }
  });

  it('the CLI as of April 16 lists the April 15 report missing; as of April 15 it is still due', async () => {
    expect(await suite.run.deadlines('2031-04-16')).toMatch(
      /MISSING\s+Joint status report \(recurring, occurrence 2\), due 2031-04-15/,
    );
    expect(await suite.run.deadlines('2031-04-15')).not.toMatch(/MISSING/);
  });

  it("the advocate's daily digest comes the morning after the news, never on the day of a later entry", () => {
    const digests = suite.rounds.rounds.flatMap((r) =>
      r.mails.filter((m) => m.to === ADVOCATE && m.kind === 'digest').map(() => r.day),
    );
    expect(digests).toContain('2031-03-06');
    expect(digests).toContain('2031-03-11');
    // The TRO's end (March 20, at the deadline clock's run) is in that morning's digest.
    expect(mailsOn(suite.rounds.rounds, '2031-03-20', ADVOCATE)).toMatch(/Where the case stands/);
    expect(mailsTo(suite.rounds.rounds, ADVOCATE).filter((m) => m.kind === 'digest').length).toBe(
      digests.length,
    );
  });

  it('a quiet spell is a few rounds: none on a day nothing is published, due, told or digested', () => {
    // The history runs 80 days (March 3 to the morning after May 20); its rounds fall on a few of them.
    expect(days().length).toBeLessThan(30);
    expect(days()).not.toContain('2031-04-08');
    expect(days()).not.toContain('2031-05-01');
  });
});
