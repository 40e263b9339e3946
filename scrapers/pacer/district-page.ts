/**
 * One streaming pass over a CM/ECF district docket report (htmlparser2's `Parser` events through
 * `PageParser`, no tree): it collects what `district.ts` reads from the page, as plain records.
 *
 * - header lines: the page's text as lines (block elements and `<br>` end a line; scripts, styles,
 *   `<head>` and `<title>` are not text) up to the line that heads the entries ("Date Filed", "Docket
 *   Text");
 * - party rows: for every row of every table, what its first cell says (the party-type mark: a
 *   `<u>` inside `<b>`, or a `<b>` inside `<i>`; the first other `<b>`, the name) and the attorneys
 *   of its last cell; a table is a party table when a mark is inside it;
 * - entries: every row whose direct cells say "Docket Text" is an entries header; the rows after it
 *   under the same parent are its rows, kept with the text, links and inputs of their cells;
 * - the court's own case id, from the page's document links.
 *
 * Element nesting is tracked the way the tree would hold it (the parser reports every implied
 * close), so "the text of this cell" or "the first table in this row" mean what they would mean on
 * the tree. Text is handed to the collectors a whole text node at a time, as the tree holds it.
 */
import type { Attorney } from '../../src/model/docket.ts';
import { cleanText } from './common.ts';
import { LINE_BREAKING } from './html.ts';
import { PageParser } from './parser.ts';

/** A `/doc1/…` link inside an entry row's cell. */
export interface DocLink {
  href: string;
  onclick: string | null;
  /** The text node right before the link (its previous sibling), or `''`. */
  before: string;
  /** The text node right after the link (its next sibling), or `''`. */
  after: string;
  text: string;
}

/** A direct `td`/`th` child of a row. */
export interface Cell {
  colspan: string | null;
  /** The cell's text as far as its first 40-odd characters (whole text nodes). */
  short: string;
  /** The cell's whole text; only for rows under an entries header. */
  text: string;
  /** The `/doc1/` links inside the cell, in document order; only for rows under an entries header. */
  links: DocLink[];
}

/** A row of the first table inside an entry row (the attachment list some courts print). */
export interface AttachmentRow {
  /** The texts of the row's direct `td` cells. */
  cells: string[];
  /** The `value` of the first `input` in the row (`''` without one), or `null` when there is none. */
  input: string | null;
}

export interface Row {
  cells: Cell[];
  /** The `value` of the first `arr_de_seq_nums` checkbox in the row, when there is one. */
  seqBox: string | null;
  /** The rows of the first table inside this row, or `null` when it holds none. */
  table: AttachmentRow[] | null;
}

export interface EntriesHeader {
  row: Row;
  /** The rows after the header under the same parent element, in order. */
  rows: Row[];
  /** Document order of the header row. */
  order: number;
}

export interface PartyRow {
  cellCount: number;
  /** The text of the first party-type mark in the first cell; `undefined` when there is none. */
  mark: string | undefined;
  /** The text of the first plain `<b>` in the first cell (`''` when empty), or `null` when there is none. */
  name: string | null;
  /** The attorneys read from the row's last cell (only when the row has a name). */
  attorneys: Attorney[];
}

export interface DistrictPage {
  headerLines: string[];
  /** The rows of the tables that hold party-type marks, table by table in the order of their first mark. */
  partyTables: PartyRow[][];
  /** Entries headers in document order. */
  entriesHeaders: EntriesHeader[];
  /** The case id the page's document links name most often (`goDLS('/doc1/…','321020',…)`), else `caseid=`. */
  pacerCaseId: string | null;
}

const HEADER_END = /^(Date Filed|Filing Date|Date Entered)$/i;
const ENTRIES_LABEL = /^\s*Docket Text\s*$/i;
const DOC1_LINK = /\/doc1\/\d/;
const GODLS_CASE = /goDLS\(\s*'[^']*'\s*,\s*'(\d+)'/;
const CASEID_PARAM = /[?&;]caseid=(\d+)/i;
/** `textOf(cell, 40)` of the tree walkers: the header test looks at short labels only. */
const SHORT = 40;

