/**
 * dev-hear (issue #14, twelfth session): a labeled DEVELOPMENT set enriched in hearing- and
 * deadline-bearing entries, from the DEV courts only (HELPERS.md's DEV list), drawn from both sources
 * of real text: the pages of `../shared/fixtures/pacer` (read by the project's parsers, as `sample.json`)
 * and the juriscraper snapshot's pages (read from juriscraper's JSON, as hold-out 6). It has a tune fold
 * (tuned on) and a check fold (totals only until the end of the round).
 *
 * The rule (`drawDevHear`), written down (and committed) before the draw:
 * 1. Population, in this order, each text (whitespace collapsed) once, the first occurrence kept:
 *    a. `../shared`: `population()` of `corpus.ts` (the six folders, `parsePacer`), ref `fixture#c.e`;
 *    b. juriscraper: hold-out 6's entries (`holdout6Population`: its seven folders, pages in
 *       `../shared/fixtures` left out), ref `tests/examples/pacer/…#c.e`;
 *    restricted to the courts of `DEV_COURTS` (the explicit DEV list; court by `courtOf` / `courtOf6`),
 *    less the texts of every earlier set: `sample.json`, `holdout-2..5.sample.json`,
 *    `src/deadlines/extract/heldout*.jsonl` (as hold-out 6's population), `holdout-6.sample.json`,
 *    `dev-js.sample.json` and `dev-bk.sample.json`. Not dev-kind's: the two were drawn the same evening
 *    in parallel, each without the other's file, and may share texts (the rule once said "and
 *    dev-kind.sample.json when present", which made the draw depend on which file was there first;
 *    `--check` failed once dev-kind's file existed, so the rule now says what the sample was drawn by). Hold-outs 7 and 8 are POOL courts only: left out by the court restriction,
 *    without reading their files. The draw checks that every court is DEV.
 * 2. Trigger (`HEAR_TRIGGER`, text only, fixed here before the draw, never from the program's output),
 *    tested on the text with CM/ECF's stamps removed (`(Entered: …)`, `Modified on D`, `Signed by … on
 *    D`): a date (m/d/y, "Month d, yyyy", yyyy-mm-dd), hold-out 6's deadline language (`DEADLINE6`) or
 *    hearing language (`HEARING6`), or one of: vacate(d), stricken/strike, cancel(l)ed, adjourn,
 *    advisement, "on the briefs", "submitted", "N days/weeks", "period", "expire(s)".
 * 3. Seed `DEVHEAR_SEED` (20261220). Stratum A: `DEVHEAR_TARGETS.A` (150) among the entries matching the
 *    trigger; stratum B: `DEVHEAR_TARGETS.B` (50) among the rest. Each by hold-out 6's court-balanced
 *    round robin (courts ordered by a shuffle seeded `${seed}:<stratum>:courts`, each court's entries
 *    shuffled by `${seed}:<stratum>:<court>`, one per court per round), with a cap of `DEVHEAR_CAP` (10)
 *    entries per court over both strata (A draws first; B takes what is left of each court's cap).
 * 4. Fold: **check** iff the first 8 hex digits of sha256(`dev-hear-fold:` + ref), as an integer, are
 *    below 2^32 / 3; else **tune** (2/3). The check fold's disagreements are not read while the rules
 *    are worked on (`corpus-accuracy.ts --set dev-hear-check` prints totals only).
 *
 *   npx tsx bench/labels/dev-hear.ts [--check] [--counts]
 * writes `dev-hear.sample.json`; prints counts only. Texts for labeling:
 *   npx tsx bench/labels/dev-hear.ts --texts > /tmp/hear5-blank.jsonl   (outside the repository)
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixturesDir } from '../../tests/support/shared.ts';
import { fnv1a, mulberry32, population, refOf, sha12 } from './corpus.ts';
import { DEVBK_SAMPLE_FILE } from './dev-bk.ts';
import { DEVJS_SAMPLE_FILE } from './dev-js.ts';
import { DEV_COURTS } from './dev-kind.ts';
import {
  collapse,
  DEADLINE6,
  HEARING6,
  HOLDOUT6_SAMPLE_FILE,
  holdout6Population,
  JURISCRAPER_COMMIT,
} from './holdout-6.ts';
import { inPool7 } from './holdout-7.ts';
import { excludedTexts, HOLDOUTS } from './holdouts.ts';
import { exitWithoutSources } from './sample-script.ts';

export const DEVHEAR_SEED = 20261220;
export const DEVHEAR_TARGETS = { A: 150, B: 50 } as const;
export const DEVHEAR_CAP = 10;
export const DEVHEAR_FOLD_SALT = 'dev-hear-fold:';

/** HELPERS.md's DEV courts (tune freely): dev-kind's list, one list for every development set. */
export { DEV_COURTS } from './dev-kind.ts';

