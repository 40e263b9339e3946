/**
 * Appeals linked from what dockets say, whichever case arrives first. A claim is one docket
 * saying "this appeal comes from that case": an appellate docket's originating case number, or a
 * district entry naming its appeal ("USCA Case Number 17-2171"). Claims are kept
 * (`case_link_claims`), and `applyLinkClaims` links every claim whose two cases are in the record
 * (the appeal's `parent_case_id`, read both ways by the pages and the notifier), appending
 * `case.linked` on the appeal. A district entry naming its appeal tracks the appeal when the
 * district case is tracked, so the court of appeals' feed brings its orders to the district
 * case's subscribers.
 */
import type { Kysely } from 'kysely';
import { allCourts, findCourt } from '../src/courts.ts';
import { caseKey } from '../src/model/case-key.ts';
import type { PayloadOf } from '../src/model/events.ts';
import { ingestOfEvents } from './ingests.ts';
import type { Database } from './schema.ts';

type Db = Kysely<Database>;

export interface LinkClaim {
  appealCourt: string;
  appealDocket: string;
  /** `null` when the appellate docket does not say the court. */
  originCourt: string | null;
  originDocket: string;
  seenIn: 'appellate-docket' | 'district-entry';
}

export interface MadeLink {
  /** `court:docket` of the appeal and of the case it comes from. */
  appeal: string;
  parent: string;
  /** The appeal was not in the record and is tracked now (from a district entry). */
  tracked: boolean;
}

/** Keep claims (each once). */
export async function recordLinkClaims(
  db: Db,
  claims: readonly LinkClaim[],
  now = new Date(),
): Promise<void> {
  for (const c of claims) {
    await db
      .insertInto('case_link_claims')
      .values({
        appeal_court: c.appealCourt,
        appeal_docket: c.appealDocket,
        origin_court: c.originCourt ?? '',
        origin_docket: c.originDocket,
        seen_in: c.seenIn,
        seen_at: now.toISOString(),
      })
      .onConflict((oc) =>
        oc.columns(['appeal_court', 'appeal_docket', 'origin_court', 'origin_docket']).doNothing(),
      )
      .execute();
  }
}

/**
 * Link every claim about these cases (as appeal or as origin; all claims when `cases` is absent)
 * whose two cases are in the record and whose appeal is not linked yet. A claim naming an origin
 * without its court links only when one case in the record has that number.
 */
export async function applyLinkClaims(
  db: Db,
  cases?: readonly { court: string; docket: string }[],
  now = new Date(),
): Promise<MadeLink[]> {
  let q = db.selectFrom('case_link_claims').selectAll();
  if (cases) {
    if (cases.length === 0) return [];
    q = q.where((eb) =>
      eb.or(
        cases.flatMap((c) => [
          eb.and([eb('appeal_court', '=', c.court), eb('appeal_docket', '=', c.docket)]),
          eb('origin_docket', '=', c.docket),
        ]),
      ),
    );
  }
  const made: MadeLink[] = [];
  for (const claim of await q.orderBy('seen_at').execute()) {
    let originQuery = db
      .selectFrom('cases')
      .select(['id', 'court_id', 'docket_number', 'tracked', 'case_name'])
      .where('docket_number', '=', claim.origin_docket);
    if (claim.origin_court !== '') originQuery = originQuery.where('court_id', '=', claim.origin_court);
    const origins = await originQuery.limit(2).execute();
    if (origins.length !== 1) continue;
    const origin = origins[0]!;
    let appeal = await db
      .selectFrom('cases')
      .select(['id', 'parent_case_id'])
      .where('court_id', '=', claim.appeal_court)
      .where('docket_number', '=', claim.appeal_docket)
      .executeTakeFirst();
    let tracked = false;
    if (!appeal) {
      // Only a district entry of a tracked case brings an appeal into the record by itself.
      if (claim.seen_in !== 'district-entry' || origin.tracked !== 1) continue;
      const at = now.toISOString();
      await db
        .insertInto('courts')
        .values({ id: claim.appeal_court, name: null, created_at: at })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
      const inserted = await db
        .insertInto('cases')
        .values({
          court_id: claim.appeal_court,
          docket_number: claim.appeal_docket,
          docket_number_raw: claim.appeal_docket,
          // The district case's caption: the appeal's page and messages say whose appeal it is.
          case_name: origin.case_name,
          pacer_case_id: null,
          parent_case_id: null,
          link_type: null,
          tracked: 1,
          created_at: at,
        })
        .onConflict((oc) => oc.columns(['court_id', 'docket_number']).doNothing())
        .returning('id')
        .execute();
      if (inserted.length === 0) continue; // another process made it: linked on its next pass
      appeal = { id: inserted[0]!.id, parent_case_id: null };
      tracked = true;
      await appendEvent(db, appeal.id, 'case.tracked', { source: `link:${claim.seen_in}` }, at);
    }
    if (appeal.parent_case_id !== null || appeal.id === origin.id) continue;
    const parent = caseKey(origin.court_id, origin.docket_number);
    if (!(await linkAppeal(db, appeal.id, { id: origin.id, key: parent }, now))) continue;
    made.push({ appeal: caseKey(claim.appeal_court, claim.appeal_docket), parent, tracked });
  }
  return made;
}

