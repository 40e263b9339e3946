/**
 * Output stability across parser changes: record what the parsers make of every input today, change
 * the code, and compare.
 *
 *   npx tsx bench/parse-snapshot.ts save    [FILE]   # default /tmp/docketwatch-parse-snapshot.jsonl
 *   npx tsx bench/parse-snapshot.ts compare [FILE]   # exit 1 and list the inputs whose output changed
 *   npx tsx bench/parse-snapshot.ts hashes           # renew tests/corpus/parse-snapshot.json (hashes only)
 *   npx tsx bench/parse-snapshot.ts check            # exit 1 when an output's hash differs from it
 *
 * Inputs: every file of the shared corpus (`../shared/fixtures/pacer`) and the repository's own
 * fixtures, each parsed with `kind: 'auto'` and, where its folder says what it is, with that kind
 * forced (`tests/support/parse-outputs.ts`). The whole snapshot holds the corpus's data: keep it
 * outside the repository (the default is /tmp). The committed file holds only a hash per output;
 * `tests/corpus/parse-snapshot.test.ts` and `npm run bench -- targets` check it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { changedOutputs, outputHash, parseOutputs, SNAPSHOT_FILE } from '../tests/support/parse-outputs.ts';

const [mode, file = '/tmp/docketwatch-parse-snapshot.jsonl'] = process.argv.slice(2);
if (mode === 'save') {
  const out = parseOutputs();
  writeFileSync(file, `${[...out].map(([k, v]) => JSON.stringify([k, v])).join('\n')}\n`);
  console.log(`saved ${out.size} outputs to ${file}`);
} else if (mode === 'compare') {
  const saved = new Map<string, string>(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as [string, string]),
  );
  const now = parseOutputs();
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
} else if (mode === 'hashes') {
  const out = parseOutputs();
  const hashes = Object.fromEntries([...out].map(([k, v]) => [k, outputHash(v)]));
  writeFileSync(SNAPSHOT_FILE, `${JSON.stringify(hashes, null, 1)}\n`);
  console.log(`wrote ${out.size} output hashes to ${SNAPSHOT_FILE}`);
} else if (mode === 'check') {
  const { compared, changed, missing } = changedOutputs();
  for (const k of changed) console.log(`CHANGED ${k}`);
  for (const k of missing) console.log(`NOT IN THE SNAPSHOT ${k}`);
  console.log(
    `${compared} outputs checked against ${SNAPSHOT_FILE}: ${changed.length} changed, ${missing.length} unknown`,
  );
  process.exitCode = changed.length + missing.length === 0 ? 0 : 1;
} else {
  console.error('usage: npx tsx bench/parse-snapshot.ts save|compare [FILE] | hashes | check');
  process.exitCode = 2;
}
