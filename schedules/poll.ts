import { configuredSources } from '../db/sources.ts';
import { pollSource } from '../src/sources/poll.ts';
import { backfillProgress } from '../src/sources/progress.ts';
import { rejectedLine } from '../src/sources/record.ts';
import type { JobContext, Schedule } from './types.ts';

/** The cron a source is polled on. */
export const pollSchedule: Schedule = {
  job: 'poll',
  description:
    'poll a source (each on its own cron, with jitter); notify right after when it found something',
  cron: 'per source',
  atStart: true,
  async run(ctx: JobContext, data) {
    if (!data.source) throw new Error('poll needs a source id');
    const [row] = await configuredSources(ctx.store.db, data.source);
    const report = await pollSource(ctx.store, row!, {
      http: ctx.http,
      logger: ctx.logger,
      signal: ctx.signal,
      monthlyBudgetUsd: ctx.settings.pacerMonthlyBudgetUsd,
      onProgress: backfillProgress(`${row!.id} (${row!.type})`, { logger: ctx.logger }),
      ...(ctx.browser ? { browser: ctx.browser } : {}),
    });
    ctx.metrics.polls.inc({ source: report.source, type: report.type, status: report.status });
    if (report.error) ctx.metrics.fetchErrors.inc({ source: report.source, code: report.error.code });
    const entries = report.events.filter((e) => e.type === 'entry.added' || e.type === 'entry.updated');
    ctx.metrics.entriesIngested.inc({ source: report.source }, entries.length);
    for (const e of report.events) ctx.metrics.events.inc({ type: e.type });
    if (report.events.length > 0 || report.proposed) ctx.trigger('notify');
    if (report.status === 'interrupted') {
      return `${report.source}: poll interrupted because the worker is stopping (source health unchanged; polled again at the next start)`;
    }
    if (report.error) {
      return {
        warn: `${report.source}: unreachable or failing (${report.error.code}: ${report.error.message})`,
      };
    }
    const found =
      report.status === 'not-modified'
        ? 'nothing new (not modified)'
        : `${countOf(report.events, 'entry.added')} new entries, ${countOf(report.events, 'entry.updated')} changed, ${report.events.length} events`;
    const proposed = report.proposed ? `; saved searches found ${report.proposed} new cases` : '';
    const line = `polled ${report.source} (${report.type}): ${found}${proposed} in ${report.durationMs} ms`;
    // Rows the source listed that were not read are said where the poll is logged, never dropped silently.
    return report.rejected.length > 0 ? { warn: `${line}; ${rejectedLine(report.rejected)}` } : line;
  },
};

function countOf(events: { type: string }[], type: string): number {
  return events.filter((e) => e.type === type).length;
}
