/**
 * An appeal's duties and duties met on their day, through the live path (`replayed`: the replay
 * court, the real worker, a real SMTP server, the CLI, the calendar), from a hand-written history
 * (tests/fixtures/replay/appeal-duties-nmd-ca10.json; fictional parties, D.N.M. and 10th Cir.):
 * - which appeal a duty belongs to is said: the CLI names the appeal's docket ("CA10 26-2207 Doc. 2"),
 *   the legal team's messages the appeal's number (try-out 9 M6);
 * - the second appeal's "briefing schedule is stayed": its opening brief is not due, never "passed" (M7);
 * - "within 30 days after service of the opening brief": dated once that brief is filed, then met (m9);
 * - papers filed on their day or early meet their duties: a brief filed the evening it is due, a
 *   docketing statement a day early, a notice of compliance naming the paragraph and the order by
 *   its day, a joint status report "and Proposed Discovery Schedule re [30]" for "a joint proposed
 *   schedule for discovery", a joint status report "pursuant to Paragraph 5 of the Court's Order of
 *   February 2, 2026" on the day its paragraph's period (from the mandate) ends (M5);
 * - "within fourteen (14) days after the Tenth Circuit issues its mandate in any appeal of this
 *   Order": undated until that appeal's mandate (not the other appeal's dismissal), then dated (try-out 9);
 * - paragraph 6, stayed pending appeal, then "paragraph 6 of the Court's Order of February 2, 2026
 *   (ECF No. 12) is VACATED": its duty is vacated, never "passed" (M3);
 * - rehearing denied: the mandate's due day is on the legal team's calendar (try-out 9).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions, repeats } from '../support/posture-mail.ts';
import { replayedSuite } from '../support/replayed.ts';
import { parseCalendar, testServer } from '../support/web.ts';

const KEY = 'nmd:1:26-cv-00210';
const PAGE = '/cases/nmd/1:26-cv-00210';

/** The CLI's table rows of the deadlines whose WHAT matches `what` (and, when given, whose row says `due`). */
function rows(table: string, what: RegExp, due?: string): string[] {
  return table
    .split('\n')
    .filter((l) => l.includes(' deadline ') && what.test(l) && (due === undefined || l.includes(due)));
}

