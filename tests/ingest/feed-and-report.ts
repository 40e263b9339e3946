/**
 * One case's filings as its court's feed and its docket report give them, for the tests of
 * unnumbered entries: the feed gives a filing by its title (the event name) and an instant, the
 * report by its text and day, and prints no event names. Polls of either, in any interleaving
 * (`pollSteps`, fast-check), are read in order by `poll`.
 */
import fc from 'fast-check';
import type { IngestEvent } from '../../src/ingest/index.ts';
import type { DocketEntry, DocumentKind } from '../../src/model/docket.ts';
import { entry } from '../support/dockets.ts';

/** One filing: how the feed gives it (title and instant) and how the report gives it (text and day). */
export interface Filing {
  number: string | null;
  day: string;
  time: string;
  title: string;
  text: string;
}

/** A poll: the feed giving some filings (their indexes), or the report listing the filings up to one. */
export type Step = { feed: number[] } | { report: number };

/** One to eight polls of `n` filings, in any order. */
export function pollSteps(n: number): fc.Arbitrary<Step[]> {
  const step: fc.Arbitrary<Step> = fc.oneof(
    fc.record({ feed: fc.subarray([...Array(n).keys()], { minLength: 1 }) }),
    fc.record({ report: fc.integer({ min: 0, max: n - 1 }) }),
  );
  return fc.array(step, { minLength: 1, maxLength: 8 });
}

/** How a source of the case is read in a test: the events the ingest told. */
export type Read = (kind: DocumentKind, entries: DocketEntry[]) => Promise<IngestEvent[]>;

/** The feed's and the report's entries of `filings`, the feed's instants at the court's UTC `offset` ("-05:00"). */
export function feedAndReport(filings: Filing[], offset: string) {
  const feedItem = (f: Filing): DocketEntry =>
    entry({
      number: f.number,
      dateFiled: `${f.day}T${f.time}:00${offset}`,
      description: '',
      shortDescription: f.title,
    });
  const reportEntry = (f: Filing): DocketEntry =>
    entry({ number: f.number, dateFiled: f.day, dateEntered: f.day, description: f.text });
  /** The report as it reads once the filings up to `k` (in docket order) are on it. */
  const reportUpTo = (k: number) => filings.slice(0, k + 1).map(reportEntry);
  return {
    feedItem,
    reportEntry,
    reportUpTo,
    /** The polls read in order (a later report lists at least what an earlier one did): every event told. */
    async poll(steps: Step[], read: Read): Promise<IngestEvent[]> {
      const told: IngestEvent[] = [];
      let listed = 0;
      for (const s of steps) {
        if ('report' in s) listed = Math.max(listed, s.report);
        told.push(
          ...('feed' in s
            ? await read(
                'pacer-rss',
                s.feed.map((i) => feedItem(filings[i]!)),
              )
            : await read('pacer-docket', reportUpTo(listed))),
        );
      }
      return told;
    },
  };
}

/** What a subscriber would be told about an entry leaving or coming back. */
export const flapping = (events: IngestEvent[]) =>
  events.filter(
    (e) => e.type === 'entry.vanished' || (e.type === 'entry.updated' && 'status' in (e.changes ?? {})),
  );
