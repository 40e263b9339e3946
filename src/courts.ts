/**
 * The federal courts docketwatch knows: CM/ECF court id → name, seat, time zone (the seat's, which
 * is where "midnight" falls for the last day of electronic filing under FRCP 6(a)(4)(A) and
 * FRAP 26(a)(4)(A)), state and circuit. District ids are `<state><district letter>d` ("mied");
 * each district's bankruptcy court is the same id with `b` for `d` ("mieb"), except Nebraska's,
 * which CM/ECF calls `nebraskab`.
 */
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

const ET = 'America/New_York';
const CT = 'America/Chicago';
const MT = 'America/Denver';
const PT = 'America/Los_Angeles';

const STATES: Record<string, [name: string, circuit: string]> = {
  AL: ['Alabama', '11'],
  AK: ['Alaska', '9'],
  AZ: ['Arizona', '9'],
  AR: ['Arkansas', '8'],
  CA: ['California', '9'],
  CO: ['Colorado', '10'],
  CT: ['Connecticut', '2'],
  DE: ['Delaware', '3'],
  DC: ['the District of Columbia', 'dc'],
  FL: ['Florida', '11'],
  GA: ['Georgia', '11'],
  GU: ['Guam', '9'],
  HI: ['Hawaii', '9'],
  ID: ['Idaho', '9'],
  IL: ['Illinois', '7'],
  IN: ['Indiana', '7'],
  IA: ['Iowa', '8'],
  KS: ['Kansas', '10'],
  KY: ['Kentucky', '6'],
  LA: ['Louisiana', '5'],
  ME: ['Maine', '1'],
  MD: ['Maryland', '4'],
  MA: ['Massachusetts', '1'],
  MI: ['Michigan', '6'],
  MN: ['Minnesota', '8'],
  MS: ['Mississippi', '5'],
  MO: ['Missouri', '8'],
  MT: ['Montana', '9'],
  NE: ['Nebraska', '8'],
  NV: ['Nevada', '9'],
  NH: ['New Hampshire', '1'],
  NJ: ['New Jersey', '3'],
  NM: ['New Mexico', '10'],
  NY: ['New York', '2'],
  NC: ['North Carolina', '4'],
  ND: ['North Dakota', '8'],
  MP: ['the Northern Mariana Islands', '9'],
  OH: ['Ohio', '6'],
  OK: ['Oklahoma', '10'],
  OR: ['Oregon', '9'],
  PA: ['Pennsylvania', '3'],
  PR: ['Puerto Rico', '1'],
  RI: ['Rhode Island', '1'],
  SC: ['South Carolina', '4'],
  SD: ['South Dakota', '8'],
  TN: ['Tennessee', '6'],
  TX: ['Texas', '5'],
  UT: ['Utah', '10'],
  VT: ['Vermont', '2'],
  VI: ['the Virgin Islands', '3'],
  VA: ['Virginia', '4'],
  WA: ['Washington', '9'],
  WV: ['West Virginia', '4'],
  WI: ['Wisconsin', '7'],
  WY: ['Wyoming', '10'],
};

const DIVISION: Record<string, string> = {
  n: 'Northern',
  s: 'Southern',
  e: 'Eastern',
  w: 'Western',
  m: 'Middle',
  c: 'Central',
};

