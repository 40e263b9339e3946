/**
 * The courts of appeals docket report (CM/ECF "NextGen" appellate, `TransportRoom?servlet=
 * CaseSummary.jsp`). The page is a run of sections, each opened by an HTML comment
 * (`NEW SECTION - Case Stub`, `… - Orig Court`, `… - Party/Aty List`, `… - DOCKET ENTRIES`), with
 * bold labels ("Docketed:", "Termed:", "Trial Judge:") followed by their values.
 *
 * Entries: a row per entry (date filed, the document cell with its link, checkbox and page count,
 * the docket text ending in "[Entered: MM/DD/YYYY hh:mm AM]"); a document with several parts is
 * followed by a row holding a table of its attachments. Appellate document ids are zeroed in the
 * fourth digit like district ones (`/docs1/006114732033` → `006014732033`). Where an entry has no
 * printed number, its document id stands in for it, as juriscraper does.
 */
import {
  type Attachment,
  type Attorney,
  type DocketEntry,
  emptyCase,
  emptyEntry,
  type OriginatingCourt,
  type ParseResult,
  type Party,
} from '../../src/model/docket.ts';
import { harmonizeCaseName } from './case-text.ts';
import { cleanOrNull, cleanText, courtFromUrl, normalizeDocId, usDate } from './common.ts';
import {
  type ChildNode,
  closest,
  type Element,
  findAll,
  findFirst,
  isElement,
  parseHtml,
  rowCells,
  tableRows,
  textOf,
} from './html.ts';
import { normalizeJudgeName } from './judge.ts';

const DIST_DOCKET = /((\d{1,2}:)?\d\d-[a-zA-Z]{1,4}-\d{1,10})/;
const APPELLATE_DOC_LINK = /\/docs?\d\/(\d+)/;

