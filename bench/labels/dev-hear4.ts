/**
 * dev-hear4 (issue #14, nineteenth session): a fourth labeled DEVELOPMENT set of hearing language, from
 * the POOL-A courts only (`pool-split.ts` `inPoolA`). Hold-out 10 (POOL-B) stood at 31/46 hearing-bearing
 * and hold-out 9b at 29/39 while the DEV sets and pool-a stood near 100 %: the POOL courts' hearing
 * language needs a fresh development sample of its own half. None of its texts is in an earlier set. Its
 * **check part** (about 30 %) is not tuned on; the tune part is.
 *
 * The rule (`drawDevHear4`), written down (and committed) before the draw:
 * 1. Population: hold-out 9's (`holdout9Population`: juriscraper pages of the POOL courts less hold-outs
 *    6, 7 and 8's texts) less hold-out 9's drawn texts (as hold-out 10's), **POOL-A courts only**, less
 *    every ref and text fingerprint of every `*.sample.json` of this folder (hold-out 10's is POOL-B:
 *    its file is read for fingerprints only, never printed).
 * 2. Trigger: hold-out 6's hearing language (`LANGUAGE6.H`, `HEARING6` on the text without CM/ECF's
 *    stamps).
 * 3. Seed `DEVHEAR4_SEED` (20261251, used by no earlier set): one stratum H of `DEVHEAR4_TARGET` (160)
 *    entries matching the trigger, by dev-hear's capped court-balanced round robin (`cappedRoundRobin`),
 *    at most `DEVHEAR4_CAP` (30) a court (seven POOL-A courts have
 *    hearing language left: flmb 70, ilnd 81, mieb 44, njd 10, nvb 358, nysb 213, tnwb 13 — counts only,
 *    read before the draw; 16 a court could not reach 160).
 * 4. Part: **check** iff the first 8 hex digits of sha256(`dev-hear4-part:` + ref) are below 0.3 × 2^32;
 *    else **tune**.
 *
 *   npx tsx bench/labels/dev-hear4.ts [--check] [--counts]   (writes dev-hear4.sample.json; counts only)
 *   npx tsx bench/labels/dev-hear4.ts --texts > /tmp/hear19-blank.jsonl   (blank labels with texts)
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixturesDir } from '../../tests/support/shared.ts';
import { sha12 } from './corpus.ts';
import { cappedRoundRobin, type DevHearEntry, type DevHearRef, runDrawScript } from './dev-hear.ts';
import { collapse, JURISCRAPER_COMMIT, LANGUAGE6, sampleTexts } from './holdout-6.ts';
import { HOLDOUT9_SAMPLE_FILE, holdout9Population } from './holdout-9.ts';
import { inPoolA } from './pool-split.ts';
import { exitWithoutSources } from './sample-script.ts';

export const DEVHEAR4_SEED = 20261251;
export const DEVHEAR4_TARGET = 160;
export const DEVHEAR4_CAP = 30;
export const DEVHEAR4_PART_SALT = 'dev-hear4-part:';

const here = dirname(fileURLToPath(import.meta.url));
export const DEVHEAR4_SAMPLE_FILE = resolve(here, 'dev-hear4.sample.json');
export const DEVHEAR4_LABEL_FILE = resolve(here, 'dev-hear4.jsonl');

/** Rule 4. */
export const devHear4Part = (ref: string): 'tune' | 'check' =>
  Number.parseInt(createHash('sha256').update(`${DEVHEAR4_PART_SALT}${ref}`).digest('hex').slice(0, 8), 16) <
  0x100000000 * 0.3
    ? 'check'
    : 'tune';

/** Rule 2. */
export const HEAR4_TRIGGER = LANGUAGE6.H;

/** The sample files of this folder whose refs and texts rule 1 leaves out. */
export function otherSampleFiles(): string[] {
  return readdirSync(here)
    .filter((f) => /(?:^|\.)sample\.json$/.test(f))
    .map((f) => resolve(here, f))
    .filter((f) => f !== DEVHEAR4_SAMPLE_FILE);
}

/** Rule 1. */
export function devHear4Population(fixturesDir: string): DevHearEntry[] {
  const pool = holdout9Population(fixturesDir);
  const h9Texts = sampleTexts(pool, HOLDOUT9_SAMPLE_FILE, 'hold-out 9');
  const refs = new Set<string>();
  const shas = new Set<string>();
  for (const f of otherSampleFiles())
    for (const e of (
      JSON.parse(readFileSync(f, 'utf8')) as { entries?: { ref?: string; textSha?: string }[] }
    ).entries ?? []) {
      if (e.ref) refs.add(e.ref);
      if (e.textSha) shas.add(e.textSha);
    }
  return pool
    .filter(
      (e) =>
        inPoolA(e.court) && !h9Texts.has(collapse(e.text)) && !refs.has(e.ref) && !shas.has(sha12(e.text)),
    )
    .map((e) => ({
      ref: e.ref,
      source: 'juriscraper' as const,
      court: e.court,
      dateFiled: e.dateFiled,
      number: e.number,
      text: e.text,
    }));
}

/** Rule 3. */
export function drawDevHear4(pop: DevHearEntry[], seed = DEVHEAR4_SEED): DevHearRef<'dev-hear4'>[] {
  const got = cappedRoundRobin(
    pop.filter((e) => HEAR4_TRIGGER(e.text)),
    DEVHEAR4_TARGET,
    `${seed}:H`,
    new Map(),
    DEVHEAR4_CAP,
  );
  return got.map((e) => ({
    ref: e.ref,
    source: e.source,
    court: e.court,
    split: 'dev-hear4' as const,
    stratum: 'A' as const,
    textSha: sha12(e.text),
  }));
}

export const DEVHEAR4_RULE = `fourth development set of hearing language, POOL-A courts only (tune on its tune part only): hold-out 9's population (juriscraper ${JURISCRAPER_COMMIT}, POOL courts, less hold-outs 6, 7, 8) less hold-out 9's texts, POOL-A courts (pool-split.ts inPoolA), less the refs and texts of every other *.sample.json; seed ${DEVHEAR4_SEED}; ${DEVHEAR4_TARGET} entries matching hold-out 6's hearing language (LANGUAGE6.H), court-balanced round robin, at most ${DEVHEAR4_CAP} per court; check part: sha256('${DEVHEAR4_PART_SALT}' + ref) first 8 hex < 0.3 * 2^32; see bench/labels/dev-hear4.ts`;

if (process.argv[1]?.endsWith('dev-hear4.ts')) {
  exitWithoutSources();
  runDrawScript({
    population: devHear4Population(fixturesDir),
    trigger: HEAR4_TRIGGER,
    draw: drawDevHear4,
    fold: devHear4Part,
    rule: DEVHEAR4_RULE,
    file: DEVHEAR4_SAMPLE_FILE,
  });
}
