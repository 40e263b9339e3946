/**
 * A stay lifted as to one party only, replayed through the live path (`replayed`: the replay
 * court, the real worker, a real SMTP server) from a hand-written history
 * (tests/fixtures/replay/stay-lifted-as-to-party.json; fictional parties, N.D. Ill.): all
 * proceedings stayed through August 4, 2023 (ECF 11); "the stay is hereby lifted solely as to
 * Defendant Tri-County Rail LLC. In all other respects, the stay remains in full force and effect
 * through September 8, 2023" (ECF 14, July 20); "The stay entered at [11] is LIFTED" (ECF 19,
 * September 8).
 *
 * How a careful reader takes it: from July 20 the case goes ahead against Tri-County Rail only;
 * for everyone else it stays on hold, now through September 8. The stay ends on September 8, and
 * that order is the one that lifts it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { casePosture } from '../../src/deadlines/record.ts';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions, mailsOn, repeats } from '../support/posture-mail.ts';
import { replayedSuite } from '../support/replayed.ts';

const KEY = 'ilnd:1:23-cv-02871';

describe('a stay lifted as to one defendant only (N.D. Ill., hand-written): in force for everyone else until it is lifted entirely', () => {
  const suite = replayedSuite({
    caseKey: KEY,
    history: JSON.parse(
      readFileSync(new URL('../fixtures/replay/stay-lifted-as-to-party.json', import.meta.url), 'utf8'),
    ),
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });

  const DAYS: [day: string, stays: [until: string | null, text: RegExp][]][] = [
    ['2023-06-05', [['2023-08-04', /^Stay of proceedings in effect until August 4, 2023$/]]],
    [
      '2023-07-20',
      [
        [
          '2023-09-08',
          /^Stay of proceedings in effect until September 8, 2023 \(lifted as to Tri-County Rail LLC only\)$/,
        ],
      ],
    ],
    ['2023-08-21', [['2023-09-08', /until September 8, 2023 \(lifted as to Tri-County Rail LLC only\)/]]],
    ['2023-09-08', []],
    ['2023-09-12', []],
  ];
  for (const [day, stays] of DAYS)
    it(`${day}: ${stays.length === 0 ? 'no stay in force' : `stay in force until ${stays[0]![0]}`}`, async () => {
      const p = await casePosture(suite.store, KEY, day);
      const inForce = p.inForce.filter((f) => f.kind === 'stay');
      expect(inForce.map((f) => f.until)).toEqual(stays.map(([until]) => until));
      for (const [i, [, text]] of stays.entries()) expect(inForce[i]!.text).toMatch(text);
    });

  it('`docketwatch deadlines --as-of 2023-08-01` shows the stay in force for the others, not "nothing in force"', async () => {
    const out = await suite.run.deadlines('2023-08-01');
    expect(out).not.toMatch(/nothing in force/);
    expect(out).toMatch(
      /IN FORCE {2}Stay of proceedings in effect until September 8, 2023 \(lifted as to Tri-County Rail LLC only\)/,
    );
  });

  it('July 20 is told as a lifting as to Tri-County Rail only (in every language); the one "Stay lifted" is September 8', () => {
    expect(contradictions(suite.rounds.rounds).found).toEqual([]);
    expect(repeats(suite.rounds.rounds)).toEqual([]);
    const on = (day: string, to: string) => mailsOn(suite.rounds.rounds, day, to);
    const legal = on('2023-07-20', DEMO_SUBSCRIBERS.legal);
    expect(legal).toContain('Stay lifted as to Tri-County Rail LLC only');
    expect(legal).toContain(
      'Stay (proceedings) lifted as to Tri-County Rail LLC only; for all other parties it is extended through September 8, 2023 (was August 4, 2023).',
    );
    const advocate = on('2023-07-20', DEMO_SUBSCRIBERS.advocate);
    expect(advocate).toContain(
      'The judge lifted the stay as to Tri-County Rail LLC only: for everyone else proceedings are still on hold through September 8, 2023',
    );
    expect(advocate).not.toMatch(/Nothing is in force/);
    expect(on('2023-07-20', ADVOCATES_IN_EVERY_LANGUAGE[2].email)).toContain(
      'El tribunal levantó la suspensión solo respecto de Tri-County Rail LLC',
    );
    // Before September 8 nobody reads that the case can go ahead; after, one "Stay lifted" each.
    for (const r of suite.rounds.rounds)
      for (const m of r.mails) {
        if (r.day < '2023-09-08') {
          expect(m.text, `${r.day} ${m.to}: ${m.subject}`).not.toMatch(
            /can go ahead again|puede seguir adelante|يمكن أن (?:تمضي|يمضي)|Nothing is in force/,
          );
        }
        expect(m.text).not.toMatch(/no stay in force was tracked/);
      }
    for (const to of [DEMO_SUBSCRIBERS.legal, DEMO_SUBSCRIBERS.advocate]) {
      const lifted = suite.rounds.mails
        .filter((m) => m.to === to && m.kind === 'alert')
        .flatMap((m) => m.text.split('\n'))
        .filter((l) => /^\* Stay(?: of proceedings)? lifted\b(?! as to)/.test(l));
      expect(lifted, to).toHaveLength(1);
    }
    expect(on('2023-09-08', DEMO_SUBSCRIBERS.advocate)).toMatch(
      /The judge lifted the stay: proceedings can go ahead again/,
    );
  });
});
