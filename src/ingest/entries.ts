/**
 * The pure half of ingest: checking and clamping one parsed entry, naming it (its key within the
 * case), hashing a source's version of it, and merging the versions every source gave into the
 * current view. Nothing here touches the store.
 */
import { hash } from 'node:crypto';
import { kindRank } from '../../scrapers/registry.ts';
import { type Attachment, type DocketEntry, entryFieldsExcept, type SourceKind } from '../model/docket.ts';

/** Longest docket text kept; real entries stay far below (a 5 MB "description" is broken input). */
export const MAX_DESCRIPTION_CHARS = 32_000;
export const MAX_SHORT_DESCRIPTION_CHARS = 1_000;
export const MAX_ATTACHMENTS = 500;
/** Most entries one docket text links to that are kept (an order ruling on every motion of a case names dozens). */
export const MAX_LINKED_ENTRIES = 200;
/**
 * Entry numbers up to this are docket sequence numbers (the largest MDL dockets stay in five
 * digits): they run 1, 2, 3… and a number missing between two is a gap. A larger number is the
 * court's document id (courts of appeals number entries so: `[5604411]`, `00106008873`): it names
 * the entry but says nothing about the entries around it.
 */
export const MAX_ENTRY_NUMBER = 999_999;

/** A docket sequence number (gaps between these are missing entries), not a document id. */
export function isSequenceNumber(n: number): boolean {
  return n <= MAX_ENTRY_NUMBER;
}

/** An entry that passed the checks: `number` is an integer or null, at least one date is set. */
export interface CleanEntry extends DocketEntry {
  documentUrl: string | null;
  /** Empty when the source links no entry. */
  linkedEntries: number[];
}

