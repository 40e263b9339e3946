/**
 * The `docketwatch` program without its commands, and how it runs: shared by `main.ts` (every
 * command, each loaded when asked for) and `parse-main.ts` (`parse` alone, which the build bundles
 * into one script with a code cache, see scripts/dist.js). `runProgram` returns the exit code
 * instead of calling `process.exit`, so output is flushed and tests can call it in-process.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { DocketwatchError } from '../errors.ts';

/** The installed version, from the package's own package.json (two or three folders up: `src/cli/`, `dist/src/cli/`, `dist/scrapers/pacer/`). */
function version(): string {
  for (const up of ['../../package.json', '../../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(up, import.meta.url), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === 'docketwatch' && pkg.version) return pkg.version;
    } catch {
      // not this folder: try the next one up
    }
  }
  return 'unknown';
}

/** The program with its description, version and error behaviour, and no command yet. */
export function newProgram(): Command {
  return new Command('docketwatch')
    .description(
      'Watch federal court dockets, track the deadlines and stays orders set, and email the people who depend on them.',
    )
    .version(version(), '-V, --version', 'print the version of docketwatch')
    .showHelpAfterError()
    .exitOverride();
}

/** Run `program` on `argv`: its exit code (commander's for usage errors, 1 for a docketwatch error). */
export async function runProgram(program: Command, argv: string[]): Promise<number> {
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    if (err instanceof DocketwatchError) {
      process.stderr.write(`docketwatch: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}
