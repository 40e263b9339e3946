/**
 * The district clerk's copy of a court of appeals' decision that says only what it is — "USCA
 * OPINION as to [24] Notice of Appeal", "OPINION of USCA", a feed's title "USCA Opinion" — is the
 * decision the appeal's docket already reported, whatever its outcome: the record marks it a copy
 * (`appeal.copied`, told to nobody) by the appeal or notice of appeal it names, or else (the
 * documented fallback) by the appeal docket's decision in the 30 days before. Hand-written entries
 * in several clerks' styles; names fictional.
 */
import { describe, expect, it } from 'vitest';
import { derivedFor, entryMaker } from '../../../tests/support/entry-inputs.ts';
import type { EntryInput } from './model.ts';

const entry = entryMaker('ca7');

const BASE = [
  entry(
    '20',
    '2021-09-14',
    'ORDER granting [8] Motion for Preliminary Injunction. Defendant is ENJOINED from evicting members of the class pending final judgment.',
  ),
  entry('24', '2021-09-20', 'NOTICE OF APPEAL by Lakeshore Housing Authority regarding orders [20].'),
  entry('1', '2021-09-21', 'Civil case docketed. Fee paid.', '7'),
  entry(
    '30',
    '2022-04-05',
    'OPINION and JUDGMENT filed: The preliminary injunction entered September 14, 2021 is VACATED, and the case is REMANDED.',
    '7',
  ),
];

const copied = (entries: EntryInput[]) =>
  derivedFor('ilnd:1:21-cv-04410', entries)
    .events.filter((e) => e.type === 'appeal.copied')
    .map((e) => e.entry);

describe("a decision's copy that says only what it is", () => {
  for (const [title, day] of [
    ['USCA OPINION as to [24] Notice of Appeal filed by Lakeshore Housing Authority. (ks)', '2022-04-06'],
    ['OPINION of USCA (ks)', '2022-04-06'],
    ['USCA Opinion', '2022-04-06'],
    ['USCA JUDGMENT as to 24 Notice of Appeal', '2022-04-20'],
    ['CERTIFIED COPY OF OPINION from the U.S. Court of Appeals for the Seventh Circuit.', '2022-05-01'],
  ] as const)
    it(`is the copy of the appeal's decision: “${title}”`, () => {
      expect(copied([...BASE, entry('58', day, title)])).toEqual(['58']);
    });

  it('is paired once: a second title-only copy of the same decision is not a copy of it', () => {
    expect(
      copied([...BASE, entry('58', '2022-04-06', 'USCA OPINION'), entry('59', '2022-04-07', 'USCA OPINION')]),
    ).toEqual(['58']);
  });

  it('is not paired with a decision of another appeal, nor, naming none, with one more than 30 days before', () => {
    // The notice it names is not the appeal decided.
    const other = [
      ...BASE,
      entry('40', '2021-11-01', 'NOTICE OF APPEAL by Northside Tenants Council regarding orders [35].'),
      entry('58', '2022-04-06', 'USCA OPINION as to [40] Notice of Appeal.'),
    ];
    expect(copied(other)).toEqual([]);
    expect(copied([...BASE, entry('58', '2022-05-16', 'USCA OPINION')])).toEqual([]);
  });

  it('comes before the appeal docket has the decision: an entry like any other', () => {
    const early = [BASE[0]!, BASE[1]!, BASE[2]!, entry('29', '2022-04-04', 'USCA OPINION'), BASE[3]!];
    expect(copied(early)).toEqual([]);
  });
});
