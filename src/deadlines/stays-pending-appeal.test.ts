/**
 * A district court's stay pending appeal of its own injunction, in the words courts use for it
 * (hand-written entries in several styles; names fictional): the injunction is on hold — not in
 * force — until the appeal ends, and in force again once it is dismissed or its mandate issues,
 * told once and dated by the court of appeals' act. A stay of the case pending appeal is a stay of
 * its own; a stay denied changes nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeSequence } from './extract/index.ts';
import { Tracker, type TrackerEvent } from './tracker.ts';

const COURT = 'azd';
const GRANT = [
  '20',
  '2020-06-01',
  'ORDER granting [5] Motion for Preliminary Injunction. Defendant is enjoined from enforcing the policy against Plaintiff pending final judgment. Signed by Judge A. B. Judge on 6/1/2020.',
] as const;
const NOTICE = [
  '21',
  '2020-06-03',
  'NOTICE OF APPEAL to 9th Circuit as to [20] Order on Motion for Preliminary Injunction by Sample.',
] as const;

function run(entries: (readonly [string, string, string])[]) {
  const input = entries.map(([number, dateFiled, text]) => ({ number, dateFiled, text }));
  const tracker = new Tracker({ court: COURT });
  const analyses = analyzeSequence(input, { court: COURT });
  const events: TrackerEvent[] = [];
  input.forEach((e, i) => {
    const a = analyses[i]!;
    events.push(...tracker.apply(e, a));
    // As the record does (record/derive.ts): a notice of appeal names the orders appealed from.
    if (a.subtype === 'notice_of_appeal') tracker.noticeOfAppeal(e, a.relatedEntries);
  });
  return { tracker, events };
}

/** How an order names the injunction it stays. */
const NAMES = [
  'The preliminary injunction [20]',
  'The Court’s preliminary injunction (Doc. 20)',
  'The preliminary injunction entered June 1, 2020',
  'The preliminary injunction',
  'The injunction',
  'The Court’s Order of June 1, 2020',
  'The Order granting the preliminary injunction [20]',
];
/** How it says the stay lasts until the appeal ends. */
const PENDING = [
  'pending appeal',
  'pending resolution of Defendant’s appeal to the Ninth Circuit',
  'pending the Ninth Circuit’s resolution of the appeal',
  'pending disposition of the appeal',
  'pending the outcome of Defendant’s interlocutory appeal',
];
/** The sentence that grants it. */
const FORMS: ((name: string, pending: string, inPart: boolean) => string)[] = [
  (name, pending, inPart) =>
    `ORDER granting${inPart ? ' in part' : ''} [22] Motion to Stay Pending Appeal. ${name} is STAYED ${pending}${inPart ? ' insofar as it applies to nonparties' : ''}. Signed by Judge A. B. Judge on 6/10/2020.`,
  (name, pending, inPart) =>
    `ORDER: ${name} is hereby stayed ${pending}${inPart ? ' to the extent it requires notice to nonparties' : ''}.`,
  (name, pending, inPart) =>
    `ORDER: Defendant’s motion for a stay of ${name.replace(/^The /, 'the ')} ${pending} is GRANTED${inPart ? ' in part' : ''}.`,
];

const MOTION_ONLY =
  'ORDER granting [22] Motion to Stay Pending Appeal. Signed by Judge A. B. Judge on 6/10/2020.';

