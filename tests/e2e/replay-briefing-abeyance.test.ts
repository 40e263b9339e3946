/**
 * Briefing held in abeyance, through the live path (`replayed`: the replay court, the real worker,
 * a real SMTP server), from a hand-written history (tests/fixtures/replay/briefing-in-abeyance.json;
 * fictional parties, N.D. Cal.): a briefing schedule on a motion to dismiss (ECF 12); "Briefing on
 * Defendants' motion to dismiss [15] is HELD IN ABEYANCE pending the parties' settlement
 * conference", with a joint status report due April 25 (ECF 17, March 20); "the abeyance is LIFTED"
 * with new dates (ECF 20, May 12).
 *
 * How a careful reader takes it: from March 20 the briefing is paused — its opposition (April 4) and
 * reply (April 18) are not due and never "passed"; the status report still is; nobody is protected
 * from anything. On May 12 the pause ends and the new dates run.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { casePosture } from '../../src/deadlines/record.ts';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions, repeats } from '../support/posture-mail.ts';
import { replayedSuite } from '../support/replayed.ts';

const KEY = 'cand:3:25-cv-00418';

describe('briefing HELD IN ABEYANCE, then the abeyance LIFTED (N.D. Cal., hand-written)', () => {
  const suite = replayedSuite({
    caseKey: KEY,
    history: JSON.parse(
      readFileSync(new URL('../fixtures/replay/briefing-in-abeyance.json', import.meta.url), 'utf8'),
    ),
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });

  it('while the briefing is paused its deadlines are suspended, never passed; the status report still runs', async () => {
    const p = await casePosture(suite.run.store, KEY, '2025-04-21');
    expect(p.inForce.map((f) => f.text)).toEqual(['Stay of briefing in effect with no end date given']);
    const out = await suite.run.deadlines('2025-04-21');
    expect(out).toMatch(/Opposition +Plaintiffs +2025-04-04 +suspended/);
    expect(out).toMatch(/Reply +Defendants +2025-04-18 +suspended/);
    expect(out).toMatch(/Joint status report +parties +2025-04-25 +4 +upcoming/);
    expect(out).not.toMatch(/(?:Opposition|Reply)\b.*\bpassed/);
  });

  it('the abeyance lifted ends the pause', async () => {
    const p = await casePosture(suite.run.store, KEY, '2025-05-13');
    expect(p.inForce).toEqual([]);
    expect(p.nextDeadlines.map((d) => d.due)).toEqual(expect.arrayContaining(['2025-05-30', '2025-06-13']));
  });

  it('told as a pause of the briefing that protects nobody, in every language; never "stay is on hold"', () => {
    expect(contradictions(suite.run.rounds.rounds).found).toEqual([]);
    expect(repeats(suite.run.rounds.rounds)).toEqual([]);
    const said = (to: string) =>
      suite.run.rounds.mails
        .filter((m) => m.to === to)
        .map((m) => m.text)
        .join('\n');
    const advocate = said(DEMO_SUBSCRIBERS.advocate);
    expect(advocate).toContain('The judge granted a stay: briefing is on hold. Order of March 20, 2025.');
    expect(advocate).toContain(
      'The judge lifted the stay: briefing can go ahead again. Order of May 12, 2025.',
    );
    expect(said(ADVOCATES_IN_EVERY_LANGUAGE[2].email)).toContain(
      'queda en pausa la presentación de escritos',
    );
    expect(said(ADVOCATES_IN_EVERY_LANGUAGE[1].email)).toContain('تقديم المذكرات');
    for (const m of suite.run.rounds.mails)
      expect(m.text, `${m.to}: ${m.subject}`).not.toMatch(
        /stay is on hold|«stay»|can be deported|from deportation|Opposition[^\n]*passed/,
      );
  });
});
