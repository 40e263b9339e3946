/**
 * A consent decree's last day through an extension, its stay in part pending appeal, the appeal and
 * the order on remand, through the live path (`replayed`: the replay court, the real worker, a real
 * SMTP server), from a hand-written history (tests/fixtures/replay/decree-term-on-remand.json;
 * fictional parties, D. Neb. and 8th Cir.):
 *
 * - ECF 20 (March 1, 2023): "shall remain in effect for twenty-four months from the Effective Date of
 *   March 3, 2023" — through March 3, 2025;
 * - ECF 61 (October 1, 2024), paragraph 2: "The term of the Consent Decree is EXTENDED by six months,
 *   through September 1, 2025";
 * - 8th Cir. (November 5, 2024): "Paragraph 2 of the district court's October 1, 2024 order is stayed
 *   pending disposition of this appeal"; judgment "Affirmed in part, reversed in part"; mandate;
 * - ECF 70 (February 10, 2025), on remand: "paragraph 2 … is VACATED. The Consent Decree remains in
 *   effect through March 3, 2025."
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { casePosture } from '../../src/deadlines/record.ts';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions, mailsOn, repeats } from '../support/posture-mail.ts';
import { replayedSuite } from '../support/replayed.ts';

const KEY = 'ned:8:22-cv-00415';

describe('a consent decree’s last day: from a named effective day, and as the order on remand restates it (D. Neb., hand-written)', () => {
  const suite = replayedSuite({
    caseKey: KEY,
    history: JSON.parse(
      readFileSync(new URL('../fixtures/replay/decree-term-on-remand.json', import.meta.url), 'utf8'),
    ),
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });
  const decree = async (day: string) =>
    (await casePosture(suite.store, KEY, day)).inForce
      .filter((f) => f.kind === 'injunction')
      .map((f) => f.until);

  it('runs to March 3, 2025; to September 1, 2025 once extended; to March 3, 2025 again on remand; then ends', async () => {
    expect(await decree('2023-03-02')).toEqual(['2025-03-03']);
    expect(await decree('2024-10-02')).toEqual(['2025-09-01']);
    expect(await decree('2025-02-11')).toEqual(['2025-03-03']);
    expect(await decree('2025-03-04')).toEqual([]);
  });

  // The part stayed pending appeal is the extension (paragraph 2), so while it is stayed the decree
  // runs to its old last day.
  it('while the extension is stayed pending appeal, the decree runs to March 3, 2025', async () => {
    expect(await decree('2024-11-06')).toEqual(['2025-03-03']);
  });

  it('`docketwatch deadlines --as-of 2025-02-11` gives the order on remand’s day', async () => {
    const out = await suite.run.deadlines('2025-02-11');
    expect(out).toMatch(/IN FORCE {2}Consent decree in effect since March 1, 2023 until March 3, 2025/);
  });

  it('the messages give each last day, in every language, and none contradicts the posture', () => {
    expect(contradictions(suite.rounds.rounds).found).toEqual([]);
    expect(repeats(suite.rounds.rounds)).toEqual([]);
    const on = (day: string, to: string) => mailsOn(suite.rounds.rounds, day, to);
    expect(on('2023-03-01', DEMO_SUBSCRIBERS.legal)).toContain('Consent decree granted until March 3, 2025.');
    expect(on('2023-03-01', DEMO_SUBSCRIBERS.advocate)).toContain('in force until March 3, 2025');
    expect(on('2023-03-01', ADVOCATES_IN_EVERY_LANGUAGE[2].email)).toContain('hasta el 3 de marzo de 2025');
    // The extension stayed, the decree ran to March 3, 2025 from the stay on; the mandate says so,
    // and the order on remand restating that day changes nothing: it is not told again.
    const february = ['2025-02-05', '2025-02-06', '2025-02-07', '2025-02-08', '2025-02-09', '2025-02-10']
      .map((day) => on(day, DEMO_SUBSCRIBERS.legal))
      .join('\n');
    expect(february).toMatch(
      /Consent decree of March 1, 2023 modified by the Eighth Circuit[^\n]*until March 3, 2025/,
    );
    expect(february).not.toMatch(/September 1, 2025/);
  });
});
