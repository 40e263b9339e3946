/**
 * Hold-out 7 (issue #14): a blind hold-out drawn from the same juriscraper snapshot as hold-out 6
 * (`holdout-6.ts`: `JURISCRAPER_COMMIT`, `JURISCRAPER_DIR`), from the pages of the POOL courts only.
 * The other (DEV) courts' juriscraper pages are development data this session; hold-out 6's own 300
 * entries are development data whatever their court.
 *
 * The rule (`drawHoldout7`), written down (and committed) before the draw:
 * 1. Population: hold-out 6's population (`holdout6Population`: same folders, pages, shared pages left
 *    out, each text once, less the texts of `sample.json`, `holdout-2..5.sample.json` and
 *    `src/deadlines/extract/heldout*.jsonl`), restricted to the POOL courts (`inPool7`), less the
 *    texts (whitespace collapsed) of hold-out 6's sample (`holdout-6.sample.json`).
 * 2. Court: hold-out 6's (`courtOf6`: the page's file name up to the first `_` or `.`). Court c is in
 *    the POOL iff the first 8 hex digits of sha256(`20261213:` + c), read as an integer, are below
 *    0x80000000 (44 of hold-out 6's 88 courts; `POOL7_COURTS` lists them as a check).
 * 3. Seed `HOLDOUT7_SEED` (20261213). Four strata drawn in order A, D, H, S, each from the entries not
 *    drawn before, by hold-out 6's court-balanced round robin (`drawStrata`, `roundRobin`: each
 *    court's entries shuffled by `${seed}:<stratum>:<court>`, courts ordered by
 *    `${seed}:<stratum>:courts`, one per court per round until the target) with hold-out 6's language
 *    tests (`LANGUAGE6`: `DEADLINE6`, `HEARING6`, `STAY6` on the text with CM/ECF's stamps removed):
 *    A 80 plain random (all entries), D 64 with deadline language, H 64 with hearing language, S 32
 *    with stay or injunction language. Not reweighted by stratum.
 * 4. The second, blind labeling takes the entries in the order of sha256(`${HOLDOUT7_BLIND_SEED}:<ref>`)
 *    (`blindOrder` of `holdout-texts.ts`), seed 20261214.
 */
import { createHash } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  collapse,
  drawStrata,
  HOLDOUT6_SAMPLE_FILE,
  type Holdout6Entry,
  type Holdout6Ref,
  holdout6Population,
  JURISCRAPER_COMMIT,
  type Stratum6,
  sampleTexts,
} from './holdout-6.ts';

export const HOLDOUT7_SEED = 20261213;
/** The blind (second) labeling order's seed, fixed with the rule before any label. */
export const HOLDOUT7_BLIND_SEED = 20261214;
export const HOLDOUT7_TARGETS: Record<Stratum6, number> = { A: 80, D: 64, H: 64, S: 32 };
export const POOL7_SALT = '20261213:';

/** Court c is in hold-out 7's pool iff sha256(`20261213:` + c)'s first 8 hex digits are < 0x80000000. */
export const inPool7 = (court: string): boolean =>
  Number.parseInt(createHash('sha256').update(`${POOL7_SALT}${court}`).digest('hex').slice(0, 8), 16) <
  0x80000000;

/** The POOL as the session's brief lists it (a check of `inPool7` on the population's courts). */
export const POOL7_COURTS =
  `almb almd alnb alsb arwd azd ca2 ca5 cacb cacd caeb casb flmb iasb ilnd kywb lawb mdb meb
  mieb mnb moed mssb nced ncwd njd nvb nyed nysb nysd ohnb ohnd ohsb ord rib tnmb tnwb txed txnb txsb txwd vawb wiwb
  wvnd`
    .split(/\s+/)
    .filter(Boolean);

export interface Holdout7Ref extends Omit<Holdout6Ref, 'split'> {
  split: 'holdout-7';
}

/** Hold-out 7's population (rule 1): hold-out 6's, POOL courts only, less hold-out 6's texts. */
export function holdout7Population(fixturesDir: string): Holdout6Entry[] {
  const pop = holdout6Population(fixturesDir);
  const h6Texts = sampleTexts(pop, HOLDOUT6_SAMPLE_FILE, 'hold-out 6');
  return pop.filter((e) => inPool7(e.court) && !h6Texts.has(collapse(e.text)));
}

export function drawHoldout7(pop: Holdout6Entry[], seed = HOLDOUT7_SEED): Holdout7Ref[] {
  return drawStrata(pop, seed, HOLDOUT7_TARGETS, 'holdout-7');
}

const here = dirname(fileURLToPath(import.meta.url));
export const HOLDOUT7_SAMPLE_FILE = resolve(here, 'holdout-7.sample.json');
export const HOLDOUT7_LABEL_FILE = resolve(here, 'holdout-7.jsonl');
export const HOLDOUT7_SECOND_FILE = resolve(here, 'holdout-7.second.jsonl');

export const HOLDOUT7_RULE = `hold-out 6's population (juriscraper ${JURISCRAPER_COMMIT}, see bench/labels/holdout-6.ts) restricted to the POOL courts (sha256('${POOL7_SALT}' + court) first 8 hex < 0x80000000), less the texts of holdout-6.sample.json (and, as hold-out 6's, of sample.json, holdout-2..5.sample.json, src/deadlines/extract/heldout*.jsonl); seed ${HOLDOUT7_SEED}; hold-out 6's court-balanced round robin per stratum: A ${HOLDOUT7_TARGETS.A} plain random, D ${HOLDOUT7_TARGETS.D} with deadline language (DEADLINE6), H ${HOLDOUT7_TARGETS.H} with hearing language (HEARING6), S ${HOLDOUT7_TARGETS.S} with stay/injunction language (STAY6), each from the entries not drawn before; blind order seed ${HOLDOUT7_BLIND_SEED}; see bench/labels/holdout-7.ts`;
