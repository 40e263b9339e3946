/**
 * `npm run bench -- national`: a national day, simulated (#18). Every federal court's RSS feed —
 * 200 courts (district, bankruptcy, appellate), 150,000 items over one court day, bursty — served
 * by replay courts on 127.0.0.1 with 300 ms latency per request (`bench/national/`); 1,000 tracked
 * cases (2 % of the items) and 100,000 subscribers across them. Real `docketwatch run` processes
 * (the binary: poll → ingest → posture → alerts → outbox → SMTP) watch the day, compressed into
 * `NATIONAL_DAY_SECONDS` of real time, and mail a local SMTP sink, which reads each alert for the
 * publications it announces.
 *
 * Runs: SQLite with one process, then PostgreSQL with 1, 2 and 3 processes sharing the work through
 * pg-boss (when a server answers at TEST_DATABASE_URL). Each reports the wall time for the day
 * (from the first publication until the last alert is accepted), publication-to-email latency
 * p50/p99, CPU per item (workers' user + system time from /proc, and PostgreSQL's backends'), peak
 * memory (the largest worker's peak RSS), store size, throughput, and whether any alert reached the
 * same subscriber twice. At full scale the figures go to bench/national/results.json and a chart to
 * docs/national-day.svg (smaller days: the temp folder; `NATIONAL_OUT`, `NATIONAL_SVG` choose).
 *
 * Knobs: `NATIONAL_SCALE` (default 1; 0.05 for development: 10 courts, 7,500 items, 50 cases,
 * 5,000 subscribers), `NATIONAL_DAY_SECONDS` (default 480), `NATIONAL_POLL_SECONDS` (default 10;
 * the feeds' politeness allows one request per 10 s per court), `NATIONAL_LATENCY_MS` (300),
 * `NATIONAL_RUNS` (default `sqlite,pg1,pg2,pg3`).
 *
 * 50 saved searches (a party and an event in one court's feed, two addresses each) propose the
 * untracked cases they find. Subscribers: a tenth are legal teams mailed every entry at once; the rest are advocates with a
 * daily digest (critical alerts at once). The worker runs on real time, so the daily digests fall
 * outside the compressed day (each subscriber's digest hour is set half a day away): the digest
 * suite measures digest throughput.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { addCase } from '../../db/cases.ts';
import { openDatabase, type Store } from '../../db/index.ts';
import { addSource } from '../../db/sources.ts';
import { build, distIsCurrent } from '../../scripts/dist.js';
import { addSearch } from '../../src/searches/searches.ts';
import { projectRoot } from '../../tests/support/shared.ts';
import { renderChart } from '../national/chart.ts';
import { type NationalCourts, startNationalCourts } from '../national/courts.ts';
import { FULL, generateDay, idOfTag, type NationalDay } from '../national/day.ts';

const SCALE = Number(process.env.NATIONAL_SCALE ?? 1);
const DAY_SECONDS = Number(process.env.NATIONAL_DAY_SECONDS ?? 480);
const POLL_SECONDS = Number(process.env.NATIONAL_POLL_SECONDS ?? 10);
const LATENCY_MS = Number(process.env.NATIONAL_LATENCY_MS ?? 300);
const RUNS = (process.env.NATIONAL_RUNS ?? 'sqlite,pg1,pg2,pg3').split(',').map((s) => s.trim());
/** The full-scale day's figures go beside the bench and its picture into docs/; a smaller day's into the temp folder. */
const OUT =
  process.env.NATIONAL_OUT ??
  (SCALE === 1 ? join(projectRoot, 'bench/national/results.json') : join(tmpdir(), 'national-results.json'));
const SVG =
  process.env.NATIONAL_SVG ??
  (SCALE === 1 ? join(projectRoot, 'docs/national-day.svg') : join(tmpdir(), 'national-day.svg'));
const POSTGRES_URL = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:54329/postgres';
/** After the last publication, how long to wait for the worker to finish at most. */
const DRAIN_LIMIT_MS = Number(process.env.NATIONAL_DRAIN_SECONDS ?? 600) * 1000;
const LEGAL_SHARE = 0.1;
/** The issue's 50 saved searches, scaled. */
const searchCount = () => Math.max(3, Math.round(50 * SCALE));
const SECRET = randomBytes(24).toString('hex');

