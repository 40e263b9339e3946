/**
 * The second, blind labeling of part of hold-out 3 (issue #14): a seeded subset of
 * `holdout-3.sample.json`, labeled by hand a second time, by another person, from the texts alone
 * and without reading `holdout-3.jsonl`, to measure how reliable the hold-out's labels are
 * (inter-annotator agreement, `agreement.ts`). Labels in `holdout-3.second.jsonl`, same format.
 *
 * The rule (`drawSecond`): each entry of `holdout-3.sample.json` is ranked by sha256 of
 * `${SEED_SECOND}:${ref}` (hex, ascending); the first `SECOND_SIZE` are the subset, whatever their
 * stratum (every stratum-B entry the rank picks is in it). The entries were labeled in rank order,
 * in batches (the first 80, then to 160, 240 and the rest): time allowed all 312, so the subset is
 * the whole hold-out, and `drawSecond(80)` is the smallest part the brief asked for. Prints counts
 * only, never a text:
 *   npx tsx bench/labels/holdout3-second.ts
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { HOLDOUT3_FILE, HOLDOUT3_SAMPLE_FILE, type Holdout3Ref } from './holdout3.ts';

export const SEED_SECOND = 20261208;
/** Labeled: all of hold-out 3 (312 entries), in rank order. */
export const SECOND_SIZE = 312;
export const HOLDOUT3_SECOND_FILE = resolve(HOLDOUT3_FILE, '..', 'holdout-3.second.jsonl');

const rank = (ref: string) => createHash('sha256').update(`${SEED_SECOND}:${ref}`).digest('hex');

export function drawSecond(size = SECOND_SIZE): Holdout3Ref[] {
  const entries = (JSON.parse(readFileSync(HOLDOUT3_SAMPLE_FILE, 'utf8')) as { entries: Holdout3Ref[] })
    .entries;
  return entries
    .map((e) => ({ e, h: rank(e.ref) }))
    .sort((a, b) => (a.h < b.h ? -1 : a.h > b.h ? 1 : 0))
    .slice(0, size)
    .map(({ e }) => e);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename ?? '')) {
  const drawn = drawSecond();
  for (const st of ['A', 'B'] as const)
    console.log(`stratum ${st}: ${drawn.filter((d) => d.stratum === st).length}`);
  console.log(`all: ${drawn.length} entries from ${new Set(drawn.map((d) => d.court)).size} courts`);
}
