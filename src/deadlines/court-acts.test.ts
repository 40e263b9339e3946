import { describe, expect, it } from 'vitest';
import { contemptAct, decertification, limitedToNamed, ordersWithdrawn, transferOf } from './court-acts.ts';

// Hand-written orders in many courts' forms (fictional parties): the rules read the legal forms,
// not one docket's wording.
describe('a class decertified, in the ways orders say it', () => {
  it('reads the whole class and a named subclass', () => {
    for (const [text, subclass] of [
      ['ORDER. The class certified in [31] is hereby DECERTIFIED.', null],
      ['OPINION AND ORDER: For the reasons stated, the Court DECERTIFIES the class.', null],
      ['ORDER granting [58] Motion to Decertify Class.', null],
      ['MEMORANDUM ORDER. The order certifying the class (ECF No. 31) is VACATED.', null],
      ['ORDER: Class certification is vacated in light of the intervening decision.', null],
      [
        'MINUTE ORDER: Plaintiffs’ Detained Subclass is decertified. The class remains certified.',
        'Detained Subclass',
      ],
      ['Minute entry: the motion to decertify Subclass 2 is granted.', 'Subclass 2'],
      [
        'ORDER. The Court hereby decertifies the Transferred Sub-Class and otherwise denies the motion.',
        'Transferred Subclass',
      ],
    ] as const)
      expect(decertification(text)?.subclass, text).toBe(subclass);
  });

  it('never reads a motion, a refusal or a decision in part as a decertification', () => {
    for (const text of [
      'MOTION to Decertify Class by Ana Roe.',
      'ORDER denying [58] Motion to Decertify Class. The class remains certified.',
      'ORDER: The Court declines to decertify the Detained Subclass.',
      'ORDER granting in part and denying in part [58] Motion to Decertify Class.',
      'RESPONSE in Opposition re [58] Motion to Decertify Class filed by Ana Roe.',
      'ORDER: Defendants may move to decertify the class after discovery closes.',
      'The class is not decertified.',
    ])
      expect(decertification(text), text).toBeNull();
  });
});

describe('relief kept for the named parties only', () => {
  it('reads the forms that keep it for them and end it for everyone else', () => {
    for (const [text, parties] of [
      [
        'ORDER. The preliminary injunction [20] is DISSOLVED as to all class members other than Plaintiff Lena Okafor; it remains in effect as to her.',
        ['Lena Okafor'],
      ],
      ['ORDER. The injunction is VACATED except as to the named plaintiffs.', ['the named plaintiffs']],
      [
        'ORDER. The temporary restraining order shall remain in force as to Petitioners Ana Ruiz and Tomas Ruiz only.',
        ['Ana Ruiz', 'Tomas Ruiz'],
      ],
      ['ORDER. The injunction remains in effect only as to Petitioner J.M.', ['J.M.']],
      ['ORDER. The preliminary injunction is limited to the named petitioners.', ['the named petitioners']],
    ] as const)
      expect(limitedToNamed(text), text).toEqual(parties);
  });

  it('leaves alone an order ending relief for one party, or refusing to limit it', () => {
    for (const text of [
      'ORDER. The stay is LIFTED as to Defendant Acme Corp. only.',
      'ORDER. The preliminary injunction is DISSOLVED.',
      'ORDER denying [40] motion to limit the injunction to the named plaintiffs.',
      'ORDER. The injunction is dissolved as to Plaintiff Ana Roe only.',
    ])
      expect(limitedToNamed(text), text).toBeNull();
  });
});

describe('contempt found and purged', () => {
  it('reads a finding, who, and its nature', () => {
    expect(
      contemptAct(
        'MINUTE ORDER: After hearing, the Court finds Respondent Warden Ortiz in civil contempt of the [12] Order.',
      ),
    ).toMatchObject({ act: 'found', party: 'Respondent Warden Ortiz', nature: 'civil' });
    expect(contemptAct('ORDER. Defendants are hereby held in civil contempt.')).toMatchObject({
      act: 'found',
      party: 'Defendants',
    });
    expect(contemptAct('ORDER granting [77] Motion for Contempt.')).toMatchObject({ act: 'found' });
    expect(
      contemptAct('MINUTE ORDER: The Court finds that Respondent has purged the contempt found on 3/1/2026.'),
    ).toMatchObject({ act: 'purged', party: 'Respondent' });
  });

  it('never reads an order to show cause, a refusal or a purge term as contempt', () => {
    for (const text of [
      'ORDER to show cause why Defendants should not be held in civil contempt. Response due 4/1/2026.',
      'ORDER denying [77] Motion for Contempt.',
      'MOTION for Contempt by Ana Roe.',
      'The Court declines to hold Defendants in contempt at this time.',
    ])
      expect(contemptAct(text), text).toBeNull();
  });
});

