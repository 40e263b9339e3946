/**
 * `docketwatch replay FILE` and `docketwatch demo` (the replay of the bundled Hamama v. Adducci
 * history): the replay court on 127.0.0.1 and the real worker watching it. The store tracks the
 * case with its court's RSS feed (`pacer-rss`, pointed at the replay's feed) and the docket
 * reports (`pacer-docket-public`: the district report and each court of appeals' report, plain
 * GETs without PACER's sign-on); a legal team (every entry, at once) and an advocate (critical
 * alerts at once, the rest in a daily digest) are subscribed, confirmed. The worker's clock is the
 * court's, so reminders, digests and "days left" read as they did when the case was live.
 *
 * The replay starts when the case's first entry is published, and an appeal's docket is watched
 * only once there is an appeal to watch: when the court of appeals has docketed it and the worker
 * has read a notice of appeal for it on the district docket (or, for an appeal no notice
 * announces — a petition filed in the court of appeals — a court day after it was docketed), the
 * replay links the appeal to the case and adds its docket as a source — what a user does on
 * reading the notice-of-appeal alert. Before then a court serves no page for it, and polling it
 * would only report a 404.
 *
 * At `--speed max` the court moves, each time the worker has finished a round, to its next
 * publication or, when it comes first, to the next moment the worker's clock changes something
 * (`replayAtMax`; docs/replay.md, "A replay's rounds"), until the whole history is out; at a numeric
 * speed the worker runs on its schedules (every source polled every `pollSeconds`) while court time
 * runs.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setCaseClass } from '../../db/case-details.ts';
import { addCase, findCase } from '../../db/cases.ts';
import { openDatabase } from '../../db/index.ts';
import { addSource, configuredSources } from '../../db/sources.ts';
import { loadConfig } from '../config.ts';
import { refreshAfterIngest, setEntryText } from '../deadlines/record.ts';
import type { ProcessLogger } from '../log.ts';
import { parseEvent } from '../model/events.ts';
import type { Clock } from '../net/clock.ts';
import { HttpClient } from '../net/http.ts';
import { notifySettings } from '../notify/settings.ts';
import { type SubscribeInput, subscribe } from '../notify/subscriptions.ts';
import { type Daemon, startDaemon } from '../worker/daemon.ts';
import { nextClockMoment, quietDigestTimes } from './clock-moments.ts';
import type { ReplaySpeed } from './court-clock.ts';
import { hamamaHistory, type ReplayAppeal, type ReplayHistory } from './history.ts';
import { type ReplayCourt, replayClock, startReplayCourt } from './server.ts';

/** The case `docketwatch demo` replays. */
export const DEMO_CASE = 'mied:2:17-cv-11910';
export const DEMO_SUBSCRIBERS = {
  legal: 'legal-team@demo.docketwatch.invalid',
  advocate: 'advocate@demo.docketwatch.invalid',
} as const;

export interface DemoOptions {
  /** The history to replay; default the bundled Hamama v. Adducci. */
  history?: ReplayHistory;
  speed: ReplaySpeed;
  /** `.eml` files go here unless `smtpUrl` is given. */
  outboxDir: string;
  smtpUrl?: string | null;
  /** Web server port (0 = any free one); `null` = no web server. */
  port: number | null;
  /** Store target; default a temporary SQLite file, removed afterwards. */
  db?: string | null;
  logger: ProcessLogger;
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
  /** Subscribe the English-reading advocate (default true; `demo --languages es,ar` leaves it out). */
  advocate?: boolean;
  /** More subscribers of the case besides the legal team and the advocate (other languages, frequencies). */
  subscribers?: Omit<SubscribeInput, 'case' | 'confirmed'>[];
  /** At `max` speed: called after each round of the worker (a test reads the live store here). */
  onCycle?: (demo: { court: ReplayCourt; daemon: Daemon }) => void | Promise<void>;
}

