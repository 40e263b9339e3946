/** A case's calendar (`calendar.ics`) and Atom feed (`feed.atom`). */
import type { FastifyPluginAsync } from 'fastify';
import { readCaseDetails } from '../../../db/case-details.ts';
import { courtToday, listDeadlineRecords } from '../../deadlines/record.ts';
import { toLanguage } from '../../notify/i18n.ts';
import { classOn } from '../../notify/language.ts';
import { type CalendarAudience, caseCalendar, keyDates } from '../calendar.ts';
import { NO_FILTER, timeline } from '../data.ts';
import { caseFeed } from '../feed.ts';
import { keyDatesPage } from '../pages.ts';
import { loadCase, page, pageLanguage, type RouteDeps } from './common.ts';

export function feedRoutes({ store, publicUrl, now }: RouteDeps): FastifyPluginAsync {
  const absolute = (path: string) => `${publicUrl}${path}`;
  return async (app) => {
    app.get('/cases/:court/:docket/calendar.ics', async (req, reply) => {
      const info = await loadCase(store, req, reply);
      if (!info) return;
      const audience: CalendarAudience =
        (req.query as { audience?: string }).audience === 'advocate' ? 'advocate' : 'legal';
      // The advocates' calendar is written in `?lang=` (English otherwise); the legal one in English.
      const lang = (audience === 'advocate' && toLanguage((req.query as { lang?: string }).lang)) || 'en';
      const [records, details] = await Promise.all([
        listDeadlineRecords(store, info.id),
        readCaseDetails(store.db, info.id),
      ]);
      const body = caseCalendar({
        info,
        records,
        audience,
        caseUrl: absolute(`${info.path}${lang === 'en' ? '' : `?lang=${lang}`}`),
        now: now(),
        lang,
        people: classOn(details.class, courtToday(info.court, now())),
      });
      const file = `${info.court}-${info.docketNumber.replace(/[^A-Za-z0-9-]/g, '-')}${audience === 'advocate' ? `-advocate${lang === 'en' ? '' : `-${lang}`}` : ''}.ics`;
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', `inline; filename="${file}"`)
        .header('cache-control', 'public, max-age=300')
        .send(body);
    });

    // The advocates' calendar as a page, in their language: what the .ics holds, and the link to add it.
    app.get('/cases/:court/:docket/key-dates', async (req, reply) => {
      const info = await loadCase(store, req, reply);
      if (!info) return;
      const lang = pageLanguage(req);
      const [records, details] = await Promise.all([
        listDeadlineRecords(store, info.id),
        readCaseDetails(store.db, info.id),
      ]);
      return page(
        reply,
        200,
        keyDatesPage({
          info,
          dates: keyDates(records, lang, classOn(details.class, courtToday(info.court, now()))),
          people: details.class,
          today: courtToday(info.court, now()),
          lang,
          path: req.url,
          icsUrl: absolute(`${info.path}/calendar.ics?audience=advocate&lang=${lang}`),
        }),
      );
    });

    app.get('/cases/:court/:docket/feed.atom', async (req, reply) => {
      const info = await loadCase(store, req, reply);
      if (!info) return;
      const entries = await timeline(store.db, info, NO_FILTER);
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
