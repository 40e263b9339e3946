/**
 * Output stability across parser changes: record what the parsers make of every input today, change
 * the code, and compare.
 *
 *   npx tsx bench/parse-snapshot.ts save    [FILE]   # default /tmp/docketwatch-parse-snapshot.jsonl
 *   npx tsx bench/parse-snapshot.ts compare [FILE]   # exit 1 and list the inputs whose output changed
 *
 * Inputs: every file of the shared corpus (`../shared/fixtures/pacer`) and the repository's own
 * fixtures, each parsed with `kind: 'auto'` and, where its folder says what it is, with that kind
 * forced. The snapshot holds the corpus's data: keep it outside the repository (the default is /tmp).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type KindOption, parsePacer } from '../scrapers/pacer/index.ts';
import { CORPUS_FOLDERS, corpusPairs } from '../tests/support/corpus.ts';
import { fixturesDir, projectRoot } from '../tests/support/shared.ts';

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

function outputs(): Map<string, string> {
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

const [mode, file = '/tmp/docketwatch-parse-snapshot.jsonl'] = process.argv.slice(2);
if (mode === 'save') {
  const out = outputs();
  writeFileSync(file, `${[...out].map(([k, v]) => JSON.stringify([k, v])).join('\n')}\n`);
  console.log(`saved ${out.size} outputs to ${file}`);
} else if (mode === 'compare') {
  const saved = new Map<string, string>(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as [string, string]),
  );
  const now = outputs();
  const changed = [...new Set([...saved.keys(), ...now.keys()])].filter((k) => saved.get(k) !== now.get(k));
  for (const k of changed.slice(0, 50)) {
    const a = saved.get(k) ?? '(absent)';
    const b = now.get(k) ?? '(absent)';
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    console.log(
      `CHANGED ${k}\n  was ${a.slice(Math.max(0, i - 80), i + 120)}\n  now ${b.slice(Math.max(0, i - 80), i + 120)}`,
    );
  }
  console.log(`${now.size} outputs compared with ${file}: ${changed.length} changed`);
  process.exitCode = changed.length === 0 ? 0 : 1;
} else {
  console.error('usage: npx tsx bench/parse-snapshot.ts save|compare [FILE]');
  process.exitCode = 2;
}
