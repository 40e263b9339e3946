import { expect, it } from 'vitest';
import { CORPUS_FOLDERS, corpusPairs, pct, runCorpus } from '../support/corpus.ts';
import { describeShared } from '../support/shared.ts';

/** Target of issue 2: at least 99.5 % of compared fields agree over the whole corpus. */
const TARGET = 0.995;

describeShared('parsers against the shared CM/ECF corpus', () => {
  it('agrees with the expected fields on at least 99.5 % of compared fields', () => {
    const summary = runCorpus();
    const lines = Object.entries(summary.byKind).map(
      ([k, v]) =>
        `${k.padEnd(18)} files ${String(v.files).padStart(4)}  fields ${String(v.compared).padStart(6)}  agree ${pct(v.agreed, v.compared)}  allowed ${v.allowed}  errors ${v.errors}`,
    );
    const worst = summary.reports
      .flatMap((r) =>
        r.error ? [{ file: r.id, path: '(error)', expected: '', actual: r.error }] : r.differences,
      )
      .slice(0, 15)
      .map(
        (d) =>
          `  ${d.file} ${d.path}: expected ${JSON.stringify(d.expected)}, got ${JSON.stringify(d.actual)}`,
      );
    console.log(
      [
        ...lines,
        `overall: ${pct(summary.agreed + summary.allowed, summary.compared)} (${summary.compared} fields, ${summary.allowed} allowed)`,
        ...worst,
      ].join('\n'),
    );
    expect(summary.reports.length).toBeGreaterThan(0);
    expect((summary.agreed + summary.allowed) / summary.compared).toBeGreaterThanOrEqual(TARGET);
  });

  it('covers every folder of the corpus', () => {
    const folders = new Set(corpusPairs().map((p) => p.folder));
    expect([...folders].sort()).toEqual(Object.keys(CORPUS_FOLDERS).sort());
  });
});
