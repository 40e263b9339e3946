/**
 * Finding records without looking at every record: the tracker's lookups by what a deadline is
 * (`keyOf`), by its head word and the entries it names, by the entry that set it, the recurring
 * obligations, and the deadlines by due day that the passing of time has yet to reach. So applying
 * one entry costs what that entry touches, not what the case holds.
 *
 * The indexes sit beside a tracker state (a `WeakMap` on the state object), never in it: a
 * checkpoint keeps plain data only, and a state read back or copied builds them again on first use.
 * What a deadline is, its head word, what it names and the entry that set it never change after it
 * is made, so those indexes only grow (new deadlines are found by their ids, `d1`, `d2`, … in the
 * order made). The due-day queue follows what changes: every rule that changes a record says so
 * with `touch`, which also gives the refresh the records to write (`TrackerCore.touched`).
 */
import type { TrackedDeadline, TrackedInjunction, TrackerCore, TrackerState } from './model.ts';
import { headWord, keyOf, refsOf } from './words.ts';

interface Due {
  due: string;
  d: TrackedDeadline;
}

interface DeadlineIndex {
  /** The highest id number looked at (`state.seq` then). */
  seen: number;
  byKey: Map<string, TrackedDeadline[]>;
  byHead: Map<string, TrackedDeadline[]>;
  byHeadRef: Map<string, TrackedDeadline[]>;
  byRef: Map<number, TrackedDeadline[]>;
  bySetBy: Map<string, TrackedDeadline[]>;
  recurring: TrackedDeadline[];
  /** One-off deadlines by due day (a min-heap; an entry whose due day moved since is stale). */
  pending: Due[];
  /** Deadlines changed since the queue last looked. */
  dirty: Set<string>;
}

const indexes = new WeakMap<TrackerState, DeadlineIndex>();

/** The creation number of a record id (`d12` → 12): records sort by it in the order they were made. */
export function seqOf(id: string): number {
  return Number(id.slice(1));
}

/**
 * The docket an entry is on: a linked appeal's (`appeal:<id>`, its entries keyed `appeal:<id>:…`),
 * or the case's own (`''`). A deadline belongs to the docket of the entry that set it: each appeal's
 * briefing is its own, and no other docket's entry moves or meets it.
 */
export function docketOf(entry: string): string {
  return /^appeal:\d+(?=:)/.exec(entry)?.[0] ?? '';
}

/** A rule changed (or may have changed) this record: the refresh writes it, the due-day queue looks again. */
export function touch(t: TrackerCore, record: { id: string }): void {
  t.touched.add(record.id);
  if (record.id.startsWith('d')) indexes.get(t.state)?.dirty.add(record.id);
}

function push<K>(m: Map<K, TrackedDeadline[]>, k: K, d: TrackedDeadline): void {
  const list = m.get(k);
  if (list) list.push(d);
  else m.set(k, [d]);
}

function heapPush(h: Due[], x: Due): void {
  h.push(x);
  let i = h.length - 1;
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (h[p]!.due <= x.due) break;
    h[i] = h[p]!;
    i = p;
  }
  h[i] = x;
}

function heapPop(h: Due[]): Due | undefined {
  const top = h[0];
  const last = h.pop();
  if (h.length === 0 || !last) return top;
  let i = 0;
  for (;;) {
    const l = 2 * i + 1;
    if (l >= h.length) break;
    const r = l + 1;
    const c = r < h.length && h[r]!.due < h[l]!.due ? r : l;
    if (h[c]!.due >= last.due) break;
    h[i] = h[c]!;
    i = c;
  }
  h[i] = last;
  return top;
}

/** The indexes of `t`'s deadlines, brought up to date. */
function indexOf(t: TrackerCore): DeadlineIndex {
  const s = t.state;
  let ix = indexes.get(s);
  if (!ix) {
    ix = {
      seen: 0,
      byKey: new Map(),
      byHead: new Map(),
      byHeadRef: new Map(),
      byRef: new Map(),
      bySetBy: new Map(),
      recurring: [],
      pending: [],
      dirty: new Set(),
    };
    indexes.set(s, ix);
  }
  for (; ix.seen < s.seq; ) {
    const d = s.deadlines.get(`d${++ix.seen}`);
    if (!d) continue;
    const head = headWord(d.what);
    push(ix.byKey, keyOf(d.what), d);
    push(ix.byHead, head, d);
    for (const r of new Set(refsOf(d.what))) {
      push(ix.byHeadRef, `${head}|${r}`, d);
      push(ix.byRef, r, d);
    }
    push(ix.bySetBy, d.setBy.entry, d);
    if (d.recurrence) ix.recurring.push(d);
    else if (d.due) heapPush(ix.pending, { due: d.due, d });
    ix.dirty.delete(d.id);
  }
  for (const id of ix.dirty) {
    const d = s.deadlines.get(id);
    if (d && !d.recurrence && d.due) heapPush(ix.pending, { due: d.due, d });
  }
  ix.dirty.clear();
  return ix;
}

