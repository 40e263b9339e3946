/**
 * One labeled corpus entry's text, its label and what the extractor reads in it, for development:
 *   npx tsx bench/corpus-show.ts <ref>...   (refs as in bench/labels/*.jsonl)
 * Only for the development label files (dev, the retired hold-outs, hold-out 6 from the juriscraper
 * snapshot, the tune folds of dev-bk and dev-kind); any other hold-out's refs, and a check fold's, are refused.
 */
import { join } from 'node:path';
import { findCourt } from '../src/courts.ts';
import { analyzeSequence } from '../src/deadlines/extract/index.ts';
import type { AnalyzeInput } from '../src/deadlines/types.ts';
import { fixturesDir } from '../tests/support/shared.ts';
import { HELD_OUT_SETS, labelSets, labelsOf } from './corpus-accuracy.ts';
import { dayOf, parseFixture, textOf } from './labels/corpus.ts';
import { isJuriscraperRef } from './labels/dev-kind.ts';
import { holdout6CaseRows } from './labels/holdout-6.ts';

const labels = [...labelSets(), ...Object.values(HELD_OUT_SETS)]
  .filter((s) => s.tuned)
  .flatMap((s) =>
    labelsOf(s).map((l) => ({
      ...l,
      source: s.source === 'both' ? (isJuriscraperRef(l.ref) ? 'juriscraper' : undefined) : s.source,
    })),
  );

/** The entry's case in docket order, from ../shared or (hold-out 6) the juriscraper snapshot. */
function caseRows(fixture: string, caseIndex: number, source: string | undefined) {
  if (source === 'juriscraper')
    return holdout6CaseRows(fixture, caseIndex).map((r) => ({
      i: r.i,
      day: r.input.dateFiled,
      input: r.input,
    }));
  const c = parseFixture(join(fixturesDir, 'pacer'), fixture).cases[caseIndex]!;
  const rows = c.entries
    .map((e, i) => ({ i, e, text: textOf(e), day: dayOf(e) }))
    .filter((r): r is typeof r & { day: string; text: string } => Boolean(r.text && r.day));
  rows.sort((a, b) => (a.day === b.day ? a.i - b.i : a.day < b.day ? -1 : 1));
  return rows.map((r) => ({
    i: r.i,
    day: r.day,
    input: { number: r.e.number, dateFiled: r.day, text: r.text } as AnalyzeInput,
  }));
}
for (const ref of process.argv.slice(2)) {
  const l = labels.find((x) => x.ref === ref);
  if (!l) {
    console.log(`${ref}: not a development label`);
    continue;
  }
  const m = /^(.+)#(\d+)\.(\d+)$/.exec(ref)!;
  const rows = caseRows(m[1]!, Number(m[2]), l.source);
  const out = analyzeSequence(
    rows.map((r) => r.input),
    findCourt(l.court) ? { court: l.court } : {},
  );
  const k = rows.findIndex((r) => r.i === Number(m[3]));
  const { source: _, ...label } = l;
  console.log(
    `=== ${ref} (${l.court}, filed ${rows[k]?.day})\n${rows[k]?.input.text}\n--- label\n${JSON.stringify(label)}`,
  );
  console.log(`--- read\n${JSON.stringify(out[k], null, 1)}`);
}
