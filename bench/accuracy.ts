/**
 * Agreement of `analyzeSequence` with the shared labeled entries, per field and overall:
 *   npx tsx bench/accuracy.ts [--diffs]
 * Then the hand-labeled real corpus of `bench/labels/` (dev and hold-out apart; see
 * `bench/corpus-accuracy.ts`), when the shared fixtures are beside the checkout.
 * Fields: kind; related entries (set equality); deadline due dates (multiset of non-null dueDate
 * values plus recurrences' first occurrences); stay actions and expiry; injunction actions;
 * hearing dates. Each field of each entry is one comparison.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeSequence } from '../src/deadlines/extract/index.ts';
import type { Analysis, AnalyzeInput } from '../src/deadlines/types.ts';
import { fixturesDir } from '../tests/support/shared.ts';
import { reportCorpus, scoreCorpus } from './corpus-accuracy.ts';

export interface LabeledEntry {
  id: string;
  case: string;
  entryNumber: number | null;
  dateFiled: string;
  text: string;
  expected: {
    kind: string;
    relatedEntries: number[];
    deadlines: { dueDate: string | null; recurrence?: { firstOccurrences?: string[] } }[];
    stays: { action: string; expires?: string | null }[];
    injunctions: { action: string; type: string }[];
    hearings: { date?: string; datetimeLocal?: string }[];
  };
}

export interface FieldScore {
  agreed: number;
  compared: number;
  misses: { id: string; expected: unknown; actual: unknown }[];
}

export const FIELDS = [
  'kind',
  'relatedEntries',
  'deadlineDates',
  'stays',
  'injunctions',
  'hearingDates',
] as const;
export type Field = (typeof FIELDS)[number];

const sorted = (xs: string[]) => [...xs].sort();
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function deadlineDates(
  ds: { dueDate: string | null; recurrence?: { firstOccurrences?: string[] } | null }[],
): string[] {
  const out: string[] = [];
  for (const d of ds) {
    if (d.dueDate) out.push(d.dueDate);
    for (const o of d.recurrence?.firstOccurrences ?? []) out.push(`recurring:${o}`);
  }
  return sorted(out);
}

function project(field: Field, a: Analysis | LabeledEntry['expected']): unknown {
  switch (field) {
    case 'kind':
      return a.kind;
    case 'relatedEntries':
      return [...new Set(a.relatedEntries)].sort((x, y) => x - y);
    case 'deadlineDates':
      return deadlineDates(a.deadlines);
    case 'stays':
      return sorted(a.stays.map((s) => `${s.action}@${s.expires ?? ''}`));
    case 'injunctions':
      return sorted(a.injunctions.map((j) => `${j.type}:${j.action}`));
    case 'hearingDates':
      return sorted(
        (a.hearings as { date?: string | null; datetimeLocal?: string }[]).map(
          (h) => h.date ?? h.datetimeLocal?.slice(0, 10) ?? '',
        ),
      );
  }
}

export function loadLabeled(): { entries: LabeledEntry[]; courts: Record<string, string> } {
  const file = JSON.parse(readFileSync(resolve(fixturesDir, 'entries/labeled-entries.json'), 'utf8')) as {
    entries: LabeledEntry[];
    cases: Record<string, { court: string }>;
  };
  const courts = Object.fromEntries(Object.entries(file.cases).map(([k, v]) => [k, v.court]));
  return { entries: file.entries, courts };
}

/** Score every labeled case's entries, each case read in order as one docket. */
export function score(): Record<Field, FieldScore> {
  const { entries, courts } = loadLabeled();
  const scores = {} as Record<Field, FieldScore>;
  for (const f of FIELDS) scores[f] = { agreed: 0, compared: 0, misses: [] };
  const byCase = new Map<string, LabeledEntry[]>();
  for (const e of entries) byCase.set(e.case, [...(byCase.get(e.case) ?? []), e]);
  for (const [caseId, list] of byCase) {
    const inputs: AnalyzeInput[] = list.map((e) => ({
      number: e.entryNumber === null ? null : String(e.entryNumber),
      id: e.id,
      dateFiled: e.dateFiled,
      text: e.text,
    }));
    const results = analyzeSequence(inputs, { court: courts[caseId] });
    list.forEach((e, i) => {
      for (const f of FIELDS) {
        const expected = project(f, e.expected);
        const actual = project(f, results[i]!);
        const s = scores[f];
        s.compared++;
        if (same(expected, actual)) s.agreed++;
        else s.misses.push({ id: e.id, expected, actual });
      }
    });
  }
  return scores;
}

export function pct(a: number, n: number): string {
  return n === 0 ? '  n/a ' : `${((100 * a) / n).toFixed(1).padStart(5)}%`;
}

if (import.meta.url === `file://${process.argv[1]}` || /(?:^|\/)accuracy\.ts$/.test(process.argv[1] ?? '')) {
  const scores = score();
  let agreed = 0;
  let compared = 0;
  for (const f of FIELDS) {
    const s = scores[f];
    agreed += s.agreed;
    compared += s.compared;
    console.log(`${f.padEnd(16)} ${pct(s.agreed, s.compared)}  (${s.agreed}/${s.compared})`);
  }
  console.log(`${'overall'.padEnd(16)} ${pct(agreed, compared)}  (${agreed}/${compared})`);
  if (process.argv.includes('--diffs'))
    for (const f of FIELDS)
      for (const m of scores[f].misses)
        console.log(
          `${m.id} ${f}\n   expected ${JSON.stringify(m.expected)}\n   actual   ${JSON.stringify(m.actual)}`,
        );
  console.log('');
  for (const l of reportCorpus(scoreCorpus(), { diffs: process.argv.includes('--diffs') })) console.log(l);
}
