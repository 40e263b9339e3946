/**
 * Redraw hold-out 2 (the rule is in `holdout2.ts`) and write `bench/labels/holdout-2.sample.json`:
 *   npx tsx bench/labels/holdout2-sample.ts [--check]
 * `--check` writes nothing and exits 1 when the drawn set differs from the file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturesDir } from '../../tests/support/shared.ts';
import { drawHoldout2, HOLDOUT2_SAMPLE_FILE, SEED2, TARGET_A, TARGET_B } from './holdout2.ts';

const drawn = drawHoldout2(join(fixturesDir, 'pacer'));
const body = `${JSON.stringify(
  {
    rule: `seed ${SEED2}; population of corpus.ts less sample.json (by text); stratum A: court-balanced, quota reaching ${TARGET_A}; stratum B: court-balanced among the rest whose text has deadline language (DEADLINE_LANGUAGE), quota reaching ${TARGET_B}; see bench/labels/holdout2.ts`,
    drawn: '2026-12-05',
    entries: drawn,
  },
  null,
  2,
)}\n`;
if (process.argv.includes('--check')) {
  const same =
    JSON.stringify(JSON.parse(readFileSync(HOLDOUT2_SAMPLE_FILE, 'utf8'))) ===
    JSON.stringify(JSON.parse(body));
  console.log(
    same ? 'holdout-2.sample.json matches the rule' : 'holdout-2.sample.json differs from the rule',
  );
  process.exit(same ? 0 : 1);
}
writeFileSync(HOLDOUT2_SAMPLE_FILE, body);
for (const st of ['A', 'B'] as const) {
  const s = drawn.filter((d) => d.stratum === st);
  console.log(`stratum ${st}: ${s.length} entries from ${new Set(s.map((d) => d.court)).size} courts`);
}
