/**
 * RECAP copies of docket documents: PDFs someone bought on PACER and gave to CourtListener's RECAP
 * archive, free to read. An entry's document is looked up by CourtListener's docket id and the entry
 * number; sealed or unavailable documents are never fetched.
 */
import { z } from 'zod';
import { type HttpClient, requireSecureTransport } from '../../src/net/http.ts';

export const DEFAULT_STORAGE = 'https://storage.courtlistener.com';

const recapFileSchema = z.object({
  results: z.array(
    z.object({
      filepath_local: z.string().nullish(),
      is_available: z.boolean().nullish(),
      is_sealed: z.boolean().nullish(),
      page_count: z.number().int().nullish(),
      attachment_number: z.number().int().nullish(),
    }),
  ),
});

export interface RecapFile {
  url: string;
  pages: number | null;
}

/** The RECAP PDF of entry `entryNumber` (attachment `attachment`, 0 = main) of a CourtListener docket, if any. */
export async function findRecapFile(
  http: HttpClient,
  site: { baseUrl: string; storageUrl?: string; token: string },
  docketId: string,
  entryNumber: string,
  attachment = 0,
): Promise<RecapFile | null> {
  const url = new URL('/api/rest/v4/recap-documents/', site.baseUrl);
  url.searchParams.set('docket_entry__docket__id', docketId);
  url.searchParams.set('docket_entry__entry_number', entryNumber);
  requireSecureTransport(url, 'the CourtListener token');
  const res = await http.get(url.href, {
    accept: ['application/json'],
    headers: { authorization: `Token ${site.token}` },
  });
  if (res.notModified) return null;
  const parsed = recapFileSchema.parse(JSON.parse(Buffer.from(res.body).toString('utf8')));
  const doc = parsed.results.find((d) => (d.attachment_number ?? 0) === attachment);
  if (!doc || doc.is_sealed || !doc.is_available || !doc.filepath_local) return null;
  const path = doc.filepath_local.replace(/^\/+/, '');
  return {
    url: new URL(path, `${(site.storageUrl ?? DEFAULT_STORAGE).replace(/\/$/, '')}/`).href,
    pages: doc.page_count ?? null,
  };
}
