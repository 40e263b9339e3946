/**
 * Try-out 7 M1 through the live path (`replayedSuite`: the replay court, the real worker, the
 * store, SMTP in en/es/ar; the CLI on the stored posture) from a hand-written history
 * (tests/fixtures/replay/order-words-in-document.json; fictional parties, D. Del.).
 *
 * The docket text of ECF 12 names only the ruling ("MEMORANDUM ORDER granting in part [8] Motion
 * for Temporary Restraining Order"); its terms are in the order's own words (`documentText`): the
 * TRO "shall remain in effect through April 3, 2025", the opposition "no later than March 27,
 * 2025", argument "on April 1, 2025 at 2:00 p.m.". The replay hands that text to docketwatch as a
 * fetched document's reaches it live (kept as the entry's document text, the posture refreshed),
 * so a careful reader learns all three, and the opposition filed on its day meets its deadline.
 */
import { describe, expect, it } from 'vitest';
import { casePosture } from '../../src/deadlines/record.ts';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import history from '../fixtures/replay/order-words-in-document.json' with { type: 'json' };
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions } from '../support/posture-mail.ts';
import { replayedSuite } from '../support/replayed.ts';

const KEY = 'ded:1:25-cv-00318';
const [SPANISH, ARABIC] = ADVOCATES_IN_EVERY_LANGUAGE;

describe("an order's terms in its own words, not its docket text (D. Del.)", () => {
  const suite = replayedSuite({
    caseKey: KEY,
    history,
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });

  const cli = (asOf: string) => suite.run.deadlines(asOf);

  /** Everything one reader got through a day (subjects and bodies). */
  const mailThrough = (day: string, to: string) =>
    suite.rounds.rounds
      .filter((r) => r.day <= day)
      .flatMap((r) => r.mails)
      .filter((m) => m.to === to)
      .map((m) => `${m.subject}\n${m.text}`)
      .join('\n');

  it('the stored posture holds the TRO through April 3, 2025', async () => {
    const p = await casePosture(suite.store, KEY, '2025-03-21');
    expect(p.inForce.map((f) => [f.name, f.until])).toEqual([['Temporary restraining order', '2025-04-03']]);
  });

  it('the CLI lists the opposition deadline and the argument; the opposition filed on its day meets it', async () => {
    const before = await cli('2025-03-21');
    expect(before).toMatch(
      /Opposition to the motion for a preliminary injunction\s+Respondent\s+2025-03-27\s+6\s+upcoming/,
    );
    expect(before).toMatch(/oral argument\s+2025-04-01 14:00\s+11\s+upcoming/);
    const after = await cli('2025-03-28');
    expect(after).toMatch(
      /Opposition to the motion for a preliminary injunction\s+Respondent\s+2025-03-27\s+satisfied/,
    );
    expect(after).not.toMatch(/\bpassed\b/);
  });

  it('every reader learns the TRO’s last day, in their language', () => {
    expect(mailThrough('2025-03-21', DEMO_SUBSCRIBERS.legal)).toContain('April 3, 2025');
    expect(mailThrough('2025-03-21', DEMO_SUBSCRIBERS.advocate)).toContain('April 3, 2025');
    expect(mailThrough('2025-03-21', SPANISH.email)).toContain('3 de abril de 2025');
    expect(mailThrough('2025-03-21', ARABIC.email)).toMatch(/3 أبريل\/نيسان 2025/);
  });

  it('no message contradicts the stored posture', () => {
    const { found, checked } = contradictions(suite.rounds.rounds);
    expect(checked.messages).toBeGreaterThan(0);
    expect(found).toEqual([]);
  });
});
