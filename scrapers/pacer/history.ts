/**
 * The CM/ECF "History/Documents" report (`HistDocQry.pl`): a centered header with the case (docket
 * number, title, judges, dates) and one table of entries. Each entry row has three cells (number with
 * an optional document link, the filed/entered dates, the short description); when the court shows
 * docket text, a one-cell row under it holds the long description.
 *
 * The header conventions follow juriscraper's, so that both agree on the same page: case names are
 * harmonized ("USA" → "United States", "et al" dropped) and judge names normalized
 * ("WILLIAM L. OSTEEN, JR" → "William L. Osteen Jr.").
 */
import {
  type DocketCase,
  type DocketEntry,
  emptyCase,
  emptyEntry,
  type ParseResult,
} from '../../src/model/docket.ts';
import { harmonizeCaseName } from './case-text.ts';
import { cleanOrNull, cleanText, courtFromUrl, docIdFromUrl, usDate } from './common.ts';
import { courtFromName } from './detect.ts';
import {
  type ChildNode,
  childElements,
  type Element,
  findAll,
  parseHtml,
  rowCells,
  tableRows,
  textOf,
} from './html.ts';

// ---------------------------------------------------------------------------------------------
// Walking text and comment nodes (html.ts walks elements)

/** What a `walk` visitor returns: `SKIP` to not descend into this element, `STOP` to end the walk. */
export const SKIP = 1;
export const STOP = 2;

/**
 * Visit every node under `roots` (text and comments too) in document order, without recursion:
 * hostile pages nest tags thousands deep.
 */
