/**
 * The replayed history: `hamama.json` read once, checked, and turned into what a court publishes —
 * each entry with the instant it appears (its filing date and time in the court's zone), its
 * CM/ECF sequence number and, for numbered entries, a PACER document id.
 *
 * Document ids follow CM/ECF's shape (court prefix, a flag digit, a serial): links carry the flag
 * `1` in the fourth digit, the canonical id has it zeroed, and both forms name the same document.
 */
import { readFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { ConfigError } from '../errors.ts';

/** Both courts of the replay keep Eastern time (Detroit, Cincinnati). */
export const COURT_ZONE = 'America/Detroit';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const clockTime = z.string().regex(/^\d{2}:\d{2}$/, 'a time of day as HH:MM');
const illustrative = z.enum(['number', 'entry']).optional();

const districtEntrySchema = z.object({
  number: z.number().int().positive().nullable(),
  dateFiled: day,
  time: clockTime,
  approximateDate: z.boolean().optional(),
  illustrative,
  shortDescription: z.string().min(1),
  text: z.string().min(1),
  documentText: z.string().min(1).optional(),
});

const appellateEntrySchema = z.object({
  number: z.number().int().positive(),
  dateFiled: day,
  time: clockTime,
  illustrative,
  text: z.string().min(1),
});

const historySchema = z.object({
  about: z.string(),
  court: z.string(),
  courtName: z.string(),
  docketNumber: z.string(),
  docketNumberFull: z.string(),
  caseName: z.string(),
  pacerCaseId: z.string().regex(/^\d+$/),
  assignedTo: z.string(),
  referredTo: z.string(),
  dateFiled: day,
  cause: z.string(),
  natureOfSuit: z.string(),
  jurisdiction: z.string(),
  parties: z.array(
    z.object({
      name: z.string(),
      type: z.string(),
      detail: z.string().optional(),
      addedBy: z.number().int().positive().optional(),
      attorneys: z.array(z.string()),
    }),
  ),
  attorneys: z.record(z.string(), z.string()),
  entries: z.array(districtEntrySchema).min(1),
  appeal: z.object({
    court: z.string(),
    docketNumber: z.string(),
    caseName: z.string(),
    dateFiled: day,
    dateFiledIllustrative: z.boolean().optional(),
    natureOfSuit: z.string(),
    originatingCourt: z.object({
      caseNumber: z.string(),
      trialJudge: z.string(),
      dateFiled: day,
      dateOrderJudgment: day,
      dateNoticeOfAppeal: day,
    }),
    entries: z.array(appellateEntrySchema).min(1),
  }),
});

export type HistoryFile = z.infer<typeof historySchema>;

export interface DistrictEntry extends z.infer<typeof districtEntrySchema> {
  /** When the entry appears on the docket (and in the feed), as epoch milliseconds. */
  publishedAt: number;
  /** CM/ECF's `de_seq_num`: increases with every entry, numbered or not. */
  seqNo: number;
  /** Canonical PACER document id (fourth digit zeroed); `null` for unnumbered entries. */
  docId: string | null;
}

export interface AppellateEntry extends z.infer<typeof appellateEntrySchema> {
  publishedAt: number;
  docId: string;
}

export interface ReplayHistory extends Omit<HistoryFile, 'entries' | 'appeal'> {
  /** In the order the docket report lists them: date filed, then sequence. */
  entries: DistrictEntry[];
  appeal: Omit<HistoryFile['appeal'], 'entries'> & { entries: AppellateEntry[] };
}

/** An instant from a court date and time of day in the court's zone. */
export function courtInstant(date: string, time = '00:00'): number {
  const t = DateTime.fromISO(`${date}T${time}`, { zone: COURT_ZONE });
  if (!t.isValid) throw new ConfigError(`${date} ${time} is not a valid court date and time`);
  return t.toMillis();
}

/** District (`097…`, 11 digits) and appellate (`006…`, 12 digits) ids in their canonical form. */
function districtDocId(number: number): string {
  return `0970${String(9_700_000 + number * 7).padStart(7, '0')}`;
}
function appellateDocId(number: number): string {
  return `0060${String(12_500_000 + number * 11).padStart(8, '0')}`;
}

/** The id as a court prints it in links: the fourth digit set to 1. */
export function linkDocId(docId: string): string {
  return `${docId.slice(0, 3)}1${docId.slice(4)}`;
}

export function buildHistory(raw: unknown): ReplayHistory {
  const parsed = historySchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ConfigError(
      `the replay history is malformed at ${first?.path.join('.') || '(root)'}: ${first?.message ?? 'invalid'}`,
    );
  }
  const file = parsed.data;
  const timed = file.entries
    .map((e) => ({ ...e, publishedAt: courtInstant(e.dateFiled, e.time) }))
    .sort((a, b) => a.publishedAt - b.publishedAt);
  const numbers = new Set<number>();
  let seq = 0;
  const entries: DistrictEntry[] = timed.map((e) => {
    if (e.number !== null) {
      if (numbers.has(e.number)) throw new ConfigError(`docket number ${e.number} is used twice`);
      numbers.add(e.number);
    }
    // CM/ECF gives every entry a sequence number; numbered documents run ahead of their number.
    seq = Math.max(seq + 1, (e.number ?? 0) * 2 + 1);
    return { ...e, seqNo: seq, docId: e.number === null ? null : districtDocId(e.number) };
  });
  entries.sort((a, b) => a.dateFiled.localeCompare(b.dateFiled) || a.seqNo - b.seqNo);
  const appealEntries: AppellateEntry[] = file.appeal.entries
    .map((e) => ({ ...e, publishedAt: courtInstant(e.dateFiled, e.time), docId: appellateDocId(e.number) }))
    .sort((a, b) => a.dateFiled.localeCompare(b.dateFiled) || a.number - b.number);
  return { ...file, entries, appeal: { ...file.appeal, entries: appealEntries } };
}

let cached: ReplayHistory | null = null;

/** The Hamama v. Adducci history shipped with docketwatch. */
export function hamamaHistory(): ReplayHistory {
  cached ??= buildHistory(JSON.parse(readFileSync(new URL('./hamama.json', import.meta.url), 'utf8')));
  return cached;
}

/** Every instant at which something new appears on either court's pages, ascending, unique. */
export function publicationTimes(history: ReplayHistory): number[] {
  const all = [...history.entries, ...history.appeal.entries].map((e) => e.publishedAt);
  return [...new Set(all)].sort((a, b) => a - b);
}
