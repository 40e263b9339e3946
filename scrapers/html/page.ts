/**
 * A docket page described by CSS selectors: which elements are the rows, and, inside each row,
 * which hold the number, the date, the text and the link. Shared by the `html` source (cheerio
 * on the fetched page) and the `browser` source (cheerio on the page a browser rendered).
 */
import { createHash } from 'node:crypto';
import { type Cheerio, load } from 'cheerio';
import type { AnyNode } from 'domhandler';
import { z } from 'zod';
import { LayoutChangedError } from '../../src/errors.ts';
import { type DocketEntry, emptyCase, emptyEntry } from '../../src/model/docket.ts';
import { courtIdSchema } from '../court-id.ts';
import { cleanOrNull, cleanText } from '../pacer/common.ts';
import type { DocketKind, SourceParseResult } from '../types.ts';
import { parseLooseDate } from './dates.ts';

/** A CSS selector cheerio can run; a typo is a config error, not a "layout changed" later. */
const selector = z
  .string()
  .min(1)
  .refine(
    (s) => {
      try {
        load('')(s);
        return true;
      } catch {
        return false;
      }
    },
    { message: 'not a valid CSS selector' },
  );

const httpUrl = z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' });

export const webPageConfigSchema = z.object({
  url: httpUrl,
  /** CM/ECF court id the page is about, when it is about one court (`mied`). */
  court: courtIdSchema.nullable().default(null),
  selectors: z.object({
    /** Each match is one docket entry. */
    rows: selector,
    /** Inside a row: the docket text (required: a row without text is skipped). */
    text: selector,
    number: selector.optional(),
    date: selector.optional(),
    /** Inside a row: an `<a href>` (or an element holding one) linking to the document. */
    link: selector.optional(),
    /** On the page (not in a row). */
    caseName: selector.optional(),
    docketNumber: selector.optional(),
  }),
  /** How numeric dates are written: `mdy` (01/05/2024 = Jan 5, the US way) or `dmy`. */
  dateOrder: z.enum(['mdy', 'dmy']).default('mdy'),
  /** The entry types the page shows when it shows only some (e.g. `["order", "opinion"]`). */
  entryTypes: z.array(z.string().min(1)).optional(),
});

export type WebPageConfig = z.infer<typeof webPageConfigSchema>;

/**
 * A hash of what `parseWebPage` reads from a page: its address and `<base>`, the caption fields and
 * every row's markup. Two loads with the same fingerprint parse to the same docket, so a source can
 * skip parsing and ingest when it has not changed — also when the server sends no validators, or
 * the page carries a clock, a session token or scripts that differ on every load.
 */
export function pageFingerprint(html: string, pageUrl: string, config: WebPageConfig): string {
  const $ = load(html);
  const { selectors } = config;
  const hash = createHash('sha256');
  const add = (s: string | undefined | null) => hash.update(s ?? '').update('\0');
  add(pageUrl);
  add($('base[href]').attr('href'));
  add(selectors.caseName ? $(selectors.caseName).first().text() : null);
  add(selectors.docketNumber ? $(selectors.docketNumber).first().text() : null);
  $(selectors.rows).each((_, row) => {
    add($.html(row));
  });
  return hash.digest('hex');
}

/**
 * Parse a rendered page. Selectors that stop matching mean the site changed its layout: that is a
 * `LayoutChangedError`, never an empty docket (which would read as "entries removed").
 */
/** A docket read off a configured web page (the `html` and `browser` sources). */
export const WEB_PAGE: DocketKind = {
  id: 'web-page',
  fields: {
    case: ['docketNumber', 'caseName'],
    entry: ['number', 'dateFiled', 'description', 'documentUrl'],
  },
  rank: 1,
  complete: false,
};

export function parseWebPage(html: string, pageUrl: string, config: WebPageConfig): SourceParseResult {
  const $ = load(html);
  const base = resolveBase($('base[href]').attr('href'), pageUrl);
  const { selectors } = config;
  const rows = $(selectors.rows);
  if (rows.length === 0) {
    throw new LayoutChangedError(`${pageUrl}: the rows selector \`${selectors.rows}\` matched nothing`);
  }

  const hits = { number: 0, date: 0, dateRead: 0, link: 0 };
  const entries: DocketEntry[] = [];
  rows.each((_, row) => {
    const cell = (sel: string | undefined) => (sel ? $(row).find(sel).first() : null);
    const description = cleanText(cell(selectors.text)?.text());
    if (description === '') return; // header or spacer row
    const entry = emptyEntry(description);
    const number = cell(selectors.number);
    if (number?.length) {
      hits.number++;
      entry.number = documentNumber(number.text());
    }
    const date = cell(selectors.date);
    if (date?.length) {
      hits.date++;
      entry.dateFiled = parseLooseDate(date.text(), config.dateOrder);
      if (entry.dateFiled) hits.dateRead++;
    }
    const link = cell(selectors.link);
    if (link?.length) {
      const href = hrefOf(link);
      entry.documentUrl = href ? absolute(href, base) : null;
      if (entry.documentUrl) hits.link++;
    } else if (selectors.link) entry.documentUrl = null;
    entries.push(entry);
  });

  const where = `${pageUrl}: ${rows.length} rows matched \`${selectors.rows}\`, but`;
  if (entries.length === 0) {
    throw new LayoutChangedError(`${where} the text selector \`${selectors.text}\` found text in none`);
  }
  if (selectors.number && hits.number === 0) {
    throw new LayoutChangedError(`${where} the number selector \`${selectors.number}\` matched in none`);
  }
  if (selectors.date && hits.dateRead === 0) {
    throw new LayoutChangedError(
      hits.date === 0
        ? `${where} the date selector \`${selectors.date}\` matched in none`
        : `${where} none of the ${hits.date} cells matched by \`${selectors.date}\` holds a readable date`,
    );
  }

  const docket = emptyCase();
  docket.caseName = selectors.caseName ? cleanOrNull($(selectors.caseName).first().text()) : null;
  docket.docketNumber = selectors.docketNumber ? cleanOrNull($(selectors.docketNumber).first().text()) : null;
  docket.entries = entries;
  return {
    kind: 'web-page',
    court: config.court,
    isDocket: true,
    reason: null,
    cases: [docket],
    coverage: config.entryTypes
      ? { entryTypes: config.entryTypes, partial: true, declared: null }
      : { entryTypes: 'all', partial: false, declared: null },
    texts: [],
  };
}

/** `12`, `No. 12`, `#12`, `12.` → `12`; text without a number (an unnumbered entry) → `null`. */
function documentNumber(text: string): string | null {
  const m = /\d+/.exec(text);
  return m ? m[0] : null;
}

function hrefOf(el: Cheerio<AnyNode>): string | null {
  const own = el.attr('href');
  if (own) return own.trim();
  return el.find('a[href]').first().attr('href')?.trim() ?? null;
}

function resolveBase(baseHref: string | undefined, pageUrl: string): string {
  if (!baseHref) return pageUrl;
  try {
    return new URL(baseHref, pageUrl).href;
  } catch {
    return pageUrl;
  }
}

/** An absolute http(s) link, or `null` for `javascript:`, `mailto:` and unreadable hrefs. */
function absolute(href: string, base: string): string | null {
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
