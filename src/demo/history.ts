/**
 * A replay history: a JSON file in the public format of `replay.schema.json` (docs/replay.md),
 * read once, checked, and turned into what the courts publish — each entry with the instant it
 * appears (its filing date and time in its court's zone, from the court table), its CM/ECF
 * sequence number and, for numbered entries, a PACER document id.
 *
 * The schema decides what a file may say; a few checks the schema cannot express (a court the
 * court table knows, a date that exists, a docket number used once) follow it. Every problem is
 * reported with the field's path and its line in the file.
 *
 * Document ids follow CM/ECF's shape (court prefix, a flag digit, a serial): links carry the flag
 * `1` in the fourth digit, the canonical id has it zeroed, and both forms name the same document.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { DateTime } from 'luxon';
import { findCourt } from '../courts.ts';
import { InputError } from '../errors.ts';
import { lineOfPointer } from './json-position.ts';

/** The entry types a partial feed can carry (E.D. Mich.'s feed declares these, and so by default does the replay's). */
export const FEED_TYPES = ['orders', 'opinions', 'judgments', 'minute entries', 'appeals'] as const;
export type FeedType = (typeof FEED_TYPES)[number];

type Illustrative = 'number' | 'entry';

/** A district entry as the file gives it. */
export interface DistrictEntryFile {
  number: number | null;
  dateFiled: string;
  time: string;
  approximateDate?: boolean;
  illustrative?: Illustrative;
  shortDescription: string;
  text: string;
  documentText?: string;
}

export interface AppellateEntryFile {
  number: number;
  dateFiled: string;
  time: string;
  illustrative?: Illustrative;
  text: string;
}

export interface Party {
  name: string;
  type: string;
  detail?: string;
  addedBy?: number;
  attorneys?: string[];
}

interface OriginatingCourt {
  caseNumber: string;
  trialJudge?: string;
  dateFiled: string;
  dateOrderJudgment: string;
  dateNoticeOfAppeal: string;
}

interface AppealFile {
  court: string;
  docketNumber: string;
  caseName?: string;
  dateFiled: string;
  dateFiledIllustrative?: boolean;
  natureOfSuit?: string;
  originatingCourt?: OriginatingCourt;
  entries: AppellateEntryFile[];
}

/** Who the case is about (`docketwatch case set`), as a history file says it. */
export interface HistoryPeople {
  class: string;
  classEs?: string;
  classAr?: string;
  /** The docket entry (its number) whose order defines the class in these words. */
  classFrom?: string;
  scope?: 'nationwide' | 'district' | 'named';
  protects?: 'removal' | 'detention';
  /** Later definitions, one per order (`case set --class … --class-from N`), each from its order's day. */
  classes?: {
    classFrom: string;
    class: string;
    classEs?: string;
    classAr?: string;
    scope?: 'nationwide' | 'district' | 'named';
  }[];
}

/** A history file as `replay.schema.json` describes it. */
export interface HistoryFile {
  about?: string;
  court: string;
  courtName?: string;
  docketNumber: string;
  docketNumberFull?: string;
  caseName: string;
  pacerCaseId?: string;
  assignedTo?: string;
  referredTo?: string;
  dateFiled: string;
  cause?: string;
  natureOfSuit?: string;
  jurisdiction?: string;
  people?: HistoryPeople;
  parties?: Party[];
  attorneys?: Record<string, string>;
  feed?: 'all' | FeedType[];
  entries: DistrictEntryFile[];
  appeal?: AppealFile;
  appeals?: AppealFile[];
}

export interface DistrictEntry extends DistrictEntryFile {
  /** When the entry appears on the docket (and in the feed), as epoch milliseconds. */
  publishedAt: number;
  /** CM/ECF's `de_seq_num`: increases with every entry, numbered or not. */
  seqNo: number;
  /** Canonical PACER document id (fourth digit zeroed); `null` for unnumbered entries. */
  docId: string | null;
}

export interface AppellateEntry extends AppellateEntryFile {
  publishedAt: number;
  docId: string;
}

export interface ReplayAppeal {
  /** Court of appeals id (`ca6`), its name from the court table and its zone. */
  court: string;
  courtName: string;
  zone: string;
  docketNumber: string;
  caseName: string;
  dateFiled: string;
  dateFiledIllustrative: boolean;
  natureOfSuit: string;
  originatingCourt: Required<OriginatingCourt>;
  /** In the order the docket report lists them: date filed, then number. */
  entries: AppellateEntry[];
}

