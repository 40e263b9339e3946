/**
 * htmlparser2's tokenizer, faster: the same states, the same state functions and so the same
 * events, but the characters a state does nothing with are skipped in one tight loop instead of one
 * trip through the state switch each. Most of a CM/ECF page is such characters (text up to the next
 * `<`, tag and attribute names, quoted values), and the per-character dispatch was the largest part
 * of parsing a docket. A character that can change the state (`<`, `&`, a quote, `>`, `=`, `/`,
 * whitespace, as each state defines them) goes to htmlparser2's own state function, as before.
 *
 * `scrapers/pacer/tokenizer.test.ts` checks that both tokenizers give the same events, on every
 * fixture and on generated markup.
 *
 * The state functions are private to htmlparser2 (the lock file pins 10.1.x). So that an upgrade
 * that renames or changes them parses correctly, only more slowly, `checkedTokenizer` runs a small
 * sample through both tokenizers when this module loads, and the parsers get htmlparser2's own
 * tokenizer (with one warning) when a function is missing or an event differs.
 */
import { QuoteType, Tokenizer, type TokenizerCallbacks } from 'htmlparser2';

/**
 * htmlparser2's tokenizer states (`State` in its Tokenizer.ts, not exported), by number. Its
 * `parse` is copied below with the same order of cases; the ones with a fast path are marked.
 */
enum S {
  Text = 1,
  BeforeTagName = 2,
  InTagName = 3,
  InSelfClosingTag = 4,
  BeforeClosingTagName = 5,
  InClosingTagName = 6,
  AfterClosingTagName = 7,
  BeforeAttributeName = 8,
  InAttributeName = 9,
  AfterAttributeName = 10,
  BeforeAttributeValue = 11,
  InAttributeValueDq = 12,
  InAttributeValueSq = 13,
  InAttributeValueNq = 14,
  BeforeDeclaration = 15,
  InDeclaration = 16,
  InProcessingInstruction = 17,
  BeforeComment = 18,
  CDATASequence = 19,
  InSpecialComment = 20,
  InCommentLike = 21,
  BeforeSpecialS = 22,
  BeforeSpecialT = 23,
  SpecialStartSequence = 24,
  InSpecialTag = 25,
  InEntity = 26,
}

/** What of htmlparser2's tokenizer (all private in its types) the fast `parse` uses. */
interface Internals {
  state: number;
  buffer: string;
  index: number;
  offset: number;
  sectionStart: number;
  baseState: number;
  entityStart: number;
  sequenceIndex: number;
  currentSequence: Uint8Array;
  xmlMode: boolean;
  running: boolean;
  decodeEntities: boolean;
  cbs: TokenizerCallbacks;
  cleanup(): void;
  stateText(c: number): void;
  stateSpecialStartSequence(c: number): void;
  stateInSpecialTag(c: number): void;
  stateCDATASequence(c: number): void;
  stateInAttributeValueDoubleQuotes(c: number): void;
  stateInAttributeName(c: number): void;
  stateInCommentLike(c: number): void;
  stateInSpecialComment(c: number): void;
  stateBeforeAttributeName(c: number): void;
  stateInTagName(c: number): void;
  stateInClosingTagName(c: number): void;
  stateBeforeTagName(c: number): void;
  stateAfterAttributeName(c: number): void;
  stateInAttributeValueSingleQuotes(c: number): void;
  stateBeforeAttributeValue(c: number): void;
  stateBeforeClosingTagName(c: number): void;
  stateAfterClosingTagName(c: number): void;
  stateBeforeSpecialS(c: number): void;
  stateBeforeSpecialT(c: number): void;
  stateInAttributeValueNoQuotes(c: number): void;
  stateInSelfClosingTag(c: number): void;
  stateInDeclaration(c: number): void;
  stateBeforeDeclaration(c: number): void;
  stateBeforeComment(c: number): void;
  stateInProcessingInstruction(c: number): void;
  stateInEntity(): void;
}

type Options = { xmlMode?: boolean; decodeEntities?: boolean };
type InternalsClass = new (options: Options, cbs: TokenizerCallbacks) => Internals;

