/** The read-only JSON API: `/api/cases` and `/api/cases/:court/:docket`. */
import type { FastifyPluginAsync } from 'fastify';
import { casePosture, caseRecordViews, courtToday } from '../../deadlines/record.ts';
import { entryRefs } from '../../notify/entry-refs.ts';
import { classEndedOn, classOn } from '../../notify/language.ts';
import {
  type CaseInfo,
  caseFacts,
  findCaseByAddress,
  parseTimelineFilter,
  timeline,
  trackedCases,
} from '../data.ts';
import { type CaseParams, json, type RouteDeps } from './common.ts';

export function apiRoutes({ store, publicUrl, now }: RouteDeps): FastifyPluginAsync {
  const absolute = (path: string) => `${publicUrl}${path}`;
  return async (app) => {
    app.get('/api/cases', async (_req, reply) => {
      const cases = await trackedCases(store.db);
      return json(reply, {
        cases: cases.map((c) => ({ ...caseJson(c), url: absolute(c.path), api: absolute(`/api${c.path}`) })),
      });
    });

    app.get('/api/cases/:court/:docket', async (req, reply) => {
      const { court, docket } = req.params as CaseParams;
      const info = await findCaseByAddress(store.db, court, docket);
      if (!info)
        return json(reply.code(404), { error: 'not_found', message: 'docketwatch does not track this case' });
      const filter = parseTimelineFilter(req.query as Record<string, unknown>);
      const day = courtToday(info.court, now());
      const [posture, deadlines, entries, facts] = await Promise.all([
        casePosture(store, info.id, day),
        caseRecordViews(store, info.id, day),
        timeline(store.db, info, filter),
        caseFacts(store.db, info),
      ]);
      const refs = await entryRefs(store.db, info.id, [
        ...deadlines.map((d) => d.entry),
        ...posture.recentChanges.map((c) => c.entry),
      ]);
      const from = (key: string | null) => (key ? (refs.get(key) ?? null) : null);
      return json(reply, {
        case: {
          ...caseJson(info),
          url: absolute(info.path),
          docketUrl: facts.docketUrl,
          header: facts.header,
          headerSource: facts.headerSource,
          // The definition of who is covered in force today, and every definition with its order.
          class: classOn(facts.class, courtToday(info.court, now())),
          // The order that decertified the class, when no class is covered any more (else `null`).
          classEnded: classEndedOn(facts.class, courtToday(info.court, now())),
          classes: facts.class?.versions ?? [],
        },
        // `entry` is the store's key of an entry (for scripts); `from` says which entry it is.
        posture: {
          ...posture,
          recentChanges: posture.recentChanges.map((c) => ({ ...c, from: from(c.entry) })),
        },
        deadlines: deadlines.map((d) => ({ ...d, from: from(d.entry) })),
        entries: entries.map(({ kind, day: d, ...e }) => ({ ...e, kind, day: d })),
      });
    });
  };
}

function caseJson(c: CaseInfo) {
  return { key: c.key, court: c.court, docketNumber: c.docketNumber, name: c.name, path: c.path };
}
