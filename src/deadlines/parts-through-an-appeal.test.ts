/**
 * Parts of relief through an appeal (try-out T2, T3, T6), in several courts' words (hand-written;
 * names fictional): a preliminary injunction in numbered paragraphs; the court of appeals'
 * administrative stay of one part while it considers the motion (the rest in force, the part on hold
 * for now, until the motion is decided); the district court's order on the mandate vacating one
 * paragraph (that paragraph and its duties go, the rest in force); the court of appeals' decision
 * vacating one paragraph and affirming the rest (it takes effect with the mandate; the paragraph
 * stays vacated — the stay pending appeal that held it ends without it applying again).
 */
import { describe, expect, it } from 'vitest';
import { readAppealsDocket, readDistrictCopy } from './appellate.ts';
import { analyzeEntry, analyzeSequence } from './extract/index.ts';
import { describedPart } from './extract/partial.ts';
import { Tracker, type TrackerEvent } from './tracker.ts';

type Entry = readonly [number: string, day: string, text: string];

const PI_TEXT =
  'ORDERED that the Motion for Preliminary Injunction is GRANTED:\n1. Defendants are ENJOINED from removing any class member without seven days’ notice to class counsel.\n2. Within twenty-one days of this Order, Defendants shall provide each detained class member a bond hearing.\n3. Within forty-five days of this Order, Defendants shall file a declaration listing every class member in custody.\nThis preliminary injunction remains in effect until final judgment.';

/** The injunction, its notice of appeal and what follows on either docket, applied in order as the worker does. */
function run(court: string, later: { appeal?: Entry[]; district?: Entry[] }) {
  const district: { number: string; dateFiled: string; text: string; documentText?: string }[] = [
    {
      number: '1',
      dateFiled: '2027-01-04',
      text: 'CLASS ACTION COMPLAINT against Warden filed by Detained Families Union.',
    },
    {
      number: '22',
      dateFiled: '2027-02-10',
      text: 'ORDER granting [5] Motion for Preliminary Injunction.',
      documentText: PI_TEXT,
    },
    {
      number: '25',
      dateFiled: '2027-02-12',
      text: 'NOTICE OF APPEAL as to [22] Order on Motion for Preliminary Injunction by Warden.',
    },
    ...(later.district ?? []).map(([number, dateFiled, text]) => ({ number, dateFiled, text })),
  ];
  const all = [
    ...district.map((e) => ({ e, appeal: false })),
    ...(later.appeal ?? []).map(([n, dateFiled, text]) => ({
      e: { number: `appeal:1:${n}`, dateFiled, text },
      appeal: true,
    })),
  ].sort((a, b) => a.e.dateFiled.localeCompare(b.e.dateFiled));
  const analyses = analyzeSequence(district, { court });
  const tracker = new Tracker({ court });
  const events: TrackerEvent[] = [];
  for (const { e, appeal } of all) {
    if (appeal) {
      tracker.appealEntry(e);
      const act = readAppealsDocket(e.text);
      if (act) events.push(...tracker.applyAppellate(e, act));
      continue;
    }
    const a = analyses[district.indexOf(e)]!;
    const copy = readDistrictCopy(e.text);
    if (copy) {
      events.push(...tracker.apply(e, { ...a, injunctions: [], stays: [] }, { copy: true }));
      events.push(...tracker.applyAppellate(e, copy));
    } else events.push(...tracker.apply(e, a));
    if (a.subtype === 'notice_of_appeal') tracker.noticeOfAppeal(e, a.relatedEntries);
  }
  const duty = (what: RegExp) => tracker.deadlines().find((d) => what.test(d.what));
  return { tracker, events, duty };
}

