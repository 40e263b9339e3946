/**
 * dev-js (issue #14): a labeled DEVELOPMENT set — tune on it freely — drawn from the juriscraper
 * snapshot's pages of the DEV courts (the courts not in hold-out 7's POOL), so that the extractor's
 * work on bankruptcy and hearing-disposition language has more labeled real text from the same kind
 * of source as the blind hold-out 7. It reuses hold-out 6's reader, population, language tests and
 * round robin and hold-out 7's court split; no drawing code of its own.
 *
 * The rule (`drawDevJs`), written down (and committed) before the draw:
 * 1. Population: hold-out 6's population (`holdout6Population`: the snapshot's pages in its seven
 *    folders, pages in `../shared/fixtures` left out, each text once, less the texts of `sample.json`,
 *    `holdout-2..5.sample.json` and `src/deadlines/extract/heldout*.jsonl`), restricted to the DEV
 *    courts (`!inPool7`: sha256(`20261213:` + court)'s first 8 hex digits ≥ 0x80000000), less the
 *    texts (whitespace collapsed) of hold-out 6's sample (`lessSampleTexts`, `holdout-6.sample.json`).
 *    Hold-out 7's sample is left out by construction, without reading it (its files and the POOL
 *    courts' pages are hold-out 7's labelers' only): hold-out 7 was drawn from the same population's
 *    POOL-court entries, and that population holds each text once, so no DEV-court entry has the
 *    text of a hold-out 7 entry. The draw checks both premises (every court DEV, each text once).
 * 2. Court: hold-out 6's (`courtOf6`: the page's file name up to the first `_` or `.`).
 * 3. Seed `DEVJS_SEED` (20261215). Four strata drawn in order A, D, H, S, each from the entries not
 *    drawn before, by hold-out 6's court-balanced round robin (`drawStrata`: each court's entries
 *    shuffled by `${seed}:<stratum>:<court>`, courts ordered by `${seed}:<stratum>:courts`, one per
 *    court per round until the target) with hold-out 6's language tests (`LANGUAGE6`): A 120 plain
 *    random, D 100 with deadline language, H 100 with hearing language, S 40 with stay or injunction
 *    language (360). Not reweighted by stratum.
 *
 *   npx tsx bench/labels/dev-js.ts [--check] [--counts]
 * writes `dev-js.sample.json` (`--check`: writes nothing, exits 1 when the drawn set differs from the
 * file; `--counts`: the population per court, counts only). Prints counts only, never a text. Needs the
 * juriscraper snapshot (`JURISCRAPER_DIR`) and `../shared`; without either it says so and exits 0.
 * Texts for labeling: `npx tsx bench/labels/holdout-6-texts.ts --set dev-js > /tmp/dev-js.blank.jsonl`.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixturesDir } from '../../tests/support/shared.ts';
import {
  collapse,
  drawStrata,
  HOLDOUT6_SAMPLE_FILE,
  type Holdout6Entry,
  type Holdout6Ref,
  holdout6Population,
  JURISCRAPER_COMMIT,
  lessSampleTexts,
  type Stratum6,
} from './holdout-6.ts';
import { inPool7, POOL7_COURTS, POOL7_SALT } from './holdout-7.ts';
import { exitWithoutSources, runSampleScript } from './sample-script.ts';

export const DEVJS_SEED = 20261215;
export const DEVJS_TARGETS: Record<Stratum6, number> = { A: 120, D: 100, H: 100, S: 40 };

export interface DevJsRef extends Omit<Holdout6Ref, 'split'> {
  split: 'dev-js';
}

/** dev-js's population (rule 1): hold-out 6's, DEV courts only, less hold-out 6's sample's texts. */
export function devJsPopulation(fixturesDir: string): Holdout6Entry[] {
  const all = holdout6Population(fixturesDir);
  const texts = new Set(all.map((e) => collapse(e.text)));
  if (texts.size !== all.length) throw new Error("hold-out 6's population holds a text twice");
  // Hold-out 6's sample holds entries of both halves: its texts are taken out before the restriction.
  const pop = lessSampleTexts(all, [HOLDOUT6_SAMPLE_FILE]).filter((e) => !inPool7(e.court));
  const strays = [...new Set(pop.map((e) => e.court))].filter((c) => inPool7(c) || POOL7_COURTS.includes(c));
  if (strays.length) throw new Error(`POOL courts in dev-js's population: ${strays.join(' ')}`);
  return pop;
}

export function drawDevJs(pop: Holdout6Entry[], seed = DEVJS_SEED): DevJsRef[] {
  return drawStrata(pop, seed, DEVJS_TARGETS, 'dev-js');
}

const here = dirname(fileURLToPath(import.meta.url));
export const DEVJS_SAMPLE_FILE = resolve(here, 'dev-js.sample.json');
export const DEVJS_LABEL_FILE = resolve(here, 'dev-js.jsonl');

export const DEVJS_RULE = `development set (tune on it): hold-out 6's population (juriscraper ${JURISCRAPER_COMMIT}, see bench/labels/holdout-6.ts) restricted to the DEV courts (sha256('${POOL7_SALT}' + court) first 8 hex >= 0x80000000), less the texts of holdout-6.sample.json (and, as hold-out 6's, of sample.json, holdout-2..5.sample.json, src/deadlines/extract/heldout*.jsonl; hold-out 7's by construction: POOL courts, each text once); seed ${DEVJS_SEED}; hold-out 6's court-balanced round robin per stratum: A ${DEVJS_TARGETS.A} plain random, D ${DEVJS_TARGETS.D} with deadline language (DEADLINE6), H ${DEVJS_TARGETS.H} with hearing language (HEARING6), S ${DEVJS_TARGETS.S} with stay/injunction language (STAY6), each from the entries not drawn before; see bench/labels/dev-js.ts`;

if (process.argv[1]?.endsWith('dev-js.ts')) {
  exitWithoutSources();
  runSampleScript({
    population: devJsPopulation(fixturesDir),
    draw: drawDevJs,
    rule: DEVJS_RULE,
    file: DEVJS_SAMPLE_FILE,
  });
}
