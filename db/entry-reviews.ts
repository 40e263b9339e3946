/**
 * Entries a person should read (`entry_reviews`): written on every deadline refresh from what the
 * extractor flagged, read by `docketwatch deadlines`, the case page, the maintainers' page and the
 * digests.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

type Db = Kysely<Database>;

/** One flagged entry, as the extractor gave it. */
export interface EntryReview {
  entryKey: string;
  entryNumber: string | null;
  dateFiled: string;
  reason: 'unread' | 'partly_read' | 'uncertain';
  /** The words that raised the flag ("within 14 days", "hearing", "6/9/2017"). */
  triggers: string[];
  /** The entry's text, shortened. */
  words: string;
}

const WORDS_MAX = 600;

function rowValues(r: EntryReview) {
  return {
    entry_number: r.entryNumber,
    date_filed: r.dateFiled,
    reason: r.reason,
    triggers: JSON.stringify(r.triggers),
    words: r.words.slice(0, WORDS_MAX),
  };
}

/**
 * Make the case's rows exactly `reviews`: insert new ones, update changed ones, delete the rest.
 * With `scope`, only the rows of those entries (the entries read again) are considered.
 */
export async function syncEntryReviews(
  db: Db,
  caseId: number,
  reviews: readonly EntryReview[],
  now: string,
  scope?: readonly string[],
): Promise<{ inserted: number; updated: number; removed: number }> {
  const stored = new Map<string, Awaited<ReturnType<typeof selectReviews>>[number]>();
  if (!scope) for (const r of await selectReviews(db, caseId)) stored.set(r.entry_key, r);
  for (let i = 0; scope && i < scope.length; i += 500)
    for (const r of await selectReviews(db, caseId, scope.slice(i, i + 500))) stored.set(r.entry_key, r);
  const result = { inserted: 0, updated: 0, removed: 0 };
  const keep = new Set<string>();
  for (const r of reviews) {
    keep.add(r.entryKey);
    const values = rowValues(r);
    const old = stored.get(r.entryKey);
    if (!old) {
      await db
        .insertInto('entry_reviews')
        .values({ case_id: caseId, entry_key: r.entryKey, ...values, created_at: now })
        .execute();
      result.inserted++;
    } else if ((Object.keys(values) as (keyof typeof values)[]).some((k) => values[k] !== old[k])) {
      await db
        .updateTable('entry_reviews')
        .set(values)
        .where('case_id', '=', caseId)
        .where('entry_key', '=', r.entryKey)
        .execute();
      result.updated++;
    }
  }
  for (const key of stored.keys()) {
    if (keep.has(key)) continue;
    await db.deleteFrom('entry_reviews').where('case_id', '=', caseId).where('entry_key', '=', key).execute();
    result.removed++;
  }
  return result;
}

function selectReviews(db: Db, caseId: number, keys?: readonly string[]) {
  let q = db.selectFrom('entry_reviews').selectAll().where('case_id', '=', caseId);
  if (keys) q = q.where('entry_key', 'in', [...keys]);
  return q.execute();
}

/** The case's flagged entries, newest first. */
export async function listEntryReviews(db: Db, caseId: number): Promise<EntryReview[]> {
  const rows = await db
    .selectFrom('entry_reviews')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('date_filed', 'desc')
    .orderBy('entry_key', 'desc')
    .execute();
  return rows.map((r) => ({
    entryKey: r.entry_key,
    entryNumber: r.entry_number,
    dateFiled: r.date_filed,
    reason: r.reason as EntryReview['reason'],
    triggers: JSON.parse(r.triggers) as string[],
    words: r.words,
  }));
}

/** How many entries need a person, per case id (cases with none are absent). */
export async function countEntryReviews(db: Db, caseIds?: readonly number[]): Promise<Map<number, number>> {
  let q = db
    .selectFrom('entry_reviews')
    .select(['case_id', db.fn.countAll<number | string>().as('n')])
    .groupBy('case_id');
  if (caseIds) {
    if (caseIds.length === 0) return new Map();
    q = q.where('case_id', 'in', [...caseIds]);
  }
  return new Map((await q.execute()).map((r) => [r.case_id, Number(r.n)]));
}

/** "1 entry needs" / "2 entries need": the sentence the legal team reads. */
export function needReadingText(n: number): string {
  return `${n} ${n === 1 ? 'entry needs' : 'entries need'} a person to read ${n === 1 ? 'it' : 'them'}`;
}
