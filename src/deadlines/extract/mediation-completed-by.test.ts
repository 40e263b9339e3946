/**
 * "Mediation must be completed by D" (try-out 14 B-MAJ4: read as a hearing word and dropped, so the
 * mediation stood "undated"), in several courts' wordings (hand-written): the last day to finish the
 * mediation is a deadline; a mediation session "to be held on D" is the day of a session, not one.
 */
import { describe, expect, it } from 'vitest';
import { analyzeEntry } from './index.ts';

const due = (court: string, text: string) =>
  analyzeEntry({ number: '31', dateFiled: '2031-05-09', text }, { court }).deadlines.map((d) => [
    d.what,
    d.dueDate,
  ]);

describe('the last day to complete a mediation is a deadline', () => {
  it.each([
    [
      'ncwd',
      'ORDER REFERRING CASE TO MEDIATION. The parties must mediate before a mediator of their choice; mediation must be completed by June 30, 2031, and a report of the outcome filed within 7 days after the session ends.',
    ],
    ['cod', 'ORDER. Mediation shall be completed by June 30, 2031.'],
    [
      'ksd',
      'ORDER REFERRING CASE TO MEDIATION. The mediation shall be concluded no later than June 30, 2031.',
    ],
  ])('%s', (court, text) => {
    expect(due(court, text)).toContainEqual([expect.stringMatching(/mediation/i), '2031-06-30']);
  });

  it('a session "to be held on" a day is no deadline', () => {
    expect(
      due('ncwd', 'ORDER: Mediation to be held on June 30, 2031 at 10:00 AM before Magistrate Judge Cole.'),
    ).toEqual([]);
  });
});
