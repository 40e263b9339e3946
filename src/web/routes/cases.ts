/** Case pages: the home page (tracked cases) and `/cases/:court/:docket`. */
import type { FastifyPluginAsync } from 'fastify';
import { listEntryReviews } from '../../../db/entry-reviews.ts';
import type { Store } from '../../../db/index.ts';
import { casePosture, courtToday } from '../../deadlines/record.ts';
import { caseDocuments } from '../../documents/store.ts';
import {
  caseFacts,
  caseSources,
  docketSpan,
  linkedCases,
  parseTimelineFilter,
  timeline,
  trackedCases,
} from '../data.ts';
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
      const [posture, entries, coverage, gaps, needsReview, documents, linked, facts, span] =
        await Promise.all([
          casePosture(store, info.id, courtToday(info.court, now())),
          timeline(store.db, info, filter),
          caseSources(store.db, info),
          openGaps(store, info.id),
          listEntryReviews(store.db, info.id),
          caseDocuments(store, info.id),
          linkedCases(store.db, info),
          caseFacts(store.db, info),
          docketSpan(store.db, info),
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
          gaps,
          now: now(),
          csrf,
          needsReview,
          linked,
          lang: pageLanguage(req),
          path: req.url,
          documents,
          facts,
          span,
        }),
      );
    });
  };
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
