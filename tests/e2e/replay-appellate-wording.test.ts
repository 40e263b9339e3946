/**
 * How a court of appeals' acts are told and counted, through the live path (`replayedSuite`: the
 * replay court, the real worker, the store, SMTP; the CLI on the stored posture) from two
 * hand-written histories (fictional parties):
 *
 * - tests/fixtures/replay/en-banc-affirmance.json (D. Md., 4th Cir.): a preliminary injunction
 *   (ECF 15, March 10, 2025), a notice of appeal docketed as "NOTICE of appeal" (ECF 18), the
 *   district court's stay of its own proceedings "pending resolution of the appeal in No. 25-1187"
 *   (ECF 21), the panel's vacatur (Doc. 40/41, August 12), rehearing en banc granted (Doc. 47), the
 *   en banc court's "EN BANC PER CURIAM OPINION" and "EN BANC JUDGMENT" affirming (Doc. 60/61,
 *   February 27, 2026), the mandate (Doc. 66; ECF 30).
 * - tests/fixtures/replay/remand-without-vacatur.json (N.D. Ga., 11th Cir.): a preliminary
 *   injunction (ECF 20, May 12, 2025), the court of appeals' administrative stay (Doc. 6, May 20)
 *   ended by the denial of the stay pending appeal (Doc. 11, June 3), its opinion and judgment
 *   "REMANDED … without vacatur of the preliminary injunction … The preliminary injunction remains in
 *   effect." (Doc. 30/31, October 14), the mandate (Doc. 35; ECF 41).
 * - tests/fixtures/replay/panel-decision-reinstated.json (E.D. Va., 4th Cir.): a preliminary
 *   injunction (ECF 12, February 10, 2025), the panel's vacatur (Doc. 25, July 15), rehearing en
 *   banc granted (Doc. 29, September 30), the en banc court equally divided: "the order granting
 *   rehearing en banc is VACATED and the panel opinion and judgment filed July 15, 2025 are
 *   REINSTATED" (Doc. 40, January 20, 2026), the mandate (Doc. 44; ECF 20, February 11).
 *
 * How a careful reader takes them: a term "pending resolution of the appeal" lasts until the appeal
 * is decided, said so everywhere (the appeal's number for the legal team); an en banc judgment is
 * the court's judgment, and an affirmance by the full court is told as one; a remand without
 * vacatur leaves the injunction in force, and the message says so; a panel decision reinstated
 * stands again (its vacatur waits for the mandate once more); the replay's closing counts are
 * what the case's record read (the administrative stay counted as one, the notice of appeal too).
 */
import { describe, expect, it } from 'vitest';
import { describeSummary } from '../../src/cli/commands/demo.ts';
import { casePosture } from '../../src/deadlines/record.ts';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import enBanc from '../fixtures/replay/en-banc-affirmance.json' with { type: 'json' };
import reinstated from '../fixtures/replay/panel-decision-reinstated.json' with { type: 'json' };
import remand from '../fixtures/replay/remand-without-vacatur.json' with { type: 'json' };
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions, type PostureRounds } from '../support/posture-mail.ts';
import { replayedSuite } from '../support/replayed.ts';

const [SPANISH, ARABIC] = ADVOCATES_IN_EVERY_LANGUAGE;

/** Everything one reader got on a day (subjects and bodies). */
function mailOn(rounds: PostureRounds, day: string, to: string): string {
  return rounds.rounds
    .filter((r) => r.day === day)
    .flatMap((r) => r.mails)
    .filter((m) => m.to === to)
    .map((m) => `${m.subject}\n${m.text}`)
    .join('\n');
}

/** Each reader read these words on that day. */
function expectTold(rounds: PostureRounds, day: string, said: [to: string, words: string][]): void {
  for (const [to, words] of said) expect(mailOn(rounds, day, to), to).toContain(words);
}

/** The replay's every message against the stored posture of its moment. */
function itContradictsNothing(suite: { readonly rounds: PostureRounds }): void {
  it('no message contradicts the stored posture', () => {
    const { found, checked } = contradictions(suite.rounds.rounds);
    expect(checked.messages).toBeGreaterThan(0);
    expect(found).toEqual([]);
  });
}

