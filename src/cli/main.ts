/**
 * The `docketwatch` command line. Each command group lives in its own module under `commands/`
 * and registers itself on the program. Only the module of the command being run is loaded (the
 * web server, the browser driver and the job queue stay unloaded for `docketwatch parse`); help
 * with no command loads them all (the program itself and how it runs: `program.ts`).
 */
import type { Command } from 'commander';
import { newProgram, runProgram } from './program.ts';

type Register = (program: Command) => void;

/** Every command group: the top-level names it registers, and how to load it. */
const COMMANDS: { names: string[]; load: () => Promise<Register> }[] = [
  { names: ['parse'], load: async () => (await import('./commands/parse.ts')).registerParse },
  {
    names: ['document', 'documents'],
    load: async () => (await import('./commands/document.ts')).registerDocument,
  },
  { names: ['analyze'], load: async () => (await import('./commands/analyze.ts')).registerAnalyze },
  {
    names: ['case', 'cases', 'ingest', 'entries', 'events'],
    load: async () => (await import('./commands/store.ts')).registerStore,
  },
  {
    names: ['deadline', 'deadlines', 'track'],
    load: async () => (await import('./commands/deadline.ts')).registerDeadline,
  },
  { names: ['try-source'], load: async () => (await import('./commands/try-source.ts')).registerTrySource },
  {
    names: ['source', 'sources', 'poll', 'ingest-email', 'listen-email'],
    load: async () => (await import('./commands/sources.ts')).registerSources,
  },
  { names: ['search'], load: async () => (await import('./commands/search.ts')).registerSearch },
  { names: ['serve'], load: async () => (await import('./commands/serve.ts')).registerServe },
  {
    names: ['subscribe', 'subscribers', 'confirm', 'unsubscribe', 'digest', 'outbox', 'notify'],
    load: async () => (await import('./commands/notify.ts')).registerNotify,
  },
  { names: ['run'], load: async () => (await import('./commands/run.ts')).registerRun },
  { names: ['status'], load: async () => (await import('./commands/status.ts')).registerStatus },
  { names: ['demo', 'replay'], load: async () => (await import('./commands/demo.ts')).registerDemo },
];

/** The program with the commands `argv` asks for (all of them when it names none or an unknown one). */
export async function buildProgram(argv: string[] = []): Promise<Command> {
  const program = newProgram();
  const name = argv.slice(2).find((a) => !a.startsWith('-'));
  const wanted = COMMANDS.filter((c) => name !== undefined && c.names.includes(name));
  for (const command of wanted.length > 0 ? wanted : COMMANDS) (await command.load())(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  return runProgram(await buildProgram(argv), argv);
}
