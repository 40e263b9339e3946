/**
 * The entries of a hold-out WITHOUT labels, for labeling by hand (first or second, blind labeling):
 *   npx tsx bench/labels/holdout-texts.ts --set holdout-4 [--order sample|blind] [--first N] > /tmp/holdout-4.blank.jsonl
 * One JSON line per entry: the label's fixed fields (`ref`, `court`, `split`, `stratum`, `textSha`,
 * `number`, `dateFiled`) with empty findings (`kind: null`, no deadlines, hearings, stays or
 * injunctions) and, under `text`, the entry's text read from `../shared` — fill in the findings,
 * delete `text`, and the line is a label in the format of `labels.ts`. The texts stay out of the
 * repository: write the output outside it. Reads no label file and never runs the extractor.
 *
 * `--order blind` ranks the entries by sha256 of `${seed}:${ref}` (hex, ascending), the order a
 * second, blind labeling takes them in (so that any first N of it is a seeded sample); `--first N`
 * keeps the first N of the order. The seed is the set's (`BLIND_SEEDS`: hold-out 4 20261210,
 * hold-out 5 20261211).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturesDir } from '../../tests/support/shared.ts';
import { dayOf, parseFixture, textOf } from './corpus.ts';
import { HOLDOUTS, type HoldoutRef, type HoldoutSet } from './holdouts.ts';

/** The seed of the blind (second) labeling order: hold-out 4's seed + 1 (20261208 was hold-out 3's). */
export const BLIND_SEED = 20261210;

/**
 * The blind order's seed per set. Hold-out 4's is `BLIND_SEED`. Hold-out 5 was drawn with 20261210
 * (`holdouts.ts`), so its blind order takes the next unused seed, 20261211, fixed here before any of
 * its second labels was written.
 */
export const BLIND_SEEDS: Partial<Record<HoldoutSet, number>> = {
  'holdout-4': BLIND_SEED,
  'holdout-5': 20261211,
};

export const blindSeedOf = (set: HoldoutSet): number => BLIND_SEEDS[set] ?? BLIND_SEED;

export const blindRank = (ref: string, seed = BLIND_SEED): string =>
  createHash('sha256').update(`${seed}:${ref}`).digest('hex');

export function blindOrder<T extends { ref: string }>(entries: T[], seed = BLIND_SEED): T[] {
  return entries
    .map((e) => ({ e, h: blindRank(e.ref, seed) }))
    .sort((a, b) => (a.h < b.h ? -1 : a.h > b.h ? 1 : 0))
    .map(({ e }) => e);
}

if (process.argv[1]?.endsWith('holdout-texts.ts')) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const set = arg('--set') as HoldoutSet | undefined;
  if (!set || !(set in HOLDOUTS)) {
    console.error(
      `usage: holdout-texts.ts --set ${Object.keys(HOLDOUTS).join('|')} [--order sample|blind] [--first N]`,
    );
    process.exit(2);
  }
  const entries = (JSON.parse(readFileSync(HOLDOUTS[set].sampleFile, 'utf8')) as { entries: HoldoutRef[] })
    .entries;
  const ordered = arg('--order') === 'blind' ? blindOrder(entries, blindSeedOf(set)) : entries;
  const first = arg('--first') ? Number(arg('--first')) : ordered.length;
  const pacerDir = join(fixturesDir, 'pacer');
  for (const s of ordered.slice(0, first)) {
    const c = parseFixture(pacerDir, s.fixture).cases[s.caseIndex]!;
    const e = c.entries[s.entryIndex]!;
    const text = textOf(e);
    console.log(
      JSON.stringify({
        ref: s.ref,
        court: s.court,
        split: s.split,
        stratum: s.stratum,
        textSha: s.textSha,
        number: e.number,
        dateFiled: dayOf(e),
        kind: null,
        deadlines: [],
        hearings: [],
        stays: [],
        injunctions: [],
        text,
        ...(e.shortDescription && e.description && e.shortDescription !== text
          ? { shortDescription: e.shortDescription }
          : {}),
      }),
    );
  }
}
