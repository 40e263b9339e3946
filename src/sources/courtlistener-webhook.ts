/**
 * CourtListener docket-alert webhooks: `POST /webhooks/courtlistener/SECRET`, mounted only when
 * `COURTLISTENER_WEBHOOK_SECRET` is set. The secret is a path segment (CourtListener's webhook
 * settings take a URL, not headers), compared in constant time; a wrong one is a 404. Callers may
 * be limited to configured addresses, and each caller is rate-limited.
 *
 * A delivery is a hint, never a source of docket text: anyone who learns the URL could send one.
 * Each delivery is recorded by its `Idempotency-Key` first (a redelivery is answered 200 and
 * changes nothing); then, for every configured `courtlistener` source whose docket id it names,
 * docketwatch asks CourtListener's API at once (`confirm`: the poller's own path, with the token),
 * and only what the API answers goes into the record. A made-up order the API does not have never
 * reaches a page or a subscriber, and a delivery cannot rewrite an entry. The answer goes out
 * within 3 s: confirming runs in-line for up to `inlineMs` and finishes after the reply when it
 * takes longer; when the API cannot be asked the delivery is answered 500, so CourtListener sends
 * it again later (the scheduled poll brings the entries in meanwhile). A body that is not a docket
 * alert is refused with 400.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { BlockList, isIP } from 'node:net';
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import type { Store } from '../../db/index.ts';
import { sourcesByExternalId } from '../../db/sources.ts';
import { docketEntrySchema } from '../../scrapers/courtlistener/model.ts';

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

/**
 * Bring in what CourtListener's API holds now for one configured source (the poller's path):
 * resolves to the number of events, rejects when the API could not be asked.
 */
export type ConfirmSource = (sourceId: string) => Promise<number>;

export interface WebhookOptions {
  confirm: ConfirmSource;
  /** How long confirming may run before the reply goes out anyway (default 2 s; CourtListener waits 3). */
  inlineMs?: number;
}

/** Where the route is mounted and who may call it. */
export interface WebhookRouteOptions extends WebhookOptions {
  /** `COURTLISTENER_WEBHOOK_SECRET`: the last path segment of the webhook URL. */
  secret: string;
  /** Caller addresses or CIDR ranges allowed (`COURTLISTENER_WEBHOOK_ALLOW`); empty or absent: any. */
  allow?: string[];
  /** Deliveries per caller address per window (default 60 per minute). */
  rateLimit?: { max: number; windowMs: number };
}

export async function handleCourtListenerWebhook(
  store: Pick<Store, 'db'>,
  headers: Record<string, string | string[] | undefined>,
  body: unknown,
  options: WebhookOptions,
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

  const dockets = [...new Set(parsed.data.payload.results.map((e) => e.docket))];
  const work = confirmDockets(store, dockets, options.confirm).then(
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
      body: {
        error: `CourtListener's API could not be asked: ${err instanceof Error ? err.message : String(err)}`,
      },
      done: settled,
    };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Ask CourtListener's API about each docket docketwatch follows through a `courtlistener` source;
 * the delivery's own entries are never ingested. Returns the event count.
 */
async function confirmDockets(
  store: Pick<Store, 'db'>,
  dockets: string[],
  confirm: ConfirmSource,
): Promise<number> {
  if (dockets.length === 0) return 0;
  let events = 0;
  for (const id of await sourcesByExternalId(store.db, 'courtlistener', dockets.slice(0, 100))) {
    events += await confirm(id);
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

/** Compare two secrets in constant time (digests first, so lengths leak nothing). */
function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b) && given.length === expected.length;
}

/** The allowed callers as a `BlockList` (used as an allow list); `null` allows any caller. */
export function callerList(allow: readonly string[] | undefined): BlockList | null {
  const entries = (allow ?? []).map((a) => a.trim()).filter((a) => a !== '');
  if (entries.length === 0) return null;
  const list = new BlockList();
  for (const entry of entries) {
    const [address, bits] = entry.split('/');
    const family = isIP(address ?? '');
    if (family === 0 || (bits !== undefined && !/^\d{1,3}$/.test(bits))) {
      throw new Error(`"${entry}" is not an IP address or CIDR range (e.g. 192.0.2.0/24)`);
    }
    const type = family === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(address!, type);
    else list.addSubnet(address!, Number(bits), type);
  }
  return list;
}

/** Whether `ip` (as the server saw it; an IPv4-mapped IPv6 address counts as IPv4) is on the list. */
export function callerAllowed(list: BlockList | null, ip: string): boolean {
  if (!list) return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip)?.[1];
  const address = mapped ?? ip;
  const family = isIP(address);
  if (family === 0) return false;
  return list.check(address, family === 6 ? 'ipv6' : 'ipv4');
}

/**
 * The route as a fastify plugin: `app.register(courtListenerWebhooks(store, options))` mounts
 * `POST /webhooks/courtlistener/:secret` (bodies up to 8 MiB; malformed JSON is a 400 from fastify).
 * The host app must have `@fastify/rate-limit` registered for the per-caller limit to apply.
 */
export function courtListenerWebhooks(
  store: Pick<Store, 'db'>,
  options: WebhookRouteOptions,
): FastifyPluginAsync {
  if (options.secret.length < 16) throw new Error('the CourtListener webhook secret must be 16+ characters');
  const callers = callerList(options.allow);
  const limit = options.rateLimit ?? { max: 60, windowMs: 60_000 };
  return async (app) => {
    app.post(
      '/webhooks/courtlistener/:secret',
      {
        bodyLimit: 8 * 1024 * 1024,
        config: { rateLimit: { max: limit.max, timeWindow: limit.windowMs } },
        // After the rate limit (an onRequest hook), before the body is read: a caller without the
        // secret is counted against its limit and costs no parsing.
        preParsing: async (request, reply, payload) => {
          if (!callerAllowed(callers, request.ip)) {
            return reply.code(403).send({ error: 'this address may not deliver webhooks' });
          }
          const { secret } = request.params as { secret: string };
          if (!sameSecret(secret, options.secret)) return reply.code(404).send({ error: 'not found' });
          return payload;
        },
      },
      async (request, reply) => {
        const answer = await handleCourtListenerWebhook(store, request.headers, request.body, options);
        answer.done.catch((err: unknown) => request.log.error({ err }, 'courtlistener webhook failed'));
        return reply.code(answer.status).send(answer.body);
      },
    );
  };
}
