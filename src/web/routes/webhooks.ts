/**
 * Inbound webhooks: CourtListener docket alerts, mounted only when a webhook secret is configured.
 * A delivery only makes docketwatch ask CourtListener's API now, through the poller (`pollSource`):
 * its own content is never ingested (see `src/sources/courtlistener-webhook.ts`).
 */
import type { FastifyPluginAsync } from 'fastify';
import { configuredSources } from '../../../db/sources.ts';
import type { Config } from '../../config.ts';
import { HttpClient } from '../../net/http.ts';
import { courtListenerWebhooks } from '../../sources/courtlistener-webhook.ts';
import { pollSource } from '../../sources/poll.ts';
import type { CourtListenerWebhookSettings, RouteDeps } from './common.ts';

/** The webhook's settings from the configuration; `null` (not mounted) without a webhook secret. */
export function courtListenerWebhookSettings(config: Config): CourtListenerWebhookSettings | null {
  const { webhookSecret, webhookAllow } = config.courtlistener;
  if (!webhookSecret) return null;
  return {
    secret: webhookSecret,
    ...(webhookAllow ? { allow: webhookAllow } : {}),
    http: new HttpClient({
      contact: config.http.contact,
      headersTimeoutMs: config.http.timeoutMs,
      maxBytes: config.http.maxBytes,
    }),
  };
}

export function webhookRoutes({ store, courtListenerWebhook: options }: RouteDeps): FastifyPluginAsync {
  return async (app) => {
    if (!options) return;
    const http = options.http ?? new HttpClient();
    // One poll at a time per source in this process: deliveries in a burst queue behind each other.
    const queue = new Map<string, Promise<unknown>>();
    const confirm = (sourceId: string): Promise<number> => {
      const run = (queue.get(sourceId) ?? Promise.resolve())
        .catch(() => undefined)
        .then(async () => {
          const [row] = await configuredSources(store.db, sourceId);
          if (!row) return 0;
          const report = await pollSource(store, row, { http });
          if (report.status === 'failed' || report.status === 'interrupted') {
            throw new Error(report.error?.message ?? `polling ${sourceId} failed`);
          }
          return report.events.length;
        });
      queue.set(sourceId, run);
      void run
        .finally(() => {
          if (queue.get(sourceId) === run) queue.delete(sourceId);
        })
        .catch(() => undefined);
      return run;
    };
    await app.register(
      courtListenerWebhooks(store, {
        secret: options.secret,
        allow: options.allow,
        rateLimit: options.rateLimit,
        inlineMs: options.inlineMs,
        confirm,
      }),
    );
  };
}
