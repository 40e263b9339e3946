/**
 * Try-out 9's M8, M12, m7 and M4, through the live path (`replayedSuite`: the replay court, the real
 * worker, the store, SMTP; the CLI on the stored posture) from a hand-written history
 * (tests/fixtures/replay/capitals-and-clerk-lines.json; fictional parties, D. Conn., its orders written
 * all in capitals as some courts write them):
 *
 * - #2 and #3, two motions each with CM/ECF's "Responses due by D" printed after the filers' names:
 *   two duties, each the response to its motion — never named after the filers, never merged;
 * - #5 "ORDER THAT DEFENDANT SHALL RESPOND TO PLAINTIFFS' MOTION … (DOC. NO. 2) ON OR BEFORE 2/17/2027":
 *   the court's date replaces the clerk's for [2], the defendant's, met by #6;
 * - #6 "Replies due by 2/24/2027" is replaced by #8's date for the reply (2/26), met by #10;
 * - #7 settlement statements "DUE TO CHAMBERS, NOT TO BE FILED": the legal team's date, never a missing
 *   filing, never told to advocates;
 * - #9's clerk line ends when #11 denies the motion ("… (DOC. NO. 9) IS DENIED");
 * - #12 "WITHIN FOURTEEN (14) DAYS OF THE DATE OF THIS ORDER", signed 3/3 and entered 3/4: due 3/17,
 *   the defendant's; #14 "IS EXTENDED FROM 3/17/2027 TO 3/31/2027"; met by #15;
 * - #17 preliminary approval: notice to the class mailed (an act, not a filing), objections (the class
 *   members' right, no party's duty): neither ever "missing", the right never "passed".
 */
import { describe, expect, it } from 'vitest';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import history from '../fixtures/replay/capitals-and-clerk-lines.json' with { type: 'json' };
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions, type Mail } from '../support/posture-mail.ts';
import { replayedSuite } from '../support/replayed.ts';

const KEY = 'ctd:3:27-cv-00512';

/** The CLI's deadline rows: [what, party, due, status], the columns split where it pads them. */
function rows(out: string): string[][] {
  return out
    .split('\n')
    .filter((l) => /^dl-\S+\s+deadline\s/.test(l))
    .map((l) => {
      const cols = l.split(/\s{2,}/);
      const due = cols.findIndex((c) => /^\d{4}-\d{2}-\d{2}/.test(c));
      const status = cols.find((c) =>
        /^(?:upcoming|due|passed|satisfied|mooted|undated|barred|vacated)$/.test(c),
      );
      const what = cols[2] ?? '';
      const party = due > 3 ? (cols[3] ?? '') : '';
      return [what, party, due >= 0 ? cols[due]!.slice(0, 10) : '', status ?? ''];
    });
}

const row = (out: string, what: RegExp) => rows(out).filter((r) => what.test(r[0]!));

