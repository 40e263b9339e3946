import { describe, expect, it } from 'vitest';
import { namesPart, readAppealsDocket, readDistrictCopy } from './appellate.ts';
import { entryKind } from './kinds.ts';

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
    // Headings in title case ("JUDGMENT, Reversed."), and the court's own passive sentence.
    [
      'JUDGMENT, Vacated and Remanded. Costs taxed against Appellants.',
      { act: 'decision', disposition: 'vacated, remanded', outcome: 'vacated', inPart: false },
    ],
    [
      'JUDGMENT, Affirmed in Part, Reversed in Part. The decree is reversed insofar as it reaches the county jail.',
      {
        act: 'decision',
        disposition: 'affirmed in part, reversed in part',
        outcome: 'reversed',
        inPart: true,
        // The part reversed, in the court's words (the rest stands).
        part: { reach: 'only', paragraphs: [], words: 'insofar as it reaches the county jail' },
      },
    ],
    [
      "PER CURIAM JUDGMENT filed: ORDERED and ADJUDGED that the district court's order entered May 2, 2026 be reversed.",
      { act: 'decision', disposition: 'reversed', outcome: 'reversed', inPart: false },
    ],
    [
      'OPINION FILED - The order of the district court granting a temporary restraining order is vacated and the cause is remanded for further proceedings.',
      { act: 'decision', disposition: 'vacated, remanded', outcome: 'vacated', inPart: false },
    ],
    [
      'UNPUBLISHED OPINION filed. The judgment is affirmed.',
      { act: 'decision', disposition: 'affirmed', outcome: 'affirmed', inPart: false },
    ],
    // What the appeal's own papers become is no decision of the ruling below.
    ['JUDGMENT filed. The oral argument set for June 3 is vacated.', null],
    ['OPINION filed. The motion to expedite is vacated as moot.', null],
    ['PUBLISHED OPINION Coram: A, B and C, Circuit Judges. Total Pages: 22.', null],
    ['MANDATE ISSUED with no costs taxed. (CLA)', { act: 'mandate' }],
    ['ORAL ARGUMENT HEARD before Judges A, B and C. (CLA)', null],
    [
      'ORDER filed denying petition for rehearing en banc filed by Appellees. (CLA)',
      { act: 'rehearing_denied', enBanc: true },
    ],
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

