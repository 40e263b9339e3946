/**
 * Keeping court documents: the PDF as a file named by its SHA-256 under the documents folder
 * (owner-only: folders 0700, files 0600), its page texts and metadata in the store, and a link to
 * the docket entry it belongs to. The same bytes are stored once however often they arrive. Adding
 * the main document of an entry hands its text to the deadline record (`setEntryText`), refreshes
 * the case, and appends a `document.added` event with the document's own findings.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { DocumentOrigin } from '../../db/documents-schema.ts';
import { isPostgresUrl, type Store, writeTransaction } from '../../db/index.ts';
import { emitOnce } from '../deadlines/record/events.ts';
import { capitalize, hash, longDate } from '../deadlines/record/model.ts';
import { type DeadlineRefresh, refreshCaseDeadlines, setEntryText } from '../deadlines/record.ts';
import { InputError } from '../errors.ts';
import { readEntryClasses } from '../ingest/classes.ts';
import { docketEvent, type InjunctionPayload, parseEvent, type StayPayload } from '../model/events.ts';
import { analyzeDocument, type DocumentAnalysis, documentAddedEvent } from './analyze.ts';
import { isRestricted } from './privacy.ts';
import type { DocumentReader, DocumentText } from './text.ts';

/** The documents folder: configured, else `documents/` beside the SQLite file, else `./data/documents`. */
export function documentsDir(database: string, configured?: string): string {
  if (configured) return resolve(configured);
  if (isPostgresUrl(database) || database === ':memory:') return resolve('./data/documents');
  return join(dirname(resolve(database)), 'documents');
}

/** Where the file with this digest lives. */
export function documentPath(dir: string, sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new InputError(`not a document digest: ${sha256}`);
  return join(dir, sha256.slice(0, 2), `${sha256}.pdf`);
}

/** Write the file once (atomically: a temporary name, then rename); an existing file is kept. */
export async function saveDocumentFile(dir: string, sha256: string, data: Uint8Array): Promise<string> {
  const path = documentPath(dir, sha256);
  if (existsSync(path)) return path;
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700).catch(() => undefined);
  const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(tmp, data, { mode: 0o600 });
    await rename(tmp, path);
  } finally {
    await rm(tmp, { force: true });
  }
  return path;
}

export interface AddDocumentInput {
  /** `court:docket`, as the other commands take it. */
  caseKey: string;
  /** The entry's number (or its stored key for an unnumbered entry). */
  entry: string;
  /** 0 for the main document, else the attachment number. */
  attachment?: number;
  data: Uint8Array;
  origin: DocumentOrigin;
  originUrl?: string | null;
  costUsd?: number;
}

export interface AddedDocument {
  sha256: string;
  path: string;
  /** False when these bytes were already stored (then nothing was read again). */
  newFile: boolean;
  /** False when this entry already had this document. */
  newLink: boolean;
  numPages: number;
  ocrPages: number[];
  unread: number[];
  warnings: string[];
  analysis: DocumentAnalysis | null;
}

interface EntryRow {
  id: number;
  case_id: number;
  entry_key: string;
  description: string;
  date_filed: string | null;
  date_entered: string | null;
}

async function findEntry(
  store: Store,
  caseKey: string,
  entry: string,
): Promise<EntryRow & { court: string }> {
  const { findCase } = await import('../../db/cases.ts');
  const found = await findCase(store.db, caseKey);
  if (!found)
    throw new InputError(`case ${caseKey} is not in the record (add it with: docketwatch case add)`);
  const q = store.db
    .selectFrom('entries')
    .select(['id', 'case_id', 'entry_key', 'description', 'date_filed', 'date_entered'])
    .where('case_id', '=', found.id);
  const row =
    (await q.where('entry_key', '=', entry).executeTakeFirst()) ??
    (/^\d+$/.test(entry) ? await q.where('number', '=', Number(entry)).executeTakeFirst() : undefined);
  if (!row) throw new InputError(`case ${found.key} has no entry ${entry}`);
  return { ...row, court: found.key.slice(0, found.key.indexOf(':')) };
}

/** The kept file with this SHA-256, if any. */
function documentFile(store: Store, sha256: string) {
  return store.db.selectFrom('document_files').selectAll().where('sha256', '=', sha256).executeTakeFirst();
}

