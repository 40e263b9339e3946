/**
 * Which filing meets which deadline, through the live path (`replayed`: the replay court, the real
 * worker, a real SMTP server), from a hand-written history
 * (tests/fixtures/replay/filings-meet-on-their-day.json; fictional parties, S.D. Cal., 9th Cir.).
 * Try-out 10 M6, M7, M8, M11, m2, m9 in other words:
 * - an order's command to act ("release each Petitioner … or provide … a custody hearing") met by
 *   the notice of compliance with that order filed on its seventh day;
 * - "respond to the Motion to Certify Class [Doc. 2]" — the response to motion 2, the respondents'
 *   — met by the opposition to [2] filed on the due day (never "Response to ECF No. 3");
 * - the clerk's "Joint Status Report due by 5/5/2026", which the court then says "is not required":
 *   no longer due, never "passed";
 * - a joint proposed scheduling order met on its day by "JOINT PRELIMINARY REPORT AND PROPOSED
 *   SCHEDULING ORDER re [22]";
 * - the appeal's answering brief not met by the appellees' response to the stay motion, extended,
 *   ABATED for mediation and set again as "Appellees' response brief" (one brief, moved), met by
 *   the answering brief; the reply counted from it, met on its day (Labor Day rolled).
 * The CLI says which entry met each deadline, and no mail tells a reader a filed paper is missing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions } from '../support/posture-mail.ts';
import { replayedSuite } from '../support/replayed.ts';

const KEY = 'casd:3:26-cv-00871';

/** The CLI's table rows of deadlines whose WHAT matches. */
function rows(table: string, what: RegExp): string[] {
  return table.split('\n').filter((l) => l.includes(' deadline ') && what.test(l));
}

/** The entries that met those deadlines, as the CLI's MET lines name them ("ECF No. 11"). */
function metBy(table: string, what: RegExp): string[] {
  return rows(table, what).map((l) => {
    const id = l.split(/\s+/)[0]!;
    return new RegExp(`^\\s+MET\\s+${id}: by (.+?) of \\d{4}-\\d{2}-\\d{2}$`, 'm').exec(table)?.[1] ?? '';
  });
}

