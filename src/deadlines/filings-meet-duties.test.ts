/**
 * Which filing meets which deadline: by its link to the order or motion, its kind, its filer and
 * its day. Hand-written entries in several courts' wordings (names fictional), read in order through
 * the extractor and the tracker, as the live path reads them.
 */
import { describe, expect, it } from 'vitest';
import { analyzeSequence } from './extract/index.ts';
import { Tracker } from './tracker.ts';
import type { AnalyzeInput } from './types.ts';

type Row = [number: string | null, dateFiled: string, text: string, more?: Partial<AnalyzeInput>];

function replay(rows: Row[], court: string) {
  const input: AnalyzeInput[] = rows.map(([number, dateFiled, text, more]) => ({
    number,
    dateFiled,
    text,
    ...more,
  }));
  const tracker = new Tracker({ court });
  const analyses = analyzeSequence(input, { court });
  const events = input.flatMap((e, i) => tracker.apply(e, analyses[i]!));
  return { tracker, events, analyses };
}

const find = (t: Tracker, re: RegExp) => {
  const found = t.deadlines().filter((d) => re.test(d.what));
  expect(
    found.map((d) => d.what),
    String(re),
  ).toHaveLength(1);
  return found[0]!;
};

describe('a notice of compliance naming the order by a link the report prints as a bare number', () => {
  // The docket report shows "[8]" as "8": the words around the number do not say it is an entry.
  it.each([
    [
      'paed',
      'NOTICE of compliance with 8 temporary restraining order by defendant Halvorsen-Price (Abara, Lyle)',
    ],
    ['wied', 'CERTIFICATE of compliance with the Court’s 8 memorandum opinion and order by Respondents'],
    ['gand', 'NOTICE of Filing Declaration of Compliance with 8 Preliminary Injunction by Defendants'],
    ['cod', 'Notice of Compliance with 8 order granting temporary restraining order by Respondent Warden'],
  ])('%s: met by the notice linked to the order, not passed', (court, notice) => {
    const rows: Row[] = [
      [
        '3',
        '2027-03-01',
        'Emergency MOTION for Temporary Restraining Order by Petitioners Okafor-Lindgren, Ruiz Amaya.',
      ],
      [
        '8',
        '2027-03-04',
        'ORDER granting [3] Emergency Motion for Temporary Restraining Order. Signed by Judge Pia Ostrowski on 3/4/2027.',
        {
          documentText:
            'IT IS ORDERED:\n1. The motion (ECF No. 3) is GRANTED.\n2. Respondents shall release Petitioner Ruiz Amaya on reasonable conditions of supervision within five days of the entry of this Order.\nSO ORDERED.',
        },
      ],
      ['9', '2027-03-08', notice, { linkedEntries: [8] }],
    ];
    const linked = replay(rows, court);
    const duty = find(linked.tracker, /^Release Petitioner Ruiz Amaya/i);
    expect(linked.analyses[2]!.relatedEntries).toContain(8);
    expect([duty.due, duty.state, duty.satisfiedBy?.entry]).toEqual(['2027-03-09', 'satisfied', '9']);
    // The same words without the link name no entry: the duty stays open (then passes).
    const bare = replay(
      rows.map((r): Row => [r[0], r[1], r[2], r[0] === '9' ? {} : r[3]]),
      court,
    );
    expect(find(bare.tracker, /^Release Petitioner Ruiz Amaya/i).state).toBe('open');
  });

  it('a linked number is a reference where it first stands alone, in the order of the text', () => {
    const [a] = analyzeSequence(
      [
        {
          number: '20',
          dateFiled: '2027-05-02',
          text: 'RESPONSE within 14 days to 12 motion to compel and 9 amended complaint by Defendants',
          linkedEntries: [9, 12],
        },
      ],
      { court: 'mdd' },
    );
    expect(a!.relatedEntries.slice(0, 2)).toEqual([12, 9]);
  });
});

