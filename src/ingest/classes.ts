/**
 * Who is covered, per order: after ingest, the entries that changed (or got their document's
 * text) are read for a class their order defines (`src/deadlines/classes.ts`), and the case's
 * definitions follow (`writeOrderClasses`). Each definition depends only on its entry's final
 * words, so entries arriving one by one (a feed's title, then the docket report's text, then the
 * document) give the same definitions as one ingest of the whole docket.
 */
import { writeOrderClasses } from '../../db/case-details.ts';
import { findCase } from '../../db/cases.ts';
import type { Store } from '../../db/index.ts';
import { classDefinition } from '../deadlines/classes.ts';
import { RULING_KINDS, storedKind } from '../deadlines/kinds.ts';
import { turns } from '../turns.ts';

/** Read the class definitions of these entries (`entry` `null`: every entry of the case). */
export async function readOrderClasses(
  store: Pick<Store, 'db'>,
  touched: readonly { type: string; case: string; entry?: string | null }[],
  now: Date = new Date(),
): Promise<void> {
  const changed = new Map<string, Set<string> | null>();
  for (const e of touched) {
    if (!e.type.startsWith('entry.')) continue;
    const keys = changed.has(e.case) ? changed.get(e.case)! : new Set<string>();
    changed.set(e.case, keys && e.entry ? keys.add(e.entry) : null);
  }
  for (const [key, entries] of changed) {
    const c = await findCase(store.db, key).catch(() => undefined);
    if (!c) continue;
    let q = store.db
      .selectFrom('entries as e')
      .leftJoin('entry_texts as t', (j) =>
        j.onRef('t.case_id', '=', 'e.case_id').onRef('t.entry_key', '=', 'e.entry_key'),
      )
      .select([
        'e.entry_key',
        'e.number',
        'e.description',
        'e.short_description',
        'e.kind',
        'e.status',
        't.text',
      ])
      .where('e.case_id', '=', c.id);
    if (entries) q = q.where('e.entry_key', 'in', [...entries]);
    const rows = await q.execute();
    const read = new Map(entries ? [...entries].map((k) => [k, null] as const) : []) as Map<
      string,
      ReturnType<typeof classDefinition>
    >;
    // A backfill reads thousands: turns for the event loop between them (`src/turns.ts`).
    const pause = turns();
    for (const r of rows) {
      await pause();
      // A definition names its order by number; a ruling's own words only, never a motion's.
      const ruling =
        r.number !== null &&
        r.status === 'present' &&
        RULING_KINDS.has(storedKind(r.kind, r.description, r.short_description));
      read.set(r.entry_key, ruling ? classDefinition(r.description || r.short_description, r.text) : null);
    }
    await writeOrderClasses(store.db, c.id, read, now.toISOString());
  }
}
