/**
 * The import graph of the production code, read from the sources (every import names its `.ts`
 * file, and biome keeps them in one shape), the layers it must respect, and where tests live (the
 * rule in DEVELOPERS.md). Used by `layering.test.ts` and by `npx tsx tests/architecture/layers.ts`
 * to print what breaks them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Folders of production code (tests, benches and migrations' data are not). */
const PRODUCTION = ['src', 'scrapers', 'db', 'schedules', 'bin'];

/**
 * The layers, lowest first. A module may import its own layer and the layers below it, never one
 * above. The most specific (longest) prefix that matches a path decides its layer.
 */
export const LAYERS: { name: string; paths: string[] }[] = [
  {
    name: 'foundation',
    paths: [
      'src/model/',
      'src/errors.ts',
      'src/log.ts',
      'src/net/',
      'src/courts.ts',
      // The court table's data.
      'src/courts.json',
      'src/config.ts',
    ],
  },
  { name: 'scrapers (fetch and parse)', paths: ['scrapers/'] },
  { name: 'store', paths: ['db/'] },
  // A new folder of src/ not listed here counts as domain until it is placed.
  { name: 'domain', paths: ['src/ingest/', 'src/deadlines/', 'src/notify/', 'src/searches/', 'src/'] },
  { name: 'sources and documents (operating them)', paths: ['src/sources/', 'src/documents/'] },
  { name: 'schedules', paths: ['schedules/'] },
  { name: 'surfaces', paths: ['src/web/', 'src/worker/', 'src/demo/', 'src/cli/', 'bin/'] },
];

export function layerOf(file: string): number {
  let best = -1;
  let matched = -1;
  LAYERS.forEach((l, i) => {
    for (const p of l.paths) {
      const hit = p.endsWith('/') ? file.startsWith(p) : file === p;
      if (hit && p.length > matched) {
        best = i;
        matched = p.length;
      }
    }
  });
  if (best < 0)
    throw new Error(`${file} is in no layer: add its folder to LAYERS in tests/architecture/layers.ts`);
  return best;
}

function productionFiles(dir: string, out: string[] = []): string[] {
  return tsFiles(dir, (name) => !/\.test\.ts$/.test(name), out);
}

/** The `.ts` files below `dir` (fixtures and declarations left out) whose names pass `keep`. */
function tsFiles(dir: string, keep: (name: string) => boolean, out: string[] = []): string[] {
  for (const e of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) {
      if (e.name !== 'node_modules' && e.name !== 'fixtures') tsFiles(path, keep, out);
    } else if (/\.ts$/.test(e.name) && !/\.d\.ts$/.test(e.name) && keep(e.name)) {
      out.push(path);
    }
  }
  return out;
}

/** The files `file` imports by relative path, from the project root. */
function relativeImports(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(IMPORT)]
    .map((m) => m[1] ?? m[2]!)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => relative(ROOT, resolve(ROOT, dirname(file), spec)));
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s(?:[^'";]*?\sfrom\s)?\s*'([^']+)'|\bimport\(\s*'([^']+)'\s*\)/g;

/** Each production file and the production files it imports (type-only imports included). */
export function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const files = PRODUCTION.flatMap((d) => {
    try {
      return productionFiles(d);
    } catch {
      return [];
    }
  });
  for (const file of files) {
    if (file.startsWith('db/migrations/')) continue; // migrations import no app code (checked below)
    graph.set(file, relativeImports(file));
  }
  return graph;
}

/** Imports that go up a layer, or out of production code (into tests/ or bench/). */
export function upwardImports(graph: Map<string, string[]>): string[] {
  const out: string[] = [];
  for (const [from, targets] of graph) {
    for (const to of targets) {
      if (!PRODUCTION.some((d) => to.startsWith(`${d}/`))) {
        out.push(`${from} → ${to} (production code imports a test or bench file)`);
        continue;
      }
      const a = layerOf(from);
      const b = layerOf(to);
      if (b > a) out.push(`${from} → ${to} (${LAYERS[a]!.name} imports ${LAYERS[b]!.name})`);
    }
  }
  return out;
}

/** Every import cycle (strongly connected components of more than one file, or a self-import). */
export function importCycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string) => {
    indices.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!indices.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indices.get(w)!));
    }
    if (low.get(v) === indices.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(scc.sort());
    }
  };
  for (const v of graph.keys()) if (!indices.has(v)) visit(v);
  return cycles;
}

/** Migrations import nothing of the app (only kysely and each other's index). */
export function migrationImports(): string[] {
  const out: string[] = [];
  for (const file of productionFiles('db/migrations')) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2]!;
      if (spec.startsWith('.') && !/^\.\/[^/]+\.ts$/.test(spec)) out.push(`${file} → ${spec}`);
    }
  }
  return out;
}

/**
 * Where tests live (DEVELOPERS.md), and what breaks it:
 * - a test beside its module imports nothing above that module's layer (a helper of tests/support
 *   counts as the highest layer it imports): one that needs more goes through several modules and
 *   lives in tests/;
 * - a test in tests/ is in the folder of its area (`tests/<area>/`), never in tests/ itself;
 * - a test takes helpers from tests/support/ or its own folder only (and fixtures from a
 *   `fixtures/` folder); helpers in tests/support/ take none from an area's folder.
 */
export function misplacedTests(): string[] {
  const out: string[] = [];
  const isTest = (name: string) => /\.test\.ts$/.test(name);
  const beside = PRODUCTION.flatMap((d) => tsFiles(d, isTest));
  const inTests = tsFiles('tests', () => true);
  const helperLayer = new Map<string, number>();
  const layerReached = (file: string, seen: Set<string> = new Set()): number => {
    if (PRODUCTION.some((d) => file.startsWith(`${d}/`))) return layerOf(file);
    if (!file.startsWith('tests/') || !file.endsWith('.ts') || seen.has(file)) return -1;
    if (!helperLayer.has(file)) {
      seen.add(file);
      helperLayer.set(file, Math.max(-1, ...relativeImports(file).map((t) => layerReached(t, seen))));
    }
    return helperLayer.get(file)!;
  };
  for (const test of beside) {
    const own = layerOf(test);
    for (const to of relativeImports(test)) {
      const reached = layerReached(to);
      if (reached > own)
        out.push(
          `${test} → ${to} (a test of one ${LAYERS[own]!.name} module reaches ${LAYERS[reached]!.name}: it belongs in tests/)`,
        );
    }
  }
  for (const file of inTests) {
    const folder = dirname(file);
    if (folder === 'tests') {
      out.push(`${file} is in tests/ itself: put it in the folder of its area (tests/<area>/)`);
      continue;
    }
    if (!isTest(file) && !folder.startsWith('tests/support')) continue;
    for (const to of relativeImports(file)) {
      if (!to.startsWith('tests/') || to.includes('/fixtures/') || to.startsWith('tests/support/')) continue;
      if (dirname(to) === folder && !folder.startsWith('tests/support')) continue;
      out.push(`${file} → ${to} (helpers shared beyond one folder go in tests/support/)`);
    }
  }
  for (const test of beside) {
    for (const to of relativeImports(test)) {
      if (to.startsWith('tests/') && !to.startsWith('tests/support/') && !to.includes('/fixtures/'))
        out.push(`${test} → ${to} (helpers shared beyond one folder go in tests/support/)`);
    }
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const graph = importGraph();
  console.log('upward imports:', upwardImports(graph));
  console.log('cycles:', importCycles(graph));
  console.log('migrations importing app code:', migrationImports());
  console.log('tests out of place:', misplacedTests());
}
