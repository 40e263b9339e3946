/**
 * When a source is polled: the one place the cron expression is decided. An installation-wide
 * override (`worker.pollCron`) wins, then the source's own `schedule` in its config, then the
 * default its folder declares (`politeness.schedule`).
 */
import type { Source } from '../../db/schema.ts';
import { findSource } from '../../scrapers/registry.ts';

/** For a source of a type docketwatch no longer knows (it fails when polled, and says why). */
const UNKNOWN_TYPE_CRON = '*/30 * * * *';

export function sourceCron(row: Pick<Source, 'type' | 'config'>, override: string | null = null): string {
  if (override) return override;
  const own = (JSON.parse(row.config) as { schedule?: unknown }).schedule;
  if (typeof own === 'string' && own.trim() !== '') return own;
  return findSource(row.type)?.politeness.schedule ?? UNKNOWN_TYPE_CRON;
}
