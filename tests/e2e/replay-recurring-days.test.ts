/**
 * Recurring duties on a stated day of each month or quarter, ended and replaced by a later order,
 * and reports filed under titles that name their frequency — through the live path
 * (`replayedSuite`: the replay court, the real worker, the store, SMTP in en/es/ar; the CLI on the
 * stored posture) from a hand-written history (tests/fixtures/replay/recurring-days-of-month.json;
 * fictional parties, D.N.M.). Try-out 9 C7, C16, M2, M11, M13.
 *
 * How a careful reader takes it:
 * - [10] ¶3 a compliance report every fourteen days from March 2, 2027; ¶4 the Monitor's report "on
 *   the second Wednesday of each month, beginning March 10, 2027" (3/10, 4/14, 5/12, 6/9, 7/14, 8/11,
 *   9/8); ¶5 an accounting "within forty-five (45) days after the end of each calendar quarter,
 *   beginning with the quarter ending March 31, 2027" (5/15 is a Saturday: 5/17; 8/14 a Saturday:
 *   8/16; then 11/15);
 * - [22] "Defendant's obligation to file compliance reports every fourteen days ENDS with the report
 *   filed May 25, 2027": that duty ends (all seven reports were filed), no second one is made of
 *   these words; "no later than the last business day of each month, beginning June 2027, Defendant
 *   shall file a monthly compliance report": 6/30, 7/30, 8/31, 9/30 …;
 * - "STATUS REPORT (Monthly Compliance Report - June)" meets the June report; it is not a duty of
 *   its own. The August report was not filed: the one expected filing missing, told once it is due.
 */
import { describe, expect, it } from 'vitest';
import { listDeadlineRecords } from '../../src/deadlines/record.ts';
import { ar } from '../../src/notify/messages/ar.ts';
import { en } from '../../src/notify/messages/en.ts';
import { es } from '../../src/notify/messages/es.ts';
import history from '../fixtures/replay/recurring-days-of-month.json' with { type: 'json' };
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions } from '../support/posture-mail.ts';
import { replayedSuite } from '../support/replayed.ts';

const KEY = 'nmd:1:27-cv-00418';

interface Occurrence {
  due: string;
  state: string;
  satisfiedBy?: { entry: string } | null;
}

/** The words a "filing missing" headline starts with, in each language. */
const MISSING = [en, es, ar].map((m) => m['filingMissing.headline'].split('{what}')[0]!.trim());

describe('duties on a stated day of each month or quarter, one ended, reports titled by frequency (D.N.M., hand-written)', () => {
  const suite = replayedSuite({
    caseKey: KEY,
    history,
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });
  const recurring = async () =>
    (await listDeadlineRecords(suite.run.store, KEY)).filter(
      (r) => r.kind === 'deadline' && (r.data as { recurrence?: unknown }).recurrence,
    );
  /** The number of the entry that set a record. */
  const setBy = (r: { entry: string | null }) => /(\d+)$/.exec(r.entry ?? '')?.[1] ?? '';
  const occurrences = (r: { data: unknown }) =>
    (r.data as { recurrence: { occurrences: Occurrence[] } }).recurrence.occurrences;

  it('four duties, each read from an order; no report title is a duty', async () => {
    const all = await recurring();
    expect(all.map(setBy).sort()).toEqual(['10', '10', '10', '22']);
    for (const r of all) expect(r.what).not.toMatch(/June|July|First|Quarter 2027|ENDS/i);
  });

  it('the monitor reports on the second Wednesday, the accounting 45 days after each quarter, rolled off weekends', async () => {
    const all = await recurring();
    const monitor = all.find(
      (r) => /monitor|report/i.test(r.what) && occurrences(r)[0]!.due === '2027-03-10',
    );
    expect(monitor, all.map((r) => r.what).join(' | ')).toBeDefined();
    expect(
      occurrences(monitor!)
        .slice(0, 7)
        .map((o) => [o.due, o.state]),
    ).toEqual(
      ['2027-03-10', '2027-04-14', '2027-05-12', '2027-06-09', '2027-07-14', '2027-08-11', '2027-09-08'].map(
        (d) => [d, 'satisfied'],
      ),
    );
    const accounting = all.find((r) => /accounting/i.test(r.what))!;
    expect(
      occurrences(accounting)
        .slice(0, 3)
        .map((o) => o.due),
    ).toEqual(['2027-05-17', '2027-08-16', '2027-11-15']);
    expect(
      occurrences(accounting)
        .slice(0, 2)
        .map((o) => o.state),
    ).toEqual(['satisfied', 'satisfied']);
  });

  it('the fourteen-day reports end with the order that ends them; the monthly report takes their place on the last business day', async () => {
    const all = await recurring();
    const biweekly = all.find((r) => occurrences(r)[0]!.due === '2027-03-02')!;
    expect(biweekly.status).toBe('relieved');
    expect(occurrences(biweekly).filter((o) => o.state === 'missing')).toEqual([]);
    const monthly = all.find((r) => setBy(r) === '22')!;
    expect(
      occurrences(monthly)
        .slice(0, 4)
        .map((o) => [o.due, o.state]),
    ).toEqual([
      ['2027-06-30', 'satisfied'],
      ['2027-07-30', 'satisfied'],
      ['2027-08-31', 'missing'],
      ['2027-09-30', 'open'],
    ]);
  });

  it('the CLI: nothing missing after the ending order; on September 14 only the August monthly report', async () => {
    const june = await suite.run.deadlines('2027-06-01');
    expect(june).not.toMatch(/MISSING/);
    const september = await suite.run.deadlines('2027-09-14');
    const missing = september.split('\n').filter((l) => /MISSING/.test(l));
    expect(missing, september).toHaveLength(1);
    expect(missing[0]).toMatch(/monthly compliance report[^\n]*2027-08-31/i);
  });

  it('the mails, in every language, tell one expected filing missing — the August report — and nothing contradicts the store', async () => {
    const told = suite.rounds.rounds.flatMap((r) =>
      r.mails.flatMap((m) =>
        `${m.subject}\n${m.text}`
          .split('\n')
          .filter((l) => MISSING.some((w) => l.includes(w)))
          .map((l) => ({ day: r.day, to: m.to, line: l })),
      ),
    );
    expect(told.length).toBeGreaterThan(0);
    for (const t of told) {
      expect(t.day >= '2027-08-31', `${t.day} ${t.to} ${t.line}`).toBe(true);
      expect(t.line, t.to).toMatch(/monthly compliance report/i);
    }
    expect(contradictions(suite.rounds.rounds).found).toEqual([]);
  });
});
