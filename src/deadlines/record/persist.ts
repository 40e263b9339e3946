/**
 * The persisted, incremental posture (see docs/deadlines.md, "How the record keeps up"). A case's
 * derivation state is kept: in memory for the process that wrote it last, and in the store as
 * checkpoints after every Nth entry. A refresh finds what changed (the entries an
 * ingest names, or every entry compared with what was applied), and
 *
 * - when everything new sorts after the last entry applied, applies only that to the kept state
 *   (the append path: the cost of the new entries, not of the case);
 * - otherwise replays from the latest checkpoint before the earliest change (the replay path: the
 *   cost of the entries after that checkpoint), yielding to the event loop as it goes.
 *
 * Either way the result equals the batch derivation (`derive`) over every entry; the property test
 * `tests/deadlines/posture-incremental.test.ts` and `tests/deadlines/posture-live-batch.test.ts` hold that. The state is computed outside any transaction;
 * one short transaction then writes what changed, if the case's `version` is still the one read
 * (otherwise it starts over), so readers and other writers are not held up.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { deserialize, serialize } from 'node:v8';
import { gunzipSync, gzip } from 'node:zlib';
import { type EntryReview, syncEntryReviews } from '../../../db/entry-reviews.ts';
import { type Store, writeTransaction } from '../../../db/index.ts';
import type { DeadlineDecisionRow, DeadlineRecordRow } from '../../../db/schema.ts';
import type { DocketEvent } from '../../model/events.ts';
import { turns } from '../../turns.ts';
import type { TrackerEvent } from '../tracker.ts';
import { Derivation, type DerivationState, newDerivationState, recordsOf } from './derive.ts';
import { emitOnce, eventOf, keyOf, legacyKeyOf, recordEvent, toldKeys } from './events.ts';
import { hasFullTextSource, loadDecisions, loadEntries } from './inputs.ts';
import {
  type CaseRef,
  comparePositions,
  type Db,
  type DeadlineRecord,
  type DeadlineRefresh,
  type EntryInput,
  type EntryPosition,
  hash,
} from './model.ts';
import { fromRow, rowOf } from './rows.ts';

/**
 * A checkpoint after every this many entries (`DOCKETWATCH_POSTURE_CHECKPOINT_EVERY`, default 50;
 * the tests use small ones). Kept: the latest `KEEP_RECENT`, and one every 20 × N entries further back.
 */
function checkpointEvery(): number {
  const n = Number(process.env.DOCKETWATCH_POSTURE_CHECKPOINT_EVERY);
  return Number.isInteger(n) && n > 0 ? n : 50;
}
const KEEP_RECENT = 4;

// ——— the rules' fingerprint ———

function sourceRoot(): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    try {
      if (
        statSync(join(dir, 'package.json')).isFile() &&
        statSync(join(dir, 'src', 'deadlines')).isDirectory()
      )
        return dir;
    } catch {
      // not here
    }
    dir = dirname(dir);
  }
  return null;
}

function filesUnder(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'fixtures') filesUnder(path, out);
    } else if (/\.(ts|js|json)$/.test(e.name) && !/\.test\.[tj]s$/.test(e.name)) out.push(path);
  }
  return out;
}

/**
 * What derived a kept state: the code of `src/deadlines/` (its rules, the extractor, the calendar)
 * and the court table. A state kept by other code is not used: the case is derived again once.
 */
function rulesFiles(): { root: string; files: string[] } {
  const root = sourceRoot();
  const files = root
    ? [...filesUnder(join(root, 'src', 'deadlines')), join(root, 'src', 'courts.ts')]
    : filesUnder(join(dirname(fileURLToPath(import.meta.url)), '..'));
  return { root: root ?? '', files };
}

function rulesFingerprint(): string {
  const h = createHash('sha256');
  const { root, files } = rulesFiles();
  for (const f of files) {
    try {
      h.update(f.slice(root.length)).update(readFileSync(f));
    } catch {
      // a file that went away while listing
    }
  }
  return h.digest('hex').slice(0, 16);
}

let fingerprint: string | null = null;
export function rulesCode(): string {
  fingerprint ??= rulesFingerprint();
  return fingerprint;
}

/** `rulesCode`, its files read without holding the event loop (the first refresh of a process). */
async function loadRulesCode(): Promise<string> {
  if (fingerprint) return fingerprint;
  const h = createHash('sha256');
  const { root, files } = rulesFiles();
  for (const f of files) {
    try {
      h.update(f.slice(root.length)).update(await readFile(f));
    } catch {
      // a file that went away while listing
    }
  }
  fingerprint ??= h.digest('hex').slice(0, 16);
  return fingerprint;
}