export interface DemoSummary {
  /** The replayed case: its key (`mied:2:17-cv-11910`) and name. */
  case: { key: string; name: string };
  courtTime: string;
  /** Where the store is (a kept `--db`) and the address links in the emails point to. */
  store: string;
  publicUrl: string;
  publications: { published: number; total: number };
  entries: number;
  /** Events by type in the store: the replayed case's and its appeals' own records. */
  events: Record<string, number>;
  /** Events by type in the replayed case's record alone (what its readers were told of). */
  inCase: Record<string, number>;
  /**
   * What the courts above did, as read: decisions, stays pending appeal by a court of appeals or the
   * Supreme Court (`administrative`: those only while it decides the motion), mandates.
   */
  onAppeal: { decisions: number; stays: number; administrative: number; mandates: number };
  emails: { subject: string; to: string; status: string }[];
  emailsBySubject: Record<string, number>;
  outbox: string;
}

/** No waiting between requests: politeness is for real courts, not for our own replay. */
const unpaced: Clock = { now: () => Date.now(), sleep: () => Promise.resolve() };

export async function runDemo(options: DemoOptions): Promise<DemoSummary> {
  const { logger } = options;
  const history = options.history ?? hamamaHistory();
  const court = await startReplayCourt({ history, clock: replayClock({ speed: options.speed, history }) });
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
    const { key: caseKey } = await addCase(store.db, history.court, history.docketNumber, {
      name: history.caseName,
    });
    if (history.people) {
      const tracked = await findCase(store.db, caseKey);
      await setCaseClass(
        store.db,
        tracked!.id,
        {
          en: history.people.class,
          es: history.people.classEs ?? null,
          ar: history.people.classAr ?? null,
          scope: history.people.scope ?? null,
          protects: history.people.protects ?? null,
          from: history.people.classFrom ?? null,
        },
        new Date(),
      );
      for (const later of history.people.classes ?? [])
        await setCaseClass(
          store.db,
          tracked!.id,
          {
            en: later.class,
            es: later.classEs ?? null,
            ar: later.classAr ?? null,
            scope: later.scope ?? null,
            from: later.classFrom,
          },
          new Date(),
        );
    }
    if ((await configuredSources(store.db)).length === 0) {
      await addSource(store.db, {
        type: 'pacer-rss',
        court: history.court,
        case: null,
        config: { court: history.court, feedUrl: court.urls.feed },
      });
      await addSource(store.db, {
        type: 'pacer-docket-public',
        court: history.court,
        case: caseKey,
        config: { url: court.urls.docket, court: history.court, kind: 'pacer-docket' },
      });
      const links = { publicUrl: notify.publicUrl, secret: notify.secret, now: now() };
      await subscribe(
        store,
        {
          email: DEMO_SUBSCRIBERS.legal,
          case: caseKey,
          audience: 'legal',
          frequency: 'immediate',
          confirmed: true,
        },
        links,
      );
      if (options.advocate !== false)
        await subscribe(
          store,
          {
            email: DEMO_SUBSCRIBERS.advocate,
            case: caseKey,
            audience: 'advocate',
            frequency: 'daily',
            confirmed: true,
          },
          links,
        );
      for (const more of options.subscribers ?? [])
        await subscribe(store, { ...more, case: caseKey, confirmed: true }, links);
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
      documents: false,
      http: new HttpClient({ logger, clock: unpaced, retry: { maxAttempts: 2 } }),
      settings: { pollCron: `*/${options.pollSeconds ?? 2} * * * * *`, pollJitterMs: 0 },
    });
    logger.info(
      `replay court at ${court.url} (court time ${court.clock.describe()}, speed ${options.speed}); store ${store.location}; mail to ${daemon.mailer?.destination}`,
    );
    await options.onStart?.({ court, daemon });
    const appeals = new AppealFollower(court, daemon, caseKey, new DocumentTexts(court, daemon, caseKey));
    if (max) {
      const d = daemon;
      const after = options.onCycle ? () => options.onCycle!({ court, daemon: d }) : undefined;
      await replayAtMax(court, daemon, appeals, options.signal, after);
    } else await waitUntilDone(court, daemon, appeals, options.pollSeconds ?? 2, options.signal);
    return await summarize(court, daemon, notify.publicUrl, caseKey);
  } finally {
    await daemon?.stop();
    await court.close();
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  }
}

