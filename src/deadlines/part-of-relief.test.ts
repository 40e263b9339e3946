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

/** The tracker after `entries` in `court`, and its posture's in-force lines on `asOf`. */
function tracked(court: string, entries: [string, string, string][], asOf: string) {
  const input = entries.map(([number, dateFiled, text]) => ({ number, dateFiled, text }));
  const tracker = new Tracker({ court });
  const analyses = analyzeSequence(input, { court });
  const events = input.flatMap((e, i) => tracker.apply(e, analyses[i]!));
  return { tracker, events, lines: tracker.posture(asOf).inForce.map((f) => f.summary) };
}

const GRANT: [string, string, string] = [
  '16',
  '2026-02-02',
  'ORDER granting [3] Motion for Preliminary Injunction. Pending final judgment, Defendants are PRELIMINARILY ENJOINED from closing any shelter bed without thirty days’ notice to its occupant.',
];

describe('relief named only in what an act leaves out is untouched (try-out 10 K5)', () => {
  it.each([
    [
      'ded',
      "ORDER STAYING PROCEEDINGS: all proceedings in this case are STAYED pending the Third Circuit's decision in No. 26-1410, except that the preliminary injunction (ECF No. 16) remains in effect and Defendants' reports shall continue.",
    ],
    [
      'laed',
      'ORDER: All further proceedings are STAYED pending appeal, save that the preliminary injunction [16] shall remain in full force and effect.',
    ],
    [
      'wawd',
      'MINUTE ORDER. This action is STAYED pending resolution of the appeal, with the exception of the preliminary injunction entered February 2, 2026, which remains in force.',
    ],
  ])('%s: %s', (court, text) => {
    expect(actions(text, '2026-04-01')).toEqual([]);
    const { lines } = tracked(court, [GRANT, ['30', '2026-04-01', text]], '2026-04-02');
    expect(lines.filter((l) => /^Preliminary injunction/.test(l))).toEqual([
      'Preliminary injunction in effect since February 2, 2026 until final judgment',
    ]);
  });

  it('an injunction the act names outside the exception is still acted on', () => {
    expect(
      actions(
        'ORDER: The preliminary injunction [16] is STAYED, except as to paragraph 2, which remains in effect.',
      ),
    ).toEqual([['preliminary_injunction', 'modified']]);
  });
});

describe('a paragraph of the order that granted relief, acted on in part: that part named, the rest in force', () => {
  it.each([
    [
      'scd',
      'ORDER ON REMAND: Consistent with the judgment of the court of appeals, paragraph 2 of the Order of February 2, 2026 (ECF No. 16) is VACATED insofar as it required notice before closing beds in overflow shelters. The remainder of the preliminary injunction remains in effect.',
      /vacated only as to paragraph 2, insofar as it required notice before closing beds in overflow shelters; the rest in force/,
    ],
    [
      'nmd',
      'ORDER: Paragraph 2 of ECF No. 16 is hereby VACATED to the extent that it requires notice to occupants of seasonal beds. All other provisions of ECF No. 16 remain in effect.',
      /vacated only as to paragraph 2, to the extent that it requires notice to occupants of seasonal beds; the rest in force/,
    ],
    [
      'ctd',
      'ORDER. The Court VACATES paragraph 2 of its February 2, 2026 order [16] to the extent it bars closures ordered by the fire marshal.',
      /vacated only as to paragraph 2, to the extent it bars closures ordered by the fire marshal; the rest in force/,
    ],
  ])('%s: %s', (court, text, told) => {
    const { lines, events } = tracked(court, [GRANT, ['40', '2026-05-04', text]], '2026-05-05');
    expect(lines).toEqual([expect.stringMatching(told)]);
    const modified = events.filter((e) => e.type === 'injunction.modified');
    expect(modified).toHaveLength(1);
    expect(modified[0]!.data).toMatchObject({ part: { act: 'vacated', reach: 'only', paragraphs: ['2'] } });
  });

  it('a paragraph of another order names no injunction', () => {
    const { lines, events } = tracked(
      'scd',
      [
        GRANT,
        [
          '40',
          '2026-05-04',
          'ORDER: paragraph 2 of the Scheduling Order of March 9, 2026 (ECF No. 21) is VACATED insofar as it set a mediation deadline.',
        ],
      ],
      '2026-05-05',
    );
    expect(events.filter((e) => e.entry === '40' && e.type.startsWith('injunction.'))).toEqual([]);
    expect(lines).toEqual(['Preliminary injunction in effect since February 2, 2026 until final judgment']);
  });

  it('an order vacated but for a paragraph tells the part kept', () => {
    const { lines, events } = tracked(
      'laed',
      [
        GRANT,
        [
          '50',
          '2026-06-01',
          "ORDER. The Court's Order of February 2, 2026 (Doc. No. 16) is VACATED as superseded by the Settlement Agreement, except that paragraph 2 of that Order shall remain in effect until the Monitor certifies compliance.",
        ],
      ],
      '2026-06-02',
    );
    expect(lines).toEqual([
      expect.stringMatching(
        /\(vacated except that paragraph 2 of that Order shall remain in effect until the Monitor certifies compliance: that part in force\)/,
      ),
    ]);
    expect(events.find((e) => e.type === 'injunction.modified')?.data).toMatchObject({
      kept: ['2'],
      part: { act: 'vacated', reach: 'except', paragraphs: ['2'] },
    });
  });
});

describe('a district court’s stay of one paragraph pending appeal (try-out 9 p08 in other words)', () => {
  const appeal: [string, string, string] = [
    '20',
    '2026-02-10',
    'NOTICE OF APPEAL to the Ninth Circuit as to [16] Order on Motion for Preliminary Injunction by Harbor County. (Entered: 02/10/2026)',
  ];
  it.each([
    "ORDER granting in part [22] Motion to Stay Pending Appeal. The Court's Order (ECF No. 16) is STAYED as to paragraph 2 only, pending the Ninth Circuit's ruling on Defendant's appeal.",
    'ORDER: The preliminary injunction [16] is stayed pending appeal only as to paragraph 2; the motion is otherwise DENIED.',
  ])('%s', (text) => {
    const { lines } = tracked('wawd', [GRANT, appeal, ['25', '2026-02-20', text]], '2026-02-21');
    expect(lines).toEqual([
      expect.stringMatching(
        /^Preliminary injunction in effect since February 2, 2026 until final judgment.*paragraph 2.*the rest in force/,
      ),
    ]);
  });
});
