/**
 * What kind of filing an entry is, decided once: ingest stores it with the entry (`entries.kind`)
 * whenever it writes the entry's text, and the notifier and the case page read it from there.
 */
import { classify } from './extract/classify.ts';
import { ENTRY_KINDS, type EntryKind } from './types.ts';

/** The kinds that are the court deciding something: an order, an opinion, a judgment, a mandate. */
export const RULING_KINDS: ReadonlySet<EntryKind> = new Set(['order', 'opinion', 'judgment', 'mandate']);

const KINDS: ReadonlySet<string> = new Set<string>(ENTRY_KINDS);

/**
 * The kind of an entry from its docket text (or, when a feed gave only that, its short
 * description). A notice of appeal is a kind of its own, not one more notice.
 */
export function entryKind(description: string, shortDescription: string | null = null): EntryKind {
  const { kind, subtype } = classify(description || shortDescription || '');
  return subtype === 'notice_of_appeal' ? 'notice_of_appeal' : kind;
}

/** A stored kind, or the kind of the text when the row predates stored kinds (or holds a stale value). */
export function storedKind(
  stored: string | null,
  description: string,
  shortDescription: string | null,
): EntryKind {
  return stored !== null && KINDS.has(stored)
    ? (stored as EntryKind)
    : entryKind(description, shortDescription);
}