// ---------------------------------------------------------------------------------------------
// Collector records (module-level classes: no closures are created per element)

class CellState implements Cell {
  colspan: string | null;
  short = '';
  text = '';
  links: DocLink[] = [];
  shortDone = false;
  /** Hidden-element depth when the cell opened: text counts only at that depth. */
  base: number;
  full: boolean;
  constructor(colspan: string | null, base: number, full: boolean) {
    this.colspan = colspan;
    this.base = base;
    this.full = full;
  }
}

class LinkState implements DocLink {
  href: string;
  onclick: string | null;
  before: string;
  after = '';
  text = '';
  base: number;
  constructor(href: string, onclick: string | null, before: string, base: number) {
    this.href = href;
    this.onclick = onclick;
    this.before = before;
    this.base = base;
  }
}

class TextState {
  text = '';
  base: number;
  constructor(base: number) {
    this.base = base;
  }
}

class RowState implements Row {
  cells: CellState[] = [];
  seqBox: string | null = null;
  seqBoxFound = false;
  table: AttachmentRow[] | null = null;
  /** Whether this row is under an entries header (then its cells keep their whole text). */
  entry: boolean;
  order: number;
  /** The headers this row belongs to. */
  headers: EntriesHeader[] | null;
  constructor(entry: boolean, order: number, headers: EntriesHeader[] | null) {
    this.entry = entry;
    this.order = order;
    this.headers = headers;
  }
}

class AttachmentRowState implements AttachmentRow {
  cells: string[] = [];
  input: string | null = null;
}

/** The first cell of a party row: its first mark and its `<b>` elements. */
class FirstCell {
  row: PartyRowState;
  mark: TextState | null = null;
  markDone = false;
  /** The `<b>` elements open inside the cell. */
  bolds: BoldState[] = [];
  /** The first (in document order) `<b>` that qualifies as the name. */
  name: BoldState | null = null;
  constructor(row: PartyRowState) {
    this.row = row;
  }
}

class BoldState extends TextState {
  order: number;
  /** A mark itself, or holding one: not a name. */
  excluded: boolean;
  constructor(base: number, order: number, excluded: boolean) {
    super(base);
    this.order = order;
    this.excluded = excluded;
  }
}

class PartyRowState implements PartyRow {
  cellCount = 0;
  mark: string | undefined = undefined;
  name: string | null = null;
  attorneys: Attorney[] = [];
}

const CHILD_NONE = 0;
const CHILD_NAME = 1;
const CHILD_ROLE = 2;
const CHILD_OTHER = 3;

/**
 * The attorneys of a cell, from its direct children: a `<b>` starts an attorney (its name), `<i>`
 * is a role, `<br>` ends a contact line, text and other elements add to the line.
 */
class AttorneyReader {
  /** Stack depth of the cell's frame: its direct children are one deeper. */
  depth: number;
  row: PartyRowState;
  out: Attorney[] = [];
  current: Attorney | null = null;
  contact: string[] = [];
  line = '';
  child = CHILD_NONE;
  childBase = 0;
  childText = '';
  constructor(depth: number, row: PartyRowState) {
    this.depth = depth;
    this.row = row;
  }
  endLine(): void {
    const t = cleanText(this.line);
    if (t) this.contact.push(t);
    this.line = '';
  }
  finish(): void {
    this.endLine();
    if (this.current) {
      this.current.contact = this.contact.length > 0 ? `${this.contact.join('\n')}\n` : null;
      this.out.push(this.current);
    }
    this.contact = [];
  }
  openChild(name: string, base: number): void {
    this.childBase = base;
    this.childText = '';
    if (name === 'b') {
      this.finish();
      this.current = { name: '', contact: null, roles: [] };
      this.child = CHILD_NAME;
    } else if (name === 'i') {
      this.endLine();
      this.child = CHILD_ROLE;
    } else if (name === 'br') {
      this.endLine();
      this.child = CHILD_NONE;
    } else this.child = CHILD_OTHER;
  }
  closeChild(): void {
    if (this.child === CHILD_NAME && this.current) this.current.name = cleanText(this.childText);
    else if (this.child === CHILD_ROLE) {
      const role = cleanText(this.childText);
      if (this.current && role && !/^(bar status|designation)/i.test(role)) this.current.roles.push(role);
    }
    this.child = CHILD_NONE;
  }
  text(data: string, direct: boolean, hidden: number): void {
    if (direct) this.line += data;
    else if (this.child !== CHILD_NONE && hidden === this.childBase) {
      if (this.child === CHILD_OTHER) this.line += data;
      else this.childText += data;
    }
  }
  end(): Attorney[] {
    this.finish();
    return this.out.filter((a) => a.name !== '');
  }
}

