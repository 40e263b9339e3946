/** People's decisions: confirm, dismiss, a manual deadline; an entry's document text. */
import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import { DateTime } from 'luxon';
import { type Store, writeTransaction } from '../../../db/index.ts';
import { InputError } from '../../errors.ts';
import { UnknownRecordError } from '../tracker.ts';
import { emitOnce, recordEvent } from './events.ts';
import { resolveCase } from './inputs.ts';
import { capitalize, DATE, type DeadlineRecord, hash } from './model.ts';
import { refreshPosture } from './persist.ts';
import { fromRow } from './rows.ts';

function defaultWho(): string {
  try {
    return userInfo().username || 'unknown';
  } catch {
    return process.env.USER || 'unknown';
  }
}

/**
 * A person confirms or dismisses a record (usually an extracted deadline). The decision is kept
 * in the review log (who, when, note), re-applied on every later derivation, and announced as
 * `<kind>.confirmed` / `<kind>.dismissed`.
 */
export async function reviewRecord(
  store: Pick<Store, 'db'>,
  id: string,
  action: 'confirm' | 'dismiss',
  options: { by?: string; note?: string | null; now?: Date } = {},
): Promise<DeadlineRecord> {
  const who = (options.by ?? defaultWho()).trim();
  if (!who) throw new InputError('say who confirms or dismisses (--by NAME)');
  const now = (options.now ?? new Date()).toISOString();
  const row = await store.db
    .selectFrom('deadline_records')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new UnknownRecordError(id);
  const c = await resolveCase(store.db, row.case_id);
  await writeTransaction(store.db, async (trx) => {
    const inserted = await trx
      .insertInto('deadline_decisions')
      .values({
        case_id: c.id,
        record_id: id,
        action,
        who,
        at: now,
        note: options.note ?? null,
        payload: '{}',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const past = action === 'confirm' ? 'confirmed' : 'dismissed';
    const event = recordEvent(
      fromRow(row),
      past,
      {
        date: now.slice(0, 10),
        message: `${capitalize(row.what)} ${past} by ${who}${options.note ? `: ${options.note}` : ''}`,
      },
      { by: who, note: options.note ?? null },
    );
    if (event) await emitOnce(trx, c.id, hash(['review', inserted.id], 32), event, row.entry_key, now);
  });
  // The decision is in the log: the refresh applies it where the record was set.
  await refreshPosture(store, c, now);
  const updated = await store.db
    .selectFrom('deadline_records')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return fromRow(updated ?? row);
}

/** A deadline a person enters by hand; it is confirmed from the start and kept like any other. */
export async function addManualDeadline(
  store: Pick<Store, 'db'>,
  caseRef: number | string,
  input: {
    what: string;
    due: string;
    dueTime?: string | null;
    party?: string | null;
    by?: string;
    note?: string | null;
  },
  options: { now?: Date } = {},
): Promise<DeadlineRecord> {
  const what = input.what.trim();
  if (!what) throw new InputError('say what is due (--what)');
  if (what.length > 500) throw new InputError('--what is longer than 500 characters');
  if (!DATE.test(input.due) || !DateTime.fromISO(input.due).isValid)
    throw new InputError(`due date "${input.due}" is not a YYYY-MM-DD date`);
  if (input.dueTime != null && !/^([01]\d|2[0-3]):[0-5]\d$/.test(input.dueTime))
    throw new InputError(`time "${input.dueTime}" is not HH:MM (24-hour)`);
  const who = (input.by ?? defaultWho()).trim() || 'unknown';
  const now = (options.now ?? new Date()).toISOString();
  const c = await resolveCase(store.db, caseRef);
  const id = `dl-${hash([c.key, 'manual', randomUUID()])}`;
  await store.db
    .insertInto('deadline_decisions')
    .values({
      case_id: c.id,
      record_id: id,
      action: 'add',
      who,
      at: now,
      note: input.note ?? null,
      payload: JSON.stringify({
        what,
        party: input.party ?? null,
        due: input.due,
        dueTime: input.dueTime ?? null,
      }),
    })
    .execute();
  await refreshPosture(store, c, now);
  const row = await store.db
    .selectFrom('deadline_records')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return fromRow(row);
}

/** The review log of a record: who confirmed, dismissed or added it, when, and why. */
export async function reviewLog(
  store: Pick<Store, 'db'>,
  id: string,
): Promise<{ action: string; who: string; at: string; note: string | null }[]> {
  const rows = await store.db
    .selectFrom('deadline_decisions')
    .select(['action', 'who', 'at', 'note'])
    .where('record_id', '=', id)
    .orderBy('id')
    .execute();
  return rows;
}

/**
 * Keep an entry's document text (an order's own words, from a PDF or CourtListener) so the
 * extractor reads it too; the next refresh uses it.
 */
export async function setEntryText(
  store: Pick<Store, 'db'>,
  caseRef: number | string,
  entry: string,
  text: string,
  source: string,
  options: { now?: Date } = {},
): Promise<void> {
  const c = await resolveCase(store.db, caseRef);
  const now = (options.now ?? new Date()).toISOString();
  await store.db
    .insertInto('entry_texts')
    .values({ case_id: c.id, entry_key: entry, text, source, updated_at: now })
    .onConflict((oc) => oc.columns(['case_id', 'entry_key']).doUpdateSet({ text, source, updated_at: now }))
    .execute();
}
