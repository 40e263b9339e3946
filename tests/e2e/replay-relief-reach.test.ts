/**
 * What a stay pending appeal of final relief reaches, and what the mandate does to the part it held,
 * through the live path (`replayed`: the replay court, the real worker, a real SMTP server), from two
 * hand-written histories (fictional parties):
 *
 * - D. Del. / 3d Cir. (tests/fixtures/replay/relief-stay-reach.json): a judgment lists the relief it
 *   enters ("Declaratory relief, vacatur of the Occupancy Directive and a permanent injunction are
 *   entered …") and declares under "42 U.S.C. § 1437d(k) and 24 C.F.R. § 966.4"; the Third Circuit
 *   stays it "insofar as it sets aside the Occupancy Directive" and denies the motion "with respect
 *   to the declaratory judgment and the permanent injunction, which remain in full force"; then
 *   affirms; the mandate issues. A careful reader: the three reliefs are in force from the judgment;
 *   only the vacatur is paused; nothing says the injunction or the declaration is paused; at the
 *   mandate the vacatur applies again (the judgment was affirmed).
 * - D.D.C. / D.C. Cir. (tests/fixtures/replay/decree-extension-stayed-reversed.json): a consent
 *   decree through October 2, 2026; a remedial order whose paragraph 3 extends it through October 2,
 *   2027; the D.C. Circuit stays paragraphs 2 and 3; affirms in part and reverses in part (the
 *   district clerk's copy: "Paragraphs 2 (…) and 3 (…) are REVERSED"); the mandate. A careful
 *   reader: while the extension is stayed the decree runs to October 2, 2026; at the mandate the
 *   reversed part does not "apply again", and the decree still ends October 2, 2026.
 */
import { describe, expect, it } from 'vitest';
import { casePosture } from '../../src/deadlines/record.ts';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import decree from '../fixtures/replay/decree-extension-stayed-reversed.json' with { type: 'json' };
import reach from '../fixtures/replay/relief-stay-reach.json' with { type: 'json' };
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions, mailsOn, repeats } from '../support/posture-mail.ts';
import { replayedSuite } from '../support/replayed.ts';

const DECLARED = 'Declaratory judgment';
const SET_ASIDE = 'Agency action set aside (5 U.S.C. § 706)';
const PERMANENT = 'Permanent injunction';
const ES = ADVOCATES_IN_EVERY_LANGUAGE[0].email;
const AR = ADVOCATES_IN_EVERY_LANGUAGE[1].email;

