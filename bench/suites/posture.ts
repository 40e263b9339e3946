/**
 * The cost of one new entry in a big case: ingest one entry (a motion, which sets a response
 * deadline) and refresh the case's deadline record, in a case that already holds 5,000 entries and
 * 3,000 deadline records, against the same in an empty case (the reference, measured in the same
 * run), wall and CPU time, medians of 15 alternating rounds. Target (#12): at most 2×. The ingest
 * and the refresh are also reported apart. Meanwhile the web server (in this process, as in
 * `docketwatch run`) is asked `/healthz` every 20 ms, through the backfill that builds the big case
 * and through the measured rounds; p99 and the slowest answer of each phase are reported (target:
 * within 100 ms throughout). The last lines say PASS or FAIL for each target.
 *
 * Then the same target through the real path (`bench/healthz-real-path.ts`): a 5,000-entry docket
 * report served on 127.0.0.1, fetched, parsed and ingested by the daemon as `docketwatch run` does.
 *
 * `POSTURE_BENCH_ENTRIES=N` builds a smaller case (for profiling); `POSTURE_BENCH=entry` runs only
 * the first part, `POSTURE_BENCH=real` only the real path.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { addCase } from '../../db/cases.ts';
import { openDatabase, type Store } from '../../db/index.ts';
import { listDeadlineRecords, refreshAfterIngest, warmUpRules } from '../../src/deadlines/record.ts';
import { ingest } from '../../src/ingest/index.ts';
import { type DocketEntry, emptyCase, emptyEntry } from '../../src/model/docket.ts';
import { startWebServer } from '../../src/web/server.ts';
import { realPath } from '../healthz-real-path.ts';

const ENTRIES = Number(process.env.POSTURE_BENCH_ENTRIES) || 5000;
const ROUNDS = 15;

function dayOf(n: number): string {
  return new Date(Date.UTC(2017, 5, 15) + Math.floor(n / 3) * 86_400_000).toISOString().slice(0, 10);
}

/** Three in five entries are motions (each sets a response deadline); the rest are notices. */
function entry(n: number): DocketEntry {
  const day = dayOf(n);
  const text =
    n % 5 < 3
      ? `MOTION to Compel Discovery Responses (Set ${n}) by Plaintiff. (Attachments: # 1 Exhibit A) (Kessler, Dana) (Entered: ${day})`
      : `NOTICE of Appearance by Attorney ${n} on behalf of Defendant. (Roe, Jane) (Entered: ${day})`;
  return { ...emptyEntry(text), number: String(n), dateFiled: day, dateEntered: day };
}

/** Ingest the entries and refresh the deadline record; the time each took (ms). */
async function add(store: Store, docket: string, entries: DocketEntry[]): Promise<Timing> {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const outcome = await ingest(store.db, {
    kind: 'pacer-docket',
    court: 'mied',
    isDocket: true,
    reason: null,
    cases: [{ ...emptyCase(), docketNumber: docket, caseName: `Bench ${docket}`, entries }],
  });
  const t1 = performance.now();
  const c1 = process.cpuUsage(c0);
  await refreshAfterIngest(store, outcome.events);
  const c2 = process.cpuUsage(c0);
  const ms = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;
  return {
    ingest: t1 - t0,
    refresh: performance.now() - t1,
    ingestCpu: ms(c1),
    refreshCpu: ms(c2) - ms(c1),
  };
}

/** Wall time and this process's CPU time (which the machine's load disturbs less), in ms. */
interface Timing {
  ingest: number;
  refresh: number;
  ingestCpu: number;
  refreshCpu: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The `q` quantile of `xs` (nearest rank). */
const quantile = (xs: number[], q: number) =>
  xs.length === 0
    ? Number.NaN
    : [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)]!;

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');

export async function run(): Promise<void> {
  if (process.env.POSTURE_BENCH !== 'real') await entryCost();
  if (process.env.POSTURE_BENCH !== 'entry') console.log((await realPath()).join('\n'));
}

