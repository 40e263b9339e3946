/**
 * dev-bk2 (issue #14, sixteenth session): a second labeled DEVELOPMENT set of bankruptcy docket
 * language, from the DEV bankruptcy courts only, none of whose texts is in an earlier set. Hold-out 9
 * (170 of its 240 entries bankruptcy) misses most on bankruptcy hearings and deadlines ("Hearing
 * Scheduled", "Objections due by", "Continued Hearing", 341 meetings, "Bar Date", deficiency and
 * incomplete-filing dates, BNC notices); this set gives that language fresh labeled text. Its parts are
 * split **by court**, so the check part measures courts the rules were not written from.
 *
 * The rule (`drawDevBk2`), written down (and committed) before the draw:
 * 1. Population: dev-hear3's (`devHear3Population`: DEV courts, `../shared` then the juriscraper
 *    snapshot, each text once, less every ref and text fingerprint of the other non-POOL
 *    `*.sample.json` files) less the texts of `dev-hear3.sample.json` (`sampleTexts`), restricted to the
 *    courts of `DEVBK2_COURTS` (the DEV bankruptcy courts; the draw checks each is DEV, not POOL, and a
 *    bankruptcy court). Hold-outs 7, 8 and 9 are POOL courts: out by the court restriction, their files
 *    never opened.
 * 2. Language: hold-out 6's tests on the text with CM/ECF's stamps removed (`LANGUAGE6`): hearing
 *    language (`HEARING6`) and deadline language (`DEADLINE6`).
 * 3. Seed `DEVBK2_SEED` (20261241, used by no earlier set). Strata in order, each from the entries not
 *    drawn before, by dev-hear's capped court-balanced round robin (`cappedRoundRobin`), at most
 *    `DEVBK2_CAP` (20) entries a court over all strata (12 as first written; `--counts` then found the
 *    population in 15 courts only, six of them with under 40 entries, where 12 a court cannot reach 200 —
 *    raised to 20 on those counts alone, before the draw): H `DEVBK2_TARGETS.H` (90) with hearing language,
 *    D `DEVBK2_TARGETS.D` (50) with deadline language, R `DEVBK2_TARGETS.R` (60) plain random. 200
 *    entries; not reweighted by stratum.
 * 4. Part, by court: a court's entries are all in the **check** part iff the first 8 hex digits of
 *    sha256(`dev-bk2-part:` + court) are below 2^32 / 3; else all in the **tune** part. The check
 *    part's disagreements are not read (`corpus-accuracy.ts --set dev-bk2-check` prints totals only).
 *
 *   npx tsx bench/labels/dev-bk2.ts [--check] [--counts]   (writes dev-bk2.sample.json; counts only)
 *   npx tsx bench/labels/dev-bk2.ts --texts > /tmp/bk16-blank.jsonl   (blank labels with texts)
 */
import { createHash } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixturesDir } from '../../tests/support/shared.ts';
import { sha12 } from './corpus.ts';
import {
  cappedRoundRobin,
  DEV_COURTS,
  type DevHearEntry,
  type DevHearRef,
  runDrawScript,
} from './dev-hear.ts';
import { HEAR2_TRIGGER } from './dev-hear2.ts';
import { DEVHEAR3_SAMPLE_FILE, devHear3Population, isBankruptcyCourt } from './dev-hear3.ts';
import { collapse, JURISCRAPER_COMMIT, LANGUAGE6, sampleTexts } from './holdout-6.ts';
import { inPool7 } from './holdout-7.ts';
import { exitWithoutSources } from './sample-script.ts';

export const DEVBK2_SEED = 20261241;
export const DEVBK2_TARGETS = { H: 90, D: 50, R: 60 } as const;
export const DEVBK2_CAP = 20;
export const DEVBK2_PART_SALT = 'dev-bk2-part:';
/** The DEV bankruptcy courts (HELPERS.md's DEV list, ids ending in "b"). */
export const DEVBK2_COURTS = `akb areb azb canb ctb dcb deb flsb ganb ilnb insb laeb lamb mab miwb moeb mowb
  nceb ncwb ndb nhb njb nyeb nynb pamb pawb txwb vaeb waeb wawb`
  .split(/\s+/)
  .filter(Boolean);