describe('T2: an administrative stay of one part: the rest in force, the part on hold for now', () => {
  it.each([
    // CA5 style, the court's own verb.
    [
      'UNPUBLISHED ORDER: To allow time to consider the motion, we administratively stay paragraph 2 of the preliminary injunction. The remainder of the injunction remains in effect.',
      /^paragraph 2$/,
    ],
    // CA11 style: the part named by what it does.
    [
      "ORDER: The portion of the district court's order directing Appellants to provide bond hearings within twenty-one days is temporarily stayed pending consideration of the motion.",
      /^the portion directing Appellants to provide bond hearings within twenty-one days$/,
    ],
    // CA8 style.
    [
      'CLERK ORDER: An administrative stay is entered as to paragraph 2 of the preliminary injunction pending further order of the court.',
      /paragraph 2/,
    ],
    // CA3 style.
    [
      "ORDER: Paragraph 2 of the District Court's February 10, 2027 order is ADMINISTRATIVELY STAYED pending disposition of Appellants' motion for stay pending appeal.",
      /paragraph 2/i,
    ],
    // CA1 style: "that part … requiring".
    [
      "ORDER granting in part Appellants' motion for an immediate administrative stay. That part of the district court's order requiring bond hearings within twenty-one days is administratively stayed until the court rules on the motion for stay pending appeal.",
      /requiring bond hearings within twenty-one days|in part/,
    ],
  ])('%s', (text, part) => {
    const act = readAppealsDocket(text);
    expect(act).toMatchObject({ act: 'stay', action: 'granted', administrative: true, inPart: true });
    if (act?.act === 'stay' && act.part) expect(act.part).toMatch(part);
    const { tracker } = run('txsd', { appeal: [['9', '2027-02-17', text]] });
    const p = tracker.posture('2027-02-20');
    expect(p.onHold).toEqual([]);
    expect(p.inForce.map((f) => f.summary)).toEqual([
      expect.stringMatching(
        /stayed it in part for now \(an administrative stay[^)]*\) on February 17, 2027[^:]*: the rest in force$/,
      ),
    ]);
  });

  it.each([
    "ORDER of USCA (certified copy) as to [25] Notice of Appeal. The portion of this Court's preliminary injunction [22] requiring Defendants to provide bond hearings within twenty-one days is temporarily stayed pending the Fifth Circuit's consideration of the motion for stay pending appeal.",
    'ORDER of USCA as to [25] Notice of Appeal: the preliminary injunction is administratively stayed insofar as it requires bond hearings within twenty-one days, pending further order.',
  ])('the district clerk’s copy: %s', (text) => {
    expect(readDistrictCopy(text)).toMatchObject({ act: 'stay', administrative: true, inPart: true });
    const { tracker } = run('gand', { district: [['29', '2027-02-18', text]] });
    const p = tracker.posture('2027-02-20');
    expect(p.onHold).toEqual([]);
    expect(p.inForce.map((f) => f.summary)).toEqual([
      expect.stringMatching(/stayed it in part for now[^\n]*: the rest in force$/),
    ]);
  });

  it.each([
    'ORDER: Appellants’ motion for stay pending appeal is DENIED. The administrative stay entered February 17, 2027 is DISSOLVED.',
    'PER CURIAM ORDER: The temporary administrative stay of a portion of the preliminary injunction is dissolved. Appellants’ motion for a stay pending appeal is DENIED.',
  ])('the motion decided: the whole injunction in force again — %s', (decision) => {
    const { tracker, events } = run('mnd', {
      appeal: [
        [
          '9',
          '2027-02-17',
          'ORDER: Paragraph 2 of the preliminary injunction is ADMINISTRATIVELY STAYED pending further order of the court.',
        ],
        ['14', '2027-03-01', decision],
      ],
    });
    expect(tracker.posture('2027-03-02').inForce.map((f) => f.summary)).toEqual([
      'Preliminary injunction in effect since February 10, 2027 until final judgment',
    ]);
    expect(events.filter((e) => e.type === 'injunction.resumed')).toHaveLength(1);
  });

  it('granted in part after it: the part stayed pending appeal, the administrative stay over', () => {
    const { tracker } = run('ctd', {
      appeal: [
        ['9', '2027-02-17', 'ORDER: We administratively stay paragraph 2 of the preliminary injunction.'],
        [
          '14',
          '2027-03-01',
          'ORDER: The motion for stay pending appeal is GRANTED IN PART and DENIED IN PART. Paragraph 2 of the preliminary injunction is STAYED pending appeal; the motion is otherwise denied. The administrative stay is DISSOLVED.',
        ],
      ],
    });
    expect(tracker.posture('2027-03-02').inForce.map((f) => f.summary)).toEqual([
      expect.stringMatching(
        /stayed it in part pending appeal on March 1, 2027 \(paragraph 2\): the rest in force$/,
      ),
    ]);
  });

  it('a part named by what it does, never a motion’s part or a ruling to come', () => {
    expect(describedPart('The Court will rule on the portion of the motion that seeks fees.')).toBeNull();
    expect(describedPart('The preliminary injunction is stayed pending appeal.')).toBeNull();
  });
});

