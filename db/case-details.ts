/**
 * What is known about a case beyond its entries: the docket report's header (judge, dates, nature
 * of suit, parties and counsel), written by ingest from whatever source gives one, and who the
 * case is about (the class, how far the orders reach, what they protect from), set by a
 * maintainer with `docketwatch case set`. Pages and messages read both through `readCaseDetails`.
 */
import type { Kysely } from 'kysely';
import { findCourt } from '../src/courts.ts';
import { InputError } from '../src/errors.ts';
import { type DocketCase, HEADER_FIELDS, type Party } from '../src/model/docket.ts';
import { parseEvent } from '../src/model/events.ts';
import { columnsOf } from '../src/model/fields.ts';
import type { Database } from './schema.ts';

type Db = Kysely<Database>;

/** A docket header as a source gives it: every field `null` (or no parties) when it does not say. */
export interface CaseHeader {
  judge: string | null;
  referredTo: string | null;
  dateFiled: string | null;
  dateTerminated: string | null;
  natureOfSuit: string | null;
  cause: string | null;
  jurisdiction: string | null;
  parties: Party[];
}

export const CLASS_SCOPES = ['nationwide', 'district', 'named'] as const;
export type ClassScope = (typeof CLASS_SCOPES)[number];
export const CLASS_PROTECTS = ['removal', 'detention'] as const;
export type ClassProtects = (typeof CLASS_PROTECTS)[number];

/** Where a definition of who is covered comes from: an order's own words, or a maintainer. */
export type ClassSource = 'order' | 'maintainer';

/** One definition of who the case is about: the class as one order defined it, or as a maintainer said it. */
export interface CaseClass {
  /** The class in English, and in Spanish and Arabic when given (else the English is quoted). */
  text: { en: string; es: string | null; ar: string | null };
  scope: ClassScope | null;
  /** What the case's stays and injunctions protect people from (the case's, the same on every definition). */
  protects: ClassProtects | null;
  /**
   * Where the words come from: the docket entry whose order defines the class (its number, and
   * its filing date once the entry is in the record — the day the definition is in force from), or
   * `null` — the maintainers' own words, naming no order.
   */
  from: { entry: string; dateFiled: string | null } | null;
  /** `order`: read from the order's words at ingest; `maintainer`: given with `case set`. */
  source: ClassSource;
  /**
   * It only adds to the definition in force before it ("the class is expanded to include …",
   * subclasses added): in force, it is that definition plus this (`classOn`).
   */
  adds?: boolean;
  /** For a definition in force made of several (`classOn`): the orders that added to it, oldest first. */
  added?: { entry: string; dateFiled: string | null }[];
  /** For the definition in force (`classOn`): the subclasses of it decertified since, oldest first. */
  decertified?: ClassEnd[];
}

/**
 * An order that ended the class or one of its subclasses (decertified, its certification vacated),
 * as the deadline record told it (`class.decertified`): from `date` the definitions in force before
 * it no longer cover everyone they named.
 */
export interface ClassEnd {
  /** The entry's store key, and its docket number when it has one. */
  entry: string;
  number: string | null;
  date: string;
  /** The subclass as the order names it ("Subclass B"); `null`: the whole class. */
  subclass: string | null;
}

/** Who a case is about: every definition of its class, oldest first, and what its orders protect from. */
export interface CaseClasses {
  protects: ClassProtects | null;
  /** The orders that ended the class or a subclass, oldest first (absent: none). */
  ends?: ClassEnd[];
  /**
   * In the order they came into force: the maintainers' words naming no order first, then by the
   * defining order's filing day and number; for the same order a maintainer's words after (over)
   * the words read from it. Definitions whose order is not in the record yet come last.
   */
  versions: CaseClass[];
}

export interface CaseDetails {
  header: CaseHeader | null;
  /** The source that gave the header last, and when. */
  headerSource: { source: string; at: string } | null;
  /** `null` when nothing is known about who the case is about. */
  class: CaseClasses | null;
}