/** The attributes read, as bits (only the first of a name counts). */
const ATTRIBUTE_BITS = new Map([
  ['href', 1],
  ['onclick', 2],
  ['colspan', 4],
  ['name', 8],
  ['value', 16],
]);

const NEAREST_NONE = 0;
const NEAREST_TABLE = 1;
const NEAREST_TR = 2;

/** One open element, reused by depth. What it opened is undone when it closes. */
class Frame {
  name = '';
  /** The innermost open table's party rows (every table keeps them until it is known to be one). */
  table: PartyRowState[] | null = null;
  /** Which of `table`/`tr` is the nearest open ancestor (a `tr` is a table's row when it is `table`). */
  nearest = NEAREST_NONE;
  /** The party row whose cells open here (inside a row, outside its cells). */
  partyRow: PartyRowState | null = null;
  /** Set when this element is a row of a table (not a row nested in a row). */
  ownPartyRow: PartyRowState | null = null;
  /** The entries headers among this element's child rows. */
  headers: EntriesHeader[] | null = null;
  /** Set when this element is a row. */
  row: RowState | null = null;
  /** Set when this element is a direct cell of a row. */
  cell: CellState | null = null;
  link: LinkState | null = null;
  hidden = false;
  block = false;
  firstCell: FirstCell | null = null;
  bold: BoldState | null = null;
  marks: TextState[] | null = null;
  attorneys: AttorneyReader | null = null;
  /** Attorney readers for which this element is a direct child of their cell. */
  attorneyChildOf: AttorneyReader[] | null = null;
  attachmentTables: AttachmentRow[][] | null = null;
  attachmentRow: AttachmentRowState | null = null;
  attachmentCell: TextState | null = null;
  attachmentCellAt = 0;
  reset(name: string): void {
    this.name = name;
    this.headers = null;
    this.row = null;
    this.cell = null;
    this.link = null;
    this.hidden = false;
    this.block = false;
    this.firstCell = null;
    this.bold = null;
    this.ownPartyRow = null;
    this.marks = null;
    this.attorneys = null;
    this.attorneyChildOf = null;
    this.attachmentTables = null;
    this.attachmentRow = null;
    this.attachmentCell = null;
  }
}

/** `list` with `item` added; a new list when there was none. */
function appended<T>(list: T[] | null, item: T): T[] {
  if (list === null) return [item];
  list.push(item);
  return list;
}

function removeLast<T>(list: T[], item: T): void {
  if (list[list.length - 1] === item) {
    list.pop();
    return;
  }
  const at = list.lastIndexOf(item);
  if (at >= 0) list.splice(at, 1);
}

class DistrictPageReader {
  readonly frames: Frame[] = [new Frame()];
  depth = 0;
  pending = '';
  hidden = 0;
  order = 0;

  headerLines: string[] = [];
  headerDone = false;
  line = '';

  partyTables: PartyRowState[][] = [];
  markedTables = new Set<PartyRowState[]>();
  entriesHeaders: EntriesHeader[] = [];
  caseIds = new Map<string, number>();
  caseIdParam: string | null = null;

  /** The element whose attributes are arriving, which of them came already, and an input's. */
  attributesOf: Frame | null = null;
  seenAttributes = 0;
  inputName: string | null = null;
  inputValue: string | null = null;

  openCells: CellState[] = [];
  /** Open cells of entry rows (they collect whole text and links). */
  openEntryCells: CellState[] = [];
  openLinks: LinkState[] = [];
  /** The link that just closed: the next text node, if it follows at once, is its `after`. */
  closedLink: LinkState | null = null;
  openEntryRows: RowState[] = [];
  openAttachmentTables: AttachmentRow[][] = [];
  openAttachmentRows: AttachmentRowState[] = [];
  openAttachmentCells: TextState[] = [];
  openFirstCells: FirstCell[] = [];
  openMarks: TextState[] = [];
  openBolds: BoldState[] = [];
  attorneyReaders: AttorneyReader[] = [];