// ——— kept state ———

/** A state as a checkpoint keeps it; the compression runs off the event loop. */
export async function encodeState(state: DerivationState): Promise<string> {
  return (await gzipAsync(serialize(state), { level: 1 })).toString('base64');
}

const gzipAsync = promisify(gzip);

export function decodeState(text: string): DerivationState {
  return deserialize(gunzipSync(Buffer.from(text, 'base64'))) as DerivationState;
}

/** A copy to change without touching the kept one. */
export function copyState(state: DerivationState): DerivationState {
  return deserialize(serialize(state)) as DerivationState;
}

interface Meta {
  version: number;
  code: string;
  applied: number;
  last: EntryPosition | null;
  decisions: number;
}

/** The state the last refresh in this process left, with the rows it wrote (record id → row JSON). */
interface Live {
  version: number;
  state: DerivationState;
  rows: Map<string, string>;
}

/** Per store (its `db`), per case id; the cases refreshed last, at most `CASES_KEPT`. */
const lives = new WeakMap<object, Map<number, Live>>();
const CASES_KEPT = 64;

/** Keep `value` for `key` as the most recent; forget the least recent beyond `CASES_KEPT`. */
function remember<V>(m: Map<number, V>, key: number, value: V): void {
  m.delete(key);
  m.set(key, value);
  while (m.size > CASES_KEPT) m.delete(m.keys().next().value!);
}

function livesOf(db: object): Map<number, Live> {
  let m = lives.get(db);
  if (!m) {
    m = new Map();
    lives.set(db, m);
  }
  return m;
}

export async function readMeta(db: Db, caseId: number): Promise<Meta | null> {
  const row = await db
    .selectFrom('posture_state')
    .selectAll()
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    version: row.version,
    code: row.code,
    applied: row.applied,
    last: row.last_position ? (JSON.parse(row.last_position) as EntryPosition) : null,
    decisions: row.decisions,
  };
}

/** The kept state of a case as a refresh left it, if this process kept it and nobody wrote since. */
export function cachedLive(db: object, caseId: number, meta: Meta | null): DerivationState | null {
  const live = livesOf(db).get(caseId);
  return live && meta && live.version === meta.version && meta.code === rulesCode() ? live.state : null;
}

interface Checkpoint {
  applied: number;
  last: EntryPosition;
  state: string;
}

/** The latest checkpoint whose last entry sorts before `before` (and, with `day`, is filed by then). */
export async function checkpointBefore(
  db: Db,
  caseId: number,
  meta: Meta,
  before: { position?: EntryPosition; day?: string },
): Promise<Checkpoint | null> {
  const rows = await db
    .selectFrom('posture_checkpoints')
    .select(['applied', 'position', 'code'])
    .where('case_id', '=', caseId)
    .where('applied', '<=', meta.applied)
    .orderBy('applied', 'desc')
    .execute();
  for (const r of rows) {
    if (r.code !== rulesCode()) continue;
    const last = JSON.parse(r.position) as EntryPosition;
    if (before.position && comparePositions(last, before.position) >= 0) continue;
    if (before.day && last.day > before.day) continue;
    const full = await db
      .selectFrom('posture_checkpoints')
      .select('state')
      .where('case_id', '=', caseId)
      .where('applied', '=', r.applied)
      .executeTakeFirst();
    if (full) return { applied: r.applied, last, state: full.state };
  }
  return null;
}

/** The entries after a checkpoint, in docket order (every entry without one). */
export async function entriesAfter(db: Db, c: CaseRef, last: EntryPosition | null): Promise<EntryInput[]> {
  // A big case has thousands: read with turns for the event loop (`src/turns.ts`).
  if (!last) return loadEntries(db, c, {}, turns());
  const entries = await loadEntries(db, c, { fromDay: last.day }, turns());
  return entries.filter((e) => comparePositions(e.position, last) > 0);
}

// ——— what changed ———

/** Entry keys read in one statement when an ingest names many. */
const KEYS_PER_READ = 250;

/** Entries an ingest or a document named as changed; without it, every entry is compared. */
export interface RefreshHint {
  entries?: readonly string[];
  /** Entries to read again even if unchanged (a document kept for them may disagree with them now). */
  reread?: readonly string[];
}

