/**
 * Where a message says which ruling ("refused to pause {ruling}", "threw out {ruling}"), the
 * argument is a noun phrase — the rulings the event names — never a sentence. The try-out's
 * "The Second Circuit refused to pause The court of appeals denied a stay pending appeal of the
 * ruling appealed from: it stays in force while the appeal goes on" came from an event naming no
 * ruling, whose own message (a sentence) was passed as `{ruling}`. A property over the stored
 * events an appeal's acts write (any message, any rulings named or none), read as the mailer reads
 * them and said to every audience in every language.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type StoredEvent, toNotifyEvent } from '../../src/notify/events.ts';
import { LANGUAGES } from '../../src/notify/i18n.ts';
import { phrase } from '../../src/notify/language.ts';
import type { CaseHeading } from '../../src/notify/types.ts';

const CASE: CaseHeading = {
  court: 'nysd',
  docketNumber: '1:25-cv-00412',
  caseName: 'Make the Road New York v. Noem',
  docketUrl: null,
  appealsCourt: 'ca2',
} as CaseHeading;

/** Sentences an event's message can be: the tracker's, the legal team's, docket words. */
const SENTENCE = fc.oneof(
  fc.constantFrom(
    'The court of appeals denied a stay pending appeal of the ruling appealed from: it stays in force',
    'The court of appeals dismissed the appeal: the appeal ends and the district court’s order stands',
    'The court of appeals recalled its mandate',
    'The Supreme Court denied a stay pending appeal of the ruling appealed from: it stays in force',
    'The court of appeals vacated the ruling appealed from (vacated, remanded)',
    'Court of appeals decision: vacated',
    'the court of appeals denied the motion; the order stands',
  ),
  fc
    .tuple(
      fc.constantFrom('The court of appeals', 'The Second Circuit', 'the Supreme Court', 'The panel'),
      fc.constantFrom('denied', 'granted', 'dismissed', 'vacated'),
      fc.constantFrom(' the motion', ' a stay pending appeal of the order', ''),
      fc.constantFrom(': it stays in force', '. It stands.', '; the rest stays'),
    )
    .map((parts) =>
      parts.join(' ').replace(/ +/g, ' ').replace(' :', ':').replace(' .', '.').replace(' ;', ';'),
    ),
);
const RULING = fc.constantFrom(
  'preliminary injunction of April 18, 2025',
  'order of July 13, 2017 modifying the preliminary injunction of March 29, 2017',
  'temporary restraining order of March 28, 2025',
);

const event = fc.record({
  type: fc.constantFrom(
    'appeal.decided',
    'appeal.dismissed',
    'appeal.recalled',
    'appeal.stay_denied',
    'appeal.mandate',
  ),
  message: SENTENCE,
  rulings: fc.oneof(fc.constant([] as string[]), fc.array(RULING, { minLength: 1, maxLength: 2 })),
  outcome: fc.constantFrom('affirmed', 'reversed', 'vacated', 'remanded', undefined),
  pendingMandate: fc.boolean(),
  by: fc.constantFrom('appeals', 'supreme_court'),
});

/** The text outside quotation marks: the court's own words may be quoted, never run into a sentence. */
function unquoted(text: string): string {
  return text.replace(/“[^”]*”|«[^»]*»|"[^"]*"/g, '');
}

describe('a ruling is named by a noun phrase in every message, never by a sentence', () => {
  it('whatever an appeal event’s message and rulings (property)', () => {
    fc.assert(
      fc.property(event, (e) => {
        const stored: StoredEvent = {
          id: 1,
          caseId: 1,
          type: e.type,
          entryKey: 'appeal:7:24',
          payload: {
            date: '2026-02-10',
            message: e.message,
            relatedEntries: [],
            rulings: e.rulings,
            by: e.by,
            ...(e.outcome ? { outcome: e.outcome, disposition: e.outcome, inPart: false } : {}),
            pendingMandate: e.pendingMandate && e.rulings.length > 0,
          },
          createdAt: '2026-02-10T17:00:00.000Z',
        };
        for (const told of toNotifyEvent(stored, { case: CASE, entry: null }))
          for (const language of LANGUAGES)
            for (const audience of ['legal', 'advocate'] as const) {
              const said = phrase(told, audience, language);
              for (const text of [said.headline, said.sentence]) {
                const out = unquoted(text);
                expect(out, `${e.type} ${audience} ${language}: ${text}`).not.toContain(e.message);
                // A capitalized sentence run into another: "refused to pause The court of appeals …".
                expect(out).not.toMatch(/\b(?:pause|upheld|overturned|threw out|from|of) The\b/);
              }
            }
      }),
      { numRuns: 300, seed: 20261206 },
    );
  });
});