export function walk(roots: ChildNode[], visit: (node: ChildNode) => number | undefined): void {
  const stack: ChildNode[] = [];
  for (let i = roots.length - 1; i >= 0; i--) stack.push(roots[i]!);
  while (stack.length > 0) {
    const node = stack.pop()!;
    const said = visit(node);
    if (said === STOP) return;
    if (said !== SKIP && node.type === 'tag') {
      const kids = node.children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
}

/** A `findAll` predicate: elements named `name`. */
export function named(name: string): (el: Element) => boolean {
  return (el) => el.name === name;
}

// ---------------------------------------------------------------------------------------------
// Judge names

const SMALL_WORD = /^(a|an|and|as|at|but|by|en|for|if|in|is|of|on|or|the|to|v\.?|via|vs\.?)$/i;
const BIG_WORD = /^(II|III|IV|JJ|JR|SR|USA|US)[.,]?$/i;
const TITLE_WORDS = new Set([
  'judge',
  'magistrate',
  'district',
  'chief',
  'senior',
  'bankruptcy',
  'mag.',
  'magistrate-judge',
  'mag/judge',
  'mag',
  'visiting',
  'special',
  'senior-judge',
  'master',
  'u.s.magistrate',
]);
const NOT_NAME_WORDS = new Set([
  'hon',
  'honorable',
  'unassigned',
  'none',
  'clerk',
  'duty',
  'unknown',
  'usdc',
]);

/** Title-case one lower-case word the way names are written (O'Grady, McDonald, III, v.). */
function titleWord(word: string, first: boolean): string {
  if (/^[dol]'[a-z]+$/i.test(word)) return word.slice(0, 3).toUpperCase() + word.slice(3);
  if (/[a-z]\.[a-z]/i.test(word)) {
    return word
      .split('.')
      .map((p) => (p.length === 1 ? p.toUpperCase() : p))
      .join('.');
  }
  if (!first && SMALL_WORD.test(word)) return word;
  if (BIG_WORD.test(word) && !/^(jr|sr)/i.test(word)) return word.toUpperCase();
  const mac = /^(ma?c)(\w+.*)$/i.exec(word);
  if (mac && word !== 'mack' && word !== 'machine') return cap(mac[1]!) + cap(mac[2]!);
  return word
    .split('-')
    .map((part) => part.replace(/^([^A-Za-z]*)([a-z])/, (_m, p: string, c: string) => p + c.toUpperCase()))
    .join('-');
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * A judge's name as PACER prints it, normalized: titles ("Magistrate Judge") and honorifics
 * dropped, case fixed, initials given periods, "Jr"/"Sr" given periods and no comma.
 */
export function normalizeJudgeName(raw: string): string | null {
  const words = raw
    .replace(/,/g, '')
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => {
      if (w === '' || /[()]/.test(w) || /^[-~]/.test(w)) return false;
      if (NOT_NAME_WORDS.has(w) || TITLE_WORDS.has(w)) return false;
      return !(w.length > 2 && w.includes('.') && w !== 'jr.' && w !== 'sr.');
    });
  const out: string[] = [];
  words.forEach((lower, i) => {
    let w = titleWord(lower, i === 0);
    if (/^[a-z]$/i.test(w)) w = `${w}.`;
    if (/^(jr|sr)$/i.test(w)) w = `${w}.`;
    // "J. Michael Smith" (a stray "J." prefix) → "Michael Smith"; "J. G. Smith" keeps it.
    if (i === 0 && /^j\.?$/i.test(w)) {
      const next = words[i + 1] ?? '';
      if (!(next.length === 1 || (next.length === 2 && next.endsWith('.')))) return;
    }
    out.push(w);
  });
  const last = out.length - 1;
  if (last > 0 && SMALL_WORD.test(out[last]!)) out[last] = cap(out[last]!);
  return cleanOrNull(out.join(' '));
}

// ---------------------------------------------------------------------------------------------
// The report

const DIST_DOCKET = /((\d{1,2}:)?\d\d-[a-zA-Z]{1,4}-\d{1,10})/;
const BANKR_DOCKET = /(?:#:\s+)?((\d-)?\d\d-\d+)/;
const CASE_TITLE = [
  /^(?:Case\s+title:\s+)?(.*\bvs?\.?\s.*)/i,
  /^Case\s+title:\s+(.*)/i,
  /^(\bIN\s+RE:?\s.*)/i,
  /^(\bIN\s+THE\s+MATTER\s.*)/i,
  /^(\bEX\s+PARTE\b.*)/i,
];

/** CM/ECF host names that differ from the court's id. */
const HOST_TO_COURT: Record<string, string> = { neb: 'nebraskab' };

/** The court named by one link (`https://ecf.mied.uscourts.gov/…`, also in `oncontextmenu`). */
function courtOfLink(a: Element): string | null {
  const host = courtFromUrl(a.attribs.href) ?? courtFromUrl(a.attribs.oncontextmenu);
  return host ? (HOST_TO_COURT[host] ?? host) : null;
}

/** The court a page belongs to, from the first absolute link that names one. */
export function courtFromLinks(roots: ChildNode[]): string | null {
  let court: string | null = null;
  walk(roots, (node) => {
    if (node.type !== 'tag' || node.name !== 'a') return undefined;
    court = courtOfLink(node);
    return court ? STOP : undefined;
  });
  return court;
}

/** What one pass over the page finds: its tables, its centered blocks, its court. */
interface PageParts {
  tables: Element[];
  centers: Element[];
  court: string | null;
  title: string;
}

function pageParts(roots: ChildNode[]): PageParts {
  const parts: PageParts = { tables: [], centers: [], court: null, title: '' };
  walk(roots, (node) => {
    if (node.type !== 'tag') return undefined;
    if (node.name === 'table') parts.tables.push(node);
    else if (node.name === 'center') parts.centers.push(node);
    else if (node.name === 'a' && parts.court === null) parts.court = courtOfLink(node);
    else if (node.name === 'title' && parts.title === '') parts.title = textOf(node.children);
    return undefined;
  });
  return parts;
}

export function parseHistoryReport(text: string, court: string | null): ParseResult {
  const parts = pageParts(parseHtml(text).children);
  // Links name the court exactly; the page title ("Western District of Missouri") when there are none.
  const pageCourt = parts.court ?? courtFromName(parts.title) ?? court;
  const table = findEntriesTable(parts.tables);
  const header = headerValues(parts.centers);
  if (!table && header.length === 0) {
    return {
      kind: 'pacer-history',
      court: pageCourt,
      isDocket: false,
      reason: 'no case header and no table of entries: not a docket history report',
      cases: [],
    };
  }
  const bankruptcy = (pageCourt?.endsWith('b') ?? false) || header.some((v) => /^Chapter:$/i.test(v));
  const kase = parseHeader(parts.centers, header, bankruptcy);
  kase.entries = table ? parseEntries(table) : [];
  return { kind: 'pacer-history', court: pageCourt, isDocket: true, reason: null, cases: [kase] };
}

/** The table whose header row has a "Description" column. */
function findEntriesTable(tables: Element[]): Element | null {
  for (const table of tables) {
    const first = tableRows(table)[0];
    if (!first) continue;
    if (childElements(first, 'th').some((th) => /Description/.test(textOf(th)))) return table;
  }
  return null;
}

/** The non-empty text pieces of the centered header blocks (those without a table). */
function headerValues(centers: Element[]): string[] {
  const values: string[] = [];
  for (const center of centers) {
    const pieces: string[] = [];
    let hasTable = false;
    walk(center.children, (node) => {
      if (node.type === 'tag' && node.name === 'table') {
        hasTable = true;
        return STOP;
      }
      if (node.type !== 'text') return undefined;
      const t = cleanText(node.data);
      if (t) pieces.push(t);
      return undefined;
    });
    if (!hasTable) values.push(...pieces);
  }
  return values;
}

/** The big-font title lines of the centered blocks (tables, where entries live, are skipped). */
function titleFonts(centers: Element[]): Element[] {
  const fonts: Element[] = [];
  walk(centers, (node) => {
    if (node.type !== 'tag') return undefined;
    if (node.name === 'table') return SKIP;
    if (node.name === 'font' && node.attribs.size === '+1') fonts.push(node);
    return undefined;
  });
  return fonts;
}

function parseHeader(centers: Element[], values: string[], bankruptcy: boolean): DocketCase {
  const kase = emptyCase();
  const all = values.join(' ');
  const numberRegexes = bankruptcy ? [DIST_DOCKET, BANKR_DOCKET] : [DIST_DOCKET];

  const bigFonts = titleFonts(centers);
  outer: for (const re of numberRegexes) {
    for (const font of bigFonts) {
      const m = re.exec(textOf(font));
      if (m) {
        kase.docketNumber = m[1]!;
        break outer;
      }
    }
  }

  const titles = new Set<string>();
  for (let i = 1; i < values.length; i++) {
    if (!numberRegexes.some((re) => re.test(values[i - 1]!))) continue;
    const v = values[i]!;
    if (bankruptcy) {
      titles.clear();
      titles.add(v);
      break;
    }
    for (const re of CASE_TITLE) {
      const m = re.exec(v);
      if (m) {
        titles.add(m[1]!);
        break;
      }
    }
  }
  kase.caseName = titles.size === 1 ? harmonizeCaseName([...titles][0]!) : null;

  kase.dateFiled = usDate(/\bfiled:\s+([\d/]+)/i.exec(all)?.[1]);
  kase.dateTerminated = usDate(/\bterminated:\s+([\d/]+)/i.exec(all)?.[1]);

  if (bankruptcy) {
    const at = values.findIndex((v) => /Judge:/i.test(v));
    if (at >= 0 && values[at + 1]) kase.assignedTo = normalizeJudgeName(values[at + 1]!);
  } else {
    kase.assignedTo = judgeBefore(values, /(.*),\s+presiding/i);
  }
  kase.referredTo = judgeBefore(values, /(.*),\s+referral/i);
  return kase;
}

function judgeBefore(values: string[], re: RegExp): string | null {
  for (const v of values) {
    const m = re.exec(v);
    if (m) return normalizeJudgeName(m[1]!);
  }
  return null;
}

/** `goDLS('/doc1/…', 'case id', 'seq', …)`: the third argument is the entry's sequence number. */
const GODLS_SEQ = /goDLS\(\s*(['"])[^'"]*\1\s*,\s*(['"])[^'"]*\2\s*,\s*['"](\d+)['"]/;

/** The sequence number in a document link's `goDLS(…)` handler. */
export function seqFromAnchor(a: Element): string | null {
  return GODLS_SEQ.exec(a.attribs.onclick ?? '')?.[3] ?? null;
}

const isAnchor = named('a');

function parseEntries(table: Element): DocketEntry[] {
  const entries: DocketEntry[] = [];
  let last: DocketEntry | null = null;
  let lastKept = false;
  const rows = tableRows(table);
  for (let r = 1; r < rows.length; r++) {
    const cells = rowCells(rows[r]!);
    if (cells.length === 3) {
      const [numCell, dateCell, descCell] = cells as [Element, Element, Element];
      const entry = emptyEntry('');
      const number = cleanText(textOf(numCell));
      entry.number = number === '' ? null : number;
      const anchors = findAll(numCell.children, isAnchor);
      if (anchors.length === 1) {
        entry.pacerDocId = docIdFromUrl(anchors[0]!.attribs.href);
        entry.pacerSeqNo = seqFromAnchor(anchors[0]!);
      }
      const dates = cleanText(textOf(dateCell));
      entry.dateFiled = usDate(/Filed(?:\s*(?:&|and)\s*Entered)?:\s*([\d/]+)/i.exec(dates)?.[1]);
      entry.dateEntered = usDate(/Entered:\s*([\d/]+)/i.exec(dates)?.[1]);
      entry.shortDescription = cleanOrNull(textOf(descCell));
      last = entry;
      // Rows numbered with a word ("doc") are not on the docket itself.
      lastKept = entry.number === null || /^\d+$/.test(entry.number);
      if (lastKept) entries.push(entry);
    } else if (cells.length === 1 && last && lastKept) {
      last.description = cleanText(textOf(cells[0]!)).replace(/^Docket Text:\s*/, '');
    }
  }
  return entries;
}