describe('the case transferred to or from another district court', () => {
  it('reads the judge’s order and the clerk’s record, with the other court and its number', () => {
    for (const [text, court, direction, number, byCourt] of [
      [
        'MEMORANDUM OPINION AND ORDER granting [21] Motion to Transfer Venue. This action is hereby TRANSFERRED to the United States District Court for the Eastern District of Michigan. Signed by Judge A. Roe.',
        'the Eastern District of Michigan',
        'out',
        null,
        true,
      ],
      [
        'ORDER transferring case to the Northern District of Georgia. Signed by Judge B. Poe.',
        'the Northern District of Georgia',
        'out',
        null,
        true,
      ],
      [
        'ORDER: Pursuant to 28 U.S.C. § 1406(a), the Clerk is DIRECTED to transfer this action to the District of Idaho.',
        'the District of Idaho',
        'out',
        null,
        true,
      ],
      [
        'Case transferred out to the Western District of Washington. Case number 2:24-cv-01777 assigned there. (jd)',
        'the Western District of Washington',
        'out',
        '2:24-cv-01777',
        false,
      ],
      [
        'Case transferred in from the District of Arizona; Case Number 2:23-cv-00412. Original file and docket sheet received. (kl)',
        'the District of Arizona',
        'in',
        '2:23-cv-00412',
        false,
      ],
    ] as const) {
      expect(transferOf(text, byCourt), text).toMatchObject({ court, direction, docketNumber: number });
    }
  });

  it('never reads a motion, a refusal, a reassignment to another judge or a conditional MDL order', () => {
    for (const [text, byCourt] of [
      ['MOTION to Transfer Case to the District of Colorado by Acme Corp. (Smith, J.)', false],
      [
        'ORDER denying [21] Motion to Transfer Venue. The case shall not be transferred to the District of Idaho.',
        true,
      ],
      [
        'ORDER: Defendants request that the action be transferred to the District of Idaho; the request is DENIED.',
        true,
      ],
      ['ORDER REASSIGNING CASE. Case transferred to Judge Maria Lopez for all further proceedings.', true],
      ['CONDITIONAL TRANSFER ORDER (CTO-12) from the MDL Panel. (ab)', false],
    ] as const)
      expect(transferOf(text, byCourt), text).toBeNull();
  });
});

describe('an order taken back as a whole', () => {
  it.each([
    [
      "The Court's [32] Scheduling Order was docketed in this case in error and is hereby STRICKEN from the docket.",
      32,
      'stricken',
    ],
    ['MINUTE ORDER: The [17] Amended Scheduling Order is WITHDRAWN.', 17, 'withdrawn'],
    [
      "MINUTE ORDER: The Court's 32 Scheduling Order was docketed in this case in error and is hereby STRICKEN.",
      32,
      'stricken',
    ],
    ['Order [55] was entered in error and is hereby STRICKEN.', 55, 'stricken'],
    ['The Scheduling Order (ECF No. 40) is VACATED as entered in error.', 40, 'vacated'],
    ['The Clerk is directed to strike the Order at ECF No. 61.', 61, 'stricken'],
  ])('%s', (text, entry, how) => {
    expect(ordersWithdrawn(text)).toEqual([{ entry, how }]);
  });

  it.each([
    // Cited by docket number, in the words and cases several courts use.
    [
      'PAPERLESS ORDER. The Clerk is DIRECTED to strike ECF No. 46, which was docketed in this case in error.',
      46,
      'stricken',
      undefined,
    ],
    [
      'ORDER THAT THE ORDER DATED 4/12/2027 (DOC. NO. 33) IS VACATED AS ENTERED IN ERROR. THE FAIRNESS HEARING REMAINS SCHEDULED FOR 5/24/2027 AT 10:00 AM.',
      33,
      'vacated',
      undefined,
    ],
    [
      'the order dated March 3, 2026 (Doc. No. 19) is vacated as having been entered in error.',
      19,
      'vacated',
      undefined,
    ],
    [
      "TEXT ONLY ORDER. The court's earlier text only order of today's date (Dkt. No. 56) is WITHDRAWN to the extent it set a status conference; the court will set it by separate notice. The remainder of Dkt. No. 56 stands.",
      56,
      'withdrawn',
      'a status conference',
    ],
    [
      'The Order (ECF No. 12) is rescinded insofar as it scheduled the final pretrial conference.',
      12,
      'withdrawn',
      'the final pretrial conference',
    ],
    [
      "TEXT ONLY ORDER. The court's order at Dkt. No. 41 was entered on the wrong docket; the clerk must terminate it.",
      41,
      'stricken',
      undefined,
    ],
    [
      'MINUTE ORDER: Docket Entry 27 was filed in the wrong case and is hereby STRICKEN.',
      27,
      'stricken',
      undefined,
    ],
    [
      'ORDER: THE CLERK SHALL REMOVE ECF NO. 88 FROM THE DOCKET AS IT WAS ENTERED IN ERROR.',
      88,
      'stricken',
      undefined,
    ],
  ] as const)('%s', (text, entry, how, part) => {
    expect(ordersWithdrawn(text)).toEqual([{ entry, how, ...(part ? { part } : {}) }]);
  });

  it('never a party asking, a refusal, a paper stricken on its merits, or an order vacated on its merits by its number', () => {
    for (const text of [
      'The Court STRIKES the Declaration (ECF No. 30).',
      'The Order (ECF No. 40) granting the preliminary injunction is VACATED.',
      "Defendants' motion to strike ECF No. 46 as docketed in error is DENIED.",
      'Plaintiffs move to strike ECF No. 46, which was docketed in error.',
      'In accordance with the mandate (Dkt. No. 55), the court VACATES paragraph 3 of the permanent injunction (Dkt. No. 33). All other provisions of Dkt. No. 33 remain in effect.',
      'The Court declines to vacate the order at Dkt. No. 20, which Defendants say was entered in error.',
    ])
      expect(ordersWithdrawn(text), text).toEqual([]);
  });

  it('never a motion, a paper of a party, or an order vacated on its merits', () => {
    for (const text of [
      "Defendants' [32] Motion to Strike is GRANTED; the [30] Declaration is STRICKEN.",
      'The [12] Order granting the preliminary injunction is VACATED.',
      'MOTION to Strike [32] Scheduling Order by Plaintiffs.',
      'Signed by Judge Ames on 7/16/2026 12 Order entered in error is STRICKEN.',
    ])
      expect(ordersWithdrawn(text), text).toEqual([]);
  });
});