/** Read (unless already stored), keep and link a document; see the module comment. */
export async function addDocument(
  store: Store,
  reader: DocumentReader,
  dir: string,
  input: AddDocumentInput,
): Promise<AddedDocument> {
  const entry = await findEntry(store, input.caseKey, input.entry);
  if (isRestricted(entry.description))
    throw new InputError(
      `entry ${input.entry} is sealed or restricted on the docket; docketwatch does not keep or show its documents`,
    );
  const { createHash } = await import('node:crypto');
  const sha256 = createHash('sha256').update(input.data).digest('hex');
  const known = await documentFile(store, sha256);
  let text: DocumentText | null = null;
  if (!known) text = await reader.read(input.data);
  const path = await saveDocumentFile(dir, sha256, input.data);
  const now = new Date().toISOString();
  const attachment = input.attachment ?? 0;

  const newLink = await writeTransaction(store.db, async (trx) => {
    if (text) {
      await trx
        .insertInto('document_files')
        .values({
          sha256,
          bytes: text.bytes,
          num_pages: text.numPages,
          ocr_pages: text.pages.filter((p) => p.ocr).length,
          unread: JSON.stringify(text.unread),
          warnings: JSON.stringify(text.warnings),
          created_at: now,
        })
        .onConflict((oc) => oc.column('sha256').doNothing())
        .execute();
      for (let i = 0; i < text.pages.length; i += 200)
        await trx
          .insertInto('document_pages')
          .values(
            text.pages
              .slice(i, i + 200)
              .map((p) => ({ sha256, page: p.number, text: p.text, ocr: p.ocr ? 1 : 0 })),
          )
          .onConflict((oc) => oc.columns(['sha256', 'page']).doNothing())
          .execute();
    }
    const inserted = await trx
      .insertInto('entry_documents')
      .values({
        entry_id: entry.id,
        sha256,
        attachment,
        origin: input.origin,
        origin_url: input.originUrl ?? null,
        cost_usd: input.costUsd ?? 0,
        added_at: now,
        analyzed_at: null,
      })
      .onConflict((oc) => oc.columns(['entry_id', 'attachment', 'sha256']).doNothing())
      .returning('id')
      .executeTakeFirst();
    return inserted !== undefined;
  });

  const pages = await storedPages(store, sha256);
  const file = await documentFile(store, sha256);
  if (!file) throw new Error(`document file ${sha256} was not kept`);
  let analysis: DocumentAnalysis | null = null;
  if (newLink && attachment === 0) analysis = await analyzeStored(store, entry, sha256, pages, input.origin);
  return {
    sha256,
    path,
    newFile: !known,
    newLink,
    numPages: file.num_pages,
    ocrPages: pages.filter((p) => p.ocr).map((p) => p.number),
    unread: JSON.parse(file.unread) as number[],
    warnings: JSON.parse(file.warnings) as string[],
    analysis,
  };
}

/** A stored document's page texts, in page order. */
export async function storedPages(
  store: Pick<Store, 'db'>,
  sha256: string,
): Promise<{ number: number; text: string; ocr: boolean }[]> {
  const rows = await store.db
    .selectFrom('document_pages')
    .select(['page', 'text', 'ocr'])
    .where('sha256', '=', sha256)
    .orderBy('page')
    .execute();
  return rows.map((r) => ({ number: r.page, text: r.text, ocr: r.ocr === 1 }));
}

/**
 * The worker's part when a main document arrives: its findings (with page and sentence) go into a
 * `document.added` event, the sentences they come from to the deadline record, its disagreements
 * with the docket text to the entry's review flag, and the case is refreshed.
 */