/** The state functions the fast `parse` calls, by name. */
const STATE_FUNCTIONS = [
  'cleanup',
  'stateText',
  'stateSpecialStartSequence',
  'stateInSpecialTag',
  'stateCDATASequence',
  'stateInAttributeValueDoubleQuotes',
  'stateInAttributeName',
  'stateInCommentLike',
  'stateInSpecialComment',
  'stateBeforeAttributeName',
  'stateInTagName',
  'stateInClosingTagName',
  'stateBeforeTagName',
  'stateAfterAttributeName',
  'stateInAttributeValueSingleQuotes',
  'stateBeforeAttributeValue',
  'stateBeforeClosingTagName',
  'stateAfterClosingTagName',
  'stateBeforeSpecialS',
  'stateBeforeSpecialT',
  'stateInAttributeValueNoQuotes',
  'stateInSelfClosingTag',
  'stateInDeclaration',
  'stateBeforeDeclaration',
  'stateBeforeComment',
  'stateInProcessingInstruction',
  'stateInEntity',
] as const satisfies readonly (keyof Internals)[];

/** Whitespace as htmlparser2 reads it: space, \n, \t, \f, \r. */
function isWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0c || c === 0x0d;
}

function isAsciiAlpha(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/**
 * The first position from `i` whose character `state` acts on; characters before it leave the state
 * and the events as they are. `buffer.length` when there is none.
 */
/** For `nextActive` in a special tag: whether its content may be skipped to the next `<`. */
const NOT_SPECIAL = 0;

function nextActive(state: number, buffer: string, i: number, amp: Ampersands, special: number): number {
  const n = buffer.length;
  switch (state) {
    case S.Text: {
      // stateText: `<`, and `&` when entities are decoded.
      const lt = buffer.indexOf('<', i);
      const next = lt < 0 ? n : lt;
      return amp.decode ? Math.min(next, amp.from(i)) : next;
    }
    case S.InTagName:
    case S.InClosingTagName:
    case S.InAttributeName:
      // A name ends at whitespace, `/`, `>` (and `=` for an attribute's): stateInTagName,
      // stateInClosingTagName (`>` or whitespace; `/` goes to it too, where it does nothing, so
      // stopping there is the same) and stateInAttributeName.
      for (; i < n; i++) {
        const c = buffer.charCodeAt(i);
        if (c === 0x2f || c === 0x3e || c === 0x3d || isWhitespace(c)) return i;
      }
      return n;
    case S.BeforeAttributeName:
      for (; i < n; i++) if (!isWhitespace(buffer.charCodeAt(i))) return i;
      return n;
    case S.InAttributeValueDq:
    case S.InAttributeValueSq: {
      // handleInAttributeValue: the quote, and `&` (entities decoded or not, it stops there).
      const q = buffer.indexOf(state === S.InAttributeValueDq ? '"' : "'", i);
      return Math.min(q < 0 ? n : q, amp.from(i));
    }
    case S.InSpecialTag:
      // stateInSpecialTag outside a title, before any character of its end tag: `<` (or 0x1c, which
      // it takes for one) at once, else it skips to the next `<` itself.
      if (special !== NOT_SPECIAL) return i;
      if (i < n) {
        const c = buffer.charCodeAt(i);
        if (c === 0x3c || c === 0x1c) return i;
      }
      {
        const lt = buffer.indexOf('<', i);
        return lt < 0 ? n : lt;
      }
    case S.InAttributeValueNq:
      for (; i < n; i++) {
        const c = buffer.charCodeAt(i);
        if (c === 0x3e || c === 0x26 || isWhitespace(c)) return i;
      }
      return n;
    default:
      return i;
  }
}

/**
 * Callbacks may say, once a start tag's name has been read (`onopentagname`), that they do nothing
 * with that tag's attributes (`PageParser` for elements whose attributes its reader does not read):
 * the fast path then goes to the end of the tag without the attribute events.
 */
export interface AttributeSkipping {
  readonly ignoresAttributes?: boolean;
}

/**
 * From `i`, inside a start tag after its name (`BeforeAttributeName`), past its attributes as
 * htmlparser2's attribute states read them: the position of the `>` or `/` where `BeforeAttributeName`
 * takes over again after the last attribute, or -1 when the page ends first. A name ends at
 * whitespace, `=`, `/` or `>` (its first character may be any other); a value is quoted (to the same
 * quote: entities never hold one) or ends at whitespace or `>`.
 */
function attributesEnd(buffer: string, i: number): number {
  const n = buffer.length;
  for (;;) {
    while (i < n && isWhitespace(buffer.charCodeAt(i))) i++;
    if (i >= n) return -1;
    let c = buffer.charCodeAt(i);
    if (c === 0x3e || c === 0x2f) return i;
    for (i++; i < n; i++) {
      c = buffer.charCodeAt(i);
      if (c === 0x3d || c === 0x2f || c === 0x3e || isWhitespace(c)) break;
    }
    while (i < n && isWhitespace(buffer.charCodeAt(i))) i++;
    if (i >= n) return -1;
    if (buffer.charCodeAt(i) !== 0x3d) continue; // no value: `/`, `>` or the next name
    i++;
    while (i < n && isWhitespace(buffer.charCodeAt(i))) i++;
    if (i >= n) return -1;
    c = buffer.charCodeAt(i);
    if (c === 0x22 || c === 0x27) {
      const quote = buffer.indexOf(c === 0x22 ? '"' : "'", i + 1);
      if (quote < 0) return -1;
      i = quote + 1;
      continue;
    }
    for (; i < n; i++) {
      c = buffer.charCodeAt(i);
      if (c === 0x3e || isWhitespace(c)) break;
    }
  }
}

/**
 * The named character references pages write most (`Filed &amp; Entered: &nbsp;` in every row of a
 * history report), with the code point htmlparser2's decoder gives each in text: the name and its
 * `;`, looked up by the character after the `&`.
 */
const COMMON_ENTITIES: (readonly [string, number] | undefined)[] = [];
for (const entity of [
  ['amp;', 0x26],
  ['nbsp;', 0xa0],
  ['lt;', 0x3c],
  ['gt;', 0x3e],
  ['quot;', 0x22],
] as const)
  COMMON_ENTITIES[entity[0].charCodeAt(0)] = entity;

/** Where the next `&` is, found once and kept until passed (so a page without one is searched once). */
class Ampersands {
  readonly decode: boolean;
  #buffer: string;
  #next = -1;

  constructor(buffer: string, decode: boolean) {
    this.#buffer = buffer;
    this.decode = decode;
  }

  /** The first `&` at or after `i`, or the buffer's length. */
  from(i: number): number {
    if (this.#next < i) {
      const at = this.#buffer.indexOf('&', i);
      this.#next = at < 0 ? Number.MAX_SAFE_INTEGER : at;
    }
    return Math.min(this.#next, this.#buffer.length);
  }
}

/** The fast tokenizer over `Stock` (htmlparser2's `Tokenizer`, or a stand-in in tests). */
function fastOver(Stock: typeof Tokenizer): typeof Tokenizer {
  const Base = Stock as unknown as InternalsClass;
  return class FastTokenizer extends Base {
    /**
     * stateText up to a tag at `index`: the text before it emitted. False when a callback paused the
     * tokenizer: the tag is then left to the stock states (at its `<`, as `BeforeTagName`).
     */
    textBeforeTag(): boolean {
      if (this.index > this.sectionStart) this.cbs.ontext(this.sectionStart, this.index);
      if (this.running) return true;
      this.state = S.BeforeTagName;
      this.sectionStart = this.index;
      return false;
    }

    /**
     * At `&` in HTML text: a common named reference (`COMMON_ENTITIES`, with its `;`) read at once,
     * with the events and state htmlparser2's entity states leave (text before it, the character;
     * text follows). False, having done nothing, for any other `&`.
     */
    commonEntity(buffer: string, at: number): boolean {
      if (this.xmlMode || !this.decodeEntities) return false;
      const known = COMMON_ENTITIES[buffer.charCodeAt(at + 1)];
      if (known === undefined || !buffer.startsWith(known[0], at + 1)) return false;
      const offset = this.offset;
      // startEntity, stateInEntity and the decoder's emitCodePoint.
      this.baseState = S.Text;
      this.entityStart = at + offset;
      if (this.sectionStart < at + offset) this.cbs.ontext(this.sectionStart, at + offset);
      this.sectionStart = at + 1 + known[0].length + offset;
      this.index = this.sectionStart - 1;
      this.cbs.ontextentity(known[1], this.sectionStart);
      this.state = S.Text;
      return true;
    }

    /**
     * At `<` in text: an end tag `</name>` read at once, with the events and state the states it
     * passes through would leave (text before it, the end tag; text follows). False, having done
     * nothing, for any other `<`.
     */
    closingTag(buffer: string, at: number): boolean {
      if (buffer.charCodeAt(at + 1) !== 0x2f || !isAsciiAlpha(buffer.charCodeAt(at + 2))) return false;
      const n = buffer.length;
      let end = at + 3;
      for (; end < n; end++) {
        const c = buffer.charCodeAt(end);
        if (c === 0x3e || isWhitespace(c)) break;
      }
      if (end >= n || buffer.charCodeAt(end) !== 0x3e) return false;
      if (!this.textBeforeTag()) return true;
      const offset = this.offset;
      // stateBeforeTagName, stateBeforeClosingTagName, stateInClosingTagName, stateAfterClosingTagName.
      this.cbs.onclosetag(at + 2 + offset, end + offset);
      this.state = S.Text;
      this.sectionStart = end + 1 + offset;
      this.index = end + offset;
      return true;
    }

    /**
     * At the first character of an attribute's name: `name="value"` read at once (a value without
     * an entity to decode), with the events and state the states it passes through would leave.
     * False, having done nothing, for any other attribute.
     */
    doubleQuotedAttribute(buffer: string, at: number, amp: Ampersands): boolean {
      const n = buffer.length;
      let eq = at + 1;
      for (; eq < n; eq++) {
        const c = buffer.charCodeAt(eq);
        if (c === 0x3d || c === 0x2f || c === 0x3e || isWhitespace(c)) break;
      }
      if (buffer.charCodeAt(eq) !== 0x3d || buffer.charCodeAt(eq + 1) !== 0x22) return false;
      const quote = buffer.indexOf('"', eq + 2);
      if (quote < 0 || (this.decodeEntities && amp.from(eq + 2) < quote)) return false;
      const offset = this.offset;
      // stateBeforeAttributeName, stateInAttributeName, stateAfterAttributeName.
      this.cbs.onattribname(at + offset, eq + offset);
      if (!this.running) {
        this.state = S.BeforeAttributeValue;
        this.sectionStart = eq + offset;
        this.index = eq + offset;
        return true;
      }
      // stateBeforeAttributeValue, stateInAttributeValueDoubleQuotes.
      this.cbs.onattribdata(eq + 2 + offset, quote + offset);
      this.cbs.onattribend(QuoteType.Double, quote + 1 + offset);
      this.state = S.BeforeAttributeName;
      this.sectionStart = -1;
      this.index = quote + offset;
      return true;
    }

    /** `NOT_SPECIAL` when special content (script, style, …; not a title) is where its end tag may start. */
    skipsSpecial(): number {
      if (this.state !== S.InSpecialTag || this.sequenceIndex !== 0) return 1;
      const seq = this.currentSequence;
      return seq[2] === 0x74 && seq[3] === 0x69 ? 1 : NOT_SPECIAL; // `</ti`: a title decodes entities
    }

    /**
     * At `<` in text: a start tag's name (not one that may begin special content: script, style,
     * title, textarea, xmp) read at once, with the events and state the states it passes through
     * would leave (text before it, the name; then what follows the name). False, having done
     * nothing, for any other `<`.
     */
    openingTag(buffer: string, at: number): boolean {
      const first = buffer.charCodeAt(at + 1);
      if (!isAsciiAlpha(first)) return false;
      if (!this.xmlMode) {
        const f = first | 0x20;
        const g = buffer.charCodeAt(at + 2) | 0x20;
        if (f === 0x73 && (g === 0x63 || g === 0x74)) return false; // sc…, st…
        if ((f === 0x74 || f === 0x78) && (g === 0x69 || g === 0x65 || g === 0x6d)) return false; // ti…, te…, xm…
      }
      const n = buffer.length;
      let end = at + 2;
      for (; end < n; end++) {
        const c = buffer.charCodeAt(end);
        if (c === 0x2f || c === 0x3e || isWhitespace(c)) break;
      }
      if (end >= n) return false;
      if (!this.textBeforeTag()) return true;
      const offset = this.offset;
      // stateBeforeTagName (stateBeforeSpecialS/T), stateInTagName, then what follows the name.
      this.cbs.onopentagname(at + 1 + offset, end + offset);
      this.sectionStart = -1;
      this.state = S.BeforeAttributeName;
      // Attributes nobody reads: skipped to where the stock states would end them, events and all.
      const past =
        this.running && (this.cbs as AttributeSkipping).ignoresAttributes === true
          ? attributesEnd(buffer, end)
          : -1;
      const next = past < 0 ? end : past;
      this.index = next + offset;
      this.stateBeforeAttributeName(buffer.charCodeAt(next));
      return true;
    }

    parse(): void {
      const buffer = this.buffer;
      const end = buffer.length + this.offset;
      const amp = new Ampersands(buffer, this.decodeEntities);
      while (this.index < end && this.running) {
        const at = nextActive(this.state, buffer, this.index - this.offset, amp, this.skipsSpecial());
        if (at >= buffer.length) {
          this.index = end;
          break;
        }
        this.index = at + this.offset;
        const c = buffer.charCodeAt(at);
        switch (this.state) {
          case S.Text:
            if (c === 0x3c) {
              if (!(this.closingTag(buffer, at) || this.openingTag(buffer, at))) this.stateText(c);
            } else if (c !== 0x26 || !this.commonEntity(buffer, at)) this.stateText(c);
            break;
          case S.SpecialStartSequence:
            this.stateSpecialStartSequence(c);
            break;
          case S.InSpecialTag:
            this.stateInSpecialTag(c);
            break;
          case S.CDATASequence:
            this.stateCDATASequence(c);
            break;
          case S.InAttributeValueDq:
            this.stateInAttributeValueDoubleQuotes(c);
            break;
          case S.InAttributeName:
            this.stateInAttributeName(c);
            break;
          case S.InCommentLike:
            this.stateInCommentLike(c);
            break;
          case S.InSpecialComment:
            this.stateInSpecialComment(c);
            break;
          case S.BeforeAttributeName:
            if (c === 0x3e || c === 0x2f || !this.doubleQuotedAttribute(buffer, at, amp))
              this.stateBeforeAttributeName(c);
            break;
          case S.InTagName:
            this.stateInTagName(c);
            break;
          case S.InClosingTagName:
            this.stateInClosingTagName(c);
            break;
          case S.BeforeTagName:
            this.stateBeforeTagName(c);
            break;
          case S.AfterAttributeName:
            this.stateAfterAttributeName(c);
            break;
          case S.InAttributeValueSq:
            this.stateInAttributeValueSingleQuotes(c);
            break;
          case S.BeforeAttributeValue:
            this.stateBeforeAttributeValue(c);
            break;
          case S.BeforeClosingTagName:
            this.stateBeforeClosingTagName(c);
            break;
          case S.AfterClosingTagName:
            this.stateAfterClosingTagName(c);
            break;
          case S.BeforeSpecialS:
            this.stateBeforeSpecialS(c);
            break;
          case S.BeforeSpecialT:
            this.stateBeforeSpecialT(c);
            break;
          case S.InAttributeValueNq:
            this.stateInAttributeValueNoQuotes(c);
            break;
          case S.InSelfClosingTag:
            this.stateInSelfClosingTag(c);
            break;
          case S.InDeclaration:
            this.stateInDeclaration(c);
            break;
          case S.BeforeDeclaration:
            this.stateBeforeDeclaration(c);
            break;
          case S.BeforeComment:
            this.stateBeforeComment(c);
            break;
          case S.InProcessingInstruction:
            this.stateInProcessingInstruction(c);
            break;
          case S.InEntity:
            this.stateInEntity();
            break;
        }
        this.index++;
      }
      this.cleanup();
    }
  } as unknown as typeof Tokenizer;
}

/**
 * Markup that passes through every state with a fast path and most others: tags, attributes in
 * every quoting, entities in text and values, a comment, CDATA, a declaration, a processing
 * instruction, special tags, a self-closing tag.
 */
const SAMPLE =
  '<!DOCTYPE html><?xml version="1.0"?><html><head><title>A &amp; B</title><style>p{}</style>' +
  "<script>if (a < b) x = '</scr';</script></head><body class=x id='y' data-z=\"1 &lt; 2\" hidden>" +
  '<!-- note --><![CDATA[ raw ]]><TABLE BORDER=1><tr><td nowrap>Doc. 12 &nbsp;&#38;&#x26; filed</td>' +
  '<td><a href="/cgi-bin/show_doc.pl?caseid=1&amp;de_seq_num=2">3</a></td></tr></TABLE>' +
  '<br/><img src=a.png alt><textarea>&lt;b&gt;</textarea></ body></html >';

const SAMPLE_MODES: Options[] = [{ decodeEntities: true }, { decodeEntities: false }, { xmlMode: true }];

/** Every event a tokenizer gives for `text`, with its arguments. */
function tokenEvents(T: typeof Tokenizer, text: string, options: Options): string[] {
  const out: string[] = [];
  const cbs = new Proxy({} as TokenizerCallbacks, {
    get:
      (_t, name) =>
      (...args: unknown[]) => {
        out.push(`${String(name)}(${args.join(',')})`);
      },
  });
  const t = new T(options, cbs);
  t.write(text);
  t.end();
  return out;
}

/**
 * The fast tokenizer over `Stock` when it gives `Stock`'s events on the sample, else `Stock` itself,
 * with why (`fallback`): a state function the fast path calls is missing, or an event differs, or
 * the fast path throws.
 */
export function checkedTokenizer(Stock: typeof Tokenizer): {
  tokenizer: typeof Tokenizer;
  fallback: string | null;
} {
  const proto = Stock.prototype as unknown as Record<string, unknown>;
  const missing = STATE_FUNCTIONS.filter((name) => typeof proto[name] !== 'function');
  if (missing.length > 0)
    return { tokenizer: Stock, fallback: `htmlparser2's tokenizer has no ${missing.join(', ')}` };
  const Fast = fastOver(Stock);
  for (const mode of SAMPLE_MODES) {
    let same: boolean;
    try {
      same = tokenEvents(Fast, SAMPLE, mode).join('\n') === tokenEvents(Stock, SAMPLE, mode).join('\n');
    } catch (err) {
      return { tokenizer: Stock, fallback: `the fast path failed: ${(err as Error).message}` };
    }
    if (!same)
      return { tokenizer: Stock, fallback: `the fast path's events differ (${JSON.stringify(mode)})` };
  }
  return { tokenizer: Fast, fallback: null };
}

/**
 * `true` in the `docketwatch parse` bundle when the build found that the htmlparser2 it bundles
 * passes `checkedTokenizer` (an esbuild `define`, scripts/dist.js; undeclared everywhere else). The
 * bundle carries that very copy, so checking again at every start would only repeat the answer —
 * and running the sample through the fast tokenizer with a recording callback object leaves its
 * call sites polymorphic for the real parse (about 2 % of the main thread's time).
 */
declare const DOCKETWATCH_BUNDLED_TOKENIZER_CHECKED: boolean | undefined;

const chosen =
  typeof DOCKETWATCH_BUNDLED_TOKENIZER_CHECKED === 'boolean' && DOCKETWATCH_BUNDLED_TOKENIZER_CHECKED
    ? { tokenizer: fastOver(Tokenizer), fallback: null }
    : checkedTokenizer(Tokenizer);
/** Why the parsers use htmlparser2's own tokenizer, or `null` when they use the fast one. */
export const tokenizerFallback: string | null = chosen.fallback;
if (chosen.fallback !== null)
  process.emitWarning(
    `docketwatch parses with htmlparser2's own tokenizer, correctly but more slowly: ${chosen.fallback} (this version of htmlparser2 is not the one docketwatch's lock file pins)`,
    { code: 'DOCKETWATCH_TOKENIZER' },
  );

/**
 * The tokenizer for the parsers' `Tokenizer` option (`new Parser(cbs, { Tokenizer: FastTokenizer })`):
 * the fast one when it checked out at load, else htmlparser2's own.
 */
export const FastTokenizer = chosen.tokenizer;