export interface RunResult {
  name: string;
  dialect: 'sqlite' | 'postgres';
  workers: number;
  wallS: number;
  /** False when the worker was still busy `NATIONAL_DRAIN_SECONDS` after the day (wallS is then a floor). */
  complete: boolean;
  /** Seconds the publications took (the compressed day); the rest is catching up. */
  dayS: number;
  items: number;
  trackedItems: number;
  /** Tracked items announced by at least one alert; alerts expected for the others. */
  trackedMailed: number;
  alerts: number;
  /** Alerts that name no publication of the day (a gap, a source down). */
  unattributed: number;
  digests: number;
  proposals: number;
  latencyP50S: number | null;
  latencyP99S: number | null;
  latencyMaxS: number | null;
  /** Where the latency went, stage by stage (`StageTimes`): p50 and p99 of each, and the mean of each over the slowest 1 %. */
  stages: Record<Exclude<keyof StageTimes, 'total'>, { p50: number; p99: number; slowest: number }> | null;
  /** Workers' CPU (user + system) per item of the day, and PostgreSQL's backends' where measured. */
  cpuMsPerItem: number;
  serverCpuMsPerItem: number | null;
  peakRssMiB: number;
  storeMiB: number;
  /** Items of the day per wall second. */
  itemsPerS: number;
  /** The same alert (idempotency key) accepted twice for one address. */
  duplicates: number;
  /** A publication named again by another alert to the same address. */
  repeats: number;
  /** Tracked publications never mailed to a legal team of their case (mailed every entry at once). */
  lost: number;
  requests: number;
  notModified: number;
  load: [number, number];
  /** Alert latencies in seconds, by publication instant (seconds into the day), for the chart. */
  timeline: [number, number][];
}

interface Mail {
  at: number;
  recipient: string;
  /** Publications the message names (tags in its text). */
  ids: number[];
  /** The one event an alert is about when it names no publication (`alert:SUB:evN`). */
  event: number | null;
  key: string;
  subject: string;
}

interface Sink {
  url: string;
  alerts: Mail[];
  digests: number;
  /** Saved searches' proposals ("a new case matches your search"). */
  proposals: number;
  lastAccepted: number;
  close(): Promise<void>;
}

const TAG = /ndw[a-z]{5}/g;

/** The text of a message's parts, decoded (nodemailer writes base64 or quoted-printable). */
function decodedText(raw: string): string {
  const out: string[] = [];
  for (const part of raw.split(/\r?\n--/)) {
    const split = part.search(/\r?\n\r?\n/);
    if (split < 0) continue;
    const head = part.slice(0, split);
    const body = part.slice(split).trim();
    if (/content-transfer-encoding:\s*base64/i.test(head))
      out.push(Buffer.from(body, 'base64').toString('utf8'));
    else out.push(body.replace(/=\r?\n/g, ''));
  }
  return out.join('\n');
}

async function startSink(): Promise<Sink> {
  const sink: Omit<Sink, 'url' | 'close'> = { alerts: [], digests: 0, proposals: 0, lastAccepted: 0 };
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    disableReverseLookup: true,
    logger: false,
    maxClients: 100,
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const at = Date.now();
        sink.lastAccepted = at;
        const raw = Buffer.concat(chunks).toString('latin1');
        const key = /^X-Docketwatch-Key: (\S+)/im.exec(raw)?.[1] ?? '';
        // Digests repeat what alerts said; only alerts are timed and checked for repeats.
        const text = decodedText(raw);
        if (key.startsWith('digest:')) sink.digests++;
        // A saved search's proposal carries no key header; it names its search.
        else if (key.startsWith('search:') || (key === '' && /saved search/i.test(text))) sink.proposals++;
        else {
          const ids = [...new Set((text.match(TAG) ?? []).map(idOfTag))];
          const event = /^alert:[^:]+:ev(\d+)$/.exec(key);
          sink.alerts.push({
            at,
            recipient: session.envelope.rcptTo.map((r) => r.address).join(','),
            ids,
            event: ids.length === 0 && event ? Number(event[1]) : null,
            key,
            subject: /^Subject: (.*)$/im.exec(raw)?.[1] ?? '',
          });
        }
        cb();
      });
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.server.address() as { port: number }).port;
  return Object.assign(sink, {
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  }) as Sink;
}

