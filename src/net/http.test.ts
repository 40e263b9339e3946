import { getEventListeners } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../../tests/support/http-server.ts';
import {
  BlockedError,
  DocketwatchError,
  NonRetryableError,
  ResponseTooLargeError,
  RetryableError,
  ThrottledError,
  TimeoutError,
} from '../errors.ts';
import { FakeClock } from './clock.ts';
import { buildUserAgent, HttpClient, type HttpClientOptions } from './http.ts';

let server: TestServer;
let hugeBytesSent = 0;
const hits = new Map<string, number>();
const hit = (key: string) => {
  const n = (hits.get(key) ?? 0) + 1;
  hits.set(key, n);
  return n;
};

beforeAll(async () => {
  server = await startServer({
    '/robots.txt': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private\n');
    },
    '/ok': (req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' }).end(`<p>${req.headers['user-agent']}</p>`);
    },
    '/private/page': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' }).end('secret');
    },
    '/flaky': (_req, res, url) => {
      const n = hit(`flaky${url.search}`);
      if (n <= Number(url.searchParams.get('fail') ?? 2)) res.writeHead(500).end('oops');
      else res.writeHead(200, { 'content-type': 'text/html' }).end(`ok after ${n}`);
    },
    '/unavailable': (_req, res) => {
      const n = hit('unavailable');
      if (n === 1) res.writeHead(503, { 'retry-after': '30' }).end();
      else res.writeHead(200, { 'content-type': 'text/html' }).end('back');
    },
    '/throttle': (_req, res, url) => {
      const n = hit(`throttle${url.search}`);
      const header = url.searchParams.get('date')
        ? new Date(Date.UTC(2024, 0, 2, 12, 1, 30)).toUTCString()
        : '120';
      if (n <= Number(url.searchParams.get('times') ?? 1)) {
        res.writeHead(429, { 'retry-after': header }).end('slow down');
      } else res.writeHead(200, { 'content-type': 'text/html' }).end('fine now');
    },
    '/hang': () => {},
    '/drip': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const timer = setInterval(() => res.write('.'), 50);
      res.on('close', () => clearInterval(timer));
    },
    '/truncated': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': '1000' });
      res.write('x'.repeat(100));
      setTimeout(() => res.destroy(), 20);
    },
    '/json': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"error":"nope"}');
    },
    '/loop-a': (_req, res) => {
      res.writeHead(302, { location: '/loop-b' }).end();
    },
    '/loop-b': (_req, res) => {
      res.writeHead(301, { location: '/loop-a' }).end();
    },
    '/hop': (_req, res, url) => {
      const n = Number(url.searchParams.get('n'));
      if (n > 0) res.writeHead(302, { location: `/hop?n=${n - 1}` }).end();
      else res.writeHead(200, { 'content-type': 'text/html' }).end('landed');
    },
    '/huge': (_req, res) => {
      // No Content-Length: the cap must be enforced while streaming.
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 120);
      const pump = () => {
        while (hugeBytesSent < 200 * 1024 * 1024) {
          hugeBytesSent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('close', () => res.removeAllListeners('drain'));
      pump();
    },
    '/huge-declared': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(500 * 1024 * 1024) });
      res.write('x');
    },
    '/etag': (req, res) => {
      if (req.headers['if-none-match'] === '"v2"') return void res.writeHead(304, { etag: '"v2"' }).end();
      res
        .writeHead(200, {
          'content-type': 'text/html',
          etag: '"v2"',
          'last-modified': 'Tue, 02 Jan 2024 10:00:00 GMT',
        })
        .end('<p>v2</p>');
    },
    '/gone': (_req, res) => {
      res.writeHead(404).end();
    },
    '/forbidden': (_req, res) => {
      res.writeHead(403).end();
    },
    '/request-timeout': (_req, res) => {
      if (hit('408') === 1) res.writeHead(408).end();
      else res.writeHead(200, { 'content-type': 'text/html' }).end('second time');
    },
  });
});

afterAll(() => server.close());

