/**
 * What a CM/ECF RSS feed says it carries. Courts choose which entry types go into their public
 * feed and say so in the channel: `Docket entries of type: all`, `Docket entries of type:
 * orders,opinions,judgments` (a list of CM/ECF event categories), or in words ("Public Complaints,
 * Orders and Judgments in the last 24 Hours"). A feed that does not carry everything is partial:
 * entries of other types never show up in it, and users must be told.
 */
import { decodeHTML } from 'entities';
import type { Coverage } from '../types.ts';

const CHANNEL_FIELD = (name: string) =>
  new RegExp(`<${name}\\b[^>]*>\\s*(?:<!\\[CDATA\\[([\\s\\S]*?)\\]\\]>|([^<]*))\\s*</${name}>`, 'i');
const DECLARED_TYPES = /entries\s+of\s+types?\s*:\s*(.+)$/i;
/** Entry kinds named in prose, singular or plural ("Orders", "Judgment"). */
const NAMED_KINDS =
  /\b(complaints?|petitions?|orders?|opinions?|judgments?|motions?|notices?|minute entr(?:y|ies)|indictments?|verdicts?)\b/gi;

/** What the feed declares, with the channel text it was read from (`declared`). */
export function feedCoverage(feed: string): Coverage {
  const header = feed.slice(0, Math.max(0, feed.search(/<item\b/i)) || feed.length).slice(0, 16_384);
  const title = channelField(header, 'title');
  const description = channelField(header, 'description');
  const declared = [title, description].filter(Boolean).join(' — ') || null;

  const listed = description ? DECLARED_TYPES.exec(description) : null;
  if (listed) {
    const types = listed[1]!
      .split(/[,;]/)
      .map((t) => t.trim().toLowerCase())
      .filter((t) => t !== '');
    if (types.length === 1 && types[0] === 'all') return { entryTypes: 'all', partial: false, declared };
    if (types.length > 0) return { entryTypes: types, partial: true, declared };
  }
  if (declared && /\ball (?:docket )?entries\b/i.test(declared)) {
    return { entryTypes: 'all', partial: false, declared };
  }
  const named = new Set<string>();
  for (const m of (declared ?? '').matchAll(NAMED_KINDS)) named.add(plural(m[1]!.toLowerCase()));
  // A feed that names no entry types is not known to be complete: say so rather than claim "all".
  return { entryTypes: [...named], partial: true, declared };
}

function channelField(header: string, name: string): string | null {
  const m = CHANNEL_FIELD(name).exec(header);
  if (!m) return null;
  const text = decodeHTML(m[1] ?? m[2] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  return text === '' ? null : text;
}

function plural(kind: string): string {
  if (kind.startsWith('minute entr')) return 'minute entries';
  return kind.endsWith('s') ? kind : `${kind}s`;
}
