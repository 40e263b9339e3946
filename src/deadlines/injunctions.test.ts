/**
 * The TRO / preliminary injunction lifecycle in the language of several courts (hand-written,
 * names fictional), read in order through the extractor and the tracker: what is in force after.
 */
import { describe, expect, it } from 'vitest';
import { analyzeEntry, analyzeSequence } from './extract/index.ts';
import { rulingTerm } from './tracker/injunctions.ts';
import { Tracker } from './tracker.ts';

const actions = (text: string, dateFiled = '2019-05-01') =>
  analyzeEntry({ number: '40', dateFiled, text }).injunctions.map((f) => [f.type, f.action]);

function inForce(entries: [string, string, string][], asOf: string) {
  const input = entries.map(([number, dateFiled, text]) => ({ number, dateFiled, text }));
  const tracker = new Tracker({ court: 'cand' });
  const analyses = analyzeSequence(input, { court: 'cand' });
  input.forEach((e, i) => {
    tracker.apply(e, analyses[i]!);
  });
  return tracker.posture(asOf).inForce.map((f) => [f.what, f.since]);
}

const TRO = [
  '20',
  '2019-04-01',
  'ORDER GRANTING [5] MOTION FOR TEMPORARY RESTRAINING ORDER. Defendants are enjoined from enforcing the Rule pending further order of the Court. Signed by Judge Ann Lowe.',
] as [string, string, string];

describe('an intention is not an act', () => {
  it.each([
    'ORDER GRANTING [5] Motion for Temporary Restraining Order. The Court will hold a hearing to determine whether the temporary restraining order should be extended.',
    'ORDER granting [5] application for a TRO. The Court intends to consider at the April 10 hearing whether the TRO may be extended.',
    'MINUTE ORDER granting [5] Motion for TRO. If the parties so stipulate, the TRO could be extended by fourteen days.',
  ])('a TRO that may be extended later is granted, not extended: %s', (text) => {
    expect(actions(text)).toEqual([['TRO', 'granted']]);
  });

  it('an extension in the same breath as a future hearing is still an extension', () => {
    expect(
      actions(
        'ORDER: The temporary restraining order [20] is hereby extended until April 24, 2019, when the Court will determine whether a preliminary injunction should issue.',
      ),
    ).toEqual([['TRO', 'extended']]);
  });
});

describe('a TRO converted into a preliminary injunction ends as a TRO and goes on as an injunction', () => {
  it.each([
    'ORDER GRANTING [30] MOTION TO CONVERT TEMPORARY RESTRAINING ORDER TO A PRELIMINARY INJUNCTION. Signed by Judge Ann Lowe.',
    'ORDER: For the reasons stated on the record, the temporary restraining order entered April 1, 2019 [20] is hereby converted into a preliminary injunction.',
    'MEMORANDUM AND ORDER converting the TRO [20] into a preliminary injunction. Defendants remain enjoined from enforcing the Rule pending final judgment.',
  ])('%s', (text) => {
    expect(actions(text)).toEqual([
      ['TRO', 'converted'],
      ['preliminary_injunction', 'granted'],
    ]);
    expect(inForce([TRO, ['45', '2019-05-01', text]], '2019-05-02')).toEqual([
      ['Preliminary injunction', '2019-05-01'],
    ]);
  });

  it('a motion to convert, only scheduled, converts nothing', () => {
    expect(
      actions(
        'ORDER: Responses to [30] Motion to Convert Temporary Restraining Order to a Preliminary Injunction due by 4/15/2019. The TRO [20] remains in effect until the Court rules on the motion.',
      ),
    ).toEqual([]);
  });
});

