/**
 * Inter-annotator agreement on hold-out 3 (issue #14): the first labeling (`holdout-3.jsonl`) against
 * the second, blind one (`holdout-3.second.jsonl`, drawn by `holdout3-second.ts`), field by field with
 * the projection `bench/corpus-accuracy.ts` scores the extractor with (`labelField`: kind, deadline
 * dates, hearing dates, stays, injunctions):
 *   npx tsx bench/labels/agreement.ts [--set holdout-3|holdout-4|holdout-5|holdout-6|holdout-7|holdout-8|holdout-9|holdout-10] [--first-at <git rev>] [--diffs]
 * (`--set holdout-4` / `holdout-5` / `holdout-6` / `holdout-7`: `holdout-N.jsonl` against `holdout-N.second.jsonl`, which must
 * be a first N of that set's blind order — `holdout-texts.ts`, for hold-out 6 `holdout-6.ts`
 * `HOLDOUT6_BLIND_SEED`, for hold-out 7 `holdout-7.ts` `HOLDOUT7_BLIND_SEED`, for hold-outs 8 and 9
 * `HOLDOUT8_BLIND_SEED`, `HOLDOUT9_BLIND_SEED`, for hold-out 10 `holdout-10.ts` `HOLDOUT10_BLIND_SEED`;
 * default hold-out 3.)
 * Prints, for the entries both labeled: per-field agreement, entries where every field agrees,
 * Cohen's kappa for kind, (beyond the projection) hearings with the same lifecycle and time, and the
 * omissions by each side: dated deadlines, hearings, stays and injunctions one labeling has and the
 * other lacks (multiset difference of the projected fields: a date read differently counts on both
 * sides), and entries only one side found anything in.
 * It reads labels only — never a text, never the extractor. `--first-at <rev>` reads the first
 * labeling as it was at that commit (the figures before adjudication: see bench/labels/README.md).
 * `--diffs` lists each disagreement (ref, field, both values): hold-out 3 is not to be seen by
 * whoever tunes the extractor, so use it only to adjudicate, in your own terminal.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  HOLDOUT6_BLIND_SEED,
  HOLDOUT6_LABEL_FILE,
  HOLDOUT6_SAMPLE_FILE,
  HOLDOUT6_SECOND_FILE,
} from './holdout-6.ts';
import {
  HOLDOUT7_BLIND_SEED,
  HOLDOUT7_LABEL_FILE,
  HOLDOUT7_SAMPLE_FILE,
  HOLDOUT7_SECOND_FILE,
} from './holdout-7.ts';
import {
  HOLDOUT8_BLIND_SEED,
  HOLDOUT8_LABEL_FILE,
  HOLDOUT8_SAMPLE_FILE,
  HOLDOUT8_SECOND_FILE,
} from './holdout-8.ts';
import {
  HOLDOUT9_BLIND_SEED,
  HOLDOUT9_LABEL_FILE,
  HOLDOUT9_SAMPLE_FILE,
  HOLDOUT9_SECOND_FILE,
} from './holdout-9.ts';
import {
  HOLDOUT10_BLIND_SEED,
  HOLDOUT10_LABEL_FILE,
  HOLDOUT10_SAMPLE_FILE,
  HOLDOUT10_SECOND_FILE,
} from './holdout-10.ts';
import { blindOrder, blindSeedOf } from './holdout-texts.ts';
import { HOLDOUT3_FILE } from './holdout3.ts';
import { drawSecond, HOLDOUT3_SECOND_FILE, SECOND_SIZE } from './holdout3-second.ts';
import { HOLDOUTS, labelFileOf } from './holdouts.ts';
import {
  CORPUS_FIELDS,
  type CorpusField,
  type CorpusLabel,
  hearingLifecycle,
  labelField,
  readLabels,
} from './labels.ts';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)} %` : 'n/a');

/** Cohen's kappa of two nominal ratings of the same items. */
export function cohensKappa(a: string[], b: string[]): number {
  const n = a.length;
  if (n === 0 || n !== b.length) return Number.NaN;
  const count = (xs: string[]) => {
    const m = new Map<string, number>();
    for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
    return m;
  };
  const ca = count(a);
  const cb = count(b);
  const po = a.filter((x, i) => x === b[i]).length / n;
  let pe = 0;
  for (const [k, v] of ca) pe += (v / n) * ((cb.get(k) ?? 0) / n);
  return pe === 1 ? 1 : (po - pe) / (1 - pe);
}