const MAX_FIELD = 500;
const MAX_PARTIES = 200;

/** The header a parsed docket carries, or `null` when it carries none (an RSS feed, a notice). */
export function headerOf(c: DocketCase): CaseHeader | null {
  const text = (v: string | null | undefined) => {
    const s = typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : '';
    return s === '' ? null : s.slice(0, MAX_FIELD);
  };
  const day = (v: string | null | undefined) => {
    const m = typeof v === 'string' ? /^\d{4}-\d{2}-\d{2}/.exec(v) : null;
    return m ? m[0] : null;
  };
  const header: CaseHeader = {
    judge: text(c.assignedTo),
    referredTo: text(c.referredTo),
    dateFiled: day(c.dateFiled),
    dateTerminated: day(c.dateTerminated),
    natureOfSuit: text(c.natureOfSuit),
    cause: text(c.cause),
    jurisdiction: text(c.jurisdiction),
    parties: (c.parties ?? []).slice(0, MAX_PARTIES).map((p) => ({
      name: String(p.name).slice(0, MAX_FIELD),
      type: text(p.type),
      attorneys: (p.attorneys ?? []).slice(0, 50).map((a) => ({
        name: String(a.name).slice(0, MAX_FIELD),
        contact: a.contact ? String(a.contact).slice(0, 2000) : null,
        roles: (a.roles ?? []).slice(0, 10).map((r) => String(r).slice(0, 200)),
      })),
    })),
  };
  const given = Object.entries(header).some(([k, v]) =>
    k === 'parties' ? (v as Party[]).length > 0 : v !== null,
  );
  return given ? header : null;
}

/** What a source says wins; what it does not say (a `null`, no parties) keeps what was known. */
export function mergeHeader(stored: CaseHeader | null, incoming: CaseHeader): CaseHeader {
  if (!stored) return incoming;
  const pick = <T>(a: T | null, b: T | null): T | null => a ?? b;
  return {
    judge: pick(incoming.judge, stored.judge),
    referredTo: pick(incoming.referredTo, stored.referredTo),
    dateFiled: pick(incoming.dateFiled, stored.dateFiled),
    dateTerminated: pick(incoming.dateTerminated, stored.dateTerminated),
    natureOfSuit: pick(incoming.natureOfSuit, stored.natureOfSuit),
    cause: pick(incoming.cause, stored.cause),
    jurisdiction: pick(incoming.jurisdiction, stored.jurisdiction),
    parties: incoming.parties.length > 0 ? incoming.parties : stored.parties,
  };
}

export type DetailsRow = Database['case_details'];

function headerFromRow(r: DetailsRow): CaseHeader | null {
  if (r.header_source === null) return null;
  let parties: Party[] = [];
  try {
    const v: unknown = JSON.parse(r.parties ?? '[]');
    if (Array.isArray(v)) parties = v as Party[];
  } catch {
    parties = [];
  }
  return {
    judge: r.judge,
    referredTo: r.referred_to,
    dateFiled: r.date_filed,
    dateTerminated: r.date_terminated,
    natureOfSuit: r.nature_of_suit,
    cause: r.cause,
    jurisdiction: r.jurisdiction,
    parties,
  };
}

function headerColumns(h: CaseHeader) {
  return {
    ...columnsOf(h, ['judge', ...HEADER_FIELDS]),
    parties: JSON.stringify(h.parties),
  };
}

/** The `case_details` columns (but `case_id`) that keep `header`, given by `source` at `now`. */
export function headerValues(header: CaseHeader, source: string, now: string) {
  return { ...headerColumns(header), header_source: source, header_at: now, updated_at: now };
}

/** Whether keeping `merged` (the stored header merged with a source's) would write anything. */
function headerWouldChange(before: CaseHeader | null, merged: CaseHeader): boolean {
  return !before || JSON.stringify(before) !== JSON.stringify(merged);
}

/**
 * Whether a source's header would change what is stored for a case (`row`: its `case_details`
 * row, as read; absent when there is none): what `writeCaseHeaders` decides, without writing.
 */
