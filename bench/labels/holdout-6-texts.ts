/**
 * The entries of hold-out 6 (or, `--set holdout-7`/`holdout-8`/`holdout-9`, hold-out 7, 8 or 9: `holdout-7.ts`, `holdout-8.ts`, `holdout-9.ts`, same snapshot; `--set
 * dev-js`, the development set of the DEV courts: `dev-js.ts`; `--set dev-bk`, its bankruptcy set:
 * `dev-bk.ts`; `--set dev-kind`, the kind set of the DEV courts, whose entries are on both the snapshot's
 * pages and `../shared`'s: `dev-kind.ts`; `--set dev-kind2`, its second draw: `dev-kind2.ts`) WITHOUT labels, for labeling by hand (first, or second blind labeling):
 *   npx tsx bench/labels/holdout-6-texts.ts [--set holdout-6|holdout-7|holdout-8|holdout-9|holdout-10|dev-js|dev-bk] [--order sample|blind] [--first N] > /tmp/holdout-N.blank.jsonl
 * One JSON line per entry: the label's fixed fields (`ref`, `court`, `split`, `stratum`, `textSha`,
 * `number`, `dateFiled`) with empty findings and, under `text`, the entry's text read from the
 * juriscraper snapshot (`holdout-6.ts`; `shortDescription` too when the JSON has a different one).
 * Fill in the findings, delete `text` and `shortDescription`, and the line is a label in the format
 * of `labels.ts`. Write the output outside the repository. Reads no label file, never runs the
 * extractor. `--order blind` ranks the entries by sha256 of `${seed}:${ref}`, the set's blind seed
 * (`HOLDOUT6_BLIND_SEED` 20261213, `HOLDOUT7_BLIND_SEED` 20261214, `HOLDOUT8_BLIND_SEED` 20261218,
 * `HOLDOUT9_BLIND_SEED` 20261220, `HOLDOUT10_BLIND_SEED` 20261222: hold-out 10 is labeled once, in that order).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturesDir } from '../../tests/support/shared.ts';
import { parseFixture, sha12, textOf } from './corpus.ts';
import { DEVBK_SAMPLE_FILE } from './dev-bk.ts';
import { DEVJS_SAMPLE_FILE } from './dev-js.ts';
import { DEVKIND_SAMPLE_FILE, isJuriscraperRef } from './dev-kind.ts';
import { DEVKIND2_SAMPLE_FILE } from './dev-kind2.ts';
import {
  entryDay6,
  HOLDOUT6_BLIND_SEED,
  HOLDOUT6_SAMPLE_FILE,
  type Holdout6Ref,
  juriscraperMissing,
  readHoldout6Cases,
  textOf6,
} from './holdout-6.ts';
import { HOLDOUT7_BLIND_SEED, HOLDOUT7_SAMPLE_FILE } from './holdout-7.ts';
import { HOLDOUT8_BLIND_SEED, HOLDOUT8_SAMPLE_FILE } from './holdout-8.ts';
import { HOLDOUT9_BLIND_SEED, HOLDOUT9_SAMPLE_FILE } from './holdout-9.ts';
import { HOLDOUT10_BLIND_SEED, HOLDOUT10_SAMPLE_FILE } from './holdout-10.ts';
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
const set = arg('--set') ?? 'holdout-6';
const sets: Record<string, { sampleFile: string; blindSeed?: number }> = {
  'holdout-6': { sampleFile: HOLDOUT6_SAMPLE_FILE, blindSeed: HOLDOUT6_BLIND_SEED },
  'holdout-7': { sampleFile: HOLDOUT7_SAMPLE_FILE, blindSeed: HOLDOUT7_BLIND_SEED },
  'holdout-8': { sampleFile: HOLDOUT8_SAMPLE_FILE, blindSeed: HOLDOUT8_BLIND_SEED },
  'holdout-9': { sampleFile: HOLDOUT9_SAMPLE_FILE, blindSeed: HOLDOUT9_BLIND_SEED },
  'holdout-10': { sampleFile: HOLDOUT10_SAMPLE_FILE, blindSeed: HOLDOUT10_BLIND_SEED },
  'dev-js': { sampleFile: DEVJS_SAMPLE_FILE },
  'dev-bk': { sampleFile: DEVBK_SAMPLE_FILE },
  'dev-kind': { sampleFile: DEVKIND_SAMPLE_FILE },
  'dev-kind2': { sampleFile: DEVKIND2_SAMPLE_FILE },
};
const cfg = sets[set];
if (!cfg) {
  console.error(`--set: one of ${Object.keys(sets).join(', ')}`);
  process.exit(2);
}
const entries = (
  JSON.parse(readFileSync(cfg.sampleFile, 'utf8')) as {
    entries: (Omit<Holdout6Ref, 'split'> & { split: string })[];
  }
).entries;
if (arg('--order') === 'blind' && cfg.blindSeed === undefined) {
  console.error(`--order blind: ${set} has no blind order (one labeling)`);
  process.exit(2);
}
const ordered = arg('--order') === 'blind' ? blindOrder(entries, cfg.blindSeed) : entries;
const first = arg('--first') ? Number(arg('--first')) : ordered.length;
const cases = readHoldout6Cases(entries.filter((e) => isJuriscraperRef(e.ref)).map((e) => e.page));
/** The entry's text, number, day and short description, from the snapshot or (dev-kind) from `../shared`. */
function entryOf(s: (typeof entries)[number]) {
  if (isJuriscraperRef(s.ref)) {
    const e = cases.get(s.page)![s.caseIndex]![s.entryIndex]!;
    return {
      text: textOf6(e),
      number: e.document_number == null || e.document_number === '' ? null : String(e.document_number),
      dateFiled: entryDay6(e.date_filed) ?? entryDay6(e.date_entered),
      short: e.description ? e.short_description : null,
    };
  }
  const e = parseFixture(join(fixturesDir, 'pacer'), s.page).cases[s.caseIndex]!.entries[s.entryIndex]!;
  const day = (e.dateFiled ?? e.dateEntered ?? '').slice(0, 10);
  return {
    text: textOf(e),
    number: e.number,
    dateFiled: /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : null,
    short: e.description ? e.shortDescription : null,
  };
}
for (const s of ordered.slice(0, first)) {
  const { text, number, dateFiled, short } = entryOf(s);
  if (sha12(text) !== s.textSha)
    throw new Error(`${s.ref}: text changed (sha ${sha12(text)} ≠ ${s.textSha})`);
  console.log(
    JSON.stringify({
      ref: s.ref,
      court: s.court,
      split: s.split,
      stratum: s.stratum,
      textSha: s.textSha,
      number,
      dateFiled,
      kind: null,
      deadlines: [],
      hearings: [],
      stays: [],
      injunctions: [],
      text,
      ...(short && short !== text ? { shortDescription: short } : {}),
    }),
  );
}
