import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { findSource, SOURCES } from '../../../scrapers/registry.ts';
import { runSource } from '../../../scrapers/run.ts';
import { ConfigError } from '../../errors.ts';
import { LazyBrowser } from '../../net/browser.ts';
import { HttpClient } from '../../net/http.ts';
import { writeLine } from '../output.ts';

/**
 * `docketwatch try-source [TYPE]`: run one source once, without the store — for maintainers
 * checking a config (selectors, a court id) against the live site. Without TYPE, lists the
 * source types with their metadata.
 */
export function registerTrySource(program: Command): void {
  program
    .command('try-source')
    .description(
      'Fetch and parse one source once, without saving anything; prints one JSON line per document and a last line with the state. Without TYPE: list the source types.',
    )
    .argument('[type]', `source type (${SOURCES.map((s) => s.id).join(', ')})`)
    .option('--config <json>', 'the source config as JSON (default: the source example config)')
    .option('--config-file <file>', 'read the source config from a JSON file')
    .option('--state <json>', "a previous run's state line, to try conditional GET / skip logic")
    .addHelpText(
      'after',
      `\nExamples:\n  docketwatch try-source\n  docketwatch try-source pacer-rss --config '{"court":"mied"}'\n  docketwatch try-source html --config-file my-page.json\n\nSet DOCKETWATCH_CONTACT to the address put in the User-Agent.`,
    )
    .action(
      async (type: string | undefined, opts: { config?: string; configFile?: string; state?: string }) => {
        if (!type) {
          for (const s of SOURCES) {
            await writeLine(
              JSON.stringify({
                id: s.id,
                name: s.name,
                needsBrowser: s.needsBrowser,
                covers: s.covers,
                politeness: s.politeness,
                exampleConfig: s.exampleConfig,
              }),
            );
          }
          return;
        }
        const source = findSource(type);
        if (!source)
          throw new ConfigError(
            `unknown source type "${type}" (known: ${SOURCES.map((s) => s.id).join(', ')})`,
          );
        const config = opts.configFile
          ? parseJson(await readFile(opts.configFile, 'utf8'), opts.configFile)
          : opts.config
            ? parseJson(opts.config, '--config')
            : source.exampleConfig;
        const previous = opts.state ? (parseJson(opts.state, '--state') as { state?: unknown }) : null;
        const browser = new LazyBrowser();
        const controller = new AbortController();
        const stop = () => controller.abort(new ConfigError('interrupted'));
        process.once('SIGINT', stop);
        try {
          const run = await runSource(source, {
            config,
            state: (previous?.state ?? null) as Parameters<typeof runSource>[1]['state'],
            http: new HttpClient(),
            browser: () => browser.get(),
            signal: controller.signal,
          });
          for (const { document, result } of run.results) {
            await writeLine(JSON.stringify({ source: source.id, url: document.finalUrl, ...result }));
          }
          await writeLine(JSON.stringify({ source: source.id, status: run.status, state: run.state }));
        } finally {
          process.off('SIGINT', stop);
          await browser.close();
        }
      },
    );
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new ConfigError(`${where} is not valid JSON: ${(cause as Error).message}`, { cause });
  }
}
