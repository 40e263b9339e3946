/**
 * CM/ECF district (and bankruptcy) docket report, `DktRpt.pl`, HTML → the docket model.
 *
 * The page has three parts, each found by what it says rather than by position:
 * - the header block (court, "CIVIL DOCKET FOR CASE #: …", case title, "Assigned to:", "Date Filed:",
 *   …), read as lines of text with `Label: value` rules;
 * - the parties table: a party-type row (`<b><u>Plaintiff</u></b>`), then rows of
 *   name | "represented by" | attorneys (each attorney a `<b>` name, contact lines, `<i>` roles);
 * - the entries table(s): the row whose text says "Docket Text" is the header; the columns are found
 *   from it (date, "#", docket text; extra checkbox or page-count columns are skipped). A row that
 *   does not fit the header (the attachment list some courts print under an entry) belongs to the
 *   entry above it.
 * Entries keep the page's order (ascending or descending), as juriscraper does.
 */
import {
  type Attachment,
  type DocketCase,
  type DocketEntry,
  emptyCase,
  emptyEntry,
  type ParseResult,
  type Party,
} from '../../src/model/docket.ts';
import { cleanOrNull, cleanText, courtFromUrl, docIdFromUrl, normalizeDocId, usDate } from './common.ts';
import { courtFromName } from './detect.ts';
import {
  type Cell,
  type DocLink,
  type EntriesHeader,
  type PartyRow,
  type Row,
  readDistrictPage,
} from './district-page.ts';
import { assertShallow } from './html.ts';
import { normalizeJudgeName } from './judge.ts';

export function parseDistrictDocket(text: string, court: string | null): ParseResult {
  assertShallow(text);
  const page = readDistrictPage(text);
  const header = page.headerLines;
  const pageCourt = courtOf(text) ?? courtFromName(header.slice(0, 40).join('\n')) ?? court;
  const c = emptyCase();
  readHeader(header, c);
  c.pacerCaseId = page.pacerCaseId;
  c.parties = readParties(page.partyTables);
  c.entries = readEntries(page.entriesHeaders);
  if (c.caseName === null && c.parties[0]) c.caseName = c.parties[0].name;
  return { kind: 'pacer-docket', court: pageCourt, isDocket: true, reason: null, cases: [c] };
}

/** The court named in the page's own links (`https://ecf.mied.uscourts.gov/…`). */
export function courtOf(text: string): string | null {
  const m = /\b(?:ecf|pacer)\.([a-z0-9]+)\.uscourts\.gov/i.exec(text);
  return m ? courtFromUrl(m[0]) : null;
}

// ---------------------------------------------------------------------------------------------
// Header

