/**
 * The fast tokenizer gives exactly htmlparser2's events (with their positions), on the fixtures and
 * on generated markup full of the characters states act on: tags, attributes in every quoting,
 * entities, comments, CDATA, declarations, special tags (script, style, title, textarea, xmp),
 * broken and unfinished constructs; in HTML and XML mode, with entities decoded or not; and when the
 * reader pauses the tokenizer at every event.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { checkedTokenizer, FastTokenizer, tokenizerFallback } from './tokenizer.ts';

type Options = { xmlMode?: boolean; decodeEntities?: boolean };

/** Every event the tokenizer gives, with its arguments. */
function events(T: typeof Tokenizer, text: string, options: Options): string[] {
  const out: string[] = [];
  const record =
    (name: string) =>
    (...args: unknown[]) => {
      out.push(`${name}(${args.join(',')})`);
    };
  const cbs = new Proxy({} as TokenizerCallbacks, { get: (_t, name) => record(String(name)) });
  const t = new T(options, cbs);
  t.write(text);
  t.end();
  return out;
}

/** The events when the reader pauses the tokenizer at every event and resumes it (as the RSS reader pauses). */
function pausedEvents(T: typeof Tokenizer, text: string, options: Options): string[] {
  const out: string[] = [];
  let t: Tokenizer | null = null;
  const cbs = new Proxy({} as TokenizerCallbacks, {
    get:
      (_t, name) =>
      (...args: unknown[]) => {
        out.push(`${String(name)}(${args.join(',')})`);
        t?.pause();
      },
  });
  t = new T(options, cbs);
  t.write(text);
  for (let before = -1; before !== out.length; ) {
    before = out.length;
    t.resume();
  }
  t.end();
  return out;
}

const MODES: Options[] = [
  { decodeEntities: true },
  { decodeEntities: false },
  { xmlMode: true, decodeEntities: true },
];

const FIXTURES = join(import.meta.dirname, 'fixtures');

describe('FastTokenizer', () => {
  it('gives htmlparser2 tokenizer events on every fixture', () => {
    const files = readdirSync(FIXTURES).filter((f) => /\.(html?|xml|eml)$/.test(f));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const text = readFileSync(join(FIXTURES, f), 'latin1');
      for (const mode of MODES)
        expect(events(FastTokenizer, text, mode), f).toEqual(events(Tokenizer, text, mode));
      expect(pausedEvents(FastTokenizer, text, {}), f).toEqual(pausedEvents(Tokenizer, text, {}));
    }
  });

  it('gives htmlparser2 tokenizer events on generated markup', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        '<',
        '>',
        '</',
        '/>',
        '/',
        '=',
        '"',
        "'",
        '&',
        '&amp;',
        '&amp',
        '&nbsp;',
        '&nbsp',
        '&lt;',
        '&gt;',
        '&quot;',
        '&quot',
        '&#38;',
        '&#x26;',
        '&#',
        '&lt',
        '&notit;',
        ' ',
        '\t',
        '\n',
        '\r',
        '\f',
        '\v',
        '\x1c',
        '\x1c/script>',
        '<!--',
        '-->',
        '--->',
        '<!-->',
        '<![CDATA[',
        ']]>',
        '<!DOCTYPE html>',
        '<?xml version="1.0"?>',
        '<script>',
        '</script>',
        '<style>',
        '</style >',
        '<title>',
        '</title>',
        '<textarea>',
        '</textarea>',
        '<xmp>',
        '</xmp>',
        '<a href="x">',
        '<a href=x>',
        '<a href=',
        '<a href="',
        "<a t='",
        '<a b',
        ' c=',
        'x',
        "<td class='y'>",
        '<tr>',
        '<td>',
        '</td>',
        '<br/>',
        '<img src=a.png alt>',
        '<A HREF="/doc1/1">',
        '</TD >',
        '< p>',
        '<1>',
        '</ >',
        '</3>',
      ),
      fc.string({ maxLength: 6 }),
    );
    const markup = fc.array(piece, { maxLength: 40 }).map((ps) => ps.join(''));
    fc.assert(
      fc.property(markup, fc.constantFrom(...MODES), (text, mode) => {
        expect(events(FastTokenizer, text, mode)).toEqual(events(Tokenizer, text, mode));
        expect(pausedEvents(FastTokenizer, text, mode)).toEqual(pausedEvents(Tokenizer, text, mode));
      }),
      {
        numRuns: Number(process.env.FUZZ_RUNS) || 2000,
        seed: Number(process.env.FUZZ_SEED) || 13013,
        // 0x1c counts as `<` where a special tag's end may start (0x1c | 0x20 is `<`).
        examples: [['<script>\x1c/script>x', { decodeEntities: true }]],
      },
    );
  });
});

describe('checkedTokenizer (the self-check at load)', () => {
  it('takes the fast path over the htmlparser2 this lock file pins', () => {
    const { tokenizer, fallback } = checkedTokenizer(Tokenizer);
    expect(fallback).toBeNull();
    expect(tokenizer).not.toBe(Tokenizer);
    expect(FastTokenizer).not.toBe(Tokenizer);
    // What the build reads before it lets the parse bundle skip this check (scripts/dist.js).
    expect(tokenizerFallback).toBeNull();
  });

  it("falls back to htmlparser2's own tokenizer when a private state function is missing", () => {
    // As if an upgrade renamed stateInTagName: the stock tokenizer still parses through its own name.
    class Renamed extends Tokenizer {}
    Object.defineProperty(Renamed.prototype, 'stateInTagName', { value: undefined });
    const { tokenizer, fallback } = checkedTokenizer(Renamed);
    expect(tokenizer).toBe(Renamed);
    expect(fallback).toMatch(/no stateInTagName/);
  });

  it('falls back when a state acts on a character the fast path skips', () => {
    // As if an upgrade made text end at each space: the fast path skips spaces in text, so the
    // events differ.
    class Changed extends Tokenizer {}
    const stock = Tokenizer.prototype as unknown as { stateText(c: number): void };
    Object.defineProperty(Changed.prototype, 'stateText', {
      value(this: { index: number; sectionStart: number; cbs: TokenizerCallbacks }, c: number) {
        if (c !== 0x20) return stock.stateText.call(this, c);
        if (this.index > this.sectionStart) this.cbs.ontext(this.sectionStart, this.index);
        this.sectionStart = this.index;
      },
    });
    const sample = '<p>Doc. 12 filed</p>';
    expect(events(Changed, sample, {})).not.toEqual(events(Tokenizer, sample, {}));
    const { tokenizer, fallback } = checkedTokenizer(Changed);
    expect(tokenizer).toBe(Changed);
    expect(fallback).toMatch(/events differ/);
  });
});
