/**
 * The federal courts docketwatch knows: CM/ECF court id → name, seat, time zone (the seat's, which
 * is where "midnight" falls for the last day of electronic filing under FRCP 6(a)(4)(A) and
 * FRAP 26(a)(4)(A)), state and circuit. District ids are `<state><district letter>d` ("mied");
 * each district's bankruptcy court is the same id with `b` for `d` ("mieb"), except Nebraska's,
 * which CM/ECF calls `nebraskab`. The tables themselves are data, in `courts.json`.
 */
import courtTables from './courts.json' with { type: 'json' };
import { DocketwatchError } from './errors.ts';

export type CourtType = 'district' | 'bankruptcy' | 'appellate' | 'bap' | 'national';

export interface Court {
  id: string;
  name: string;
  type: CourtType;
  /** Where the clerk's office sits. */
  seat: string;
  /** IANA zone of the seat. */
  tz: string;
  /** Two-letter state or territory code; `null` for national courts. */
  state: string | null;
  /** `1`…`11`, `dc`, `fed`; `null` for courts outside the circuits. */
  circuit: string | null;
}

/** A court id docketwatch has no entry for. */
export class UnknownCourtError extends DocketwatchError {
  constructor(id: string) {
    super('ECOURT', `unknown court id "${id}" (expected a CM/ECF id such as mied, nysd, ca6, txnb)`);
  }
}

/** The tables (JSON infers arrays where they are rows): states, districts, the courts named by their circuit, and the rest by name. */
const TABLES = courtTables as unknown as {
  states: Record<string, [name: string, circuit: string]>;
  districts: [id: string, state: string, division: string, seat: string, tz: string][];
  circuits: [id: string, type: 'appellate' | 'bap', circuit: string, seat: string, tz: string][];
  named: [
    id: string,
    type: CourtType,
    name: string,
    seat: string,
    tz: string,
    state: string | null,
    circuit: string | null,
  ][];
};

const DIVISION: Record<string, string> = {
  n: 'Northern',
  s: 'Southern',
  e: 'Eastern',
  w: 'Western',
  m: 'Middle',
  c: 'Central',
};

const ORDINALS = [
  'First',
  'Second',
  'Third',
  'Fourth',
  'Fifth',
  'Sixth',
  'Seventh',
  'Eighth',
  'Ninth',
  'Tenth',
  'Eleventh',
];

const CIRCUIT_COURT_NAMES = {
  appellate: 'U.S. Court of Appeals for the',
  bap: 'Bankruptcy Appellate Panel of the',
};

function districtName(state: string, division: string): string {
  const stateName = TABLES.states[state]![0];
  return division === '' ? `District of ${stateName}` : `${DIVISION[division]} District of ${stateName}`;
}

function buildCourts(): Map<string, Court> {
  const courts = new Map<string, Court>();
  const add = (court: Court) => courts.set(court.id, court);
  for (const [id, state, division, seat, tz] of TABLES.districts) {
    const circuit = TABLES.states[state]![1];
    const where = districtName(state, division);
    add({ id, name: `U.S. District Court for the ${where}`, type: 'district', seat, tz, state, circuit });
    const bankruptcyId = id === 'ned' ? 'nebraskab' : `${id.slice(0, -1)}b`;
    const name = `U.S. Bankruptcy Court for the ${where}`;
    add({ id: bankruptcyId, name, type: 'bankruptcy', seat, tz, state, circuit });
  }
  for (const [id, type, circuit, seat, tz] of TABLES.circuits) {
    const name = `${CIRCUIT_COURT_NAMES[type]} ${ORDINALS[Number(circuit) - 1]} Circuit`;
    add({ id, name, type, seat, tz, state: null, circuit });
  }
  for (const [id, type, name, seat, tz, state, circuit] of TABLES.named) {
    add({ id, name, type, seat, tz, state, circuit });
  }
  return courts;
}

const COURTS = buildCourts();

/** Other spellings seen in the wild: CourtListener-style ids and a few file-name conventions. */
const ALIASES: Record<string, string> = {
  neb: 'nebraskab',
  sdny: 'nysd',
  edny: 'nyed',
  ndny: 'nynd',
  wdny: 'nywd',
  cofc: 'uscfc',
};