export function headerChanges(row: DetailsRow | undefined, header: CaseHeader): boolean {
  const before = row ? headerFromRow(row) : null;
  return headerWouldChange(before, mergeHeader(before, header));
}

/**
 * Keep the headers these cases' sources just gave (inside ingest's transaction). A header equal to
 * what is stored writes nothing. True when anything was written.
 */
export async function writeCaseHeaders(
  trx: Db,
  headers: readonly { caseId: number; header: CaseHeader }[],
  source: string,
  now: string,
  /** Cases the caller's transaction has just inserted: they have no stored header to read. */
  fresh: ReadonlySet<number> = new Set(),
): Promise<boolean> {
  if (headers.length === 0) return false;
  const read = headers.map((h) => h.caseId).filter((id) => !fresh.has(id));
  const stored = new Map(
    (read.length === 0
      ? []
      : await trx.selectFrom('case_details').selectAll().where('case_id', 'in', read).execute()
    ).map((r) => [r.case_id, r]),
  );
  let wrote = false;
  for (const { caseId, header } of headers) {
    const row = stored.get(caseId);
    const before = row ? headerFromRow(row) : null;
    const merged = mergeHeader(before, header);
    if (!headerWouldChange(before, merged)) continue;
    wrote = true;
    const values = headerValues(merged, source, now);
    if (row) await trx.updateTable('case_details').set(values).where('case_id', '=', caseId).execute();
    else
      await trx
        .insertInto('case_details')
        .values({ case_id: caseId, ...values })
        .onConflict((oc) => oc.column('case_id').doUpdateSet(values))
        .execute();
  }
  return wrote;
}

/** The header and class of a case; both `null` when nothing is known. */
export async function readCaseDetails(db: Db, caseId: number): Promise<CaseDetails> {
  return (
    (await readCasesDetails(db, [caseId])).get(caseId) ?? { header: null, headerSource: null, class: null }
  );
}

/** `readCaseDetails` for several cases at once (the digests, the alerts). */
export async function readCasesDetails(
  db: Db,
  caseIds: readonly number[],
): Promise<Map<number, CaseDetails>> {
  const out = new Map<number, CaseDetails>();
  if (caseIds.length === 0) return out;
  const ids = [...new Set(caseIds)];
  const rows = await db.selectFrom('case_details').selectAll().where('case_id', 'in', ids).execute();
  const versions = await readVersions(db, ids);
  const ends = await readClassEnds(db, ids);
  for (const id of ids) {
    const r = rows.find((x) => x.case_id === id);
    const defs = versions.get(id) ?? [];
    const protects = (CLASS_PROTECTS as readonly string[]).includes(r?.class_protects ?? '')
      ? (r!.class_protects as ClassProtects)
      : null;
    if (!r && defs.length === 0) continue;
    out.set(id, {
      header: r ? headerFromRow(r) : null,
      headerSource: r?.header_source && r.header_at ? { source: r.header_source, at: r.header_at } : null,
      class:
        defs.length > 0 || protects
          ? {
              protects,
              versions: defs.map((v) => ({ ...v, protects })),
              ...(ends.has(id) ? { ends: ends.get(id)! } : {}),
            }
          : null,
    });
  }
  return out;
}