const DOCKET_LINE =
  /(?:DOCKET FOR CASE\s*#|Bankruptcy Petition\s*#|Adversary Proceeding\s*#|Case\s*#)\s*:?\s*(.+)$/i;
const DISTRICT_NUMBER = /(?:\d{1,2}:)?\d\d-[a-zA-Z]{1,4}-\d{1,10}/;
const BANKRUPTCY_NUMBER = /^(?:\d-)?\d\d-\d+/;

/** `Label: value` fields of the header; the value may be on the next line (bankruptcy layout). */
const LABELS: [RegExp, keyof DocketCase][] = [
  [/^Assigned to:\s*(.*)$/i, 'assignedTo'],
  [/^Referred to:\s*(.*)$/i, 'referredTo'],
  [/^Date Filed:\s*(.*)$/i, 'dateFiled'],
  [/^Date Terminated:\s*(.*)$/i, 'dateTerminated'],
  [/^Cause:\s*(.*)$/i, 'cause'],
  [/^Nature of Suit:\s*(.*)$/i, 'natureOfSuit'],
  [/^Jury Demand:\s*(.*)$/i, 'juryDemand'],
  [/^Jurisdiction:\s*(.*)$/i, 'jurisdiction'],
  [/^Demand:\s*(.*)$/i, 'demand'],
];

function readHeader(lines: string[], c: DocketCase): void {
  let docketAt = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (docketAt < 0) {
      const m = DOCKET_LINE.exec(line);
      if (m) {
        docketAt = i;
        c.docketNumber = docketNumber(m[1]!);
        continue;
      }
    }
    // Every label below ends with a colon: most lines (party names, addresses) have none.
    if (!line.includes(':')) continue;
    const title = /^Case title:\s*(.+)$/i.exec(line);
    if (title && c.caseName === null) {
      c.caseName = caseName(title[1]!);
      continue;
    }
    for (const [re, field] of LABELS) {
      const m = re.exec(line);
      if (!m) continue;
      let value = m[1]!.trim();
      if (value === '' && i + 1 < lines.length && !/:\s*/.test(lines[i + 1]!.slice(0, 40))) {
        value = lines[i + 1]!;
      }
      if ((c[field] as string | null) === null) setField(c, field, value);
      break;
    }
  }
  if (c.caseName === null && docketAt >= 0) {
    const next = lines[docketAt + 1];
    if (
      next &&
      !/^(Assigned to|Referred to|Date \w+|Cause|Chapter|Case title|Magistrate judge case number)\b/i.test(
        next,
      )
    ) {
      c.caseName = caseName(next);
    }
  }
}

function setField(c: DocketCase, field: keyof DocketCase, value: string): void {
  switch (field) {
    case 'dateFiled':
    case 'dateTerminated':
      c[field] = usDate(value);
      return;
    case 'assignedTo':
    case 'referredTo':
      c[field] = normalizeJudgeName(value);
      return;
    case 'cause':
    case 'natureOfSuit':
    case 'juryDemand':
    case 'jurisdiction':
    case 'demand':
      c[field] = cleanOrNull(value);
      return;
    default:
      return;
  }
}

function docketNumber(s: string): string | null {
  const t = cleanText(s);
  const d = DISTRICT_NUMBER.exec(t);
  if (d) return d[0];
  const b = BANKRUPTCY_NUMBER.exec(t);
  if (b) return b[0];
  return cleanOrNull(t);
}

/** "USA v. Smith et al" → "United States v. Smith": the forms juriscraper and CourtListener use. */
export function caseName(s: string): string | null {
  let t = cleanText(s);
  t = t.replace(/,?\s+et\.?\s+al\.?(?=\s+vs?\.?\s|$)/gi, '');
  t = t.replace(/\s+(?:vs\.?|v)\s+/, ' v. ');
  t = t.replace(/^(?:USA|U\.S\.A\.)(?=\s+v\.?\s)/, 'United States');
  t = t.replace(/(\sv\.?\s+)(?:USA|U\.S\.A\.)$/, '$1United States');
  return t === '' ? null : t;
}

// ---------------------------------------------------------------------------------------------
// Parties

/**
 * Parties from the tables that hold party-type marks (bold+underlined in district pages,
 * italic+bold in bankruptcy ones): a row with a mark in its first cell sets the type for the rows
 * after it; a row whose first cell has a bold name is a party, with the attorneys of its last cell.
 */
function readParties(tables: PartyRow[][]): Party[] {
  const parties: Party[] = [];
  let type: string | null = null;
  for (const rows of tables) {
    for (const row of rows) {
      if (row.mark !== undefined) type = cleanOrNull(row.mark.replace(/-{3,}/g, ''));
      if (!row.name) continue;
      const party: Party = { name: row.name, type, attorneys: row.cellCount >= 3 ? row.attorneys : [] };
      if (!parties.some((p) => p.name === party.name && p.type === party.type)) parties.push(party);
    }
  }
  return parties;
}

// ---------------------------------------------------------------------------------------------
// Entries

interface Columns {
  date: number;
  /** Slots of the "#" column (it spans two cells on some courts' pages). */
  number: [number, number] | null;
  text: number;
  width: number;
}

