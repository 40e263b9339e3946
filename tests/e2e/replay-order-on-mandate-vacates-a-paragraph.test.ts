/**
 * The district court's order on the mandate vacating one paragraph of a preliminary injunction,
 * through the live path (`replayedFixtureSuite`), from a hand-written history (tests/fixtures/replay/
 * order-on-mandate-vacates-a-paragraph.json; fictional parties, D. Md. and 4th Cir.): the injunction
 * in four numbered paragraphs (¶4: a status report every thirty days); the Fourth Circuit's judgment
 * "Affirmed in part, vacated in part, and remanded" (the part unnamed on the dockets); the mandate;
 * then "In accordance with the mandate of the Fourth Circuit (ECF No. 61), Paragraph 4 of the
 * Preliminary Injunction (ECF No. 22) is VACATED. The Preliminary Injunction otherwise remains in
 * full force and effect."
 *
 * How a careful reader takes it: paragraph 4 goes, and its reports with it; the rest of the injunction
 * stays in force — never the whole injunction vacated (try-out T3: the words before the paragraph,
 * "In accordance with the mandate … (ECF No. 61),", hid it, and the sentence was read as a vacatur).
 */
import { describe, expect, it } from 'vitest';
import { casePosture } from '../../src/deadlines/record.ts';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions, mailsOn, saidTo } from '../support/posture-mail.ts';
import { replayedFixtureSuite } from '../support/replayed.ts';

const KEY = 'mdd:8:27-cv-00231';
const inForce = (out: string) => out.split('\n').filter((l) => /^\s*IN FORCE\s/.test(l));
const reports = (out: string) =>
  out.split('\n').find((l) => /^dl-\S+\s+deadline\s+Status report/.test(l)) ?? '';

describe('the order on the mandate vacates one paragraph; the rest stays in force (D. Md., 4th Cir., hand-written)', () => {
  const suite = replayedFixtureSuite(KEY, 'order-on-mandate-vacates-a-paragraph.json');

  it('before the order: in force, changed in part by the decision that took effect', async () => {
    const out = await suite.run.deadlines('2027-10-07');
    expect(inForce(out)).toEqual([
      expect.stringMatching(
        /Preliminary injunction in effect since March 1, 2027 until final judgment, as modified by the court of appeals' decision of September 14, 2027 \(in effect October 6, 2027\)$/,
      ),
    ]);
    expect(reports(out)).toMatch(/upcoming/);
  });

  it('after it: paragraph 4 vacated, its reports no longer due, the rest in force (CLI and stored posture)', async () => {
    for (const day of ['2027-10-13', '2027-12-01']) {
      const out = await suite.run.deadlines(day);
      expect(inForce(out)).toEqual([
        expect.stringMatching(
          /^\s*IN FORCE\s+Preliminary injunction in effect since March 1, 2027 until final judgment, as modified by the court of appeals' decision of September 14, 2027 \(in effect October 6, 2027; ECF No\. 63\) \(vacated only as to paragraph 4; the rest in force\)$/,
        ),
      ]);
      expect(reports(out)).toMatch(/\bvacated\b/);
      const p = await casePosture(suite.run.store, KEY, day);
      expect(p.inForce.map((f) => f.text)).toEqual([
        expect.stringMatching(/vacated only as to paragraph 4; the rest in force/),
      ]);
      expect(p.nextDeadlines.map((d) => d.what)).not.toContain(expect.stringMatching(/Status report/));
    }
  }, 120_000);

  it('every reader is told that paragraph 4 went and the rest stays, in every language; never the whole injunction vacated', () => {
    expect(contradictions(suite.rounds.rounds).found).toEqual([]);
    expect(mailsOn(suite.rounds.rounds, '2027-10-12', DEMO_SUBSCRIBERS.advocate)).toMatch(
      /vacated part of the preliminary injunction of March 1, 2027 on October 12, 2027: paragraph 4\. That part no longer applies; the rest stays in force\./,
    );
    const es = [0, 2]
      .map((i) => mailsOn(suite.rounds.rounds, '2027-10-12', ADVOCATES_IN_EVERY_LANGUAGE[i]!.email))
      .join('\n');
    expect(es).toMatch(/anuló una parte de [^\n]*«paragraph 4»[^\n]*el resto sigue vigente/);
    expect(mailsOn(suite.rounds.rounds, '2027-10-12', ADVOCATES_IN_EVERY_LANGUAGE[1].email)).toMatch(
      /ألغت المحكمة جزءًا من[^\n]*paragraph 4[^\n]*ويبقى الباقي ساريًا/,
    );
    for (const to of [
      DEMO_SUBSCRIBERS.advocate,
      DEMO_SUBSCRIBERS.legal,
      ...ADVOCATES_IN_EVERY_LANGUAGE.map((s) => s.email),
    ])
      expect(saidTo(suite.rounds.rounds, to)).not.toMatch(
        /Preliminary injunction[^\n]{0,40} vacated\b(?! in part| on appeal)|no longer in force|Nothing (?:is )?in force|ya no está vigente/,
      );
  });
});
