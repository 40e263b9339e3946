/**
 * Hold-out 6 (issue #14): real CM/ECF docket entries that are NOT in `../shared`, read from Free Law
 * Project's juriscraper test corpus (`tests/examples/pacer/` at commit `JURISCRAPER_COMMIT`). Each
 * page there has juriscraper's expected JSON beside it; the entry texts are that JSON's
 * (`description`, else `short_description`), so no parser of ours reads these pages. The repository
 * keeps only references (page path at the commit + case index + entry index + text hash) and labels.
 *
 * Where the snapshot is: env `JURISCRAPER_DIR` (a git directory, bare or not), default
 * `/work/.mirror/freelawproject+juriscraper/repo`. Without it (CI has no copy) every script of this
 * set skips with that reason (`juriscraperMissing`).
 *
 * The rule (`drawHoldout6`), written down (and committed) before the draw:
 * 1. Pages: every non-JSON file with a `.json` beside it in `HOLDOUT6_FOLDERS` (below, in that order,
 *    file-name order within a folder), less every page whose file name (page or its JSON) is the name
 *    of a file anywhere under `../shared/fixtures`, or whose content (page or its JSON, sha256) is that
 *    of a file there.
 * 2. Entries: every entry of those pages' JSON (`docket_entries`, or for a NEF each of `dockets[i]`'s
 *    `docket_entries`) with a non-empty text. A text (whitespace collapsed) seen earlier in that order
 *    is left out, and so is the text of an entry of any earlier sample (`sample.json`,
 *    `holdout-2..5.sample.json`, read from `../shared`) or of `src/deadlines/extract/heldout*.jsonl`.
 * 3. Court: the page's file name up to the first `_` or `.` (`akb.html` → akb, `ca2_23-7222` → ca2).
 * 4. Language (fixed here before the draw, from legal words only — never from the program's output),
 *    tested on the text with CM/ECF's stamps removed (`(Entered: …)`, `[Entered: …]`, `Modified on D`,
 *    `Signed by … on D`):
 *    - `DEADLINE6`: due, deadline(s), bar date, last day (to|for), within N days, N days after/from/of/
 *      before/prior, on or before, no later than, not later than, by <date>, extend/extension,
 *      objections/responses/replies … by, show cause;
 *    - `HEARING6`: hearing(s), conference(s), trial, oral argument, calendar call, meeting of
 *      creditors, 341, arraignment, sentencing, status call, reset, continued/continuance,
 *      adjourned/adjournment, rescheduled, held, set/scheduled/noticed/calendared for|to|on;
 *    - `STAY6`: stay/stayed/staying/stays, automatic stay, injunction/injunctive, restraining order,
 *      TRO.
 * 5. Seed `HOLDOUT6_SEED` (20261212; earlier sets used 20261205–20261211). Four strata, drawn in this
 *    order, each from the entries not drawn before, by a court-balanced round robin: each court's
 *    entries shuffled (Fisher–Yates, mulberry32 seeded with FNV-1a of `${seed}:<stratum>:${court}`),
 *    the courts ordered by a shuffle seeded `${seed}:<stratum>:courts`, then one entry per court per
 *    round in that order until the stratum's target is reached (a court with none left is passed):
 *    - A (plain random, court-balanced): 100 entries from all entries;
 *    - D: 80 among those matching `DEADLINE6`;
 *    - H: 80 among those matching `HEARING6`;
 *    - S: 40 among those matching `STAY6`.
 *    Every entry with deadline, hearing, stay or injunction language can be drawn in A and in its
 *    stratum; the figures are not reweighted by stratum.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fnv1a, mulberry32, population, sha12 } from './corpus.ts';
import { excludedTexts, HOLDOUTS } from './holdouts.ts';

export const JURISCRAPER_COMMIT = '8446197f3885164fd337624490cf466d8817d775';
export const JURISCRAPER_DIR = process.env.JURISCRAPER_DIR ?? '/work/.mirror/freelawproject+juriscraper/repo';
export const HOLDOUT6_SEED = 20261212;
/** The blind (second) labeling order's seed: the draw's seed + 1, fixed (9c201ef…1259d62) before any label. */
export const HOLDOUT6_BLIND_SEED = 20261213;
export const HOLDOUT6_TARGETS = { A: 100, D: 80, H: 80, S: 40 } as const;
export type Stratum6 = keyof typeof HOLDOUT6_TARGETS;
const PACER = 'tests/examples/pacer';
export const HOLDOUT6_FOLDERS = [
  `${PACER}/dockets/bankruptcy`,
  `${PACER}/dockets/district`,
  `${PACER}/docket_history_reports`,
  `${PACER}/nef`,
  `${PACER}/nef/s3`,
  `${PACER}/dockets/appellate`,
  `${PACER}/dockets/acms`,
] as const;

