/**
 * Saved-search queries: a small language read by hand, never turned into a regular expression or
 * SQL. A query is a list of terms that must all hold:
 *
 * - `adducci` — the word, in any letter case (words are runs of letters and digits);
 * - `"alien enemies act"` — the words one after another;
 * - `a OR b` — either (OR binds the terms on each side; `a OR b OR "c d"`);
 * - `-word`, `-"a phrase"` — the item must not say it;
 * - `court:mied` — only items from that court (several `court:` terms: any of them);
 * - `nos:463`, `nos:"habeas corpus"` — the nature of suit, when the source gives it (court RSS
 *   feeds do not, so such an item never matches a `nos:` term).
 *
 * Text is compared on words: `Adducci,` and `ADDUCCI` are the word `adducci`; punctuation is a
 * separator (a bare term of punctuation only, such as `&`, is skipped). A query must say some positive text or filter; a bad one is an `InputError` naming
 * what is wrong.
 */
import { InputError } from '../errors.ts';
import { normalizeCourt } from '../model/case-key.ts';
import { type Language, type QueryProblem, t } from '../notify/i18n.ts';

/** One or more words in a row. */
export type Phrase = readonly string[];

export interface ParsedQuery {
  /** Every clause must hold; a clause holds when any of its phrases appears. */
  all: Phrase[][];
  /** None may appear. */
  none: Phrase[];
  /** Empty: any court. */
  courts: string[];
  /** Each a phrase of the nature of suit (`463` or `habeas corpus`); empty: any. */
  nos: Phrase[];
  /** The query as written, whitespace collapsed. */
  text: string;
}

/** What a feed item offers a query. */
export interface SearchItem {
  court: string;
  /** The words of the case's name, docket number and entry text (from `words`). */
  words: readonly string[];
  /** The words of the nature of suit, `null` when the source does not give one. */
  nos: readonly string[] | null;
}

/**
 * A query docketwatch cannot read. `problem` names what is wrong (`query.<problem>` in the message
 * catalogs, so each reader gets it in their language, the form's included); the error's own
 * message is the English, for the CLI.
 */
export class QueryError extends InputError {
  readonly problem: QueryProblem;
  readonly values: Record<string, string | number>;
  constructor(problem: QueryProblem, values: Record<string, string | number> = {}) {
    super(t('en', `query.${problem}`, values));
    this.problem = problem;
    this.values = values;
  }

  /** What is wrong, in `language`. */
  say(language: Language): string {
    return t(language, `query.${this.problem}`, this.values);
  }
}

export const MAX_QUERY_LENGTH = 500;
const MAX_TERMS = 30;
const MAX_PHRASE_WORDS = 12;

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a text, lower case, in order. */
export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

interface Token {
  kind: 'phrase' | 'or';
  negated: boolean;
  field: 'text' | 'court' | 'nos';
  value: string;
  quoted: boolean;
}