export interface ReplayHistory {
  about: string;
  court: string;
  courtName: string;
  /** The district court's IANA zone, from the court table. */
  zone: string;
  docketNumber: string;
  docketNumberFull: string;
  caseName: string;
  pacerCaseId: string;
  assignedTo: string;
  referredTo: string;
  dateFiled: string;
  cause: string;
  natureOfSuit: string;
  jurisdiction: string;
  /** Who the case is about, when the file says it. */
  people: HistoryPeople | null;
  parties: (Party & { attorneys: string[] })[];
  attorneys: Record<string, string>;
  /** What the court's RSS feed carries. */
  feed: 'all' | readonly FeedType[];
  /** In the order the docket report lists them: date filed, then sequence. */
  entries: DistrictEntry[];
  /** Every appeal, in the order they were docketed. */
  appeals: ReplayAppeal[];
  /** Fields the format does not know (ignored; often a misspelling), with their lines. */
  warnings: string[];
}

/** A history file that cannot be replayed; `problems` says each thing wrong, where. */
export class ReplayFileError extends InputError {
  readonly problems: string[];
  constructor(source: string, problems: string[]) {
    super(
      `${source} is not a replay history docketwatch can use (the format: docs/replay.md):\n${problems.map((p) => `  ${p}`).join('\n')}`,
    );
    this.problems = problems;
  }
}

// ---------------------------------------------------------------------------------------------
// Checking a file

const schema = JSON.parse(readFileSync(new URL('./replay.schema.json', import.meta.url), 'utf8')) as object;
const ajv = new Ajv2020({ allErrors: true, verbose: true, strictTypes: false });
const validate = ajv.compile<HistoryFile>(schema);

/**
 * The same schema with every object closed (`additionalProperties: false`): what it reports is a
 * field the format does not know. Such fields are allowed — a file valid before stays valid, and a
 * file may carry notes — but a misspelt optional field would otherwise vanish without a word.
 */
function closed(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(closed);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) out[k] = k === 'properties' ? mapValues(v, closed) : closed(v);
  if ('properties' in node && !('additionalProperties' in node)) out.additionalProperties = false;
  return out;
}
function mapValues(o: unknown, f: (v: unknown) => unknown): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o as Record<string, unknown>).map(([k, v]) => [k, f(v)]));
}
const { $id: _id, ...anonymous } = schema as { $id?: string };
const validateClosed = ajv.compile(closed(anonymous) as object);

/** `/entries/3/dateFiled` → `entries[3].dateFiled`. */
function fieldName(pointer: string): string {
  const parts = pointer.split('/').slice(1);
  return (
    parts
      .map((p, i) =>
        /^\d+$/.test(p) ? `[${p}]` : `${i === 0 ? '' : '.'}${p.replace(/~1/g, '/').replace(/~0/g, '~')}`,
      )
      .join('') || '(the whole file)'
  );
}

function lowerFirst(s: string): string {
  return /^[A-Z](?![A-Z.])/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}