export interface Holdout6Entry {
  /** `<page path at the commit>#<case index>.<entry index>` */
  ref: string;
  page: string;
  json: string;
  caseIndex: number;
  entryIndex: number;
  court: string;
  dateFiled: string | null;
  number: string | null;
  text: string;
}

export interface Holdout6Ref {
  ref: string;
  page: string;
  caseIndex: number;
  entryIndex: number;
  court: string;
  split: 'holdout-6';
  stratum: Stratum6;
  textSha: string;
}

/** Why hold-out 6 cannot be read here, or null when it can. */
export function juriscraperMissing(): string | null {
  if (!existsSync(JURISCRAPER_DIR))
    return `skipped: the juriscraper snapshot is absent (${JURISCRAPER_DIR}; set JURISCRAPER_DIR to a git copy of freelawproject/juriscraper holding commit ${JURISCRAPER_COMMIT})`;
  const r = spawnSync('git', ['-C', JURISCRAPER_DIR, 'cat-file', '-e', `${JURISCRAPER_COMMIT}^{commit}`]);
  if (r.status !== 0)
    return `skipped: ${JURISCRAPER_DIR} does not hold juriscraper commit ${JURISCRAPER_COMMIT}`;
  return null;
}

let listed: { path: string; blob: string }[] | undefined;
/** Every file under the pacer examples at the commit, with its blob (read once). */
function listFiles(): { path: string; blob: string }[] {
  if (listed) return listed;
  const out = execFileSync(
    'git',
    ['-C', JURISCRAPER_DIR, 'ls-tree', '-r', JURISCRAPER_COMMIT, '--', `${PACER}/`],
    { maxBuffer: 64 << 20, encoding: 'utf8' },
  );
  listed = out
    .split('\n')
    .filter(Boolean)
    .map((l) => {
      const [meta, path] = l.split('\t') as [string, string];
      return { path, blob: meta.split(' ')[2]! };
    });
  return listed;
}

/** Blob contents by id, read in one `git cat-file --batch`. */
function readBlobs(blobs: string[]): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  if (blobs.length === 0) return out;
  const r = spawnSync('git', ['-C', JURISCRAPER_DIR, 'cat-file', '--batch'], {
    input: `${blobs.join('\n')}\n`,
    maxBuffer: 1 << 30,
  });
  const buf = r.stdout as Buffer;
  let at = 0;
  for (const id of blobs) {
    const nl = buf.indexOf(10, at);
    const header = buf.subarray(at, nl).toString();
    const size = Number(header.split(' ')[2]);
    out.set(id, buf.subarray(nl + 1, nl + 1 + size));
    at = nl + 1 + size + 1;
  }
  return out;
}

export const collapse = (t: string) => t.replace(/\s+/g, ' ').trim();

/**
 * The texts (whitespace collapsed) of a drawn sample's entries, each found in `pop` by its ref: what
 * a later hold-out's population leaves out ("hold-out 8's population less hold-out 8's drawn texts").
 */
export function sampleTexts(
  pop: readonly { ref: string; text: string }[],
  sampleFile: string,
  name: string,
): Set<string> {
  const drawn = (JSON.parse(readFileSync(sampleFile, 'utf8')) as { entries: Holdout6Ref[] }).entries;
  const byRef = new Map(pop.map((e) => [e.ref, e]));
  const texts = new Set<string>();
  for (const r of drawn) {
    const e = byRef.get(r.ref);
    if (!e) throw new Error(`${r.ref}: a ${name} entry is not in ${name}'s population`);
    texts.add(collapse(e.text));
  }
  return texts;
}
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

