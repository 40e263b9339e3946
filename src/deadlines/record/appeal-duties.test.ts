/**
 * Each appeal's duties are its own, they end with the appeal, and a stay pending appeal of numbered
 * paragraphs of an order holds the duties those paragraphs set (docs/deadlines.md, "The appeal's own
 * deadlines", "Numbered paragraphs of the order stayed"): the grammar on several circuits' forms, and
 * the record's derivation (`derive`: the district's entries and each appeal's, keyed
 * `appeal:<id>:<n>`, in docket order). Hand-written entries; names fictional.
 */
import { describe, expect, it } from 'vitest';
import { derivedFor, entryMaker } from '../../../tests/support/entry-inputs.ts';
import { readAppealsDocket, readDistrictCopy } from '../appellate.ts';
import type { EntryInput } from './model.ts';

describe('a stay pending appeal, in the courts’ words: granted in part, the paragraphs named', () => {
  it.each([
    // D.C. Circuit: the subjunctive order, the paragraphs in the next sentence.
    [
      "PER CURIAM ORDER filed ORDERED that the motion for stay pending appeal be granted in part. Paragraphs 5 and 6 of the district court's July 15, 2026 order are stayed pending further order of the court. The motion is otherwise denied.",
      'paragraphs 5 and 6',
    ],
    // The paragraphs in the motion's own words, granted in one sentence.
    [
      "ORDER: The motion for a stay of Paragraphs 2 and 3 of the district court's final judgment pending appeal is GRANTED. The motion is DENIED in all other respects.",
      'paragraphs 2 and 3',
    ],
    // A clerk's title form, then the paragraph.
    [
      "ORDER granting in part Motion for stay pending appeal [14]. Paragraph 4 of the district court's order of March 2, 2026 is stayed pending appeal.",
      'paragraph 4',
    ],
    // Eighth Circuit style.
    [
      "JUDGE ORDER: Appellants' motion for stay pending appeal is granted in part. Paragraphs 3 through 5 of the district court's remedial order are stayed pending disposition of this appeal.",
      'paragraphs 3 through 5',
    ],
  ])('%s', (text, part) => {
    expect(readAppealsDocket(text)).toMatchObject({ act: 'stay', action: 'granted', inPart: true, part });
  });

  it.each([
    'PER CURIAM ORDER filed ORDERED that the emergency motion for stay pending appeal be denied. FURTHER ORDERED that the administrative stay entered on March 6, 2026 be dissolved.',
    "ORDER: It is ORDERED that appellants' motion for stay pending appeal be DENIED.",
  ])('denied in the subjunctive: %s', (text) => {
    expect(readAppealsDocket(text)).toMatchObject({ act: 'stay', action: 'denied' });
  });

  it.each([
    'MOTION filed by Appellants for stay pending appeal of paragraphs 5 and 6 of the district court’s order.',
    'Filed order: The panel believes the motion for stay pending appeal should be granted and refers it to the full court.',
    'REPORT: the Clerk recommends that the motion for a stay pending appeal be granted.',
  ])('no act: %s', (text) => {
    expect(readAppealsDocket(text)?.act === 'stay' && readAppealsDocket(text)).toBeFalsy();
  });
});

describe('a mandate that restates the dismissal is the mandate (told once with the appeal’s own)', () => {
  it.each([
    [
      'MANDATE of USCA as to [17] Notice of Appeal to DC Circuit Court. In accordance with the order of the Court, the appeal is DISMISSED as moot. USCA Case Number 26-5061. (zrdj)',
      'district',
    ],
    [
      'MANDATE of USCA as to [15] Notice of Appeal to 9th Circuit. The appeal is DISMISSED as moot. (kt)',
      'district',
    ],
    ['USCA MANDATE as to [22] Notice of Appeal: the appeal is voluntarily dismissed. (jd)', 'district'],
    ['MANDATE ISSUED. The appeal is dismissed pursuant to Fed. R. App. P. 42(b). [26-1201]', 'appeal'],
  ])('%s', (text, docket) => {
    const act = docket === 'district' ? readDistrictCopy(text) : readAppealsDocket(text);
    expect(act).toEqual({ act: 'mandate', dismissed: true });
  });

  it('the dismissal order itself, with no mandate, stays a dismissal', () => {
    expect(readAppealsDocket('Filed order (Clerk): this appeal is DISMISSED as moot. [26-1201]')).toEqual({
      act: 'dismissed',
    });
    expect(
      readAppealsDocket(
        'PER CURIAM ORDER filed ORDERED that this appeal be dismissed as moot. The Clerk is directed to withhold issuance of the mandate until seven days after resolution of any timely petition for rehearing.',
      ),
    ).toEqual({ act: 'dismissed' });
  });
});

