import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.ts';
import { matches, parseQuery, SearchIndex, type SearchItem, words } from './query.ts';

const item = (text: string, court = 'mied', nos: string | null = null): SearchItem => ({
  court,
  words: words(text),
  nos: nos === null ? null : words(nos),
});

const q = (text: string, it: SearchItem) => matches(parseQuery(text), it);

describe('saved-search queries', () => {
  it('matches words in any letter case and punctuation', () => {
    expect(q('adducci', item('Hamama et al v. ADDUCCI, Rebecca'))).toBe(true);
    expect(q('adducci hamama', item('Hamama v. Adducci'))).toBe(true);
    expect(q('adducci hamama', item('Smith v. Adducci'))).toBe(false);
    // Whole words only: "act" is not in "actually".
    expect(q('act', item('actually'))).toBe(false);
  });

  it('matches quoted phrases word by word, in order', () => {
    const text = item('PETITION for writ of habeas corpus under the Alien Enemies Act, 50 U.S.C. 21');
    expect(q('"alien enemies act"', text)).toBe(true);
    expect(q('"enemies alien act"', text)).toBe(false);
    expect(q('"Alien  Enemies, Act"', text)).toBe(true);
  });

  it('reads OR between terms, and exclusions', () => {
    expect(q('adducci OR "alien enemies act"', item('J.G.G. v. Trump — Alien Enemies Act'))).toBe(true);
    expect(q('adducci OR noem habeas', item('Doe v. Noem petition for habeas corpus'))).toBe(true);
    expect(q('adducci OR noem habeas', item('Doe v. Noem complaint'))).toBe(false);
    expect(q('adducci -criminal', item('USA v. Adducci criminal complaint'))).toBe(false);
    expect(q('adducci -"motion to dismiss"', item('Adducci motion to dismiss'))).toBe(false);
    expect(q('adducci -"motion to dismiss"', item('Adducci motion to stay'))).toBe(true);
  });

  it('filters by court and nature of suit', () => {
    expect(q('habeas court:mied', item('habeas', 'mied'))).toBe(true);
    expect(q('habeas court:mied', item('habeas', 'txsd'))).toBe(false);
    expect(q('habeas court:mied court:txsd', item('habeas', 'txsd'))).toBe(true);
    expect(q('nos:463', item('anything', 'mied', '463 Habeas Corpus - Alien Detainee'))).toBe(true);
    expect(q('nos:"alien detainee"', item('anything', 'mied', '463 Habeas Corpus - Alien Detainee'))).toBe(
      true,
    );
    // A feed that gives no nature of suit never matches a nos: term.
    expect(q('nos:463', item('463 anything'))).toBe(false);
  });

  it('refuses what it cannot read, saying why', () => {
    for (const bad of [
      '',
      '   ',
      '"open',
      'OR adducci',
      'adducci OR',
      'a OR OR b',
      '-adducci',
      'court:mied',
      'court:',
      '"!!!"',
      'court:x!',
      'a OR -b',
    ]) {
      expect(() => parseQuery(bad), bad).toThrow(InputError);
    }
    expect(() => parseQuery('x'.repeat(501))).toThrow(/longer than 500/);
  });

  it('never reads user text as a pattern: any input parses or is refused with an InputError, and matches literally', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.string({ maxLength: 200 }), (query, text) => {
        let parsed: ReturnType<typeof parseQuery>;
        try {
          parsed = parseQuery(query);
        } catch (err) {
          expect(err).toBeInstanceOf(InputError);
          return;
        }
        // Matching is a pure function of the words: no throw, no pattern semantics.
        expect(typeof matches(parsed, item(text))).toBe('boolean');
      }),
      { seed: Number(process.env.FUZZ_SEED ?? 13013), numRuns: 300 },
    );
    expect(() => parseQuery('.*')).toThrow(InputError);
    expect(q('adducci.*', item('adduccis'))).toBe(false);
    expect(q('adducci.*', item('Adducci'))).toBe(true);
    expect(() => parseQuery("' OR 1=1 --")).toThrow(InputError);
    expect(q("x' OR 1=1 --", item('nothing here'))).toBe(false);
    expect(q("x' OR 1=1 --", item('rule 1 1 applies'))).toBe(true);
  });

  it('the index gives exactly what checking every search one by one gives', () => {
    const vocabulary = ['adducci', 'hamama', 'habeas', 'alien', 'enemies', 'act', 'noem', 'stay', 'order'];
    const term = fc.oneof(
      fc.constantFrom(...vocabulary),
      fc.array(fc.constantFrom(...vocabulary), { minLength: 2, maxLength: 3 }).map((w) => `"${w.join(' ')}"`),
    );
    const query = fc
      .tuple(
        fc.array(
          fc.array(term, { minLength: 1, maxLength: 3 }).map((t) => t.join(' OR ')),
          { minLength: 1, maxLength: 3 },
        ),
        fc.array(term, { maxLength: 2 }).map((t) => t.map((x) => `-${x}`)),
        fc.constantFrom('', 'court:mied', 'court:txsd'),
      )
      .map(([all, none, court]) => [...all, ...none, court].join(' '));
    fc.assert(
      fc.property(
        fc.array(query, { minLength: 1, maxLength: 20 }),
        fc.array(fc.array(fc.constantFrom(...vocabulary, 'v.', 'et', 'al'), { maxLength: 12 }), {
          minLength: 1,
          maxLength: 10,
        }),
        (queries, texts) => {
          const searches = queries.map((text, id) => ({ id, query: parseQuery(text) }));
          const index = new SearchIndex(searches);
          for (const t of texts) {
            const it = item(t.join(' '), t.length % 2 === 0 ? 'mied' : 'txsd');
            const expected = searches.filter((s) => matches(s.query, it)).map((s) => s.id);
            expect(
              index
                .match(it)
                .map((s) => s.id)
                .sort((a, b) => a - b),
            ).toEqual(expected);
          }
        },
      ),
      { seed: 13013, numRuns: 200 },
    );
  });
});
