/**
 * The deadline clock: once a day (just after midnight) and at start, `advanceDeadlines` for each
 * case as of the court's own date — stays about to expire, deadlines due or passed, expected
 * reports missing. Each event is appended once per key, so running it again the same day adds
 * nothing; events it adds are notified at once. First each case's record is checked against all
 * its entries (the refresh after an ingest reads only the entries the ingest named): what a crash
 * between the two left out, or a change of the rules (the case is derived again), is caught here.
 */
import { advanceDeadlines, courtToday, refreshCaseDeadlines } from '../src/deadlines/record.ts';
import type { Schedule } from './types.ts';

export const deadlineSchedule: Schedule = {
  job: 'deadlines',
  description: 'advance stays and deadlines to the court date (reminders, expiries, missing reports)',
  cron: '5 0 * * *',
  atStart: true,
  async run(ctx) {
    const now = ctx.now();
    const cases = await ctx.store.db
      .selectFrom('deadline_records')
      .innerJoin('cases', 'cases.id', 'deadline_records.case_id')
      .select(['cases.id', 'cases.court_id'])
      .distinct()
      .orderBy('cases.id')
      .execute();
    let events = 0;
    for (const c of cases) {
      const checked = await refreshCaseDeadlines(ctx.store, c.id, { now });
      for (const e of checked.events) ctx.metrics.events.inc({ type: e.type });
      events += checked.events.length;
      const [refresh] = await advanceDeadlines(ctx.store, courtToday(c.court_id, now), { now, case: c.id });
      for (const e of refresh?.events ?? []) ctx.metrics.events.inc({ type: e.type });
      events += refresh?.events.length ?? 0;
    }
    if (events > 0) ctx.trigger('notify');
    return `deadlines: ${cases.length} cases advanced, ${events} events`;
  },
};
