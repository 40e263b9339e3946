/**
 * A minute entry the court's feed gives by its title (the event name, an instant, no text) and the
 * docket report gives by its text (a day, no event name) is ONE stored entry, whichever arrives
 * first and however the polls are cut (#12: the feed's item and the report's copy were stored as
 * two entries, one with an empty description). The item fills in the report's entry (its title)
 * when the title fits that entry's text and no other entry within a day (`pairTitles`); an item
 * that fits no entry ("Remark") stays covered by the report's entries, as before.
 *
 * Property (fast-check): any interleaving of feed polls (items given again and again) and report
 * polls (each listing what was filed by then), ending with the whole report and the whole feed,
 * leaves the same stored entries as the feed read whole and then the report, and tells each
 * filing once (one `entry.added` with its text, or one fill-in bringing the text), with nothing
 * said to leave or come back. Then through the worker's alerts, at a real SMTP server: one
 * message per minute order, report first or feed first.
 *
 * A fictional case in the District of Delaware.
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { addCase, listEntries } from '../../db/cases.ts';
import type { Store } from '../../db/index.ts';
import type { IngestEvent } from '../../src/ingest/index.ts';
import { ingestParsed } from '../../src/ingest/pipeline.ts';
import type { DocketEntry, DocumentKind } from '../../src/model/docket.ts';
import { subscribe } from '../../src/notify/subscriptions.ts';
import { mailAlerts, type ReceivedMail } from '../support/alerts.ts';
import { freshStore } from '../support/db.ts';
import { docket, result } from '../support/dockets.ts';
import { LINKS } from '../support/seed.ts';
import { startSmtp } from '../support/smtp.ts';
import { type Filing, feedAndReport, flapping, pollSteps, type Step } from './feed-and-report.ts';

const COURT = 'ded';
const DOCKET = '1:25-cv-00288';
const CASE = `${COURT}:${DOCKET}`;
const CAPTION = 'Brandywine Riverkeepers v. Christina Valley Sewer Authority';

const FILINGS: Filing[] = [
  {
    number: '1',
    day: '2025-03-03',
    time: '10:12',
    title: 'Complaint',
    text: 'COMPLAINT against Christina Valley Sewer Authority filed by Brandywine Riverkeepers. (Entered: 03/03/2025)',
  },
  {
    number: null,
    day: '2025-03-04',
    time: '15:30',
    title: 'Order',
    text: 'MINUTE ORDER: Defendant shall answer or otherwise respond to the complaint by April 7, 2025. Ordered by Judge Harriet L. Okafor on 3/4/2025. (hlo)',
  },
  {
    number: '4',
    day: '2025-03-10',
    time: '09:05',
    title: 'Motion to Dismiss',
    text: 'MOTION to Dismiss for Lack of Jurisdiction by Christina Valley Sewer Authority. (Entered: 03/10/2025)',
  },
  {
    number: null,
    day: '2025-03-12',
    time: '11:40',
    title: 'Motion Hearing',
    text: 'Minute Entry for proceedings held before Judge Harriet L. Okafor: Motion Hearing held on 3/12/2025 re 4 MOTION to Dismiss for Lack of Jurisdiction. (Court Reporter J. Ames.) (kmw)',
  },
  {
    number: null,
    day: '2025-03-12',
    time: '16:02',
    title: 'Remark',
    text: 'Case referred to Magistrate Judge Ruth Vance for discovery matters. (kmw)',
  },
  {
    number: null,
    day: '2025-03-25',
    time: '08:45',
    title: 'Set/Reset Hearings',
    text: 'Set/Reset Hearings: Status Conference set for 4/15/2025 at 10:00 AM in Courtroom 4A before Judge Harriet L. Okafor. (kmw)',
  },
  {
    number: null,
    day: '2025-04-02',
    time: '14:20',
    title: 'Order on Motion to Dismiss',
    text: 'MINUTE ORDER denying 4 Motion to Dismiss for Lack of Jurisdiction for the reasons stated on the record at the March 12, 2025 hearing. Ordered by Judge Harriet L. Okafor on 4/2/2025. (hlo)',
  },
];

const { feedItem, reportUpTo, poll } = feedAndReport(FILINGS, '-05:00');

async function newStore(): Promise<Store> {
  const store = await freshStore('sqlite');
  await addCase(store.db, COURT, DOCKET, { name: CAPTION });
  return store;
}

async function read(store: Store, kind: DocumentKind, entries: DocketEntry[]): Promise<IngestEvent[]> {
  const out = await ingestParsed(
    store,
    result(kind, [docket(DOCKET, entries, { caseName: CAPTION })], COURT),
  );
  return out.events;
}

/** The stored entries, as a reader of the case sees them. */
async function stored(store: Store) {
  return (await listEntries(store.db, CASE))
    .map((e) => [e.entry, e.status, e.number, e.dateFiled, e.shortDescription, e.description].join(' | '))
    .sort();
}

