/**
 * Try-out 13's findings through the live path (`replayedSuite`: the replay court, the real worker, a
 * real SMTP server), from a hand-written history (tests/fixtures/replay/
 * hearings-calendars-briefs-terms.json; fictional parties, W.D. Tex., 5th Cir.):
 * - T1: the preliminary injunction hearing the clerk noticed as a "Motion Hearing" for March 17 "will
 *   now be held on March 24"; a later order "sets the hearing on … [5] for March 26"; then it is "now
 *   set for March 31" — one hearing, each time on its new day only, held March 31.
 * - T7: a status report "every other month, in February, April, June …, on the fifteenth day of the
 *   month", filed on that calendar: never a missing report in the months it skips.
 * - N6: the Fifth Circuit clerk's "A/Pet's Brief" and "E/Res's Brief … for Appellees", each met by the
 *   brief filed on its day ("APPELLEE'S BRIEF FILED"), shown met, never "passed".
 * - N7: a consent decree "in effect for thirty-six (36) months from the date of its entry" (November
 *   3, 2027) ends Sunday, November 3, 2030 — a term is not rolled to Monday as a day to file is.
 * - N8: every message names the relief by what it is ("temporary restraining order"), never "the
 *   injunction".
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contradictions } from '../support/posture-mail.ts';
import { replayedSuite } from '../support/replayed.ts';

const KEY = 'txwd:5:27-cv-00288';
const HISTORY = JSON.parse(
  readFileSync(new URL('../fixtures/replay/hearings-calendars-briefs-terms.json', import.meta.url), 'utf8'),
) as unknown;

/** Each `docketwatch deadlines` is a process of its own: several take a while on a loaded machine. */
const CLI_TIMEOUT = 600_000;

const rowsOf = (cli: string, kind: string) =>
  cli.split('\n').filter((l) => new RegExp(`^\\S+\\s+${kind}\\b`).test(l));

describe('hearings moved, calendars, briefs met and terms, told right (W.D. Tex., hand-written)', () => {
  const suite = replayedSuite({ caseKey: KEY, history: HISTORY });

  it(
    'T1: the CLI lists the one hearing on its new day after each move, never a day it left',
    async () => {
      for (const [asOf, day, left] of [
        ['2027-03-10', '2027-03-17 10:00', []],
        ['2027-03-13', '2027-03-24 13:30', ['2027-03-17']],
        ['2027-03-20', '2027-03-26 09:00', ['2027-03-17', '2027-03-24']],
        ['2027-03-23', '2027-03-31 14:00', ['2027-03-17', '2027-03-24', '2027-03-26']],
      ] as const) {
        const hearings = rowsOf(await suite.run.deadlines(asOf), 'hearing');
        expect(hearings, asOf).toHaveLength(1);
        expect(hearings[0], asOf).toContain(day);
        for (const d of left) expect(hearings.join('\n'), `${asOf}: ${d}`).not.toContain(d);
      }
      const after = rowsOf(await suite.run.deadlines('2027-04-01'), 'hearing');
      expect(after).toHaveLength(1);
      expect(after[0]).toMatch(/2027-03-31 14:00.*\bheld\b/);
    },
    CLI_TIMEOUT,
  );

  it('T1: no message lists a hearing on a day it was moved from', () => {
    for (const r of suite.rounds.rounds)
      for (const m of r.mails.filter((x) => x.lang === 'en' && x.kind !== 'welcome')) {
        const next = /Next hearings:\n((?:\* .*\n?)*)/.exec(m.text)?.[1] ?? '';
        if (r.day >= '2027-03-12') expect(next, `${r.day}: ${m.subject}`).not.toMatch(/March 17, 2027/);
        if (r.day >= '2027-03-16') expect(next, `${r.day}: ${m.subject}`).not.toMatch(/March 24, 2027/);
        if (r.day >= '2027-03-22') expect(next, `${r.day}: ${m.subject}`).not.toMatch(/March 26, 2027/);
      }
    expect(contradictions(suite.rounds.rounds).found).toEqual([]);
  });

  it(
    'T7: the report every other month is due in June after April, and never missing in May',
    async () => {
      const may = await suite.run.deadlines('2027-05-20');
      const report = rowsOf(may, 'deadline').find((l) => /status report/i.test(l));
      expect(report).toContain('2027-06-15');
      expect(may).not.toMatch(/missing/i);
      const september = await suite.run.deadlines('2027-09-20');
      expect(rowsOf(september, 'deadline').find((l) => /status report/i.test(l))).toContain('2027-10-15');
      expect(september).not.toMatch(/missing/i);
      const told = suite.rounds.rounds.flatMap((r) =>
        r.mails.filter((m) => m.lang === 'en').map((m) => m.text),
      );
      // The one report not filed (October's, before the decree replaced the injunction) is told missing;
      // none in a month the calendar skips.
      const missingDays = [
        ...told.join('\n').matchAll(/not on the docket: Status report[^\n]*?due ([A-Z][a-z]+ \d+, \d{4})/g),
      ].map((m) => m[1]);
      expect(missingDays.length).toBeGreaterThan(0);
      expect(new Set(missingDays)).toEqual(new Set(['October 15, 2027']));
    },
    CLI_TIMEOUT,
  );

  it(
    'N6: each side’s brief, filed on its day, shows met — never passed',
    async () => {
      const cli = await suite.run.deadlines('2027-07-01');
      const briefs = rowsOf(cli, 'deadline').filter((l) => /brief/i.test(l));
      expect(briefs).toHaveLength(2);
      for (const b of briefs) expect(b).toMatch(/\bsatisfied\b/);
      expect(cli).toMatch(/MET\s+\S+: by CA5 27-50412 Doc\. 9 of 2027-06-22/);
    },
    CLI_TIMEOUT,
  );

  it(
    'N7: the consent decree’s 36 months end on their Sunday, not the Monday after',
    async () => {
      const cli = await suite.run.deadlines('2030-11-01');
      const decree = rowsOf(cli, 'injunction').find((l) => /consent decree/i.test(l));
      expect(decree).toContain('2030-11-03');
      expect(cli).not.toContain('2030-11-04');
      const told = suite.rounds.rounds.flatMap((r) =>
        r.mails.filter((m) => m.lang === 'en').map((m) => m.text),
      );
      expect(told.join('\n')).toMatch(/Consent decree granted until\s+November 3, 2030/);
      expect(told.join('\n')).not.toMatch(/November 4, 2030/);
    },
    CLI_TIMEOUT,
  );

  it('N8: the relief is named by what it is in every message, never "the injunction"', () => {
    const mails = suite.rounds.rounds.flatMap((r) => r.mails.filter((m) => m.kind !== 'welcome'));
    expect(mails.some((m) => m.lang === 'en' && /temporary restraining order/i.test(m.text))).toBe(true);
    for (const m of mails.filter((x) => x.lang === 'en'))
      expect(m.text.replace(/\s+/g, ' '), m.subject).not.toMatch(
        /\b(?:the|an) injunction\b(?! pending appeal)/i,
      );
  });
});
