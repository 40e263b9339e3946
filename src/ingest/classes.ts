/**
 * Who is covered, per order: after ingest, the entries that changed (or got their document's
 * text) are read for a class their order defines (`src/deadlines/classes.ts`), and the case's
 * definitions follow (`writeOrderClasses`). Each definition depends only on its entry's final
 * words, so entries arriving one by one (a feed's title, then the docket report's text, then the
 * document) give the same definitions as one ingest of the whole docket.
 */
import { type OrderClass, writeOrderClasses } from '../../db/case-details.ts';
import { findCase } from '../../db/cases.ts';
import type { Store } from '../../db/index.ts';
import { classDefinition } from '../deadlines/classes.ts';
import { RULING_KINDS, storedKind } from '../deadlines/kinds.ts';
import { turns } from '../turns.ts';

/** Read the class definitions of these entries (`entry` `null`: every entry of the case). */
export async function readOrderClasses(
  store: Pick<Store, 'db'>,
  touched: readonly { type: string; case: string; entry?: string | null }[],
  now: Date = new Date(),
): Promise<void> {
  const changed = new Map<string, Set<string> | null>();
  for (const e of touched) {
    if (!e.type.startsWith('entry.')) continue;
    const keys = changed.has(e.case) ? changed.get(e.case)! : new Set<string>();
    changed.set(e.case, keys && e.entry ? keys.add(e.entry) : null);
  }
  for (const [key, entries] of changed) {
    const c = await findCase(store.db, key).catch(() => undefined);
    if (c) await readEntryClasses(store, c.id, entries ? [...entries] : null, now);
  }
}

/**
 * Read these entries of a case (`null`: all) for the class their orders define: the docket text,
 * the document text kept for the entry, and the main document's pages when one is stored (a
 * document arriving later calls this for its entry).
 */
export async function readEntryClasses(
  store: Pick<Store, 'db'>,
  caseId: number,
  keys: readonly string[] | null,
  now: Date = new Date(),
): Promise<void> {
  if (keys && keys.length === 0) return;
  let q = store.db
    .selectFrom('entries as e')
    .leftJoin('entry_texts as t', (j) =>
      j.onRef('t.case_id', '=', 'e.case_id').onRef('t.entry_key', '=', 'e.entry_key'),
    )
    .select([
      'e.id',
      'e.entry_key',
      'e.number',
      'e.description',
      'e.short_description',
      'e.kind',
      'e.status',
      't.text',
    ])
    .where('e.case_id', '=', caseId);
  if (keys) q = q.where('e.entry_key', 'in', [...keys]);
  const rows = await q.execute();
  // A definition names its order by number; a ruling's own words only, never a motion's.
  const rulings = rows.filter(
    (r) =>
      r.number !== null &&
      r.status === 'present' &&
      RULING_KINDS.has(storedKind(r.kind, r.description, r.short_description)),
  );
  const documents = await mainDocuments(
    store,
    rulings.map((r) => r.id),
  );
  const read = new Map<string, OrderClass | null>(keys ? keys.map((k) => [k, null]) : []);
  for (const r of rows) read.set(r.entry_key, null);
  // A backfill reads thousands: turns for the event loop between them (`src/turns.ts`).
  const pause = turns();
  for (const r of rulings) {
    await pause();
    read.set(r.entry_key, classDefinition(r.description || r.short_description, r.text, documents.get(r.id)));
  }
  await writeOrderClasses(store.db, caseId, read, now.toISOString());
}

/** The text of each entry's main document (its pages in order), for the entries that have one. */
async function mainDocuments(
  store: Pick<Store, 'db'>,
  entryIds: readonly number[],
): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  if (entryIds.length === 0) return out;
  const pages = await store.db
    .selectFrom('entry_documents as d')
    .innerJoin('document_pages as p', 'p.sha256', 'd.sha256')
    .select(['d.entry_id', 'd.id', 'p.page', 'p.text'])
    .where('d.entry_id', 'in', [...entryIds])
    .where('d.attachment', '=', 0)
    .orderBy('d.entry_id')
    .orderBy('d.id')
    .orderBy('p.page')
    .execute();
  // The document kept last for an entry is its main document now.
  const latest = new Map<number, number>();
  for (const p of pages) latest.set(p.entry_id, Math.max(latest.get(p.entry_id) ?? 0, p.id));
  for (const p of pages) {
    if (latest.get(p.entry_id) !== p.id) continue;
    out.set(p.entry_id, `${out.get(p.entry_id) ?? ''}${out.has(p.entry_id) ? '\n' : ''}${p.text}`);
  }
  return out;
}
