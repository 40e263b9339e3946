/**
 * A court of appeals' decision covers what its appeal's notice named (try-out 9 N2, m5; hand-written
 * entries, fictional parties): a stay that ended with the ruling it waited for was not lifted by an
 * order an appeal can be from, so a decision on the appeal from that ruling is not about "the order
 * lifting the stay"; an appeal from the preliminary injunction, dismissed as moot after a permanent
 * injunction replaced it, is the appeal from the preliminary injunction, whatever other order the
 * dismissal's words name.
 */
import { describe, expect, it } from 'vitest';
import { readAppealsDocket } from './appellate.ts';
import { analyzeSequence } from './extract/index.ts';
import { Tracker, type TrackerEvent } from './tracker.ts';

type Entry = readonly [number: string, day: string, text: string];

function replay(court: string, district: Entry[], appeal: Entry[]) {
  const tracker = new Tracker({ court });
  const events: TrackerEvent[] = [];
  const analyses = analyzeSequence(
    district.map(([number, dateFiled, text]) => ({ number, dateFiled, text })),
    { court },
  );
  district.forEach(([number, dateFiled, text], i) => {
    const e = { number, dateFiled, text };
    events.push(...tracker.apply(e, analyses[i]!));
    if (analyses[i]!.subtype === 'notice_of_appeal') tracker.noticeOfAppeal(e, analyses[i]!.relatedEntries);
  });
  for (const [number, dateFiled, text] of appeal) {
    const e = { number: `appeal:7:${number}`, dateFiled, text };
    tracker.appealEntry(e);
    const act = readAppealsDocket(text);
    if (act) events.push(...tracker.applyAppellate(e, act));
  }
  return events;
}

describe('a decision on the appeal from a ruling is not about the stay that ended with that ruling', () => {
  it.each([
    [
      'ded',
      'ORDER: Pending resolution of the Emergency Motion [3], Respondents are STAYED from removing Petitioners Ilse Marr and Oren Tal from the United States.',
    ],
    [
      'laed',
      'ORDER: Until the Court rules on the motion for a preliminary injunction (ECF No. 3), Respondents shall not remove Petitioners Ilse Marr or Oren Tal from the United States. Signed by Judge Amelie Roux.',
    ],
  ])('%s', (court, interim) => {
    const events = replay(
      court,
      [
        ['3', '2027-01-04', 'EMERGENCY MOTION for Preliminary Injunction by Ilse Marr, Oren Tal.'],
        ['5', '2027-01-05', interim],
        [
          '22',
          '2027-02-16',
          'ORDER granting [3] Motion for Preliminary Injunction. Respondents are ENJOINED, pending final judgment, from removing any class member to a country not named in the class member’s order of removal. Signed by Judge Teodora Vance on 2/16/2027.',
        ],
        [
          '24',
          '2027-02-18',
          'NOTICE OF APPEAL as to [22] Order on Motion for Preliminary Injunction by Warden.',
        ],
      ],
      [['21', '2027-10-28', 'OPINION filed. AFFIRMED IN PART, VACATED IN PART, AND REMANDED.']],
    );
    const decided = events.filter((e) => e.type === 'appeal.decided');
    expect(decided.map((e) => e.data?.rulings)).toEqual([['preliminary injunction of February 16, 2027']]);
  });
});

describe('an appeal dismissed as moot is the appeal from the order its notice named', () => {
  it.each([
    [
      'ded',
      'FINAL ORDER: The preliminary injunction under review was superseded by the permanent injunction entered on September 28, 2027. The appeal is DISMISSED as moot.',
    ],
    [
      'laed',
      'ORDER: Because the district court entered a permanent injunction on September 28, 2027 that replaced the preliminary injunction, this appeal is DISMISSED as moot.',
    ],
  ])('%s', (court, dismissal) => {
    const events = replay(
      court,
      [
        ['10', '2027-06-01', 'MOTION for Preliminary Injunction by Darnell Ames.'],
        [
          '16',
          '2027-06-30',
          'ORDER granting [10] Motion for Preliminary Injunction. Defendants are ENJOINED from housing class members in Unit F pending final judgment.',
        ],
        [
          '18',
          '2027-07-06',
          'NOTICE OF APPEAL as to [16] Order on Motion for Preliminary Injunction by Defendants.',
        ],
        [
          '33',
          '2027-09-28',
          'ORDER AND PERMANENT INJUNCTION: Defendants are PERMANENTLY ENJOINED from housing class members in Unit F. The preliminary injunction [16] is superseded by this permanent injunction.',
        ],
      ],
      [['12', '2027-10-12', dismissal]],
    );
    const dismissed = events.filter((e) => e.type === 'appeal.dismissed');
    expect(dismissed).toHaveLength(1);
    expect(dismissed[0]!.data?.rulings).toEqual(['preliminary injunction of June 30, 2027']);
    expect(dismissed[0]!.message).not.toMatch(/permanent injunction/);
  });
});
