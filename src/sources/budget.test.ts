import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { addCase } from '../../db/cases.ts';
import { addSource, configuredSources } from '../../db/sources.ts';
import { WORST_CASE_CENTS } from '../../scrapers/pacer-docket/pricing.ts';
import { DIALECTS, describeDialect, freshStore } from '../../tests/support/db.ts';
import { BudgetExceededError, sourceBudget, spentThisMonth } from './budget.ts';

async function inputsFor(dialect: (typeof DIALECTS)[number], budgetUsd: number, sources = 2) {
  const store = await freshStore(dialect);
  await addCase(store.db, 'mied', '2:17-cv-11910');
  const all = [];
  for (let i = 0; i < sources; i++) {
    const id = await addSource(store.db, {
      type: 'pacer-docket',
      court: null,
      case: 'mied:2:17-cv-11910',
      config: { court: 'mied', docketNumber: '2:17-cv-11910', pacerCaseId: '321020', n: i },
    });
    const [row] = await configuredSources(store.db, id);
    all.push(await sourceBudget(store.db, row!, { since: null }, { monthlyBudgetUsd: budgetUsd }));
  }
  return { store, all };
}

for (const dialect of DIALECTS) {
  describeDialect(dialect, 'PACER budget reservations', () => {
    it('lets exactly one of two concurrent reservations pass when together they exceed the budget', async () => {
      // $5.00 covers one worst case ($3.00), not two.
      const { store, all } = await inputsFor(dialect, 5);
      // Open several pooled connections first, so the two reservations really run side by side.
      await Promise.all([1, 2, 3].map(() => sql`select 1`.execute(store.db)));
      for (let round = 0; round < 5; round++) {
        await store.db.deleteFrom('pacer_spend').execute();
        const results = await Promise.allSettled(all.map((inputs) => inputs.reserve(120)));
        const passed = results.filter((r) => r.status === 'fulfilled');
        const refused = results.filter((r) => r.status === 'rejected');
        expect(passed).toHaveLength(1);
        expect(refused).toHaveLength(1);
        expect((refused[0] as PromiseRejectedResult).reason).toBeInstanceOf(BudgetExceededError);
        expect(await spentThisMonth(store.db)).toBe(WORST_CASE_CENTS);
      }
    });

    it('never lets many concurrent pollers together pass the budget', async () => {
      // $10.00: three worst cases fit, the other five reservations must be refused.
      const { store, all } = await inputsFor(dialect, 10, 8);
      const results = await Promise.allSettled(all.map((inputs) => inputs.reserve(300)));
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
      expect(await spentThisMonth(store.db)).toBe(3 * WORST_CASE_CENTS);
    });

    it('settles a reservation to the receipt, freeing the rest for the next report', async () => {
      const { store, all } = await inputsFor(dialect, 5);
      const reservation = await all[0]!.reserve(120);
      await all[0]!.settle(reservation, { pages: 2, cents: 20, text: 'Pages: 2 Cost: 0.20' });
      expect(await spentThisMonth(store.db)).toBe(20);
      await expect(all[1]!.reserve(120)).resolves.toBeTypeOf('number');
      expect(await spentThisMonth(store.db)).toBe(20 + WORST_CASE_CENTS);
    });
  });
}