const here = dirname(fileURLToPath(import.meta.url));
export const DEVBK2_SAMPLE_FILE = resolve(here, 'dev-bk2.sample.json');
export const DEVBK2_LABEL_FILE = resolve(here, 'dev-bk2.jsonl');

/** Rule 4: a court's part (check: about a third of the courts, not tuned on). */
export const devBk2Part = (court: string): 'tune' | 'check' =>
  Number.parseInt(createHash('sha256').update(`${DEVBK2_PART_SALT}${court}`).digest('hex').slice(0, 8), 16) <
  0x100000000 / 3
    ? 'check'
    : 'tune';

/** Rule 1. */
export function devBk2Population(fixturesDir: string): DevHearEntry[] {
  const bad = DEVBK2_COURTS.filter((c) => !DEV_COURTS.includes(c) || inPool7(c) || !isBankruptcyCourt(c));
  if (bad.length) throw new Error(`not DEV bankruptcy courts: ${bad.join(' ')}`);
  const pop = devHear3Population(fixturesDir);
  const hear3 = sampleTexts(pop, DEVHEAR3_SAMPLE_FILE, 'dev-hear3');
  const courts = new Set(DEVBK2_COURTS);
  return pop.filter((e) => courts.has(e.court) && !hear3.has(collapse(e.text)));
}

/** Rule 3. */
export function drawDevBk2(pop: DevHearEntry[], seed = DEVBK2_SEED): DevHearRef<'dev-bk2'>[] {
  const room = new Map<string, number>();
  const taken = new Set<string>();
  const tests: Record<keyof typeof DEVBK2_TARGETS, (t: string) => boolean> = {
    H: LANGUAGE6.H,
    D: LANGUAGE6.D,
    R: () => true,
  };
  const out: DevHearRef<'dev-bk2'>[] = [];
  for (const name of ['H', 'D', 'R'] as const) {
    const pool = pop.filter((e) => !taken.has(e.ref) && tests[name](e.text));
    for (const e of cappedRoundRobin(pool, DEVBK2_TARGETS[name], `${seed}:${name}`, room, DEVBK2_CAP)) {
      taken.add(e.ref);
      out.push({
        ref: e.ref,
        source: e.source,
        court: e.court,
        split: 'dev-bk2',
        stratum: name as unknown as 'A' | 'B',
        textSha: sha12(e.text),
      });
    }
  }
  return out;
}

export const DEVBK2_RULE = `second development set of bankruptcy docket language (tune on its tune part only): dev-hear3's population (DEV courts; ../shared then juriscraper ${JURISCRAPER_COMMIT}; less every other non-POOL sample's refs and texts) less dev-hear3.sample.json's texts, restricted to the DEV bankruptcy courts (${DEVBK2_COURTS.join(' ')}); seed ${DEVBK2_SEED}; strata H ${DEVBK2_TARGETS.H} with hearing language (HEARING6), D ${DEVBK2_TARGETS.D} with deadline language (DEADLINE6), R ${DEVBK2_TARGETS.R} plain random, each from the entries not drawn before, court-balanced round robin, at most ${DEVBK2_CAP} per court over all; part by court: check iff sha256('${DEVBK2_PART_SALT}' + court) first 8 hex < 2^32/3; see bench/labels/dev-bk2.ts`;

if (process.argv[1]?.endsWith('dev-bk2.ts')) {
  exitWithoutSources();
  const population = devBk2Population(fixturesDir);
  const courtOf = new Map(population.map((e) => [e.ref, e.court]));
  runDrawScript({
    population,
    trigger: HEAR2_TRIGGER,
    draw: drawDevBk2,
    fold: (ref) => devBk2Part(courtOf.get(ref) ?? ''),
    rule: DEVBK2_RULE,
    file: DEVBK2_SAMPLE_FILE,
    note: (drawn) => {
      const check = new Set(drawn.filter((d) => devBk2Part(d.court) === 'check').map((d) => d.court));
      return `check courts ${check.size} of ${new Set(drawn.map((d) => d.court)).size}; strata H ${drawn.filter((d) => (d.stratum as string) === 'H').length}, D ${drawn.filter((d) => (d.stratum as string) === 'D').length}, R ${drawn.filter((d) => (d.stratum as string) === 'R').length}`;
    },
  });
}
