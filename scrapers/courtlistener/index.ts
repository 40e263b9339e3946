/**
 * `courtlistener`: one docket through CourtListener's REST API v4. The docket is found once by
 * court and docket number; then its entries are read ordered by `date_modified`, from the last
 * `date_modified` seen (the cursor), so entries CourtListener enriches later (a document added, a
 * description corrected) come back too. Orders' plain text is taken from the entry's documents or
 * fetched from `/recap-documents/ID/`. The token comes from `COURTLISTENER_TOKEN` and is only ever
 * sent as the `Authorization` header; requests are spaced (one per 2 s by default) and 429s wait
 * as long as `Retry-After` says.
 */
import { z } from 'zod';
import { ConfigError, NonRetryableError } from '../../src/errors.ts';
import { caseFieldsExcept, emptyCase, entryFieldsExcept, HEADER_FIELDS } from '../../src/model/docket.ts';
import { textOrNull } from '../../src/model/fields.ts';
import { credentialedUrl, type HttpClient } from '../../src/net/http.ts';
import { type DocketKind, defineSource, type EntryText } from '../types.ts';
import {
  type ClDocket,
  type ClDocketEntry,
  docketEntrySchema,
  docketSchema,
  isOrder,
  mainDocument,
  pageSchema,
  recapDocumentSchema,
  toDocketEntry,
} from './model.ts';

export const DEFAULT_SITE = 'https://www.courtlistener.com';

export const courtListenerConfigSchema = z.object({
  /** CourtListener's court id; for district and appellate courts it is the CM/ECF id (`mied`, `ca6`). */
  court: z.string().regex(/^[a-z0-9]{2,12}$/, 'a court id such as mied'),
  docketNumber: z.string().min(3).max(100),
  /** The site (tests point it at a local server). */
  baseUrl: credentialedUrl.default(DEFAULT_SITE),
  /** Space between two requests; CourtListener throttles, so the default is low. */
  minIntervalMs: z.number().int().min(250).default(2_000),
  /** Pages of entries read per poll (each up to 20 entries by default on their side). */
  maxPages: z.number().int().min(1).max(100).default(10),
  /** Order texts fetched per poll when the entry does not carry them. */
  maxTextFetches: z.number().int().min(0).max(50).default(5),
});

export type CourtListenerConfig = z.infer<typeof courtListenerConfigSchema>;

/** The docket's header as CourtListener gave it when the docket was looked up. */
const headerSchema = z.object(textOrNull('assignedTo', ...HEADER_FIELDS));
type Header = z.infer<typeof headerSchema>;

const stateSchema = z.object({
  externalId: z.string(),
  caseName: z.string().nullable(),
  docketNumber: z.string().nullable(),
  pacerCaseId: z.string().nullable(),
  cursor: z.string().nullable(),
  // States saved before the header was kept have none.
  header: headerSchema.nullish(),
});
type State = z.infer<typeof stateSchema>;

const JSON_TYPES = ['application/json'];
const entriesPage = pageSchema(docketEntrySchema);
const docketsPage = pageSchema(docketSchema);

export function courtListenerToken(env: NodeJS.ProcessEnv = process.env): string {
  const token = env.COURTLISTENER_TOKEN?.trim();
  if (!token) throw new ConfigError('COURTLISTENER_TOKEN is not set: the CourtListener API needs a token');
  return token;
}

/** One GET of CourtListener JSON, checked against `schema`. */
async function getJson<T>(
  http: HttpClient,
  url: string,
  schema: z.ZodType<T>,
  config: CourtListenerConfig,
  signal: AbortSignal,
): Promise<T> {
  const res = await http.get(url, {
    accept: JSON_TYPES,
    headers: { authorization: `Token ${courtListenerToken()}` },
    limits: { minIntervalMs: config.minIntervalMs },
    signal,
  });
  if (res.notModified) throw new NonRetryableError(`${url}: unexpected 304 to an unconditional request`);
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(res.body));
  } catch (cause) {
    throw new NonRetryableError(`${res.finalUrl}: the answer is not JSON`, { cause, code: 'ELAYOUT' });
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new NonRetryableError(
      `${res.finalUrl}: CourtListener's JSON is not shaped as expected (${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message})`,
      { code: 'ELAYOUT' },
    );
  }
  return parsed.data;
}

export async function findDocket(
  http: HttpClient,
  config: CourtListenerConfig,
  signal: AbortSignal,
): Promise<ClDocket> {
  const url = new URL('/api/rest/v4/dockets/', config.baseUrl);
  url.searchParams.set('court', config.court);
  url.searchParams.set('docket_number', config.docketNumber);
  const page = await getJson(http, url.href, docketsPage, config, signal);
  const docket = page.results[0];
  if (!docket) {
    throw new NonRetryableError(
      `CourtListener has no docket ${config.docketNumber} in court ${config.court}`,
      { code: 'ENOTFOUND' },
    );
  }
  return docket;
}

/**
 * CourtListener's docket entries: full text, but a cursor page is a slice of the docket, never a
 * complete report, so it is ranked like a docket history and never taken as evidence that an entry
 * is gone.
 */
export const COURTLISTENER: DocketKind = {
  id: 'courtlistener',
  fields: {
    case: caseFieldsExcept('juryDemand', 'demand', 'parties', 'originatingCourt'),
    entry: entryFieldsExcept('pacerSeqNo', 'linkedEntries'),
  },
  rank: 3,
  complete: false,
};

