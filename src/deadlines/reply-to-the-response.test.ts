/**
 * A movant's reply filed "re:" the other side's response, not the motion (try-out 14 A-MAJ4: "REPLY
 * filed by … re: [11] Response" left "Reply in support of ECF No. 3" passed), in several courts'
 * wordings (hand-written, fictional parties): the response met the duty to respond to motion M, so a
 * reply to that response is the reply in support of M — met, never "passed". A reply to a response
 * about another motion meets nothing of M.
 */
import { describe, expect, it } from 'vitest';
import { analyzeSequence } from './extract/index.ts';
import { Tracker } from './tracker.ts';

type Entry = [number: string, dateFiled: string, text: string];

function statesAfter(court: string, entries: Entry[], through: string) {
  const input = entries.map(([number, dateFiled, text]) => ({ number, dateFiled, text }));
  const tracker = new Tracker({ court });
  const analyses = analyzeSequence(input, { court });
  for (const [i, e] of input.entries()) tracker.apply(e, analyses[i]!);
  tracker.advanceTo(through);
  return Object.fromEntries(tracker.deadlines().map((d) => [d.what, d.state]));
}

const SCHEDULE = (court: string, order: string, response: string, reply: string): [string, Entry[]] => [
  court,
  [
    [
      '4',
      '2030-04-08',
      'MOTION for Preliminary Injunction by Plaintiffs Ilse Marroquin, Tobias Wren. (Entered: 04/08/2030)',
    ],
    ['7', '2030-04-09', order],
    ['8', '2030-04-10', 'MOTION to Dismiss by Defendant Harlan County. (Entered: 04/10/2030)'],
    ['12', '2030-04-16', response],
    ['14', '2030-04-19', reply],
  ],
];

describe('a reply to the response to a motion is the reply in support of that motion', () => {
  it.each([
    SCHEDULE(
      'ncwd',
      'ORDER setting briefing on [4] Motion for Preliminary Injunction. Defendants shall respond by 5:00 p.m. on 4/16/2030; Plaintiffs may reply by 4/19/2030. (Entered: 04/09/2030)',
      'RESPONSE filed by Harlan County re: [4] MOTION for Preliminary Injunction (Entered: 04/16/2030)',
      'REPLY filed by Ilse Marroquin, Tobias Wren re: [12] Response (Entered: 04/19/2030)',
    ),
    SCHEDULE(
      'wiwd',
      'TEXT ORDER re [4] Motion for Preliminary Injunction: response due 4/16/2030; reply due 4/19/2030. (Entered: 04/09/2030)',
      'BRIEF in Opposition by Harlan County re [4] Motion for Preliminary Injunction. (Entered: 04/16/2030)',
      'REPLY BRIEF by Plaintiffs Ilse Marroquin, Tobias Wren to [12] Brief in Opposition. (Entered: 04/19/2030)',
    ),
    SCHEDULE(
      'mnd',
      'ORDER: Defendant shall respond to the Motion for Preliminary Injunction [4] by April 16, 2030, and Plaintiffs may file a reply by April 19, 2030. (Entered: 04/09/2030)',
      'MEMORANDUM in Opposition re [4] MOTION for Preliminary Injunction filed by Harlan County. (Entered: 04/16/2030)',
      'REPLY to [12] Memorandum in Opposition to Motion filed by Ilse Marroquin, Tobias Wren. (Entered: 04/19/2030)',
    ),
  ])('%s: response and reply met', (court, entries) => {
    const states = statesAfter(court, entries, '2030-04-25');
    expect(states).toMatchObject({ 'response to [4]': 'satisfied', 'reply in support of [4]': 'satisfied' });
  });

  it('a reply to a response about another motion leaves the reply in support of [4] open', () => {
    const [court, entries] = SCHEDULE(
      'ncwd',
      'ORDER setting briefing on [4] Motion for Preliminary Injunction. Defendants shall respond by 5:00 p.m. on 4/16/2030; Plaintiffs may reply by 4/19/2030. (Entered: 04/09/2030)',
      'RESPONSE filed by Ilse Marroquin re: [8] MOTION to Dismiss (Entered: 04/16/2030)',
      'REPLY filed by Harlan County re: [12] Response (Entered: 04/19/2030)',
    );
    expect(statesAfter(court, entries, '2030-04-18')['reply in support of [4]']).toBe('open');
  });
});
