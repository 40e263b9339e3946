/**
 * Court-wide CM/ECF RSS feeds (`rss_outside.pl`, appellate `RSSGenerator`): each item is one docket
 * event of one case. Items become one case each, in feed order; CM/ECF splits an entry filed under
 * several events into several identical items, and those are merged back into one entry whose short
 * description lists the events ("Order AND Scheduling Order").
 *
 * The feed is read with htmlparser2's streaming tokenizer in XML mode: it never expands DTD
 * entities and never fetches anything. A document type with an internal subset or an external
 * reference is refused outright (CM/ECF never sends one), and so are absurd nesting depths and item
 * counts, so hostile input costs bounded time and memory.
 */
import { decodeHTML } from 'entities';
import { Parser } from 'htmlparser2';
import { InputError } from '../../src/errors.ts';
import { leadingDocketNumber } from '../../src/model/case-key.ts';
import {
  type DocketCase,
  type DocketEntry,
  emptyCase,
  emptyEntry,
  type ParseResult,
} from '../../src/model/docket.ts';
import { harmonizeCaseName } from './case-text.ts';
import { cleanOrNull, cleanText, courtFromUrl, docIdFromUrl, MONTH_NUMBERS } from './common.ts';
import { FastTokenizer } from './tokenizer.ts';

/** Deeper than any real feed (rss > channel > item > field is 4). */
const MAX_DEPTH = 32;
/** Court feeds carry at most a few thousand items (24 hours of a busy court). */
const MAX_ITEMS = 100_000;
/** One field of one item; real ones are under 2 KiB. */
const MAX_FIELD_CHARS = 64 * 1024;

interface RawItem {
  title: string;
  link: string;
  description: string;
  guid: string;
  pubdate: string;
}

interface RawFeed {
  isRss: boolean;
  title: string;
  link: string;
  lastBuildDate: string;
  items: RawItem[];
}

export interface RssFeedInfo {
  /** The channel title ("Eastern District of New York Order/Judgment Entries"), `null` when absent. */
  title: string | null;
  /** When the court generated the feed, as an ISO-8601 instant with the feed's own offset. */
  lastBuildDate: string | null;
  court: string | null;
}

const ITEM_FIELDS = new Set(['title', 'link', 'description', 'guid', 'pubdate']);
const CHANNEL_FIELDS = new Set(['title', 'link', 'lastbuilddate']);

/**
 * A document type may name the root element, nothing more: no entities, no external DTD. Every
 * `<!DOCTYPE` in the text is checked, wherever it is (a long comment before it hides nothing).
 */