export function parseAppellateDocket(text: string, court: string | null): ParseResult {
  const roots = parseHtml(text).children;
  const docketLabel = findLabel(roots, /Docket #|^\s*Case Number:/);
  // Sections are found by their comments; a page saved without comments still has its stub table.
  const stub = sectionAfter(roots, 'Case Stub') ?? (docketLabel ? closest(docketLabel, 'table') : null);
  if (!stub && !docketLabel) {
    return {
      kind: 'pacer-appellate',
      court,
      isDocket: false,
      reason: 'no "Docket #" case stub: not a court of appeals docket report',
      cases: [],
    };
  }
  const kase = emptyCase();
  kase.docketNumber = docketLabel ? cleanOrNull(tailText(docketLabel)) : null;
  kase.caseName = stub ? caseName(stub) : null;
  kase.natureOfSuit = labelValue(roots, /Nature of Suit/);
  kase.dateFiled = usDate(labelValue(roots, /Docketed:/));
  kase.dateTerminated = usDate(labelValue(roots, /Termed:/));
  kase.originatingCourt = originatingCourt(roots);
  kase.parties = parties(sectionAfter(roots, 'Party/Aty List'));
  const entriesSection = sectionAfter(roots, 'DOCKET ENTRIES');
  kase.entries = entriesSection ? entries(entriesSection) : [];
  return {
    kind: 'pacer-appellate',
    court: pageCourt(roots, docketLabel) ?? court,
    isDocket: true,
    reason: null,
    cases: [kase],
  };
}

// ---------------------------------------------------------------------------------------------
// Walking text and comment nodes (html.ts walks elements)

/** What a `walk` visitor returns: `SKIP` to not descend into this element, `STOP` to end the walk. */
const SKIP = 1;
const STOP = 2;

/**
 * Visit every node under `roots` (text and comments too) in document order, without recursion:
 * hostile pages nest tags thousands deep.
 */
function walk(roots: ChildNode[], visit: (node: ChildNode) => number | undefined): void {
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
function named(name: string): (el: Element) => boolean {
  return (el) => el.name === name;
}

// ---------------------------------------------------------------------------------------------
// Locating sections and labels

/** The first table or form after the `NEW SECTION - <name>` comment (in the same parent or later). */
function sectionAfter(roots: ChildNode[], name: string): Element | null {
  let found = false;
  let section: Element | null = null;
  walk(roots, (node) => {
    if (found) {
      if (node.type === 'tag' && (node.name === 'table' || node.name === 'form')) {
        section = node;
        return STOP;
      }
    } else if (node.type === 'comment' && node.data.includes(name)) found = true;
    return undefined;
  });
  return section;
}

/** The first element whose own text (not its descendants') matches `re`. */
function findLabel(roots: ChildNode[], re: RegExp): Element | null {
  let label: Element | null = null;
  walk(roots, (node) => {
    if (node.type !== 'tag') return undefined;
    let own = '';
    for (const child of node.children) if (child.type === 'text') own += child.data;
    if (!own || !re.test(own)) return undefined;
    label = node;
    return STOP;
  });
  return label;
}

/** The text right after an element, up to the next tag (lxml's "tail"). */
function tailText(el: Element): string {
  const next = el.next;
  return next && next.type === 'text' ? next.data : '';
}

function labelValue(roots: ChildNode[], re: RegExp): string | null {
  const label = findLabel(roots, re);
  return label ? cleanOrNull(tailText(label)) : null;
}

const CIRCUITS: Record<string, string> = {
  first: 'ca1',
  second: 'ca2',
  third: 'ca3',
  fourth: 'ca4',
  fifth: 'ca5',
  sixth: 'ca6',
  seventh: 'ca7',
  eighth: 'ca8',
  ninth: 'ca9',
  tenth: 'ca10',
  eleventh: 'ca11',
  'district of columbia': 'cadc',
  federal: 'cafc',
};

/**
 * The court of the page itself: the host of its own document links, else the heading ("United
 * States Court of Appeals for the Sixth Circuit"). A bankruptcy appellate panel runs on its
 * circuit's server, so its label ("Bankruptcy Appellate Panel Docket #") turns `ca9` into `bap9`.
 */
function pageCourt(roots: ChildNode[], docketLabel: Element | null): string | null {
  let court: string | null = null;
  for (const a of findAll(roots, named('a'))) {
    const href = a.attribs.href ?? '';
    if (!APPELLATE_DOC_LINK.test(href)) continue;
    court = courtFromUrl(href) ?? (/\buscourts\.cavc\.gov/i.test(href) ? 'cavc' : null);
    if (court) break;
  }
  if (!court) {
    const heading = findLabel(roots, /Court of Appeals for/i);
    const name = heading ? cleanText(textOf(heading)) : '';
    const circuit = /Court of Appeals for (?:the )?(.+?) Circuit/i.exec(name);
    if (circuit) court = CIRCUITS[circuit[1]!.toLowerCase()] ?? null;
    else if (/Court of Appeals for Veterans Claims/i.test(name)) court = 'cavc';
  }
  const label = docketLabel ? textOf(docketLabel) : '';
  if (court && /Bankruptcy Appellate Panel/i.test(label)) court = court.replace(/^ca(\d+)$/, 'bap$1');
  return court;
}

// ---------------------------------------------------------------------------------------------
// Case stub and originating court

/** The case title: the stub's first cell that has no bold label in it. */
function caseName(stub: Element): string | null {
  for (const td of findAll([stub], named('td'))) {
    if (findAll(td.children, named('b')).length > 0 || findAll(td.children, named('table')).length > 0)
      continue;
    const title = cleanText(textOf(td));
    if (title) return cleanOrNull(harmonizeCaseName(title));
  }
  return null;
}

function originatingCourt(roots: ChildNode[]): OriginatingCourt | null {
  const heading = findLabel(roots, /Originating Court Information/);
  const table = heading ? closest(heading, 'table') : null;
  if (!table) return null;
  const district = findLabel([table], /District/);
  if (!district) return null;
  const origin: OriginatingCourt = {
    court: null,
    docketNumber: null,
    assignedTo: null,
    dateFiled: null,
    dateJudgment: null,
    dateNoticeOfAppeal: null,
  };
  const cell = closest(district, 'td');
  const cellText = cleanText(cell ? textOf(cell) : tailText(district));
  const number =
    DIST_DOCKET.exec(cellText)?.[1] ?? cleanOrNull(cellText.split(':').slice(2).join(':')) ?? null;
  // Agency cases (BIA) print the alien number here: it identifies a person, so it is not kept.
  origin.docketNumber = number && /^A[\d-]+$/.test(number) ? null : number;
  for (const a of findAll([table], named('a'))) {
    origin.court = courtFromUrl(a.attribs.href);
    if (origin.court) break;
  }
  const judge = labelValue([table], /Trial Judge/);
  origin.assignedTo = judge ? normalizeJudgeName(judge) : null;
  origin.dateFiled = usDate(labelValue([table], /Date Filed/));
  // The last two rows pair labels ("Date Order/Judgment:", "Date NOA Filed:") with their dates.
  const rows = tableRows(table);
  const labels = rows.at(-2) ? rowCells(rows.at(-2)!).map((c) => cleanText(textOf(c))) : [];
  const values = rows.at(-1) ? rowCells(rows.at(-1)!).map((c) => cleanText(textOf(c))) : [];
  labels.forEach((label, i) => {
    if (/^Date Order\/Judgment:$/i.test(label)) origin.dateJudgment = usDate(values[i]);
    if (/^Date NOA Filed:$/i.test(label)) origin.dateNoticeOfAppeal = usDate(values[i]);
  });
  return origin;
}

// ---------------------------------------------------------------------------------------------
// Parties and attorneys

/** Split an element's content into lines at `<br>`; `blank` marks where two `<br>`s met. */
function brLines(el: Element): string[] {
  const lines: string[] = [''];
  walk(el.children, (node) => {
    if (node.type === 'text') lines[lines.length - 1] += node.data;
    else if (node.type === 'tag' && node.name === 'br') lines.push('');
    return undefined;
  });
  return lines.map((l) => cleanText(l));
}

function parties(section: Element | null): Party[] {
  if (!section) return [];
  const inner = findFirst(section.children, named('table'));
  if (!inner) return [];
  const out: Party[] = [];
  for (const row of tableRows(inner)) {
    const cells = rowCells(row);
    if (cells.length < 2) continue;
    const nameLines = brLines(cells[0]!).filter((l) => l !== '');
    if (nameLines.length === 0) continue;
    const party: Party = {
      name: nameLines[0]!,
      type: nameLines.length > 1 ? nameLines.at(-1)!.replace(/,$/, '') : null,
      attorneys: [],
    };
    // Attorneys are separated by a blank line (two <br>s); each starts with the name.
    let current: string[] = [];
    const flush = (): void => {
      const lines = current.filter((l) => l !== '');
      current = [];
      if (lines.length === 0) return;
      const attorney: Attorney = { name: lines[0]!, contact: null, roles: [] };
      const contact: string[] = [];
      for (const line of lines.slice(1)) {
        const role = /^\[(.*)\]$/.exec(line);
        if (role) attorney.roles.push(role[1]!);
        else contact.push(line);
      }
      attorney.contact = contact.length > 0 ? contact.join('\n') : null;
      party.attorneys.push(attorney);
    };
    for (const line of brLines(cells[1]!)) {
      if (line === '') flush();
      else current.push(line);
    }
    flush();
    out.push(party);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Entries and attachments

/** Entry rows (date filed in the first of three or more cells) and the attachment tables under them. */
function entries(section: Element): DocketEntry[] {
  const out: DocketEntry[] = [];
  const attachmentTables = new Set<Element>();
  for (const row of findAll([section], named('tr'))) {
    const table = closest(row, 'table');
    if (table && attachmentTables.has(table)) {
      const last = out.at(-1);
      const attachment = attachmentRow(row);
      if (last && attachment) last.attachments.push(attachment);
      continue;
    }
    const headers = row.children.filter((c): c is Element => isElement(c) && c.name === 'th');
    if (headers.some((th) => /Description/.test(textOf(th))) && table) {
      attachmentTables.add(table);
      continue;
    }
    const cells = rowCells(row);
    if (cells.length < 3) continue;
    const dateFiled = usDate(cleanText(textOf(cells[0]!)));
    if (!dateFiled) continue;
    out.push(entryRow(cells, dateFiled));
  }
  return out;
}

function entryRow(cells: Element[], dateFiled: string): DocketEntry {
  const [, docCell, textCell] = cells as [Element, Element, Element];
  const description = cleanText(textOf(textCell));
  const entry = emptyEntry(description);
  entry.dateFiled = dateFiled;
  entry.dateEntered = usDate(/\[Entered:\s*([\d/]+)/.exec(description)?.[1]);
  const link = findFirst(docCell.children, named('a'));
  entry.pacerDocId = link ? docId(link.attribs.href) : null;
  entry.number = printedNumber(docCell) ?? entry.pacerDocId;
  const checkbox = findAll(docCell.children, named('input')).find((i) => i.attribs.name === 'd');
  entry.pacerSeqNo = checkbox && /^\d+$/.test(checkbox.attribs.value ?? '') ? checkbox.attribs.value! : null;
  const size = findFirst(docCell.children, named('font'));
  const pages = size ? /(\d+)\s*pg/.exec(textOf(size)) : null;
  entry.pageCount = pages ? Number(pages[1]) : null;
  return entry;
}

/** The number printed in the document cell (not the page count in its `<font>`). */
function printedNumber(cell: Element): string | null {
  let number: string | null = null;
  walk(cell.children, (node) => {
    if (node.type === 'tag') return node.name === 'font' ? SKIP : undefined;
    if (node.type !== 'text') return undefined;
    const t = cleanText(node.data);
    if (!/^\d+$/.test(t)) return undefined;
    number = t;
    return STOP;
  });
  return number;
}

function docId(href: string | undefined): string | null {
  const m = APPELLATE_DOC_LINK.exec(href ?? '');
  return m ? normalizeDocId(m[1]) : null;
}

/** A row of an attachment table: checkbox, number, link, description, pages, size. */
function attachmentRow(row: Element): Attachment | null {
  const cells = rowCells(row);
  if (cells.length < 4) return null;
  const number = cleanText(textOf(cells[1]!));
  if (!/^\d+$/.test(number)) return null;
  const link = findFirst([cells[2]!], named('a'));
  const pages = cells[4] ? cleanText(textOf(cells[4])) : '';
  return {
    number,
    description: cleanOrNull(textOf(cells[3]!)),
    pacerDocId: link ? docId(link.attribs.href) : null,
    pageCount: /^\d+$/.test(pages) ? Number(pages) : null,
  };
}
