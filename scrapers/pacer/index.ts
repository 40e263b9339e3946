/**
 * The CM/ECF parsers behind one call: `parsePacer(bytes, { kind })`. With `kind: 'auto'` the input
 * is recognized first (`detect.ts`); a page that is not a docket comes back as `isDocket: false`
 * with a reason instead of an error.
 */
import type { DocumentKind, ParseResult } from '../../src/model/docket.ts';
import { parseAppellateDocket } from './appellate.ts';
import { decodeInput } from './common.ts';
import { detect } from './detect.ts';
import { parseDistrictDocket } from './district.ts';
import { parseHistoryReport } from './history.ts';
import { assertShallow } from './html.ts';
import { parseNef } from './nef.ts';
import { parseRss } from './rss.ts';

export type KindOption = DocumentKind | 'auto';

export interface ParseOptions {
  kind?: KindOption;
  /** Court id to assume when the input does not name one. */
  court?: string | null;
}

export type TextParser = (text: string, court: string | null) => ParseResult;

export const PARSERS: Record<DocumentKind, TextParser> = {
  'pacer-docket': parseDistrictDocket,
  'pacer-history': parseHistoryReport,
  'pacer-rss': parseRss,
  'pacer-nef': parseNef,
  'pacer-appellate': parseAppellateDocket,
};

export function parsePacer(input: Uint8Array | string, options: ParseOptions = {}): ParseResult {
  const text = decodeInput(input);
  assertShallow(text);
  const court = options.court ?? null;
  const kind = options.kind ?? 'auto';
  if (kind !== 'auto') {
    // A forced kind skips recognition, but a page that is no docket of any kind and yields no
    // entries is still said to be no docket (a README parsed as a docket report is not one).
    const result = PARSERS[kind](text, court);
    if (!result.isDocket || result.cases.some((c) => c.entries.length > 0)) return result;
    const found = detect(text);
    if (found.kind !== null) return result;
    return { kind, court: result.court, isDocket: false, reason: found.reason, cases: [] };
  }
  const found = detect(text);
  if (found.kind === null) {
    return {
      kind: found.guess,
      court: found.court ?? court,
      isDocket: false,
      reason: found.reason,
      cases: [],
    };
  }
  return PARSERS[found.kind](text, found.court ?? court);
}