/** The projected fields that list findings (everything but kind). */
const FINDING_FIELDS = CORPUS_FIELDS.filter((f) => f !== 'kind');

/** How many items of `have` (a multiset) `other` lacks. */
function missing(have: string[], other: string[]): number {
  const left = new Map<string, number>();
  for (const x of other) left.set(x, (left.get(x) ?? 0) + 1);
  let n = 0;
  for (const x of have) {
    const k = left.get(x) ?? 0;
    if (k > 0) left.set(x, k - 1);
    else n++;
  }
  return n;
}

/** The hearings as lifecycle@date time, sorted: what the entry-level hearing figure compares. */
const hearingKeys = (l: CorpusLabel) =>
  l.hearings.map((h) => `${hearingLifecycle(h)}@${h.date ?? ''}${h.time ? ` ${h.time}` : ''}`).sort();

export interface Agreement {
  entries: number;
  fields: Record<CorpusField, number>;
  wholly: number;
  kindKappa: number;
  hearingsExact: { bearing: number; agreed: number };
  deadlineBearing: { bearing: number; agreed: number };
  /** Beyond the projection: entries with an undated period (`due: null`) in either, same count in both. */
  undatedBearing: { bearing: number; agreed: number };
  /**
   * Omissions by each side: `first` counts the findings (dated deadlines, hearings, stays,
   * injunctions, as projected) the second labeling has and the first lacks; `second` the reverse.
   * `entries*`: entries where only that side labeled nothing while the other labeled something.
   */
  omissions: { first: number; second: number; entriesFirst: number; entriesSecond: number };
  diffs: { ref: string; field: string; first: unknown; second: unknown }[];
}

export function agreement(first: CorpusLabel[], second: CorpusLabel[]): Agreement {
  const byRef = new Map(first.map((l) => [l.ref, l]));
  const pairs = second.map((s) => {
    const f = byRef.get(s.ref);
    if (!f) throw new Error(`${s.ref}: not in the first labeling`);
    if (f.textSha !== s.textSha) throw new Error(`${s.ref}: the two labels name different texts`);
    return [f, s] as const;
  });
  const fields = Object.fromEntries(CORPUS_FIELDS.map((f) => [f, 0])) as Record<CorpusField, number>;
  const out: Agreement = {
    entries: pairs.length,
    fields,
    wholly: 0,
    kindKappa: cohensKappa(
      pairs.map(([f]) => f.kind),
      pairs.map(([, s]) => s.kind),
    ),
    hearingsExact: { bearing: 0, agreed: 0 },
    deadlineBearing: { bearing: 0, agreed: 0 },
    undatedBearing: { bearing: 0, agreed: 0 },
    omissions: { first: 0, second: 0, entriesFirst: 0, entriesSecond: 0 },
    diffs: [],
  };
  for (const [f, s] of pairs) {
    let all = true;
    for (const field of CORPUS_FIELDS) {
      const a = labelField(field, f);
      const b = labelField(field, s);
      if (same(a, b)) fields[field]++;
      else {
        all = false;
        out.diffs.push({ ref: s.ref, field, first: a, second: b });
      }
    }
    if (all) out.wholly++;
    const findings = (l: CorpusLabel) =>
      FINDING_FIELDS.flatMap((field) => (labelField(field, l) as string[]).map((v) => `${field}:${v}`));
    const ff = findings(f);
    const sf = findings(s);
    out.omissions.first += missing(sf, ff);
    out.omissions.second += missing(ff, sf);
    if (ff.length === 0 && sf.length > 0) out.omissions.entriesFirst++;
    if (sf.length === 0 && ff.length > 0) out.omissions.entriesSecond++;
    if (f.hearings.length > 0 || s.hearings.length > 0) {
      out.hearingsExact.bearing++;
      if (same(hearingKeys(f), hearingKeys(s))) out.hearingsExact.agreed++;
      else if (same(labelField('hearingDates', f), labelField('hearingDates', s)))
        out.diffs.push({
          ref: s.ref,
          field: 'hearingLifecycle',
          first: hearingKeys(f),
          second: hearingKeys(s),
        });
    }
    const dated = (l: CorpusLabel) => (labelField('deadlineDates', l) as string[]).length > 0;
    if (dated(f) || dated(s)) {
      out.deadlineBearing.bearing++;
      if (same(labelField('deadlineDates', f), labelField('deadlineDates', s))) out.deadlineBearing.agreed++;
    }
    const undated = (l: CorpusLabel) => l.deadlines.filter((d) => !d.due && !d.recurringFirst).length;
    if (undated(f) || undated(s)) {
      out.undatedBearing.bearing++;
      if (undated(f) === undated(s)) out.undatedBearing.agreed++;
      else out.diffs.push({ ref: s.ref, field: 'undatedPeriods', first: undated(f), second: undated(s) });
    }
  }
  return out;
}

