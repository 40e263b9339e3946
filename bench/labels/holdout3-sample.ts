/**
 * Redraw hold-out 3 (the rule is in `holdout3.ts`) and write `bench/labels/holdout-3.sample.json`:
 *   npx tsx bench/labels/holdout3-sample.ts [--check]
 * `--check` writes nothing and exits 1 when the drawn set differs from the file. It prints counts
 * only, never a text.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturesDir } from '../../tests/support/shared.ts';
import { drawHoldout3, HOLDOUT3_SAMPLE_FILE, SEED3, TARGET_A, TARGET_B } from './holdout3.ts';

const drawn = drawHoldout3(join(fixturesDir, 'pacer'));
const body = `${JSON.stringify(
  {
    rule: `seed ${SEED3}; population of corpus.ts less the texts of sample.json, holdout-2.sample.json and src/deadlines/extract/heldout*.jsonl; stratum A: court-balanced, quota reaching ${TARGET_A}; stratum B: court-balanced among the rest whose text has deadline language (holdout2.ts DEADLINE_LANGUAGE), quota reaching ${TARGET_B}; see bench/labels/holdout3.ts`,
    drawn: '2026-12-05',
    entries: drawn,
  },
  null,
  2,
)}\n`;
if (process.argv.includes('--check')) {
  const same =
    JSON.stringify(JSON.parse(readFileSync(HOLDOUT3_SAMPLE_FILE, 'utf8'))) ===
    JSON.stringify(JSON.parse(body));
  console.log(
    same ? 'holdout-3.sample.json matches the rule' : 'holdout-3.sample.json differs from the rule',
  );
  process.exit(same ? 0 : 1);
}
writeFileSync(HOLDOUT3_SAMPLE_FILE, body);
for (const st of ['A', 'B'] as const) {
  const s = drawn.filter((d) => d.stratum === st);
  console.log(`stratum ${st}: ${s.length} entries from ${new Set(s.map((d) => d.court)).size} courts`);
}
console.log(`all: ${drawn.length} entries from ${new Set(drawn.map((d) => d.court)).size} courts`);
