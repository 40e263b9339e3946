/**
 * Which filing meets which deadline, in several courts' wordings (fictional parties; try-out 10
 * M6, M7, M8, M11, m2, m9): a paper meets a deadline when its kind and subject fit the deadline's
 * act and its filer the side that owes it — an appeal's brief only by a paper its filer calls that
 * brief, a certificate by its own name, an order's command to act by the obliged side's notice of
 * compliance with that order; a brief's title is its words before "filed" (the clerk's note after
 * it names the next brief); a paper the court no longer asks for is no longer due; an appeal's
 * briefing "ABATED" is paused like briefing held in abeyance.
 */
import { describe, expect, it } from 'vitest';
import type { AnalyzeInput } from '../types.ts';
import { answersOrder, filedBrief, filingMeets, holdsNamedPaper } from './filings.ts';
import { analyzeEntry as analyze, analyzeSequence } from './index.ts';

describe('a brief’s title is its words before "filed": the clerk’s note after it names the next brief', () => {
  it.each([
    [
      "Appellant's Brief filed by Appellants Orla Finch and Bastian Moe. Service date: 03/02/2026 Attorney for Appellees: Quill. Appellee's Brief is due 30 days after service of the Appellant's Brief.",
      'opening',
    ],
    [
      "Appellee's Brief filed by Appellees Teodora Vance and Ilse Marr. Service date: 04/01/2026. Appellant's Reply Brief is due 21 days after service of the Appellee's Brief.",
      'response',
    ],
    [
      "[12204411] Appellee/Respondent's brief filed by Ilse Marr. Served on 05/04/2026. Manner of Service: email. Optional reply brief due 05/26/2026 for Appellants.",
      'response',
    ],
    ['Reply Brief filed by Appellants Orla Finch and Bastian Moe. Service date: 05/20/2026.', 'reply'],
  ])('%s → %s', (text, brief) => {
    expect(filedBrief(text)).toBe(brief);
  });

  it.each([
    'BRIEFING LETTER SENT setting briefing schedule: appellant brief due 04/10/2026; appellee brief due 05/11/2026.',
    "Clerk's Order granting Motion to extend time to file brief filed by Appellants Orla Finch [10441101-2]. Appellant's Brief due on 10/05/2026.",
    'Record on appeal filed. Appellant’s brief due 01/11/2027 for Appellants Orla Finch and Bastian Moe.',
  ])('no brief filed: %s', (text) => {
    expect(filedBrief(text)).toBeNull();
  });
});

describe('an appeal’s brief is met only by a paper its filer calls a brief', () => {
  const appellee = { what: 'appellee brief', party: null, entry: 'appeal:1:5' };
  it.each([
    'RESPONSE in opposition filed regarding a motion for stay pending appeal [3], Certificate of Service: 03/06/2026 by Ms. Rhea Quill for Appellees.',
    'Response to Motion to stay filed by Appellees Teodora Vance and Ilse Marr. [10435520-1]',
    'Appellees’ opposition to the motion for stay pending appeal filed. Served on 11/09/2026.',
  ])('not the appellee’s brief: %s', (filing) => {
    expect(filingMeets(filing, [], appellee)).toBe(false);
  });

  it('the clerk’s note after "filed" naming the next brief does not make the opening brief that one', () => {
    expect(
      filingMeets(
        "OPENING BRIEF filed by Appellants Orla Finch and Bastian Moe. Service date: 05/26/2026. Appellees' answering brief remains due 06/25/2026.",
        [],
        { what: 'Appellants Orla Finch and Bastian Moe opening brief', party: null, entry: 'appeal:1:1' },
      ),
    ).toBe(true);
  });

  it.each([
    'APPELLEE BRIEF filed by Ms. Rhea Quill for Teodora Vance and Ilse Marr. Certificate of Service: 05/11/2026.',
    "[12204411] Appellee/Respondent's brief filed by Ilse Marr. Served on 05/04/2026.",
    'ANSWERING BRIEF filed by Appellees Teodora Vance and Ilse Marr. [12830011]',
  ])('the appellee’s brief: %s', (filing) => {
    expect(filingMeets(filing, [], appellee)).toBe(true);
  });
});

describe('a certificate of interested persons filed under its own name meets the appellant’s certificate', () => {
  const certificate = {
    what: "Appellant's certificate of Interested Persons",
    party: 'Appellant',
    entry: 'appeal:1:1',
  };
  it.each([
    'Certificate of Interested Persons and Corporate Disclosure Statement filed by Attorney Nils Arkwright for Appellants Orla Finch and Bastian Moe.',
    'CERTIFICATE OF INTERESTED PERSONS filed by Appellants Orla Finch and Bastian Moe.',
  ])('%s', (filing) => {
    expect(holdsNamedPaper(filing, [], certificate)).toBe(true);
  });

  it('a brief is no certificate, nor is a certificate a brief', () => {
    expect(holdsNamedPaper("Appellant's Brief filed by Appellants Orla Finch.", [], certificate)).toBe(false);
    expect(
      filingMeets('Certificate of Interested Persons filed by Appellants Orla Finch.', [], {
        what: "Appellant's brief",
        party: 'Appellant',
        entry: 'appeal:1:1',
      }),
    ).toBe(false);
  });
});

