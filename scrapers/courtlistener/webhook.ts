/**
 * CourtListener docket-alert webhooks: `POST /webhooks/courtlistener`. Each delivery is recorded
 * by its `Idempotency-Key` first (a redelivery is answered 200 and changes nothing), then its
 * entries are ingested through the one ingest path, for the configured `courtlistener` source
 * whose docket id matches. The answer goes out within 3 s: ingest runs in-line for up to
 * `inlineMs` and finishes after the reply when it takes longer. A body that is not a docket alert
 * is refused with 400.
 */
import { createHash } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import type { Store } from '../../db/index.ts';
import { ingestParsed } from '../../src/ingest/pipeline.ts';
import { clResult, DEFAULT_SITE } from './index.ts';
import { type ClDocketEntry, docketEntrySchema } from './model.ts';

export const webhookBodySchema = z.object({
  webhook: z.object({
    version: z.number().int(),
    event_type: z.number().int(),
    date_created: z.string().nullish(),
  }),
  payload: z.object({ results: z.array(docketEntrySchema).max(10_000) }),
});

/** CourtListener's event type number for docket alerts. */
export const DOCKET_ALERT = 1;

export interface WebhookAnswer {
  status: number;
  body: Record<string, unknown>;
  /** Settles when the delivery is fully processed (after the reply when ingest is slow). */
  done: Promise<void>;
}

export interface WebhookOptions {
  /** How long ingest may run before the reply goes out anyway (default 2 s; CourtListener waits 3). */
  inlineMs?: number;
}

export async function handleCourtListenerWebhook(
  store: Pick<Store, 'db'>,
  headers: Record<string, string | string[] | undefined>,
  body: unknown,
  options: WebhookOptions = {},
): Promise<WebhookAnswer> {
  const settled = Promise.resolve();
  const header = headers['idempotency-key'];
  const key = (Array.isArray(header) ? header[0] : header)?.trim();
  if (!key || key.length > 200) {
    return {
      status: 400,
      body: { error: 'an Idempotency-Key header (at most 200 characters) is required' },
      done: settled,
    };
  }
  const raw = typeof body === 'string' || body instanceof Uint8Array ? parseJson(body) : body;
  const parsed = webhookBodySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      status: 400,
      body: { error: `not a CourtListener webhook: ${issue?.path.join('.') || '(body)'}: ${issue?.message}` },
      done: settled,
    };
  }
  const db = store.db;
  const now = new Date().toISOString();
  const bodyHash = createHash('sha256').update(JSON.stringify(raw)).digest('hex');
  const inserted = await db
    .insertInto('webhook_deliveries')
    .values({
      idempotency_key: key,
      received_at: now,
      status: 'received',
      body_sha256: bodyHash,
      events: 0,
      error: null,
    })
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) {
    const seen = await db
      .selectFrom('webhook_deliveries')
      .select('status')
      .where('idempotency_key', '=', key)
      .executeTakeFirst();
    // A delivery whose ingest failed is taken again; any other is a redelivery.
    if (seen?.status !== 'failed') return { status: 200, body: { duplicate: true }, done: settled };
  }
  if (parsed.data.webhook.event_type !== DOCKET_ALERT) {
    await setStatus(store, key, 'ignored', 0, null);
    return { status: 200, body: { ignored: `event type ${parsed.data.webhook.event_type}` }, done: settled };
  }

  const work = ingestDelivery(store, parsed.data.payload.results).then(
    (events) => setStatus(store, key, 'ingested', events, null).then(() => events),
    async (err: unknown) => {
      await setStatus(store, key, 'failed', 0, err instanceof Error ? err.message : String(err));
      throw err;
    },
  );
  const inlineMs = options.inlineMs ?? 2_000;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), inlineMs);
  });
  try {
    const first = await Promise.race([work, late]);
    if (first === 'late')
      return {
        status: 202,
        body: { accepted: true },
        done: work.then(
          () => undefined,
          () => undefined,
        ),
      };
    return { status: 200, body: { ingested: true, events: first }, done: settled };
  } catch (err) {
    // CourtListener retries a failed delivery; the key is marked failed so the retry is taken.
    return {
      status: 500,
      body: { error: `ingest failed: ${err instanceof Error ? err.message : String(err)}` },
      done: settled,
    };
  } finally {
    clearTimeout(timer);
  }
}

/** Ingest the entries of each docket docketwatch follows through a `courtlistener` source; returns the event count. */
async function ingestDelivery(store: Pick<Store, 'db'>, results: ClDocketEntry[]): Promise<number> {
  const byDocket = new Map<string, ClDocketEntry[]>();
  for (const e of results) byDocket.set(e.docket, [...(byDocket.get(e.docket) ?? []), e]);
  let events = 0;
  for (const [docketId, entries] of byDocket) {
    const sources = await store.db
      .selectFrom('sources')
      .innerJoin('source_state', 'source_state.source_id', 'sources.id')
      .select(['sources.id', 'sources.config', 'source_state.state'])
      .where('sources.type', '=', 'courtlistener')
      .where('source_state.external_id', '=', docketId)
      .execute();
    for (const source of sources) {
      const config = JSON.parse(source.config) as { court: string; docketNumber: string; baseUrl?: string };
      const saved = source.state
        ? (JSON.parse(source.state) as { source?: { caseName?: string | null; pacerCaseId?: string | null } })
        : null;
      const result = clResult(
        config.court,
        config.docketNumber,
        { caseName: saved?.source?.caseName ?? null, pacerCaseId: saved?.source?.pacerCaseId ?? null },
        entries,
        config.baseUrl ?? DEFAULT_SITE,
      );
      const { coverage: _, texts, ...parseResult } = result;
      const outcome = await ingestParsed(store, parseResult, {
        source: source.id,
        texts: texts.map((t) => ({ case: `${config.court}:${config.docketNumber}`, ...t })),
      });
      events += outcome.events.length;
    }
  }
  return events;
}

async function setStatus(
  store: Pick<Store, 'db'>,
  key: string,
  status: string,
  events: number,
  error: string | null,
): Promise<void> {
  await store.db
    .updateTable('webhook_deliveries')
    .set({ status, events, error: error?.slice(0, 2000) ?? null })
    .where('idempotency_key', '=', key)
    .execute();
}

function parseJson(body: string | Uint8Array): unknown {
  try {
    return JSON.parse(typeof body === 'string' ? body : new TextDecoder().decode(body));
  } catch {
    return undefined;
  }
}

/**
 * The route as a fastify plugin: `app.register(courtListenerWebhooks(store))` mounts
 * `POST /webhooks/courtlistener` (bodies up to 8 MiB; malformed JSON is a 400 from fastify).
 */
export function courtListenerWebhooks(
  store: Pick<Store, 'db'>,
  options: WebhookOptions = {},
): FastifyPluginAsync {
  return async (app) => {
    app.post('/webhooks/courtlistener', { bodyLimit: 8 * 1024 * 1024 }, async (request, reply) => {
      const answer = await handleCourtListenerWebhook(store, request.headers, request.body, options);
      answer.done.catch((err: unknown) => request.log.error({ err }, 'courtlistener webhook ingest failed'));
      return reply.code(answer.status).send(answer.body);
    });
  };
}
