/** Court documents and their page texts (migration 0008_documents). */
import type { Generated } from 'kysely';

export interface DocumentsTables {
  document_files: DocumentFileTable;
  document_pages: DocumentPageTable;
  entry_documents: EntryDocumentTable;
  document_fetches: DocumentFetchTable;
  entry_document_tries: EntryDocumentTryTable;
}

/** The worker's attempts to fetch an entry's document on its own (migration 0015_documents_flow). */
export interface EntryDocumentTryTable {
  entry_id: number;
  tries: number;
  last_at: string;
  /** `fetched`, or why not. */
  outcome: string;
}

/** One attempt to fetch an entry's document; the address itself is not kept (it may be a one-time link). */
export interface DocumentFetchTable {
  url_sha256: string;
  entry_id: number;
  origin: DocumentOrigin;
  at: string;
  /** `started`, `fetched`, `failed`. */
  status: string;
  error: string | null;
}

/** One PDF, stored once under its SHA-256 (the file itself is in the documents folder). */
export interface DocumentFileTable {
  sha256: string;
  bytes: number;
  num_pages: number;
  ocr_pages: number;
  /** JSON array of page numbers not read (scans over the OCR limit, OCR failures). */
  unread: string;
  /** JSON array of strings. */
  warnings: string;
  created_at: string;
}

export interface DocumentPageTable {
  sha256: string;
  page: number;
  text: string;
  /** 1 when OCR read the page. */
  ocr: number;
}

export type DocumentOrigin = 'manual' | 'upload' | 'nef' | 'recap' | 'pacer';

/** A document of a docket entry: the main document (`attachment` 0) or an attachment. */
export interface EntryDocumentTable {
  id: Generated<number>;
  entry_id: number;
  sha256: string;
  attachment: number;
  origin: DocumentOrigin;
  origin_url: string | null;
  cost_usd: number;
  added_at: string;
  analyzed_at: string | null;
  /** JSON array of `DocumentDisagreement`s with the docket text, or `null` (migration 0015_documents_flow). */
  disagreements: Generated<string | null>;
}