describe('dissolved or vacated in part, amended, modified: the injunction stays in force, changed', () => {
  const PI = [
    '45',
    '2019-05-01',
    'ORDER GRANTING [30] MOTION FOR PRELIMINARY INJUNCTION. Defendants are enjoined from enforcing the Rule.',
  ] as [string, string, string];
  it.each([
    'ORDER: The preliminary injunction entered May 1, 2019 [45] is dissolved to the extent that it applies outside this District; it remains in effect in all other respects.',
    'ORDER: The preliminary injunction [45] is VACATED IN PART, as to the nationwide scope only.',
    'ORDER: The preliminary injunction of May 1, 2019 [45] is hereby amended: Defendants remain enjoined from enforcing Section 3 of the Rule.',
    'ORDER GRANTING IN PART AND DENYING IN PART DEFENDANTS’ [60] MOTION TO DISSOLVE PRELIMINARY INJUNCTION. Signed by Judge Ann Lowe.',
    'ORDER GRANTING IN PART AND DENYING IN PART PLAINTIFFS’ [61] MOTION TO ENFORCE, OR IN THE ALTERNATIVE, TO MODIFY PRELIMINARY INJUNCTION. Defendants are enjoined from applying Section 3 to students.',
    'ORDER granting in part [62] Motion to Modify the Preliminary Injunction. The injunction is modified as set forth herein.',
  ])('%s', (text) => {
    expect(actions(text, '2019-06-01')).toEqual([['preliminary_injunction', 'modified']]);
    expect(inForce([PI, ['70', '2019-06-01', text]], '2019-06-02')).toEqual([
      ['Preliminary injunction', '2019-05-01'],
    ]);
  });

  it.each([
    'ORDER DENYING [60] Defendants’ Motion to Dissolve the Preliminary Injunction.',
    'ORDER denying [61] Motion to Modify Preliminary Injunction.',
  ])('denying a motion about the injunction leaves it as it was: %s', (text) => {
    expect(actions(text, '2019-06-01')).toEqual([]);
    expect(inForce([PI, ['70', '2019-06-01', text]], '2019-06-02')).toEqual([
      ['Preliminary injunction', '2019-05-01'],
    ]);
  });

  it.each([
    'ORDER: The preliminary injunction [45] is DISSOLVED.',
    'ORDER GRANTING [60] MOTION TO DISSOLVE PRELIMINARY INJUNCTION.',
  ])('dissolved whole, it is no longer in force: %s', (text) => {
    expect(inForce([PI, ['70', '2019-06-01', text]], '2019-06-02')).toEqual([]);
  });
});

describe('interim relief ends with a final judgment against the plaintiffs', () => {
  const PI = [
    '12',
    '2019-04-10',
    'ORDER granting [6] Motion for Preliminary Injunction. Defendants are ENJOINED from enforcing the Rule pending final judgment.',
  ] as [string, string, string];
  it.each([
    'JUDGMENT entered in favor of Defendants and against Plaintiffs.',
    'ORDER granting [30] Defendants’ Motion for Summary Judgment. The complaint is DISMISSED with prejudice. Civil case terminated.',
    'MEMORANDUM AND ORDER: The petition for a writ of habeas corpus is DENIED.',
    'MINUTE ORDER: This action is dismissed for lack of jurisdiction. The Clerk is directed to close the case.',
  ])('ended: %s', (text) => {
    expect(inForce([TRO, PI, ['40', '2019-09-01', text]], '2019-09-02')).toEqual([]);
  });
  it.each([
    'JUDGMENT entered in favor of Plaintiffs and against Defendants.',
    'ORDER denying [30] Motion to Dismiss the Complaint.',
    'ORDER: Defendants’ motion to dismiss the complaint is DENIED.',
    'ORDER: The complaint is DISMISSED with leave to amend within 21 days.',
    'ORDER: The claims against Defendant Ray are dismissed; the complaint is dismissed as to Defendant Ray.',
    'ORDER TRANSFERRING CASE to the District of Oregon. Civil case terminated.',
    'ORDER: This case is STAYED and administratively closed pending arbitration.',
  ])('not ended: %s', (text) => {
    expect(inForce([PI, ['40', '2019-09-01', text]], '2019-09-02')).toContainEqual([
      'Preliminary injunction',
      '2019-04-10',
    ]);
  });
});

describe('rulingTerm: a term that ends with a ruling on a motion ("…, whichever is earlier")', () => {
  for (const [words, term] of [
    [
      'the Temporary Restraining Order [8] is EXTENDED through April 25, 2025, or until the Court rules on the [9] Motion for Preliminary Injunction, whichever is earlier.',
      { motions: [9], injunctionMotion: true },
    ],
    [
      'the Temporary Restraining Order 8 is EXTENDED through April 25, 2025, or until the Court rules on the 9 Motion for Preliminary Injunction, whichever is earlier.',
      { motions: [9], injunctionMotion: true },
    ],
    [
      'This Order shall remain in effect until the Court rules on Plaintiffs’ motion for a preliminary injunction.',
      { motions: [], injunctionMotion: true },
    ],
    [
      'The TRO remains in effect pending a ruling on the motion at ECF No. 12.',
      { motions: [12], injunctionMotion: false },
    ],
    ['The TRO remains in effect until further order of the Court.', null],
    ['The injunction is stayed pending resolution of the appeal.', null],
    ['This Order remains in effect until the Court rules on the merits.', null],
  ] as const)
    it(words, () => {
      expect(rulingTerm(words)).toEqual(term);
    });
});
