/**
 * Live equals batch, as a reader sees it: what the live store says of a case as of a day (the
 * kept, incremental derivation `casePosture` and the pages read, `derivationAsOf`) against a
 * derivation from scratch over the same stored entries (`derive`: the whole history at once).
 * Compared: every record as a page lists it as of that day (status, dates, parts, each duty
 * occurrence's state and what met it, hearings) and the posture (in force, on hold, next
 * deadlines, missing filings, hearings), each as the reader's ids name them.
 */
import { DateTime } from 'luxon';
import type { Store } from '../../db/index.ts';
import { findCourt } from '../../src/courts.ts';
import { derive, recordsOf } from '../../src/deadlines/record/derive.ts';
import { loadInputs, resolveCase } from '../../src/deadlines/record/inputs.ts';
import { derivationAsOf, readMeta } from '../../src/deadlines/record/persist.ts';
import type { ReplayCourt } from '../../src/demo/server.ts';
import type { Daemon } from '../../src/worker/daemon.ts';

type Derivation = ReturnType<typeof derive>;

/** What a reader reads of a derivation as of `day`, as lines to compare (one per record or posture item). */
function readable(d: Derivation, decisions: Parameters<typeof recordsOf>[0], day: string): string[] {
  const id = (tid: string) => d.ids.get(tid) ?? tid;
  const out: string[] = [];
  for (const r of recordsOf(decisions, d)) {
    const { history: _history, ...rest } = r;
    out.push(`record ${JSON.stringify(rest)}`);
  }
  const p = d.tracker.posture(day);
  const named = <T extends { id: string }>(what: string, items: readonly T[]) => {
    for (const x of items) out.push(`${what} ${JSON.stringify({ ...x, id: id(x.id) })}`);
  };
  named('in force', p.inForce);
  named('on hold', p.onHold);
  named('next', p.next);
  named('missing', p.missing);
  named('hearing', p.hearings);
  return out.sort();
}

export interface LiveBatchDifference {
  case: string;
  day: string;
  /** Lines the live store says and the batch derivation does not. */
  live: string[];
  /** Lines the batch derivation says and the live store does not. */
  batch: string[];
}

/**
 * The differences between the live store's reading of `caseKey` as of `day` and a derivation from
 * scratch of the entries stored now, filed by `day`; `null` when they agree.
 */
export async function liveBatchDifference(
  store: Pick<Store, 'db'>,
  caseKey: string,
  day: string,
): Promise<LiveBatchDifference | null> {
  const c = await resolveCase(store.db, caseKey);
  const { derivation: live, decisions } = await derivationAsOf(store.db, c, day);
  const batch = derive(await loadInputs(store.db, c), day);
  const a = readable(live, decisions, day);
  const b = readable(batch, decisions, day);
  const inB = new Set(b);
  const inA = new Set(a);
  const onlyLive = a.filter((x) => !inB.has(x));
  const onlyBatch = b.filter((x) => !inA.has(x));
  return onlyLive.length === 0 && onlyBatch.length === 0
    ? null
    : { case: caseKey, day, live: onlyLive, batch: onlyBatch };
}

/** The keys of every case in the store (the replayed case and the appeals linked to it). */
export async function caseKeys(store: Pick<Store, 'db'>): Promise<string[]> {
  const rows = await store.db.selectFrom('cases').select(['court_id', 'docket_number']).execute();
  return rows.map((r) => `${r.court_id}:${r.docket_number}`);
}

/**
 * Live equals batch over a replay: `onCycle` (after each round of the worker) compares, for every
 * case in the store, what the live store says as of the court's day (in that court's zone) with a
 * derivation from scratch of the entries stored then — skipping a round in which neither the case's
 * record nor the day changed (it would read the same); `readAgain` compares the store read again
 * after the replay (from its checkpoints, no state kept in memory) as of every day a round reached.
 * `found` lists the differences, each once (by case and what differs).
 */
export class LiveBatchWatch {
  readonly found: LiveBatchDifference[] = [];
  /** The days rounds reached, per case. */
  readonly #days = new Map<string, Set<string>>();
  /** What was last compared, per case: the record's version and the day. */
  readonly #last = new Map<string, string>();
  readonly #seen = new Set<string>();

  readonly onCycle = async ({ court, daemon }: { court: ReplayCourt; daemon: Daemon }): Promise<void> => {
    for (const k of await caseKeys(daemon.store)) {
      const zone = findCourt(k.split(':')[0]!)?.tz ?? 'America/New_York';
      const day = DateTime.fromMillis(court.clock.nowMs(), { zone }).toISODate()!;
      this.#days.set(k, (this.#days.get(k) ?? new Set()).add(day));
      const c = await resolveCase(daemon.store.db, k);
      const at = `${(await readMeta(daemon.store.db, c.id))?.version ?? 0} ${day}`;
      if (this.#last.get(k) === at) continue;
      this.#last.set(k, at);
      this.#add(await liveBatchDifference(daemon.store, k, day), `live, the round of ${day}`);
    }
  };

  async readAgain(store: Pick<Store, 'db'>): Promise<void> {
    for (const [k, days] of this.#days)
      for (const day of days) this.#add(await liveBatchDifference(store, k, day), 'stored, read again');
  }

  #add(d: LiveBatchDifference | null, how: string): void {
    if (!d) return;
    const what = JSON.stringify([d.case, how.split(',')[0], d.live, d.batch]);
    if (this.#seen.has(what)) return;
    this.#seen.add(what);
    this.found.push({ ...d, case: `${d.case} (${how})` });
  }
}
