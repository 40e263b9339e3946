/**
 * Only part of an order acted on, the whole order touched (try-out 9 C13, C14): a preliminary
 * injunction made final (a permanent injunction from then on, not a "modified" preliminary one that
 * ends on its PLRA day), and a vacatur of numbered paragraphs of an injunction (those paragraphs;
 * the rest in force). Several courts' phrasings (hand-written, names fictional), read through the
 * extractor and, in order, the tracker.
 */
import { describe, expect, it } from 'vitest';
import { analyzeEntry, analyzeSequence } from './extract/index.ts';
import { Tracker } from './tracker.ts';

const actions = (text: string, dateFiled = '2026-05-01') =>
  analyzeEntry({ number: '40', dateFiled, text }).injunctions.map((f) => [f.type, f.action]);

function posture(entries: [string, string, string][], asOf: string) {
  const input = entries.map(([number, dateFiled, text]) => ({ number, dateFiled, text }));
  const tracker = new Tracker({ court: 'ilcd' });
  const analyses = analyzeSequence(input, { court: 'ilcd' });
  input.forEach((e, i) => {
    tracker.apply(e, analyses[i]!);
  });
  return tracker.posture(asOf).inForce.map((f) => f.what);
}

const PI: [string, string, string] = [
  '16',
  '2026-02-02',
  'ORDER granting [3] Motion for Preliminary Injunction. Defendants are ENJOINED from housing detainees in units where the heat index exceeds 88 degrees. Under 18 U.S.C. § 3626(a)(2), this preliminary injunction expires ninety days after its entry, on May 3, 2026, unless the court makes the order final before then.',
];

describe('a preliminary injunction made final: a permanent injunction from then on', () => {
  it.each([
    'ORDER. The preliminary injunction entered February 2, 2026 (Dkt. No. 16) is made FINAL as modified below, and is replaced by this permanent injunction.',
    'ORDER. Having made the findings required by 18 U.S.C. § 3626(a)(1), the Court MAKES FINAL the preliminary injunction [16].',
    'MEMORANDUM ORDER. The preliminary injunction [16] is hereby converted into a permanent injunction.',
    'ORDER. The Court converts its preliminary injunction of February 2, 2026 into a permanent injunction.',
    'ORDER. The preliminary injunction entered on February 2, 2026 is made permanent.',
  ])('%s', (text) => {
    expect(actions(text)).toEqual([
      ['preliminary_injunction', 'converted'],
      ['permanent_injunction', 'granted'],
    ]);
    expect(posture([PI, ['33', '2026-04-28', text]], '2026-06-01')).toEqual([
      expect.stringMatching(/^Permanent injunction/),
    ]);
  });

  it('"unless the court makes the order final" is no act', () => {
    expect(actions(PI[2])).toEqual([['preliminary_injunction', 'granted']]);
  });
});

describe('numbered paragraphs of an injunction vacated: the rest in force', () => {
  it.each([
    'TEXT ONLY ORDER. In accordance with the mandate, the court VACATES paragraph 3 of the permanent injunction (Dkt. No. 33). All other provisions of Dkt. No. 33 remain in effect.',
    'ORDER: Paragraphs 2 and 4 of the permanent injunction [33] are VACATED.',
    'ORDER. The Court hereby vacates paragraphs (b) through (d) of the permanent injunction entered April 28, 2026.',
    'ORDER. The Court DISSOLVES paragraph 5 of the permanent injunction; the remaining paragraphs are unaffected.',
  ])('%s', (text) => {
    expect(actions(text)).toEqual([['permanent_injunction', 'modified']]);
  });

  it('the whole injunction vacated is still vacated', () => {
    expect(actions('ORDER: The permanent injunction [33] is VACATED.')).toEqual([
      ['permanent_injunction', 'vacated'],
    ]);
  });
});

describe('an order vacated but for the paragraphs it keeps: the relief it granted stays in force in those', () => {
  const keptOf = (text: string) =>
    analyzeEntry({ number: '50', dateFiled: '2026-09-01', text }).injunctions.map((f) => f.kept ?? null);

  it.each([
    [
      "ORDER. The Court's Order of February 2, 2026 (Doc. No. 16) is VACATED as superseded by the Settlement Agreement, except that paragraph 3 of that Order shall remain in effect until the Monitor certifies compliance.",
      ['3'],
    ],
    [
      'ORDER: The Order [16] is hereby vacated, except as to paragraphs 2 and 4, which remain in effect.',
      ['2', '4'],
    ],
    [
      'MINUTE ORDER. The preliminary injunction order (ECF No. 16) is DISSOLVED except for paragraph 5 thereof.',
      ['5'],
    ],
  ])('%s', (text, kept) => {
    expect(keptOf(text)).toContainEqual(kept);
  });

  it('a refusal or a proposal keeps nothing', () => {
    expect(
      keptOf(
        'ORDER. Defendant asks that the Order (Doc. No. 16) be vacated except that paragraph 3 remain in effect; the request is DENIED.',
      ),
    ).not.toContainEqual(['3']);
  });

  it('the relief the named order granted stays in force; another order named keeps nothing', () => {
    const vacated: [string, string, string] = [
      '50',
      '2026-04-01',
      "ORDER. The Court's Order of February 2, 2026 (Doc. No. 16) is VACATED, except that paragraph 2 of that Order shall remain in effect until further order.",
    ];
    expect(posture([PI, vacated], '2026-04-02')).toEqual([expect.stringMatching(/^Preliminary injunction/)]);
    const other: [string, string, string] = [
      '51',
      '2026-04-01',
      'ORDER. The Scheduling Order (Doc. No. 9) is VACATED, except that paragraph 2 of that Order shall remain in effect.',
    ];
    expect(posture([PI, other], '2026-04-02')).toEqual([expect.stringMatching(/^Preliminary injunction/)]);
  });
});
