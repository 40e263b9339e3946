/**
 * Draws hold-out 7 (the rule is in `holdout-7.ts`) and writes `bench/labels/holdout-7.sample.json`:
 *   npx tsx bench/labels/holdout-7-sample.ts [--check] [--counts]
 * `--check` writes nothing and exits 1 when the drawn set differs from the file. `--counts` prints the
 * population per court (entries, with deadline, hearing, stay language) and writes nothing. It prints
 * counts only, never a text. Needs the juriscraper snapshot (`JURISCRAPER_DIR`) and `../shared`;
 * without either it says so and exits 0.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fixturesDir, hasShared } from '../../tests/support/shared.ts';
import { juriscraperMissing, LANGUAGE6 } from './holdout-6.ts';
import {
  drawHoldout7,
  HOLDOUT7_RULE,
  HOLDOUT7_SAMPLE_FILE,
  HOLDOUT7_SEED,
  holdout7Population,
  inPool7,
  POOL7_COURTS,
} from './holdout-7.ts';

const missing = juriscraperMissing() ?? (hasShared ? null : `skipped: ${fixturesDir} is absent`);
if (missing) {
  console.log(missing);
  process.exit(0);
}
const pop = holdout7Population(fixturesDir);
const courts = new Set(pop.map((e) => e.court));
const strays = [...courts].filter((c) => !POOL7_COURTS.includes(c) || !inPool7(c));
if (strays.length) throw new Error(`courts outside the POOL in the population: ${strays.join(' ')}`);

if (process.argv.includes('--counts')) {
  const byCourt = new Map<string, number[]>();
  for (const e of pop) {
    const c = byCourt.get(e.court) ?? [0, 0, 0, 0];
    c[0]!++;
    if (LANGUAGE6.D(e.text)) c[1]!++;
    if (LANGUAGE6.H(e.text)) c[2]!++;
    if (LANGUAGE6.S(e.text)) c[3]!++;
    byCourt.set(e.court, c);
  }
  console.log('court\tentries\tdeadline\thearing\tstay');
  for (const [court, c] of [...byCourt].sort()) console.log(`${court}\t${c.join('\t')}`);
  const sum = (i: number) => [...byCourt.values()].reduce((s, c) => s + c[i]!, 0);
  console.log(
    `population: ${pop.length} entries from ${byCourt.size} courts (POOL ${POOL7_COURTS.length}), ${sum(1)} with deadline language, ${sum(2)} with hearing language, ${sum(3)} with stay language`,
  );
  process.exit(0);
}

const drawn = drawHoldout7(pop, HOLDOUT7_SEED);
const body = `${JSON.stringify({ rule: HOLDOUT7_RULE, drawn: '2026-12-06', entries: drawn }, null, 2)}\n`;
if (process.argv.includes('--check')) {
  const same =
    JSON.stringify(JSON.parse(readFileSync(HOLDOUT7_SAMPLE_FILE, 'utf8'))) ===
    JSON.stringify(JSON.parse(body));
  console.log(
    same ? 'holdout-7.sample.json matches the rule' : 'holdout-7.sample.json differs from the rule',
  );
  process.exit(same ? 0 : 1);
}
writeFileSync(HOLDOUT7_SAMPLE_FILE, body);
for (const st of ['A', 'D', 'H', 'S'] as const) {
  const s = drawn.filter((d) => d.stratum === st);
  console.log(`stratum ${st}: ${s.length} entries from ${new Set(s.map((d) => d.court)).size} courts`);
}
console.log(
  `all: ${drawn.length} entries from ${new Set(drawn.map((d) => d.court)).size} courts, ${new Set(drawn.map((d) => d.page)).size} pages`,
);
