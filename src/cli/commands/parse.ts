import { type Command, Option } from 'commander';
import { parseFiles } from '../../../scrapers/pacer/files.ts';
import type { KindOption } from '../../../scrapers/pacer/index.ts';
import { DOCUMENT_KINDS } from '../../model/docket.ts';
import { writeLine } from '../output.ts';

/**
 * `docketwatch parse FILE...`: one JSON object per file, one per line, in input order. A file
 * that cannot be read or parsed gets one line on stderr; the rest are still printed, and the exit
 * code says that something failed. Many files are parsed on every core (`parseFiles`).
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
      for await (const answer of parseFiles(files, { kind: opts.kind, court: opts.court ?? null })) {
        if (answer.json !== undefined) await writeLine(answer.json);
        else {
          failed++;
          process.stderr.write(`${answer.file}: ${answer.error}\n`);
        }
      }
      if (failed > 0) process.exitCode = 1;
    });
}
