/**
 * The replay court: a local HTTP server that publishes a case's history (Hamama v. Adducci unless
 * told otherwise) as its district court and its courts of appeals would, at the court time its
 * clock says. Pages are rendered per request from the
 * history and the clock (`render.ts`); responses carry CM/ECF-like headers, a strong ETag (a hash
 * of the bytes) and a Last-Modified (the court instant the content last changed), and answer a
 * matching conditional GET with 304. Requests are counted per route so a test can check how often
 * each source was polled.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TimeoutError } from '../errors.ts';
import { CourtClock } from './court-clock.ts';
import { hamamaHistory, publicationTimes, type ReplayHistory } from './history.ts';
import {
  appellateDocketPath,
  docketPath,
  type FeedOptions,
  PATHS,
  type Rendered,
  renderAppellateDocket,
  renderDistrictDocket,
  renderDocument,
  renderFeed,
} from './render.ts';

export const ROUTES = [
  'feed',
  'docket',
  'document',
  'appellate-docket',
  'appellate-document',
  'status',
  'not-found',
] as const;
export type RouteName = (typeof ROUTES)[number];

export interface RouteStats {
  requests: number;
  /** Of those, answered 304 Not Modified. */
  notModified: number;
}

export interface ReplayCourtOptions {
  clock?: CourtClock;
  history?: ReplayHistory;
  host?: string;
  port?: number;
  feed?: FeedOptions;
}