  constructor() {
    const root = this.frames[0]!;
    root.reset('#root');
    root.table = null;
    root.nearest = NEAREST_NONE;
    root.partyRow = null;
  }

  /** Hand the text node collected since the last tag, comment or declaration to the collectors. */
  flush(): string {
    const data = this.pending;
    const closed = this.closedLink;
    this.closedLink = null;
    if (data === '') return '';
    this.pending = '';
    if (closed) closed.after = data;
    const hidden = this.hidden;
    if (!this.headerDone && hidden === 0) this.line += data;
    for (const c of this.openCells) {
      if (hidden !== c.base) continue;
      if (!c.shortDone) {
        c.short += data;
        if (c.short.length > SHORT) c.shortDone = true;
      }
      if (c.full) c.text += data;
    }
    for (const l of this.openLinks) if (hidden === l.base) l.text += data;
    for (const c of this.openAttachmentCells) if (hidden === c.base) c.text += data;
    for (const m of this.openMarks) if (hidden === m.base) m.text += data;
    for (const b of this.openBolds) if (hidden === b.base) b.text += data;
    for (const r of this.attorneyReaders) r.text(data, r.depth === this.depth, hidden);
    return data;
  }

  endLine(): void {
    if (this.headerDone || this.line === '') return;
    const t = cleanText(this.line);
    this.line = '';
    if (!t) return;
    if (HEADER_END.test(t) || t === 'Docket Text') this.headerDone = true;
    else this.headerLines.push(t);
  }

  /**
   * An element opens; its attributes follow (`onattribute`). Not using the parser's `onopentag`
   * spares it building an attributes object for every element: few of them matter here.
   */
  onopentagname(name: string): void {
    const before = this.flush();
    const parent = this.frames[this.depth]!;
    const depth = ++this.depth;
    let frame = this.frames[depth];
    if (!frame) {
      frame = new Frame();
      this.frames.push(frame);
    }
    frame.reset(name);
    this.attributesOf = frame;
    this.seenAttributes = 0;
    this.inputName = null;
    this.inputValue = null;
    const order = ++this.order;
    const base = this.hidden;

    // Party context: tables, their rows, the rows' cells.
    frame.table = parent.table;
    frame.nearest = parent.nearest;
    frame.partyRow = parent.partyRow;

    for (const r of this.attorneyReaders) {
      if (r.depth === depth - 1) {
        r.openChild(name, base);
        frame.attorneyChildOf = appended(frame.attorneyChildOf, r);
      }
    }

    switch (name) {
      case 'script':
      case 'style':
      case 'head':
      case 'title':
        frame.hidden = true;
        this.hidden++;
        break;
      case 'table':
        frame.table = [];
        frame.nearest = NEAREST_TABLE;
        frame.partyRow = null;
        for (const row of this.openEntryRows) {
          if (row.table !== null) continue;
          row.table = [];
          this.openAttachmentTables.push(row.table);
          frame.attachmentTables = appended(frame.attachmentTables, row.table);
        }
        break;
      case 'tr':
        this.openRow(parent, frame, order);
        break;
      case 'td':
      case 'th':
        this.openCell(parent, frame, name, depth, base);
        break;
      case 'a':
        this.openLink(frame, before, base);
        break;
      case 'b':
      case 'u':
        this.openBoldOrMark(parent, frame, name, order, base);
        break;
    }

    if (!this.headerDone && base === 0 && LINE_BREAKING.has(name)) {
      frame.block = true;
      this.endLine();
    }
  }

