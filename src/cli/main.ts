/**
 * The `docketwatch` command line. Each command lives in its own module under `commands/` and
 * registers itself on the program; `main` returns the exit code instead of calling `process.exit`,
 * so output is flushed and tests can call it in-process.
 */
import { Command, CommanderError } from 'commander';
import { DocketwatchError } from '../errors.ts';
import { registerAnalyze } from './commands/analyze.ts';
import { registerDeadline } from './commands/deadline.ts';
import { registerDemo } from './commands/demo.ts';
import { registerNotify } from './commands/notify.ts';
import { registerParse } from './commands/parse.ts';
import { registerRun } from './commands/run.ts';
import { registerServe } from './commands/serve.ts';
import { registerStatus } from './commands/status.ts';
import { registerSources } from './commands/sources.ts';
import { registerStore } from './commands/store.ts';
import { registerTrySource } from './commands/try-source.ts';

export function buildProgram(): Command {
  const program = new Command('docketwatch')
    .description(
      'Watch federal court dockets, track the deadlines and stays orders set, and email the people who depend on them.',
    )
    .showHelpAfterError()
    .exitOverride();
  registerParse(program);
  registerAnalyze(program);
  registerStore(program);
  registerDeadline(program);
  registerTrySource(program);
  registerSources(program);
  registerServe(program);
  registerNotify(program);
  registerRun(program);
  registerStatus(program);
  registerDemo(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
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
