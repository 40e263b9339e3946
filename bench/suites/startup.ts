/**
 * `npm run bench -- startup`: whole-process times of the `docketwatch` binary (the build in dist/),
 * wall time and (with GNU time) CPU time, each beside references measured in the same run, rounds
 * alternating so that load on a shared machine falls on every command alike.
 *
 * References: `node -e 0` (Node's own start, the floor) and the same commands run from the
 * TypeScript sources through tsx (how the binary ran before the build). Whole-process parse of the
 * district corpus ×10 is compared with juriscraper's steady-state rate on this machine kind, 996
 * entries/s (issue #18; juriscraper is not installed here, so it is a constant, not measured in
 * this run). Targets: `--help` and a one-file parse ≤ 0.3 s; the corpus ×10 ≥ 20× juriscraper.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import { cpus as cpuCount, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseThreads } from '../../scrapers/pacer/files.ts';
import { parsePacer } from '../../scrapers/pacer/index.ts';
import { build, distIsCurrent } from '../../scripts/dist.js';
import { corpusPairs } from '../../tests/support/corpus.ts';
import { fixturesDir, projectRoot } from '../../tests/support/shared.ts';
import { median } from '../stats.ts';

const ROUNDS = 7;
export const JURISCRAPER_DISTRICT_ENTRIES_PER_S = 996;
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

/** GNU time, when installed, gives each child's CPU time (user + system): on a loaded machine wall time mostly measures the queue. */
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const TIMES_FILE = join(tmpdir(), `docketwatch-startup-${process.pid}.txt`);
/**
 * Where each command's standard output goes: a file, emptied before each run, as `docketwatch parse
 * FILES > out.jsonl` writes it (not /dev/null, where writing costs nothing: the parse prints ~6 MB
 * for the corpus ×10, and how it writes is part of what is measured).
 */
const OUTPUT_FILE = join(tmpdir(), `docketwatch-startup-${process.pid}.out`);

function measure(args: string[]): { wall: number; cpu: number | null } {
  const [command, argv] = GNU_TIME
    ? [GNU_TIME, ['-f', '%U %S', '-o', TIMES_FILE, process.execPath, ...args]]
    : [process.execPath, args];
  const out = openSync(OUTPUT_FILE, 'w');
  const t0 = performance.now();
  const r = spawnSync(command, argv, { cwd: projectRoot, stdio: ['ignore', out, 'pipe'] });
  const wall = (performance.now() - t0) / 1000;
  closeSync(out);
  if (r.status !== 0) throw new Error(`node ${args.join(' ').slice(0, 200)} exited ${r.status}: ${r.stderr}`);
  if (!GNU_TIME) return { wall, cpu: null };
  const [user, system] = readFileSync(TIMES_FILE, 'utf8').trim().split(/\s+/).slice(-2).map(Number);
  return { wall, cpu: user! + system! };
}

export interface StartupFigures {
  /** Median wall and CPU seconds (CPU null without GNU time) per command, by name. */
  commands: { name: string; wall: number; cpu: number | null }[];
  /** Entries in one pass of the district corpus (0 when the corpus is absent). */
  corpusEntries: number;
  /**
   * The parse threads the binary chooses for the corpus ×10 by itself (`parseThreads`: the load
   * average and the cores when it starts), as this process reckoned them just before each round:
   * a median over rounds with and without a thread mixes two programs.
   */
  parseTenThreads: number[];
  load: [number, number];
}

export const STARTUP_NAMES = {
  node: 'node -e 0 (reference)',
  help: 'docketwatch --help',
  parseOne: 'docketwatch parse (one file)',
  parseTen: 'docketwatch parse (district ×10)',
} as const;

export async function run(): Promise<void> {
  await measureStartup(ROUNDS, true);
}

