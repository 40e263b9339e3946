import type { ExpressionBuilder } from 'kysely';
import { findCase } from '../../../db/cases.ts';
import { type Database, type DeadlineDecisionRow, ENTRY_TEXT_COLUMNS } from '../../../db/schema.ts';
import { InputError } from '../../errors.ts';
import { type CaseRef, caseRef } from '../../model/case-key.ts';
import { linkedField } from '../extract/refs.ts';
import { comparePositions, DATE, type Db, type EntryInput, hash, type Inputs } from './model.ts';

export async function resolveCase(db: Db, ref: number | string): Promise<CaseRef> {
  if (typeof ref === 'string') {
    const found = await findCase(db, ref);
    if (!found) throw new InputError(`case ${ref} is not in the record (add it with: docketwatch case add)`);
    ref = found.id;
  }
  const row = await db
    .selectFrom('cases')
    .select(['id', 'court_id', 'docket_number'])
    .where('id', '=', ref)
    .executeTakeFirst();
  if (!row) throw new InputError(`no case with id ${ref} in the record`);
  return caseRef(row.id, row.court_id, row.docket_number);
}

/** The day an entry counts from: its filing date (an RSS instant's day), else the day entered. */
function dayOf(row: { date_filed: string | null; date_entered: string | null }): string | null {
  const d = (row.date_filed ?? row.date_entered ?? '').slice(0, 10);
  return DATE.test(d) ? d : null;
}

/** `dayOf` in SQL: the entries whose day (filing date, else the day entered) is `from` or later. */
function countsFrom(from: string) {
  return (eb: ExpressionBuilder<Database, 'entries'>) =>
    eb.or([
      eb('date_filed', '>=', from),
      eb.and([eb('date_filed', 'is', null), eb('date_entered', '>=', from)]),
    ]);
}

/** The entries a stored `entries.linked_entries` names (none when it is `null` or not JSON). */
function linkedOf(column: string | null): { linkedEntries?: number[] } {
  if (!column) return {};
  try {
    return linkedField(JSON.parse(column));
  } catch {
    return {};
  }
}

/** The entries read, in docket order, with what each was read as. */
export async function loadEntries(
  db: Db,
  c: CaseRef,
  only: { keys?: readonly string[]; fromDay?: string } = {},
  /** Called between entries (a turn for the event loop when a whole case is read, `src/turns.ts`). */
  pause?: () => Promise<void>,
): Promise<EntryInput[]> {
  if (only.keys && only.keys.length === 0) return [];
  let q = db
    .selectFrom('entries')
    .select(['id', ...ENTRY_TEXT_COLUMNS, 'pacer_seq_no', 'linked_entries'])
    .where('case_id', '=', c.id)
    .where('status', '=', 'present');
  let t = db.selectFrom('entry_texts').select(['entry_key', 'text']).where('case_id', '=', c.id);
  if (only.keys) {
    q = q.where('entry_key', 'in', [...only.keys]);
    t = t.where('entry_key', 'in', [...only.keys]);
  }
  if (only.fromDay) q = q.where(countsFrom(only.fromDay));
  const rows = await q.execute();
  const texts = new Map((await t.execute()).map((x) => [x.entry_key, x.text]));
  const entries: EntryInput[] = [];
  for (const r of rows) {
    const day = dayOf(r);
    const text = r.description || r.short_description || '';
    if (!day || !text) continue;
    const position = { day, seq: r.pacer_seq_no, number: r.number, row: r.id };
    const documentText = texts.get(r.entry_key) ?? null;
    const partial = !r.description;
    entries.push({
      key: r.entry_key,
      partial,
      number: r.number === null ? null : String(r.number),
      id: r.entry_key,
      dateFiled: day,
      text,
      documentText,
      ...linkedOf(r.linked_entries),
      position,
      fingerprint: hash(
        [
          JSON.stringify(position),
          text,
          documentText ?? '\u0001',
          partial ? 1 : 0,
          r.entry_key,
          // (Only when it links any: an entry without links reads as it did before links were stored.)
          ...(r.linked_entries ? [r.linked_entries] : []),
        ],
        24,
      ),
    });
    await pause?.();
  }
  const appeals = await appealEntries(db, c, only);
  return [...entries, ...appeals].sort((a, b) => comparePositions(a.position, b.position));
}

/** The key an appeal's entry has in the record of the case appealed from. */
const APPEAL_KEY = /^appeal:(\d+):(.+)$/;

/**
 * The entries of the appeals taken from a case (cases linked to it as appeals), as entries of
 * its own docket order: keyed `appeal:<case id>:<entry key>`, placed before the case's own entries
 * of the same day (the clerk copies what the court of appeals did).
 */
async function appealEntries(
  db: Db,
  c: CaseRef,
  only: { keys?: readonly string[]; fromDay?: string },
): Promise<EntryInput[]> {
  const keys = only.keys?.flatMap((k) => {
    const m = APPEAL_KEY.exec(k);
    return m ? [{ caseId: Number(m[1]), key: m[2]! }] : [];
  });
  if (keys && keys.length === 0) return [];
  const appeals = await db
    .selectFrom('cases')
    .select(['id', 'court_id'])
    .where('parent_case_id', '=', c.id)
    .execute();
  if (appeals.length === 0) return [];
  const court = new Map(appeals.map((a) => [a.id, a.court_id]));
  let q = db
    .selectFrom('entries')
    .select(['id', 'case_id', 'entry_key', 'date_filed', 'date_entered', 'description', 'short_description'])
    .where(
      'case_id',
      'in',
      appeals.map((a) => a.id),
    )
    .where('status', '=', 'present');
  if (keys)
    q = q.where(
      'entry_key',
      'in',
      keys.map((k) => k.key),
    );
  if (only.fromDay) q = q.where(countsFrom(only.fromDay));
  return (await q.execute()).flatMap((r) => {
    const day = dayOf(r);
    const text = r.description || r.short_description || '';
    const key = `appeal:${r.case_id}:${r.entry_key}`;
    if (!day || !text || (keys && !only.keys!.includes(key))) return [];
    const position = { day, seq: null, number: 0, row: r.id };
    return [
      {
        key,
        partial: !r.description,
        number: null,
        id: key,
        dateFiled: day,
        text,
        documentText: null,
        position,
        fingerprint: hash([JSON.stringify(position), text, key], 24),
        appeal: court.get(r.case_id)!,
      },
    ];
  });
}

export async function loadDecisions(db: Db, caseId: number): Promise<DeadlineDecisionRow[]> {
  return db
    .selectFrom('deadline_decisions')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('id')
    .execute();
}

/** Whether a source that gives entries' full text (a docket report) watches the case. */
export async function hasFullTextSource(db: Db, caseId: number): Promise<boolean> {
  const fullText = await db
    .selectFrom('sources')
    .select('id')
    .where('case_id', '=', caseId)
    .where((eb) => eb.or([eb('type', 'like', 'pacer-docket%'), eb('type', '=', 'courtlistener')]))
    .limit(1)
    .executeTakeFirst();
  return fullText !== undefined;
}

export async function loadInputs(db: Db, c: CaseRef): Promise<Inputs> {
  return {
    c,
    entries: await loadEntries(db, c),
    decisions: await loadDecisions(db, c.id),
    fullTextSource: await hasFullTextSource(db, c.id),
  };
}
