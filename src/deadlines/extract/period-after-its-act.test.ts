/**
 * A period after its own act, the sentence joining a second duty with "and" (try-out 14 C-MAJ2:
 * "Respondents shall restore confidential attorney telephone access within 10 days and file weekly
 * compliance declarations every Friday" gave the ten days to the declarations, and the phone access
 * no deadline), in several courts' wordings (hand-written): the period times the act its verb governs
 * before it; the next duty is read on its own.
 */
import { describe, expect, it } from 'vitest';
import { analyzeEntry } from './index.ts';

const read = (court: string, text: string) =>
  analyzeEntry({ number: '14', dateFiled: '2031-05-09', text }, { court }).deadlines.map((d) => [
    d.what,
    d.dueDate,
  ]);

describe('the period times the act before it', () => {
  it.each([
    [
      'ncwd',
      'ORDER granting in part [2] Motion for Preliminary Injunction. Respondents shall restore confidential attorney telephone access within 10 days and file weekly compliance declarations every Friday.',
      /^restore confidential attorney telephone access$/,
      '2031-05-19',
    ],
    [
      'cod',
      'ORDER. Defendants shall reinstate the benefits of each class member within 14 days and file a notice of compliance.',
      /^reinstate the benefits of each class member$/,
      '2031-05-23',
    ],
    [
      'wvnd',
      'ORDER. Respondents must return the seized documents to Petitioner within 7 days and serve a copy of this Order on the facility.',
      /return the seized documents to Petitioner$/i,
      '2031-05-16',
    ],
  ])('%s', (court, text, what, due) => {
    const found = read(court, text);
    expect(found).toContainEqual([expect.stringMatching(what), due]);
    // Never the period given to the duty the sentence joins after it.
    expect(found.filter(([w, d]) => d === due && !what.test(String(w)))).toEqual([]);
  });

  it.each([
    ['ORDER. Respondents shall have 14 days to file a response.', 'response'],
    ['ORDER. Respondents shall, within 14 days, file a response.', 'response'],
  ])('a period before its act keeps reading the act after it: %s', (text, what) => {
    expect(read('ksd', text)).toEqual([[what, '2031-05-23']]);
  });
});
