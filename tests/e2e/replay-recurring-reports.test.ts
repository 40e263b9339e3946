/**
 * Recurring reports, replayed through the live path (`replayed`: the replay court, the real worker,
 * a real SMTP server) from a hand-written history (tests/fixtures/replay/recurring-reports.json;
 * fictional parties, D. Neb.). Try-out 5 C7, M3.
 *
 * How a careful reader takes it:
 * - "within 60 days of entry of this Order and every 90 days thereafter" is one duty: the first
 *   report on November 15, 2024, the next 90 days after that (February 13, 2025, May 14, …) — not
 *   90 days after the order, and not a second, one-off deadline beside it;
 * - "by June 18, 2025 and every 30 days thereafter" likewise: one duty, first June 18;
 * - "Defendant's reporting obligations under the Order of September 16, 2024 (Filing No. 30) end
 *   upon entry of this Order, except that Defendant shall file a final compliance report on or
 *   before 12/15/2025" ends the first duty and sets the final report — the exception is not ended.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listDeadlineRecords } from '../../src/deadlines/record.ts';
import { replayedSuite } from '../support/replayed.ts';

const KEY = 'ned:8:24-cv-00312';

interface Occurrence {
  due: string;
  state: string;
  satisfiedBy?: { entry: string };
}

describe('recurring reports counted from their first day and ended by the court (D. Neb., hand-written)', () => {
  const suite = replayedSuite({
    caseKey: KEY,
    history: JSON.parse(
      readFileSync(new URL('../fixtures/replay/recurring-reports.json', import.meta.url), 'utf8'),
    ),
  });

  const records = async () =>
    (await listDeadlineRecords(suite.run.store, KEY)).filter((r) => r.kind === 'deadline');

  it('one compliance-report duty: first November 15, 2024, then every 90 days from it; the reports filed meet the first two', async () => {
    const reports = (await records()).filter(
      (r) => /compliance report/i.test(r.what) && !/final/i.test(r.what),
    );
    expect(reports.map((r) => r.what)).toEqual(['compliance report with the Court (recurring)']);
    const occurrences = (reports[0]!.data as { recurrence: { occurrences: Occurrence[] } }).recurrence
      .occurrences;
    expect(occurrences.slice(0, 3).map((o) => o.due)).toEqual(['2024-11-15', '2025-02-13', '2025-05-14']);
    expect(occurrences.slice(0, 2).map((o) => [o.state, o.satisfiedBy?.entry])).toEqual([
      ['satisfied', '33'],
      ['satisfied', '36'],
    ]);
  });

  it('one joint-letter duty, first June 18, 2025, its name without the date', async () => {
    const letters = (await records()).filter((r) => /joint status letter/i.test(r.what));
    expect(letters.map((r) => r.what)).toEqual(['joint status letter (recurring)']);
    const occurrences = (letters[0]!.data as { recurrence: { occurrences: Occurrence[] } }).recurrence
      .occurrences;
    expect(occurrences[0]!.due).toBe('2025-06-18');
  });

  it('the order ending the reports ends that duty and sets the final report it excepts', async () => {
    const all = await records();
    const duty = all.find((r) => /compliance report with the Court \(recurring\)/.test(r.what))!;
    // The court ended the duty for the party ("reporting obligations … end"): relieved, not a date vacated.
    expect(duty.status).toBe('relieved');
    const final = all.filter((r) => /final compliance report/i.test(r.what));
    expect(final.map((r) => [r.due, r.status])).toEqual([['2025-12-15', 'open']]);
    const out = await suite.run.deadlines('2025-10-02');
    // The legal team's list: no report of ECF 30 still coming due, no entry left for a person for
    // the first-report periods read as the duties' first days.
    expect(out).not.toMatch(/compliance report with the Court \(recurring\)[^\n]*upcoming/);
    expect(out).not.toMatch(/\[30\][^\n]*partly read|\[38\][^\n]*partly read/);
  });
});