const entry = entryMaker('ca9');

/** The derivation of `entries` (in docket order as given) through `asOf`. */
const derived = (entries: EntryInput[], asOf?: string) => derivedFor('wawd:2:26-cv-00518', entries, asOf);

/** The briefing schedule of one appeal, in several circuits' forms: (opening day, answering day) → text. */
const SCHEDULES: ((open: string, answer: string) => string)[] = [
  (o, a) =>
    `DOCKETED CAUSE AND ENTERED APPEARANCES OF COUNSEL. The schedule is set as follows: Opening Brief due ${o}. Answering Brief due ${a}.`,
  (o, a) =>
    `CLERK'S ORDER filed setting briefing schedule: Appellant Brief due on ${o}. Appellee Brief due on ${a}.`,
  (o, a) =>
    `BRIEFING SCHEDULE SET: Appellant brief due on or before ${o}. Appellee brief due on or before ${a}.`,
];

/** Two appeals from two orders, the second docketed while the first is open, each with `schedule`. */
function twoAppeals(schedule: (open: string, answer: string) => string): EntryInput[] {
  return [
    entry(
      '12',
      '2026-02-02',
      'ORDER granting [5] Motion for Preliminary Injunction. Defendants are ENJOINED from removing class members pending final judgment.',
    ),
    entry('15', '2026-02-10', 'NOTICE OF APPEAL to 9th Circuit re [12] Order by Defendants.'),
    entry('1', '2026-02-11', schedule('04/06/2026', '05/18/2026'), '7'),
    entry('9', '2026-04-06', "APPELLANT'S BRIEF filed by Appellants. [26-1201]", '7'),
    entry(
      '30',
      '2026-05-04',
      'ORDER granting [24] Motion for Summary Judgment. Defendants are PERMANENTLY ENJOINED from removing class members.',
    ),
    entry('33', '2026-05-11', 'NOTICE OF APPEAL to 9th Circuit re [30] Order by Defendants.'),
    entry('1', '2026-05-12', schedule('06/22/2026', '07/20/2026'), '8'),
  ];
}

const dueOf = (tracker: ReturnType<typeof derived>['tracker'], state: string) =>
  tracker
    .deadlines()
    .filter((d) => d.state === state)
    .map((d) => `${d.setBy.entry} ${d.due}`)
    .sort();

