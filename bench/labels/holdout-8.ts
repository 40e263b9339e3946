/**
 * Hold-out 8 (issue #14): a second blind hold-out from hold-out 7's POOL courts (`holdout-7.ts`), drawn
 * at the start of the eleventh session, before that session's extraction work, to check it on courts
 * nobody tunes on. The DEV courts stay the development data; nobody working on the extractor opens a
 * POOL court's page, hold-out 7's or hold-out 8's labels, or their diffs.
 *
 * The rule (`drawHoldout8`), written down (and committed) before the draw:
 * 1. Population: hold-out 7's (`holdout7Population`: hold-out 6's population restricted to the POOL
 *    courts, less hold-out 6's texts), less the texts (whitespace collapsed) of hold-out 7's sample.
 * 2. Court: hold-out 6's (`courtOf6`).
 * 3. Seed `HOLDOUT8_SEED` (20261217). Hold-out 7's four strata and targets (A 80 plain random, D 64
 *    deadline language, H 64 hearing language, S 32 stay or injunction language), drawn in that order
 *    by the same court-balanced round robin (`drawStrata`).
 * 4. The second, blind labeling takes the entries in the order of sha256(`${HOLDOUT8_BLIND_SEED}:<ref>`)
 *    (`blindOrder`), seed 20261218.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  collapse,
  drawStrata,
  type Holdout6Entry,
  type Holdout6Ref,
  JURISCRAPER_COMMIT,
  sampleTexts,
} from './holdout-6.ts';
import { HOLDOUT7_SAMPLE_FILE, HOLDOUT7_TARGETS, holdout7Population, POOL7_SALT } from './holdout-7.ts';

export const HOLDOUT8_SEED = 20261217;
/** The blind (second) labeling order's seed, fixed with the rule before any label. */
export const HOLDOUT8_BLIND_SEED = 20261218;

export interface Holdout8Ref extends Omit<Holdout6Ref, 'split'> {
  split: 'holdout-8';
}

/** Hold-out 8's population (rule 1): hold-out 7's, less hold-out 7's drawn texts. */
export function holdout8Population(fixturesDir: string): Holdout6Entry[] {
  const pop = holdout7Population(fixturesDir);
  const h7Texts = sampleTexts(pop, HOLDOUT7_SAMPLE_FILE, 'hold-out 7');
  return pop.filter((e) => !h7Texts.has(collapse(e.text)));
}

export function drawHoldout8(pop: Holdout6Entry[], seed = HOLDOUT8_SEED): Holdout8Ref[] {
  return drawStrata(pop, seed, HOLDOUT7_TARGETS, 'holdout-8');
}

const here = dirname(fileURLToPath(import.meta.url));
export const HOLDOUT8_SAMPLE_FILE = resolve(here, 'holdout-8.sample.json');
export const HOLDOUT8_LABEL_FILE = resolve(here, 'holdout-8.jsonl');
export const HOLDOUT8_SECOND_FILE = resolve(here, 'holdout-8.second.jsonl');

export const HOLDOUT8_RULE = `hold-out 7's population (juriscraper ${JURISCRAPER_COMMIT}, POOL courts: sha256('${POOL7_SALT}' + court) first 8 hex < 0x80000000, less hold-out 6's texts; see bench/labels/holdout-7.ts) less the texts of holdout-7.sample.json; seed ${HOLDOUT8_SEED}; hold-out 7's strata and targets (A ${HOLDOUT7_TARGETS.A} plain random, D ${HOLDOUT7_TARGETS.D} deadline language, H ${HOLDOUT7_TARGETS.H} hearing language, S ${HOLDOUT7_TARGETS.S} stay/injunction language) by the same court-balanced round robin; blind order seed ${HOLDOUT8_BLIND_SEED}; see bench/labels/holdout-8.ts`;