describe('an administrative stay: the whole order for now, unless the words name a part; ended by the order that decides the motion', () => {
  it.each([
    [
      "ORDER entered by A, B and C, Appellate Judges. Appellants' request for an immediate administrative stay is GRANTED to the extent that the district court's April 18, 2025 preliminary injunction is administratively stayed pending this court's consideration of the motion for stay pending appeal. Appellees' response to the motion is due 04/29/2025.",
      { action: 'granted', inPart: false, administrative: true },
    ],
    [
      "ORDER: The district court's April 18, 2025 preliminary injunction is ADMINISTRATIVELY STAYED pending this court's consideration of the motion for stay pending appeal.",
      { action: 'granted', inPart: false, administrative: true },
    ],
    [
      "MOTION ORDER, granting a temporary administrative stay of the district court's order dissolving the postponement of the Final Rule's effective date, pending determination of the motion for stay pending appeal by a three-judge panel [6], by JMW, FILED.",
      { action: 'granted', inPart: false, administrative: true },
    ],
    [
      "ORDER: The district court's order of October 1, 2025 is temporarily administratively stayed pending determination of the motion for stay pending appeal [6] by a three-judge panel, by RJL, FILED.",
      { action: 'granted', inPart: false, administrative: true },
    ],
    // Administrative by its purpose: it lasts while the court considers the motion, not the appeal.
    [
      "ORDER: The district court's March 3, 2026 temporary restraining order is TEMPORARILY STAYED for administrative purposes pending the court's ruling on the motion for stay pending appeal.",
      { action: 'granted', inPart: false, administrative: true },
    ],
    [
      "ORDER: The preliminary injunction is stayed while the Court considers Appellants' emergency motion for a stay pending appeal. Response due in seven days.",
      { action: 'granted', inPart: false, administrative: true },
    ],
    [
      'Order filed: The preliminary injunction is administratively stayed to the extent it requires the return of persons already removed, pending further order of the court.',
      { action: 'granted', inPart: true, administrative: true },
    ],
    [
      "ORDER entered by A, B and C. Appellants' motion for a stay pending appeal is DENIED. The administrative stay entered April 24, 2025 is VACATED.",
      { action: 'denied', inPart: false },
    ],
    [
      "ORDER: The administrative stay entered April 24, 2025 is VACATED. Appellants' motion for a stay pending appeal is DENIED.",
      { action: 'denied', inPart: false },
    ],
    [
      'MOTION ORDER, denying motion for stay pending appeal [6] filed by Appellant X; the temporary administrative stay entered January 14, 2026 is VACATED, by DJ, MJP, ERK, FILED.',
      { action: 'denied', inPart: false },
    ],
    [
      'ORDER: The temporary administrative stay entered January 14, 2026 is dissolved.',
      { action: 'lifted', inPart: false },
    ],
    [
      'Order filed: The motion for a stay pending appeal is GRANTED. The administrative stay entered March 3, 2025 is VACATED as moot.',
      { action: 'granted', inPart: false },
    ],
  ])('%s', (text, stay) => {
    const act = readAppealsDocket(text);
    expect(act).toMatchObject({ act: 'stay', ...stay });
    if (!('administrative' in stay)) expect(act).not.toHaveProperty('administrative');
  });

  // The clerk's title grants the motion; the court's next sentence limits the stay to a part: the
  // part limits it, whichever sentence comes first (try-out 9 C5).
  it.each([
    [
      "COURT ORDER filed granting Motion for administrative stay [5]. The district court's order of March 2, 2026 is administratively stayed only insofar as paragraph 2 requires release hearings within ten days, pending this court's disposition of the motion for stay pending appeal.",
      // The part in the court's words, not the whole paragraph (extract/partial.ts).
      'only insofar as paragraph 2 requires release hearings within ten days',
    ],
    [
      'ORDER granting motion for temporary administrative stay [8]. Paragraphs 3 and 4 of the preliminary injunction are administratively stayed pending the court’s consideration of the motion for stay pending appeal.',
      'paragraphs 3 and 4',
    ],
    [
      'Order filed granting the motion for an immediate administrative stay. The injunction is temporarily stayed to the extent it requires the agency to restore grants already terminated, pending further order.',
      'to the extent it requires the agency to restore grants already terminated',
    ],
  ])('%s', (text, part) => {
    expect(readAppealsDocket(text)).toMatchObject({
      act: 'stay',
      action: 'granted',
      inPart: true,
      administrative: true,
      part,
    });
  });

  it('a title granting the motion and a sentence staying the whole order: the whole', () => {
    expect(
      readAppealsDocket(
        "COURT ORDER filed granting Motion for administrative stay [5]. The district court's order of March 2, 2026 is administratively stayed pending this court's disposition of the motion for stay pending appeal.",
      ),
    ).toMatchObject({ act: 'stay', action: 'granted', inPart: false, administrative: true });
  });

  it('the district clerk’s copy reads the same', () => {
    expect(
      readDistrictCopy(
        'ORDER of USCA as to [21] Notice of Appeal: The administrative stay entered April 24, 2025 is VACATED. The motion for a stay pending appeal is DENIED. (mp)',
      ),
    ).toMatchObject({ act: 'stay', action: 'denied' });
  });

  it.each([
    [
      "GRANTED to the extent that the district court's April 18, 2025 preliminary injunction is administratively stayed",
      false,
    ],
    ['stayed pending appeal to the extent it applies outside the plaintiff States', true],
    ['GRANTED insofar as the injunction is stayed pending appeal', false],
    ['stayed with respect to the preliminary injunction', false],
    ['stayed with respect to visitors', true],
    ['paragraph 2 of the preliminary injunction is stayed', true],
    ['stayed in part', true],
    ['stayed except as to the named petitioners', true],
  ])('names a part: %s → %s', (sentence, part) => {
    expect(namesPart(sentence)).toBe(part);
  });
});

