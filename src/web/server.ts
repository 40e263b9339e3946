/**
 * The web server (`docketwatch serve`): case pages, subscribe/confirm/manage/unsubscribe,
 * calendars, Atom, the read-only JSON API, the maintainers' page and `/healthz`.
 *
 * Security in one place: helmet sets a strict Content-Security-Policy (no script at all, styles
 * only from `/static/site.css`, forms only to this origin, no framing); every form that changes
 * something carries a CSRF token (double submit, signed cookie), except the RFC 8058 one-click
 * unsubscribe, whose signed token is itself the proof; subscribing is rate-limited per client
 * address; the admin token is compared in constant time and never written into a page.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyFormbody from '@fastify/formbody';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  LogController,
} from 'fastify';
import { sql } from 'kysely';
import type { Store } from '../../db/index.ts';
import { courtListenerWebhooks } from '../../scrapers/courtlistener/webhook.ts';
import { casePosture, caseRecordViews, courtToday, listDeadlineRecords } from '../deadlines/record.ts';
import { DocketwatchError, InputError } from '../errors.ts';
import { deliverOutbox, outboxCounts } from '../notify/outbox.ts';
import type { NotifySettings } from '../notify/settings.ts';
import {
  BouncedAddressError,
  confirmSubscription,
  type Frequency,
  InvalidEmailError,
  normalizeEmail,
  requestSubscription,
  SubscriptionNotFoundError,
  type SubscriptionView,
  subscribe,
  unsubscribe,
  view,
} from '../notify/subscriptions.ts';
import { signToken, TokenError, verifyToken } from '../notify/tokens.ts';
import { createMailer, type Mailer } from '../notify/transport.ts';
import { type CalendarAudience, caseCalendar } from './calendar.ts';
import {
  type CaseInfo,
  caseCoverage,
  findCaseByAddress,
  parseTimelineFilter,
  sourceHealth,
  timeline,
  trackedCases,
} from './data.ts';
import { caseFeed } from './feed.ts';
import { html } from './html.ts';
import {
  adminLoginPage,
  adminPage,
  casePage,
  describeSubscription,
  homePage,
  managePage,
  messagePage,
  subscribeForm,
  unsubscribePage,
} from './pages.ts';

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
  /** Behind a reverse proxy: trust `X-Forwarded-For`/`-Proto` from it (fastify's `trustProxy`). */
  trustProxy?: boolean | string;
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
const ADMIN_COOKIE = 'dw_admin';
const ADMIN_SESSION_MS = 8 * 3600_000;
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
    trustProxy: options.trustProxy ?? false,
    routerOptions: { maxParamLength: 200 },
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    crossOriginEmbedderPolicy: false,
    hsts: secure ? { maxAge: 15_552_000 } : false,
  });
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
      await sql`select 1`.execute(store.db);
      return reply.header('cache-control', 'no-store').send({ ok: true, store: store.dialect });
    } catch {
      return reply.code(503).header('cache-control', 'no-store').send({ ok: false, store: 'unreachable' });
    }
  });

  app.get('/', async (_req, reply) => page(reply, 200, homePage(await trackedCases(store.db))));

  // ——— a case ———

  type CaseParams = { court: string; docket: string };
  const loadCase = async (req: FastifyRequest, reply: FastifyReply): Promise<CaseInfo | null> => {
    const { court, docket } = req.params as CaseParams;
    const info = await findCaseByAddress(store.db, court, docket);
    if (!info) {
      await notFound(
        req,
        reply,
        'docketwatch does not track this case. The list of tracked cases is on the home page.',
      );
      return null;
    }
    return info;
  };
  const asOf = (info: CaseInfo) => courtToday(info.court, now());
  const absolute = (path: string) => `${publicUrl}${path}`;

  app.get('/cases/:court/:docket', async (req, reply) => {
    const info = await loadCase(req, reply);
    if (!info) return;
    const filter = parseTimelineFilter(req.query as Record<string, unknown>);
    const [posture, entries, coverage, gaps] = await Promise.all([
      casePosture(store, info.id, asOf(info)),
      timeline(store.db, info, filter),
      caseCoverage(store.db, info),
      openGaps(store, info.id),
    ]);
    const csrf = notify ? reply.generateCsrf() : null;
    return page(
      reply,
      200,
      casePage({ info, posture, timeline: entries, filter, coverage, gaps, now: now(), csrf }),
    );
  });

  app.get('/cases/:court/:docket/calendar.ics', async (req, reply) => {
    const info = await loadCase(req, reply);
    if (!info) return;
    const audience: CalendarAudience =
      (req.query as { audience?: string }).audience === 'advocate' ? 'advocate' : 'legal';
    const records = await listDeadlineRecords(store, info.id);
    const body = caseCalendar({ info, records, audience, caseUrl: absolute(info.path), now: now() });
    const file = `${info.court}-${info.docketNumber.replace(/[^A-Za-z0-9-]/g, '-')}${audience === 'advocate' ? '-advocate' : ''}.ics`;
    return reply
      .type('text/calendar; charset=utf-8')
      .header('content-disposition', `inline; filename="${file}"`)
      .header('cache-control', 'public, max-age=300')
      .send(body);
  });

  app.get('/cases/:court/:docket/feed.atom', async (req, reply) => {
    const info = await loadCase(req, reply);
    if (!info) return;
    const entries = await timeline(store.db, info, { ordersOnly: false, kind: null });
    const body = caseFeed({
      info,
      entries,
      caseUrl: absolute(info.path),
      feedUrl: absolute(`${info.path}/feed.atom`),
      now: now(),
    });
    return reply
      .type('application/atom+xml; charset=utf-8')
      .header('cache-control', 'public, max-age=300')
      .send(body);
  });

  // ——— JSON ———

  app.get('/api/cases', async (_req, reply) => {
    const cases = await trackedCases(store.db);
    return json(reply, {
      cases: cases.map((c) => ({ ...caseJson(c), url: absolute(c.path), api: absolute(`/api${c.path}`) })),
    });
  });

  app.get('/api/cases/:court/:docket', async (req, reply) => {
    const { court, docket } = req.params as CaseParams;
    const info = await findCaseByAddress(store.db, court, docket);
    if (!info)
      return json(reply.code(404), { error: 'not_found', message: 'docketwatch does not track this case' });
    const filter = parseTimelineFilter(req.query as Record<string, unknown>);
    const day = asOf(info);
    const [posture, deadlines, entries] = await Promise.all([
      casePosture(store, info.id, day),
      caseRecordViews(store, info.id, day),
      timeline(store.db, info, filter),
    ]);
    return json(reply, {
      case: { ...caseJson(info), url: absolute(info.path) },
      posture,
      deadlines,
      entries: entries.map(({ kind, day: d, ...e }) => ({ ...e, kind, day: d })),
    });
  });

  // ——— subscriptions ———

  const subscriptionsOff = (reply: FastifyReply) =>
    page(
      reply,
      503,
      messagePage(
        'Email updates are not set up',
        html`<p>This server has no signing secret (DOCKETWATCH_SECRET), so it cannot send confirmation links.</p>`,
      ),
    );

  let delivering: Promise<unknown> | null = null;
  /** Send the confirmation now rather than at the worker's next outbox run; one run at a time. */
  const kickOutbox = (req: FastifyRequest) => {
    if (!mailer || delivering) return;
    delivering = deliverOutbox(store, mailer, { limit: 50, now })
      .catch((err: unknown) => req.log.warn({ err }, 'sending the outbox failed; the worker will retry'))
      .finally(() => {
        delivering = null;
      });
  };

  const limit = options.subscribeLimit ?? { max: 5, windowMs: 10 * 60_000 };
  app.post(
    '/subscribe',
    {
      config: { rateLimit: { max: limit.max, timeWindow: limit.windowMs } },
      preHandler: app.csrfProtection,
    },
    async (req, reply) => {
      if (!notify) return subscriptionsOff(reply);
      const body = (req.body ?? {}) as Record<string, unknown>;
      const caseKey = field(body.case);
      const info = caseKey ? await caseFromKey(store, caseKey) : null;
      if (!info) return notFound(req, reply, 'docketwatch does not track this case.');
      const audience = field(body.audience) === 'legal' ? 'legal' : 'advocate';
      const frequency = frequencyOf(field(body.frequency));
      try {
        const email = field(body.email) ?? '';
        await requestSubscription(
          store,
          { email, case: info.key, audience, frequency },
          { publicUrl: notify.publicUrl, secret: notify.secret, now: now() },
        );
        // The same answer whether the address is new, pending, subscribed or bounced (issue #13):
        // only whoever reads that mailbox learns which, from the email (a confirmation or a manage link).
        kickOutbox(req);
        return page(
          reply,
          200,
          messagePage(
            'Check your email',
            html`<p>If <strong>${normalizeEmail(email)}</strong> can get updates about <a href="${info.path}">${info.name ?? info.key}</a>, we sent it an email. Open the link in it to start, or to change, your updates.</p><p class="hint">Nothing changes until you click the link.</p>`,
          ),
        );
      } catch (err) {
        if (err instanceof InvalidEmailError || err instanceof InputError) {
          return page(
            reply,
            400,
            messagePage('Subscribe', subscribeForm(info, reply.generateCsrf(), err.message)),
          );
        }
        throw err;
      }
    },
  );

  app.get('/confirm', async (req, reply) => {
    if (!notify) return subscriptionsOff(reply);
    const token = field((req.query as Record<string, unknown>).token) ?? '';
    try {
      const s = await confirmSubscription(store, token, notify.secret, now());
      const info = await caseFromKey(store, s.case);
      return page(
        reply,
        200,
        messagePage(
          'Subscription confirmed',
          html`<p>${s.email} will get updates about <a href="${info?.path ?? '/'}">${info?.name ?? s.case}</a> (${describeSubscription(s)}).</p><p>Every email has a link to change or stop them.</p>`,
        ),
      );
    } catch (err) {
      return linkProblem(reply, err);
    }
  });

  app.get('/unsubscribe', async (req, reply) => {
    if (!notify) return subscriptionsOff(reply);
    const token = field((req.query as Record<string, unknown>).token) ?? '';
    try {
      const { subject } = verifyToken(token, 'unsubscribe', notify.secret, now());
      return page(reply, 200, unsubscribePage(token, await subscriptionById(store, subject)));
    } catch (err) {
      return linkProblem(reply, err);
    }
  });

  // No CSRF token here: RFC 8058 one-click posts come from mail providers without cookies; the
  // signed unsubscribe token (in the URL or the form) is the authorization, and the only one: an
  // address is never accepted in its place (the operator's by-address path is the CLI).
  app.post('/unsubscribe', async (req, reply) => {
    if (!notify) return subscriptionsOff(reply);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const token = field((req.query as Record<string, unknown>).token) ?? field(body.token) ?? '';
    const oneClick =
      field(body['List-Unsubscribe']) === 'One-Click' ||
      /List-Unsubscribe=One-Click/.test(field(body.raw) ?? '');
    try {
      const done = await unsubscribe(store, token, notify.secret, now());
      if (oneClick) return reply.code(200).type('text/plain; charset=utf-8').send('unsubscribed\n');
      const s = done[0];
      return page(
        reply,
        200,
        messagePage(
          'Unsubscribed',
          html`<p>${s ? `${s.email} will get no more email about ${s.case}.` : 'Done.'}</p>`,
        ),
      );
    } catch (err) {
      if (oneClick && (err instanceof TokenError || err instanceof SubscriptionNotFoundError)) {
        return reply.code(400).type('text/plain; charset=utf-8').send(`${err.message}\n`);
      }
      return linkProblem(reply, err);
    }
  });

  app.get('/manage', async (req, reply) => {
    if (!notify) return subscriptionsOff(reply);
    const token = field((req.query as Record<string, unknown>).token) ?? '';
    try {
      const { subject } = verifyToken(token, 'manage', notify.secret, now());
      const s = await subscriptionById(store, subject);
      if (!s) throw new SubscriptionNotFoundError('this subscription no longer exists; subscribe again');
      return page(
        reply,
        200,
        managePage(s, await caseFromKey(store, s.case), token, unsubscribeToken(s), reply.generateCsrf()),
      );
    } catch (err) {
      return linkProblem(reply, err);
    }
  });

  app.post('/manage', { preHandler: app.csrfProtection }, async (req, reply) => {
    if (!notify) return subscriptionsOff(reply);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const token = field(body.token) ?? '';
    try {
      const { subject } = verifyToken(token, 'manage', notify.secret, now());
      const s = await subscriptionById(store, subject);
      if (!s || s.status === 'unsubscribed' || s.status === 'bounced') {
        throw new SubscriptionNotFoundError(
          'this subscription was cancelled; subscribe again from the case page',
        );
      }
      // Subscribing again with the same address and case updates the settings of that subscription.
      const updated = await subscribe(
        store,
        {
          email: s.email,
          case: s.case,
          audience: field(body.audience) === 'legal' ? 'legal' : 'advocate',
          frequency: frequencyOf(field(body.frequency)),
          timeZone: s.timeZone,
          digestHour: s.digestHour,
          digestWeekday: s.digestWeekday,
          kinds: s.filters.kinds,
          include: s.filters.include,
          mute: s.filters.mute,
        },
        { publicUrl: notify.publicUrl, secret: notify.secret, now: now() },
      );
      const info = await caseFromKey(store, s.case);
      return page(
        reply,
        200,
        managePage(
          updated.subscription,
          info,
          token,
          unsubscribeToken(updated.subscription),
          reply.generateCsrf(),
          true,
        ),
      );
    } catch (err) {
      return linkProblem(reply, err);
    }
  });

  const unsubscribeToken = (s: SubscriptionView) =>
    signToken({ purpose: 'unsubscribe', subject: s.id }, notify!.secret, now());

  // ——— maintainers ———

  const adminSession = (exp: number) =>
    createHmac('sha256', adminToken!).update(`docketwatch admin session ${exp}`).digest('base64url');
  const isAdmin = (req: FastifyRequest): boolean => {
    if (!adminToken) return false;
    const auth = req.headers.authorization;
    if (auth?.startsWith('Bearer ')) return sameSecret(Buffer.from(auth.slice(7).trim(), 'utf8'), adminToken);
    const cookie = req.cookies[ADMIN_COOKIE];
    const m = cookie ? /^(\d{10,16})\.([A-Za-z0-9_-]{43})$/.exec(cookie) : null;
    if (!m) return false;
    const exp = Number(m[1]);
    return (
      exp > now().getTime() && sameSecret(Buffer.from(m[2]!, 'utf8'), Buffer.from(adminSession(exp), 'utf8'))
    );
  };
  const adminDisabled = (reply: FastifyReply) =>
    page(
      reply,
      404,
      messagePage('Maintainers’ page disabled', html`<p>Set DOCKETWATCH_ADMIN_TOKEN to turn it on.</p>`),
    );

  app.get('/admin', async (req, reply) => {
    if (!adminToken) return adminDisabled(reply);
    if (!isAdmin(req)) {
      if (req.headers.authorization)
        return page(
          reply.header('www-authenticate', 'Bearer'),
          401,
          adminLoginPage(reply.generateCsrf(), 'That token is not right.'),
        );
      return page(reply, 200, adminLoginPage(reply.generateCsrf()));
    }
    const cases = await trackedCases(store.db);
    const subs = await store.db
      .selectFrom('subscriptions')
      .select((eb) => ['status', eb.fn.countAll().as('n')])
      .groupBy('status')
      .execute();
    const records = [];
    for (const info of cases)
      records.push({ info, views: await caseRecordViews(store, info.id, asOf(info)) });
    return page(
      reply,
      200,
      adminPage({
        sources: await sourceHealth(store.db, now()),
        outbox: await outboxCounts(store),
        subscriptions: Object.fromEntries(subs.map((s) => [s.status, Number(s.n)])),
        cases,
        records,
        now: now(),
        csrf: reply.generateCsrf(),
      }),
    );
  });

  app.post(
    '/admin/login',
    { config: { rateLimit: { max: 10, timeWindow: 60_000 } }, preHandler: app.csrfProtection },
    async (req, reply) => {
      if (!adminToken) return adminDisabled(reply);
      const given = field((req.body as Record<string, unknown> | undefined)?.token) ?? '';
      if (!sameSecret(Buffer.from(given, 'utf8'), adminToken)) {
        return page(reply, 401, adminLoginPage(reply.generateCsrf(), 'That token is not right.'));
      }
      const exp = now().getTime() + ADMIN_SESSION_MS;
      reply.setCookie(ADMIN_COOKIE, `${exp}.${adminSession(exp)}`, {
        path: '/admin',
        httpOnly: true,
        sameSite: 'strict',
        secure,
        maxAge: ADMIN_SESSION_MS / 1000,
      });
      return reply.redirect('/admin', 303);
    },
  );

  app.post('/admin/logout', { preHandler: app.csrfProtection }, async (_req, reply) => {
    reply.clearCookie(ADMIN_COOKIE, { path: '/admin' });
    return reply.redirect('/', 303);
  });

  // CourtListener docket alerts (the CourtListener source's own handler: idempotency, ingest).
  await app.register(courtListenerWebhooks(store));

  for (const registrar of [...registrars, ...(options.routes ?? [])]) await registrar(app, ctx);
  return app;
}

