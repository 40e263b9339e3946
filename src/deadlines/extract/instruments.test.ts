/**
 * What ends relief by taking its place, as orders in several courts write it (names fictional): a
 * class settlement approved finally that the court will enforce, a consent decree (or consent
 * judgment), each replacing an injunction or a TRO — "vacated and superseded by this Consent
 * Decree", "dissolved …; its protections are replaced by the terms of the Settlement Agreement",
 * "merged into the Consent Judgment". The injunction ends converted into the instrument (its
 * protection goes on), never "vacated" or "dissolved" alone; the instrument's term is read.
 */
import { describe, expect, it } from 'vitest';
import { analyzeEntry } from './index.ts';
import { replacedIn, settlementApproved } from './instruments.ts';

const read = (court: string, dateFiled: string, text: string, documentText?: string) =>
  analyzeEntry({ number: '88', dateFiled, text, ...(documentText ? { documentText } : {}) }, { court })
    .injunctions;

describe('a class settlement approved finally, which the court will enforce, is relief in force', () => {
  it.each([
    [
      'wawd',
      '2031-03-14',
      'ORDER GRANTING FINAL APPROVAL OF CLASS ACTION SETTLEMENT by Judge Marisol Quintero-Haas.',
      'IT IS ORDERED:\n1. The Settlement Agreement (Dkt. 102-1) is finally approved as fair, reasonable and adequate under Fed. R. Civ. P. 23(e)(2).\n2. The preliminary injunction (Dkt. 41) is dissolved as of the date of this Order and is superseded by the Settlement Agreement.\n3. The Court retains jurisdiction over the enforcement of the Settlement Agreement for a period of three years from the date of this Order.',
      '2034-03-14',
      'preliminary_injunction',
    ],
    [
      'mad',
      '2030-11-04',
      'MEMORANDUM AND ORDER granting [77] Motion for Final Approval of Class Action Settlement.',
      'For these reasons, the Court GRANTS final approval of the Settlement. The Court retains continuing and exclusive jurisdiction to enforce and administer the Settlement Agreement until June 30, 2032.',
      '2032-06-30',
      null,
    ],
    [
      'dcd',
      '2029-06-01',
      'ORDER granting final approval of class settlement.',
      '1. The temporary restraining order [12] is terminated; its protections are replaced by the terms of the Settlement Agreement, which the Court will enforce. 2. The Court finally approves the Settlement Agreement.',
      null,
      'TRO',
    ],
  ])('%s: settlement in force until %s', (court, day, text, doc, until, replaced) => {
    const found = read(court, day, text, doc);
    const settlement = found.filter((f) => f.type === 'settlement');
    expect(settlement).toHaveLength(1);
    expect(settlement[0]).toMatchObject({ action: 'granted' });
    expect(settlement[0]!.until).toBe(until);
    // The relief it replaces is converted into it — not vacated, not dissolved: its protection goes on.
    const ended = found.filter((f) => f.action === 'vacated' || f.action === 'dissolved');
    expect(ended).toEqual([]);
    const converted = found.filter((f) => f.action === 'converted');
    if (replaced) expect(converted).toMatchObject([{ type: replaced, into: 'settlement' }]);
    else expect(converted).toEqual([]);
  });

  it.each([
    // A settlement paid and done: approved, nothing for the court to keep.
    [
      'nmd',
      'ORDER: The Settlement is finally approved. Class Counsel are awarded fees of $210,000. This action is DISMISSED with prejudice.',
    ],
    // Preliminary approval: the settlement is not yet in force; the injunction remains.
    [
      'scd',
      'ORDER GRANTING PRELIMINARY APPROVAL OF CLASS SETTLEMENT. The Court will hold a Final Approval Hearing on May 4, 2031. Pending final approval, the preliminary injunction remains in effect, and the Court will enforce it.',
    ],
    // The motion asking for it.
    [
      'flsd',
      'JOINT MOTION for Final Approval of Class Action Settlement. Upon final approval, the preliminary injunction would be superseded by the Settlement Agreement, which the Court will enforce.',
    ],
    // Granted from the bench, the written order to follow.
    [
      'mowd',
      'Minute Entry: Final Approval Hearing held. The Court grants final approval of the class settlement, which it will enforce; written order to follow.',
    ],
  ])('%s: no settlement in force yet: %s', (court, text) => {
    const found = read(court, '2031-02-02', text);
    expect(found.filter((f) => f.type === 'settlement')).toEqual([]);
    expect(found.filter((f) => f.action === 'converted' || f.action === 'dissolved')).toEqual([]);
    expect(settlementApproved(text)).toBeNull();
  });
});

