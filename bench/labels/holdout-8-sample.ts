/**
 * Draws hold-out 8 (the rule is in `holdout-8.ts`) and writes `bench/labels/holdout-8.sample.json`:
 *   npx tsx bench/labels/holdout-8-sample.ts [--check] [--counts]
 * As `holdout-7-sample.ts`: `--check` writes nothing and exits 1 when the drawn set differs from the
 * file; `--counts` prints the population per court and writes nothing; never prints a text.
 */
import { fixturesDir, hasShared } from '../../tests/support/shared.ts';
import { juriscraperMissing } from './holdout-6.ts';
import { inPool7, POOL7_COURTS } from './holdout-7.ts';
import {
  drawHoldout8,
  HOLDOUT8_RULE,
  HOLDOUT8_SAMPLE_FILE,
  HOLDOUT8_SEED,
  holdout8Population,
} from './holdout-8.ts';
import { runSampleScript } from './sample-script.ts';

const missing = juriscraperMissing() ?? (hasShared ? null : `skipped: ${fixturesDir} is absent`);
if (missing) {
  console.log(missing);
  process.exit(0);
}
const pop = holdout8Population(fixturesDir);
const strays = [...new Set(pop.map((e) => e.court))].filter((c) => !POOL7_COURTS.includes(c) || !inPool7(c));
if (strays.length) throw new Error(`courts outside the POOL in the population: ${strays.join(' ')}`);

runSampleScript({
  population: pop,
  draw: (p) => drawHoldout8(p, HOLDOUT8_SEED),
  rule: HOLDOUT8_RULE,
  file: HOLDOUT8_SAMPLE_FILE,
  courtsNote: `(POOL ${POOL7_COURTS.length})`,
});