describe('an en banc affirmance, and a stay of proceedings until the appeal is decided', () => {
  const KEY = 'mdd:1:25-cv-00841';
  const suite = replayedSuite({
    caseKey: KEY,
    history: enBanc,
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });

  it('the stay of proceedings lasts "until the appeal is decided" in the stored posture, the CLI and every message — never the order’s raw words', async () => {
    const p = await casePosture(suite.store, KEY, '2025-03-25');
    const stay = p.inForce.find((f) => f.kind === 'stay')!;
    expect(stay.text).toBe('Stay of proceedings in effect until the appeal is decided (No. 25-1187)');
    const cli = await suite.run.deadlines('2025-03-25');
    expect(cli).toContain(
      'IN FORCE  Stay of proceedings in effect until the appeal is decided (No. 25-1187)',
    );
    const all = suite.rounds.rounds.flatMap((r) => r.mails);
    // The court's own words are quoted as such; docketwatch's sentences never take them over.
    const said = all.map((m) => m.text.replace(/“[^”]*”/g, '')).join('\n');
    expect(said).not.toMatch(/until resolution of the appeal/);
    expect(mailOn(suite.rounds, '2025-03-24', DEMO_SUBSCRIBERS.legal)).toContain(
      'Stay granted until the appeal is decided (No. 25-1187)',
    );
    expect(mailOn(suite.rounds, '2025-03-24', DEMO_SUBSCRIBERS.advocate)).toContain(
      'proceedings are on hold until the appeal is decided',
    );
  });

  it('the en banc judgment is the court of appeals’ judgment: stored as one, the same decision as the opinion of that morning (told once), never "New entry"', async () => {
    const row = await suite.store.db
      .selectFrom('entries')
      .innerJoin('cases', 'cases.id', 'entries.case_id')
      .select(['entries.kind'])
      .where('cases.court_id', '=', 'ca4')
      .where('entries.number', '=', 61)
      .executeTakeFirstOrThrow();
    expect(row.kind).toBe('judgment');
    const legal = mailOn(suite.rounds, '2026-02-27', DEMO_SUBSCRIBERS.legal);
    // The judgment (Doc. 61, 10:05) is the decision the opinion (Doc. 60, 10:00) gave: one decision, one message.
    expect(legal).toContain('Opinion of the Fourth Circuit (Doc. 60)');
    expect(
      legal.match(
        /The Fourth Circuit \(the full court, en banc\) affirmed the preliminary injunction of March 10, 2025\./g,
      ),
    ).toHaveLength(1);
    expect(legal).not.toMatch(/New entry \(Doc\. 6[01]\)/);
  });

  it('the affirmance by the full court is told as one to every reader, in en/es/ar, and the injunction stays in force', async () => {
    const said: [to: string, words: string][] = [
      [DEMO_SUBSCRIBERS.legal, 'Preliminary injunction of March 10, 2025 upheld by the full court (en banc)'],
      [
        DEMO_SUBSCRIBERS.legal,
        'The Fourth Circuit (the full court, en banc) affirmed the preliminary injunction of March 10, 2025.',
      ],
      [DEMO_SUBSCRIBERS.advocate, 'Preliminary injunction of March 10, 2025 upheld by the full court'],
      [
        DEMO_SUBSCRIBERS.advocate,
        'The Fourth Circuit, with all its judges (en banc), upheld the preliminary injunction of March 10, 2025: it stays as it was.',
      ],
      [SPANISH.email, 'confirmada por el pleno del tribunal'],
      [
        SPANISH.email,
        'El Cuarto Circuito, con todos sus jueces (en banc), confirmó la medida cautelar preliminar del 10 de marzo de 2025: sigue como estaba.',
      ],
      [ARABIC.email, 'من المحكمة بكامل هيئتها'],
      [ARABIC.email, 'أيّدت محكمة استئناف الدائرة الرابعة بكامل هيئتها الأمر القضائي الأولي'],
    ];
    // The legal team is mailed at once; the daily readers' digest of the day's decision comes the next
    // morning (a replay runs the digests at their hour, as the live worker does).
    expectTold(
      suite.rounds,
      '2026-02-27',
      said.filter(([to]) => to === DEMO_SUBSCRIBERS.legal),
    );
    expectTold(
      suite.rounds,
      '2026-02-28',
      said.filter(([to]) => to !== DEMO_SUBSCRIBERS.legal),
    );
    for (const day of ['2026-02-27', '2026-03-23', '2026-06-01'])
      expect((await casePosture(suite.store, KEY, day)).inForce.map((f) => f.name)).toContain(
        'Preliminary injunction',
      );
  });

  it('the replay’s closing counts are what the case’s record read: the notice of appeal, two decisions (panel, en banc), one mandate', () => {
    const lines = describeSummary(suite.run.summary, false, 'docketwatch replay');
    expect(lines[1]).toBe(
      'Read 15 docket entries: 1 stay(s) granted, 0 extended, 1 injunction(s), 1 notice(s) of appeal; on appeal: 2 decision(s), 1 mandate(s).',
    );
  });

  itContradictsNothing(suite);
});