/** [district id, state, division letter ('' for a single-district state), seat, zone] */
const DISTRICTS: [string, string, string, string, string][] = [
  ['alnd', 'AL', 'n', 'Birmingham', CT],
  ['almd', 'AL', 'm', 'Montgomery', CT],
  ['alsd', 'AL', 's', 'Mobile', CT],
  ['akd', 'AK', '', 'Anchorage', 'America/Anchorage'],
  ['azd', 'AZ', '', 'Phoenix', 'America/Phoenix'],
  ['ared', 'AR', 'e', 'Little Rock', CT],
  ['arwd', 'AR', 'w', 'Fort Smith', CT],
  ['cand', 'CA', 'n', 'San Francisco', PT],
  ['caed', 'CA', 'e', 'Sacramento', PT],
  ['cacd', 'CA', 'c', 'Los Angeles', PT],
  ['casd', 'CA', 's', 'San Diego', PT],
  ['cod', 'CO', '', 'Denver', MT],
  ['ctd', 'CT', '', 'New Haven', ET],
  ['ded', 'DE', '', 'Wilmington', ET],
  ['dcd', 'DC', '', 'Washington', ET],
  ['flnd', 'FL', 'n', 'Tallahassee', ET],
  ['flmd', 'FL', 'm', 'Tampa', ET],
  ['flsd', 'FL', 's', 'Miami', ET],
  ['gand', 'GA', 'n', 'Atlanta', ET],
  ['gamd', 'GA', 'm', 'Macon', ET],
  ['gasd', 'GA', 's', 'Savannah', ET],
  ['gud', 'GU', '', 'Hagåtña', 'Pacific/Guam'],
  ['hid', 'HI', '', 'Honolulu', 'Pacific/Honolulu'],
  ['idd', 'ID', '', 'Boise', 'America/Boise'],
  ['ilnd', 'IL', 'n', 'Chicago', CT],
  ['ilcd', 'IL', 'c', 'Springfield', CT],
  ['ilsd', 'IL', 's', 'East St. Louis', CT],
  ['innd', 'IN', 'n', 'South Bend', 'America/Indiana/Indianapolis'],
  ['insd', 'IN', 's', 'Indianapolis', 'America/Indiana/Indianapolis'],
  ['iand', 'IA', 'n', 'Cedar Rapids', CT],
  ['iasd', 'IA', 's', 'Des Moines', CT],
  ['ksd', 'KS', '', 'Kansas City', CT],
  ['kyed', 'KY', 'e', 'Lexington', ET],
  ['kywd', 'KY', 'w', 'Louisville', 'America/Kentucky/Louisville'],
  ['laed', 'LA', 'e', 'New Orleans', CT],
  ['lamd', 'LA', 'm', 'Baton Rouge', CT],
  ['lawd', 'LA', 'w', 'Shreveport', CT],
  ['med', 'ME', '', 'Portland', ET],
  ['mdd', 'MD', '', 'Baltimore', ET],
  ['mad', 'MA', '', 'Boston', ET],
  ['mied', 'MI', 'e', 'Detroit', 'America/Detroit'],
  ['miwd', 'MI', 'w', 'Grand Rapids', 'America/Detroit'],
  ['mnd', 'MN', '', 'St. Paul', CT],
  ['msnd', 'MS', 'n', 'Oxford', CT],
  ['mssd', 'MS', 's', 'Jackson', CT],
  ['moed', 'MO', 'e', 'St. Louis', CT],
  ['mowd', 'MO', 'w', 'Kansas City', CT],
  ['mtd', 'MT', '', 'Billings', MT],
  ['ned', 'NE', '', 'Omaha', CT],
  ['nvd', 'NV', '', 'Las Vegas', PT],
  ['nhd', 'NH', '', 'Concord', ET],
  ['njd', 'NJ', '', 'Newark', ET],
  ['nmd', 'NM', '', 'Albuquerque', MT],
  ['nynd', 'NY', 'n', 'Syracuse', ET],
  ['nyed', 'NY', 'e', 'Brooklyn', ET],
  ['nysd', 'NY', 's', 'New York', ET],
  ['nywd', 'NY', 'w', 'Buffalo', ET],
  ['nced', 'NC', 'e', 'Raleigh', ET],
  ['ncmd', 'NC', 'm', 'Greensboro', ET],
  ['ncwd', 'NC', 'w', 'Charlotte', ET],
  ['ndd', 'ND', '', 'Bismarck', CT],
  ['nmid', 'MP', '', 'Saipan', 'Pacific/Saipan'],
  ['ohnd', 'OH', 'n', 'Cleveland', ET],
  ['ohsd', 'OH', 's', 'Columbus', ET],
  ['oknd', 'OK', 'n', 'Tulsa', CT],
  ['oked', 'OK', 'e', 'Muskogee', CT],
  ['okwd', 'OK', 'w', 'Oklahoma City', CT],
  ['ord', 'OR', '', 'Portland', PT],
  ['paed', 'PA', 'e', 'Philadelphia', ET],
  ['pamd', 'PA', 'm', 'Scranton', ET],
  ['pawd', 'PA', 'w', 'Pittsburgh', ET],
  ['prd', 'PR', '', 'San Juan', 'America/Puerto_Rico'],
  ['rid', 'RI', '', 'Providence', ET],
  ['scd', 'SC', '', 'Columbia', ET],
  ['sdd', 'SD', '', 'Sioux Falls', CT],
  ['tned', 'TN', 'e', 'Knoxville', ET],
  ['tnmd', 'TN', 'm', 'Nashville', CT],
  ['tnwd', 'TN', 'w', 'Memphis', CT],
  ['txnd', 'TX', 'n', 'Dallas', CT],
  ['txed', 'TX', 'e', 'Tyler', CT],
  ['txsd', 'TX', 's', 'Houston', CT],
  ['txwd', 'TX', 'w', 'San Antonio', CT],
  ['utd', 'UT', '', 'Salt Lake City', MT],
  ['vtd', 'VT', '', 'Burlington', ET],
  ['vid', 'VI', '', 'St. Thomas', 'America/St_Thomas'],
  ['vaed', 'VA', 'e', 'Alexandria', ET],
  ['vawd', 'VA', 'w', 'Roanoke', ET],
  ['waed', 'WA', 'e', 'Spokane', PT],
  ['wawd', 'WA', 'w', 'Seattle', PT],
  ['wvnd', 'WV', 'n', 'Wheeling', ET],
  ['wvsd', 'WV', 's', 'Charleston', ET],
  ['wied', 'WI', 'e', 'Milwaukee', CT],
  ['wiwd', 'WI', 'w', 'Madison', CT],
  ['wyd', 'WY', '', 'Cheyenne', MT],
];

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