describe('T3: the order on the mandate vacating one paragraph: that paragraph and its duties go, the rest in force', () => {
  it.each([
    [
      'mdd',
      'ORDER. In accordance with the mandate of the Fourth Circuit (ECF No. 61), Paragraph 3 of the Preliminary Injunction (ECF No. 22) is VACATED. The Preliminary Injunction otherwise remains in full force and effect.',
    ],
    [
      'vaed',
      'ORDER ON MANDATE. In accordance with the mandate, paragraph 3 of the preliminary injunction [22] is VACATED; the injunction otherwise remains in effect.',
    ],
    [
      'cand',
      'ORDER: Pursuant to the mandate of the United States Court of Appeals, the Court hereby VACATES Section 3 of the Preliminary Injunction Order (Dkt. 22). All other provisions remain in effect.',
    ],
    [
      'ilnd',
      'MINUTE entry: Order implementing mandate. The preliminary injunction entered February 10, 2027 is VACATED IN PART: paragraph 3 is vacated. In all other respects the preliminary injunction remains in effect.',
    ],
    [
      'nysd',
      'ORDER: As mandated by the Court of Appeals, the preliminary injunction [22] is VACATED with respect to paragraph 3; it otherwise remains in effect.',
    ],
  ])('%s: %s', (court, text) => {
    const [finding] = analyzeEntry({ number: '63', dateFiled: '2027-10-12', text }).injunctions;
    expect(finding).toMatchObject({
      type: 'preliminary_injunction',
      action: 'modified',
      part: { reach: 'only', paragraphs: ['3'], act: 'vacated' },
    });
    const { tracker, duty } = run(court, { district: [['63', '2027-10-12', text]] });
    expect(tracker.posture('2027-10-13').inForce.map((f) => f.summary)).toEqual([
      expect.stringMatching(
        /^Preliminary injunction in effect since February 10, 2027 until final judgment, as modified by [^\n]*\(vacated [^;]*\b3\b[^;]*; the rest in force\)$/i,
      ),
    ]);
    expect(duty(/declaration listing/i)?.state).toBe('vacated');
    expect(duty(/bond hearing/i)?.state).not.toBe('vacated');
  });

  it.each([
    'ORDER. Consistent with the Court of Appeals’ judgment, the portion of the preliminary injunction requiring Defendants to file a declaration listing every class member is VACATED. The preliminary injunction otherwise remains in effect.',
    'ORDER. Upon receipt of the mandate, the Court vacates the provision of its preliminary injunction requiring a declaration listing every class member (ECF No. 22, ¶ 3). The remaining provisions of the injunction are unaffected.',
  ])('a part named by what it does: %s', (text) => {
    expect(analyzeEntry({ number: '63', dateFiled: '2027-10-12', text }).injunctions).toEqual([
      expect.objectContaining({
        action: 'modified',
        part: expect.objectContaining({
          reach: 'only',
          act: 'vacated',
          words: expect.stringMatching(/^the (?:portion|provision) requiring/),
        }),
      }),
    ]);
    const { tracker } = run('med', { district: [['63', '2027-10-12', text]] });
    expect(tracker.posture('2027-10-13').inForce).toHaveLength(1);
  });

  it('the whole injunction vacated on the mandate is still vacated', () => {
    const text =
      'ORDER. In accordance with the mandate of the Fourth Circuit (ECF No. 61), the Preliminary Injunction (ECF No. 22) is VACATED.';
    expect(analyzeEntry({ number: '63', dateFiled: '2027-10-12', text }).injunctions).toEqual([
      expect.objectContaining({ type: 'preliminary_injunction', action: 'vacated' }),
    ]);
  });
});

