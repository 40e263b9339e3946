/**
 * An injunction order vacated but for one paragraph, through the live path (`replayed`), from a
 * hand-written history (tests/fixtures/replay/injunction-vacated-but-a-paragraph.json; fictional
 * parties, D. Mass. and 1st Cir.): the preliminary injunction of February 9, 2026 (¶1 notice, ¶2
 * retroactive reopening, ¶3 reports); the First Circuit stays ¶2 pending appeal; on June 1 "The
 * Court's Order of February 9, 2026 (Docket No. 15) is VACATED as superseded by the Consent Decree,
 * except that paragraph 1 of that Order shall remain in effect until …"; on June 10 the appeal is
 * dismissed by stipulation.
 *
 * How a careful reader takes it: from June 1 the injunction is in force in paragraph 1 only; the
 * stayed paragraph 2 is gone, so the appeal's end brings nothing back (try-out 9 C10: the
 * injunction was left whole and then said to "apply again").
 */
import { describe, expect, it } from 'vitest';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import { contradictions, mailsFrom, mailsOn, repeats } from '../support/posture-mail.ts';
import { replayedFixtureSuite } from '../support/replayed.ts';

const KEY = 'mad:1:26-cv-10388';

describe('an injunction order vacated but for one paragraph, then the appeal dismissed (D. Mass., 1st Cir., hand-written)', () => {
  const suite = replayedFixtureSuite(KEY, 'injunction-vacated-but-a-paragraph.json');

  it('the injunction is in force as changed by the vacatur, before and after the appeal ends', async () => {
    for (const day of ['2026-06-02', '2026-06-11']) {
      const out = await suite.run.deadlines(day);
      expect(out, day).toMatch(/IN FORCE\s+Preliminary injunction[^\n]*as modified by ECF No\. 40/);
      expect(out, day).not.toMatch(/ON HOLD|stayed it in part/);
    }
  });

  it('the appeal’s end brings nothing back, in any language', () => {
    expect(contradictions(suite.rounds.rounds).found).toEqual([]);
    expect(repeats(suite.rounds.rounds)).toEqual([]);
    // Which part stays, in the court's words (was "The judge changed the preliminary injunction of
    // February 9, 2026.", try-out 9 C10: the reader never learned that only paragraph 1 stays).
    expect(mailsOn(suite.rounds.rounds, '2026-06-01', DEMO_SUBSCRIBERS.advocate)).toContain(
      'The judge vacated the preliminary injunction of February 9, 2026 on June 1, 2026, except that paragraph 1 of that Order shall remain in effect until the Monitor certifies that the new notice system is operational: that part stays in force; the rest no longer applies.',
    );
    const later = mailsFrom(suite.rounds.rounds, '2026-06-01');
    expect(later.length).toBeGreaterThan(0);
    for (const m of later)
      expect(`${m.subject}\n${m.text}`, `${m.to}: ${m.subject}`).not.toMatch(
        /applies again|se aplica de nuevo|vuelve a aplicarse|Preliminary injunction[^\n]{0,40} vacated/,
      );
  });

  it('the stayed paragraph’s duty ends with the vacatur: never told passed when the appeal ends', async () => {
    // Paragraph 2 (reopen each class member's case by March 11) was on hold pending appeal, then
    // vacated on June 1 with all but paragraph 1. The appeal's end on June 10 must not bring it back
    // as "was due March 11, 2026; no filing meeting it has been seen".
    for (const m of mailsFrom(suite.rounds.rounds, '2026-06-01'))
      expect(`${m.subject}\n${m.text}`, `${m.to}: ${m.subject}`).not.toMatch(
        /Reopen[\s\S]{0,160}?(?:was due|not on the docket)/,
      );
    const out = await suite.run.deadlines('2026-06-11');
    expect(out).not.toMatch(/Reopen each class member[^\n]*(?:passed|upcoming|suspended)/);
  });
});
