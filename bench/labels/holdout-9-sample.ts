/**
 * Draws hold-out 9 (the rule is in `holdout-9.ts`) and writes `bench/labels/holdout-9.sample.json`:
 *   npx tsx bench/labels/holdout-9-sample.ts [--check] [--counts]
 * As `holdout-8-sample.ts`: `--check` writes nothing and exits 1 when the drawn set differs from the
 * file; `--counts` prints the population per court and writes nothing; never prints a text.
 */
import { fixturesDir } from '../../tests/support/shared.ts';
import { inPool7, POOL7_COURTS } from './holdout-7.ts';
import {
  drawHoldout9,
  HOLDOUT9_RULE,
  HOLDOUT9_SAMPLE_FILE,
  HOLDOUT9_SEED,
  holdout9Population,
} from './holdout-9.ts';
import { exitWithoutSources, runSampleScript } from './sample-script.ts';

exitWithoutSources();
const pop = holdout9Population(fixturesDir);
const strays = [...new Set(pop.map((e) => e.court))].filter((c) => !POOL7_COURTS.includes(c) || !inPool7(c));
if (strays.length) throw new Error(`courts outside the POOL in the population: ${strays.join(' ')}`);

runSampleScript({
  population: pop,
  draw: (p) => drawHoldout9(p, HOLDOUT9_SEED),
  rule: HOLDOUT9_RULE,
  file: HOLDOUT9_SAMPLE_FILE,
  courtsNote: `(POOL ${POOL7_COURTS.length})`,
  drawnOn: '2026-12-07',
});
