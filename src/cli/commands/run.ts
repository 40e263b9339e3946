/**
 * `docketwatch run` (`npm start`): the worker and the web server in one process, until SIGINT or
 * SIGTERM. Configuration errors say what is wrong and where, and exit 2.
 */
import type { Command } from 'commander';
import { type Config, type LoadedConfig, loadConfig } from '../../config.ts';
import { ConfigError, InputError } from '../../errors.ts';
import { createLogger } from '../../log.ts';
import { startDaemon } from '../../worker/daemon.ts';
import { untilStopSignal } from '../signals.ts';

interface RunOptions {
  config?: string;
  db?: string;
  port?: string;
  host?: string;
  pollCron?: string;
  web?: boolean;
}

export function registerRun(program: Command): void {
  program
    .command('run')
    .description(
      'Run the worker: poll each source on its schedule, ingest, track deadlines, email alerts and digests, and serve the web pages (/healthz, /metrics), until Ctrl-C',
    )
    .option(
      '--config <file>',
      'config file (default: DOCKETWATCH_CONFIG or ./docketwatch.config.yaml|yml|json)',
    )
    .option(
      '--db <target>',
      'store: a SQLite file or a postgres:// URL (default: DATABASE_URL or ./data/docketwatch.sqlite)',
    )
    .option('--port <n>', 'web port (default: PORT or 8080; 0 picks a free one)')
    .option('--host <host>', 'web address (default: HOST or 127.0.0.1)')
    .option('--poll-cron <cron>', 'poll every source on this cron instead of its own, e.g. "*/5 * * * *"')
    .option('--no-web', 'do not start the web server')
    .addHelpText(
      'after',
      `
With no configuration at all it tracks Hamama v. Adducci (E.D. Mich. 2:17-cv-11910) from the
court's RSS feed (and CourtListener when COURTLISTENER_TOKEN is set), stores in
./data/docketwatch.sqlite and writes emails into ./outbox/. With DATABASE_URL=postgres://… any
number of workers share the work. Schedules, settings and logs: docs/running.md.

Examples:
  npm start
  DOCKETWATCH_SECRET=$(openssl rand -hex 32) docketwatch run --port 8080
  docketwatch run --db postgres://docketwatch@db/docketwatch --no-web`,
    )
    .action(async (opts: RunOptions) => {
      const loaded = configOrExit2(() => loadRunConfig(opts));
      if (!loaded) return;
      const { config } = loaded;
      const logger = createLogger({ level: config.log.level });
      logger.info(
        `docketwatch starting: store ${describeStore(config)}${loaded.file ? `, config ${loaded.file}` : ''}`,
      );
      const daemon = await startDaemon({
        config,
        logger,
        web: opts.web !== false,
        settings: {
          pollCron: config.worker.pollCron ?? null,
          pollJitterMs: config.worker.pollJitterSeconds * 1000,
          pollsAtOnce: config.worker.pollsAtOnce,
          keepFetchLogDays: config.worker.keepFetchLogDays,
          keepSentDays: config.worker.keepSentDays,
          pacerMonthlyBudgetUsd: config.pacer.monthlyBudgetUsd,
        },
        ...(config.worker.jobExpireSeconds ? { jobExpireSeconds: config.worker.jobExpireSeconds } : {}),
        ...(config.worker.jobLeaseSeconds ? { jobLeaseSeconds: config.worker.jobLeaseSeconds } : {}),
      }).catch((err: unknown) => {
        if (err instanceof ConfigError)
          return configOrExit2(() => {
            throw err;
          });
        throw err;
      });
      if (!daemon) return;
      const signal = await untilStopSignal();
      logger.info(`${signal}: stopping (finishing the running job)`);
      await daemon.stop();
      logger.info('stopped');
      logger.flush();
      // Everything is closed; a library's stray timer or keep-alive socket must not keep us up.
      setTimeout(() => process.exit(process.exitCode ?? 0), 1_000).unref();
    });
}

/** The configuration with the command line on top; a bad one is exit code 2. */
function loadRunConfig(opts: RunOptions): LoadedConfig {
  const port = opts.port === undefined ? undefined : Number(opts.port);
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535))
    throw new InputError(`--port must be a whole number from 0 to 65535, got "${opts.port}"`);
  return loadConfig({
    ...(opts.config ? { file: opts.config } : {}),
    overrides: {
      ...(opts.db ? { database: opts.db } : {}),
      web: { ...(opts.host ? { host: opts.host } : {}), ...(port !== undefined ? { port } : {}) },
      ...(opts.pollCron ? { worker: { pollCron: opts.pollCron } } : {}),
    },
  });
}

/** Configuration problems end the command with exit code 2 and the message. */
function configOrExit2<T>(fn: () => T): T | null {
  try {
    return fn();
  } catch (err) {
    if (err instanceof ConfigError || err instanceof InputError) {
      process.stderr.write(`docketwatch: ${err.message}\n`);
      process.exitCode = 2;
      return null;
    }
    throw err;
  }
}

function describeStore(config: Config): string {
  return /^postgres/i.test(config.database)
    ? config.database.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@')
    : config.database;
}