/** The orders that ended these cases' classes or subclasses (`class.decertified` events), oldest first. */
async function readClassEnds(db: Db, caseIds: readonly number[]): Promise<Map<number, ClassEnd[]>> {
  const rows = await db
    .selectFrom('events')
    .select(['case_id', 'entry_key', 'payload'])
    .where('case_id', 'in', [...caseIds])
    .where('type', '=', 'class.decertified')
    .orderBy('id')
    .execute();
  const out = new Map<number, ClassEnd[]>();
  for (const r of rows) {
    const p = parseEvent('class.decertified', r.payload);
    if (p?.type !== 'class.decertified' || !r.entry_key || !p.payload.date) continue;
    const list = out.get(r.case_id) ?? [];
    list.push({
      entry: r.entry_key,
      number: p.payload.entryNumber === null ? null : String(p.payload.entryNumber),
      date: p.payload.date,
      subclass: p.payload.subclass ?? null,
    });
    out.set(r.case_id, list);
  }
  for (const list of out.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return out;
}

/** Delete one stored definition of a case's classes: the one `source` gave at entry `entryKey`. */
async function deleteVersion(db: Db, caseId: number, source: string, entryKey: string): Promise<void> {
  await db
    .deleteFrom('case_class_versions')
    .where('case_id', '=', caseId)
    .where('source', '=', source)
    .where('entry_key', '=', entryKey)
    .execute();
}

/** Every definition of these cases' classes, each dated by its order's filing day, in force order. */
async function readVersions(db: Db, caseIds: readonly number[]): Promise<Map<number, CaseClass[]>> {
  const rows = await db
    .selectFrom('case_class_versions as v')
    .leftJoin('entries as e', (j) =>
      j.onRef('e.case_id', '=', 'v.case_id').onRef('e.entry_key', '=', 'v.entry_key'),
    )
    .select([
      'v.case_id',
      'v.source',
      'v.entry_key',
      'v.text_en',
      'v.text_es',
      'v.text_ar',
      'v.scope',
      'v.adds',
      'e.date_filed',
      'e.date_entered',
      'e.status',
    ])
    .where('v.case_id', 'in', [...caseIds])
    .execute();
  const out = new Map<number, CaseClass[]>();
  const keyed: { order: string; v: CaseClass; caseId: number }[] = [];
  for (const r of rows) {
    const present = r.status === null || r.status === 'present';
    const filed = present ? ((r.date_filed ?? r.date_entered)?.slice(0, 10) ?? null) : null;
    const v: CaseClass = {
      text: { en: r.text_en, es: r.text_es, ar: r.text_ar },
      scope: (CLASS_SCOPES as readonly string[]).includes(r.scope ?? '') ? (r.scope as ClassScope) : null,
      protects: null,
      from: r.entry_key === '' ? null : { entry: r.entry_key, dateFiled: filed },
      source: r.source === 'order' ? 'order' : 'maintainer',
      ...(Number(r.adds) === 1 ? { adds: true } : {}),
    };
    keyed.push({ caseId: r.case_id, v, order: forceOrder(v) });
  }
  keyed.sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
  for (const k of keyed) {
    const list = out.get(k.caseId) ?? [];
    list.push(k.v);
    out.set(k.caseId, list);
  }
  return out;
}

/** A definition's place in force order (see `CaseClasses.versions`), as a string that sorts. */
export function forceOrder(v: Pick<CaseClass, 'from' | 'source'>): string {
  if (!v.from) return `0:${v.source === 'maintainer' ? 1 : 0}`;
  const day = v.from.dateFiled ?? '9999-99-99';
  const number = /^\d+$/.test(v.from.entry) ? v.from.entry.padStart(8, '0') : `~${v.from.entry}`;
  return `1:${day}:${number}:${v.source === 'maintainer' ? 1 : 0}`;
}

export interface SetClassInput {
  /** The class in English; absent: the words of the definition edited (see `setCaseClass`). */
  en?: string | null;
  es?: string | null;
  ar?: string | null;
  scope?: string | null;
  /** What the case's orders protect people from (the case's, not one definition's). */
  protects?: string | null;
  /** The number of the docket entry whose order defines the class in these words. */
  from?: string | null;
  /** Forget the maintainers' definitions (with `from`: only that order's) and what the orders protect from. */
  clear?: boolean;
}

/**
 * A maintainer says who the case is about (`docketwatch case set`): adds or changes one
 * definition. With `from`, the definition of that order; without it, `en` sets the maintainers'
 * own words (naming no order), and a change without `en` edits the latest of the maintainers'
 * definitions. Words given with no order, then `from` alone, move those words to that order;
 * `from` with translations and no `en`, for an order whose words define the class, keeps the
 * order's English words with the maintainer's translations.
 * Definitions read from the orders themselves are never changed here. Returns the definition
 * written (`null` when cleared).
 */
export async function setCaseClass(
  db: Db,
  caseId: number,
  input: SetClassInput,
  now: Date,
): Promise<CaseClass | null> {
  const clean = (v: string | null | undefined, what: string) => {
    if (v === undefined || v === null) return null;
    const s = v.replace(/\s+/g, ' ').trim();
    if (s.length > MAX_FIELD) throw new InputError(`${what} is longer than ${MAX_FIELD} characters`);
    return s === '' ? null : s;
  };
  const scope = clean(input.scope, 'the scope');
  const protects = clean(input.protects, 'what the orders protect from');
  if (scope !== null && !(CLASS_SCOPES as readonly string[]).includes(scope))
    throw new InputError(`scope "${scope}" is not one of ${CLASS_SCOPES.join(', ')}`);
  if (protects !== null && !(CLASS_PROTECTS as readonly string[]).includes(protects))
    throw new InputError(`"${protects}" is not one of ${CLASS_PROTECTS.join(', ')}`);
  const from = clean(input.from, 'the entry the class is taken from');
  if (from !== null && !/^\d{1,6}$/.test(from))
    throw new InputError(
      `"${from}" is not a docket entry number (the order that defines the class, e.g. 87)`,
    );
  const at = now.toISOString();
  const mine = () =>
    db
      .selectFrom('case_class_versions')
      .selectAll()
      .where('case_id', '=', caseId)
      .where('source', '=', 'maintainer');
  if (input.clear) {
    let q = db
      .deleteFrom('case_class_versions')
      .where('case_id', '=', caseId)
      .where('source', '=', 'maintainer');
    if (from !== null) q = q.where('entry_key', '=', from);
    await q.execute();
    if (from === null) await writeProtects(db, caseId, null, at);
    return null;
  }
  if (input.protects !== undefined) await writeProtects(db, caseId, protects, at);
  const en = clean(input.en, 'the class description');
  const translated = input.es !== undefined || input.ar !== undefined || input.scope !== undefined;
  if (en === null && from === null && !translated) {
    if (input.protects === undefined) throw new InputError('nothing to set: give --class (or --clear)');
    return latestOf(await readCaseDetails(db, caseId));
  }
  const versions = await mine().execute();
  const byKey = new Map(versions.map((v) => [v.entry_key, v]));
  let key: string;
  let base = undefined as (typeof versions)[number] | undefined;
  let moved: string | null = null;
  if (from !== null) {
    key = from;
    base = byKey.get(from);
    if (!base && en === null && byKey.has('')) {
      base = byKey.get('');
      moved = '';
    }
    // Translations (or a scope) for a definition read from the order: the order's English words.
    if (!base && en === null)
      base = await db
        .selectFrom('case_class_versions')
        .selectAll()
        .where('case_id', '=', caseId)
        .where('source', '=', 'order')
        .where('entry_key', '=', from)
        .executeTakeFirst();
  } else if (en !== null) {
    key = '';
    base = byKey.get('');
  } else {
    const latest = latestOf(await readCaseDetails(db, caseId), 'maintainer');
    key = latest?.from?.entry ?? '';
    base = byKey.get(key);
  }
  const text = en ?? base?.text_en ?? null;
  if (text === null)
    throw new InputError(
      'give the class in English (--class) with its translations, scope or the order it comes from',
    );
  const values = {
    text_en: text,
    text_es:
      input.es !== undefined ? clean(input.es, 'the Spanish class description') : (base?.text_es ?? null),
    text_ar:
      input.ar !== undefined ? clean(input.ar, 'the Arabic class description') : (base?.text_ar ?? null),
    scope: input.scope !== undefined ? scope : (base?.scope ?? null),
    words: null,
    updated_at: at,
  };
  if (moved !== null) await deleteVersion(db, caseId, 'maintainer', moved);
  await db
    .insertInto('case_class_versions')
    .values({ case_id: caseId, source: 'maintainer', entry_key: key, ...values })
    .onConflict((oc) => oc.columns(['case_id', 'source', 'entry_key']).doUpdateSet(values))
    .execute();
  const after = await readCaseDetails(db, caseId);
  return (
    after.class?.versions.find((v) => v.source === 'maintainer' && (v.from?.entry ?? '') === key) ?? null
  );
}

async function writeProtects(db: Db, caseId: number, protects: string | null, at: string): Promise<void> {
  await db
    .insertInto('case_details')
    .values({ case_id: caseId, class_protects: protects, updated_at: at })
    .onConflict((oc) => oc.column('case_id').doUpdateSet({ class_protects: protects, updated_at: at }))
    .execute();
}

/** The definition that came into force last (of one source, when given). */
function latestOf(details: CaseDetails, source?: ClassSource): CaseClass | null {
  const all = (details.class?.versions ?? []).filter((v) => !source || v.source === source);
  return all[all.length - 1] ?? null;
}

/** A class definition read from an order's words (`src/deadlines/classes.ts`). */
export interface OrderClass {
  text: string;
  scope: string | null;
  words: string;
  /** It only adds to the definition in force before it. */
  adds: boolean;
}

/**
 * Keep what these entries' orders say about who is covered (inside or after ingest): each entry
 * that defines a class has its definition (`source` `order`), one that does not (any more) has
 * none. The same entries' words give the same rows however they arrived. True when anything changed.
 */
export async function writeOrderClasses(
  db: Db,
  caseId: number,
  read: ReadonlyMap<string, OrderClass | null>,
  now: string,
): Promise<boolean> {
  if (read.size === 0) return false;
  const stored = new Map(
    (
      await db
        .selectFrom('case_class_versions')
        .selectAll()
        .where('case_id', '=', caseId)
        .where('source', '=', 'order')
        .where('entry_key', 'in', [...read.keys()])
        .execute()
    ).map((r) => [r.entry_key, r]),
  );
  let changed = false;
  for (const [key, def] of read) {
    const had = stored.get(key);
    if (!def) {
      if (!had) continue;
      await deleteVersion(db, caseId, 'order', key);
      changed = true;
      continue;
    }
    const adds = def.adds ? 1 : 0;
    if (
      had &&
      had.text_en === def.text &&
      had.scope === def.scope &&
      had.words === def.words &&
      Number(had.adds) === adds
    )
      continue;
    const values = {
      text_en: def.text,
      text_es: null,
      text_ar: null,
      scope: def.scope,
      words: def.words,
      adds,
      updated_at: now,
    };
    await db
      .insertInto('case_class_versions')
      .values({ case_id: caseId, source: 'order', entry_key: key, ...values })
      .onConflict((oc) => oc.columns(['case_id', 'source', 'entry_key']).doUpdateSet(values))
      .execute();
    changed = true;
  }
  return changed;
}

/**
 * The court's own docket page for a case: the CM/ECF docket report of a district or bankruptcy
 * case (needs its PACER case id), the case summary of an appeal (by docket number). `null` when
 * docketwatch does not know enough to link it. PACER asks for a login and charges for it.
 */
export function courtDocketUrl(
  court: string,
  docketNumber: string,
  pacerCaseId: string | null,
): string | null {
  const type = findCourt(court)?.type;
  if (!/^[a-z0-9]+$/.test(court)) return null;
  if (type === 'appellate' && /^\d{2}-\d{1,6}$/.test(docketNumber))
    return `https://ecf.${court}.uscourts.gov/n/beam/servlet/TransportRoom?servlet=CaseSummary.jsp&caseNum=${docketNumber}`;
  return pacerCaseId && /^\d+$/.test(pacerCaseId)
    ? `https://ecf.${court}.uscourts.gov/cgi-bin/DktRpt.pl?${pacerCaseId}`
    : null;
}
