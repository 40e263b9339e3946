import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addCase } from '../../db/cases.ts';
import { addSource, caseCoverage, configuredSources, loadSourceState } from '../../db/sources.ts';
import { FakeClock } from '../../src/net/clock.ts';
import { HttpClient } from '../../src/net/http.ts';
import { pollAll, pollSource } from '../../src/sources/poll.ts';
import { sourceHealth } from '../../src/web/data.ts';
import { DIALECTS, describeDialect, freshStore } from '../support/db.ts';
import { startServer, type TestServer } from '../support/http-server.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../scrapers/pacer-rss/fixtures/${name}`, import.meta.url), 'latin1');
const feed = fixture('mied-partial.xml');
const later = fixture('mied-partial-later.xml');

let server: TestServer;
let mode: 'feed' | 'later' | 'error' | 'html' | 'garbage' = 'feed';
beforeAll(async () => {
  server = await startServer({
    '/cgi-bin/rss_outside.pl': (_req, res) => {
      if (mode === 'error') return void res.writeHead(500).end('Internal Server Error');
      if (mode === 'html')
        return void res.writeHead(200, { 'content-type': 'text/html' }).end('<html>login</html>');
      if (mode === 'garbage') {
        return void res
          .writeHead(200, { 'content-type': 'application/rss+xml' })
          .end('<html><body>We moved!</body></html>');
      }
      const body = mode === 'later' ? later : feed;
      res
        .writeHead(200, { 'content-type': 'application/rss+xml', etag: `"${mode}"` })
        .end(Buffer.from(body, 'latin1'));
    },
    '/hang/rss_outside.pl': () => {
      // Never answers: the poll is still fetching when the worker stops.
    },
    '/other/rss_outside.pl': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(Buffer.from(feed, 'latin1'));
    },
  });
});
afterAll(() => server.close());

// Retries back off on a fake clock: a failing poll takes no real time.
const http = () =>
  new HttpClient({ contact: 'test@example.org', clock: new FakeClock(), hostLimits: {}, random: () => 0 });

