/**
 * A part of an injunction vacated on appeal, through the live path (`replayedFixtureSuite`), from a
 * hand-written history (tests/fixtures/replay/part-vacated-on-appeal.json; fictional parties, W.D.
 * Wash. and 9th Cir.): a preliminary injunction in three numbered paragraphs (¶3: custody hearings
 * within forty-five days); the Ninth Circuit stays ¶3 pending appeal; its opinion: "The preliminary
 * injunction is VACATED as to paragraph 3 and AFFIRMED in all other respects" (the district clerk's
 * copy in the court's verbs: "we AFFIRM the preliminary injunction except as to Paragraph 3, which we
 * VACATE"); the mandate on both dockets.
 *
 * How a careful reader takes it: until the mandate the injunction stays as it was, ¶3 on hold; the
 * mandate makes the judgment effective: the rest of the injunction stays in force, ¶3 is gone for
 * good — never "applies again" when the stay pending appeal ends with the mandate, and its hearings
 * are never due again (try-out T6: the vacated paragraph was shown as applying again, or the whole
 * injunction vacated).
 */
import { describe, expect, it } from 'vitest';
import { casePosture } from '../../src/deadlines/record.ts';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions, mailsOn, saidTo } from '../support/posture-mail.ts';
import { replayedFixtureSuite } from '../support/replayed.ts';

const KEY = 'wawd:2:27-cv-00518';
const inForce = (out: string) => out.split('\n').filter((l) => /^\s*IN FORCE\s/.test(l));
const hearings = (out: string) =>
  out.split('\n').find((l) => /Custody redetermination hearing/.test(l)) ?? '';

describe('a paragraph vacated on appeal stays vacated when the mandate issues (W.D. Wash., 9th Cir., hand-written)', () => {
  const suite = replayedFixtureSuite(KEY, 'part-vacated-on-appeal.json');

  it('while the appeal goes on: paragraph 3 on hold, the rest in force', async () => {
    const out = await suite.run.deadlines('2027-05-21');
    expect(inForce(out)).toEqual([
      expect.stringMatching(
        /Preliminary injunction in effect since May 3, 2027 until final judgment; the court of appeals stayed it in part pending appeal on May 20, 2027 \(paragraph 3\): the rest in force$/,
      ),
    ]);
    expect(hearings(out)).toMatch(/suspended/);
  });

  it('decided, not yet in effect: the part vacated is named, it waits for the mandate', async () => {
    const out = await suite.run.deadlines('2027-10-20');
    const [line] = inForce(out);
    expect(line).toMatch(
      /vacated it in part on October 14, 2027 \(paragraph 3\): it stays in force until the mandate issues/,
    );
    expect(hearings(out)).toMatch(/suspended/);
  });

  it('after the mandate: the rest in force, paragraph 3 vacated, its hearings never due again (CLI and stored posture)', async () => {
    for (const day of ['2027-11-05', '2028-01-10']) {
      const out = await suite.run.deadlines(day);
      expect(inForce(out)).toEqual([
        expect.stringMatching(
          /^\s*IN FORCE\s+Preliminary injunction in effect since May 3, 2027 until final judgment, as modified by the court of appeals' decision of October 14, 2027 \(in effect November 5, 2027\) \(vacated only as to paragraph 3; the rest in force\)$/,
        ),
      ]);
      expect(hearings(out)).toMatch(/\bvacated\b/);
      const p = await casePosture(suite.run.store, KEY, day);
      expect(p.inForce.map((f) => f.text)).toEqual([
        expect.stringMatching(/vacated only as to paragraph 3; the rest in force/),
      ]);
      expect(p.nextDeadlines.map((d) => d.what)).not.toContain(
        expect.stringMatching(/Custody redetermination/),
      );
    }
  }, 120_000);

  it('every reader is told the held part was vacated, never that it applies again, in every language', () => {
    expect(contradictions(suite.rounds.rounds).found).toEqual([]);
    // The mandate's alert goes out on its day (November 5); a daily reader's digest with the "In force"
    // list comes the next morning (a replay runs the digests at their hour, as the live worker does).
    const told = (to: string) =>
      `${mailsOn(suite.rounds.rounds, '2027-11-05', to)}\n${mailsOn(suite.rounds.rounds, '2027-11-06', to)}`;
    const en = told(DEMO_SUBSCRIBERS.advocate);
    expect(en).toContain(
      'the part of the preliminary injunction of May 3, 2027 that was on hold was vacated on appeal: it no longer applies, and the rest stays in force.',
    );
    expect(en).toMatch(
      /In force:\n\* Preliminary injunction, since May 3, 2027[^\n]*\(vacated only as to paragraph 3; the rest stays in force\)/,
    );
    const es = [0, 2].map((i) => told(ADVOCATES_IN_EVERY_LANGUAGE[i]!.email)).join('\n');
    expect(es).toContain('fue anulada en la apelación: ya no se aplica, y el resto sigue vigente');
    expect(es).toContain('(se anuló solo en cuanto a «paragraph 3»; el resto sigue vigente)');
    expect(told(ADVOCATES_IN_EVERY_LANGUAGE[1].email)).toMatch(
      /فلم يعد يسري، ويبقى الباقي ساريًا[\s\S]*أُلغي فقط فيما يخص «⁦paragraph 3⁩»؛ ويبقى الباقي ساريًا/,
    );
    for (const to of [
      DEMO_SUBSCRIBERS.advocate,
      DEMO_SUBSCRIBERS.legal,
      ...ADVOCATES_IN_EVERY_LANGUAGE.map((s) => s.email),
    ])
      expect(saidTo(suite.rounds.rounds, to)).not.toMatch(
        /applies again|vuelve a aplicarse|عودة سريان|Preliminary injunction[^\n]{0,40} vacated\b(?! in part)|No (?:injunction|relief)[^\n]*in force/,
      );
  });
});
