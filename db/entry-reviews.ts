/**
 * Entries a person should read (`entry_reviews`): written on every deadline refresh from what the
 * extractor flagged and where a kept document disagrees with its docket text
 * (`entry_documents.disagreements`), read by `docketwatch deadlines`, the case page, the
 * maintainers' page and the digests.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

type Db = Kysely<Database>;

/** One flagged entry, as the extractor gave it. */
export interface EntryReview {
  entryKey: string;
  entryNumber: string | null;
  dateFiled: string;
  /** `disagrees`: the entry's document dates something on another day than its docket text. */
  reason: 'unread' | 'partly_read' | 'uncertain' | 'disagrees';
  /** The words that raised the flag ("within 14 days", "hearing", "6/9/2017"); for `disagrees`, what each says. */
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

interface StoredDisagreement {
  kind: string;
  docket: string;
  document: string[];
  page: number;
  quote: string;
}

/**
 * Entries whose kept main document disagrees with the docket text, as reviews: what the docket
 * says, and what the document says with its page and sentence.
 */
async function documentDisagreements(
  db: Db,
  caseId: number,
  scope?: readonly string[],
): Promise<EntryReview[]> {
  if (scope?.length === 0) return [];
  let q = db
    .selectFrom('entry_documents as d')
    .innerJoin('entries as e', 'e.id', 'd.entry_id')
    .select(['e.entry_key', 'e.number', 'e.date_filed', 'e.date_entered', 'e.description', 'd.disagreements'])
    .where('e.case_id', '=', caseId)
    .where('d.attachment', '=', 0)
    .where('d.disagreements', 'is not', null);
  if (scope && scope.length <= 500) q = q.where('e.entry_key', 'in', [...scope]);
  const inScope = scope ? new Set(scope) : null;
  const rows = (await q.execute()).filter((r) => !inScope || inScope.has(r.entry_key));
  return rows.flatMap((r) => {
    let list: StoredDisagreement[] = [];
    try {
      list = JSON.parse(r.disagreements ?? '[]') as StoredDisagreement[];
    } catch {
      return [];
    }
    if (!Array.isArray(list) || list.length === 0) return [];
    return [
      {
        entryKey: r.entry_key,
        entryNumber: r.number === null ? null : String(r.number),
        dateFiled: (r.date_filed ?? r.date_entered ?? '').slice(0, 10),
        reason: 'disagrees' as const,
        triggers: list.flatMap((x) => [
          `the docket text dates the ${x.kind} ${x.docket}`,
          `the document says ${x.document.join(', ')} (p. ${x.page}: ${x.quote.length > 200 ? `${x.quote.slice(0, 199)}…` : x.quote})`,
        ]),
        words: r.description,
      },
    ];
  });
}

/**
 * Make the case's rows exactly `reviews` and the documents' disagreements (which win over the
 * extractor's flag of the same entry): insert new ones, update changed ones, delete the rest.
 * With `scope`, only the rows of those entries (the entries read again) are considered.
 */
export async function syncEntryReviews(
  db: Db,
  caseId: number,
  extracted: readonly EntryReview[],
  now: string,
  scope?: readonly string[],
): Promise<{ inserted: number; updated: number; removed: number }> {
  const disagreeing = await documentDisagreements(db, caseId, scope);
  const flagged = new Set(disagreeing.map((r) => r.entryKey));
  const reviews = [...disagreeing, ...extracted.filter((r) => !flagged.has(r.entryKey))];
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