export function parseQuery(input: string): ParsedQuery {
  if (typeof input !== 'string') throw new QueryError('notText');
  const text = input.replace(/\s+/g, ' ').trim();
  if (text === '') throw new QueryError('empty');
  if (text.length > MAX_QUERY_LENGTH) throw new QueryError('tooLong', { max: MAX_QUERY_LENGTH });
  const tokens = tokenize(text);
  if (tokens.filter((t) => t.kind === 'phrase').length > MAX_TERMS)
    throw new QueryError('tooManyTerms', { max: MAX_TERMS });

  const query: ParsedQuery = { all: [], none: [], courts: [], nos: [], text };
  let pendingOr = false;
  for (const token of tokens) {
    if (token.kind === 'or') {
      const last = query.all.at(-1);
      if (!last || pendingOr) throw new QueryError('orPlacement');
      pendingOr = true;
      continue;
    }
    if (token.field === 'court') {
      if (pendingOr || token.negated) throw new QueryError('courtAlone');
      const court = normalizeCourt(token.value);
      if (!court) throw new QueryError('notCourt', { value: token.value });
      if (!query.courts.includes(court)) query.courts.push(court);
      continue;
    }
    const phrase = words(token.value);
    // A bare `&` or `--` between words says nothing to look for: it is skipped, not an error.
    if (phrase.length === 0 && token.field === 'text' && !token.quoted && !pendingOr) continue;
    if (phrase.length === 0) throw new QueryError('noWords', { value: token.value });
    if (phrase.length > MAX_PHRASE_WORDS) throw new QueryError('phraseTooLong', { max: MAX_PHRASE_WORDS });
    if (token.field === 'nos') {
      if (pendingOr || token.negated) throw new QueryError('nosAlone');
      query.nos.push(phrase);
      continue;
    }
    if (token.negated) {
      if (pendingOr) throw new QueryError('exclusionOr');
      query.none.push(phrase);
      continue;
    }
    if (pendingOr) {
      query.all.at(-1)!.push(phrase);
      pendingOr = false;
    } else {
      query.all.push([phrase]);
    }
  }
  if (pendingOr) throw new QueryError('orPlacement');
  if (query.all.length === 0 && query.nos.length === 0 && query.courts.length === 0)
    throw new QueryError('onlyExclusions');
  if (query.all.length === 0 && query.nos.length === 0) throw new QueryError('onlyCourt');
  return query;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === ' ') {
      i++;
      continue;
    }
    let negated = false;
    if (text[i] === '-' && i + 1 < text.length && text[i + 1] !== ' ') {
      negated = true;
      i++;
    }
    let field: Token['field'] = 'text';
    const prefix = /^(court|nos):/i.exec(text.slice(i, i + 6));
    if (prefix) {
      field = prefix[1]!.toLowerCase() as 'court' | 'nos';
      i += prefix[0].length;
    }
    let value: string;
    const quoted = text[i] === '"';
    if (quoted) {
      const end = text.indexOf('"', i + 1);
      if (end < 0) throw new QueryError('unclosedQuote');
      value = text.slice(i + 1, end);
      i = end + 1;
    } else {
      let end = text.indexOf(' ', i);
      if (end < 0) end = text.length;
      value = text.slice(i, end);
      i = end;
      if (field === 'text' && !negated && value === 'OR') {
        tokens.push({ kind: 'or', negated: false, field, value, quoted: false });
        continue;
      }
    }
    if (value.trim() === '') throw new QueryError('emptyTerm', { field: field === 'text' ? 'term' : field });
    tokens.push({ kind: 'phrase', negated, field, value, quoted });
  }
  return tokens;
}

/** Whether `phrase` occurs in `haystack` (word by word, in order). */
export function hasPhrase(haystack: readonly string[], phrase: Phrase, start = 0): boolean {
  const first = phrase[0]!;
  for (let i = haystack.indexOf(first, start); i >= 0; i = haystack.indexOf(first, i + 1)) {
    let j = 1;
    while (j < phrase.length && haystack[i + j] === phrase[j]) j++;
    if (j === phrase.length) return true;
  }
  return false;
}

/** Whether the item satisfies the query. */
export function matches(query: ParsedQuery, item: SearchItem): boolean {
  if (query.courts.length > 0 && !query.courts.includes(item.court)) return false;
  if (query.nos.length > 0) {
    const nos = item.nos;
    if (!nos || !query.nos.every((p) => hasPhrase(nos, p))) return false;
  }
  for (const clause of query.all) if (!clause.some((p) => hasPhrase(item.words, p))) return false;
  for (const p of query.none) if (hasPhrase(item.words, p)) return false;
  return true;
}

/**
 * Many saved searches over many items, at a cost per item that does not grow with the number of
 * searches: each search is filed under one word it needs (the first word of each phrase of its
 * first clause); an item is checked in full only against the searches filed under one of its
 * words. Searches needing no word (only `nos:`) are checked for every item.
 */
export class SearchIndex<T extends { query: ParsedQuery }> {
  readonly #byWord = new Map<string, T[]>();
  readonly #always: T[] = [];

  constructor(searches: readonly T[]) {
    for (const s of searches) {
      const first = s.query.all[0];
      if (!first) {
        this.#always.push(s);
        continue;
      }
      for (const anchor of new Set(first.map((p) => p[0]!))) {
        const list = this.#byWord.get(anchor);
        if (list) list.push(s);
        else this.#byWord.set(anchor, [s]);
      }
    }
  }

  get size(): number {
    return this.#always.length + this.#byWord.size;
  }

  /** The searches the item satisfies, each once. */
  match(item: SearchItem): T[] {
    const hits: T[] = [];
    const seen = new Set<T>();
    const check = (s: T) => {
      if (seen.has(s)) return;
      seen.add(s);
      if (matches(s.query, item)) hits.push(s);
    };
    for (const s of this.#always) check(s);
    if (this.#byWord.size > 0) {
      for (const w of item.words) {
        const list = this.#byWord.get(w);
        if (list) for (const s of list) check(s);
      }
    }
    return hits;
  }
}
