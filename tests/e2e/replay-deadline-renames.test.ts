/**
 * Deadlines moved under other names, replayed through the live path (`replayed`: the replay court,
 * the real worker, a real SMTP server) from a hand-written history
 * (tests/fixtures/replay/deadline-renames.json; fictional parties, D. Kan.). Try-out 5 C5, C8, C15.
 *
 * How a careful reader takes it:
 * - "the deadlines set in the Court's Scheduling Order of February 10, 2025 (ECF No. 12) are
 *   extended as follows: A on or before D1; B on or before D2; …; and D on or before D4" moves each
 *   of ECF 12's four deadlines — including "Defendant's cross-motion and opposition", a shorter name
 *   of "cross-motion for summary judgment and opposition";
 * - a minute entry briefing an oral motion ("… motion to decertify the fee subclass is taken up and
 *   briefed as follows: brief …; response …; reply …") sets that motion's papers, not ECF 12's
 *   reply again; an order granting a motion for extension of time moves them under other forms of their names
 *   ("brief in support of decertification") — one deadline each, "was" the old date;
 * - "Briefing on Defendant's motion to terminate … 40 is set as follows: response due …; reply
 *   due …" (the docket report prints the link as a bare number) sets the response to and reply in
 *   support of ECF 40, and leaves every earlier reply alone.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listDeadlineRecords } from '../../src/deadlines/record.ts';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import { contradictions, repeats } from '../support/posture-mail.ts';
import { replayedSuite } from '../support/replayed.ts';

const KEY = 'ksd:2:25-cv-02207';

describe('deadlines moved under other names (D. Kan., hand-written)', () => {
  const suite = replayedSuite({
    caseKey: KEY,
    history: JSON.parse(
      readFileSync(new URL('../fixtures/replay/deadline-renames.json', import.meta.url), 'utf8'),
    ),
  });

  const deadlines = async () =>
    (await listDeadlineRecords(suite.run.store, KEY))
      .filter((r) => r.kind === 'deadline')
      .map((r) => ({
        what: r.what,
        due: r.due,
        moves: (r.history as { change: string; entry: string | null; due: string | null }[])
          .filter((h) => h.entry !== null)
          .map((h) => `${h.change}@${h.entry}:${h.due}`),
      }));

  it('the stipulated list moves each of the scheduling order’s four deadlines, the shorter name too', async () => {
    const fromTwelve = (await deadlines()).filter((d) => d.moves[0]?.startsWith('set@12:'));
    expect(fromTwelve.map((d) => [d.what, d.due, d.moves.length]).sort()).toEqual(
      [
        ['cross-motion for summary judgment and opposition', '2025-04-25', 2],
        ['motion for summary judgment', '2025-03-28', 2],
        ['opposition and reply', '2025-05-16', 2],
        ['reply', '2025-05-30', 2],
      ].sort(),
    );
    for (const d of fromTwelve) expect(d.moves[1]).toMatch(/^extended@15:/);
  });

  it('the oral motion’s papers are its own, and the extension moves them (one deadline each)', async () => {
    const remand = (await deadlines()).filter((d) => /decertif/.test(d.what));
    expect(remand.map((d) => [d.what, d.due, d.moves]).sort()).toEqual(
      [
        [
          'brief in support of motion to decertify the fee subclass',
          '2025-05-07',
          ['set@21:2025-04-23', 'extended@23:2025-05-07'],
        ],
        [
          'response to motion to decertify the fee subclass',
          '2025-05-28',
          ['set@21:2025-05-14', 'extended@23:2025-05-28'],
        ],
        [
          'reply in support of motion to decertify the fee subclass',
          '2025-06-11',
          ['set@21:2025-05-28', 'extended@23:2025-06-11'],
        ],
      ].sort(),
    );
  });

  it('the briefing of ECF 40 sets its own response and reply and moves nothing else', async () => {
    const all = await deadlines();
    const forty = all.filter((d) => d.moves.some((m) => m.includes('@42:')));
    expect(forty.map((d) => [d.what, d.due]).sort()).toEqual([
      ['reply in support of [40]', '2025-08-07'],
      ['response to [40]', '2025-07-24'],
    ]);
    for (const d of forty) expect(d.moves).toHaveLength(1);
    // Nine deadlines in all: four of ECF 12, three of the oral motion, two of ECF 40.
    expect(all).toHaveLength(9);
  });

  it('the legal team reads each move once, with the date it replaces; nothing contradicts the posture', () => {
    const legal = suite.run.rounds.mails
      .filter((m) => m.to === DEMO_SUBSCRIBERS.legal)
      .map((m) => m.text)
      .join('\n');
    expect(legal).toMatch(/ross-motion[^\n]*April 25, 2025[^\n]*\(was April 11, 2025\)/);
    expect(legal).toMatch(/ecertify the fee subclass[^\n]*June 11, 2025[^\n]*\(was May 28, 2025\)/);
    expect(contradictions(suite.run.rounds.rounds).found).toEqual([]);
    expect(repeats(suite.run.rounds.rounds)).toEqual([]);
  });
});
