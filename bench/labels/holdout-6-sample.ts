/**
 * Draws hold-out 6 (the rule is in `holdout-6.ts`) and writes `bench/labels/holdout-6.sample.json`:
 *   npx tsx bench/labels/holdout-6-sample.ts [--check] [--counts]
 * `--check` writes nothing and exits 1 when the drawn set differs from the file. `--counts` prints the
 * population per court (entries, with deadline, hearing, stay language) and writes nothing. It prints
 * counts only, never a text. Needs the juriscraper snapshot (`JURISCRAPER_DIR`) and `../shared`
 * (whose pages and earlier samples are left out); without either it says so and exits 0.
 */
import { fixturesDir } from '../../tests/support/shared.ts';
import {
  drawHoldout6,
  HOLDOUT6_RULE,
  HOLDOUT6_SAMPLE_FILE,
  HOLDOUT6_SEED,
  holdout6Population,
} from './holdout-6.ts';
import { exitWithoutSources, runSampleScript } from './sample-script.ts';

exitWithoutSources();
runSampleScript({
  population: holdout6Population(fixturesDir),
  draw: (pop) => drawHoldout6(pop, HOLDOUT6_SEED),
  rule: HOLDOUT6_RULE,
  file: HOLDOUT6_SAMPLE_FILE,
});