// ——— helpers ———

function page(reply: FastifyReply, status: number, body: string): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(body);
}

function notFound(req: FastifyRequest, reply: FastifyReply, message: string): FastifyReply {
  if (req.url.startsWith('/api/')) return json(reply.code(404), { error: 'not_found', message });
  return page(
    reply,
    404,
    messagePage('Not found', html`<p>${message}</p><p><a href="/">Tracked cases</a></p>`),
  );
}

/** JSON with `<`, `>`, `&` and line separators escaped, so no docket text can be read as markup. */
function json(reply: FastifyReply, value: unknown): FastifyReply {
  const text = JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return reply.type('application/json; charset=utf-8').header('cache-control', 'no-cache').send(text);
}

function caseJson(c: CaseInfo) {
  return { key: c.key, court: c.court, docketNumber: c.docketNumber, name: c.name, path: c.path };
}

/** `/confirm?token=abc` → `/confirm?token=…` */
export function redactTokens(url: string): string {
  return url.replace(/([?&]token=)[^&#]*/gi, '$1…');
}

function field(v: unknown): string | null {
  return typeof v === 'string' ? v.slice(0, 2000) : null;
}

function frequencyOf(v: string | null): Frequency {
  return v === 'immediate' || v === 'weekly' ? v : 'daily';
}

/** Compare two secrets in constant time (digests first, so lengths leak nothing). */
function sameSecret(given: Buffer, expected: Buffer): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b) && given.length === expected.length;
}