export interface ReplayCourt {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** Full addresses of the pages a watcher polls; `appeals` in the order of `history.appeals`. */
  urls: { feed: string; docket: string; appeals: string[] };
  clock: CourtClock;
  history: ReplayHistory;
  /** Requests per route since the start (or the last `resetStats`). */
  stats(): Record<RouteName, RouteStats>;
  resetStats(): void;
  /** Resolves on the next request to `route` (after the call), or rejects after `timeoutMs`. */
  waitForRequest(route: RouteName, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * A clock for the shipped history: `max` speed unless told otherwise. It starts when the case's
 * first entry is published — before that a court serves no docket for it, and a watcher polling
 * it would only see "case not found".
 */
export function replayClock(
  options: { speed?: number | 'max'; start?: string | Date; history?: ReplayHistory } = {},
): CourtClock {
  const history = options.history ?? hamamaHistory();
  const publications = publicationTimes(history);
  return new CourtClock({
    speed: options.speed ?? 'max',
    zone: history.zone,
    start: options.start ?? new Date(publications[0]!),
    publications,
  });
}

/** Characters outside Latin-1 become character references: CM/ECF pages are ISO-8859-1. */
function latin1(text: string): Buffer {
  return Buffer.from(
    text.replace(/[\u0100-\u{10ffff}]/gu, (c) => `&#${c.codePointAt(0)};`),
    'latin1',
  );
}

function emptyStats(): Record<RouteName, RouteStats> {
  return Object.fromEntries(ROUTES.map((r) => [r, { requests: 0, notModified: 0 }])) as Record<
    RouteName,
    RouteStats
  >;
}

function etagOf(body: Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** RFC 9110: If-None-Match wins; If-Modified-Since counts only without it, at one-second precision. */
function notModified(req: IncomingMessage, etag: string, lastModified: number): boolean {
  const inm = req.headers['if-none-match'];
  if (inm !== undefined) {
    return inm
      .split(',')
      .map((t) => t.trim().replace(/^W\//, ''))
      .some((t) => t === '*' || t === etag);
  }
  const ims = req.headers['if-modified-since'];
  if (ims === undefined) return false;
  const since = Date.parse(ims);
  return Number.isFinite(since) && Math.floor(lastModified / 1000) <= Math.floor(since / 1000);
}

export async function startReplayCourt(options: ReplayCourtOptions = {}): Promise<ReplayCourt> {
  const history = options.history ?? hamamaHistory();
  const clock = options.clock ?? replayClock({ history });
  const host = options.host ?? '127.0.0.1';
  const appellateCourts = new Set(history.appeals.map((a) => a.court));
  let stats = emptyStats();
  const waiters = new Map<RouteName, Set<() => void>>();
  let origin = '';

  function count(route: RouteName, was304: boolean): void {
    stats[route].requests++;
    if (was304) stats[route].notModified++;
    const pending = waiters.get(route);
    if (pending) {
      waiters.delete(route);
      for (const wake of pending) wake();
    }
  }

  function send(req: IncomingMessage, res: ServerResponse, route: RouteName, page: Rendered): void {
    const charset = page.contentType.startsWith('application/json') ? 'utf-8' : 'ISO-8859-1';
    const body = charset === 'utf-8' ? Buffer.from(page.body, 'utf8') : latin1(page.body);
    const etag = etagOf(body);
    const headers = {
      'Content-Type': `${page.contentType}; charset=${charset}`,
      ETag: etag,
      'Last-Modified': new Date(page.lastModified).toUTCString(),
      'Cache-Control': 'no-cache',
      Server: 'Apache',
      'X-Court-Time': clock.now().toISOString(),
    };
    const was304 = notModified(req, etag, page.lastModified);
    count(route, was304);
    if (was304) {
      res.writeHead(304, headers).end();
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Length': body.byteLength });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  function notFound(res: ServerResponse, route: RouteName, message: string): void {
    count(route, false);
    const body = latin1(
      `<html><head><title>Not Found</title></head><body><p>Error: ${message}</p></body></html>\n`,
    );
    res
      .writeHead(404, {
        'Content-Type': 'text/html; charset=ISO-8859-1',
        'Content-Length': body.byteLength,
        Server: 'Apache',
      })
      .end(body);
  }

  function handle(req: IncomingMessage, res: ServerResponse): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain' }).end('method not allowed\n');
      return;
    }
    const url = new URL(req.url ?? '/', origin);
    const now = clock.nowMs();
    const path = url.pathname;
    if (path === PATHS.feed) {
      send(req, res, 'feed', renderFeed(history, origin, now, clock.start, options.feed));
    } else if (path === PATHS.docket) {
      const caseId = /^\?(\d+)/.exec(url.search)?.[1] ?? url.searchParams.get('caseid');
      if (caseId !== history.pacerCaseId || !history.entries.some((e) => e.publishedAt <= now)) {
        notFound(res, 'docket', 'Case not found.');
      } else send(req, res, 'docket', renderDistrictDocket(history, origin, now));
    } else if (path.startsWith(PATHS.document)) {
      const page = renderDocument(history, now, null, path.slice(PATHS.document.length));
      if (page) send(req, res, 'document', page);
      else notFound(res, 'document', 'Document not available.');
    } else if (appellateCourts.has(path.split('/')[1] ?? '')) {
      const court = path.split('/')[1]!;
      if (path === PATHS.appellateDocket(court)) {
        const caseNum = url.searchParams.get('caseNum');
        const appeal = history.appeals.find((a) => a.court === court && a.docketNumber === caseNum);
        if (!appeal?.entries.some((e) => e.publishedAt <= now)) {
          notFound(res, 'appellate-docket', 'Case not found.');
        } else send(req, res, 'appellate-docket', renderAppellateDocket(history, appeal, origin, now));
      } else if (path.startsWith(PATHS.appellateDocument(court))) {
        const page = renderDocument(history, now, court, path.slice(PATHS.appellateDocument(court).length));
        if (page) send(req, res, 'appellate-document', page);
        else notFound(res, 'appellate-document', 'Document not available.');
      } else notFound(res, 'not-found', 'Incomplete request.');
    } else if (path === '/_replay/status') {
      const next = clock.next();
      const status = {
        courtTime: clock.now().toISOString(),
        courtTimeLocal: clock.describe(),
        speed: clock.speed,
        next: next?.toISOString() ?? null,
        done: next === null,
        ...clock.progress(),
      };
      send(req, res, 'status', {
        body: `${JSON.stringify(status)}\n`,
        contentType: 'application/json',
        lastModified: now,
      });
    } else {
      notFound(res, 'not-found', 'Incomplete request.');
    }
  }

  const server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch (err) {
      res.writeHead(500, { 'Content-Type': 'text/plain' }).end('internal error\n');
      server.emit('error', err);
    }
  });
  server.requestTimeout = 10_000;
  server.headersTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  return {
    url: origin,
    urls: {
      feed: `${origin}${PATHS.feed}`,
      docket: `${origin}${docketPath(history.pacerCaseId)}`,
      appeals: history.appeals.map((a) => `${origin}${appellateDocketPath(a.court, a.docketNumber)}`),
    },
    clock,
    history,
    stats: () => structuredClone(stats),
    resetStats: () => {
      stats = emptyStats();
    },
    waitForRequest(route, timeoutMs = 30_000) {
      return new Promise<void>((resolve, reject) => {
        const set = waiters.get(route) ?? new Set();
        waiters.set(route, set);
        const timer = setTimeout(() => {
          set.delete(wake);
          reject(new TimeoutError(`no request to the ${route} route within ${timeoutMs} ms`, timeoutMs));
        }, timeoutMs);
        const wake = (): void => {
          clearTimeout(timer);
          resolve();
        };
        set.add(wake);
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