interface Changes {
  /** Entries to apply: new or changed, in docket order. */
  entries: EntryInput[];
  /** Keys of entries applied before that are gone from the docket order (vanished, no text or day). */
  gone: string[];
  /** The earliest place in docket order a change touches, or `null` when nothing changed. */
  earliest: EntryPosition | null;
}

const AFTER_DAY = (day: string): EntryPosition => ({
  day,
  seq: null,
  number: null,
  row: Number.MAX_SAFE_INTEGER,
});

function earlier(a: EntryPosition | null, b: EntryPosition): EntryPosition {
  return a && comparePositions(a, b) <= 0 ? a : b;
}

async function findChanges(db: Db, c: CaseRef, hint: RefreshHint | undefined): Promise<Changes> {
  const force = new Set(hint?.reread ?? []);
  const keys = hint?.entries ? [...new Set([...hint.entries, ...force])] : undefined;
  const pause = turns();
  const applied = new Map<string, { position: string; fingerprint: string }>();
  const read = (q: ReturnType<typeof appliedOf>) =>
    q.execute().then((rows) => {
      for (const r of rows) applied.set(r.entry_key, r);
    });
  const appliedOf = (only?: string[]) => {
    const q = db
      .selectFrom('posture_entries')
      .select(['entry_key', 'position', 'fingerprint'])
      .where('case_id', '=', c.id);
    return only ? q.where('entry_key', 'in', only) : q;
  };
  let current: EntryInput[];
  if (keys) {
    // A long ingest names thousands: read them a few hundred at a time, with turns between.
    current = [];
    for (let i = 0; i < keys.length; i += KEYS_PER_READ) {
      const only = keys.slice(i, i + KEYS_PER_READ);
      current.push(...(await loadEntries(db, c, { keys: only }, pause)));
      await read(appliedOf(only));
      await pause();
    }
    current.sort((a, b) => comparePositions(a.position, b.position));
  } else {
    current = await loadEntries(db, c, {}, pause);
    await read(appliedOf());
  }
  const out: Changes = { entries: [], gone: [], earliest: null };
  for (const e of current) {
    const was = applied.get(e.key);
    applied.delete(e.key);
    if (was?.fingerprint === e.fingerprint && !force.has(e.key)) continue;
    out.entries.push(e);
    out.earliest = earlier(out.earliest, e.position);
    if (was) out.earliest = earlier(out.earliest, JSON.parse(was.position) as EntryPosition);
  }
  for (const [key, was] of applied) {
    out.gone.push(key);
    out.earliest = earlier(out.earliest, JSON.parse(was.position) as EntryPosition);
  }
  return out;
}

/** Where new decisions take effect: a manual deadline at its day, a review where its record was set. */
async function decisionsEarliest(
  db: Db,
  caseId: number,
  decisions: readonly DeadlineDecisionRow[],
  since: number,
): Promise<EntryPosition | null> {
  let out: EntryPosition | null = null;
  for (const d of decisions) {
    if (d.id <= since) continue;
    if (d.action === 'add') {
      out = earlier(out, AFTER_DAY(d.at.slice(0, 10)));
      continue;
    }
    const record = await db
      .selectFrom('deadline_records')
      .select('entry_key')
      .where('id', '=', d.record_id)
      .executeTakeFirst();
    // A review of a stay, injunction or hearing changes its row only, not what is derived after it.
    if (!record || !d.record_id.startsWith('dl-')) continue;
    if (record.entry_key === null) {
      const added = decisions.find((x) => x.action === 'add' && x.record_id === d.record_id);
      if (added) out = earlier(out, AFTER_DAY(added.at.slice(0, 10)));
      continue;
    }
    const at = await db
      .selectFrom('posture_entries')
      .select('position')
      .where('case_id', '=', caseId)
      .where('entry_key', '=', record.entry_key)
      .executeTakeFirst();
    // Its entry not applied (yet): the record will be named, and the decision applied, when it is.
    if (at) out = earlier(out, JSON.parse(at.position) as EntryPosition);
  }
  return out;
}

// ——— the refresh ———

class VersionConflict extends Error {}