/** The entry each filing is told as (its text's first words), and how many times. */
function toldCounts(events: IngestEvent[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of events) {
    const filled =
      e.type === 'entry.updated'
        ? (e.changes.description as { from: unknown; to: unknown } | undefined)
        : undefined;
    const text = e.type === 'entry.added' ? e.description : filled?.from === '' ? String(filled.to) : '';
    if (text === '') continue;
    const f = FILINGS.find((x) => x.text === text);
    const label = f ? `${f.number ?? 'unnumbered'} ${f.title}` : `? ${text.slice(0, 40)}`;
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return counts;
}

it('a feed item and the report copy of an unnumbered entry are one stored entry, told once, in any order and chunking', async () => {
  const n = FILINGS.length;
  const reference = await newStore();
  await read(reference, 'pacer-rss', FILINGS.map(feedItem));
  await read(reference, 'pacer-docket', reportUpTo(n - 1));
  const expected = await stored(reference);
  await reference.close();
  // One entry per filing, plus the "Remark" item, which fits no text: covered by the report's entries.
  expect(expected.filter((e) => e.includes(' | present | '))).toHaveLength(n);
  expect(expected.filter((e) => e.includes(' | covered | '))).toEqual([
    expect.stringContaining('| Remark |'),
  ]);
  for (const f of FILINGS.filter((x) => x.number === null && x.title !== 'Remark'))
    expect(expected, f.title).toContainEqual(expect.stringContaining(`| ${f.title} | ${f.text}`));

  await fc.assert(
    fc.asyncProperty(pollSteps(n), fc.boolean(), async (steps, feedLast) => {
      const store = await newStore();
      try {
        const end: Step[] = feedLast
          ? [{ report: n - 1 }, { feed: [...Array(n).keys()] }]
          : [{ feed: [...Array(n).keys()] }, { report: n - 1 }];
        const told = await poll([...steps, ...end], (kind, entries) => read(store, kind, entries));
        expect(await stored(store)).toEqual(expected);
        expect(flapping(told)).toEqual([]);
        const counts = toldCounts(told);
        for (const f of FILINGS)
          expect(counts.get(`${f.number ?? 'unnumbered'} ${f.title}`), f.title).toBe(1);
        expect([...counts.keys()].filter((k) => k.startsWith('?'))).toEqual([]);
        // Read again, the feed and the report say nothing new.
        expect(await read(store, 'pacer-rss', FILINGS.map(feedItem))).toEqual([]);
        expect(await read(store, 'pacer-docket', reportUpTo(n - 1))).toEqual([]);
      } finally {
        await store.close();
      }
    }),
    { numRuns: 30, seed: 20261207, endOnFailure: true },
  );
}, 300_000);

it('through the alerts, at a real SMTP server: each minute order is one message, feed first or report first', async () => {
  for (const feedFirst of [true, false]) {
    const store = await newStore();
    const smtp = await startSmtp();
    try {
      await subscribe(
        store,
        {
          email: 'counsel@example.org',
          case: CASE,
          audience: 'legal',
          frequency: 'immediate',
          confirmed: true,
        },
        LINKS,
      );
      const feed = () => read(store, 'pacer-rss', FILINGS.map(feedItem));
      const report = () => read(store, 'pacer-docket', reportUpTo(FILINGS.length - 1));
      let received: ReceivedMail[] = [];
      for (const source of feedFirst ? [feed, report] : [report, feed]) {
        await source();
        received = await mailAlerts(store, smtp);
      }
      const mails = received.map((m) => m.text);
      for (const f of FILINGS.filter((x) => x.number === null && x.title !== 'Remark')) {
        const words = f.text.slice(0, 60);
        expect(
          mails.filter((m) => m.replace(/\s+/g, ' ').includes(words)).length,
          `${feedFirst ? 'feed first' : 'report first'}: ${f.title}`,
        ).toBe(1);
      }
    } finally {
      await smtp.close();
      await store.close();
    }
  }
}, 120_000);
