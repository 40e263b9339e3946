/**
 * `pacer-docket`: the CM/ECF docket report of one case, bought from PACER ($0.10 a page, at most
 * $3.00 a report). Requested only when another source brought something new for the case since
 * the last report (`trigger: on-change`, the default) or on every scheduled poll (`trigger:
 * schedule`), and only when the month's remaining budget covers the worst case. The query asks
 * for entries filed since the last report's last date, which keeps the report (and its cost)
 * small; the receipt's cost is what goes into the ledger. Credentials: PACER_USERNAME and
 * PACER_PASSWORD from the environment.
 */
import { z } from 'zod';
import { ConfigError, LayoutChangedError } from '../../src/errors.ts';
import { credentialedUrl } from '../../src/net/http.ts';
import { courtIdSchema } from '../court-id.ts';
import { decodeInput } from '../pacer/common.ts';
import { parsePacer } from '../pacer/index.ts';
import { PACER_DOCKET } from '../pacer/kinds.ts';
import { defineSource } from '../types.ts';
import { CENTS_PER_PAGE, MAX_PAGES, WORST_CASE_CENTS } from './pricing.ts';
import { PacerSession, queryFormAction, readReceipt, SessionExpiredError } from './session.ts';

export const pacerDocketConfigSchema = z.object({
  court: courtIdSchema,
  docketNumber: z.string().min(3).max(100),
  /** CM/ECF's internal case id (in `DktRpt.pl?321020` links); the query uses the number when absent. */
  pacerCaseId: z.string().regex(/^\d+$/).optional(),
  trigger: z.enum(['on-change', 'schedule']).default('on-change'),
  /** This source's own monthly cap (USD); the installation's budget applies when lower. */
  monthlyBudgetUsd: z.number().min(0).optional(),
  /** The court's CM/ECF site and PACER's sign-on (tests point them at a local server). */
  courtUrl: credentialedUrl.optional(),
  loginUrl: credentialedUrl.default('https://pacer.login.uscourts.gov'),
});
export type PacerDocketConfig = z.infer<typeof pacerDocketConfigSchema>;

const stateSchema = z.object({
  lastReportAt: z.string().nullable(),
  /** The latest filing date in the last report: the next query starts there. */
  lastEntryDate: z.string().nullable(),
});

/** Entries per printed page of a docket report, roughly (long docket texts make it fewer). */
const ENTRIES_PER_PAGE = 12;

export function estimateCents(newEntries: number, since: string | null): number {
  if (!since) return WORST_CASE_CENTS;
  const pages = 1 + Math.ceil(Math.max(1, newEntries) / ENTRIES_PER_PAGE);
  return Math.min(MAX_PAGES, pages) * CENTS_PER_PAGE;
}

function credentials(env: NodeJS.ProcessEnv = process.env) {
  const username = env.PACER_USERNAME?.trim();
  const password = env.PACER_PASSWORD;
  if (!username || !password)
    throw new ConfigError('PACER_USERNAME and PACER_PASSWORD must be set for PACER docket reports');
  return { username, password };
}

/** `YYYY-MM-DD` as the query form wants it (`MM/DD/YYYY`). */
function formDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${m}/${d}/${y}`;
}

export const pacerDocketSource = defineSource<PacerDocketConfig>({
  id: 'pacer-docket',
  name: 'PACER docket report',
  called: 'the PACER docket report',
  kinds: [PACER_DOCKET],
  description:
    'The full CM/ECF docket report of one case, bought from PACER within a monthly budget; fetched when another source signals a change, or on a schedule.',
  covers: { courts: 'any', cases: 'one case (court and docket number)' },
  politeness: { minIntervalMs: 3_000, schedule: '0 */2 * * *' },
  emptyMeansLayoutChanged: true,
  configSchema: pacerDocketConfigSchema,
  exampleConfig: pacerDocketConfigSchema.parse({
    court: 'mied',
    docketNumber: '2:17-cv-11910',
    pacerCaseId: '321020',
  }),

  async fetch(ctx) {
    const { config } = ctx;
    const previous = stateSchema.safeParse(ctx.state).data ?? { lastReportAt: null, lastEntryDate: null };
    const budget = await ctx.budget({ since: previous.lastReportAt, capUsd: config.monthlyBudgetUsd });
    const signalled =
      budget.changedAt !== null &&
      (previous.lastReportAt === null || budget.changedAt > previous.lastReportAt);
    if (config.trigger === 'on-change' && !signalled) return { kind: 'not-modified', state: previous };

    const creds = credentials();
    const estimated = estimateCents(budget.newEntries, previous.lastEntryDate);
    const reservation = await budget.reserve(estimated);
    const courtUrl = config.courtUrl ?? `https://ecf.${config.court}.uscourts.gov`;
    const session = new PacerSession(ctx.http, config.loginUrl, creds, ctx.signal);
    let report: { url: string; text: string; bytes: Uint8Array } | null = null;
    try {
      for (let attempt = 1; ; attempt++) {
        try {
          const formPage = await session.court(
            new URL(`/cgi-bin/DktRpt.pl?${config.pacerCaseId ?? ''}`, courtUrl).href,
          );
          const action = queryFormAction(formPage.text, formPage.url);
          report = await session.court(action, {
            ...(config.pacerCaseId
              ? { all_case_ids: config.pacerCaseId }
              : { case_num: config.docketNumber }),
            date_range_type: 'Filed',
            date_from: previous.lastEntryDate ? formDate(previous.lastEntryDate) : '',
            date_to: '',
            list_of_parties_and_counsel: 'on',
            terminated_parties: 'on',
            output_format: 'html',
            sort1: 'oldest date first',
          });
          break;
        } catch (err) {
          if (err instanceof SessionExpiredError && attempt === 1) {
            ctx.logger.info({ court: config.court }, 'CM/ECF session expired; signing on again');
            continue;
          }
          throw err;
        }
      }
    } finally {
      const receipt = report ? readReceipt(report.text) : null;
      // No receipt on a report that came back: count the worst case rather than guess low.
      await budget.settle(
        reservation,
        report
          ? {
              pages: receipt?.pages ?? null,
              cents:
                receipt?.cents ??
                (receipt?.pages != null ? receipt.pages * CENTS_PER_PAGE : WORST_CASE_CENTS),
              text: receipt?.text ?? null,
            }
          : { pages: 0, cents: 0, text: null },
      );
    }
    const parsed = parsePacer(report.bytes, { kind: 'pacer-docket', court: config.court });
    const dates = parsed.cases.flatMap((c) =>
      c.entries.map((e) => (e.dateFiled ?? e.dateEntered ?? '').slice(0, 10)),
    );
    const lastEntryDate = dates.filter(Boolean).sort().at(-1) ?? previous.lastEntryDate;
    return {
      kind: 'fetched',
      state: { lastReportAt: new Date().toISOString(), lastEntryDate },
      documents: [
        {
          url: report.url,
          finalUrl: report.url,
          contentType: 'text/html',
          body: report.bytes,
          fetchedAt: new Date().toISOString(),
        },
      ],
    };
  },

  parse(raw, config) {
    const result = parsePacer(decodeInput(raw.body), { kind: 'pacer-docket', court: config.court });
    if (!result.isDocket) {
      throw new LayoutChangedError(`${raw.finalUrl}: the answer is not a docket report (${result.reason})`);
    }
    return { ...result, coverage: { entryTypes: 'all', partial: false, declared: null }, texts: [] };
  },
});
