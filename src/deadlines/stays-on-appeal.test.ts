/**
 * A court of appeals' decision on an order about a stay — one that granted, extended or lifted it —
 * in the words courts use (hand-written entries; names fictional), read on the appeal's own docket
 * or as the district clerk's copy: the stay stays as it is until the mandate (FRAP 41(c)), then the
 * decision takes effect once — a grant thrown out ends the stay, an extension thrown out puts its
 * last day back, a lifting thrown out puts the stay back in force; an affirmance changes nothing;
 * a recalled mandate undoes what the mandate did.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readAppealsDocket, readDistrictCopy } from './appellate.ts';
import { analyzeSequence } from './extract/index.ts';
import { Tracker, type TrackerEvent } from './tracker.ts';

const COURT = 'njd';
type Entry = readonly [number: string, day: string, text: string];

/** The orders appealed from, each with the notice of appeal naming it and the date a decision names it by. */
const ORDERS = {
  granted: {
    entries: [
      [
        '12',
        '2019-03-04',
        'ORDER granting [5] Emergency Motion for Stay of Removal. Respondents are STAYED from removing Petitioner from the United States until further order of the Court. Signed by Judge E. V. Duarte on 3/4/2019.',
      ],
    ] as Entry[],
    appealed: '12',
    date: 'March 4, 2019',
  },
  extended: {
    entries: [
      ['12', '2019-03-04', 'ORDER: All proceedings in this action are STAYED through 12/31/2019.'],
      ['14', '2019-04-20', 'ORDER extending the stay of proceedings through 6/30/2020.'],
    ] as Entry[],
    appealed: '14',
    date: 'April 20, 2019',
  },
  lifted: {
    entries: [
      [
        '12',
        '2019-03-04',
        'ORDER granting [5] Emergency Motion for Stay of Removal. Respondents are STAYED from removing Petitioner from the United States until further order of the Court.',
      ],
      ['14', '2019-04-20', 'ORDER lifting the stay of removal entered March 4, 2019 [12].'],
    ] as Entry[],
    appealed: '14',
    date: 'April 20, 2019',
  },
} as const;
type Order = keyof typeof ORDERS;

/** How the decision names what it decides: by the order's date, or only as "the order" (its appeal's notice says which). */
const NAMING: ((date: string) => string)[] = [
  (date) => `The order of the District Court entered ${date} is`,
  (date) => `The District Court's ${date} order is`,
  () => 'The order of the District Court is',
  () => 'The judgment of the District Court is',
];
const OUTCOMES = ['VACATED', 'REVERSED', 'AFFIRMED', 'AFFIRMED IN PART, VACATED IN PART'] as const;

function run(
  order: Order,
  naming: number,
  outcome: (typeof OUTCOMES)[number],
  copyFirst: boolean,
  recall: boolean,
) {
  const o = ORDERS[order];
  const district: Entry[] = [
    ...o.entries,
    ['15', '2019-04-25', `NOTICE OF APPEAL as to [${o.appealed}] Order by Warden.`],
  ];
  const tracker = new Tracker({ court: COURT });
  const events: TrackerEvent[] = [];
  const analyses = analyzeSequence(
    district.map(([number, dateFiled, text]) => ({ number, dateFiled, text })),
    { court: COURT },
  );
  district.forEach(([number, dateFiled, text], i) => {
    const e = { number, dateFiled, text };
    events.push(...tracker.apply(e, analyses[i]!));
    if (analyses[i]!.subtype === 'notice_of_appeal') tracker.noticeOfAppeal(e, analyses[i]!.relatedEntries);
  });
  const disposition = `${NAMING[naming]!(o.date)} ${outcome}, and the case is REMANDED.`;
  const appeal = (number: string, dateFiled: string, text: string) => {
    const e = { number: `appeal:7:${number}`, dateFiled, text };
    tracker.appealEntry(e);
    events.push(...tracker.applyAppellate(e, readAppealsDocket(text)!));
  };
  const copy = (number: string, dateFiled: string, text: string) => {
    const e = { number, dateFiled, text };
    events.push(...tracker.applyAppellate(e, readDistrictCopy(text)!));
  };
  const decision = () => appeal('30', '2019-10-01', `OPINION and JUDGMENT filed: ${disposition}`);
  const clerk = () => copy('31', '2019-10-01', `OPINION of USCA as to [15] Notice of Appeal. ${disposition}`);
  if (copyFirst) {
    clerk();
    decision();
  } else {
    decision();
    clerk();
  }
  const waiting = tracker.posture('2019-11-24');
  appeal('35', '2019-11-25', 'MANDATE ISSUED.');
  copy('33', '2019-11-26', 'MANDATE of USCA as to [15] Notice of Appeal.');
  const mandated = tracker.posture('2019-11-26');
  if (recall) appeal('36', '2019-12-02', 'ORDER: The mandate issued on 11/25/2019 is recalled.');
  return { events, waiting, mandated, recalled: tracker.posture('2019-12-02') };
}

const inForce = (p: ReturnType<Tracker['posture']>) => p.inForce.map((f) => `${f.summary}`);

