/**
 * Final relief and injunctions pending appeal, as courts write them (try-out 7 C12, C24): the forms
 * are checked here in several courts' styles, with fictional names; the live path is checked by
 * tests/e2e/replay-final-relief.test.ts and replay-injunction-pending-appeal.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { readAppealsDocket } from '../appellate.ts';
import { analyzeEntry } from './index.ts';

const relief = (text: string, court = 'ctd') =>
  analyzeEntry({ number: '88', dateFiled: '2026-05-04', text }, { court }).injunctions.map((f) => ({
    type: f.type,
    action: f.action,
    ...(f.object ? { object: f.object } : {}),
    ...(f.beneficiaries ? { beneficiaries: f.beneficiaries } : {}),
    ...(f.parties ? { parties: f.parties } : {}),
    ...(f.withoutVacatur ? { withoutVacatur: true } : {}),
  }));

describe('final relief granted', () => {
  it.each([
    [
      "MEMORANDUM OPINION AND ORDER granting [40] Plaintiffs' Motion for Summary Judgment; denying [45] Defendants' Cross-Motion for Summary Judgment. The Agency's Rescission Memorandum is hereby VACATED and SET ASIDE under 5 U.S.C. § 706(2).",
      [{ type: 'set_aside', action: 'granted', object: "the Agency's Rescission Memorandum" }],
    ],
    [
      'ORDER granting [30] Motion for Summary Judgment. The Rule is VACATED.',
      [{ type: 'set_aside', action: 'granted', object: 'the Rule' }],
    ],
    [
      'OPINION AND ORDER: The Court VACATES and SETS ASIDE the Final Rule under the Administrative Procedure Act.',
      [{ type: 'set_aside', action: 'granted', object: 'the Final Rule' }],
    ],
    [
      'FINAL JUDGMENT: Judgment is entered in favor of Plaintiffs and the class. The Termination Notice is VACATED and SET ASIDE.',
      [{ type: 'set_aside', action: 'granted', object: 'the Termination Notice', beneficiaries: 'class' }],
    ],
    [
      'JUDGMENT: Defendants are permanently enjoined from enforcing the Policy against any member of the class.',
      [{ type: 'permanent_injunction', action: 'granted', beneficiaries: 'class' }],
    ],
    [
      'ORDER: The Court DECLARES that the Directive is contrary to law.',
      [{ type: 'declaratory_judgment', action: 'granted', object: 'the Directive is contrary to law' }],
    ],
    [
      'ORDER: Declaratory judgment is GRANTED in favor of Plaintiffs.',
      [{ type: 'declaratory_judgment', action: 'granted', beneficiaries: 'plaintiffs' }],
    ],
  ])('%s', (text, expected) => {
    expect(relief(text)).toEqual(expected);
  });

  it('remanded without vacatur: no relief, said so', () => {
    expect(relief('MEMORANDUM AND ORDER: The rule is remanded to the agency without vacatur.')).toEqual([
      { type: 'set_aside', action: 'denied', object: 'the rule', withoutVacatur: true },
    ]);
  });

  it.each([
    'MINUTE ORDER: The motion hearing set for 5/1/2026 is VACATED.',
    'ORDER: The Scheduling Order [12] is VACATED.',
    'ORDER: The default entered against Defendant is VACATED.',
    'ORDER: The Court does not vacate the Rule; it is remanded for further explanation with vacatur deferred.',
    "MOTION to Vacate the Rule by Plaintiffs' Coalition.",
    'JUDGMENT is entered for plaintiffs.',
  ])('not final relief on an agency action: %s', (text) => {
    expect(relief(text).filter((f) => f.type === 'set_aside' || f.type === 'declaratory_judgment')).toEqual(
      [],
    );
  });
});

describe('injunction pending appeal', () => {
  it('the court of appeals grants one for the appellants it names', () => {
    expect(
      readAppealsDocket(
        "ORDER: Appellants' emergency motion for an injunction pending appeal is GRANTED. Appellees are ENJOINED from removing appellants Ana Ruiz, Pedro Ruiz and Luz Ruiz from the United States pending further order of this Court.",
      ),
    ).toMatchObject({
      act: 'injunction',
      action: 'granted',
      parties: ['Ana Ruiz', 'Pedro Ruiz', 'Luz Ruiz'],
    });
  });

  it('a denial is read as one', () => {
    expect(
      readAppealsDocket('ORDER filed: The motion of appellants for an injunction pending appeal is DENIED.'),
    ).toMatchObject({ act: 'injunction', action: 'denied' });
  });

  it('a stay of the district court’s injunction pending appeal is not an injunction pending appeal', () => {
    expect(
      readAppealsDocket(
        "ORDER: Appellant's motion to stay the preliminary injunction pending appeal is GRANTED.",
      ),
    ).not.toMatchObject({ act: 'injunction' });
  });

  it('granted by the district court (FRCP 62(d)): for the parties it names', () => {
    expect(
      relief(
        'ORDER granting [50] Motion for Injunction Pending Appeal. Respondents are ENJOINED from transferring Petitioner Omar Haddad pending resolution of the appeal.',
        'wawd',
      ),
    ).toEqual([{ type: 'injunction_pending_appeal', action: 'granted', parties: ['Omar Haddad'] }]);
  });
});
