/**
 * How relief ends, as orders write it in several courts (names fictional): a stay "pending" an
 * agency's act keeps that condition in the order's words; a last day given with an hour ("shall
 * expire at 6:30 p.m. on February 5, 2026") keeps the hour — the court's time.
 */
import { describe, expect, it } from 'vitest';
import { analyzeEntry } from './index.ts';

const read = (text: string, court: string, dateFiled: string, documentText?: string) =>
  analyzeEntry({ number: '26', dateFiled, text, ...(documentText ? { documentText } : {}) }, { court });

describe('a stay until another body acts keeps that condition', () => {
  it.each([
    [
      'flsd',
      'OMNIBUS ORDER. 3. The removal of Petitioners Anselme Durand and Marthe Ilunga is STAYED pending the Board of Immigration Appeals\u2019 adjudication of their motions to reopen.',
      'Board of Immigration Appeals\u2019 adjudication of their motions to reopen',
    ],
    [
      'ctd',
      "ORDER: The removal of Petitioner Lucila Ferreira-Nunes is STAYED pending the Board of Immigration Appeals' adjudication of her motion to reopen.",
      "Board of Immigration Appeals' adjudication of her motion to reopen",
    ],
    [
      'ned',
      "ORDER granting [4] Emergency Motion for Stay of Removal. Petitioner's removal is stayed pending the immigration judge's adjudication of his motion to reopen.",
      "immigration judge's adjudication of his motion to reopen",
    ],
    [
      'laed',
      "ORDER: Respondents shall not remove Petitioner Ikenna Obi from the United States pending the BIA's consideration of his motion to reconsider.",
      "BIA's consideration of his motion to reconsider",
    ],
  ])('%s: %s', (court, text, condition) => {
    const stays = read(text, court, '2026-02-18').stays;
    expect(stays).toHaveLength(1);
    expect(stays[0]).toMatchObject({ action: 'granted', expires: null });
    expect(stays[0]!.until).toContain(condition);
  });

  it('until further order stays "further order"; a stay pending appeal is not a condition in words', () => {
    expect(
      read('ORDER: Removal of Petitioner is STAYED pending further order of the Court.', 'ned', '2026-02-18')
        .stays[0]?.until,
    ).toBe('further_order');
  });
});

describe('relief that ends at an hour keeps the hour', () => {
  it.each([
    [
      'flsd',
      'ORDER GRANTING IN PART [3] Emergency Motion for Temporary Restraining Order. See attached document.',
      'Respondents are TEMPORARILY RESTRAINED from removing any member of the proposed class. This Temporary Restraining Order shall expire at 6:30 p.m. on February 5, 2026, fourteen days after its entry, unless extended for good cause.',
      '2026-01-22',
      '2026-02-05',
      '18:30',
    ],
    [
      'mowd',
      'ORDER granting [2] Motion for Temporary Restraining Order. See attached order.',
      'Respondents are RESTRAINED from transferring Petitioners out of this District. This temporary restraining order expires fourteen days from its entry, at 11:59 p.m. on March 24, 2026, unless extended by the Court.',
      '2026-03-10',
      '2026-03-24',
      '23:59',
    ],
    [
      'nmd',
      'ORDER granting [2] Motion for Temporary Restraining Order. Respondents are ENJOINED from transferring Petitioner out of the District of New Mexico. This Order shall expire on June 18, 2025 at 5:00 p.m.',
      undefined,
      '2025-06-04',
      '2025-06-18',
      '17:00',
    ],
  ])('%s: the TRO ends at its hour', (court, text, doc, filed, until, time) => {
    const tro = read(text, court, filed, doc).injunctions.filter((f) => f.type === 'TRO');
    expect(tro.map((f) => [f.action, f.until, f.untilTime])).toEqual([['granted', until, time]]);
  });

  it('a last day with no hour ends at the day’s end: no hour is made up', () => {
    const tro = read(
      'PAPERLESS ORDER EXTENDING TEMPORARY RESTRAINING ORDER. For good cause stated on the record at the February 4, 2026 hearing, the Temporary Restraining Order [14] is EXTENDED through and including February 19, 2026.',
      'flsd',
      '2026-02-04',
    ).injunctions;
    expect(tro.map((f) => [f.action, f.until, f.untilTime])).toEqual([['extended', '2026-02-19', undefined]]);
  });

  it('an hour in another sentence (a hearing) is not the relief’s end', () => {
    const tro = read(
      'ORDER granting [2] Motion for Temporary Restraining Order. Respondents are ENJOINED from transferring Petitioner. This Order shall remain in effect through March 12, 2026. A hearing is set for March 12, 2026 at 10:00 a.m.',
      'ctd',
      '2026-02-26',
    ).injunctions;
    expect(tro.map((f) => [f.until, f.untilTime])).toEqual([['2026-03-12', undefined]]);
  });
});
