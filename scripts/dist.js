/**
 * The compiled build in `dist/`: whether it is current with the sources, and how to make it.
 *
 * `npm install` builds it (`prepare`); `bin/docketwatch.js` runs it only while nothing that goes
 * into it changed since the build started (the sources, their folders, the compiler settings), and
 * otherwise runs the TypeScript sources through tsx, so an edited or pulled checkout never runs a
 * stale build. The build compiles into a folder of its own and then takes `dist/`'s place, so a
 * process never reads a half-written build.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** What the build compiles (as tsconfig.build.json says) and the settings it compiles with. */
const SOURCE_FOLDERS = ['src', 'scrapers', 'schedules', 'db'];
const SETTINGS = ['tsconfig.json', 'tsconfig.build.json'];
/** Written last into a build: when it started, in milliseconds since the epoch. */
const STAMP = '.built-at';
/** The top-level `--help` text, rendered at build time: rendering it loads every command's module. */
export const HELP = 'help.txt';

const isBuildInput = (name, isFolder) => (isFolder ? name !== 'fixtures' : !name.endsWith('.test.ts'));

/** The latest change to anything the build reads; a folder's own time covers files added, removed or renamed. */
function latestChange(root) {
  let latest = 0;
  const visit = (folder) => {
    latest = Math.max(latest, statSync(folder).mtimeMs);
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (!isBuildInput(entry.name, entry.isDirectory())) continue;
      if (entry.isDirectory()) visit(join(folder, entry.name));
      else latest = Math.max(latest, statSync(join(folder, entry.name)).mtimeMs);
    }
  };
  for (const folder of SOURCE_FOLDERS) visit(join(root, folder));
  for (const file of SETTINGS) latest = Math.max(latest, statSync(join(root, file)).mtimeMs);
  return latest;
}

/** Whether `dist/` exists and nothing it is built from changed after its build started. */
export function distIsCurrent(root = ROOT) {
  let builtAt;
  try {
    builtAt = Number(readFileSync(join(root, 'dist', STAMP), 'utf8'));
  } catch {
    return false;
  }
  return latestChange(root) < builtAt;
}

/** The files beside the sources that the code reads at run time (stylesheet, data); the compiler copies only JSON it imports. */
function copyAssets(root, out) {
  const visit = (folder) => {
    for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (!isBuildInput(entry.name, entry.isDirectory())) continue;
      if (entry.isDirectory()) visit(path);
      else if (!entry.name.endsWith('.ts') && !existsSync(join(out, path)))
        cpSync(join(root, path), join(out, path));
    }
  };
  for (const folder of SOURCE_FOLDERS) visit(folder);
}

/** Compile the sources with the TypeScript compiler into a new `dist/`. Throws when the compiler fails. */
export async function build(root = ROOT) {
  const startedAt = Date.now();
  const out = join(root, `dist.building-${process.pid}`);
  rmSync(out, { recursive: true, force: true });
  try {
    const require = createRequire(join(root, 'package.json'));
    const tsc = join(dirname(require.resolve('typescript/package.json')), 'bin', 'tsc');
    const compiled = spawnSync(
      process.execPath,
      [tsc, '-p', join(root, 'tsconfig.build.json'), '--outDir', out],
      {
        stdio: 'inherit',
      },
    );
    if (compiled.status !== 0) throw new Error(`tsc exited with ${compiled.status ?? compiled.signal}`);
    copyAssets(root, out);
    const { buildProgram } = await import(pathToFileURL(join(out, 'src', 'cli', 'main.js')).href);
    const program = await buildProgram();
    program.configureOutput({ getOutHelpWidth: () => 80, getErrHelpWidth: () => 80 });
    writeFileSync(join(out, HELP), program.helpInformation());
    writeFileSync(join(out, STAMP), String(startedAt));
    const old = join(root, `dist.old-${process.pid}`);
    if (existsSync(join(root, 'dist'))) renameSync(join(root, 'dist'), old);
    renameSync(out, join(root, 'dist'));
    rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