async function caseFromKey(store: Store, key: string): Promise<CaseInfo | null> {
  const i = key.indexOf(':');
  if (i <= 0) return null;
  return findCaseByAddress(store.db, key.slice(0, i), key.slice(i + 1));
}

async function subscriptionById(store: Store, id: string): Promise<SubscriptionView | null> {
  const row = await store.db.selectFrom('subscriptions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const c = await store.db
    .selectFrom('cases')
    .select(['court_id', 'docket_number'])
    .where('id', '=', row.case_id)
    .executeTakeFirstOrThrow();
  return view(row, `${c.court_id}:${c.docket_number}`);
}

async function openGaps(store: Store, caseId: number): Promise<{ first: number; last: number }[]> {
  const rows = await store.db
    .selectFrom('gaps')
    .select(['first_number', 'last_number'])
    .where('case_id', '=', caseId)
    .where('closed_at', 'is', null)
    .orderBy('first_number')
    .limit(50)
    .execute();
  return rows.map((r) => ({ first: r.first_number, last: r.last_number }));
}

function linkProblem(reply: FastifyReply, err: unknown): FastifyReply {
  if (err instanceof TokenError) {
    const expired = err.reason === 'expired';
    return page(
      reply,
      expired ? 410 : 400,
      messagePage(
        expired ? 'This link has expired' : 'This link does not work',
        html`<p>${err.message}.</p><p>${expired ? 'Subscribe again from the case page to get a new link.' : 'Copy the whole link from the email, or subscribe again from the case page.'}</p>`,
      ),
    );
  }
  if (
    err instanceof SubscriptionNotFoundError ||
    err instanceof BouncedAddressError ||
    err instanceof InvalidEmailError
  ) {
    return page(reply, 404, messagePage('Subscription not found', html`<p>${err.message}.</p>`));
  }
  if (err instanceof DocketwatchError) {
    return page(reply, 400, messagePage('That did not work', html`<p>${err.message}</p>`));
  }
  throw err;
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