describe('each appeal’s duties are its own', () => {
  it.each(SCHEDULES.map((s, i) => [i, s] as const))(
    'schedule form %i: a second appeal’s schedule sets its own deadlines, never moves the first’s; a brief meets its own appeal’s',
    (_, schedule) => {
      const entries = twoAppeals(schedule);
      const { tracker, events } = derived(entries);
      const second = events.filter((e) => e.entry === 'appeal:8:1' && e.type.startsWith('deadline.'));
      expect(second.map((e) => e.type)).toEqual(['deadline.set', 'deadline.set']);
      expect(dueOf(tracker, 'open')).toEqual([
        'appeal:7:1 2026-05-18',
        'appeal:8:1 2026-06-22',
        'appeal:8:1 2026-07-20',
      ]);
      expect(dueOf(tracker, 'satisfied')).toEqual(['appeal:7:1 2026-04-06']);
      // A brief filed in the second appeal meets the second appeal's deadline only.
      const later = derived([
        ...entries,
        entry('11', '2026-06-22', "APPELLANT'S BRIEF filed by Appellants. [26-2440]", '8'),
      ]);
      expect(dueOf(later.tracker, 'satisfied')).toEqual(['appeal:7:1 2026-04-06', 'appeal:8:1 2026-06-22']);
    },
  );

  it('the appeal’s duties end with it: dismissed (all), decided (those set before), the mandate (the rest); a duty met stays met; never "passed" after', () => {
    const entries = [
      ...twoAppeals(SCHEDULES[0]!),
      entry('14', '2026-06-01', 'Filed order (Clerk): this appeal is DISMISSED as moot. [26-1201]', '7'),
      entry(
        '20',
        '2026-10-14',
        'FILED MEMORANDUM DISPOSITION AFFIRMED. FILED AND ENTERED JUDGMENT. [26-2440]',
        '8',
      ),
    ];
    const june = derived(entries.slice(0, -1), '2026-06-02');
    expect(dueOf(june.tracker, 'satisfied')).toEqual(['appeal:7:1 2026-04-06']);
    expect(dueOf(june.tracker, 'mooted')).toEqual(['appeal:7:1 2026-05-18']);
    expect(dueOf(june.tracker, 'open')).toEqual(['appeal:8:1 2026-06-22', 'appeal:8:1 2026-07-20']);
    const { tracker, events } = derived(entries, '2026-12-01');
    expect(dueOf(tracker, 'open')).toEqual([]);
    expect(dueOf(tracker, 'mooted')).toEqual([
      'appeal:7:1 2026-05-18',
      'appeal:8:1 2026-06-22',
      'appeal:8:1 2026-07-20',
    ]);
    const closed = events.filter((e) => e.type === 'deadline.mooted');
    expect(closed.map((e) => e.data?.appealEnded)).toEqual(['dismissed', 'decided', 'decided']);
    // After the decision, nothing of the appeal is told as passed.
    const decided = events.findIndex((e) => e.type === 'appeal.decided');
    expect(decided).toBeGreaterThan(0);
    expect(events.slice(decided).filter((e) => e.type === 'deadline.passed')).toEqual([]);
    expect(tracker.posture('2026-12-01').next).toEqual([]);
  });
});

const REMEDIAL = [
  'For the reasons above, the Court ORDERS as follows:',
  '1. Plaintiffs’ Motion for Summary Judgment [24] is GRANTED.',
  '2. Defendants are PERMANENTLY ENJOINED from denying employment authorization renewals to class members on the basis of the 2025 Policy Memorandum.',
  '3. The parties shall file a joint status report within sixty (60) days of the date of this Order.',
  '4. Within forty-five (45) days of the date of this Order, Defendants shall readjudicate every renewal application of a class member denied under the 2025 Policy Memorandum.',
  '5. Within seventy-five (75) days of the date of this Order, Defendants shall file a declaration certifying that every such application has been readjudicated.',
].join('\n');

/** Ways the court of appeals stays paragraphs 4 and 5 of the order of May 4, 2026. */
const PARAGRAPH_STAYS = [
  "Filed order: ORDERED that the motion for stay pending appeal be granted in part. Paragraphs 4 and 5 of the district court's May 4, 2026 order are stayed pending further order of this court. The motion is otherwise denied; the permanent injunction remains in effect.",
  "ORDER: The motion for a stay of Paragraphs 4 and 5 of the district court's order of May 4, 2026 pending appeal is GRANTED. The motion is DENIED in all other respects.",
  "JUDGE ORDER: Appellants' motion for stay pending appeal is granted in part. Paragraphs 4 and 5 of the district court's order are stayed pending disposition of this appeal.",
];

function remedialAppeal(stay: string): EntryInput[] {
  return [
    entry(
      '30',
      '2026-05-04',
      'ORDER granting [24] Motion for Summary Judgment. See order for details. Signed by Judge Harlan P. Veit.',
      undefined,
      REMEDIAL,
    ),
    entry('33', '2026-05-11', 'NOTICE OF APPEAL to 9th Circuit re [30] Order by Defendants.'),
    entry('1', '2026-05-12', 'Civil case docketed. [26-2440]', '8'),
    entry('7', '2026-06-03', stay, '8'),
  ];
}

