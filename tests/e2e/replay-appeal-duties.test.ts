/**
 * Two appeals of one case, through the live path (`replayed`: the replay court, the real worker, a
 * real SMTP server), from a hand-written history (tests/fixtures/replay/appeal-duties-per-appeal.json;
 * fictional parties, W.D. Wash. and 9th Cir.):
 * - appeal 26-1201 (from the preliminary injunction) sets "Opening Brief due 04/06/2026. Answering
 *   Brief due 05/18/2026"; appeal 26-2440 (from the final judgment, docketed May 12 while the first
 *   is still open) sets the same names for June 22 and July 20: its own deadlines, never the first's
 *   "moved" (try-out 8, N2);
 * - 26-1201 is dismissed as moot on June 1, its mandate issues June 23 and the district clerk copies
 *   it on June 24 ("MANDATE of USCA … The appeal is DISMISSED as moot"): one "Mandate issued" (M2);
 *   its answering brief is no longer due, its opening brief (filed) stays met (N8);
 * - 26-2440's order of June 3 ("ORDERED that the motion for stay pending appeal be granted in part.
 *   Paragraphs 4 and 5 of the district court's May 4, 2026 order are stayed …"): the duties of
 *   paragraphs 4 and 5 are on hold — not due, never "passed" — paragraph 3's report and the
 *   permanent injunction of paragraph 2 stay in force; told once (C9);
 * - 26-2440 is affirmed October 14 (its optional reply no longer due) and its mandate issues November
 *   5 (copied November 6): the held duties are due again.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions, repeats } from '../support/posture-mail.ts';
import { replayedSuite } from '../support/replayed.ts';

const KEY = 'wawd:2:26-cv-00518';

/** The CLI's table row of the deadline whose WHAT and DUE the patterns match. */
function row(table: string, what: RegExp, due: string): string | undefined {
  return table.split('\n').find((l) => l.includes(' deadline ') && what.test(l) && l.includes(due));
}

