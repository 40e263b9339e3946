import { describe, expect, it } from 'vitest';
import { readAppealsDocket, readDistrictCopy } from './appellate.ts';

describe('what a court of appeals does, from its docket words', () => {
  it.each([
    [
      'OPINION and JUDGMENT filed: The preliminary injunction entered July 24, 2017 and the order of January 2, 2018 are VACATED and the case is REMANDED to the district court. Decision for publication. (CLA)',
      { act: 'decision', disposition: 'vacated, remanded', outcome: 'vacated', inPart: false },
    ],
    [
      'FILED PER CURIAM OPINION (MICHAEL DALY HAWKINS, RONALD M. GOULD and RICHARD A. PAEZ) AFFIRMED IN PART; VACATED IN PART; REMANDED WITH INSTRUCTIONS. FILED AND ENTERED JUDGMENT. (RMM)',
      {
        act: 'decision',
        disposition: 'affirmed in part, vacated in part, remanded with instructions',
        outcome: 'vacated',
        inPart: true,
      },
    ],
    [
      'FILED PER CURIAM OPINION (A, B and C) AFFIRMED. FILED AND ENTERED JUDGMENT. (RMM)',
      { act: 'decision', disposition: 'affirmed', outcome: 'affirmed', inPart: false },
    ],
    [
      'JUDGMENT: REVERSED AND REMANDED. (Entered by the clerk)',
      { act: 'decision', disposition: 'reversed, remanded', outcome: 'reversed', inPart: false },
    ],
    ['MANDATE ISSUED with no costs taxed. (CLA)', { act: 'mandate' }],
    ['ORAL ARGUMENT HEARD before Judges A, B and C. (CLA)', null],
    ['ORDER filed denying petition for rehearing en banc filed by Appellees. (CLA)', null],
    ['Mandate Recalled by order of the court.', null],
  ])('%s', (text, act) => {
    expect(readAppealsDocket(text)).toEqual(act);
  });
});

describe('what the district docket reports of the court of appeals', () => {
  it.each([
    [
      'OPINION of U.S. Court of Appeals for the Sixth Circuit re [110] Notice of Appeal. The preliminary injunction of July 24, 2017 [87] and the January 2, 2018 order [191] are VACATED and the case is REMANDED. (KWil)',
      { act: 'decision', disposition: 'vacated, remanded', outcome: 'vacated', inPart: false },
    ],
    [
      'USCA JUDGMENT as to [45] Notice of Appeal: the order of the district court is AFFIRMED. (jd)',
      { act: 'decision', disposition: 'affirmed', outcome: 'affirmed', inPart: false },
    ],
    [
      'MANDATE of U.S. Court of Appeals for the Sixth Circuit re [110] Notice of Appeal. The judgment of the district court is VACATED and the case REMANDED. (KWil)',
      { act: 'mandate' },
    ],
    [
      'MANDATE of USCA as to 9 Notice of Appeal filed by Lucas Joseph Roddy the judgment of the District Court is affirmed. (SWE)',
      { act: 'mandate' },
    ],
    [
      'ORDER IN ACCORDANCE WITH THE MANDATE OF THE NINTH CIRCUIT COURT OF APPEALS. The preliminary injunction entered March 29, 2017 [270] is amended. Signed by JUDGE DERRICK K. WATSON.',
      null,
    ],
    ['ORDER vacating the preliminary injunction [87] in light of the opinion of the Court of Appeals.', null],
    ['COURT ORDER denying Motion to recall mandate filed by Appellant Mr. Lucas Roddy. (SWE)', null],
  ])('%s', (text, act) => {
    expect(readDistrictCopy(text)).toEqual(act);
  });
});
