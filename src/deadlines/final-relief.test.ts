/**
 * Final relief on appeal, through the extractor and the tracker (hand-written, names fictional,
 * W.D. Mo. and the Eighth Circuit): the set-aside granted by the opinion and entered again by the
 * final judgment is one record, which a notice of appeal from the judgment, the court of appeals'
 * reversal and its mandate act on as they act on a preliminary injunction (FRAP 41(c)).
 */
import { describe, expect, it } from 'vitest';
import { readAppealsDocket } from './appellate.ts';
import { analyzeSequence } from './extract/index.ts';
import { Tracker } from './tracker.ts';

const COURT = 'mowd';
const DISTRICT: [string, string, string][] = [
  [
    '12',
    '2026-02-02',
    'ORDER granting [4] Motion for Preliminary Injunction. Defendants are ENJOINED from enforcing the Guidance against members of the class pending final judgment.',
  ],
  [
    '50',
    '2026-05-11',
    "ORDER granting [41] Plaintiffs' Motion for Summary Judgment. The Department's Enforcement Guidance is VACATED and SET ASIDE under 5 U.S.C. § 706(2).",
  ],
  [
    '51',
    '2026-05-12',
    'JUDGMENT in favor of Plaintiffs and the certified class. The Enforcement Guidance is VACATED.',
  ],
  ['55', '2026-05-20', 'NOTICE OF APPEAL as to [51] Judgment by Department of Labor.'],
];

function replay(appeal: [string, string, string][], through = '9999-12-31') {
  const tracker = new Tracker({ court: COURT });
  const input = DISTRICT.map(([number, dateFiled, text]) => ({ number, dateFiled, text }));
  const analyses = analyzeSequence(input, { court: COURT });
  input.forEach((e, i) => {
    tracker.apply(e, analyses[i]!);
    if (analyses[i]!.subtype === 'notice_of_appeal') tracker.noticeOfAppeal(e, analyses[i]!.relatedEntries);
  });
  for (const [number, dateFiled, text] of appeal.filter((a) => a[1] <= through)) {
    const e = { number: `appeal:9:${number}`, dateFiled, text };
    tracker.appealEntry(e);
    const act = readAppealsDocket(text);
    if (act) tracker.applyAppellate(e, act);
  }
  return tracker;
}

const names = (t: Tracker, day: string) => t.posture(day).inForce.map((f) => f.what);

describe('final relief on appeal', () => {
  it('the opinion and the judgment grant one set-aside, for the class; the preliminary injunction merges into it', () => {
    const t = replay([]);
    expect(names(t, '2026-05-12')).toEqual(['Agency action set aside (5 U.S.C. § 706)']);
    expect(t.injunctions().find((x) => x.type === 'preliminary_injunction')?.state).toBe('converted');
    const [i] = t.injunctions().filter((x) => x.type === 'set_aside');
    expect(i).toMatchObject({ object: "the Department's Enforcement Guidance", beneficiaries: 'class' });
    expect(t.injunctions().filter((x) => x.type === 'set_aside')).toHaveLength(1);
  });

  it('reversed: in force until the mandate, vacated with it', () => {
    const appeal: [string, string, string][] = [
      ['1', '2026-05-21', 'Civil case docketed.'],
      ['40', '2026-10-05', 'OPINION and JUDGMENT filed: The judgment of the district court is REVERSED.'],
      ['44', '2026-10-27', 'MANDATE ISSUED.'],
    ];
    const decided = replay(appeal, '2026-10-05');
    expect(names(decided, '2026-10-05')).toEqual(['Agency action set aside (5 U.S.C. § 706)']);
    expect(decided.posture('2026-10-05').inForce[0]!.summary).toContain('until the mandate issues');
    const t = replay(appeal);
    expect(names(t, '2026-10-27')).toEqual([]);
    expect(t.injunctions().find((x) => x.type === 'set_aside')?.state).toBe('vacated');
  });

  it('stayed pending appeal, by the judgment’s date: on hold until the appeal ends', () => {
    const t = replay([
      ['1', '2026-05-21', 'Civil case docketed.'],
      [
        '9',
        '2026-06-03',
        'ORDER: The motion for a stay pending appeal is GRANTED. The district court’s judgment of May 12, 2026 is STAYED pending appeal.',
      ],
    ]);
    expect(names(t, '2026-06-03')).toEqual([]);
    expect(t.posture('2026-06-03').onHold.map((f) => f.what)).toEqual([
      'Agency action set aside (5 U.S.C. § 706)',
    ]);
  });
});