describe('orders in capitals and clerk-computed response lines (D. Conn., hand-written)', () => {
  const suite = replayedSuite({
    caseKey: KEY,
    history,
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });
  const mails = (to: string): Mail[] =>
    suite.rounds.rounds.flatMap((r) => r.mails).filter((m) => m.to === to);
  const all = (): Mail[] => suite.rounds.rounds.flatMap((r) => r.mails);

  it('February 10: the response to each motion, the court’s date for [2] (Defendant), the clerk’s for [3]; none named after the filers', async () => {
    const out = await suite.run.deadlines('2027-02-10');
    // No deadline named after the filers (a WHY line quotes the clerk's line, filers and all).
    expect(out.replace(/^\s*WHY\b.*$/gm, '')).not.toMatch(/Quintero-Vale|Renwick|Marisol|Tobias/);
    // The court's date for [2] replaced the clerk's (one duty, the order's words, its party).
    expect(row(out, /^Response to /).filter((r) => r[2] !== '2027-02-23')).toEqual([
      ['Response to ECF No. 2', 'Defendant', '2027-02-17', 'upcoming'],
    ]);
    expect(out).toMatch(/the clerk’s system had computed February 22, 2027/);
    expect(row(out, /^Response to ECF No\. 3\b/)).toEqual([
      ['Response to ECF No. 3 (as computed by CM/ECF)', '', '2027-02-23', 'upcoming'],
    ]);
  });

  it('February 25: one reply in support of [2], on the court’s day (2/26), not the clerk’s (2/24); March 1: met', async () => {
    expect(
      row(await suite.run.deadlines('2027-02-25'), /^Reply in support of/).map((r) => [r[2], r[3]]),
    ).toEqual([['2027-02-26', 'upcoming']]);
    expect(row(await suite.run.deadlines('2027-03-01'), /^Reply in support of/).map((r) => r[3])).toEqual([
      'satisfied',
    ]);
  });

  it('March 5: [2] met; the stay motion’s clerk line ended with its denial; the answer due 14 days from the order’s signing (3/17)', async () => {
    const out = await suite.run.deadlines('2027-03-05');
    expect(
      row(out, /^Response to /)
        .filter((r) => r[1] === 'Defendant')
        .map((r) => r[3]),
    ).toEqual(['satisfied']);
    expect(row(out, /^Response to ECF No\. 9\b/).map((r) => r[3])).toEqual(['mooted']);
    expect(row(out, /^Answer/)).toEqual([
      [expect.stringMatching(/^Answer/), 'Defendant', '2027-03-17', 'upcoming'],
    ]);
  });

  it('March 13: the answer moved to 3/31 ("EXTENDED FROM 3/17/2027 TO 3/31/2027"); April 2: met', async () => {
    expect(row(await suite.run.deadlines('2027-03-13'), /^Answer/).map((r) => [r[2], r[3]])).toEqual([
      ['2027-03-31', 'upcoming'],
    ]);
    expect(row(await suite.run.deadlines('2027-04-02'), /^Answer/).map((r) => r[3])).toEqual(['satisfied']);
  });

  it('April 10: notice to the class, and the class members’ last day to object (no party)', async () => {
    const out = await suite.run.deadlines('2027-04-10');
    expect(row(out, /^Last day for class members to object$/)).toEqual([
      ['Last day for class members to object', '', '2027-06-01', 'upcoming'],
    ]);
    expect(row(out, /^Notice to the class/).map((r) => r[2])).toEqual(['2027-04-30']);
    expect(row(out, /settlement statements to chambers$/i).map((r) => r[2])).toEqual(['2027-03-05']);
  });

  it('no mail says a paper for chambers, the class notice or class members’ objections is missing; advocates never hear of the chambers paper', () => {
    for (const m of all()) {
      expect(m.text, m.to).not.toMatch(
        /Expected filing missing[^\n]*(?:Settlement|Notice to the class|object)/i,
      );
      expect(m.text, m.to).not.toMatch(
        /(?:Settlement statements|Notice to the class|class members to object)[^\n]*no filing meeting it/i,
      );
      // (The docket text quoted “…” has the filers' names before the clerk's line, the caption one of
      // them; docketwatch's own words never.)
      expect(
        `${m.subject}\n${m.text}`.replace(/“[^”]*”/g, ' ').replaceAll(history.caseName, ' '),
        m.to,
      ).not.toMatch(/Quintero-Vale|Renwick|Pryce responses/i);
      expect(m.text.replace(/“[^”]*”/g, ' '), m.to).not.toMatch(/not to be filed/i);
    }
    for (const s of [DEMO_SUBSCRIBERS.advocate, ...ADVOCATES_IN_EVERY_LANGUAGE.map((a) => a.email)])
      for (const m of mails(s))
        expect(`${m.subject}\n${m.text}`, s).not.toMatch(/Settlement statements? to chambers/i);
    const legal = mails(DEMO_SUBSCRIBERS.legal)
      .map((m) => m.text)
      .join('\n');
    expect(legal).toMatch(/settlement statements to chambers/i);
    expect(legal).toMatch(/Response to ECF No\. 3 \(as computed by CM\/ECF\)/);
  });

  it('what mail says agrees with the stored posture', () => {
    expect(contradictions(suite.run.rounds.rounds).found).toEqual([]);
  });
});