describe('a notice of compliance with an order meets that order’s command to act', () => {
  const release = {
    what: 'release each Petitioner on the conditions of his or her prior release or provide',
    party: 'Respondents',
    entry: '9',
    paragraph: '2',
    dated: '2026-03-03',
  };
  it.each([
    'NOTICE of Compliance with [9] Order by Respondents Hollis Grange, Vera Lund (Petitioners released on 3/9/2026)(Pryce, Edda) (Entered: 03/10/2026)',
    "Notice of compliance with the Court's Order of March 3, 2026, filed by Respondents.",
    'CERTIFICATE of Compliance re 9 Order by Respondents Hollis Grange.',
  ])('%s', (filing) => {
    expect(answersOrder(filing, /\[9\]|\b9 Order/.test(filing) ? [9] : [], release)).toBe(true);
  });

  it.each([
    ['another order', 'NOTICE of Compliance with [14] Order by Respondents Hollis Grange.', [14]],
    ['the other side', 'NOTICE of Compliance with [9] Order by Petitioners Ansel Brook.', [9]],
    ['a paragraph named', 'NOTICE of Compliance with Paragraph 4 of [9] Order by Respondents.', [9]],
    ['no compliance said', 'NOTICE of Appearance re [9] Order by Respondents.', [9]],
  ])('not by %s', (_, filing, cites) => {
    expect(answersOrder(filing, cites, release)).toBe(false);
  });

  it('a paper the order asks for by name is not met by a bare notice of compliance', () => {
    expect(
      answersOrder('NOTICE of Compliance with [9] Order by Respondents.', [9], {
        ...release,
        what: 'status report identifying each class member',
      }),
    ).toBe(false);
  });

  it.each([
    [
      'dcd',
      'Reinstate the benefits of each class member',
      'NOTICE OF COMPLIANCE with [20] Order by Defendants.',
    ],
    ['scd', 'Restore coverage to each Plaintiff', 'Notice of Compliance re: [20] Order by Defendant.'],
  ])('%s: through the sequence, the duty of [20] is met on its day', (court, act, filing) => {
    const entries: AnalyzeInput[] = [
      {
        number: '20',
        dateFiled: '2026-06-01',
        text: `ORDER granting [12] Motion for Temporary Restraining Order. Within seven days of this Order, Defendants shall ${act.charAt(0).toLowerCase()}${act.slice(1)}. Signed by Judge Marta Leone on 6/1/2026.`,
      },
      { number: '24', dateFiled: '2026-06-08', text: filing },
    ];
    const [set, met] = analyzeSequence(entries, { court });
    const duty = set!.deadlines.find((d) => /^(?:reinstate|restore)/i.test(d.what));
    expect(duty, JSON.stringify(set!.deadlines)).toBeDefined();
    expect(duty!.dueDate).toBe('2026-06-08');
    expect(met!.satisfies.map((s) => s.entry)).toEqual(['20']);
  });
});

describe('a paper the court no longer asks for is no longer due', () => {
  it.each([
    [
      'casd',
      'The Rule 16 scheduling conference set for May 4, 2026 is VACATED, and the joint status report is not required. Signed by Judge Ines Ocampo.',
      /^joint status report$/i,
    ],
    [
      'dcd',
      'MINUTE ORDER: The parties need not file the joint proposed pretrial order until further order of the Court. Signed by Judge Rowan Tate.',
      /^joint proposed pretrial order/i,
    ],
    [
      'laed',
      'ORDER: In light of the stay, the Rule 26(f) report is no longer required. Signed by Judge Amelie Roux.',
      /26\(f\) report/i,
    ],
  ])('%s', (court, text, what) => {
    const a = analyze({ number: '25', dateFiled: '2026-04-20', text }, { court });
    expect(a.deadlines.filter((d) => d.why?.rule === 'paper-not-required').map((d) => d.what)).toEqual([
      expect.stringMatching(what),
    ]);
  });

  it.each([
    'ORDER: Respondents need not file further weekly declarations.',
    'ORDER: A response to the motion is not required unless the Court orders one.',
    'ORDER: Personal appearance of the parties is not required at the conference.',
  ])('never a repeated duty, a bare response or an appearance: %s', (text) => {
    const a = analyze({ number: '25', dateFiled: '2026-04-20', text }, { court: 'casd' });
    expect(a.deadlines.filter((d) => d.why?.rule === 'paper-not-required')).toEqual([]);
  });
});

