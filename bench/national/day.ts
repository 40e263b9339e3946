/**
 * The national day for `npm run bench -- national`: a seeded, generated day of every federal
 * court's RSS feed. 200 courts (94 district, 93 bankruptcy, 13 appellate) with 150,000 items, of
 * which 2 % belong to 1,000 tracked cases, all scaled by `scale`.
 *
 * Courts are not alike: their volumes fall off as a power law of their rank (a few courts carry
 * much of the day). Items are bursty, as courts are: most arrive in bursts (a clerk docketing a
 * batch, a judge's chambers releasing orders) of a few minutes around business hours in each
 * court's own time zone; the rest are spread over the day with the same hourly profile.
 *
 * Every item of a tracked case carries a tag in its short description (`ndw` + letters, no digits:
 * the deadline readers must not take it for a number) so the SMTP sink can tell which publication
 * an email announces.
 */
import { DateTime } from 'luxon';
import { allCourts, type Court } from '../../src/courts.ts';

export interface DayItem {
  /** Index in publication order. */
  id: number;
  court: string;
  /** Court instant the item appears in the feed (ms since epoch). */
  at: number;
  docket: string;
  caseName: string;
  /** CM/ECF's internal case id (in the docket link). */
  caseId: string;
  number: number | null;
  /** Canonical PACER document id of a numbered entry (the feed and the docket report link it alike). */
  docId: string | null;
  shortDescription: string;
  seqNo: number;
  /** Index in `tracked`, or -1. */
  tracked: number;
}

export interface TrackedCase {
  court: string;
  docket: string;
  name: string;
  caseId: string;
}

export interface NationalDay {
  courts: Court[];
  items: DayItem[];
  tracked: TrackedCase[];
  /** First and last publication (court instants). */
  start: number;
  end: number;
}

export const FULL = { courts: 200, items: 150_000, tracked: 1_000, trackedShare: 0.02 } as const;

/** The day: Monday, November 16, 2026 in each court's zone. */
const DAY = { year: 2026, month: 11, day: 16 };

/** Relative volume per local hour 0–23: a little at night, two humps around lunch. */
const HOURLY = [
  0.3, 0.2, 0.2, 0.2, 0.3, 0.5, 1, 3, 6, 9, 11, 11, 7, 9, 11, 11, 10, 7, 3, 1.5, 1, 0.8, 0.6, 0.4,
];
const SHARE_IN_BURSTS = 0.65;
const MEAN_BURST_ITEMS = 25;
const MEAN_BURST_SPREAD_MS = 3 * 60_000;

const DISTRICT_EVENTS = [
  'Order',
  'Motion to Dismiss',
  'Notice of Appearance',
  'Scheduling Order',
  'Minute Entry',
  'Response in Opposition to Motion',
  'Reply to Response to Motion',
  'Motion for Extension of Time to File Answer',
  'Order on Motion for Extension of Time',
  'Answer to Complaint',
  'Summons Issued',
  'Motion for Summary Judgment',
  'Order on Motion to Dismiss',
  'Stipulation',
  'Notice of Hearing',
  'Judgment',
  'Brief',
  'Exhibit',
  'Certificate of Service',
  'Notice of Appeal',
];
const BANKRUPTCY_EVENTS = [
  'Order Confirming Chapter 13 Plan',
  'Proof of Claim',
  'Meeting of Creditors Chapter 7 No Asset',
  'Motion for Relief from Stay',
  'Order Granting Motion for Relief from Stay',
  'Notice of Appearance and Request for Notice',
  'Discharge of Debtor',
  'Certificate of Credit Counseling',
  'Objection to Claim',
  'Chapter 13 Plan',
  'Order Dismissing Case',
  'Notice of Hearing',
];
const APPELLATE_EVENTS = [
  'Order filed',
  'Appellant brief filed',
  'Appellee brief filed',
  'Notice of appearance filed',
  'Motion to extend time to file brief filed',
  'Opinion filed',
  'Judgment filed',
  'Mandate issued',
];
const NAMES_A = [
  'Garcia',
  'Smith',
  'Nguyen',
  'Johnson',
  'Okafor',
  'Kowalski',
  'Haddad',
  'Lee',
  'Brown',
  'Patel',
];
const NAMES_B = [
  'Acme Corp.',
  'United States',
  'Doe',
  'Sample LLC',
  'Example Bank N.A.',
  'City of Springfield',
];

