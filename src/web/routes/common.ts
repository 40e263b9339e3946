/**
 * What the route plugins share: the server's settings (`RouteDeps`) and the ways a route answers
 * (an HTML page, JSON, not found) and reads its input (a form field, a case address).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Store } from '../../../db/index.ts';
import { DocketwatchError } from '../../errors.ts';
import type { HttpClient } from '../../net/http.ts';
import { safeUrl } from '../../notify/escape.ts';
import { fromAcceptLanguage, type Language, type MessageKey, t, toLanguage } from '../../notify/i18n.ts';
import { deliverOutbox } from '../../notify/outbox.ts';
import type { NotifySettings } from '../../notify/settings.ts';
import { TokenError } from '../../notify/tokens.ts';
import type { Mailer } from '../../notify/transport.ts';
import { type CaseInfo, findCaseByAddress } from '../data.ts';
import { html } from '../html.ts';
import { messagePage } from '../pages.ts';

/** Everything a route plugin needs from `buildServer`'s options, worked out once. */
export interface RouteDeps {
  store: Store;
  /** Base of absolute links, without a trailing slash. */
  publicUrl: string;
  now: () => Date;
  /** The public address is https: cookies are `Secure`. */
  secure: boolean;
  /** `null`: subscriptions are off. */
  notify: NotifySettings | null;
  mailer: Mailer | null;
  /** `null`: `/admin` is disabled. */
  adminToken: Buffer | null;
  subscribeLimit: { max: number; windowMs: number };
  /** `null`: the CourtListener webhook is not mounted. */
  courtListenerWebhook: CourtListenerWebhookSettings | null;
}

/** The CourtListener webhook's settings (see `src/sources/courtlistener-webhook.ts`). */
export interface CourtListenerWebhookSettings {
  /** The secret last path segment of the webhook URL (16+ characters). */
  secret: string;
  /** Caller addresses or CIDR ranges; absent or empty: any caller. */
  allow?: string[];
  /** Deliveries per caller address per window (default 60 per minute). */
  rateLimit?: { max: number; windowMs: number };
  /** Confirming in-line this long before answering 202 (default 2 s). */
  inlineMs?: number;
  /** The client that asks CourtListener's API (default: a new one). */
  http?: HttpClient;
}

export function page(reply: FastifyReply, status: number, body: string): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(body);
}

/** The answer while the server has no signing secret (DOCKETWATCH_SECRET): no link can be made or checked. */
export function noSecretPage(reply: FastifyReply, title: string, consequence = ''): FastifyReply {
  return page(
    reply,
    503,
    messagePage(title, html`<p>This server has no signing secret (DOCKETWATCH_SECRET)${consequence}.</p>`),
  );
}

/**
 * The page for an emailed link that did not work: expired (410) or not a valid link (400), each
 * with what to do instead; any other docketwatch error is a 400 with its message, anything else is
 * thrown on. A route checks its own errors (a used link, a removed subscription) first.
 */
export function linkProblemPage(
  reply: FastifyReply,
  err: unknown,
  advice: { expired: MessageKey; invalid: MessageKey },
): FastifyReply {
  // In the page's language (`?lang=`, as the emails' links carry it); the reason stays English.
  const lang = pageLanguage(reply.request);
  if (err instanceof TokenError) {
    const expired = err.reason === 'expired';
    return page(
      reply,
      expired ? 410 : 400,
      messagePage(
        t(lang, expired ? 'problem.expired' : 'problem.invalid'),
        html`<p lang="en" dir="ltr">${err.message}.</p><p>${t(lang, expired ? advice.expired : advice.invalid)}</p>`,
        lang,
      ),
    );
  }
  if (err instanceof DocketwatchError)
    return page(
      reply,
      400,
      messagePage(t(lang, 'problem.failed'), html`<p lang="en" dir="ltr">${err.message}</p>`, lang),
    );
  throw err;
}

export function notFound(req: FastifyRequest, reply: FastifyReply, message: string): FastifyReply {
  if (req.url.startsWith('/api/')) return json(reply.code(404), { error: 'not_found', message });
  return page(
    reply,
    404,
    messagePage('Not found', html`<p>${message}</p><p><a href="/">Tracked cases</a></p>`),
  );
}

/**
 * JSON with `<`, `>`, `&` and line separators escaped, so no docket text can be read as markup, and
 * every link (a field named `url` or `…Url`) an absolute http(s) URL or `null` (`safeUrl`): a
 * `javascript:` document URL as stored never reaches a client.
 */
export function json(reply: FastifyReply, value: unknown): FastifyReply {
  const links = (key: string, v: unknown) => (typeof v === 'string' && /url$/i.test(key) ? safeUrl(v) : v);
  const text = JSON.stringify(value, links).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return reply.type('application/json; charset=utf-8').header('cache-control', 'no-cache').send(text);
}

export function field(v: unknown): string | null {
  return typeof v === 'string' ? v.slice(0, 2000) : null;
}

export type CaseParams = { court: string; docket: string };

/** The case at `/cases/:court/:docket`, or a 404 page (and `null`). */
export async function loadCase(
  store: Store,
  req: FastifyRequest,
  reply: FastifyReply,
): Promise<CaseInfo | null> {
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
}

/** `court:docket` → the case, or `null`. */
export async function caseFromKey(store: Store, key: string): Promise<CaseInfo | null> {
  const i = key.indexOf(':');
  if (i <= 0) return null;
  return findCaseByAddress(store.db, key.slice(0, i), key.slice(i + 1));
}

/**
 * The language a page is shown in: `?lang=` (or a form's `language`), else the browser's
 * Accept-Language when docketwatch writes in it, else English.
 */
export function pageLanguage(req: FastifyRequest, fallback?: Language): Language {
  const query = (req.query ?? {}) as Record<string, unknown>;
  const body = (typeof req.body === 'object' && req.body !== null ? req.body : {}) as Record<string, unknown>;
  return (
    toLanguage(query.lang) ??
    toLanguage(body.language) ??
    fallback ??
    fromAcceptLanguage(req.headers['accept-language'])
  );
}

/**
 * Send what a form just queued (a confirmation) now rather than at the worker's next outbox run;
 * one run at a time per plugin, failures left to the worker's retry.
 */
export function outboxKicker({ store, mailer, now }: Pick<RouteDeps, 'store' | 'mailer' | 'now'>) {
  let delivering: Promise<unknown> | null = null;
  return (req: FastifyRequest): void => {
    if (!mailer || delivering) return;
    delivering = deliverOutbox(store, mailer, { limit: 50, now })
      .catch((err: unknown) => req.log.warn({ err }, 'sending the outbox failed; the worker will retry'))
      .finally(() => {
        delivering = null;
      });
  };
}
