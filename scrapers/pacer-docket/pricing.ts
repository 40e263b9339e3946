/**
 * What a PACER docket report costs ($0.10 a page, at most 30 pages) and what the source is handed
 * to spend within the month's budget (the ledger itself is `src/sources/budget.ts`).
 */

export const CENTS_PER_PAGE = 10;
export const MAX_PAGES = 30;
export const WORST_CASE_CENTS = CENTS_PER_PAGE * MAX_PAGES;

export interface Receipt {
  pages: number | null;
  cents: number;
  text: string | null;
}

export interface PacerDocketInputs {
  /** When another source last brought something new for the case (ISO), `null` if never. */
  changedAt: string | null;
  /** Entries other sources brought since the last report: drives the page estimate. */
  newEntries: number;
  monthlyBudgetCents: number;
  /** Reserve the worst case against the budget (throws `BudgetExceededError`); returns the reservation. */
  reserve(estimatedCents: number): Promise<number>;
  /** Replace a reservation with what the receipt says was charged. */
  settle(reservation: number, receipt: Receipt): Promise<void>;
}
