/**
 * A repeated report changed by later orders, through the live path (`replayedFixtureSuite`: the replay
 * court, the real worker, the store, SMTP in en/es/ar; the CLI on the stored posture), from a
 * hand-written history (tests/fixtures/replay/reports-amended-stayed-superseded.json; fictional
 * parties, W.D.N.C. and 4th Cir.).
 *
 * How a careful reader takes it:
 * - ¶3 of the injunction of March 2, 2029: "a status report every fourteen days, beginning March 16"
 *   — March 16 and 30, both filed;
 * - April 10: "Paragraph 3 … is AMENDED: instead of every fourteen days, … on the first business day
 *   of each month, beginning May 1, 2029": the same duty, next due May 1; April 13 and 27 (the old
 *   schedule's) never due;
 * - May 24: "the status report otherwise due June 1, 2029 is EXCUSED": June 1 is neither due nor
 *   missing; the next is July 2 (filed);
 * - July 20: "shall now be filed quarterly rather than monthly, the next due October 1, 2029": August 1
 *   and September 4 never due; October 1 is the next;
 * - August 16 (4th Cir.): ¶3 administratively stayed — the duty is on hold: October 1 comes while it is,
 *   and is neither due nor missing; October 11 the stay is lifted: due again, next January 2, 2030;
 * - December 3: the consent decree "which supersedes the preliminary injunction": the injunction is no
 *   longer in force, its report never due again; the decree is in force with its own compliance report
 *   every ninety days (March 3, 2030 → Monday March 4).
 * One series of status reports throughout; no reader is ever told a report is missing.
 */
import { describe, expect, it } from 'vitest';
import { listDeadlineRecords } from '../../src/deadlines/record.ts';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions, mailsOn, saidTo } from '../support/posture-mail.ts';
import { replayedFixtureSuite } from '../support/replayed.ts';

const KEY = 'ncwd:3:29-cv-00214';
const READERS = [
  DEMO_SUBSCRIBERS.legal,
  DEMO_SUBSCRIBERS.advocate,
  ...ADVOCATES_IN_EVERY_LANGUAGE.map((a) => a.email),
];
const MISSING =
  /Expected filing (?:missing|not on the docket)|Falta un escrito esperado|مستند متوقَّع لم يُقدَّم|MISSING/;

describe('a repeated report amended twice, excused once, stayed on appeal, then replaced by a decree (W.D.N.C., 4th Cir., hand-written)', () => {
  const suite = replayedFixtureSuite(KEY, 'reports-amended-stayed-superseded.json');
  const status = (out: string) => /Status report, identifying[^\n]*/.exec(out)?.[0] ?? '';

  it('one series of status reports: the old schedule ends where the new begins, the excused and the stayed report never due', async () => {
    const reports = (await listDeadlineRecords(suite.store, KEY)).filter(
      (r) => r.kind === 'deadline' && /status report/i.test(r.what),
    );
    expect(reports).toHaveLength(1);
    const occurrences = (
      reports[0]!.data as { recurrence: { occurrences: { due: string; state: string }[] } }
    ).recurrence.occurrences;
    expect(occurrences.filter((o) => o.due < '2029-12-03').map((o) => [o.due, o.state])).toEqual([
      ['2029-03-16', 'satisfied'],
      ['2029-03-30', 'satisfied'],
      ['2029-05-01', 'satisfied'],
      ['2029-06-01', 'excused'],
      ['2029-07-02', 'satisfied'],
      ['2029-10-01', 'excused'],
    ]);
    expect(occurrences.filter((o) => o.state === 'missing')).toEqual([]);
    expect(reports[0]!.status).toBe('vacated');
  });

  it('the CLI after each change of schedule says the schedule then in force, never the old one beside it', async () => {
    // After the first amendment: May 1, not April 13.
    const april = await suite.run.deadlines('2029-04-12');
    expect(status(april)).toMatch(/2029-05-01\s+19\s+upcoming/);
    expect(april).not.toMatch(/2029-04-13|2029-04-27|MISSING/);
    // The excused report: July 2 next, never June 1, before or after its day.
    for (const day of ['2029-05-30', '2029-06-05']) {
      const out = await suite.run.deadlines(day);
      expect(status(out), day).toMatch(/2029-07-02\s+\d+\s+upcoming/);
      expect(out, day).not.toMatch(/2029-06-01|MISSING/);
    }
    // Quarterly after July 20: October 1, never August 1 or September 4.
    const july = await suite.run.deadlines('2029-07-25');
    expect(status(july)).toMatch(/2029-10-01\s+\d+\s+upcoming/);
    expect(july).not.toMatch(/2029-08-01|2029-09-04|MISSING/);
  }, 300_000);

  it('the CLI while the paragraph is stayed on appeal, after the stay, and once the decree replaces the injunction', async () => {
    // Stayed on appeal: on hold, not due; October 1 goes by with nothing missing.
    const october = await suite.run.deadlines('2029-10-05');
    expect(status(october)).toMatch(/suspended/);
    expect(october).toMatch(/NOTE\s+dl-\w+: not due while the stay[^\n]*paragraph 3/);
    expect(october).not.toMatch(/MISSING|satisfied/);
    // The stay lifted: due again from the next day on its schedule.
    const lifted = await suite.run.deadlines('2029-10-15');
    expect(status(lifted)).toMatch(/2030-01-02\s+\d+\s+upcoming/);
    expect(lifted).not.toMatch(/MISSING/);
    // The decree replaces the injunction: only the decree in force, the old report no longer due.
    const decree = await suite.run.deadlines('2029-12-10');
    expect(decree).toMatch(/IN FORCE\s+Consent decree/);
    expect(decree).not.toMatch(/IN FORCE\s+Preliminary injunction/);
    expect(status(decree)).toMatch(/vacated/);
    expect(decree).toMatch(/Compliance report[^\n]*2030-03-04\s+\d+\s+upcoming/);
    const later = await suite.run.deadlines('2030-02-01');
    expect(later).not.toMatch(/MISSING|IN FORCE\s+Preliminary injunction/);
  }, 300_000);

  it('no reader is told a report is missing; the legal team hears each change of schedule', () => {
    for (const to of READERS) expect(saidTo(suite.rounds.rounds, to), to).not.toMatch(MISSING);
    const legal = DEMO_SUBSCRIBERS.legal;
    expect(mailsOn(suite.rounds.rounds, '2029-04-10', legal)).toMatch(/May 1, 2029/);
    expect(mailsOn(suite.rounds.rounds, '2029-05-24', legal)).toMatch(/July 2, 2029/);
    expect(mailsOn(suite.rounds.rounds, '2029-07-20', legal)).toMatch(/October 1, 2029/);
    expect(contradictions(suite.rounds.rounds).found).toEqual([]);
  });
});
