/**
 * A monthly report filed late, told missing only when that is true when sent (issue #12; the product
 * decision in docs/deadlines.md, "A report filed late whose feed title comes first"), and papers of
 * the series named in this court's several ways — through the live path (`replayedFixtureSuite`: the
 * replay court with its feed of every entry and the docket report, the real worker, the store, SMTP
 * in en/es/ar; the CLI on the stored posture) from a hand-written history
 * (tests/fixtures/replay/reports-late-in-other-courts.json; fictional parties, W.D. Wis.).
 *
 * How a careful reader takes it: the order (ECF 12) asks for a report on the tenth day of each month
 * from February 10, 2033.
 * - February: "REPORT of Detained Class Members (February 2033) … re [12] Order", on its day;
 * - March: "Respondents' Second Monthly Report pursuant to the Court's January 20, 2033 Order", the
 *   next morning — the deadline clock's round just after midnight found nothing filed since its day, so
 *   "missing" is true when sent (as from a live worker); the report then meets it, filed late. (An alarm
 *   waits for a paper's text only when the paper is already on the feed when the clock runs.);
 * - April (10th a Sunday: due Monday the 11th): a notice of appearance is read the next morning
 *   before the "Third REPORT … re: 12 Order" of 11:20 — the alarm at 8:45 was true then and stands;
 * - May: "NOTICE OF FILING of Monthly Detention Report (May 2033)", naming no order, on its day;
 * - June: not filed; a motion to enforce comes four days later. Missing, and the only one left.
 */
import { describe, expect, it } from 'vitest';
import { listDeadlineRecords } from '../../src/deadlines/record.ts';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import { saidTo } from '../support/posture-mail.ts';
import { replayedFixtureSuite } from '../support/replayed.ts';

const KEY = 'wiwd:3:33-cv-00071';
/** The day an "expected filing" told missing was due, in the legal team's and an advocate's words. */
const MISSING_DAY =
  /Expected filing not on the docket:[^\n]*?, due ([A-Z][a-z]+ \d{1,2}, \d{4})\.|was due by ([A-Z][a-z]+ \d{1,2}, \d{4}), and it is not on the docket yet/g;

describe('a monthly report filed late or under other names (W.D. Wis., hand-written)', () => {
  const suite = replayedFixtureSuite(KEY, 'reports-late-in-other-courts.json');

  it('one report duty; each paper meets its month, late ones too; June is missing', async () => {
    const records = await listDeadlineRecords(suite.store, KEY);
    const reports = records.filter((r) => r.kind === 'deadline' && /\breport\b/i.test(r.what));
    expect(reports).toHaveLength(1);
    const occurrences = (
      reports[0]!.data as { recurrence: { occurrences: { due: string; state: string }[] } }
    ).recurrence.occurrences;
    expect(occurrences.filter((o) => o.due <= '2033-06-20').map((o) => [o.due, o.state])).toEqual([
      ['2033-02-10', 'satisfied'],
      ['2033-03-10', 'satisfied'],
      ['2033-04-11', 'satisfied'],
      ['2033-05-10', 'satisfied'],
      ['2033-06-10', 'missing'],
    ]);
  });

  it('the CLI lists June’s report missing and no other', async () => {
    const june = await suite.run.deadlines('2033-06-21');
    expect(june.match(/MISSING[^\n]*/g) ?? []).toEqual([
      expect.stringMatching(/^MISSING\s+Report[^\n]*2033-06-10/),
    ]);
  });

  it('readers hear "missing" for March and April (each true when sent, before the late report) and June', () => {
    for (const to of [DEMO_SUBSCRIBERS.legal, DEMO_SUBSCRIBERS.advocate]) {
      const text = saidTo(suite.rounds.rounds, to);
      const days = new Set([...text.matchAll(MISSING_DAY)].map((m) => m[1] ?? m[2]));
      expect([...days].sort(), to).toEqual(['April 11, 2033', 'June 10, 2033', 'March 10, 2033']);
    }
  });
});
