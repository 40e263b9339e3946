/**
 * A temporary restraining order's term, through the live path (`replayed`: the replay court, the
 * real worker, a real SMTP server), from a hand-written history (tests/fixtures/replay/
 * tro-own-term.json; fictional parties, D.N.M.): the TRO of June 4, 2025 says its term in a
 * sentence of its own ("This Order shall remain in effect for fourteen (14) days from its entry"),
 * and a text order of June 17 EXTENDS it "for an additional fourteen (14) days".
 *
 * How a careful reader takes it: in force through June 18, 2025; the extension counts from that
 * last day (FRCP 65(b)(2)), so through July 2, 2025 — not July 1 (fourteen days from the extension)
 * and not June 18 (the old day); after July 2 nothing is in force. A variant says the last day as
 * a day and an hour ("This Order shall expire on June 18, 2025 at 5:00 p.m.") and is never extended:
 * nothing is in force after June 18.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { casePosture } from '../../src/deadlines/record.ts';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions, repeats } from '../support/posture-mail.ts';
import { type Replayed, replayedSuite } from '../support/replayed.ts';

const KEY = 'nmd:1:25-cv-00631';
const HISTORY = JSON.parse(
  readFileSync(new URL('../fixtures/replay/tro-own-term.json', import.meta.url), 'utf8'),
) as { entries: { number: number | null; text: string }[] };

async function troOn(run: Replayed, day: string) {
  const p = await casePosture(run.store, KEY, day);
  return p.inForce.filter((f) => f.kind === 'injunction').map((f) => f.until);
}

const textsOn = (run: Replayed, day: string, to: string) =>
  run.rounds.rounds
    .filter((r) => r.day === day)
    .flatMap((r) => r.mails)
    .filter((m) => m.to === to)
    .map((m) => `${m.subject}\n${m.text}`)
    .join('\n');

describe('a TRO whose term is a sentence of its own, extended "for an additional fourteen (14) days"', () => {
  const suite = replayedSuite({
    caseKey: KEY,
    history: HISTORY,
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });

  for (const [day, until] of [
    ['2025-06-05', ['2025-06-18']],
    ['2025-06-17', ['2025-07-02']],
    ['2025-06-25', ['2025-07-02']],
    ['2025-07-02', ['2025-07-02']],
    ['2025-07-03', []],
  ] as const)
    it(`${day}: ${until.length ? `the TRO is in force through ${until[0]}` : 'nothing is in force'}`, async () => {
      expect(await troOn(suite.run, day)).toEqual(until);
    });

  it('the messages of June 17 give the new last day, July 2, 2025, in every language; none contradicts the posture', () => {
    expect(contradictions(suite.run.rounds.rounds).found).toEqual([]);
    expect(repeats(suite.run.rounds.rounds)).toEqual([]);
    for (const to of [DEMO_SUBSCRIBERS.legal, DEMO_SUBSCRIBERS.advocate])
      expect(textsOn(suite.run, '2025-06-17', to), to).toMatch(/until July 2, 2025/);
    // The extension is an alert, not only a digest item: the TRO was to end the next day.
    expect(
      suite.run.rounds.mails.some(
        (m) => m.to === DEMO_SUBSCRIBERS.advocate && m.kind === 'alert' && /extended/.test(m.subject),
      ),
    ).toBe(true);
    expect(textsOn(suite.run, '2025-06-17', ADVOCATES_IN_EVERY_LANGUAGE[0].email)).toMatch(
      /2 de julio de 2025/,
    );
    expect(textsOn(suite.run, '2025-06-17', ADVOCATES_IN_EVERY_LANGUAGE[1].email)).toMatch(
      /2 يوليو\/تموز 2025/,
    );
    for (const r of suite.run.rounds.rounds)
      for (const m of r.mails) {
        if (r.day >= '2025-06-17')
          expect(m.text, `${r.day} ${m.to}`).not.toMatch(/June 18, 2025|18 de junio/);
        if (r.day < '2025-07-03')
          expect(m.text, `${r.day} ${m.to}`).not.toMatch(/Nothing is in force|no end date/);
      }
  });
});

describe('a TRO that "shall expire on June 18, 2025 at 5:00 p.m.", never extended', () => {
  const entries = HISTORY.entries
    .filter((e) => e.number !== 13)
    .map((e) =>
      e.number === 7
        ? {
            ...e,
            text: e.text.replace(
              /This Order shall remain in effect for fourteen \(14\) days from its entry/,
              'This Order shall expire on June 18, 2025 at 5:00 p.m.',
            ),
          }
        : e,
    );
  const suite = replayedSuite({ caseKey: KEY, history: { ...HISTORY, entries } });

  it('in force through June 18, 2025, then nothing is in force; no message says otherwise', async () => {
    expect(await troOn(suite.run, '2025-06-05')).toEqual(['2025-06-18']);
    expect(await troOn(suite.run, '2025-06-18')).toEqual(['2025-06-18']);
    expect(await troOn(suite.run, '2025-06-19')).toEqual([]);
    expect(await troOn(suite.run, '2025-06-25')).toEqual([]);
    expect(contradictions(suite.run.rounds.rounds).found).toEqual([]);
    expect(textsOn(suite.run, '2025-06-04', DEMO_SUBSCRIBERS.advocate)).toMatch(/until June 18, 2025/);
    for (const r of suite.run.rounds.rounds)
      for (const m of r.mails) expect(m.text, `${r.day} ${m.to}`).not.toMatch(/no end date/);
  });
});