export interface DevHearEntry {
  ref: string;
  source: 'shared' | 'juriscraper';
  court: string;
  dateFiled: string | null;
  number: string | null;
  text: string;
}

export interface DevHearRef<S extends string = 'dev-hear'> {
  ref: string;
  source: 'shared' | 'juriscraper';
  court: string;
  split: S;
  stratum: 'A' | 'B';
  textSha: string;
}

const here = dirname(fileURLToPath(import.meta.url));
export const DEVHEAR_SAMPLE_FILE = resolve(here, 'dev-hear.sample.json');
export const DEVHEAR_LABEL_FILE = resolve(here, 'dev-hear.jsonl');

/** Rule 4: the check fold (a third, not tuned on) or the tune fold, by a hash of the ref. */
export const devHearFold = (ref: string): 'tune' | 'check' =>
  Number.parseInt(createHash('sha256').update(`${DEVHEAR_FOLD_SALT}${ref}`).digest('hex').slice(0, 8), 16) <
  0x100000000 / 3
    ? 'check'
    : 'tune';

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
/** CM/ECF's stamps, removed before a trigger is tested (rule 2; dev-hear2's rule 2 too). */
export const STAMPS =
  /\((?:Entered|Filed on|Filed)\s*:?[^)]*\)|\[Entered:[^\]]*\]|Modified on \d{1,2}\/\d{1,2}\/\d{2,4}|Signed by [^.;]{0,120}? on \d{1,2}\/\d{1,2}\/\d{2,4}/gi;
/** Rule 2's lifecycle and period words (in dev-hear2's trigger too, with more). */
export const LIFECYCLE_WORDS = [
  '\\bvacat(?:e|ed|es|ing)\\b',
  '\\bstri(?:ke|ken|cken)\\b',
  '\\bcancel(?:l)?(?:ed|ation)?\\b',
  '\\badjourn',
  '\\badvisement\\b',
  '\\bon the briefs\\b',
  '\\bsubmitted\\b',
  '\\b\\S+\\s+(?:\\(\\d+\\)\\s+)?(?:calendar\\s+|business\\s+|court\\s+)?(?:days|weeks)\\b',
  '\\bperiods?\\b',
  '\\bexpir(?:e|es|ed|ation)\\b',
];
/** Rule 2's extra words (beyond DEADLINE6 and HEARING6): a date, or a lifecycle or period word. */
const EXTRA = new RegExp(
  [
    '\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b',
    `\\b${MONTH} \\d{1,2},? \\d{4}\\b`,
    '\\b\\d{4}-\\d{2}-\\d{2}\\b',
    ...LIFECYCLE_WORDS,
  ].join('|'),
  'i',
);
export const HEAR_TRIGGER = (text: string): boolean => {
  const t = text.replace(STAMPS, ' ');
  return DEADLINE6.test(t) || HEARING6.test(t) || EXTRA.test(t);
};

function sampleRefs(file: string): string[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { entries: { ref: string }[] }).entries.map((e) => e.ref);
}