function shown(value: unknown): string {
  const s = JSON.stringify(value);
  return s === undefined ? String(value) : s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

function describeError(e: ErrorObject): { pointer: string; message: string } {
  const description = (e.parentSchema as { description?: string } | undefined)?.description;
  switch (e.keyword) {
    case 'required': {
      const missing = (e.params as { missingProperty: string }).missingProperty;
      return { pointer: e.instancePath, message: `${fieldName(`${e.instancePath}/${missing}`)}: missing` };
    }
    case 'type':
      return {
        pointer: e.instancePath,
        message: `${fieldName(e.instancePath)}: must be ${(e.params as { type: string }).type}, got ${shown(e.data)}`,
      };
    case 'pattern':
    case 'oneOf':
      return {
        pointer: e.instancePath,
        message: `${fieldName(e.instancePath)}: expected ${description ? lowerFirst(description.replace(/\.$/, '')) : e.message}, got ${shown(e.data)}`,
      };
    case 'enum':
      return {
        pointer: e.instancePath,
        message: `${fieldName(e.instancePath)}: must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map(shown).join(', ')}, got ${shown(e.data)}`,
      };
    case 'minItems': {
      const n = (e.params as { limit: number }).limit;
      return {
        pointer: e.instancePath,
        message: `${fieldName(e.instancePath)}: needs at least ${n} ${n === 1 ? 'item' : 'items'}`,
      };
    }
    case 'minLength':
      return { pointer: e.instancePath, message: `${fieldName(e.instancePath)}: must not be empty` };
    case 'not':
      return {
        pointer: e.instancePath,
        message: 'give either "appeal" (one appeal) or "appeals" (a list), not both',
      };
    default:
      return {
        pointer: e.instancePath,
        message: `${fieldName(e.instancePath)}: ${e.message ?? 'is not valid'}`,
      };
  }
}

/** Schema errors a person can act on: one per field (a `oneOf` stands for its branches' errors). */
function schemaProblems(errors: ErrorObject[]): { pointer: string; message: string }[] {
  const oneOfAt = new Set(errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath));
  const kept = errors.filter(
    (e) =>
      e.keyword === 'oneOf' ||
      ![...oneOfAt].some((p) => e.instancePath === p || e.schemaPath.includes('/oneOf/')),
  );
  const seen = new Set<string>();
  return kept.map(describeError).filter((p) => !seen.has(p.message) && seen.add(p.message) !== undefined);
}

/** "ECF No. 32, filed 2017-06-22": which entry a path inside `entries` is about, in the reader's words. */
function entryLabel(file: unknown, pointer: string): string {
  const m = /^((?:\/appeals\/\d+|\/appeal)?)\/entries\/(\d+)/.exec(pointer);
  if (!m) return '';
  const parent = m[1] ? resolvePointer(file, m[1]) : file;
  const entry = (parent as { entries?: unknown[] } | undefined)?.entries?.[Number(m[2])] as
    | { number?: unknown; dateFiled?: unknown }
    | undefined;
  if (!entry || typeof entry !== 'object') return '';
  const bits = [
    typeof entry.number === 'number' ? `No. ${entry.number}` : entry.number === null ? 'unnumbered' : '',
    typeof entry.dateFiled === 'string' ? `filed ${entry.dateFiled}` : '',
  ].filter(Boolean);
  return bits.length ? ` (${bits.join(', ')})` : '';
}

function resolvePointer(value: unknown, pointer: string): unknown {
  let v = value;
  for (const key of pointer.split('/').slice(1)) v = (v as Record<string, unknown> | undefined)?.[key];
  return v;
}

/** A court date and time of day in `zone`, or the reason it is not one. */
function instant(date: string, time: string, zone: string): number | string {
  const t = DateTime.fromISO(`${date}T${time}`, { zone });
  return t.isValid ? t.toMillis() : `${date} ${time} is not a date and time that exists`;
}

/** An instant from a court date and time of day in `zone` (throws on a date that does not exist). */
export function courtInstant(date: string, time: string, zone: string): number {
  const t = instant(date, time, zone);
  if (typeof t === 'string') throw new InputError(t);
  return t;
}

/** District (`097…`, 11 digits) and appellate (`006…`, 12 digits) ids in their canonical form. */
function districtDocId(number: number): string {
  return `0970${String(9_700_000 + number * 7).padStart(7, '0')}`;
}
function appellateDocId(appeal: number, number: number): string {
  return `0060${String(12_500_000 + appeal * 2_000_000 + number * 11).padStart(8, '0')}`;
}

/** The id as a court prints it in links: the fourth digit set to 1. */
export function linkDocId(docId: string): string {
  return `${docId.slice(0, 3)}1${docId.slice(4)}`;
}

/**
 * Check a parsed history file and build the replay from it. `source` names the file in messages;
 * `text` (the file's JSON) lets them give line numbers.
 */
