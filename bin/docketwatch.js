#!/usr/bin/env node
// Runs the compiled build in dist/ (made by `npm install`); while the sources have changed since
// that build (an edited or pulled checkout), runs them through tsx instead, never a stale build.
import { readFileSync } from 'node:fs';
import { distIsCurrent, HELP, loadParseBundle } from '../scripts/dist.js';

const args = process.argv.slice(2);
if (!distIsCurrent()) {
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import('../src/cli/main.ts');
  process.exitCode = await main(process.argv);
} else if (args.length === 0 || (args.length === 1 && ['--help', '-h', 'help'].includes(args[0]))) {
  // Top-level help without loading every command: the text the build rendered (to stderr and
  // exit code 1 when no command is given, as commander does).
  const help = readFileSync(new URL(`../dist/${HELP}`, import.meta.url), 'utf8');
  if (args.length === 0) {
    process.stderr.write(help);
    process.exitCode = 1;
  } else process.stdout.write(help);
} else {
  // `parse` from its one-script bundle with its code cache (scripts/dist.js), the rest from dist/.
  const bundle = args.find((a) => !a.startsWith('-')) === 'parse' ? loadParseBundle() : null;
  const { main } = bundle ?? (await import('../dist/src/cli/main.js'));
  const code = await main(process.argv);
  // A parse that has written everything ends here: a natural exit would first tear the heap down
  // and wait for V8's compiler threads, ~10–15 ms of a whole `docketwatch parse` (docs/parse.md).
  if (bundle && process.stdout.writableLength === 0 && process.stderr.writableLength === 0)
    process.exit(code);
  process.exitCode = code;
}
