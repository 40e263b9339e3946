/**
 * A hearing moved, in any of the words courts use, is one hearing on its new day — and what is
 * counted from it moves with it — through the live path (`replayedSuite`: the replay court, the
 * real worker, a real SMTP server), from a hand-written history (tests/fixtures/replay/
 * hearing-moves.json; fictional parties, D. Conn.; try-out 9 C3, C4, M9, m6, p01).
 *
 * How a careful reader takes it: ECF 5 "The Court will hear the motion for a preliminary injunction
 * on March 24, 2027 at 9:00 a.m." sets the hearing, and the witness list is due seven days before
 * it (March 17). ECF 7 "the preliminary injunction hearing on [2], currently scheduled for March 24
 * …, is CONTINUED until March 31, 2027 at 10:00 a.m." moves it (witness list March 24); ECF 9 "the
 * Court ADJOURNS the March 31, 2027 preliminary injunction hearing to April 7, 2027 at 2:00 p.m."
 * moves it again (witness list March 31); "Court Minutes for Preliminary Injunction Hearing held … on
 * 4/7/2027" records it held. ECF 12's "custody redetermination hearing before an immigration judge
 * …, which hearing shall take place no later than April 23" is the agency's hearing, not the
 * court's; its status conference of April 28 is "CONVERTED to a telephone conference and MOVED to
 * April 29, 2027 at 9:30 a.m." (ECF 14) — one conference, held April 29.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listDeadlineRecords } from '../../src/deadlines/record.ts';
import { contradictions } from '../support/posture-mail.ts';
import { replayedSuite } from '../support/replayed.ts';

const KEY = 'ctd:3:27-cv-00415';
const HISTORY = JSON.parse(
  readFileSync(new URL('../fixtures/replay/hearing-moves.json', import.meta.url), 'utf8'),
) as unknown;

/** Days no hearing stands on once it was moved away (or was never the court's). */
const LEFT = ['2027-03-24', '2027-03-31', '2027-04-23', '2027-04-28'];

describe('hearing moves in several wordings are one hearing each, and its deadlines move with it (D. Conn., hand-written)', () => {
  const suite = replayedSuite({ caseKey: KEY, history: HISTORY });

  it('the store keeps two hearings, each on its last day, held; none on a day it left', async () => {
    const hearings = (await listDeadlineRecords(suite.store, KEY)).filter((r) => r.kind === 'hearing');
    expect(hearings.map((h) => [h.due, h.dueTime]).sort()).toEqual([
      ['2027-04-07', '14:00'],
      ['2027-04-29', '09:30'],
    ]);
    for (const h of hearings) expect(h.status, h.what).toBe('held');
    const pi = hearings.find((h) => h.due === '2027-04-07')!;
    expect((pi.history as { change: string }[]).map((x) => x.change)).toEqual([
      'set',
      'reset',
      'reset',
      'held',
    ]);
    const conference = hearings.find((h) => h.due === '2027-04-29')!;
    expect((conference.history as { change: string }[]).map((x) => x.change)).toEqual([
      'set',
      'reset',
      'held',
    ]);
  });

  it('the witness list counted from the hearing moves with each move', async () => {
    const list = (await listDeadlineRecords(suite.store, KEY)).find(
      (r) => r.kind === 'deadline' && /witness list/i.test(r.what),
    );
    expect(list?.due).toBe('2027-03-31');
    const dues = (list!.history as { due?: string | null; previousDue?: string | null }[]).flatMap((x) => [
      x.due,
      x.previousDue,
    ]);
    expect(dues).toEqual(expect.arrayContaining(['2027-03-17', '2027-03-24', '2027-03-31']));
  });

  it('the notice of each custody hearing’s outcome is counted from none of the court’s hearings', async () => {
    const notice = (await listDeadlineRecords(suite.store, KEY)).find(
      (r) => r.kind === 'deadline' && /outcome/i.test(r.what),
    );
    expect(notice?.due ?? null).toBeNull();
  });

  it('the CLI lists each hearing once, on its day of the time, and the witness list due seven days before it', async () => {
    for (const [asOf, hearing, witnesses] of [
      ['2027-03-05', '2027-03-24 09:00', '2027-03-17'],
      ['2027-03-15', '2027-03-31 10:00', '2027-03-24'],
      ['2027-03-25', '2027-04-07 14:00', '2027-03-31'],
    ] as const) {
      const cli = await suite.run.deadlines(asOf);
      const rows = cli.split('\n').filter((l) => /^hr-\S+\s+hearing\b/.test(l));
      expect(rows, asOf).toHaveLength(1);
      expect(rows[0], asOf).toContain(hearing);
      const witness = cli.split('\n').find((l) => /witness list/i.test(l));
      expect(witness, asOf).toContain(witnesses);
    }
    const late = await suite.run.deadlines('2027-04-25');
    const rows = late.split('\n').filter((l) => /^hr-\S+\s+hearing\b/.test(l));
    expect(rows.filter((r) => /upcoming/.test(r))).toHaveLength(1);
    expect(rows.find((r) => /upcoming/.test(r))).toContain('2027-04-29 09:30');
    for (const day of LEFT) expect(rows.join('\n'), day).not.toContain(day);
  });

  it('no message tells a hearing on a day it left, nor the immigration judge’s hearing as the court’s', () => {
    const mails = suite.rounds.rounds.flatMap((r) =>
      r.mails.filter((m) => m.lang === 'en' && m.kind !== 'welcome').map((m) => ({ day: r.day, m })),
    );
    expect(mails.length).toBeGreaterThan(0);
    const all = mails.map(({ m }) => m.text).join('\n');
    for (const move of [
      /moved from March 24, 2027 to March 31, 2027 at 10:00 AM/,
      /moved from March 31, 2027 to April 7, 2027 at 2:00 PM/,
      /moved from April 28, 2027 to April 29, 2027 at 9:30 AM/,
    ])
      expect(all).toMatch(move);
    for (const { day, m } of mails) {
      const next = /Next hearings:\n((?:\* .*\n?)*)/.exec(m.text)?.[1] ?? '';
      if (day >= '2027-03-10') expect(next, day).not.toMatch(/March 24, 2027/);
      if (day >= '2027-03-22') expect(next, day).not.toMatch(/March 31, 2027/);
      if (day >= '2027-04-21') expect(next, day).not.toMatch(/April 28, 2027/);
      expect(next, day).not.toMatch(/April 23, 2027/);
      expect(m.text, `${day}: ${m.subject}`).not.toMatch(/(?:hearing|conference) set for April 23, 2027/i);
    }
    expect(contradictions(suite.rounds.rounds).found).toEqual([]);
  });
});
