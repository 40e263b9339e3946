/**
 * The class members' own last days an order preliminarily approving a settlement sets (issue #12,
 * class18): several rights in one sentence or on one day are each their own day, and a period counted
 * from a day the order defines ("45 days after the Notice Date", the Notice Date given) or names
 * ("within 45 days after March 20, 2031") is dated. Fictional cases, courts not reserved for blind tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeEntry } from './index.ts';

const days = (text: string, court: string) =>
  analyzeEntry({ number: '61', dateFiled: '2031-03-03', text }, { court })
    .deadlines.filter((d) => d.what.startsWith('last day for class members'))
    .map((d) => [d.what.replace('last day for class members to ', ''), d.dueDate, d.party]);

describe("class members' rights named together or on one day", () => {
  it.each([
    [
      'wiwd',
      'ORDER granting [40] Motion for Preliminary Approval of Class Action Settlement. Objections and requests for exclusion must be postmarked no later than May 30, 2031.',
      [
        ['object', '2031-05-30', null],
        ['opt out', '2031-05-30', null],
      ],
    ],
    [
      'mnd',
      'ORDER PRELIMINARILY APPROVING CLASS SETTLEMENT. Objections must be postmarked no later than May 30, 2031. Requests for exclusion must be postmarked no later than May 30, 2031. The fairness hearing is set for June 20, 2031.',
      [
        ['object', '2031-05-30', null],
        ['opt out', '2031-05-30', null],
      ],
    ],
    [
      'ksd',
      'ORDER granting preliminary approval of the class settlement. Opt-out requests or objections shall be filed on or before May 12, 2031. Claim forms must be submitted by May 12, 2031.',
      [
        ['opt out', '2031-05-12', null],
        ['object', '2031-05-12', null],
        ['submit a claim', '2031-05-12', null],
      ],
    ],
  ])('%s: each right its own day', (court, text, expected) => {
    expect(days(text, court)).toEqual(expected);
  });
});

describe('a period counted from a day the order defines or names', () => {
  it.each([
    [
      'ncwd',
      'ORDER granting preliminary approval of class settlement. The Notice Date is March 20, 2031. Class members may object within 45 days after the Notice Date. Final approval hearing set for June 12, 2031.',
      [['object', '2031-05-05', null]],
    ],
    [
      'cod',
      'ORDER PRELIMINARILY APPROVING SETTLEMENT. The Settlement Administrator shall mail the Class Notice by April 2, 2031 (the "Notice Date"). Any Class Member who wishes to object shall file a written objection no later than 45 days after the Notice Date.',
      [['object', '2031-05-19', null]],
    ],
    [
      'nmd',
      'ORDER granting preliminary approval of the settlement. Notice Date: April 2, 2031. Objections due 30 days after the Notice Date. Claims must be submitted within 60 days after the Notice Date.',
      [
        ['object', '2031-05-02', null],
        ['submit a claim', '2031-06-02', null],
      ],
    ],
    [
      'innd',
      'ORDER granting preliminary approval of class settlement. Class members may object within 45 days after March 20, 2031. The final approval hearing is set for June 12, 2031.',
      [['object', '2031-05-05', null]],
    ],
  ])('%s: dated', (court, text, expected) => {
    expect(days(text, court)).toEqual(expected);
  });

  it('a Notice Date the order does not give: the period waits for it', () => {
    expect(
      days(
        'ORDER granting preliminary approval of class settlement. Objections are due 45 days after the Notice Date. Final approval hearing set for June 12, 2031.',
        'ctd',
      ),
    ).toEqual([['object', null, null]]);
  });
});

describe('a day given only some class members is theirs; the others keep theirs', () => {
  it.each([
    [
      'wiwd',
      'ORDER. For the approximately 4,100 class members whose notices were returned as undeliverable and re-mailed, the deadline to request exclusion is extended to October 28, 2031. All other deadlines remain unchanged.',
      'opt out, only for approximately 4,100 class members whose notices were returned as undeliverable and re-mailed',
      '2031-10-28',
    ],
    [
      'ksd',
      'ORDER granting [77] Motion to Extend Opt-Out Deadline. The opt-out deadline is extended to October 28, 2031 for those class members who did not receive the initial mailed notice.',
      'opt out, only for class members who did not receive the initial mailed notice',
      '2031-10-28',
    ],
    [
      'insd',
      'ORDER granting [80] unopposed motion. As to the 212 Class Members listed in Exhibit A, whose notices were sent to an incorrect address, the last day to submit a claim is November 14, 2031.',
      'submit a claim, only for 212 Class Members listed in Exhibit A, whose notices were sent to an incorrect address',
      '2031-11-14',
    ],
  ])('%s: %s', (court, text, right, due) => {
    const [d, ...more] = analyzeEntry({ number: '90', dateFiled: '2031-08-01', text }, { court }).deadlines;
    expect(more).toEqual([]);
    expect([d?.what, d?.dueDate, d?.change, d?.party]).toEqual([
      `last day for class members to ${right}`,
      due,
      'set',
      null,
    ]);
  });

  it('the whole class’s day extended is a move of that day', () => {
    const [d] = analyzeEntry(
      {
        number: '91',
        dateFiled: '2031-08-01',
        text: 'ORDER granting [77] Motion to Extend. The deadline for class members to object is extended to October 28, 2031.',
      },
      { court: 'mnd' },
    ).deadlines;
    expect([d?.what, d?.dueDate, d?.change]).toEqual([
      'last day for class members to object',
      '2031-10-28',
      'extended',
    ]);
  });
});
