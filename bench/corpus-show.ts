/**
 * One labeled corpus entry's text, its label and what the extractor reads in it, for development:
 *   npx tsx bench/corpus-show.ts <ref>...   (refs as in bench/labels/*.jsonl)
 * Only for the development label files (dev, the retired hold-outs 1 and 2, hold-out 3's tune fold);
 * any other hold-out's refs are refused.
 */
import { join } from 'node:path';
import { findCourt } from '../src/courts.ts';
import { analyzeSequence } from '../src/deadlines/extract/index.ts';
import type { AnalyzeInput } from '../src/deadlines/types.ts';
import { fixturesDir } from '../tests/support/shared.ts';
import { HELD_OUT_SETS, labelSets } from './corpus-accuracy.ts';
import { dayOf, parseFixture, textOf } from './labels/corpus.ts';
import { readLabels } from './labels/labels.ts';

const labels = [...labelSets(), ...Object.values(HELD_OUT_SETS)]
  .filter((s) => s.tuned)
  .flatMap((s) => readLabels(s.file).filter((l) => !s.courts || s.courts(l.court)));
for (const ref of process.argv.slice(2)) {
  const l = labels.find((x) => x.ref === ref);
  if (!l) {
    console.log(`${ref}: not a development label`);
    continue;
  }
  const m = /^(.+)#(\d+)\.(\d+)$/.exec(ref)!;
  const c = parseFixture(join(fixturesDir, 'pacer'), m[1]!).cases[Number(m[2])]!;
  const rows = c.entries
    .map((e, i) => ({ i, e, text: textOf(e), day: dayOf(e) }))
    .filter((r): r is typeof r & { day: string; text: string } => Boolean(r.text && r.day));
  rows.sort((a, b) => (a.day === b.day ? a.i - b.i : a.day < b.day ? -1 : 1));
  const inputs: AnalyzeInput[] = rows.map((r) => ({ number: r.e.number, dateFiled: r.day, text: r.text }));
  const out = analyzeSequence(inputs, findCourt(l.court) ? { court: l.court } : {});
  const k = rows.findIndex((r) => r.i === Number(m[3]));
  console.log(
    `=== ${ref} (${l.court}, filed ${rows[k]?.day})\n${rows[k]?.text}\n--- label\n${JSON.stringify(l)}`,
  );
  console.log(`--- read\n${JSON.stringify(out[k], null, 1)}`);
}