/** Cells of a row by column slot: a cell with `colspan=n` fills n slots. */
function slots(row: Row): Cell[] {
  const out: Cell[] = [];
  for (const c of row.cells) {
    const span = Math.min(Math.max(Number.parseInt(c.colspan ?? '1', 10) || 1, 1), 20);
    for (let i = 0; i < span; i++) out.push(c);
  }
  return out;
}

function readEntries(headers: EntriesHeader[]): DocketEntry[] {
  const entries: DocketEntry[] = [];
  for (const header of headers) {
    const cols = columnsOf(header.row);
    if (!cols) continue;
    for (const row of header.rows) {
      const cells = slots(row);
      if (cells.length === 0) continue;
      const entry = cells.length >= cols.width ? readEntry(row, cells, cols) : null;
      if (entry) entries.push(entry);
      else {
        const prev = entries[entries.length - 1];
        if (prev) readAttachmentTable(row, prev);
      }
    }
  }
  return entries;
}

function columnsOf(header: Row): Columns | null {
  const cells = slots(header);
  const labels = cells.map((c) => cleanText(c.short).toLowerCase());
  const text = labels.indexOf('docket text');
  const numStart = labels.findIndex((l) => l === '#' || l === 'no.' || l === 'doc. no.');
  const date = labels.findIndex((l) => l.includes('date') || l.includes('filed'));
  if (text < 0 || date < 0) return null;
  let numEnd = numStart;
  while (numStart >= 0 && numEnd + 1 < cells.length && cells[numEnd + 1] === cells[numStart]) numEnd++;
  return { date, number: numStart >= 0 ? [numStart, numEnd] : null, text, width: cells.length };
}

/** Whitespace collapsed, and no space before a comma (markup line breaks put one there). */
export function docketText(s: string): string {
  const text = cleanText(s);
  // Collapsed text has single spaces, so a space before a comma is always ' ,' (most texts have none).
  return text.includes(' ,') ? text.replace(/ +,/g, ',') : text;
}

