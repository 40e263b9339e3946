/**
 * An appeal's briefs and the papers that meet duties, in several courts' wordings (fictional
 * parties): which brief a filing is and which brief a period counts from; a period counted from a
 * mandate "in any appeal of this Order" is not counted from the order; papers named by what they
 * hold, and notices naming an order by its day, meet their duties.
 */
import { describe, expect, it } from 'vitest';
import type { AnalyzeInput } from '../types.ts';
import { appealBriefOf, briefTrigger, filedBrief } from './filings.ts';
import { triggerIsThisEntry } from './grammar.ts';
import { analyzeEntry as analyze, analyzeSequence } from './index.ts';

describe('which brief of an appeal a filing is', () => {
  it.each([
    ['OPENING BRIEF by Appellants Morrow County and Ada Pelletier.', 'opening'],
    ["APPELLANT'S BRIEF filed by Appellant Field Office Director. Service date: 05/06/2026.", 'opening'],
    ['Appellants Harlan Township and Vera Quist brief filed. [7184410]', 'opening'],
    ["[11207701] Appellants' opening brief filed by Ada Pelletier. Served on 03/16/2026.", 'opening'],
    ['ECF FILER: Brief on behalf of Appellees, Tomasz Lindgren. (OKONJO, RUTH)', 'response'],
    ['RESPONSE BRIEF by Appellees. [1001930002]', 'response'],
    ['ANSWERING BRIEF filed by Appellees Basin Growers Cooperative. [12830011]', 'response'],
    ['REPLY BRIEF by Appellants Morrow County and Ada Pelletier.', 'reply'],
    ["[11214402] Appellants' reply brief filed. Served on 05/01/2026.", 'reply'],
  ])('%s → %s', (text, brief) => {
    expect(filedBrief(text)).toBe(brief);
  });

  it.each([
    'BRIEFING SCHEDULE: Appellant brief and appendix due on 01/25/2027. Appellee brief due 30 days after service.',
    'BRIEFING ORDER filed. Opening brief and appendix due 03/31/2027.',
    'MOTION filed by Appellant Ada Pelletier to extend time to file opening brief. [11210001]',
    'ORDER granting the motion for leave to file an oversized reply brief.',
    'Brief of Appellee/Cross-Appellant Basin Growers Cooperative filed.',
    'NOTICE of appearance by Ruth Okonjo on behalf of Appellees.',
  ])('not a brief a party filed: %s', (text) => {
    expect(filedBrief(text)).toBeNull();
  });

  it.each([
    ['service of response brief', 'response'],
    ["service of appellant's brief", 'opening'],
    ['service of appellee brief', 'response'],
    ['the filing of the answering brief', 'response'],
    ['service of the opening brief', 'opening'],
    ['the Court of Appeals issues its mandate', null],
    ['the response brief is due', null],
  ])('a period counted from "%s" waits for %s', (words, brief) => {
    expect(briefTrigger(words)).toBe(brief);
    expect(appealBriefOf('Appellee brief')).toBe('response');
  });
});

describe('a brief due after another is met when filed, though its date was still to come', () => {
  it.each([
    [
      'ca3',
      "BRIEFING SCHEDULE: Appellant brief and appendix due on 08/09/2027. Appellee brief due 30 days after service of appellant's brief.",
      'ECF FILER: Brief on behalf of Appellees, Tomasz Lindgren. (OKONJO, RUTH)',
      /appellee brief/i,
    ],
    [
      'ca4',
      'BRIEFING ORDER filed. Opening brief and appendix due 03/31/2027. Response brief due 04/30/2027. Any reply brief due within 21 days of service of response brief.',
      'REPLY BRIEF by Appellants Morrow County and Ada Pelletier.',
      /reply brief/i,
    ],
    [
      'ca10',
      "Briefing schedule set. Appellant's opening brief due 03/16/2026. Appellee's response brief due within 30 days after service of the opening brief.",
      "[11211150] Appellees' response brief filed by Basin Growers Cooperative. Served on 04/13/2026.",
      /response brief/i,
    ],
  ])('%s', (court, schedule, filing, what) => {
    const [set, , met] = analyzeSequence(
      [
        { number: '3', dateFiled: '2027-02-01', text: schedule },
        { number: '5', dateFiled: '2027-03-01', text: 'Case tentatively calendared for argument.' },
        { number: '7', dateFiled: '2027-03-20', text: filing },
      ],
      { court },
    );
    expect(set!.deadlines.some((d) => what.test(d.what) && d.dueDate === null)).toBe(true);
    // One duty met, of the schedule (by its key: "reply in support of" for the reply brief).
    expect(met!.satisfies.map((s) => s.entry)).toEqual(['3']);
    expect(met!.satisfies[0]!.what).not.toMatch(/opening|appellant brief/i);
  });
});

