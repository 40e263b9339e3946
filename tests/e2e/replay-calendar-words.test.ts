/**
 * What courts say about their calendar reaches the reader as one hearing on its day — or none —
 * through the live path (`replayedSuite`: the replay court, the real worker, a real SMTP server),
 * from a hand-written history (tests/fixtures/replay/calendar-words.json; fictional parties,
 * D.D.C.; try-out 10 K6, M3, M9, M10).
 *
 * How a careful reader takes it: ECF 3's ¶3 "The Court will hear the request for a preliminary
 * injunction on Tuesday, April 20, 2027, at 10:00 a.m." sets the hearing; ECF 5 "Due to a conflict on
 * the Court's calendar, the Preliminary Injunction Hearing set for 4/20/2027 is VACATED and RESET to
 * 4/21/2027 at 02:00 PM" moves it (its reason is no deadline); the minutes record it held on 4/21, at
 * its hour. ECF 7 sets a conference on 6/2 and "a joint status report seven days before the
 * conference by Judge X on 5/3/2027" — one report, due 5/26 (the judge's day is the signature);
 * ECF 8 vacates the conference and keeps the report "due on 5/26/2027" (the same report), filed
 * 5/26 (ECF 9). ECF 11 takes back ECF 10 "insofar as it set a status conference for July 14, 2027;
 * the conference will be reset by separate notice", and ECF 13 says of the 8/4 conference "removed
 * from the calendar and will be reset by separate notice": neither stands; none of it needs a
 * person to read it again. ECF 15 "The court's order at Dkt. No. 14 was entered on the wrong docket;
 * the clerk must terminate it" takes back ECF 14's declaration (try-out 9 p06).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listDeadlineRecords } from '../../src/deadlines/record.ts';
import { contradictions } from '../support/posture-mail.ts';
import { replayedSuite } from '../support/replayed.ts';

const KEY = 'dcd:1:27-cv-00918';
const HISTORY = JSON.parse(
  readFileSync(new URL('../fixtures/replay/calendar-words.json', import.meta.url), 'utf8'),
) as unknown;

const hearingRows = (cli: string) => cli.split('\n').filter((l) => /^hr-\S+\s+hearing\b/.test(l));

describe('calendar words: a hearing set in an order’s paragraph, moved for a reason, conferences to be reset (D.D.C., hand-written)', () => {
  const suite = replayedSuite({ caseKey: KEY, history: HISTORY });

  it('the store keeps the hearing on its last day and hour, held, and every conference off', async () => {
    const hearings = (await listDeadlineRecords(suite.store, KEY)).filter((r) => r.kind === 'hearing');
    const byDay = hearings.map((h) => [h.due, h.dueTime, h.status]).sort();
    expect(byDay).toEqual([
      ['2027-04-21', '14:00', 'held'],
      ['2027-06-02', '10:00', 'cancelled'],
      ['2027-07-14', '11:00', 'cancelled'],
      ['2027-08-04', '11:00', 'cancelled'],
    ]);
    const pi = hearings.find((h) => h.due === '2027-04-21')!;
    expect((pi.history as { change: string }[]).map((x) => x.change)).toEqual(['set', 'reset', 'held']);
  });

  it('the reason for the move is no deadline, and the joint report is one duty, met', async () => {
    const deadlines = (await listDeadlineRecords(suite.store, KEY)).filter((r) => r.kind === 'deadline');
    expect(deadlines.filter((d) => /due to|conflict|calendar/i.test(d.what))).toEqual([]);
    const reports = deadlines.filter((d) => /joint status report/i.test(d.what));
    expect(reports.map((r) => [r.what, r.due, r.status])).toEqual([
      ['joint status report', '2027-05-26', 'satisfied'],
    ]);
  });

  it('an order entered on the wrong docket, to be terminated, takes its deadline with it', async () => {
    const declaration = (await listDeadlineRecords(suite.store, KEY)).find(
      (r) => r.kind === 'deadline' && /supplemental declaration/i.test(r.what),
    );
    expect(declaration?.status).toBe('vacated');
    const cli = await suite.run.deadlines('2027-07-20');
    expect(cli.split('\n').filter((l) => /supplemental declaration/i.test(l) && /upcoming/.test(l))).toEqual(
      [],
    );
  });

  it('the CLI lists the hearing on its day and hour, then no conference that was taken off, and nothing to read again', async () => {
    const before = hearingRows(await suite.run.deadlines('2027-04-08'));
    expect(before).toHaveLength(1);
    expect(before[0]).toMatch(/2027-04-20 10:00\s+\d+\s+upcoming/);
    const moved = hearingRows(await suite.run.deadlines('2027-04-16'));
    expect(moved).toHaveLength(1);
    expect(moved[0]).toMatch(/2027-04-21 14:00\s+\d+\s+upcoming/);
    for (const asOf of ['2027-06-10', '2027-07-10']) {
      const cli = await suite.run.deadlines(asOf);
      expect(
        hearingRows(cli).filter((r) => /upcoming/.test(r)),
        asOf,
      ).toEqual([]);
      expect(cli, asOf).not.toMatch(/NEEDS REVIEW/);
    }
  });

  it('the mails tell the move with its new hour, never the reason as a deadline nor a conference taken off as coming', () => {
    const mails = suite.rounds.rounds.flatMap((r) =>
      r.mails.filter((m) => m.lang === 'en' && m.kind !== 'welcome').map((m) => ({ day: r.day, m })),
    );
    expect(mails.length).toBeGreaterThan(0);
    const all = mails.map(({ m }) => m.text).join('\n');
    expect(all).toMatch(/moved from April 20, 2027 to April 21, 2027 at 2:00 PM/);
    expect(all).not.toMatch(/(?:Deadline|due)[^\n]{0,20}Due to a conflict/i);
    for (const { day, m } of mails) {
      const next = /Next hearings:\n((?:\* .*\n?)*)/.exec(m.text)?.[1] ?? '';
      if (day >= '2027-04-15') expect(next, day).not.toMatch(/April 20, 2027/);
      if (day >= '2027-05-11') expect(next, day).not.toMatch(/June 2, 2027/);
      if (day >= '2027-06-09') expect(next, day).not.toMatch(/July 14, 2027/);
      if (day >= '2027-07-07') expect(next, day).not.toMatch(/August 4, 2027/);
    }
    expect(contradictions(suite.rounds.rounds).found).toEqual([]);
  });
});
