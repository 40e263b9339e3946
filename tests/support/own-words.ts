/**
 * docketwatch's own English words, and the ones left in a Spanish or Arabic text once the court's
 * words are taken out (tests/e2e/own-words.test.ts over every surface; the replayed mails of
 * tests/e2e/replay-translations.test.ts).
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { ENTRY_KINDS } from '../../src/deadlines/types.ts';
import { LANGUAGE_NAMES, type Language } from '../../src/notify/i18n.ts';
import { DEADLINE_ACTS, DEADLINE_NOTES, HEARING_TYPES, PARTY_ROLES } from '../../src/notify/labels.ts';
import { ar } from '../../src/notify/messages/ar.ts';
import { en } from '../../src/notify/messages/en.ts';
import { es } from '../../src/notify/messages/es.ts';

/** The text of every literal of an ICU message (placeholders, select keys and `#` left out). */
function literals(message: string, locale: string): string[] {
  const out: string[] = [];
  const walk = (nodes: unknown[]) => {
    for (const node of nodes as {
      type: number;
      value?: unknown;
      options?: Record<string, { value: unknown[] }>;
    }[]) {
      if (node.type === 0 && typeof node.value === 'string') out.push(node.value);
      for (const option of Object.values(node.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(message, locale, undefined, { ignoreTag: true }).getAst());
  return out;
}

/** Words as a reader sees them: runs of letters in any script ("tenían" is one word, not "ten" and "an"). */
export const wordsOf = (text: string) => (text.match(/\p{L}[\p{L}'’]*/gu) ?? []).map((w) => w.toLowerCase());

const ENGLISH_OWN = new Set(
  [
    ...Object.values(en).flatMap((m) => literals(m, 'en')),
    ...Object.keys(PARTY_ROLES),
    ...DEADLINE_NOTES.map((n) => n.words),
    ...DEADLINE_ACTS,
    ...HEARING_TYPES,
    ...ENTRY_KINDS,
    'preliminary_injunction permanent_injunction temporary restraining order recurring occurrence',
  ].flatMap((s) => wordsOf(s.replace(/_/g, ' '))),
);
const THEIRS = new Set(
  [
    ...Object.values(es).flatMap((m) => literals(m, 'es')),
    ...Object.values(ar).flatMap((m) => literals(m, 'ar')),
  ].flatMap(wordsOf),
);
/** docketwatch's English words a translated surface must not show (one letter is no evidence). */
export const VOCABULARY = new Set([...ENGLISH_OWN].filter((w) => w.length > 1 && !THEIRS.has(w)));

export interface Surface {
  name: string;
  lang: Language;
  text: string;
}

/**
 * The words of `vocabulary` left in a surface once the court's words are taken out: quoted docket
 * text, isolated left-to-right runs, links and addresses, case names, the language chooser.
 */
export function leftovers(s: Surface, caseNames: string[], docketText = ''): string[] {
  let text = s.text
    .replace(/\u2066[^\u2069]*\u2069|\u2068[^\u2069]*\u2069/g, ' ')
    .replace(/“[^”]*”|«[^»]*»/g, ' ')
    .replace(/https?:\/\/\S+|\S+@\S+/g, ' ');
  for (const name of [...caseNames, ...Object.values(LANGUAGE_NAMES)]) text = text.split(name).join(' ');
  // A proper name copied from the docket ("Suspensión concedida para International Business Machines
  // Corporation": the stay's party, as the court writes it) is the court's word, not docketwatch's.
  text = text.replace(/\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*)+/gu, (name) =>
    docketText.includes(name) ? ' ' : name,
  );
  const found: string[] = [];
  for (const m of text.matchAll(/\p{L}[\p{L}'’]*/gu)) {
    if (!VOCABULARY.has(m[0].toLowerCase())) continue;
    const at = m.index ?? 0;
    found.push(
      `${s.name} [${s.lang}]: "${m[0]}" in …${text.slice(Math.max(0, at - 50), at + 50).replace(/\s+/g, ' ')}…`,
    );
  }
  return found;
}
