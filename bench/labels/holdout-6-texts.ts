/**
 * The entries of hold-out 6 WITHOUT labels, for labeling by hand (first, or second blind labeling):
 *   npx tsx bench/labels/holdout-6-texts.ts [--order sample|blind] [--first N] > /tmp/holdout-6.blank.jsonl
 * One JSON line per entry: the label's fixed fields (`ref`, `court`, `split`, `stratum`, `textSha`,
 * `number`, `dateFiled`) with empty findings and, under `text`, the entry's text read from the
 * juriscraper snapshot (`holdout-6.ts`; `shortDescription` too when the JSON has a different one).
 * Fill in the findings, delete `text` and `shortDescription`, and the line is a label in the format
 * of `labels.ts`. Write the output outside the repository. Reads no label file, never runs the
 * extractor. `--order blind` ranks the entries by sha256 of `${HOLDOUT6_BLIND_SEED}:${ref}`.
 */
import { readFileSync } from 'node:fs';
import { sha12 } from './corpus.ts';
import {
  entryDay6,
  HOLDOUT6_BLIND_SEED,
  HOLDOUT6_SAMPLE_FILE,
  type Holdout6Ref,
  juriscraperMissing,
  readHoldout6Cases,
  textOf6,
} from './holdout-6.ts';
import { blindOrder } from './holdout-texts.ts';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const missing = juriscraperMissing();
if (missing) {
  console.error(missing);
  process.exit(0);
}
const entries = (JSON.parse(readFileSync(HOLDOUT6_SAMPLE_FILE, 'utf8')) as { entries: Holdout6Ref[] })
  .entries;
const ordered = arg('--order') === 'blind' ? blindOrder(entries, HOLDOUT6_BLIND_SEED) : entries;
const first = arg('--first') ? Number(arg('--first')) : ordered.length;
const cases = readHoldout6Cases(entries.map((e) => e.page));
for (const s of ordered.slice(0, first)) {
  const e = cases.get(s.page)![s.caseIndex]![s.entryIndex]!;
  const text = textOf6(e);
  if (sha12(text) !== s.textSha)
    throw new Error(`${s.ref}: text changed (sha ${sha12(text)} ≠ ${s.textSha})`);
  console.log(
    JSON.stringify({
      ref: s.ref,
      court: s.court,
      split: s.split,
      stratum: s.stratum,
      textSha: s.textSha,
      number: e.document_number == null || e.document_number === '' ? null : String(e.document_number),
      dateFiled: entryDay6(e.date_filed) ?? entryDay6(e.date_entered),
      kind: null,
      deadlines: [],
      hearings: [],
      stays: [],
      injunctions: [],
      text,
      ...(e.short_description && e.description && e.short_description !== text
        ? { shortDescription: e.short_description }
        : {}),
    }),
  );
}
