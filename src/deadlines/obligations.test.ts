/**
 * An opposition by any of its names meets the response deadline an order set, read in order
 * through the extractor and the tracker (hand-written entries in several courts' styles; names
 * fictional).
 */
import { describe, expect, it } from 'vitest';
import { analyzeSequence } from './extract/index.ts';
import { Tracker } from './tracker.ts';

function replay(entries: [string, string, string][], court = 'mied') {
  const input = entries.map(([number, dateFiled, text]) => ({ number, dateFiled, text }));
  const tracker = new Tracker({ court });
  const analyses = analyzeSequence(input, { court });
  input.forEach((e, i) => {
    tracker.apply(e, analyses[i]!);
  });
  return tracker;
}

describe('responses by any name', () => {
  it.each([
    [
      'hid',
      'EO: The Court sets the following briefing schedule on Plaintiff’s [12] Motion for Preliminary Injunction: Defendant shall file its memorandum in opposition by May 1, 2019. Plaintiff shall file its reply by May 8, 2019.',
      'MEMORANDUM in Opposition re [12] MOTION for Preliminary Injunction filed by Acme Corp.',
    ],
    [
      'nysd',
      'ORDER: Defendant shall file its opposition papers to the [12] motion to dismiss by May 1, 2019. Plaintiff shall file its reply by May 8, 2019.',
      'MEMORANDUM OF LAW in Opposition re: [12] MOTION to Dismiss. Document filed by Acme Corp.',
    ],
    [
      'dcd',
      'MINUTE ORDER: Defendants shall file a response in opposition to Plaintiffs’ [12] Motion to Compel on or before May 1, 2019. Plaintiffs shall file any reply on or before May 8, 2019.',
      'Memorandum in opposition to re [12] MOTION to Compel filed by Acme Corp.',
    ],
    [
      'hid',
      "EO: Defendants shall file their memorandum in opposition to Plaintiffs' 12 Motion to Convert Temporary Restraining Order to a Preliminary Injunction by May 1, 2019, and Plaintiffs shall file their reply by May 8, 2019.",
      'MEMORANDUM in Opposition re 12 MOTION to Convert Temporary Restraining Order filed by Acme Corp.',
    ],
    [
      'cand',
      'ORDER re [12] Motion for Summary Judgment: Opposition brief due by 5/1/2019. Reply due by 5/8/2019.',
      'RESPONSE (re [12] MOTION for Summary Judgment ) in Opposition filed by Acme Corp.',
    ],
  ])('%s: the opposition filed on the day due meets the response deadline', (court, order, filing) => {
    const t = replay(
      [
        ['12', '2019-04-15', 'MOTION filed by Beta LLC. (Doe, Jane)'],
        ['15', '2019-04-17', order],
        ['20', '2019-05-01', filing],
      ],
      court,
    );
    const response = t.deadlines().find((d) => d.due === '2019-05-01');
    expect(response?.state).toBe('satisfied');
    const reply = t.deadlines().find((d) => d.due === '2019-05-08');
    expect(reply?.state).toBe('open');
  });
});
