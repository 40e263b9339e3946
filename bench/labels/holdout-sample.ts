/**
 * Redraw a hold-out of the real corpus (the rule is in `holdouts.ts`; each set's seed and targets in
 * `HOLDOUTS`) and write `bench/labels/<set>.sample.json`:
 *   npx tsx bench/labels/holdout-sample.ts --set holdout-2|holdout-3|holdout-4|holdout-5 [--seed N] [--check] [--counts]
 * `--check` writes nothing and exits 1 when the drawn set differs from the file. `--seed N` draws with
 * another seed (to stdout counts only; writes nothing unless it is the set's own seed). `--counts`
 * prints the set's population per court (entries, with deadline language, with hearing language) and writes nothing. It
 * prints counts only, never a text.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturesDir } from '../../tests/support/shared.ts';
import { hasDeadlineLanguage } from './holdout2.ts';
import {
  drawHoldout,
  HOLDOUTS,
  type HoldoutSet,
  hasHearingLanguage,
  holdoutPopulation,
  sampleBody,
} from './holdouts.ts';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const set = arg('--set');
if (!set || !(set in HOLDOUTS)) {
  console.error(
    `usage: holdout-sample.ts --set ${Object.keys(HOLDOUTS).join('|')} [--seed N] [--check] [--counts]`,
  );
  process.exit(2);
}
const own = HOLDOUTS[set as HoldoutSet];
const seed = arg('--seed') ? Number(arg('--seed')) : own.seed;
const spec = { ...own, seed };
const pacerDir = join(fixturesDir, 'pacer');

if (process.argv.includes('--counts')) {
  const pop = holdoutPopulation(pacerDir, spec);
  const byCourt = new Map<string, [number, number, number]>();
  for (const e of pop) {
    const c = byCourt.get(e.court) ?? [0, 0, 0];
    c[0]++;
    if (hasDeadlineLanguage(e.text)) c[1]++;
    if (hasHearingLanguage(e.text)) c[2]++;
    byCourt.set(e.court, c);
  }
  console.log('court\tentries\tdeadline language\thearing language');
  for (const [court, [n, d, h]] of [...byCourt].sort()) console.log(`${court}\t${n}\t${d}\t${h}`);
  const dl = [...byCourt.values()].reduce((s, [, d]) => s + d, 0);
  const hl = [...byCourt.values()].reduce((s, [, , h]) => s + h, 0);
  console.log(
    `population: ${pop.length} entries from ${byCourt.size} courts, ${dl} with deadline language, ${hl} with hearing language`,
  );
  process.exit(0);
}

const drawn = drawHoldout(pacerDir, spec);
const body = sampleBody(spec, drawn);
if (process.argv.includes('--check')) {
  const same =
    JSON.stringify(JSON.parse(readFileSync(own.sampleFile, 'utf8'))) === JSON.stringify(JSON.parse(body));
  console.log(same ? `${set}.sample.json matches the rule` : `${set}.sample.json differs from the rule`);
  process.exit(same ? 0 : 1);
}
if (seed === own.seed) writeFileSync(own.sampleFile, body);
for (const st of ['A', 'B', 'C'] as const) {
  const s = drawn.filter((d) => d.stratum === st);
  console.log(`stratum ${st}: ${s.length} entries from ${new Set(s.map((d) => d.court)).size} courts`);
}
console.log(`all: ${drawn.length} entries from ${new Set(drawn.map((d) => d.court)).size} courts`);
