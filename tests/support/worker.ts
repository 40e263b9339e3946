/** The worker as the tests run it, and an HTTP client for the servers they start on 127.0.0.1. */
import type { Store } from '../../db/index.ts';
import { createMetrics } from '../../schedules/metrics.ts';
import { silentLogger } from '../../src/log.ts';
import { FakeClock } from '../../src/net/clock.ts';
import { HttpClient } from '../../src/net/http.ts';
import type { NotifySettings } from '../../src/notify/settings.ts';
import { createMailer, mailerConfig } from '../../src/notify/transport.ts';
import { Worker, type WorkerOptions } from '../../src/worker/index.ts';
import { LINKS } from './seed.ts';

export interface TestWorker {
  worker: Worker;
  mailer: ReturnType<typeof createMailer>;
  metrics: WorkerOptions['metrics'];
  notify: NotifySettings;
  /** Stop the worker and close its mailer. */
  stop(): Promise<void>;
}

/**
 * Start the worker over `store`: silent, with metrics of its own, mailing through `notify`'s mailer
 * (a local SMTP server, or `.eml` files in an outbox folder); `options` adds or changes the rest
 * (`now`, `schedule: false`, `documents`, …).
 */
export async function startWorker(
  store: Store,
  notify: NotifySettings,
  options: Partial<WorkerOptions> = {},
): Promise<TestWorker> {
  const mailer = createMailer(notify.mailer);
  const metrics = createMetrics(store, { defaults: false });
  const worker = await Worker.start({ store, logger: silentLogger, notify, mailer, metrics, ...options });
  return {
    worker,
    mailer,
    metrics,
    notify,
    async stop() {
      await worker.stop();
      await mailer.close();
    },
  };
}

/** An HTTP client for test servers on 127.0.0.1: no waits between requests, no jitter, one try. */
export function localHttp(): HttpClient {
  return new HttpClient({
    contact: 'test@example.org',
    clock: new FakeClock(),
    hostLimits: {},
    random: () => 0,
    retry: { maxAttempts: 1 },
  });
}

/**
 * How the worker mails in a test: links as `LINKS` (signed with the test secret), to the SMTP
 * server at `smtpUrl`, or as `.eml` files into `outboxDir` without one; one try a message.
 */
export function mailSettings(mail: { smtpUrl: string } | { outboxDir: string }): NotifySettings {
  return {
    ...LINKS,
    mailer: mailerConfig({
      smtpUrl: 'smtpUrl' in mail ? mail.smtpUrl : null,
      ...('outboxDir' in mail ? { outboxDir: mail.outboxDir } : {}),
      from: 'docketwatch <alerts@watch.example.org>',
      retry: { attempts: 1, baseDelayMs: 10, maxDelayMs: 10 },
      timeoutMs: 5000,
    }),
  };
}
