/**
 * The Atom feed of a case: its newest docket entries. Entry ids are tag URIs built from the case
 * and the entry key, so a feed reader sees a corrected entry as the same item, updated.
 */
import { Feed } from 'feed';
import { DateTime } from 'luxon';
import { findCourt } from '../courts.ts';
import { escapeHtml, oneLine, safeUrl } from '../notify/escape.ts';
import { entryLabel, humanize } from '../notify/language.ts';
import { clip } from '../notify/render.ts';
import type { CaseInfo, TimelineEntry } from './data.ts';

export const FEED_ITEMS = 100;

export interface FeedInput {
  info: CaseInfo;
  /** Newest first. */
  entries: readonly TimelineEntry[];
  caseUrl: string;
  feedUrl: string;
  now: Date;
}

export function caseFeed(input: FeedInput): string {
  const { info, entries } = input;
  const courtInfo = findCourt(info.court);
  const court = courtInfo?.name ?? info.court.toUpperCase();
  const zone = courtInfo?.tz ?? 'America/New_York';
  const items = entries.slice(0, FEED_ITEMS);
  const updated = items.reduce<Date | null>((latest, e) => {
    const d = new Date(e.updatedAt);
    return Number.isNaN(d.getTime()) || (latest && latest >= d) ? latest : d;
  }, null);
  const feed = new Feed({
    id: tagId(info, null),
    // The feed's own title is plain text (the library escapes it); only entries are type="html".
    title: `${info.name ?? info.key}: docket`,
    description: `New docket entries in ${info.name ?? info.key} (${info.key}), as docketwatch sees them.`,
    link: safeUrl(input.caseUrl) ?? undefined,
    feedLinks: { atom: input.feedUrl },
    updated: updated ?? input.now,
    generator: 'docketwatch',
    copyright: 'Public court records',
    author: { name: court },
  });
  // The library marks titles and summaries as `type="html"`, so readers render them as HTML:
  // docket text goes in escaped (and escaping `>` also keeps `]]>` out of its CDATA sections).
  for (const e of items) {
    const text = oneLine(e.description || e.shortDescription || '');
    // Published: the day the court filed it, at the start of that day where the court sits (a
    // date alone, read as midnight UTC, is the evening before in the United States). Updated: the
    // instant docketwatch last saw it change.
    const filed = e.dateFiled ?? e.dateEntered;
    const published = filed ? DateTime.fromISO(filed.slice(0, 10), { zone }) : null;
    const seen = new Date(e.updatedAt || e.firstSeenAt);
    feed.addItem({
      id: tagId(info, e.entry),
      title: escapeHtml(`${entryLabel(e.number, info.court)} (${humanize(e.kind)}): ${clip(text, 120)}`),
      link: safeUrl(`${input.caseUrl}#entry-${encodeURIComponent(e.entry)}`) ?? '',
      date: Number.isNaN(seen.getTime()) ? new Date() : seen,
      ...(published?.isValid ? { published: published.toJSDate() } : {}),
      author: [{ name: court }],
      description: escapeHtml(clip(text, 4000)),
    });
  }
  return feed.atom1();
}

function tagId(info: CaseInfo, entry: string | null): string {
  const base = `tag:docketwatch,2017:${encodeURIComponent(info.court)}/${encodeURIComponent(info.docketNumber)}`;
  return entry === null ? base : `${base}/${encodeURIComponent(entry)}`;
}
