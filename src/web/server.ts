/**
 * The web server (`docketwatch serve`): case pages, subscribe/confirm/manage/unsubscribe,
 * calendars, Atom, the read-only JSON API, the maintainers' page and `/healthz`. This file sets up
 * what every route shares (security headers, cookies, CSRF, rate limits, request logging, error
 * pages); the routes themselves are fastify plugins by concern in `routes/` (cases, feeds, api,
 * subscriptions, admin, webhooks).
 *
 * Security in one place: helmet sets a strict Content-Security-Policy (no script at all, styles
 * only from `/static/site.css`, forms only to this origin, no framing); every form that changes
 * something carries a CSRF token (double submit, signed cookie), except the RFC 8058 one-click
 * unsubscribe, whose signed token is itself the proof; subscribing is rate-limited per client
 * address; the admin token is compared in constant time and never written into a page.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyFormbody from '@fastify/formbody';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from 'fastify';
import helmet from 'helmet';
import { sql } from 'kysely';
import { inWriteTransaction, type Store } from '../../db/index.ts';
import type { Config } from '../config.ts';
import { InputError } from '../errors.ts';
import { isAddressOrRange, splitList } from '../net/addresses.ts';
import type { NotifySettings } from '../notify/settings.ts';
import { createMailer, type Mailer } from '../notify/transport.ts';
import { html } from './html.ts';
import { messagePage } from './pages.ts';
import { adminRoutes } from './routes/admin.ts';
import { apiRoutes } from './routes/api.ts';
import { caseRoutes } from './routes/cases.ts';
import { type CourtListenerWebhookSettings, notFound, page, type RouteDeps } from './routes/common.ts';
import { documentRoutes } from './routes/documents.ts';
import { feedRoutes } from './routes/feeds.ts';
import { searchLinkRoutes } from './routes/searches.ts';
import { subscriptionRoutes } from './routes/subscriptions.ts';
import { courtListenerWebhookSettings, webhookRoutes } from './routes/webhooks.ts';

/** Adds routes to the server (metrics, webhooks): called after the built-in routes, before listening. */
export type RouteRegistrar = (app: FastifyInstance, ctx: WebContext) => void | Promise<void>;

const registrars: RouteRegistrar[] = [];

/**
 * Register extra routes for every server built after this call (the worker adds `/metrics`, the
 * CourtListener source its webhook). Returns a function that removes the registration.
 */
export function registerWebRoutes(registrar: RouteRegistrar): () => void {
  registrars.push(registrar);
  return () => {
    const i = registrars.indexOf(registrar);
    if (i >= 0) registrars.splice(i, 1);
  };
}

export interface WebOptions {
  store: Store;
  /** Base of absolute links (feeds, calendars, emails), without a trailing slash. */
  publicUrl: string;
  /** Links, secret and mail settings; `null` turns subscriptions off (the pages say so). */
  notify: NotifySettings | null;
  /** Sends the outbox right after a subscription asks for a confirmation; default: from `notify.mailer`. */
  mailer?: Mailer | null;
  /** `DOCKETWATCH_ADMIN_TOKEN`; absent or empty disables `/admin`. */
  adminToken?: string | null;
  /** The clock (tests move it). */
  now?: () => Date;
  /** Subscribe attempts allowed per client address per window (default 5 per 10 minutes). */
  subscribeLimit?: { max: number; windowMs: number };
  /**
   * Behind reverse proxies: how many hops, or the proxies' addresses/CIDR ranges (`parseTrustProxy`).
   * The client address (rate limits, the webhook's allowed callers) is then the right-most
   * `X-Forwarded-For` address not added by a trusted proxy; never the left-most, which any client
   * can write. Absent: the socket's address.
   */
  trustProxy?: number | string[];
  /**
   * The CourtListener webhook (`COURTLISTENER_WEBHOOK_SECRET`, `COURTLISTENER_WEBHOOK_ALLOW`);
   * absent or `null`: not mounted.
   */
  courtListenerWebhook?: CourtListenerWebhookSettings | null;
  /** Where request lines go (pino); default: no logging. Tokens in addresses are never logged. */
  logger?: FastifyBaseLogger;
  /** Extra route registrars for this server only (beside those from `registerWebRoutes`). */
  routes?: RouteRegistrar[];
}

export interface WebContext {
  store: Store;
  publicUrl: string;
  now: () => Date;
}

