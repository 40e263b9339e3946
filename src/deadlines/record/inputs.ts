import { findCase } from '../../../db/cases.ts';
import { InputError } from '../../errors.ts';
import { caseKey } from '../../model/case-key.ts';
import { type AppealEntry, type CaseRef, DATE, type Db, type Inputs } from './model.ts';

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
  return { id: row.id, key: caseKey(row.court_id, row.docket_number), court: row.court_id };
}

/** The day an entry counts from: its filing date (an RSS instant's day), else the day entered. */
function dayOf(row: { date_filed: string | null; date_entered: string | null }): string | null {
  const d = (row.date_filed ?? row.date_entered ?? '').slice(0, 10);
  return DATE.test(d) ? d : null;
}

export async function loadInputs(db: Db, c: CaseRef): Promise<Inputs> {
  const rows = await db
    .selectFrom('entries')
    .select([
      'id',
      'entry_key',
      'number',
      'date_filed',
      'date_entered',
      'description',
      'short_description',
      'pacer_seq_no',
    ])
    .where('case_id', '=', c.id)
    .where('status', '=', 'present')
    .execute();
  const texts = new Map(
    (
      await db.selectFrom('entry_texts').select(['entry_key', 'text']).where('case_id', '=', c.id).execute()
    ).map((t) => [t.entry_key, t.text]),
  );
  const dated = rows.flatMap((r) => {
    const day = dayOf(r);
    const text = r.description || r.short_description || '';
    return day && text ? [{ r, day, text }] : [];
  });
  // Docket order: by day; within a day by CM/ECF sequence when both have one, else numbered
  // entries first (a clerk's unnumbered "Set Deadlines as to [87]" follows the order it repeats).
  dated.sort((a, b) => {
    if (a.day !== b.day) return a.day < b.day ? -1 : 1;
    if (a.r.pacer_seq_no && b.r.pacer_seq_no && a.r.pacer_seq_no !== b.r.pacer_seq_no)
      return Number(a.r.pacer_seq_no) - Number(b.r.pacer_seq_no);
    if ((a.r.number === null) !== (b.r.number === null)) return a.r.number === null ? 1 : -1;
    return (a.r.number ?? 0) - (b.r.number ?? 0) || a.r.id - b.r.id;
  });
  const entries = dated.map(({ r, day, text }) => ({
    key: r.entry_key,
    partial: !r.description,
    number: r.number === null ? null : String(r.number),
    id: r.entry_key,
    dateFiled: day,
    text,
    documentText: texts.get(r.entry_key) ?? null,
  }));
  const decisions = await db
    .selectFrom('deadline_decisions')
    .selectAll()
    .where('case_id', '=', c.id)
    .orderBy('id')
    .execute();
  const fullText = await db
    .selectFrom('sources')
    .select('id')
    .where('case_id', '=', c.id)
    .where((eb) => eb.or([eb('type', 'like', 'pacer-docket%'), eb('type', '=', 'courtlistener')]))
    .limit(1)
    .executeTakeFirst();
  const appealCases = await db
    .selectFrom('cases')
    .select(['id', 'court_id', 'docket_number'])
    .where('parent_case_id', '=', c.id)
    .execute();
  return {
    c,
    entries,
    decisions,
    fullTextSource: fullText !== undefined,
    appeals: await appealEntries(db, appealCases),
  };
}

/** The entries of the appeals taken from a case, in filing order. */
async function appealEntries(
  db: Db,
  cases: { id: number; court_id: string; docket_number: string }[],
): Promise<AppealEntry[]> {
  if (cases.length === 0) return [];
  const byId = new Map(cases.map((x) => [x.id, x]));
  const rows = await db
    .selectFrom('entries')
    .select(['case_id', 'entry_key', 'date_filed', 'date_entered', 'description', 'short_description'])
    .where(
      'case_id',
      'in',
      cases.map((x) => x.id),
    )
    .where('status', '=', 'present')
    .orderBy('id')
    .execute();
  const out = rows.flatMap((r) => {
    const day = dayOf(r);
    const text = r.description || r.short_description || '';
    const a = byId.get(r.case_id)!;
    return day && text
      ? [
          {
            id: `${a.court_id}:${a.docket_number}#${r.entry_key}`,
            number: null,
            court: a.court_id,
            dateFiled: day,
            text,
          },
        ]
      : [];
  });
  return out.sort((x, y) => (x.dateFiled < y.dateFiled ? -1 : x.dateFiled > y.dateFiled ? 1 : 0));
}