function walk(dir: string, out: string[] = []): string[] {
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, d.name);
    if (d.isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

/** Names and content hashes of every file under `../shared/fixtures` (pages there are left out). */
function sharedFiles(fixturesDir: string): { names: Set<string>; hashes: Set<string> } {
  const names = new Set<string>();
  const hashes = new Set<string>();
  for (const f of walk(fixturesDir)) {
    names.add(basename(f));
    hashes.add(sha256(readFileSync(f)));
  }
  return { names, hashes };
}

export const courtOf6 = (page: string): string => basename(page).split(/[_.]/)[0]!;

const day = (d: unknown): string | null => {
  const s = typeof d === 'string' ? d.slice(0, 10) : '';
  return /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : null;
};

interface JsonEntry {
  description?: string | null;
  short_description?: string | null;
  date_filed?: string | null;
  date_entered?: string | null;
  document_number?: string | number | null;
}

/** The cases of one page's JSON: a docket's own entries, or each docket of a NEF. */
export function casesOf(json: unknown): JsonEntry[][] {
  const j = json as { docket_entries?: JsonEntry[]; dockets?: { docket_entries?: JsonEntry[] }[] };
  if (Array.isArray(j?.dockets)) return j.dockets.map((d) => d.docket_entries ?? []);
  if (Array.isArray(j?.docket_entries)) return [j.docket_entries];
  return [];
}

export const textOf6 = (e: JsonEntry): string => (e.description || e.short_description || '').trim();

/** Every page of the folders with its JSON, the shared pages left out (rule 1). */
export function holdout6Pages(fixturesDir: string): { page: string; json: string; jsonBody: unknown }[] {
  const files = listFiles();
  const blobOf = new Map(files.map((f) => [f.path, f.blob]));
  const pages: { page: string; json: string }[] = [];
  for (const folder of HOLDOUT6_FOLDERS) {
    const here = files
      .filter((f) => f.path.startsWith(`${folder}/`) && !f.path.slice(folder.length + 1).includes('/'))
      .map((f) => f.path)
      .sort();
    for (const p of here) {
      if (p.endsWith('.json')) continue;
      const json = `${p.slice(0, p.lastIndexOf('.'))}.json`;
      if (blobOf.has(json)) pages.push({ page: p, json });
    }
  }
  const blobs = readBlobs([...new Set(pages.flatMap((p) => [blobOf.get(p.page)!, blobOf.get(p.json)!]))]);
  const shared = sharedFiles(fixturesDir);
  const out: { page: string; json: string; jsonBody: unknown }[] = [];
  for (const p of pages) {
    const pageBody = blobs.get(blobOf.get(p.page)!)!;
    const jsonBody = blobs.get(blobOf.get(p.json)!)!;
    if (shared.names.has(basename(p.page)) || shared.names.has(basename(p.json))) continue;
    if (shared.hashes.has(sha256(pageBody)) || shared.hashes.has(sha256(jsonBody))) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(jsonBody.toString('utf8'));
    } catch {
      continue;
    }
    out.push({ ...p, jsonBody: parsed });
  }
  return out;
}

/** Every entry of the pages, in order, each text once (rule 2, before the earlier samples are removed). */
export function holdout6Entries(fixturesDir: string): Holdout6Entry[] {
  const seen = new Set<string>();
  const out: Holdout6Entry[] = [];
  for (const p of holdout6Pages(fixturesDir))
    for (const [caseIndex, entries] of casesOf(p.jsonBody).entries())
      for (const [entryIndex, e] of entries.entries()) {
        const text = textOf6(e);
        const key = collapse(text);
        if (!text || seen.has(key)) continue;
        seen.add(key);
        out.push({
          ref: `${p.page}#${caseIndex}.${entryIndex}`,
          page: p.page,
          json: p.json,
          caseIndex,
          entryIndex,
          court: courtOf6(p.page),
          dateFiled: day(e.date_filed) ?? day(e.date_entered),
          number: e.document_number == null || e.document_number === '' ? null : String(e.document_number),
          text,
        });
      }
  return out;
}

/** The population of hold-out 6: the entries less the texts of every earlier sample (rule 2). */
export function holdout6Population(fixturesDir: string): Holdout6Entry[] {
  const earlier = excludedTexts(population(join(fixturesDir, 'pacer')), {
    ...HOLDOUTS['holdout-5'],
    excludeSamples: [...HOLDOUTS['holdout-5'].excludeSamples, HOLDOUTS['holdout-5'].sampleFile],
    excludeExtractHeldout: true,
  });
  return holdout6Entries(fixturesDir).filter((e) => !earlier.has(collapse(e.text)));
}

/**
 * `pop` less every entry whose text (whitespace collapsed) is that of an entry of the given sample
 * files (refs of `pop`; a ref not in `pop` is an error). The development set dev-js uses it for
 * hold-out 6's sample.
 */
