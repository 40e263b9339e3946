/**
 * Saved searches on the web: the "track this case" link from a proposal email (GET shows the case
 * and one button; only the POST, with the page's CSRF token, tracks it — a mail scanner following
 * the link changes nothing), the link to stop a search's emails, and the maintainers' Track and
 * Dismiss buttons on `/admin` (a session or bearer token, and CSRF).
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Store } from '../../../db/index.ts';
import { LinkUsedError, readStopLink, readTrackLink, useTrackLink } from '../../searches/propose.ts';
import {
  dismissMatch,
  listSearches,
  MatchNotFoundError,
  removeSearchSubscriber,
  trackMatch,
} from '../../searches/searches.ts';
import { html } from '../html.ts';
import { messagePage } from '../pages.ts';
import { stopPage, trackPage } from '../search-pages.ts';
import { field, linkProblemPage, noSecretPage, page, type RouteDeps } from './common.ts';

export function searchLinkRoutes({ store, now, notify }: RouteDeps): FastifyPluginAsync {
  return async (app) => {
    const off = (reply: FastifyReply) => noSecretPage(reply, 'Links are not set up');
    const tokenOf = (req: FastifyRequest) =>
      field((req.query as Record<string, unknown>).token) ??
      field(((req.body ?? {}) as Record<string, unknown>).token) ??
      '';

    app.get('/track', async (req, reply) => {
      if (!notify) return off(reply);
      const token = tokenOf(req);
      try {
        const { match } = await readTrackLink(store, token, notify.secret, now());
        return page(reply, 200, trackPage(match, token, reply.generateCsrf()));
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
          return reply.redirect(tracked.path, 303);
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
        return page(reply, 200, stopPage(search, email, token, reply.generateCsrf()));
      } catch (err) {
        return linkProblem(reply, err);
      }
    });

    app.post('/searches/stop', { preHandler: app.csrfProtection }, async (req, reply) => {
      if (!notify) return off(reply);
      try {
        const { searchId, email } = readStopLink(tokenOf(req), notify.secret, now());
        await removeSearchSubscriber(store, searchId, email);
        return page(
          reply,
          200,
          messagePage('Stopped', html`<p>${email} will not get this saved search's emails any more.</p>`),
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
        else await dismissMatch(store, id, 'admin', now());
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
    app.post('/admin/searches/matches/:id/track', options, decide('track'));
    app.post('/admin/searches/matches/:id/dismiss', options, decide('dismiss'));
  };
}

function gone(reply: FastifyReply): FastifyReply {
  return page(
    reply,
    410,
    messagePage('This saved search was removed', html`<p>Nothing more will be sent for it.</p>`),
  );
}

function linkProblem(reply: FastifyReply, err: unknown): FastifyReply {
  if (err instanceof LinkUsedError)
    return page(reply, 409, messagePage('This link was used already', html`<p>${err.message}.</p>`));
  if (err instanceof MatchNotFoundError) return gone(reply);
  return linkProblemPage(reply, err, {
    expired: 'The maintainers can still track the case from their page.',
    invalid: 'Copy the whole link from the email.',
  });
}