export function buildHistory(raw: unknown, source = 'the replay history', text?: string): ReplayHistory {
  const at = (pointer: string): string =>
    text === undefined ? '' : `line ${lineOfPointer(text, pointer)}, `;
  if (!validate(raw)) {
    const problems = schemaProblems(validate.errors ?? []).map(
      (p) => `${at(p.pointer)}${p.message}${entryLabel(raw, p.pointer)}`,
    );
    throw new ReplayFileError(source, problems);
  }
  const file = raw;
  validateClosed(raw);
  const warnings = (validateClosed.errors ?? [])
    .filter((e) => e.keyword === 'additionalProperties')
    .map((e) => {
      const field = `${e.instancePath}/${(e.params as { additionalProperty: string }).additionalProperty}`;
      return `${at(field)}${fieldName(field)}: not a field of the replay format; ignored${entryLabel(raw, field)}`;
    });
  const problems: string[] = [];
  const problem = (pointer: string, message: string): void => {
    problems.push(`${at(pointer)}${fieldName(pointer)}: ${message}${entryLabel(file, pointer)}`);
  };

  const court = findCourt(file.court);
  if (!court)
    problem('/court', `"${file.court}" is not a court in docketwatch's court table (src/courts.ts)`);
  else if (court.type !== 'district' && court.type !== 'bankruptcy')
    problem('/court', `"${file.court}" is ${court.name}; the case's court is a district or bankruptcy court`);
  const zone = court?.tz ?? 'UTC';
  if (typeof instant(file.dateFiled, '00:00', zone) === 'string')
    problem('/dateFiled', `${file.dateFiled} is not a date that exists`);

  const numbers = new Map<number, number>();
  const timed = file.entries.map((e, index) => {
    const t = instant(e.dateFiled, e.time, zone);
    if (typeof t === 'string') problem(`/entries/${index}`, t);
    if (e.number !== null) {
      const first = numbers.get(e.number);
      if (first !== undefined)
        problem(`/entries/${index}/number`, `No. ${e.number} is used twice (also entries[${first}])`);
      else numbers.set(e.number, index);
    }
    return { ...e, publishedAt: typeof t === 'number' ? t : 0 };
  });

  const appealFiles = file.appeals ?? (file.appeal ? [file.appeal] : []);
  const appealPointer = (i: number): string => (file.appeals ? `/appeals/${i}` : '/appeal');
  const appeals: ReplayAppeal[] = appealFiles.map((a, ai) => {
    const ac = findCourt(a.court);
    if (ac?.type !== 'appellate')
      problem(
        `${appealPointer(ai)}/court`,
        `"${a.court}" is not a court of appeals in docketwatch's court table`,
      );
    const azone = ac?.tz ?? zone;
    const seen = new Map<number, number>();
    const entries = a.entries
      .map((e, index) => {
        const t = instant(e.dateFiled, e.time, azone);
        if (typeof t === 'string') problem(`${appealPointer(ai)}/entries/${index}`, t);
        const first = seen.get(e.number);
        if (first !== undefined)
          problem(
            `${appealPointer(ai)}/entries/${index}/number`,
            `No. ${e.number} is used twice (also entries[${first}])`,
          );
        else seen.set(e.number, index);
        return { ...e, publishedAt: typeof t === 'number' ? t : 0, docId: appellateDocId(ai, e.number) };
      })
      .sort((x, y) => x.dateFiled.localeCompare(y.dateFiled) || x.number - y.number);
    return {
      court: a.court,
      courtName: ac?.name ?? a.court,
      zone: azone,
      docketNumber: a.docketNumber,
      caseName: a.caseName ?? file.caseName,
      dateFiled: a.dateFiled,
      dateFiledIllustrative: a.dateFiledIllustrative ?? false,
      natureOfSuit: a.natureOfSuit ?? '',
      originatingCourt: {
        caseNumber: a.originatingCourt?.caseNumber ?? file.docketNumber,
        trialJudge:
          a.originatingCourt?.trialJudge ?? file.assignedTo?.replace(/^District Judge\s+/, '') ?? '',
        dateFiled: a.originatingCourt?.dateFiled ?? file.dateFiled,
        dateOrderJudgment: a.originatingCourt?.dateOrderJudgment ?? a.dateFiled,
        dateNoticeOfAppeal: a.originatingCourt?.dateNoticeOfAppeal ?? a.dateFiled,
      },
      entries,
    };
  });
  const docketed = new Map<string, number>();
  appeals.forEach((a, i) => {
    const key = `${a.court}:${a.docketNumber}`;
    const first = docketed.get(key);
    if (first !== undefined) problem(`${appealPointer(i)}/docketNumber`, `${key} is given twice`);
    else docketed.set(key, i);
  });
  if (problems.length > 0) throw new ReplayFileError(source, problems);

  timed.sort((a, b) => a.publishedAt - b.publishedAt);
  let seq = 0;
  const entries: DistrictEntry[] = timed.map((e) => {
    // CM/ECF gives every entry a sequence number; numbered documents run ahead of their number.
    seq = Math.max(seq + 1, (e.number ?? 0) * 2 + 1);
    return { ...e, seqNo: seq, docId: e.number === null ? null : districtDocId(e.number) };
  });
  entries.sort((a, b) => a.dateFiled.localeCompare(b.dateFiled) || a.seqNo - b.seqNo);
  appeals.sort((a, b) => a.entries[0]!.publishedAt - b.entries[0]!.publishedAt);

  return {
    about: file.about ?? '',
    court: file.court,
    courtName: file.courtName ?? court!.name,
    zone,
    docketNumber: file.docketNumber,
    docketNumberFull: file.docketNumberFull ?? file.docketNumber,
    caseName: file.caseName,
    pacerCaseId: file.pacerCaseId ?? defaultCaseId(file.docketNumber),
    assignedTo: file.assignedTo ?? '',
    referredTo: file.referredTo ?? '',
    dateFiled: file.dateFiled,
    cause: file.cause ?? '',
    natureOfSuit: file.natureOfSuit ?? '',
    jurisdiction: file.jurisdiction ?? '',
    people: file.people ?? null,
    parties: (file.parties ?? []).map((p) => ({ ...p, attorneys: p.attorneys ?? [] })),
    attorneys: file.attorneys ?? {},
    feed: file.feed ?? FEED_TYPES,
    entries,
    appeals,
    warnings,
  };
}