describe('an appeal’s duties, told with their appeal; duties met on their day (D.N.M., 10th Cir., hand-written)', () => {
  const suite = replayedSuite({
    caseKey: KEY,
    history: JSON.parse(
      readFileSync(new URL('../fixtures/replay/appeal-duties-nmd-ca10.json', import.meta.url), 'utf8'),
    ),
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });
  let app: Awaited<ReturnType<typeof testServer>> | undefined;
  beforeAll(async () => {
    app = await testServer(suite.store, 'http://127.0.0.1', new Date('2026-10-20T16:00:00Z'));
  });
  afterAll(async () => {
    await app?.close();
  });
  const legal = () =>
    suite.rounds.rounds
      .flatMap((r) => r.mails.map((m) => ({ ...m, day: r.day })))
      .filter((m) => m.to === DEMO_SUBSCRIBERS.legal);

  it('no message contradicts the stored posture, and each change is told once', () => {
    expect(contradictions(suite.rounds.rounds).found).toEqual([]);
    expect(repeats(suite.rounds.rounds)).toEqual([]);
  });

  it('each appeal’s duties say which appeal they are of: in the CLI and in the legal team’s messages', async () => {
    const may = await suite.run.deadlines('2026-05-20');
    expect(rows(may, /opening brief/i, '2026-03-16'), may).toEqual([
      expect.stringMatching(/CA10 26-2101 Doc\. 3$/),
    ]);
    expect(rows(may, /opening brief/i, '2026-05-06'), may).toEqual([
      expect.stringMatching(/CA10 26-2207 Doc\. 2$/),
    ]);
    const told = legal()
      .map((m) => m.text)
      .join('\n');
    expect(told).toMatch(/opening brief \(appeal No\. 26-2101\)[^\n]* due March 16, 2026/i);
    expect(told).toMatch(/opening brief \(appeal No\. 26-2207\)[^\n]* due May 6, 2026/i);
    // The second appeal's schedule never moves the first's.
    expect(told).not.toMatch(/Deadline moved: Appellant's opening brief/i);
  });

  it('the second appeal’s briefing stayed: its opening brief is not due, never "passed"', async () => {
    for (const day of ['2026-04-21', '2026-05-20', '2026-07-01']) {
      const out = await suite.run.deadlines(day);
      expect(rows(out, /opening brief/i, '2026-05-06'), out).toEqual([
        expect.stringMatching(/\bsuspended\b/),
      ]);
    }
    const ended = await suite.run.deadlines('2026-07-20');
    expect(rows(ended, /opening brief/i, '2026-05-06'), ended).toEqual([expect.stringMatching(/\bmooted\b/)]);
  });

  it('briefs due after the brief before them are dated when it is filed, and met', async () => {
    const before = await suite.run.deadlines('2026-03-10');
    expect(rows(before, /response brief|reply brief/i), before).toEqual([
      expect.stringMatching(/\bundated\b/),
      expect.stringMatching(/\bundated\b/),
    ]);
    // The opening brief filed March 16: the response brief is due 30 days later.
    const march = await suite.run.deadlines('2026-03-20');
    expect(rows(march, /response brief/i, '2026-04-15'), march).toEqual([
      expect.stringMatching(/\bupcoming\b/),
    ]);
    expect(rows(march, /reply brief/i), march).toEqual([expect.stringMatching(/\bundated\b/)]);
    const april = await suite.run.deadlines('2026-04-14');
    expect(rows(april, /response brief/i, '2026-04-15'), april).toEqual([
      expect.stringMatching(/\bsatisfied\b.*CA10 26-2101 Doc\. 3$/),
    ]);
    expect(rows(april, /reply brief/i, '2026-05-04'), april).toEqual([expect.stringMatching(/\bupcoming\b/)]);
    const may = await suite.run.deadlines('2026-05-02');
    expect(rows(may, /reply brief/i, '2026-05-04'), may).toEqual([expect.stringMatching(/\bsatisfied\b/)]);
  });

  it('papers filed on their day or early meet their duties: never "passed"', async () => {
    const feb = await suite.run.deadlines('2026-02-20');
    expect(rows(feb, /restore rental assistance/i, '2026-02-12'), feb).toEqual([
      expect.stringMatching(/\bsatisfied\b/),
    ]);
    expect(rows(feb, /docketing statement/i, '2026-02-20'), feb).toEqual([
      expect.stringMatching(/\bsatisfied\b/),
    ]);
    const march = await suite.run.deadlines('2026-03-17');
    expect(rows(march, /opening brief/i, '2026-03-16'), march).toEqual([
      expect.stringMatching(/\bsatisfied\b/),
    ]);
    const april = await suite.run.deadlines('2026-04-11');
    expect(rows(april, /docketing statement/i, '2026-04-10'), april).toEqual([
      expect.stringMatching(/\bsatisfied\b/),
    ]);
    const oct = await suite.run.deadlines('2026-10-20');
    expect(rows(oct, /proposed schedule for discovery/i, '2026-10-08'), oct).toEqual([
      expect.stringMatching(/\bsatisfied\b/),
    ]);
    expect(oct).not.toMatch(/MISSING/);
    expect(oct).not.toMatch(/(?:brief|statement|schedule|status report|rental assistance)[^\n]*\bpassed\b/i);
  });

  it('the joint status report due after "the Tenth Circuit issues its mandate in any appeal of this Order" waits for that mandate', async () => {
    for (const day of ['2026-02-20', '2026-07-20', '2026-09-14']) {
      const out = await suite.run.deadlines(day);
      expect(rows(out, /joint status report/i), out).toEqual([expect.stringMatching(/\bundated\b/)]);
    }
    const after = await suite.run.deadlines('2026-09-30');
    expect(rows(after, /joint status report/i, '2026-09-29'), after).toEqual([
      expect.stringMatching(/\bsatisfied\b/),
    ]);
  });

  it('paragraph 6 stayed pending appeal, then vacated after the mandate: never "passed"', async () => {
    const held = await suite.run.deadlines('2026-05-20');
    expect(rows(held, /repay the withheld assistance/i, '2026-04-03'), held).toEqual([
      expect.stringMatching(/\bsuspended\b/),
    ]);
    const vacated = await suite.run.deadlines('2026-09-18');
    expect(rows(vacated, /repay the withheld assistance/i, '2026-04-03'), vacated).toEqual([
      expect.stringMatching(/\bvacated\b/),
    ]);
  });

  it('the mandate’s due day is on the legal team’s calendar, with the day it issued', async () => {
    const ics = parseCalendar((await app!.inject({ method: 'GET', url: `${PAGE}/calendar.ics` })).body);
    const mandate = ics.filter((e) => /mandate due/i.test(e.summary));
    expect(mandate.map((e) => [e.start.slice(0, 10), e.status, e.summary])).toEqual([
      ['2026-09-15', 'CONFIRMED', "Court of appeals' mandate due (issued September 15, 2026)"],
    ]);
  });
});
