/**
 * Stays, as courts write them (issue #14: the labeled corpus holds none, so these forms are
 * checked here, in several courts' styles; names fictional). Only the court's own acts stay.
 */
import { describe, expect, it } from 'vitest';
import { analyzeEntry } from './index.ts';

const at = (text: string, dateFiled = '2022-03-01', court = 'nysd') =>
  analyzeEntry({ number: '30', dateFiled, text }, { court });
const stays = (text: string, dateFiled?: string, court?: string) =>
  at(text, dateFiled, court).stays.map((s) => [s.action, s.expires, s.until]);

describe('stays granted', () => {
  it.each([
    'ORDER: This case is now stayed pending further order of the Court.',
    'ORDER: This action is hereby STAYED until further order.',
    'TEXT ORDER: All proceedings are temporarily stayed pending further order of the Court.',
    'ORDER: The case is administratively stayed pending further order.',
  ])('until further order: %s', (text) => {
    expect(stays(text)).toEqual([['granted', null, 'further_order']]);
  });

  it.each([
    // 60 days from Tuesday 3/1/2022 is Saturday 4/30: a stay's term ends on its day — Rule 6(a)(1)(C)
    // moves a last day to file, not the day an order's term ends (try-out 13 N7).
    ['ORDER: This action is stayed for 60 days.', '2022-04-30'],
    ['ORDER: Proceedings are STAYED for sixty (60) days from the date of this Order.', '2022-04-30'],
    ['MINUTE ORDER: The case is stayed for 30 days to permit settlement discussions.', '2022-03-31'],
    ['ORDER: The case is stayed until May 1, 2022.', '2022-05-01'],
    ['ORDER: All deadlines and proceedings are stayed through and including April 15, 2022.', '2022-04-15'],
  ])('for a period or to a day: %s', (text, expires) => {
    const a = at(text);
    expect(a.stays.map((s) => [s.action, s.expires])).toEqual([['granted', expires]]);
    // the stay's own end is read, so nothing is left for a person
    expect(a.needsReview ?? []).toEqual([]);
  });

  it.each([
    [
      'ORDER granting [12] Motion to Stay. This case is stayed pending the resolution of the appeal.',
      'the resolution of the appeal',
    ],
    [
      'ORDER: Discovery is stayed pending resolution of the motion to dismiss.',
      'resolution of the motion to dismiss',
    ],
  ])('pending an event: %s', (text, until) => {
    expect(stays(text)).toEqual([['granted', null, until]]);
  });

  it('the court’s own verb: "The Court STAYS this action pending arbitration"', () => {
    expect(stays('ORDER: The Court STAYS this action pending arbitration.').map(([a]) => a)).toEqual([
      'granted',
    ]);
  });
});

describe('stays lifted, extended, denied', () => {
  it.each([
    'ORDER: The stay is lifted.',
    'ORDER: Stay lifted. The case is reopened.',
    'ORDER lifting stay. The Clerk shall reopen the case.',
    'ORDER: The stay entered on 3/1/2022 is hereby LIFTED.',
    'ORDER TERMINATING STAY. The stay of this action is terminated.',
    'ORDER: The stay previously entered is dissolved.',
  ])('lifted: %s', (text) => {
    expect(stays(text)).toEqual([['lifted', null, null]]);
  });

  it('extended to a day', () => {
    expect(stays('ORDER: The stay is extended through June 30, 2022.')).toEqual([
      ['extended', '2022-06-30', null],
    ]);
  });

  it('a denied motion to stay is a denial; a motion to stay stays nothing', () => {
    expect(stays('ORDER denying [15] Motion to Stay.')).toEqual([['denied', null, null]]);
    expect(stays('MOTION to Stay by Acme Corp.')).toEqual([]);
    expect(stays('Joint MOTION to Stay all deadlines for fourteen days pending settlement.')).toEqual([]);
  });

  it('a stay and a deadline in one order are both read', () => {
    const a = at(
      "ORDER: The parties' joint motion to stay [20] is GRANTED. The case is STAYED for 90 days. The parties shall file a joint status report within 90 days.",
    );
    // 90 days is Memorial Day, May 30: the stay ends that day; the report, a paper to file, is due the next.
    expect(a.stays.map((s) => [s.action, s.expires])).toEqual([['granted', '2022-05-30']]);
    expect(a.deadlines.map((d) => d.dueDate)).toEqual(['2022-05-31']);
  });

  it('what the reader cannot place about a stay is flagged, not dropped', () => {
    const a = at(
      'ORDER: The automatic stay is modified to permit the movant to proceed in state court.',
      '2022-03-01',
      'nysb',
    );
    expect(a.stays).toEqual([]);
    expect((a.needsReview ?? []).flatMap((f) => f.triggers)).toContain('stay');
  });
});
