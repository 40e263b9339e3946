/**
 * `docketwatch demo`: the replay court on 127.0.0.1 and the real worker watching it. The store
 * tracks Hamama v. Adducci with the court's RSS feed (`pacer-rss`, court `mied`, pointed at the
 * replay's feed) and the two docket reports (`pacer-docket-public`: the district report and the
 * Sixth Circuit's, plain GETs without PACER's sign-on); a legal team (every entry, at once) and an
 * advocate (critical alerts at once, the rest in a daily digest) are subscribed, confirmed. The
 * worker's clock is the court's, so reminders, digests and "days left" read as they did in 2017.
 *
 * The replay starts when the petition is published, and the Sixth Circuit's docket is watched
 * only once there is an appeal to watch: when the worker has read the notice of appeal on the
 * district docket and the circuit has docketed the appeal, the demo links the appeal to the case
 * and adds its docket as a source — what a user does on reading the notice-of-appeal alert.
 * Before then a court serves no page for either case, and polling it would only report a 404.
 *
 * At `--speed max` the court moves to its next publication each time the worker has polled every
 * source and notified, until the whole history is out; at a numeric speed the worker runs on its
 * schedules (every source polled every `pollSeconds`) while court time runs.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { addCase } from '../../db/cases.ts';
import { openDatabase } from '../../db/index.ts';
import { addSource, configuredSources } from '../../db/sources.ts';
import { loadConfig } from '../config.ts';
import type { Logger } from '../log.ts';
import type { Clock } from '../net/clock.ts';
import { HttpClient } from '../net/http.ts';
import { notifySettings } from '../notify/settings.ts';
import { subscribe } from '../notify/subscriptions.ts';
import { type Daemon, startDaemon } from '../worker/daemon.ts';
import type { ReplaySpeed } from './court-clock.ts';
import { type ReplayCourt, replayClock, startReplayCourt } from './server.ts';

export const DEMO_CASE = 'mied:2:17-cv-11910';
export const DEMO_APPEAL = 'ca6:17-2171';
export const DEMO_SUBSCRIBERS = {
  legal: 'legal-team@demo.docketwatch.invalid',
  advocate: 'advocate@demo.docketwatch.invalid',
} as const;

export interface DemoOptions {
  speed: ReplaySpeed;
  /** `.eml` files go here unless `smtpUrl` is given. */
  outboxDir: string;
  smtpUrl?: string | null;
  /** Web server port (0 = any free one); `null` = no web server. */
  port: number | null;
  /** Store target; default a temporary SQLite file, removed afterwards. */
  db?: string | null;
  logger: Logger;
  /** At a numeric speed: seconds between polls (default 2). */
  pollSeconds?: number;
  /** Stop after this many real milliseconds at a numeric speed (default: when the history is out). */
  signal?: AbortSignal;
  /**
   * At `max` speed, false leaves the court's clock to the caller (the latency bench publishes one
   * entry at a time) while the worker runs on its schedules; the demo ends when `signal` aborts.
   */
  drive?: boolean;
  /** Called once the court and the worker are up (the bench hooks publications here). */
  onStart?: (demo: { court: ReplayCourt; daemon: Daemon }) => void | Promise<void>;
  /** At `max` speed: called after each round of the worker (a test reads the live store here). */
  onCycle?: (demo: { court: ReplayCourt; daemon: Daemon }) => void | Promise<void>;
}

export interface DemoSummary {
  courtTime: string;
  /** Where the store is (a kept `--db`) and the address links in the emails point to. */
  store: string;
  publicUrl: string;
  publications: { published: number; total: number };
  entries: number;
  events: Record<string, number>;
  emails: { subject: string; to: string; status: string }[];
  emailsBySubject: Record<string, number>;
  outbox: string;
}

/** No waiting between requests: politeness is for real courts, not for our own replay. */
const unpaced: Clock = { now: () => Date.now(), sleep: () => Promise.resolve() };

