/**
 * `docketwatch status`: what the worker is doing, read from the store — tracked cases, each
 * source's health and when it is polled next, the other schedules' next runs, and the outbox.
 * One JSON object per line (`kind: case | source | schedule | outbox`); `--text` for people.
 */
import type { Command } from 'commander';
import { createTask } from 'node-cron';
import { listCases } from '../../../db/cases.ts';
import { openDatabase } from '../../../db/index.ts';
import { configuredSources, loadSourceState } from '../../../db/sources.ts';
import { SCHEDULES } from '../../../schedules/index.ts';
import { loadConfig } from '../../config.ts';
import { outboxCounts } from '../../notify/outbox.ts';
import { sourceCron } from '../../sources/schedule.ts';
import { writeLine } from '../output.ts';

function nextRun(cron: string): string | null {
  const task = createTask(cron, () => undefined);
  try {
    void task.start(); // a stopped task has no next run; destroyed before it can fire

    return task.getNextRun()?.toISOString() ?? null;
  } finally {
    void task.destroy();
  }
}

export function registerStatus(program: Command): void {
  program
    .command('status')
    .description(
      'Show tracked cases, source health and next polls, the schedules’ next runs, and the outbox (JSON lines; --text for a table)',
    )
    .option(
      '--db <target>',
      'store: a SQLite file or a postgres:// URL (default: DATABASE_URL or ./data/docketwatch.sqlite)',
    )
    .option('--text', 'plain lines for a terminal instead of JSON')
    .addHelpText('after', '\nExample:\n  docketwatch status --text\n')
    .action(async (opts: { db?: string; text?: boolean }) => {
      const { config } = loadConfig(opts.db ? { overrides: { database: opts.db } } : {});
      const store = await openDatabase(config.database, { existing: true });
      const out = (obj: Record<string, unknown>, text: string) =>
        writeLine(opts.text ? text : JSON.stringify(obj));
      try {
        for (const c of await listCases(store.db)) {
          await out(
            { kind: 'case', case: c.key, name: c.caseName, tracked: c.tracked, entries: c.entries },
            `case     ${c.key}  ${c.caseName ?? ''}  ${c.entries} entries${c.tracked ? '' : ' (not tracked)'}`,
          );
        }
        for (const row of await configuredSources(store.db)) {
          const s = await loadSourceState(store.db, row.id);
          const cron = sourceCron(row, config.worker.pollCron ?? null);
          const view = {
            kind: 'source',
            source: row.id,
            type: row.type,
            health: s?.health ?? 'new',
            lastSuccessAt: s?.last_success_at ?? null,
            lastAttemptAt: s?.last_attempt_at ?? null,
            consecutiveFailures: s?.consecutive_failures ?? 0,
            lastError: s?.last_error ?? null,
            cron,
            nextPoll: cron ? nextRun(cron) : null,
          };
          await out(
            view,
            `source   ${row.id}  ${view.health}  last ok ${view.lastSuccessAt ?? 'never'}  next ${view.nextPoll ?? '-'}${view.lastError ? `  error: ${view.lastError}` : ''}`,
          );
        }
        for (const s of SCHEDULES) {
          if (s.job === 'poll') continue;
          const next = nextRun(s.cron);
          await out(
            { kind: 'schedule', job: s.job, cron: s.cron, next, description: s.description },
            `schedule ${s.job.padEnd(12)} ${s.cron.padEnd(14)} next ${next ?? '-'}  ${s.description}`,
          );
        }
        const counts = await outboxCounts(store);
        await out(
          { kind: 'outbox', ...counts },
          `outbox   ${Object.entries(counts)
            .map(([k, v]) => `${k} ${v}`)
            .join(', ')}`,
        );
      } finally {
        await store.close();
      }
    });
}
