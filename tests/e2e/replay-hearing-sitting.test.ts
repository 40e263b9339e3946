/**
 * One sitting is one hearing, through the live path (`replayedSuite`: the replay court, the real
 * worker, a real SMTP server), from a hand-written history (tests/fixtures/replay/hearing-sitting.json;
 * fictional parties, D.N.M.).
 *
 * How a careful reader takes it: ECF 5, an order on the TRO motion [2], says "The Court will hear
 * argument on April 21, 2025 at 9:30 a.m." and names no motion; ECF 7, the clerk's "Motion Hearing
 * set for 4/21/2025 09:30 AM" on the PI motion [6], is that argument — the same day and hour, and
 * the court's words name no other matter. ECF 10 "The Motion Hearing set for 4/21/2025 is RESET to
 * 4/24/2025 at 1:30 PM" moves it: one hearing, on April 24; nothing says April 21 still stands.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { casePosture, listDeadlineRecords } from '../../src/deadlines/record.ts';
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions } from '../support/posture-mail.ts';
import { replayedSuite } from '../support/replayed.ts';

const KEY = 'nmd:1:25-cv-00388';
const HISTORY = JSON.parse(
  readFileSync(new URL('../fixtures/replay/hearing-sitting.json', import.meta.url), 'utf8'),
) as unknown;

describe('an unnamed argument and the motion hearing noticed for its day and hour are one sitting (D.N.M., hand-written)', () => {
  const suite = replayedSuite({
    caseKey: KEY,
    history: HISTORY,
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });

  it('the store keeps one hearing, told twice then moved to April 24 at 1:30 PM', async () => {
    const hearings = (await listDeadlineRecords(suite.store, KEY)).filter((r) => r.kind === 'hearing');
    expect(hearings.map((h) => [h.due, h.dueTime, h.status])).toEqual([['2025-04-24', '13:30', 'scheduled']]);
    expect((hearings[0]!.history as { change: string }[]).map((x) => x.change)).toEqual([
      'set',
      'duplicate',
      'reset',
    ]);
  });

  it('the CLI lists one hearing before the move (April 21) and one after (April 24), never both days', async () => {
    for (const [asOf, day] of [
      ['2025-04-10', '2025-04-21 09:30'],
      ['2025-04-17', '2025-04-24 13:30'],
    ] as const) {
      const cli = await suite.run.deadlines(asOf);
      const rows = cli.split('\n').filter((l) => /^hr-\S+\s+hearing\b/.test(l));
      expect(rows, asOf).toHaveLength(1);
      expect(rows[0], asOf).toContain(day);
    }
    for (const day of ['2025-04-08', '2025-04-16', '2025-04-22']) {
      const p = await casePosture(suite.store, KEY, day);
      expect(p.hearings.length, day).toBe(1);
      expect(
        p.hearings.map((h) => h.date),
        day,
      ).not.toContain(day < '2025-04-15' ? '2025-04-24' : '2025-04-21');
    }
  });

  it('after the move, no message tells April 21 as still set; none contradicts the posture', () => {
    const mails = suite.rounds.mails.filter((m) => m.kind !== 'welcome' && m.lang === 'en');
    expect(mails.map((m) => m.text).join('\n')).toMatch(
      /moved from April 21, 2025 to April 24, 2025 at 1:30 PM/,
    );
    for (const r of suite.rounds.rounds)
      for (const m of r.mails.filter((x) => x.lang === 'en' && x.kind !== 'welcome')) {
        // Two items (or two "Next hearings" lines) for one sitting is the phantom this guards.
        const section = /Next hearings:\n((?:\* .*\n?)*)/.exec(m.text)?.[1] ?? '';
        expect(section.split('\n').filter((l) => l.startsWith('* ')).length, r.day).toBeLessThanOrEqual(1);
        if (r.day >= '2025-04-15')
          expect(m.text.replace(/moved from April 21, 2025/g, ''), r.day).not.toMatch(
            /April 21, 2025 at|set for April 21/,
          );
      }
    expect(contradictions(suite.rounds.rounds).found).toEqual([]);
  });
});
