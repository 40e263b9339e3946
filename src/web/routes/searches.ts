/**
 * Saved searches on the web: the form to follow one (`/searches/new`, rate-limited, CSRF, and a
 * confirmation by email before anything starts — the link opens a page with one button), the
 * "track this case" link from a proposal email (GET shows the case and one button; only the POST,
 * with the page's CSRF token, tracks it — a mail scanner following the link changes nothing), the
 * link to stop a search's emails, and the maintainers' Track and Dismiss buttons on `/admin` (a
 * session or bearer token, and CSRF). Pages are in `?lang=` (the emails' links carry it).
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { linkAppealByHand } from '../../../db/case-links.ts';
import type { Store } from '../../../db/index.ts';
import { InputError } from '../../errors.ts';
import { normalizeDocketNumber } from '../../model/case-key.ts';
import { ltr, t } from '../../notify/i18n.ts';
import { InvalidEmailError, normalizeEmail } from '../../notify/subscriptions.ts';
import { verifyToken } from '../../notify/tokens.ts';
import {
  LinkUsedError,
  queueFollowConfirmation,
  readStopLink,
  readTrackLink,
  useTrackLink,
} from '../../searches/propose.ts';
import { QueryError } from '../../searches/query.ts';
import {
  confirmFollow,
  dismissCase,
  FollowLimitError,
  findFollowRequest,
  listSearches,
  MAX_SEARCHES_PER_ADDRESS,
  MatchNotFoundError,
  removeSearchSubscriber,
  requestFollow,
  trackMatch,
} from '../../searches/searches.ts';
import { html } from '../html.ts';
import { messagePage } from '../pages.ts';
import {
  followCheckPage,
  followConfirmPage,
  followDonePage,
  followPage,
  stopPage,
  trackPage,
} from '../search-pages.ts';
import {
  field,
  linkProblemPage,
  noSecretPage,
  outboxKicker,
  page,
  pageLanguage,
  type RouteDeps,
} from './common.ts';

export function searchLinkRoutes(deps: RouteDeps): FastifyPluginAsync {
  const { store, now, notify, mailer, subscribeLimit: limit } = deps;
  return async (app) => {
    const off = (reply: FastifyReply) => noSecretPage(reply, 'Links are not set up');
    const tokenOf = (req: FastifyRequest) =>
      field((req.query as Record<string, unknown>).token) ??
      field(((req.body ?? {}) as Record<string, unknown>).token) ??
      '';

    const kickOutbox = outboxKicker({ store, mailer, now });
    const formLimit = { rateLimit: { max: limit.max, timeWindow: limit.windowMs } };

    app.get('/searches/new', async (req, reply) => {
      const query = req.query as Record<string, unknown>;
      const input = { query: field(query.q) ?? '', name: field(query.name) ?? '' };
      const csrf = notify ? reply.generateCsrf() : null;
      return page(reply, 200, followPage(input, csrf, pageLanguage(req), req.url));
    });

    app.post('/searches/new', { config: formLimit, preHandler: app.csrfProtection }, async (req, reply) => {
      if (!notify) return off(reply);
      const body = (req.body ?? {}) as Record<string, unknown>;
      const lang = pageLanguage(req);
      const input = { query: field(body.query) ?? '', name: field(body.name) ?? '' };
      try {
        const email = field(body.email) ?? '';
        const request = await requestFollow(store, { ...input, email, language: lang }, now());
        // The same answer whether or not anything was sent: only the mailbox learns which.
        if (request) {
          await queueFollowConfirmation(store, request, notify, now());
          kickOutbox(req);
        }
        return page(reply, 200, followCheckPage(normalizeEmail(email), lang));
      } catch (err) {
        if (err instanceof InputError || err instanceof InvalidEmailError) {
          // What is wrong with the query in the page's language; with the address, in English.
          const error =
            err instanceof QueryError
              ? { lead: t(lang, 'searchForm.invalid'), text: err.say(lang), lang }
              : { lead: t(lang, 'form.invalid'), text: err.message, lang: 'en' as const };
          return page(
            reply,
            400,
            followPage({ ...input, error }, reply.generateCsrf(), lang, '/searches/new'),
          );
        }
        throw err;
      }
    });

    app.get('/searches/confirm', async (req, reply) => {
      if (!notify) return off(reply);
      const token = tokenOf(req);
      try {
        const { subject } = verifyToken(token, 'search-follow', notify.secret, now());
        const request = await findFollowRequest(store, subject);
        if (!request) return gone(reply);
        const lang = pageLanguage(req, request.language);
        if (request.confirmedAt) return page(reply, 200, followDonePage(request, lang));
        return page(reply, 200, followConfirmPage(request, token, reply.generateCsrf(), lang));
      } catch (err) {
        return linkProblem(reply, err, true);
      }
    });

    app.post(
      '/searches/confirm',
      { config: formLimit, preHandler: app.csrfProtection },
      async (req, reply) => {
        if (!notify) return off(reply);
        try {
          const { subject } = verifyToken(tokenOf(req), 'search-follow', notify.secret, now());
          const { request } = await confirmFollow(store, subject, now());
          return page(reply, 200, followDonePage(request, pageLanguage(req, request.language)));
        } catch (err) {
          return linkProblem(reply, err, true);
        }
      },
    );

    app.get('/track', async (req, reply) => {
      if (!notify) return off(reply);
      const token = tokenOf(req);
      try {
        const { match } = await readTrackLink(store, token, notify.secret, now());
        return page(reply, 200, trackPage(match, token, reply.generateCsrf(), pageLanguage(req)));
      } catch (err) {
        return linkProblem(reply, err);
      }
    });

    app.post(
      '/track',
      { config: { rateLimit: { max: 30, timeWindow: 60_000 } }, preHandler: app.csrfProtection },
      async (req, reply) => {
        if (!notify) return off(reply);
        try {
          const tracked = await useTrackLink(store, tokenOf(req), notify.secret, now());
          const lang = pageLanguage(req);
          return reply.redirect(lang === 'en' ? tracked.path : `${tracked.path}?lang=${lang}`, 303);
        } catch (err) {
          return linkProblem(reply, err);
        }
      },
    );

    app.get('/searches/stop', async (req, reply) => {
      if (!notify) return off(reply);
      const token = tokenOf(req);
      try {
        const { searchId, email } = readStopLink(token, notify.secret, now());
        const [search] = await listSearches(store).then((all) => all.filter((s) => s.id === searchId));
        if (!search) return gone(reply);
        return page(reply, 200, stopPage(search, email, token, reply.generateCsrf(), pageLanguage(req)));
      } catch (err) {
        return linkProblem(reply, err);
      }
    });

    app.post('/searches/stop', { preHandler: app.csrfProtection }, async (req, reply) => {
      if (!notify) return off(reply);
      try {
        const { searchId, email } = readStopLink(tokenOf(req), notify.secret, now());
        await removeSearchSubscriber(store, searchId, email);
        const lang = pageLanguage(req);
        return page(
          reply,
          200,
          messagePage(
            t(lang, 'stop.done'),
            html`<p>${t(lang, 'stop.doneBody', { email: ltr(lang, email) })}</p>`,
            lang,
          ),
        );
      } catch (err) {
        return linkProblem(reply, err);
      }
    });
  };
}

/** The maintainers' Track and Dismiss buttons (registered inside the admin plugin). */
export function adminSearchRoutes({
  store,
  now,
  isAdmin,
}: {
  store: Store;
  now: () => Date;
  isAdmin: (req: FastifyRequest) => boolean;
}): FastifyPluginAsync {
  return async (app) => {
    const decide = (action: 'track' | 'dismiss') => async (req: FastifyRequest, reply: FastifyReply) => {
      if (!isAdmin(req))
        return page(reply, 401, messagePage('Sign in first', html`<p><a href="/admin">Sign in</a></p>`));
      const { id } = req.params as { id: string };
      try {
        if (action === 'track') await trackMatch(store, id, 'admin', now());
        else await dismissCase(store, id, 'admin', now());
        return reply.redirect('/admin#searches-h', 303);
      } catch (err) {
        if (err instanceof MatchNotFoundError)
          return page(reply, 404, messagePage('Not found', html`<p>${err.message}</p>`));
        throw err;
      }
    };
    const options = {
      config: { rateLimit: { max: 60, timeWindow: 60_000 } },
      preHandler: app.csrfProtection,
    };
    // A maintainer says which case an appeal comes from (the appeals the section above lists).
    app.post('/admin/appeals/link', options, async (req, reply) => {
      if (!isAdmin(req))
        return page(reply, 401, messagePage('Sign in first', html`<p><a href="/admin">Sign in</a></p>`));
      const body = (req.body ?? {}) as Record<string, unknown>;
      const split = (key: string | null) => {
        const i = key?.indexOf(':') ?? -1;
        return key && i > 0 ? { court: key.slice(0, i), docket: key.slice(i + 1).trim() } : null;
      };
      const appeal = split(field(body.appeal));
      const origin = split(field(body.origin));
      const linked =
        appeal && origin
          ? await linkAppealByHand(
              store.db,
              appeal,
              {
                court: origin.court.trim().toLowerCase(),
                docket: normalizeDocketNumber(origin.docket) ?? origin.docket,
              },
              now(),
            )
          : false;
      if (!linked)
        return page(
          reply,
          400,
          messagePage(
            'Not linked',
            html`<p>Both cases must be tracked (as <code>court:docket</code>, e.g. <code>mied:2:17-cv-11910</code>), and the appeal not linked already.</p><p><a href="/admin#appeals-h">Back</a></p>`,
          ),
        );
      return reply.redirect('/admin#appeals-h', 303);
    });
    app.post('/admin/searches/matches/:id/track', options, decide('track'));
    app.post('/admin/searches/matches/:id/dismiss', options, decide('dismiss'));
  };
}

function gone(reply: FastifyReply): FastifyReply {
  const lang = pageLanguage(reply.request);
  return page(
    reply,
    410,
    messagePage(t(lang, 'problem.searchGone'), html`<p>${t(lang, 'problem.searchGoneBody')}</p>`, lang),
  );
}

function linkProblem(reply: FastifyReply, err: unknown, follow = false): FastifyReply {
  if (err instanceof FollowLimitError) {
    const lang = pageLanguage(reply.request);
    return page(
      reply,
      400,
      messagePage(
        t(lang, 'problem.failed'),
        html`<p>${t(lang, 'searchConfirm.limit', { email: ltr(lang, err.email), max: MAX_SEARCHES_PER_ADDRESS })}</p>`,
        lang,
      ),
    );
  }
  if (err instanceof LinkUsedError) {
    const lang = pageLanguage(reply.request);
    return page(
      reply,
      409,
      messagePage(t(lang, 'problem.used'), html`<p lang="en" dir="ltr">${err.message}.</p>`, lang),
    );
  }
  if (err instanceof MatchNotFoundError) return gone(reply);
  return linkProblemPage(reply, err, {
    expired: follow ? 'problem.follow.expired' : 'problem.search.expired',
    invalid: 'problem.search.invalid',
  });
}
