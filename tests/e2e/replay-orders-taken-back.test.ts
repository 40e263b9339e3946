/**
 * Try-out 9 C6, C8, C15 and probe p06 through the live path (`replayedSuite`: the replay court, the
 * real worker, the store, SMTP in en/es/ar; the CLI on the stored posture) from a hand-written history
 * (tests/fixtures/replay/orders-taken-back.json; fictional parties, D.N.M.).
 *
 * How a careful reader takes it:
 * - "The Clerk is directed to strike ECF No. 10, which was entered in this case in error": the
 *   conference [10] set is off the calendar;
 * - "THE ORDER DATED 4/21/2026 (DOC. NO. 15) IS VACATED AS ENTERED IN ERROR" after [15] moved the
 *   motion hearing: the hearing is back on June 3, and the minute entry of June 3 finds it held;
 * - "(Dkt. No. 20) is withdrawn to the extent it set a status conference … The remainder of Dkt.
 *   No. 20 stands": the conference is off, the status report [20] asked for is still due;
 * - "The Court's order at Dkt. No. 25 was entered on the wrong docket; the Clerk shall terminate it":
 *   the settlement conference is off;
 * - "ORDER THAT A STATUS CONFERENCE … WILL BE HELD …" then "ORDER THAT THE TELEPHONE STATUS
 *   CONFERENCE SCHEDULED FOR 8/20/2026 IS CANCELLED" (try-out 9 C9): a status conference, cancelled.
 * Each change told once to the team.
 */
import { describe, expect, it } from 'vitest';
import { casePosture } from '../../src/deadlines/record.ts';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import history from '../fixtures/replay/orders-taken-back.json' with { type: 'json' };
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions } from '../support/posture-mail.ts';
import { replayedSuite } from '../support/replayed.ts';

const KEY = 'nmd:1:26-cv-00318';

describe('orders taken back in the words courts use: stricken by ECF No., vacated as entered in error, withdrawn in part, terminated as on the wrong docket (D.N.M.)', () => {
  const suite = replayedSuite({
    caseKey: KEY,
    history,
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });

  const cli = (asOf: string) => suite.run.deadlines(asOf);
  const teamAlerts = () =>
    suite.rounds.rounds
      .flatMap((r) => r.mails)
      .filter((m) => m.to === DEMO_SUBSCRIBERS.legal && m.kind === 'alert')
      .map((m) => m.text)
      .join('\n');

  it('the conference of the order the Clerk was directed to strike is off, told once', async () => {
    const p = await casePosture(suite.store, KEY, '2026-04-07');
    expect(p.hearings.filter((h) => h.date === '2026-05-12')).toEqual([]);
    expect(await cli('2026-04-07')).toMatch(/telephone status conference\s+2026-05-12 09:30\s+cancelled/);
    expect(teamAlerts().match(/\* Telephone status conference cancelled/g)).toHaveLength(1);
  });

  it('the hearing moved by an order vacated as entered in error is back on its day, and found held there', async () => {
    const p = await casePosture(suite.store, KEY, '2026-04-22');
    expect(p.hearings.filter((h) => h.date === '2026-06-10')).toEqual([]);
    expect(p.hearings.filter((h) => h.date === '2026-06-03').map((h) => h.time)).toEqual(['13:30']);
    expect(await cli('2026-04-22')).toMatch(/motion hearing\s+2026-06-03 13:30\s+\d+\s+upcoming/);
    expect(await cli('2026-06-04')).toMatch(/motion hearing\s+2026-06-03 13:30\s+held/);
    const team = teamAlerts();
    expect(team.match(/\* Motion hearing moved to June 3, 2026/g)).toHaveLength(1);
  });

  it('an order withdrawn only to the extent it set a conference: the conference is off, its status report still due', async () => {
    const out = await cli('2026-05-02');
    expect(out).toMatch(/telephonic status conference\s+2026-06-17 10:00\s+cancelled/);
    expect(out).toMatch(/Status report\s+Plaintiff\s+2026-05-29\s+\d+\s+upcoming/);
    const p = await casePosture(suite.store, KEY, '2026-05-02');
    expect(p.hearings.filter((h) => h.date === '2026-06-17')).toEqual([]);
    expect(p.nextDeadlines.map((d) => d.due)).toContain('2026-05-29');
    const team = teamAlerts();
    expect(team.match(/\* Telephonic status conference cancelled/g)).toHaveLength(1);
    expect(team).not.toMatch(/Deadline vacated: Status report/);
  });

  it('the order entered on the wrong docket that the Clerk shall terminate takes its conference with it', async () => {
    expect(await cli('2026-05-12')).toMatch(/settlement conference\s+2026-07-08 09:00\s+cancelled/);
    expect(teamAlerts().match(/\* Settlement conference cancelled/g)).toHaveLength(1);
  });

  it('a status conference set "THAT A STATUS CONFERENCE … WILL BE HELD" and then cancelled is off the calendar', async () => {
    expect(await cli('2026-07-02')).toMatch(/ status conference\s+2026-08-20 11:00\s+\d+\s+upcoming/);
    const out = await cli('2026-08-15');
    expect(out).toMatch(/ status conference\s+2026-08-20 11:00\s+cancelled/);
    // No hearing named by the order's clause (a WHY line quotes the order's words as written).
    expect(out.replace(/^\s*WHY\b.*$/gm, '')).not.toMatch(/that a status conference/i);
    const p = await casePosture(suite.store, KEY, '2026-08-15');
    expect(p.hearings.filter((h) => h.date === '2026-08-20')).toEqual([]);
  });

  it('no message contradicts the stored posture', () => {
    const { found, checked } = contradictions(suite.rounds.rounds);
    expect(checked.messages).toBeGreaterThan(0);
    expect(found).toEqual([]);
  });
});