describe('the appellant’s brief never meets the appellee’s duty, whichever side its name puts last', () => {
  it.each([
    ['ca3', 'ECF FILER: Brief on behalf of Appellant Leonard Quist. (QUIST, LEONARD)'],
    ['ca4', 'OPENING BRIEF by Appellants Morrow County and Ada Pelletier.'],
    ['ca7', 'Appellants Harlan Township and Vera Quist brief filed. [7184410]'],
  ])('%s', (court, filing) => {
    const [, met] = analyzeSequence(
      [
        {
          number: '2',
          dateFiled: '2027-06-29',
          text: "BRIEFING SCHEDULE: Appellant brief and appendix due on 08/09/2027. Appellee brief due 30 days after service of appellant's brief.",
        },
        { number: '4', dateFiled: '2027-08-09', text: filing },
      ],
      { court },
    );
    expect(met!.satisfies.map((s) => s.what)).toEqual([expect.stringMatching(/appellant brief/i)]);
  });
});

describe('each brief meets its own duty: the opening brief is no response brief, a merits brief no response to a motion', () => {
  it.each(['ca4', 'ca6', 'ca8'])('%s', (court) => {
    const [, , opening, response] = analyzeSequence(
      [
        {
          number: '3',
          dateFiled: '2027-02-19',
          text: 'BRIEFING ORDER filed. Opening brief and appendix due 03/31/2027. Response brief due 04/30/2027.',
        },
        {
          number: '7',
          dateFiled: '2027-02-24',
          text: "ORDER granting administrative stay. Appellees' response to the motion is due 03/01/2027.",
        },
        {
          number: '11',
          dateFiled: '2027-03-31',
          text: 'OPENING BRIEF by Appellants Morrow County and Ada Pelletier.',
        },
        { number: '13', dateFiled: '2027-04-30', text: 'RESPONSE BRIEF by Appellees. [1001930002]' },
      ],
      { court },
    );
    expect(opening!.satisfies.map((s) => [s.entry, s.what])).toEqual([
      ['3', expect.stringMatching(/opening brief/i)],
    ]);
    // The schedule's response brief (of entry 3), not the response to the motion (of entry 7).
    expect(response!.satisfies.map((s) => s.entry)).toEqual(['3']);
  });
});

describe('a period after a mandate "in any appeal of this Order" is not counted from the order', () => {
  it.each([
    ['the Third Circuit issues its mandate in any appeal of this Order', false],
    ["the Ninth Circuit's resolution of any appeal from this order", false],
    ['the mandate issues in the appeal of this Order', false],
    ['the date of this Order', true],
    ['entry of this order', true],
  ])('%s → this entry: %s', (words, own) => {
    expect(triggerIsThisEntry(words)).toBe(own);
  });

  it.each([
    [
      'paed',
      'Within fourteen (14) days after the Third Circuit issues its mandate in any appeal of this Order, the parties shall file a joint status report.',
    ],
    [
      'ctd',
      'The parties shall file a joint status report within 21 days after the Second Circuit issues its mandate in any appeal of this Order.',
    ],
    [
      'nmd',
      'Within thirty (30) days after the Tenth Circuit issues its mandate in any appeal from this Order, Defendants shall file a notice of their plan.',
    ],
  ])('%s: undated, waiting for the mandate', (court, text) => {
    const a = analyze({ number: '40', dateFiled: '2026-03-02', text: `ORDER. ${text}` }, { court });
    const d = a.deadlines.find((x) => x.period);
    expect(d, JSON.stringify(a.deadlines)).toBeDefined();
    expect(d!.dueDate).toBeNull();
    expect(d!.period!.triggerText).toMatch(/mandate/);
  });
});