function refuseDangerousDoctype(text: string): void {
  const refuse = () =>
    new InputError(
      'the feed declares a document type with entity definitions or external references; CM/ECF feeds never do, so it is refused',
    );
  if (/<!ENTITY/i.test(text)) throw refuse();
  const doctype = /<!DOCTYPE/gi;
  for (let m = doctype.exec(text); m !== null; m = doctype.exec(text)) {
    const decl = /^<!DOCTYPE[^>[]*(\[|>)/i.exec(text.slice(m.index, m.index + 4096));
    if (!decl || decl[1] === '[' || /\b(SYSTEM|PUBLIC)\b/i.test(decl[0])) throw refuse();
  }
}

function readFeed(text: string): RawFeed {
  refuseDangerousDoctype(text);
  const feed: RawFeed = { isRss: false, title: '', link: '', lastBuildDate: '', items: [] };
  const stack: string[] = [];
  let item: RawItem | null = null;
  let field: string | null = null;
  let buffer = '';
  let failure: InputError | null = null;

  const parser = new Parser(
    {
      onopentag(name) {
        if (failure) return;
        stack.push(name);
        if (stack.length > MAX_DEPTH) {
          failure = new InputError(
            `the feed nests elements more than ${MAX_DEPTH} deep; not a court RSS feed`,
          );
          parser.pause();
          return;
        }
        if (stack.length === 1 && (name === 'rss' || name === 'rdf:rdf')) feed.isRss = true;
        if (name === 'item') {
          if (feed.items.length >= MAX_ITEMS) {
            failure = new InputError(`the feed has more than ${MAX_ITEMS} items; refused`);
            parser.pause();
            return;
          }
          item = { title: '', link: '', description: '', guid: '', pubdate: '' };
          field = null;
        } else if (item && stack.length >= 2 && stack[stack.length - 2] === 'item' && ITEM_FIELDS.has(name)) {
          field = name;
          buffer = '';
        } else if (!item && stack[stack.length - 2] === 'channel' && CHANNEL_FIELDS.has(name)) {
          field = name;
          buffer = '';
        }
      },
      ontext(data) {
        if (field !== null && buffer.length < MAX_FIELD_CHARS) buffer += data;
      },
      onclosetag(name) {
        if (failure) return;
        stack.pop();
        if (name === 'item' && item) {
          feed.items.push(item);
          item = null;
          field = null;
        } else if (field === name) {
          if (item) item[name as keyof RawItem] = buffer;
          else if (name === 'title') feed.title = buffer;
          else if (name === 'link') feed.link = buffer;
          else if (name === 'lastbuilddate') feed.lastBuildDate = buffer;
          field = null;
        }
      },
    },
    {
      Tokenizer: FastTokenizer,
      xmlMode: true,
      decodeEntities: true,
      lowerCaseTags: true,
      recognizeCDATA: true,
    },
  );
  parser.end(text);
  if (failure) throw failure;
  return feed;
}

/** US zone abbreviations CM/ECF servers print, as UTC offsets. */
const ZONES: Record<string, string> = {
  GMT: '+00:00',
  UT: '+00:00',
  UTC: '+00:00',
  Z: '+00:00',
  EST: '-05:00',
  EDT: '-04:00',
  CST: '-06:00',
  CDT: '-05:00',
  MST: '-07:00',
  MDT: '-06:00',
  PST: '-08:00',
  PDT: '-07:00',
  AKST: '-09:00',
  AKDT: '-08:00',
  HST: '-10:00',
  AST: '-04:00',
  CHST: '+10:00',
  SST: '-11:00',
};

const RFC822 =
  /^\s*(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([A-Za-z]{1,5}|[+-]\d{2}:?\d{2}|(?:GMT|UTC)[+-]\d{1,2}(?::?\d{2})?)?\s*$/;

/**
 * An RSS date (`Fri, 03 Feb 2023 11:52:07 EST`) as an ISO-8601 instant that keeps the feed's offset
 * (`2023-02-03T11:52:07-05:00`); `null` when it is not a valid date. A missing zone is read as UTC,
 * as RFC 822 says.
 */
export function rssDate(raw: string | null | undefined): string | null {
  const m = raw ? RFC822.exec(raw) : null;
  if (!m) return null;
  const month = MONTH_NUMBERS[m[2]!.toLowerCase()];
  const day = Number(m[1]);
  const year = Number(m[3]);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = Number(m[6] ?? '0');
  if (!month || hour > 23 || minute > 59 || second > 60) return null;
  if (day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  const zone = m[7] ?? 'GMT';
  let offset = ZONES[zone.toUpperCase()];
  if (offset === undefined) {
    // "+1000", "-05:00", and the "GMT+10" / "UTC+10:00" a server writes for a zone without a
    // common abbreviation (Guam, the Northern Mariana Islands).
    const numeric = /^(?:GMT|UTC)?([+-])(\d{1,2}):?(\d{2})?$/.exec(zone);
    if (!numeric || Number(numeric[2]) > 14) return null;
    offset = `${numeric[1]}${numeric[2]!.padStart(2, '0')}:${numeric[3] ?? '00'}`;
  }
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${year}-${p(month)}-${p(day)}T${p(hour)}:${p(minute)}:${p(second)}${offset}`;
}

/** Channel facts a poller needs to skip a feed that has not changed. */
export function rssFeedInfo(text: string): RssFeedInfo {
  const feed = readFeed(text);
  return {
    title: cleanOrNull(feed.title),
    lastBuildDate: rssDate(feed.lastBuildDate),
    court: feedCourt(feed),
  };
}

function feedCourt(feed: RawFeed): string | null {
  return (
    courtFromUrl(feed.link) ?? courtFromUrl(feed.items[0]?.link) ?? courtFromUrl(feed.items[0]?.description)
  );
}

const SHORT_DESCRIPTION = /\[(.*?)\]/s;
const DOCUMENT_NUMBER = /["'] ?>\s*(\d+)\s*<\/a>/i;
const DOCUMENT_LINK = /href\s*=\s*["']([^"']*\/docs?1\/[^"']*)["']/i;
const ANY_LINK = /href\s*=\s*["']([^"']+)["']/i;
const CASE_ID = /DktRpt\.pl\?(\d+)|[?&]caseid=(\d+)/i;

function itemEntry(item: RawItem): DocketEntry {
  const summary = item.description;
  const entry = emptyEntry('');
  entry.dateFiled = rssDate(item.pubdate);
  const short = SHORT_DESCRIPTION.exec(summary);
  entry.shortDescription = short ? cleanOrNull(decodeEntitiesIn(short[1]!)) : null;
  entry.number = DOCUMENT_NUMBER.exec(summary)?.[1] ?? null;
  const docLink = DOCUMENT_LINK.exec(summary)?.[1];
  const anyLink = ANY_LINK.exec(summary)?.[1];
  if (docLink) {
    const url = decodeEntitiesIn(docLink).trim();
    entry.pacerDocId = docIdFromUrl(url);
    entry.pacerSeqNo = /\/doc1\//.test(url) ? (/[?&]de_seq_num=(\d+)/.exec(url)?.[1] ?? null) : null;
  }
  entry.documentUrl = docLink || anyLink ? decodeEntitiesIn((docLink ?? anyLink)!).trim() : null;
  return entry;
}

/** `decodeHTML` only when there is something to decode (most fields have no `&`). */
function decodeEntitiesIn(s: string): string {
  return s.includes('&') ? decodeHTML(s) : s;
}

function itemCase(item: RawItem, names: Map<string, string | null>): DocketCase | null {
  const title = cleanText(decodeEntitiesIn(item.title));
  const docketNumber = leadingDocketNumber(title);
  if (!docketNumber) return null;
  const c = emptyCase();
  c.docketNumber = docketNumber;
  const rest = title.replace(/^\S+\s*/, '');
  // A feed repeats a busy case many times; its name is harmonized once.
  let name = names.get(rest);
  if (name === undefined) {
    name = rest === '' ? null : cleanOrNull(harmonizeCaseName(rest));
    names.set(rest, name);
  }
  c.caseName = name;
  const caseId = CASE_ID.exec(item.link);
  c.pacerCaseId = caseId ? (caseId[1] ?? caseId[2] ?? null) : null;
  c.entries = [itemEntry(item)];
  return c;
}

function mergeKey(c: DocketCase): string {
  const e = c.entries[0]!;
  return [c.docketNumber, c.pacerCaseId ?? '', e.dateFiled ?? '', e.pacerDocId ?? ''].join('\u0000');
}

/** Parse a court RSS feed: one case per item, items of one multi-event entry merged. */
export function parseRss(text: string, court: string | null): ParseResult {
  const feed = readFeed(text);
  const feedCourtId = feedCourt(feed) ?? court;
  if (!feed.isRss) {
    return {
      kind: 'pacer-rss',
      court: feedCourtId,
      isDocket: false,
      reason: 'not an RSS feed (no <rss> root element)',
      cases: [],
    };
  }
  const cases: DocketCase[] = [];
  const byKey = new Map<string, DocketCase>();
  const names = new Map<string, string | null>();
  for (const item of feed.items) {
    const c = itemCase(item, names);
    if (!c) continue;
    const key = mergeKey(c);
    const first = byKey.get(key);
    if (first) {
      const entry = first.entries[0]!;
      const events = (entry.shortDescription ?? '').split(' AND ').filter((s) => s !== '');
      events.push(c.entries[0]!.shortDescription ?? '');
      entry.shortDescription = events.sort().join(' AND ');
      continue;
    }
    byKey.set(key, c);
    cases.push(c);
  }
  return { kind: 'pacer-rss', court: feedCourtId, isDocket: true, reason: null, cases };
}
