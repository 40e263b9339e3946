/**
 * Agreement with the shared corpus, per folder, with the differences listed:
 *   npx tsx bench/corpus-report.ts [FOLDER...] [--diffs N]
 */
import { corpusPairs, pct, runCorpus } from '../tests/support/corpus.ts';

const args = process.argv.slice(2);
const diffsAt = args.indexOf('--diffs');
const maxDiffs = diffsAt >= 0 ? Number(args[diffsAt + 1]) : 40;
const folders = args.filter((a, i) => !a.startsWith('--') && (diffsAt < 0 || i !== diffsAt + 1));
const summary = runCorpus(folders.length > 0 ? corpusPairs(folders) : corpusPairs());
for (const [k, v] of Object.entries(summary.byKind)) {
  console.log(
    `${k.padEnd(18)} files ${String(v.files).padStart(4)}  fields ${String(v.compared).padStart(6)}  agree ${pct(v.agreed, v.compared)}  allowed ${v.allowed}  errors ${v.errors}`,
  );
}
console.log(
  `overall ${pct(summary.agreed + summary.allowed, summary.compared)} of ${summary.compared} fields (${summary.allowed} allowed)`,
);
let shown = 0;
for (const r of summary.reports) {
  if (r.error) console.log(`ERROR ${r.id}: ${r.error}`);
  for (const d of r.differences) {
    if (shown++ >= maxDiffs) break;
    console.log(
      `${d.file} ${d.path}\n   expected ${JSON.stringify(d.expected)}\n   actual   ${JSON.stringify(d.actual)}`,
    );
  }
}
