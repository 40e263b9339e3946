import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../../../tests/support/http-server.ts';
import { projectRoot } from '../../../tests/support/shared.ts';

const feed = readFileSync(new URL('../../../scrapers/pacer-rss/fixtures/mied-partial.xml', import.meta.url));
let server: TestServer;

beforeAll(async () => {
  server = await startServer({
    '/cgi-bin/rss_outside.pl': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"f1"' }).end(feed);
    },
  });
});
afterAll(() => server.close());

/** Run the real binary, so the output is exactly what a maintainer sees (async: the server is in this process). */
function cli(args: string[]): Promise<{ code: number; lines: string[]; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['bin/docketwatch.js', ...args],
      {
        cwd: projectRoot,
        timeout: 30_000,
        env: { ...process.env, DOCKETWATCH_CONTACT: 'cli-test@example.org' },
      },
      (err, stdout, stderr) => {
        const code = err ? ((err as { code?: number }).code ?? -1) : 0;
        resolve({ code, lines: stdout.trim().split('\n').filter(Boolean), stderr });
      },
    );
  });
}

describe('docketwatch try-source', () => {
  it('lists the source types', async () => {
    const { code, lines } = await cli(['try-source']);
    expect(code).toBe(0);
    expect(lines.map((l) => JSON.parse(l).id)).toEqual(
      expect.arrayContaining(['pacer-rss', 'html', 'browser']),
    );
  });

  it('runs a source once and prints the parsed feed, its coverage and the state', async () => {
    const config = JSON.stringify({ court: 'mied', feedUrl: `${server.origin}/cgi-bin/rss_outside.pl` });
    const { code, lines, stderr } = await cli(['try-source', 'pacer-rss', '--config', config]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const [doc, last] = lines.map((l) => JSON.parse(l));
    expect(doc.kind).toBe('pacer-rss');
    expect(doc.coverage.partial).toBe(true);
    expect(doc.cases.length).toBe(2);
    expect(last).toMatchObject({ status: 'fetched', state: { source: { etag: '"f1"' }, entries: 2 } });
    expect(server.requests.at(-1)!.headers['user-agent']).toMatch(/contact: cli-test@example\.org/);
  });

  it('says what is wrong with a bad config and exits 1', async () => {
    const { code, stderr } = await cli([
      'try-source',
      'pacer-rss',
      '--config',
      '{"court":"Eastern District"}',
    ]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/pacer-rss source config is not valid: court: a CM\/ECF court id such as mied/);
    expect((await cli(['try-source', 'nope'])).stderr).toMatch(/unknown source type "nope"/);
  });
});