/** A PACER-like case id from the docket number: its year and serial (`2:17-cv-11910` → `1711910`). */
function defaultCaseId(docketNumber: string): string {
  const m = /:(\d{2})-[a-z]+-(\d+)$/.exec(docketNumber);
  return m ? `${m[1]}${m[2]!.padStart(5, '0')}` : '100000';
}

/** Read and check a history file; every problem is an error that names the file, the field and the line. */
export function loadHistory(path: string | URL): ReplayHistory {
  const source = typeof path === 'string' ? path : basename(path.pathname);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new InputError(`cannot read the replay history ${source}: ${(err as Error).message}`, {
      cause: err,
    });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    const line = text.slice(0, syntaxErrorOffset(text)).split('\n').length;
    const message = (err as Error).message.replace(/\s+/g, ' ').slice(0, 160);
    throw new ReplayFileError(source, [`not JSON at line ${line}: ${message}`]);
  }
  return buildHistory(raw, source, text);
}

/**
 * Where JSON that does not parse goes wrong. V8 gives a position for some errors only; otherwise
 * the longest prefix that is still the start of valid JSON is found by bisection (a prefix parses,
 * or fails only for ending early, up to the error and never after it).
 */
function syntaxErrorOffset(text: string): number {
  const failure = (s: string): number | null => {
    try {
      JSON.parse(s);
      return null;
    } catch (err) {
      const message = (err as Error).message;
      const pos = /at position (\d+)/.exec(message)?.[1];
      if (pos !== undefined) return Number(pos);
      return /end of JSON input/.test(message) ? s.length : -1;
    }
  };
  const whole = failure(text);
  if (whole !== null && whole >= 0) return whole;
  let ok = 0;
  let bad = text.length;
  while (bad - ok > 1) {
    const mid = (ok + bad) >> 1;
    const f = failure(text.slice(0, mid));
    if (f === null || f >= mid) ok = mid;
    else bad = mid;
  }
  return ok;
}

let cached: ReplayHistory | null = null;

/** The Hamama v. Adducci history shipped with docketwatch (what `docketwatch demo` replays). */
export function hamamaHistory(): ReplayHistory {
  cached ??= loadHistory(new URL('./hamama.json', import.meta.url));
  return cached;
}

/** Every instant at which something new appears on any of the case's courts, ascending, unique. */
export function publicationTimes(history: ReplayHistory): number[] {
  const all = [...history.entries, ...history.appeals.flatMap((a) => a.entries)].map((e) => e.publishedAt);
  return [...new Set(all)].sort((a, b) => a - b);
}