describe('T6: a paragraph vacated on appeal stays vacated when the mandate issues', () => {
  const STAY: Entry = [
    '9',
    '2027-03-01',
    "ORDER: Appellants' motion for a stay pending appeal is GRANTED IN PART. Paragraph 3 of the district court's February 10, 2027 order is STAYED pending appeal. The motion is otherwise DENIED.",
  ];
  const MANDATE: Entry = ['30', '2027-08-20', 'MANDATE ISSUED.'];

  it.each([
    [
      'ca9',
      'FILED OPINION (A. ROE, B. DOE and C. POE). The preliminary injunction is VACATED as to paragraph 3 and AFFIRMED in all other respects.',
    ],
    [
      'ca4',
      'JUDGMENT filed: The order of the district court is VACATED as to paragraph 3, and AFFIRMED in all other respects. The case is remanded for further proceedings.',
    ],
    [
      'ca5',
      'OPINION: For the foregoing reasons, we AFFIRM the preliminary injunction except as to Paragraph 3, which we VACATE.',
    ],
    ['ca7', 'OPINION filed. We vacate paragraph 3 of the preliminary injunction and otherwise affirm.'],
    [
      'ca2',
      "JUDGMENT filed. The district court's preliminary injunction is affirmed in part and vacated in part: paragraph 3 is vacated; the remainder is affirmed.",
    ],
  ])('%s: %s', (_court, decision) => {
    expect(readAppealsDocket(decision)).toMatchObject({
      act: 'decision',
      outcome: 'vacated',
      inPart: true,
      part: { reach: 'only', paragraphs: ['3'] },
    });
    const { tracker, events, duty } = run('wawd', {
      appeal: [STAY, ['27', '2027-07-29', decision], MANDATE],
    });
    const before = tracker.posture('2027-08-20');
    expect(before.onHold).toEqual([]);
    expect(before.inForce.map((f) => f.summary)).toEqual([
      'Preliminary injunction in effect since February 10, 2027 until final judgment, as modified by the court of appeals’ decision of July 29, 2027 (in effect August 20, 2027) (vacated only as to paragraph 3; the rest in force)'.replace(
        '’',
        "'",
      ),
    ]);
    // Its duties never due again; the stay that held it ends without it applying again.
    expect(duty(/declaration listing/i)?.state).toBe('vacated');
    expect(duty(/bond hearing/i)?.state).not.toBe('vacated');
    const resumed = events.filter((e) => e.type === 'injunction.resumed');
    expect(resumed.map((e) => e.data?.pendingAppeal)).toEqual([
      expect.objectContaining({ heldPart: 'vacated' }),
    ]);
    for (const e of events) expect(e.message).not.toMatch(/applies again/);
  });

  it('the district clerk’s copy in the court’s own verbs is the same decision in part', () => {
    expect(
      readDistrictCopy(
        'USCA OPINION as to [25] Notice of Appeal. For the foregoing reasons, we AFFIRM the preliminary injunction except as to Paragraph 3, which we VACATE.',
      ),
    ).toMatchObject({ act: 'decision', outcome: 'vacated', inPart: true, part: { paragraphs: ['3'] } });
  });

  it('a part named by what it does is named after the mandate', () => {
    const decision =
      'UNPUBLISHED OPINION. We vacate the portion of the preliminary injunction requiring a declaration listing every class member and otherwise affirm.';
    expect(readAppealsDocket(decision)).toMatchObject({
      inPart: true,
      part: { words: 'the portion requiring a declaration listing every class member' },
    });
    const { tracker } = run('mad', { appeal: [['27', '2027-07-29', decision], MANDATE] });
    expect(tracker.posture('2027-08-21').inForce.map((f) => f.summary)).toEqual([
      expect.stringMatching(
        /\(vacated only as to the portion requiring a declaration listing every class member; the rest in force\)$/,
      ),
    ]);
  });

  it.each([
    ['OPINION filed. The preliminary injunction is AFFIRMED.', { outcome: 'affirmed', inPart: false }],
    [
      'OPINION filed. The preliminary injunction is VACATED and the case is REMANDED.',
      { outcome: 'vacated', inPart: false },
    ],
    ['OPINION: We AFFIRM.', { outcome: 'affirmed', inPart: false }],
  ])('a whole decision stays whole: %s', (text, act) => {
    expect(readAppealsDocket(text)).toMatchObject({ act: 'decision', ...act });
    expect(readAppealsDocket(text)).not.toHaveProperty('part');
  });

  it('"we vacate the administrative stay" is no decision of the appeal', () => {
    expect(
      readAppealsDocket('ORDER: We vacate the administrative stay entered February 17, 2027.'),
    ).not.toMatchObject({
      act: 'decision',
    });
  });
});