/** Newest first, each once: the deadlines in these lists. */
function newestFirst(lists: (TrackedDeadline[] | undefined)[]): TrackedDeadline[] {
  const present = lists.filter((l): l is TrackedDeadline[] => l !== undefined && l.length > 0);
  if (present.length === 1) return [...present[0]!].reverse();
  const all = [...new Set(present.flat())];
  return all.sort((a, b) => seqOf(b.id) - seqOf(a.id));
}

/** Deadlines by what they are (`keyOf` of their description), newest first. */
export function deadlinesByKey(t: TrackerCore, key: string): TrackedDeadline[] {
  return newestFirst([indexOf(t).byKey.get(key)]);
}

/** Deadlines whose head word is `head`, newest first. */
export function deadlinesByHead(t: TrackerCore, head: string): TrackedDeadline[] {
  return newestFirst([indexOf(t).byHead.get(head)]);
}

/** Deadlines whose head word is `head` and that name one of the entries `refs`, newest first. */
export function deadlinesByHeadRefs(
  t: TrackerCore,
  head: string,
  refs: readonly number[],
): TrackedDeadline[] {
  const ix = indexOf(t);
  return newestFirst(refs.map((r) => ix.byHeadRef.get(`${head}|${r}`)));
}

/** Deadlines that name one of the entries `refs`, oldest first. */
export function deadlinesNaming(t: TrackerCore, refs: readonly number[]): TrackedDeadline[] {
  const ix = indexOf(t);
  return newestFirst(refs.map((r) => ix.byRef.get(r))).reverse();
}

/** Deadlines set by the entry `entry`, oldest first. */
export function deadlinesSetBy(t: TrackerCore, entry: string): TrackedDeadline[] {
  return [...(indexOf(t).bySetBy.get(entry) ?? [])];
}

/** Recurring obligations, oldest first. */
export function recurringDeadlines(t: TrackerCore): TrackedDeadline[] {
  return [...indexOf(t).recurring];
}

/**
 * The deadlines the passing of time to `date` may change, oldest first: every recurring
 * obligation, and the one-off deadlines due before `date` not looked at since their due day was
 * set (each is taken off the queue; a rule that changes it puts it back).
 */
export function deadlinesFallingDue(t: TrackerCore, date: string): TrackedDeadline[] {
  const ix = indexOf(t);
  const out = new Set<TrackedDeadline>(ix.recurring);
  while (ix.pending.length > 0 && ix.pending[0]!.due < date) {
    const { due, d } = heapPop(ix.pending)!;
    if (d.due === due && !d.recurrence) out.add(d);
  }
  return [...out].sort((a, b) => seqOf(a.id) - seqOf(b.id));
}

/**
 * The orders that entered an injunction: the order granting it, and the final judgment that entered
 * it again (tracker/injunctions.ts) — an appeal, a stay or a reference naming either names it.
 */
function enteredBy(i: TrackedInjunction): { entry: string; dateFiled: string }[] {
  return i.judgment ? [i.grantedBy, i.judgment] : [i.grantedBy];
}

/** Whether references name the order (or judgment) that entered `i`, by number or by date. */
export function namedBy(i: TrackedInjunction, refs: { numbers: number[]; dates: string[] }): boolean {
  return enteredBy(i).some((o) => refs.numbers.includes(Number(o.entry)) || refs.dates.includes(o.dateFiled));
}

/** Whether a notice of appeal from `from` (its orders' entries) is from the order or judgment that entered `i`. */
export function appealedFrom(i: TrackedInjunction, from: readonly string[]): boolean {
  return enteredBy(i).some((o) => from.includes(o.entry));
}