/** Whole-process times in alternating rounds; `withTsx` adds the same commands from the sources. */
export async function measureStartup(rounds: number, withTsx: boolean): Promise<StartupFigures> {
  if (!distIsCurrent()) {
    console.log('dist/ is older than the sources: building it first');
    await build();
  }
  const commands: Command[] = [
    { name: STARTUP_NAMES.node, args: ['-e', '0'] },
    { name: STARTUP_NAMES.help, args: [BIN, '--help'] },
    ...(withTsx ? [{ name: '  same from sources (tsx)', args: [...FROM_SOURCES, '--help'] }] : []),
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
      { name: STARTUP_NAMES.parseOne, args: [BIN, 'parse', district[0]!] },
      ...(withTsx
        ? [{ name: '  same from sources (tsx)', args: [...FROM_SOURCES, 'parse', district[0]!] }]
        : []),
      { name: STARTUP_NAMES.parseTen, args: [BIN, 'parse', ...tenTimes] },
    );
  } else console.log(`the shared corpus is absent (${fixturesDir}): parse rows skipped`);

  const before = loadavg()[0]!;
  const walls = commands.map(() => [] as number[]);
  const cpus = commands.map(() => [] as number[]);
  const parseTenThreads: number[] = [];
  for (let round = 0; round < rounds; round++)
    commands.forEach((c, i) => {
      if (c.name === STARTUP_NAMES.parseTen) parseTenThreads.push(parseThreads(c.args.slice(2)));
      const { wall, cpu } = measure(c.args);
      walls[i]!.push(wall);
      if (cpu !== null) cpus[i]!.push(cpu);
    });
  rmSync(TIMES_FILE, { force: true });
  rmSync(OUTPUT_FILE, { force: true });
  console.log(
    `whole process, median of ${rounds} alternating rounds: wall time, and CPU time (user + system${GNU_TIME ? '' : ': no /usr/bin/time here'}); load average ${before.toFixed(1)} → ${loadavg()[0]!.toFixed(1)} on ${cpuCount().length} cores`,
  );
  const floor = median(walls[0]!);
  const cpuText = (i: number) => (cpus[i]!.length > 0 ? `${median(cpus[i]!).toFixed(3)} s CPU` : '');
  commands.forEach((c, i) => {
    const s = median(walls[i]!);
    const verdict =
      c.name.startsWith('docketwatch') && !c.name.includes('×10')
        ? s <= 0.3
          ? '≤0.3 s ok'
          : '>0.3 s MISS'
        : '';
    console.log(
      `${c.name.padEnd(34)} ${s.toFixed(3).padStart(7)} s  ${(s / floor).toFixed(1).padStart(5)}× node's start  ${cpuText(i).padStart(12)}  ${verdict}`,
    );
  });
  if (district.length > 0) {
    const i = commands.length - 1;
    const line = (label: string, s: number) => {
      const rate = (corpusEntries * 10) / s;
      const ratio = rate / JURISCRAPER_DISTRICT_ENTRIES_PER_S;
      return `district ×10 (${label}): ${district.length * 10} files, ${corpusEntries * 10} entries in ${s.toFixed(2)} s = ${Math.round(rate).toLocaleString('en-US')} entries/s = ${ratio.toFixed(1)}× juriscraper's steady state (${JURISCRAPER_DISTRICT_ENTRIES_PER_S}/s, issue #18) ${ratio >= 20 ? '≥20× ok' : '<20× MISS'}`;
    };
    console.log(line('wall', median(walls[i]!)));
    console.log(
      `district ×10: parse threads by round (the binary's own choice): ${parseTenThreads.join(' ')}`,
    );
    if (cpus[i]!.length > 0) console.log(line('CPU', median(cpus[i]!)));
  }
  return {
    commands: commands.map((c, i) => ({
      name: c.name,
      wall: median(walls[i]!),
      cpu: cpus[i]!.length > 0 ? median(cpus[i]!) : null,
    })),
    corpusEntries,
    parseTenThreads,
    load: [before, loadavg()[0]!],
  };
}