describe('a stay decided on appeal waits for the mandate', () => {
  it('is as it was until the mandate, changes with it once, and is as it was again when the mandate is recalled (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Order>('granted', 'extended', 'lifted'),
        fc.integer({ min: 0, max: NAMING.length - 1 }),
        fc.constantFrom(...OUTCOMES),
        fc.boolean(),
        fc.boolean(),
        (order, naming, outcome, copyFirst, recall) => {
          const { events, waiting, mandated, recalled } = run(order, naming, outcome, copyFirst, recall);
          const changes = outcome !== 'AFFIRMED';
          const inPart = outcome.includes('IN PART');
          const decided = events.filter((e) => e.type === 'appeal.decided');
          // Told once, from whichever docket comes first, naming the order appealed from.
          expect(decided).toHaveLength(1);
          const verb = order === 'granted' ? 'granting' : order === 'extended' ? 'extending' : 'lifting';
          expect(decided[0]!.data?.rulings).toEqual([
            `order of ${ORDERS[order].date} ${verb} the stay of ${order === 'extended' ? 'proceedings' : 'removal'}`,
          ]);
          expect(decided[0]!.data?.pendingMandate).toBe(changes);

          // Until the mandate: as it was, saying it waits when it is in force.
          const before = order === 'lifted' ? [] : [order === 'granted' ? 'removal' : 'proceedings'];
          expect(waiting.inForce.map((f) => f.what)).toEqual(before);
          for (const f of waiting.inForce) {
            expect(Boolean(f.onAppeal)).toBe(changes);
            if (changes)
              expect(f.summary).toMatch(
                /; the court of appeals vacated it (?:in part )?on October 1, 2019: it stays in force until the mandate issues$/,
              );
          }

          // The mandate: once, dated by the court of appeals' mandate, never by the clerk's copy.
          const byMandate = events.filter((e) => e.type.startsWith('stay.') && e.data?.byMandate);
          expect(byMandate.every((e) => e.date === '2019-11-25')).toBe(true);
          const expected = !changes
            ? { inForce: inForce(waiting).map((s) => s), told: [] as string[] }
            : order === 'granted'
              ? inPart
                ? { inForce: ['Stay of removal in effect until further order'], told: ['stay.extended'] }
                : { inForce: [], told: ['stay.lifted'] }
              : order === 'extended'
                ? inPart
                  ? {
                      inForce: ['Stay of proceedings in effect until June 30, 2020'],
                      told: ['stay.extended'],
                    }
                  : {
                      inForce: ['Stay of proceedings in effect until December 31, 2019'],
                      told: ['stay.extended'],
                    }
                : inPart
                  ? { inForce: [], told: [] }
                  : { inForce: ['Stay of removal in effect until further order'], told: ['stay.renewed'] };
          expect(byMandate.filter((e) => e.entry === 'appeal:7:35').map((e) => e.type)).toEqual(
            expected.told,
          );
          if (changes) expect(inForce(mandated)).toEqual(expected.inForce);
          else expect(inForce(mandated)).toEqual(inForce(waiting));
          expect(events.filter((e) => e.entry === '33' && e.type !== 'appeal.decided')).toEqual([]);

          // A recalled mandate: as it was before the mandate, waiting for it again.
          if (recall) expect(inForce(recalled)).toEqual(inForce(waiting));
        },
      ),
      { numRuns: 120, seed: 1212 },
    );
  });

  it('an appeal from an order about no stay leaves the stays alone', () => {
    const { events, waiting, mandated } = run('granted', 2, 'VACATED', false, false);
    expect(waiting.inForce).toHaveLength(1);
    expect(mandated.inForce).toHaveLength(0);
    // The same history, but the notice of appeal names another order: nothing about the stay.
    const tracker = new Tracker({ court: COURT });
    const entries = [
      ORDERS.granted.entries[0]!,
      ['13', '2019-03-05', 'ORDER denying [7] Motion to Dismiss.'],
      ['15', '2019-04-25', 'NOTICE OF APPEAL as to [13] Order by Warden.'],
    ] as Entry[];
    const analyses = analyzeSequence(
      entries.map(([number, dateFiled, text]) => ({ number, dateFiled, text })),
      { court: COURT },
    );
    entries.forEach(([number, dateFiled, text], i) => {
      tracker.apply({ number, dateFiled, text }, analyses[i]!);
      if (analyses[i]!.subtype === 'notice_of_appeal')
        tracker.noticeOfAppeal({ number, dateFiled, text }, analyses[i]!.relatedEntries);
    });
    const e = {
      number: 'appeal:7:30',
      dateFiled: '2019-10-01',
      text: 'OPINION and JUDGMENT filed: The order of the District Court is VACATED.',
    };
    tracker.appealEntry(e);
    const decided = tracker.applyAppellate(e, readAppealsDocket(e.text)!);
    expect(decided.find((x) => x.type === 'appeal.decided')?.data?.rulings).toEqual([]);
    expect(tracker.posture('2019-10-02').inForce[0]!.onAppeal).toBeUndefined();
    expect(events.length).toBeGreaterThan(0);
  });
});