async function entryCost(): Promise<void> {
  console.log(`load average at start: ${load()} (${cpus().length} cores)`);
  const dir = mkdtempSync(join(tmpdir(), 'docketwatch-posture-bench-'));
  const store = await openDatabase(join(dir, 'bench.sqlite'));
  // As `docketwatch run` does before it serves (src/worker/daemon.ts).
  warmUpRules();
  const web = await startWebServer({
    store,
    publicUrl: 'http://127.0.0.1',
    notify: null,
    host: '127.0.0.1',
    port: 0,
  });
  // `/healthz` asked every 20 ms from this process, as a monitor would; each answer's time counts
  // in the phase it was asked in (one still unanswered when its phase ends counts there too).
  let phase = 'setup' as 'setup' | 'measure';
  const answers = { setup: [] as number[], measure: [] as number[] };
  let stop = false;
  const probe = (async () => {
    while (!stop) {
      const t0 = performance.now();
      const during = phase;
      await fetch(`${web.url}/healthz`).then((r) => r.arrayBuffer());
      answers[during].push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  const verdicts: string[] = [];
  try {
    const bigDocket = '2:17-cv-90001';
    await addCase(store.db, 'mied', bigDocket, { name: 'Bench big', parent: null });
    const t0 = performance.now();
    const all = Array.from({ length: ENTRIES }, (_, i) => entry(i + 1));
    // A backfill as a docket report gives it: the whole docket so far, 1,000 more entries each time.
    for (let i = 0; i < all.length; i += 1000) await add(store, bigDocket, all.slice(0, i + 1000));
    const records = (await listDeadlineRecords(store, `mied:${bigDocket}`)).filter(
      (r) => r.kind === 'deadline',
    );
    console.log(
      `setup: ${ENTRIES} entries, ${records.length} deadline records in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    phase = 'measure';

    const timeOne = (docket: string, n: number) => add(store, docket, [entry(n)]);
    const big: Timing[] = [];
    const empty: Timing[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      const docket = `2:17-cv-8${String(r).padStart(4, '0')}`;
      await addCase(store.db, 'mied', docket, { name: `Bench empty ${r}`, parent: null });
      empty.push(await timeOne(docket, 1));
      big.push(await timeOne(bigDocket, ENTRIES + 1 + r * 5));
      // Let the probe ask during the measured phase too (a round takes a few ms).
      await new Promise((r) => setTimeout(r, 25));
    }
    const report = (what: string, of: (t: Timing) => number) => {
      const b = median(big.map(of));
      const e = median(empty.map(of));
      console.log(
        `${what}: empty case ${e.toFixed(1)} ms, case of ${ENTRIES} entries / ${records.length} deadline records ${b.toFixed(1)} ms (medians of ${ROUNDS}): ${(b / e).toFixed(2)}×`,
      );
      return b / e;
    };
    const wall = report('one new entry, ingest + refresh, wall', (t) => t.ingest + t.refresh);
    report('  of which the ingest', (t) => t.ingest);
    report('  of which the deadline record refresh', (t) => t.refresh);
    const cpu = report('one new entry, ingest + refresh, CPU', (t) => t.ingestCpu + t.refreshCpu);
    report('  of which the ingest', (t) => t.ingestCpu);
    report('  of which the deadline record refresh', (t) => t.refreshCpu);
    verdicts.push(`${wall <= 2 ? 'PASS' : 'FAIL'}: ingest + refresh wall ${wall.toFixed(2)}× (target ≤ 2×)`);
    verdicts.push(`${cpu <= 2 ? 'PASS' : 'FAIL'}: ingest + refresh CPU ${cpu.toFixed(2)}× (target ≤ 2×)`);
  } finally {
    stop = true;
    await probe;
    for (const [name, what] of [
      ['setup', 'setup (the 5,000-entry backfill)'],
      ['measure', 'measured phase (one new entry at a time)'],
    ] as const) {
      const xs = answers[name];
      const max = Math.max(...xs);
      console.log(
        `/healthz during ${what}: ${xs.length} asked, p99 ${quantile(xs, 0.99).toFixed(0)} ms, max ${max.toFixed(0)} ms`,
      );
      verdicts.push(
        `${max <= 100 ? 'PASS' : 'FAIL'}: /healthz during ${name} max ${max.toFixed(0)} ms (target ≤ 100 ms)`,
      );
    }
    console.log(`load average at end: ${load()}`);
    console.log(verdicts.join('\n'));
    await web.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
