/**
 * Redraw the corpus sample (the rule is in `corpus.ts`) and write `bench/labels/sample.json`:
 *   npx tsx bench/labels/sample.ts [--check]
 * `--check` writes nothing and exits 1 when the drawn sample differs from the file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturesDir } from '../../tests/support/shared.ts';
import { drawSample, HOLDOUT_FRACTION, SAMPLE_FILE, SEED, TARGET } from './corpus.ts';

const sample = drawSample(join(fixturesDir, 'pacer'));
const body = `${JSON.stringify(
  {
    rule: `seed ${SEED}; stratified by court, per-court quota q = smallest with total >= ${TARGET}; hold-out = sha256("${SEED}:"+ref) < ${HOLDOUT_FRACTION}; see bench/labels/corpus.ts`,
    entries: sample,
  },
  null,
  2,
)}\n`;
if (process.argv.includes('--check')) {
  const same =
    JSON.stringify(JSON.parse(readFileSync(SAMPLE_FILE, 'utf8'))) === JSON.stringify(JSON.parse(body));
  console.log(same ? 'sample.json matches the rule' : 'sample.json differs from the rule');
  process.exit(same ? 0 : 1);
}
writeFileSync(SAMPLE_FILE, body);
const courts = new Set(sample.map((s) => s.court));
const hold = sample.filter((s) => s.split === 'holdout');
console.log(
  `${sample.length} entries from ${courts.size} courts; dev ${sample.length - hold.length} (${new Set(sample.filter((s) => s.split === 'dev').map((s) => s.court)).size} courts), hold-out ${hold.length} (${new Set(hold.map((s) => s.court)).size} courts)`,
);
