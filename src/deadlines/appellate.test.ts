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
      'OPINION filed (Judges A, B and C): AFFIRMED in part, VACATED in part, and REMANDED. The stay entered April 25, 2025 shall remain in effect until the mandate issues. (KT)',
      {
        act: 'decision',
        disposition: 'affirmed in part, vacated in part, remanded',
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
    ['Mandate Recalled by order of the court.', { act: 'recalled' }],
  ])('%s', (text, act) => {
    expect(readAppealsDocket(text)).toEqual(act);
  });
});

describe('an appeal ended, a mandate recalled, a stay pending appeal decided: the court’s act, not a request', () => {
  it.each([
    ['Filed clerk order (Deputy Clerk: RL): The mandate issued on 06/19/2017 is recalled. (RL)', 'recalled'],
    ['ORDER filed recalling the mandate issued March 3, 2020. (CLA)', 'recalled'],
    [
      'Order filed: the opinion filed June 12, 2017 is vacated and the appeal is dismissed as moot. (RMM)',
      'dismissed',
    ],
    [
      'CLERK ORDER dismissing appeal pursuant to 5th Circuit Rule 42 for want of prosecution. (SWE)',
      'dismissed',
    ],
    ['ORDER filed granting motion to voluntarily dismiss appeal [12]. (JAC)', 'dismissed'],
    [
      'Filed clerk order: The appeal is voluntarily dismissed pursuant to Fed. R. App. P. 42(b). (RR)',
      'dismissed',
    ],
    ['MOTION filed by Appellant to voluntarily dismiss appeal. (JAC)', null],
    ['Order filed: Appellants’ motion to dismiss the appeal is DENIED. (RR)', null],
    ['FILED: Notice of intent to withdraw appeal by Mr. A. Lawyer for Mr. B. Client. (APL)', null],
    ['COURT ORDER denying Motion to recall mandate filed by Appellant. (SWE)', null],
    [
      'Supreme Court Case Info: Ruling: Vacated/Remanded. Notes: to remand case to the 9th Circuit, to recall the mandate. (RL)',
      null,
    ],
    ['MOTION for stay pending appeal filed by Appellants. (JBS)', null],
  ])('%s', (text, act) => {
    expect(readAppealsDocket(text)?.act ?? null).toBe(act);
  });

  it.each([
    [
      'Order filed (A, B, C): Appellants’ emergency motion for a stay pending appeal (Dkt. 7) is GRANTED. (RMM)',
      { action: 'granted', inPart: false, by: 'appeals' },
    ],
    [
      'Order filed (A, B, C): Appellants’ motion for stay pending appeal (Dkt. 7) is DENIED. (RMM)',
      { action: 'denied', inPart: false, by: 'appeals' },
    ],
    [
      'Filed order (A, B): The motion for a stay pending appeal is granted in part and denied in part. The preliminary injunction is stayed pending appeal to the extent it applies outside the plaintiff States. (OC)',
      { action: 'granted', inPart: true, by: 'appeals' },
    ],
    [
      'Received Order from the Supreme Court: The application for a stay is denied as moot. The District Court order modifying the preliminary injunction with respect to visitors is stayed pending resolution of the appeal. Two Justices would have stayed the order in its entirety. (HH)',
      { action: 'granted', inPart: true, by: 'supreme_court' },
    ],
  ])('%s', (text, stay) => {
    expect(readAppealsDocket(text)).toMatchObject({ act: 'stay', ...stay });
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
