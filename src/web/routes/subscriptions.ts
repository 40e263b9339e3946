/**
 * Email subscriptions: subscribe, confirm, unsubscribe (with RFC 8058 one-click) and manage.
 * Every form that changes something carries a CSRF token, except the one-click unsubscribe, whose
 * signed token is itself the proof; subscribing is rate-limited per client address.
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Store } from '../../../db/index.ts';
import { InputError } from '../../errors.ts';
import { BouncedAddressError } from '../../notify/bounces.ts';
import { ltr, t, toLanguage } from '../../notify/i18n.ts';
import {
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
} from '../../notify/subscriptions.ts';
import { signToken, TokenError, verifyToken } from '../../notify/tokens.ts';
import { trackedCases } from '../data.ts';
import { html } from '../html.ts';
import {
  checkEmailPage,
  confirmedPage,
  managePage,
  messagePage,
  subscribeForm,
  subscribePage,
  unsubscribePage,
} from '../pages.ts';
import {
  caseFromKey,
  field,
  linkProblemPage,
  noSecretPage,
  notFound,
  outboxKicker,
  page,
  pageLanguage,
  type RouteDeps,
} from './common.ts';

export function subscriptionRoutes(deps: RouteDeps): FastifyPluginAsync {
  const { store, now, notify, mailer, subscribeLimit: limit } = deps;
  return async (app) => {
    const subscriptionsOff = (reply: FastifyReply) =>
      noSecretPage(reply, 'Email updates are not set up', ', so it cannot send confirmation links');

    /** Send the confirmation now rather than at the worker's next outbox run. */
    const kickOutbox = outboxKicker({ store, mailer, now });

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
        const lang = pageLanguage(req);
        try {
          const email = field(body.email) ?? '';
          await requestSubscription(
            store,
            { email, case: info.key, audience, frequency, language: toLanguage(body.language) ?? lang },
            { publicUrl: notify.publicUrl, secret: notify.secret, now: now() },
          );
          // The same answer whether the address is new, pending, subscribed or bounced (issue #13):
          // only whoever reads that mailbox learns which, from the email (a confirmation or a manage link).
          kickOutbox(req);
          return page(reply, 200, checkEmailPage(normalizeEmail(email), info, lang));
        } catch (err) {
          if (err instanceof InvalidEmailError || err instanceof InputError) {
            return page(
              reply,
              400,
              messagePage(
                t(lang, 'form.submit'),
                subscribeForm(info, reply.generateCsrf(), err.message, lang),
                lang,
              ),
            );
          }
          throw err;
        }
      },
    );

    app.get('/subscribe', async (req, reply) => {
      const lang = pageLanguage(req);
      const key = field((req.query as Record<string, unknown>).case);
      const chosen = key ? await caseFromKey(store, key) : null;
      if (key && !chosen) return notFound(req, reply, 'docketwatch does not track this case.');
      const csrf = notify ? reply.generateCsrf() : null;
      return page(reply, 200, subscribePage(await trackedCases(store.db), chosen, csrf, lang, req.url));
    });

    app.get('/confirm', async (req, reply) => {
      if (!notify) return subscriptionsOff(reply);
      const token = field((req.query as Record<string, unknown>).token) ?? '';
      try {
        // Confirming queues the welcome (the case's posture now, the manage link) with the activation.
        const s = await confirmSubscription(store, token, notify.secret, now(), {
          publicUrl: notify.publicUrl,
          unsubscribeMailto: notify.unsubscribeMailto,
        });
        kickOutbox(req);
        const info = await caseFromKey(store, s.case);
        const lang = pageLanguage(req, s.language);
        const manage = signToken({ purpose: 'manage', subject: s.id }, notify.secret, now());
        return page(reply, 200, confirmedPage(s, info, `/manage?token=${manage}&lang=${lang}`, lang));
      } catch (err) {
        return linkProblem(reply, err);
      }
    });

    /**
     * A GET of an emailed link: the page `render` makes of the subscription its token names for
     * `purpose` (`null` when it is gone), or the page saying why the link does not work.
     */
    const linkPage =
      (
        purpose: 'unsubscribe' | 'manage',
        render: (
          token: string,
          s: SubscriptionView | null,
          req: FastifyRequest,
          reply: FastifyReply,
        ) => string | Promise<string>,
      ) =>
      async (req: FastifyRequest, reply: FastifyReply) => {
        if (!notify) return subscriptionsOff(reply);
        const token = field((req.query as Record<string, unknown>).token) ?? '';
        try {
          const { subject } = verifyToken(token, purpose, notify.secret, now());
          return page(reply, 200, await render(token, await subscriptionById(store, subject), req, reply));
        } catch (err) {
          return linkProblem(reply, err);
        }
      };

    app.get(
      '/unsubscribe',
      linkPage('unsubscribe', async (token, s, req) =>
        unsubscribePage(
          token,
          s,
          pageLanguage(req, s?.language),
          s ? await caseFromKey(store, s.case) : null,
        ),
      ),
    );

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
        const lang = pageLanguage(req, s?.language);
        const info = s ? await caseFromKey(store, s.case) : null;
        const title = info?.name ? `${info.name} (${s!.case})` : (s?.case ?? '');
        return page(
          reply,
          200,
          messagePage(
            t(lang, 'unsubscribe.done'),
            html`<p>${s ? t(lang, 'unsubscribe.doneBody', { email: ltr(lang, s.email), title: ltr(lang, title) }) : ''}</p>`,
            lang,
          ),
        );
      } catch (err) {
        if (oneClick && (err instanceof TokenError || err instanceof SubscriptionNotFoundError)) {
          return reply.code(400).type('text/plain; charset=utf-8').send(`${err.message}\n`);
        }
        return linkProblem(reply, err);
      }
    });

    app.get(
      '/manage',
      linkPage('manage', async (token, s, req, reply) => {
        if (!s) throw new SubscriptionNotFoundError('this subscription no longer exists; subscribe again');
        return managePage(
          s,
          await caseFromKey(store, s.case),
          token,
          unsubscribeToken(s),
          reply.generateCsrf(),
          false,
          pageLanguage(req, s.language),
        );
      }),
    );

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
            language: toLanguage(body.language) ?? s.language,
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
            updated.subscription.language,
          ),
        );
      } catch (err) {
        return linkProblem(reply, err);
      }
    });

    const unsubscribeToken = (s: SubscriptionView) =>
      signToken({ purpose: 'unsubscribe', subject: s.id }, notify!.secret, now());
  };
}

function frequencyOf(v: string | null): Frequency {
  return v === 'immediate' || v === 'weekly' ? v : 'daily';
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

function linkProblem(reply: FastifyReply, err: unknown): FastifyReply {
  if (
    err instanceof SubscriptionNotFoundError ||
    err instanceof BouncedAddressError ||
    err instanceof InvalidEmailError
  ) {
    const lang = pageLanguage(reply.request);
    return page(
      reply,
      404,
      messagePage(t(lang, 'problem.notFound'), html`<p lang="en" dir="ltr">${err.message}.</p>`, lang),
    );
  }
  return linkProblemPage(reply, err, {
    expired: 'problem.subscription.expired',
    invalid: 'problem.subscription.invalid',
  });
}