describe('an appeal’s briefing "ABATED" is paused; "the abatement is lifted" ends the pause', () => {
  it.each([
    [
      'ca9',
      'Order filed by Clerk of the Court. On the joint motion of the parties, briefing in this appeal is ABATED pending completion of the court’s mediation program.',
    ],
    ['ca3', 'CLERK ORDER: Briefing is hereby abated pending the mediation conference. [1002231]'],
  ])('%s', (court, text) => {
    const a = analyze({ number: '11', dateFiled: '2026-02-16', text }, { court });
    expect(a.stays.map((s) => [s.action, s.what])).toEqual([['granted', 'briefing']]);
  });

  it('"until the abatement is lifted" is the pause’s term, not its end', () => {
    const a = analyze(
      {
        number: '11',
        dateFiled: '2026-04-03',
        text: 'Order filed by Clerk of the Court. This appeal is ABATED pending the district court’s ruling on the Rule 60(b) motion. Appellants shall file a status report every 60 days until the abatement is lifted.',
      },
      { court: 'ca9' },
    );
    expect(a.stays.map((s) => s.action)).toEqual(['granted']);
  });

  it('lifted', () => {
    const a = analyze(
      {
        number: '12',
        dateFiled: '2026-03-30',
        text: "Order filed by Clerk of the Court. Mediation having concluded without settlement, the abatement is lifted. Appellees' response brief shall be filed on or before 04/20/2026.",
      },
      { court: 'ca9' },
    );
    expect(a.stays.map((s) => s.action)).toEqual(['lifted']);
    expect(a.deadlines.map((d) => [d.what, d.dueDate])).toContainEqual([
      expect.stringMatching(/response brief/i),
      '2026-04-20',
    ]);
  });
});

describe('"respond to the Motion … [Doc. 2]" is the response to motion 2, by the side named', () => {
  it.each([
    [
      'casd',
      'Respondents shall respond to the Motion to Certify Class [Doc. 2] on or before July 21, 2026.',
      'Respondents',
    ],
    [
      'dcd',
      'Defendants shall respond to the Motion for Class Certification [ECF No. 2] by July 21, 2026.',
      'Defendants',
    ],
  ])('%s', (court, sentence, party) => {
    const a = analyze(
      {
        number: '10',
        dateFiled: '2026-07-16',
        text: 'ORDER granting in part and denying in part [3] Emergency Motion for Temporary Restraining Order.',
        documentText: `ORDER\n(1) The motion [Doc. 3] is GRANTED IN PART.\n(6) ${sentence}\nSO ORDERED.`,
      },
      { court },
    );
    const d = a.deadlines.find((x) => x.dueDate === '2026-07-21');
    expect(d, JSON.stringify(a.deadlines)).toBeDefined();
    expect([d!.what, d!.party]).toEqual(['response to [2]', party]);
  });
});

describe('a least time the relief gives ("at least seven days after notice") is its term, not a period to read', () => {
  it.each([
    [
      'casd',
      'ORDER: Pursuant to the mandate [39], paragraph 3(b) of the Order [17] is VACATED to the extent it requires more than seven days between notice and removal; Respondents shall allow each class member at least seven days after notice. Signed by Judge Ines Ocampo.',
    ],
    [
      'laed',
      'ORDER: Defendants shall give each class member no fewer than fourteen (14) days following written notice before any transfer. Signed by Judge Amelie Roux.',
    ],
  ])('%s: the least time is not left for a person to read', (court, text) => {
    const a = analyze({ number: '40', dateFiled: '2026-05-04', text }, { court });
    expect((a.needsReview ?? []).flatMap((r) => r.triggers)).not.toContainEqual(
      expect.stringMatching(/days/),
    );
  });

  it('a time to file "within seven days after notice" is still a period to read', () => {
    const a = analyze(
      {
        number: '40',
        dateFiled: '2026-05-04',
        text: 'ORDER: Respondents shall file a declaration within seven days after notice of each transfer.',
      },
      { court: 'casd' },
    );
    expect([
      ...a.deadlines.map((d) => d.what),
      ...(a.needsReview ?? []).flatMap((r) => r.triggers),
    ]).not.toEqual([]);
  });
});

describe('"Dispositive motions due D" is met by a motion that would decide claims, by whatever name', () => {
  const due = (what: string) => ({ what, party: null, entry: '45', paragraph: null, dated: '2030-08-09' });
  it.each([
    [
      'ncwd',
      'Dispositive motions',
      'MOTION for Summary Judgment filed by Ilse Marroquin with Brief/Memorandum in Support.',
    ],
    [
      'wiwd',
      'dispositive motions',
      'MOTION TO DISMISS for Failure to State a Claim by Defendant Harlan County.',
    ],
    ['nmd', 'Dispositive motions', "Defendants' MOTION for Judgment on the Pleadings by Harlan County."],
    ['ctd', 'dispositive motions', 'MOTION for Partial Summary Judgment by Tobias Wren.'],
  ])('%s: %s met by "%s"', (_court, what, filing) => {
    expect(filingMeets(filing, [], due(what))).toBe(true);
  });

  it.each([
    'MOTION to Compel Discovery by Ilse Marroquin.',
    'MOTION for Extension of Time to File Dispositive Motions by Harlan County.',
  ])('never by another motion: %s', (filing) => {
    expect(filingMeets(filing, [], due('Dispositive motions'))).toBe(false);
  });
});
