/** Shared pieces of the web tests: settings with a real secret, reading forms and calendars. */
import ICAL from 'ical.js';
import { afterAll, beforeAll } from 'vitest';
import type { Store } from '../../db/index.ts';
import type { NotifySettings } from '../../src/notify/settings.ts';
import { mailerConfig } from '../../src/notify/transport.ts';
import { buildServer, type WebOptions } from '../../src/web/server.ts';
import { freshStore } from './db.ts';

export const SECRET_TEXT = 'b3f1c0de9a7e4d2f8c6b5a4e3d2c1b0a9f8e7d6c5b4a39281706f5e4d3c2b1a0';
export const SECRET = Buffer.from(SECRET_TEXT, 'utf8');
export const ADMIN_TOKEN = 'admin-token-7f3a9c2e5b1d4f6a8c0e';

export function settings(
  publicUrl: string,
  smtpUrl: string | null = null,
  outboxDir = 'outbox',
): NotifySettings {
  return {
    publicUrl,
    secret: SECRET,
    unsubscribeMailto: null,
    mailer: mailerConfig({
      smtpUrl,
      outboxDir,
      from: 'docketwatch <watch@example.org>',
      retry: { attempts: 1, baseDelayMs: 10, maxDelayMs: 10 },
    }),
  };
}

/**
 * The web server as the web tests run it over `store`: links at `publicUrl`, subscriptions on with
 * the test secret (mail queued, not sent), `/admin` behind `ADMIN_TOKEN`, the clock stopped at
 * `now`, three subscribe requests a minute; `options` changes any of that.
 */
export function testServer(store: Store, publicUrl: string, now: Date, options: Partial<WebOptions> = {}) {
  return buildServer({
    store,
    publicUrl,
    notify: settings(publicUrl),
    mailer: null,
    adminToken: ADMIN_TOKEN,
    now: () => now,
    subscribeLimit: { max: 3, windowMs: 60_000 },
    ...options,
  });
}

/**
 * A fresh SQLite store and `testServer` over it at `https://watch.example.org`, on the real clock:
 * made before the file's tests, closed after them.
 */
export function siteForFile(): {
  readonly store: Store;
  readonly app: Awaited<ReturnType<typeof testServer>>;
} {
  let store: Store | undefined;
  let app: Awaited<ReturnType<typeof testServer>> | undefined;
  beforeAll(async () => {
    store = await freshStore('sqlite');
    app = await testServer(store, 'https://watch.example.org', new Date(), { now: () => new Date() });
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });
  return {
    get store() {
      return store!;
    },
    get app() {
      return app!;
    },
  };
}

/** The value of the hidden `_csrf` field in a page. */
export function csrfOf(page: string): string {
  const m = /name="_csrf" value="([^"]+)"/.exec(page);
  if (!m) throw new Error('no CSRF field in the page');
  return m[1]!;
}

export interface CalendarEvent {
  uid: string;
  summary: string;
  start: string;
  sequence: number;
  status: string | null;
}

/** Parse an iCalendar text back with ical.js. */
export function parseCalendar(text: string): CalendarEvent[] {
  const comp = new ICAL.Component(ICAL.parse(text));
  return comp.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      summary: e.summary,
      start: e.startDate.toString(),
      sequence: e.sequence,
      status: (v.getFirstPropertyValue('status') as string | null) ?? null,
    };
  });
}
