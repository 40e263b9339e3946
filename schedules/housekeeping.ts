/**
 * Daily housekeeping: prune fetch log rows, sent outbox rows and webhook deliveries past their
 * retention (deliveries: `KEEP_WEBHOOK_DAYS`, far longer than CourtListener retries one), then let the
 * database refresh its statistics (`ANALYZE` on PostgreSQL, `PRAGMA optimize` on SQLite; no VACUUM,
 * which rewrites the whole file and blocks writers — run it by hand when the file must shrink).
 */
import { sql } from 'kysely';
import type { Schedule } from './types.ts';

const DAY_MS = 86_400_000;
/** Webhook deliveries are kept this long: their keys only need to outlive the sender's retries. */
export const KEEP_WEBHOOK_DAYS = 30;

export const housekeepingSchedule: Schedule = {
  job: 'housekeeping',
  description:
    'prune old fetch log rows, sent outbox rows and webhook deliveries; refresh database statistics',
  cron: '30 3 * * *',
  atStart: false,
  async run(ctx) {
    const now = ctx.now().getTime();
    const fetchCutoff = new Date(now - ctx.settings.keepFetchLogDays * DAY_MS).toISOString();
    const sentCutoff = new Date(now - ctx.settings.keepSentDays * DAY_MS).toISOString();
    const fetches = await ctx.store.db
      .deleteFrom('fetch_log')
      .where('started_at', '<', fetchCutoff)
      .executeTakeFirst();
    const sent = await ctx.store.db
      .deleteFrom('outbox')
      .where('status', '=', 'sent')
      .where('sent_at', '<', sentCutoff)
      .executeTakeFirst();
    const deliveries = await ctx.store.db
      .deleteFrom('webhook_deliveries')
      .where('received_at', '<', new Date(now - KEEP_WEBHOOK_DAYS * DAY_MS).toISOString())
      .executeTakeFirst();
    if (ctx.store.dialect === 'postgres') await sql`analyze`.execute(ctx.store.db);
    else await sql`pragma optimize`.execute(ctx.store.db);
    return `housekeeping: pruned ${Number(fetches.numDeletedRows)} fetch log rows, ${Number(sent.numDeletedRows)} sent messages, ${Number(deliveries.numDeletedRows)} webhook deliveries`;
  },
};
