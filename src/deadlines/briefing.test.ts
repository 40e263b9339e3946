/**
 * A response, reply or opposition belongs to its motion: once the motion is decided, withdrawn or
 * found moot, nothing more is due about it. Read in order through the extractor and the tracker
 * (hand-written entries in several courts' styles; names fictional).
 */
import { describe, expect, it } from 'vitest';
import { analyzeSequence } from './extract/index.ts';
import { Tracker } from './tracker.ts';

function replay(entries: [string | null, string, string][], court: string) {
  const input = entries.map(([number, dateFiled, text]) => ({ number, dateFiled, text }));
  const tracker = new Tracker({ court });
  const analyses = analyzeSequence(input, { court });
  const events = input.flatMap((e, i) => tracker.apply(e, analyses[i]!));
  return { tracker, events };
}

const upcoming = (t: Tracker, day: string) => t.posture(day).next.map((d) => d.what);

describe('briefing ends with its motion', () => {
  it.each([
    [
      'mied',
      'MOTION to Expand [32] Order Staying Removal by All Petitioners. (Entered: 06/24/2017)',
      "OPINION & ORDER Granting Petitioners/Plaintiffs' [12] Motion to Expand Order Staying Removal. The stay of removal is expanded. Signed by District Judge A.",
    ],
    [
      'nysd',
      'MOTION to Compel Discovery. Document filed by Acme Corp.',
      'MEMO ENDORSED ORDER denying as moot [12] Motion to Compel in light of the parties’ stipulation. (Signed by Judge A on 4/10/2019)',
    ],
    [
      'dcd',
      'MOTION to Dismiss for Lack of Jurisdiction by Acme Corp.',
      'MINUTE ORDER: In light of the amended complaint, Defendant’s [12] Motion to Dismiss is DENIED as moot.',
    ],
    ['txed', 'MOTION to Compel by Acme Corp.', 'NOTICE of Withdrawal of [12] MOTION to Compel by Acme Corp.'],
  ])('%s', (court, motion, ruling) => {
    const { tracker, events } = replay(
      [
        ['12', '2019-04-01', motion],
        [
          '13',
          '2019-04-02',
          'ORDER: Defendant shall file a response to [12] Motion by May 1, 2019. Plaintiff shall file a reply by May 8, 2019.',
        ],
        ['20', '2019-04-10', ruling],
      ],
      court,
    );
    expect(
      events.filter((e) => e.entry === '13' && /^deadline\.(?:set|reset)$/.test(e.type)).length,
    ).toBeGreaterThan(0);
    expect(upcoming(tracker, '2019-04-11').filter((w) => /\[12\]/.test(w))).toEqual([]);
    expect(events.filter((e) => e.type === 'deadline.mooted' && e.entry === '20').length).toBeGreaterThan(0);
  });

  it('a motion about another motion leaves that motion’s briefing alone', () => {
    const { tracker } = replay(
      [
        ['12', '2019-04-01', 'MOTION to Dismiss by Acme Corp.'],
        [
          '13',
          '2019-04-02',
          'ORDER: Plaintiff shall file a response to [12] Motion to Dismiss by May 1, 2019.',
        ],
        [
          '20',
          '2019-04-10',
          'ORDER granting [15] Motion for Extension of Time to File Response as to [12] Motion to Dismiss. Response due by 5/15/2019.',
        ],
      ],
      'txed',
    );
    expect(tracker.posture('2019-04-11').next.some((d) => d.what.includes('[12]'))).toBe(true);
  });
});
