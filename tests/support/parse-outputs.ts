/**
 * What the parsers make of every input we hold: the shared corpus (each file with `kind: 'auto'`
 * and, where its folder says what it is, with that kind forced) and the repository's own fixtures.
 * `bench/parse-snapshot.ts` saves and compares whole outputs; `tests/corpus/parse-snapshot.test.ts`
 * compares their hashes with `tests/corpus/parse-snapshot.json`, so a change to any output fails a
 * test until the snapshot is renewed on purpose (`npx tsx bench/parse-snapshot.ts hashes`).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type KindOption, parsePacer } from '../../scrapers/pacer/index.ts';
import { CORPUS_FOLDERS, corpusPairs } from './corpus.ts';
import { fixturesDir, projectRoot } from './shared.ts';

/** The committed hashes of every output, by input and kind. */
export const SNAPSHOT_FILE = join(projectRoot, 'tests/corpus/parse-snapshot.json');

interface Input {
  id: string;
  path: string;
  kinds: KindOption[];
}

function inputs(): Input[] {
  const out: Input[] = [];
  if (existsSync(join(fixturesDir, 'pacer'))) {
    for (const p of corpusPairs(Object.keys(CORPUS_FOLDERS))) {
      out.push({ id: p.id, path: p.input, kinds: p.kind === 'not-docket' ? ['auto'] : ['auto', p.kind] });
    }
  }
  const own = join(projectRoot, 'scrapers/pacer/fixtures');
  for (const name of readdirSync(own).sort())
    out.push({ id: `own/${name}`, path: join(own, name), kinds: ['auto'] });
  return out;
}

/** `id [kind]` → the parse result as JSON, or `error: Name: message`. */
export function parseOutputs(): Map<string, string> {
  const out = new Map<string, string>();
  for (const input of inputs()) {
    const bytes = readFileSync(input.path);
    for (const kind of input.kinds) {
      let line: string;
      try {
        line = JSON.stringify(parsePacer(bytes, { kind }));
      } catch (err) {
        line = `error: ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`;
      }
      out.set(`${input.id} [${kind}]`, line);
    }
  }
  return out;
}

/** A short hash of one output (the snapshot holds no corpus data, only these). */
export function outputHash(output: string): string {
  return createHash('sha256').update(output).digest('hex').slice(0, 16);
}

/** The committed hashes (`{}` when the file is absent). */
export function savedHashes(): Record<string, string> {
  return existsSync(SNAPSHOT_FILE)
    ? (JSON.parse(readFileSync(SNAPSHOT_FILE, 'utf8')) as Record<string, string>)
    : {};
}

/**
 * Outputs whose hash differs from the committed one, among the inputs present here (without the
 * shared corpus only the repository's fixtures are compared); `missing` are inputs present here
 * that the snapshot does not know.
 */
export function changedOutputs(): { compared: number; changed: string[]; missing: string[] } {
  const saved = savedHashes();
  const changed: string[] = [];
  const missing: string[] = [];
  const now = parseOutputs();
  for (const [key, output] of now) {
    const hash = saved[key];
    if (hash === undefined) missing.push(key);
    else if (hash !== outputHash(output)) changed.push(key);
  }
  return { compared: now.size, changed, missing };
}
