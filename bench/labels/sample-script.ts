/**
 * The command of a juriscraper-drawn set's sample script (hold-out 6, hold-out 7, dev-js):
 * `--counts` prints the population per court (entries, with deadline, hearing, stay language) and
 * writes nothing; `--check` writes nothing and exits 1 when the drawn set differs from the file;
 * otherwise the drawn set is written and its strata counted. It prints counts only, never a text.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fixturesDir, hasShared } from '../../tests/support/shared.ts';
import { type Holdout6Entry, juriscraperMissing, LANGUAGE6 } from './holdout-6.ts';

/** A sample script's first step: without the juriscraper snapshot or `../shared`, it says which and exits 0. */
export function exitWithoutSources(): void {
  const missing = juriscraperMissing() ?? (hasShared ? null : `skipped: ${fixturesDir} is absent`);
  if (missing) {
    console.log(missing);
    process.exit(0);
  }
}

export interface SampleScript {
  population: Holdout6Entry[];
  draw: (pop: Holdout6Entry[]) => readonly { court: string; page: string; stratum: string }[];
  rule: string;
  file: string;
  /** Words after the court count of `--counts` ("(POOL 44)"). */
  courtsNote?: string;
  /** The day written in the file's `drawn` field (default 2026-12-06, the day hold-outs 6–8 were drawn). */
  drawnOn?: string;
}

export function runSampleScript({
  population: pop,
  draw,
  rule,
  file,
  courtsNote,
  drawnOn,
}: SampleScript): void {
  const name = basename(file);
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
      `population: ${pop.length} entries from ${byCourt.size} courts${courtsNote ? ` ${courtsNote}` : ''}, ${sum(1)} with deadline language, ${sum(2)} with hearing language, ${sum(3)} with stay language`,
    );
    process.exit(0);
  }
  const drawn = draw(pop);
  const body = `${JSON.stringify({ rule, drawn: drawnOn ?? '2026-12-06', entries: drawn }, null, 2)}\n`;
  if (process.argv.includes('--check')) {
    const same = JSON.stringify(JSON.parse(readFileSync(file, 'utf8'))) === JSON.stringify(JSON.parse(body));
    console.log(same ? `${name} matches the rule` : `${name} differs from the rule`);
    process.exit(same ? 0 : 1);
  }
  writeFileSync(file, body);
  for (const st of ['A', 'D', 'H', 'S'] as const) {
    const s = drawn.filter((d) => d.stratum === st);
    console.log(`stratum ${st}: ${s.length} entries from ${new Set(s.map((d) => d.court)).size} courts`);
  }
  console.log(
    `all: ${drawn.length} entries from ${new Set(drawn.map((d) => d.court)).size} courts, ${new Set(drawn.map((d) => d.page)).size} pages`,
  );
}
