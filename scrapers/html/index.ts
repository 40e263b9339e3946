/**
 * `html`: any web page by configuration — a URL plus CSS selectors (see `page.ts`), fetched with
 * the shared client (robots.txt respected, conditional GET) and parsed with cheerio.
 */
import { z } from 'zod';
import { decodeInput } from '../pacer/common.ts';
import { defineSource, fetchIfChanged, responseDocument } from '../types.ts';
import { pageFingerprint, parseWebPage, WEB_PAGE, type WebPageConfig, webPageConfigSchema } from './page.ts';

export const HTML_TYPES = ['text/html', 'application/xhtml+xml'];

const stateSchema = z.object({
  etag: z.string().nullable(),
  lastModified: z.string().nullable(),
  fingerprint: z.string().nullable().default(null),
});

export const htmlSource = defineSource<WebPageConfig>({
  id: 'html',
  name: 'Web page (CSS selectors)',
  called: 'a court web page',
  kinds: [WEB_PAGE],
  description:
    'Any page that lists docket entries in its HTML: a court or clerk page, a case page kept by counsel. Rows and fields are picked with CSS selectors.',
  covers: { courts: 'any', cases: 'the case or cases the configured page lists' },
  politeness: { requestsPerMinute: 6, schedule: '*/30 * * * *' },
  emptyMeansLayoutChanged: true,
  configSchema: webPageConfigSchema,
  exampleConfig: webPageConfigSchema.parse({
    url: 'https://www.example-court.gov/cases/hamama-v-adducci',
    court: 'mied',
    selectors: {
      rows: 'table.docket tbody tr',
      number: 'td.number',
      date: 'td.filed',
      text: 'td.text',
      link: 'td.text a',
      caseName: 'h1.case-name',
      docketNumber: '.docket-number',
    },
  }),

  async fetch(ctx) {
    const previous = stateSchema.safeParse(ctx.state).data ?? {
      etag: null,
      lastModified: null,
      fingerprint: null,
    };
    const res = await fetchIfChanged(ctx, ctx.config.url, previous, {
      robots: true,
      accept: HTML_TYPES,
      limits: this.politeness,
    });
    if (res.notModified) {
      return { kind: 'not-modified', state: { ...previous, etag: res.etag, lastModified: res.lastModified } };
    }
    // A 200 whose docket part is what it was (no validators, or a page that differs only in its
    // clock or tokens) is not parsed or ingested again.
    const fingerprint = pageFingerprint(decodeInput(res.body), res.finalUrl, ctx.config);
    const state = { etag: res.etag, lastModified: res.lastModified, fingerprint };
    if (fingerprint === previous.fingerprint) return { kind: 'not-modified', state };
    return { kind: 'fetched', documents: [responseDocument(res)], state };
  },

  parse(raw, config) {
    return parseWebPage(decodeInput(raw.body), raw.finalUrl, config);
  },
});
