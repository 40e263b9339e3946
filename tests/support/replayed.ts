/**
 * A case history replayed through the real worker at max speed, mailing to a real SMTP server, the
 * live posture collected after each round (`PostureRounds`), and its store opened to read back.
 * `history` is a parsed replay file (written to the run's folder and loaded as `replay` loads one);
 * without it, the bundled Hamama history. `close` ends everything and removes the folder.
 * `replayedFixtureSuite` replays a hand-written history of tests/fixtures/replay/ for a describe block.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDatabase, type Store } from '../../db/index.ts';
import { loadHistory } from '../../src/demo/history.ts';
import { type DemoSummary, runDemo } from '../../src/demo/run.ts';
import { silentLogger } from '../../src/log.ts';
import { runCli } from './cli.ts';
import { ClockRounds, type LateClockEvent, lateClockEvents } from './clock-days.ts';
import { type LiveBatchDifference, LiveBatchWatch } from './live-batch.ts';
import { ADVOCATES_IN_EVERY_LANGUAGE, PostureRounds } from './posture-mail.ts';
import { startSmtp, type TestSmtp } from './smtp.ts';

export interface Replayed {
  smtp: TestSmtp;
  dir: string;
  rounds: PostureRounds;
  store: Store;
  /**
   * Where the live store said, after a round or read again as of a day, something other than a
   * derivation from scratch of the same entries (`LiveBatchWatch`); empty when live equals batch.
   */
  liveBatch: LiveBatchDifference[];
  /** What only the clock changes, told after its own court day (`lateClockEvents`); empty when each is told on it. */
  lateClock: LateClockEvent[];
  /** Each round's court day and newest event (`ClockRounds`). */
  clockRounds: ClockRounds;
  /** What the replay says at its end (`docketwatch replay`'s summary). */
  summary: DemoSummary;
  /**
   * What `docketwatch deadlines --case KEY --as-of DAY` prints for the replayed store (extra
   * arguments after the day); a failed command fails the test with its error output.
   */
  deadlines(asOf: string, ...more: string[]): Promise<string>;
  close(): Promise<void>;
}

export async function replayed(options: {
  caseKey: string;
  history?: unknown;
  subscribers?: Parameters<typeof runDemo>[0]['subscribers'];
  /** Also called after each round of the worker, once the round's posture and mails are kept. */
  onCycle?: Parameters<typeof runDemo>[0]['onCycle'];
}): Promise<Replayed> {
  const dir = mkdtempSync(join(tmpdir(), 'dw-replayed-'));
  if (options.history !== undefined)
    writeFileSync(join(dir, 'history.json'), JSON.stringify(options.history));
  const smtp = await startSmtp();
  const rounds = new PostureRounds(smtp, options.caseKey);
  const watch = new LiveBatchWatch();
  const clock = new ClockRounds(options.caseKey);
  const summary = await runDemo({
    ...(options.history !== undefined ? { history: loadHistory(join(dir, 'history.json')) } : {}),
    speed: 'max',
    outboxDir: join(dir, 'outbox'),
    smtpUrl: smtp.url,
    port: null,
    db: join(dir, 'replay.sqlite'),
    logger: silentLogger,
    ...(options.subscribers ? { subscribers: options.subscribers } : {}),
    onCycle: async (demo) => {
      await rounds.onCycle(demo);
      await watch.onCycle(demo);
      await clock.onCycle(demo);
      await options.onCycle?.(demo);
    },
  });
  const store = await openDatabase(join(dir, 'replay.sqlite'));
  await watch.readAgain(store);
  return {
    smtp,
    dir,
    rounds,
    store,
    summary,
    liveBatch: watch.found,
    lateClock: await lateClockEvents(store, options.caseKey, clock.rounds),
    clockRounds: clock,
    async deadlines(asOf, ...more) {
      const out = await runCli([
        'deadlines',
        '--case',
        options.caseKey,
        '--as-of',
        asOf,
        '--db',
        join(dir, 'replay.sqlite'),
        ...more,
      ]);
      if (out.code !== 0)
        throw new Error(`docketwatch deadlines --as-of ${asOf} failed (${out.code}): ${out.stderr}`);
      return out.stdout;
    },
    async close() {
      await store.close();
      await smtp.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A describe block's replayed history: `replayed(options)` before its tests (within `timeoutMs`: a
 * long history such as Hamama's needs more), closed after them. Read `suite.run`, `suite.rounds` and
 * `suite.store` inside the tests (they exist once the hook ran).
 */
export function replayedSuite(
  options: Parameters<typeof replayed>[0],
  timeoutMs = 300_000,
): {
  readonly run: Replayed;
  readonly rounds: PostureRounds;
  readonly store: Store;
} {
  let current: Replayed | undefined;
  beforeAll(async () => {
    current = await replayed(options);
  }, timeoutMs);
  afterAll(async () => {
    await current?.close();
  });
  const ready = (): Replayed => {
    if (!current) throw new Error('the replayed history is read inside tests, after its beforeAll');
    return current;
  };
  // Every replayed history, whatever its suite checks: what the live store said after each round,
  // and says read again as of each of those days, is what a derivation from scratch of the same
  // entries says (tests/support/live-batch.ts).
  it('live equals batch: after every round, and read again as of every day, the store says what a derivation from scratch of its entries says', () => {
    expect(ready().liveBatch).toEqual([]);
  });
  // What only the clock changes (a stay or a TRO running out, a report missed, a deadline passed) is
  // told on its own court day, as a live worker tells it, not on the day of the next entry.
  it('what only the clock changes is told on its own court day', () => {
    expect(ready().lateClock).toEqual([]);
  });
  return {
    get run() {
      return ready();
    },
    get rounds() {
      return ready().rounds;
    },
    get store() {
      return ready().store;
    },
  };
}

/**
 * `replayedSuite` of a hand-written history in tests/fixtures/replay/ (`file`), mailed to the demo's
 * subscribers and to advocates in every language (`ADVOCATES_IN_EVERY_LANGUAGE`).
 */
export function replayedFixtureSuite(caseKey: string, file: string): ReturnType<typeof replayedSuite> {
  return replayedSuite({
    caseKey,
    history: JSON.parse(readFileSync(new URL(`../fixtures/replay/${file}`, import.meta.url), 'utf8')),
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });
}
