/**
 * What an order that bars removal only on conditions protects, through the live path
 * (`replayed`: the replay court, the real worker, a real SMTP server): the hand-written D.N.M.
 * history (tests/fixtures/replay/tro-own-term.json) with its TRO written as a notice-and-
 * opportunity order — "ENJOINED from removing Petitioner or any member of the putative class to a
 * third country without written notice and a meaningful opportunity to present a fear-based claim".
 *
 * How a careful reader takes it: removal to a third country needs notice and a chance to claim
 * fear first; removal after that, or to the country in the removal order, is not barred. No
 * message may tell a family that "deportations of people in the class are blocked".
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions } from '../support/posture-mail.ts';
import { replayedSuite } from '../support/replayed.ts';

const KEY = 'nmd:1:25-cv-00631';
const HISTORY = JSON.parse(
  readFileSync(new URL('../fixtures/replay/tro-own-term.json', import.meta.url), 'utf8'),
) as { entries: { number: number | null; text: string }[] };

describe('a TRO that bars removal to a third country only without notice and a chance to claim fear', () => {
  const entries = HISTORY.entries.map((e) =>
    e.number === 7
      ? {
          ...e,
          text: e.text.replace(
            'from the United States.',
            'to a third country without written notice and a meaningful opportunity to present a fear-based claim.',
          ),
        }
      : e,
  );
  const suite = replayedSuite({
    caseKey: KEY,
    history: { ...HISTORY, entries },
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });

  it('advocates in every language read that it sets conditions on deportation, never that deportations are blocked', () => {
    expect(contradictions(suite.run.rounds.rounds).found).toEqual([]);
    const mails = suite.run.rounds.mails.filter((m) => m.to !== DEMO_SUBSCRIBERS.legal);
    expect(mails.length).toBeGreaterThan(0);
    for (const m of mails)
      expect(m.text, `${m.to}: ${m.subject}`).not.toMatch(
        /are blocked|están bloqueadas|ممنوع ما دام|can be deported|puede ser deportad/,
      );
    const said = (to: string) =>
      mails
        .filter((m) => m.to === to)
        .map((m) => m.text)
        .join('\n');
    expect(said(DEMO_SUBSCRIBERS.advocate)).toContain(
      'The temporary restraining order puts conditions on deporting people in the class: it does not stop every deportation. Read the order for what it protects.',
    );
    expect(said(ADVOCATES_IN_EVERY_LANGUAGE[0].email)).toContain('no impide todas las deportaciones');
    expect(said(ADVOCATES_IN_EVERY_LANGUAGE[1].email)).toContain('لا يمنع كل عمليات الترحيل');
  });
});
