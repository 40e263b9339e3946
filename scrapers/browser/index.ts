/**
 * `browser`: the `html` source through a real headless Chromium, for pages that build their rows
 * with JavaScript. The same config plus how long to wait for the rows to appear; the rendered DOM
 * is parsed by the same selector parser. robots.txt and the host's rate limit apply as for `html`.
 * A conditional request cannot tell whether such a page changed (its shell is the same while the
 * data behind it moves), so the rendered docket is fingerprinted instead (`pageFingerprint`): the
 * same rows as last time are reported as not modified, and nothing is parsed or ingested.
 */
import { z } from 'zod';
import { LayoutChangedError, ResponseTooLargeError, TimeoutError } from '../../src/errors.ts';
import { statusError } from '../../src/net/http.ts';
import { pageFingerprint, parseWebPage, WEB_PAGE, webPageConfigSchema } from '../html/page.ts';
import { decodeInput } from '../pacer/common.ts';
import { defineSource } from '../types.ts';

export const browserConfigSchema = webPageConfigSchema.extend({
  /** How long to wait for the rows selector after the page loads. */
  waitMs: z.coerce.number().int().positive().max(120_000).default(15_000),
  /** Navigation (until the DOM is loaded). */
  navigationTimeoutMs: z.coerce.number().int().positive().max(300_000).default(30_000),
  maxBytes: z.coerce
    .number()
    .int()
    .positive()
    .default(16 * 1024 * 1024),
});

export type BrowserConfig = z.infer<typeof browserConfigSchema>;

function previousFingerprint(state: unknown): string | null {
  return z.object({ fingerprint: z.string() }).safeParse(state).data?.fingerprint ?? null;
}

export const browserSource = defineSource<BrowserConfig>({
  id: 'browser',
  name: 'Web page in a browser (CSS selectors)',
  called: 'a court web page',
  kinds: [WEB_PAGE],
  description:
    'Like `html`, for pages whose rows are built by JavaScript: the page is loaded in headless Chromium and parsed once the rows appear.',
  covers: { courts: 'any', cases: 'the case or cases the configured page lists' },
  needsBrowser: true,
  politeness: { requestsPerMinute: 2, schedule: '0 * * * *' },
  emptyMeansLayoutChanged: true,
  configSchema: browserConfigSchema,
  exampleConfig: browserConfigSchema.parse({
    url: 'https://www.example-court.gov/case-portal/#/cases/2:17-cv-11910',
    court: 'mied',
    selectors: {
      rows: '.docket-row',
      number: '.doc-number',
      date: '.filed-on',
      text: '.docket-text',
      link: 'a',
    },
    waitMs: 15_000,
  }),

  async fetch(ctx) {
    const { config, http, signal } = ctx;
    const url = new URL(config.url);
    http.limiter.tighten(url.host, this.politeness);
    await http.checkRobots(url.href, signal);
    await http.limiter.acquire(url.host, signal);
    const browser = await ctx.browser();
    const context = await browser.newContext({ userAgent: http.userAgent, acceptDownloads: false });
    const closeOnAbort = () => void context.close();
    signal.addEventListener('abort', closeOnAbort, { once: true });
    try {
      const page = await context.newPage();
      const response = await page
        .goto(url.href, { waitUntil: 'domcontentloaded', timeout: config.navigationTimeoutMs })
        .catch((cause: unknown) => {
          signal.throwIfAborted();
          throw new TimeoutError(
            `${url.href}: the page did not load within ${config.navigationTimeoutMs} ms`,
            config.navigationTimeoutMs,
            { cause },
          );
        });
      if (response && response.status() >= 400) {
        const headers = await response.allHeaders();
        throw statusError(
          url.href,
          { status: response.status(), headers: { get: (n) => headers[n] ?? null } },
          Date.now(),
        );
      }
      await page
        .waitForSelector(config.selectors.rows, { state: 'attached', timeout: config.waitMs })
        .catch((cause: unknown) => {
          signal.throwIfAborted();
          throw new LayoutChangedError(
            `${url.href}: no element matched the rows selector \`${config.selectors.rows}\` within ${config.waitMs} ms`,
            { cause },
          );
        });
      const html = await page.content();
      const body = new TextEncoder().encode(html);
      if (body.byteLength > config.maxBytes) throw new ResponseTooLargeError(url.href, config.maxBytes);
      const fingerprint = pageFingerprint(html, page.url(), config);
      if (fingerprint === previousFingerprint(ctx.state))
        return { kind: 'not-modified', state: { fingerprint } };
      return {
        kind: 'fetched',
        state: { fingerprint },
        documents: [
          {
            url: url.href,
            finalUrl: page.url(),
            contentType: 'text/html; charset=utf-8',
            body,
            fetchedAt: new Date().toISOString(),
          },
        ],
      };
    } finally {
      signal.removeEventListener('abort', closeOnAbort);
      await context.close().catch(() => {});
    }
  },

  parse(raw, config) {
    return parseWebPage(decodeInput(raw.body), raw.finalUrl, config);
  },
});
