/**
 * The languages advocates' messages, the subscription pages and the advocates' calendar are
 * written in, and the one way to say a fixed phrase in one of them: `t(language, key, values)`,
 * an ICU MessageFormat message from `messages/<language>.ts` (plurals and selects by the
 * language's own rules, never by string concatenation). Docket text is not translated: it is
 * quoted in English, with a note saying so.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { ar } from './messages/ar.ts';
import { en, type MessageKey } from './messages/en.ts';
import { es } from './messages/es.ts';

export type { MessageKey };

/** What can be wrong with a saved search's query (`query.<problem>` in every catalog). */
export type QueryProblem = MessageKey extends infer K ? (K extends `query.${infer P}` ? P : never) : never;

export const LANGUAGES = ['en', 'es', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language in its own words, for choosers. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Español', ar: 'العربية' };

const CATALOGS: Record<Language, Record<MessageKey, string>> = { en, es, ar };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** `es-MX`, `AR`, ` ar ` → a language docketwatch writes in, or `null`. */
export function toLanguage(value: unknown): Language | null {
  if (typeof value !== 'string') return null;
  const base = value.trim().toLowerCase().split(/[-_]/)[0];
  return isLanguage(base) ? base : null;
}

/** The first language of an Accept-Language header docketwatch writes in; English otherwise. */
export function fromAcceptLanguage(header: string | undefined): Language {
  for (const part of (header ?? '').split(',')) {
    const lang = toLanguage(part.split(';')[0]);
    if (lang) return lang;
  }
  return 'en';
}

export function direction(language: Language): 'ltr' | 'rtl' {
  return language === 'ar' ? 'rtl' : 'ltr';
}

/**
 * Left-to-right text (an address, a query, an English case name) placed inside a right-to-left
 * sentence, isolated (U+2066 … U+2069) so its punctuation stays with it, in mail clients and in
 * plain text alike; unchanged in a left-to-right language.
 */
export function ltr(language: Language, text: string): string {
  return direction(language) === 'rtl' ? `\u2066${text}\u2069` : text;
}

type Value = string | number;
const compiled = new Map<string, IntlMessageFormat>();

/** The phrase `key` in `language`, with its placeholders filled. */
export function t(language: Language, key: MessageKey, values: Record<string, Value> = {}): string {
  const id = `${language}\u0000${key}`;
  let format = compiled.get(id);
  if (!format) {
    format = new IntlMessageFormat(CATALOGS[language][key], LOCALES[language], undefined, {
      ignoreTag: true,
    });
    compiled.set(id, format);
  }
  return contracted(language, oneStop(String(format.format(values))));
}

/** "de el", "a el" as whole words (a letter of any script before or after is part of another word). */
const SPANISH_ARTICLE_AFTER = /(?<![\p{L}\p{N}])([Dd]e|[Aa]) el(?![\p{L}\p{N}])/gu;

/**
 * The one rule for where a filled slot meets the word before it, applied once, to every phrase (`t`):
 * - Spanish contracts "de el" and "a el" ("la terminación del permiso de trabajo", "al tribunal")
 *   when a value that begins with the article follows the preposition; "El" capitalized is a
 *   name's ("de El Paso") and stays, and so does "él" (a pronoun).
 * - Arabic writes the one-letter prepositions بـ and لـ (and كـ) joined to an Arabic word ("الخاص
 *   بأفراد الدعوى الجماعية", "للمحكمة": لـ before ال drops the alif); the catalogs write them with a
 *   tatweel (ـ) before a slot, which stays only before what cannot join: the court's quoted English
 *   («…», an isolate), a digit or a Latin letter.
 * Words are whole words of any script: "vencía el 6 de marzo" has no "a el" to contract.
 */
export function contracted(language: Language, text: string): string {
  if (language === 'es') return text.replace(SPANISH_ARTICLE_AFTER, (_, p: string) => `${p}l`);
  if (language === 'ar') return text.replace(/لـال/g, 'لل').replace(/([بلك])ـ(?=[\u0621-\u064A])/g, '$1');
  return text;
}

/**
 * A sentence that ends on an hour written with periods ("a las 9:00 a.m.") takes no second period:
 * "vence el 14 de julio a las 9:00 a.m.", never "a.m..".
 */
export function oneStop(text: string): string {
  return text.replace(/\b([ap])\.\s?m\.\./g, '$1.m.');
}

/**
 * `2017-07-24` → "July 24, 2017", "24 de julio de 2017", "24 يوليو/تموز 2017"; other strings as given.
 * Arabic names the month both ways, as pan-Arab newspapers do: the Egyptian name CLDR's `ar` uses
 * and the one Iraqi and Levantine readers use every day (`ar-IQ`: تموز, آب, كانون الثاني…).
 */
export function dateIn(language: Language, date: string | null | undefined): string {
  if (!date) return t(language, 'date.unstated');
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!m) return date;
  const at = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (language !== 'ar') return dateTimeFormat(language, 'date').format(at);
  const levantine = dateTimeFormat(language, 'levantineMonth').format(at);
  return dateTimeFormat(language, 'date')
    .formatToParts(at)
    .map((p) => (p.type === 'month' && p.value !== levantine ? `${p.value}/${levantine}` : p.value))
    .join('');
}

/** `14:30` → "2:30 PM", "2:30 p.m.", "2:30 م". */
export function timeIn(language: Language, time: string): string {
  const m = /^(\d{1,2}):(\d{2})/.exec(time);
  if (!m) return time;
  return dateTimeFormat(language, 'time').format(Date.UTC(2000, 0, 1, Number(m[1]), Number(m[2])));
}

/**
 * The locale each language is written in. Spanish as written in the United States, where its
 * readers and the courts are (a hearing "a las 2:00 p.m.", as the court's notice says 2:00 PM).
 * Arabic with Western digits (CLDR's default for `ar`), the digits of the ECF and docket numbers
 * and of the court's quoted words in the same message; `levantineMonth` is the Iraqi month's name.
 */
const LOCALES: Record<Language, string> = { en: 'en-US', es: 'es-US', ar: 'ar-u-nu-latn' };

/** How dates and times of day are written (in UTC: the value is already the court's day or time). */
const FORMATS = {
  date: { dateStyle: 'long', timeZone: 'UTC' },
  time: { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' },
  levantineMonth: { month: 'long', timeZone: 'UTC' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;
const formats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per language and style, made on first use. */
function dateTimeFormat(language: Language, style: keyof typeof FORMATS): Intl.DateTimeFormat {
  const key = `${style} ${language}`;
  let f = formats.get(key);
  if (!f) {
    const locale = style === 'levantineMonth' ? 'ar-IQ-u-nu-latn' : LOCALES[language];
    f = new Intl.DateTimeFormat(locale, FORMATS[style]);
    formats.set(key, f);
  }
  return f;
}
