/**
 * Where an entry's document comes from, cheapest first, each within its rules:
 *
 * 1. the free look of a Notice of Electronic Filing: its link downloads the document once, free,
 *    within the court's window (15 days by default) — followed once (the attempt is recorded
 *    before the request, so a failure does not lead to a second, paid, look);
 * 2. CourtListener's RECAP copy, when someone bought it before (free);
 * 3. PACER, when the month's budget covers it: $0.10 a page up to $3.00 a document, reserved in
 *    the PACER ledger before the request and settled from the receipt.
 *
 * Entries the docket marks sealed or restricted are never fetched. What is fetched is kept with
 * `addDocument` (and so read for deadlines).
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { findCase } from '../../db/cases.ts';
import type { DocumentOrigin } from '../../db/documents-schema.ts';
import { type Database, type Store, writeTransaction } from '../../db/index.ts';
import { findRecapFile } from '../../scrapers/courtlistener/documents.ts';
import { buyDocument } from '../../scrapers/pacer-docket/documents.ts';
import type { PacerSession } from '../../scrapers/pacer-docket/session.ts';
import { InputError } from '../errors.ts';
import type { HttpClient } from '../net/http.ts';
import { BudgetExceededError, lockBudget, monthOf, spentThisMonth } from '../sources/budget.ts';
import { isRestricted } from './privacy.ts';
import { type AddedDocument, addDocument } from './store.ts';
import type { DocumentReader } from './text.ts';

export const CENTS_PER_PAGE = 10;
export const MAX_DOCUMENT_CENTS = 300;

/** What a PACER document costs: $0.10 a page, at most $3.00; unknown length counts as the cap. */
export function documentCents(pages: number | null): number {
  return pages === null ? MAX_DOCUMENT_CENTS : Math.min(pages * CENTS_PER_PAGE, MAX_DOCUMENT_CENTS);
}

export interface DocumentSources {
  http: HttpClient;
  /** Days a NEF's free look stays open after the notice (CM/ECF's default is 15). */
  freeLookDays?: number;
  courtListener?: { baseUrl: string; storageUrl?: string; token: string } | null;
  pacer?: { session: PacerSession; sourceId: string; monthlyBudgetCents: number } | null;
  now?: () => Date;
}

export type FetchOutcome =
  | { fetched: true; origin: DocumentOrigin; costCents: number; added: AddedDocument }
  | { fetched: false; reason: string };

const isPdf = (b: Uint8Array) => Buffer.from(b.subarray(0, 1024)).includes('%PDF-');
const digest = (s: string) => createHash('sha256').update(s).digest('hex');
const MAX_PDF_BYTES = 100 * 2 ** 20;

/** Claim a fetch of `url` for this entry; false when it was attempted before. */
async function claim(db: Kysely<Database>, entryId: number, origin: DocumentOrigin, url: string, now: Date) {
  const row = await db
    .insertInto('document_fetches')
    .values({
      url_sha256: digest(url),
      entry_id: entryId,
      origin,
      at: now.toISOString(),
      status: 'started',
      error: null,
    })
    .onConflict((oc) => oc.column('url_sha256').doNothing())
    .returning('url_sha256')
    .executeTakeFirst();
  return row !== undefined;
}

async function finish(db: Kysely<Database>, url: string, status: 'fetched' | 'failed', error: string | null) {
  await db
    .updateTable('document_fetches')
    .set({ status, error })
    .where('url_sha256', '=', digest(url))
    .execute();
}

