/**
 * `pacer-docket-public`: a CM/ECF docket report (district `DktRpt.pl` or appellate case summary)
 * that answers a plain GET without signing on — a court's public mirror, an archive that keeps the
 * report, or the replay court of `docketwatch demo`. No PACER fees, no query form: the address is
 * fetched with a conditional GET and parsed as the report kind configured. For the paid report
 * behind PACER's sign-on use `pacer-docket`.
 */
import { z } from 'zod';
import { LayoutChangedError } from '../../src/errors.ts';
import { courtIdSchema } from '../court-id.ts';
import { decodeInput } from '../pacer/common.ts';
import { parsePacer } from '../pacer/index.ts';
import { PACER_APPELLATE, PACER_DOCKET } from '../pacer/kinds.ts';
import { defineSource, fetchIfChanged, responseDocument } from '../types.ts';

export const pacerDocketPublicConfigSchema = z.object({
  /** The report's full address, e.g. `https://ecf.mied.uscourts.gov/cgi-bin/DktRpt.pl?321020`. */
  url: z.url({ protocol: /^https?$/ }),
  /** CM/ECF court id of the report (`mied`, `ca6`). */
  court: courtIdSchema,
  /** Which report format the page is in. */
  kind: z.enum(['pacer-docket', 'pacer-appellate']).default('pacer-docket'),
});
export type PacerDocketPublicConfig = z.infer<typeof pacerDocketPublicConfigSchema>;

const stateSchema = z.object({ etag: z.string().nullable(), lastModified: z.string().nullable() });

export const pacerDocketPublicSource = defineSource<PacerDocketPublicConfig>({
  id: 'pacer-docket-public',
  name: 'CM/ECF docket report at a public address',
  called: "the court's public docket report",
  kinds: [PACER_DOCKET, PACER_APPELLATE],
  description:
    'A docket report (district or appellate CM/ECF format) that a plain GET returns without signing on: a public mirror, an archive, or the replay court of the demo.',
  covers: { courts: 'any', cases: 'one case (the report at the address)' },
  politeness: { minIntervalMs: 5_000, requestsPerMinute: 6, schedule: '*/30 * * * *' },
  emptyMeansLayoutChanged: true,
  configSchema: pacerDocketPublicConfigSchema,
  exampleConfig: pacerDocketPublicConfigSchema.parse({
    url: 'http://127.0.0.1:8090/cgi-bin/DktRpt.pl?321020',
    court: 'mied',
  }),

  async fetch(ctx) {
    const previous = stateSchema.safeParse(ctx.state).data ?? { etag: null, lastModified: null };
    const res = await fetchIfChanged(ctx, ctx.config.url, previous, {
      accept: ['text/html', 'application/xhtml+xml'],
      limits: this.politeness,
    });
    const state = { etag: res.etag, lastModified: res.lastModified };
    if (res.notModified) return { kind: 'not-modified', state };
    return {
      kind: 'fetched',
      state,
      documents: [responseDocument(res)],
    };
  },

  parse(raw, config) {
    const result = parsePacer(decodeInput(raw.body), { kind: config.kind, court: config.court });
    if (!result.isDocket) {
      throw new LayoutChangedError(`${raw.finalUrl}: the answer is not a docket report (${result.reason})`);
    }
    return { ...result, coverage: { entryTypes: 'all', partial: false, declared: null }, texts: [] };
  },
});
