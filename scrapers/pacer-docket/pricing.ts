/**
 * What a PACER docket report costs ($0.10 a page, at most 30 pages). The source spends within the
 * month's budget through `ctx.budget` (the ledger itself is `src/sources/budget.ts`).
 */

export const CENTS_PER_PAGE = 10;
export const MAX_PAGES = 30;
export const WORST_CASE_CENTS = CENTS_PER_PAGE * MAX_PAGES;
