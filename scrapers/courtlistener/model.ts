/**
 * CourtListener's JSON (REST API v4 and docket-alert webhooks share the docket-entry shape) read
 * with zod, leniently: unknown fields are ignored, absent ones are `null`. `toDocketEntry` maps
 * one docket entry to the docket model.
 */
import { z } from 'zod';
import { type Attachment, type DocketEntry, emptyEntry } from '../../src/model/docket.ts';
import { cleanOrNull, cleanText, normalizeDocId } from '../pacer/common.ts';

const nullish = <T extends z.ZodType>(t: T) => t.nullish().transform((v) => v ?? null);
const text = nullish(z.string());
const count = nullish(z.number().int());

export const recapDocumentSchema = z.object({
  id: z.number().int(),
  description: text,
  document_number: nullish(z.union([z.string(), z.number()]).transform(String)),
  attachment_number: count,
  pacer_doc_id: text,
  page_count: count,
  is_available: nullish(z.boolean()),
  absolute_url: text,
  plain_text: text,
});

export const docketEntrySchema = z.object({
  id: z.number().int(),
  docket: z.union([z.number().int(), z.string()]).transform(String),
  entry_number: count,
  date_filed: text,
  date_modified: z.string().min(10),
  description: z
    .string()
    .nullish()
    .transform((v) => v ?? ''),
  pacer_sequence_number: nullish(z.union([z.number(), z.string()]).transform(String)),
  recap_documents: z.array(recapDocumentSchema).default([]),
});

export type ClDocketEntry = z.infer<typeof docketEntrySchema>;
export type ClRecapDocument = z.infer<typeof recapDocumentSchema>;

export const docketSchema = z.object({
  id: z.number().int(),
  court_id: text,
  docket_number: text,
  case_name: text,
  pacer_case_id: text,
  // The docket's header, as CourtListener has it from RECAP (all optional).
  assigned_to_str: text,
  referred_to_str: text,
  date_filed: text,
  date_terminated: text,
  nature_of_suit: text,
  cause: text,
  jurisdiction_type: text,
});

export type ClDocket = z.infer<typeof docketSchema>;

export const pageSchema = <T extends z.ZodType>(item: T) => z.object({ next: text, results: z.array(item) });

/** The entry's main document: attachment number empty (or 0). */
export function mainDocument(e: ClDocketEntry): ClRecapDocument | null {
  return e.recap_documents.find((d) => !d.attachment_number) ?? null;
}

export function toDocketEntry(e: ClDocketEntry, siteUrl: string): DocketEntry {
  const main = mainDocument(e);
  const attachments: Attachment[] = e.recap_documents
    .filter((d) => d.attachment_number)
    .sort((a, b) => a.attachment_number! - b.attachment_number!)
    .map((d) => ({
      number: String(d.attachment_number),
      description: cleanOrNull(d.description),
      pacerDocId: normalizeDocId(d.pacer_doc_id),
      pageCount: d.page_count,
    }));
  return {
    ...emptyEntry(cleanText(e.description)),
    number: e.entry_number === null ? null : String(e.entry_number),
    dateFiled: /^\d{4}-\d{2}-\d{2}/.test(e.date_filed ?? '') ? e.date_filed!.slice(0, 10) : null,
    shortDescription: cleanOrNull(main?.description),
    pacerDocId: normalizeDocId(main?.pacer_doc_id),
    pacerSeqNo: e.pacer_sequence_number,
    pageCount: main?.page_count ?? null,
    attachments,
    documentUrl: main?.absolute_url ? new URL(main.absolute_url, siteUrl).href : null,
  };
}

/** Orders (and opinions, judgments) are the entries whose own words the deadline reader needs. */
export function isOrder(e: ClDocketEntry): boolean {
  const main = mainDocument(e);
  const head = `${main?.description ?? ''} ${e.description.slice(0, 80)}`;
  return /\b(order|opinion|judgment)\b/i.test(head);
}
