/**
 * A notice of appeal in any case of its title, and review triggers cut between words (try-out 5
 * m5, m6): what the legal team reads in the needs-review list never ends inside a date.
 */
import { describe, expect, it } from 'vitest';
import { classify } from './classify.ts';
import { analyzeEntry } from './index.ts';

describe('notice of appeal, whatever the case of its title', () => {
  it.each([
    'NOTICE of appeal by Marta Castellanos, Jorge Villanueva regarding orders [106] Filing fee $ 605.',
    'NOTICE OF APPEAL by Marta Castellanos regarding orders [106]',
    'Notice of Interlocutory Appeal by Defendants as to [52] Order on Motion for Preliminary Injunction',
  ])('%s', (text) => {
    expect(classify(text)).toMatchObject({ kind: 'notice', subtype: 'notice_of_appeal' });
  });
});

describe('review triggers are cut between words', () => {
  it('a long doubted reading is quoted up to a word, marked with an ellipsis', () => {
    const a = analyzeEntry({
      number: '83',
      dateFiled: '2025-04-08',
      text: "MINUTE entry before the Honorable Sara L. Ellis: In light of Defendants' filing of the compliance report [81], the Court finds that Defendants have purged the civil contempt found on 3/26/2025. No fine shall accrue. Mailed notice.",
    });
    for (const flag of a.needsReview ?? [])
      for (const t of flag.triggers) {
        expect(t.length).toBeLessThanOrEqual(160);
        // Never a date cut short ("3/26/202").
        expect(t).not.toMatch(/\d+\/\d+\/\d{1,3}$/);
      }
  });
});