/** Rule 1. */
export function devHearPopulation(fixturesDir: string): DevHearEntry[] {
  const pacerDir = join(fixturesDir, 'pacer');
  const shared = population(pacerDir);
  const excluded = excludedTexts(shared, {
    ...HOLDOUTS['holdout-5'],
    excludeSamples: [...HOLDOUTS['holdout-5'].excludeSamples, HOLDOUTS['holdout-5'].sampleFile],
    excludeExtractHeldout: true,
  });
  const js = holdout6Population(fixturesDir);
  const jsByRef = new Map(js.map((e) => [e.ref, e]));
  const jsSamples = [HOLDOUT6_SAMPLE_FILE, DEVJS_SAMPLE_FILE, DEVBK_SAMPLE_FILE];
  for (const f of jsSamples)
    for (const r of sampleRefs(f)) {
      const e = jsByRef.get(r);
      if (!e) throw new Error(`${r}: not in hold-out 6's population`);
      excluded.add(collapse(e.text));
    }
  const dev = new Set(DEV_COURTS);
  const seen = new Set<string>();
  const out: DevHearEntry[] = [];
  const add = (e: DevHearEntry) => {
    const key = collapse(e.text);
    if (!dev.has(e.court) || excluded.has(key) || seen.has(key)) return;
    seen.add(key);
    out.push(e);
  };
  for (const e of shared)
    add({
      ref: refOf(e),
      source: 'shared',
      court: e.court,
      dateFiled: e.dateFiled,
      number: e.number,
      text: e.text,
    });
  for (const e of js)
    add({
      ref: e.ref,
      source: 'juriscraper',
      court: e.court,
      dateFiled: e.dateFiled,
      number: e.number,
      text: e.text,
    });
  const strays = [...new Set(out.map((e) => e.court))].filter((c) => inPool7(c));
  if (strays.length) throw new Error(`POOL courts in dev-hear's population: ${strays.join(' ')}`);
  return out;
}

function shuffled<T>(xs: T[], seed: string): T[] {
  const list = [...xs];
  const rand = mulberry32(fnv1a(seed));
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}

/** Rule 3's round robin with a per-court cap (`room`, decremented as entries are taken; `cap` for a court not in it). */
export function cappedRoundRobin(
  entries: DevHearEntry[],
  target: number,
  seed: string,
  room: Map<string, number>,
  cap = DEVHEAR_CAP,
) {
  const byCourt = new Map<string, DevHearEntry[]>();
  for (const e of entries) byCourt.set(e.court, [...(byCourt.get(e.court) ?? []), e]);
  const courts = shuffled([...byCourt.keys()].sort(), `${seed}:courts`);
  const lists = new Map(courts.map((c) => [c, shuffled(byCourt.get(c)!, `${seed}:${c}`)]));
  const out: DevHearEntry[] = [];
  for (let round = 0; out.length < target; round++) {
    let took = false;
    for (const c of courts) {
      const e = lists.get(c)![round];
      const left = room.get(c) ?? cap;
      if (!e || left <= 0 || out.length >= target) continue;
      out.push(e);
      room.set(c, left - 1);
      took = true;
    }
    if (!took) break;
  }
  return out;
}

/** How a set of this kind is drawn (rule 3): seed, strata targets, trigger, per-court cap, split name. */
export interface StrataSpec<S extends string> {
  seed: number;
  targets: { A: number; B: number };
  trigger: (text: string) => boolean;
  cap: number;
  split: S;
}

const DEVHEAR_SPEC: StrataSpec<'dev-hear'> = {
  seed: DEVHEAR_SEED,
  targets: DEVHEAR_TARGETS,
  trigger: HEAR_TRIGGER,
  cap: DEVHEAR_CAP,
  split: 'dev-hear',
};

/** Rule 3: stratum A among the entries matching the trigger, then B among the rest, one cap over both. */
export function drawTriggerStrata<S extends string>(
  pop: DevHearEntry[],
  spec: StrataSpec<S>,
): DevHearRef<S>[] {
  const room = new Map<string, number>();
  const ref = (e: DevHearEntry, stratum: 'A' | 'B'): DevHearRef<S> => ({
    ref: e.ref,
    source: e.source,
    court: e.court,
    split: spec.split,
    stratum,
    textSha: sha12(e.text),
  });
  const a = cappedRoundRobin(
    pop.filter((e) => spec.trigger(e.text)),
    spec.targets.A,
    `${spec.seed}:A`,
    room,
    spec.cap,
  );
  const b = cappedRoundRobin(
    pop.filter((e) => !spec.trigger(e.text)),
    spec.targets.B,
    `${spec.seed}:B`,
    room,
    spec.cap,
  );
  return [...a.map((e) => ref(e, 'A')), ...b.map((e) => ref(e, 'B'))];
}

export function drawDevHear(pop: DevHearEntry[], seed = DEVHEAR_SEED): DevHearRef[] {
  return drawTriggerStrata(pop, { ...DEVHEAR_SPEC, seed });
}

