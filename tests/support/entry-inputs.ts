/**
 * Hand-written entries for the deadline record's derivation (`derive`), the way the record reads a
 * case's docket: a district entry by its number, or an entry of one of the case's appeals (keyed
 * `appeal:<id>:<n>`), in docket order as made; and the derivation of such entries for one case.
 */
import { derive } from '../../src/deadlines/record/derive.ts';
import type { EntryInput } from '../../src/deadlines/record/model.ts';

/**
 * `entry(number, day, text, appeal?, documentText?)`: a district entry, or with `appeal` (the appeal's
 * case id) an entry of that appeal's docket in `appealsCourt`. Entries are in the order made.
 */
export function entryMaker(
  appealsCourt: string,
): (number: string, day: string, text: string, appeal?: string, documentText?: string) => EntryInput {
  let row = 0;
  return (number, day, text, appeal, documentText) => {
    row++;
    const key = appeal ? `appeal:${appeal}:${number}` : number;
    return {
      key,
      id: key,
      number: appeal ? null : number,
      partial: false,
      dateFiled: day,
      text,
      documentText: documentText ?? null,
      position: { day, seq: null, number: appeal ? 0 : Number(number), row },
      fingerprint: `${key}:${text}`,
      ...(appeal ? { appeal: appealsCourt } : {}),
    };
  };
}

/** The derivation of `entries` (in docket order as given) for the case `key` (`court:…`), through `asOf`. */
export function derivedFor(key: string, entries: EntryInput[], asOf?: string) {
  return derive(
    {
      c: { id: 1, key, court: key.slice(0, key.indexOf(':')) },
      fullTextSource: true,
      entries,
      decisions: [],
    },
    asOf,
  );
}