/** mulberry32: a small, fast, seeded PRNG, so every run generates the same day. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The 200 courts: every district and bankruptcy court and the thirteen courts of appeals. */
export function nationalCourts(count: number): Court[] {
  const courts = allCourts();
  const of = (type: Court['type']) => courts.filter((c) => c.type === type);
  const appellate = of('appellate');
  const district = of('district');
  const bankruptcy = of('bankruptcy');
  // Interleave so that a scaled-down day still has every kind of court.
  const mixed: Court[] = [];
  for (let i = 0; mixed.length < district.length + bankruptcy.length + appellate.length; i++) {
    for (const list of [district, bankruptcy, appellate]) if (list[i]) mixed.push(list[i]!);
  }
  return mixed.slice(0, Math.min(count, FULL.courts));
}

/** `letters(0) = 'aaaa'`: a tag made of letters only. */
export function tagOf(id: number): string {
  let s = '';
  let n = id;
  for (let i = 0; i < 5; i++) {
    s = String.fromCharCode(97 + (n % 26)) + s;
    n = Math.floor(n / 26);
  }
  return `ndw${s}`;
}

export function idOfTag(tag: string): number {
  let n = 0;
  for (const ch of tag.slice(3)) n = n * 26 + (ch.charCodeAt(0) - 97);
  return n;
}

