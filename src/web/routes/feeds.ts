/** A case's calendar (`calendar.ics`) and Atom feed (`feed.atom`). */
import type { FastifyPluginAsync } from 'fastify';
import type { Kysely } from 'kysely';
import { readCaseDetails } from '../../../db/case-details.ts';
import type { Database } from '../../../db/schema.ts';
import { docketCoverage } from '../../../db/sources.ts';
import { caseRecordsAsOf, courtToday, listDeadlineRecords } from '../../deadlines/record.ts';
import { parseEvent } from '../../model/events.ts';
import { postureAt } from '../../notify/events.ts';
import { toLanguage } from '../../notify/i18n.ts';
import { classOn } from '../../notify/language.ts';
import { protectionChanges, protectionLine } from '../../notify/protection.ts';
import { type AppealStep, type CalendarAudience, caseCalendar, keyDates, mandateDates } from '../calendar.ts';
import { NO_FILTER, timeline } from '../data.ts';
import { caseFeed } from '../feed.ts';
import { html } from '../html.ts';
import { keyDatesPage, messagePage } from '../pages.ts';
import { loadCase, page, pageLanguage, type RouteDeps } from './common.ts';

/** The steps of a case's appeals that date or end its mandates (`mandateDates`), oldest first. */
async function appealSteps(db: Kysely<Database>, caseId: number): Promise<AppealStep[]> {
  const rows = await db
    .selectFrom('events')
    .select(['id', 'type', 'entry_key', 'payload'])
    .where('case_id', '=', caseId)
    .where('type', 'in', ['appeal.rehearing_denied', 'appeal.mandate', 'appeal.mandate_stayed'])
    .orderBy('id')
    .execute();
  return rows.flatMap((r) => {
    const parsed = parseEvent(r.type, r.payload);
    if (!parsed?.type.startsWith('appeal.')) return [];
    const p = parsed.payload as { date: string; mandateDue?: string };
    return [
      {
        id: r.id,
        type: r.type,
        docket: /^appeal:\d+(?=:)/.exec(r.entry_key ?? '')?.[0] ?? '',
        date: p.date.slice(0, 10),
        ...(p.mandateDue ? { mandateDue: p.mandateDue } : {}),
      },
    ];
  });
}

/** A real day written YYYY-MM-DD. */
function isDay(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s));
}

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
      const [records, details, steps] = await Promise.all([
        listDeadlineRecords(store, info.id),
        readCaseDetails(store.db, info.id),
        appealSteps(store.db, info.id),
      ]);
      const body = caseCalendar({
        mandates: mandateDates(steps),
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
    // `?as-of=YYYY-MM-DD`: the page as it stood that day (the records, what was in force, the orders so far).
    app.get('/cases/:court/:docket/key-dates', async (req, reply) => {
      const info = await loadCase(store, req, reply);
      if (!info) return;
      const lang = pageLanguage(req);
      const asked = (req.query as { 'as-of'?: unknown })['as-of'];
      const asOf = typeof asked === 'string' && isDay(asked) ? asked : null;
      if (asked !== undefined && asOf === null)
        return page(
          reply,
          400,
          messagePage('Not a day', html`<p>The as-of date is not a day (YYYY-MM-DD).</p>`, lang, req.url),
        );
      const today = asOf ?? courtToday(info.court, now());
      const [stored, details, posture] = await Promise.all([
        listDeadlineRecords(store, info.id),
        readCaseDetails(store.db, info.id),
        postureAt(store.db, info.id, today),
      ]);
      const records = asOf ? await caseRecordsAsOf(store, info.id, asOf) : stored;
      const docket = await docketCoverage(store.db, info.id);
      const changes = await protectionChanges(store.db, info.id, today, new Set(stored.map((r) => r.id)));
      return page(
        reply,
        200,
        keyDatesPage({
          info,
          dates: keyDates(records, lang, classOn(details.class, today), today),
          people: details.class,
          today,
          lang,
          path: req.url,
          icsUrl: absolute(`${info.path}/calendar.ics?audience=advocate&lang=${lang}`),
          asOf,
          inForce: posture.inForce,
          changes: changes.map((c) => ({ date: c.date, ...protectionLine(lang, c, info.court) })),
          docket,
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
