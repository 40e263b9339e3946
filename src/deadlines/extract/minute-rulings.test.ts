/**
 * A ruling from the bench on a TRO or injunction motion, in a minute entry (try-out 8 C11): the
 * minutes name the motion ("re [3] MOTION for temporary restraining order") and the ruling names it
 * back by number or in words ("Bench ruling: [3] GRANTED", "Oral ruling: ECF No. 3 is granted",
 * "ORDERED: the motion is GRANTED", "[3] Motion for TRO GRANTED"). The ruling gives the relief; a
 * grant "as to <Role> <Name> only" covers that party only; "DENIED as moot" decides nothing.
 */
import { describe, expect, it } from 'vitest';
import { analyzeEntry } from './index.ts';

const MOTIONS = [
  { words: 'MOTION for temporary restraining order', type: 'TRO' },
  { words: 'Emergency MOTION for Temporary Restraining Order', type: 'TRO' },
  { words: 'MOTION for Preliminary Injunction', type: 'preliminary_injunction' },
];
const RULINGS = [
  (n: number) => `Bench ruling: [${n}] GRANTED`,
  (n: number) => `Oral ruling: ECF No. ${n} is granted`,
  () => 'ORDERED: the motion is GRANTED',
  (n: number) => `Ruling from the bench: Dkt. ${n} GRANTED`,
];
const WHO = [
  { words: 'as to Petitioner Hodan Abdi only', parties: ['Hodan Abdi'] },
  { words: 'as to Plaintiffs Ana Ruiz and Tomas Ruiz', parties: ['Ana Ruiz', 'Tomas Ruiz'] },
  { words: '', parties: undefined },
];
const COURTS = ['mowd', 'ned', 'cob', 'mad'];

describe('bench rulings on relief in minute entries', () => {
  let k = 0;
  for (const m of MOTIONS)
    for (const r of RULINGS)
      for (const who of WHO) {
        const court = COURTS[k++ % COURTS.length]!;
        const n = 3 + (k % 5);
        const text = `Minute Entry for proceedings held before District Judge Ada Quill: MOTION HEARING held on 3/9/2026 re [${n}] ${m.words}. ${r(n)}${who.words ? ` ${who.words}` : ''}; Respondents shall not transfer Petitioners out of the district pending further order. (Court Reporter Lee Park)`;
        it(`${court}: ${r(n)} ${who.words}`, () => {
          const a = analyzeEntry({ number: '9', dateFiled: '2026-03-09', text }, { court });
          const granted = a.injunctions.filter((f) => f.action === 'granted');
          expect(granted).toHaveLength(1);
          expect(granted[0]!.type).toBe(m.type);
          expect(granted[0]!.parties).toEqual(who.parties);
          expect(a.hearings.some((h) => h.change === 'held')).toBe(true);
        });
      }

  it('a motion denied as moot from the bench gives no relief and no denial', () => {
    for (const court of COURTS) {
      const a = analyzeEntry(
        {
          number: '9',
          dateFiled: '2026-03-09',
          text: 'Minute Entry: MOTION HEARING held on 3/9/2026 re [4] MOTION for temporary restraining order. Oral ruling: [4] DENIED as moot.',
        },
        { court },
      );
      expect(a.injunctions).toEqual([]);
    }
  });

  it('a ruling on another motion of the same minutes is not the relief', () => {
    const a = analyzeEntry(
      {
        number: '9',
        dateFiled: '2026-03-09',
        text: 'Minute Entry: MOTION HEARING held on 3/9/2026 re [4] MOTION for temporary restraining order. Bench ruling: [6] GRANTED. Ruling on [4] reserved.',
      },
      { court: 'ned' },
    );
    expect(a.injunctions.filter((f) => f.action === 'granted')).toEqual([]);
  });
});
