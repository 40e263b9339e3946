/**
 * The PACER budget: docket reports cost $0.10 a page, at most $3.00 a report, and the month's
 * spending never passes the configured budget. Before a report is requested, the worst case
 * ($3.00) is reserved in the ledger in one transaction with the check (so two pollers cannot both
 * spend the last dollars); the receipt's actual cost then replaces the reservation, or zero when
 * no report came back. The poller hands these to the source as `inputs`, with the signal that
 * another source saw something new for the case since the last report.
 */
import { type Kysely, sql } from 'kysely';
import { dialectOf, writeTransaction } from '../../db/index.ts';
import type { Database, Source } from '../../db/schema.ts';
import { type PacerDocketInputs, WORST_CASE_CENTS } from '../../scrapers/pacer-docket/pricing.ts';
import type { RunState } from '../../scrapers/run.ts';
import { loadConfig } from '../config.ts';
import { DocketwatchError } from '../errors.ts';

/** The month's remaining budget cannot cover a report's worst case: nothing was requested. */
export class BudgetExceededError extends DocketwatchError {
  constructor(message: string) {
    super('EBUDGET', message);
  }
}

/**
 * Serialize budget checks: on SQLite `writeTransaction` already holds the write lock from BEGIN
 * IMMEDIATE; on PostgreSQL a plain transaction lets two pollers both read the same total, so the
 * check takes a transaction-scoped advisory lock on a key of its own (released at commit/rollback).
 */
export async function lockBudget(trx: Kysely<Database>): Promise<void> {
  if (dialectOf(trx) !== 'postgres') return;
  await sql`select pg_advisory_xact_lock(hashtext('docketwatch:pacer-budget:' || current_schema()))`.execute(
    trx,
  );
}

export function monthOf(date: Date): string {
  return date.toISOString().slice(0, 7);
}

export async function spentThisMonth(db: Kysely<Database>, now = new Date()): Promise<number> {
  const row = await db
    .selectFrom('pacer_spend')
    .select((eb) => eb.fn.sum<number | string | null>('cents').as('cents'))
    .where('month', '=', monthOf(now))
    .executeTakeFirst();
  return Number(row?.cents ?? 0);
}

export async function pacerDocketInputs(
  db: Kysely<Database>,
  row: Source,
  previous: RunState,
  options: { monthlyBudgetUsd?: number; now?: () => Date } = {},
): Promise<PacerDocketInputs> {
  const now = options.now ?? (() => new Date());
  const config = JSON.parse(row.config) as { monthlyBudgetUsd?: number };
  const globalUsd = options.monthlyBudgetUsd ?? loadConfig().config.pacer.monthlyBudgetUsd;
  // A source may cap itself lower than the installation's budget, never higher.
  const budgetUsd =
    typeof config.monthlyBudgetUsd === 'number' ? Math.min(config.monthlyBudgetUsd, globalUsd) : globalUsd;
  const monthlyBudgetCents = Math.round(budgetUsd * 100);
  const lastReportAt = (previous.source as { lastReportAt?: string } | null)?.lastReportAt ?? null;

  let changedAt: string | null = null;
  let newEntries = 0;
  if (row.case_id !== null) {
    let q = db
      .selectFrom('entry_versions')
      .innerJoin('entries', 'entries.id', 'entry_versions.entry_id')
      .select((eb) => [
        eb.fn.max('entry_versions.seen_at').as('at'),
        eb.fn.count('entry_versions.id').as('n'),
      ])
      .where('entries.case_id', '=', row.case_id)
      .where('entry_versions.source_id', '!=', row.id);
    if (lastReportAt) q = q.where('entry_versions.seen_at', '>', lastReportAt);
    const r = await q.executeTakeFirst();
    changedAt = (r?.at as string | null) ?? null;
    newEntries = Number(r?.n ?? 0);
  }

  return {
    changedAt,
    newEntries,
    monthlyBudgetCents,
    reserve: (estimatedCents) =>
      writeTransaction(db, async (trx) => {
        await lockBudget(trx);
        const at = now();
        const spent = await spentThisMonth(trx, at);
        const left = monthlyBudgetCents - spent;
        if (left < WORST_CASE_CENTS) {
          throw new BudgetExceededError(
            `PACER budget: $${(left / 100).toFixed(2)} left of $${(monthlyBudgetCents / 100).toFixed(2)} this month, less than a report's worst case ($${(WORST_CASE_CENTS / 100).toFixed(2)}); no report requested`,
          );
        }
        const inserted = await trx
          .insertInto('pacer_spend')
          .values({
            source_id: row.id,
            month: monthOf(at),
            at: at.toISOString(),
            estimated_cents: estimatedCents,
            pages: null,
            cents: WORST_CASE_CENTS,
            receipt: null,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        return inserted.id;
      }),
    settle: async (reservation, receipt) => {
      await db
        .updateTable('pacer_spend')
        .set({ pages: receipt.pages, cents: receipt.cents, receipt: receipt.text })
        .where('id', '=', reservation)
        .execute();
    },
  };
}