describe('an injunction stayed pending appeal by the district court', () => {
  it('is on hold, not in force, until the appeal ends, whatever words stay it (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NAMES),
        fc.constantFrom(...PENDING),
        fc.integer({ min: 0, max: FORMS.length - 1 }),
        fc.boolean(),
        (name, pending, form, inPart) => {
          const { tracker, events } = run([
            GRANT,
            NOTICE,
            ['25', '2020-06-10', FORMS[form]!(name, pending, inPart)],
          ]);
          const words = FORMS[form]!(name, pending, inPart);
          const p = tracker.posture('2020-06-15');
          // No stay record of its own ("Stay of pending appeal"): what is stayed is the injunction.
          expect(
            p.inForce.filter((f) => f.kind === 'stay'),
            words,
          ).toEqual([]);
          const stayed = events.filter((e) => e.type === 'injunction.stayed');
          if (inPart) {
            // In force, with the change said: stayed in part pending appeal, or (as the extractor
            // reads some phrasings) modified by this order.
            expect(
              p.inForce.map((f) => f.kind),
              words,
            ).toEqual(['injunction']);
            const f = p.inForce[0]!;
            expect(
              f.stayedInPart?.since === '2020-06-10' || f.modified?.some((m) => m.date === '2020-06-10'),
              words,
            ).toBe(true);
            expect(p.onHold).toEqual([]);
          } else {
            expect(stayed.length, words).toBe(1);
            expect(stayed[0]!.data).toMatchObject({ pendingAppeal: { by: 'district', inPart } });
            expect(p.inForce, words).toEqual([]);
            expect(
              p.onHold.map((h) => [h.what, h.since, h.heldSince, h.entry, h.pendingAppeal?.by]),
              words,
            ).toEqual([['Preliminary injunction', '2020-06-01', '2020-06-10', '25', 'district']]);
            expect(p.onHold[0]!.summary).toMatch(/not in force: on hold pending appeal since June 10, 2020/);
          }
        },
      ),
      { numRuns: 80, seed: 2512 },
    );
  });

  it('"motion to stay pending appeal GRANTED" with nothing named stays the order the appeal is from', () => {
    const { tracker } = run([GRANT, NOTICE, ['25', '2020-06-10', MOTION_ONLY]]);
    expect(tracker.posture('2020-06-15').inForce).toEqual([]);
    expect(tracker.posture('2020-06-15').onHold.map((h) => h.heldSince)).toEqual(['2020-06-10']);
  });

  it('the appeal dismissed: in force again from the day the court of appeals dismissed it, told once', () => {
    const { tracker, events } = run([GRANT, NOTICE, ['25', '2020-06-10', MOTION_ONLY]]);
    const dismissal = {
      number: '30',
      dateFiled: '2020-08-04',
      text: 'ORDER of USCA as to [21] Notice of Appeal filed by Sample. The appeal is voluntarily dismissed pursuant to Fed. R. App. P. 42(b).',
    };
    events.push(...tracker.applyAppellate(dismissal, { act: 'dismissed' }));
    // The same dismissal told again the next day (a copy) says nothing new.
    events.push(
      ...tracker.applyAppellate(
        { ...dismissal, number: '31', dateFiled: '2020-08-05' },
        { act: 'dismissed' },
      ),
    );
    expect(tracker.posture('2020-08-04').inForce.map((f) => f.kind)).toEqual(['injunction']);
    expect(tracker.posture('2020-08-04').onHold).toEqual([]);
    const resumed = events.filter((e) => e.type === 'injunction.resumed');
    expect(resumed.map((e) => [e.date, e.data?.resumedAfter])).toEqual([['2020-08-04', 'dismissed']]);
    expect(resumed[0]!.message).toBe(
      'The appeal was dismissed on August 4, 2020, so the stay pending appeal of June 10, 2020 has ended: the preliminary injunction of June 1, 2020 applies again',
    );
  });

  it('affirmed: still on hold until the mandate issues, then in force again', () => {
    const { tracker, events } = run([GRANT, NOTICE, ['25', '2020-06-10', MOTION_ONLY]]);
    const opinion = {
      number: '40',
      dateFiled: '2020-12-01',
      text: 'OPINION of USCA as to [21] Notice of Appeal: AFFIRMED.',
    };
    events.push(
      ...tracker.applyAppellate(opinion, {
        act: 'decision',
        disposition: 'affirmed',
        outcome: 'affirmed',
        inPart: false,
      }),
    );
    expect(tracker.posture('2020-12-02').inForce).toEqual([]);
    const mandate = {
      number: '42',
      dateFiled: '2020-12-23',
      text: 'MANDATE of USCA as to [21] Notice of Appeal.',
    };
    events.push(...tracker.applyAppellate(mandate, { act: 'mandate' }));
    expect(tracker.posture('2020-12-23').inForce.map((f) => f.kind)).toEqual(['injunction']);
    expect(
      events.filter((e) => e.type === 'injunction.resumed').map((e) => [e.date, e.data?.resumedAfter]),
    ).toEqual([['2020-12-23', 'mandate']]);
  });

  it('a stay pending appeal denied changes nothing; a stay of the case pending appeal is a stay of its own', () => {
    const denied = run([
      GRANT,
      NOTICE,
      [
        '25',
        '2020-06-10',
        'ORDER denying [22] Motion to Stay Pending Appeal. Signed by Judge A. B. Judge on 6/10/2020.',
      ],
    ]);
    expect(denied.tracker.posture('2020-06-15').inForce.map((f) => f.kind)).toEqual(['injunction']);
    expect(denied.tracker.posture('2020-06-15').onHold).toEqual([]);
    const proceedings = run([
      GRANT,
      NOTICE,
      [
        '25',
        '2020-06-10',
        'ORDER: This case is STAYED pending resolution of Defendant’s appeal to the Ninth Circuit.',
      ],
    ]);
    expect(
      proceedings.tracker
        .posture('2020-06-15')
        .inForce.map((f) => f.kind)
        .sort(),
    ).toEqual(['injunction', 'stay']);
  });
});