describe('rehearing granted, or the panel’s opinion withdrawn: its decision no longer stands (any circuit’s words)', () => {
  it.each([
    [
      'ORDER GRANTING REHEARING EN BANC entered. A majority of the judges in regular active service having voted to rehear this case en banc, the petition for rehearing en banc is GRANTED. The panel opinion and judgment entered September 12, 2025 are VACATED. En banc argument is scheduled for February 24, 2026.',
      { act: 'rehearing', enBanc: true },
    ],
    [
      'Filed Order for PUBLICATION (A, Chief Judge): Upon the vote of a majority of nonrecused active judges, it is ordered that this case be reheard en banc pursuant to Federal Rule of Appellate Procedure 35(a) and Circuit Rule 35-3.',
      { act: 'rehearing', enBanc: true },
    ],
    [
      'ORDER: The court grants rehearing en banc. The opinion and judgment of this court are vacated, and the case will be reheard en banc.',
      { act: 'rehearing', enBanc: true },
    ],
    [
      'ORDER: The petition for panel rehearing is GRANTED. The opinion filed March 4, 2025 is withdrawn. A new opinion will issue.',
      { act: 'rehearing', enBanc: false },
    ],
    ['ORDER: The panel opinion is withdrawn. (RL)', { act: 'rehearing', enBanc: false }],
    [
      'ORDER: The petition for rehearing is denied; the petition for rehearing en banc is granted.',
      { act: 'rehearing', enBanc: true },
    ],
    ['ORDER: The petition for rehearing en banc is DENIED. (RL)', { act: 'rehearing_denied', enBanc: true }],
    ['PETITION for rehearing en banc filed by Appellee Luis Ortega-Mendes.', null],
    [
      "ORDER: Appellee's motion for an extension of time to file a petition for rehearing en banc is GRANTED. (LJ)",
      null,
    ],
    ["ORDER: Appellee's motion to exceed the word limit for its petition for rehearing is granted.", null],
  ])('%s', (text, act) => {
    expect(readAppealsDocket(text)).toEqual(act);
  });

  it('a decision vacating the district court’s opinion is a decision, not a rehearing; an en banc decision says so', () => {
    expect(
      readAppealsDocket(
        "OPINION filed. The district court's opinion and judgment are VACATED and the case is REMANDED.",
      ),
    ).toMatchObject({ act: 'decision', outcome: 'vacated' });
    expect(
      readAppealsDocket(
        'EN BANC OPINION filed. The preliminary injunction entered March 1, 2024 is AFFIRMED. Published.',
      ),
    ).toMatchObject({ act: 'decision', outcome: 'affirmed', enBanc: true });
  });

  it('the district clerk’s copy reads the same', () => {
    expect(
      readDistrictCopy(
        'ORDER of USCA as to [21] Notice of Appeal: The petition for rehearing en banc is GRANTED. The panel opinion and judgment entered September 12, 2025 are VACATED. (mp)',
      ),
    ).toEqual({ act: 'rehearing', enBanc: true });
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

describe('the district docket’s copy of an order of the court of appeals or the Supreme Court on a stay pending appeal', () => {
  it.each([
    [
      'ORDER of USCA as to [24] Notice of Appeal: Appellant’s motion for a stay pending appeal is GRANTED. The district court’s March 31, 2025 preliminary injunction is stayed pending further order of this court. (SB)',
      { act: 'stay', action: 'granted', inPart: false, by: 'appeals' },
    ],
    [
      'USCA ORDER as to Drew Bostock: the motion to stay the injunction pending appeal is DENIED. (ab)',
      { act: 'stay', action: 'denied', inPart: false, by: 'appeals' },
    ],
    [
      'ORDER from Ninth Circuit Court of Appeals re [24] Notice of Appeal: Appellant’s emergency motion for stay pending appeal is granted. The preliminary injunction of February 14, 2024 is stayed pending resolution of the appeal. (LMT)',
      { act: 'stay', action: 'granted', inPart: false, by: 'appeals' },
    ],
    [
      'NOTICE of Supreme Court Order by Defendant. On May 8, 2025 the Supreme Court granted the application for a stay (No. 24A1050): the preliminary injunction entered March 14, 2025 [30] is STAYED pending disposition of the appeal in the Fifth Circuit and of any timely petition for a writ of certiorari. (TN)',
      {
        act: 'stay',
        action: 'granted',
        inPart: false,
        by: 'supreme_court',
        decided: '2025-05-08',
        certiorari: true,
      },
    ],
  ])('%s', (text, act) => {
    expect(readDistrictCopy(text)).toMatchObject(act);
  });

  it.each([
    // The district court's own stay pending appeal: its own act (tracker/pending-appeal.ts).
    'ORDER granting [36] Motion for Stay Pending Appeal. The Court’s March 5, 2021 Order (Dkt. 31) is STAYED pending the Ninth Circuit’s resolution of Defendant’s appeal. Signed by Judge Maria R. Okafor.',
    'ORDER granting Defendants’ motion for stay pending appeal to the 9th Circuit. (ab)',
    'MOTION to Stay Pending Appeal re [31] Order by Defendant. (Park, Daniel)',
  ])('not a copy: %s', (text) => {
    expect(readDistrictCopy(text)?.act === 'stay').toBe(false);
  });
});

describe('the Supreme Court’s stay, on the court of appeals’ docket: the Supreme Court’s, dated by its order, with its certiorari condition', () => {
  it.each([
    [
      'SUPREME COURT ORDER received. Application (24A1050) for stay presented to Justice Alito and by him referred to the Court is GRANTED. The district court’s March 14, 2025 order granting a preliminary injunction is stayed pending disposition of the appeal in this Court and disposition of a petition for a writ of certiorari, if such writ is timely sought. [25-20145] (RSM)',
      { act: 'stay', action: 'granted', by: 'supreme_court', certiorari: true },
    ],
    [
      'Received copy of Supreme Court order dated 07/02/2024: the application for stay is granted; the injunction of the district court is stayed pending the disposition of the appeal and of a petition for a writ of certiorari. (RL)',
      { act: 'stay', action: 'granted', by: 'supreme_court', certiorari: true, decided: '2024-07-02' },
    ],
    [
      'Filed order (A, B, C): The motion for a stay pending appeal is GRANTED. See Nken v. Holder, 556 U.S. 418 (2009) (the Supreme Court’s standard). (OC)',
      { act: 'stay', action: 'granted', by: 'appeals' },
    ],
    [
      'Supreme Court Case Info: Petition for writ of certiorari DENIED on 01/13/2026. (RL)',
      { act: 'certiorari', outcome: 'denied' },
    ],
    [
      'Certified copy of the JUDGMENT of the Supreme Court received. (RL)',
      { act: 'certiorari', outcome: 'judgment' },
    ],
  ])('%s', (text, act) => {
    expect(readAppealsDocket(text)).toMatchObject(act);
  });
});

describe('a court of appeals’ decision under its head is a ruling of its kind, whoever decided it', () => {
  it.each([
    ['EN BANC JUDGMENT: The preliminary injunction of the district court is AFFIRMED.', 'judgment'],
    ['JUDGMENT (en banc): The order of the district court is AFFIRMED.', 'judgment'],
    ['PER CURIAM JUDGMENT filed. AFFIRMED.', 'judgment'],
    ['Panel Judgment entered: the judgment below is VACATED.', 'judgment'],
    ['OPINION AND JUDGMENT of the en banc court: The injunction is AFFIRMED.', 'opinion'],
    ['EN BANC PER CURIAM OPINION filed. The preliminary injunction is AFFIRMED.', 'opinion'],
    ['UNPUBLISHED OPINION filed. AFFIRMED.', 'opinion'],
    ['En Banc Order filed: the petition for rehearing en banc is granted.', 'order'],
    // the same words as no head are no ruling
    ['PANEL ATTORNEY APPOINTMENT for Jo Roe.', 'other'],
    ['PETITION for rehearing en banc filed by Appellee.', 'motion'],
  ])('%s → %s', (text, kind) => {
    expect(entryKind(text)).toBe(kind);
  });
});

describe('the panel’s decision reinstated', () => {
  it.each([
    'ORDER filed: The en banc court being equally divided, the order granting rehearing en banc is VACATED and the panel opinion and judgment filed July 15, 2025 are REINSTATED.',
    'ORDER vacating the order granting rehearing en banc as improvidently granted and reinstating the panel opinion.',
    "The panel's decision is reinstated.",
  ])('%s', (text) => {
    expect(readAppealsDocket(text)).toEqual({ act: 'reinstated' });
    expect(readDistrictCopy(`ORDER of USCA as to [14] Notice of Appeal: ${text}`)).toEqual({
      act: 'reinstated',
    });
  });
  it.each([
    'MOTION to reinstate the panel opinion filed by Appellee.',
    'PETITION for rehearing en banc filed by Appellant. The panel opinion should not be reinstated.',
  ])('not an act: %s', (text) => {
    expect(readAppealsDocket(text)?.act).not.toBe('reinstated');
  });
});

describe('after the decision: rehearing denied, the mandate stayed, certiorari sought (FRAP 41(b), 41(d))', () => {
  it.each([
    ['ORDER: Petition for rehearing filed by Appellant Dunmore Freight LLC is DENIED. (11th Cir.)', false],
    [
      'JUDGMENT ORDER filed: The petitions for panel rehearing and rehearing en banc are denied. (3d Cir.)',
      true,
    ],
    ['PER CURIAM ORDER denying appellees’ petition for rehearing en banc. (4th Cir.)', true],
    ['Rehearing en banc DENIED. [7th Cir.]', true],
  ])('%s: rehearing denied', (text, enBanc) => {
    expect(readAppealsDocket(text)).toEqual({ act: 'rehearing_denied', enBanc });
  });

  it.each([
    'PETITION for rehearing en banc filed by Appellee Harlow County.',
    "ORDER: Appellant's motion for an extension of time to file a petition for rehearing is DENIED.",
    'MOTION to stay mandate pending petition for writ of certiorari filed by Appellant.',
    'MOTION for extension of time to file petition for writ of certiorari filed by Appellee.',
  ])('a request, not an act: %s', (text) => {
    expect(readAppealsDocket(text)).toBeNull();
  });

  it.each([
    [
      'ORDER granting motion to stay mandate pending the filing and disposition of a petition for a writ of certiorari [52]. (D.C. Cir.)',
      { act: 'mandate_stayed', certiorari: true },
    ],
    [
      'CLERK ORDER: The issuance of the mandate is stayed for thirty days. (4th Cir.)',
      { act: 'mandate_stayed', days: 30, certiorari: false },
    ],
  ])('%s: the mandate stayed, not issued', (text, act) => {
    expect(readAppealsDocket(text)).toEqual(act);
  });

  it('a petition for certiorari filed, dated by the Court’s own day, with its number', () => {
    expect(
      readAppealsDocket(
        'Notice from the Supreme Court: petition for writ of certiorari filed on 03/02/2027, Supreme Court No. 26-1180. (3d Cir.)',
      ),
    ).toEqual({ act: 'certiorari', outcome: 'filed', decided: '2027-03-02', number: '26-1180' });
  });
});

describe('a temporary stay and an administrative stay refused: the court’s act while it decides the motion', () => {
  it('"temporarily stayed pending the court’s consideration of the motion": an administrative stay of the part named', () => {
    const act = readAppealsDocket(
      "ORDER: Pending the court's consideration of the emergency motion, section 3 of the district court's order of May 2, 2026 is TEMPORARILY STAYED. (11th Cir.)",
    );
    expect(act).toMatchObject({
      act: 'stay',
      action: 'granted',
      administrative: true,
      inPart: true,
      part: 'section 3',
    });
  });

  it('only the administrative stay refused: the motion is still to be decided', () => {
    expect(
      readAppealsDocket(
        'CLERK ORDER: Appellants’ request for an immediate administrative stay is DENIED. Response to the motion for stay pending appeal due 06/09/2026. (4th Cir.)',
      ),
    ).toMatchObject({ act: 'stay', action: 'denied', administrative: true });
    expect(
      readAppealsDocket(
        'ORDER denying motion for stay pending appeal and request for administrative stay. (7th Cir.)',
      ),
    ).not.toHaveProperty('administrative');
  });

  it('the Supreme Court denying an application for a stay, copied on the district docket', () => {
    expect(
      readDistrictCopy(
        'ORDER of USCA as to [88]: Applicants’ application for stay (26A140) presented to the Chief Justice and by him referred to the Court is DENIED. (KT)',
      ),
    ).toMatchObject({ act: 'stay', action: 'denied', by: 'supreme_court' });
  });
});