/** The court with this CM/ECF id (case-insensitive), or `null`. */
export function findCourt(id: string): Court | null {
  const key = id.trim().toLowerCase();
  return COURTS.get(key) ?? COURTS.get(ALIASES[key] ?? '') ?? null;
}

/** The court with this id; throws `UnknownCourtError` when there is none. */
export function getCourt(id: string): Court {
  const court = findCourt(id);
  if (!court) throw new UnknownCourtError(id);
  return court;
}

/** Every court in the table, districts first. */
export function allCourts(): Court[] {
  return [...COURTS.values()];
}

/** A case docketwatch was asked to track that cannot be a case in that court, with what was probably meant. */
export class CaseNumberError extends DocketwatchError {
  constructor(message: string) {
    super('ECASE', message);
  }
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}

/** Court ids close to an unknown one (a typo, a missing letter), nearest first. */
export function suggestCourts(id: string, limit = 3): string[] {
  const key = id.trim().toLowerCase();
  return (
    [...COURTS.keys(), ...Object.keys(ALIASES)]
      .map((c) => ({ c, d: editDistance(key, c), prefix: c.startsWith(key) ? 0 : 1 }))
      .filter(({ d }) => d <= (key.length <= 3 ? 1 : 2))
      // A letter left off the end is the commonest slip: those first among equals.
      .sort((a, b) => a.d - b.d || a.prefix - b.prefix || a.c.localeCompare(b.c))
      .slice(0, limit)
      .map(({ c }) => c)
  );
}

/** `2:17-cv-11910` (office optional, judge initials and other suffixes allowed). */
const TRIAL_NUMBER = /^(?:\d{1,2}:)?\d{2}-[a-z]{1,5}-\d{1,6}(?:-[a-z0-9-]*)?$/i;
/** The same run together or spaced differently: `17cv11910`, `2:17 cv 11910`, `2-17-cv-11910`. */
const TRIAL_LOOSE = /^(?:(\d{1,2})[:\-\s]?)??(\d{2})[-\s]?([a-z]{1,5})[-\s]?(\d{1,6})$/i;
/** Courts of appeals: `17-2171`. */
const APPELLATE_NUMBER = /^\d{2}-\d{1,6}$/;

/**
 * The court and docket number of a case someone asks docketwatch to track, checked against how
 * that court numbers its cases; a `CaseNumberError` says what was probably meant.
 */
export function checkCaseNumber(courtId: string, docket: string): { court: Court; docket: string } {
  const court = findCourt(courtId);
  if (!court) {
    if (findCourt(docket) && (TRIAL_NUMBER.test(courtId) || APPELLATE_NUMBER.test(courtId)))
      throw new CaseNumberError(
        `the court comes first: docketwatch case add ${docket.trim()} ${courtId.trim()}`,
      );
    const near = suggestCourts(courtId);
    throw new CaseNumberError(
      `unknown court id "${courtId}"${near.length ? ` — did you mean ${near.join(', ')}?` : ''} (CM/ECF ids look like mied for the Eastern District of Michigan, nysd, ca6 for the Sixth Circuit)`,
    );
  }
  const d = docket.trim().replace(/[\u2010-\u2015]/g, '-');
  if (court.type === 'appellate' || court.type === 'bap') {
    if (APPELLATE_NUMBER.test(d)) return { court, docket: d };
    const digits = /^(\d{2})[-\s]?(\d{1,6})$/.exec(d);
    const hint = digits
      ? ` — did you mean ${digits[1]}-${digits[2]}?`
      : TRIAL_NUMBER.test(d)
        ? ` — that looks like a district court number; the appeal has a number of its own`
        : '';
    throw new CaseNumberError(
      `"${docket}" is not a ${court.name} docket number${hint} (they look like 17-2171: year, then number)`,
    );
  }
  if (TRIAL_NUMBER.test(d)) return { court, docket: d };
  const loose = TRIAL_LOOSE.exec(d);
  const hint = loose
    ? ` — did you mean ${loose[1] ? `${Number(loose[1])}:` : ''}${loose[2]}-${loose[3]!.toLowerCase()}-${loose[4]}?`
    : APPELLATE_NUMBER.test(d)
      ? ' — that looks like a court of appeals number; its court id is the circuit (for example ca6)'
      : '';
  throw new CaseNumberError(
    `"${docket}" is not a ${court.name} docket number${hint} (they look like 2:17-cv-11910: office, year, case type, number)`,
  );
}