export function lessSampleTexts(pop: Holdout6Entry[], sampleFiles: string[]): Holdout6Entry[] {
  const byRef = new Map(pop.map((e) => [e.ref, e]));
  const texts = new Set<string>();
  for (const f of sampleFiles)
    for (const r of (JSON.parse(readFileSync(f, 'utf8')) as { entries: { ref: string }[] }).entries) {
      const e = byRef.get(r.ref);
      if (!e) throw new Error(`${r.ref} (${basename(f)}): not in the population`);
      texts.add(collapse(e.text));
    }
  return pop.filter((e) => !texts.has(collapse(e.text)));
}

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DATE = `(?:\\d{1,2}/\\d{1,2}/\\d{2,4}|${MONTH} \\d{1,2},? \\d{4}|\\d{4}-\\d{2}-\\d{2})`;
const STAMPS6 =
  /\((?:Entered|Filed on|Filed)\s*:?[^)]*\)|\[Entered:[^\]]*\]|Modified on \d{1,2}\/\d{1,2}\/\d{2,4}|Signed by [^.;]{0,120}? on \d{1,2}\/\d{1,2}\/\d{2,4}/gi;
const re = (parts: string[]) => new RegExp(parts.join('|'), 'i');

export const DEADLINE6 = re([
  '\\bdue\\b',
  '\\bdeadlines?\\b',
  '\\bbar date\\b',
  '\\blast day (?:to|for)\\b',
  '\\bwithin\\s+\\S+(?:\\s+\\(\\d+\\))?\\s+(?:calendar\\s+|business\\s+|court\\s+)?days\\b',
  '\\b\\d+\\)?\\s+(?:calendar\\s+|business\\s+|court\\s+)?days\\s+(?:after|from|of|before|prior)\\b',
  '\\bon or before\\b',
  '\\bno later than\\b',
  '\\bnot later than\\b',
  `\\bby ${DATE}`,
  '\\bexten(?:d|ds|ded|sion)\\b',
  '\\b(?:objections?|responses?|replies|reply)\\b[^.]{0,80}\\bby\\b',
  '\\bshow cause\\b',
]);

export const HEARING6 = re([
  '\\bhearings?\\b',
  '\\bconferences?\\b',
  '\\btrial\\b',
  '\\boral argument\\b',
  '\\bcalendar call\\b',
  '\\bmeeting of creditors\\b',
  '\\b341\\b',
  '\\barraignment\\b',
  '\\bsentencing\\b',
  '\\bstatus call\\b',
  '\\bre-?set\\b',
  '\\bcontinu(?:ed|ance)\\b',
  '\\badjourn(?:ed|ment)?\\b',
  '\\brescheduled\\b',
  '\\bheld\\b',
  '\\b(?:set|scheduled|noticed|calendared)\\s+(?:for|to|on)\\b',
]);

export const STAY6 = re([
  '\\bstay(?:ed|s|ing)?\\b',
  '\\binjunct(?:ion|ions|ive)\\b',
  '\\brestraining order\\b',
  '\\bTRO\\b',
]);

const unstamped = (t: string) => t.replace(STAMPS6, ' ');
export const LANGUAGE6: Record<Exclude<Stratum6, 'A'>, (t: string) => boolean> = {
  D: (t) => DEADLINE6.test(unstamped(t)),
  H: (t) => HEARING6.test(unstamped(t)),
  S: (t) => STAY6.test(unstamped(t)),
};

function shuffled<T>(xs: T[], seed: string): T[] {
  const list = [...xs];
  const rand = mulberry32(fnv1a(seed));
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}

/** Court-balanced round robin: one entry per court per round, courts in a seeded order, until `target`. */
export function roundRobin(entries: Holdout6Entry[], target: number, seed: string): Holdout6Entry[] {
  const byCourt = new Map<string, Holdout6Entry[]>();
  for (const e of entries) byCourt.set(e.court, [...(byCourt.get(e.court) ?? []), e]);
  const courts = shuffled([...byCourt.keys()].sort(), `${seed}:courts`);
  const lists = new Map(courts.map((c) => [c, shuffled(byCourt.get(c)!, `${seed}:${c}`)]));
  const out: Holdout6Entry[] = [];
  for (let round = 0; out.length < target; round++) {
    let took = false;
    for (const c of courts) {
      const e = lists.get(c)![round];
      if (!e || out.length >= target) continue;
      out.push(e);
      took = true;
    }
    if (!took) break;
  }
  return out;
}

/**
 * The strata draw of rule 5 (A plain random, then D, H, S by their language), each from the entries
 * not drawn before, by `roundRobin` seeded `${seed}:<stratum>`. Hold-out 7 draws with it too.
 */