export function generateDay(scale: number, seed = 20261116): NationalDay {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const courts = nationalCourts(Math.max(3, Math.round(FULL.courts * scale)));
  const itemCount = Math.max(100, Math.round(FULL.items * scale));
  const trackedCount = Math.max(5, Math.round(FULL.tracked * scale));
  const trackedItems = Math.round(itemCount * FULL.trackedShare);

  // Volume by rank: a power law over a seeded order of the courts.
  const order = courts.map((c) => ({ c, r: random() })).sort((a, b) => a.r - b.r);
  const weights = new Map(order.map(({ c }, rank) => [c.id, 1 / (rank + 1) ** 0.7]));
  const totalWeight = [...weights.values()].reduce((a, b) => a + b, 0);
  const shareOf = (court: Court) => weights.get(court.id)! / totalWeight;

  const hourTotal = HOURLY.reduce((a, b) => a + b, 0);
  const localMinute = (): number => {
    let r = random() * hourTotal;
    let hour = 0;
    while (r >= HOURLY[hour]!) r -= HOURLY[hour++]!;
    return hour * 60 + random() * 60;
  };
  const midnight = new Map(courts.map((c) => [c.id, DateTime.fromObject(DAY, { zone: c.tz }).toMillis()]));
  /** `n` instants for a court: bursts around hours drawn from the profile, and scattered items. */
  const instants = (court: Court, n: number): number[] => {
    const base = midnight.get(court.id)!;
    const out: number[] = [];
    let inBursts = Math.round(n * SHARE_IN_BURSTS);
    while (inBursts > 0) {
      const size = Math.min(inBursts, 1 + Math.floor(-Math.log(1 - random()) * MEAN_BURST_ITEMS));
      const center = base + localMinute() * 60_000;
      for (let i = 0; i < size; i++) out.push(center + -Math.log(1 - random()) * MEAN_BURST_SPREAD_MS);
      inBursts -= size;
    }
    while (out.length < n) out.push(base + localMinute() * 60_000);
    return out;
  };

  const docketOf = (court: Court, serial: number): string => {
    if (court.type === 'appellate') return `26-${String(1000 + (serial % 9000))}`;
    const office = 1 + (serial % 4);
    const type = court.type === 'bankruptcy' ? 'bk' : serial % 5 === 0 ? 'cr' : 'cv';
    return `${office}:26-${type}-${String(serial % 100_000).padStart(5, '0')}`;
  };
  const nameOf = () => `${pick(NAMES_A)} v. ${pick(NAMES_B)}`;
  const eventsOf = (court: Court) =>
    court.type === 'appellate'
      ? APPELLATE_EVENTS
      : court.type === 'bankruptcy'
        ? BANKRUPTCY_EVENTS
        : DISTRICT_EVENTS;

  // Tracked cases: spread over the courts by volume (at least one in each of the busiest).
  const tracked: (TrackedCase & { caseId: string; next: number })[] = [];
  const serials = new Map<string, number>();
  const nextSerial = (court: Court) => {
    const s = (serials.get(court.id) ?? Math.floor(random() * 50_000)) + 1 + Math.floor(random() * 7);
    serials.set(court.id, s);
    return s;
  };
  const caseIds = new Map<string, number>();
  const nextCaseId = (court: Court) => {
    const id = (caseIds.get(court.id) ?? 400_000 + Math.floor(random() * 100_000)) + 1;
    caseIds.set(court.id, id);
    return String(id);
  };
  // Tracked cases are trial-court cases (their docket reports are district-format pages); the
  // courts of appeals' items are all of other cases.
  const trial = courts.filter((c) => c.type !== 'appellate');
  const trialWeight = trial.reduce((sum, c) => sum + shareOf(c), 0);
  const drawCourt = (): Court => {
    let r = random() * trialWeight;
    for (const c of trial) {
      r -= shareOf(c);
      if (r <= 0) return c;
    }
    return trial[trial.length - 1]!;
  };
  for (let i = 0; i < trackedCount; i++) {
    const court = drawCourt();
    tracked.push({
      court: court.id,
      docket: docketOf(court, nextSerial(court)),
      name: nameOf(),
      caseId: nextCaseId(court),
      next: 1,
    });
  }
  const courtById = new Map(courts.map((c) => [c.id, c]));

  const raw: Omit<DayItem, 'id' | 'seqNo' | 'docId'>[] = [];
  // Tracked items: each tracked case gets at least one, the rest at random; numbers in order of time.
  const perTracked = tracked.map(() => 1);
  for (let i = trackedCount; i < trackedItems; i++) perTracked[Math.floor(random() * trackedCount)]!++;
  tracked.forEach((t, k) => {
    const court = courtById.get(t.court)!;
    for (const at of instants(court, perTracked[k]!).sort((a, b) => a - b)) {
      const event = pick(eventsOf(court));
      const numbered = !/^(Minute Entry|Notice of Hearing)$/.test(event);
      raw.push({
        court: t.court,
        at,
        docket: t.docket,
        caseName: t.name,
        caseId: t.caseId,
        number: numbered ? t.next++ : null,
        shortDescription: event,
        tracked: k,
      });
    }
  });
  // Everything else: other cases of each court, a few items each.
  for (const court of courts) {
    const n = Math.round((itemCount - trackedItems) * shareOf(court));
    const pool = Array.from({ length: Math.max(1, Math.round(n / 3)) }, () => ({
      docket: docketOf(court, nextSerial(court)),
      name: nameOf(),
      caseId: nextCaseId(court),
      next: 1 + Math.floor(random() * 80),
    }));
    for (const at of instants(court, n)) {
      const c = pick(pool);
      const event = pick(eventsOf(court));
      raw.push({
        court: court.id,
        at,
        docket: c.docket,
        caseName: c.name,
        caseId: c.caseId,
        number: /^(Minute Entry|Notice of Hearing)$/.test(event) ? null : c.next++,
        shortDescription: event,
        tracked: -1,
      });
    }
  }
  raw.sort((a, b) => a.at - b.at);
  const seq = new Map<string, number>();
  const items = raw.map((r, id): DayItem => {
    const s = (seq.get(r.caseId) ?? 0) + 1;
    seq.set(r.caseId, s);
    const item = {
      ...r,
      id,
      seqNo: s,
      docId: r.number === null ? null : `1230${String(id).padStart(8, '0')}`,
    };
    if (r.tracked >= 0) item.shortDescription = `${r.shortDescription} ${tagOf(id)}`;
    return item;
  });
  return {
    courts,
    items,
    tracked: tracked.map(({ court, docket, name, caseId }) => ({ court, docket, name, caseId })),
    start: items[0]!.at,
    end: items[items.length - 1]!.at,
  };
}