export interface EntryCheck {
  entry: CleanEntry | null;
  /** Why the entry was rejected (`entry` is null) or what was clamped. */
  notes: string[];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

function clampText(s: string, max: number, field: string, notes: string[]): string {
  if (s.length <= max) return s;
  notes.push(`${field} of ${s.length} characters clamped to ${max}`);
  return `${s.slice(0, max)}…`;
}

function checkDate(value: string | null, field: string, notes: string[]): string | null {
  if (value === null || value === undefined) return null;
  const v = String(value).trim();
  if (DAY.test(v) || (INSTANT.test(v) && !Number.isNaN(Date.parse(v)))) {
    const y = Number(v.slice(0, 4));
    if (y >= 1900 && y <= 2200) return v;
  }
  notes.push(`${field} "${v.slice(0, 40)}" is not a date; ignored`);
  return null;
}

function textOrNull(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const t = v.trim();
  return t === '' ? null : t;
}

/** Check one parsed entry: reject what cannot be placed on a docket, clamp what is merely oversized. */
export function checkEntry(raw: DocketEntry): EntryCheck {
  const notes: string[] = [];
  let number: string | null = null;
  const rawNumber = textOrNull(raw.number);
  if (rawNumber !== null) {
    // Up to 12 digits: a court's document id numbering an entry (courts of appeals) is held whole by
    // the store's numbers (64-bit: SQLite's integers, PostgreSQL's bigint, migration 0027).
    if (!/^\d{1,12}$/.test(rawNumber)) {
      return { entry: null, notes: [`entry number "${rawNumber.slice(0, 40)}" is not a number`] };
    }
    const n = Number(rawNumber);
    if (n < 1)
      return { entry: null, notes: [`entry number ${rawNumber.slice(0, 40)} is not a docket number`] };
    number = String(n);
  }
  const dateFiled = checkDate(raw.dateFiled, 'dateFiled', notes);
  const dateEntered = checkDate(raw.dateEntered, 'dateEntered', notes);
  if (dateFiled === null && dateEntered === null) {
    return { entry: null, notes: [...notes, 'entry has no date filed or entered'] };
  }
  const description = clampText(
    typeof raw.description === 'string' ? raw.description.trim() : '',
    MAX_DESCRIPTION_CHARS,
    'description',
    notes,
  );
  const short = textOrNull(raw.shortDescription);
  let attachments: Attachment[] = Array.isArray(raw.attachments) ? raw.attachments : [];
  if (attachments.length > MAX_ATTACHMENTS) {
    notes.push(`${attachments.length} attachments clamped to ${MAX_ATTACHMENTS}`);
    attachments = attachments.slice(0, MAX_ATTACHMENTS);
  }
  attachments = attachments.map((a) => ({
    number: String(a.number ?? '').slice(0, 20),
    description:
      a.description == null
        ? null
        : clampText(String(a.description), MAX_SHORT_DESCRIPTION_CHARS, 'attachment description', notes),
    pacerDocId: textOrNull(a.pacerDocId),
    pageCount: validCount(a.pageCount),
  }));
  return {
    entry: {
      number,
      dateFiled,
      dateEntered,
      description,
      shortDescription:
        short === null ? null : clampText(short, MAX_SHORT_DESCRIPTION_CHARS, 'shortDescription', notes),
      pacerDocId: textOrNull(raw.pacerDocId),
      pacerSeqNo: textOrNull(raw.pacerSeqNo),
      pageCount: validCount(raw.pageCount),
      attachments,
      documentUrl: textOrNull(raw.documentUrl)?.slice(0, 2000) ?? null,
      linkedEntries: entryNumbers(raw.linkedEntries),
    },
    notes,
  };
}

/** Entry numbers as a docket text links them: positive docket numbers, each once, at most `MAX_LINKED_ENTRIES`. */
function entryNumbers(v: unknown): number[] {
  if (!Array.isArray(v)) return [];
  const ok = v.filter((n): n is number => Number.isInteger(n) && n > 0 && isSequenceNumber(n));
  return [...new Set(ok)].slice(0, MAX_LINKED_ENTRIES);
}

function validCount(v: unknown): number | null {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 1_000_000 ? v : null;
}

/** A version as stored: the entry's fields in a fixed order, its attachments as tuples. */
type VersionTuple = [
  number: string | null,
  dateFiled: string | null,
  dateEntered: string | null,
  description: string,
  shortDescription: string | null,
  pacerDocId: string | null,
  pacerSeqNo: string | null,
  pageCount: number | null,
  documentUrl: string | null,
  attachments: [
    number: string,
    description: string | null,
    pacerDocId: string | null,
    pageCount: number | null,
  ][],
  /** Only when the text links entries: a version without links is stored as before they were read. */
  linkedEntries?: number[],
];

/** Canonical JSON of a version (fixed key order), and its hash. */
export function versionPayload(e: CleanEntry): string {
  const v: VersionTuple = [
    e.number,
    e.dateFiled,
    e.dateEntered,
    e.description,
    e.shortDescription,
    e.pacerDocId,
    e.pacerSeqNo,
    e.pageCount,
    e.documentUrl,
    e.attachments.map((a) => [a.number, a.description, a.pacerDocId, a.pageCount]),
  ];
  if (e.linkedEntries.length > 0) v.push(e.linkedEntries);
  return JSON.stringify(v);
}

export function payloadEntry(payload: string): CleanEntry {
  const v = JSON.parse(payload) as VersionTuple;
  return {
    number: v[0],
    dateFiled: v[1],
    dateEntered: v[2],
    description: v[3],
    shortDescription: v[4],
    pacerDocId: v[5],
    pacerSeqNo: v[6],
    pageCount: v[7],
    documentUrl: v[8],
    attachments: v[9].map(([n, d, id, pc]) => ({ number: n, description: d, pacerDocId: id, pageCount: pc })),
    linkedEntries: v[10] ?? [],
  };
}

export function hashPayload(payload: string): string {
  return hash('sha1', payload, 'base64url');
}

/** Docket text reduced to what survives re-typing: no "(Entered: …)", no "Modified on …", no punctuation. */
export function normalizeText(s: string): string {
  return s
    .toLowerCase()
    .replace(/\(entered:[^)]*\)/g, ' ')
    .replace(/\(?modified on \d{1,2}\/\d{1,2}\/\d{2,4}[^)]*\)?/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The calendar day of an entry (an RSS instant counts as its date part). */
export function entryDay(e: { dateFiled: string | null; dateEntered: string | null }): string {
  return (e.dateFiled ?? e.dateEntered ?? '').slice(0, 10);
}

function dayDistance(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/** What an unnumbered entry already in the store is matched on. */
export interface UnnumberedCandidate {
  key: string;
  day: string;
  /** As stored: a feed's instant, or a report's day. */
  dateFiled: string | null;
  text: string;
  shortText: string;
  pacerSeqNo: string | null;
  pacerDocId: string | null;
}

/**
 * An unnumbered entry a source gave only by its title (a court feed's item for a minute entry: the
 * event name and an instant, no docket text, no sequence number or document). A docket report
 * prints no event names, so nothing it gives can be matched with such an item.
 */
export function isTitleOnly(e: {
  number?: string | null;
  text: string;
  shortText: string;
  pacerSeqNo: string | null;
  pacerDocId: string | null;
}): boolean {
  return !e.number && e.text === '' && e.shortText !== '' && !e.pacerSeqNo && !e.pacerDocId;
}

/**
 * Find the stored unnumbered entry an incoming one is: same sequence number or document id when
 * both sides have one; else filed within a day with the same normalized text (or one text the
 * start of the other, as RSS truncates), or, for a feed's title-only item, the same title. A
 * title-only item is the same as a stored title-only item only at the same instant (two minute
 * entries of one event on a day are two items), and that match is preferred over any other.
 */
export function matchUnnumbered(
  e: CleanEntry,
  candidates: UnnumberedCandidate[],
  taken: Set<string>,
): string | null {
  const day = entryDay(e);
  const text = normalizeText(e.description);
  const shortText = normalizeText(e.shortDescription ?? '');
  const titleOnly = isTitleOnly({ ...e, text, shortText });
  let byText: string | null = null;
  for (const c of candidates) {
    if (taken.has(c.key)) continue;
    if (e.pacerSeqNo && c.pacerSeqNo) {
      if (e.pacerSeqNo === c.pacerSeqNo) return c.key;
      continue;
    }
    if (e.pacerDocId && c.pacerDocId) {
      if (e.pacerDocId === c.pacerDocId) return c.key;
      continue;
    }
    if (titleOnly && isTitleOnly(c)) {
      if (c.shortText === shortText && c.dateFiled === e.dateFiled) return c.key;
      continue;
    }
    if (byText !== null || dayDistance(day, c.day) > 1) continue;
    if (textsMatch(text, c.text) || (shortText !== '' && shortText === c.shortText && text === ''))
      byText = c.key;
  }
  return byText;
}

function textsMatch(a: string, b: string): boolean {
  if (a === '' || b === '') return false;
  if (a === b) return true;
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  return shorter.length >= 20 && longer.startsWith(shorter);
}

/** Words of an event name that say nothing of which event it is. */
const TITLE_FILLER = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'for',
  'in',
  'of',
  'on',
  'or',
  're',
  'the',
  'to',
  'with',
]);

