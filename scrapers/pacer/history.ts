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
import { Parser, type QuoteType } from 'htmlparser2';
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
import { FastTokenizer } from './tokenizer.ts';

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
function courtOfLink(attribs: Record<string, string>): string | null {
  const host = courtFromUrl(attribs.href) ?? courtFromUrl(attribs.oncontextmenu);
  return host ? (HOST_TO_COURT[host] ?? host) : null;
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

/**
 * htmlparser2's parser reading the attributes of links and fonts only (all this page looks at):
 * other elements come with an empty attributes object instead of one built for nothing, which was
 * a tenth of reading a report.
 */
class HistoryParser extends Parser {
  #attributes = false;

  override onopentagname(start: number, endIndex: number): void {
    super.onopentagname(start, endIndex);
    const name = (this as unknown as { tagname: string }).tagname;
    this.#attributes = name === 'a' || name === 'font';
  }

  override onattribname(start: number, endIndex: number): void {
    if (this.#attributes) super.onattribname(start, endIndex);
  }

  override onattribdata(start: number, endIndex: number): void {
    if (this.#attributes) super.onattribdata(start, endIndex);
  }

  override onattribentity(cp: number): void {
    if (this.#attributes) super.onattribentity(cp);
  }

  override onattribend(quote: QuoteType, endIndex: number): void {
    if (this.#attributes) super.onattribend(quote, endIndex);
  }
}

/**
 * Read a history report in one streaming pass (htmlparser2's tokenizer, no tree): this page is
 * mostly one long table, and not building a tree for it halves the time. Elements are tracked only
 * as far as the report needs: open tables (to tell the entries table's own rows and cells from those
 * of the small date tables nested in them), open centered blocks (the header), title and fonts.
 */
function readHistoryPage(text: string): HistoryPage {
  const page: HistoryPage = {
    court: null,
    title: '',
    header: [],
    titleFonts: [],
    foundEntriesTable: false,
    rows: [],
  };
  const tables: OpenTable[] = [];
  const centers: OpenCenter[] = [];
  const openCenters: OpenCenter[] = [];
  const fonts: ({ text: string } | null)[] = [];
  let headingCell: { text: string } | null = null;
  let row: Cell[] | null = null;
  let cell: Cell | null = null;
  let hidden = 0;
  let inTitle = false;
  let pending = '';

  const entriesOnTop = (): boolean => tables.length > 0 && tables[tables.length - 1]!.isEntries;
  // The tokenizer hands text over in pieces (split at entities); a text node is their sum.
  const flushText = (): void => {
    if (pending === '') return;
    const data = pending;
    pending = '';
    if (hidden > 0) return;
    if (inTitle) page.title += data;
    if (cell) cell.text += data;
    if (headingCell) headingCell.text += data;
    for (const f of fonts) if (f) f.text += data;
    // Centers that hold a table (the entries' own) are not header blocks: no need to collect for them.
    if (openCenters.some((c) => !c.hasTable)) {
      const piece = cleanText(data);
      if (piece) for (const c of openCenters) if (!c.hasTable) c.pieces.push(piece);
    }
  };
  const endRow = (): void => {
    if (row) page.rows.push(row);
    row = null;
    cell = null;
  };

  const parser = new HistoryParser(
    {
      onopentag(name, attribs) {
        flushText();
        switch (name) {
          case 'script':
          case 'style':
            hidden++;
            break;
          case 'title':
            inTitle = true;
            break;
          case 'table':
            for (const c of openCenters) c.hasTable = true;
            tables.push({ rows: 0, isEntries: false });
            break;
          case 'tr': {
            const table = tables.at(-1);
            if (!table) break;
            table.rows++;
            if (table.isEntries) {
              endRow();
              row = [];
            }
            break;
          }
          case 'td':
          case 'th': {
            const table = tables.at(-1);
            if (!table) break;
            if (table.isEntries && row) {
              cell = { text: '', links: [] };
              row.push(cell);
            } else if (name === 'th' && table.rows === 1 && !page.foundEntriesTable) {
              headingCell = { text: '' };
            }
            break;
          }
          case 'a':
            if (page.court === null) page.court = courtOfLink(attribs);
            if (cell && row && row[0] === cell) cell.links.push(attribs);
            break;
          case 'center': {
            const center = { pieces: [], hasTable: false, tablesAtOpen: tables.length };
            centers.push(center);
            openCenters.push(center);
            break;
          }
          case 'font': {
            const center = openCenters.at(-1);
            const big =
              attribs.size === '+1' && center !== undefined && tables.length === center.tablesAtOpen;
            fonts.push(big ? { text: '' } : null);
            break;
          }
        }
      },
      ontext(data) {
        pending += data;
      },
      onclosetag(name) {
        flushText();
        switch (name) {
          case 'script':
          case 'style':
            hidden = Math.max(0, hidden - 1);
            break;
          case 'title':
            inTitle = false;
            break;
          case 'table': {
            const table = tables.pop();
            if (table?.isEntries) endRow();
            break;
          }
          case 'tr':
            if (entriesOnTop()) endRow();
            break;
          case 'td':
          case 'th':
            if (entriesOnTop()) cell = null;
            else if (name === 'th' && headingCell) {
              const table = tables.at(-1);
              if (table && /Description/.test(headingCell.text)) {
                table.isEntries = true;
                page.foundEntriesTable = true;
              }
              headingCell = null;
            }
            break;
          case 'center':
            openCenters.pop();
            break;
          case 'font': {
            const font = fonts.pop();
            if (font) page.titleFonts.push(font.text);
            break;
          }
        }
      },
    },
    { Tokenizer: FastTokenizer, decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(text);
  flushText();
  endRow();
  for (const font of fonts) if (font) page.titleFonts.push(font.text);
  for (const center of centers) if (!center.hasTable) page.header.push(...center.pieces);
  return page;
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
