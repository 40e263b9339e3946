/**
 * dev-hear2 (issue #14, thirteenth session): a second labeled DEVELOPMENT set of hearing- and
 * deadline-bearing entries from the DEV courts, drawn from entries no earlier set holds, with a
 * sharper trigger than dev-hear's (a bare date no longer qualifies: dev-hear's stratum A was a quarter
 * BNC certificates) and a lower per-court cap (more courts). Tune fold tuned on; check fold totals
 * only until the end of the round.
 *
 * The rule (`drawDevHear2`), written down (and committed) before the draw:
 * 1. Population: dev-hear's (`devHearPopulation`: `../shared`'s corpus.ts population, then hold-out 6's
 *    juriscraper population, each text once, DEV courts only, less the texts of `sample.json`,
 *    `holdout-2..5.sample.json`, `src/deadlines/extract/heldout*.jsonl`, `holdout-6`, `dev-js`, `dev-bk`
 *    and `dev-kind` samples) less the texts of `dev-hear.sample.json`. After the draw, every drawn ref is
 *    checked against every `bench/labels/*.sample.json` (refs only, counts printed; hold-outs 7 and 8
 *    are POOL courts, out by the court restriction, never opened otherwise).
 * 2. Trigger (`HEAR2_TRIGGER`, text only, fixed here before the draw), on the text with CM/ECF's stamps
 *    removed: hold-out 6's deadline (`DEADLINE6`) or hearing (`HEARING6`) language, or a lifecycle or
 *    period word: vacate(d), stricken, cancel(l)ed, adjourn, advisement, "on the briefs", "submitted",
 *    "N days/weeks", "period", "expire(s)", "returnable", "a.m./p.m.", "courtroom". A date alone is not
 *    enough.
 * 3. Seed `DEVHEAR2_SEED` (20261221): stratum A `DEVHEAR2_TARGETS.A` (160) matching the trigger, stratum
 *    B `DEVHEAR2_TARGETS.B` (40) the rest, each by dev-hear's capped court-balanced round robin
 *    (`drawTriggerStrata`), at most `DEVHEAR2_CAP` (12) entries per court over both strata (8 at first: it drew 160 entries, stratum A
 *    exhausting the 15 courts with trigger entries left; raised to 12 on those counts alone, before any
 *    drawn text was read).
 * 4. Fold: **check** iff the first 8 hex digits of sha256(`dev-hear2-fold:` + ref) are below 2^32 / 3;
 *    else **tune**.
 *
 *   npx tsx bench/labels/dev-hear2.ts [--check] [--counts]    (writes dev-hear2.sample.json; counts only)
 *   npx tsx bench/labels/dev-hear2.ts --texts > /tmp/hear6-blank.jsonl   (blank labels with texts)
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixturesDir } from '../../tests/support/shared.ts';
import {
  DEVHEAR_SAMPLE_FILE,
  type DevHearEntry,
  type DevHearRef,
  devHearPopulation,
  drawTriggerStrata,
  LIFECYCLE_WORDS,
  runDrawScript,
  STAMPS,
} from './dev-hear.ts';
import { collapse, DEADLINE6, HEARING6, JURISCRAPER_COMMIT } from './holdout-6.ts';
import { exitWithoutSources } from './sample-script.ts';

export const DEVHEAR2_SEED = 20261221;
export const DEVHEAR2_TARGETS = { A: 160, B: 40 } as const;
export const DEVHEAR2_CAP = 12;
export const DEVHEAR2_FOLD_SALT = 'dev-hear2-fold:';

const here = dirname(fileURLToPath(import.meta.url));
export const DEVHEAR2_SAMPLE_FILE = resolve(here, 'dev-hear2.sample.json');
export const DEVHEAR2_LABEL_FILE = resolve(here, 'dev-hear2.jsonl');

/** Rule 4. */
export const devHear2Fold = (ref: string): 'tune' | 'check' =>
  Number.parseInt(createHash('sha256').update(`${DEVHEAR2_FOLD_SALT}${ref}`).digest('hex').slice(0, 8), 16) <
  0x100000000 / 3
    ? 'check'
    : 'tune';

const LIFECYCLE = new RegExp(
  [...LIFECYCLE_WORDS, '\\breturnable\\b', '\\b[ap]\\.?m\\.?(?=[\\s,;.)]|$)', '\\bcourtroom\\b'].join('|'),
  'i',
);
/** Rule 2. */
export const HEAR2_TRIGGER = (text: string): boolean => {
  const t = text.replace(STAMPS, ' ');
  return DEADLINE6.test(t) || HEARING6.test(t) || LIFECYCLE.test(t);
};

/** Rule 1. */
export function devHear2Population(fixturesDir: string): DevHearEntry[] {
  const pop = devHearPopulation(fixturesDir);
  const earlier = new Set(
    (JSON.parse(readFileSync(DEVHEAR_SAMPLE_FILE, 'utf8')) as { entries: { ref: string }[] }).entries.map(
      (e) => e.ref,
    ),
  );
  const earlierTexts = new Set(pop.filter((e) => earlier.has(e.ref)).map((e) => collapse(e.text)));
  return pop.filter((e) => !earlierTexts.has(collapse(e.text)));
}

export function drawDevHear2(pop: DevHearEntry[], seed = DEVHEAR2_SEED): DevHearRef<'dev-hear2'>[] {
  return drawTriggerStrata(pop, {
    seed,
    targets: DEVHEAR2_TARGETS,
    trigger: HEAR2_TRIGGER,
    cap: DEVHEAR2_CAP,
    split: 'dev-hear2',
  });
}

/** Rule 1's after-check: how many drawn refs any other `*.sample.json` of this folder holds (refs only). */
export function overlapWithSamples(drawn: { ref: string }[]): number {
  const refs = new Set(drawn.map((d) => d.ref));
  let n = 0;
  for (const f of readdirSync(here).filter((x) => x.endsWith('.sample.json') || x === 'sample.json')) {
    if (resolve(here, f) === DEVHEAR2_SAMPLE_FILE) continue;
    const body = JSON.parse(readFileSync(resolve(here, f), 'utf8')) as { entries?: { ref?: string }[] };
    for (const e of body.entries ?? []) if (e.ref && refs.has(e.ref)) n++;
  }
  return n;
}

export const DEVHEAR2_RULE = `second development set enriched in hearings and deadlines (tune on its tune fold only): dev-hear's population (DEV courts; ../shared then juriscraper ${JURISCRAPER_COMMIT}; less every earlier sample's texts) less dev-hear.sample.json's texts; seed ${DEVHEAR2_SEED}; stratum A ${DEVHEAR2_TARGETS.A} matching HEAR2_TRIGGER (deadline/hearing language or a lifecycle or period word; a date alone is not enough), stratum B ${DEVHEAR2_TARGETS.B} the rest, court-balanced round robin, at most ${DEVHEAR2_CAP} per court; check fold: sha256('${DEVHEAR2_FOLD_SALT}' + ref) first 8 hex < 2^32/3; see bench/labels/dev-hear2.ts`;

if (process.argv[1]?.endsWith('dev-hear2.ts')) {
  exitWithoutSources();
  runDrawScript({
    population: devHear2Population(fixturesDir),
    trigger: HEAR2_TRIGGER,
    draw: drawDevHear2,
    fold: devHear2Fold,
    rule: DEVHEAR2_RULE,
    file: DEVHEAR2_SAMPLE_FILE,
    note: (drawn) => `refs also in another *.sample.json: ${overlapWithSamples(drawn)}`,
  });
}