export const courtListenerSource = defineSource<CourtListenerConfig>({
  id: 'courtlistener',
  name: 'CourtListener REST API v4',
  called: 'CourtListener',
  kinds: [COURTLISTENER],
  description:
    "One docket's entries from CourtListener (RECAP archive), polled by date_modified so later enrichment is caught; orders' plain text when CourtListener has it. Needs COURTLISTENER_TOKEN.",
  covers: { courts: 'any', cases: 'one docket, by court and docket number' },
  politeness: { minIntervalMs: 2_000, schedule: '0 * * * *' },
  // A cursor poll legitimately finds nothing new.
  emptyMeansLayoutChanged: false,
  configSchema: courtListenerConfigSchema,
  exampleConfig: courtListenerConfigSchema.parse({ court: 'mied', docketNumber: '2:17-cv-11910' }),

  async fetch(ctx) {
    const { config, http, signal } = ctx;
    courtListenerToken();
    const previous = stateSchema.safeParse(ctx.state).data ?? null;
    let state: State;
    if (previous) state = previous;
    else {
      const docket = await findDocket(http, config, signal);
      state = {
        externalId: String(docket.id),
        caseName: docket.case_name,
        docketNumber: docket.docket_number,
        pacerCaseId: docket.pacer_case_id,
        cursor: null,
        header: {
          assignedTo: docket.assigned_to_str,
          referredTo: docket.referred_to_str,
          dateFiled: docket.date_filed,
          dateTerminated: docket.date_terminated,
          natureOfSuit: docket.nature_of_suit,
          cause: docket.cause,
          jurisdiction: docket.jurisdiction_type,
        },
      };
    }
    const url = new URL('/api/rest/v4/docket-entries/', config.baseUrl);
    url.searchParams.set('docket', state.externalId);
    url.searchParams.set('order_by', 'date_modified');
    // `gte`: two entries may share the cursor's instant; seeing one again changes nothing.
    if (state.cursor) url.searchParams.set('date_modified__gte', state.cursor);
    const entries: ClDocketEntry[] = [];
    let next: string | null = url.href;
    for (let page = 0; next && page < config.maxPages; page++) {
      const got: { next: string | null; results: ClDocketEntry[] } = await getJson(
        http,
        next,
        entriesPage,
        config,
        signal,
      );
      entries.push(...got.results);
      // Only follow `next` links on the configured site: the token never goes elsewhere.
      const link = got.next ? new URL(got.next, url) : null;
      next = link && link.origin === url.origin ? link.href : null;
    }
    const cursor = entries.reduce<string | null>(
      (max, e) => (max === null || e.date_modified > max ? e.date_modified : max),
      state.cursor,
    );
    const newState: State = { ...state, cursor };
    const fresh = entries.filter((e) => e.date_modified !== state.cursor || previous === null);
    if (fresh.length === 0) return { kind: 'not-modified', state: newState };

    // Orders' texts CourtListener has but did not inline are read now (a few per poll) and kept
    // on the entry's main document, where `parse` finds them like inlined ones.
    let fetches = 0;
    for (const e of fresh) {
      if (e.entry_number === null || !isOrder(e)) continue;
      const main = mainDocument(e);
      if (!main || main.plain_text || !main.is_available || fetches >= config.maxTextFetches) continue;
      fetches++;
      const doc = await getJson(
        http,
        new URL(`/api/rest/v4/recap-documents/${main.id}/`, config.baseUrl).href,
        recapDocumentSchema,
        config,
        signal,
      );
      main.plain_text = doc.plain_text;
    }
    const body = new TextEncoder().encode(JSON.stringify({ docket: state, entries: fresh }));
    return {
      kind: 'fetched',
      state: newState,
      documents: [
        {
          url: url.href,
          finalUrl: url.href,
          contentType: 'application/json',
          body,
          fetchedAt: new Date().toISOString(),
        },
      ],
    };
  },

  parse(raw, config) {
    const doc = JSON.parse(new TextDecoder().decode(raw.body)) as { docket: State; entries: unknown[] };
    const entries = z.array(docketEntrySchema).parse(doc.entries);
    return clResult(config.court, config.docketNumber, doc.docket, entries, config.baseUrl);
  },
});

/** CourtListener entries of one docket as a parse result (API polls and webhooks alike). */
export function clResult(
  court: string,
  docketNumber: string,
  docket: { caseName: string | null; pacerCaseId: string | null; header?: Header | null } | null,
  entries: ClDocketEntry[],
  siteUrl: string,
) {
  return {
    // Full docket text, but never a complete report (a cursor page is a slice): ranked like a
    // docket history, and never taken as evidence that an entry is gone.
    kind: 'courtlistener' as const,
    court,
    isDocket: true,
    reason: null,
    coverage: { entryTypes: 'all' as const, partial: false, declared: null },
    texts: orderTexts(entries),
    cases: [
      {
        ...emptyCase(),
        docketNumber,
        caseName: docket?.caseName ?? null,
        pacerCaseId: docket?.pacerCaseId ?? null,
        ...(docket?.header ?? {}),
        entries: entries.map((e) => toDocketEntry(e, siteUrl)),
      },
    ],
  };
}

/** The plain text of each order's main document, where CourtListener has it. */
function orderTexts(entries: ClDocketEntry[]): EntryText[] {
  return entries.flatMap((e) => {
    const text = e.entry_number !== null && isOrder(e) ? mainDocument(e)?.plain_text?.trim() : null;
    return text ? [{ entry: String(e.entry_number), text }] : [];
  });
}
