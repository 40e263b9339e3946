/**
 * The national day's replay courts: one HTTP server per court on 127.0.0.1 (each its own port, so
 * the worker's per-host politeness applies per court, as it does to real courts), serving that
 * court's `rss_outside.pl` as it reads at court time. Court time runs `acceleration` times faster
 * than real time from `begin()`; before that the feeds are as they were just before the day.
 *
 * A feed holds the items of the last `windowMs` of court time (real CM/ECF feeds hold 24 hours;
 * a shorter window keeps the replay's CPU for the worker while still covering several polls), its
 * `lastBuildDate` is its newest item, and a conditional GET is answered 304. Every request waits
 * `latencyMs` before it is answered, as a court's server far away would.
 *
 * A court's feed carries each entry's short description only, and docketwatch announces an entry
 * once its docket text is known (docs/notifications.md), so each tracked case's docket report is
 * served too, at an address of its own (as a public mirror of the report would be; one port per
 * case, so that polling a court's many tracked cases is not throttled as one host), with the same
 * latency and conditional GET.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DateTime } from 'luxon';
import type { Court } from '../../src/courts.ts';
import { type DistrictEntry, linkDocId, type ReplayHistory } from '../../src/demo/history.ts';
import { renderDistrictDocket, rfc822 } from '../../src/demo/render.ts';
import type { DayItem, NationalDay, TrackedCase } from './day.ts';

export interface NationalCourts {
  /** Feed address per court id. */
  feeds: Map<string, string>;
  /** Docket report address per tracked case (index in `day.tracked`). */
  dockets: string[];
  /** Start the day now: court time `day.start` at this instant, then `acceleration`× real time. */
  begin(): void;
  /** Court time now (before `begin`: just before the day). */
  courtNow(): number;
  /** Real instant (ms since epoch) an item became visible, or null before `begin`. */
  publishedAt(item: DayItem): number | null;
  /**
   * Real instant a tracked item was first answered in its case's docket report (the worker had
   * its docket text from then on), or null if no report carried it.
   */
  reportedAt(item: DayItem): number | null;
  /** Requests answered, of them 304s, and the earliest of each feed's and report's latest request (real ms). */
  stats(): { requests: number; notModified: number; allRequestedAfter: number };
  close(): Promise<void>;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The first index in `items` (sorted by `at`) with `at > t`. */
