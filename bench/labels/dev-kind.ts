/**
 * dev-kind (issue #14): a labeled DEVELOPMENT set for the entry's `kind` on many courts, drawn from
 * the DEV courts only (the courts not in hold-out 7's POOL, as the session's guide lists them), over
 * both sources of real text: the pages of `../shared/fixtures/pacer` (corpus.ts's population) and the
 * DEV courts' pages of the juriscraper snapshot (hold-out 6's population). Few entries per court, so
 * that the kind rules meet many clerks' styles; split by a second seeded rule into a tune part (read)
 * and a check part (totals only until the end of the round).
 *
 * The rule (`drawDevKind`), written down (and committed) before the draw:
 * 1. Population, in this order, each text (whitespace collapsed) once:
 *    a. corpus.ts's population of `../shared/fixtures/pacer` (six folders, file-name order,
 *       `courtOf`), less the texts of every earlier sample of those pages (`sample.json`,
 *       `holdout-2..5.sample.json`) and of `src/deadlines/extract/heldout*.jsonl`;
 *    b. hold-out 6's population of the snapshot (`holdout6Population`, same exclusions) less the texts
 *       of `holdout-6.sample.json`, `dev-js.sample.json` and `dev-bk.sample.json` (hold-out 7's and 8's
 *       texts are POOL courts' entries of the same population, each text once: left out by
 *       construction, their files not read);
 *    both restricted to `DEV_COURTS` (the guide's list; the draw checks each is `!inPool7`).
 * 2. Court: each source's own (`courtOf`, `courtOf6`: the file name up to the first `_` or `.`).
 * 3. Seed `DEVKIND_SEED` (20261219). Plain random, court-balanced, no strata (every entry has a kind):
 *    each court's entries shuffled (mulberry32 seeded with FNV-1a of `${seed}:<court>`), the courts
 *    ordered by a shuffle seeded `${seed}:courts`, one entry per court per round in that order until
 *    `DEVKIND_TARGET` (240) entries, at most `DEVKIND_PER_COURT` (12) from one court
 *    (hold-out 6's `roundRobin`, capped).
 * 4. Split: an entry is in the **check** part iff the first 8 hex digits of
 *    sha256(`20261219:dev-kind-split:` + ref), as an integer, are below 2^32 / 3; else **tune**.
 *    The check part's disagreements are not read while the rules are worked on (`corpus-accuracy.ts
 *    --set dev-kind-check` prints totals only); the tune part's are (`--set dev-kind-tune --diffs`).
 *
 *   npx tsx bench/labels/dev-kind.ts [--check] [--counts]
 * writes `dev-kind.sample.json` (`--check`: exits 1 when the file differs from the rule; `--counts`: the
 * population per court, counts only). Prints counts only, never a text. Needs the juriscraper
 * snapshot (`JURISCRAPER_DIR`) and `../shared`; without either it says so and exits 0.
 * Texts for labeling: `npx tsx bench/labels/holdout-6-texts.ts --set dev-kind > /tmp/dev-kind.blank.jsonl`.
 */
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixturesDir } from '../../tests/support/shared.ts';
import { population, refOf, sha12 } from './corpus.ts';
import { DEVBK_SAMPLE_FILE } from './dev-bk.ts';
import { DEVJS_SAMPLE_FILE } from './dev-js.ts';
import {
  collapse,
  HOLDOUT6_SAMPLE_FILE,
  type Holdout6Entry,
  holdout6Population,
  JURISCRAPER_COMMIT,
  lessSampleTexts,
  roundRobin,
} from './holdout-6.ts';
import { inPool7 } from './holdout-7.ts';
import { excludedTexts, HOLDOUTS } from './holdouts.ts';
import { exitWithoutSources, runSampleScript } from './sample-script.ts';

export const DEVKIND_SEED = 20261219;
export const DEVKIND_TARGET = 240;
export const DEVKIND_PER_COURT = 12;
export const DEVKIND_SPLIT_SALT = `${DEVKIND_SEED}:dev-kind-split:`;

/** The DEV courts as the session's guide (HELPERS.md) lists them. */
export const DEV_COURTS = `akb areb ared azb ca9 canb casd cob ctb ctd dcb dcd deb ded flsb flsd ganb ilnb
  insb laeb laed lamb mab mad miwb moeb mowb mowd nceb ncwb ndb ned nhb njb nmd nyeb nynb pamb pawb scd
  txwb vaeb waeb wawb`
  .split(/\s+/)
  .filter(Boolean);

export interface DevKindRef {
  ref: string;
  /** `shared`: `../shared/fixtures/pacer/<page>`; `juriscraper`: the snapshot's page. */
  source: 'shared' | 'juriscraper';
  page: string;
  caseIndex: number;
  entryIndex: number;
  court: string;
  split: 'dev-kind';
  textSha: string;
}

/** Rule 4: the check part (not tuned on) or the tune part, by a hash of the ref. */
export const devKindPart = (ref: string): 'tune' | 'check' =>
  Number.parseInt(createHash('sha256').update(`${DEVKIND_SPLIT_SALT}${ref}`).digest('hex').slice(0, 8), 16) <
  0x100000000 / 3
    ? 'check'
    : 'tune';

/** A ref of the snapshot (its page path starts with juriscraper's test folder). */
export const isJuriscraperRef = (ref: string): boolean => ref.startsWith('tests/examples/');