describe('filings meet the deadlines they answer, on their day (S.D. Cal., 9th Cir., hand-written)', () => {
  const suite = replayedSuite({
    caseKey: KEY,
    history: JSON.parse(
      readFileSync(new URL('../fixtures/replay/filings-meet-on-their-day.json', import.meta.url), 'utf8'),
    ),
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });
  const mails = (to?: string) =>
    suite.rounds.rounds
      .flatMap((r) => r.mails.map((m) => ({ ...m, day: r.day })))
      .filter((m) => to === undefined || m.to === to);

  it('no message contradicts the stored posture', () => {
    expect(contradictions(suite.rounds.rounds).found).toEqual([]);
  });

  it('the release-or-hearing duty is met by the notice of compliance with the order, on its day', async () => {
    const out = await suite.run.deadlines('2026-03-17');
    const release = rows(out, /Release each Petitioner/i);
    expect(release, out).toHaveLength(1);
    expect(release[0]).toMatch(/Respondents\s+2026-03-16\s+satisfied\b/);
    expect(metBy(out, /Release each Petitioner/i)).toEqual(['ECF No. 11']);
  });

  it('the response to the Motion to Certify Class [Doc. 2] is the respondents’, met by the opposition filed on the due day', async () => {
    const out = await suite.run.deadlines('2026-03-23');
    expect(out).not.toMatch(/Response to ECF No\. 3/);
    expect(rows(out, /Response to ECF No\. 2\b/), out).toEqual([
      expect.stringMatching(/Respondents\s+2026-03-20\s+satisfied\b/),
    ]);
    expect(metBy(out, /Response to ECF No\. 2\b/)).toEqual(['ECF No. 12']);
  });

  it('the joint status report the court no longer asks for is not due, never passed', async () => {
    for (const day of ['2026-05-06', '2026-12-30']) {
      const out = await suite.run.deadlines(day);
      expect(rows(out, /Joint status report/i), out).toEqual([expect.stringMatching(/\bvacated\b/)]);
    }
    const told = mails().filter((m) => m.day >= '2026-05-04' && m.day <= '2026-05-07');
    for (const m of told) expect(m.text, `${m.to} ${m.day}`).not.toMatch(/Joint status report/i);
  });

  it('the joint proposed scheduling order is met on its day by the joint report and proposed order', async () => {
    const out = await suite.run.deadlines('2026-05-19');
    expect(rows(out, /Joint proposed scheduling order/i), out).toEqual([
      expect.stringMatching(/2026-05-18\s+satisfied\b/),
    ]);
    expect(metBy(out, /Joint proposed scheduling order/i)).toEqual(['ECF No. 23']);
  });

  it('the answering brief: not met by the response to the stay motion; extended, paused, set again under another name — one brief, met when filed', async () => {
    const april = await suite.run.deadlines('2026-04-20');
    expect(rows(april, /answering brief|response brief/i), april).toEqual([
      expect.stringMatching(/2026-06-25\s+\d+\s+upcoming/),
    ]);
    const june = await suite.run.deadlines('2026-06-12');
    expect(rows(june, /answering brief|response brief/i), june).toEqual([
      expect.stringMatching(/2026-07-09\s+\d+\s+upcoming/),
    ]);
    const july = await suite.run.deadlines('2026-07-10');
    expect(rows(july, /answering brief|response brief/i), july).toEqual([
      expect.stringMatching(/\bsuspended\b/),
    ]);
    const lifted = await suite.run.deadlines('2026-07-28');
    expect(rows(lifted, /answering brief|response brief/i), lifted).toEqual([
      expect.stringMatching(/2026-08-17\s+\d+\s+upcoming/),
    ]);
    const filed = await suite.run.deadlines('2026-08-18');
    expect(rows(filed, /answering brief|response brief/i), filed).toEqual([
      expect.stringMatching(/2026-08-17\s+satisfied\b/),
    ]);
    expect(metBy(filed, /answering brief|response brief/i)).toEqual(['CA9 26-1530 Doc. 12']);
    // The reply counted from it: 21 days from August 17 is Labor Day, so September 8.
    expect(rows(filed, /reply brief/i), filed).toEqual([
      expect.stringMatching(/2026-09-08\s+\d+\s+upcoming/),
    ]);
    // Five CLI runs over the store: more than the default minute on a loaded machine.
  }, 240_000);

  it('at the end nothing filed is passed, and the opening brief filed at 5:45 p.m. on its day is met', async () => {
    const out = await suite.run.deadlines('2026-12-30');
    expect(out).not.toMatch(/\bpassed\b|\bMISSING\b|\bmooted\b/);
    expect(metBy(out, /opening brief/i)).toEqual(['CA9 26-1530 Doc. 7']);
    expect(rows(out, /opening brief/i), out).toEqual([expect.stringMatching(/2026-05-26\s+satisfied\b/)]);
    expect(metBy(out, /reply brief/i)).toEqual(['CA9 26-1530 Doc. 13']);
    expect(rows(out, /reply brief/i), out).toEqual([expect.stringMatching(/2026-09-08\s+satisfied\b/)]);
  });

  it('no mail tells the legal team, an advocate or a family that a filed paper is missing or its day passed unmet', () => {
    for (const to of [
      DEMO_SUBSCRIBERS.legal,
      DEMO_SUBSCRIBERS.advocate,
      ...ADVOCATES_IN_EVERY_LANGUAGE.map((s) => s.email),
    ])
      for (const m of mails(to))
        expect(`${m.subject}\n${m.text}`, `${to} ${m.day}`).not.toMatch(
          /Expected filing missing|no filing meeting it|Falta un escrito|مستند متوقَّع لم يُقدَّم/,
        );
  });
});
