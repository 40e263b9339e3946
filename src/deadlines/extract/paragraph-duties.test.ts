/**
 * A duty set by a numbered paragraph of an order is met by a paper of compliance naming that
 * paragraph of that order, whatever the duty is called ("issue written guidance" names no paper):
 * rules of how filings answer duties (filings.ts `answersParagraph`), read in sequence as the live
 * path reads them. Several courts' forms; what stays unmatched is asserted too.
 */
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../types.ts';
import { analyzeSequence } from './index.ts';

const ACTS = [
  'issue written guidance to all field offices implementing paragraph 1',
  'post a notice of this Order in every housing unit',
  'identify every class member transferred since January 1 and file a list under seal',
  'reopen and readjudicate each such claim',
  'restore access to the law library for all detained class members',
];

/** An order in numbered paragraphs, each a duty of the Defendants within a period. */
function order(
  number: string,
  filed: string,
  days: number[],
): { number: string; dateFiled: string; text: string; documentText: string } {
  const paragraphs = days.map(
    (d, i) =>
      `${i + 1}. Within ${d} days of the date of this Order, Defendants shall ${ACTS[i % ACTS.length]}.`,
  );
  return {
    number,
    dateFiled: filed,
    text: `MEMORANDUM OPINION AND ORDER granting [12] Motion. See document for details. (Entered: ${filed})`,
    documentText: `For the foregoing reasons, it is hereby ORDERED that: ${paragraphs.join(' ')}`,
  };
}

const satisfied = (a: Analysis[]) => a.flatMap((x) => x.satisfies.map((s) => s.what));

describe('a paper of compliance naming the paragraph of the order meets the duty that paragraph sets', () => {
  const forms: [court: string, filing: (p: number, order: string) => string][] = [
    [
      'dcd',
      (p, o) =>
        `NOTICE of Compliance with Paragraph ${p} of the Court's [${o}] Memorandum Opinion and Order by LORRAINE CASTELL (Okoro, Daniel)`,
    ],
    [
      'ned',
      (p, o) =>
        `NOTICE of Filing of Class Member List pursuant to Paragraph ${p} of [${o}] by Defendants (Ruiz, Ana)`,
    ],
    [
      'laed',
      (p, o) => `CERTIFICATE of Compliance with ¶ ${p} of Order [${o}] by Terrebonne Correctional Authority.`,
    ],
    [
      'mowd',
      (p, o) =>
        `DECLARATION of Warden Ellis regarding compliance with paragraphs ${p} and ${p + 1} of the Court's Order [${o}] filed by Respondents.`,
    ],
    [
      'nmd',
      (p, o) =>
        `STATUS REPORT on compliance with Paragraph ${p} of the Remedial Order (ECF No. ${o}) by Defendants.`,
    ],
  ];
  for (const [court, filing] of forms)
    for (const p of [1, 2, 3]) {
      it(`${court}: "${filing(p, '30')}" meets the duty of paragraph ${p}, and no other paragraph's (except one it names)`, () => {
        const a = analyzeSequence(
          [
            order('30', '2026-07-15', [14, 30, 60, 21]),
            { number: '34', dateFiled: '2026-07-29', text: filing(p, '30') },
          ],
          { court },
        );
        const duties = a[0]!.deadlines.filter((d) => d.change === 'set');
        expect(duties.map((d) => d.paragraph)).toEqual(['1', '2', '3', '4']);
        const met = satisfied(a);
        const named = court === 'mowd' ? [p, p + 1] : [p];
        expect(met.sort()).toEqual(named.map((n) => duties[n - 1]!.what.toLowerCase()).sort());
      });
    }
});

describe('what stays unmatched', () => {
  const read = (text: string, court = 'dcd') =>
    satisfied(
      analyzeSequence(
        [order('30', '2026-07-15', [14, 30]), { number: '40', dateFiled: '2026-07-28', text }],
        { court },
      ),
    );
  it('a request about the paragraph (more time to comply) is no compliance', () => {
    expect(read('MOTION for Extension of Time to Comply with Paragraph 1 of [30] by Defendants.')).toEqual(
      [],
    );
  });
  it('an objection or response naming the paragraph is no compliance', () => {
    expect(read('OBJECTION to Paragraph 1 of the Court’s Order [30] by Defendants.')).toEqual([]);
  });
  it('a notice naming the paragraph but not the order meets nothing by this rule', () => {
    expect(read('NOTICE of Compliance with Paragraph 1 by Defendants.')).toEqual([]);
  });
  it('a notice naming another order’s paragraph meets nothing', () => {
    expect(read('NOTICE of Compliance with Paragraph 1 of the Court’s Order [28] by Defendants.')).toEqual(
      [],
    );
  });
  it('a notice by the side the duty is not asked of meets nothing', () => {
    expect(read('NOTICE of Compliance with Paragraph 1 of [30] filed by Plaintiffs.')).toEqual([]);
  });
  it('an order with no numbered paragraphs gives its duties none', () => {
    const a = analyzeSequence(
      [
        {
          number: '8',
          dateFiled: '2026-03-02',
          text: 'ORDER: Within 14 days of this Order, Defendants shall issue written guidance to all field offices. (Entered: 03/02/2026)',
        },
      ],
      { court: 'ned' },
    );
    expect(a[0]!.deadlines.length).toBe(1);
    expect(a[0]!.deadlines[0]!.paragraph).toBeUndefined();
  });
});

describe('the order named in the paragraph’s own words', () => {
  const read = (text: string) =>
    satisfied(
      analyzeSequence(
        [order('14', '2026-03-16', [10, 21]), { number: '17', dateFiled: '2026-03-26', text }],
        { court: 'ctd' },
      ),
    );
  it('a docket report’s bare link ("Paragraph 1 of the Court\'s 14 Omnibus Order") names order 14', () => {
    expect(
      read("NOTICE of Compliance with Paragraph 1 of the Court's 14 Omnibus Order by Warden"),
    ).toHaveLength(1);
    expect(
      read('NOTICE of Filing of Transferred Class Member List pursuant to Paragraph 2 of 14 by Warden'),
    ).toHaveLength(1);
  });
  it('another order named in those words is not this one, whatever else the paper cites', () => {
    expect(
      read("NOTICE of Compliance with Paragraph 1 of the Court's 12 Order, see also [14], by Warden"),
    ).toEqual([]);
  });
});
