/**
 * `pacer-rss`: a court's public CM/ECF RSS feed (`rss_outside.pl`), free and without login. One
 * fetch per court feed serves every tracked case of that court (the caller fans the parsed cases
 * out). A feed is skipped when the server answers 304 or its `lastBuildDate` has not moved. The
 * entry types the feed declares are recorded as its coverage: many courts publish only some
 * types (E.D. Mich.'s feed is partial), so a quiet feed does not mean a quiet docket.
 */
import { z } from 'zod';
import { LayoutChangedError } from '../../src/errors.ts';
import { courtIdSchema } from '../court-id.ts';
import { decodeInput } from '../pacer/common.ts';
import { parsePacer } from '../pacer/index.ts';
import { PACER_RSS } from '../pacer/kinds.ts';
import { rssFeedInfo } from '../pacer/rss.ts';
import { defineSource, fetchIfChanged, responseDocument } from '../types.ts';
import { feedCoverage } from './coverage.ts';

/** Types CM/ECF and other servers use for RSS; an HTML answer (login or error page) is refused. */
export const RSS_TYPES = ['application/rss+xml', 'application/xml', 'text/xml', 'application/atom+xml'];

export const pacerRssConfigSchema = z.object({
  /** CM/ECF court id: `mied`, `nysd`, `ca6`. */
  court: courtIdSchema,
  /** The feed's address when it is not the district default (appellate courts, tests). */
  feedUrl: z.url({ protocol: /^https?$/ }).optional(),
});

export type PacerRssConfig = z.infer<typeof pacerRssConfigSchema>;

const stateSchema = z.object({
  etag: z.string().nullable(),
  lastModified: z.string().nullable(),
  lastBuildDate: z.string().nullable(),
});

export function feedUrl(config: PacerRssConfig): string {
  return config.feedUrl ?? `https://ecf.${config.court}.uscourts.gov/cgi-bin/rss_outside.pl`;
}

export const pacerRssSource = defineSource<PacerRssConfig>({
  id: 'pacer-rss',
  name: 'CM/ECF court RSS feed',
  called: "this court's RSS feed",
  kinds: [PACER_RSS],
  description:
    "A court's public RSS feed of recent docket entries (free, no login). Coverage depends on the entry types the court publishes.",
  covers: { courts: 'any', cases: 'every case of the court with an entry of a published type' },
  politeness: { minIntervalMs: 5_000, requestsPerMinute: 6, schedule: '*/15 * * * *' },
  emptyMeansLayoutChanged: false, // a feed of the last 24 hours can be empty on a quiet day
  configSchema: pacerRssConfigSchema,
  exampleConfig: { court: 'mied' },

  async fetch(ctx) {
    const previous = stateSchema.safeParse(ctx.state).data ?? {
      etag: null,
      lastModified: null,
      lastBuildDate: null,
    };
    const res = await fetchIfChanged(ctx, feedUrl(ctx.config), previous, {
      accept: RSS_TYPES,
      limits: this.politeness,
    });
    if (res.notModified) {
      return { kind: 'not-modified', state: { ...previous, etag: res.etag, lastModified: res.lastModified } };
    }
    const text = decodeInput(res.body);
    const { lastBuildDate } = rssFeedInfo(text);
    const state = { etag: res.etag, lastModified: res.lastModified, lastBuildDate };
    if (lastBuildDate !== null && lastBuildDate === previous.lastBuildDate) {
      ctx.logger.debug({ court: ctx.config.court, lastBuildDate }, 'feed unchanged (same lastBuildDate)');
      return { kind: 'not-modified', state };
    }
    return {
      kind: 'fetched',
      state,
      documents: [responseDocument(res)],
    };
  },

  parse(raw, config) {
    const text = decodeInput(raw.body);
    const result = parsePacer(text, { kind: 'pacer-rss', court: config.court });
    if (!result.isDocket) {
      throw new LayoutChangedError(
        `${raw.finalUrl}: the court feed is not an RSS feed any more (${result.reason})`,
      );
    }
    return { ...result, coverage: feedCoverage(text), texts: [] };
  },
});
