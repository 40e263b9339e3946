/**
 * Small, stable HTML helpers for the CM/ECF parsers. Pages are parsed with htmlparser2 (a forgiving,
 * fast, non-validating parser: several times faster than parse5 on CM/ECF's table soup) into a
 * domhandler tree, and walked with these few functions instead of a query engine.
 *
 * htmlparser2 never recurses while building the tree, so 100k nested `<div>`s do not overflow the
 * stack; the walkers here are iterative for the same reason.
 */
import type { AnyNode, ChildNode, Document, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { InputError } from '../../src/errors.ts';
import { FastTokenizer } from './tokenizer.ts';

export type { AnyNode, ChildNode, Document, Element };

/** Real CM/ECF pages nest a few dozen elements deep; thousands of levels is an attack or garbage. */
export const MAX_NESTING = 1000;

/**
 * Parse an HTML page (entities decoded, tag names lower-cased). Markup nested deeper than
 * `MAX_NESTING` is refused with an `InputError` before parsing: the parser's cost grows with the
 * square of the depth.
 */
export function parseHtml(html: string): Document {
  assertShallow(html);
  return parseDocument(html, {
    Tokenizer: FastTokenizer,
    decodeEntities: true,
    lowerCaseTags: true,
    lowerCaseAttributeNames: true,
  });
}

/**
 * The last page found shallow: `parsePacer` checks a page before recognizing it, and the parser it
 * hands the page to checks again (parsers are safe when called directly); the second check is free.
 */
let lastShallow: string | null = null;

/** Refuse markup nested deeper than `MAX_NESTING` (every parser's cost grows with depth squared). */
export function assertShallow(markup: string): void {
  if (markup === lastShallow) return;
  if (nestingDepth(markup, MAX_NESTING) > MAX_NESTING) {
    throw new InputError(`markup is nested more than ${MAX_NESTING} levels deep; not a CM/ECF page`);
  }
  lastShallow = markup;
}

/**
 * Container elements whose end tags pages really write; other elements close implicitly:
 * div, table, span, font, center, ul, ol, blockquote, b, i, u, a (matched without allocating).
 */
function isContainerName(html: string, at: number, length: number): boolean {
  switch (length) {
    case 1: {
      const x = html.charCodeAt(at) | 0x20; // ASCII letters to lower case
      return x === 0x62 || x === 0x69 || x === 0x75 || x === 0x61; // b i u a
    }
    case 2:
      return lowerEquals(html, at, 'ul') || lowerEquals(html, at, 'ol');
    case 3:
      return lowerEquals(html, at, 'div');
    case 4:
      return lowerEquals(html, at, 'span') || lowerEquals(html, at, 'font');
    case 5:
      return lowerEquals(html, at, 'table');
    case 6:
      return lowerEquals(html, at, 'center');
    case 10:
      return lowerEquals(html, at, 'blockquote');
    default:
      return false;
  }
}

/** `html` at `at` spells `lower` (a lower-case ASCII word), in any case. Name characters only. */
function lowerEquals(html: string, at: number, lower: string): boolean {
  for (let i = 0; i < lower.length; i++) {
    if ((html.charCodeAt(at + i) | 0x20) !== lower.charCodeAt(i)) return false;
  }
  return true;
}

function isNameStart(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 0x30 && c <= 0x39);
}

/**
 * An estimate of the deepest nesting of container elements (one linear scan; stops past `limit`).
 * A tag is `<name …>` or `</name …>` up to the next `>`; `<name …/>` opens nothing.
 */
export function nestingDepth(html: string, limit = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let max = 0;
  const n = html.length;
  let at = html.indexOf('<');
  while (at >= 0) {
    let i = at + 1;
    const closing = html.charCodeAt(i) === 0x2f; // '/'
    if (closing) i++;
    if (!isNameStart(html.charCodeAt(i))) {
      at = html.indexOf('<', at + 1);
      continue;
    }
    const nameStart = i;
    while (i < n && isNameChar(html.charCodeAt(i))) i++;
    const end = html.indexOf('>', i);
    if (end < 0) break; // no tag can end after this point
    const selfClosing = end > i && html.charCodeAt(end - 1) === 0x2f;
    if (!selfClosing && isContainerName(html, nameStart, i - nameStart)) {
      if (closing) depth = Math.max(0, depth - 1);
      else if (++depth > max) {
        max = depth;
        if (max > limit) return max;
      }
    }
    at = html.indexOf('<', end + 1);
  }
  return max;
}

export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** Elements whose text is never page content. */
const SKIPPED = new Set(['script', 'style', 'head', 'title']);

/** Block elements: each starts a line of its own when a page is read as text (here and in notices). */
export const BLOCK_ELEMENTS = [
  'br',
  'p',
  'div',
  'tr',
  'table',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'center',
  'hr',
  'pre',
] as const;

/**
 * Elements that separate lines when a block of a page is read as text (`textLines`, the district
 * page reader): the block elements, and table cells (a docket's cells are its fields).
 */
