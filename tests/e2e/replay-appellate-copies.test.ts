/**
 * A court of appeals' acts told once, by the right court, with the right outcome, through the live
 * path (`replayedSuite`: the replay court, the real worker, the store, SMTP; the CLI on the stored
 * posture) from a hand-written history (fictional parties):
 * tests/fixtures/replay/appellate-copies-told-once.json (D. Neb., 8th Cir.) — a preliminary
 * injunction (ECF 30, March 10, 2025), the district court's denial of a stay pending appeal (ECF
 * 36), the court of appeals' "OPINION AND ORDER" that only grants in part the motion for a stay
 * pending appeal (Doc. 9, April 7) and another that only denies a motion to dismiss the appeal
 * (Doc. 14), the district clerk's copy "ORDER of USCA … Motion for stay
 * pending appeal GRANTED IN PART" (ECF 40, April 8), the judgment "Affirmed in part, reversed in
 * part, and remanded." (Doc. 24, September 15) and its district copy (ECF 45, September 16), the
 * mandate (Doc. 28; ECF 48).
 *
 * How a careful reader takes them: an opinion and order that rules on a motion is that ruling, not
 * the appeal decided; a district-docket copy of the court of appeals' order is the court of
 * appeals' act (never the district judge's, who denied the stay), told once; "affirmed in part,
 * reversed in part" — whatever the case of its words — is a mixed decision on every docket, never
 * "affirmed", told once.
 */
import { describe, expect, it } from 'vitest';
import { casePosture } from '../../src/deadlines/record.ts';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import history from '../fixtures/replay/appellate-copies-told-once.json' with { type: 'json' };
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions } from '../support/posture-mail.ts';
import { replayedSuite } from '../support/replayed.ts';

const KEY = 'ned:8:25-cv-00177';
const READERS = [DEMO_SUBSCRIBERS.legal, DEMO_SUBSCRIBERS.advocate] as const;

describe('appellate acts copied onto the district docket: the right court, the right outcome, told once', () => {
  const suite = replayedSuite({
    caseKey: KEY,
    history,
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });

  /** Each alert one reader got (digests recap; alerts tell), subject and body, the court's quoted words left out. */
  function mailsTo(to: string): string[] {
    return suite.rounds.rounds
      .flatMap((r) => r.mails)
      .filter((m) => m.to === to && m.kind === 'alert')
      .map((m) => `${m.subject}\n${m.text}`.replace(/“[^”]*”/g, ''));
  }

  it('the opinion and order that rules on the stay motion is never told as the court’s opinion', () => {
    for (const to of READERS) {
      const all = mailsTo(to).join('\n');
      expect(all, to).not.toMatch(/Opinion of the Eighth Circuit|issued its opinion/);
    }
    const legal = mailsTo(DEMO_SUBSCRIBERS.legal).join('\n');
    expect(legal).toContain('New order (Doc. 9)');
    expect(legal).toContain('New order (Doc. 14)');
  });

  it('the partial stay is the Eighth Circuit’s, told once to each reader; the district judge is never said to have stayed anything', () => {
    for (const to of READERS) {
      const mails = mailsTo(to);
      expect(
        mails.filter((m) => /Eighth Circuit paused part of the preliminary injunction/.test(m)),
        to,
      ).toHaveLength(1);
      expect(mails.join('\n'), to).not.toMatch(/\b(?:judge|district court) (?:stayed|paused)\b/i);
    }
  });

  it('the CLI posture while the appeal is pending: the court of appeals stayed it in part, not the district court', async () => {
    const cli = await suite.run.deadlines('2025-04-10');
    expect(cli).toMatch(/court of appeals stayed it in part/);
    expect(cli).not.toMatch(/district court stayed/);
    const p = await casePosture(suite.store, KEY, '2025-04-10');
    expect(p.inForce.map((f) => f.name)).toContain('Preliminary injunction');
  });

  it('"Affirmed in part, reversed in part, and remanded." is a mixed decision, told once to each reader, never "affirmed"', () => {
    for (const to of READERS) {
      const decided = mailsTo(to).filter((m) => /(?:affirmed|upheld) in part\b/.test(m));
      expect(decided, to).toHaveLength(1);
      expect(decided[0], to).toMatch(/reversed in part|overturned in part/);
      expect(mailsTo(to).join('\n'), to).not.toMatch(
        /\baffirmed (?:on appeal|the preliminary)|\bupheld the preliminary/,
      );
    }
  });

  it('the stored posture after the decision says the mixed outcome, waiting for the mandate', async () => {
    const p = await casePosture(suite.store, KEY, '2025-09-20');
    const f = p.inForce.find((x) => x.kind === 'injunction');
    expect(f?.onAppeal?.decided).toBe('2025-09-15');
    // Part of it reversed: modified, never "affirmed".
    expect(f?.onAppeal?.action).toBe('modified');
  });

  it('no message contradicts the stored posture', () => {
    const { found, checked } = contradictions(suite.rounds.rounds);
    expect(checked.messages).toBeGreaterThan(0);
    expect(found).toEqual([]);
  });
});
