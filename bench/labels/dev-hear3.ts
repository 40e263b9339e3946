/**
 * dev-hear3 (issue #14, fifteenth session): a third labeled DEVELOPMENT set of hearing- and
 * deadline-bearing entries from the DEV courts, at least half of it from bankruptcy courts (170 of
 * hold-out 9's 240 entries are bankruptcy entries, and that is where the blind hold-outs miss). None of
 * its texts is in an earlier set. Tune part tuned on; check part totals only.
 *
 * The rule (`drawDevHear3`), written down (and committed) before the draw:
 * 1. Population: dev-hear2's (`devHear2Population`: dev-hear's population — DEV courts, `../shared` then
 *    the juriscraper snapshot, each text once, less the texts of every sample before dev-hear — less
 *    dev-hear's texts) less every text (by `textSha`, and by ref) of the other `*.sample.json` files of
 *    this folder that are not POOL hold-outs: dev-hear2 and dev-kind2 (drawn in parallel the same evening,
 *    neither excluded the other) and, again, every earlier one. Hold-outs 7, 8 and 9 are POOL courts: out
 *    by the court restriction, their files never opened.
 * 2. Trigger: dev-hear2's (`HEAR2_TRIGGER`: dev-hear's hearing and deadline language and lifecycle words,
 *    without dev-hear's bare date, which drew BNC certificates). A court is a bankruptcy court when its
 *    DEV id ends in "b" (`isBankruptcyCourt`: akb … wawb; ca9 and the district courts end in "d" or "9").
 * 3. Seed `DEVHEAR3_SEED` (20261231, used by no earlier set): stratum K `DEVHEAR3_TARGETS.K` (80)
 *    matching the trigger from bankruptcy courts, then stratum A `DEVHEAR3_TARGETS.A` (40) matching the
 *    trigger from any court, then stratum B `DEVHEAR3_TARGETS.B` (30) the rest, each by dev-hear's capped
 *    court-balanced round robin (`cappedRoundRobin`), at most `DEVHEAR3_CAP` (12) entries a court over
 *    all strata. 150 entries; at least 75 from bankruptcy courts is checked after the draw.
 * 4. Part: **check** iff the first 8 hex digits of sha256(`dev-hear3-part:` + ref) are below 2^32 / 3;
 *    else **tune**.
 *
 *   npx tsx bench/labels/dev-hear3.ts [--check] [--counts]   (writes dev-hear3.sample.json; counts only)
 *   npx tsx bench/labels/dev-hear3.ts --texts > /tmp/hear9-blank.jsonl   (blank labels with texts)
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixturesDir } from '../../tests/support/shared.ts';
import { sha12 } from './corpus.ts';
import { cappedRoundRobin, type DevHearEntry, type DevHearRef, runDrawScript } from './dev-hear.ts';
import { devHear2Population, HEAR2_TRIGGER } from './dev-hear2.ts';
import { JURISCRAPER_COMMIT } from './holdout-6.ts';
import { exitWithoutSources } from './sample-script.ts';

export const DEVHEAR3_SEED = 20261231;
export const DEVHEAR3_TARGETS = { K: 80, A: 40, B: 30 } as const;
export const DEVHEAR3_CAP = 12;
export const DEVHEAR3_PART_SALT = 'dev-hear3-part:';

const here = dirname(fileURLToPath(import.meta.url));
export const DEVHEAR3_SAMPLE_FILE = resolve(here, 'dev-hear3.sample.json');
export const DEVHEAR3_LABEL_FILE = resolve(here, 'dev-hear3.jsonl');

/** Rule 4. */
export const devHear3Part = (ref: string): 'tune' | 'check' =>
  Number.parseInt(createHash('sha256').update(`${DEVHEAR3_PART_SALT}${ref}`).digest('hex').slice(0, 8), 16) <
  0x100000000 / 3
    ? 'check'
    : 'tune';

/** Rule 2: a DEV court id ending in "b" is a bankruptcy court. */
export const isBankruptcyCourt = (court: string): boolean => /b$/.test(court);

