/**
 * Draws hold-out 6 (the rule is in `holdout-6.ts`) and writes `bench/labels/holdout-6.sample.json`:
 *   npx tsx bench/labels/holdout-6-sample.ts [--check] [--counts]
 * `--check` writes nothing and exits 1 when the drawn set differs from the file. `--counts` prints the
 * population per court (entries, with deadline, hearing, stay language) and writes nothing. It prints
 * counts only, never a text. Needs the juriscraper snapshot (`JURISCRAPER_DIR`) and `../shared`
 * (whose pages and earlier samples are left out); without either it says so and exits 0.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fixturesDir, hasShared } from '../../tests/support/shared.ts';
import {
  drawHoldout6,
  HOLDOUT6_RULE,
  HOLDOUT6_SAMPLE_FILE,
  HOLDOUT6_SEED,
  holdout6Population,
  juriscraperMissing,
  LANGUAGE6,
} from './holdout-6.ts';

const missing = juriscraperMissing() ?? (hasShared ? null : `skipped: ${fixturesDir} is absent`);
if (missing) {
  console.log(missing);
  process.exit(0);
}
const pop = holdout6Population(fixturesDir);

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
    `population: ${pop.length} entries from ${byCourt.size} courts, ${sum(1)} with deadline language, ${sum(2)} with hearing language, ${sum(3)} with stay language`,
  );
  process.exit(0);
}

const drawn = drawHoldout6(pop, HOLDOUT6_SEED);
const body = `${JSON.stringify({ rule: HOLDOUT6_RULE, drawn: '2026-12-06', entries: drawn }, null, 2)}\n`;
if (process.argv.includes('--check')) {
  const same =
    JSON.stringify(JSON.parse(readFileSync(HOLDOUT6_SAMPLE_FILE, 'utf8'))) ===
    JSON.stringify(JSON.parse(body));
  console.log(
    same ? 'holdout-6.sample.json matches the rule' : 'holdout-6.sample.json differs from the rule',
  );
  process.exit(same ? 0 : 1);
}
writeFileSync(HOLDOUT6_SAMPLE_FILE, body);
for (const st of ['A', 'D', 'H', 'S'] as const) {
  const s = drawn.filter((d) => d.stratum === st);
  console.log(`stratum ${st}: ${s.length} entries from ${new Set(s.map((d) => d.court)).size} courts`);
}
console.log(`all: ${drawn.length} entries from ${new Set(drawn.map((d) => d.court)).size} courts`);
