/**
 * A small case record for the notification pipeline tests: a tracked case, entries written the way
 * ingest writes them (an `entries` row and an `entry.added` event), and deadline/stay events with
 * the payload the deadline record appends. Hand-written, modeled on a habeas class action.
 */
import { addCase, findCase } from '../../db/cases.ts';
import type { Store } from '../../db/index.ts';
import type { DeadlinePayload, EventType, PayloadOf, StayPayload } from '../../src/model/events.ts';

export const CASE_KEY = 'mied:2:17-cv-11910';
export const OTHER_KEY = 'ohnd:1:18-cv-00401';

export async function seedCase(store: Store, key = CASE_KEY, name = 'Hamama v. Adducci'): Promise<number> {
  const [court, ...rest] = key.split(':');
  await addCase(store.db, court!, rest.join(':'), { name });
  return (await findCase(store.db, key))!.id;
}

const at = '2017-07-12T15:00:00.000Z';

export async function addEntry(
  store: Store,
  caseId: number,
  entry: { number: number; date: string; text: string; documentUrl?: string | null },
): Promise<number> {
  const key = String(entry.number);
  await store.db
    .insertInto('entries')
    .values({
      case_id: caseId,
      entry_key: key,
      number: entry.number,
      date_filed: entry.date,
      date_entered: entry.date,
      description: entry.text,
      short_description: null,
      pacer_doc_id: null,
      pacer_seq_no: null,
      page_count: null,
      document_url: entry.documentUrl ?? null,
      status: 'present',
      first_seen_at: at,
      updated_at: at,
    })
    .execute();
  return addEvent(store, caseId, 'entry.added', key, {
    number: key,
    dateFiled: entry.date,
    dateEntered: null,
    description: entry.text,
    shortDescription: null,
    pacerDocId: null,
    documentUrl: entry.documentUrl ?? null,
    source: 'test',
    kind: 'pacer-docket',
  });
}

export async function addEvent<T extends EventType>(
  store: Store,
  caseId: number,
  type: T,
  entryKey: string | null,
  payload: PayloadOf<T>,
): Promise<number> {
  const row = await store.db
    .insertInto('events')
    .values({ case_id: caseId, type, entry_key: entryKey, payload: JSON.stringify(payload), created_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

/** A stay extended by an order (the deadline record's payload). */
export function stayExtendedPayload(entryNumber: number): StayPayload {
  return {
    record: 'stay-removal',
    kind: 'stay',
    what: 'removal of class members',
    party: null,
    expires: '2017-07-24',
    previousExpires: '2017-07-10',
    until: null,
    daysLeft: null,
    date: '2017-07-11',
    message: 'Stay of removal of class members extended to July 24, 2017',
    entryNumber,
    words: null,
  };
}

export function deadlineSetPayload(entryNumber: number, due = '2017-07-17'): DeadlinePayload {
  return {
    record: 'resp-77',
    kind: 'deadline',
    what: 'response to the motion for preliminary injunction [77]',
    party: 'Respondents',
    due,
    dueTime: null,
    previousDue: null,
    basis: 'fixed_date_in_text',
    occurrence: null,
    date: '2017-07-11',
    message: `Response to [77] due ${due}`,
    entryNumber,
    words: null,
  };
}
