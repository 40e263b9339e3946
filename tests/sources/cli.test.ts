/**
 * The source commands as a user runs them — `source add`, `sources --json`, `poll --once` — each a
 * real `docketwatch` process on a temp SQLite file, against a local HTTP server replaying a
 * CM/ECF RSS feed (with ETag / If-None-Match, as the courts' feeds do).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonLines, runCli } from '../support/cli.ts';
import { startServer, type TestServer } from '../support/http-server.ts';
import { projectRoot } from '../support/shared.ts';

const dir = mkdtempSync(join(tmpdir(), 'docketwatch-sources-cli-'));
const db = join(dir, 'docketwatch.sqlite');
const feeds = {
  first: readFileSync(join(projectRoot, 'scrapers/pacer-rss/fixtures/mied-partial.xml')),
  later: readFileSync(join(projectRoot, 'scrapers/pacer-rss/fixtures/mied-partial-later.xml')),
};
let feed: keyof typeof feeds = 'first';
let server: TestServer;

beforeAll(async () => {
  server = await startServer({
    '/cgi-bin/rss_outside.pl': (req, res) => {
      const etag = `"${feed}"`;
      if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
      res
        .writeHead(200, { 'content-type': 'application/rss+xml; charset=iso-8859-1', etag })
        .end(feeds[feed]);
    },
  });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const cli = (...args: string[]) =>
  runCli([...args, '--db', db], { env: { DATABASE_URL: '', DOCKETWATCH_CONTACT: 'tests@docketwatch.test' } });
const lines = jsonLines;

describe('source commands against a replayed CM/ECF RSS feed', () => {
  let id = '';
  const feedUrl = () => `${server.origin}/cgi-bin/rss_outside.pl`;

  it('source add prints the new id; a bad type or config is refused with a message', async () => {
    expect((await cli('case', 'add', 'mied', '2:17-cv-11910')).code).toBe(0);
    const added = await cli('source', 'add', 'pacer-rss', '--court', 'mied', '--url', feedUrl());
    expect(added.code, added.stderr).toBe(0);
    id = added.stdout.trim();
    expect(id).toMatch(/^\S+$/);

    const unknown = await cli('source', 'add', 'no-such-type', '--court', 'mied');
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toMatch(/unknown source type "no-such-type"; known: .*pacer-rss/);
    const badCourt = await cli('source', 'add', 'pacer-rss', '--court', 'Eastern District');
    expect(badCourt.code).not.toBe(0);
    expect(badCourt.stderr).toMatch(/court/);
    const badJson = await cli('source', 'add', 'pacer-rss', '--court', 'mied', '--config', '{nope');
    expect(badJson.code).not.toBe(0);
    expect(badJson.stderr).toMatch(/--config is not JSON/);
  });

  it('sources --json shows the new source: type, scope, schedule, health "new"', async () => {
    const out = await cli('sources', '--json');
    expect(out.code, out.stderr).toBe(0);
    const views = lines(out.stdout);
    expect(views).toHaveLength(1);
    expect(views[0]).toMatchObject({
      id,
      type: 'pacer-rss',
      court: 'mied',
      case: null,
      health: 'new',
      consecutiveFailures: 0,
      lastSuccessAt: null,
      coverage: null,
    });
    expect(views[0]!.schedule).toMatch(/^\S+( \S+){4,5}$/);
  });

  it('poll --once fetches the feed, ingests the tracked case only, prints its events', async () => {
    const out = await cli('poll', '--once');
    expect(out.code, out.stderr).toBe(0);
    expect(server.count('/cgi-bin/rss_outside.pl')).toBe(1);
    expect(server.requests[0]!.headers['user-agent']).toMatch(/tests@docketwatch\.test/);
    const events = lines(out.stdout);
    expect(events.filter((e) => e.type === 'entry.added')).toEqual([
      expect.objectContaining({ case: 'mied:2:17-cv-11910', entry: '713' }),
    ]);
    // The other case in the feed (Whitfield) is not tracked: nothing of it lands.
    expect(events.some((e) => String(e.case).includes('2:24-cv-10701'))).toBe(false);

    const [view] = lines((await cli('sources', '--json')).stdout);
    expect(view).toMatchObject({ id, health: 'ok', consecutiveFailures: 0, stale: false });
    expect(view!.lastSuccessAt).toEqual(expect.any(String));
  });

  it('poll --once again sends If-None-Match, gets 304 and prints no entries; a changed feed brings the new ones', async () => {
    const same = await cli('poll', '--once');
    expect(same.code, same.stderr).toBe(0);
    expect(server.requests.at(-1)!.headers['if-none-match']).toBe('"first"');
    expect(lines(same.stdout).filter((e) => e.type === 'entry.added')).toEqual([]);

    feed = 'later';
    const later = await cli('poll', '--once', '--source', id);
    expect(later.code, later.stderr).toBe(0);
    const added = lines(later.stdout).filter((e) => e.type === 'entry.added');
    expect(added.length).toBeGreaterThan(0);
    expect(added.every((e) => e.case === 'mied:2:17-cv-11910' && e.entry !== '713')).toBe(true);
  });

  it('poll --once exits 1 and names the source when its feed is gone (404), and sources shows the failure', async () => {
    const broken = (
      await cli('source', 'add', 'pacer-rss', '--court', 'mied', '--url', `${server.origin}/gone`)
    ).stdout.trim();
    const out = await cli('poll', '--once', '--source', broken);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain(broken);
    const view = lines((await cli('sources', '--json')).stdout).find((v) => v.id === broken);
    expect(view).toMatchObject({ consecutiveFailures: 1 });
    expect(view!.lastError).toEqual(expect.any(String));
  });
});
