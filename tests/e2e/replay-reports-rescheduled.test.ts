/**
 * A repeated report put on a new schedule, then ended, and a class notice mailed — through the live
 * path (`replayedFixtureSuite`: the replay court, the real worker, the store, SMTP in en/es/ar; the
 * CLI on the stored posture) from a hand-written history
 * (tests/fixtures/replay/reports-rescheduled-and-ended.json; fictional parties, W.D. Mo.). Try-out
 * 10 K8, M12.
 *
 * How a careful reader takes it:
 * - "a status report every thirty days from the date of this Order" (February 5, 2029): March 7 and
 *   April 6, both filed;
 * - "The reporting requirement of the Order at ECF No. 20 is MODIFIED: … every sixty days instead of
 *   every thirty days, with the next report due on or before June 15, 2029" (April 20): the same
 *   duty, next due June 15, then August 14 — both filed; May 7 and the old schedule's other days are
 *   never due; no second duty, no deadline on the judge's signing day;
 * - "Defendant's reporting obligation under ECF No. 20, as modified by ECF No. 24, is TERMINATED"
 *   (September 10): the duty ends — nothing "missing" after it, no reader told of a missed report,
 *   and never "an order cancelled a deadline we were not tracking";
 * - "mail the approved notice to each class member by October 1, 2029, and … file a certificate of
 *   mailing": the mailing is an act, met with the certificate by "CERTIFICATE of mailing of class
 *   notice" (October 4).
 */
import { describe, expect, it } from 'vitest';
import { listDeadlineRecords } from '../../src/deadlines/record.ts';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import { ADVOCATES_IN_EVERY_LANGUAGE, saidTo } from '../support/posture-mail.ts';
import { replayedFixtureSuite } from '../support/replayed.ts';

const KEY = 'mowd:4:29-cv-00117';
const READERS = [
  DEMO_SUBSCRIBERS.legal,
  DEMO_SUBSCRIBERS.advocate,
  ...ADVOCATES_IN_EVERY_LANGUAGE.map((a) => a.email),
];

describe('a report put on a new schedule, then terminated; a class notice mailed (W.D. Mo., hand-written)', () => {
  const suite = replayedFixtureSuite(KEY, 'reports-rescheduled-and-ended.json');
  const said = (to: string) => saidTo(suite.rounds.rounds, to);

  it('one report duty: the two reports of the old schedule met, then June 15 and August 14 on the new one', async () => {
    const reports = (await listDeadlineRecords(suite.store, KEY)).filter(
      (r) => r.kind === 'deadline' && /status report/i.test(r.what),
    );
    expect(reports).toHaveLength(1);
    const occurrences = (
      reports[0]!.data as { recurrence: { occurrences: { due: string; state: string }[] } }
    ).recurrence.occurrences;
    expect(occurrences.slice(0, 4).map((o) => [o.due, o.state])).toEqual([
      ['2029-03-07', 'satisfied'],
      ['2029-04-06', 'satisfied'],
      ['2029-06-15', 'satisfied'],
      ['2029-08-14', 'satisfied'],
    ]);
    // Nothing of the duty went missing: the later days were never due.
    expect(occurrences.filter((o) => o.state === 'missing')).toEqual([]);
    expect(reports[0]!.status).toBe('relieved');
  });

  it('the CLI: after the change the next report is June 15; after the termination nothing is missing', async () => {
    const may = await suite.run.deadlines('2029-05-01');
    expect(may).toMatch(/Status report[^\n]*2029-06-15[^\n]*upcoming/);
    expect(may).not.toMatch(/instead of|2029-05-07|MISSING/);
    expect(may).not.toMatch(/2029-04-20\s/);
    const december = await suite.run.deadlines('2029-12-05');
    expect(december).not.toMatch(/MISSING|instead of/);
    expect(december).not.toMatch(/Status report[^\n]*(upcoming|due)\b/);
    // The notice's mailing and its certificate: met by the certificate, never "passed".
    expect(december).toMatch(/Mail the approved notice[^\n]*satisfied/);
    expect(december).toMatch(/Certificate of mailing[^\n]*satisfied/);
    expect(december).not.toMatch(/(?:Mail the approved notice|Certificate of mailing)[^\n]*passed/);
  });

  it('no reader is told of a missing report, nor of a deadline we were not tracking; the legal team hears the new date', () => {
    for (const to of READERS) {
      const text = said(to);
      expect(text, to).not.toMatch(
        /Expected filing (?:missing|not on the docket)|Falta un escrito esperado|مستند متوقَّع لم يُقدَّم/,
      );
      expect(text, to).not.toMatch(/not tracking|Untracked deadline/);
      expect(text, to).not.toMatch(/instead of,/);
    }
    expect(said(DEMO_SUBSCRIBERS.legal)).toMatch(/June 15, 2029/);
  });
});
