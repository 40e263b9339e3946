import { type Command, Option } from 'commander';
import { parseFiles } from '../../../scrapers/pacer/files.ts';
import type { KindOption } from '../../../scrapers/pacer/index.ts';
import { DOCUMENT_KINDS } from '../../model/docket.ts';
import { LineChunks } from '../output.ts';

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
      // The lines go out a chunk at a time (`LineChunks`); those before an error line, before it.
      const out = new LineChunks();
      for await (const answer of parseFiles(files, { kind: opts.kind, court: opts.court ?? null })) {
        if (answer.json !== undefined) {
          if (out.add(answer.json)) await out.flush();
        } else {
          failed++;
          await out.flush();
          process.stderr.write(`${answer.file}: ${answer.error}\n`);
        }
      }
      await out.flush();
      if (failed > 0) process.exitCode = 1;
    });
}