const ENTERED = /\(Entered:\s*(\d{1,2}\/\d{1,2}\/\d{2,4})/i;

function readEntry(row: Row, cells: Cell[], cols: Columns): DocketEntry | null {
  const dateFiled = usDate(cleanText(cells[cols.date]!.text));
  const textCell = cells[cols.text]!;
  // A row without a filing date is not an entry: an attachment list, or a legacy placeholder row.
  if (dateFiled === null) return null;
  const description = docketText(textCell.text);
  const entry = emptyEntry(description);
  entry.dateFiled = dateFiled;
  const entered = ENTERED.exec(description);
  entry.dateEntered = entered ? usDate(entered[1]) : null;
  if (cols.number) {
    const numCells = [...new Set(cells.slice(cols.number[0], cols.number[1] + 1))];
    const numText = cleanText(numCells.map((c) => c.text).join(' '));
    const n = /^\d+/.exec(numText);
    entry.number = n ? n[0] : null;
    const pages = /\((\d+)\s*pgs?\)/i.exec(numText);
    if (pages) entry.pageCount = Number(pages[1]);
    const link = numCells.find((c) => c.links.length > 0)?.links[0];
    if (link) entry.pacerDocId = docIdFromUrl(link.href);
    entry.pacerSeqNo = (link ? seqNoOf(link) : null) ?? seqNoOfRow(row);
  }
  entry.attachments = attachmentsInText(textCell);
  const linked = entriesLinked(textCell);
  if (linked.length > 0) entry.linkedEntries = linked;
  return entry;
}

/**
 * The entries the docket text links to: a link whose text is an entry number ("re <a>8</a> MOTION",
 * "with <a>8</a> temporary restraining order"; "13-1", an attachment of entry 13, names entry 13),
 * not an attachment's own number ("# <a>1</a> Exhibit A"). Each once, in the order first linked.
 */
function entriesLinked(cell: Cell): number[] {
  const out: number[] = [];
  for (const a of cell.links) {
    if (/#\s*$/.test(a.before)) continue;
    const m = /^(\d{1,5})(?:-\d{1,3})?$/.exec(cleanText(a.text));
    const n = m ? Number(m[1]) : 0;
    if (n > 0 && !out.includes(n)) out.push(n);
  }
  return out;
}

/** Bankruptcy courts put the sequence number in the row's multi-document checkbox. */
function seqNoOfRow(row: Row): string | null {
  const v = row.seqBox;
  return v && /^\d+$/.test(v) ? v : null;
}

/** `goDLS('/doc1/…','caseid','seqno',…)`: the third argument is the entry's sequence number. */
function seqNoOf(link: DocLink): string | null {
  if (!link.onclick) return null;
  const m = /goDLS\(\s*'[^']*'\s*,\s*'[^']*'\s*,\s*'(\d*)'/.exec(link.onclick);
  return m?.[1] ? m[1] : null;
}

/** "(Attachments: # 1 Exhibit A, # 2 Exhibit B)" in the docket text, with the links when there are. */
function attachmentsInText(cell: Cell): Attachment[] {
  const out: Attachment[] = [];
  for (const a of cell.links) {
    if (!/#\s*$/.test(a.before)) continue;
    const number = cleanText(a.text);
    if (!/^\d+$/.test(number)) continue;
    out.push({
      number,
      description: attachmentDescription(a.after),
      pacerDocId: docIdFromUrl(a.href),
      pageCount: null,
    });
  }
  return out;
}

/**
 * The description after an attachment's number link: up to the next ", #" (the next attachment) or
 * to the `)` that closes the list — the first one not opened inside the description itself
 * ("# 2 Exhibit B (Declaration), # 3 …", "# 3 Exhibit C) (Aukerman, Miriam) (Entered: …)").
 */
export function attachmentDescription(after: string): string | null {
  let depth = 0;
  let end = after.length;
  for (let i = 0; i < after.length; i++) {
    const c = after.charCodeAt(i);
    if (c === 0x28)
      depth++; // '('
    else if (c === 0x29) {
      if (depth === 0) {
        end = i;
        break;
      }
      depth--;
    }
  }
  return cleanOrNull(after.slice(0, end).replace(/,\s*#?\s*$/, ''));
}

/**
 * The attachment list some courts print in a row under the entry: rows of
 * [checkbox] number | description | "N pages" | size. Number 0 is the main document.
 */
function readAttachmentTable(row: Row, entry: DocketEntry): void {
  if (!row.table) return;
  const found: Attachment[] = [];
  for (const tr of row.table) {
    const texts = tr.cells;
    const numAt = texts.findIndex((t) => /^\d+$/.test(t));
    if (numAt < 0) continue;
    const number = texts[numAt]!;
    const pagesText = texts.find((t) => /^\d+\s+pages?$/i.test(t));
    const pageCount = pagesText ? Number.parseInt(pagesText, 10) : null;
    const value = tr.input ?? '';
    const docPart = /^(\d+)-/.exec(value)?.[1] ?? null;
    if (number === '0') {
      if (pageCount !== null) entry.pageCount = pageCount;
      continue;
    }
    const inText = entry.attachments.find((a) => a.number === number);
    let pacerDocId = inText?.pacerDocId ?? null;
    if (pacerDocId === null && docPart && entry.pacerDocId) {
      pacerDocId = normalizeDocId(
        `${entry.pacerDocId.slice(0, entry.pacerDocId.length - docPart.length)}${docPart}`,
      );
    }
    found.push({
      number,
      description: cleanOrNull(texts[numAt + 1]) ?? inText?.description ?? null,
      pacerDocId,
      pageCount,
    });
  }
  if (found.length > 0) entry.attachments = found;
}
