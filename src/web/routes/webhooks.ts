/** Inbound webhooks: CourtListener docket alerts (the CourtListener source's own handler: idempotency, ingest). */
import type { FastifyPluginAsync } from 'fastify';
import { courtListenerWebhooks } from '../../../scrapers/courtlistener/webhook.ts';
import type { RouteDeps } from './common.ts';

export function webhookRoutes({ store }: RouteDeps): FastifyPluginAsync {
  return async (app) => {
    await app.register(courtListenerWebhooks(store));
  };
}