async function analyzeStored(
  store: Store,
  entry: EntryRow & { court: string },
  sha256: string,
  pages: { number: number; text: string; ocr: boolean }[],
  origin: DocumentOrigin,
): Promise<DocumentAnalysis> {
  const filed = (entry.date_filed ?? entry.date_entered ?? new Date().toISOString()).slice(0, 10);
  const analysis = analyzeDocument(pages, { filed, court: entry.court, docketText: entry.description });
  // The record reads the sentences the document's findings come from, not the whole document:
  // opinions and orders retell dates they do not set, and those sentences were left out here.
  const operative = operativeSentences(analysis);
  if (operative) await setEntryText(store, entry.case_id, entry.entry_key, operative, `document:${sha256}`);
  const now = new Date().toISOString();
  const event = documentAddedEvent(analysis, { sha256, pages: pages.length, attachment: 0, origin });
  await store.db
    .insertInto('events')
    .values({
      case_id: entry.case_id,
      type: event.type,
      entry_key: entry.entry_key,
      payload: JSON.stringify(event.payload),
      created_at: now,
    })
    .execute();
  await store.db
    .updateTable('entry_documents')
    .set({
      analyzed_at: now,
      disagreements: analysis.disagreements.length > 0 ? JSON.stringify(analysis.disagreements) : null,
    })
    .where('entry_id', '=', entry.id)
    .where('sha256', '=', sha256)
    .execute();
  const before = await stayTerms(store, entry.case_id);
  const reliefBefore = await reliefTerms(store, entry.case_id);
  const refresh = await refreshCaseDeadlines(store, entry.case_id, { reread: [entry.entry_key] });
  // Who is covered: an order's document may define the class its docket text does not.
  await readEntryClasses(store, entry.case_id, [entry.entry_key]);
  await tellTermsLearned(store, entry.case_id, entry.entry_key, before, refresh, now);
  await tellReliefTermsLearned(store, entry.case_id, entry.entry_key, reliefBefore, refresh, now);
  return analysis;
}

interface StayTerm {
  what: string;
  party: string | null;
  words: string | null;
  expires: string | null;
  until: string | null;
}

/** The stays in force of a case and their terms (last day, or condition), by record id. */
async function stayTerms(store: Store, caseId: number): Promise<Map<string, StayTerm>> {
  const rows = await store.db
    .selectFrom('deadline_records')
    .select(['id', 'what', 'party', 'due', 'data', 'words'])
    .where('case_id', '=', caseId)
    .where('kind', '=', 'stay')
    .where('status', '=', 'in_force')
    .execute();
  return new Map(
    rows.map((r) => {
      const until = (JSON.parse(r.data) as { until?: unknown }).until;
      return [
        r.id,
        {
          what: r.what,
          party: r.party,
          words: r.words,
          expires: r.due,
          until: typeof until === 'string' ? until : null,
        },
      ];
    }),
  );
}

/** The last stay or injunction event `entryKey` told about the record `id`, or `null`. */
async function lastTold(
  store: Store,
  caseId: number,
  entryKey: string,
  family: 'stay' | 'injunction',
  id: string,
): Promise<{ type: string; payload: StayPayload | InjunctionPayload } | null> {
  let told: { type: string; payload: StayPayload | InjunctionPayload } | null = null;
  for (const row of await store.db
    .selectFrom('events')
    .select(['type', 'payload'])
    .where('case_id', '=', caseId)
    .where('entry_key', '=', entryKey)
    .where('type', 'like', `${family}.%`)
    .orderBy('id')
    .execute()) {
    const e = parseEvent(row.type, row.payload);
    const payload = e?.type.startsWith(`${family}.`) ? (e.payload as StayPayload | InjunctionPayload) : null;
    if (payload?.record === id) told = { type: e!.type, payload };
  }
  return told;
}

/**
 * A stay told before its order was read — the docket said "granted", the order says for how long —
 * takes its last day (or condition) from the order when the record refreshes; but the record tells
 * each change once, and the grant was told, so the refresh tells nothing. The term is told here:
 * a stay event of the same record and entry with the term, keyed by it, once. Reading the same
 * order again (another copy, the entry enriched) changes no term and tells nothing.
 */
async function tellTermsLearned(
  store: Store,
  caseId: number,
  entryKey: string,
  before: Map<string, StayTerm>,
  refresh: DeadlineRefresh,
  now: string,
): Promise<void> {
  for (const [id, term] of await stayTerms(store, caseId)) {
    const was = before.get(id);
    // A new record, or an unchanged term: the refresh told it, or it was told before.
    if (!was || (was.expires === term.expires && was.until === term.until)) continue;
    if (term.expires === null && term.until === null) continue;
    if (refresh.events.some((e) => e.type.startsWith('stay.') && (e.payload as StayPayload).record === id))
      continue;
    // The grant (or change) this entry told, without the term the order gives.
    const last = await lastTold(store, caseId, entryKey, 'stay', id);
    const told = last ? { type: last.type, payload: last.payload as StayPayload } : null;
    if (!told) continue;
    const action = told.type.slice('stay.'.length).replace(/_/g, ' ');
    const event = docketEvent(told.type as 'stay.granted', {
      ...told.payload,
      what: term.what,
      party: term.party,
      words: term.words,
      message: `${capitalize(term.what)} ${action}${term.expires ? `; in force through ${longDate(term.expires)}` : ''}`,
      expires: term.expires,
      previousExpires: null,
      until: term.until,
      daysLeft: null,
    });
    const key = hash(['document-term', told.type, id, entryKey, term.expires, term.until], 32);
    await writeTransaction(store.db, (trx) => emitOnce(trx, caseId, key, event, entryKey, now));
  }
}

