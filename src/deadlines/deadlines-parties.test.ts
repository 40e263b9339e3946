/**
 * A deadline that binds one named party: each defendant's answer deadline is its own record, and an
 * order for another defendant never moves it, even on the same day with the same words
 * (hand-written entries in several courts' styles; names fictional).
 */
import { describe, expect, it } from 'vitest';
import { analyzeSequence } from './extract/index.ts';
import { obligedParty } from './tracker/deadlines.ts';
import { Tracker } from './tracker.ts';

function replay(entries: [string | null, string, string][], court: string) {
  const input = entries.map(([number, dateFiled, text]) => ({ number, dateFiled, text }));
  const tracker = new Tracker({ court });
  const analyses = analyzeSequence(input, { court });
  const events = input.flatMap((e, i) => tracker.apply(e, analyses[i]!));
  return { tracker, events };
}

const open = (t: Tracker) =>
  t
    .deadlines()
    .filter((d) => d.state === 'open')
    .map((d) => [d.party, d.due])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));

describe('deadlines bound to one named party', () => {
  it('reads the party a deadline binds, in the forms clerks and judges write', () => {
    expect(obligedParty('is granted pursuant to Local Rule CV-12 for Globex Inc to 2/5/2016.')?.key).toBe(
      'globex',
    );
    expect(
      obligedParty(
        'GRANTED pursuant to Local Rule CV-12 for consolidated defendant Initech, L.L.C. to 2/16/2016',
      ),
    ).toEqual({ name: 'Initech, L.L.C.', key: 'initech' });
    expect(
      obligedParty('ORDERED that Acme Widgets Inc.s deadline to answer is extended to May 1, 2019.'),
    ).toEqual({
      name: 'Acme Widgets Inc.',
      key: 'acme',
    });
    expect(obligedParty('Hooli’s time to answer the Complaint is extended to July 1, 2021.')?.key).toBe(
      'hooli',
    );
    expect(
      obligedParty('Defendant Soylent Corp. shall answer or otherwise respond by March 1, 2018.')?.key,
    ).toBe('soylent');
    // A role, several parties, or none: not one party's deadline.
    expect(obligedParty('Defendants shall answer or otherwise respond by March 1, 2018.')).toBeNull();
    expect(obligedParty("Plaintiffs' time to reply is extended to June 2, 2017.")).toBeNull();
    expect(obligedParty('for Globex and Initech to 3/1/2016')).toBeNull();
    expect(obligedParty('The time for the Government to respond is extended to July 1, 2019.')).toBeNull();
  });

  it('E.D. Tex. style: the clerk grants each defendant its own extension to the same day; each keeps its own record', () => {
    const { tracker, events } = replay(
      [
        [
          null,
          '2019-01-27',
          "Defendant's Unopposed Application for Extension of Time to Answer Complaint [7] is granted pursuant to Local Rule CV-12 for Globex Inc to 2/12/2019. 15 Days Granted for Deadline Extension.( mll, )",
        ],
        [
          null,
          '2019-01-28',
          "Defendant's Unopposed Application for Extension of Time to Answer Complaint is GRANTED pursuant to Local Rule CV-12 for Initech Corporation to 2/12/2019. 15 Days Granted for Deadline Extension.( sm, )",
        ],
        [
          null,
          '2019-01-28',
          "Defendant's Unopposed Application for Extension of Time to Answer Complaint is GRANTED pursuant to Local Rule CV-12 for consolidated defendant Hooli, Inc. to 2/12/2019. 15 Days Granted for Deadline Extension.( sm, )",
        ],
      ],
      'txed',
    );
    expect(open(tracker)).toEqual([
      ['Globex Inc', '2019-02-12'],
      ['Hooli, Inc.', '2019-02-12'],
      ['Initech Corporation', '2019-02-12'],
    ]);
    // No "extended to February 12 (was February 12)": three deadlines, each set once.
    expect(events.filter((e) => e.type.startsWith('deadline.')).map((e) => e.subject)).toHaveLength(3);
    expect(events.some((e) => /was February 12/.test(e.message))).toBe(false);
  });

  it('N.D. Cal. style: an order extending one defendant’s time to answer leaves the other’s as it was', () => {
    const { tracker } = replay(
      [
        [
          '30',
          '2020-04-01',
          'ORDER granting [28] Stipulation. Defendant Acme Corp. shall answer or otherwise respond to the complaint by May 1, 2020. Signed by Judge Ann Smith on 4/1/2020.',
        ],
        [
          '31',
          '2020-04-01',
          'ORDER granting [29] Stipulation. Defendant Soylent Corp. shall answer or otherwise respond to the complaint by May 1, 2020. Signed by Judge Ann Smith on 4/1/2020.',
        ],
        [
          '40',
          '2020-04-20',
          "ORDER granting [38] Motion for Extension of Time to Answer. Soylent Corp.'s deadline to answer or otherwise respond to the complaint is extended to May 29, 2020. Signed by Judge Ann Smith on 4/20/2020.",
        ],
      ],
      'cand',
    );
    expect(open(tracker)).toEqual([
      ['Defendant Acme Corp.', '2020-05-01'],
      ['Defendant Soylent Corp.', '2020-05-29'],
    ]);
  });
  it('E.D. Tex. style: a second grant for the same defendant, citing no entry, moves its deadline (never a second one)', () => {
    const { tracker, events } = replay(
      [
        [
          null,
          '2019-01-06',
          "Defendant's Unopposed First Application for Extension of Time to Answer Complaint [5] is granted pursuant to Local Rule CV-12 for Globex Corporation to 1/28/2019. 30 Days Granted for Deadline Extension.( mll, )",
        ],
        [
          null,
          '2019-01-07',
          "Defendant's Unopposed First Application for Extension of Time to Answer Complaint [6] is granted pursuant to Local Rule CV-12 for Initech Inc to 1/28/2019. 30 Days Granted for Deadline Extension.( mll, )",
        ],
        [
          null,
          '2019-01-28',
          "Defendant's Unopposed Corrected Second Application for Extension of Time to Answer Complaint is GRANTED pursuant to Local Rule CV-12 for Globex Corporation to 2/12/2019. 15 Days Granted for Deadline Extension.( sm, )",
        ],
      ],
      'txed',
    );
    expect(open(tracker)).toEqual([
      ['Globex Corporation', '2019-02-12'],
      ['Initech Inc', '2019-01-28'],
    ]);
    const globex = tracker.deadlines().find((d) => d.party === 'Globex Corporation')!;
    expect(globex.what).toBe('answer Complaint [5]');
    expect(globex.history.map((h) => [h.due, h.previousDue])).toEqual([
      ['2019-01-28', null],
      ['2019-02-12', '2019-01-28'],
    ]);
    expect(events.at(-1)?.message).toBe(
      'Answer Complaint [5] extended to February 12, 2019 (was January 28, 2019)',
    );
  });
});
