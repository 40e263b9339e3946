/**
 * Hold-out 10 (issue #14): a blind hold-out from the POOL-B courts (`pool-split.ts`), drawn in the
 * seventeenth session to check the extractor on courts nobody tunes on, after the POOL was split into
 * POOL-A (tuned on from now) and POOL-B (blind). Nobody working on the extractor opens a POOL-B court's
 * page, hold-out 10's labels, or their diffs.
 *
 * The rule (`drawHoldout10`), written down (and committed) before the draw:
 * 1. Population: hold-out 9's (`holdout9Population`: hold-out 8's population less hold-out 8's drawn
 *    texts), less the texts (whitespace collapsed) of hold-out 9's sample, restricted to the POOL-B
 *    courts (`inPoolB`).
 * 2. Court: hold-out 6's (`courtOf6`).
 * 3. Seed `HOLDOUT10_SEED` (20261221). Hold-out 7's four strata (A plain random, D deadline language,
 *    H hearing language, S stay or injunction language) with targets A 48, D 40, H 48, S 24 (160), drawn
 *    in that order by the same court-balanced round robin (`drawStrata`). If a stratum's language has
 *    fewer entries left than its target, the stratum takes what there is.
 * 4. The blind labeling order: sha256(`${HOLDOUT10_BLIND_SEED}:<ref>`) (`blindOrder`), seed 20261222.
 *    Hold-out 10 is labeled in that order, so that a prefix of it is still a random sample.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  collapse,
  drawStrata,
  type Holdout6Entry,
  type Holdout6Ref,
  JURISCRAPER_COMMIT,
  type Stratum6,
  sampleTexts,
} from './holdout-6.ts';
import { HOLDOUT9_SAMPLE_FILE, holdout9Population } from './holdout-9.ts';
import { inPoolB, POOL_SPLIT_SALT } from './pool-split.ts';

export const HOLDOUT10_SEED = 20261221;
/** The blind labeling order's seed, fixed with the rule before any label. */
export const HOLDOUT10_BLIND_SEED = 20261222;
export const HOLDOUT10_TARGETS: Record<Stratum6, number> = { A: 48, D: 40, H: 48, S: 24 };

export interface Holdout10Ref extends Omit<Holdout6Ref, 'split'> {
  split: 'holdout-10';
}

/** Hold-out 10's population (rule 1): hold-out 9's, less hold-out 9's drawn texts, POOL-B courts only. */
export function holdout10Population(fixturesDir: string): Holdout6Entry[] {
  const pop = holdout9Population(fixturesDir);
  const h9Texts = sampleTexts(pop, HOLDOUT9_SAMPLE_FILE, 'hold-out 9');
  return pop.filter((e) => inPoolB(e.court) && !h9Texts.has(collapse(e.text)));
}

export function drawHoldout10(pop: Holdout6Entry[], seed = HOLDOUT10_SEED): Holdout10Ref[] {
  return drawStrata(pop, seed, HOLDOUT10_TARGETS, 'holdout-10');
}

const here = dirname(fileURLToPath(import.meta.url));
export const HOLDOUT10_SAMPLE_FILE = resolve(here, 'holdout-10.sample.json');
export const HOLDOUT10_LABEL_FILE = resolve(here, 'holdout-10.jsonl');
/** The second, blind labeling (a first N of the blind order); `agreement.ts --set holdout-10` compares the two. */
export const HOLDOUT10_SECOND_FILE = resolve(here, 'holdout-10.second.jsonl');

export const HOLDOUT10_RULE = `hold-out 9's population (juriscraper ${JURISCRAPER_COMMIT}, POOL courts, less hold-out 6's, 7's and 8's texts; see bench/labels/holdout-9.ts) less the texts of holdout-9.sample.json, POOL-B courts only (POOL courts with sha256('${POOL_SPLIT_SALT}' + court) first 8 hex >= 0x80000000; bench/labels/pool-split.ts); seed ${HOLDOUT10_SEED}; hold-out 7's strata (A ${HOLDOUT10_TARGETS.A} plain random, D ${HOLDOUT10_TARGETS.D} deadline language, H ${HOLDOUT10_TARGETS.H} hearing language, S ${HOLDOUT10_TARGETS.S} stay/injunction language) by the same court-balanced round robin; blind order seed ${HOLDOUT10_BLIND_SEED}; see bench/labels/holdout-10.ts`;