/** A court day: how long after docketing an appeal no notice announced is followed anyway. */
const UNANNOUNCED_APPEAL_MS = 24 * 3600_000;

/**
 * Adds each appeal's docket as a source once the appeal exists: its court has docketed it and the
 * worker has read a notice of appeal for it (the k-th appeal docketed needs k `appeal.noticed`
 * events), or a court day has passed since it was docketed.
 */
class AppealFollower {
  readonly #court: ReplayCourt;
  readonly #daemon: Daemon;
  readonly #caseKey: string;
  /** Source id per followed appeal, by index in `history.appeals`. */
  readonly #sources = new Map<number, string>();

  /** The district entries' document texts, handed over as they are published. */
  readonly texts: DocumentTexts;

  constructor(court: ReplayCourt, daemon: Daemon, caseKey: string, texts: DocumentTexts) {
    this.#court = court;
    this.#daemon = daemon;
    this.#caseKey = caseKey;
    this.texts = texts;
  }

  /** The appellate sources watched so far. */
  get sources(): string[] {
    return [...this.#sources.values()];
  }

  /** Add the sources of appeals that have just become known. */
  async follow(): Promise<void> {
    const appeals = this.#court.history.appeals;
    if (this.#sources.size === appeals.length) return;
    const db = this.#daemon.store.db;
    const now = this.#court.clock.nowMs();
    let notices: number | null = null;
    for (const [i, appeal] of appeals.entries()) {
      if (this.#sources.has(i)) continue;
      const docketed = appeal.entries[0]!.publishedAt;
      if (docketed > now) continue;
      notices ??= Number(
        (
          await db
            .selectFrom('events')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('type', '=', 'appeal.noticed')
            .executeTakeFirst()
        )?.n ?? 0,
      );
      if (notices < i + 1 && now < docketed + UNANNOUNCED_APPEAL_MS) continue;
      this.#sources.set(i, await this.#watch(appeal, i));
    }
  }

  async #watch(appeal: ReplayAppeal, index: number): Promise<string> {
    const db = this.#daemon.store.db;
    const url = this.#court.urls.appeals[index]!;
    const { key } = await addCase(db, appeal.court, appeal.docketNumber, {
      parent: this.#caseKey,
      linkType: 'appeal',
    });
    const existing = (await configuredSources(db)).find(
      (r) => r.court_id === appeal.court && JSON.parse(r.config).url === url,
    );
    if (existing) return existing.id;
    return addSource(db, {
      type: 'pacer-docket-public',
      court: appeal.court,
      case: key,
      config: { url, court: appeal.court, kind: 'pacer-appellate' },
    });
  }
}

/**
 * The orders' own words (`documentText`) reach docketwatch the way a source's document text does
 * live (`ingestParsed`'s `texts`): kept as the entry's document text (`setEntryText`, the store
 * function the ingest and document paths use) when the entry is published, so the reading that
 * tells the entry reads them. A numbered entry's text is kept before the poll that brings the entry
 * (its key is its number); an unnumbered one's once the poll has stored it (its key is the
 * store's), and the case's posture follows it (`refreshAfterIngest`) before the round's alerts.
 */
class DocumentTexts {
  readonly #court: ReplayCourt;
  readonly #daemon: Daemon;
  readonly #caseKey: string;
  readonly #handed = new Set<number>();

  constructor(court: ReplayCourt, daemon: Daemon, caseKey: string) {
    this.#court = court;
    this.#daemon = daemon;
    this.#caseKey = caseKey;
  }

  /** `before`: the numbered entries published by now; after the poll: the unnumbered ones. */
  async hand(phase: 'before' | 'after'): Promise<void> {
    const now = this.#court.clock.nowMs();
    const handed: { type: string; case: string; entry: string }[] = [];
    for (const e of this.#court.history.entries) {
      if (!e.documentText || e.publishedAt > now || this.#handed.has(e.seqNo)) continue;
      const numbered = e.number !== null && e.number !== undefined;
      if (numbered !== (phase === 'before')) continue;
      const key = numbered ? String(e.number) : await this.#unnumberedKey(e);
      if (!key) continue;
      this.#handed.add(e.seqNo);
      await setEntryText(this.#daemon.store, this.#caseKey, key, e.documentText, 'replay');
      handed.push({ type: 'entry.text', case: this.#caseKey, entry: key });
    }
    // At a numeric speed the worker polls on its own schedule: an entry already stored is read again.
    const stored = phase === 'after' ? handed : await this.#stored(handed);
    if (stored.length > 0) await refreshAfterIngest(this.#daemon.store, stored);
  }

  async #stored<T extends { entry: string }>(handed: T[]): Promise<T[]> {
    if (handed.length === 0) return [];
    const c = await findCase(this.#daemon.store.db, this.#caseKey);
    if (!c) return [];
    const keys = new Set(
      (
        await this.#daemon.store.db
          .selectFrom('entries')
          .select('entry_key')
          .where('case_id', '=', c.id)
          .where(
            'entry_key',
            'in',
            handed.map((h) => h.entry),
          )
          .execute()
      ).map((r) => r.entry_key),
    );
    return handed.filter((h) => keys.has(h.entry));
  }

  /** The stored key of an unnumbered entry: the one of its day, or of its day with its words. */
  async #unnumberedKey(e: ReplayHistory['entries'][number]): Promise<string | null> {
    const c = await findCase(this.#daemon.store.db, this.#caseKey);
    if (!c) return null;
    const rows = await this.#daemon.store.db
      .selectFrom('entries')
      .select(['entry_key', 'description'])
      .where('case_id', '=', c.id)
      .where('status', '=', 'present')
      .where('number', 'is', null)
      .where('date_filed', 'like', `${e.dateFiled}%`)
      .execute();
    if (rows.length <= 1) return rows[0]?.entry_key ?? null;
    const words = (t: string | null) =>
      (t ?? '')
        .replace(/[^A-Za-z0-9]+/g, '')
        .slice(0, 60)
        .toLowerCase();
    return rows.find((r) => words(r.description) === words(e.text))?.entry_key ?? null;
  }
}

/**
 * One round of the worker: every source polled, the deadline clock, alerts and digests sent. A round
 * between publications (`polls: false`) leaves the polls out: the courts serve nothing new then.
 */
async function cycle(daemon: Daemon, appeals: AppealFollower, polls = true): Promise<void> {
  const { worker, store } = daemon;
  if (polls) {
    await appeals.follow();
    await appeals.texts.hand('before');
    for (const row of await configuredSources(store.db)) await worker.run('poll', { source: row.id });
    await appeals.texts.hand('after');
  }
  await worker.run('deadlines');
  await worker.run('notify');
  await worker.run('digests');
  await worker.idle();
}

/**
 * The rounds at max speed: one at each publication, one at each moment the worker's clock changes
 * something in between (`nextClockMoment`: the deadline clock's run on a day a deadline, a stay, an
 * injunction or a recurring filing falls on; a digest while news waits for it), and the morning
 * after the last publication, when the last digests fall due (and the clock's moments before it).
 * Before a round, the digest job alone runs at each digest time passed with no news since the last
 * round (`quietDigestTimes`), so that the period is decided then, as live, and sends nothing.
 */
async function replayAtMax(
  court: ReplayCourt,
  daemon: Daemon,
  appeals: AppealFollower,
  signal?: AbortSignal,
  after?: () => void | Promise<void>,
): Promise<void> {
  const round = async (polls = true) => {
    await cycle(daemon, appeals, polls);
    await after?.();
  };
  await round();
  // The morning after the last publication, once it is out.
  let end: number | null = null;
  while (!signal?.aborted) {
    const publication = court.clock.next()?.getTime() ?? null;
    end ??= publication === null ? court.clock.nowMs() + MORNING_AFTER_MS : null;
    const clock = await nextClockMoment(daemon.store, court.clock.nowMs());
    const next = Math.min(publication ?? end!, clock ?? Number.POSITIVE_INFINITY);
    for (const at of await quietDigestTimes(daemon.store.db, court.clock.nowMs(), next)) {
      court.clock.advanceTo(at);
      await daemon.worker.run('digests');
    }
    court.clock.advanceTo(next);
    await round(next === publication || next === end);
    if (next === end) break;
  }
}

/** How long after the last publication the replay's last round runs: its last digests are due by then. */
const MORNING_AFTER_MS = 24 * 3600_000;

/**
 * At a numeric speed the worker polls on its schedules; a source added after it started has no
 * schedule of its own, so the appellate dockets are polled here at the same interval.
 */
async function waitUntilDone(
  court: ReplayCourt,
  daemon: Daemon,
  appeals: AppealFollower,
  pollSeconds: number,
  signal?: AbortSignal,
): Promise<void> {
  let lastPoll = 0;
  while (!signal?.aborted && !court.clock.done) {
    await appeals.follow();
    await appeals.texts.hand('before');
    await appeals.texts.hand('after');
    if (appeals.sources.length > 0 && Date.now() - lastPoll >= pollSeconds * 1000) {
      lastPoll = Date.now();
      for (const source of appeals.sources) await daemon.worker.run('poll', { source });
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  if (!signal?.aborted) await cycle(daemon, appeals);
}

async function summarize(
  court: ReplayCourt,
  daemon: Daemon,
  publicUrl: string,
  caseKey: string,
): Promise<DemoSummary> {
  const db = daemon.store.db;
  const entries = await db
    .selectFrom('entries')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirst();
  // Counted in the replayed case's record, where each act of a court above is applied once: an
  // appeal's own docket keeps a record of its own (its opinion and its judgment apart, its orders
  // read as if they were the district court's), which is not what the case's readers were told.
  const tracked = await findCase(db, caseKey);
  const eventsIn = (caseId: number | null) =>
    db
      .selectFrom('events')
      .select((eb) => ['type', eb.fn.countAll().as('n')])
      .$if(caseId !== null, (q) => q.where('case_id', '=', caseId!))
      .groupBy('type')
      .orderBy('type')
      .execute();
  const events = await eventsIn(null);
  const inCase = tracked ? await eventsIn(tracked.id) : [];
  const onAppeal = { decisions: 0, stays: 0, administrative: 0, mandates: 0 };
  const appellate = tracked
    ? await db
        .selectFrom('events')
        .select(['type', 'payload'])
        .where('case_id', '=', tracked.id)
        .where('type', 'in', ['appeal.decided', 'appeal.mandate', 'appeal.stay_granted', 'injunction.stayed'])
        .execute()
    : [];
  for (const row of appellate) {
    const e = parseEvent(row.type, JSON.parse(row.payload));
    if (e?.type === 'appeal.decided') onAppeal.decisions++;
    else if (e?.type === 'appeal.mandate') onAppeal.mandates++;
    else if (e?.type === 'appeal.stay_granted' || e?.type === 'injunction.stayed') {
      const by = e.type === 'appeal.stay_granted' ? e.payload.by : e.payload.pendingAppeal?.by;
      if (by !== 'appeals' && by !== 'supreme_court') continue;
      onAppeal.stays++;
      if (
        e.type === 'appeal.stay_granted' ? e.payload.administrative : e.payload.pendingAppeal?.administrative
      )
        onAppeal.administrative++;
    }
  }
  const emails = await db
    .selectFrom('outbox')
    .select(['subject', 'recipient', 'status'])
    .orderBy('id')
    .execute();
  const bySubject: Record<string, number> = {};
  for (const e of emails) bySubject[e.subject] = (bySubject[e.subject] ?? 0) + 1;
  return {
    case: { key: caseKey, name: court.history.caseName },
    courtTime: court.clock.describe(),
    store: daemon.store.location,
    publicUrl,
    publications: court.clock.progress(),
    entries: Number(entries?.n ?? 0),
    events: Object.fromEntries(events.map((e) => [e.type, Number(e.n)])),
    inCase: Object.fromEntries(inCase.map((e) => [e.type, Number(e.n)])),
    onAppeal,
    emails: emails.map((e) => ({ subject: e.subject, to: e.recipient, status: e.status })),
    emailsBySubject: bySubject,
    outbox: daemon.mailer?.destination ?? 'off',
  };
}