/** Nothing left for the worker: every event past the alerts' cursor and rendered, no message waiting in the outbox. */
async function drained(store: Store): Promise<boolean> {
  const last = await store.db
    .selectFrom('events')
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirst();
  const cursor = await store.db
    .selectFrom('notify_cursors')
    .select('last_event_id')
    .where('name', '=', 'alerts')
    .executeTakeFirst();
  if (Number(cursor?.last_event_id ?? 0) < Number(last?.id ?? 0)) return false;
  // Ranges claimed from the cursor but not yet rendered into the outbox.
  if (await store.db.selectFrom('alert_batches').select('after_id').limit(1).executeTakeFirst()) return false;
  const waiting = await store.db
    .selectFrom('outbox')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('status', 'in', ['pending', 'sending'])
    .executeTakeFirst();
  return Number(waiting?.n ?? 0) === 0;
}

/** Publication per event, for alerts that name an event but quote no docket text (a mandate, a stay). */
async function publicationsOfEvents(store: Store, events: number[]): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  for (let i = 0; i < events.length; i += 500) {
    const rows = await store.db
      .selectFrom('events as ev')
      .innerJoin('entries as en', (j) =>
        j.onRef('en.case_id', '=', 'ev.case_id').onRef('en.entry_key', '=', 'ev.entry_key'),
      )
      .select(['ev.id', 'en.description', 'en.short_description'])
      .where('ev.id', 'in', events.slice(i, i + 500))
      .execute();
    for (const r of rows) {
      const tag = `${r.description} ${r.short_description ?? ''}`.match(TAG)?.[0];
      if (tag) out.set(r.id, idOfTag(tag));
    }
  }
  return out;
}

/** Subscriber `i` of `seed`: its tracked case (index in `day.tracked`) and whether it is a legal team. */
function subscriberOf(i: number, cases: number): { case: number; legal: boolean } {
  return { case: i % cases, legal: Math.floor(i / cases) % Math.round(1 / LEGAL_SHARE) === 0 };
}

const subscriberAddress = (i: number) => `s${i}@national.docketwatch.invalid`;

/**
 * Tracked publications a legal team of their case (every entry at once) was never mailed: one per
 * (publication, team) pair. `mailed` holds every `address publication` pair an alert named.
 */
function lostPublications(
  day: NationalDay,
  subscribers: number,
  mailed: ReadonlyMap<string, unknown>,
): number {
  const teams = new Map<number, string[]>();
  for (let i = 0; i < subscribers; i++) {
    const s = subscriberOf(i, day.tracked.length);
    if (s.legal) teams.set(s.case, [...(teams.get(s.case) ?? []), subscriberAddress(i)]);
  }
  let lost = 0;
  for (const item of day.items) {
    if (item.tracked < 0) continue;
    for (const address of teams.get(item.tracked) ?? []) {
      if (mailed.has(`${address} ${item.id}`)) continue;
      lost++;
      if (process.env.NATIONAL_DUMP && lost < 6) console.log(`  lost: ${address} ${item.id}`);
    }
  }
  return lost;
}

/** Cases, one RSS source per court, and the subscribers, written straight into a fresh store. */
async function seed(
  store: Store,
  day: NationalDay,
  courts: NationalCourts,
  subscribers: number,
): Promise<void> {
  const caseIds: number[] = [];
  for (const t of day.tracked) {
    await addCase(store.db, t.court, t.docket, { name: t.name });
    const row = await store.db
      .selectFrom('cases')
      .select('id')
      .where('court_id', '=', t.court)
      .where('docket_number', '=', t.docket)
      .executeTakeFirstOrThrow();
    caseIds.push(row.id);
  }
  for (const court of day.courts) {
    await addSource(store.db, {
      type: 'pacer-rss',
      court: court.id,
      case: null,
      config: { court: court.id, feedUrl: courts.feeds.get(court.id)! },
    });
  }
  for (const [k, t] of day.tracked.entries()) {
    await addSource(store.db, {
      type: 'pacer-docket-public',
      court: t.court,
      case: `${t.court}:${t.docket}`,
      config: { url: courts.dockets[k]!, court: t.court, kind: 'pacer-docket' },
    });
  }
  // Saved searches: a party and an event in one court's feed (a few cases a day each; unlimited,
  // such words would match thousands), each told to two addresses.
  const parties = [
    'Okafor',
    'Kowalski',
    'Haddad',
    'Garcia',
    '"Example Bank"',
    '"City of Springfield"',
    'Acme',
  ];
  const events = [
    '"relief from stay"',
    '"summary judgment"',
    '"motion to dismiss"',
    'judgment',
    '"notice of appeal"',
    'opinion',
  ];
  for (let i = 0; i < searchCount(); i++) {
    const court = ` court:${day.courts[i % day.courts.length]!.id}`;
    await addSearch(store, {
      query: `${parties[i % parties.length]} ${events[Math.floor(i / parties.length) % events.length]}${court}`,
      name: `national ${i}`,
      emails: [`search${i}a@national.docketwatch.invalid`, `search${i}b@national.docketwatch.invalid`],
    });
  }
  const now = new Date().toISOString();
  // Half a day away in UTC: no daily digest falls due during the run.
  const digestHour = (new Date().getUTCHours() + 12) % 24;
  const rows = Array.from({ length: subscribers }, (_, i) => {
    // Subscribers go round the cases; every tenth round are legal teams, so each case has some.
    const { legal } = subscriberOf(i, caseIds.length);
    return {
      id: `sub_national_${i}`,
      email: subscriberAddress(i),
      case_id: caseIds[i % caseIds.length]!,
      audience: legal ? ('legal' as const) : ('advocate' as const),
      frequency: legal ? ('immediate' as const) : ('daily' as const),
      time_zone: 'UTC',
      digest_hour: digestHour,
      digest_weekday: 1,
      language: 'en',
      kinds: '[]',
      include_words: '[]',
      mute_words: '[]',
      status: 'active' as const,
      confirm_round: 1,
      alert_after_event: 0,
      digest_after_event: 0,
      last_digest_period: null,
      last_digest_date: null,
      created_at: now,
      confirmed_at: now,
      unsubscribed_at: null,
      updated_at: now,
    };
  });
  for (let i = 0; i < rows.length; i += 1000) {
    await store.db
      .insertInto('subscriptions')
      .values(rows.slice(i, i + 1000))
      .execute();
  }
}

