/**
 * dev-bk (issue #14): a labeled DEVELOPMENT set of bankruptcy docket language, drawn from the
 * juriscraper snapshot's bankruptcy docket pages of the DEV courts (the courts not in hold-out 7's
 * POOL), so that the grammar of bankruptcy minutes, notices, 341 meetings and printed deadlines has
 * labeled real text from courts it was not written from. It reuses hold-out 6's reader, population,
 * language tests and round robin and hold-out 7's court split; its only new rule is the fold.
 *
 * The rule (`drawDevBk`), written down (and committed) before the draw:
 * 1. Population: dev-js's population (`devJsPopulation`: hold-out 6's population — the snapshot's pages
 *    in its seven folders, pages in `../shared/fixtures` left out, each text once, less the texts of
 *    `sample.json`, `holdout-2..5.sample.json` and `src/deadlines/extract/heldout*.jsonl` — restricted
 *    to the DEV courts, `!inPool7`, less the texts of `holdout-6.sample.json`), restricted to the pages
 *    of `dockets/bankruptcy`, less the texts (whitespace collapsed) of `dev-js.sample.json`. Hold-out
 *    7's texts are left out by construction, without reading its files (as for dev-js): hold-out 7 was
 *    drawn from the same population's POOL-court entries, and that population holds each text once.
 *    The draw checks that every court is DEV and that no text is there twice.
 * 2. Court: hold-out 6's (`courtOf6`: the page's file name up to the first `_` or `.`).
 * 3. Seed `DEVBK_SEED` (20261216; 20261205–20261215 are taken by the earlier sets). Four strata drawn
 *    in order A, D, H, S, each from the entries not drawn before, by hold-out 6's court-balanced round
 *    robin (`drawStrata`) with hold-out 6's language tests (`LANGUAGE6`): A 80 plain random, D 64 with
 *    deadline language, H 64 with hearing language, S 32 with stay or injunction language (hold-out
 *    7's targets: 240). Not reweighted by stratum.
 * 4. Fold: an entry is in the **check** fold iff the first 8 hex digits of sha256(`dev-bk-fold:` +
 *    ref), as an integer, are below 0.3 × 2^32 (about 30 %); the rest is the **tune** fold. The check
 *    fold's disagreements are not read while the grammar is worked on (`corpus-accuracy.ts --set
 *    dev-bk-check` prints totals only); the tune fold's are (`--set dev-bk-tune --diffs`).
 *
 *   npx tsx bench/labels/dev-bk.ts [--check] [--counts]
 * writes `dev-bk.sample.json` (`--check`: exits 1 when the file differs from the rule; `--counts`: the
 * population per court, counts only). Prints counts only, never a text. Needs the juriscraper
 * snapshot (`JURISCRAPER_DIR`) and `../shared`; without either it says so and exits 0.
 * Texts for labeling: `npx tsx bench/labels/holdout-6-texts.ts --set dev-bk > /tmp/dev-bk.blank.jsonl`.
 */
import { createHash } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixturesDir } from '../../tests/support/shared.ts';
import { DEVJS_SAMPLE_FILE, devJsPopulation } from './dev-js.ts';
import {
  collapse,
  drawStrata,
  type Holdout6Entry,
  type Holdout6Ref,
  JURISCRAPER_COMMIT,
  lessSampleTexts,
  type Stratum6,
} from './holdout-6.ts';
import { inPool7, POOL7_COURTS } from './holdout-7.ts';
import { exitWithoutSources, runSampleScript } from './sample-script.ts';

export const DEVBK_SEED = 20261216;
export const DEVBK_TARGETS: Record<Stratum6, number> = { A: 80, D: 64, H: 64, S: 32 };
export const DEVBK_FOLDER = 'tests/examples/pacer/dockets/bankruptcy/';
export const DEVBK_FOLD_SALT = 'dev-bk-fold:';
export const DEVBK_CHECK_SHARE = 0.3;

export interface DevBkRef extends Omit<Holdout6Ref, 'split'> {
  split: 'dev-bk';
}

/** Rule 4: the check fold (not tuned on) or the tune fold, by a hash of the ref. */
export const devBkFold = (ref: string): 'tune' | 'check' =>
  Number.parseInt(createHash('sha256').update(`${DEVBK_FOLD_SALT}${ref}`).digest('hex').slice(0, 8), 16) <
  DEVBK_CHECK_SHARE * 0x100000000
    ? 'check'
    : 'tune';

/** dev-bk's population (rule 1): dev-js's, bankruptcy docket pages only, less dev-js's sample's texts. */
export function devBkPopulation(fixturesDir: string): Holdout6Entry[] {
  const devjs = devJsPopulation(fixturesDir);
  const texts = new Set(devjs.map((e) => collapse(e.text)));
  if (texts.size !== devjs.length) throw new Error("dev-js's population holds a text twice");
  const pop = lessSampleTexts(devjs, [DEVJS_SAMPLE_FILE]).filter((e) => e.page.startsWith(DEVBK_FOLDER));
  const strays = [...new Set(pop.map((e) => e.court))].filter((c) => inPool7(c) || POOL7_COURTS.includes(c));
  if (strays.length) throw new Error(`POOL courts in dev-bk's population: ${strays.join(' ')}`);
  return pop;
}

export function drawDevBk(pop: Holdout6Entry[], seed = DEVBK_SEED): DevBkRef[] {
  return drawStrata(pop, seed, DEVBK_TARGETS, 'dev-bk');
}

const here = dirname(fileURLToPath(import.meta.url));
export const DEVBK_SAMPLE_FILE = resolve(here, 'dev-bk.sample.json');
export const DEVBK_LABEL_FILE = resolve(here, 'dev-bk.jsonl');

export const DEVBK_RULE = `development set of bankruptcy dockets (tune on its tune fold only): dev-js's population (juriscraper ${JURISCRAPER_COMMIT}, hold-out 6's population restricted to the DEV courts, less holdout-6.sample.json's texts; see bench/labels/dev-js.ts) restricted to ${DEVBK_FOLDER}, less the texts of dev-js.sample.json (hold-out 7's by construction: POOL courts, each text once); seed ${DEVBK_SEED}; hold-out 6's court-balanced round robin per stratum: A ${DEVBK_TARGETS.A} plain random, D ${DEVBK_TARGETS.D} with deadline language (DEADLINE6), H ${DEVBK_TARGETS.H} with hearing language (HEARING6), S ${DEVBK_TARGETS.S} with stay/injunction language (STAY6), each from the entries not drawn before; check fold: sha256('${DEVBK_FOLD_SALT}' + ref) first 8 hex < ${DEVBK_CHECK_SHARE} * 2^32; see bench/labels/dev-bk.ts`;

if (process.argv[1]?.endsWith('dev-bk.ts')) {
  exitWithoutSources();
  const population = devBkPopulation(fixturesDir);
  runSampleScript({ population, draw: drawDevBk, rule: DEVBK_RULE, file: DEVBK_SAMPLE_FILE });
  const drawn = drawDevBk(population);
  const check = drawn.filter((d) => devBkFold(d.ref) === 'check').length;
  console.log(`folds: tune ${drawn.length - check}, check ${check}`);
}