export const LINE_BREAKING: ReadonlySet<string> = new Set([...BLOCK_ELEMENTS, 'td', 'th']);

/**
 * Every descendant of `root` (document order, root excluded) that satisfies `pred`. Iterative; does
 * not descend into matches when `descendIntoMatches` is false.
 */
export function findAll(
  root: AnyNode | AnyNode[],
  pred: (el: Element) => boolean,
  descendIntoMatches = true,
): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = Array.isArray(root) ? [...root].reverse() : childrenOf(root).slice().reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    const hit = pred(node);
    if (hit) out.push(node);
    if (hit && !descendIntoMatches) continue;
    const kids = node.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}

/** The first descendant of `root` that satisfies `pred`, or `null`. */
export function findFirst(root: AnyNode | AnyNode[], pred: (el: Element) => boolean): Element | null {
  const stack: AnyNode[] = Array.isArray(root) ? [...root].reverse() : childrenOf(root).slice().reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (pred(node)) return node;
    const kids = node.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return null;
}

function childrenOf(node: AnyNode): ChildNode[] {
  return 'children' in node ? (node.children as ChildNode[]) : [];
}

/** Child elements of `el` with tag `name` (or any element when `name` is omitted). */
export function childElements(el: AnyNode, name?: string): Element[] {
  const out: Element[] = [];
  for (const c of childrenOf(el)) if (isElement(c) && (name === undefined || c.name === name)) out.push(c);
  return out;
}

/**
 * The rows of a table, looking through `thead`/`tbody`/`tfoot` but not into nested tables. Broken
 * markup sometimes leaves rows inside stray elements (a `<font>` around a row); those are included.
 */
export function tableRows(table: Element): Element[] {
  return findAll(table, (el) => el.name === 'tr' || el.name === 'table', false).filter(
    (el) => el.name === 'tr',
  );
}

/** The `td`/`th` cells of a row, in order (not cells of nested tables). */
export function rowCells(row: Element): Element[] {
  return findAll(row, (el) => el.name === 'td' || el.name === 'th' || el.name === 'table', false).filter(
    (el) => el.name !== 'table',
  );
}

/**
 * The concatenated text of a node, scripts and styles left out (no whitespace added between
 * elements). With `max`, stops once the text is longer than that (for cheap "is this a short
 * label?" tests on cells that may hold a whole page).
 */
export function textOf(node: AnyNode | AnyNode[], max = Number.POSITIVE_INFINITY): string {
  let out = '';
  const stack: AnyNode[] = Array.isArray(node) ? [...node].reverse() : [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text') {
      out += (n as { data: string }).data;
      if (out.length > max) return out;
    } else if (isElement(n)) {
      if (SKIPPED.has(n.name)) continue;
      const kids = n.children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    } else if (n.type === 'root') {
      const kids = (n as Document).children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  return out;
}

/**
 * The text of a node as lines: block elements and `<br>` end a line; whitespace inside a line is
 * collapsed; empty lines are dropped. This is how a person reads the header blocks of a CM/ECF page.
 * With `until`, stops at (and leaves out) the first line it accepts.
 */
export function textLines(node: AnyNode | AnyNode[], until?: (line: string) => boolean): string[] {
  const lines: string[] = [];
  let cur = '';
  let done = false;
  const flush = (): void => {
    const t = cur.replace(/[\s\u00a0]+/g, ' ').trim();
    if (t) {
      if (until?.(t)) done = true;
      else lines.push(t);
    }
    cur = '';
  };
  // Stack of nodes, with `null` markers meaning "a block element ended here".
  const stack: (AnyNode | null)[] = Array.isArray(node) ? [...node].reverse() : [node];
  while (stack.length > 0 && !done) {
    const n = stack.pop();
    if (n === null) {
      flush();
      continue;
    }
    if (n === undefined) break;
    if (n.type === 'text') cur += (n as { data: string }).data;
    else if (isElement(n)) {
      if (SKIPPED.has(n.name)) continue;
      const block = LINE_BREAKING.has(n.name);
      if (block) {
        flush();
        stack.push(null);
      }
      const kids = n.children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    } else if (n.type === 'root') {
      const kids = (n as Document).children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  flush();
  return lines;
}

export function attr(el: Element, name: string): string | null {
  const v = el.attribs[name];
  return v === undefined ? null : v;
}

/** The nearest ancestor of `node` with tag `name`, or `null`. */
export function closest(node: AnyNode, name: string): Element | null {
  let p = node.parent;
  while (p) {
    if (isElement(p as AnyNode) && (p as Element).name === name) return p as Element;
    p = p.parent;
  }
  return null;
}

/** Element siblings after `el`, in order. */
export function followingSiblings(el: Element): Element[] {
  const out: Element[] = [];
  let n = el.next;
  while (n) {
    if (isElement(n)) out.push(n);
    n = n.next;
  }
  return out;
}
