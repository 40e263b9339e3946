/**
 * What a Spanish or Arabic reader gets is the English message in their language, read through the
 * live path (replay court, worker, store, SMTP) over several hand-written histories of different
 * courts: a stay for named people, hearings and deadlines moved or due on an event (D. Del.),
 * transfers and parole protected (E.D. Pa.), a stay of a TPS termination (D. Colo.), deadlines
 * renamed and moved (D. Kan.). For every mail of every round:
 *
 * - Spanish contracts its articles after a preposition ("del", "al": never "de el", "a el") and
 *   Arabic joins its one-letter prepositions to an Arabic word (no "بـ" before one);
 * - no word docketwatch writes in English is left outside what is quoted (the court's words, case
 *   names, the names the docket gives) — the vocabulary of tests/e2e/own-words.test.ts;
 * - each day's Spanish and Arabic daily mails name the same dates and the same ECF numbers as the
 *   English advocate's mails of that day: a translation neither drops nor adds a day or an entry.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import { dateIn, type Language, t } from '../../src/notify/i18n.ts';
import deadlineRenames from '../fixtures/replay/deadline-renames.json' with { type: 'json' };
import familyWords from '../fixtures/replay/family-words.json' with { type: 'json' };
import statusTermination from '../fixtures/replay/stay-of-status-termination.json' with { type: 'json' };
import transferParole from '../fixtures/replay/transfer-and-parole-protections.json' with { type: 'json' };
import { leftovers } from '../support/own-words.ts';
import { ADVOCATES_IN_EVERY_LANGUAGE, type Mail } from '../support/posture-mail.ts';
import { replayedSuite } from '../support/replayed.ts';

const HISTORIES = [familyWords, transferParole, statusTermination, deadlineRenames];
const [SPANISH_DAILY, ARABIC_DAILY] = ADVOCATES_IN_EVERY_LANGUAGE;
const LANGUAGES: Language[] = ['en', 'es', 'ar'];

/** Every day of the years around a history, as each language writes it → the day. */
function datesTable(history: { entries: { dateFiled: string }[] }): Map<string, string> {
  const years = history.entries.map((e) => Number(e.dateFiled.slice(0, 4)));
  const table = new Map<string, string>();
  for (let y = Math.min(...years) - 1; y <= Math.max(...years) + 2; y++)
    for (let d = Date.UTC(y, 0, 1); d < Date.UTC(y + 1, 0, 1); d += 86_400_000) {
      const day = new Date(d).toISOString().slice(0, 10);
      for (const lang of LANGUAGES) table.set(dateIn(lang, day).toLowerCase(), day);
    }
  return table;
}

/**
 * The days a text names, in any of the languages (the court's quoted words are in English), in
 * capitals too (a digest's "WHAT CHANGED FROM FEBRUARY 2, 2026 …").
 */
function daysIn(said: string, table: Map<string, string>): Set<string> {
  const text = said.toLowerCase();
  const found = new Set<string>();
  for (const [written, day] of table) {
    let at = text.indexOf(written);
    while (at >= 0) {
      // a whole date: "1 de abril" is not inside "11 de abril", nor "July 1, 2026" inside "July 12026"
      if (!/\d/.test(text[at - 1] ?? '') && !/\d/.test(text[at + written.length] ?? '')) found.add(day);
      at = text.indexOf(written, at + 1);
    }
  }
  return found;
}

/** An entry's label in each language ("ECF No. 5", "ECF n.º 5", "قيد ECF رقم 5", "Doc. 70"), as a pattern. */
const LABELS = LANGUAGES.flatMap((lang) =>
  (['no', 'yes'] as const).map((appellate) => {
    const label = t(lang, 'entry.label', { number: '999999', appellate });
    return new RegExp(label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('999999', '(\\d+)'), 'g');
  }),
);

/** The entries a text names by their labels, in any language. */
function entriesIn(text: string): Set<string> {
  return new Set(LABELS.flatMap((re) => [...text.matchAll(re)].map((m) => m[1]!)));
}

const read = (mails: Mail[]) => mails.map((m) => `${m.subject}\n${m.text}`).join('\n');

for (const history of HISTORIES) {
  describe(`${history.caseName} (${history.court}): Spanish and Arabic say what the English says`, () => {
    const suite = replayedSuite({
      caseKey: `${history.court}:${history.docketNumber}`,
      history,
      subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
    });
    const translated = () => suite.rounds.rounds.flatMap((r) => r.mails).filter((m) => m.lang !== 'en');

    it('contracts Spanish articles and joins Arabic prepositions', () => {
      const mails = translated();
      expect(mails.filter((m) => m.lang === 'es').length).toBeGreaterThan(0);
      expect(mails.filter((m) => m.lang === 'ar').length).toBeGreaterThan(0);
      for (const m of mails) {
        const text = `${m.subject}\n${m.text}`;
        if (m.lang === 'es')
          expect(text, m.subject).not.toMatch(/(?<![\p{L}\p{N}])(?:[Dd]e|[Aa]) el(?![\p{L}\p{N}])/u);
        else expect(text, m.subject).not.toMatch(/[بلك]ـ[\u0621-\u064A]/u);
      }
    });

    it('leaves none of docketwatch’s English words outside the court’s quoted words', () => {
      const docketText = JSON.stringify(history);
      const found = translated().flatMap((m) =>
        leftovers(
          { name: m.subject, lang: m.lang, text: `${m.subject}\n${m.text}` },
          [history.caseName],
          docketText,
        ),
      );
      expect(found).toEqual([]);
    });

    it('names the same days and the same entries as the English advocate’s mail of the same day', () => {
      const table = datesTable(history);
      let compared = 0;
      for (const round of suite.rounds.rounds) {
        const english = read(round.mails.filter((m) => m.to === DEMO_SUBSCRIBERS.advocate));
        for (const reader of [SPANISH_DAILY, ARABIC_DAILY]) {
          const theirs = read(round.mails.filter((m) => m.to === reader.email));
          expect(theirs === '', `${round.day} ${reader.language}: a mail when English has one`).toBe(
            english === '',
          );
          if (!english) continue;
          const label = `${round.day} ${reader.language}`;
          expect([...daysIn(theirs, table)].sort(), label).toEqual([...daysIn(english, table)].sort());
          expect([...entriesIn(theirs)].sort(), label).toEqual([...entriesIn(english)].sort());
          compared++;
        }
      }
      expect(compared).toBeGreaterThan(2);
    });
  });
}
