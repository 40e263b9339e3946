/**
 * Findings from an order's own words: the entry extractor (`src/deadlines/extract`) run over each
 * sentence of the document, so that every finding names the page and quotes the sentence it came
 * from. When the docket text of the same entry dates something differently, that is a
 * disagreement, and the document asks for review.
 */
import { analyzeEntry } from '../deadlines/extract/index.ts';
import type { DeadlineFinding, HearingFinding, InjunctionFinding, StayFinding } from '../deadlines/types.ts';
import { type DocketEvent, type DocumentAddedPayload, docketEvent } from '../model/events.ts';
import type { PageText } from './text.ts';

export interface Provenance {
  /** The page the sentence starts on (1-based). */
  page: number;
  /** The sentence, as the document has it (lines joined). */
  quote: string;
}

export type Sourced<T> = Omit<T, 'source'> & Provenance;

export interface Disagreement {
  kind: 'deadline' | 'stay' | 'hearing';
  /** What the docket text says (a date). */
  docket: string;
  /** What the document says instead (dates), and where. */
  document: string[];
  page: number;
  quote: string;
}

export interface DocumentAnalysis {
  /** The document's own heading, under which its sentences were read ("ORDER GRANTING MOTION TO STAY"). */
  title: string;
  deadlines: Sourced<DeadlineFinding>[];
  stays: Sourced<StayFinding>[];
  injunctions: Sourced<InjunctionFinding>[];
  hearings: Sourced<HearingFinding>[];
  disagreements: Disagreement[];
  /** `needs_review` when the document and the docket text disagree. */
  review: 'needs_review' | null;
}

export interface DocumentAnalysisOptions {
  /** The entry's filing date (`YYYY-MM-DD`): the trigger of "within 14 days of this Order". */
  filed: string;
  court?: string;
  /** The entry's docket text, when known: read as the entry, and compared with the document. */
  docketText?: string | null;
}

/** Abbreviations after which a period does not end a sentence. */
const ABBREVIATIONS = new Set(
  'no nos v vs mr mrs ms dr jr sr inc co corp ltd llc llp cir fed r civ crim app p pp s ct f supp u e d n w st ave dist div dept gov govt ex al etc id ibid seq art sec ch cl para jan feb mar apr jun jul aug sep sept oct nov dec hon j jj l ed rev stat ann'.split(
    ' ',
  ),
);

/** Sentences of the document, each with the page it starts on. Long runs without a period are cut. */
export function sentencesOf(pages: readonly PageText[]): Provenance[] {
  const out: Provenance[] = [];
  let current = '';
  let page = 1;
  const flush = () => {
    const quote = current.replace(/\s+/g, ' ').trim();
    if (/[\p{L}]{2}/u.test(quote)) out.push({ page, quote });
    current = '';
  };
  for (const p of pages) {
    for (const line of p.text.split('\n')) {
      for (const token of line.split(/\s+/)) {
        if (token === '') continue;
        const first = current === '';
        if (first) page = p.number;
        current += `${token} `;
        if (endsSentence(token, first) || current.length > 1500) flush();
      }
      // A heading or a caption line (no closing punctuation, all capitals) stands alone.
      if (/^[^a-z]{3,}$/.test(line.trim()) && !/[.,;:]$/.test(line.trim())) flush();
    }
  }
  flush();
  return out;
}

