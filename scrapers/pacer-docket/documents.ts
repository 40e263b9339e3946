/**
 * Buying a document on PACER: the entry's `doc1` link answers with the PDF itself, or with a page
 * showing the transaction receipt and a form ("View Document") whose submission returns the PDF.
 * What is charged is read from the receipt; the caller has checked the budget before.
 */
import { NonRetryableError } from '../../src/errors.ts';
import { type PacerSession, readReceipt } from './session.ts';

export interface BoughtDocument {
  bytes: Uint8Array;
  pages: number | null;
  cents: number | null;
  receipt: string | null;
}

const isPdf = (b: Uint8Array) => Buffer.from(b.subarray(0, 1024)).includes('%PDF-');

export async function buyDocument(session: PacerSession, doc1Url: string): Promise<BoughtDocument> {
  const first = await session.court(doc1Url);
  if (isPdf(first.bytes)) return { bytes: first.bytes, pages: null, cents: null, receipt: null };
  const receipt = readReceipt(first.text);
  const form = /<form\b[^>]*\baction=["']?([^"'\s>]+)["']?[^>]*>([\s\S]*?)<\/form>/i.exec(first.text);
  if (!form)
    throw new NonRetryableError(`${doc1Url}: neither a PDF nor a document form`, { code: 'ELAYOUT' });
  const fields: Record<string, string> = {};
  for (const input of form[2]!.matchAll(/<input\b[^>]*>/gi)) {
    const name = /\bname=["']?([^"'\s>]+)/i.exec(input[0])?.[1];
    const value = /\bvalue=["']?([^"'>]*)/i.exec(input[0])?.[1] ?? '';
    if (name) fields[name] = value.replace(/&amp;/g, '&');
  }
  const pdf = await session.court(new URL(form[1]!.replace(/&amp;/g, '&'), first.url).href, fields);
  if (!isPdf(pdf.bytes))
    throw new NonRetryableError(`${doc1Url}: the document form did not return a PDF`, { code: 'ELAYOUT' });
  return { bytes: pdf.bytes, ...receipt, receipt: receipt.text };
}
