/**
 * The page parser gives exactly htmlparser2's `Parser` events (HTML, entities decoded, names
 * lower-cased), with every callback a reader may give, on the fixtures, the shared corpus and
 * generated markup: implied closes, void elements, `</p>` and `</br>`, foreign content,
 * self-closing tags, attributes in every quoting and repeated, comments, CDATA, declarations.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { corpusPairs } from '../../tests/support/corpus.ts';
import { hasShared } from '../../tests/support/shared.ts';
import { type PageHandler, PageParser } from './parser.ts';
import { FastTokenizer } from './tokenizer.ts';

const CALLBACKS = [
  'onopentagname',
  'onopentag',
  'onattribute',
  'ontext',
  'onclosetag',
  'oncomment',
  'oncommentend',
  'onprocessinginstruction',
  'onend',
] as const;

/** Every event a parser gives for `html`, with its arguments, given the callbacks `names`. */
function events(
  parse: (cbs: PageHandler, html: string) => void,
  html: string,
  names: readonly (typeof CALLBACKS)[number][] = CALLBACKS,
): string[] {
  const out: string[] = [];
  const cbs: Record<string, (...args: unknown[]) => void> = {};
  for (const name of names) cbs[name] = (...args) => out.push(`${name}(${JSON.stringify(args)})`);
  parse(cbs as PageHandler, html);
  return out;
}

const stock = (cbs: PageHandler, html: string): void =>
  new Parser(cbs, {
    Tokenizer: FastTokenizer,
    decodeEntities: true,
    lowerCaseTags: true,
    lowerCaseAttributeNames: true,
  }).end(html);
const page = (cbs: PageHandler, html: string): void => new PageParser(cbs).end(html);

/** With and without `onopentag` (the parser builds attribute objects only for it). */
const WITHOUT_OPENTAG = CALLBACKS.filter((c) => c !== 'onopentag');

/** Elements whose attributes a reader reads (`attributesOf`); the others' are skipped by the tokenizer. */
const READ = new Set(['a', 'font', 'td']);
const reading = (cbs: PageHandler, html: string): void =>
  new PageParser(cbs, { attributesOf: READ }).end(html);

/** `events` of htmlparser2's `Parser` as a reader of `READ`'s attributes gets them: the others' are empty. */
function readEvents(html: string, names: readonly (typeof CALLBACKS)[number][] = CALLBACKS): string[] {
  const out: string[] = [];
  let opening = '';
  const cbs: Record<string, (...args: unknown[]) => void> = {};
  for (const name of names)
    cbs[name] = (...args) => {
      if (name === 'onopentagname') opening = args[0] as string;
      if (name === 'onattribute' && !READ.has(opening)) return;
      if (name === 'onopentag' && !READ.has(args[0] as string)) args[1] = {};
      out.push(`${name}(${JSON.stringify(args)})`);
    };
  stock(cbs as PageHandler, html);
  return out;
}

function expectSame(html: string, label?: string): void {
  expect(events(page, html), label).toEqual(events(stock, html));
  expect(events(page, html, WITHOUT_OPENTAG), label).toEqual(events(stock, html, WITHOUT_OPENTAG));
  expect(events(reading, html), label).toEqual(readEvents(html));
  expect(events(reading, html, WITHOUT_OPENTAG), label).toEqual(readEvents(html, WITHOUT_OPENTAG));
}

describe('PageParser', () => {
  it("gives htmlparser2 Parser's events on every fixture", () => {
    const dir = join(import.meta.dirname, 'fixtures');
    const files = readdirSync(dir).filter((f) => /\.(html?|xml|eml)$/.test(f));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) expectSame(readFileSync(join(dir, f), 'latin1'), f);
  });

  it.skipIf(!hasShared)("gives htmlparser2 Parser's events on the shared corpus", () => {
    for (const { input } of corpusPairs()) expectSame(readFileSync(input, 'latin1'), input);
  });

  it("gives htmlparser2 Parser's events on generated markup", () => {
    const piece = fc.oneof(
      fc.constantFrom(
        '<',
        '>',
        '</',
        '/>',
        '=',
        '"',
        '&amp;',
        '&#38;',
        '&nbsp',
        ' ',
        '\n',
        '<!-- c -->',
        '<![CDATA[x]]>',
        '<!DOCTYPE html>',
        '<?xml version="1.0"?>',
        '<script>if (a<b) x();</script>',
        '<title>T &amp; U</title>',
        '<table>',
        '</table>',
        '<tr>',
        '</tr>',
        '<td>',
        '<TD nowrap>',
        '</td>',
        '<th>',
        '<thead>',
        '<tbody>',
        '<tfoot>',
        '<p>',
        '</p>',
        '<div>',
        '</div>',
        '<li>',
        '<ul>',
        '<h1>',
        '<select>',
        '<option>',
        '<optgroup>',
        '<input name=a value="1">',
        '<textarea>',
        '<dd>',
        '<dt>',
        '<rt>',
        '<br>',
        '</br>',
        '<br/>',
        '<hr/>',
        '<img src=a.png alt>',
        '<svg>',
        '</svg>',
        '<math>',
        '<mi>',
        '</mi>',
        '<foreignObject>',
        '<desc>',
        '<a href="/doc1/1" href="/x" onclick=\'go()\'>',
        '<td a = "x>y" b=\'>\' c d=e/f>',
        '<tr a=b/>',
        '<tr x= >',
        '<table "q"=1 =z>',
        ' k="&amp;>" ',
        ' v=&lt;w ',
        '<A HREF=x>',
        '</a>',
        '<font size="+1">',
        '</font>',
        '<b/>',
        '<body>',
        '<head>',
        '<link rel=x>',
        '</x-y>',
        '<x-y a>',
      ),
      fc.string({ maxLength: 4 }),
    );
    const markup = fc.array(piece, { maxLength: 40 }).map((ps) => ps.join(''));
    fc.assert(
      fc.property(markup, (html) => expectSame(html)),
      { numRuns: Number(process.env.FUZZ_RUNS) || 2000, seed: Number(process.env.FUZZ_SEED) || 13013 },
    );
  });
});