/** [id, circuit, seat, zone] */
const APPELLATE: [string, string, string, string][] = [
  ['ca1', '1', 'Boston', ET],
  ['ca2', '2', 'New York', ET],
  ['ca3', '3', 'Philadelphia', ET],
  ['ca4', '4', 'Richmond', ET],
  ['ca5', '5', 'New Orleans', CT],
  ['ca6', '6', 'Cincinnati', ET],
  ['ca7', '7', 'Chicago', CT],
  ['ca8', '8', 'St. Louis', CT],
  ['ca9', '9', 'San Francisco', PT],
  ['ca10', '10', 'Denver', MT],
  ['ca11', '11', 'Atlanta', ET],
];

function districtName(state: string, division: string): string {
  const stateName = STATES[state]![0];
  return division === '' ? `District of ${stateName}` : `${DIVISION[division]} District of ${stateName}`;
}

function buildCourts(): Map<string, Court> {
  const courts = new Map<string, Court>();
  const add = (court: Court) => courts.set(court.id, court);
  for (const [id, state, division, seat, tz] of DISTRICTS) {
    const circuit = STATES[state]![1];
    const where = districtName(state, division);
    add({ id, name: `U.S. District Court for the ${where}`, type: 'district', seat, tz, state, circuit });
    const bankruptcyId = id === 'ned' ? 'nebraskab' : `${id.slice(0, -1)}b`;
    add({
      id: bankruptcyId,
      name: `U.S. Bankruptcy Court for the ${where}`,
      type: 'bankruptcy',
      seat,
      tz,
      state,
      circuit,
    });
  }
  for (const [id, circuit, seat, tz] of APPELLATE) {
    const name = `U.S. Court of Appeals for the ${ORDINALS[Number(circuit) - 1]} Circuit`;
    add({ id, name, type: 'appellate', seat, tz, state: null, circuit });
  }
  add({
    id: 'cadc',
    name: 'U.S. Court of Appeals for the District of Columbia Circuit',
    type: 'appellate',
    seat: 'Washington',
    tz: ET,
    state: 'DC',
    circuit: 'dc',
  });
  add({
    id: 'cafc',
    name: 'U.S. Court of Appeals for the Federal Circuit',
    type: 'appellate',
    seat: 'Washington',
    tz: ET,
    state: 'DC',
    circuit: 'fed',
  });
  const baps: [string, string, string, string][] = [
    ['bap1', '1', 'Boston', ET],
    ['bap6', '6', 'Cincinnati', ET],
    ['bap8', '8', 'St. Louis', CT],
    ['bap9', '9', 'Pasadena', PT],
    ['bap10', '10', 'Denver', MT],
  ];
  for (const [id, circuit, seat, tz] of baps) {
    const name = `Bankruptcy Appellate Panel of the ${ORDINALS[Number(circuit) - 1]} Circuit`;
    add({ id, name, type: 'bap', seat, tz, state: null, circuit });
  }
  const national: [string, string, string, string | null][] = [
    ['jpml', 'Judicial Panel on Multidistrict Litigation', 'Washington', 'DC'],
    ['cavc', 'U.S. Court of Appeals for Veterans Claims', 'Washington', 'DC'],
    ['uscfc', 'U.S. Court of Federal Claims', 'Washington', 'DC'],
    ['cit', 'U.S. Court of International Trade', 'New York', 'NY'],
  ];
  for (const [id, name, seat, state] of national) {
    add({ id, name, type: 'national', seat, tz: ET, state, circuit: null });
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