describe('a consent decree entered in place of an injunction', () => {
  it.each([
    [
      'scd',
      '2030-09-11',
      'CONSENT DECREE. Signed by Judge Thaddeus B. Okonkwo-Reyes on 9/11/2030.',
      '1. This Consent Decree is approved under Fed. R. Civ. P. 23(e) and binds Defendants and all class members.\n2. Defendants shall not detain any class member beyond forty-eight hours without a hearing.\n7. The Preliminary Injunction (ECF No. 22) is VACATED and SUPERSEDED by this Consent Decree.\n9. This Consent Decree terminates four years after its entry unless extended by the Court.',
      '2034-09-11',
      'preliminary_injunction',
    ],
    [
      'nmd',
      '2029-04-17',
      'ORDER ENTERING CONSENT JUDGMENT.',
      'The Court enters the parties\u2019 Consent Judgment. The temporary restraining order [12] is merged into the Consent Judgment. The Consent Judgment shall remain in effect for two years from the date of entry.',
      '2031-04-17',
      'TRO',
    ],
  ])(
    '%s: the decree in force until %s, the relief converted into it',
    (court, day, text, doc, until, replaced) => {
      const found = read(court, day, text, doc);
      expect(found.filter((f) => f.type === 'consent_decree')).toMatchObject([{ action: 'granted', until }]);
      expect(found.filter((f) => f.action === 'converted')).toMatchObject([
        { type: replaced, into: 'consent_decree' },
      ]);
      expect(found.filter((f) => f.action === 'vacated' || f.action === 'dissolved')).toEqual([]);
    },
  );

  it('an approval whose decree is still to be entered grants nothing yet', () => {
    expect(
      read(
        'wawd',
        '2030-03-03',
        'MINUTE ENTRY for Fairness Hearing held on 3/3/2030. No objector appeared. Court approves the consent decree; decree to enter.',
      ).filter((f) => f.type === 'consent_decree'),
    ).toEqual([]);
  });

  it('a decree that "terminates" years after its entry gives its term; it does not end now', () => {
    const found = read(
      'dcd',
      '2030-01-22',
      'CONSENT DECREE entered. This Consent Decree terminates five years after its entry.',
    );
    expect(found.filter((f) => f.action === 'dissolved' || f.action === 'vacated')).toEqual([]);
    expect(found.filter((f) => f.type === 'consent_decree')).toMatchObject([
      { action: 'granted', until: '2035-01-22' },
    ]);
  });

  it.each([
    'The preliminary injunction is not superseded by this Consent Decree.',
    'If the Consent Decree is entered, the preliminary injunction will be superseded by the Consent Decree.',
    'The parties propose that the preliminary injunction be superseded by the proposed Consent Decree.',
  ])('no replacement in words that deny or propose it: %s', (s) => {
    expect(replacedIn(s)).toBeNull();
  });
});

describe('an order on remand modifying a paragraph of the injunction says what the change is', () => {
  it.each([
    [
      'wawd',
      'ORDER on remand.',
      '1. Paragraph 2 of the order of March 15, 2030 (Dkt. 14) is MODIFIED: the injunction does not extend to persons held for fewer than ten days. 2. In all other respects the order remains in effect.',
      'paragraph 2: the injunction does not extend to persons held for fewer than ten days',
    ],
    [
      'mad',
      'ORDER ON MANDATE.',
      'Paragraph 4 of the Court’s Memorandum and Order of May 2, 2029 [ECF No. 31] is AMENDED to read as follows: Defendants shall provide a bond hearing within twenty-one days of a class member’s request.',
      'paragraph 4: Defendants shall provide a bond hearing within twenty-one days of a class member’s request',
    ],
  ])('%s', (court, text, doc, words) => {
    const found = read(court, '2031-05-05', text, doc).filter((f) => f.action === 'modified');
    expect(found).toHaveLength(1);
    expect(found[0]!.part).toMatchObject({ reach: 'only', words });
  });
});

