/**
 * Real `docketwatch run` processes for the multi-process tests on PostgreSQL: start them with a
 * shared secret and a test SMTP server, keep their log lines, wait until every one is up (printing
 * the logs when one is not), and kill any left over after the file.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
/** Every worker of a test file signs links alike, as a deployment's workers must. */
export const SECRET = randomBytes(24).toString('hex');

export interface WorkerProcess {
  name: string;
  child: ChildProcess;
  log: string[];
}

const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function until(
  what: string,
  ok: () => boolean | Promise<boolean>,
  timeoutMs = 60_000,
): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await ok())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

/**
 * `docketwatch run --db TARGET --no-web --poll-cron CRON`, mailing through `smtpUrl`, with no poll
 * jitter; `name` goes into the User-Agent's contact (`NAME@example.org`), so a server can tell the
 * workers apart. `env` adds to the environment.
 */
export function startWorker(
  name: string,
  options: { target: string; smtpUrl: string; pollCron: string; env?: Record<string, string> },
): WorkerProcess {
  const log: string[] = [];
  const child = spawn(
    process.execPath,
    ['bin/docketwatch.js', 'run', '--db', options.target, '--no-web', '--poll-cron', options.pollCron],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        SMTP_URL: options.smtpUrl,
        DOCKETWATCH_SECRET: SECRET,
        DOCKETWATCH_CONTACT: `${name}@example.org`,
        POLL_JITTER_SECONDS: '0',
        LOG_LEVEL: 'info',
        DATABASE_URL: '',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  children.push(child);
  const keep = (b: Buffer) => log.push(...b.toString().split('\n').filter(Boolean));
  child.stderr!.on('data', keep);
  child.stdout!.on('data', keep);
  return { name, child, log };
}

/**
 * Wait until every worker says it started with the shared queue. Workers starting at once on a
 * fresh store must all come up (pg-boss creating the same queues from several processes at once
 * used to deadlock, and one exited); the margin is for a 2-core machine running other test files.
 */
export async function untilStarted(workers: WorkerProcess[], timeoutMs = 120_000): Promise<void> {
  await until(
    `${workers.length} workers started`,
    () => workers.every((w) => w.log.some((l) => l.includes(' started (jobs shared through pg-boss)'))),
    timeoutMs,
  ).catch((err) => {
    printLogs(workers);
    throw err;
  });
}

export function printLogs(workers: WorkerProcess[]): void {
  for (const w of workers) console.log(`--- ${w.name}\n${w.log.join('\n')}`);
}

/**
 * Forwards to `origin`, except that the first request for `holdPath` is not answered until
 * `release()` (never, unless called: its worker may die holding it).
 */
export async function holdingProxy(origin: string, holdPath: string) {
  let held: { userAgent: string; at: number } | null = null;
  let releaseHeld: (() => void) | null = null;
  const forwarded: { path: string; userAgent: string; at: number }[] = [];
  const forward = (req: IncomingMessage, res: ServerResponse) => {
    const headers: Record<string, string> = {};
    for (const h of ['if-none-match', 'if-modified-since', 'user-agent']) {
      const v = req.headers[h];
      if (typeof v === 'string') headers[h] = v;
    }
    fetch(`${origin}${req.url}`, { headers })
      .then(async (r) => {
        const out: Record<string, string> = {};
        for (const h of ['content-type', 'etag', 'last-modified']) {
          const v = r.headers.get(h);
          if (v) out[h] = v;
        }
        res.writeHead(r.status, out).end(Buffer.from(await r.arrayBuffer()));
      })
      .catch(() => res.writeHead(502).end());
  };
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const userAgent = req.headers['user-agent'] ?? '';
    if (req.url === holdPath && held === null) {
      held = { userAgent, at: Date.now() };
      releaseHeld = () => forward(req, res);
      return; // the socket stays open until its worker dies or the test releases it
    }
    forwarded.push({ path: req.url ?? '', userAgent, at: Date.now() });
    forward(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    held: () => held,
    /** Answer the held request now (as the origin answers it). */
    release: () => releaseHeld?.(),
    forwarded,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