/** A word without its English ending (`hearings` → `hearing`, `added` → `add`), for comparing forms. */
function stem(word: string): string {
  return word.length > 4 ? word.replace(/(?:ing|ed|es|s)$/, '') : word;
}

/**
 * Whether a feed's title (a CM/ECF event name, `Order on Motion to Continue`) can name the entry
 * with this docket text: every word of the title that tells events apart is in the text, in some
 * form (`MINUTE ORDER granting 9 Joint Motion to Continue`). Both normalized (`normalizeText`).
 */
export function titleFitsText(title: string, text: string): boolean {
  if (title === '' || text === '') return false;
  const words = new Set(text.split(' ').map(stem));
  const named = title.split(' ').filter((w) => !TITLE_FILLER.has(w) && !/^\d+$/.test(w));
  return named.length > 0 && named.every((w) => words.has(stem(w)));
}

/** A feed's title-only item, or an unnumbered entry with docket text, as `pairTitles` reads them. */
export interface TitleSide {
  key: string;
  day: string;
  /** Normalized: an item's title, an entry's docket text. */
  words: string;
}

/**
 * Which feed item (title only) is which unnumbered entry of the docket report (text, no event
 * name): an item and an entry are paired when they are filed within a day of each other, the title
 * fits the text (`titleFitsText`), and each is the only one that fits the other. Anything less
 * certain is left unpaired (the report's entries then cover the item). Item key → entry key.
 */
