/**
 * `PARSE_AB_ROOT=DIR npm run bench -- parse-ab`: the whole-process parse of the district corpus ×10
 * (the `targets` row) by this checkout's binary and by another checkout's (DIR, its `dist/` built),
 * in alternating rounds, as a ratio. On a shared machine wall time measures the run queue, so each
 * run reports the CPU time of its main thread (`/proc/self/task/PID/schedstat`, read at exit by a
 * `--require` preload: it goes through `NODE_OPTIONS`, which leaves V8's flags, and so the parse
 * bundle's code cache, as they are) and of the whole process; the ratio is taken round by round,
 * and its median and range printed with the load average. Output goes to a file, as in `startup`.
 * Without `PARSE_AB_ROOT` the suite says so and measures nothing.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { corpusPairs } from '../../tests/support/corpus.ts';
import { fixturesDir, projectRoot } from '../../tests/support/shared.ts';
import { median } from '../stats.ts';

const ROUNDS = Number(process.env.PARSE_AB_ROUNDS ?? 12);
const PRELOAD = join(tmpdir(), `docketwatch-parse-ab-${process.pid}.cjs`);
const TIMES = join(tmpdir(), `docketwatch-parse-ab-${process.pid}.txt`);
const OUTPUT = join(tmpdir(), `docketwatch-parse-ab-${process.pid}.out`);

const preload = `const fs = require('node:fs');
process.on('exit', () => {
  const main = Number(fs.readFileSync('/proc/self/task/' + process.pid + '/schedstat', 'utf8').split(' ')[0]) / 1e6;
  const stat = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  fs.writeFileSync(${JSON.stringify(TIMES)}, main + ' ' + (Number(stat[11]) + Number(stat[12])) * 10);
});
`;

/** CPU time of one run, in ms. */
interface Cpu {
  main: number;
  process: number;
}

/** One whole-process parse by the binary of `root`: main-thread and process CPU in ms. */
function once(root: string, files: string[]): Cpu {
  rmSync(TIMES, { force: true });
  const out = openSync(OUTPUT, 'w');
  const r = spawnSync(process.execPath, [join(root, 'bin/docketwatch.js'), 'parse', ...files], {
    cwd: root,
    stdio: ['ignore', out, 'pipe'],
    env: { ...process.env, NODE_OPTIONS: `--require ${PRELOAD}`, DOCKETWATCH_PARSE_THREADS: '0' },
  });
  closeSync(out);
  if (r.status !== 0) throw new Error(`${root}: parse exited ${r.status}: ${r.stderr}`);
  const [main, cpu] = readFileSync(TIMES, 'utf8').split(' ').map(Number);
  return { main: main!, process: cpu! };
}

export async function run(): Promise<void> {
  const other = process.env.PARSE_AB_ROOT;
  if (!other) {
    console.log(
      'set PARSE_AB_ROOT=DIR (another checkout, its dist/ built) to compare its parse with this one',
    );
    return;
  }
  if (!existsSync(join(fixturesDir, 'pacer'))) {
    console.log(`the shared corpus is absent (${fixturesDir}): nothing to parse`);
    return;
  }
  const district = corpusPairs(['district-dockets']).map((p) => p.input);
  const files = Array.from({ length: 10 }, () => district).flat();
  writeFileSync(PRELOAD, preload);
  const roots = { this: projectRoot, other: resolve(other) };
  const runs: Record<'this' | 'other', Cpu[]> = { this: [], other: [] };
  const load0 = loadavg()[0]!;
  try {
    for (let round = 0; round < ROUNDS; round++)
      for (const side of round % 2 === 0 ? (['other', 'this'] as const) : (['this', 'other'] as const))
        runs[side].push(once(roots[side], files));
  } finally {
    rmSync(PRELOAD, { force: true });
    rmSync(TIMES, { force: true });
    rmSync(OUTPUT, { force: true });
  }
  const ms = (xs: number[]) => `${median(xs).toFixed(0)} ms`;
  console.log(
    `district corpus ×10 (${files.length} files), ${ROUNDS} alternating rounds, no parse thread, load average ${load0.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}`,
  );
  for (const side of ['other', 'this'] as const)
    console.log(
      `${side === 'this' ? 'this checkout' : `PARSE_AB_ROOT ${roots.other}`}: main thread ${ms(runs[side].map((r) => r.main))}, process ${ms(runs[side].map((r) => r.process))} CPU (medians)`,
    );
  for (const key of ['main', 'process'] as const) {
    const ratios = runs.this.map((r, i) => r[key] / runs.other[i]![key]);
    console.log(
      `this ÷ other, ${key === 'main' ? 'main-thread' : 'process'} CPU, round by round: median ${median(ratios).toFixed(3)} (${Math.min(...ratios).toFixed(3)}–${Math.max(...ratios).toFixed(3)})`,
    );
  }
}
