/**
 * The docket model: one shape for what every source yields.
 *
 * Sources differ in what they give (an RSS item has a timestamp and a short description; a docket
 * report has the full text and the date entered; a notice of electronic filing has the document
 * link). Absent values are `null`, never `undefined` or `""`, so that "the source did not say" is
 * distinguishable from "the source said nothing". Each kind's description (`DocketKind` in
 * `scrapers/types.ts`) records which fields it can give, and ingest keeps each source's version of
 * an entry beside the merged one.
 */

/** The kinds of input docketwatch parses. */
export const DOCUMENT_KINDS = [
  'pacer-docket',
  'pacer-history',
  'pacer-rss',
  'pacer-nef',
  'pacer-appellate',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * The kind of a parse result (`pacer-docket`, `courtlistener`, `web-page`…): the CM/ECF documents
 * above and whatever a source yields. Each kind is described once (what it gives, its rank, whether
 * its listing is complete) by the parser or source that yields it; `scrapers/registry.ts` collects them.
 */
export type SourceKind = string;

export interface Attachment {
  /** Attachment number within the entry ("1", "2", …). */
  number: string;
  description: string | null;
  pacerDocId: string | null;
  pageCount: number | null;
}

export interface DocketEntry {
  /** Document number as printed on the docket; `null` for unnumbered (minute, sealed, clerk) entries. */
  number: string | null;
  /** `YYYY-MM-DD`, or an ISO-8601 instant where the source only gives a timestamp (RSS). */
  dateFiled: string | null;
  /** `YYYY-MM-DD` or `null` when the source does not say. */
  dateEntered: string | null;
  /** The full docket text as the court wrote it (whitespace collapsed). */
  description: string;
  /** The short description (history reports, RSS, NEF), `null` when the source has none. */
  shortDescription: string | null;
  /** PACER document id with the fourth digit zeroed (the form that identifies the document). */
  pacerDocId: string | null;
  pacerSeqNo: string | null;
  pageCount: number | null;
  attachments: Attachment[];
  /** Absolute link to the document, when the source gives one. */
  documentUrl?: string | null;
  /**
   * The entries the docket text links to, by number, in the order it first links each: a docket
   * report prints a reference ("NOTICE of compliance with [8] temporary restraining order") as a
   * link whose text is the bare number ("with 8 temporary restraining order"), so the text alone no
   * longer says it is one. Absent when the source links no entry (or cannot say: feeds, notices and
   * history reports print references as text).
   */
  linkedEntries?: number[];
}

/** Every field an entry can have. */
export const ENTRY_FIELDS = [
  'number',
  'dateFiled',
  'dateEntered',
  'description',
  'shortDescription',
  'pacerDocId',
  'pacerSeqNo',
  'pageCount',
  'documentUrl',
  'attachments',
  'linkedEntries',
] as const satisfies readonly (keyof DocketEntry)[];
export type EntryField = (typeof ENTRY_FIELDS)[number];

/** Every field a case's header can have (its entries aside). */
export const CASE_FIELDS = [
  'docketNumber',
  'caseName',
  'pacerCaseId',
  'assignedTo',
  'referredTo',
  'dateFiled',
  'dateTerminated',
  'cause',
  'natureOfSuit',
  'juryDemand',
  'jurisdiction',
  'demand',
  'parties',
  'originatingCourt',
] as const satisfies readonly Exclude<keyof DocketCase, 'entries'>[];
export type CaseField = (typeof CASE_FIELDS)[number];

/** What a docket's header says of the case beside its name, number and judge: the lawyers' page shows these. */
export const HEADER_FIELDS = [
  'referredTo',
  'dateFiled',
  'dateTerminated',
  'natureOfSuit',
  'cause',
  'jurisdiction',
] as const satisfies readonly CaseField[];

/** `all` but `left`, in order: what a source gives, said by what it lacks. */
function except<F extends string, L extends F>(all: readonly F[], left: readonly L[]): Exclude<F, L>[] {
  return all.filter((f): f is Exclude<F, L> => !(left as readonly F[]).includes(f));
}

/** Every entry field but these, in the order of `ENTRY_FIELDS`. */
export function entryFieldsExcept<F extends EntryField>(...left: F[]): Exclude<EntryField, F>[] {
  return except(ENTRY_FIELDS, left);
}

/** Every case field but these, in the order of `CASE_FIELDS`. */
export function caseFieldsExcept<F extends CaseField>(...left: F[]): Exclude<CaseField, F>[] {
  return except(CASE_FIELDS, left);
}

/** An entry's own fields, without its attachments and links, its document link settled (`null` when none). */
export type EntryFields = Omit<DocketEntry, 'attachments' | 'documentUrl' | 'linkedEntries'> & {
  documentUrl: string | null;
};

export interface Attorney {
  name: string;
  contact: string | null;
  roles: string[];
}

export interface Party {
  name: string;
  /** "Plaintiff", "Petitioner", "Respondent", … */
  type: string | null;
  attorneys: Attorney[];
}

export interface DocketCase {
  docketNumber: string | null;
  caseName: string | null;
  pacerCaseId: string | null;
  assignedTo: string | null;
  referredTo: string | null;
  dateFiled: string | null;
  dateTerminated: string | null;
  cause: string | null;
  natureOfSuit: string | null;
  juryDemand: string | null;
  jurisdiction: string | null;
  demand: string | null;
  parties: Party[];
  entries: DocketEntry[];
  /** Appellate dockets: the case appealed from, when the source says. */
  originatingCourt?: OriginatingCourt | null;
}

export interface OriginatingCourt {
  court: string | null;
  docketNumber: string | null;
  assignedTo: string | null;
  dateFiled: string | null;
  dateJudgment: string | null;
  dateNoticeOfAppeal: string | null;
}

/** What a parser returns for one input. A recognized non-docket (login page, receipt) is a result, not an error. */
export interface ParseResult {
  kind: SourceKind;
  /** CM/ECF court id (`mied`, `ca6`), or `null` when the input does not say. */
  court: string | null;
  isDocket: boolean;
  /** Why the input is not a docket; `null` when it is. */
  reason: string | null;
  cases: DocketCase[];
}

/** Which docket entries a source can see: an RSS feed that carries only orders is partial. */
export interface Coverage {
  entryTypes: string[] | 'all';
  partial: boolean;
  /**
   * The source's own words about what it carries (an RSS channel's title and description), shown
   * to people so they can check; `null` when the source says nothing.
   */
  declared: string | null;
}

/** The text of an entry's main document, read by the source (CourtListener's plain text of an order). */
export interface EntryText {
  /** The entry number. */
  entry: string;
  text: string;
}

export function emptyCase(): DocketCase {
  return {
    docketNumber: null,
    caseName: null,
    pacerCaseId: null,
    assignedTo: null,
    referredTo: null,
    dateFiled: null,
    dateTerminated: null,
    cause: null,
    natureOfSuit: null,
    juryDemand: null,
    jurisdiction: null,
    demand: null,
    parties: [],
    entries: [],
  };
}

export function emptyEntry(description = ''): DocketEntry {
  return {
    number: null,
    dateFiled: null,
    dateEntered: null,
    description,
    shortDescription: null,
    pacerDocId: null,
    pacerSeqNo: null,
    pageCount: null,
    attachments: [],
  };
}
