/**
 * The maintainers' page (`/admin`): source health, the outbox, subscriptions and deadline records.
 * The admin token is compared in constant time and never written into a page; a login sets a
 * signed session cookie scoped to `/admin`. Both ways in are rate-limited per client address.
 */

import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { unlinkedAppeals } from '../../../db/case-links.ts';
import { countEntryReviews } from '../../../db/entry-reviews.ts';
import { caseRecordViews, courtToday } from '../../deadlines/record.ts';
import { outboxCounts } from '../../notify/outbox.ts';
import { maintainerQueue } from '../../searches/propose.ts';
import { listSearches } from '../../searches/searches.ts';
import { sourceHealth, trackedCases } from '../data.ts';
import { html } from '../html.ts';
import { adminLoginPage, adminPage, messagePage } from '../pages.ts';
import { adminAppealSection, adminSearchSection } from '../search-pages.ts';
import { field, page, type RouteDeps } from './common.ts';
import { adminDocumentUpload } from './documents.ts';
import { adminSearchRoutes } from './searches.ts';

const ADMIN_COOKIE = 'dw_admin';
const ADMIN_SESSION_MS = 8 * 3600_000;

export function adminRoutes({ store, now, secure, adminToken }: RouteDeps): FastifyPluginAsync {
  return async (app) => {
    const adminSession = (exp: number) =>
      createHmac('sha256', adminToken!).update(`docketwatch admin session ${exp}`).digest('base64url');
    const isAdmin = (req: FastifyRequest): boolean => {
      if (!adminToken) return false;
      const auth = req.headers.authorization;
      if (auth?.startsWith('Bearer '))
        return sameSecret(Buffer.from(auth.slice(7).trim(), 'utf8'), adminToken);
      const cookie = req.cookies[ADMIN_COOKIE];
      const m = cookie ? /^(\d{10,16})\.([A-Za-z0-9_-]{43})$/.exec(cookie) : null;
      if (!m) return false;
      const exp = Number(m[1]);
      return (
        exp > now().getTime() &&
        sameSecret(Buffer.from(m[2]!, 'utf8'), Buffer.from(adminSession(exp), 'utf8'))
      );
    };
    const adminDisabled = (reply: FastifyReply) =>
      page(
        reply,
        404,
        messagePage('Maintainers’ page disabled', html`<p>Set DOCKETWATCH_ADMIN_TOKEN to turn it on.</p>`),
      );

    // Every look at /admin counts, right token or wrong: a client past the limit is refused even
    // with the right token, so the answers cannot confirm a guess.
    app.get('/admin', { config: { rateLimit: { max: 20, timeWindow: 60_000 } } }, async (req, reply) => {
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
      const toRead = await countEntryReviews(store.db);
      for (const info of cases)
        records.push({
          info,
          views: await caseRecordViews(store, info.id, courtToday(info.court, now())),
          needsReview: toRead.get(info.id) ?? 0,
        });
      const csrf = reply.generateCsrf();
      return page(
        reply,
        200,
        adminPage({
          searches: html`${adminSearchSection(await listSearches(store), await maintainerQueue(store), csrf)}${adminAppealSection(await unlinkedAppeals(store.db), csrf)}`,
          sources: await sourceHealth(store.db, now()),
          outbox: await outboxCounts(store),
          subscriptions: Object.fromEntries(subs.map((s) => [s.status, Number(s.n)])),
          cases,
          records,
          now: now(),
          csrf,
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

    // A court document for an entry (multipart, parsed only on this route's plugin; see documents.ts).
    await app.register(adminDocumentUpload({ store, isAdmin }));
    // Saved searches' proposals: Track and Dismiss.
    await app.register(adminSearchRoutes({ store, now, isAdmin }));

    app.post('/admin/logout', { preHandler: app.csrfProtection }, async (_req, reply) => {
      reply.clearCookie(ADMIN_COOKIE, { path: '/admin' });
      return reply.redirect('/', 303);
    });
  };
}

/** Compare two secrets in constant time (digests first, so lengths leak nothing). */
function sameSecret(given: Buffer, expected: Buffer): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b) && given.length === expected.length;
}