/** dev-kind's population (rule 1), as hold-out 6's entry shape (`page` is the shared fixture for source a). */
export function devKindPopulation(fixturesDir: string): Holdout6Entry[] {
  for (const c of DEV_COURTS) if (inPool7(c)) throw new Error(`${c}: a DEV court in hold-out 7's POOL`);
  const dev = new Set(DEV_COURTS);
  const shared = population(join(fixturesDir, 'pacer'));
  const spec = HOLDOUTS['holdout-5'];
  const earlier = excludedTexts(shared, {
    ...spec,
    excludeSamples: [...spec.excludeSamples, spec.sampleFile],
  });
  const fromShared: Holdout6Entry[] = shared
    .filter((e) => dev.has(e.court) && !earlier.has(collapse(e.text)))
    .map((e) => ({
      ref: refOf(e),
      page: e.fixture,
      json: e.fixture,
      caseIndex: e.caseIndex,
      entryIndex: e.entryIndex,
      court: e.court,
      dateFiled: e.dateFiled,
      number: e.number,
      text: e.text,
    }));
  const fromSnapshot = lessSampleTexts(holdout6Population(fixturesDir), [
    HOLDOUT6_SAMPLE_FILE,
    DEVJS_SAMPLE_FILE,
    DEVBK_SAMPLE_FILE,
  ]).filter((e) => dev.has(e.court));
  const seen = new Set<string>();
  const out: Holdout6Entry[] = [];
  for (const e of [...fromShared, ...fromSnapshot]) {
    const key = collapse(e.text);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out;
}

/** Rule 3 of a set drawn as dev-kind is (dev-kind, dev-kind2): the refs of the first `target` entries. */
export function drawCapped<S extends string>(
  pop: Holdout6Entry[],
  rule: { seed: number; perCourt: number; target: number; split: S },
): (Omit<DevKindRef, 'split'> & { split: S })[] {
  // Rounds of one entry per court: the first `perCourt` rounds hold at most that many a court.
  const perCourt = new Map<string, number>();
  const capped = roundRobin(pop, Number.POSITIVE_INFINITY, `${rule.seed}`).filter((e) => {
    const n = (perCourt.get(e.court) ?? 0) + 1;
    perCourt.set(e.court, n);
    return n <= rule.perCourt;
  });
  return capped.slice(0, rule.target).map((e) => ({
    ref: e.ref,
    source: isJuriscraperRef(e.ref) ? 'juriscraper' : 'shared',
    page: e.page,
    caseIndex: e.caseIndex,
    entryIndex: e.entryIndex,
    court: e.court,
    split: rule.split,
    textSha: sha12(e.text),
  }));
}

export function drawDevKind(pop: Holdout6Entry[], seed = DEVKIND_SEED): DevKindRef[] {
  return drawCapped(pop, { seed, perCourt: DEVKIND_PER_COURT, target: DEVKIND_TARGET, split: 'dev-kind' });
}

const here = dirname(fileURLToPath(import.meta.url));
export const DEVKIND_SAMPLE_FILE = resolve(here, 'dev-kind.sample.json');
export const DEVKIND_LABEL_FILE = resolve(here, 'dev-kind.jsonl');

export const DEVKIND_RULE = `development set for kind on many courts (tune on its tune part only): the DEV courts (${DEV_COURTS.length}, HELPERS.md's list, each !inPool7) of (a) corpus.ts's population of ../shared/fixtures/pacer less the texts of sample.json, holdout-2..5.sample.json and src/deadlines/extract/heldout*.jsonl, then (b) hold-out 6's population (juriscraper ${JURISCRAPER_COMMIT}) less the texts of holdout-6, dev-js and dev-bk samples; each text once; seed ${DEVKIND_SEED}; plain random court-balanced round robin (hold-out 6's roundRobin), at most ${DEVKIND_PER_COURT} per court, ${DEVKIND_TARGET} entries; check part: sha256('${DEVKIND_SPLIT_SALT}' + ref) first 8 hex < 2^32/3; see bench/labels/dev-kind.ts`;

/**
 * The command of a set drawn as dev-kind is (dev-kind, dev-kind2): `runSampleScript`'s (every entry in
 * stratum A), then the parts (with their courts when `partCourts`) and the sources counted.
 */
export function runKindScript<S extends string>(script: {
  population: Holdout6Entry[];
  draw: (pop: Holdout6Entry[]) => (Omit<DevKindRef, 'split'> & { split: S })[];
  part: (ref: string) => 'tune' | 'check';
  rule: string;
  file: string;
  partCourts?: boolean;
}): void {
  const { population: pop, draw, part } = script;
  runSampleScript({
    population: pop,
    draw: (p) => draw(p).map((d) => ({ ...d, stratum: 'A' })),
    rule: script.rule,
    file: script.file,
  });
  const drawn = draw(pop);
  const check = drawn.filter((d) => part(d.ref) === 'check');
  const courts = (refs: typeof drawn) =>
    script.partCourts ? ` (${new Set(refs.map((d) => d.court)).size} courts)` : '';
  console.log(
    `parts: tune ${drawn.length - check.length}${courts(drawn.filter((d) => part(d.ref) === 'tune'))}, check ${check.length}${courts(check)}; sources: shared ${drawn.filter((d) => d.source === 'shared').length}, juriscraper ${drawn.filter((d) => d.source === 'juriscraper').length}`,
  );
}

if (process.argv[1]?.endsWith('dev-kind.ts')) {
  exitWithoutSources();
  runKindScript({
    population: devKindPopulation(fixturesDir),
    draw: drawDevKind,
    part: devKindPart,
    rule: DEVKIND_RULE,
    file: DEVKIND_SAMPLE_FILE,
  });
}
