/**
 * When a source is polled, and whether it is overdue: the one place each is decided. An
 * installation-wide override (`worker.pollCron`) wins, then the source's own `schedule` in its
 * config, then the default its folder declares (`politeness.schedule`). A source that only
 * receives (`nef-inbound`) is never polled, and never stale: a quiet week is no fault of it.
 */
import type { Source } from '../../db/schema.ts';
import { findSource } from '../../scrapers/registry.ts';
import { cronIntervalMs, isStale } from './health.ts';

/** For a source of a type docketwatch no longer knows (it fails when polled, and says why). */
const UNKNOWN_TYPE_CRON = '*/30 * * * *';

type Row = Pick<Source, 'type' | 'config'>;

/** False for a source that only receives what it reads; an unknown type is polled (and fails, saying why). */
export function isPolled(row: Pick<Source, 'type'>): boolean {
  const source = findSource(row.type);
  return source === undefined || source.fetch !== undefined;
}

/** The cron a source is polled on; `null` when it is never polled. */
export function sourceCron(row: Row, override: string | null = null): string | null {
  if (!isPolled(row)) return null;
  if (override) return override;
  const own = (JSON.parse(row.config) as { schedule?: unknown }).schedule;
  if (typeof own === 'string' && own.trim() !== '') return own;
  return findSource(row.type)?.politeness.schedule ?? UNKNOWN_TYPE_CRON;
}

/** No success within 3× the interval of the source's schedule (since it was added, before any). */
export function isSourceStale(
  row: Row & Pick<Source, 'created_at'>,
  lastSuccessAt: string | null,
  now: number,
  override: string | null = null,
): boolean {
  const cron = sourceCron(row, override);
  if (cron === null) return false;
  let interval = 60_000;
  try {
    interval = cronIntervalMs(cron);
  } catch {
    // 6-field (seconds) expressions: a minute is a safe upper bound for staleness.
  }
  return isStale(lastSuccessAt, row.created_at, interval, now);
}
