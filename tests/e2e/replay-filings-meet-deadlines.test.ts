/**
 * Deadlines met by the papers filed for them, replayed through the live path (`replayed`: the
 * replay court, the real worker, a real SMTP server) from a hand-written history
 * (tests/fixtures/replay/filings-meet-deadlines.json; fictional parties, D. Conn.). Try-out 5 M2.
 *
 * A lawyer reads a deadline whose paper was filed as met, never "passed" (a missed filing): the
 * paper's type is the deadline's by synonym (memorandum of law / opposition / response; letter;
 * report / status report; declaration; record), its subject is the deadline's, and it is filed by
 * the side that owes it. A recurring duty's report named by ordinal meets that occurrence, even late.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listDeadlineRecords } from '../../src/deadlines/record.ts';
import { replayedSuite } from '../support/replayed.ts';

const KEY = 'ctd:3:25-cv-00218';

interface Occurrence {
  due: string;
  state: string;
  late?: boolean;
  satisfiedBy?: { entry: string };
}

describe('filings that meet deadlines under their own names (D. Conn., hand-written)', () => {
  const suite = replayedSuite({
    caseKey: KEY,
    history: JSON.parse(
      readFileSync(new URL('../fixtures/replay/filings-meet-deadlines.json', import.meta.url), 'utf8'),
    ),
  });

  const records = async () =>
    (await listDeadlineRecords(suite.run.store, KEY)).filter((r) => r.kind === 'deadline');
  const one = async (re: RegExp) => {
    const found = (await records()).filter((r) => re.test(r.what));
    expect(found, String(re)).toHaveLength(1);
    return found[0]!;
  };

  it('each one-off deadline is met by the paper filed for it', async () => {
    for (const [re, entry] of [
      [/^opposition to Plaintiff's motion at ECF No\. 5/, '11'],
      [/^certified administrative record/, '14'],
      [/^status report regarding compliance/, '22'],
      [/^declaration regarding the reinstatement/, '26'],
      [/^written response/, '40'],
      [/purge the contempt/, '44'],
    ] as const) {
      const r = await one(re);
      expect([r.what, r.status, (r.data as { satisfiedBy?: string | null }).satisfiedBy]).toEqual([
        r.what,
        'satisfied',
        entry,
      ]);
    }
  });

  it('recurring duties: the joint letter about status meets the joint status letter; the compliance reports meet the occurrences they name, the second late', async () => {
    const letter = await one(/joint status letter/);
    const letters = (letter.data as { recurrence: { occurrences: Occurrence[] } }).recurrence.occurrences;
    expect([letters[0]!.state, letters[0]!.satisfiedBy?.entry]).toEqual(['satisfied', '30']);
    const duty = await one(/^compliance report with the Court/);
    const reports = (duty.data as { recurrence: { occurrences: Occurrence[] } }).recurrence.occurrences;
    expect(reports.slice(0, 2).map((o) => [o.due, o.state, o.satisfiedBy?.entry, o.late])).toEqual([
      ['2025-07-15', 'satisfied', '35', false],
      ['2025-09-15', 'satisfied', '44', true],
    ]);
  });

  it('the legal team’s list shows none of them passed', async () => {
    const out = await suite.run.deadlines('2025-10-30');
    expect(out).not.toMatch(/\bpassed\b/);
  });
});