describe('numbered paragraphs of an order stayed pending appeal: their duties on hold, the rest in force', () => {
  it.each(PARAGRAPH_STAYS.map((s, i) => [i, s] as const))('form %i', (_, stay) => {
    const before = derived(remedialAppeal(stay).slice(0, 3));
    const paragraphs = (t: typeof before.tracker) =>
      t
        .deadlines()
        .map((d) => `${d.paragraph} ${d.state} ${d.due}`)
        .sort();
    expect(paragraphs(before.tracker)).toEqual([
      '3 open 2026-07-06',
      '4 open 2026-06-18',
      '5 open 2026-07-20',
    ]);
    const { tracker, events } = derived(remedialAppeal(stay), '2026-07-30');
    // Told once, as the stay of that part of that order; the injunction of paragraph 2 is not stayed.
    const told = events.filter((e) => e.entry === 'appeal:8:7');
    expect(told.filter((e) => !e.type.startsWith('deadline.')).map((e) => e.type)).toEqual([
      'appeal.stay_granted',
    ]);
    expect(told.find((e) => e.type === 'appeal.stay_granted')?.data).toMatchObject({
      rulings: ['order of May 4, 2026'],
      inPart: true,
      part: 'paragraphs 4 and 5',
    });
    expect(tracker.injunctions().map((i) => `${i.type} ${i.state} ${i.stayedPendingAppeal ?? ''}`)).toEqual([
      'permanent_injunction in_force ',
    ]);
    // Not due and never passed while the stay lasts; paragraph 3's report is still due (and passed).
    expect(paragraphs(tracker)).toEqual([
      '3 open 2026-07-06',
      '4 suspended 2026-06-18',
      '5 suspended 2026-07-20',
    ]);
    const passed = events.filter((e) => e.type === 'deadline.passed').map((e) => e.subject);
    expect(passed).toEqual(
      tracker
        .deadlines()
        .filter((d) => d.paragraph === '3')
        .map((d) => d.id),
    );
    expect(tracker.posture('2026-06-04').next.map((d) => d.what)).toEqual(['joint status report']);
    // The appeal ends (affirmed, then the mandate): the duties are due again on their order's days.
    const decided = [
      ...remedialAppeal(stay),
      entry(
        '24',
        '2026-10-14',
        'FILED MEMORANDUM DISPOSITION AFFIRMED. FILED AND ENTERED JUDGMENT. [26-2440]',
        '8',
      ),
    ];
    expect(paragraphs(derived(decided).tracker)).toContain('4 suspended 2026-06-18');
    const mandated = derived([
      ...decided,
      entry('26', '2026-11-05', 'MANDATE ISSUED. [26-2440]', '8'),
    ]).tracker;
    expect(paragraphs(mandated)).toEqual(['3 open 2026-07-06', '4 open 2026-06-18', '5 open 2026-07-20']);
    expect(mandated.deadlines().every((d) => !d.heldPendingAppeal)).toBe(true);
  });

  it('the appeal dismissed: the duties held are due again, and the dismissal says what was on hold is no longer', () => {
    const { tracker, events } = derived([
      ...remedialAppeal(PARAGRAPH_STAYS[0]!),
      entry(
        '9',
        '2026-06-10',
        'Filed clerk order: The appeal is voluntarily dismissed pursuant to Fed. R. App. P. 42(b).',
        '8',
      ),
    ]);
    expect(tracker.deadlines().filter((d) => d.state === 'suspended')).toEqual([]);
    expect(events.find((e) => e.type === 'appeal.dismissed')?.data).toMatchObject({ stayEnded: true });
  });

  it("an administrative stay of a paragraph holds that paragraph's duties while it lasts, and no other", () => {
    // The paragraph does not operate while the court of appeals decides the motion: its reports are
    // not due then (sched18). The other paragraphs' duties stay due.
    const { tracker } = derived(
      remedialAppeal(
        "ORDER: Paragraph 4 of the district court's order of May 4, 2026 is administratively stayed pending the court's consideration of the motion for stay pending appeal.",
      ),
    );
    expect(
      tracker
        .deadlines()
        .map((d) => `${d.paragraph} ${d.state}`)
        .sort(),
    ).toEqual(['3 open', '4 suspended', '5 open']);
  });
});
