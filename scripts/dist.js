/**
 * The compiled build in `dist/`: whether it is current with the sources, and how to make it.
 *
 * `npm install` builds it (`prepare`); `bin/docketwatch.js` runs it only while nothing that goes
 * into it changed since the build started (the sources, their folders, the compiler settings), and
 * otherwise runs the TypeScript sources through tsx, so an edited or pulled checkout never runs a
 * stale build. The build compiles into a folder of its own and then takes `dist/`'s place, so a
 * process never reads a half-written build.
 *
 * `docketwatch parse` runs from one more piece of the build, `dist/scrapers/pacer/parse.cjs`: the
 * same compiled modules bundled (esbuild) into one script with V8's code cache beside it. Loading
 * some 80 files through the ES module loader and compiling their functions was about a tenth of the
 * main thread's time for 490 files and most of a one-file parse beyond Node's own start; one script
 * is read at once, the modules it does not use (most of htmlparser2's helpers) are left out, and
 * the cache, made at build time by parsing the repository's own fixtures, holds the bytecode of every
 * function that ran (`vm.Script`'s `cachedData`, which Node 20 has for scripts, not for ES modules).
 * A cache from another Node version or other V8 flags is rejected by V8, and the script is then
 * compiled as usual: the same program, only slower to start.
 */
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
import { Script } from 'node:vm';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** What the build compiles (as tsconfig.build.json says) and the settings it compiles with. */
const SOURCE_FOLDERS = ['src', 'scrapers', 'schedules', 'db'];
const SETTINGS = ['tsconfig.json', 'tsconfig.build.json'];
/** Written last into a build: when it started, in milliseconds since the epoch. */
const STAMP = '.built-at';
/** The top-level `--help` text, rendered at build time: rendering it loads every command's module. */
export const HELP = 'help.txt';
/** `docketwatch parse` as one script (`src/cli/parse-main.ts` and what it imports), beside `files.js`: its modules find files from its URL as from their own. */
export const PARSE_BUNDLE = join('scrapers', 'pacer', 'parse.cjs');
/** V8's code cache for the bundle, beside it. */
const CODE_CACHE = '.code-cache';

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
  // Loaded here, not at the top: every start of the binary imports this file (`distIsCurrent`),
  // and Node's child_process with what it loads costs ~3 ms of each.
  const { spawnSync } = await import('node:child_process');
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
    const { tokenizerFallback } = await import(
      pathToFileURL(join(out, 'scrapers', 'pacer', 'tokenizer.js')).href
    );
    await bundleParse(root, out, tokenizerFallback === null);
    writeFileSync(join(out, STAMP), String(startedAt));
    const old = join(root, `dist.old-${process.pid}`);
    if (existsSync(join(root, 'dist'))) renameSync(join(root, 'dist'), old);
    renameSync(out, join(root, 'dist'));
    rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/**
 * Libraries whose modules only define functions and tables: the bundle may leave out the modules
 * it never calls. htmlparser2's index re-exports `domutils`, whose `dom-serializer` imports all of
 * `entities` (4.x), and `entities` does not declare itself free of side effects, so without this
 * every start of the bundle built the encoding tables nothing reads (a `Map` of ~1,500 entries).
 */
const PURE_LIBRARIES = /[\\/]node_modules[\\/](?:entities|dom-serializer|domutils|domelementtype)[\\/]/;
const pureLibraries = {
  name: 'pure-libraries',
  setup(build) {
    build.onResolve({ filter: /.*/ }, async (args) => {
      if (args.pluginData === 'pure-libraries') return undefined;
      const result = await build.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: 'pure-libraries',
      });
      if (result.errors.length > 0 || !PURE_LIBRARIES.test(result.path)) return undefined;
      return { ...result, sideEffects: false };
    });
  },
};

/** entities 7's base64 reader of its generated tables; the bundle takes `decode-base64.js` instead. */
const ENTITIES_BASE64 = /[\\/]entities[\\/]dist[\\/]esm[\\/]internal[\\/]decode-shared\.js$/;
const nativeBase64 = {
  name: 'native-base64',
  setup(build) {
    build.onLoad({ filter: ENTITIES_BASE64 }, () => ({
      contents: readFileSync(fileURLToPath(new URL('decode-base64.js', import.meta.url)), 'utf8'),
      loader: 'js',
    }));
  },
};

/**
 * Bundle `docketwatch parse` into `PARSE_BUNDLE` and make its code cache by parsing the fixtures of
 * `scrapers/pacer/` (when the checkout has them). `tokenizerChecked`: the htmlparser2 the bundle
 * takes in passed the fast tokenizer's check here (`scrapers/pacer/tokenizer.ts`), so the bundle
 * need not check it again at each start.
 */
async function bundleParse(root, out, tokenizerChecked) {
  const { spawnSync } = await import('node:child_process');
  const require = createRequire(join(root, 'package.json'));
  const file = join(out, PARSE_BUNDLE);
  await require('esbuild').build({
    entryPoints: [join(out, 'src', 'cli', 'parse-main.js')],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    define: {
      'import.meta.url': '__bundleUrl',
      ...(tokenizerChecked ? { DOCKETWATCH_BUNDLED_TOKENIZER_CHECKED: 'true' } : {}),
    },
    banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
    plugins: [pureLibraries, nativeBase64],
    logLevel: 'warning',
  });
  const fixtures = join(root, 'scrapers', 'pacer', 'fixtures');
  const samples = existsSync(fixtures) ? readdirSync(fixtures).map((name) => join(fixtures, name)) : [];
  const made = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { writeFileSync } from 'node:fs';
import { loadParseBundle } from ${JSON.stringify(import.meta.url)};
const bundle = loadParseBundle(${JSON.stringify(file)});
const samples = ${JSON.stringify(samples)};
if (samples.length > 0) await bundle.main(['node', 'docketwatch', 'parse', ...samples]);
writeFileSync(${JSON.stringify(file + CODE_CACHE)}, bundle.codeCache());`,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DOCKETWATCH_PARSE_THREADS: '0' } },
  );
  if (made.status !== 0)
    console.warn(`docketwatch build: no code cache for ${PARSE_BUNDLE} (exit ${made.status ?? made.signal})`);
}

/**
 * The parse bundle's `main`, run as a script with its code cache (see the top of this file), or
 * `null` when the build has no bundle. `codeCache()` gives the cache of everything compiled so far.
 */
export function loadParseBundle(file = join(ROOT, 'dist', PARSE_BUNDLE)) {
  let source;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  let cachedData;
  try {
    cachedData = readFileSync(file + CODE_CACHE);
  } catch {
    // no cache: compiled as usual
  }
  // The wrapper CommonJS gives a module, on the bundle's first line so that its line numbers stay.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return { main: module.exports.main, codeCache: () => script.createCachedData() };
}
