/**
 * The clerk's instruction printed in a notice of appeal (try-out 8 M4): "Within fourteen days of
 * the filing date of a Notice of Appeal, the appellant must complete the Eleventh Circuit
 * Transcript Order Form" counts from that notice's own day, is named after the form and is the
 * appellant's — the clerk's, not a judge's (so advocates and families are not told of it: it is
 * paperwork, and no judge set it). Never an undated "Filing … (no date yet)".
 */
import { describe, expect, it } from 'vitest';
import { isCourtSet, isPaperwork } from '../../notify/critical.ts';
import { analyzeEntry } from './index.ts';

const HEADS = [
  'NOTICE OF APPEAL as to [26] Omnibus Order by Lena Ortiz. Filing fee $ 605.00.',
  'NOTICE OF APPEAL to the Ninth Circuit by Respondents re [40] Order on Motion for Preliminary Injunction.',
  'Notice of Appeal (Interlocutory) re [12] Order by Petitioners Ana Ruiz, Tomas Ruiz.',
];
const INSTRUCTIONS = [
  (c: string) =>
    `Within fourteen days of the filing date of a Notice of Appeal, the appellant must complete the ${c} Circuit Transcript Order Form regardless of whether transcripts are being ordered.`,
  (c: string) =>
    `Within 14 days of the filing of the notice of appeal, the appellant shall file the ${c} Circuit Transcript Order Form.`,
  () =>
    'Within ten (10) days of the date of filing of the Notice of Appeal, the appellant must complete the Transcript Order Form.',
];
const COURTS: [string, string][] = [
  ['flsd', 'Eleventh'],
  ['cob', 'Tenth'],
  ['mad', 'First'],
  ['ca9', 'Ninth'],
  ['wawb', 'Ninth'],
];

describe('a form printed in a notice of appeal', () => {
  let k = 0;
  for (const head of HEADS)
    for (const ins of INSTRUCTIONS) {
      const [court, circuit] = COURTS[k++ % COURTS.length]!;
      const text = `${head} ${ins(circuit)} (Clerk, Ann) (Entered: 03/02/2026)`;
      it(`${court}: ${head.slice(0, 30)} / ${ins(circuit).slice(0, 50)}`, () => {
        const a = analyzeEntry({ number: '28', dateFiled: '2026-03-02', text }, { court });
        expect(a.deadlines).toHaveLength(1);
        const d = a.deadlines[0]!;
        expect(d.what).toMatch(/^transcript order form$/i);
        expect(d.party).toBe('Appellant');
        expect(d.dueDate).not.toBeNull();
        expect(d.period?.trigger).toBe('2026-03-02');
        expect(isPaperwork(d.what)).toBe(true);
        expect(isCourtSet(d.basis)).toBe(false);
      });
    }

  it('the same words in another paper name the form, undated, and stay the legal team’s', () => {
    const a = analyzeEntry(
      {
        number: '30',
        dateFiled: '2026-03-02',
        text: 'JUDGMENT entered for Respondents. Within fourteen days of the filing date of a Notice of Appeal, the appellant must complete the Tenth Circuit Transcript Order Form.',
      },
      { court: 'cob' },
    );
    for (const d of a.deadlines) {
      expect(d.dueDate).toBeNull();
      expect(isPaperwork(d.what)).toBe(true);
    }
  });
});