const STYLESHEET = readFileSync(new URL('./static/site.css', import.meta.url));
const STYLESHEET_ETAG = `"${createHash('sha256').update(STYLESHEET).digest('base64url').slice(0, 16)}"`;
const BODY_LIMIT = 16 * 1024;

/** The Content-Security-Policy every response carries. */
export const CSP_DIRECTIVES = {
  defaultSrc: ["'none'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
};

export async function buildServer(options: WebOptions): Promise<FastifyInstance> {
  const now = options.now ?? (() => new Date());
  const publicUrl = options.publicUrl.replace(/\/+$/, '');
  const secure = publicUrl.startsWith('https:');
  const notify = options.notify;
  const mailer = options.mailer !== undefined ? options.mailer : notify ? createMailer(notify.mailer) : null;
  const adminToken = options.adminToken ? Buffer.from(options.adminToken, 'utf8') : null;
  const { store } = options;
  const ctx: WebContext = { store, publicUrl, now };

  const app = Fastify({
    ...(options.logger ? { loggerInstance: options.logger } : { logger: false }),
    // fastify's own request lines would carry addresses with link tokens; ours (below) cut them.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: BODY_LIMIT,
    // proxy-addr walks X-Forwarded-For from the right, skipping the trusted hops or addresses.
    trustProxy:
      typeof options.trustProxy === 'number' ? trustHops(options.trustProxy) : (options.trustProxy ?? false),
    routerOptions: { maxParamLength: 200 },
    // The router answers a bad URL (400) or an over-long address (414) before any hook runs, so
    // helmet's headers are set here by hand; the page echoes nothing of the address.
    frameworkErrors: (err, req, reply) => {
      const status = err.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 414 : 400;
      securityHeaders(req.raw, reply.raw, () => undefined);
      return page(
        reply,
        status,
        messagePage(
          'That did not work',
          html`<p>This address could not be read.</p><p><a href="/">Tracked cases</a></p>`,
        ),
      );
    },
  });

  const helmetOptions = {
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    crossOriginEmbedderPolicy: false,
    hsts: secure ? { maxAge: 15_552_000 } : false,
  } as const;
  const securityHeaders = helmet(helmetOptions);
  await app.register(fastifyHelmet, helmetOptions);
  // Cookies are signed with a key derived from the link secret (stable across restarts), or a
  // random one per process when subscriptions are off.
  const cookieSecret = notify
    ? createHmac('sha256', notify.secret).update('docketwatch web cookies').digest('hex')
    : randomBytes(32).toString('hex');
  await app.register(fastifyCookie, { secret: cookieSecret });
  await app.register(fastifyCsrf, {
    cookieKey: 'dw_csrf',
    cookieOpts: { path: '/', httpOnly: true, sameSite: 'strict', signed: true, secure },
  });
  await app.register(fastifyFormbody, { bodyLimit: BODY_LIMIT });
  // RFC 8058 lets mail providers post the one-click body as multipart; only the URL's token matters.
  app.addContentTypeParser(
    'multipart/form-data',
    { parseAs: 'string', bodyLimit: BODY_LIMIT },
    (_req, body, done) => done(null, { raw: String(body) }),
  );
  await app.register(fastifyRateLimit, { global: false });

  // One line per request, with link tokens cut out of the address (they are credentials).
  app.addHook('onResponse', async (req, reply) => {
    req.log.info(
      {
        method: req.method,
        url: redactTokens(req.url),
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    );
  });

  app.setNotFoundHandler((req, reply) => notFound(req, reply, 'There is nothing at this address.'));
  app.setErrorHandler((err: Error & { statusCode?: number; code?: string }, req, reply) => {
    const status = err.statusCode ?? 500;
    if (err.code === 'FST_CSRF_INVALID_TOKEN' || err.code === 'FST_CSRF_MISSING_SECRET') {
      return page(
        reply,
        403,
        messagePage(
          'This form expired',
          html`<p>The form was too old or came from another site. Go back, reload the page and try again.</p>`,
        ),
      );
    }
    if (status === 429) {
      return page(
        reply,
        429,
        messagePage(
          'Too many attempts',
          html`<p>Too many requests came from your address. Wait a few minutes and try again.</p>`,
        ),
      );
    }
    if (status >= 400 && status < 500) {
      return page(
        reply,
        status,
        messagePage('That did not work', html`<p>The request could not be read.</p>`),
      );
    }
    req.log.error({ err }, 'request failed');
    return page(
      reply,
      500,
      messagePage('Something went wrong', html`<p>docketwatch could not answer. Try again in a moment.</p>`),
    );
  });

  app.get('/static/site.css', (req, reply) => {
    reply.header('cache-control', 'public, max-age=3600').header('etag', STYLESHEET_ETAG);
    if (req.headers['if-none-match'] === STYLESHEET_ETAG) return reply.code(304).send();
    return reply.type('text/css; charset=utf-8').send(STYLESHEET);
  });

  app.get('/healthz', async (_req, reply) => {
    try {
      // This process is writing to SQLite (a backfill yields inside its transaction): the store
      // answers, and a query would wait in line behind the whole transaction.
      if (!inWriteTransaction(store.db)) await sql`select 1`.execute(store.db);
      return reply.header('cache-control', 'no-store').send({ ok: true, store: store.dialect });
    } catch {
      return reply.code(503).header('cache-control', 'no-store').send({ ok: false, store: 'unreachable' });
    }
  });

  const deps: RouteDeps = {
    store,
    publicUrl,
    now,
    secure,
    notify,
    mailer,
    adminToken,
    subscribeLimit: options.subscribeLimit ?? { max: 5, windowMs: 10 * 60_000 },
    courtListenerWebhook: options.courtListenerWebhook ?? null,
  };
  await app.register(caseRoutes(deps));
  await app.register(documentRoutes(deps));
  await app.register(feedRoutes(deps));
  await app.register(apiRoutes(deps));
  await app.register(subscriptionRoutes(deps));
  await app.register(searchLinkRoutes(deps));
  await app.register(adminRoutes(deps));
  await app.register(webhookRoutes(deps));

  for (const registrar of [...registrars, ...(options.routes ?? [])]) await registrar(app, ctx);
  return app;
}

/** The server's settings from the configuration, as `serve` and `run` both start it. */
export function webOptionsFromConfig(
  config: Config,
  store: Store,
  notify: NotifySettings | null,
): WebOptions & { host: string; port: number } {
  return {
    store,
    host: config.web.host,
    port: config.web.port,
    publicUrl: notify?.publicUrl ?? config.web.publicUrl,
    notify,
    adminToken: config.web.adminToken ?? null,
    courtListenerWebhook: courtListenerWebhookSettings(config),
    ...(config.web.trustProxy !== undefined ? { trustProxy: parseTrustProxy(config.web.trustProxy) } : {}),
  };
}

/**
 * `--trust-proxy` / `TRUST_PROXY`: a hop count (`1`: one proxy in front) or a list of proxy
 * addresses and CIDR ranges (`127.0.0.1,10.0.0.0/8`; also `loopback`, `linklocal`, `uniquelocal`).
 * "Trust everything" is not offered: it would take the client-written left-most address.
 */
export function parseTrustProxy(value: string): number | string[] {
  const v = value.trim();
  if (/^\d+$/.test(v)) {
    const hops = Number(v);
    if (hops >= 1 && hops <= 10) return hops;
  } else {
    const list = splitList(v);
    const named = new Set(['loopback', 'linklocal', 'uniquelocal']);
    if (list.length > 0 && list.every((a) => named.has(a) || isAddressOrRange(a))) return list;
  }
  throw new InputError(
    `--trust-proxy (TRUST_PROXY) takes how many proxies are in front (1 to 10) or their addresses (e.g. 127.0.0.1,10.0.0.0/8), got "${value.slice(0, 100)}"`,
  );
}

/** The first `hops` addresses from the right (the socket's, then X-Forwarded-For's) are proxies. */
function trustHops(hops: number): (address: string, hop: number) => boolean {
  return (_address, hop) => hop < hops;
}

/** `/confirm?token=abc` → `/confirm?token=…`; the webhook's secret path segment likewise. */
export function redactTokens(url: string): string {
  return url.replace(/([?&]token=)[^&#]*/gi, '$1…').replace(/^(\/webhooks\/courtlistener\/)[^?#]*/i, '$1…');
}

export interface RunningServer {
  app: FastifyInstance;
  /** `http://127.0.0.1:8080` */
  url: string;
  close(): Promise<void>;
}

/** Build and listen (`docketwatch serve`, and `docketwatch run` beside the worker). */
export async function startWebServer(
  options: WebOptions & { host: string; port: number },
): Promise<RunningServer> {
  const app = await buildServer(options);
  await app.listen({ host: options.host, port: options.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return { app, url: `http://${host}:${port}`, close: () => app.close() };
}
