/**
 * Draws hold-out 10 (the rule is in `holdout-10.ts`) and writes `bench/labels/holdout-10.sample.json`:
 *   npx tsx bench/labels/holdout-10-sample.ts [--check] [--counts]
 * As `holdout-9-sample.ts`: `--check` writes nothing and exits 1 when the drawn set differs from the
 * file; `--counts` prints the population per court and writes nothing; never prints a text.
 */
import { fixturesDir } from '../../tests/support/shared.ts';
import { POOL7_COURTS } from './holdout-7.ts';
import {
  drawHoldout10,
  HOLDOUT10_RULE,
  HOLDOUT10_SAMPLE_FILE,
  HOLDOUT10_SEED,
  holdout10Population,
} from './holdout-10.ts';
import { inPoolB } from './pool-split.ts';
import { exitWithoutSources, runSampleScript } from './sample-script.ts';

exitWithoutSources();
const pop = holdout10Population(fixturesDir);
const strays = [...new Set(pop.map((e) => e.court))].filter((c) => !POOL7_COURTS.includes(c) || !inPoolB(c));
if (strays.length) throw new Error(`courts outside POOL-B in the population: ${strays.join(' ')}`);

runSampleScript({
  population: pop,
  draw: (p) => drawHoldout10(p, HOLDOUT10_SEED),
  rule: HOLDOUT10_RULE,
  file: HOLDOUT10_SAMPLE_FILE,
  courtsNote: `(POOL-B ${POOL7_COURTS.filter(inPoolB).length})`,
  drawnOn: '2026-12-07',
});