for (const dialect of DIALECTS) {
  describeDialect(dialect, 'poller', () => {
    it('fans a court feed out to tracked cases only, records coverage, the fetch log and health', async () => {
      mode = 'feed';
      const store = await freshStore(dialect);
      await addCase(store.db, 'mied', '2:17-cv-11910', { name: 'Hamama v. Adducci' });
      const id = await addSource(store.db, {
        type: 'pacer-rss',
        court: 'mied',
        case: null,
        config: { court: 'mied', feedUrl: `${server.origin}/cgi-bin/rss_outside.pl` },
      });
      const [row] = await configuredSources(store.db, id);
      const report = await pollSource(store, row!, { http: http() });
      expect(report.status).toBe('fetched');
      expect(report.error).toBeNull();
      const added = report.events.filter((e) => e.type === 'entry.added');
      expect(added.length).toBeGreaterThan(0);
      // Whitfield (2:24-cv-10701) is in the feed but not tracked: not taken.
      expect(new Set(report.events.map((e) => e.case))).toEqual(new Set(['mied:2:17-cv-11910']));
      const hamama = await store.db
        .selectFrom('cases')
        .select('id')
        .where('docket_number', '=', '2:17-cv-11910')
        .executeTakeFirstOrThrow();
      const coverage = await caseCoverage(store.db, hamama.id);
      expect(coverage).toEqual([
        expect.objectContaining({
          source: id,
          type: 'pacer-rss',
          partial: true,
          entryTypes: expect.arrayContaining(['order']),
        }),
      ]);
      const log = await store.db.selectFrom('fetch_log').selectAll().where('source_id', '=', id).execute();
      expect(log).toEqual([
        expect.objectContaining({ status: 'fetched', http_status: 200, etag: '"feed"', error: null }),
      ]);
      expect(log[0]!.bytes).toBe(Buffer.byteLength(feed, 'latin1'));
      const state = await loadSourceState(store.db, id);
      expect(state).toMatchObject({ health: 'ok', consecutive_failures: 0 });
      expect(state!.last_success_at).not.toBeNull();

      // The same feed again: the saved ETag/lastBuildDate make it a no-op.
      const again = await pollSource(store, row!, { http: http() });
      expect(again.status).toBe('not-modified');
      expect(again.events).toEqual([]);

      mode = 'later';
      const third = await pollSource(store, row!, { http: http() });
      expect(third.status).toBe('fetched');
      expect(third.events.some((e) => e.type === 'entry.added' || e.type === 'entry.updated')).toBe(true);
    });

    it('reports down after repeated failures, then recovered; a changed layout at once; never breaks other sources', async () => {
      const store = await freshStore(dialect);
      await addCase(store.db, 'mied', '2:17-cv-11910');
      await addCase(store.db, 'mied', '2:24-cv-10701');
      const broken = await addSource(store.db, {
        type: 'pacer-rss',
        court: 'mied',
        case: null,
        config: { court: 'mied', feedUrl: `${server.origin}/cgi-bin/rss_outside.pl` },
      });
      const healthy = await addSource(store.db, {
        type: 'pacer-rss',
        court: 'mied',
        case: null,
        config: { court: 'mied', feedUrl: `${server.origin}/other/rss_outside.pl` },
      });
      mode = 'error';
      const types: string[] = [];
      for (let i = 0; i < 3; i++) {
        const reports = await pollAll(store, { http: http() });
        const b = reports.find((r) => r.source === broken)!;
        const h = reports.find((r) => r.source === healthy)!;
        expect(b.status).toBe('failed');
        expect(b.error?.code).toBe('ERETRYABLE');
        expect(h.error).toBeNull();
        types.push(...b.events.map((e) => e.type));
      }
      // One `source.down` per tracked case of the court, on the third failure only.
      expect(types).toEqual(['source.down', 'source.down']);
      expect(await loadSourceState(store.db, broken)).toMatchObject({
        health: 'down',
        consecutive_failures: 3,
      });
      const log = await store.db
        .selectFrom('fetch_log')
        .selectAll()
        .where('source_id', '=', broken)
        .execute();
      expect(log).toHaveLength(3);
      expect(log[0]).toMatchObject({ status: 'failed', http_status: 500 });
      expect(log[0]!.error).toMatch(/HTTP 500/);

      mode = 'feed';
      const [row] = await configuredSources(store.db, broken);
      const back = await pollSource(store, row!, { http: http() });
      expect(
        back.events
          .filter((e) => e.type === 'source.recovered')
          .map((e) => e.case)
          .sort(),
      ).toEqual(['mied:2:17-cv-11910', 'mied:2:24-cv-10701']);

      mode = 'garbage';
      const changed = await pollSource(store, row!, { http: http() });
      expect(changed.error?.code).toBe('ELAYOUT');
      expect(changed.events.filter((e) => e.type === 'source.layout_changed')).toHaveLength(2);
      expect(changed.events.some((e) => e.type === 'entry.vanished')).toBe(false);
      const stored = await store.db
        .selectFrom('events')
        .select('type')
        .where('type', 'like', 'source.%')
        .execute();
      expect(stored.map((e) => e.type).sort()).toEqual([
        'source.down',
        'source.down',
        'source.layout_changed',
        'source.layout_changed',
        'source.recovered',
        'source.recovered',
      ]);
      const entries = await store.db.selectFrom('entries').select('status').execute();
      expect(entries.every((e) => e.status === 'present')).toBe(true);

      mode = 'html';
      const wrongType = await pollSource(store, row!, { http: http() });
      expect(wrongType.error?.code).toBe('ECONTENTTYPE');
    });

    it('a poll stopped by shutdown is "interrupted": no failure counted, no source.down, health as it was', async () => {
      const store = await freshStore(dialect);
      await addCase(store.db, 'mied', '2:17-cv-11910');
      const id = await addSource(store.db, {
        type: 'pacer-rss',
        court: 'mied',
        case: null,
        config: { court: 'mied', feedUrl: `${server.origin}/hang/rss_outside.pl` },
      });
      const [row] = await configuredSources(store.db, id);
      const stopping = new AbortController();
      setTimeout(() => stopping.abort(new Error('the worker is stopping')), 200);
      // One failure short of "down": an interrupted poll must not be the one that tips it over.
      const report = await pollSource(store, row!, { http: http(), signal: stopping.signal, downAfter: 1 });
      expect(report.status).toBe('interrupted');
      expect(report.events).toEqual([]);
      const saved = await loadSourceState(store.db, id);
      expect(saved).toMatchObject({ health: 'new', consecutive_failures: 0, last_error: null });
      expect(saved!.last_attempt_at).not.toBeNull();
      // The maintainers' page counts it neither as a success nor as a failure.
      const [health] = await sourceHealth(store.db, new Date());
      expect(health).toMatchObject({ lastSuccess: null, failures24h: 0, fetches24h: 1 });
      expect(health!.lastFetch?.status).toBe('interrupted');
    });

    it('records an unknown source type as a typed failure', async () => {
      const store = await freshStore(dialect);
      const id = await addSource(store.db, { type: 'gone-away', court: 'mied', case: null, config: {} });
      const [row] = await configuredSources(store.db, id);
      const report = await pollSource(store, row!, { http: http() });
      expect(report.error?.code).toBe('ECONFIG');
      expect(await loadSourceState(store.db, id)).toMatchObject({
        health: 'failing',
        last_error_code: 'ECONFIG',
      });
    });
  });
}
