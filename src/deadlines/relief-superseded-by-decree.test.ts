/**
 * Relief a consent decree (or consent judgment) says is superseded, without saying "by" what (try-out
 * 14 C-CRIT5), in several courts' wordings (hand-written, fictional parties): "The preliminary
 * injunction [14] is superseded." in the decree itself is superseded by the decree. How a careful
 * reader takes it:
 * - the injunction is no longer in force: the decree takes its place (never both "in force");
 * - what the injunction's order required ends with it — also a report duty a later order amended
 *   ("Paragraph 5 of the Order [20] is amended so that declarations are filed on the 15th …"): no
 *   declaration is due, or missing, after the decree;
 * - superseded "by" something else (a permanent injunction) is not the decree's act, and words that
 *   propose or deny the act replace nothing.
 */
import { describe, expect, it } from 'vitest';
import { analyzeEntry, analyzeSequence } from './extract/index.ts';
import { Tracker } from './tracker.ts';

const read = (court: string, text: string) =>
  analyzeEntry({ number: '61', dateFiled: '2031-06-02', text }, { court }).injunctions;

describe('a decree that says the injunction is superseded puts itself in its place', () => {
  it.each([
    [
      'ncwd',
      'CONSENT DECREE. Defendants shall not transfer any class member out of the Catawba County Detention Center without 72 hours’ notice to class counsel. The decree terminates on June 2, 2033. The preliminary injunction [20] is superseded. Signed by Judge Oren P. Haldane on 6/2/2031.',
      'preliminary_injunction',
    ],
    [
      'wied',
      'ORDER ENTERING CONSENT DECREE. The Consent Decree (ECF No. 58) is APPROVED and ENTERED. The Court’s preliminary injunction of March 3, 2031 (ECF No. 20) is hereby SUPERSEDED and shall be of no further effect.',
      'preliminary_injunction',
    ],
    [
      'ksd',
      'CONSENT JUDGMENT entered this date. The temporary restraining order (Doc. 8) has been replaced. The Consent Judgment shall remain in effect for three years.',
      'TRO',
    ],
    [
      'oknd',
      'ORDER: The Court enters the parties’ Consent Decree. The preliminary injunction entered March 3, 2031 is superseded by this Decree as of today.',
      'preliminary_injunction',
    ],
  ])('%s: the relief converted into the decree', (court, text, replaced) => {
    const found = read(court, text);
    expect(found.filter((f) => f.action === 'converted')).toMatchObject([
      { type: replaced, into: 'consent_decree' },
    ]);
    expect(found.filter((f) => f.type === 'consent_decree' && f.action === 'granted')).toHaveLength(1);
  });

  it.each([
    // Superseded by other relief the order names: that relief's act, not the decree's.
    'CONSENT DECREE entered as to the damages claims. The preliminary injunction [20] is superseded by the permanent injunction entered today.',
    // Proposed or denied: nothing replaced.
    'CONSENT DECREE entered. The parties’ proposal that the preliminary injunction [20] be superseded is noted; the preliminary injunction is not superseded and remains in force.',
  ])('no conversion into the decree: %s', (text) => {
    expect(read('cod', text).filter((f) => f.action === 'converted' && f.into === 'consent_decree')).toEqual(
      [],
    );
  });
});

describe('the superseded injunction’s duties end with it, as a later order amended them', () => {
  const entries: [string, string, string, string?][] = [
    [
      '20',
      '2031-03-03',
      'MEMORANDUM OPINION AND ORDER granting in part [4] Motion for Preliminary Injunction. Defendants are ENJOINED from transferring any class member out of the Pine Ridge Processing Center while his or her removal proceedings are pending. Defendants shall restore confidential attorney telephone access within 10 days and file weekly compliance declarations every Friday. Signed by Judge Oren P. Haldane on 3/3/2031.',
      "For the reasons stated, it is ORDERED that the motion is GRANTED IN PART and DENIED IN PART: (1) The Court provisionally certifies a class of all people held at the Pine Ridge Processing Center. (2) Defendants are ENJOINED from transferring any class member out of the Pine Ridge Processing Center while his or her removal proceedings remain pending. (3) Plaintiffs' request to enjoin removal is DENIED. (4) Within ten (10) days of this Order, Defendants shall restore confidential attorney telephone access. (5) Defendants shall file a declaration of compliance every Friday, beginning March 7, 2031.",
    ],
    ['22', '2031-03-07', 'DECLARATION of Compliance by Defendants. (Entered: 03/07/2031)'],
    [
      '25',
      '2031-03-20',
      'ORAL ORDER granting [24] Consent Motion to Amend. Paragraph (5) of the Order of March 3, 2031 [20] is amended so that declarations of compliance are filed on the 15th and the last day of each month rather than every Friday, effective with the declaration due March 31, 2031. Signed by Judge Oren P. Haldane on 3/20/2031.',
    ],
    [
      '61',
      '2031-06-02',
      'CONSENT DECREE. Defendants shall not transfer any class member out of the Pine Ridge Processing Center while his or her removal proceedings are pending. The decree terminates on June 2, 2033. The preliminary injunction [20] is superseded. Signed by Judge Oren P. Haldane on 6/2/2031.',
    ],
  ];

  it('ncwd: the injunction replaced, the decree in force, no declaration due or missing after it', () => {
    const input = entries.map(([number, dateFiled, text, documentText]) => ({
      number,
      dateFiled,
      text,
      ...(documentText ? { documentText } : {}),
    }));
    const tracker = new Tracker({ court: 'ncwd' });
    const analyses = analyzeSequence(input, { court: 'ncwd' });
    const events = input.flatMap((e, i) => tracker.apply(e, analyses[i]!));
    events.push(...tracker.advanceTo('2031-07-15'));
    const relief = tracker.injunctions();
    expect(relief.find((i) => i.type === 'preliminary_injunction')?.state).toBe('converted');
    expect(relief.find((i) => i.type === 'consent_decree')?.state).toBe('in_force');
    // Whatever the duty is called (the amending order's words name it by its paragraph).
    const open = tracker.deadlines().filter((d) => d.recurrence && d.state === 'open');
    expect(open.map((d) => d.what)).toEqual([]);
    const missedAfter = events.filter(
      (e) =>
        e.type === 'deadline.missing' &&
        String((e.data as { due?: string } | undefined)?.due) >= '2031-06-02',
    );
    expect(missedAfter).toEqual([]);
  });
});