describe('papers filed under another name meet the duty they answer', () => {
  const run = (court: string, entries: AnalyzeInput[]) => analyzeSequence(entries, { court });

  it.each([
    [
      'ca8',
      'Civil case docketed. Docketing statement due for Appellants Harlan Township by 04/14/2026. Appellant brief due 05/26/2026.',
      'Docketing Statement filed by Appellants Harlan Township. Prior or Related proceedings: No.',
    ],
    [
      'ca1',
      'Case docketed. Docketing statement due 03/02/2026. Transcript order form due 03/02/2026.',
      'DOCKETING STATEMENT filed by Appellant Vera Quist. Certificate of service dated 03/01/2026.',
    ],
  ])('%s: a docketing statement filed under its own name', (court, order, filing) => {
    const [set, met] = run(court, [
      { number: '1', dateFiled: '2026-02-16', text: order },
      { number: '3', dateFiled: '2026-02-27', text: filing },
    ]);
    expect(set!.deadlines.map((d) => d.what)).toContainEqual(expect.stringMatching(/docketing statement/i));
    expect(met!.satisfies.map((s) => s.what)).toContainEqual(expect.stringMatching(/docketing statement/i));
  });

  it.each([
    [
      'ded',
      'ORAL ORDER: Within twenty-one days of this Order, the parties shall file a joint proposed schedule for further proceedings. Ordered by Judge Colm F. Rafferty on 6/1/2026.',
      'JOINT STATUS REPORT and Proposed Schedule re [45] Order by Lindgren Farms, Basin Growers Cooperative. (Okonjo, Ruth)',
    ],
    [
      'ganb',
      'ORDER. The parties shall submit a joint proposed discovery plan within fourteen (14) days of this Order.',
      'Joint Report and Proposed Discovery Plan pursuant to Order [45] filed by Vera Quist, Morrow County.',
    ],
  ])('%s: a joint paper "re [45] Order" carrying the duty’s words', (court, order, filing) => {
    const [, met] = run(court, [
      { number: '45', dateFiled: '2026-06-01', text: order },
      { number: '49', dateFiled: '2026-06-15', text: filing },
    ]);
    expect(met!.satisfies).toHaveLength(1);
  });

  it('a paper that neither names the order nor starts with the duty’s words meets nothing', () => {
    const [, met] = run('ded', [
      {
        number: '45',
        dateFiled: '2026-06-01',
        text: 'ORAL ORDER: Within twenty-one days of this Order, the parties shall file a joint proposed schedule for further proceedings.',
      },
      {
        number: '48',
        dateFiled: '2026-06-10',
        text: 'JOINT STATUS REPORT by Lindgren Farms, Basin Growers Cooperative.',
      },
      {
        number: '50',
        dateFiled: '2026-06-12',
        text: 'MOTION for Extension of Time to File Proposed Schedule re [45] Order by Lindgren Farms.',
      },
    ]);
    expect(met!.satisfies).toEqual([]);
  });

  it.each([
    ['mad', "NOTICE of Compliance with Paragraph 4 of the Court's Order of March 2, 2026 by Dana Whitcombe."],
    ['nmd', 'NOTICE of Compliance with Paragraph 4 of the Order dated 3/2/2026 by Defendant Dana Whitcombe.'],
    ['ohsd', "Defendant's Notice of Compliance with paragraph 4 of the Court's Order entered March 2, 2026."],
  ])('%s: a notice of compliance naming the paragraph, and the order by its day', (court, filing) => {
    const [set, met] = run(court, [
      {
        number: '30',
        dateFiled: '2026-03-02',
        text: 'ORDER granting [12] Motion for Preliminary Injunction.',
        documentText:
          'It is ORDERED that:\n1. The motion (ECF No. 12) is GRANTED.\n2. Defendant is ENJOINED from terminating benefits without notice.\n3. Defendant shall give written notice to each class member.\n4. Within ten (10) days of this Order, Defendant shall reinstate benefits to each class member whose benefits were terminated.\nSO ORDERED.',
      },
      { number: '34', dateFiled: '2026-03-12', text: filing },
    ]);
    const duty = set!.deadlines.find((d) => d.paragraph === '4');
    expect(duty, JSON.stringify(set!.deadlines)).toBeDefined();
    expect(met!.satisfies.map((s) => s.what)).toEqual([expect.stringMatching(/reinstate/i)]);
  });

  it('a notice naming the paragraph of an order of another day meets nothing', () => {
    const [, met] = run('mad', [
      {
        number: '30',
        dateFiled: '2026-03-02',
        text: 'ORDER granting [12] Motion for Preliminary Injunction.',
        documentText:
          'It is ORDERED that:\n1. The motion (ECF No. 12) is GRANTED.\n4. Within ten (10) days of this Order, Defendant shall reinstate benefits to each class member.\nSO ORDERED.',
      },
      {
        number: '34',
        dateFiled: '2026-03-12',
        text: "NOTICE of Compliance with Paragraph 4 of the Court's Order of January 20, 2026 by Dana Whitcombe.",
      },
    ]);
    expect(met!.satisfies).toEqual([]);
  });
});