function report(name: string, a: Agreement): string[] {
  const lines = [`${name}: ${a.entries} entries labeled twice`];
  for (const f of CORPUS_FIELDS)
    lines.push(`  ${f.padEnd(14)} ${pct(a.fields[f], a.entries).padStart(7)} (${a.fields[f]}/${a.entries})`);
  const fieldTotal = CORPUS_FIELDS.reduce((n, f) => n + a.fields[f], 0);
  lines.push(
    `  all fields     ${pct(fieldTotal, a.entries * CORPUS_FIELDS.length).padStart(7)} (${fieldTotal}/${a.entries * CORPUS_FIELDS.length})`,
    `  entries wholly agreeing: ${pct(a.wholly, a.entries)} (${a.wholly}/${a.entries})`,
    `  Cohen's kappa, kind: ${a.kindKappa.toFixed(3)}`,
    `  deadline-bearing (either labeling), same dates: ${a.deadlineBearing.agreed}/${a.deadlineBearing.bearing}`,
    `  hearing-bearing (either labeling), same hearings (lifecycle, date, time): ${a.hearingsExact.agreed}/${a.hearingsExact.bearing}`,
    `  with an undated period (either labeling; not in the projection), same number of them: ${a.undatedBearing.agreed}/${a.undatedBearing.bearing}`,
    `  omissions (dated deadlines, hearings, stays, injunctions only the other side has; a date read differently counts for both): first ${a.omissions.first}, second ${a.omissions.second}`,
    `  entries with findings on one side only: first labeled nothing in ${a.omissions.entriesFirst}, second in ${a.omissions.entriesSecond}`,
  );
  return lines;
}

/** A hold-out with a second, blind labeling: its files and the seeded order the second labeling takes. */
interface TwiceLabeled {
  name: string;
  firstFile: string;
  secondFile: string;
  /** Throws unless the second labeling's refs are its seeded draw. */
  checkDrawn: (refs: string[]) => void;
  /** The first 80 of the seeded order (the smallest part asked for). */
  first80: Set<string>;
  strata: readonly string[];
}