describe('a reply set after the response to a named motion is in support of that motion, dated from the response', () => {
  it.each([
    [
      'cod',
      'Defendants shall respond to the Motion for Class Certification [ECF No. 2] on or before May 3, 2027. Plaintiffs’ reply shall be filed within seven days after the response is served.',
      'RESPONSE in Opposition re [2] MOTION to Certify Class by Defendants.',
      'REPLY to Response to Motion re [2] MOTION to Certify Class by Plaintiffs.',
    ],
    [
      'gand',
      'Respondents shall file their opposition to Petitioners’ motion for class certification (Doc. 2) by May 3, 2027. Petitioners may file a reply within seven days after service of the opposition.',
      'RESPONSE in Opposition re 2 MOTION to Certify Class filed by Respondents.',
      'REPLY BRIEF re 2 MOTION to Certify Class filed by Petitioners.',
    ],
    [
      'med',
      'Respondents shall file their objection to the motion to certify class (doc. no. 2) no later than May 3, 2027. Petitioners may file a reply within seven days after the objection is filed.',
      'OBJECTION to [2] MOTION to Certify Class filed by Respondents.',
      'REPLY to Objection to Motion re [2] MOTION to Certify Class filed by Petitioners.',
    ],
  ])('%s', (court, paragraph, responseText, replyText) => {
    const { tracker } = replay(
      [
        ['2', '2027-04-12', 'MOTION to Certify Class by Petitioners Adeyemi-Strand, Vo Thi Lan.'],
        [
          '3',
          '2027-04-12',
          'Emergency MOTION for Temporary Restraining Order by Petitioners Adeyemi-Strand, Vo Thi Lan.',
        ],
        [
          '11',
          '2027-04-19',
          'ORDER granting in part [3] Emergency Motion for Temporary Restraining Order. Signed by Judge Imogen Baptiste-Rhee on 4/19/2027.',
          {
            documentText: `IT IS ORDERED:\n1. The motion (ECF No. 3) is GRANTED IN PART.\n2. ${paragraph}\n3. The Court will hear the motion for class certification on May 20, 2027, at 10:00 a.m.\nSO ORDERED.`,
          },
        ],
        ['14', '2027-05-03', responseText],
        ['17', '2027-05-10', replyText],
      ],
      court,
    );
    const replies = tracker.deadlines().filter((d) => /^reply/i.test(d.what));
    expect(replies.map((d) => d.what)).toEqual(['reply in support of [2]']);
    expect([replies[0]!.due, replies[0]!.state, replies[0]!.satisfiedBy?.entry]).toEqual([
      '2027-05-10',
      'satisfied',
      '17',
    ]);
    const response = find(tracker, /^(?:response|opposition|objection) to \[2\]/i);
    expect([response.due, response.state, response.satisfiedBy?.entry]).toEqual([
      '2027-05-03',
      'satisfied',
      '14',
    ]);
  });
});

describe('a motion’s response called an objection (D.N.H., D. Me.)', () => {
  it('the clerk’s "Objection due by" on the motion ends with the motion denied', () => {
    const { tracker, events } = replay(
      [
        [
          '21',
          '2027-10-04',
          'MOTION to Stay Preliminary Injunction Pending Appeal filed by Ingrid Solvang-Abiola, Field Office Director. Objection due by 10/18/2027.',
        ],
        [
          '22',
          '2027-10-12',
          'ENDORSED ORDER denying [21] Motion to Stay Pending Appeal. So Ordered by Judge Caspar T. Whitlow.',
        ],
      ],
      'med',
    );
    const objection = find(tracker, /^objection/i);
    expect(objection.what).toMatch(/\[21\]/);
    expect(objection.state).toBe('mooted');
    expect(events.some((e) => e.type === 'deadline.mooted' && e.entry === '22')).toBe(true);
  });

  it('an objection to the motion meets the expedited response the order asked for', () => {
    const { tracker } = replay(
      [
        ['3', '2027-09-01', 'Emergency MOTION for Stay of Removal filed by Petitioner Tomasz Ekwueme-Hald.'],
        [
          '4',
          '2027-09-01',
          'ENDORSED ORDER re: [3] Emergency MOTION for Stay of Removal. Text of Order: Respondents shall file an expedited response to the motion on or before September 3, 2027, at 12:00 noon. So Ordered by Judge Caspar T. Whitlow.',
        ],
        [
          '7',
          '2027-09-03',
          'OBJECTION to [3] Emergency MOTION for Stay of Removal filed by Ingrid Solvang-Abiola, Field Office Director.',
        ],
      ],
      'med',
    );
    const response = find(tracker, /^expedited response/i);
    expect([response.state, response.satisfiedBy?.entry]).toEqual(['satisfied', '7']);
  });
});

describe('a response set for "both motions" where the paragraph names one by number', () => {
  it('replaces the clerk’s dates for that motion; the replies are the movant’s, in support of it', () => {
    const { tracker } = replay(
      [
        [
          '2',
          '2027-05-03',
          'MOTION to Certify Class filed by Aurelio Bañuelos-Kent. Responses due by 5/17/2027. Replies due by 5/24/2027.',
        ],
        [
          '9',
          '2027-05-10',
          'ORDER granting in part Motion for Temporary Restraining Order. Signed by Judge Wen-Li Abernathy on 5/10/2027.',
          {
            documentText:
              'IT IS HEREBY ORDERED that:\n1. Respondents shall not transfer Petitioner out of the district.\n2. Petitioner shall file any motion for a preliminary injunction by May 14, 2027. The hearing on the motion for class certification [ECF No. 2] is VACATED; that motion will be heard together with the motion for a preliminary injunction on June 10, 2027. Respondents’ opposition to both motions is due May 28, 2027, and Petitioner’s replies are due June 4, 2027.\nIT IS SO ORDERED.',
          },
        ],
      ],
      'wawd',
    );
    const response = find(tracker, /^response to \[2\]|^opposition|^responses/i);
    expect([response.due, response.state]).toEqual(['2027-05-28', 'open']);
    const replies = tracker.deadlines().filter((d) => /^repl/i.test(d.what) && d.state === 'open');
    expect(replies.map((d) => [d.due, d.party])).toEqual([
      ['2027-06-04', expect.stringMatching(/^Petitioner/)],
    ]);
  });
});

