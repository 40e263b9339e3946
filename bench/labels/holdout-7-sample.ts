/**
 * Draws hold-out 7 (the rule is in `holdout-7.ts`) and writes `bench/labels/holdout-7.sample.json`:
 *   npx tsx bench/labels/holdout-7-sample.ts [--check] [--counts]
 * `--check` writes nothing and exits 1 when the drawn set differs from the file. `--counts` prints the
 * population per court (entries, with deadline, hearing, stay language) and writes nothing. It prints
 * counts only, never a text. Needs the juriscraper snapshot (`JURISCRAPER_DIR`) and `../shared`;
 * without either it says so and exits 0.
 */
import { fixturesDir, hasShared } from '../../tests/support/shared.ts';
import { juriscraperMissing } from './holdout-6.ts';
import {
  drawHoldout7,
  HOLDOUT7_RULE,
  HOLDOUT7_SAMPLE_FILE,
  HOLDOUT7_SEED,
  holdout7Population,
  inPool7,
  POOL7_COURTS,
} from './holdout-7.ts';
import { runSampleScript } from './sample-script.ts';

const missing = juriscraperMissing() ?? (hasShared ? null : `skipped: ${fixturesDir} is absent`);
if (missing) {
  console.log(missing);
  process.exit(0);
}
const pop = holdout7Population(fixturesDir);
const courts = new Set(pop.map((e) => e.court));
const strays = [...courts].filter((c) => !POOL7_COURTS.includes(c) || !inPool7(c));
if (strays.length) throw new Error(`courts outside the POOL in the population: ${strays.join(' ')}`);

runSampleScript({
  population: pop,
  draw: (p) => drawHoldout7(p, HOLDOUT7_SEED),
  rule: HOLDOUT7_RULE,
  file: HOLDOUT7_SAMPLE_FILE,
  courtsNote: `(POOL ${POOL7_COURTS.length})`,
});
