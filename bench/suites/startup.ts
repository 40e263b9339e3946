/**
 * `npm run bench -- startup`: whole-process times of the `docketwatch` binary (the build in dist/),
 * each beside references measured in the same run, rounds alternating so that load on a shared
 * machine falls on every command alike.
 *
 * References: `node -e 0` (Node's own start, the floor) and the same commands run from the
 * TypeScript sources through tsx (how the binary ran before the build). Whole-process parse of the
 * district corpus ×10 is compared with juriscraper's steady-state rate on this machine kind, 996
 * entries/s (issue #18; juriscraper is not installed here, so it is a constant, not measured in
 * this run). Targets: `--help` and a one-file parse ≤ 0.3 s; the corpus ×10 ≥ 20× juriscraper.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parsePacer } from '../../scrapers/pacer/index.ts';
import { build, distIsCurrent } from '../../scripts/dist.js';
import { corpusPairs } from '../../tests/support/corpus.ts';
import { fixturesDir, projectRoot } from '../../tests/support/shared.ts';
import { median } from '../stats.ts';

const ROUNDS = 7;
const JURISCRAPER_DISTRICT_ENTRIES_PER_S = 996;
const BIN = join(projectRoot, 'bin/docketwatch.js');
/** The binary's code from the sources through tsx, as `bin/docketwatch.js` ran before the build. */
const FROM_SOURCES = [
  '--import',
  'tsx',
  '--input-type=module',
  '-e',
  "const { main } = await import('./src/cli/main.ts'); process.exitCode = await main(process.argv);",
  'docketwatch',
];

interface Command {
  name: string;
  args: string[];
}

function wallSeconds(args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: projectRoot, stdio: ['ignore', 'ignore', 'pipe'] });
  const s = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`node ${args.join(' ').slice(0, 200)} exited ${r.status}: ${r.stderr}`);
  return s;
}

export async function run(): Promise<void> {
  if (!distIsCurrent()) {
    console.log('dist/ is older than the sources: building it first');
    await build();
  }
  const commands: Command[] = [
    { name: 'node -e 0 (reference)', args: ['-e', '0'] },
    { name: 'docketwatch --help', args: [BIN, '--help'] },
    { name: '  same from sources (tsx)', args: [...FROM_SOURCES, '--help'] },
  ];
  const district = existsSync(join(fixturesDir, 'pacer'))
    ? corpusPairs(['district-dockets']).map((p) => p.input)
    : [];
  let corpusEntries = 0;
  if (district.length > 0) {
    for (const path of district)
      for (const c of parsePacer(readFileSync(path), { kind: 'auto' }).cases)
        corpusEntries += c.entries.length;
    const tenTimes = Array.from({ length: 10 }, () => district).flat();
    commands.push(
      { name: 'docketwatch parse (one file)', args: [BIN, 'parse', district[0]!] },
      { name: '  same from sources (tsx)', args: [...FROM_SOURCES, 'parse', district[0]!] },
      { name: `docketwatch parse (district ×10)`, args: [BIN, 'parse', ...tenTimes] },
    );
  } else console.log(`the shared corpus is absent (${fixturesDir}): parse rows skipped`);

  const before = loadavg()[0]!;
  const times = commands.map(() => [] as number[]);
  for (let round = 0; round < ROUNDS; round++)
    commands.forEach((c, i) => {
      times[i]!.push(wallSeconds(c.args));
    });
  console.log(
    `whole process, wall time, median of ${ROUNDS} alternating rounds; load average ${before.toFixed(1)} → ${loadavg()[0]!.toFixed(1)} on ${
      (await import('node:os')).cpus().length
    } cores`,
  );
  const floor = median(times[0]!);
  commands.forEach((c, i) => {
    const s = median(times[i]!);
    const verdict =
      c.name.startsWith('docketwatch') && !c.name.includes('×10')
        ? s <= 0.3
          ? '≤0.3 s ok'
          : '>0.3 s MISS'
        : '';
    console.log(
      `${c.name.padEnd(34)} ${s.toFixed(3).padStart(7)} s  ${(s / floor).toFixed(1).padStart(5)}× node's start  ${verdict}`,
    );
  });
  if (district.length > 0) {
    const s = median(times[commands.length - 1]!);
    const rate = (corpusEntries * 10) / s;
    const ratio = rate / JURISCRAPER_DISTRICT_ENTRIES_PER_S;
    console.log(
      `district ×10: ${district.length * 10} files, ${corpusEntries * 10} entries in ${s.toFixed(2)} s = ${Math.round(rate).toLocaleString('en-US')} entries/s = ${ratio.toFixed(1)}× juriscraper's steady state (${JURISCRAPER_DISTRICT_ENTRIES_PER_S}/s, issue #18) ${ratio >= 20 ? '≥20× ok' : '<20× MISS'}`,
    );
  }
}