export async function runDemo(options: DemoOptions): Promise<DemoSummary> {
  const { logger } = options;
  const court = await startReplayCourt({ clock: replayClock({ speed: options.speed }) });
  const tempDir = options.db ? null : mkdtempSync(join(tmpdir(), 'docketwatch-demo-'));
  const target = options.db ?? join(tempDir!, 'demo.sqlite');
  let daemon: Daemon | null = null;
  try {
    const { config } = loadConfig({
      overrides: {
        database: target,
        mail: {
          outboxDir: resolve(options.outboxDir),
          ...(options.smtpUrl ? { smtpUrl: options.smtpUrl } : {}),
        },
        web: { port: options.port ?? 0 },
        // Without DOCKETWATCH_SECRET the links are signed with a key kept beside the store, so the
        // emails' manage links still work when the store is served afterwards; real mail needs a key
        // of its own, and one made up for this run is enough.
        ...(process.env.DOCKETWATCH_SECRET || options.smtpUrl
          ? { secret: process.env.DOCKETWATCH_SECRET || randomBytes(24).toString('hex') }
          : {}),
      },
      env: { ...process.env, SMTP_URL: options.smtpUrl ?? '', DATABASE_URL: '' },
    });
    const notify = notifySettings(config);
    const store = await openDatabase(target);
    const now = () => court.clock.now();
    if ((await configuredSources(store.db)).length === 0) {
      await addCase(store.db, 'mied', '2:17-cv-11910', { name: court.history.caseName });
      await addSource(store.db, {
        type: 'pacer-rss',
        court: 'mied',
        case: null,
        config: { court: 'mied', feedUrl: court.urls.feed },
      });
      await addSource(store.db, {
        type: 'pacer-docket-public',
        court: 'mied',
        case: DEMO_CASE,
        config: { url: court.urls.docket, court: 'mied', kind: 'pacer-docket' },
      });
      const links = { publicUrl: notify.publicUrl, secret: notify.secret, now: now() };
      await subscribe(
        store,
        {
          email: DEMO_SUBSCRIBERS.legal,
          case: DEMO_CASE,
          audience: 'legal',
          frequency: 'immediate',
          confirmed: true,
        },
        links,
      );
      await subscribe(
        store,
        {
          email: DEMO_SUBSCRIBERS.advocate,
          case: DEMO_CASE,
          audience: 'advocate',
          frequency: 'daily',
          confirmed: true,
        },
        links,
      );
    }
    const max = options.speed === 'max' && options.drive !== false;
    daemon = await startDaemon({
      config,
      logger,
      store,
      web: options.port !== null,
      notify,
      now,
      schedule: !max,
      http: new HttpClient({ logger, clock: unpaced, retry: { maxAttempts: 2 } }),
      settings: { pollCron: `*/${options.pollSeconds ?? 2} * * * * *`, pollJitterMs: 0 },
    });
    logger.info(
      `replay court at ${court.url} (court time ${court.clock.describe()}, speed ${options.speed}); store ${store.location}; mail to ${daemon.mailer?.destination}`,
    );
    await options.onStart?.({ court, daemon });
    const appeal = new AppealFollower(court, daemon);
    if (max) {
      const d = daemon;
      const after = options.onCycle ? () => options.onCycle!({ court, daemon: d }) : undefined;
      await replayAtMax(court, daemon, appeal, options.signal, after);
    } else await waitUntilDone(court, daemon, appeal, options.pollSeconds ?? 2, options.signal);
    return await summarize(court, daemon, notify.publicUrl);
  } finally {
    await daemon?.stop();
    await court.close();
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  }
}

/**
 * Adds the Sixth Circuit's docket as a source once the appeal exists: the worker has read a notice
 * of appeal on the district docket (an `appeal.noticed` event) and the circuit has docketed it.
 */
class AppealFollower {
  readonly #court: ReplayCourt;
  readonly #daemon: Daemon;
  #source: string | null = null;

  constructor(court: ReplayCourt, daemon: Daemon) {
    this.#court = court;
    this.#daemon = daemon;
  }

  /** The appellate source's id once it is watched. */
  get source(): string | null {
    return this.#source;
  }

