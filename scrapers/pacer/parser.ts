/**
 * htmlparser2's `Parser` for what the CM/ECF page readers use — HTML, one whole page at a time,
 * entities decoded, tag and attribute names lower-cased — with the same events, cheaper. The
 * general parser slices and hashes every tag name several times (implied closes, void elements,
 * foreign content) and keeps its stack with `unshift`/`shift`; here a tag name is looked up once in
 * a table of what it implies, and the stack grows at its end. Docket history reports are mostly
 * tags, and this was a fifth of reading one.
 *
 * The rules are htmlparser2 10.1's (`Parser.ts`): which opening tags close which open elements, the
 * void elements, `</p>` and `</br>` without an opening tag, self-closing tags only inside SVG and
 * MathML. `scrapers/pacer/parser.test.ts` checks that both parsers give the same events on every
 * fixture, the shared corpus and generated markup.
 */
import { type Handler, QuoteType, type Tokenizer } from 'htmlparser2';
import { FastTokenizer } from './tokenizer.ts';

/** The callbacks a page reader may give (htmlparser2's `Handler`, less what HTML pages never call). */
export type PageHandler = Partial<
  Pick<
    Handler,
    | 'onopentagname'
    | 'onopentag'
    | 'onattribute'
    | 'ontext'
    | 'onclosetag'
    | 'oncomment'
    | 'oncommentend'
    | 'onprocessinginstruction'
    | 'onend'
  >
>;

/** What a tag name implies, looked up once per tag. */
interface TagRule {
  name: string;
  /** Open elements this opening tag closes first (while one of them is the innermost). */
  closes: ReadonlySet<string> | null;
  isVoid: boolean;
  /** Enters foreign content (`svg`, `math`), or an HTML integration point inside it. */
  context: typeof NO_CONTEXT | typeof FOREIGN | typeof INTEGRATION;
}

const NO_CONTEXT = 0;
const FOREIGN = 1;
const INTEGRATION = 2;

const formTags = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const pTag = new Set(['p']);
const tableSectionTags = new Set(['thead', 'tbody']);
const ddtTags = new Set(['dd', 'dt']);
const rtpTags = new Set(['rt', 'rp']);
const OPEN_IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ['p', pTag],
  ['h1', pTag],
  ['h2', pTag],
  ['h3', pTag],
  ['h4', pTag],
  ['h5', pTag],
  ['h6', pTag],
  ['select', formTags],
  ['input', formTags],
  ['output', formTags],
  ['button', formTags],
  ['datalist', formTags],
  ['textarea', formTags],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', ddtTags],
  ['dt', ddtTags],
  ['address', pTag],
  ['article', pTag],
  ['aside', pTag],
  ['blockquote', pTag],
  ['details', pTag],
  ['div', pTag],
  ['dl', pTag],
  ['fieldset', pTag],
  ['figcaption', pTag],
  ['figure', pTag],
  ['footer', pTag],
  ['form', pTag],
  ['header', pTag],
  ['hr', pTag],
  ['main', pTag],
  ['nav', pTag],
  ['ol', pTag],
  ['pre', pTag],
  ['section', pTag],
  ['table', pTag],
  ['ul', pTag],
  ['rt', rtpTags],
  ['rp', rtpTags],
  ['tbody', tableSectionTags],
  ['tfoot', tableSectionTags],
]);
const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'isindex',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
const FOREIGN_CONTEXT = new Set(['math', 'svg']);
const HTML_INTEGRATION = new Set([
  'mi',
  'mo',
  'mn',
  'ms',
  'mtext',
  'annotation-xml',
  'foreignobject',
  'desc',
  'title',
]);

function ruleOf(name: string): TagRule {
  return {
    name,
    closes: OPEN_IMPLIES_CLOSE.get(name) ?? null,
    isVoid: VOID_ELEMENTS.has(name),
    context: FOREIGN_CONTEXT.has(name) ? FOREIGN : HTML_INTEGRATION.has(name) ? INTEGRATION : NO_CONTEXT,
  };
}

/** Rules of the names seen so far (bounded: a page of made-up names does not grow it without end). */
const RULES = new Map<string, TagRule>();
const MAX_RULES = 2048;

function rule(name: string): TagRule {
  let found = RULES.get(name);
  if (found === undefined) {
    found = ruleOf(name);
    if (RULES.size < MAX_RULES) RULES.set(name, found);
  }
  return found;
}

/**
 * The rules of short ASCII names by a hash of their characters, so that a tag's name is looked up
 * where it lies in the page, without slicing, lower-casing and hashing a new string each time
 * (the first name to take a slot keeps it; the others go through `rule`).
 */
