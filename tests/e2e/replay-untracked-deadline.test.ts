/**
 * An order ending a deadline docketwatch was not tracking, replayed through the live path
 * (`replayed`) from a hand-written history (tests/fixtures/replay/untracked-deadline-ended.json;
 * fictional parties, D.N.H.). Try-out 5 M8.
 *
 * Every deadline message names the deadline; when no record matched, advocates are not told at
 * all (a "deadline was cancelled: a deadline" tells them nothing), and the legal team hears that
 * an order cancelled a deadline we were not tracking, in the order's words.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import { replayedSuite } from '../support/replayed.ts';

const KEY = 'nhd:1:25-cv-00007';

describe('a deadline we were not tracking, cancelled (D.N.H., hand-written)', () => {
  const suite = replayedSuite({
    caseKey: KEY,
    history: JSON.parse(
      readFileSync(new URL('../fixtures/replay/untracked-deadline-ended.json', import.meta.url), 'utf8'),
    ),
  });

  it('no message says "a deadline"', () => {
    const mails = suite.run.rounds.mails;
    expect(mails.length).toBeGreaterThan(0);
    for (const m of mails)
      expect(`${m.subject}\n${m.text}`).not.toMatch(/\ba deadline\b(?! we were not tracking)/i);
  });

  it('advocates are not told; the legal team hears of it in the order’s words', () => {
    const told = (m: { subject: string; text: string }) =>
      /not tracking|Untracked deadline/i.test(`${m.subject} ${m.text}`);
    const legal = suite.run.rounds.mails.filter((m) => m.to.includes(DEMO_SUBSCRIBERS.legal));
    expect(legal.some((m) => told(m) && /reporting obligations/i.test(m.text))).toBe(true);
    const others = suite.run.rounds.mails.filter((m) => !m.to.includes(DEMO_SUBSCRIBERS.legal));
    expect(others.length).toBeGreaterThan(0);
    expect(others.filter((m) => /cancel/i.test(`${m.subject} ${m.text}`))).toEqual([]);
  });
});
