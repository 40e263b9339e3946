/**
 * The hand-labeled real development corpus of issue #14: docket entries drawn from the shared
 * CM/ECF fixtures (`../shared/fixtures/pacer/`) by a seeded rule, labeled by hand before the
 * extractor was run on them. The repository keeps only references (fixture + case index + entry
 * index + a fingerprint of the text) and the expected findings; the texts stay in `../shared`.
 *
 * The rule (`drawSample`), written down so anyone can redraw it:
 * 1. Population: every entry with a non-empty text (`description`, else `shortDescription`, as the
 *    deadline record reads it) in the fixtures of `POPULATION_FOLDERS`, parsed by the project's own
 *    parsers (`parsePacer`, kind `auto`), in file-name order. An entry whose text (whitespace
 *    collapsed) already occurred earlier in that order is left out, so one text never sits in both
 *    splits.
 * 2. Court: the fixture's file name up to the first `_` (or `.`); the RSS file `sdny_1` is `nysd`
 *    (the corpus README's one exception). Bankruptcy courts are kept: they are in the fixtures.
 * 3. Stratified by court: each court's entries are shuffled (Fisher–Yates, mulberry32 seeded with
 *    FNV-1a of `${SEED}:${court}`), and every court gives its first min(n, q) entries, where q is
 *    the smallest per-court quota for which the total reaches `TARGET`.
 * 4. Split: an entry is hold-out when the first 8 hex digits of sha256(`${SEED}:${ref}`), read as
 *    a fraction of 2^32, are below `HOLDOUT_FRACTION`; the rest is dev.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePacer } from '../../scrapers/pacer/index.ts';

export const SEED = 20261205;
export const TARGET = 620;
export const HOLDOUT_FRACTION = 0.3;
export const POPULATION_FOLDERS = [
  'district-dockets',
  'docket-history',
  'appellate-dockets',
  'rss',
  'nef-html',
  'nef-mime',
] as const;

const here = dirname(fileURLToPath(import.meta.url));
export const SAMPLE_FILE = resolve(here, 'sample.json');
export const DEV_FILE = resolve(here, 'dev.jsonl');
export const HOLDOUT_FILE = resolve(here, 'holdout.jsonl');

export type Split = 'dev' | 'holdout' | 'holdout-2' | 'holdout-3' | 'holdout-4' | 'holdout-5';

/** One drawn entry: `ref` is `<folder>/<file>#<case index>.<entry index>`. */
export interface SampleRef {
  ref: string;
  fixture: string;
  caseIndex: number;
  entryIndex: number;
  court: string;
  split: Split;
  /** First 12 hex digits of sha256 of the entry's text: the reference still points at the same words. */
  textSha: string;
}

export interface PopulationEntry {
  fixture: string;
  caseIndex: number;
  entryIndex: number;
  court: string;
  number: string | null;
  dateFiled: string | null;
  text: string;
}

export function courtOf(fixture: string): string {
  const name = fixture.slice(fixture.lastIndexOf('/') + 1);
  const court = name.split(/[_.]/)[0]!;
  return fixture === 'rss/sdny_1.xml' ? 'nysd' : court;
}

export const textOf = (e: { description: string; shortDescription: string | null }): string =>
  (e.description || e.shortDescription || '').trim();

export const sha12 = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 12);

/** The day an entry is read as filed, as the deadline record reads it (filed, else entered). */
export const dayOf = (e: { dateFiled: string | null; dateEntered: string | null }): string | null => {
  const d = (e.dateFiled ?? e.dateEntered ?? '').slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : null;
};

/** Every parsed case of one fixture (cached: the bench and the test read the same files often). */
const parsed = new Map<string, ReturnType<typeof parsePacer>>();
export function parseFixture(pacerDir: string, fixture: string): ReturnType<typeof parsePacer> {
  let r = parsed.get(fixture);
  if (!r) {
    r = parsePacer(readFileSync(join(pacerDir, fixture)), { kind: 'auto' });
    parsed.set(fixture, r);
  }
  return r;
}

export function fixtureFiles(pacerDir: string): string[] {
  const out: string[] = [];
  for (const folder of POPULATION_FOLDERS)
    for (const name of readdirSync(join(pacerDir, folder)).sort())
      if (!name.endsWith('.json')) out.push(`${folder}/${name}`);
  return out;
}

export function population(pacerDir: string): PopulationEntry[] {
  const seen = new Set<string>();
  const out: PopulationEntry[] = [];
  for (const fixture of fixtureFiles(pacerDir)) {
    const r = parseFixture(pacerDir, fixture);
    for (const [caseIndex, c] of r.cases.entries())
      for (const [entryIndex, e] of c.entries.entries()) {
        const text = textOf(e);
        const key = text.replace(/\s+/g, ' ');
        if (!text || seen.has(key)) continue;
        seen.add(key);
        out.push({
          fixture,
          caseIndex,
          entryIndex,
          court: courtOf(fixture),
          number: e.number,
          dateFiled: dayOf(e),
          text,
        });
      }
  }
  return out;
}

export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

export const refOf = (e: { fixture: string; caseIndex: number; entryIndex: number }): string =>
  `${e.fixture}#${e.caseIndex}.${e.entryIndex}`;

export function splitOf(ref: string): Split {
  const h = Number.parseInt(createHash('sha256').update(`${SEED}:${ref}`).digest('hex').slice(0, 8), 16);
  return h / 2 ** 32 < HOLDOUT_FRACTION ? 'holdout' : 'dev';
}

export function drawSample(pacerDir: string): SampleRef[] {
  const byCourt = new Map<string, PopulationEntry[]>();
  for (const e of population(pacerDir)) byCourt.set(e.court, [...(byCourt.get(e.court) ?? []), e]);
  const courts = [...byCourt.keys()].sort();
  for (const court of courts) {
    const list = byCourt.get(court)!;
    const rand = mulberry32(fnv1a(`${SEED}:${court}`));
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [list[i], list[j]] = [list[j]!, list[i]!];
    }
  }
  const total = (q: number) => courts.reduce((s, c) => s + Math.min(q, byCourt.get(c)!.length), 0);
  let q = 1;
  while (total(q) < TARGET) q++;
  return courts.flatMap((court) =>
    byCourt
      .get(court)!
      .slice(0, q)
      .map((e) => {
        const ref = refOf(e);
        return {
          ref,
          fixture: e.fixture,
          caseIndex: e.caseIndex,
          entryIndex: e.entryIndex,
          court,
          split: splitOf(ref),
          textSha: sha12(e.text),
        };
      }),
  );
}
