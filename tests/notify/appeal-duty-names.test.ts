/**
 * A duty of an appeal is told with the appeal's number, in every language and to every reader: a
 * case can have several appeals, each with its own briefing of the same names (try-out 9 M6). The
 * headline stays short; the sentence says which appeal. A district duty says none.
 */
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/notify/i18n.ts';
import { phrase } from '../../src/notify/language.ts';
import type { Audience, DeadlineEvent, NotifyEvent } from '../../src/notify/types.ts';
import { deadlineSet, HAMAMA } from '../support/messages.ts';

const brief = (change: 'set' | 'moved' | 'vacated', appeal?: string): NotifyEvent => ({
  ...(deadlineSet as DeadlineEvent),
  id: `evt-brief-${change}-${appeal ?? 'none'}`,
  change,
  what: "Appellant's opening brief",
  party: 'Appellants',
  dueDate: '2026-05-06',
  previousDue: change === 'moved' ? '2026-04-06' : null,
  ...(appeal ? { appeal } : {}),
});

const missing = (appeal?: string): NotifyEvent => ({
  id: `evt-missing-${appeal ?? 'none'}`,
  type: 'filing_missing',
  case: HAMAMA,
  entry: null,
  what: 'Docketing statement',
  party: 'Appellants',
  dueDate: '2026-04-10',
  ...(appeal ? { appeal } : {}),
});

const SAID: Record<Language, RegExp> = {
  en: /\(appeal No\. 26-2207\)/,
  es: /\(apelación n\.º 26-2207\)/,
  ar: /\(الاستئناف رقم \u2066?26-2207\u2069?\)/,
};

const READERS: [Audience, Language][] = [
  ['legal', 'en'],
  ['advocate', 'en'],
  ['advocate', 'es'],
  ['advocate', 'ar'],
];

describe('an appeal’s duty says which appeal', () => {
  for (const [audience, lang] of READERS)
    for (const event of [
      brief('set', '26-2207'),
      brief('moved', '26-2207'),
      brief('vacated', '26-2207'),
      missing('26-2207'),
    ])
      it(`${audience} ${lang}: ${event.id}`, () => {
        const told = phrase(event, audience, lang);
        expect(told.sentence).toMatch(SAID[lang]);
        expect(told.headline).not.toMatch(/26-2207/);
      });

  for (const [audience, lang] of READERS)
    it(`${audience} ${lang}: a district duty names no appeal`, () => {
      for (const event of [brief('set'), missing()])
        expect(phrase(event, audience, lang).sentence).not.toMatch(
          /appeal No\.|apelación n\.º|الاستئناف رقم/,
        );
    });
});