interface Proc {
  child: ChildProcess;
  log: string[];
  peakRss: number;
}

function procStat(pid: number): { cpuMs: number; rssKiB: number; hwmKiB: number } | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
    return {
      cpuMs: (Number(fields[11]) + Number(fields[12])) * 10,
      rssKiB: kib('VmRSS'),
      hwmKiB: kib('VmHWM'),
    };
  } catch {
    return null;
  }
}

function startWorker(target: string, smtpUrl: string, appName: string, file: string | null): Proc {
  const log: string[] = [];
  const child = spawn(
    process.execPath,
    ['bin/docketwatch.js', 'run', '--db', target, '--no-web', '--poll-cron', `*/${POLL_SECONDS} * * * * *`],
    {
      cwd: projectRoot,
      env: {
        ...process.env,
        SMTP_URL: smtpUrl,
        DOCKETWATCH_SECRET: SECRET,
        POLL_JITTER_SECONDS: '0',
        LOG_LEVEL: 'info',
        LOG_FORMAT: 'json',
        DATABASE_URL: '',
        PGAPPNAME: appName,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  // `file` (NATIONAL_KEEP): the whole log, not only its tail (a stall shows only in all of it).
  const keep = (b: Buffer) => {
    if (file) appendFileSync(file, b);
    log.push(...b.toString().split('\n').filter(Boolean));
    if (log.length > 2000) log.splice(0, log.length - 1000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  return { child, log, peakRss: 0 };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function quantile(sorted: number[], q: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

async function storeBytes(store: Store, target: string): Promise<number> {
  if (store.dialect === 'sqlite') {
    let bytes = 0;
    for (const suffix of ['', '-wal']) {
      try {
        bytes += statSync(target + suffix).size;
      } catch {}
    }
    return bytes;
  }
  const { rows } = await sql<{ bytes: string }>`
    select coalesce(sum(pg_total_relation_size(c.oid)), 0) as bytes from pg_class c
      join pg_namespace n on n.oid = c.relnamespace where n.nspname = current_schema() and c.relkind = 'r'`.execute(
    store.db,
  );
  return Number(rows[0]!.bytes);
}

/**
 * CPU time of the PostgreSQL backends serving the workers (connections named by PGAPPNAME), from
 * /proc, sampled once a second: a backend's time counts from the run's start, or wholly when it
 * connected during the run. A backend that comes and goes between two samples is missed.
 */
class BackendCpu {
  readonly #client: pg.Client;
  readonly #app: string;
  readonly #first = new Map<number, number>();
  readonly #last = new Map<number, number>();
  #started = false;
  available = true;

  constructor(app: string) {
    this.#client = new pg.Client({ connectionString: POSTGRES_URL });
    this.#app = app;
  }

  async sample(): Promise<void> {
    if (!this.#started) {
      await this.#client.connect();
    }
    const { rows } = await this.#client.query<{ pid: number }>(
      'select pid from pg_stat_activity where application_name in ($1, $2)',
      [this.#app, `${this.#app}-queue`],
    );
    for (const { pid } of rows) {
      const s = procStat(pid);
      if (!s) {
        this.available = false;
        continue;
      }
      if (!this.#first.has(pid)) this.#first.set(pid, this.#started ? 0 : s.cpuMs);
      this.#last.set(pid, s.cpuMs);
    }
    this.#started = true;
  }

  get ms(): number {
    let sum = 0;
    for (const [pid, last] of this.#last) sum += last - this.#first.get(pid)!;
    return sum;
  }

  async close(): Promise<void> {
    await this.#client.end().catch(() => undefined);
  }
}

async function runDay(
  name: string,
  day: NationalDay,
  dialect: 'sqlite' | 'postgres',
  workers: number,
): Promise<RunResult> {
  const subscribers = Math.max(50, Math.round(100_000 * SCALE));
  const acceleration = (day.end - day.start) / 1000 / DAY_SECONDS;
  const courts = await startNationalCourts(day, {
    acceleration,
    latencyMs: LATENCY_MS,
    // Three poll intervals of court time: a poll that runs late still sees what it missed.
    windowMs: Math.max(3 * POLL_SECONDS * 1000 * acceleration, 3_600_000),
  });
  const sink = await startSink();
  const dir = mkdtempSync(join(tmpdir(), 'docketwatch-national-'));
  const schema = `national_${process.pid}_${name}`;
  const target =
    dialect === 'sqlite'
      ? join(dir, 'national.sqlite')
      : (() => {
          const u = new URL(POSTGRES_URL);
          u.searchParams.set('schema', schema);
          return u.toString();
        })();
  const appName = `docketwatch-national-${process.pid}-${name}`;
  const store = await openDatabase(target);
  const procs: Proc[] = [];
  try {
    await seed(store, day, courts, subscribers);
    for (let i = 0; i < workers; i++)
      procs.push(
        startWorker(
          target,
          sink.url,
          appName,
          process.env.NATIONAL_KEEP ? join(dir, `worker-${i}.full.log`) : null,
        ),
      );
    const startedBy = Date.now() + 180_000;
    while (!procs.every((p) => p.log.some((l) => l.includes(' started (')))) {
      const dead = procs.find((p) => p.child.exitCode !== null);
      if (dead || Date.now() > startedBy)
        throw new Error(
          `a worker did not start:\n${procs.map((p) => p.log.slice(-20).join('\n')).join('\n---\n')}`,
        );
      await sleep(200);
    }
    const load0 = loadavg()[0]!;
    const cpu0 = procs.map((p) => procStat(p.child.pid!)?.cpuMs ?? 0);
    const server = dialect === 'postgres' ? new BackendCpu(appName) : null;
    await server?.sample();
    courts.begin();
    const began = Date.now();
    const tracked = day.items.filter((i) => i.tracked >= 0);
    const dayEnds = courts.publishedAt(day.items[day.items.length - 1]!)!;
    let lastReport = began;
    let cpuAtReport = cpu0.reduce((a, b) => a + b, 0);
    let finished = 0;
    let incomplete = false;
    for (;;) {
      await sleep(1000);
      for (const p of procs) {
        const s = procStat(p.child.pid!);
        if (s) p.peakRss = Math.max(p.peakRss, s.hwmKiB, s.rssKiB);
        if (p.child.exitCode !== null) throw new Error(`a worker exited:\n${p.log.slice(-30).join('\n')}`);
      }
      await server?.sample();
      if (Date.now() - lastReport >= 30_000) {
        // The workers' CPU over the last report's interval, in cores: near 1 per worker, it is CPU-bound.
        const cpuNow = procs.reduce((sum, p) => sum + (procStat(p.child.pid!)?.cpuMs ?? 0), 0);
        const cores = (cpuNow - cpuAtReport) / (Date.now() - lastReport);
        cpuAtReport = cpuNow;
        lastReport = Date.now();
        console.log(
          `  ${name}: ${Math.round((Date.now() - began) / 1000)} s, ${sink.alerts.length} alerts, workers' CPU ${cores.toFixed(2)} cores, load ${loadavg()[0]!.toFixed(1)}`,
        );
      }
      // Done when every feed was read after the last publication and the worker has nothing left.
      if (courts.stats().allRequestedAfter > dayEnds + LATENCY_MS && (await drained(store))) {
        finished = Date.now();
        break;
      }
      if (Date.now() - dayEnds > DRAIN_LIMIT_MS) {
        console.log(`  ${name}: still busy ${DRAIN_LIMIT_MS / 1000} s after the day; stopped there`);
        finished = Date.now();
        incomplete = true;
        break;
      }
    }
    // The day's wall time: until every feed and report was read after the last publication and the
    // worker had nothing left to mail (checked once a second).
    const wallS = (finished - began) / 1000;
    const cpuMs = procs.reduce((sum, p, i) => sum + ((procStat(p.child.pid!)?.cpuMs ?? 0) - cpu0[i]!), 0);
    await server?.sample();
    await server?.close();
    const byEvent = await publicationsOfEvents(
      store,
      sink.alerts.flatMap((m) => (m.event === null ? [] : [m.event])),
    );
    const firstMail = new Map<number, Mail>();
    const seen = new Map<string, Mail>();
    const keys = new Set<string>();
    let duplicates = 0;
    let repeats = 0;
    let unattributed = 0;
    for (const m of sink.alerts) {
      // The same alert (its idempotency key) delivered twice to the same address: a duplicate.
      const sent = `${m.recipient} ${m.key}`;
      if (keys.has(sent)) {
        duplicates++;
        if (process.env.NATIONAL_DUMP && duplicates < 4) console.log(`  duplicate: ${sent} ${m.subject}`);
      }
      keys.add(sent);
      const ids = m.event !== null && byEvent.has(m.event) ? [byEvent.get(m.event)!] : m.ids;
      if (ids.length === 0) {
        unattributed++;
        if (process.env.NATIONAL_DUMP && unattributed < 4)
          console.log(`  names no publication: ${m.key} ${m.subject}`);
      }
      for (const id of ids) {
        // A publication named again by a later, different alert (a docket report filling in what
        // the feed said, or the other way round): a repeat, counted apart.
        const pair = `${m.recipient} ${id}`;
        const before = seen.get(pair);
        if (before) {
          repeats++;
          if (process.env.NATIONAL_DUMP && repeats < 6)
            console.log(`  repeat: ${pair}: ${before.key} "${before.subject}" then ${m.key} "${m.subject}"`);
        }
        seen.set(pair, m);
        if (!firstMail.has(id) || firstMail.get(id)!.at > m.at) firstMail.set(id, m);
      }
    }
    const lost = lostPublications(day, subscribers, seen);
    const latencies: number[] = [];
    const timeline: [number, number][] = [];
    const outboxTimes = await queuedAndClaimed(
      store,
      [...firstMail.values()].map((m) => m.key),
    );
    const stageRows: StageTimes[] = [];
    for (const item of tracked) {
      const first = firstMail.get(item.id);
      if (first === undefined) continue;
      const mailed = first.at;
      const published = courts.publishedAt(item)!;
      const s = (mailed - published) / 1000;
      const reported = courts.reportedAt(item);
      const times = outboxTimes.get(first.key);
      if (reported !== null && times)
        stageRows.push({
          total: s,
          report: (reported - published) / 1000,
          queue: (times.queued - reported) / 1000,
          outbox: (times.claimed - times.queued) / 1000,
          send: (mailed - times.claimed) / 1000,
        });
      latencies.push(s);
      timeline.push([Math.round((published - began) / 100) / 10, Math.round(s * 100) / 100]);
    }
    latencies.sort((a, b) => a - b);
    const stats = courts.stats();
    return {
      name,
      dialect,
      workers,
      wallS,
      complete: !incomplete,
      dayS: DAY_SECONDS,
      items: day.items.length,
      trackedItems: tracked.length,
      trackedMailed: firstMail.size,
      alerts: sink.alerts.length,
      unattributed,
      digests: sink.digests,
      proposals: sink.proposals,
      latencyP50S: quantile(latencies, 0.5),
      latencyP99S: quantile(latencies, 0.99),
      latencyMaxS: latencies.length ? latencies[latencies.length - 1]! : null,
      stages: stageSummary(stageRows),
      cpuMsPerItem: cpuMs / day.items.length,
      serverCpuMsPerItem: server?.available ? server.ms / day.items.length : null,
      peakRssMiB: Math.max(...procs.map((p) => p.peakRss)) / 1024,
      storeMiB: (await storeBytes(store, target)) / 2 ** 20,
      itemsPerS: day.items.length / wallS,
      duplicates,
      repeats,
      lost,
      requests: stats.requests,
      notModified: stats.notModified,
      load: [load0, loadavg()[0]!],
      timeline,
    };
  } finally {
    for (const p of procs) if (p.child.exitCode === null) p.child.kill('SIGTERM');
    await Promise.all(
      procs.map((p) =>
        p.child.exitCode !== null
          ? undefined
          : Promise.race([
              new Promise((r) => p.child.once('exit', r)),
              sleep(15_000).then(() => p.child.kill('SIGKILL')),
            ]),
      ),
    );
    if (dialect === 'postgres')
      await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(store.db).catch(() => undefined);
    await store.close();
    await sink.close();
    await courts.close();
    if (process.env.NATIONAL_KEEP) {
      for (const [i, p] of procs.entries())
        writeFileSync(join(dir, `worker-${i}.log`), `${p.log.join('\n')}\n`);
      console.log(`  kept ${dir}`);
    } else rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * One tracked publication's latency cut at the instants the bench can see (seconds): `report`
 * from publication until its case's docket report first carried it (waiting for the poll, and the
 * court's latency); `queue` from then until its first alert was queued in the outbox (fetch and
 * parse, ingest and posture, waiting for the notify job, rendering); `outbox` from queued until a
 * deliverer claimed it; `send` from the claim until the sink accepted it.
 */
interface StageTimes {
  total: number;
  report: number;
  queue: number;
  outbox: number;
  send: number;
}

const STAGES = ['report', 'queue', 'outbox', 'send'] as const;

function stageSummary(rows: StageTimes[]): RunResult['stages'] {
  if (rows.length === 0) return null;
  const slowest = [...rows]
    .sort((a, b) => b.total - a.total)
    .slice(0, Math.max(1, Math.ceil(rows.length / 100)));
  const out = {} as NonNullable<RunResult['stages']>;
  for (const stage of STAGES) {
    const sorted = rows.map((r) => r[stage]).sort((a, b) => a - b);
    out[stage] = {
      p50: quantile(sorted, 0.5)!,
      p99: quantile(sorted, 0.99)!,
      slowest: slowest.reduce((sum, r) => sum + r[stage], 0) / slowest.length,
    };
  }
  return out;
}

/** When each of these alerts (by key) was queued in the outbox and claimed for delivery (real ms). */
async function queuedAndClaimed(
  store: Store,
  keys: string[],
): Promise<Map<string, { queued: number; claimed: number }>> {
  const out = new Map<string, { queued: number; claimed: number }>();
  for (let i = 0; i < keys.length; i += 500) {
    const rows = await store.db
      .selectFrom('outbox')
      .select(['idempotency_key', 'created_at', 'claimed_at'])
      .where('idempotency_key', 'in', keys.slice(i, i + 500))
      .execute();
    for (const r of rows)
      if (r.claimed_at)
        out.set(r.idempotency_key, { queued: Date.parse(r.created_at), claimed: Date.parse(r.claimed_at) });
  }
  return out;
}

function stagesLine(r: RunResult): string | null {
  if (!r.stages) return null;
  const st = r.stages;
  const f = (v: number) => v.toFixed(1);
  return `  ${r.name} latency by stage, p50 / p99 (mean of the slowest 1 %): ${STAGES.map(
    (k) => `${k} ${f(st[k].p50)} / ${f(st[k].p99)} (${f(st[k].slowest)})`,
  ).join(', ')} s`;
}

function line(r: RunResult): string {
  const s = (v: number | null) => (v === null ? 'n/a' : `${v.toFixed(1)} s`);
  return [
    `${r.name.padEnd(7)} ${r.workers} worker${r.workers > 1 ? 's' : ' '}`,
    `day ${r.complete ? '' : '> '}${r.wallS.toFixed(0)} s wall (publications ${r.dayS} s)`,
    `${Math.round(r.itemsPerS)} items/s`,
    `latency p50 ${s(r.latencyP50S)} p99 ${s(r.latencyP99S)} max ${s(r.latencyMaxS)}`,
    `mailed ${r.trackedMailed}/${r.trackedItems} tracked items in ${r.alerts} alerts (${r.unattributed} about no publication; ${r.digests} digests; ${r.proposals} saved-search proposals), ${r.duplicates} duplicate, ${r.repeats} repeats, ${r.lost} lost`,
    `CPU ${r.cpuMsPerItem.toFixed(2)} ms/item${r.serverCpuMsPerItem !== null ? ` + PostgreSQL ${r.serverCpuMsPerItem.toFixed(2)}` : ''}`,
    `peak RSS ${r.peakRssMiB.toFixed(0)} MiB`,
    `store ${r.storeMiB.toFixed(1)} MiB`,
    `${r.requests} feed requests (${r.notModified} × 304)`,
    `load ${r.load[0].toFixed(1)} → ${r.load[1].toFixed(1)}`,
  ].join(' · ');
}

export async function run(): Promise<void> {
  if (!distIsCurrent()) {
    console.log('dist/ is older than the sources: building it first');
    await build();
  }
  const day = generateDay(SCALE);
  const tracked = day.items.filter((i) => i.tracked >= 0).length;
  console.log(
    `scale ${SCALE}: ${day.courts.length} courts, ${day.items.length.toLocaleString('en-US')} items over ${((day.end - day.start) / 3_600_000).toFixed(1)} court hours, ${day.tracked.length} tracked cases with ${tracked} items, ${Math.max(50, Math.round(100_000 * SCALE)).toLocaleString('en-US')} subscribers, ${searchCount()} saved searches; day in ${DAY_SECONDS} s (×${Math.round((day.end - day.start) / 1000 / DAY_SECONDS)}), polls every ${POLL_SECONDS} s, ${LATENCY_MS} ms per court request; ${cpus().length} cores, load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  const probe = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 2000 });
  const pgUp = await probe.connect().then(
    () => true,
    () => false,
  );
  await probe.end().catch(() => undefined);
  const results: RunResult[] = [];
  for (const r of RUNS) {
    const m = /^(sqlite|pg)(\d*)$/.exec(r);
    if (!m) throw new Error(`NATIONAL_RUNS: "${r}" is not sqlite or pgN`);
    const dialect = m[1] === 'sqlite' ? 'sqlite' : 'postgres';
    if (dialect === 'postgres' && !pgUp) {
      console.log(`${r}: skipped, no PostgreSQL at TEST_DATABASE_URL`);
      continue;
    }
    const result = await runDay(r, day, dialect, Number(m[2] || 1));
    results.push(result);
    console.log(line(result));
    const stages = stagesLine(result);
    if (stages) console.log(stages);
  }
  const pgOne = results.find((r) => r.name === 'pg1');
  for (const r of results.filter((x) => x.dialect === 'postgres' && x.workers > 1 && pgOne))
    console.log(
      `${r.name}: ${(r.itemsPerS / pgOne!.itemsPerS).toFixed(2)}× pg1's throughput${
        // items/s is items ÷ day wall: while pg1 keeps up, both are the day's own rate.
        pgOne!.complete && pgOne!.wallS <= DAY_SECONDS * 1.1
          ? " (pg1 kept up with the day, so this is the day's rate, not capacity: raise the rate with a smaller NATIONAL_DAY_SECONDS)"
          : ''
      }`,
    );
  const target = POLL_SECONDS + 5;
  for (const r of results)
    console.log(
      `${r.name}: day ${r.wallS <= 600 ? '≤' : '>'} 10 min, p99 ${r.latencyP99S !== null && r.latencyP99S <= target ? '≤' : '>'} poll + 5 s (${target} s), duplicates ${r.duplicates === 0 ? 'none' : r.duplicates}, repeats ${r.repeats === 0 ? 'none' : r.repeats}, lost ${r.lost === 0 ? 'none' : r.lost}`,
    );
  mkdirSync(dirname(OUT), { recursive: true });
  const meta = {
    scale: SCALE,
    full: FULL,
    courts: day.courts.length,
    items: day.items.length,
    trackedCases: day.tracked.length,
    trackedItems: tracked,
    subscribers: Math.max(50, Math.round(100_000 * SCALE)),
    savedSearches: searchCount(),
    daySeconds: DAY_SECONDS,
    pollSeconds: POLL_SECONDS,
    latencyMs: LATENCY_MS,
    cores: cpus().length,
    measuredAt: new Date().toISOString(),
  };
  writeFileSync(OUT, `${JSON.stringify({ meta, results }, null, 1)}\n`);
  const loads = results.flatMap((r) => r.load);
  writeFileSync(
    SVG,
    renderChart(
      meta,
      results,
      `load ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} on ${cpus().length} cores`,
    ),
  );
  console.log(`results in ${OUT}, chart in ${SVG}`);
}