/** The injunctions (TROs, preliminary injunctions, decrees) in force of a case and their last days, by record id. */
async function reliefTerms(store: Store, caseId: number): Promise<Map<string, string | null>> {
  const rows = await store.db
    .selectFrom('deadline_records')
    .select(['id', 'due'])
    .where('case_id', '=', caseId)
    .where('kind', '=', 'injunction')
    .where('status', '=', 'in_force')
    .execute();
  return new Map(rows.map((r) => [r.id, r.due]));
}

/**
 * The same for an injunction: granted by the docket's words ("ORDER granting [8] Motion for TRO")
 * and told then, its last day given by the order's own text read later ("This temporary
 * restraining order shall expire on April 3, 2025"). The refresh gives the record the day and tells
 * nothing; the day is told here once, as the term learned (`injunction.modified`, `term`).
 */
async function tellReliefTermsLearned(
  store: Store,
  caseId: number,
  entryKey: string,
  before: Map<string, string | null>,
  refresh: DeadlineRefresh,
  now: string,
): Promise<void> {
  for (const [id, due] of await reliefTerms(store, caseId)) {
    if (!before.has(id) || due === null || before.get(id) === due) continue;
    if (
      refresh.events.some(
        (e) => e.type.startsWith('injunction.') && (e.payload as InjunctionPayload).record === id,
      )
    )
      continue;
    const told = ((await lastTold(store, caseId, entryKey, 'injunction', id))?.payload ??
      null) as InjunctionPayload | null;
    if (!told) continue;
    const was = before.get(id) ?? null;
    const event = docketEvent('injunction.modified', {
      ...told,
      message: `${capitalize(told.injunction.replace(/_/g, ' '))} in force through ${longDate(due)}${was ? ` (was through ${longDate(was)})` : ''}: the order's text gives its last day`,
      until: due,
      term: true,
      ...(was ? { previousUntil: was } : {}),
    });
    const key = hash(['document-relief-term', id, entryKey, due], 32);
    await writeTransaction(store.db, (trx) => emitOnce(trx, caseId, key, event, entryKey, now));
  }
}

/** The sentences of a document's findings, each once, in the document's order. */
export function operativeSentences(analysis: DocumentAnalysis): string {
  const found = [...analysis.deadlines, ...analysis.stays, ...analysis.injunctions, ...analysis.hearings];
  found.sort((a, b) => a.page - b.page);
  return [...new Set(found.map((f) => f.quote))].join('\n');
}

/** The documents stored for a case's entries: entry key → its documents (sealed entries never listed). */
export async function caseDocuments(
  store: Pick<Store, 'db'>,
  caseId: number,
): Promise<Map<string, { sha256: string; attachment: number; pages: number; ocrPages: number }[]>> {
  const rows = await store.db
    .selectFrom('entry_documents as d')
    .innerJoin('entries as e', 'e.id', 'd.entry_id')
    .innerJoin('document_files as f', 'f.sha256', 'd.sha256')
    .select(['e.entry_key', 'e.description', 'd.sha256', 'd.attachment', 'f.num_pages', 'f.ocr_pages'])
    .where('e.case_id', '=', caseId)
    .orderBy('d.attachment')
    .execute();
  const out = new Map<string, { sha256: string; attachment: number; pages: number; ocrPages: number }[]>();
  for (const r of rows) {
    if (isRestricted(r.description)) continue;
    const list = out.get(r.entry_key) ?? [];
    if (!list.some((x) => x.sha256 === r.sha256))
      list.push({ sha256: r.sha256, attachment: r.attachment, pages: r.num_pages, ocrPages: r.ocr_pages });
    out.set(r.entry_key, list);
  }
  return out;
}
