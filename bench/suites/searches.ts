/**
 * `npm run bench -- searches`: the cost of checking saved searches against a court feed, as a ratio
 * against parsing the same feed (the work every poll does anyway). For each feed: parse it; then
 * match its cases against N saved searches the way the poller does (`matchResults`: the queries
 * parsed, the index built, every case's words read and looked up), for N = 1, 50 and 500, and the
 * plain loop over every search for 50 (what the index saves). CPU time of this process, median of
 * rounds after warm-up; each round repeats the work enough times to be well above the timer's grain.
 *
 * The feeds are the court RSS feeds of the shared corpus (`../shared/fixtures/pacer/rss`); without
 * it, the repository's small fixture feed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePacer } from '../../scrapers/pacer/index.ts';
import type { ParseResult } from '../../src/model/docket.ts';
import { matches, parseQuery, SearchIndex, words } from '../../src/searches/query.ts';
import { matchResults, searchItem } from '../../src/searches/searches.ts';
import { fixturesDir } from '../../tests/support/shared.ts';
import { median } from '../stats.ts';

const ROUNDS = 9;
const WARMUP = 5;

/** Queries people save: names, phrases, ORs, exclusions, court filters. */
const FIXED = [
  '"alien enemies act"',
  'adducci',
  'hamama OR "iraqi nationals"',
  'habeas -criminal',
  '"immigration and customs enforcement" OR ice habeas',
  'noem OR mayorkas OR "homeland security"',
  '"temporary restraining order" immigration',
  'court:nyed "united states" -plea',
  'court:sdny securities "class action"',
  'nos:463',
  '"preliminary injunction" OR tro',
  'detention OR detainee -sentencing',
  'asylum OR refugee',
  '"writ of habeas corpus"',
  'trump -"motion to dismiss"',
];

/** `n` saved searches: the fixed ones, then words and names drawn from the feed itself (so some match). */
function searchesFor(
  n: number,
  results: ParseResult[],
): { id: string; query: ReturnType<typeof parseQuery> }[] {
  const vocabulary: string[] = [];
  for (const r of results)
    for (const c of r.cases) for (const w of words(c.caseName ?? '')) if (w.length > 3) vocabulary.push(w);
  let seed = 20261205;
  const pick = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return vocabulary[seed % Math.max(1, vocabulary.length)] ?? 'order';
  };
  const texts: string[] = [];
  for (let i = 0; texts.length < n; i++) {
    if (i < FIXED.length) texts.push(FIXED[i]!);
    else if (i % 3 === 0) texts.push(`${pick()} OR ${pick()}`);
    else if (i % 3 === 1) texts.push(`"${pick()} ${pick()}" OR ${pick()} -${pick()}`);
    else texts.push(`${pick()} order`);
  }
  return texts.map((t, i) => ({ id: `s${i}`, query: parseQuery(t) }));
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Median CPU ms of one call of `fn`, each round repeating it `reps` times. */
function timed(reps: number, fn: () => void): number {
  for (let i = 0; i < WARMUP; i++) fn();
  const times: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = cpuMs();
    for (let i = 0; i < reps; i++) fn();
    times.push((cpuMs() - t0) / reps);
  }
  return median(times);
}

export async function run(): Promise<void> {
  const dir = join(fixturesDir, 'pacer', 'rss');
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.xml'))
        .map((f) => join(dir, f))
    : [new URL('../../scrapers/pacer/fixtures/rss-mied.xml', import.meta.url).pathname];
  if (!existsSync(dir)) console.log(`(${dir} is absent: the repository's small fixture feed only)`);
  console.log(
    'timing: CPU ms per feed (process.cpuUsage), median of 9 rounds after 5 warm-up calls; "match" = parse the queries, build the index, read every case and look it up, as each poll does',
  );
  console.log(
    'feed            items   parse ms   match×1   match×50  match×500   naive×50   ratio 50/parse   µs/item×50   hits×50',
  );
  const ratios: number[] = [];
  let parseTotal = 0;
  let matchTotal = 0;
  for (const file of files) {
    const text = readFileSync(file, 'latin1');
    const parse = () => parsePacer(text, { kind: 'pacer-rss' });
    const parsed = parse();
    if (!parsed.isDocket) continue;
    const feed = { source: { id: 'bench', court_id: parsed.court }, results: [parsed] };
    const items = parsed.cases.length;
    const reps = Math.max(1, Math.ceil(2000 / Math.max(1, items)));
    const queries = (n: number) => searchesFor(n, [parsed]).map((s) => ({ ...s, text: s.query.text }));
    const run = (n: number) => {
      const searches = queries(n).map((s) => ({ id: s.id, query: parseQuery(s.text) }));
      return () => {
        // As matchFeed does per poll: the stored queries parsed, the index built, the cases read.
        const fresh = searches.map((s) => ({ id: s.id, query: parseQuery(s.query.text) }));
        matchResults(new SearchIndex(fresh), feed);
      };
    };
    const naive = () => {
      const searches = queries(50).map((s) => ({ id: s.id, query: parseQuery(s.text) }));
      for (const r of feed.results)
        for (const c of r.cases) {
          const item = searchItem(parsed.court ?? 'x', c);
          for (const s of searches) matches(s.query, item);
        }
    };
    const parseMs = timed(reps, parse);
    const m1 = timed(reps, run(1));
    const m50 = timed(reps, run(50));
    const m500 = timed(reps, run(500));
    const n50 = timed(reps, naive);
    const hits = matchResults(
      new SearchIndex(queries(50).map((s) => ({ id: s.id, query: parseQuery(s.text) }))),
      feed,
    ).hits.length;
    const ratio = m50 / parseMs;
    ratios.push(ratio);
    parseTotal += parseMs;
    matchTotal += m50;
    const name = file
      .split('/')
      .at(-1)!
      .replace(/\.xml$/, '');
    console.log(
      `${name.padEnd(14)} ${String(items).padStart(6)} ${parseMs.toFixed(3).padStart(10)} ${m1.toFixed(3).padStart(9)} ${m50.toFixed(3).padStart(10)} ${m500.toFixed(3).padStart(10)} ${n50.toFixed(3).padStart(10)} ${`${ratio.toFixed(2)}×`.padStart(16)} ${((m50 * 1000) / Math.max(1, items)).toFixed(2).padStart(12)} ${String(hits).padStart(9)}`,
    );
  }
  if (ratios.length > 0)
    console.log(
      `50 searches cost ${(matchTotal / parseTotal).toFixed(2)}× the parse of the same feeds (all feeds together); median per feed ${median(ratios).toFixed(2)}× (small feeds pay the per-poll cost of reading the queries, ~0.06 ms)`,
    );
}
