/**
 * dev-kind2 (issue #14, thirteenth session): a second labeled DEVELOPMENT set for the entry's `kind`,
 * drawn fresh after dev-kind's rules were found not to carry to its check part. Same sources and
 * courts as dev-kind (`dev-kind.ts`), none of its entries or of any earlier set's; split 60/40 into a
 * tune part (read) and a check part (totals only until the end of the round).
 *
 * The rule (`drawDevKind2`), written down (and committed) before the draw:
 * 1. Population: dev-kind's (`devKindPopulation`: the DEV courts of `../shared/fixtures/pacer` and of
 *    the juriscraper snapshot, less the texts of `sample.json`, `holdout-2..5.sample.json`,
 *    `src/deadlines/extract/heldout*.jsonl`, `holdout-6`, `dev-js` and `dev-bk` samples, each text once)
 *    less the texts of `dev-kind.sample.json` and `dev-hear.sample.json` (the DEV sets drawn since).
 *    Hold-outs 7 and 8 are POOL courts' entries: left out by the court restriction, their files not read.
 * 2. Seed `DEVKIND2_SEED` (20261221). Plain random, court-balanced (hold-out 6's `roundRobin`: each
 *    court's entries shuffled, courts in a seeded order, one entry per court per round), at most
 *    `DEVKIND2_PER_COURT` (8) from one court, until `DEVKIND2_TARGET` (200) entries.
 * 3. Split: an entry is in the **check** part iff the first 8 hex digits of
 *    sha256(`20261221:dev-kind2-split:` + ref), as an integer, are below 0.4 × 2^32; else **tune**.
 *    The check part's disagreements are not read while the rules are worked on (`corpus-accuracy.ts
 *    --set dev-kind2-check` prints totals only; `bench/corpus-show.ts` refuses its refs).
 *
 *   npx tsx bench/labels/dev-kind2.ts [--check] [--counts]
 * writes `dev-kind2.sample.json` (counts only, never a text). Texts for labeling, outside the repository:
 *   npx tsx bench/labels/holdout-6-texts.ts --set dev-kind2 > /tmp/kind6-blank.jsonl
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixturesDir } from '../../tests/support/shared.ts';
import { DEVHEAR_SAMPLE_FILE } from './dev-hear.ts';
import {
  DEVKIND_SAMPLE_FILE,
  type DevKindRef,
  devKindPopulation,
  drawCapped,
  runKindScript,
} from './dev-kind.ts';
import { collapse, type Holdout6Entry, JURISCRAPER_COMMIT } from './holdout-6.ts';
import { exitWithoutSources } from './sample-script.ts';

export const DEVKIND2_SEED = 20261221;
export const DEVKIND2_TARGET = 200;
export const DEVKIND2_PER_COURT = 8;
export const DEVKIND2_CHECK_SHARE = 0.4;
export const DEVKIND2_SPLIT_SALT = `${DEVKIND2_SEED}:dev-kind2-split:`;

export type DevKind2Ref = Omit<DevKindRef, 'split'> & { split: 'dev-kind2' };

/** Rule 3: the check part (not tuned on, 40 %) or the tune part, by a hash of the ref. */
export const devKind2Part = (ref: string): 'tune' | 'check' =>
  Number.parseInt(createHash('sha256').update(`${DEVKIND2_SPLIT_SALT}${ref}`).digest('hex').slice(0, 8), 16) <
  DEVKIND2_CHECK_SHARE * 0x100000000
    ? 'check'
    : 'tune';

const here = dirname(fileURLToPath(import.meta.url));
export const DEVKIND2_SAMPLE_FILE = resolve(here, 'dev-kind2.sample.json');
export const DEVKIND2_LABEL_FILE = resolve(here, 'dev-kind2.jsonl');
/** The DEV sets drawn after dev-kind's population rule was written, whose texts rule 1 leaves out. */
export const DEVKIND2_LATER_SAMPLES = [DEVKIND_SAMPLE_FILE, DEVHEAR_SAMPLE_FILE];

const refsOf = (file: string): string[] =>
  (JSON.parse(readFileSync(file, 'utf8')) as { entries: { ref: string }[] }).entries.map((e) => e.ref);

/**
 * Rule 1. A later sample's entry absent from dev-kind's population had its text left out of it already
 * (both populations keep a text's first entry in the same order, after the same earlier samples).
 */
export function devKind2Population(fixturesDir: string): Holdout6Entry[] {
  const pop = devKindPopulation(fixturesDir);
  const byRef = new Map(pop.map((e) => [e.ref, e]));
  const texts = new Set<string>();
  const refs = new Set<string>();
  for (const f of DEVKIND2_LATER_SAMPLES)
    for (const r of refsOf(f)) {
      refs.add(r);
      const e = byRef.get(r);
      if (e) texts.add(collapse(e.text));
    }
  return pop.filter((e) => !refs.has(e.ref) && !texts.has(collapse(e.text)));
}

export function drawDevKind2(pop: Holdout6Entry[], seed = DEVKIND2_SEED): DevKind2Ref[] {
  return drawCapped(pop, { seed, perCourt: DEVKIND2_PER_COURT, target: DEVKIND2_TARGET, split: 'dev-kind2' });
}

export const DEVKIND2_RULE = `second development set for kind on many courts (tune on its tune part only): dev-kind's population (bench/labels/dev-kind.ts rule 1; juriscraper ${JURISCRAPER_COMMIT}) less the texts of dev-kind.sample.json and dev-hear.sample.json; seed ${DEVKIND2_SEED}; plain random court-balanced round robin (hold-out 6's roundRobin), at most ${DEVKIND2_PER_COURT} per court, ${DEVKIND2_TARGET} entries; check part: sha256('${DEVKIND2_SPLIT_SALT}' + ref) first 8 hex < ${DEVKIND2_CHECK_SHARE} * 2^32; see bench/labels/dev-kind2.ts`;

if (process.argv[1]?.endsWith('dev-kind2.ts')) {
  exitWithoutSources();
  runKindScript({
    population: devKind2Population(fixturesDir),
    draw: drawDevKind2,
    part: devKind2Part,
    rule: DEVKIND2_RULE,
    file: DEVKIND2_SAMPLE_FILE,
    partCourts: true,
  });
}
