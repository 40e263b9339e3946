/**
 * `docketwatch run` as a function: open and migrate the store, seed the default case and sources
 * on first start, start the web server (with `/metrics`) and the worker, and stop all of it in
 * order. The CLI command and the demo both go through here.
 */
import type { Browser } from 'playwright-core';
import { openDatabase, type Store } from '../../db/index.ts';
import { createMetrics, metricsRoute, type WorkerMetrics } from '../../schedules/metrics.ts';
import type { WorkerSettings } from '../../schedules/types.ts';
import type { Config } from '../config.ts';
import { warmUpRules } from '../deadlines/record.ts';
import { type DocumentFlow, documentFlowFromConfig } from '../documents/arrivals.ts';
import { ConfigError, listenError } from '../errors.ts';
import type { ProcessLogger } from '../log.ts';
import { LazyBrowser } from '../net/browser.ts';
import { HttpClient } from '../net/http.ts';
import { type NotifySettings, notifySettings } from '../notify/settings.ts';
import { createMailer, type Mailer } from '../notify/transport.ts';
import { type NefSmtpServer, startNefSmtpServer } from '../sources/nef-smtp.ts';
import { type RunningServer, startWebServer, webOptionsFromConfig } from '../web/server.ts';
import { Worker } from './index.ts';
import { type Seeded, seedDefaults } from './seed.ts';

export interface DaemonOptions {
  config: Config;
  logger: ProcessLogger;
  /** Start the web server (default true). */
  web?: boolean;
  settings?: Partial<WorkerSettings>;
  now?: () => Date;
  http?: HttpClient;
  /** An open store to use instead of `config.database` (closed by `stop` all the same). */
  store?: Store;
  /** False: the caller drives jobs with `worker.run` (demo at max speed). */
  schedule?: boolean;
  /** Secret to sign links with when the configuration has none (the demo makes one up). */
  notify?: NotifySettings | null;
  jobExpireSeconds?: number;
  jobLeaseSeconds?: number;
  /** False: the worker does not fetch documents by itself (the demo's replay court has none). */
  documents?: boolean;
}

export interface Daemon {
  store: Store;
  worker: Worker;
  web: RunningServer | null;
  /** The inbound SMTP listener for forwarded notices, when `mail.inbound` is configured. */
  inbound: NefSmtpServer | null;
  metrics: WorkerMetrics;
  mailer: Mailer | null;
  seeded: Seeded | null;
  stop(): Promise<void>;
}

export async function startDaemon(options: DaemonOptions): Promise<Daemon> {
  const { config, logger } = options;
  let notify: NotifySettings | null = options.notify ?? null;
  if (options.notify === undefined) {
    try {
      notify = notifySettings(config);
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      logger.warn(`email is off: ${err.message}`);
    }
  }
  if (notify?.keySource?.kind === 'file') {
    const where = notify.mailer.smtpUrl ? 'SMTP' : `.eml files in ${notify.mailer.outboxDir}`;
    logger.info(
      `email is on (${where}); links are signed with the key in ${notify.keySource.path}${notify.keySource.created ? ', made now' : ''} (set DOCKETWATCH_SECRET to use your own; needed for SMTP_URL or PostgreSQL)`,
    );
  }
  const store = options.store ?? (await openDatabase(config.database));
  const closers: (() => Promise<void>)[] = [() => store.close()];
  const stopAll = async () => {
    for (const close of closers.reverse()) await close().catch(() => undefined);
  };
  try {
    const seeded = await seedDefaults(store, config);
    if (seeded) {
      logger.info(
        { cases: seeded.cases, sources: seeded.sources },
        `first start: tracking ${seeded.cases.join(', ')} from ${seeded.sources.join(', ')}`,
      );
    }
    const metrics = createMetrics(store);
    const mailer = notify ? createMailer(notify.mailer) : null;
    if (mailer) closers.push(() => mailer.close());
    const browser = new LazyBrowser(config.chromiumPath);
    closers.push(() => browser.close());
    // Before serving: the first entries read cold would hold the web server up (`warmUpRules`).
    warmUpRules();
    let web: RunningServer | null = null;
    if (options.web !== false) {
      web = await startWebServer({
        ...webOptionsFromConfig(config, store, notify),
        routes: [metricsRoute(metrics)],
      }).catch((err: unknown) => {
        throw listenError(err, `on ${config.web.host}:${config.web.port} (web.port / PORT)`);
      });
      closers.push(() => web!.close());
      logger.info({ url: web.url }, `web pages, /healthz and /metrics at ${web.url}`);
    }
    let inbound: NefSmtpServer | null = null;
    const inboundConfig = config.mail.inbound;
    if (inboundConfig) {
      inbound = await startNefSmtpServer(store, {
        recipients: inboundConfig.addresses,
        host: inboundConfig.host,
        port: inboundConfig.port,
        logger,
        onNotice: (o) =>
          logger.info(
            { origin: o.origin, status: o.status, events: o.events.length },
            `forwarded notice ${o.status}${o.reason ? `: ${o.reason}` : ''}`,
          ),
      }).catch((err: unknown) => {
        throw listenError(
          err,
          `for forwarded notices on ${inboundConfig.host}:${inboundConfig.port} (mail.inbound.port / INBOUND_SMTP_PORT)`,
        );
      });
      const listener = inbound;
      closers.push(() => listener.close());
      logger.info(
        { host: inboundConfig.host, port: inbound.port, addresses: inboundConfig.addresses },
        `forwarded notices by SMTP on ${inboundConfig.host}:${inbound.port} for ${inboundConfig.addresses.join(', ')}`,
      );
    }
    const http =
      options.http ??
      new HttpClient({
        logger,
        contact: config.http.contact,
        headersTimeoutMs: config.http.timeoutMs,
        maxBytes: config.http.maxBytes,
      });
    let documents: DocumentFlow | null = null;
    if (options.documents !== false) {
      const flow = await documentFlowFromConfig(store, config, http);
      closers.push(() => flow.reader.close());
      documents = flow;
    }
    const worker = await Worker.start({
      store,
      documents,
      logger,
      notify,
      mailer,
      metrics,
      http,
      browser: () => browser.get() as Promise<Browser>,
      ...(options.settings ? { settings: options.settings } : {}),
      ...(options.now ? { now: options.now } : {}),
      ...(options.schedule === false ? { schedule: false } : {}),
      ...(options.jobExpireSeconds ? { jobExpireSeconds: options.jobExpireSeconds } : {}),
      ...(options.jobLeaseSeconds ? { jobLeaseSeconds: options.jobLeaseSeconds } : {}),
      ...(store.dialect === 'postgres' ? { databaseUrl: config.database } : {}),
    });
    closers.push(() => worker.stop());
    return { store, worker, web, inbound, metrics, mailer, seeded, stop: stopAll };
  } catch (err) {
    await stopAll();
    throw err;
  }
}
