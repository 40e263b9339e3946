/**
 * Agreement of `analyzeSequence` with the held-out labeled docket texts in
 * `src/deadlines/extract/heldout.jsonl` — hand-written entries in other districts' and circuits'
 * styles (S.D.N.Y., N.D. Cal., D.D.C., N.D. Ill., W.D. Tex., D. Mass., Fifth and Ninth Circuits),
 * labeled before the extractor was run on them:
 *   npx tsx bench/heldout.ts [--diffs] [--file src/deadlines/extract/heldout-2.jsonl]
 * (`heldout-2.jsonl`: a second set written after the first round of rule fixes, still labeled
 * before the extractor was run on it — the measure of those fixes on text they were not made for;
 * `heldout-3.jsonl`: hearings set in orders and periods counted before/after them, 15 courts,
 * labeled before the rules for them were written — 83.3 % at first sight.)
 * Each line: `{id, court, case, number, dateFiled, text, expected}` where `expected` is already in
 * the projected form compared here: kind; related entries (sorted); deadline due dates (sorted,
 * non-null dueDate values plus `recurring:<first due date>` for a recurring obligation); stays
 * (`action@expires`); injunctions (`type:action`); hearing dates. Entries of one case are read
 * in order as one docket.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeSequence } from '../src/deadlines/extract/index.ts';
import type { Analysis } from '../src/deadlines/types.ts';

export const HELDOUT_FILE = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../src/deadlines/extract/heldout.jsonl',
);

export interface HeldoutEntry {
  id: string;
  court: string;
  case: string;
  number: number | null;
  dateFiled: string;
  text: string;
  expected: Record<HeldoutField, unknown>;
}

export const HELDOUT_FIELDS = [
  'kind',
  'relatedEntries',
  'deadlineDates',
  'stays',
  'injunctions',
  'hearingDates',
] as const;
export type HeldoutField = (typeof HELDOUT_FIELDS)[number];

const sorted = (xs: string[]) => [...xs].sort();

export function projectHeldout(field: HeldoutField, a: Analysis): unknown {
  switch (field) {
    case 'kind':
      return a.kind;
    case 'relatedEntries':
      return [...new Set(a.relatedEntries)].sort((x, y) => x - y);
    case 'deadlineDates': {
      const out: string[] = [];
      for (const d of a.deadlines) {
        if (d.dueDate) out.push(d.dueDate);
        const first = d.recurrence?.firstDue ?? d.recurrence?.firstOccurrences?.[0];
        if (d.recurrence && first) out.push(`recurring:${first}`);
      }
      return sorted(out);
    }
    case 'stays':
      return sorted(a.stays.map((s) => `${s.action}@${s.expires ?? ''}`));
    case 'injunctions':
      return sorted(a.injunctions.map((j) => `${j.type}:${j.action}`));
    case 'hearingDates':
      return sorted(a.hearings.map((h) => h.date ?? ''));
  }
}

export function loadHeldout(file = HELDOUT_FILE): HeldoutEntry[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as HeldoutEntry);
}

export interface HeldoutScore {
  agreed: number;
  compared: number;
  misses: { id: string; expected: unknown; actual: unknown }[];
}

export function scoreHeldout(entries = loadHeldout()): Record<HeldoutField, HeldoutScore> {
  const scores = {} as Record<HeldoutField, HeldoutScore>;
  for (const f of HELDOUT_FIELDS) scores[f] = { agreed: 0, compared: 0, misses: [] };
  const byCase = new Map<string, HeldoutEntry[]>();
  for (const e of entries) byCase.set(e.case, [...(byCase.get(e.case) ?? []), e]);
  for (const list of byCase.values()) {
    const results = analyzeSequence(
      list.map((e) => ({
        number: e.number === null ? null : String(e.number),
        id: e.id,
        dateFiled: e.dateFiled,
        text: e.text,
      })),
      { court: list[0]!.court },
    );
    list.forEach((e, i) => {
      for (const f of HELDOUT_FIELDS) {
        const actual = projectHeldout(f, results[i]!);
        const s = scores[f];
        s.compared++;
        if (JSON.stringify(actual) === JSON.stringify(e.expected[f])) s.agreed++;
        else s.misses.push({ id: e.id, expected: e.expected[f], actual });
      }
    });
  }
  return scores;
}

if (process.argv[1]?.endsWith('heldout.ts')) {
  const fileArg = process.argv.indexOf('--file');
  const file = fileArg > 0 ? resolve(process.argv[fileArg + 1] ?? '') : HELDOUT_FILE;
  const scores = scoreHeldout(loadHeldout(file));
  let agreed = 0;
  let compared = 0;
  const pct = (a: number, n: number) => `${((100 * a) / n).toFixed(1).padStart(5)}%`;
  for (const f of HELDOUT_FIELDS) {
    const s = scores[f];
    agreed += s.agreed;
    compared += s.compared;
    console.log(`${f.padEnd(16)} ${pct(s.agreed, s.compared)}  (${s.agreed}/${s.compared})`);
  }
  console.log(`${'overall'.padEnd(16)} ${pct(agreed, compared)}  (${agreed}/${compared})`);
  if (process.argv.includes('--diffs'))
    for (const f of HELDOUT_FIELDS)
      for (const m of scores[f].misses)
        console.log(
          `${m.id} ${f}\n   expected ${JSON.stringify(m.expected)}\n   actual   ${JSON.stringify(m.actual)}`,
        );
}
