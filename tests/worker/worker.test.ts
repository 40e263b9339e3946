/**
 * The worker on a real SQLite store: catching up after downtime from the store (a digest that
 * fell due while it was down goes out at start, once, and not again after a restart), sources
 * added or rescheduled while it runs, and its /metrics on the web server.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Store } from '../../db/index.ts';
import { addSource } from '../../db/sources.ts';
import { metricsRoute } from '../../schedules/metrics.ts';
import type { WorkerSettings } from '../../schedules/types.ts';
import { replayClock, startReplayCourt } from '../../src/demo/server.ts';
import { subscribe } from '../../src/notify/subscriptions.ts';
import { startWebServer } from '../../src/web/server.ts';
import type { Worker } from '../../src/worker/index.ts';
import { SECRET } from '../support/messages.ts';
import { addEntry, CASE_KEY, seedCase } from '../support/notify-store.ts';
import { mailSettings, startWorker } from '../support/worker.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'docketwatch-worker-'));
  dirs.push(d);
  return d;
}

/** The worker as it runs in production, its clock stopped at `now`, mail into `outboxDir`. */
function start(store: Store, outboxDir: string, now: Date, settings: Partial<WorkerSettings> = {}) {
  return startWorker(store, mailSettings({ outboxDir }), {
    now: () => now,
    settings: { pollJitterMs: 0, ...settings },
  });
}

/** Wait for the start runs (deadlines, polls, notify, digests) to finish. */
async function settle(worker: Worker): Promise<void> {
  for (let i = 0; i < 50; i++) {
    await new Promise((r) => setTimeout(r, 20));
    await worker.idle();
  }
}

describe('worker', () => {
  it('sends a digest that fell due while it was down at start, once, and not again after a restart', async () => {
    const dir = tempDir();
    const outbox = join(dir, 'outbox');
    const store = await openDatabase(join(dir, 'dw.sqlite'));
    try {
      const caseId = await seedCase(store);
      await subscribe(
        store,
        {
          email: 'counsel@example.org',
          case: CASE_KEY,
          frequency: 'daily',
          timeZone: 'America/Detroit',
          digestHour: 7,
          confirmed: true,
        },
        { publicUrl: 'http://localhost:8080', secret: SECRET, now: new Date('2017-07-10T12:00:00Z') },
      );
      await addEntry(store, caseId, {
        number: 91,
        date: '2017-07-11',
        text: 'RESPONSE to [77] MOTION for Preliminary Injunction filed by All Respondents. (Counsel, Carol)',
      });
      // Down from the 11th; back on the 13th at 09:00 in Detroit, after the 07:00 digest hour.
      const back = new Date('2017-07-13T13:00:00Z');
      const first = await start(store, outbox, back);
      await settle(first.worker);
      await first.stop();
      const digests = await store.db.selectFrom('outbox').selectAll().where('kind', '=', 'digest').execute();
      expect(digests).toHaveLength(1);
      expect(digests[0]!.status).toBe('sent');
      expect(readdirSync(outbox)).toHaveLength(1);

      // Restarted an hour later: the period is recorded, nothing goes out twice.
      const second = await start(store, outbox, new Date(back.getTime() + 3600_000));
      await settle(second.worker);
      await second.stop();
      expect(
        await store.db.selectFrom('outbox').selectAll().where('kind', '=', 'digest').execute(),
      ).toHaveLength(1);
      expect(readdirSync(outbox)).toHaveLength(1);
    } finally {
      await store.close();
    }
  });

  it('polls a source added while it runs, without a restart, and follows a changed schedule', async () => {
    const dir = tempDir();
    const store = await openDatabase(join(dir, 'dw.sqlite'));
    const court = await startReplayCourt({ clock: replayClock({ speed: 'max' }) });
    const running = await start(store, join(dir, 'outbox'), new Date(), { sourceCheckMs: 100 });
    const { worker } = running;
    try {
      await settle(worker);
      expect(worker.nextRuns().filter((r) => r.name.startsWith('poll:'))).toEqual([]);
      const polled = court.waitForRequest('feed', 10_000);
      const id = await addSource(store.db, {
        type: 'pacer-rss',
        court: 'mied',
        case: null,
        config: { court: 'mied', feedUrl: court.urls.feed, schedule: '0 0 1 1 *' },
      });
      await polled; // at once, not at its (yearly) cron
      await settle(worker);
      const task = worker.nextRuns().find((r) => r.name === `poll:${id}`);
      expect(task?.next?.getMonth()).toBe(0);
      expect(task?.next?.getDate()).toBe(1);
      expect(court.stats().feed.requests).toBe(1);

      // A new schedule for the source is followed, and the source is not polled again for it.
      await store.db
        .updateTable('sources')
        .set({ config: JSON.stringify({ court: 'mied', feedUrl: court.urls.feed, schedule: '0 12 15 6 *' }) })
        .where('id', '=', id)
        .execute();
      const end = Date.now() + 5_000;
      while (
        worker
          .nextRuns()
          .find((r) => r.name === `poll:${id}`)
          ?.next?.getMonth() !== 5
      ) {
        if (Date.now() > end) throw new Error('the changed schedule was not followed');
        await new Promise((r) => setTimeout(r, 50));
      }
      await settle(worker);
      expect(court.stats().feed.requests).toBe(1);
    } finally {
      await running.stop();
      await court.close();
      await store.close();
    }
  });

  it('serves /metrics in the Prometheus text format with job durations and the outbox depth', async () => {
    const dir = tempDir();
    const store = await openDatabase(join(dir, 'dw.sqlite'));
    const running = await start(store, join(dir, 'outbox'), new Date());
    const { worker, metrics, notify } = running;
    const web = await startWebServer({
      store,
      host: '127.0.0.1',
      port: 0,
      publicUrl: 'http://localhost:8080',
      notify,
      routes: [metricsRoute(metrics)],
    });
    try {
      await worker.run('notify');
      const res = await fetch(`${web.url}/metrics`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
      const body = await res.text();
      expect(body).toMatch(/docketwatch_job_duration_seconds_count\{job="notify",outcome="ok"\} [1-9]/);
      expect(body).toContain('docketwatch_outbox_messages{status="pending"} 0');
      expect(body).toContain('# TYPE docketwatch_polls_total counter');
      const health = await fetch(`${web.url}/healthz`);
      expect(health.status).toBe(200);
    } finally {
      await web.close();
      await running.stop();
      await store.close();
    }
  });
});
