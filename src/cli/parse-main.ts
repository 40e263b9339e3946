/**
 * `docketwatch parse` alone: the same program `main.ts` builds for it (the parse command and
 * nothing else), as an entry of its own so that the build can bundle it with everything it imports
 * into one script (`dist/scrapers/pacer/parse.cjs`) that the binary loads with V8's code cache
 * (scripts/dist.js says why).
 */
import { registerParse } from './commands/parse.ts';
import { newProgram, runProgram } from './program.ts';

export function main(argv: string[]): Promise<number> {
  const program = newProgram();
  registerParse(program);
  return runProgram(program, argv);
}
