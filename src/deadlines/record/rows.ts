import type { DeadlineRecordRow } from '../../../db/schema.ts';
import type { DeadlineRecord } from './model.ts';

export function rowOf(r: DeadlineRecord) {
  return {
    kind: r.kind,
    what: r.what,
    party: r.party,
    status: r.status,
    review: r.review,
    due: r.due,
    due_time: r.dueTime,
    history: JSON.stringify(r.history),
    entry_key: r.entry,
    words: r.words,
    data: JSON.stringify(r.data),
  };
}

export function sameRow(a: ReturnType<typeof rowOf>, b: DeadlineRecordRow): boolean {
  return (Object.keys(a) as (keyof typeof a)[]).every((k) => a[k] === b[k]);
}

export function fromRow(r: DeadlineRecordRow): DeadlineRecord {
  return {
    id: r.id,
    kind: r.kind,
    what: r.what,
    party: r.party,
    status: r.status,
    review: r.review,
    due: r.due,
    dueTime: r.due_time,
    history: JSON.parse(r.history) as unknown[],
    entry: r.entry_key,
    words: r.words,
    data: JSON.parse(r.data) as Record<string, unknown>,
  };
}