interface Plan {
  c: CaseRef;
  meta: Meta | null;
  derivation: Derivation;
  decisions: DeadlineDecisionRow[];
  fullTextSource: boolean;
  /** Rows of every record now (id → record), or only of those that changed (append path). */
  records: Map<string, DeadlineRecord>;
  rows: Map<string, string>;
  /** The stored rows compared with (replay path: every stored row of the case). */
  stored: Map<string, DeadlineRecordRow> | null;
  changedIds: string[];
  applied: EntryInput[];
  gone: string[];
  /** Entry keys whose review rows are rewritten. */
  reviewScope: string[];
  checkpoints: { applied: number; last: EntryPosition; state: string }[];
  /** Checkpoints after this many entries are dropped (the replay path's start). */
  dropAfter: number | null;
  told: Set<string> | null;
}

function rowJson(r: DeadlineRecord): string {
  return JSON.stringify(rowOf(r));
}

/**
 * The tests' check that every rule which changes a record says so (`touch`): every record's row,
 * derived again, must equal the row kept for it. Set `DOCKETWATCH_POSTURE_VERIFY=1` (vitest does).
 */
function verifyTouched(
  decisions: readonly DeadlineDecisionRow[],
  derivation: Derivation,
  rows: ReadonlyMap<string, string>,
): void {
  for (const r of recordsOf(decisions, derivation))
    if (rows.get(r.id) !== rowJson(r))
      throw new Error(`record ${r.id} (${r.what}) changed, but no rule touched it (tracker/lookup.ts touch)`);
}

/** Which checkpoints a case of `total` entries keeps: the latest few and a sparse few further back. */
function keeps(applied: number, total: number): boolean {
  const every = checkpointEvery();
  if (applied % every !== 0) return false;
  return applied % (every * 20) === 0 || total - applied < KEEP_RECENT * every;
}

/**
 * Bring a case's stored records up to its entries and decisions: apply what is new, or replay
 * from the checkpoint before the earliest change, then write what changed and tell each change once.
 */
export async function refreshPosture(
  store: Pick<Store, 'db'>,
  c: CaseRef,
  now: string,
  hint?: RefreshHint,
): Promise<DeadlineRefresh> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await refreshOnce(store, c, now, attempt === 0 ? hint : undefined);
    } catch (err) {
      livesOf(store.db).delete(c.id);
      if (!(err instanceof VersionConflict) || attempt >= 8) throw err;
    }
  }
}

async function refreshOnce(
  store: Pick<Store, 'db'>,
  c: CaseRef,
  now: string,
  hint: RefreshHint | undefined,
): Promise<DeadlineRefresh> {
  const db = store.db;
  const result: DeadlineRefresh = { case: c.key, inserted: 0, updated: 0, removed: 0, events: [] };
  await loadRulesCode();
  const meta = await readMeta(db, c.id);
  const decisions = await loadDecisions(db, c.id);
  const fullTextSource = await hasFullTextSource(db, c.id);
  const rebuild = !meta || meta.code !== rulesCode();
  const changes = rebuild
    ? { entries: await loadEntries(db, c, {}, turns()), gone: [], earliest: null }
    : await findChanges(db, c, hint);
  const decided = rebuild || !meta ? null : await decisionsEarliest(db, c.id, decisions, meta.decisions);
  let earliest = changes.earliest;
  if (decided) earliest = earlier(earliest, decided);
  const maxDecision = decisions.reduce((m, d) => Math.max(m, d.id), 0);
  if (!rebuild && meta && !earliest && changes.entries.length === 0 && maxDecision === meta.decisions)
    return result;

  const cache = livesOf(db);
  // A case never refreshed, with no rows kept from before the posture was persisted: its entries
  // are appended to an empty state (in slices, like any long append).
  let live: DerivationState | null = null;
  if (!meta) {
    if (!(await hasRecords(db, c.id))) {
      live = newDerivationState();
      remember(cache, c.id, { version: 0, state: live, rows: new Map() });
    }
  } else if (!rebuild) live = cachedLive(db, c.id, meta);
  const appendable =
    live !== null &&
    !decided &&
    changes.gone.length === 0 &&
    changes.entries.every((e) => !meta?.last || comparePositions(e.position, meta.last) > 0);
  if (appendable && live) {
    const derivation = new Derivation(c, decisions, live);
    if (changes.entries.length === 0 || derivation.canAppend(changes.entries[0]!)) {
      const done = await appendInSlices(
        db,
        c,
        meta,
        decisions,
        fullTextSource,
        changes.entries,
        now,
        result,
        {
          allRows: meta !== null && maxDecision !== meta.decisions,
          maxDecision,
        },
      );
      // A manual deadline dated after a slice's last entry but not after the next slice: replay the rest.
      return done ? result : refreshOnce(store, c, now, hint);
    }
  }
  const plan = await replayPlan(db, c, meta, rebuild, decisions, fullTextSource, changes, earliest);
  result.how = { path: 'replay', from: plan.dropAfter ?? 0 };
  const version = await writeTransaction(db, (trx) => writePlan(trx, plan, now, result, maxDecision));
  remember(cache, c.id, { version, state: plan.derivation.state, rows: plan.rows });
  return result;
}