const SLOTS = 512;
const BY_HASH: (TagRule | undefined)[] = new Array(SLOTS);
const MAX_HASHED = 16;

/** A hash of `text[start, end)` as lower-case, or -1 when it is not short ASCII. */
function nameHash(text: string, start: number, end: number): number {
  if (end - start > MAX_HASHED) return -1;
  let h = end - start;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0x80) return -1;
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    h = (h * 31 + c) | 0;
  }
  return h & (SLOTS - 1);
}

/** Whether `text[start, end)`, lower-cased, is `name` (ASCII). */
function isName(text: string, start: number, end: number, name: string): boolean {
  if (end - start !== name.length) return false;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    if (c !== name.charCodeAt(i - start)) return false;
  }
  return true;
}

/** The rule of the tag name at `text[start, end)`, lower-cased. */
function ruleAt(text: string, start: number, end: number): TagRule {
  const h = nameHash(text, start, end);
  if (h < 0) return rule(text.slice(start, end).toLowerCase());
  const known = BY_HASH[h];
  if (known !== undefined && isName(text, start, end, known.name)) return known;
  const found = rule(text.slice(start, end).toLowerCase());
  if (known === undefined) BY_HASH[h] = found;
  return found;
}

const NAME_END = /\s|\//;
type Attributes = Record<string, string>;
/** What `onopentag` is given for an element whose attributes are not read (`attributesOf`). */
const NO_ATTRIBUTES: Attributes = Object.freeze({}) as Attributes;

export interface PageParserOptions {
  /**
   * Read the attributes of these elements only: the others' come to `onopentag` as one empty,
   * frozen object, and never to `onattribute` (a reader that looks at the links of a page need not
   * build an object for every element); the tokenizer skips them without reading them
   * (`AttributeSkipping`).
   */
  attributesOf?: ReadonlySet<string>;
}

/**
 * A page parser: `new PageParser(handler).end(html)` calls `handler` as htmlparser2's `Parser` would
 * (but for the attributes `attributesOf` leaves out).
 */
export class PageParser {
  readonly #cbs: PageHandler;
  readonly #tokenizer: Tokenizer;
  #buffer = '';
  /** Open elements, innermost last. */
  readonly #stack: TagRule[] = [];
  /** Whether each open foreign or integration element put us in foreign content, innermost last. */
  readonly #foreignContext: boolean[] = [false];
  #tag: TagRule | null = null;
  #attribname = '';
  #attribvalue = '';
  #attribs: Attributes | null = null;
  /** Whether the attributes of the element opening now are read. */
  #reading = true;
  /** For the tokenizer (`AttributeSkipping`): the element opening now has its attributes ignored. */
  ignoresAttributes = false;
  readonly #attributesOf: ReadonlySet<string> | null;

  constructor(cbs: PageHandler, options: PageParserOptions = {}) {
    this.#cbs = cbs;
    this.#attributesOf = options.attributesOf ?? null;
    this.#tokenizer = new FastTokenizer({ decodeEntities: true }, this);
  }

  /** Parse `html`, the whole page, and close what is still open. */
  end(html: string): void {
    this.#buffer = html;
    if (html) this.#tokenizer.write(html);
    this.#tokenizer.end();
  }

