/**
 * `docketwatch serve`: the web pages, calendars, feeds and JSON API over the store. Settings come
 * from `loadConfig` (options > environment > config file > defaults); without DOCKETWATCH_SECRET
 * the site runs with email subscriptions turned off and says so.
 */
import type { Command } from 'commander';
import { openDatabase } from '../../../db/index.ts';
import { loadConfig } from '../../config.ts';
import { ConfigError, InputError, listenError } from '../../errors.ts';
import { createLogger } from '../../log.ts';
import { type NotifySettings, notifySettings } from '../../notify/settings.ts';
import { startWebServer, webOptionsFromConfig } from '../../web/server.ts';
import { writeLine } from '../output.ts';
import { untilStopSignal } from '../signals.ts';

interface ServeOptions {
  port?: string;
  host?: string;
  db?: string;
  publicUrl?: string;
  trustProxy?: string;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description(
      'Serve the web pages: tracked cases, each case with its posture, deadlines and docket, subscribe/confirm/unsubscribe, calendars (.ics), Atom feeds, the JSON API and the maintainers’ page',
    )
    .option('--port <n>', 'port to listen on (default: PORT or 8080; 0 picks a free one)')
    .option('--host <host>', 'address to listen on (default: HOST or 127.0.0.1; 0.0.0.0 for every interface)')
    .option(
      '--db <target>',
      'store: a SQLite file or a postgres:// URL (default: DATABASE_URL, the config file, or ./data/docketwatch.sqlite)',
    )
    .option(
      '--public-url <url>',
      'the address people reach the site at, used in links (default: PUBLIC_URL or http://localhost:PORT)',
    )
    .option(
      '--trust-proxy <hops|addresses>',
      'behind reverse proxies: how many are in front (1) or their addresses (127.0.0.1,10.0.0.0/8); the client is the right-most X-Forwarded-For address they did not add (default: TRUST_PROXY, else none)',
    )
    .addHelpText(
      'after',
      `
Environment: DOCKETWATCH_SECRET (signs email links; without it subscriptions are off),
DOCKETWATCH_ADMIN_TOKEN (turns on /admin), SMTP_URL and MAIL_FROM (confirmation mail),
PUBLIC_URL, HOST, PORT, DATABASE_URL. See docs/web.md.

Example:
  docketwatch serve --port 8080 --db ./data/docketwatch.sqlite`,
    )
    .action(async (opts: ServeOptions) => {
      const port = opts.port === undefined ? undefined : Number(opts.port);
      if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) {
        throw new InputError(`--port must be a whole number from 0 to 65535, got "${opts.port}"`);
      }
      const { config } = loadConfig({
        overrides: {
          ...(opts.db ? { database: opts.db } : {}),
          web: {
            ...(opts.host ? { host: opts.host } : {}),
            ...(port !== undefined ? { port } : {}),
            ...(opts.publicUrl ? { publicUrl: opts.publicUrl } : {}),
            ...(opts.trustProxy !== undefined ? { trustProxy: opts.trustProxy } : {}),
          },
        },
      });
      const logger = createLogger({ level: config.log.level });
      let notify: NotifySettings | null = null;
      try {
        notify = notifySettings(config);
      } catch (err) {
        if (!(err instanceof ConfigError)) throw err;
        logger.warn(`email subscriptions are off: ${err.message}`);
      }
      const store = await openDatabase(config.database);
      const server = await startWebServer({
        ...webOptionsFromConfig(config, store, notify),
        logger,
      }).catch(async (err: unknown) => {
        await store.close();
        throw listenError(err, `on ${config.web.host}:${config.web.port}`);
      });
      await writeLine(
        JSON.stringify({
          listening: server.url,
          publicUrl: notify?.publicUrl ?? config.web.publicUrl,
          store: store.location,
          subscriptions: notify !== null,
          admin: Boolean(config.web.adminToken),
        }),
      );
      await untilStopSignal();
      await server.close();
      await store.close();
    });
}
