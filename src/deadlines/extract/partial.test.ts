/**
 * The one reader of acts on part of an order (partial.ts): which part an act touches (`only`) or
 * keeps out (`except`), in several courts' wordings (hand-written; names fictional), and what is
 * no part at all ("to the extent set forth below", "except as otherwise provided").
 */
import { describe, expect, it } from 'vitest';
import { partialClause, partOfAct, partParagraphs, withoutExcepted } from './partial.ts';

describe('an act limited to a part: only that part, the rest in force', () => {
  it.each([
    [
      'The district court’s preliminary injunction of June 3, 2026 is STAYED insofar as paragraph 2 requires the release of any detainee within five days.',
      ['2'],
      /^insofar as paragraph 2 requires the release of any detainee within five days$/,
    ],
    [
      'The injunction entered on May 1, 2026 is stayed pending appeal only to the extent that paragraph 4(c) requires monthly audits.',
      ['4'],
      /^only to the extent that paragraph 4\(c\) requires monthly audits$/,
    ],
    [
      'The Court’s Order (ECF No. 31) is STAYED as to paragraph 4 only, pending the Ninth Circuit’s ruling.',
      ['4'],
      /paragraph 4/,
    ],
    [
      'ORDER: the remedial order [52] is stayed only as to paragraphs 5 and 6.',
      ['5', '6'],
      /paragraphs 5 and 6/,
    ],
    [
      'The injunction is vacated to the extent it bars transfers within the District of Columbia.',
      [],
      /^to the extent it bars transfers within the District of Columbia$/,
    ],
  ])('%s', (sentence, paragraphs, words) => {
    const clause = partialClause(sentence);
    expect(clause?.reach).toBe('only');
    expect(clause?.paragraphs).toEqual(paragraphs);
    expect(clause?.words).toMatch(words);
  });

  it.each([
    'The motion is GRANTED to the extent that the preliminary injunction is administratively stayed.',
    'The relief is granted to the extent set forth below.',
    'All deadlines are vacated except as otherwise provided in this Order.',
    'No extension will be granted except for good cause shown.',
  ])('no part: %s', (sentence) => {
    expect(partialClause(sentence)).toBeNull();
  });
});

describe('an act on all but a part: that part stays in force', () => {
  it.each([
    [
      'The Order of April 2, 2026 (Dkt. 18) is VACATED as superseded by the Settlement Agreement, except that paragraph 3 of that Order shall remain in effect until the Monitor certifies compliance.',
      ['3'],
    ],
    ['The temporary restraining order [12] is dissolved save for paragraph 5.', ['5']],
    [
      'The preliminary injunction is VACATED with the exception of paragraph 2, which remains in force.',
      ['2'],
    ],
    ['The consent decree is terminated in all respects but paragraph 6.', ['6']],
    ['The Order [40] is hereby vacated, except as to paragraphs 2 and 4.', ['2', '4']],
  ])('%s', (sentence, paragraphs) => {
    const clause = partialClause(sentence);
    expect(clause?.reach).toBe('except');
    expect(clause?.paragraphs).toEqual(paragraphs);
  });

  it.each([
    [
      "All proceedings in this case are STAYED pending the Ninth Circuit's decision in No. 26-35110, except that the preliminary injunction (ECF No. 13) remains in effect.",
      "All proceedings in this case are STAYED pending the Ninth Circuit's decision in No. 26-35110.",
    ],
    [
      'All further proceedings are STAYED pending appeal, save that the preliminary injunction [20] shall remain in full force and effect.',
      'All further proceedings are STAYED pending appeal.',
    ],
    [
      'The case is stayed, with the exception of proceedings to enforce the permanent injunction.',
      'The case is stayed.',
    ],
  ])('what the act itself reaches: %s', (sentence, main) => {
    expect(withoutExcepted(sentence)).toBe(main);
  });
});

describe('the part an act names, in the court’s words', () => {
  it.each([
    [
      'In accordance with the mandate, paragraph 3 of the Opinion and Order of May 4, 2026 (ECF No. 19) is VACATED insofar as it required reinstatement for persons whose coverage ended before March 1, 2026.',
      {
        reach: 'only',
        paragraphs: ['3'],
        words:
          'paragraph 3, insofar as it required reinstatement for persons whose coverage ended before March 1, 2026',
        narrowed: true,
      },
    ],
    [
      'The court VACATES paragraph 2 of the permanent injunction (Dkt. No. 61).',
      { reach: 'only', paragraphs: ['2'], words: 'paragraph 2' },
    ],
    [
      'Paragraphs 5 and 6 of the district court’s July 15, 2026 order are stayed pending further order.',
      { reach: 'only', paragraphs: ['5', '6'], words: 'paragraphs 5 and 6' },
    ],
    [
      'The Order (Doc. No. 12) is VACATED, except that paragraph 3 of that Order shall remain in effect until the Monitor certifies compliance.',
      {
        reach: 'except',
        paragraphs: ['3'],
        words:
          'except that paragraph 3 of that Order shall remain in effect until the Monitor certifies compliance',
      },
    ],
  ])('%s', (sentence, part) => {
    expect(partOfAct(sentence)).toEqual(part);
  });

  it('the numbered paragraphs of words about a part, never a day of the month', () => {
    expect(
      partParagraphs('paragraph 3, insofar as it required reinstatement before January 10, 2028'),
    ).toEqual(['3']);
    expect(partParagraphs('insofar as it requires notice 15 days before removal')).toEqual([]);
  });
});
