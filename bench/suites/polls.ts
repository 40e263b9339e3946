/**
 * `npm run bench -- polls`: what an unchanged docket report (answered 304) costs the worker. The
 * national day's worker spends most of its polls on such reports (1,000 tracked cases polled every
 * 10 s), and its docs said one took 1.4–1.8 s of wall time at quiet times (docs/deploy.md).
 *
 * `POLLS_SOURCES` (300) `pacer-docket-public` sources, each its own server on 127.0.0.1 (so the
 * per-host politeness applies per source, as in the national day), answering after `POLLS_LATENCY_MS`
 * (300 ms, a distant court), 200 with a district docket report the first time and 304 to the
 * conditional GET after. The real binary (`docketwatch run`, the build in dist/) polls all of them
 * every 10 s with no jitter; after the first round, `POLLS_ROUNDS` (3) rounds of 304s are measured:
 * the worker process's CPU (user + system, from /proc, all its threads) per poll, and each poll's
 * duration from the fetch log (p50 / p90).
 *
 * `POLLS_PAIRS` (2) runs of each. Reference in the same run: the same conditional GETs made by a bare Node process (`fetch` with
 * `If-None-Match`, the same concurrency, no store, no log), its CPU per request — the floor under
 * any poller written in Node. Rounds alternate worker and reference so that load falls on both.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../db/index.ts';
import { addSource } from '../../db/sources.ts';
import { build, distIsCurrent } from '../../scripts/dist.js';
import { projectRoot } from '../../tests/support/shared.ts';

const SOURCES = Number(process.env.POLLS_SOURCES) || 300;
const LATENCY_MS = Number(process.env.POLLS_LATENCY_MS ?? 300);
const ROUNDS = Number(process.env.POLLS_ROUNDS) || 3;
const INTERVAL_MS = 10_000;
/** `POLLS_ROOT=DIR`: run another checkout's binary (its dist/ built), to compare two versions. */
const ROOT = process.env.POLLS_ROOT ?? projectRoot;
const PAGE = join(projectRoot, 'scrapers/pacer/fixtures/district-mied-civil.html');
const ETAG = '"report-1"';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** The reports' servers: one per source; counts the 304s answered. */
async function startReports(
  count: number,
): Promise<{ urls: string[]; notModified: () => number; close(): Promise<void> }> {
  const body = readFileSync(PAGE);
  const servers: Server[] = [];
  const urls: string[] = [];
  let notModified = 0;
  for (let i = 0; i < count; i++) {
    const server = createServer((req, res) => {
      setTimeout(() => {
        if (!req.url?.startsWith('/cgi-bin/DktRpt.pl')) {
          res.writeHead(404).end();
          return;
        }
        if (req.headers['if-none-match'] === ETAG) {
          notModified++;
          res.writeHead(304, { etag: ETAG }).end();
          return;
        }
        res.writeHead(200, { 'content-type': 'text/html', etag: ETAG }).end(body);
      }, LATENCY_MS);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
    urls.push(`http://127.0.0.1:${(server.address() as AddressInfo).port}/cgi-bin/DktRpt.pl?${100000 + i}`);
  }
  return {
    urls,
    notModified: () => notModified,
    async close() {
      for (const s of servers) {
        s.closeAllConnections();
        await new Promise((r) => s.close(r));
      }
    },
  };
}

/** The bare poller: every 10 s, one conditional GET to each address at once; CPU per request. */
const BARE = `
const urls = JSON.parse(process.argv[1]);
const rounds = Number(process.argv[2]);
(async () => {
  for (let r = 0; r < rounds + 1; r++) {
    const wait = ${INTERVAL_MS} - (Date.now() % ${INTERVAL_MS});
    await new Promise((res) => setTimeout(res, wait));
    if (r === 1) globalThis.c0 = process.cpuUsage();
    await Promise.all(urls.map(async (u) => {
      const res = await fetch(u, { headers: { 'if-none-match': '${ETAG}' } });
      await res.arrayBuffer();
      if (res.status !== 304) throw new Error('expected 304, got ' + res.status);
    }));
  }
  const c = process.cpuUsage(globalThis.c0);
  console.log(((c.user + c.system) / 1000) / (rounds * urls.length));
})();
`;

async function bareCpuPerRequest(urls: string[]): Promise<number> {
  const child = spawn(process.execPath, ['-e', BARE, JSON.stringify(urls), String(ROUNDS)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout!.on('data', (b: Buffer) => {
    out += b.toString();
  });
  const code = await new Promise<number | null>((r) => child.on('exit', r));
  if (code !== 0) throw new Error(`the bare poller exited ${code}`);
  return Number(out.trim());
}

interface WorkerRound {
  cpuMsPerPoll: number;
  polls: number;
  p50: number;
  p90: number;
}

async function workerRound(urls: string[], notModified: () => number): Promise<WorkerRound> {
  const dir = mkdtempSync(join(tmpdir(), 'docketwatch-polls-'));
  const target = join(dir, 'polls.sqlite');
  let child: ChildProcess | null = null;
  try {
    const store = await openDatabase(target);
    for (const [i, url] of urls.entries())
      await addSource(store.db, {
        type: 'pacer-docket-public',
        court: 'mied',
        case: `mied:2:26-cv-${10000 + i}`,
        config: { url, court: 'mied', kind: 'pacer-docket' },
      });
    await store.close();
    const log: string[] = [];
    child = spawn(
      process.execPath,
      [
        'bin/docketwatch.js',
        'run',
        '--db',
        target,
        '--no-web',
        '--poll-cron',
        `*/${INTERVAL_MS / 1000} * * * * *`,
      ],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          POLL_JITTER_SECONDS: '0',
          LOG_LEVEL: 'info',
          LOG_FORMAT: 'json',
          DATABASE_URL: '',
          SMTP_URL: '',
          DOCKETWATCH_SECRET: 'b'.repeat(64),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const keep = (b: Buffer) => {
      log.push(...b.toString().split('\n').filter(Boolean));
      if (log.length > 200) log.splice(0, log.length - 100);
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    // The first poll of each reads the report (200); from the next round on, each is a 304.
    const first = notModified();
    const by = Date.now() + 180_000;
    while (notModified() - first < urls.length) {
      if (child.exitCode !== null || Date.now() > by)
        throw new Error(`the worker did not reach a round of 304s:\n${log.slice(-20).join('\n')}`);
      await sleep(200);
    }
    // From just before a fire, for ROUNDS whole rounds.
    await sleep(INTERVAL_MS - (Date.now() % INTERVAL_MS) - 500 + INTERVAL_MS);
    const since = new Date().toISOString();
    const c0 = cpuMsOf(child.pid!);
    const n0 = notModified();
    await sleep(ROUNDS * INTERVAL_MS);
    const cpu = cpuMsOf(child.pid!) - c0;
    const polls = notModified() - n0;
    child.kill('SIGTERM');
    await new Promise((r) => child!.on('exit', r));
    child = null;
    const db = await openDatabase(target, { existing: true });
    const rows = await db.db
      .selectFrom('fetch_log')
      .select('duration_ms')
      .where('http_status', '=', 304)
      .where('started_at', '>=', since)
      .orderBy('duration_ms')
      .execute();
    await db.close();
    const q = (p: number) => rows[Math.min(rows.length - 1, Math.floor(p * rows.length))]?.duration_ms ?? 0;
    return { cpuMsPerPoll: cpu / polls, polls, p50: q(0.5), p90: q(0.9) };
  } finally {
    if (child) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  if (!distIsCurrent()) {
    console.log('dist/ is older than the sources: building it first');
    await build();
  }
  const reports = await startReports(SOURCES);
  try {
    const pairs = Number(process.env.POLLS_PAIRS) || 2;
    const load0 = loadavg()[0]!;
    const worker: WorkerRound[] = [];
    const bare: number[] = [];
    for (let i = 0; i < pairs; i++) {
      worker.push(await workerRound(reports.urls, reports.notModified));
      bare.push(await bareCpuPerRequest(reports.urls));
      const w = worker.at(-1)!;
      console.log(
        `round ${i + 1}: worker ${w.cpuMsPerPoll.toFixed(2)} ms CPU per 304 poll (${w.polls} polls; duration p50 ${w.p50} ms, p90 ${w.p90} ms); bare conditional GET ${bare.at(-1)!.toFixed(2)} ms CPU; load ${loadavg()[0]!.toFixed(1)}`,
      );
    }
    const mean = (xs: number[]) => xs.reduce((a, x) => a + x, 0) / xs.length;
    const w = mean(worker.map((r) => r.cpuMsPerPoll));
    const b = mean(bare);
    console.log(
      `unchanged report poll (${SOURCES} sources every ${INTERVAL_MS / 1000} s, ${LATENCY_MS} ms latency): worker ${w.toFixed(2)} ms CPU per poll (mean of ${pairs} runs), duration p50 ${Math.round(mean(worker.map((r) => r.p50)))} ms / p90 ${Math.round(mean(worker.map((r) => r.p90)))} ms | reference bare conditional GET ${b.toFixed(2)} ms CPU | ${(w / b).toFixed(1)}× the bare request | load ${load0.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}`,
    );
  } finally {
    await reports.close();
  }
}
