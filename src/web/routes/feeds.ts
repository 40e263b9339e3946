/** A case's calendar (`calendar.ics`) and Atom feed (`feed.atom`). */
import type { FastifyPluginAsync } from 'fastify';
import { listDeadlineRecords } from '../../deadlines/record.ts';
import { type CalendarAudience, caseCalendar } from '../calendar.ts';
import { timeline } from '../data.ts';
import { caseFeed } from '../feed.ts';
import { loadCase, type RouteDeps } from './common.ts';

export function feedRoutes({ store, publicUrl, now }: RouteDeps): FastifyPluginAsync {
  const absolute = (path: string) => `${publicUrl}${path}`;
  return async (app) => {
    app.get('/cases/:court/:docket/calendar.ics', async (req, reply) => {
      const info = await loadCase(store, req, reply);
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
      const info = await loadCase(store, req, reply);
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
  };
}
