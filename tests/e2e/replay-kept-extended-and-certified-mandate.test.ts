/**
 * What an order keeps, extends or ends, and what a court of appeals' certified judgment is — through
 * the live path (`replayedFixtureSuite`: the replay court, the real worker, the store, SMTP in
 * en/es/ar; the CLI on the stored posture) from a hand-written history
 * (tests/fixtures/replay/kept-extended-and-certified-mandate.json; fictional parties, D. Colo., 10th
 * Cir.). Try-out 13 C1, C2, C4, C8, C9, M3, M6, M7, M12, M14.
 *
 * How a careful reader takes it:
 * - the clerk's minutes "On the parties' agreement, the Court extended the temporary restraining
 *   order [9] through April 3, 2029" (March 18): the TRO is in force through April 3, not ended on
 *   March 19 — and "Hearing RECESSED, to resume on Wednesday, March 27, 2029 at 9:00 a.m." is a
 *   hearing on March 27;
 * - the injunction order (March 29): "The stay … under 5 U.S.C. § 705 … remains in full force and
 *   effect" — the stay is still in force beside the injunction; "the weekly status reports it
 *   required are no longer required" ends the weekly reports only — the monthly compliance report the
 *   same order sets is due May 7 (May 5 is a Saturday); the class is certified (the same sentence
 *   denies part of the injunction motion, not the certification);
 * - the court of appeals stays the injunction "insofar as it prohibits the removal of class members
 *   who were ordered removed before January 1, 2029": a stay of the injunction, never "a stay of
 *   removal";
 * - "this appeal is listed for oral argument on Tuesday, September 18, 2029, at 9:00 a.m.", then
 *   cancelled and submitted on the briefs: an argument on the case's hearings, then off;
 * - "CERTIFIED JUDGMENT issued in lieu of formal mandate" (October 31) is the mandate; the district
 *   copy "AFFIRMED as to paragraphs 2(a) and 2(c) and VACATED as to paragraph 2(b)" is never told as
 *   "affirmed … it stays as it was";
 * - "Objections due 1/25/2030" in the order preliminarily approving the settlement: the class
 *   members' last day to object, told to families as theirs.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import { ADVOCATES_IN_EVERY_LANGUAGE, mailsFrom, saidTo } from '../support/posture-mail.ts';
import { replayedFixtureSuite } from '../support/replayed.ts';

const KEY = 'cod:1:29-cv-00841';
const ADVOCATES = [DEMO_SUBSCRIBERS.advocate, ...ADVOCATES_IN_EVERY_LANGUAGE.map((a) => a.email)];
const READERS = [DEMO_SUBSCRIBERS.legal, ...ADVOCATES];
/** Each CLI run spawns a process; on a loaded machine one can take tens of seconds. */
const CLI_MS = 180_000;

describe('kept, extended, ended in part; a certified judgment in lieu of mandate (D. Colo., hand-written)', () => {
  const suite = replayedFixtureSuite(KEY, 'kept-extended-and-certified-mandate.json');
  const said = (to: string) => saidTo(suite.rounds.rounds, to);

  it(
    'the TRO extended by the minutes is in force through April 3, and the recessed hearing is on March 27',
    async () => {
      const view = await suite.run.deadlines('2029-03-25');
      expect(view).not.toMatch(/nothing in force/i);
      expect(view).toMatch(/Temporary restraining order[^\n]*April 3, 2029/);
      expect(view).toMatch(/2029-03-27 09:00[^\n]*(?:upcoming|scheduled|due)/);
      expect(view).not.toMatch(/TRO[^\n]*expired/);
    },
    CLI_MS,
  );

  it(
    'the § 705 stay stays in force beside the injunction; the monthly report is due, the weekly one ended',
    async () => {
      const view = await suite.run.deadlines('2029-04-20');
      expect(view).toMatch(/IN FORCE\s+Stay\b/);
      expect(view).not.toMatch(/stay\s+[^\n]*superseded/);
      expect(view).toMatch(/Compliance report[^\n]*2029-05-07[^\n]*upcoming/);
      expect(view).not.toMatch(/Compliance report[^\n]*relieved/);
      expect(view).toMatch(/Status report, stating the number of persons detained[^\n]*relieved/);
      for (const to of READERS) {
        const text = said(to);
        expect(text, to).not.toMatch(/takes the place of the stay|ocupa el lugar de la suspensión/i);
        expect(text, to).not.toMatch(/No longer due: Compliance report/i);
      }
    },
    CLI_MS,
  );

  it('the class certified is news to the legal team', () => {
    expect(said(DEMO_SUBSCRIBERS.legal)).toMatch(/Class certified/);
  });

  it(
    "the court of appeals' stay of the injunction is never a stay of removal, in the appeal's own view",
    async () => {
      const view = await suite.run.deadlines('2029-06-01', '--case', 'ca10:29-1188');
      expect(view).not.toMatch(/stay of removal/i);
    },
    CLI_MS,
  );

  it(
    'the oral argument is on the case’s hearings, then cancelled',
    async () => {
      const august = await suite.run.deadlines('2029-08-10');
      expect(august).toMatch(/oral argument\s+2029-09-18 09:00[^\n]*upcoming/i);
      const october = await suite.run.deadlines('2029-09-10');
      expect(october).toMatch(/oral argument\s+2029-09-18[^\n]*cancelled/i);
      expect(said(DEMO_SUBSCRIBERS.legal)).toMatch(/September 18, 2029/);
    },
    CLI_MS,
  );

  it('the certified judgment in lieu of mandate is the mandate; the copy is not told as an affirmance', () => {
    expect(said(DEMO_SUBSCRIBERS.legal)).toMatch(/Mandate issued/);
    for (const mail of mailsFrom(suite.rounds.rounds, '2029-10-31')) {
      const text = `${mail.subject}\n${mail.text}`;
      expect(text, mail.to).not.toMatch(
        /it stays as it was|affirmed on appeal|upheld the preliminary injunction/i,
      );
    }
  });

  it("families hear the class members' own last day to object", () => {
    for (const to of [DEMO_SUBSCRIBERS.advocate]) {
      const text = said(to);
      expect(text, to).toMatch(/January 25, 2030/);
      expect(text, to).not.toMatch(/lawyers have (?:one|\d+) filings?[^\n]*January 25, 2030/i);
    }
  });
});