export function drawStrata<S extends string>(
  pop: Holdout6Entry[],
  seed: number,
  targets: Record<Stratum6, number>,
  split: S,
): (Omit<Holdout6Ref, 'split'> & { split: S })[] {
  const taken = new Set<string>();
  const out: (Omit<Holdout6Ref, 'split'> & { split: S })[] = [];
  for (const stratum of ['A', 'D', 'H', 'S'] as const) {
    const pool = pop.filter((e) => !taken.has(e.ref) && (stratum === 'A' || LANGUAGE6[stratum](e.text)));
    for (const e of roundRobin(pool, targets[stratum], `${seed}:${stratum}`)) {
      taken.add(e.ref);
      out.push({
        ref: e.ref,
        page: e.page,
        caseIndex: e.caseIndex,
        entryIndex: e.entryIndex,
        court: e.court,
        split,
        stratum,
        textSha: sha12(e.text),
      });
    }
  }
  return out;
}

export function drawHoldout6(pop: Holdout6Entry[], seed = HOLDOUT6_SEED): Holdout6Ref[] {
  return drawStrata(pop, seed, HOLDOUT6_TARGETS, 'holdout-6');
}

const here = dirname(fileURLToPath(import.meta.url));
export const HOLDOUT6_SAMPLE_FILE = resolve(here, 'holdout-6.sample.json');
export const HOLDOUT6_LABEL_FILE = resolve(here, 'holdout-6.jsonl');
export const HOLDOUT6_SECOND_FILE = resolve(here, 'holdout-6.second.jsonl');

export const HOLDOUT6_RULE = `juriscraper ${JURISCRAPER_COMMIT} tests/examples/pacer (${HOLDOUT6_FOLDERS.map((f) => f.slice(PACER.length + 1)).join(', ')}), pages whose name or content is in ../shared/fixtures left out; entries' texts from the JSON beside each page (description, else short_description), each text once, less the texts of sample.json, holdout-2..5.sample.json and src/deadlines/extract/heldout*.jsonl; seed ${HOLDOUT6_SEED}; court-balanced round robin per stratum: A ${HOLDOUT6_TARGETS.A} plain random, D ${HOLDOUT6_TARGETS.D} with deadline language (DEADLINE6), H ${HOLDOUT6_TARGETS.H} with hearing language (HEARING6), S ${HOLDOUT6_TARGETS.S} with stay/injunction language (STAY6), each from the entries not drawn before; see bench/labels/holdout-6.ts`;

const casesCache = new Map<string, JsonEntry[][]>();
/** Texts of the drawn refs (for labeling and scoring), read from the snapshot: the whole case of each (kept once read). */
export function readHoldout6Cases(pages: string[]): Map<string, JsonEntry[][]> {
  const files = listFiles();
  const blobOf = new Map(files.map((f) => [f.path, f.blob]));
  const jsonOf = (p: string) => `${p.slice(0, p.lastIndexOf('.'))}.json`;
  const uniq = [...new Set(pages)];
  const blobs = readBlobs(uniq.map((p) => blobOf.get(jsonOf(p))!).filter(Boolean));
  const out = new Map<string, JsonEntry[][]>();
  for (const p of uniq) {
    const b = blobOf.get(jsonOf(p));
    if (b) out.set(p, casesOf(JSON.parse(blobs.get(b)!.toString('utf8'))));
  }
  for (const [p, c] of out) casesCache.set(p, c);
  return out;
}

export const entryDay6 = day;
export type { JsonEntry as Holdout6JsonEntry };

/**
 * One case of the snapshot as the deadline record reads a docket (for `bench/corpus-accuracy.ts`):
 * its entries with a text and a day, in docket order (by day, JSON order within a day), each with the
 * input `analyzeSequence` takes and its entry index. Reads texts only; runs nothing.
 */
export function holdout6CaseRows(
  page: string,
  caseIndex: number,
  cases = casesCache.get(page) ? casesCache : readHoldout6Cases([page]),
): {
  i: number;
  text: string;
  input: { number: string | null; id: string; dateFiled: string; text: string };
}[] {
  const entries = cases.get(page)?.[caseIndex] ?? [];
  const rows = entries
    .map((e, i) => ({ i, text: textOf6(e), day: day(e.date_filed) ?? day(e.date_entered), e }))
    .filter((r): r is typeof r & { day: string } => Boolean(r.text && r.day));
  rows.sort((a, b) => (a.day === b.day ? a.i - b.i : a.day < b.day ? -1 : 1));
  return rows.map((r) => ({
    i: r.i,
    text: r.text,
    input: {
      number: r.e.document_number == null || r.e.document_number === '' ? null : String(r.e.document_number),
      id: `${page}#${caseIndex}.${r.i}`,
      dateFiled: r.day,
      text: r.text,
    },
  }));
}
