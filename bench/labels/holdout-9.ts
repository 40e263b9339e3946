/**
 * Hold-out 9 (issue #14): a third blind hold-out from hold-out 7's POOL courts (`holdout-7.ts`), drawn in
 * the fifteenth session to measure the extractor on texts nobody has tuned on or scored. The DEV courts
 * stay the development data; nobody working on the extractor opens a POOL court's page, hold-out 7's, 8's
 * or 9's labels, or their diffs.
 *
 * The rule (`drawHoldout9`), written down (and committed) before the draw:
 * 1. Population: hold-out 8's (`holdout8Population`: hold-out 7's population less hold-out 7's drawn
 *    texts), less the texts (whitespace collapsed) of hold-out 8's sample.
 * 2. Court: hold-out 6's (`courtOf6`).
 * 3. Seed `HOLDOUT9_SEED` (20261219). Hold-out 7's four strata and targets (A 80 plain random, D 64
 *    deadline language, H 64 hearing language, S 32 stay or injunction language), drawn in that order
 *    by the same court-balanced round robin (`drawStrata`). If a stratum's language has fewer entries
 *    left than its target, the stratum takes what the round robin gives (all of them).
 *    (20261219 was also dev-kind's seed and 20261220 dev-hear's, on DEV-court populations disjoint from
 *    this one: the same numbers, different draws. The brief of issue #14 fixed both before the draw.)
 * 4. The second, blind labeling takes the entries in the order of sha256(`${HOLDOUT9_BLIND_SEED}:<ref>`)
 *    (`blindOrder`), seed 20261220.
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
import { HOLDOUT7_TARGETS, POOL7_SALT } from './holdout-7.ts';
import { HOLDOUT8_SAMPLE_FILE, holdout8Population } from './holdout-8.ts';

export const HOLDOUT9_SEED = 20261219;
/** The blind (second) labeling order's seed, fixed with the rule before any label. */
export const HOLDOUT9_BLIND_SEED = 20261220;

export interface Holdout9Ref extends Omit<Holdout6Ref, 'split'> {
  split: 'holdout-9';
}

/** Hold-out 9's population (rule 1): hold-out 8's, less hold-out 8's drawn texts. */
export function holdout9Population(fixturesDir: string): Holdout6Entry[] {
  const pop = holdout8Population(fixturesDir);
  const h8Texts = sampleTexts(pop, HOLDOUT8_SAMPLE_FILE, 'hold-out 8');
  return pop.filter((e) => !h8Texts.has(collapse(e.text)));
}

export function drawHoldout9(pop: Holdout6Entry[], seed = HOLDOUT9_SEED): Holdout9Ref[] {
  return drawStrata(pop, seed, HOLDOUT7_TARGETS, 'holdout-9');
}

const here = dirname(fileURLToPath(import.meta.url));
export const HOLDOUT9_SAMPLE_FILE = resolve(here, 'holdout-9.sample.json');
export const HOLDOUT9_LABEL_FILE = resolve(here, 'holdout-9.jsonl');
export const HOLDOUT9_SECOND_FILE = resolve(here, 'holdout-9.second.jsonl');

export const HOLDOUT9_RULE = `hold-out 8's population (juriscraper ${JURISCRAPER_COMMIT}, POOL courts: sha256('${POOL7_SALT}' + court) first 8 hex < 0x80000000, less hold-out 6's and hold-out 7's texts; see bench/labels/holdout-8.ts) less the texts of holdout-8.sample.json; seed ${HOLDOUT9_SEED}; hold-out 7's strata and targets (A ${HOLDOUT7_TARGETS.A} plain random, D ${HOLDOUT7_TARGETS.D} deadline language, H ${HOLDOUT7_TARGETS.H} hearing language, S ${HOLDOUT7_TARGETS.S} stay/injunction language) by the same court-balanced round robin; blind order seed ${HOLDOUT9_BLIND_SEED}; see bench/labels/holdout-9.ts`;
