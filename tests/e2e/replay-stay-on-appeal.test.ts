/**
 * A stay decided on appeal, replayed through the live path (`replayed`: the replay court, the real
 * worker, the store, SMTP), from a hand-written history (tests/fixtures/replay/stay-on-appeal.json;
 * fictional parties): the district court stays the petitioner's removal until further order
 * (ECF 12, March 4, 2019), the government appeals that order (ECF 15), the Third Circuit vacates it
 * (Doc. 30, October 1; the district clerk's copy ECF 31 the next day), and its mandate issues
 * (Doc. 35, November 25; the copy ECF 33 the next day).
 *
 * How a careful reader takes it (FRAP 41(c)): the court of appeals' judgment takes effect with its
 * mandate, so from October 1 to November 24 the stay is still in force — decided on appeal and
 * waiting for the mandate — and it ends on November 25, told once, as the court of appeals' act.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { casePosture } from '../../src/deadlines/record.ts';
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions, repeats } from '../support/posture-mail.ts';
import { replayedSuite } from '../support/replayed.ts';

const KEY = 'njd:2:19-cv-07702';
const HISTORY = new URL('../fixtures/replay/stay-on-appeal.json', import.meta.url);

describe('a stay vacated on appeal (D.N.J., hand-written history): in force until the mandate, then ended once', () => {
  const suite = replayedSuite({
    caseKey: KEY,
    history: JSON.parse(readFileSync(HISTORY, 'utf8')),
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });

  const WAITING =
    'Stay of removal in effect until further order; the court of appeals vacated it on October 1, 2019: it stays in force until the mandate issues';
  const DAYS: [day: string, inForce: string[]][] = [
    ['2019-03-04', ['Stay of removal in effect until further order']],
    ['2019-09-30', ['Stay of removal in effect until further order']],
    ['2019-10-01', [WAITING]],
    ['2019-10-02', [WAITING]],
    ['2019-11-24', [WAITING]],
    ['2019-11-25', []],
    ['2019-12-01', []],
  ];
  for (const [day, inForce] of DAYS)
    it(`${day}: the stored posture says ${JSON.stringify(inForce)}`, async () => {
      const p = await casePosture(suite.run.store, KEY, day);
      expect(p.inForce.map((f) => f.text)).toEqual(inForce);
    });

  it('`docketwatch deadlines` says the stay waits for the mandate, then that nothing is in force', async () => {
    const waiting = await suite.run.deadlines('2019-11-01');
    expect(waiting).toContain(WAITING);
    const after = await suite.run.deadlines('2019-11-26');
    expect(after).not.toMatch(/IN FORCE/);
  });

  it('the decision is told once (not again for the clerk’s copy) and the mandate ends the stay once, on its own day', async () => {
    const rows = await suite.run.store.db
      .selectFrom('events')
      .innerJoin('cases', 'cases.id', 'events.case_id')
      .select(['events.type', 'events.payload'])
      .where('cases.court_id', '=', 'njd')
      .execute();
    const told = rows
      .filter((x) => /^(?:stay|appeal)\.(?!noticed|copied|mandate)/.test(x.type))
      .map((x) => {
        const p = JSON.parse(x.payload) as { date: string; message: string };
        return [x.type, p.date, p.message];
      });
    expect(told).toEqual([
      ['stay.granted', '2019-03-04', 'Stay of removal granted until further order'],
      [
        'appeal.decided',
        '2019-10-01',
        'The court of appeals vacated the order of March 4, 2019 granting the stay of removal on October 1, 2019; it stays in force until its mandate issues',
      ],
      [
        'stay.lifted',
        '2019-11-25',
        "Stay of removal ended: the court of appeals' mandate issued, and its decision of October 1, 2019 (vacated, remanded) takes effect",
      ],
    ]);
  });

  it('readers are told it waits for the mandate, then that the court of appeals’ decision took effect — in every language, never “the judge lifted”', () => {
    const to = (who: string) =>
      suite.run.rounds.mails
        .filter((m) => m.to === who)
        .map((m) => `${m.subject}\n${m.text}`)
        .join('\n');
    const en = to('advocate@demo.docketwatch.invalid');
    expect(en).toContain(
      'The Third Circuit threw out the order of March 4, 2019 granting the stay of removal. This takes effect only when the Third Circuit issues its mandate: until then it stays in force.',
    );
    expect(en).toContain(
      '* Stay of removal, since March 4, 2019: until further order of the court; the Third Circuit vacated it on October 1, 2019: in force until its mandate issues',
    );
    expect(en).toContain(
      'The Third Circuit’s decision of October 1, 2019 now takes effect: the order granting the stay is vacated, so the stay no longer protects the people it covers from deportation.',
    );
    expect(to('legal-team@demo.docketwatch.invalid')).toContain('* Stay vacated on appeal');
    const es = to(ADVOCATES_IN_EVERY_LANGUAGE[0].email);
    expect(es).toContain(
      'el Tercer Circuito la anuló el 1 de octubre de 2019: vigente hasta que emita su mandato',
    );
    expect(es).toContain(
      'La decisión del Tercer Circuito del 1 de octubre de 2019 entra en vigor: la orden que concedió la suspensión queda anulada',
    );
    const ar = to(ADVOCATES_IN_EVERY_LANGUAGE[1].email);
    expect(ar).toMatch(
      /أصبح قرار محكمة استئناف الدائرة الثالثة الصادر في [^\n]*2019 نافذًا: أُلغي الأمر الذي منح الوقف/,
    );
    for (const m of suite.run.rounds.mails)
      expect(`${m.subject}\n${m.text}`, m.subject).not.toMatch(/judge lifted|Stay lifted/);
  });

  it('no message contradicts the stored posture at the moment it was sent, and none tells a change twice', () => {
    const { found, checked } = contradictions(suite.run.rounds.rounds);
    expect(found).toEqual([]);
    expect(checked.inForceLists).toBeGreaterThan(0);
    expect(repeats(suite.run.rounds.rounds)).toEqual([]);
  });
});
