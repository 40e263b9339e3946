/**
 * A court of appeals' stay of one paragraph of a preliminary injunction, then a consent decree that
 * says the injunction "is superseded", through the live path (`replayedFixtureSuite`), from a
 * hand-written history (tests/fixtures/replay/stay-of-a-part-then-decree.json; fictional parties,
 * N.D. Okla. and 10th Cir.): the injunction bars removal (¶1) and requires 72 hours' notice before a
 * transfer out of the district (¶2), with reports every fourteen days (¶3); the Tenth Circuit stays
 * ¶2 "(notice before transfers)" and denies the stay "as to Paragraph 1 (the bar on removing class
 * members), which remains in effect"; the decree ends "The preliminary injunction [14] is
 * superseded." (try-out 14 A-MAJ2, C-MAJ4, C-CRIT5); between them the Tenth Circuit holds the appeal in
 * abeyance, "all briefing deadlines are suspended" (B-MAJ3: the opening brief is on hold, not passed).
 *
 * How a careful reader takes it: the advocates are told which part is on hold, in plain words (the
 * notice before transfers), and that deportations are still blocked; after the decree only the decree
 * is in force (the injunction is not listed beside it) and its reports are no longer due.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions, mailsOn } from '../support/posture-mail.ts';
import { replayedFixtureSuite } from '../support/replayed.ts';

const KEY = 'oknd:4:31-cv-00518';
const inForce = (out: string) => out.split('\n').filter((l) => /^\s*IN FORCE\s/.test(l));

describe('a stay of one paragraph, then a decree that supersedes the injunction (N.D. Okla., 10th Cir., hand-written)', () => {
  const suite = replayedFixtureSuite(KEY, 'stay-of-a-part-then-decree.json');

  it('the stay in part: the advocates read which part is on hold and that deportations are still blocked', () => {
    const en = mailsOn(suite.rounds.rounds, '2031-03-26', DEMO_SUBSCRIBERS.advocate);
    expect(en).toContain(
      'The part on hold is the notice required before people in the class are transferred out of the district.',
    );
    expect(en).toContain(
      'Deportations of people in the class are blocked while the preliminary injunction of March 3, 2031 is in force.',
    );
    expect(mailsOn(suite.rounds.rounds, '2031-03-26', ADVOCATES_IN_EVERY_LANGUAGE[2].email)).toMatch(
      /La parte suspendida es el aviso exigido antes de trasladar a las personas de la clase/,
    );
    expect(mailsOn(suite.rounds.rounds, '2031-03-26', ADVOCATES_IN_EVERY_LANGUAGE[1].email)).toMatch(
      /الجزء المعلَّق هو الإخطار المطلوب قبل نقل/,
    );
    expect(mailsOn(suite.rounds.rounds, '2031-03-26', DEMO_SUBSCRIBERS.legal)).toContain(
      'The part on hold is the notice required before people in the class are transferred out of the district.',
    );
    expect(contradictions(suite.rounds.rounds).found).toEqual([]);
  });

  it('the decree: only the decree in force, the injunction replaced and its reports no longer due (CLI)', async () => {
    const before = await suite.run.deadlines('2031-05-30');
    // The appeal held in abeyance, its briefing deadlines suspended: the brief is not "passed".
    expect(before).toMatch(/Appellant's opening brief[^\n]*suspended/);
    expect(before).not.toMatch(/Appellant's opening brief[^\n]*passed/);
    expect(inForce(before)).toEqual([
      expect.stringMatching(/^\s*IN FORCE\s+Preliminary injunction in effect since March 3, 2031/),
    ]);
    const after = await suite.run.deadlines('2031-06-20');
    expect(inForce(after)).toEqual([
      expect.stringMatching(/^\s*IN FORCE\s+Consent decree in effect since June 2, 2031 until June 2, 2033$/),
    ]);
    expect(after).toMatch(/preliminary injunction\s+\S*\s+replaced/);
    // The injunction's reports every fourteen days end with it (the appeal's own status report is another duty).
    expect(after).not.toMatch(/Status report[^\n]*recurring[^\n]*upcoming/);
    expect(after).not.toMatch(/MISSING[^\n]*Status report[^\n]*due 2031-06/);
  }, 120_000);
});
