import { readFileSync } from 'node:fs';
import { type Command, Option } from 'commander';
import { type KindOption, parsePacer } from '../../../scrapers/pacer/index.ts';
import { DOCUMENT_KINDS } from '../../model/docket.ts';
import { writeLine } from '../output.ts';

/**
 * `docketwatch parse FILE...`: one JSON object per file, one per line, in input order. A file
 * that cannot be read or parsed gets one line on stderr; the rest are still printed, and the exit
 * code says that something failed.
 */
export function registerParse(program: Command): void {
  program
    .command('parse')
    .description('Parse CM/ECF pages, RSS feeds and notices into the docket model; one JSON line per file')
    .addOption(
      new Option('--kind <kind>', 'what the files are').choices(['auto', ...DOCUMENT_KINDS]).default('auto'),
    )
    .option('--court <court>', 'court id to assume when a file does not name one (e.g. mied)')
    .argument('<files...>', 'files to parse')
    .action(async (files: string[], opts: { kind: KindOption; court?: string }) => {
      let failed = 0;
      for (const file of files) {
        try {
          const result = parsePacer(readFileSync(file), { kind: opts.kind, court: opts.court ?? null });
          await writeLine(JSON.stringify({ file, ...result }));
        } catch (err) {
          failed++;
          process.stderr.write(`${file}: ${err instanceof Error ? err.message : String(err)}\n`);
        }
      }
      if (failed > 0) process.exitCode = 1;
    });
}