/** Entries appended in one transaction at most: a long append (a backfill) is written slice by slice. */
const APPEND_SLICE = 50;

async function hasRecords(db: Db, caseId: number): Promise<boolean> {
  const row = await db
    .selectFrom('deadline_records')
    .select('id')
    .where('case_id', '=', caseId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Append entries to the kept state (in this process's cache) and write what changed, at most
 * `APPEND_SLICE` entries per transaction, giving the event loop a turn between them: a backfill
 * of thousands of entries never holds the store (or the web server's reads of it) for long. Each
 * slice is a state the batch derivation also passes through (its entries are a prefix in docket
 * order). False when a slice cannot follow the previous one (a manual deadline stands between them).
 */
async function appendInSlices(
  db: Db,
  c: CaseRef,
  meta: Meta | null,
  decisions: DeadlineDecisionRow[],
  fullTextSource: boolean,
  entries: EntryInput[],
  now: string,
  result: DeadlineRefresh,
  options: { allRows: boolean; maxDecision: number },
): Promise<boolean> {
  const cache = livesOf(db);
  const total = (meta?.applied ?? 0) + entries.length;
  let m = meta;
  for (let i = 0; i === 0 || i < entries.length; i += APPEND_SLICE) {
    if (i > 0) await new Promise((r) => setImmediate(r));
    // The kept state goes on: take it out of the cache while it changes (a failure drops it).
    const kept = cache.get(c.id)!;
    cache.delete(c.id);
    const slice = entries.slice(i, i + APPEND_SLICE);
    const derivation = new Derivation(c, decisions, kept.state);
    if (i > 0 && !derivation.canAppend(slice[0]!)) return false;
    const allRows = i === 0 && options.allRows;
    const plan = await appendPlan(
      c,
      m,
      derivation,
      decisions,
      fullTextSource,
      slice,
      kept.rows,
      allRows,
      total,
    );
    result.how = { path: 'append', from: 0 };
    const version = await writeTransaction(db, (trx) =>
      writePlan(trx, plan, now, result, options.maxDecision),
    );
    remember(cache, c.id, { version, state: derivation.state, rows: plan.rows });
    const s = derivation.state;
    m = { version, code: rulesCode(), applied: s.applied, last: s.last, decisions: options.maxDecision };
  }
  return true;
}

/**
 * Apply entries in docket order, then the manual deadlines left, with turns for the event loop;
 * the checkpoints taken on the way (those a case of `total` entries keeps).
 */
async function applyEntries(
  derivation: Derivation,
  entries: readonly EntryInput[],
  total: number,
  pause: () => Promise<void>,
): Promise<Plan['checkpoints']> {
  const checkpoints: Plan['checkpoints'] = [];
  for (const e of entries) {
    derivation.apply(e);
    const s = derivation.state;
    if (keeps(s.applied, total))
      checkpoints.push({ applied: s.applied, last: s.last!, state: await encodeState(s) });
    await pause();
  }
  derivation.finish();
  return checkpoints;
}

async function appendPlan(
  c: CaseRef,
  meta: Meta | null,
  derivation: Derivation,
  decisions: DeadlineDecisionRow[],
  fullTextSource: boolean,
  entries: EntryInput[],
  rows: Map<string, string>,
  /** Every record's row is compared (new decisions), not only those the new entries touched. */
  allRows: boolean,
  /** Entries applied once the whole append is done: which checkpoints are kept (`keeps`). */
  total: number,
): Promise<Plan> {
  const pause = turns();
  derivation.tracker.touched.clear();
  const checkpoints = await applyEntries(derivation, entries, total, pause);
  // The records the new entries and the passing of time to them changed: the tracker names them
  // (`touch`, tracker/lookup.ts), so the cost is theirs, not the case's. After new decisions, all.
  const records = new Map<string, DeadlineRecord>();
  const changedIds: string[] = [];
  const touched = allRows ? undefined : derivation.tracker.touched;
  let n = 0;
  for (const r of recordsOf(decisions, derivation, touched)) {
    if (++n % 256 === 0) await pause();
    const json = rowJson(r);
    if (rows.get(r.id) === json) continue;
    rows.set(r.id, json);
    records.set(r.id, r);
    changedIds.push(r.id);
  }
  if (touched && process.env.DOCKETWATCH_POSTURE_VERIFY === '1') verifyTouched(decisions, derivation, rows);
  return {
    c,
    meta,
    derivation,
    decisions,
    fullTextSource,
    records,
    rows,
    stored: null,
    changedIds,
    applied: entries,
    gone: [],
    reviewScope: entries.map((e) => e.key),
    checkpoints,
    dropAfter: null,
    told: null,
  };
}

async function replayPlan(
  db: Db,
  c: CaseRef,
  meta: Meta | null,
  fromScratch: boolean,
  decisions: DeadlineDecisionRow[],
  fullTextSource: boolean,
  changes: Changes,
  earliest: EntryPosition | null,
): Promise<Plan> {
  const cp =
    meta && !fromScratch && meta.applied > 0
      ? await checkpointBefore(db, c.id, meta, earliest ? { position: earliest } : {})
      : null;
  const state = cp ? decodeState(cp.state) : newDerivationState();
  const entries = await entriesAfter(db, c, cp?.last ?? null);
  const derivation = new Derivation(c, decisions, state);
  const pause = turns();
  const checkpoints = await applyEntries(derivation, entries, state.applied + entries.length, pause);
  // What was applied after the checkpoint before: its entries' review rows are rewritten.
  const before = await db
    .selectFrom('posture_entries')
    .select(['entry_key', 'position'])
    .where('case_id', '=', c.id)
    .execute();
  const after = cp
    ? before.filter((r) => comparePositions(JSON.parse(r.position) as EntryPosition, cp.last) > 0)
    : before;
  const kept = new Set(entries.map((e) => e.key));
  const gone = [...new Set([...after.map((r) => r.entry_key), ...changes.gone])].filter((k) => !kept.has(k));
  const stored = new Map(
    (await db.selectFrom('deadline_records').selectAll().where('case_id', '=', c.id).execute()).map((r) => [
      r.id,
      r,
    ]),
  );
  const records = new Map(recordsOf(decisions, derivation).map((r) => [r.id, r]));
  const rows = new Map([...records.values()].map((r) => [r.id, rowJson(r)]));
  await pause();
  return {
    c,
    meta,
    derivation,
    decisions,
    fullTextSource,
    records,
    rows,
    stored,
    changedIds: [...records.keys()],
    applied: entries,
    gone,
    reviewScope: [...kept, ...gone],
    checkpoints,
    dropAfter: cp?.applied ?? 0,
    told: await toldKeys(db, c.id),
  };
}

/** Write a plan in one transaction, if nobody wrote the case since it was read; the new version. */
async function writePlan(
  trx: Db,
  plan: Plan,
  now: string,
  result: DeadlineRefresh,
  maxDecision: number,
): Promise<number> {
  const { c, meta, derivation } = plan;
  const s = derivation.state;
  const version = (meta?.version ?? 0) + 1;
  // Turns inside the transaction: this process's other queries wait for it either way, and the
  // web server answers meanwhile (`/healthz` does not wait for it, `inWriteTransaction`).
  const pause = turns();
  const values = {
    version,
    code: rulesCode(),
    applied: s.applied,
    last_position: s.last ? JSON.stringify(s.last) : null,
    decisions: maxDecision,
    updated_at: now,
  };
  const conflict = () => new VersionConflict(`case ${c.key} was refreshed meanwhile`);
  if (meta) {
    const updated = await trx
      .updateTable('posture_state')
      .set(values)
      .where('case_id', '=', c.id)
      .where('version', '=', meta.version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw conflict();
  } else {
    const inserted = await trx
      .insertInto('posture_state')
      .values({ case_id: c.id, ...values })
      .onConflict((oc) => oc.column('case_id').doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) !== 1) throw conflict();
  }

  // What was applied, and where it stands in docket order.
  const appliedKeys = plan.applied.map((e) => e.key);
  const dropKeys = [...appliedKeys, ...plan.gone];
  for (let i = 0; i < dropKeys.length; i += 500)
    await trx
      .deleteFrom('posture_entries')
      .where('case_id', '=', c.id)
      .where('entry_key', 'in', dropKeys.slice(i, i + 500))
      .execute();
  for (let i = 0; i < plan.applied.length; i += 200)
    await trx
      .insertInto('posture_entries')
      .values(
        plan.applied.slice(i, i + 200).map((e) => ({
          case_id: c.id,
          entry_key: e.key,
          position: JSON.stringify(e.position),
          fingerprint: e.fingerprint,
        })),
      )
      .execute();

  // Checkpoints: those after the replay's start are stale; keep the latest few and a sparse few.
  if (plan.dropAfter !== null)
    await trx
      .deleteFrom('posture_checkpoints')
      .where('case_id', '=', c.id)
      .where('applied', '>', plan.dropAfter)
      .execute();
  for (const cp of plan.checkpoints) {
    await pause();
    await trx
      .insertInto('posture_checkpoints')
      .values({
        case_id: c.id,
        applied: cp.applied,
        position: JSON.stringify(cp.last),
        code: rulesCode(),
        state: cp.state,
        created_at: now,
      })
      .onConflict((oc) =>
        oc.columns(['case_id', 'applied']).doUpdateSet({ state: cp.state, created_at: now }),
      )
      .execute();
  }
  if (plan.checkpoints.length > 0) {
    const all = await trx
      .selectFrom('posture_checkpoints')
      .select('applied')
      .where('case_id', '=', c.id)
      .execute();
    const stale = all.map((r) => r.applied).filter((a) => !keeps(a, s.applied));
    if (stale.length > 0)
      await trx
        .deleteFrom('posture_checkpoints')
        .where('case_id', '=', c.id)
        .where('applied', 'in', stale)
        .execute();
  }

  // The entries a person should read, for the entries read again.
  const scope = new Set(plan.reviewScope);
  const reviews: EntryReview[] = derivation.reviews.filter((r) => scope.has(r.entryKey));
  if (scope.size > 0) await syncEntryReviews(trx, c.id, reviews, now, [...scope]);

  // The records.
  const emit = async (
    event: DocketEvent | null,
    entry: string | null,
    key: string,
    legacy: string | null = null,
  ) => {
    if (event && (await emitOnce(trx, c.id, key, event, entry, now, legacy, plan.told ?? undefined)))
      result.events.push({ ...event, entry });
  };
  const storedRow = async (id: string) =>
    plan.stored
      ? plan.stored.get(id)
      : await trx.selectFrom('deadline_records').selectAll().where('id', '=', id).executeTakeFirst();
  for (const id of plan.changedIds) {
    await pause();
    const r = plan.records.get(id)!;
    const row = rowOf(r);
    const old = await storedRow(id);
    if (!old) {
      await trx
        .insertInto('deadline_records')
        .values({ id: r.id, case_id: c.id, ...row, created_at: now, updated_at: now })
        .execute();
      result.inserted++;
    } else if (!(Object.keys(row) as (keyof typeof row)[]).every((k) => row[k] === old[k])) {
      await trx
        .updateTable('deadline_records')
        .set({ ...row, updated_at: now })
        .where('id', '=', r.id)
        .execute();
      result.updated++;
    }
  }
  if (plan.stored)
    for (const old of plan.stored.values()) {
      await pause();
      if (plan.records.has(old.id)) continue;
      // The entry that set it changed or vanished, or the extractor no longer reads it there.
      await trx.deleteFrom('deadline_records').where('id', '=', old.id).execute();
      result.removed++;
      if (rereadAs(old, plan.records, plan.stored)) continue;
      await emit(
        recordEvent(fromRow(old), 'withdrawn', {
          date: now.slice(0, 10),
          message: `${old.what} is no longer read from the docket (the entry changed or was removed)`,
        }),
        old.entry_key,
        hash(['withdrawn', old.id, old.updated_at], 32),
      );
    }

  // One event per change, told once.
  const recordOf = (subject: string | null) => {
    if (!subject) return undefined;
    const id = derivation.ids.get(subject);
    if (!id) return undefined;
    return plan.records.get(id) ?? recordFromRow(plan, id);
  };
  for (const e of derivation.events) {
    await pause();
    const record = recordOf(e.subject);
    const source = e.entry ? derivation.byEntry.get(e.entry) : undefined;
    // What an entry known only by its feed title changes is in the record at once, but told when
    // its full text arrives from the docket report that watches the case: once, with its dates.
    if (source?.partial && plan.fullTextSource) continue;
    // An occurrence gone by while a paper filed since its day is known only by its feed title (a
    // "Report" the day after, its text still to come): the paper may be the one due, filed late.
    // Told when the text is read, if it is still missing then.
    if (plan.fullTextSource && awaitsUnread(e, derivation.byEntry.values())) continue;
    await emit(eventOf(e, record, derivation), source?.key ?? null, keyOf(e, record), legacyKeyOf(e, record));
  }
  return version;
}

/** A missing occurrence (`deadline.missing`) due before an entry known only by its feed title, filed by the day it is told. */
export function awaitsUnread(e: TrackerEvent, entries: Iterable<EntryInput>): boolean {
  const due = e.type === 'deadline.missing' && !e.entry ? e.data?.due : undefined;
  if (typeof due !== 'string') return false;
  for (const x of entries)
    if (x.partial && !x.appeal && x.dateFiled >= due && x.dateFiled <= e.date) return true;
  return false;
}

/**
 * Whether a record no longer derived was only read again: the same entry's new reading holds a
 * new record of the same kind for the same day (a "hearing" now read as the motion hearing it is
 * once the order's own words are read with its docket text, a duty named in other words). Nothing
 * the court did ended it, so no reader is told it was cancelled or mooted; the new record is told
 * as set (try-out 8 C6).
 */
function rereadAs(
  old: DeadlineRecordRow,
  records: ReadonlyMap<string, DeadlineRecord>,
  stored: ReadonlyMap<string, DeadlineRecordRow>,
): boolean {
  if (old.entry_key === null || old.due === null) return false;
  for (const r of records.values())
    if (!stored.has(r.id) && r.entry === old.entry_key && r.kind === old.kind && r.due === old.due)
      return true;
  return false;
}

/** A record unchanged by this refresh, from the row JSON kept for it. */
function recordFromRow(plan: Plan, id: string): DeadlineRecord | undefined {
  const json = plan.rows.get(id);
  if (!json) return undefined;
  const row = JSON.parse(json) as ReturnType<typeof rowOf>;
  return fromRow({ ...row, id, case_id: plan.c.id, created_at: '', updated_at: '' } as DeadlineRecordRow);
}

// ——— reading as of a day ———

/** Per store, per case: the latest derivations as of a day read, for the version they were read at. */
const reads = new WeakMap<object, Map<number, { version: number; asOf: string; derivation: Derivation }[]>>();
const READS_KEPT = 4;

/**
 * The derivation as of a day, from the kept state, for the pages, feeds, CLI and digests. On or
 * after the last entry's day: the state the last refresh left (a copy), with the clock moved to
 * the day. Before it: the latest checkpoint filed by then, and the entries after it up to the day.
 * Never the whole case again, unless nothing was kept yet (a case not refreshed since the rules
 * changed): then the entries filed by then, yielding to the event loop as it goes.
 */
export async function derivationAsOf(
  db: Db,
  c: CaseRef,
  asOf: string,
): Promise<{ derivation: Derivation; decisions: DeadlineDecisionRow[] }> {
  const meta = await readMeta(db, c.id);
  const decisions = await loadDecisions(db, c.id);
  const usable = meta !== null && meta.code === rulesCode();
  let byCase = reads.get(db);
  if (!byCase) {
    byCase = new Map();
    reads.set(db, byCase);
  }
  const kept = byCase.get(c.id) ?? [];
  const hit = usable ? kept.find((r) => r.version === meta.version && r.asOf === asOf) : undefined;
  if (hit) return { derivation: hit.derivation, decisions };

  let state: DerivationState;
  let entries: EntryInput[];
  const live = usable ? cachedLive(db, c.id, meta) : null;
  if (usable && (!meta.last || asOf >= meta.last.day) && live) {
    state = copyState(live);
    entries = [];
  } else {
    const cp = usable && meta.applied > 0 ? await checkpointBefore(db, c.id, meta, { day: asOf }) : null;
    state = cp ? decodeState(cp.state) : newDerivationState();
    entries = (await entriesAfter(db, c, cp?.last ?? null)).filter((e) => e.dateFiled <= asOf);
  }
  const derivation = new Derivation(c, decisions, state);
  const pause = turns();
  for (const e of entries) {
    derivation.apply(e);
    await pause();
  }
  derivation.finish();
  derivation.advanceTo(asOf);
  if (usable)
    remember(
      byCase,
      c.id,
      [{ version: meta.version, asOf, derivation }, ...kept.filter((r) => r.version === meta.version)].slice(
        0,
        READS_KEPT,
      ),
    );
  return { derivation, decisions };
}