describe('a settlement approved finally takes the injunction’s place, however the order words the act', () => {
  it.each([
    [
      'njd',
      'FINAL APPROVAL ORDER. Signed by Judge Mireille Antunes on 10/12/2031.',
      '1. The Class Settlement Agreement is APPROVED as fair, reasonable, and adequate pursuant to Rule 23(e)(2). 2. The Preliminary Injunction (ECF No. 45) is DISSOLVED and SUPERSEDED by the Settlement Agreement. 3. The Court retains jurisdiction to enforce the Settlement Agreement.',
      null,
      'preliminary_injunction',
    ],
    [
      'cand',
      'ORDER GRANTING FINAL APPROVAL OF CLASS ACTION SETTLEMENT.',
      'The Court GRANTS final approval of the Settlement Agreement. The preliminary injunction (ECF No. 45) shall be dissolved upon the Effective Date. The Court retains jurisdiction to enforce the Settlement Agreement for three years.',
      '2034-10-12',
      'preliminary_injunction',
    ],
    [
      'mdd',
      'ORDER granting [90] Motion for Final Approval of Class Action Settlement.',
      'The Settlement is finally approved. The preliminary injunction is terminated and replaced by the obligations of the Agreement. The Agreement shall remain in effect until June 30, 2034.',
      '2034-06-30',
      'preliminary_injunction',
    ],
    [
      'ord',
      'OPINION AND ORDER granting final approval of class settlement.',
      "The Court finally approves the Settlement Agreement. From the date of this Order, the Agreement's terms govern in place of the preliminary injunction, and the Court will enforce them.",
      null,
      'preliminary_injunction',
    ],
    [
      'paed',
      'ORDER: Final approval of the Class Settlement Agreement is GRANTED.',
      'The Settlement Agreement shall govern in lieu of the temporary restraining order [15]. The Court retains continuing jurisdiction to enforce the Settlement Agreement.',
      null,
      'TRO',
    ],
  ])(
    '%s: the settlement granted, the relief replaced by it, never ended alone',
    (court, text, doc, until, replaced) => {
      const found = read(court, '2031-10-12', text, doc);
      expect(found.filter((f) => f.type === 'settlement')).toMatchObject([{ action: 'granted', until }]);
      expect(found.filter((f) => f.action === 'converted')).toMatchObject([
        { type: replaced, into: 'settlement' },
      ]);
      expect(found.filter((f) => f.action === 'dissolved' || f.action === 'vacated')).toEqual([]);
    },
  );

  it.each([
    // Preliminary approval: what would happen at final approval is not done.
    [
      'njd',
      'ORDER GRANTING PRELIMINARY APPROVAL OF CLASS SETTLEMENT.',
      'The Settlement Agreement is preliminarily approved. If the Court grants final approval, the preliminary injunction shall be dissolved upon the Effective Date.',
    ],
    // The motion asking for it.
    [
      'cand',
      'JOINT MOTION for Final Approval of Class Action Settlement by Ramona Ekwueme.',
      'The parties ask that the preliminary injunction be terminated and replaced by the obligations of the Agreement.',
    ],
  ])('%s: nothing replaced yet', (court, text, doc) => {
    const found = read(court, '2031-10-12', text, doc);
    expect(found.filter((f) => f.type === 'settlement' || f.action === 'converted')).toEqual([]);
  });
});