  /** Add the appellate source if the appeal has just become known; true when it was added now. */
  async follow(): Promise<boolean> {
    if (this.#source) return false;
    const db = this.#daemon.store.db;
    const existing = (await configuredSources(db)).find((r) => r.court_id === 'ca6');
    if (existing) {
      this.#source = existing.id;
      return false;
    }
    const docketed = this.#court.history.appeal.entries.some(
      (e) => e.publishedAt <= this.#court.clock.nowMs(),
    );
    if (!docketed) return false;
    const noticed = await db
      .selectFrom('events')
      .select('id')
      .where('type', '=', 'appeal.noticed')
      .limit(1)
      .executeTakeFirst();
    if (!noticed) return false;
    await addCase(db, 'ca6', '17-2171', { parent: DEMO_CASE, linkType: 'appeal' });
    this.#source = await addSource(db, {
      type: 'pacer-docket-public',
      court: 'ca6',
      case: DEMO_APPEAL,
      config: { url: this.#court.urls.appellateDocket, court: 'ca6', kind: 'pacer-appellate' },
    });
    return true;
  }
}

/** One round of the worker: every source polled, the deadline clock, alerts and digests sent. */
async function cycle(daemon: Daemon, appeal: AppealFollower): Promise<void> {
  const { worker, store } = daemon;
  await appeal.follow();
  for (const row of await configuredSources(store.db)) await worker.run('poll', { source: row.id });
  await worker.run('deadlines');
  await worker.run('notify');
  await worker.run('digests');
  await worker.idle();
}

async function replayAtMax(
  court: ReplayCourt,
  daemon: Daemon,
  appeal: AppealFollower,
  signal?: AbortSignal,
  after?: () => void | Promise<void>,
): Promise<void> {
  await cycle(daemon, appeal);
  await after?.();
  while (!signal?.aborted && court.clock.advance()) {
    await cycle(daemon, appeal);
    await after?.();
  }
  // The morning after the last publication: the last digests fall due.
  court.clock.advanceTo(court.clock.nowMs() + 24 * 3600_000);
  await cycle(daemon, appeal);
  await after?.();
}

/**
 * At a numeric speed the worker polls on its schedules; a source added after it started has no
 * schedule of its own, so the appellate docket is polled here at the same interval.
 */
async function waitUntilDone(
  court: ReplayCourt,
  daemon: Daemon,
  appeal: AppealFollower,
  pollSeconds: number,
  signal?: AbortSignal,
): Promise<void> {
  let lastPoll = 0;
  while (!signal?.aborted && !court.clock.done) {
    await appeal.follow();
    if (appeal.source && Date.now() - lastPoll >= pollSeconds * 1000) {
      lastPoll = Date.now();
      await daemon.worker.run('poll', { source: appeal.source });
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  if (!signal?.aborted) await cycle(daemon, appeal);
}

async function summarize(court: ReplayCourt, daemon: Daemon, publicUrl: string): Promise<DemoSummary> {
  const db = daemon.store.db;
  const entries = await db
    .selectFrom('entries')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirst();
  const events = await db
    .selectFrom('events')
    .select((eb) => ['type', eb.fn.countAll().as('n')])
    .groupBy('type')
    .orderBy('type')
    .execute();
  const emails = await db
    .selectFrom('outbox')
    .select(['subject', 'recipient', 'status'])
    .orderBy('id')
    .execute();
  const bySubject: Record<string, number> = {};
  for (const e of emails) bySubject[e.subject] = (bySubject[e.subject] ?? 0) + 1;
  return {
    courtTime: court.clock.describe(),
    store: daemon.store.location,
    publicUrl,
    publications: court.clock.progress(),
    entries: Number(entries?.n ?? 0),
    events: Object.fromEntries(events.map((e) => [e.type, Number(e.n)])),
    emails: emails.map((e) => ({ subject: e.subject, to: e.recipient, status: e.status })),
    emailsBySubject: bySubject,
    outbox: daemon.mailer?.destination ?? 'off',
  };
}
