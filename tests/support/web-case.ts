/**
 * A small hand-written case record for the web tests, in the style of E.D. Mich. CM/ECF docket
 * text (invented entries, modeled on the format): a petition, a stay order, a briefing order, a
 * motion whose text is hostile markup, and a source with declared partial coverage.
 */
import { addCase, findCase } from '../../db/cases.ts';
import type { Store } from '../../db/index.ts';
import { recordCoverage } from '../../db/sources.ts';
import { refreshAfterIngest } from '../../src/deadlines/record.ts';
import { ingest } from '../../src/ingest/index.ts';
import type { DocketCase, DocketEntry, ParseResult } from '../../src/model/docket.ts';
import { docket, entry, result } from './dockets.ts';

export const CASE = {
  court: 'mied',
  docket: '2:17-cv-11910',
  key: 'mied:2:17-cv-11910',
  name: 'Hamama et al v. Adducci',
};
/** The day the pages are looked at in these tests. */
export const AS_OF = new Date('2017-06-27T15:00:00Z');

/** Docket text an attacker could file: a script, an attribute breaker, a javascript: link. */
export const HOSTILE =
  'MOTION for Leave <script>alert("x")</script> "><img src=x onerror=alert(1)> \'onmouseover=\'alert(2) & more';

export const ENTRIES: DocketEntry[] = [
  entry({
    number: '1',
    dateFiled: '2017-06-15',
    description:
      'PETITION for Writ of Habeas Corpus filed by All Petitioners against Rebecca Adducci. (Attachments: # 1 Civil Cover Sheet) (Aukerman, Miriam) (Entered: 06/15/2017)',
    pacerSeqNo: '1',
  }),
  entry({
    number: '32',
    dateFiled: '2017-06-22',
    description:
      'ORDER Staying Removal of Petitioners. Respondents are STAYED from removing Petitioners for fourteen (14) days. Signed by District Judge Mark A. Goldsmith. (Sandusky, K) (Entered: 06/22/2017)',
    pacerSeqNo: '32',
    documentUrl: 'https://ecf.mied.uscourts.gov/doc1/09507011111',
  }),
  entry({
    number: '40',
    dateFiled: '2017-06-26',
    description:
      'ORDER setting briefing schedule. Respondents shall file a response to the Motion by 7/10/2017. Signed by District Judge Mark A. Goldsmith. (Sandusky, K) (Entered: 06/26/2017)',
    pacerSeqNo: '40',
  }),
  entry({
    number: '38',
    dateFiled: '2017-06-26',
    description:
      'MOTION to Dismiss for Lack of Subject-Matter Jurisdiction by All Respondents. (Attachments: # 1 Index of Exhibits) (Snyder, Jennifer) (Entered: 06/26/2017)',
    pacerSeqNo: '38',
  }),
  entry({
    number: '41',
    dateFiled: '2017-06-26',
    description: HOSTILE,
    pacerSeqNo: '41',
    documentUrl: 'javascript:alert(3)',
  }),
];

/** An order that moves the response to the motion to dismiss (ECF No. 38). */
export const MOVING_ORDER = entry({
  number: '45',
  dateFiled: '2017-06-28',
  description:
    'STIPULATED ORDER extending time to file response to [38] MOTION to Dismiss. Responses due by 8/4/2017. Signed by District Judge Mark A. Goldsmith. (Sandusky, K) (Entered: 06/28/2017)',
  pacerSeqNo: '45',
});

/** The stay extended to July 24, 2017 (ECF No. 47): the order the alert tests send. */
export const EXTENDING_ORDER = entry({
  number: '47',
  dateFiled: '2017-06-29',
  description:
    'ORDER extending the stay of removal of Petitioners through July 24, 2017. Respondents are STAYED from removing Petitioners until July 24, 2017. Signed by District Judge Mark A. Goldsmith. (Sandusky, K) (Entered: 06/29/2017)',
  pacerSeqNo: '47',
});

/** The first entry of the appeal's docket at the Sixth Circuit. */
export const APPEAL_DOCKETED = entry({
  number: '1',
  dateFiled: '2017-09-22',
  description: 'Civil Case Docketed. Notice filed by Appellants.',
});

/** The Sixth Circuit's docket of the case's appeal (No. 17-2171) with `entries`, as its parser gives it. */
export function appealDocket(entries: DocketEntry[], header: Partial<DocketCase> = {}): ParseResult {
  return result('pacer-appellate', [docket('17-2171', entries, { caseName: CASE.name, ...header })], 'ca6');
}

export async function ingestEntries(
  store: Store,
  entries: DocketEntry[],
  source = 'mied-docket',
): Promise<void> {
  const out = await ingest(
    store.db,
    result('pacer-docket', [docket(CASE.docket, entries, { caseName: CASE.name })]),
    {
      source,
    },
  );
  await refreshAfterIngest(store, out.events);
}

export async function seedCase(store: Store, now: Date = AS_OF): Promise<void> {
  await addCase(store.db, CASE.court, CASE.docket, { name: CASE.name });
  await ingestEntries(store, ENTRIES);
  // The court's RSS feed, which carries only orders and opinions, checked a few minutes ago.
  await store.db
    .insertInto('sources')
    .values({
      id: 'mied-rss',
      type: 'pacer-rss',
      scope: 'court',
      court_id: 'mied',
      case_id: null,
      config: JSON.stringify({ court: 'mied' }),
      created_at: now.toISOString(),
    })
    .execute();
  const tracked = await findCase(store.db, `${CASE.court}:${CASE.docket}`);
  await recordCoverage(store.db, 'mied-rss', [tracked!.id], {
    entryTypes: ['orders', 'opinions'],
    partial: true,
    declared: null,
  });
  await store.db
    .insertInto('fetch_log')
    .values({
      source_id: 'mied-rss',
      started_at: new Date(now.getTime() - 3 * 60_000).toISOString(),
      status: 'fetched',
      http_status: 200,
      bytes: 4096,
      duration_ms: 120,
      etag: null,
      last_modified: null,
      cursor: null,
      error: null,
    })
    .execute();
}
