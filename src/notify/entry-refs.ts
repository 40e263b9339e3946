/**
 * Which docket entry a record or change came from, said as a person says it ("ECF No. 87",
 * "CA6 17-2171 Doc. 111", "an unnumbered entry of 2017-06-16", with the entry's date and the start of its
 * text), for the CLI and the JSON API. The store's entry keys (`87`, `u:2017-06-16:…`,
 * `appeal:<case id>:<key>`) stay beside it, as `entry`, for scripts.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { entryLabel, isAppellate } from './language.ts';
import { clip } from './render.ts';

export interface EntryRef {
  /**
   * "ECF No. 87"; an appeal's entry with its court and the appeal's number (a case can have several
   * appeals, each with its own Doc. 1): "CA6 17-2171 Doc. 111"; "an unnumbered entry of 2017-06-16".
   */
  label: string;
  number: string | null;
  dateFiled: string | null;
  /** The start of the docket text (at most `DESCRIPTION_CHARS`, cut at a word). */
  description: string | null;
}

const DESCRIPTION_CHARS = 120;

/** The entry each key names (keys of `caseId`'s own entries, or `appeal:<id>:<key>`); unknown keys are left out. */
export async function entryRefs(
  db: Kysely<Database>,
  caseId: number,
  keys: Iterable<string | null | undefined>,
): Promise<Map<string, EntryRef>> {
  const wanted = new Map<number, Map<string, string>>();
  for (const key of keys) {
    if (!key) continue;
    const appeal = /^appeal:(\d+):(.+)$/.exec(key);
    const [id, own] = appeal ? [Number(appeal[1]), appeal[2]!] : [caseId, key];
    const list = wanted.get(id) ?? new Map<string, string>();
    wanted.set(id, list);
    list.set(own, key);
  }
  const out = new Map<string, EntryRef>();
  for (const [id, list] of wanted) {
    const rows = await db
      .selectFrom('entries')
      .innerJoin('cases', 'cases.id', 'entries.case_id')
      .select([
        'entries.entry_key',
        'entries.number',
        'entries.date_filed',
        'entries.description',
        'entries.short_description',
        'cases.court_id',
        'cases.docket_number',
      ])
      .where('entries.case_id', '=', id)
      .where('entries.entry_key', 'in', [...list.keys()])
      .execute();
    for (const r of rows) {
      const number = r.number === null ? null : String(r.number);
      const day = r.date_filed?.slice(0, 10) ?? null;
      const own = number
        ? entryLabel(number, r.court_id)
        : `${entryLabel(null, r.court_id)}${day ? ` of ${day}` : ''}`;
      const label =
        id === caseId || !isAppellate(r.court_id)
          ? own
          : `${r.court_id.toUpperCase()} ${r.docket_number} ${own}`;
      out.set(list.get(r.entry_key)!, {
        label,
        number,
        dateFiled: day,
        description: cutAtWord(r.description ?? r.short_description),
      });
    }
  }
  return out;
}

function cutAtWord(text: string | null): string | null {
  return text ? clip(text.replace(/\s+/g, ' ').trim(), DESCRIPTION_CHARS) : null;
}