describe('two appeals, each with its own duties, ended with its appeal; paragraphs of an order stayed (W.D. Wash., 9th Cir., hand-written)', () => {
  const suite = replayedSuite({
    caseKey: KEY,
    history: JSON.parse(
      readFileSync(new URL('../fixtures/replay/appeal-duties-per-appeal.json', import.meta.url), 'utf8'),
    ),
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });
  const mails = (to?: string) =>
    suite.rounds.rounds
      .flatMap((r) => r.mails.map((m) => ({ ...m, day: r.day })))
      .filter((m) => to === undefined || m.to === to);

  it('no message contradicts the stored posture, and each change is told once', () => {
    expect(contradictions(suite.rounds.rounds).found).toEqual([]);
    expect(repeats(suite.rounds.rounds)).toEqual([]);
  });

  it('the second appeal’s schedule sets its own deadlines; the first’s are neither moved nor merged', async () => {
    const may13 = await suite.run.deadlines('2026-05-13');
    expect(row(may13, /Answering brief/i, '2026-05-18'), may13).toMatch(/upcoming/);
    expect(row(may13, /Answering brief/i, '2026-07-20'), may13).toMatch(/upcoming/);
    expect(row(may13, /Opening brief/i, '2026-06-22'), may13).toMatch(/upcoming/);
    for (const m of mails())
      expect(`${m.subject}\n${m.text}`, `${m.to} ${m.day}`).not.toMatch(
        /Deadline moved: (?:Opening|Answering) brief|(?:Opening|Answering) brief now due/i,
      );
    const legal = mails(DEMO_SUBSCRIBERS.legal)
      .map((m) => m.text)
      .join('\n');
    expect(legal).toContain('Answering brief, due July 20, 2026');
  });

  it('the first appeal’s duties end with it: the one met stays met, the other is no longer due — and no one is told "mooted"', async () => {
    const june2 = await suite.run.deadlines('2026-06-02');
    expect(row(june2, /Opening brief/i, '2026-04-06'), june2).toMatch(/satisfied/);
    expect(row(june2, /Answering brief/i, '2026-05-18'), june2).toMatch(/mooted/);
    expect(row(june2, /Answering brief/i, '2026-07-20'), june2).toMatch(/upcoming/);
    for (const m of mails())
      expect(`${m.subject}\n${m.text}`, `${m.to} ${m.day}`).not.toMatch(
        /Deadline mooted: (?:Opening|Answering|Optional)/i,
      );
  });

  it('the mandate of the dismissal is told once, though both dockets report it', () => {
    const told = mails(DEMO_SUBSCRIBERS.legal).filter((m) => m.day >= '2026-06-23' && m.day <= '2026-07-01');
    const items = told.flatMap((m) => m.text.split('\n').filter((l) => /^\* Mandate issued/.test(l)));
    expect(items, told.map((m) => m.text).join('\n---\n')).toHaveLength(1);
  });

  it('paragraphs 4 and 5 stayed: their duties not due while the stay lasts, paragraph 3 and the injunction in force; told once', async () => {
    const july1 = await suite.run.deadlines('2026-07-01');
    expect(july1).toMatch(/IN FORCE\s+Permanent injunction/);
    expect(row(july1, /readjudicate/i, '2026-06-18'), july1).toMatch(/suspended/);
    expect(row(july1, /declaration/i, '2026-07-20'), july1).toMatch(/suspended/);
    expect(row(july1, /status report/i, '2026-07-0'), july1).toMatch(/upcoming/);
    expect(july1).toMatch(
      /NOTE\s+dl-\w+: not due while the stay pending appeal of paragraphs 4 and 5 of its order lasts \(since June 3, 2026/,
    );
    const sept = await suite.run.deadlines('2026-09-01');
    expect(row(sept, /readjudicate/i, '2026-06-18'), sept).toMatch(/suspended/);
    expect(sept).not.toMatch(/readjudicate[^\n]*passed/i);
    const stayDay = (to: string) =>
      mails(to)
        .filter((m) => m.day === '2026-06-03')
        .map((m) => `${m.subject}\n${m.text}`)
        .join('\n');
    expect(stayDay(DEMO_SUBSCRIBERS.advocate)).toContain(
      'part of the order of May 4, 2026 (paragraphs 4 and 5)',
    );
    expect(stayDay(ADVOCATES_IN_EVERY_LANGUAGE[0].email)).toContain(
      'parte de la decisión apelada («paragraphs 4 and 5») mientras dura la apelación: esa parte no se aplica por ahora; el resto sigue vigente.',
    );
    expect(stayDay(ADVOCATES_IN_EVERY_LANGUAGE[1].email)).toMatch(
      /جزءًا من الحكم المستأنف \(«\u2066?paragraphs 4 and 5\u2069?»\) أثناء الاستئناف/,
    );
    // After the stay, no message lists the held duties as coming due or missed, in any language.
    for (const m of mails().filter((x) => x.day > '2026-06-03' && x.day < '2026-11-05'))
      expect(m.text, `${m.to} ${m.day}`).not.toMatch(/readjudicate|declaration certifying/i);
  });

  it('the second appeal decided: its optional reply is no longer due; its mandate makes the held duties due again', async () => {
    const oct15 = await suite.run.deadlines('2026-10-15');
    expect(oct15).not.toMatch(/Optional reply[^\n]*undated/i);
    expect(row(oct15, /Opening brief/i, '2026-06-22'), oct15).toMatch(/satisfied/);
    const nov18 = await suite.run.deadlines('2026-11-18');
    expect(nov18).not.toMatch(/brief[^\n]*(?:undated|passed|upcoming)/i);
    expect(row(nov18, /readjudicate/i, '2026-06-18'), nov18).toMatch(/passed/);
    expect(nov18).not.toMatch(/not due while the stay pending appeal/);
  });
});