/** Fetch and keep the main document of entry `entry` of `caseKey`, from the first source that can. */
export async function fetchEntryDocument(
  store: Store,
  reader: DocumentReader,
  dir: string,
  target: { caseKey: string; entry: string },
  sources: DocumentSources,
): Promise<FetchOutcome> {
  const now = (sources.now ?? (() => new Date()))();
  const found = await findCase(store.db, target.caseKey);
  if (!found) throw new InputError(`case ${target.caseKey} is not in the record`);
  const entry = await store.db
    .selectFrom('entries')
    .select(['id', 'entry_key', 'number', 'description', 'document_url', 'page_count'])
    .where('case_id', '=', found.id)
    .where('entry_key', '=', target.entry)
    .executeTakeFirst();
  if (!entry) throw new InputError(`case ${found.key} has no entry ${target.entry}`);
  if (isRestricted(entry.description))
    return { fetched: false, reason: 'sealed or restricted: never fetched' };
  const kept = await store.db
    .selectFrom('entry_documents')
    .select('id')
    .where('entry_id', '=', entry.id)
    .where('attachment', '=', 0)
    .executeTakeFirst();
  if (kept) return { fetched: false, reason: 'already kept' };
  const keep = (data: Uint8Array, origin: DocumentOrigin, costCents: number, originUrl: string | null) =>
    addDocument(store, reader, dir, {
      caseKey: found.key,
      entry: entry.entry_key,
      data,
      origin,
      originUrl,
      costUsd: costCents / 100,
    }).then((added) => ({ fetched: true as const, origin, costCents, added }));

  // 1. The NEF's free look, once, within its window.
  const link = entry.document_url;
  if (link && /[?&]magic_num=\d+/.test(link)) {
    const notice = await store.db
      .selectFrom('entry_versions')
      .select((eb) => eb.fn.min('seen_at').as('at'))
      .where('entry_id', '=', entry.id)
      .where('kind', '=', 'pacer-nef')
      .executeTakeFirst();
    const noticeAt = notice?.at ? new Date(notice.at as string) : null;
    const open = noticeAt && now.getTime() - noticeAt.getTime() <= (sources.freeLookDays ?? 15) * 86_400_000;
    if (open && (await claim(store.db, entry.id, 'nef', link, now))) {
      try {
        const res = await sources.http.get(link, { maxBytes: MAX_PDF_BYTES });
        if (res.notModified || !isPdf(res.body)) throw new Error('the free look did not return a PDF');
        await finish(store.db, link, 'fetched', null);
        // The link carries a one-time number: it is not stored.
        return await keep(res.body, 'nef', 0, null);
      } catch (err) {
        await finish(store.db, link, 'failed', (err as Error).message.slice(0, 300));
      }
    }
  }

  // 2. RECAP, free.
  const cl = sources.courtListener;
  if (cl && entry.number !== null) {
    const state = await store.db
      .selectFrom('source_state as st')
      .innerJoin('sources as s', 's.id', 'st.source_id')
      .select('st.external_id')
      .where('s.type', '=', 'courtlistener')
      .where('s.case_id', '=', found.id)
      .where('st.external_id', 'is not', null)
      .executeTakeFirst();
    if (state?.external_id) {
      const file = await findRecapFile(sources.http, cl, state.external_id, String(entry.number));
      if (file) {
        const res = await sources.http.get(file.url, { maxBytes: MAX_PDF_BYTES });
        if (!res.notModified && isPdf(res.body)) return keep(res.body, 'recap', 0, file.url);
      }
    }
  }

  // 3. PACER, within the budget.
  const pacer = sources.pacer;
  if (pacer && link) {
    const doc1 = link.replace(/([?&])magic_num=\d+&?/, '$1').replace(/[?&]$/, '');
    const cents = documentCents(entry.page_count);
    let reservation: number;
    try {
      reservation = await writeTransaction(store.db, async (trx) => {
        await lockBudget(trx);
        const left = pacer.monthlyBudgetCents - (await spentThisMonth(trx, now));
        if (left < cents)
          throw new BudgetExceededError(
            `PACER budget: $${(left / 100).toFixed(2)} left this month, the document may cost $${(cents / 100).toFixed(2)}`,
          );
        const row = await trx
          .insertInto('pacer_spend')
          .values({
            source_id: pacer.sourceId,
            month: monthOf(now),
            at: now.toISOString(),
            estimated_cents: cents,
            pages: entry.page_count,
            cents,
            receipt: null,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        return row.id;
      });
    } catch (err) {
      if (err instanceof BudgetExceededError) return { fetched: false, reason: err.message };
      throw err;
    }
    let bought: Awaited<ReturnType<typeof buyDocument>>;
    try {
      bought = await buyDocument(pacer.session, doc1);
    } catch (err) {
      // Nothing came back: nothing was charged.
      await store.db
        .updateTable('pacer_spend')
        .set({ cents: 0, receipt: null })
        .where('id', '=', reservation)
        .execute();
      throw err;
    }
    const charged = bought.cents ?? documentCents(bought.pages ?? entry.page_count);
    await store.db
      .updateTable('pacer_spend')
      .set({ cents: charged, pages: bought.pages, receipt: bought.receipt })
      .where('id', '=', reservation)
      .execute();
    return keep(bought.bytes, 'pacer', charged, doc1);
  }
  return { fetched: false, reason: 'no source has this document' };
}