async function appendEvent<T extends 'case.tracked' | 'case.linked'>(
  db: Db,
  caseId: number,
  type: T,
  payload: PayloadOf<T>,
  at: string,
): Promise<void> {
  await db
    .insertInto('events')
    .values({
      case_id: caseId,
      type,
      entry_key: null,
      payload: JSON.stringify(payload),
      created_at: at,
      ingest: ingestOfEvents(),
    })
    .execute();
}

/** An appeal in the record that no docket has linked to the case it comes from yet. */
export interface UnlinkedAppeal {
  /** `court:docket`. */
  key: string;
  court: string;
  docketNumber: string;
  caseName: string | null;
  /** Tracked district cases of the same circuit whose caption shares names with the appeal's, best first. */
  candidates: { key: string; caseName: string | null }[];
}

/** Words of a caption that name someone ("v.", "et al", "USA" and short words left out). */
function captionWords(name: string | null): Set<string> {
  const common = new Set([
    'et',
    'al',
    'the',
    'and',
    'usa',
    'united',
    'states',
    'america',
    'inc',
    'llc',
    'in',
    're',
  ]);
  return new Set(
    (name ?? '')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length >= 3 && !common.has(w)),
  );
}

/**
 * The tracked appeals with no case they come from (an appellate RSS feed never says it, and no
 * docket report or district entry has), each with the district cases of its circuit a maintainer
 * most likely means: those whose caption shares a party's name.
 */
export async function unlinkedAppeals(db: Db, limit = 50): Promise<UnlinkedAppeal[]> {
  const appellate = new Set(
    allCourts()
      .filter((c) => c.type === 'appellate')
      .map((c) => c.id),
  );
  const appeals = await db
    .selectFrom('cases')
    .select(['court_id', 'docket_number', 'case_name'])
    .where('tracked', '=', 1)
    .where('parent_case_id', 'is', null)
    .where('court_id', 'in', [...appellate])
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
  if (appeals.length === 0) return [];
  const districts = await db
    .selectFrom('cases')
    .select(['court_id', 'docket_number', 'case_name'])
    .where('tracked', '=', 1)
    .where('court_id', 'not in', [...appellate])
    .execute();
  return appeals.map((a) => {
    const circuit = findCourt(a.court_id)?.circuit ?? null;
    const named = captionWords(a.case_name);
    const candidates = districts
      .filter((d) => findCourt(d.court_id)?.type === 'district' && findCourt(d.court_id)?.circuit === circuit)
      .map((d) => ({ d, shared: [...captionWords(d.case_name)].filter((w) => named.has(w)).length }))
      .filter((x) => x.shared > 0)
      .sort((x, y) => y.shared - x.shared)
      .slice(0, 5)
      .map(({ d }) => ({ key: caseKey(d.court_id, d.docket_number), caseName: d.case_name }));
    return {
      key: caseKey(a.court_id, a.docket_number),
      court: a.court_id,
      docketNumber: a.docket_number,
      caseName: a.case_name,
      candidates,
    };
  });
}

/**
 * A maintainer says which case an appeal comes from (`/admin`): linked as a docket's claim would
 * link it, with `case.linked`; an appeal already linked is not changed. `false` when either case
 * is not in the record, the appeal is linked already, or it is the same case.
 */
export async function linkAppealByHand(
  db: Db,
  appeal: { court: string; docket: string },
  origin: { court: string; docket: string },
  now = new Date(),
): Promise<boolean> {
  const find = (c: { court: string; docket: string }) =>
    db
      .selectFrom('cases')
      .select(['id', 'parent_case_id'])
      .where('court_id', '=', c.court)
      .where('docket_number', '=', c.docket)
      .executeTakeFirst();
  const [a, o] = [await find(appeal), await find(origin)];
  if (!a || !o || a.id === o.id || a.parent_case_id !== null) return false;
  return linkAppeal(db, a.id, { id: o.id, key: caseKey(origin.court, origin.docket) }, now);
}

/**
 * Link an appeal to the case it comes from, with `case.linked`, unless it is linked already (in
 * between, by another process): `false` then, and nothing is told.
 */
async function linkAppeal(
  db: Db,
  appealId: number,
  origin: { id: number; key: string },
  now: Date,
): Promise<boolean> {
  if (!(await setAppealParent(db, appealId, origin.id))) return false;
  await appendEvent(db, appealId, 'case.linked', { parent: origin.key, link: 'appeal' }, now.toISOString());
  return true;
}

/**
 * Make `parentId` the case an appeal comes from, unless the appeal is linked already (by another
 * process in between): `false` then. The caller tells `case.linked`.
 */
export async function setAppealParent(db: Db, appealId: number, parentId: number): Promise<boolean> {
  const linked = await db
    .updateTable('cases')
    .set({ parent_case_id: parentId, link_type: 'appeal' })
    .where('id', '=', appealId)
    .where('parent_case_id', 'is', null)
    .returning('id')
    .execute();
  return linked.length > 0;
}
