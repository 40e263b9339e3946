/**
 * Where the shared test data lives (`../shared` beside the project). It is never copied into the
 * repository; tests that need it use `describeShared`, which reports a skip, with the reason, when
 * the folder is absent (a user's fresh clone).
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const sharedDir = resolve(process.env.DOCKETWATCH_SHARED ?? resolve(projectRoot, '../shared'));
export const fixturesDir = resolve(sharedDir, 'fixtures');
export const hasShared = existsSync(fixturesDir);

/**
 * A suite over the shared data. Without it the suite's body is not even run (it would read files
 * that are not there); one skipped test says why.
 */
export function describeShared(name: string, fn: () => void): void {
  if (hasShared) describe(name, fn);
  else
    describe(name, () => {
      it.skip(`skipped: ${fixturesDir} is absent (the shared corpus is not beside this checkout)`, () => {});
    });
}