function twiceLabeled(set: string): TwiceLabeled {
  if (set === 'holdout-3')
    return {
      name: 'hold-out 3',
      firstFile: HOLDOUT3_FILE,
      secondFile: HOLDOUT3_SECOND_FILE,
      checkDrawn: (refs) => {
        const drawn = drawSecond(SECOND_SIZE).map((d) => d.ref);
        if (!same([...drawn].sort(), [...refs].sort()))
          throw new Error('holdout-3.second.jsonl is not the seeded draw of holdout3-second.ts');
      },
      first80: new Set(drawSecond(80).map((d) => d.ref)),
      strata: ['A', 'B'],
    };
  if (set === 'holdout-4' || set === 'holdout-5') {
    const entries = (
      JSON.parse(readFileSync(HOLDOUTS[set].sampleFile, 'utf8')) as { entries: { ref: string }[] }
    ).entries;
    const order = blindOrder(entries, blindSeedOf(set)).map((e) => e.ref);
    const secondName = `${set}.second.jsonl`;
    return {
      name: set === 'holdout-4' ? 'hold-out 4' : 'hold-out 5',
      firstFile: labelFileOf(set),
      secondFile: resolve(dirname(labelFileOf(set)), secondName),
      checkDrawn: (refs) => {
        if (!same([...order.slice(0, refs.length)].sort(), [...refs].sort()))
          throw new Error(
            `${secondName} is not a first N of the blind order (holdout-texts.ts --set ${set} --order blind)`,
          );
      },
      first80: new Set(order.slice(0, 80)),
      strata: ['A', 'B', 'C'],
    };
  }
  const juriscraperSets: Record<string, [string, string, string, string, number]> = {
    'holdout-6': [
      'hold-out 6',
      HOLDOUT6_SAMPLE_FILE,
      HOLDOUT6_LABEL_FILE,
      HOLDOUT6_SECOND_FILE,
      HOLDOUT6_BLIND_SEED,
    ],
    'holdout-7': [
      'hold-out 7',
      HOLDOUT7_SAMPLE_FILE,
      HOLDOUT7_LABEL_FILE,
      HOLDOUT7_SECOND_FILE,
      HOLDOUT7_BLIND_SEED,
    ],
    'holdout-8': [
      'hold-out 8',
      HOLDOUT8_SAMPLE_FILE,
      HOLDOUT8_LABEL_FILE,
      HOLDOUT8_SECOND_FILE,
      HOLDOUT8_BLIND_SEED,
    ],
    'holdout-9': [
      'hold-out 9',
      HOLDOUT9_SAMPLE_FILE,
      HOLDOUT9_LABEL_FILE,
      HOLDOUT9_SECOND_FILE,
      HOLDOUT9_BLIND_SEED,
    ],
    'holdout-10': [
      'hold-out 10',
      HOLDOUT10_SAMPLE_FILE,
      HOLDOUT10_LABEL_FILE,
      HOLDOUT10_SECOND_FILE,
      HOLDOUT10_BLIND_SEED,
    ],
  };
  const js = juriscraperSets[set];
  if (js) {
    const [name, sampleFile, firstFile, secondFile, seed] = js;
    const entries = (JSON.parse(readFileSync(sampleFile, 'utf8')) as { entries: { ref: string }[] }).entries;
    const order = blindOrder(entries, seed).map((e) => e.ref);
    return {
      name,
      firstFile,
      secondFile,
      checkDrawn: (refs) => {
        if (!same([...order.slice(0, refs.length)].sort(), [...refs].sort()))
          throw new Error(
            `${set}.second.jsonl is not a first N of the blind order (holdout-6-texts.ts --set ${set} --order blind)`,
          );
      },
      first80: new Set(order.slice(0, 80)),
      strata: ['A', 'D', 'H', 'S'],
    };
  }
  throw new Error(
    `--set: holdout-3, holdout-4, holdout-5, holdout-6, holdout-7, holdout-8, holdout-9 or holdout-10, not ${set}`,
  );
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const setAt = process.argv.indexOf('--set');
  const cfg = twiceLabeled(setAt >= 0 ? (process.argv[setAt + 1] ?? '') : 'holdout-3');
  const firstName = cfg.firstFile.slice(cfg.firstFile.lastIndexOf('/') + 1);
  const secondName = cfg.secondFile.slice(cfg.secondFile.lastIndexOf('/') + 1);
  const at = process.argv.indexOf('--first-at');
  let first: CorpusLabel[];
  let source = `${firstName} (working tree)`;
  if (at >= 0) {
    const rev = process.argv[at + 1];
    if (!rev) throw new Error('--first-at <git rev>');
    const root = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: dirname(cfg.firstFile) })
      .toString()
      .trim();
    const path = relative(root, cfg.firstFile);
    const body = execFileSync('git', ['show', `${rev}:${path}`], { cwd: root }).toString();
    first = body
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as CorpusLabel);
    source = `${firstName} at ${rev}`;
  } else first = readLabels(cfg.firstFile);
  if (!existsSync(cfg.secondFile)) {
    console.log(`${secondName} is not there yet: nothing to compare`);
    process.exit(0);
  }
  const second = readLabels(cfg.secondFile);
  cfg.checkDrawn(second.map((l) => l.ref));
  console.log(`first labeling: ${source}; second: ${secondName}`);
  const all = agreement(first, second);
  for (const line of report(cfg.name, all)) console.log(line);
  const part = agreement(
    first,
    second.filter((l) => cfg.first80.has(l.ref)),
  );
  for (const line of report('the first 80 by rank (the smallest seeded part)', part)) console.log(line);
  console.log('per stratum (all entries labeled twice):');
  for (const st of cfg.strata) {
    const a = agreement(
      first,
      second.filter((l) => l.stratum === st),
    );
    console.log(
      `  stratum ${st}: ${a.entries} entries, wholly agreeing ${a.wholly}, kind kappa ${a.kindKappa.toFixed(3)}`,
    );
  }
  if (process.argv.includes('--diffs'))
    for (const d of all.diffs)
      console.log(
        `DIFF ${d.ref} ${d.field}: first ${JSON.stringify(d.first)} | second ${JSON.stringify(d.second)}`,
      );
}
