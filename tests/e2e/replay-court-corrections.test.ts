/**
 * Try-out 7 C5, C10, C11, M2 through the live path (`replayedSuite`: the replay court, the real
 * worker, the store, SMTP in en/es/ar; the CLI on the stored posture) from a hand-written history
 * (tests/fixtures/replay/court-corrections-and-filings.json; fictional parties, D.S.C.).
 *
 * How a careful reader takes it:
 * - the monitor's monthly reports "MONITOR'S REPORT (Fifth)" / "(Sixth)", filed on their due days
 *   after the April and May reports went missing, meet July's and August's reports: only April and
 *   May are missing, and nobody is told a report filed on time is missing;
 * - "Opposition re [33] MOTION to Certify Class", [33] the motion the order [30] asked for, filed
 *   on the opposition's due day, meets it; "CERTIFICATE of Compliance with Order [40]" meets the
 *   "certification of compliance" [40] asked for on its due day: neither is "passed";
 * - "The Court's Text Order [50] was entered in error and is STRICKEN": the status report and the
 *   status conference [50] set are gone, told once each;
 * - "the final pretrial conference set for 9/15/2025 is likewise vacated": cancelled, not set.
 */
import { describe, expect, it } from 'vitest';
import { casePosture } from '../../src/deadlines/record.ts';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import history from '../fixtures/replay/court-corrections-and-filings.json' with { type: 'json' };
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions } from '../support/posture-mail.ts';
import { replayedSuite } from '../support/replayed.ts';

const KEY = 'scd:3:25-cv-00041';
const [SPANISH] = ADVOCATES_IN_EVERY_LANGUAGE;

describe('reports met whatever their ordinal, same-day filings, an order stricken, a conference likewise vacated (D.S.C.)', () => {
  const suite = replayedSuite({
    caseKey: KEY,
    history,
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });

  const cli = (asOf: string) => suite.run.deadlines(asOf);

  /** Every line of every message to `to` that says a filing is missing. */
  const missingLines = (to: string, word: RegExp) =>
    suite.rounds.rounds
      .flatMap((r) => r.mails)
      .filter((m) => m.to === to)
      .flatMap((m) => `${m.subject}\n${m.text}`.split('\n'))
      .filter((l) => word.test(l));

  it('only the April and May reports are ever missing, in the stored posture of every round', async () => {
    const missing = new Set(suite.rounds.rounds.flatMap((r) => r.posture.missing.map((m) => m.due)));
    expect([...missing].sort()).toEqual(['2025-04-10', '2025-05-12']);
    const p = await casePosture(suite.store, KEY, '2025-08-12');
    expect(p.missing.map((m) => m.due)).toEqual(['2025-04-10', '2025-05-12']);
  });

  it('the team and the families are told of the missing April report, never of a report filed on its day', () => {
    for (const to of [DEMO_SUBSCRIBERS.legal, DEMO_SUBSCRIBERS.advocate]) {
      const said = missingLines(to, /missing|not on the docket/i);
      expect(
        said.some((l) => /April 10, 2025/.test(l)),
        to,
      ).toBe(true);
      expect(
        said.filter((l) => /June 10, 2025|July 10, 2025|August 11, 2025/.test(l)),
        to,
      ).toEqual([]);
    }
    const es = missingLines(SPANISH.email, /falta|esperado/i);
    expect(es.filter((l) => /10 de junio|10 de julio|11 de agosto/.test(l))).toEqual([]);
  });

  it('the opposition and the certificate filed on their due days meet them: the CLI shows them filed, never passed', async () => {
    const out = await cli('2025-08-12');
    expect(out).toMatch(/Opposition\s+Defendant\s+2025-05-29\s+satisfied/);
    expect(out).toMatch(/Certification of compliance[^\n]*2025-06-23\s+satisfied/);
    expect(out).not.toMatch(/\bpassed\b/);
  });

  it('the stricken order takes its status report and conference with it, told once each', async () => {
    const p = await casePosture(suite.store, KEY, '2025-07-04');
    expect(p.hearings.filter((h) => h.date === '2025-07-24')).toEqual([]);
    expect(p.nextDeadlines.filter((d) => d.due === '2025-07-17')).toEqual([]);
    const out = await cli('2025-07-04');
    expect(out).toMatch(/Status report\s+Defendant\s+2025-07-17\s+vacated/);
    expect(out).toMatch(/status conference\s+2025-07-24 10:00\s+cancelled/);
    const team = suite.rounds.rounds
      .flatMap((r) => r.mails)
      .filter((m) => m.to === DEMO_SUBSCRIBERS.legal && m.kind === 'alert')
      .map((m) => m.text)
      .join('\n');
    expect(team.match(/\* Status conference cancelled/g)).toHaveLength(1);
    expect(team.match(/\* Deadline vacated: Status report/g)).toHaveLength(1);
  });

  it('the final pretrial conference "likewise vacated" is off the calendar; the trial moved', async () => {
    const out = await cli('2025-08-02');
    expect(out).toMatch(/final pretrial conference\s+2025-09-15 10:00\s+cancelled/);
    expect(out).toMatch(/jury trial\s+2025-11-03 09:30\s+\d+\s+upcoming/);
    expect(out).not.toMatch(/2025-10-06/);
  });

  it('no message contradicts the stored posture', () => {
    const { found, checked } = contradictions(suite.rounds.rounds);
    expect(checked.messages).toBeGreaterThan(0);
    expect(found).toEqual([]);
  });
});
