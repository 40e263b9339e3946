/** Building `ParseResult`s by hand for ingest tests: what a parser of each kind would return. */
import {
  type DocketCase,
  type DocketEntry,
  type DocumentKind,
  emptyCase,
  emptyEntry,
  type ParseResult,
} from '../../src/model/docket.ts';

export function entry(fields: Partial<DocketEntry>): DocketEntry {
  return { ...emptyEntry(fields.description ?? ''), ...fields };
}

export function docket(
  docketNumber: string,
  entries: DocketEntry[],
  fields: Partial<DocketCase> = {},
): DocketCase {
  return { ...emptyCase(), docketNumber, caseName: 'Hamama v. Adducci', ...fields, entries };
}

export function result(kind: DocumentKind, cases: DocketCase[], court = 'mied'): ParseResult {
  return { kind, court, isDocket: true, reason: null, cases };
}
