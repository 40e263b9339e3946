import type { DeadlineRecordRow } from '../../../db/schema.ts';
import { columnsOf, fieldsOf } from '../../model/fields.ts';
import type { DeadlineRecord } from './model.ts';

/** The fields kept as they are, each in its snake_case column; the rest are JSON or renamed. */
const AS_THEY_ARE = ['kind', 'what', 'party', 'status', 'review', 'due', 'dueTime', 'words'] as const;

export function rowOf(r: DeadlineRecord) {
  return {
    ...columnsOf(r, AS_THEY_ARE),
    history: JSON.stringify(r.history),
    entry_key: r.entry,
    data: JSON.stringify(r.data),
  };
}

export function sameRow(a: ReturnType<typeof rowOf>, b: DeadlineRecordRow): boolean {
  return (Object.keys(a) as (keyof typeof a)[]).every((k) => a[k] === b[k]);
}

export function fromRow(r: DeadlineRecordRow): DeadlineRecord {
  return {
    id: r.id,
    ...fieldsOf<DeadlineRecord, (typeof AS_THEY_ARE)[number]>(r, AS_THEY_ARE),
    history: JSON.parse(r.history) as unknown[],
    entry: r.entry_key,
    data: JSON.parse(r.data) as Record<string, unknown>,
  };
}