  openRow(parent: Frame, frame: Frame, order: number): void {
    if (parent.nearest === NEAREST_TABLE) {
      frame.partyRow = new PartyRowState();
      frame.ownPartyRow = frame.partyRow;
    }
    frame.nearest = NEAREST_TR;
    const headers = parent.headers;
    const entry = headers !== null && headers.length > 0;
    const row = new RowState(entry, order, entry ? headers : null);
    frame.row = row;
    if (entry) this.openEntryRows.push(row);
    if (this.openAttachmentTables.length > 0) {
      const att = new AttachmentRowState();
      for (const t of this.openAttachmentTables) t.push(att);
      frame.attachmentRow = att;
      this.openAttachmentRows.push(att);
    }
  }

  openCell(parent: Frame, frame: Frame, name: string, depth: number, base: number): void {
    const row = parent.row;
    if (row) {
      const cell = new CellState(null, base, row.entry);
      row.cells.push(cell);
      frame.cell = cell;
      this.openCells.push(cell);
      if (row.entry) this.openEntryCells.push(cell);
    }
    if (name === 'td' && parent.attachmentRow) {
      const text = new TextState(base);
      frame.attachmentCellAt = parent.attachmentRow.cells.push('') - 1;
      frame.attachmentCell = text;
      this.openAttachmentCells.push(text);
    }
    const partyRow = parent.partyRow;
    if (partyRow) {
      partyRow.cellCount++;
      if (partyRow.cellCount === 1) {
        const first = new FirstCell(partyRow);
        frame.firstCell = first;
        this.openFirstCells.push(first);
      } else if (partyRow.name) {
        const reader = new AttorneyReader(depth, partyRow);
        frame.attorneys = reader;
        this.attorneyReaders.push(reader);
      }
    }
    frame.partyRow = null;
  }

  /** A link inside an entry row's cell; its `href` arrives next, and only `/doc1/` links are kept. */
  openLink(frame: Frame, before: string, base: number): void {
    if (this.openEntryCells.length === 0) return;
    const link = new LinkState('', null, before, base);
    for (const c of this.openEntryCells) c.links.push(link);
    frame.link = link;
    this.openLinks.push(link);
  }

  openBoldOrMark(parent: Frame, frame: Frame, name: string, order: number, base: number): void {
    const isMark = (name === 'u' && parent.name === 'b') || (name === 'b' && parent.name === 'i');
    if (isMark) {
      const table = frame.table;
      if (table && !this.markedTables.has(table)) {
        this.markedTables.add(table);
        this.partyTables.push(table);
      }
      for (const b of this.openBolds) b.excluded = true;
      for (const first of this.openFirstCells) {
        if (first.markDone) continue;
        first.markDone = true;
        first.mark = new TextState(base);
        this.openMarks.push(first.mark);
        frame.marks = appended(frame.marks, first.mark);
      }
    }
    if (name === 'b' && this.openFirstCells.length > 0) {
      const bold = new BoldState(base, order, isMark);
      frame.bold = bold;
      this.openBolds.push(bold);
    }
  }

  /** An attribute of the element just opened; as in the parser's attribute objects, the first of a name counts. */
  onattribute(name: string, value: string): void {
    const frame = this.attributesOf;
    if (!frame) return;
    const bit = ATTRIBUTE_BITS.get(name);
    if (bit === undefined || (this.seenAttributes & bit) !== 0) return;
    this.seenAttributes |= bit;
    switch (name) {
      case 'href':
        if (frame.name !== 'a') return;
        if (frame.link) frame.link.href = value;
        if (this.caseIdParam === null && value.includes('aseid=')) {
          this.caseIdParam = CASEID_PARAM.exec(value)?.[1] ?? null;
        }
        return;
      case 'onclick':
        if (frame.name !== 'a') return;
        if (frame.link) frame.link.onclick = value;
        if (value.includes('goDLS')) {
          const id = GODLS_CASE.exec(value)?.[1];
          if (id) this.caseIds.set(id, (this.caseIds.get(id) ?? 0) + 1);
        }
        return;
      case 'colspan':
        if (frame.cell) frame.cell.colspan = value;
        return;
      case 'name':
        this.inputName = value;
        return;
      case 'value':
        this.inputValue = value;
        return;
    }
  }

  /** An `input` (a void element: it closes right after its attributes). */
  closeInput(): void {
    for (const row of this.openEntryRows) {
      if (row.seqBoxFound || this.inputName !== 'arr_de_seq_nums') continue;
      row.seqBoxFound = true;
      row.seqBox = this.inputValue;
    }
    for (const row of this.openAttachmentRows) if (row.input === null) row.input = this.inputValue ?? '';
  }