describe('a court of appeals’ briefs and papers, met by what their filers call them', () => {
  /** An appeal's docket read as the district case's record reads it: keys `appeal:<id>:<n>`. */
  const appeal = (rows: [n: number, dateFiled: string, text: string][], court: string) =>
    replay(
      rows.map(([n, dateFiled, text]): Row => [null, dateFiled, text, { id: `appeal:7:${n}` }]),
      court,
    );

  it.each([
    [
      'ca4',
      'BRIEFING ORDER filed. Opening brief and joint appendix due 04/12/2027 for appellants.',
      "APPELLANTS' OPENING BRIEF filed by Appellants Brandvold-Oyelaran and Tessier. Service: 04/12/2027.",
    ],
    [
      'ca10',
      'BRIEFING schedule set. Brief and appendix due 04/12/2027 for appellants.',
      "APPELLANTS' BRIEF filed by Appellants Brandvold-Oyelaran and Tessier. Certificate of service dated 04/12/2027.",
    ],
  ])('%s: the brief meets "brief and appendix"', (court, schedule, brief) => {
    const { tracker } = appeal(
      [
        [1, '2027-03-01', schedule],
        [5, '2027-04-12', brief],
      ],
      court,
    );
    const d = find(tracker, /appendix/i);
    expect([d.state, d.satisfiedBy?.entry]).toEqual(['satisfied', 'appeal:7:5']);
  });

  it('an order naming no motion: the response and the optional reply filed next meet its dates', () => {
    const { tracker } = appeal(
      [
        [
          2,
          '2027-06-01',
          'Filed (ECF) Appellants Emergency Motion to stay the injunction pending appeal. Date of service: 06/01/2027.',
        ],
        [
          3,
          '2027-06-03',
          'Filed order (Appellate Commissioner): The request for an administrative stay is denied. The response to the motion is due June 10, 2027; the optional reply is due June 14, 2027.',
        ],
        [
          5,
          '2027-06-10',
          'Filed (ECF) Appellees Response opposing motion ([2] Motion (ECF Filing) motion to stay). Date of service: 06/10/2027.',
        ],
        [6, '2027-06-14', 'Filed (ECF) Appellants REPLY to response (). Date of service: 06/14/2027.'],
      ],
      'ca7',
    );
    expect(
      tracker
        .deadlines()
        .filter((d) => /response to the motion|optional reply/i.test(d.what))
        .map((d) => [d.what, d.state, d.satisfiedBy?.entry]),
    ).toEqual([
      ['response to the motion', 'satisfied', 'appeal:7:5'],
      ['optional reply', 'satisfied', 'appeal:7:6'],
    ]);
  });

  it('a schedule repeating a duty with no day moves nothing and tells nothing', () => {
    const { tracker, events } = appeal(
      [
        [
          1,
          '2027-06-01',
          'DOCKETED CAUSE. The schedule is set as follows: Appellants opening brief due 07/01/2027. Appellees answering brief due 07/29/2027. The optional reply brief is due 21 days after service of the answering brief.',
        ],
        [
          7,
          '2027-06-20',
          'Filed order (ALVAREZ-KRUGER, OKONKWO and PERLMAN): The motion to expedite is granted in part. The briefing schedule is amended as follows: the opening brief is due July 15, 2027; the answering brief is due August 12, 2027; the optional reply brief is due within 21 days after service of the answering brief.',
        ],
      ],
      'ca7',
    );
    const reply = find(tracker, /optional reply brief/i);
    expect(reply.due).toBeNull();
    expect(events.filter((e) => e.subject === reply.id).map((e) => e.type)).toEqual(['deadline.set']);
  });
});

describe('a paper no longer due, or answering another order’s paragraph, meets nothing', () => {
  it('"The joint status report required by the order of … (doc. no. 29) is excused"; a status report under another order’s paragraph does not meet it', () => {
    const { tracker } = replay(
      [
        [
          '17',
          '2027-01-10',
          'ORDER. Signed by Judge Delphine Aarons-Whit.',
          {
            documentText:
              'IT IS ORDERED:\n1. Respondents shall file a status report on the twentieth day of each month, beginning February 20, 2027.\nSO ORDERED.',
          },
        ],
        [
          '29',
          '2027-06-01',
          'ORDER on remand. Signed by Judge Delphine Aarons-Whit.',
          {
            documentText:
              'IT IS ORDERED:\n1. The parties shall file a joint status report within twenty-one days of this order.\nSO ORDERED.',
          },
        ],
        [
          '31',
          '2027-06-10',
          'ORDER. Signed by Judge Delphine Aarons-Whit.',
          {
            documentText:
              'IT IS ORDERED:\n1. The joint status report required by the order of June 1, 2027 (doc. no. 29) is excused.\nSO ORDERED.',
          },
        ],
        [
          '34',
          '2027-06-20',
          'STATUS REPORT (June 2027) pursuant to paragraph 1 of Order (doc. no. 17) filed by Respondents.',
        ],
      ],
      'wied',
    );
    const joint = find(tracker, /^joint status report$/i);
    expect([joint.state, joint.satisfiedBy]).toEqual(['vacated', null]);
  });
});
