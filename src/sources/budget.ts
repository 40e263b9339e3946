/**
 * The PACER budget: docket reports cost $0.10 a page, at most $3.00 a report, and the month's
 * spending never passes the configured budget. Before a report is requested, the worst case
 * ($3.00) is reserved in the ledger in one transaction with the check (so two pollers cannot both
 * spend the last dollars); the receipt's actual cost then replaces the reservation, or zero when
 * no report came back. The poller hands this to the source as `ctx.budget`, with the signal that
 * another source saw something new for the case since the last report. The installation's budget
 * is passed in (`pacer.monthlyBudgetUsd`, through the poll's options): nothing here reads settings.
 */
import { type Kysely, sql } from 'kysely';
import { dialectOf, writeTransaction } from '../../db/index.ts';
import type { Database, Source } from '../../db/schema.ts';
import { WORST_CASE_CENTS } from '../../scrapers/pacer-docket/pricing.ts';
import type { Budget, BudgetRequest } from '../../scrapers/types.ts';
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

/**
 * The budget a source of `row` spends from: `monthlyBudgetUsd` is the installation's (0: nothing is
 * bought), lowered by the source's own cap.
 */
export async function sourceBudget(
  db: Kysely<Database>,
  row: Pick<Source, 'id' | 'case_id'>,
  request: BudgetRequest,
  options: { monthlyBudgetUsd: number; now?: () => Date },
): Promise<Budget> {
  const now = options.now ?? (() => new Date());
  // A source may cap itself lower than the installation's budget, never higher.
  const budgetUsd =
    request.capUsd === undefined
      ? options.monthlyBudgetUsd
      : Math.min(request.capUsd, options.monthlyBudgetUsd);
  const monthlyBudgetCents = Math.round(budgetUsd * 100);

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
    if (request.since) q = q.where('entry_versions.seen_at', '>', request.since);
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
