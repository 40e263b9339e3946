/**
 * Appellate acts on part of relief, in several courts' words (names fictional): a decision whose
 * one subject takes two outcomes ("The order of the district court is affirmed in part and vacated
 * in part") is a decision in part — never an affirmance; a stay pending appeal granted "insofar as"
 * it reaches some class members, the injunction "remains in effect as to all other class members",
 * stays that injunction in part — the words keeping the rest do not take the injunction out of the
 * stay's reach.
 */
import { describe, expect, it } from 'vitest';
import { readAppealsDocket } from './appellate.ts';
import { stayReach } from './extract/relief.ts';

describe('one subject, two outcomes: a decision in part', () => {
  it.each([
    [
      'OPINION FILED - THE COURT: WESTBROOK, ALCALDE and PRZYBYLSKI. The order of the district court is affirmed in part and vacated in part, and the case is remanded for further proceedings. (PUBLISHED) [6120031] (LKB)',
      'vacated',
      'affirmed in part, vacated in part, remanded',
    ],
    [
      'JUDGMENT entered by Ines Calderwood, Appellate Judge; Ruth Okafor, Appellate Judge. The preliminary injunction is affirmed in part and reversed in part, and the matter is remanded for further proceedings consistent with the opinion issued this day.',
      'reversed',
      'affirmed in part, reversed in part, remanded',
    ],
    [
      'OPINION filed. The judgment is affirmed in part, vacated in part. Costs to neither party.',
      'vacated',
      'affirmed in part, vacated in part',
    ],
  ])('%s', (text, outcome, disposition) => {
    expect(readAppealsDocket(text)).toMatchObject({ act: 'decision', outcome, inPart: true, disposition });
  });

  it('"affirmed" alone stays an affirmance; "and the case is remanded" adds no outcome of its own', () => {
    expect(
      readAppealsDocket('OPINION FILED. The order of the district court is affirmed. (UNPUBLISHED)'),
    ).toMatchObject({ act: 'decision', outcome: 'affirmed', inPart: false });
  });
});

describe('a stay pending appeal for some class members: the injunction is what it reaches', () => {
  it.each([
    [
      'Appellants\u2019 motion for a stay pending appeal is granted in part and denied in part. Pending appeal, the preliminary injunction is stayed insofar as it bars expedited removal of class members who arrived after January 1, 2027. The motion is otherwise denied, and the injunction remains in effect as to all other class members.',
    ],
    [
      'The motion to stay is GRANTED IN PART. The preliminary injunction is stayed to the extent it requires release of detainees held fewer than ninety days; the injunction remains in effect in all other respects.',
    ],
    [
      'ORDER: The stay motion is granted in part. The injunction is stayed insofar as it applies to members of the Transfer Subclass, and it remains in effect for all other members of the class.',
    ],
  ])('%s', (text) => {
    const grant = text.split(/(?<=\.)\s+/).find((s) => /\bstayed\b/.test(s))!;
    expect(stayReach(text, grant).kept).not.toContain('injunction');
  });

  it('an injunction the stay is denied as to is still kept whole', () => {
    const text =
      'The motion is granted as to the order vacating the Rule, which is stayed pending appeal. The permanent injunction remains in effect.';
    expect(stayReach(text, text).kept).toContain('injunction');
  });
});

describe('"Pending appeal, the injunction is stayed insofar as …": the part stayed, named', () => {
  it.each([
    [
      "ORDER entered by Judges Ferreira-Lund, Okoro and Baptiste: Appellants' motion for a stay pending appeal is granted in part and denied in part. Pending appeal, the preliminary injunction is stayed insofar as it requires release of detainees held fewer than thirty days. The motion is otherwise denied. [27-3310]",
      'insofar as it requires release of detainees held fewer than thirty days',
    ],
    [
      'ORDER: The motion for stay is GRANTED IN PART. Pending the appeal, the injunction is stayed to the extent that it bars transfers of class members out of the district. [27-1175]',
      'to the extent that it bars transfers of class members out of the district',
    ],
  ])('%s', (text, part) => {
    expect(readAppealsDocket(text)).toMatchObject({ act: 'stay', action: 'granted', inPart: true, part });
  });
});