function client(extra: HttpClientOptions = {}) {
  const clock = new FakeClock();
  const http = new HttpClient({
    contact: 'ops@example.org',
    clock,
    random: () => 0.5,
    hostLimits: {},
    retry: { baseDelayMs: 1_000, maxDelayMs: 8_000 },
    ...extra,
  });
  return { http, clock };
}

const text = (body: Uint8Array) => new TextDecoder().decode(body);

async function failure(p: Promise<unknown>): Promise<DocketwatchError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DocketwatchError);
  return err as DocketwatchError;
}

describe('HttpClient against a scripted local server', () => {
  it('sends a descriptive User-Agent with the contact address', async () => {
    const { http } = client();
    const res = await http.get(`${server.origin}/ok`);
    expect(res.notModified).toBe(false);
    if (res.notModified) return;
    expect(text(res.body)).toBe(`<p>${buildUserAgent('ops@example.org')}</p>`);
    expect(http.userAgent).toMatch(
      /^docketwatch\/\d+\.\d+\.\d+ \(\+https:\/\/github\.com\/.+; contact: ops@example\.org\)$/,
    );
  });

  it('retries 500s with capped, jittered exponential backoff, then succeeds', async () => {
    const { http, clock } = client();
    const res = await http.get(`${server.origin}/flaky?fail=2&k=a`);
    expect(res.attempts).toBe(3);
    expect(server.count('/flaky?fail=2&k=a')).toBe(3);
    // equal jitter at random()=0.5: 3/4 of each step (1 s, 2 s)
    expect(clock.sleeps).toEqual([750, 1500]);
  });

  it('gives up after maxAttempts and says why', async () => {
    const { http, clock } = client({ retry: { maxAttempts: 3, baseDelayMs: 1_000, maxDelayMs: 1_500 } });
    const err = await failure(http.get(`${server.origin}/flaky?fail=99&k=b`));
    expect(err).toBeInstanceOf(RetryableError);
    expect(err.message).toMatch(/HTTP 500/);
    expect(server.count('/flaky?fail=99&k=b')).toBe(3);
    expect(clock.sleeps).toEqual([750, 1125]); // second step capped at 1.5 s
  });

  it('honours Retry-After on a 503', async () => {
    const { http, clock } = client();
    const res = await http.get(`${server.origin}/unavailable`);
    expect(res.attempts).toBe(2);
    expect(clock.sleeps).toEqual([30_000]);
  });

  it('waits out a 429 for its Retry-After (seconds) without spending a retry', async () => {
    const { http, clock } = client({ retry: { maxAttempts: 1 } });
    const res = await http.get(`${server.origin}/throttle?times=2&k=s`);
    expect(res.notModified).toBe(false);
    expect(res.attempts).toBe(1); // two throttle waits, no attempt spent
    expect(clock.sleeps).toEqual([120_000, 120_000]);
  });

  it('reads Retry-After as an HTTP date', async () => {
    const { http, clock } = client();
    await http.get(`${server.origin}/throttle?date=1&k=d`);
    expect(clock.sleeps).toEqual([90_000]); // fake clock starts 12:00:00, date says 12:01:30
  });

  it('does not wait longer than maxRetryAfterMs: the 429 goes to the caller', async () => {
    const { http, clock } = client({ retry: { maxRetryAfterMs: 60_000 } });
    const err = await failure(http.get(`${server.origin}/throttle?k=long`));
    expect(err).toBeInstanceOf(ThrottledError);
    expect((err as ThrottledError).retryAfterMs).toBe(120_000);
    expect(clock.sleeps).toEqual([]);
  });

  it('times out a hanging server (headers timeout) and retries it as retryable', async () => {
    const { http } = client({ headersTimeoutMs: 200, retry: { maxAttempts: 2 } });
    const started = Date.now();
    const err = await failure(http.get(`${server.origin}/hang`));
    expect(err).toBeInstanceOf(TimeoutError);
    expect(err.code).toBe('ETIMEOUT');
    expect(server.count('/hang')).toBe(2);
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('times out a slow-drip body (whole-body timeout)', async () => {
    const { http } = client({ bodyTimeoutMs: 300, retry: { maxAttempts: 1 } });
    const started = Date.now();
    const err = await failure(http.get(`${server.origin}/drip`));
    expect(err).toBeInstanceOf(TimeoutError);
    expect(err.message).toMatch(/body not complete within 300 ms/);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('reports a truncated body (Content-Length larger than sent) as retryable', async () => {
    const { http } = client({ retry: { maxAttempts: 2 } });
    const err = await failure(http.get(`${server.origin}/truncated`));
    expect(err).toBeInstanceOf(RetryableError);
    expect(err.message).toMatch(/before the body was complete|truncated/);
    expect(server.count('/truncated')).toBe(2);
  });

  it('reports a wrong content type without retrying', async () => {
    const { http } = client();
    const err = await failure(http.get(`${server.origin}/json`, { accept: ['text/html'] }));
    expect(err).toBeInstanceOf(NonRetryableError);
    expect(err.code).toBe('ECONTENTTYPE');
    expect(err.message).toMatch(/expected text\/html, got application\/json/);
    expect(server.count('/json')).toBe(1);
  });

  it('detects a redirect loop', async () => {
    const { http } = client();
    const err = await failure(http.get(`${server.origin}/loop-a`));
    expect(err.code).toBe('EREDIRECT');
    expect(err.message).toMatch(/redirect loop/);
  });

  it('follows redirects up to the limit, and no further', async () => {
    const { http } = client({ maxRedirects: 3 });
    const ok = await http.get(`${server.origin}/hop?n=3`);
    expect(ok.finalUrl).toBe(`${server.origin}/hop?n=0`);
    const err = await failure(http.get(`${server.origin}/hop?n=4`));
    expect(err.message).toMatch(/more than 3 redirects/);
  });

  it('aborts a huge streamed body at the cap instead of buffering it', async () => {
    const { http } = client({ maxBytes: 1024 * 1024 });
    const err = await failure(http.get(`${server.origin}/huge`));
    expect(err).toBeInstanceOf(ResponseTooLargeError);
    expect(err.message).toMatch(/over the 1\.0 MiB limit/);
    expect(server.count('/huge')).toBe(1); // too large is not retried
    await new Promise((r) => setTimeout(r, 100));
    expect(hugeBytesSent).toBeLessThan(32 * 1024 * 1024); // the server was cut off long before 200 MiB
  });

  it('refuses a body whose Content-Length is over the cap before reading it', async () => {
    const { http } = client({ maxBytes: 1024 * 1024 });
    const err = await failure(http.get(`${server.origin}/huge-declared`));
    expect(err).toBeInstanceOf(ResponseTooLargeError);
  });

  it('does a conditional GET: a matching ETag gives "not modified"', async () => {
    const { http } = client();
    const first = await http.get(`${server.origin}/etag`);
    expect(first.notModified).toBe(false);
    expect(first.etag).toBe('"v2"');
    expect(first.lastModified).toBe('Tue, 02 Jan 2024 10:00:00 GMT');
    const second = await http.get(`${server.origin}/etag`, {
      etag: first.etag,
      lastModified: first.lastModified,
    });
    expect(second.notModified).toBe(true);
    expect(second.status).toBe(304);
    const sent = server.requests.filter((r) => r.path === '/etag').at(-1)!.headers;
    expect(sent['if-none-match']).toBe('"v2"');
    expect(sent['if-modified-since']).toBe('Tue, 02 Jan 2024 10:00:00 GMT');
  });

  it('does not retry 404; treats 403 as blocked; retries 408', async () => {
    const { http } = client();
    const gone = await failure(http.get(`${server.origin}/gone`));
    expect(gone).toBeInstanceOf(NonRetryableError);
    expect(gone.code).toBe('EHTTP404');
    expect(server.count('/gone')).toBe(1);
    const forbidden = await failure(http.get(`${server.origin}/forbidden`));
    expect(forbidden).toBeInstanceOf(BlockedError);
    expect(server.count('/forbidden')).toBe(1);
    const retried = await http.get(`${server.origin}/request-timeout`);
    expect(retried.attempts).toBe(2);
  });

  it('respects robots.txt when asked, and fetches it once per site', async () => {
    const { http } = client();
    const before = server.count('/robots.txt');
    const err = await failure(http.get(`${server.origin}/private/page`, { robots: true }));
    expect(err).toBeInstanceOf(BlockedError);
    expect(err.message).toMatch(/robots\.txt does not allow docketwatch/);
    expect(server.count('/private/page')).toBe(0);
    await http.get(`${server.origin}/ok`, { robots: true });
    expect(server.count('/robots.txt')).toBe(before + 1);
  });

  it("checks a redirect's target against its own site's robots.txt", async () => {
    const other = await startServer({
      '/robots.txt': (_req, res) => {
        res
          .writeHead(200, { 'content-type': 'text/plain' })
          .end('User-agent: docketwatch\nDisallow: /dockets\n');
      },
      '/dockets/1': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' }).end('docket');
      },
      '/public': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' }).end('public');
      },
    });
    const away = await startServer({
      '/moved': (_req, res, url) => {
        res.writeHead(302, { location: `${other.origin}${url.searchParams.get('to')}` }).end();
      },
      '/inside': (_req, res) => {
        res.writeHead(302, { location: `${server.origin}/private/page` }).end();
      },
    });
    try {
      const { http } = client();
      const err = await failure(http.get(`${away.origin}/moved?to=/dockets/1`, { robots: true }));
      expect(err).toBeInstanceOf(BlockedError);
      expect(err.message).toContain(`${other.origin}/robots.txt does not allow`);
      expect(other.count('/dockets/1')).toBe(0);
      // The same redirect to an allowed path lands; without robots asked, nothing is checked.
      const landed = await http.get(`${away.origin}/moved?to=/public`, { robots: true });
      expect(landed.notModified === false && landed.finalUrl).toBe(`${other.origin}/public`);
      const unchecked = await http.get(`${away.origin}/moved?to=/dockets/1`);
      expect(unchecked.notModified === false && new TextDecoder().decode(unchecked.body)).toBe('docket');
      expect(other.count('/robots.txt')).toBe(1);
      // A redirect to a disallowed path on the first site is refused as well.
      const inside = await failure(http.get(`${away.origin}/inside`, { robots: true }));
      expect(inside).toBeInstanceOf(BlockedError);
      expect(server.count('/private/page')).toBe(0);
    } finally {
      await other.close();
      await away.close();
    }
  });

  it('keeps the cause when wrapping a network failure', async () => {
    const { http } = client({ retry: { maxAttempts: 1 } });
    const closed = await startServer({});
    await closed.close();
    const err = await failure(http.get(`${closed.origin}/nothing-listens-here`));
    expect(err).toBeInstanceOf(RetryableError);
    expect(err.cause).toBeDefined();
    expect(err.message).toMatch(/ECONNREFUSED/);
  });

  it('refuses URLs that are not http(s)', async () => {
    const { http } = client();
    const err = await failure(http.get('file:///etc/passwd'));
    expect(err.code).toBe('EURL');
  });

  it('stops at once when the caller aborts', async () => {
    const { http } = client({ headersTimeoutMs: 10_000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('shutting down')), 100);
    const err = await http
      .get(`${server.origin}/hang`, { signal: controller.signal })
      .catch((e: unknown) => e);
    expect((err as Error).message).toBe('shutting down');
  });

  it('stops when the caller aborts while the body comes, and asks nothing once aborted', async () => {
    const { http } = client({ bodyTimeoutMs: 10_000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('shutting down')), 300);
    const err = await http
      .get(`${server.origin}/drip`, { signal: controller.signal })
      .catch((e: unknown) => e);
    expect((err as Error).message).toBe('shutting down');
    const asked = server.count('/ok');
    const again = await http
      .get(`${server.origin}/ok`, { signal: controller.signal })
      .catch((e: unknown) => e);
    expect((again as Error).message).toBe('shutting down');
    expect(server.count('/ok')).toBe(asked);
  });

  it("leaves no listener on the caller's signal after its requests (a worker's signal lives for days)", async () => {
    const { http } = client();
    const controller = new AbortController();
    for (let i = 0; i < 5; i++) await http.get(`${server.origin}/ok`, { signal: controller.signal });
    await http.get(`${server.origin}/gone`, { signal: controller.signal }).catch(() => undefined);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });
});