/** Samples of this folder drawn after dev-hear3 (from its population): not in rule 1, or its redraw would change. */
export const DRAWN_AFTER_DEVHEAR3 = ['dev-bk2.sample.json'];

/** The sample files of this folder that rule 1 excludes (POOL hold-outs 7, 8, 9 are never opened). */
export function earlierSampleFiles(): string[] {
  return readdirSync(here)
    .filter((f) => /(?:^|\.)sample\.json$/.test(f) && !/^holdout-[789]\./.test(f))
    .filter((f) => !DRAWN_AFTER_DEVHEAR3.includes(f))
    .map((f) => resolve(here, f))
    .filter((f) => f !== DEVHEAR3_SAMPLE_FILE);
}

/** Rule 1. */
export function devHear3Population(fixturesDir: string): DevHearEntry[] {
  const refs = new Set<string>();
  const shas = new Set<string>();
  for (const f of earlierSampleFiles())
    for (const e of (
      JSON.parse(readFileSync(f, 'utf8')) as { entries?: { ref?: string; textSha?: string }[] }
    ).entries ?? []) {
      if (e.ref) refs.add(e.ref);
      if (e.textSha) shas.add(e.textSha);
    }
  return devHear2Population(fixturesDir).filter((e) => !refs.has(e.ref) && !shas.has(sha12(e.text)));
}

/** Rule 3. */
export function drawDevHear3(pop: DevHearEntry[], seed = DEVHEAR3_SEED): DevHearRef<'dev-hear3'>[] {
  const room = new Map<string, number>();
  const taken = new Set<string>();
  const stratum = (entries: DevHearEntry[], target: number, name: 'K' | 'A' | 'B') => {
    const got = cappedRoundRobin(
      entries.filter((e) => !taken.has(e.ref)),
      target,
      `${seed}:${name}`,
      room,
      DEVHEAR3_CAP,
    );
    for (const e of got) taken.add(e.ref);
    return got.map((e) => ({
      ref: e.ref,
      source: e.source,
      court: e.court,
      split: 'dev-hear3' as const,
      stratum: name as 'A' | 'B',
      textSha: sha12(e.text),
    }));
  };
  const trig = pop.filter((e) => HEAR2_TRIGGER(e.text));
  const k = stratum(
    trig.filter((e) => isBankruptcyCourt(e.court)),
    DEVHEAR3_TARGETS.K,
    'K',
  );
  const a = stratum(trig, DEVHEAR3_TARGETS.A, 'A');
  const b = stratum(
    pop.filter((e) => !HEAR2_TRIGGER(e.text)),
    DEVHEAR3_TARGETS.B,
    'B',
  );
  return [...k, ...a, ...b];
}

export const DEVHEAR3_RULE = `third development set of hearings and deadlines, half bankruptcy (tune on its tune part only): dev-hear2's population (DEV courts; ../shared then juriscraper ${JURISCRAPER_COMMIT}) less the texts and refs of every other non-POOL *.sample.json (dev-hear2 and dev-kind2 included); seed ${DEVHEAR3_SEED}; stratum K ${DEVHEAR3_TARGETS.K} matching HEAR2_TRIGGER from bankruptcy courts (id ending in "b"), A ${DEVHEAR3_TARGETS.A} matching it from any court, B ${DEVHEAR3_TARGETS.B} the rest, court-balanced round robin, at most ${DEVHEAR3_CAP} per court over all; check part: sha256('${DEVHEAR3_PART_SALT}' + ref) first 8 hex < 2^32/3; see bench/labels/dev-hear3.ts`;

if (process.argv[1]?.endsWith('dev-hear3.ts')) {
  exitWithoutSources();
  runDrawScript({
    population: devHear3Population(fixturesDir),
    trigger: HEAR2_TRIGGER,
    draw: drawDevHear3,
    fold: devHear3Part,
    rule: DEVHEAR3_RULE,
    file: DEVHEAR3_SAMPLE_FILE,
    note: (drawn) =>
      `bankruptcy courts ${drawn.filter((d) => isBankruptcyCourt(d.court)).length}; stratum K ${drawn.filter((d) => (d.stratum as string) === 'K').length}`,
  });
}
