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
import { assertShallow } from './html.ts';
import { normalizeJudgeName } from './judge.ts';
import { PageParser } from './parser.ts';

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

/** The court named by one link (`https://ecf.mied.uscourts.gov/…`, also in `oncontextmenu`). */
function courtOfLink(attribs: Record<string, string>): string | null {
  return courtFromUrl(attribs.href) ?? courtFromUrl(attribs.oncontextmenu);
}

/** One cell of an entry row: its text and, for the number cell, its links. */
interface Cell {
  text: string;
  links: Record<string, string>[];
}

/** What one streaming pass over a history report collects. */
interface HistoryPage {
  court: string | null;
  title: string;
  /** The text pieces of the centered header blocks that hold no table, in document order. */
  header: string[];
  /** The text of the big-font (`size=+1`) title lines of those blocks. */
  titleFonts: string[];
  foundEntriesTable: boolean;
  /** The rows of the entries table after its heading row, as cells. */
  rows: Cell[][];
}

interface OpenTable {
  rows: number;
  isEntries: boolean;
}

interface OpenCenter {
  pieces: string[];
  hasTable: boolean;
  tablesAtOpen: number;
}

type Attributes = Record<string, string>;

/** The only elements whose attributes this page's reading looks at. */
const ATTRIBUTES_OF = new Set(['a', 'font']);

/**
 * One streaming pass over a history report (htmlparser2's tokenizer, no tree): this page is mostly
 * one long table, and not building a tree for it halves the time. Elements are tracked only as far
 * as the report needs: open tables (to tell the entries table's own rows and cells from those of the
 * small date tables nested in them), open centered blocks (the header), title and fonts.
 */
class HistoryReader {
  readonly page: HistoryPage = {
    court: null,
    title: '',
    header: [],
    titleFonts: [],
    foundEntriesTable: false,
    rows: [],
  };
  readonly tables: OpenTable[] = [];
  readonly centers: OpenCenter[] = [];
  readonly openCenters: OpenCenter[] = [];
  /** Open centers that hold no table (yet): the header blocks collecting text. */
  headerCenters = 0;
  readonly fonts: ({ text: string } | null)[] = [];
  /** Open big fonts (the non-null ones of `fonts`). */
  bigFonts = 0;
  headingCell: { text: string } | null = null;
  row: Cell[] | null = null;
  cell: Cell | null = null;
  hidden = 0;
  inTitle = false;
  /** The tokenizer hands text over in pieces (split at entities); a text node is their sum. */
  pending = '';

  entriesOnTop(): boolean {
    const n = this.tables.length;
    return n > 0 && this.tables[n - 1]!.isEntries;
  }

  flushText(): void {
    if (this.pending === '') return;
    const data = this.pending;
    this.pending = '';
    if (this.hidden > 0) return;
    if (this.inTitle) this.page.title += data;
    if (this.cell) this.cell.text += data;
    if (this.headingCell) this.headingCell.text += data;
    if (this.bigFonts > 0) for (const f of this.fonts) if (f) f.text += data;
    // Centers that hold a table (the entries' own) are not header blocks: no need to collect for them.
    if (this.headerCenters > 0) {
      const piece = cleanText(data);
      if (piece) for (const c of this.openCenters) if (!c.hasTable) c.pieces.push(piece);
    }
  }

  endRow(): void {
    if (this.row) this.page.rows.push(this.row);
    this.row = null;
    this.cell = null;
  }

  ontext(data: string): void {
    this.pending += data;
  }

  onopentag(name: string, attribs: Attributes): void {
    this.flushText();
    switch (name) {
      case 'script':
      case 'style':
        this.hidden++;
        break;
      case 'title':
        this.inTitle = true;
        break;
      case 'table':
        for (const c of this.openCenters) c.hasTable = true;
        this.headerCenters = 0;
        this.tables.push({ rows: 0, isEntries: false });
        break;
      case 'tr': {
        const table = this.tables[this.tables.length - 1];
        if (!table) break;
        table.rows++;
        if (table.isEntries) {
          this.endRow();
          this.row = [];
        }
        break;
      }
      case 'td':
      case 'th': {
        const table = this.tables[this.tables.length - 1];
        if (!table) break;
        if (table.isEntries && this.row) {
          this.cell = { text: '', links: [] };
          this.row.push(this.cell);
        } else if (name === 'th' && table.rows === 1 && !this.page.foundEntriesTable) {
          this.headingCell = { text: '' };
        }
        break;
      }
      case 'a':
        if (this.page.court === null) this.page.court = courtOfLink(attribs);
        if (this.cell && this.row && this.row[0] === this.cell) this.cell.links.push(attribs);
        break;
      case 'center': {
        const center = { pieces: [], hasTable: false, tablesAtOpen: this.tables.length };
        this.centers.push(center);
        this.openCenters.push(center);
        this.headerCenters++;
        break;
      }
      case 'font': {
        const center = this.openCenters[this.openCenters.length - 1];
        const big =
          attribs.size === '+1' && center !== undefined && this.tables.length === center.tablesAtOpen;
        this.fonts.push(big ? { text: '' } : null);
        if (big) this.bigFonts++;
        break;
      }
    }
  }