describe('a remand without vacatur: the injunction was not thrown out and stays in force', () => {
  const KEY = 'gand:1:25-cv-02214';
  const suite = replayedSuite({
    caseKey: KEY,
    history: remand,
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });

  for (const day of ['2025-10-14', '2025-11-10', '2026-01-05'])
    it(`${day}: the preliminary injunction in force`, async () => {
      const p = await casePosture(suite.store, KEY, day);
      expect(p.inForce.map((f) => f.name)).toEqual(['Preliminary injunction']);
      expect(p.onHold).toEqual([]);
    });

  it('every reader is told the injunction stays in force, in their language', () => {
    const said: [to: string, words: string][] = [
      [
        DEMO_SUBSCRIBERS.legal,
        'The Eleventh Circuit remanded the case to the district court without vacating the preliminary injunction of May 12, 2025: it stays in force.',
      ],
      [
        DEMO_SUBSCRIBERS.advocate,
        'The Eleventh Circuit sent the case back to the district judge to decide again. The preliminary injunction of May 12, 2025 was not thrown out: it stays in force.',
      ],
      [SPANISH.email, 'No anuló la medida cautelar preliminar del 12 de mayo de 2025: sigue vigente.'],
      [ARABIC.email, 'ولم تُلغِ الأمر القضائي الأولي الصادر في 12 مايو/أيار 2025: يبقى ساريًا.'],
    ];
    expectTold(suite.rounds, '2025-10-14', said);
  });

  it('the closing counts name the administrative stay as such, and one decision', () => {
    expect(suite.run.summary.onAppeal).toEqual({ decisions: 1, stays: 1, administrative: 1, mandates: 1 });
    expect(describeSummary(suite.run.summary, false, 'docketwatch replay')[1]).toBe(
      'Read 11 docket entries: 0 stay(s) granted, 0 extended, 1 injunction(s), 1 notice(s) of appeal; on appeal: 1 decision(s), 1 stay(s) pending appeal by a higher court (1 administrative, only while it decided the motion), 1 mandate(s).',
    );
  });

  itContradictsNothing(suite);
});

describe('the panel’s decision reinstated: it stands again, and its mandate carries it', () => {
  const KEY = 'vaed:2:25-cv-00310';
  const suite = replayedSuite({
    caseKey: KEY,
    history: reinstated,
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });

  const DAYS: [day: string, inForce: boolean, onAppeal: string | null, reheard: boolean][] = [
    ['2025-07-16', true, '2025-07-15', false],
    ['2025-10-01', true, null, true],
    ['2026-01-19', true, null, true],
    ['2026-01-20', true, '2025-07-15', false],
    ['2026-02-10', true, '2025-07-15', false],
    ['2026-02-11', false, null, false],
  ];
  for (const [day, inForce, onAppeal, reheard] of DAYS)
    it(`${day}: the preliminary injunction ${inForce ? 'in force' : 'vacated'}${onAppeal ? `, vacated on appeal (${onAppeal}) pending the mandate` : ''}${reheard ? ', the panel decision vacated by rehearing' : ''}`, async () => {
      const p = await casePosture(suite.store, KEY, day);
      const f = p.inForce.find((x) => x.kind === 'injunction');
      expect(f !== undefined).toBe(inForce);
      if (!f) return;
      expect(f.onAppeal?.decided ?? null).toBe(onAppeal);
      expect(f.reheard !== undefined).toBe(reheard);
    });

  it('every reader is told the earlier decision stands again and waits for the mandate, in their language', () => {
    const said: [to: string, words: string][] = [
      [
        DEMO_SUBSCRIBERS.legal,
        "The Fourth Circuit reinstated its panel's decision of July 15, 2025, which vacated the preliminary injunction of February 10, 2025. It takes effect only when the Fourth Circuit issues its mandate (FRAP 41); until then the preliminary injunction of February 10, 2025 stays in force.",
      ],
      [
        DEMO_SUBSCRIBERS.advocate,
        'The Fourth Circuit put back its earlier decision of July 15, 2025: it stands again.',
      ],
      [DEMO_SUBSCRIBERS.advocate, 'until then it stays in force'],
      [
        SPANISH.email,
        'El Cuarto Circuito restableció su decisión anterior del 15 de julio de 2025: vuelve a tener efecto.',
      ],
      [ARABIC.email, 'أعادت محكمة استئناف الدائرة الرابعة العمل بقرارها السابق الصادر في 15 يوليو/تموز 2025'],
    ];
    expectTold(suite.rounds, '2026-01-20', said);
  });

  it('the order and the mandate are counted once each, the reinstated decision as a decision', () => {
    expect(suite.run.summary.onAppeal).toEqual({ decisions: 2, stays: 0, administrative: 0, mandates: 1 });
  });

  itContradictsNothing(suite);
});