  ontext(data: string): void {
    this.pending += data;
  }

  oncomment(): void {
    this.flush();
  }

  onprocessinginstruction(): void {
    this.flush();
  }

  onclosetag(): void {
    this.flush();
    const frame = this.frames[this.depth]!;
    this.depth--;
    if (frame.block) this.endLine();
    if (frame.hidden) this.hidden--;
    if (frame.name === 'input') this.closeInput();
    if (frame.link) {
      const link = frame.link;
      removeLast(this.openLinks, link);
      this.closedLink = link;
      if (!DOC1_LINK.test(link.href)) for (const c of this.openEntryCells) removeLast(c.links, link);
    }
    if (frame.bold) {
      const bold = frame.bold;
      removeLast(this.openBolds, bold);
      if (!bold.excluded) {
        for (const first of this.openFirstCells) {
          if (first.name === null || bold.order < first.name.order) first.name = bold;
        }
      }
    }
    if (frame.marks) for (const mark of frame.marks) removeLast(this.openMarks, mark);
    if (frame.attorneyChildOf) for (const r of frame.attorneyChildOf) r.closeChild();
    if (frame.attorneys) {
      const reader = frame.attorneys;
      removeLast(this.attorneyReaders, reader);
      reader.row.attorneys = reader.end();
    }
    if (frame.firstCell) {
      const first = frame.firstCell;
      removeLast(this.openFirstCells, first);
      if (first.mark) first.row.mark = first.mark.text;
      if (first.name) first.row.name = cleanText(first.name.text);
    }
    if (frame.attachmentCell) {
      removeLast(this.openAttachmentCells, frame.attachmentCell);
      const cells = this.frames[this.depth]!.attachmentRow?.cells;
      if (cells) cells[frame.attachmentCellAt] = cleanText(frame.attachmentCell.text);
    }
    if (frame.cell) {
      removeLast(this.openCells, frame.cell);
      if (frame.cell.full) removeLast(this.openEntryCells, frame.cell);
    }
    if (frame.attachmentRow) removeLast(this.openAttachmentRows, frame.attachmentRow);
    if (frame.attachmentTables) {
      for (const table of frame.attachmentTables) removeLast(this.openAttachmentTables, table);
    }
    if (frame.row) this.closeRow(frame);
  }

  closeRow(frame: Frame): void {
    const row = frame.row!;
    const parent = this.frames[this.depth]!;
    if (row.entry) {
      removeLast(this.openEntryRows, row);
      for (const h of row.headers!) h.rows.push(row);
    }
    if (isEntriesHeader(row)) {
      const header: EntriesHeader = { row, rows: [], order: row.order };
      parent.headers = appended(parent.headers, header);
      this.entriesHeaders.push(header);
    }
    const party = frame.ownPartyRow;
    if (party && party.cellCount > 0 && (party.mark !== undefined || party.name !== null)) {
      frame.table?.push(party);
    }
  }

  page(): DistrictPage {
    this.flush();
    this.endLine();
    let pacerCaseId: string | null = null;
    let most = 0;
    for (const [id, n] of this.caseIds) {
      if (n > most) {
        most = n;
        pacerCaseId = id;
      }
    }
    return {
      headerLines: this.headerLines,
      partyTables: this.partyTables,
      entriesHeaders: this.entriesHeaders.sort((a, b) => a.order - b.order),
      pacerCaseId: pacerCaseId ?? this.caseIdParam,
    };
  }
}

/** A row with 3 to 8 direct cells, one of which says "Docket Text". */
function isEntriesHeader(row: Row): boolean {
  const n = row.cells.length;
  if (n < 3 || n > 8) return false;
  for (const c of row.cells) if (ENTRIES_LABEL.test(c.short)) return true;
  return false;
}

/** Read a district docket report in one pass. The caller has refused deeply nested markup. */
export function readDistrictPage(html: string): DistrictPage {
  const reader = new DistrictPageReader();
  new PageParser(reader).end(html);
  return reader.page();
}