  onclosetag(name: string): void {
    this.flushText();
    switch (name) {
      case 'script':
      case 'style':
        this.hidden = Math.max(0, this.hidden - 1);
        break;
      case 'title':
        this.inTitle = false;
        break;
      case 'table': {
        const table = this.tables.pop();
        if (table?.isEntries) this.endRow();
        break;
      }
      case 'tr':
        if (this.entriesOnTop()) this.endRow();
        break;
      case 'td':
      case 'th':
        if (this.entriesOnTop()) this.cell = null;
        else if (name === 'th' && this.headingCell) {
          const table = this.tables[this.tables.length - 1];
          if (table && /Description/.test(this.headingCell.text)) {
            table.isEntries = true;
            this.page.foundEntriesTable = true;
          }
          this.headingCell = null;
        }
        break;
      case 'center': {
        const center = this.openCenters.pop();
        if (center && !center.hasTable) this.headerCenters--;
        break;
      }
      case 'font': {
        const font = this.fonts.pop();
        if (font) {
          this.page.titleFonts.push(font.text);
          this.bigFonts--;
        }
        break;
      }
    }
  }

  end(): HistoryPage {
    this.flushText();
    this.endRow();
    const page = this.page;
    for (const font of this.fonts) if (font) page.titleFonts.push(font.text);
    for (const center of this.centers) if (!center.hasTable) page.header.push(...center.pieces);
    return page;
  }
}

function readHistoryPage(text: string): HistoryPage {
  const reader = new HistoryReader();
  // Links and fonts are the only elements whose attributes the report's reading looks at.
  new PageParser(reader, { attributesOf: ATTRIBUTES_OF }).end(text);
  return reader.end();
}

export function parseHistoryReport(text: string, court: string | null): ParseResult {
  assertShallow(text);
  const page = readHistoryPage(text);
  // Links name the court exactly; the page title ("Western District of Missouri") when there are none.
  const pageCourt = page.court ?? courtFromName(page.title) ?? court;
  const header = page.header;
  if (!page.foundEntriesTable && header.length === 0) {
    return {
      kind: 'pacer-history',
      court: pageCourt,
      isDocket: false,
      reason: 'no case header and no table of entries: not a docket history report',
      cases: [],
    };
  }
  const bankruptcy = (pageCourt?.endsWith('b') ?? false) || header.some((v) => /^Chapter:$/i.test(v));
  const kase = parseHeader(page.titleFonts, header, bankruptcy);
  kase.entries = parseEntries(page.rows);
  return { kind: 'pacer-history', court: pageCourt, isDocket: true, reason: null, cases: [kase] };
}

function parseHeader(titleFonts: string[], values: string[], bankruptcy: boolean): DocketCase {
  const kase = emptyCase();
  const all = values.join(' ');
  const numberRegexes = bankruptcy ? [DIST_DOCKET, BANKR_DOCKET] : [DIST_DOCKET];

  outer: for (const re of numberRegexes) {
    for (const font of titleFonts) {
      const m = re.exec(font);
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
    kase.assignedTo = judgeBefore(values, /presiding/i, /(.*),\s+presiding/i);
  }
  kase.referredTo = judgeBefore(values, /referral/i, /(.*),\s+referral/i);
  return kase;
}

/**
 * The judge `re` reads (the name before a role) in the first value it matches. `word`, the role's
 * word alone, is tried first: `re` backtracks over the whole of every value that lacks it.
 */
function judgeBefore(values: string[], word: RegExp, re: RegExp): string | null {
  for (const v of values) {
    if (!word.test(v)) continue;
    const m = re.exec(v);
    if (m) return normalizeJudgeName(m[1]!);
  }
  return null;
}

/** `goDLS('/doc1/…', 'case id', 'seq', …)`: the third argument is the entry's sequence number. */
const GODLS_SEQ = /goDLS\(\s*(['"])[^'"]*\1\s*,\s*(['"])[^'"]*\2\s*,\s*['"](\d+)['"]/;

/** Entry rows have three cells (number, dates, short description); a one-cell row under one holds its docket text. */
function parseEntries(rows: Cell[][]): DocketEntry[] {
  const entries: DocketEntry[] = [];
  let last: DocketEntry | null = null;
  let lastKept = false;
  for (const cells of rows) {
    if (cells.length === 3) {
      const [numCell, dateCell, descCell] = cells as [Cell, Cell, Cell];
      const entry = emptyEntry('');
      const number = cleanText(numCell.text);
      entry.number = number === '' ? null : number;
      if (numCell.links.length === 1) {
        const link = numCell.links[0]!;
        entry.pacerDocId = docIdFromUrl(link.href);
        entry.pacerSeqNo = GODLS_SEQ.exec(link.onclick ?? '')?.[3] ?? null;
      }
      const dates = cleanText(dateCell.text);
      entry.dateFiled = usDate(/Filed(?:\s*(?:&|and)\s*Entered)?:\s*([\d/]+)/i.exec(dates)?.[1]);
      entry.dateEntered = usDate(/Entered:\s*([\d/]+)/i.exec(dates)?.[1]);
      entry.shortDescription = cleanOrNull(descCell.text);
      last = entry;
      // Rows numbered with a word ("doc") are not on the docket itself.
      lastKept = entry.number === null || /^\d+$/.test(entry.number);
      if (lastKept) entries.push(entry);
    } else if (cells.length === 1 && last && lastKept) {
      last.description = cleanText(cells[0]!.text).replace(/^Docket Text:\s*/, '');
    }
  }
  return entries;
}