function endsSentence(token: string, first: boolean): boolean {
  if (!/[.!?]["'”’)\]]*$/.test(token)) return false;
  const word = token.replace(/[.!?"'”’)\]]+$/, '').replace(/^[("'“‘[]+/, '');
  if (first && /^(?:\d{1,3}|[ivxlc]+|[a-z])$/i.test(word)) return false; // "4." numbering a paragraph
  if (/^[A-Za-z]$/.test(word)) return false; // initials: "J. Smith", "U.S."
  if (/\.[A-Za-z]$/.test(word)) return false; // "U.S", "e.g"
  return !ABBREVIATIONS.has(word.toLowerCase());
}

/** Words of a sentence that tells what happened or would happen, not what is ordered. */
const NARRATIVE = /\b(?:would|could|had|was|were)\b/i;
/** Words that make a sentence operative, whatever else it says. */
const OPERATIVE =
  /\b(?:shall|must|ordered|hereby|(?:is|are) due|due (?:on|by)|on or before|no later than|(?:is|are) (?:stayed|extended|set|reset|re-set|continued))\b/i;

/**
 * Opinions and motions retell what happened ("the brief would be due", "8,000 cases had been
 * filed"); only sentences that order or set something, or do not narrate, are read for findings.
 */
function operative(sentence: string): boolean {
  return OPERATIVE.test(sentence) || !NARRATIVE.test(sentence);
}

/** An order with its date filled in after the ordering words: signed, not a proposal. */
const SIGNED_ORDER =
  /\bIT\s+IS\s+(?:SO\s+|HEREBY\s+)?ORDERED\b[\s\S]{0,120}?\bDATED\s*:?[\s_|]*(?:\d{1,2}\/\d{1,2}\/\d{2,4}|[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})/i;

const TITLE_WORDS =
  /\b(?:ORDER|OPINION|JUDGMENT|MEMORANDUM|NOTICE|STIPULATION|MOTION|MANDATE|MINUTES?|REPORT|LETTER|SCHEDULING)\b/;

/**
 * The document's own title, read as its docket text when none is given: the capitalized heading
 * lines of page 1 that name what it is; a document that orders ("IT IS SO ORDERED") is an order.
 */
export function documentTitle(pages: readonly PageText[]): string {
  const first = pages[0]?.text.split('\n') ?? [];
  // "IT IS SO ORDERED" is the ordering formula, not a title.
  const heading = first
    .filter((l) => TITLE_WORDS.test(l) && l === l.toUpperCase() && !/\bORDERED\b/.test(l))
    .slice(0, 3);
  const all = pages.map((p) => p.text).join('\n');
  const orders =
    /\b(?:IT IS (?:SO |HEREBY |FURTHER )?ORDERED|It is (?:so |hereby |further )?ordered|SO ORDERED|ORDERS (?:the|that))\b/.test(
      all,
    );
  const title = heading.join(' ').replace(/\s+/g, ' ').trim();
  if (orders && !/\bORDER/.test(title)) return `ORDER ${title}`.trim();
  // "STIPULATION AND [PROPOSED] ORDER" the judge signed ("IT IS SO ORDERED. DATED: 2/2/09"): the
  // proposal became the order. Unsigned, its date line is blank and it stays a proposal. OCR of a
  // scanned heading garbles the bracketed word ("PPROPOSED]", "PPROPOSHKD|"), so its stem is enough.
  if (/\bP?PROPOS[A-Z]{0,4}\W{0,2}\s*ORDER\b/i.test(title) && SIGNED_ORDER.test(all))
    return `ORDER ON ${title}`;
  return title || (orders ? 'ORDER' : 'DOCUMENT');
}

const keyOf = {
  deadline: (d: DeadlineFinding) => `${d.dueDate ?? d.what.toLowerCase()}|${d.change}`,
  stay: (s: StayFinding) => `${s.action}|${s.expires ?? s.until ?? ''}`,
  injunction: (i: InjunctionFinding) => `${i.type}|${i.action}|${i.until ?? ''}`,
  hearing: (h: HearingFinding) => `${h.type}|${h.change}|${h.date ?? ''}|${h.time ?? ''}`,
};

function strip<T extends { source?: string }>(x: T, at: Provenance): Sourced<T> {
  const { source: _source, ...rest } = x;
  return { ...(rest as Omit<T, 'source'>), page: at.page, quote: at.quote };
}

/** Read a document's pages for deadlines, stays, injunctions and hearings, each with its page and sentence. */
export function analyzeDocument(
  pages: readonly PageText[],
  options: DocumentAnalysisOptions,
): DocumentAnalysis {
  const court = options.court ? { court: options.court } : {};
  const docketText = options.docketText?.trim() || null;
  const docket = docketText
    ? analyzeEntry({ number: null, dateFiled: options.filed, text: docketText }, court)
    : null;
  // Sentences are read under the document's own heading, not the docket text: the extractor lets
  // an entry's docket text win over its document, and here the document's words are the point.
  let title = documentTitle(pages);
  if (title === 'DOCUMENT' && docket?.kind === 'order') title = 'ORDER';
  // Docketed as an order: its words are the court's, whatever its heading calls it.
  else if (docket?.kind === 'order' && !/^ORDER\b/.test(title)) title = `ORDER ON ${title}`;
  const base = analyzeEntry({ number: null, dateFiled: options.filed, text: title }, court);
  const seen = {
    deadline: new Set(base.deadlines.map(keyOf.deadline)),
    stay: new Set(base.stays.map(keyOf.stay)),
    injunction: new Set(base.injunctions.map(keyOf.injunction)),
    hearing: new Set(base.hearings.map(keyOf.hearing)),
  };
  const result: DocumentAnalysis = {
    title,
    deadlines: [],
    stays: [],
    injunctions: [],
    hearings: [],
    disagreements: [],
    review: null,
  };
  const take = <T extends { source?: string }>(
    kind: keyof typeof seen,
    found: T[],
    key: (x: T) => string,
    into: Sourced<T>[],
    at: Provenance,
  ) => {
    for (const f of found) {
      const k = key(f);
      if (seen[kind].has(k)) continue;
      seen[kind].add(k);
      into.push(strip(f, at));
    }
  };
  for (const s of sentencesOf(pages)) {
    if (!operative(s.quote)) continue;
    const a = analyzeEntry(
      { number: null, dateFiled: options.filed, text: title, documentText: s.quote },
      court,
    );
    take('deadline', a.deadlines, keyOf.deadline, result.deadlines, s);
    take('stay', a.stays, keyOf.stay, result.stays, s);
    take('injunction', a.injunctions, keyOf.injunction, result.injunctions, s);
    take('hearing', a.hearings, keyOf.hearing, result.hearings, s);
  }
  if (docket) result.disagreements = disagreements(docket, result);
  result.review = result.disagreements.length > 0 ? 'needs_review' : null;
  return result;
}

/**
 * Where the docket text dates something and the document dates the same kind of thing, but never
 * on that date: "Stay expires 8/7" on the docket, "stayed until August 14" in the order.
 */
function disagreements(docket: ReturnType<typeof analyzeEntry>, doc: DocumentAnalysis): Disagreement[] {
  const out: Disagreement[] = [];
  const compare = (
    kind: Disagreement['kind'],
    docketDates: (string | null)[],
    docDates: { date: string | null; page: number; quote: string }[],
  ) => {
    const dated = docDates.filter((d): d is { date: string; page: number; quote: string } => d.date !== null);
    if (dated.length === 0) return;
    for (const date of docketDates) {
      if (date === null || dated.some((d) => d.date === date)) continue;
      out.push({
        kind,
        docket: date,
        document: [...new Set(dated.map((d) => d.date))],
        page: dated[0]!.page,
        quote: dated[0]!.quote,
      });
    }
  };
  compare(
    'deadline',
    docket.deadlines.map((d) => d.dueDate),
    doc.deadlines.map((d) => ({ date: d.dueDate, page: d.page, quote: d.quote })),
  );
  compare(
    'stay',
    docket.stays.map((s) => s.expires),
    doc.stays.map((s) => ({ date: s.expires, page: s.page, quote: s.quote })),
  );
  compare(
    'hearing',
    docket.hearings.map((h) => h.date),
    doc.hearings.map((h) => ({ date: h.date, page: h.page, quote: h.quote })),
  );
  return out;
}

/** The `document.added` event of a document kept for an entry: its findings with page and sentence. */
export function documentAddedEvent(
  analysis: DocumentAnalysis,
  document: Pick<DocumentAddedPayload, 'sha256' | 'pages' | 'attachment' | 'origin'>,
): DocketEvent {
  return docketEvent('document.added', {
    ...document,
    title: analysis.title,
    deadlines: analysis.deadlines.map((d) => ({
      what: d.what,
      due: d.dueDate,
      change: d.change,
      page: d.page,
      quote: d.quote,
    })),
    stays: analysis.stays.map((s) => ({
      action: s.action,
      expires: s.expires,
      until: s.until,
      page: s.page,
      quote: s.quote,
    })),
    injunctions: analysis.injunctions.map((i) => ({
      injunction: i.type,
      action: i.action,
      until: i.until,
      page: i.page,
      quote: i.quote,
    })),
    hearings: analysis.hearings.map((h) => ({
      hearing: h.type,
      change: h.change,
      on: h.date,
      time: h.time,
      page: h.page,
      quote: h.quote,
    })),
    disagreements: analysis.disagreements,
    review: analysis.review,
  });
}
