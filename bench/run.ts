/**
 * `npm run bench`: runs every suite in bench/suites/ (or those named: `npm run bench -- parse ingest`)
 * and prints its figures. Suites measure medians over several rounds; machines are noisy.
 * `targets` (issue #18's targets, in short forms of the other suites) runs only when named.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'suites');
const wanted = process.argv.slice(2);
const suites = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .sort()
  .filter((f) => (wanted.length === 0 ? f !== 'targets.ts' : wanted.includes(f.replace(/\.ts$/, ''))));
for (const file of suites) {
  const mod = (await import(join(dir, file))) as { run: () => Promise<void> };
  console.log(`\n## ${file.replace(/\.ts$/, '')}`);
  await mod.run();
}