describe('a stay pending appeal limited to the vacatur, denied as to the declaration and the injunction (D. Del., 3d Cir.)', () => {
  const KEY = 'ded:1:25-cv-00214';
  const suite = replayedSuite({
    caseKey: KEY,
    history: reach,
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });

  for (const [day, inForce, onHold] of [
    ['2025-09-01', [], []],
    ['2025-09-03', [DECLARED, SET_ASIDE, PERMANENT], []],
    ['2025-09-25', [DECLARED, PERMANENT], [SET_ASIDE]],
    ['2026-03-21', [DECLARED, PERMANENT], [SET_ASIDE]],
    ['2026-04-14', [DECLARED, SET_ASIDE, PERMANENT], []],
  ] as const)
    it(`${day}: in force ${JSON.stringify(inForce)}, on hold ${JSON.stringify(onHold)}`, async () => {
      const p = await casePosture(suite.store, KEY, day);
      expect(p.inForce.map((f) => f.name).sort()).toEqual([...inForce].sort());
      expect(p.onHold.map((f) => f.name)).toEqual(onHold);
    });

  it('the CLI says the declaration whole (abbreviations end no sentence) and only the vacatur on hold', async () => {
    const at = (day: string) => suite.run.deadlines(day);
    const held = await at('2025-09-25');
    expect(held).toContain(
      "(that the Occupancy Directive of March 4, 2025 exceeds the Secretary's authority under 42 U.S.C. § 1437d(k) and 24 C.F.R. § 966.4)",
    );
    expect(held).toMatch(
      /IN FORCE {2}Permanent injunction for the class in effect since September 2, 2025\n/,
    );
    expect(held).toMatch(
      /ON HOLD {3}Agency action set aside \(5 U\.S\.C\. § 706\) of September 2, 2025 not in force/,
    );
    expect(held).not.toMatch(/(?:Permanent injunction|Declaratory judgment)[^\n]*stayed/);
  });

  it('each relief is told on its day; only the vacatur is told paused; nothing contradicts the store; each change once', () => {
    const rounds = suite.rounds.rounds;
    expect(contradictions(rounds).found).toEqual([]);
    expect(repeats(rounds)).toEqual([]);
    const legal = mailsOn(rounds, '2025-09-02', DEMO_SUBSCRIBERS.legal);
    for (const granted of [
      'Declaratory judgment granted',
      'Vacatur of the agency action',
      'Permanent injunction granted',
    ])
      expect(legal).toContain(granted);
    expect(legal).toContain('42 U.S.C. § 1437d(k) and 24 C.F.R. § 966.4');
    const stayDay = mailsOn(rounds, '2025-09-24', DEMO_SUBSCRIBERS.legal);
    expect(stayDay).toContain('The Third Circuit paused the vacatur of the agency action');
    expect(mailsOn(rounds, '2025-09-24', DEMO_SUBSCRIBERS.advocate)).toContain(
      'Paused pending appeal: the setting aside of the agency action of September 2, 2025',
    );
    expect(mailsOn(rounds, '2025-09-24', ES)).toContain('la anulación de la medida de la agencia');
    expect(mailsOn(rounds, '2025-09-24', AR)).toContain('إلغاء إجراء الجهة الحكومية');
    // Nothing says the injunction or the declaration was paused, in any language, on any day.
    for (const m of rounds.flatMap((r) => r.mails))
      expect(`${m.subject}\n${m.text}`, `${m.to}: ${m.subject}`).not.toMatch(
        /paused (?:part of )?the (?:permanent injunction|declaratory judgment)|Paused[^\n]*: the (?:permanent injunction|declaratory judgment)|pausa[^\n]{0,40}(?:la medida cautelar permanente|la sentencia declarativa)|تعليق[^\n]{0,40}(?:الأمر القضائي الدائم|الحكم التقريري)/,
      );
    // At the mandate (affirmed) the vacatur applies again.
    expect(mailsOn(rounds, '2026-04-13', DEMO_SUBSCRIBERS.legal)).toMatch(
      /setting aside of the agency action[^\n]* applies again/,
    );
  });
});

describe('a stay of the paragraph extending a consent decree, then reversed (D.D.C., D.C. Cir.)', () => {
  const KEY = 'dcd:1:23-cv-01177';
  const suite = replayedSuite({
    caseKey: KEY,
    history: decree,
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });

  for (const [day, until] of [
    ['2025-06-17', 'October 2, 2027'],
    ['2025-07-16', 'October 2, 2026'],
    ['2026-01-13', 'October 2, 2026'],
    ['2026-03-07', 'October 2, 2026'],
  ] as const)
    it(`${day}: the decree is in force until ${until}`, async () => {
      const out = await suite.run.deadlines(day);
      expect(out).toContain(`IN FORCE  Consent decree in effect since October 2, 2023 until ${until}`);
    });

  it('the mandate says the part on hold was reversed, never that it applies again; no message contradicts the store', () => {
    const rounds = suite.rounds.rounds;
    expect(contradictions(rounds).found).toEqual([]);
    expect(repeats(rounds)).toEqual([]);
    const legal = mailsOn(rounds, '2026-03-06', DEMO_SUBSCRIBERS.legal);
    expect(legal).toContain(
      'the part of the consent decree of October 2, 2023 that was on hold was reversed on appeal: it does not apply; the consent decree of October 2, 2023 runs until October 2, 2026.',
    );
    expect(mailsOn(rounds, '2026-03-06', ES)).toContain('fue revocada en la apelación: no se aplica');
    expect(mailsOn(rounds, '2026-03-06', AR)).toContain('أُلغي في الاستئناف الجزء الذي كان معلّقًا');
    for (const r of rounds)
      for (const m of r.mails) {
        const text = `${m.subject}\n${m.text}`;
        expect(text, `${r.day} ${m.to}`).not.toMatch(
          /consent decree[^\n]*applies again|decreto de consentimiento[^\n]*vuelve a aplicarse/i,
        );
        // After the stay, no message gives the stayed extension's day as the decree's end.
        if (r.day >= '2025-07-15')
          expect(text, `${r.day} ${m.to}`).not.toMatch(/(?:until|through) October 2, 2027/);
      }
  });
});