function after(items: readonly DayItem[], t: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.at <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export async function startNationalCourts(
  day: NationalDay,
  options: { acceleration: number; latencyMs: number; windowMs: number },
): Promise<NationalCourts> {
  let begun: number | null = null;
  const courtNow = () =>
    begun === null ? day.start - 1 : day.start + (Date.now() - begun) * options.acceleration;
  let requests = 0;
  let notModified = 0;
  const servers: Server[] = [];
  const feeds = new Map<string, string>();
  const lastRequest = new Map<string, number>(day.courts.map((c) => [c.id, 0]));
  const byCourt = new Map<string, DayItem[]>();
  const byCase = new Map<number, DayItem[]>();
  for (const item of day.items) {
    if (item.tracked >= 0) byCase.set(item.tracked, [...(byCase.get(item.tracked) ?? []), item]);
    const list = byCourt.get(item.court) ?? [];
    list.push(item);
    byCourt.set(item.court, list);
  }
  for (const court of day.courts) {
    const items = byCourt.get(court.id) ?? [];
    const xml = new Map<number, string>();
    let origin = '';
    const itemXml = (item: DayItem): string => {
      let s = xml.get(item.id);
      if (s === undefined) {
        const docket = `${origin}/cgi-bin/DktRpt.pl?${item.caseId}`;
        let description = `[${item.shortDescription}]`;
        if (item.number !== null && item.docId !== null) {
          const doc = `${origin}/doc1/${linkDocId(item.docId!)}?caseid=${item.caseId}&de_seq_num=${item.seqNo}`;
          description += ` (<a href='${doc}'>${item.number}</a>)`;
        }
        s = [
          '<item>',
          `<title>${escapeXml(`${item.docket} ${item.caseName}`)}</title>`,
          `<link>${escapeXml(docket)}</link>`,
          `<description>${escapeXml(description)}</description>`,
          `<guid isPermaLink="true">${escapeXml(`${docket}&${item.seqNo}`)}</guid>`,
          `<pubDate>${rfc822(item.at, court.tz)}</pubDate>`,
          '</item>',
        ].join('\n');
        xml.set(item.id, s);
      }
      return s;
    };
    const server = createServer((req, res) => {
      requests++;
      lastRequest.set(court.id, Date.now());
      const now = courtNow();
      const last = after(items, now);
      const first = after(items, now - options.windowMs);
      const built = last > 0 ? items[last - 1]!.at : day.start - 3_600_000;
      const etag = `"${court.id}-${first}-${last}"`;
      setTimeout(() => {
        if (!req.url?.startsWith('/cgi-bin/rss_outside.pl')) {
          res.writeHead(404).end();
          return;
        }
        if (req.headers['if-none-match'] === etag) {
          notModified++;
          res.writeHead(304, { etag }).end();
          return;
        }
        const body = [
          '<?xml version="1.0" encoding="ISO-8859-1"?>',
          '<rss version="2.0">',
          '<channel>',
          `<title>${escapeXml(court.name)} - Recent Entries</title>`,
          `<link>${escapeXml(origin)}</link>`,
          '<description>All docket entries</description>',
          `<lastBuildDate>${rfc822(built, court.tz)}</lastBuildDate>`,
          // Newest first, as CM/ECF lists them.
          ...items.slice(first, last).reverse().map(itemXml),
          '</channel>',
          '</rss>',
          '',
        ].join('\n');
        res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(Buffer.from(body, 'latin1'));
      }, options.latencyMs);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    feeds.set(court.id, `${origin}/cgi-bin/rss_outside.pl`);
    servers.push(server);
  }
  const dockets: string[] = [];
  const reported = new Map<number, number>();
  const courtById = new Map(day.courts.map((c) => [c.id, c]));
  for (const [k, t] of day.tracked.entries()) {
    const history = caseHistory(t, courtById.get(t.court)!, byCase.get(k) ?? []);
    let origin = '';
    lastRequest.set(`case ${k}`, 0);
    const server = createServer((req, res) => {
      requests++;
      lastRequest.set(`case ${k}`, Date.now());
      const now = courtNow();
      const rendered = renderDistrictDocket(history, origin, now);
      const etag = `"${k}-${rendered.lastModified}"`;
      setTimeout(() => {
        if (req.headers['if-none-match'] === etag) {
          notModified++;
          res.writeHead(304, { etag }).end();
          return;
        }
        for (const item of byCase.get(k) ?? [])
          if (item.at <= now && !reported.has(item.id)) reported.set(item.id, Date.now());
        res.writeHead(200, { 'content-type': 'text/html', etag }).end(Buffer.from(rendered.body, 'latin1'));
      }, options.latencyMs);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    dockets.push(`${origin}/cgi-bin/DktRpt.pl?${t.caseId}`);
    servers.push(server);
  }
  return {
    feeds,
    dockets,
    begin() {
      begun = Date.now();
    },
    courtNow,
    publishedAt: (item) => (begun === null ? null : begun + (item.at - day.start) / options.acceleration),
    reportedAt: (item) => reported.get(item.id) ?? null,
    stats: () => ({ requests, notModified, allRequestedAfter: Math.min(...lastRequest.values()) }),
    async close() {
      for (const s of servers) {
        s.closeAllConnections();
        await new Promise((r) => s.close(r));
      }
    },
  };
}

/** A tracked case as a replay history, for the demo's district docket report renderer. */
function caseHistory(t: TrackedCase, court: Court, items: DayItem[]): ReplayHistory {
  const entries = items.map((item): DistrictEntry => {
    const local = DateTime.fromMillis(item.at, { zone: court.tz });
    return {
      number: item.number,
      dateFiled: local.toISODate()!,
      time: local.toFormat('HH:mm'),
      shortDescription: item.shortDescription,
      // The docket text begins with the event's name in capitals, as CM/ECF's does.
      text: `${item.shortDescription.replace(/ ndw[a-z]+$/, '').toUpperCase()} (${item.shortDescription.split(' ').at(-1)}).`,
      publishedAt: item.at,
      seqNo: item.seqNo,
      docId: item.docId,
    };
  });
  return {
    about: 'national day bench',
    court: court.id,
    courtName: court.name,
    zone: court.tz,
    docketNumber: t.docket,
    docketNumberFull: t.docket,
    caseName: t.name,
    people: null,
    pacerCaseId: t.caseId,
    assignedTo: 'Judge Example',
    referredTo: '',
    dateFiled: entries[0]?.dateFiled ?? '2026-11-16',
    cause: '28:1331 Federal Question',
    natureOfSuit: '440 Civil Rights: Other',
    jurisdiction: 'Federal Question',
    parties: [],
    attorneys: {},
    feed: 'all',
    entries,
    appeals: [],
    warnings: [],
  };
}