describe('a decree’s term is the decree’s: never an injunction’s the same entry names', () => {
  it.each([
    [
      'ctd',
      'CONSENT DECREE. Signed by Judge Ana P. Rook on 3/14/2031.',
      'WHEREAS, on June 2, 2030, the Court entered a preliminary injunction (ECF No. 22);\n1. Defendant is ENJOINED from conducting any disciplinary hearing without a qualified interpreter.\n2. This Decree shall remain in effect for three years from the date of its entry.',
      '2034-03-14',
    ],
    [
      'mnd',
      'ORDER granting [77] Joint Motion to Enter Consent Decree.',
      'Defendants are enjoined from closing the Harwick Street shelter. This Decree shall remain in effect for three (3) years from the Effective Date, which is the date of entry.',
      '2034-03-14',
    ],
    [
      'vaed',
      'STIPULATED CONSENT DECREE AND ORDER. Signed by District Judge Corwin Ashdown on 3/14/2031.',
      '1. The preliminary injunction remains in effect until the Effective Date. 2. The Effective Date of this Decree is April 3, 2031. 3. This Decree shall remain in effect for four years from the Effective Date.',
      '2035-04-03',
    ],
    // The Effective Date is not defined: the decree's term is not known, and nothing else takes it.
    [
      'mied',
      'CONSENT JUDGMENT. Signed by District Judge Halima Osterberg on 3/14/2031.',
      'Defendants are ENJOINED from enforcing the 2030 residency rule against class members. This Consent Judgment shall remain in effect for three years from the Effective Date.',
      null,
    ],
  ])(
    '%s: the decree granted for its own term; no injunction granted with a term',
    (court, text, doc, until) => {
      const found = read(court, '2031-03-14', text, doc);
      expect(found.filter((f) => f.type === 'consent_decree')).toMatchObject([{ action: 'granted', until }]);
      expect(found.filter((f) => f.type !== 'consent_decree' && f.action !== 'converted')).toEqual([]);
    },
  );

  it('a proposed decree filed by the parties enters nothing', () => {
    expect(
      analyzeEntry(
        {
          number: '38',
          dateFiled: '2031-02-20',
          text: '[PROPOSED] CONSENT DECREE by Ilse Brandvold, Tomasz Achterberg. This Decree shall remain in effect for three years from the date of its entry.',
        },
        { court: 'ctd' },
      ).injunctions,
    ).toEqual([]);
  });
});

describe('a decree said to supersede the injunction in a relative clause or with two verbs', () => {
  it.each([
    [
      'ncwd',
      'CONSENT DECREE. The Court grants [36] Joint Motion and enters the Consent Decree, which supersedes the preliminary injunction entered March 2, 2029 [20].',
    ],
    [
      'wied',
      'ORDER ENTERING CONSENT DECREE. This Consent Decree replaces and supersedes the Court’s preliminary injunction of March 2, 2029 (ECF No. 20).',
    ],
    [
      'ksd',
      'ORDER: The Court approves the parties’ consent judgment, which shall supersede the preliminary injunction (Doc. 20).',
    ],
    [
      'mnd',
      'ORDER: The Court approves and enters the Stipulated Consent Judgment, which shall govern in place of the preliminary injunction [20].',
    ],
    [
      'ctd',
      'ORDER: The Consent Decree (ECF No. 44) is APPROVED and ENTERED. The preliminary injunction entered March 2, 2029 [20] is superseded by the Consent Decree as of this date.',
    ],
  ])('%s: the decree entered, the injunction converted into it', (court, text) => {
    const found = read(court, '2029-12-03', text);
    expect(found.filter((f) => f.action === 'converted')).toMatchObject([
      { type: 'preliminary_injunction', into: 'consent_decree' },
    ]);
    // Never the injunction replaced with nothing in force in its place.
    expect(found.filter((f) => f.type === 'consent_decree' && f.action === 'granted')).toHaveLength(1);
  });

  it('a decree that would supersede it once entered replaces nothing yet', () => {
    const found = read(
      'cod',
      '2029-12-03',
      'ORDER setting fairness hearing. If approved, the Consent Decree, which supersedes the preliminary injunction [20], will be entered after the hearing.',
    );
    expect(found.filter((f) => f.action === 'converted')).toEqual([]);
  });
});
