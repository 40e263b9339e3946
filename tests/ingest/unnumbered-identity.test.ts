/**
 * An unnumbered entry is the same entry whatever order its sources arrive in. A court feed gives a
 * minute entry only by its title (the event name) and an instant; the docket report gives it by
 * its docket text and day, and prints no event names. The report's entry is keyed by its day and
 * text (what any order of arrival gives it); the feed's title-only item is covered by the report's
 * unnumbered entries of its day — never "vanished", never "back on the docket".
 *
 * Property (fast-check): any interleaving of feed polls (items given again and again) and report
 * polls (each listing what was filed by then), ending with the whole report, leaves the same
 * stored records, posture and entries as the report read alone, and tells nobody that an entry
 * left or came back.
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { addCase, listEntries } from '../../db/cases.ts';
import type { Store } from '../../db/index.ts';
import { casePosture, listDeadlineRecords, refreshAfterIngest } from '../../src/deadlines/record.ts';
import { type IngestEvent, ingest } from '../../src/ingest/index.ts';
import type { DocketEntry, DocumentKind } from '../../src/model/docket.ts';
import { freshStore } from '../support/db.ts';
import { docket, result } from '../support/dockets.ts';
import { type Filing, feedAndReport, flapping, pollSteps } from './feed-and-report.ts';

const COURT = 'txed';
const DOCKET = '6:15-cv-00961';
const CASE = `${COURT}:${DOCKET}`;

const GRANTED = 'Application Granted for Extension of Time to Answer Complaint';

const FILINGS: Filing[] = [
  {
    number: '1',
    day: '2015-11-04',
    time: '09:00',
    title: 'Complaint',
    text: 'COMPLAINT against Acme Corp., Beta Inc., Gamma LLC filed by Pherah LLC.',
  },
  {
    number: null,
    day: '2015-11-05',
    time: '09:00',
    title: 'Add and Terminate Judges',
    text: 'Judge Rodney Gilstrap added. (mll, )',
  },
  {
    number: null,
    day: '2016-01-06',
    time: '09:00',
    title: GRANTED,
    text: "Defendant's Unopposed First Application for Extension of Time to Answer Complaint [5] is granted pursuant to Local Rule CV-12 for Acme Corp. to 2/5/2016. (ch, )",
  },
  {
    number: null,
    day: '2016-01-27',
    time: '09:00',
    title: GRANTED,
    text: "Defendant's Unopposed Second Application for Extension of Time to Answer Complaint [7] is granted pursuant to Local Rule CV-12 for Acme Corp. to 2/12/2016. (ch, )",
  },
  {
    number: null,
    day: '2016-01-27',
    time: '09:07',
    title: GRANTED,
    text: "Defendant's Unopposed Second Application for Extension of Time to Answer Complaint [8] is granted pursuant to Local Rule CV-12 for Beta Inc. to 2/19/2016. (ch, )",
  },
  {
    number: null,
    day: '2016-01-27',
    time: '09:14',
    title: 'Remark',
    text: 'Consolidated Defendants added: Delta Inc (6:15cv962). (ch, )',
  },
  {
    number: null,
    day: '2016-01-28',
    time: '09:00',
    title: GRANTED,
    text: "Defendant's Unopposed Second Application for Extension of Time to Answer Complaint [10] is GRANTED pursuant to Local Rule CV-12 for Gamma LLC to 2/26/2016. (ch, )",
  },
  {
    number: '12',
    day: '2016-02-01',
    time: '09:00',
    title: 'Motion to Stay',
    text: 'Joint MOTION to Stay All Deadlines and Notice of Settlement by Pherah LLC, Acme Corp.. (Attorney, A)',
  },
  {
    number: null,
    day: '2016-02-02',
    time: '09:00',
    title: 'Notice of Docket Correction',
    text: '***FILED IN ERROR. Document # 11, Notice. PLEASE IGNORE.*** (ch, )',
  },
];

const { feedItem, reportEntry, reportUpTo, poll } = feedAndReport(FILINGS, '-06:00');

async function newStore(): Promise<Store> {
  const store = await freshStore('sqlite');
  await addCase(store.db, COURT, DOCKET, { name: 'Pherah LLC v. Acme Corp.', parent: null });
  return store;
}

async function read(store: Store, kind: DocumentKind, entries: DocketEntry[]): Promise<IngestEvent[]> {
  const out = await ingest(store.db, result(kind, [docket(DOCKET, entries)], COURT));
  await refreshAfterIngest(store, out.events);
  return out.events;
}

async function snapshot(store: Store) {
  const records = (await listDeadlineRecords(store, CASE))
    .map((r) => `${r.id} ${r.kind} ${r.status} ${r.due ?? '-'} ${r.party ?? '-'} ${r.what}`)
    .sort();
  const postures = [];
  for (const day of ['2016-01-28', '2016-02-03']) {
    const p = await casePosture(store, CASE, day, { recent: 0 });
    postures.push({ day, inForce: p.inForce, next: p.nextDeadlines, missing: p.missing });
  }
  const entries = (await listEntries(store.db, CASE))
    .filter((e) => e.status !== 'covered')
    .map((e) => `${e.entry} ${e.status} ${e.description}`)
    .sort();
  return { records, postures, entries };
}

it('an unnumbered entry is one entry, and the same records, whatever order the feed and the report arrive in', async () => {
  const batchStore = await newStore();
  await read(batchStore, 'pacer-docket', reportUpTo(FILINGS.length - 1));
  const batch = await snapshot(batchStore);
  await batchStore.close();
  // Deadlines keyed to the unnumbered entries that set them (one per defendant).
  expect(
    batch.records.filter((r) => r.includes('Acme') || r.includes('Beta') || r.includes('Gamma')).length,
  ).toBeGreaterThan(1);

  const n = FILINGS.length;
  await fc.assert(
    fc.asyncProperty(pollSteps(n), async (steps) => {
      const store = await newStore();
      try {
        const told = await poll(
          [...steps, { report: n - 1 }, { feed: [...Array(n).keys()] }],
          (kind, entries) => read(store, kind, entries),
        );
        expect(flapping(told)).toEqual([]);
        expect(await snapshot(store)).toEqual(batch);
        // Read again, the feed and the report say nothing new.
        expect(await read(store, 'pacer-rss', FILINGS.map(feedItem))).toEqual([]);
        expect(await read(store, 'pacer-docket', reportUpTo(n - 1))).toEqual([]);
      } finally {
        await store.close();
      }
    }),
    { numRuns: 25, seed: 20261206, endOnFailure: true },
  );
}, 300_000);

it('a feed item on a day the complete report lists no unnumbered entry is flagged vanished', async () => {
  const store = await newStore();
  try {
    const gone = FILINGS[1]!;
    await read(store, 'pacer-rss', [feedItem(gone)]);
    const events = await read(store, 'pacer-docket', [reportEntry(FILINGS[0]!), reportEntry(FILINGS[7]!)]);
    expect(events.filter((e) => e.type === 'entry.vanished').map((e) => e.entry)).toHaveLength(1);
    // The feed giving the same item again does not bring it back: the report is the later word.
    expect(await read(store, 'pacer-rss', [feedItem(gone)])).toEqual([]);
    // A report that lists the day's unnumbered entry covers it: one entry, the report's.
    const listed = await read(store, 'pacer-docket', [reportEntry(FILINGS[0]!), reportEntry(gone)]);
    expect(listed.map((e) => e.type).sort()).toEqual(['entry.added', 'entry.covered']);
    expect(
      (await listEntries(store.db, CASE))
        .filter((e) => e.number === null)
        .map((e) => e.status)
        .sort(),
    ).toEqual(['covered', 'present']);
  } finally {
    await store.close();
  }
});