export function pairTitles(items: readonly TitleSide[], entries: readonly TitleSide[]): Map<string, string> {
  const fits = (i: TitleSide, e: TitleSide) =>
    dayDistance(i.day, e.day) <= 1 && titleFitsText(i.words, e.words);
  const pairs = new Map<string, string>();
  for (const i of items) {
    const mine = entries.filter((e) => fits(i, e));
    if (mine.length !== 1) continue;
    const e = mine[0]!;
    if (items.filter((other) => fits(other, e)).length === 1) pairs.set(i.key, e.key);
  }
  return pairs;
}

/** A new key for an unnumbered entry: its day plus what identifies it best. */
export function unnumberedKey(e: CleanEntry, exists: (key: string) => boolean): string {
  const id = e.pacerSeqNo
    ? `s${e.pacerSeqNo}`
    : e.pacerDocId
      ? `d${e.pacerDocId}`
      : hashPayload(normalizeText(e.description) || normalizeText(e.shortDescription ?? '')).slice(0, 10);
  const base = `u:${entryDay(e)}:${id}`;
  let key = base;
  for (let i = 2; exists(key); i++) key = `${base}#${i}`;
  return key;
}

/** One source's latest version of an entry, as merge input. */
export interface SourceVersion {
  kind: SourceKind;
  /** Larger is later. */
  order: number;
  entry: CleanEntry;
}

/** The merged view's fields, as stored in `entries` (plus attachments for `documents`). */
export type MergedEntry = Omit<CleanEntry, 'number'>;

export const MERGED_FIELDS = entryFieldsExcept('number') satisfies (keyof MergedEntry)[];

/**
 * Each field from the highest-ranked source that has it, the latest such version on a tie. The
 * description is the richest text: a docket report's full text over a feed's summary, and a
 * corrected ("Modified on") text from the same kind of source over the older one.
 */
export function mergeVersions(versions: SourceVersion[]): MergedEntry {
  const sorted = [...versions].sort((a, b) => kindRank(b.kind) - kindRank(a.kind) || b.order - a.order);
  const pick = <K extends keyof CleanEntry>(field: K): CleanEntry[K] | null => {
    for (const v of sorted) {
      const value = v.entry[field];
      if (value !== null && value !== '' && !(Array.isArray(value) && value.length === 0)) return value;
    }
    return null;
  };
  return {
    dateFiled: pickDate(sorted),
    dateEntered: pick('dateEntered'),
    description: pick('description') ?? '',
    shortDescription: pick('shortDescription'),
    pacerDocId: pick('pacerDocId'),
    pacerSeqNo: pick('pacerSeqNo'),
    pageCount: pick('pageCount'),
    documentUrl: pick('documentUrl'),
    attachments: pick('attachments') ?? [],
    linkedEntries: pick('linkedEntries') ?? [],
  };
}

/** A calendar date from a report beats a feed's instant for the same day; otherwise rank order. */
function pickDate(sorted: SourceVersion[]): string | null {
  let instant: string | null = null;
  for (const v of sorted) {
    const d = v.entry.dateFiled;
    if (d === null) continue;
    if (d.length === 10) return d;
    instant ??= d;
  }
  return instant;
}

export type Changes = Partial<Record<(typeof MERGED_FIELDS)[number], { from: unknown; to: unknown }>>;

export function diffMerged(before: MergedEntry, after: MergedEntry): Changes {
  const changes: Changes = {};
  for (const f of MERGED_FIELDS) {
    const a = before[f];
    const b = after[f];
    const same = Array.isArray(a) || Array.isArray(b) ? JSON.stringify(a) === JSON.stringify(b) : a === b;
    if (!same) changes[f] = { from: a, to: b };
  }
  return changes;
}