/** `--texts`: the drawn entries as blank labels with their texts, one JSON line each (for labeling by hand). */
export function printBlankLabels(drawn: DevHearRef<string>[], pop: DevHearEntry[]): void {
  const byRef = new Map(pop.map((e) => [e.ref, e]));
  for (const d of drawn) {
    const e = byRef.get(d.ref)!;
    console.log(
      JSON.stringify({
        ref: d.ref,
        court: d.court,
        split: d.split,
        stratum: d.stratum,
        textSha: d.textSha,
        number: e.number,
        dateFiled: e.dateFiled,
        kind: null,
        deadlines: [],
        hearings: [],
        stays: [],
        injunctions: [],
        text: e.text,
      }),
    );
  }
}

export const DEVHEAR_RULE = `development set enriched in hearings and deadlines (tune on its tune fold only): DEV courts only (HELPERS.md list); ../shared/fixtures/pacer (corpus.ts population) then juriscraper ${JURISCRAPER_COMMIT} (hold-out 6's population), each text once, less the texts of sample.json, holdout-2..5.sample.json, src/deadlines/extract/heldout*.jsonl, holdout-6.sample.json, dev-js.sample.json, dev-bk.sample.json (not dev-kind.sample.json, drawn in parallel); seed ${DEVHEAR_SEED}; stratum A ${DEVHEAR_TARGETS.A} matching HEAR_TRIGGER, stratum B ${DEVHEAR_TARGETS.B} the rest, court-balanced round robin, at most ${DEVHEAR_CAP} per court; check fold: sha256('${DEVHEAR_FOLD_SALT}' + ref) first 8 hex < 2^32/3; see bench/labels/dev-hear.ts`;

/** A set drawn by trigger strata (dev-hear, dev-hear2), as its command draws it. */
export interface DrawScript<S extends string> {
  population: DevHearEntry[];
  trigger: (text: string) => boolean;
  draw: (pop: DevHearEntry[]) => DevHearRef<S>[];
  fold: (ref: string) => 'tune' | 'check';
  rule: string;
  file: string;
  /** Words after the fold counts of the last line. */
  note?: (drawn: DevHearRef<S>[]) => string;
}

/**
 * The command of a set drawn by trigger strata: `--counts` prints the population and how much of it
 * matches the trigger; `--texts` the drawn entries as blank labels; `--check` writes nothing and exits
 * 1 when the sample file is not, byte for byte, what the rule draws; otherwise it writes the file and
 * prints the strata and folds. It prints counts only (but with `--texts`).
 */
export function runDrawScript<S extends string>(script: DrawScript<S>): void {
  const { population: pop, file } = script;
  if (process.argv.includes('--counts')) {
    const courts = new Set(pop.map((e) => e.court));
    console.log(
      `population: ${pop.length} entries from ${courts.size} courts, ${pop.filter((e) => script.trigger(e.text)).length} matching the trigger`,
    );
    process.exit(0);
  }
  const drawn = script.draw(pop);
  if (process.argv.includes('--texts')) {
    printBlankLabels(drawn, pop);
    process.exit(0);
  }
  const body = `${JSON.stringify({ rule: script.rule, drawn: '2026-12-06', entries: drawn }, null, 2)}\n`;
  if (process.argv.includes('--check')) {
    const same = readFileSync(file, 'utf8') === body;
    console.log(`${basename(file)} ${same ? 'matches' : 'differs from'} the rule`);
    process.exit(same ? 0 : 1);
  }
  writeFileSync(file, body);
  const check = drawn.filter((d) => script.fold(d.ref) === 'check').length;
  for (const st of ['A', 'B'] as const) {
    const s = drawn.filter((d) => d.stratum === st);
    console.log(`stratum ${st}: ${s.length} entries from ${new Set(s.map((d) => d.court)).size} courts`);
  }
  const note = script.note ? `; ${script.note(drawn)}` : '';
  console.log(
    `all: ${drawn.length} entries from ${new Set(drawn.map((d) => d.court)).size} courts (shared ${drawn.filter((d) => d.source === 'shared').length}); folds: tune ${drawn.length - check}, check ${check}${note}`,
  );
}

if (process.argv[1]?.endsWith('dev-hear.ts')) {
  exitWithoutSources();
  runDrawScript({
    population: devHearPopulation(fixturesDir),
    trigger: HEAR_TRIGGER,
    draw: drawDevHear,
    fold: devHearFold,
    rule: DEVHEAR_RULE,
    file: DEVHEAR_SAMPLE_FILE,
  });
}
