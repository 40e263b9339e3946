/** Case pages: the home page (tracked cases) and `/cases/:court/:docket`. */
import type { FastifyPluginAsync } from 'fastify';
import { listEntryReviews } from '../../../db/entry-reviews.ts';
import { docketCoverage } from '../../../db/sources.ts';
import { casePosture, courtToday } from '../../deadlines/record.ts';
import { caseDocuments } from '../../documents/store.ts';
import { caseFacts, caseSources, linkedCases, parseTimelineFilter, timeline, trackedCases } from '../data.ts';
import { casePage, homePage } from '../pages.ts';
import { loadCase, page, pageLanguage, type RouteDeps } from './common.ts';

export function caseRoutes({ store, now, notify }: RouteDeps): FastifyPluginAsync {
  return async (app) => {
    app.get('/', async (req, reply) =>
      page(reply, 200, homePage(await trackedCases(store.db), pageLanguage(req), req.url)),
    );

    app.get('/cases/:court/:docket', async (req, reply) => {
      const info = await loadCase(store, req, reply);
      if (!info) return;
      const filter = parseTimelineFilter(req.query as Record<string, unknown>);
      const [posture, entries, coverage, docket, needsReview, documents, linked, facts] = await Promise.all([
        casePosture(store, info.id, courtToday(info.court, now())),
        timeline(store.db, info, filter),
        caseSources(store.db, info),
        docketCoverage(store.db, info.id),
        listEntryReviews(store.db, info.id),
        caseDocuments(store, info.id),
        linkedCases(store.db, info),
        caseFacts(store.db, info),
      ]);
      const csrf = notify ? reply.generateCsrf() : null;
      return page(
        reply,
        200,
        casePage({
          info,
          posture,
          timeline: entries,
          filter,
          coverage,
          docket,
          now: now(),
          csrf,
          needsReview,
          linked,
          lang: pageLanguage(req),
          path: req.url,
          documents,
          facts,
        }),
      );
    });
  };
}
