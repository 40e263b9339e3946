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

/** Who the case is about, as a maintainer described it. */
export interface CaseClass {
  /** The class in English, and in Spanish and Arabic when given (else the English is quoted). */
  text: { en: string; es: string | null; ar: string | null };
  scope: ClassScope | null;
  protects: ClassProtects | null;
  /**
   * Where the words come from: the docket entry whose order defines the class (its number, and
   * its filing date once the entry is in the record), or `null` — the maintainers' own words.
   */
  from: { entry: string; dateFiled: string | null } | null;
}

export interface CaseDetails {
  header: CaseHeader | null;
  /** The source that gave the header last, and when. */
  headerSource: { source: string; at: string } | null;
  class: CaseClass | null;
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
    const values = { ...headerColumns(merged), header_source: source, header_at: now, updated_at: now };
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
  const rows = await db
    .selectFrom('case_details')
    .selectAll()
    .where('case_id', 'in', [...new Set(caseIds)])
    .execute();
  // The date of each order a class is taken from (one query for all the cases).
  const sources = rows.filter((r) => r.class_en && r.class_from);
  const filed = new Map<string, string | null>();
  if (sources.length > 0) {
    const entries = await db
      .selectFrom('entries')
      .select(['case_id', 'entry_key', 'date_filed'])
      .where((eb) =>
        eb.or(
          sources.map((r) =>
            eb.and([eb('case_id', '=', r.case_id), eb('entry_key', '=', r.class_from as string)]),
          ),
        ),
      )
      .execute();
    for (const e of entries) filed.set(`${e.case_id}:${e.entry_key}`, e.date_filed?.slice(0, 10) ?? null);
  }
  for (const r of rows) {
    out.set(r.case_id, {
      header: headerFromRow(r),
      headerSource: r.header_source && r.header_at ? { source: r.header_source, at: r.header_at } : null,
      class: r.class_en
        ? {
            text: { en: r.class_en, es: r.class_es, ar: r.class_ar },
            scope: (CLASS_SCOPES as readonly string[]).includes(r.class_scope ?? '')
              ? (r.class_scope as ClassScope)
              : null,
            protects: (CLASS_PROTECTS as readonly string[]).includes(r.class_protects ?? '')
              ? (r.class_protects as ClassProtects)
              : null,
            from: r.class_from
              ? { entry: r.class_from, dateFiled: filed.get(`${r.case_id}:${r.class_from}`) ?? null }
              : null,
          }
        : null,
    });
  }
  return out;
}

export interface SetClassInput {
  /** The class in English; `null` clears the description (and its scope and protection). */
  en: string | null;
  es?: string | null;
  ar?: string | null;
  scope?: string | null;
  protects?: string | null;
  /** The number of the docket entry whose order defines the class in these words; `null`: the maintainers' words. */
  from?: string | null;
}

/** A maintainer says who the case is about (`docketwatch case set`). */
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
  const en = clean(input.en, 'the class description');
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
  if (en === null && (input.es || input.ar || scope || protects || from))
    throw new InputError(
      'give the class in English (--class) with its translations, scope, protection or the order it comes from',
    );
  const values = {
    class_en: en,
    class_es: en === null ? null : clean(input.es, 'the Spanish class description'),
    class_ar: en === null ? null : clean(input.ar, 'the Arabic class description'),
    class_scope: scope,
    class_protects: protects,
    class_from: from,
    updated_at: now.toISOString(),
  };
  await db
    .insertInto('case_details')
    .values({ case_id: caseId, ...values })
    .onConflict((oc) => oc.column('case_id').doUpdateSet(values))
    .execute();
  return (await readCaseDetails(db, caseId)).class;
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
