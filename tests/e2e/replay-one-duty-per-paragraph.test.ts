/**
 * What duties one order sets, and how later orders change them, through the live path
 * (`replayedFixtureSuite`: the replay court, the real worker, the store, SMTP in en/es/ar; the CLI on
 * the stored posture) from a hand-written history (tests/fixtures/replay/one-duty-per-paragraph.json;
 * fictional parties, D. Minn.). Issue #12: on blind try-outs one paragraph was read as two series
 * (the docket text's shorter words beside the order's), a conditional duty became a dated one, and
 * an amendment naming "Paragraph (5) of the Order of D [n]" became a new series named by that
 * sentence while the old one kept running — false "Expected filing missing" lines every period.
 *
 * How a careful reader takes it:
 * - ECF 18: ¶4 a status report every fourteen days from March 17 (the docket text: "every 14 days
 *   beginning March 17"); ¶5 a declaration of compliance every Friday from March 7 (the docket text:
 *   "restore … access within 10 days and file a declaration of compliance every Friday"); ¶3 phone
 *   access restored within 10 days (March 13); "any such transfer shall be reported to class counsel
 *   within 48 hours" — only if a transfer happens, no day of its own;
 * - ECF 28 (April 2): ¶5 "amended so that declarations of compliance are filed on the 15th and the
 *   last day of each month rather than every Friday, effective with the declaration due April 15":
 *   the same declarations, next April 15 (April 4 and 11 never due);
 * - ECF 31 (April 10): ¶4 on the first business day of each month from May 1, April 14 excused.
 * Every report and declaration is filed on its day: no reader is ever told one is missing.
 */
import { describe, expect, it } from 'vitest';
import { listDeadlineRecords } from '../../src/deadlines/record.ts';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import { ADVOCATES_IN_EVERY_LANGUAGE, mailsOn, saidTo } from '../support/posture-mail.ts';
import { replayedFixtureSuite } from '../support/replayed.ts';

const KEY = 'mnd:0:31-cv-00388';
const READERS = [
  DEMO_SUBSCRIBERS.legal,
  DEMO_SUBSCRIBERS.advocate,
  ...ADVOCATES_IN_EVERY_LANGUAGE.map((a) => a.email),
];
const MISSING =
  /Expected filing (?:missing|not on the docket)|Falta un escrito esperado|مستند متوقَّع لم يُقدَّم|MISSING/;
const rows = (out: string, what: RegExp) => out.split('\n').filter((l) => what.test(l));

describe('one duty per paragraph, changed where the amendment says (D. Minn., hand-written)', () => {
  const suite = replayedFixtureSuite(KEY, 'one-duty-per-paragraph.json');

  it('the order sets one series per paragraph and no duty for a transfer that may never happen', async () => {
    const records = (await listDeadlineRecords(suite.store, KEY)).filter((r) => r.kind === 'deadline');
    const recurring = records.filter((r) => /\(recurring\)/.test(r.what)).map((r) => r.what);
    expect(recurring.sort()).toEqual(['declaration of compliance (recurring)', 'status report (recurring)']);
    expect(records.map((r) => r.what).join('\n')).not.toMatch(/transfer|paragraph|effective with/i);
  });

  it('the CLI: one row per series, the new schedules from the amendments, nothing missing', async () => {
    const march = await suite.run.deadlines('2031-03-10');
    expect(rows(march, /Status report \(recurring/)).toHaveLength(1);
    expect(rows(march, /Declaration of compliance \(recurring/)).toHaveLength(1);
    expect(march).toMatch(/Restore confidential attorney telephone access\s+Respondents\s+2031-03-13/);
    expect(march).not.toMatch(/transfer to be reported|Response to ECF/i);
    // The declarations amended April 2: April 15 next, never the Fridays April 4 or 11.
    const april = await suite.run.deadlines('2031-04-08');
    expect(rows(april, /Declaration of compliance \(recurring/).join('\n')).toMatch(
      /2031-04-15\s+7\s+upcoming/,
    );
    expect(april).not.toMatch(/2031-04-04|2031-04-11|Paragraph \(5\)|Effective with|MISSING/);
    // The status reports amended April 10: May 1 next, the excused April 14 never due.
    const later = await suite.run.deadlines('2031-04-20');
    expect(rows(later, /Status report \(recurring/)).toHaveLength(1);
    expect(rows(later, /Status report \(recurring/).join('\n')).toMatch(/2031-05-01\s+11\s+upcoming/);
    expect(later).not.toMatch(/2031-04-14|2031-04-24|MISSING/);
    const june = await suite.run.deadlines('2031-06-05');
    expect(rows(june, /Status report \(recurring/).join('\n')).toMatch(/2031-07-01\s+\d+\s+upcoming/);
    expect(rows(june, /Declaration of compliance \(recurring/).join('\n')).toMatch(
      /2031-06-16\s+\d+\s+upcoming/,
    );
    expect(june).not.toMatch(/MISSING/);
  }, 300_000);

  it('no reader is told a report is missing; each change of schedule is told with its next day', () => {
    for (const to of READERS) expect(saidTo(suite.rounds.rounds, to), to).not.toMatch(MISSING);
    const legal = DEMO_SUBSCRIBERS.legal;
    expect(mailsOn(suite.rounds.rounds, '2031-04-02', legal)).toMatch(
      /Declaration of compliance \(recurring\)[^\n]*now due April 15, 2031/,
    );
    expect(mailsOn(suite.rounds.rounds, '2031-04-10', DEMO_SUBSCRIBERS.advocate)).toMatch(
      /Status report \(recurring\)[^\n]*every month instead of every 14 days; the next is due May 1, 2031/,
    );
  });
});
