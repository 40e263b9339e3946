import { describe, expect, it } from 'vitest';
import { normalizeJudgeName } from './judge.ts';

describe('normalizeJudgeName: one normalization for district, history and appellate pages', () => {
  it.each([
    // as district docket headers print them
    ['Magistrate Judge Debra C. Freeman (Settlement)', 'Debra C. Freeman'],
    ['Honorable Robert M. Dow, Jr', 'Robert M. Dow Jr.'],
    ['DAVID ALAN EZRA', 'David Alan Ezra'],
    ['Senior Judge T. S. Ellis, III', 'T. S. Ellis III'],
    ['David S Morales', 'David S. Morales'],
    // as history reports print them
    ['G Murray Snow', 'G. Murray Snow'],
    ['WILLIAM L. OSTEEN, JR', 'William L. Osteen Jr.'],
    ['William H. Pauley, III', 'William H. Pauley III'],
    ["Liam O'Grady", "Liam O'Grady"],
    ['Magistrate Judge Anthony P. Patti', 'Anthony P. Patti'],
    // a mixed-case name keeps the court's spelling
    ['Kristi K. DuBose', 'Kristi K. DuBose'],
    ['J. Randal Hall', 'J. Randal Hall'],
    ['Magistrate Judge John A Kazen', 'John A. Kazen'],
    ['James V. Selna', 'James V. Selna'],
    // an all-capitals name is re-cased; a stray leading "J." (Judge) is dropped
    ['J. MICHAEL SEABRIGHT', 'Michael Seabright'],
    ['J. G. SMITH', 'J. G. Smith'],
    // as appellate dockets name the judge appealed from
    ['Katherine A. Crytzer, U.S. District Judge', 'Katherine A. Crytzer'],
  ])('%s → %s', (raw, expected) => {
    expect(normalizeJudgeName(raw)).toBe(expected);
  });

  it('returns null when nothing but titles is left', () => {
    expect(normalizeJudgeName('Unassigned')).toBeNull();
    expect(normalizeJudgeName('  ')).toBeNull();
  });
});
