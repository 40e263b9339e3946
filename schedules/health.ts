/**
 * Source health: every fifteen minutes, say which sources are failing, down, changed their layout,
 * or have not succeeded for three of their intervals (stale). The poller records health as it
 * goes (and appends `source.down` events); this job makes a silent source visible in the log.
 */
import { configuredSources, loadSourceState } from '../db/sources.ts';
import { isSourceStale } from '../src/sources/schedule.ts';
import type { Schedule } from './types.ts';

export const healthSchedule: Schedule = {
  job: 'health',
  description: 'report failing, down and stale sources',
  cron: '*/15 * * * *',
  atStart: false,
  async run(ctx) {
    const bad: string[] = [];
    const now = ctx.now().getTime();
    const rows = await configuredSources(ctx.store.db);
    for (const row of rows) {
      const state = await loadSourceState(ctx.store.db, row.id);
      const stale = isSourceStale(row, state?.last_success_at ?? null, now, ctx.settings.pollCron);
      const health = state?.health ?? 'new';
      if (stale || (health !== 'ok' && health !== 'new')) {
        bad.push(
          `${row.id} ${health}${stale ? ' (stale)' : ''}${state?.last_error ? `: ${state.last_error}` : ''}`,
        );
      }
    }
    if (bad.length > 0) return { warn: `sources needing attention: ${bad.join('; ')}` };
    return `health: ${rows.length - bad.length} of ${rows.length} sources healthy`;
  },
};