  #name(start: number, endIndex: number): string {
    return this.#buffer.slice(start, endIndex).toLowerCase();
  }

  // The tokenizer's callbacks (htmlparser2's `TokenizerCallbacks`).

  ontext(start: number, endIndex: number): void {
    this.#cbs.ontext?.(this.#buffer.slice(start, endIndex));
  }

  ontextentity(cp: number): void {
    this.#cbs.ontext?.(String.fromCodePoint(cp));
  }

  onopentagname(start: number, endIndex: number): void {
    this.#openTag(ruleAt(this.#buffer, start, endIndex));
  }

  #openTag(tag: TagRule): void {
    this.#tag = tag;
    const cbs = this.#cbs;
    const stack = this.#stack;
    if (tag.closes) {
      while (stack.length > 0 && tag.closes.has(stack[stack.length - 1]!.name)) {
        cbs.onclosetag?.(stack.pop()!.name, true);
      }
    }
    if (!tag.isVoid) {
      stack.push(tag);
      if (tag.context === FOREIGN) this.#foreignContext.push(true);
      else if (tag.context === INTEGRATION) this.#foreignContext.push(false);
    }
    cbs.onopentagname?.(tag.name);
    this.#reading = this.#attributesOf === null || this.#attributesOf.has(tag.name);
    this.ignoresAttributes = !this.#reading;
    if (cbs.onopentag) this.#attribs = this.#reading ? {} : NO_ATTRIBUTES;
  }

  #endOpenTag(isImplied: boolean): void {
    const tag = this.#tag!;
    const cbs = this.#cbs;
    if (this.#attribs) {
      cbs.onopentag?.(tag.name, this.#attribs, isImplied);
      this.#attribs = null;
    }
    if (cbs.onclosetag && tag.isVoid) cbs.onclosetag(tag.name, true);
    this.#tag = null;
  }

  onopentagend(): void {
    this.#endOpenTag(false);
  }

  onclosetag(start: number, endIndex: number): void {
    const tag = ruleAt(this.#buffer, start, endIndex);
    const name = tag.name;
    const cbs = this.#cbs;
    if (tag.context !== NO_CONTEXT) this.#foreignContext.pop();
    if (!tag.isVoid) {
      const stack = this.#stack;
      let at = stack.length - 1;
      while (at >= 0 && stack[at]!.name !== name) at--;
      if (at >= 0) {
        while (stack.length > at) {
          const element = stack.pop()!;
          cbs.onclosetag?.(element.name, stack.length !== at);
        }
      } else if (name === 'p') {
        // An end tag with no start tag: an empty paragraph.
        this.#openTag(tag);
        this.#closeCurrentTag(true);
      }
    } else if (name === 'br') {
      // `</br>` is a line break (not through #openTag: a `br` would be closed by it at once).
      cbs.onopentagname?.('br');
      cbs.onopentag?.('br', {}, true);
      cbs.onclosetag?.('br', false);
    }
  }

  onselfclosingtag(): void {
    // `<x/>` closes `x` only in foreign content (SVG, MathML); in HTML it is an opening tag.
    if (this.#foreignContext[this.#foreignContext.length - 1]) this.#closeCurrentTag(false);
    else this.onopentagend();
  }

  #closeCurrentTag(isOpenImplied: boolean): void {
    const name = this.#tag!.name;
    this.#endOpenTag(isOpenImplied);
    const stack = this.#stack;
    if (stack.length > 0 && stack[stack.length - 1]!.name === name) {
      this.#cbs.onclosetag?.(name, !isOpenImplied);
      stack.pop();
    }
  }

  onattribname(start: number, endIndex: number): void {
    if (this.#reading) this.#attribname = this.#name(start, endIndex);
  }

  onattribdata(start: number, endIndex: number): void {
    if (this.#reading) this.#attribvalue += this.#buffer.slice(start, endIndex);
  }

  onattribentity(cp: number): void {
    if (this.#reading) this.#attribvalue += String.fromCodePoint(cp);
  }

  onattribend(quote: QuoteType): void {
    if (!this.#reading) return;
    const name = this.#attribname;
    const value = this.#attribvalue;
    this.#cbs.onattribute?.(
      name,
      value,
      quote === QuoteType.Double
        ? '"'
        : quote === QuoteType.Single
          ? "'"
          : quote === QuoteType.NoValue
            ? undefined
            : null,
    );
    if (this.#attribs && !Object.hasOwn(this.#attribs, name)) this.#attribs[name] = value;
    this.#attribvalue = '';
  }

  #instruction(marker: string, start: number, endIndex: number): void {
    const cbs = this.#cbs;
    if (!cbs.onprocessinginstruction) return;
    const value = this.#buffer.slice(start, endIndex);
    const at = value.search(NAME_END);
    const name = (at < 0 ? value : value.slice(0, at)).toLowerCase();
    cbs.onprocessinginstruction(`${marker}${name}`, `${marker}${value}`);
  }

  ondeclaration(start: number, endIndex: number): void {
    this.#instruction('!', start, endIndex);
  }

  onprocessinginstruction(start: number, endIndex: number): void {
    this.#instruction('?', start, endIndex);
  }

  oncomment(start: number, endIndex: number, offset: number): void {
    this.#cbs.oncomment?.(this.#buffer.slice(start, endIndex - offset));
    this.#cbs.oncommentend?.();
  }

  oncdata(start: number, endIndex: number, offset: number): void {
    // HTML has no CDATA sections: htmlparser2 reports one as a comment.
    this.#cbs.oncomment?.(`[CDATA[${this.#buffer.slice(start, endIndex - offset)}]]`);
    this.#cbs.oncommentend?.();
  }

  onend(): void {
    const cbs = this.#cbs;
    if (cbs.onclosetag) {
      const stack = this.#stack;
      for (let i = stack.length - 1; i >= 0; i--) cbs.onclosetag(stack[i]!.name, true);
    }
    cbs.onend?.();
  }
}
