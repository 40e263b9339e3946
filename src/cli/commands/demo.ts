/**
 * `docketwatch demo`: replay Hamama v. Adducci on a local court and watch it with the real worker;
 * emails land in `--outbox` as .eml files (or go to SMTP_URL). See docs/demo.md.
 */
import type { Command } from 'commander';
import { parseSpeed } from '../../demo/court-clock.ts';
import { runDemo } from '../../demo/run.ts';
import { InputError } from '../../errors.ts';
import { createLogger } from '../../log.ts';
import { writeLine } from '../output.ts';

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description(
      'Replay Hamama v. Adducci (E.D. Mich. 2017–2019) on a local court while the real worker watches it: the stay, its extension, the injunction, the appeal — each as an email in ./outbox',
    )
    .option(
      '--speed <n|max>',
      'court seconds per real second, or "max": as fast as the worker can follow',
      'max',
    )
    .option('--outbox <dir>', 'write emails here as .eml files (unless SMTP_URL is set)', './outbox')
    .option('--port <n>', 'also serve the web pages on this port (0 = any free one)')
    .option('--db <target>', 'keep the store here (default: a temporary SQLite file, removed at the end)')
    .option('--poll <seconds>', 'at a numeric speed: seconds between polls', '2')
    .addHelpText(
      'after',
      `
Examples:
  docketwatch demo                     # the whole history as fast as possible, then a summary
  docketwatch demo --speed 86400 --port 8080   # a court day per second; watch http://127.0.0.1:8080`,
    )
    .action(async (opts: { speed: string; outbox: string; port?: string; db?: string; poll: string }) => {
      const speed = parseSpeed(opts.speed);
      const port = opts.port === undefined ? null : Number(opts.port);
      if (port !== null && (!Number.isInteger(port) || port < 0 || port > 65535))
        throw new InputError(`--port must be a whole number from 0 to 65535, got "${opts.port}"`);
      const poll = Number(opts.poll);
      if (!Number.isInteger(poll) || poll < 1 || poll > 59)
        throw new InputError(`--poll must be a whole number of seconds from 1 to 59, got "${opts.poll}"`);
      const logger = createLogger({ level: process.env.LOG_LEVEL ?? 'info' });
      const abort = new AbortController();
      const onSignal = () => abort.abort();
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      try {
        const summary = await runDemo({
          speed,
          outboxDir: opts.outbox,
          smtpUrl: process.env.SMTP_URL || null,
          port,
          db: opts.db ?? null,
          logger,
          pollSeconds: poll,
          signal: abort.signal,
        });
        await writeLine(JSON.stringify({ summary }));
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        logger.flush();
      }
    });
}
