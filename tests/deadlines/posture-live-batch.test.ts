/**
 * Live equals batch: whatever order and chunking a case's entries arrive in — some first from a
 * partial feed (a title only, a timestamp for a date), all later from the docket report in full —
 * once the docket report has given them, the stored records and the posture are the ones an
 * ingest of the whole history at once gives, and so are the definitions of who is covered that the
 * orders' words give (`case_class_versions`). Driven by fast-check over the Hamama history
 * (`src/demo/hamama.json`), the shared labeled case (`labeled-entries.json`) and a history of
 * hearings told twice, moved, vacated and held (`tests/fixtures/replay/hearing-identity.json`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { readCaseDetails } from '../../db/case-details.ts';
import { addCase, findCase, listEntries } from '../../db/cases.ts';
import type { Store } from '../../db/index.ts';
import {
  casePosture,
  listDeadlineRecords,
  refreshAfterIngest,
  setEntryText,
} from '../../src/deadlines/record.ts';
import { readOrderClasses } from '../../src/ingest/classes.ts';
import { ingest } from '../../src/ingest/index.ts';
import { freshStore } from '../support/db.ts';
import { type HistoryEntry, hamamaHistory, historyDocket, type WrittenHistory } from '../support/history.ts';
import { describeShared, fixturesDir } from '../support/shared.ts';

interface History extends WrittenHistory {
  /** Days to compare the posture on. */
  days: string[];
}

function hamama(): History {
  return {
    ...hamamaHistory(),
    days: ['2017-06-23', '2017-06-27', '2017-07-12', '2017-08-10', '2018-01-03', '2019-05-14'],
  };
}

function labeled(): History {
  const l = JSON.parse(readFileSync(join(fixturesDir, 'entries/labeled-entries.json'), 'utf8')) as {
    cases: Record<string, { court: string; docketNumber: string; caption: string }>;
    entries: { case: string; entryNumber: number | null; dateFiled: string; text: string }[];
  };
  const [key, c] = Object.entries(l.cases)[0]!;
  const entries = l.entries
    .filter((e) => e.case === key)
    .map((e) => ({
      number: e.entryNumber,
      dateFiled: e.dateFiled,
      text: e.text,
      // A feed's title: the docket text's first words.
      shortDescription: e.text.split(/[.(]/)[0]!.split(/\s+/).slice(0, 4).join(' '),
    }));
  const dates = entries.map((e) => e.dateFiled).sort();
  return {
    court: c.court,
    docketNumber: c.docketNumber,
    caseName: c.caption,
    entries,
    days: [dates[Math.floor(dates.length / 3)]!, dates[Math.floor((2 * dates.length) / 3)]!, dates.at(-1)!],
  };
}

/** A hand-written history of hearings told twice, rescheduled, vacated and held (D. Conn.). */
function hearings(): History {
  const h = JSON.parse(
    readFileSync(new URL('../fixtures/replay/hearing-identity.json', import.meta.url), 'utf8'),
  ) as WrittenHistory;
  return { ...h, days: ['2025-03-15', '2025-03-26', '2025-05-10', '2025-05-21', '2025-06-20'] };
}

const caseKeyOf = (h: History) => `${h.court}:${h.docketNumber}`;

/**
 * `feed`: a partial feed's items (a title and a timestamp); `slice`: full text for some entries (as
 * CourtListener or a notice gives them: never the whole docket); `report`: the complete docket report.
 */
async function ingestEntries(
  store: Store,
  h: History,
  entries: HistoryEntry[],
  how: 'feed' | 'slice' | 'report',
) {
  const partial = how === 'feed';
  const docket = historyDocket(h, entries, partial);
  const outcome = await ingest(store.db, {
    kind: how === 'feed' ? 'pacer-rss' : how === 'slice' ? 'courtlistener' : 'pacer-docket',
    court: h.court,
    isDocket: true,
    reason: null,
    cases: [docket],
  });
  const texts: { type: string; case: string; entry: string }[] = [];
  if (!partial) {
    // The orders' own words arrive with the docket report.
    const stored = await listEntries(store.db, caseKeyOf(h));
    for (const e of entries) {
      if (!e.documentText) continue;
      const match = stored.find((s) => s.dateFiled === e.dateFiled && s.description === e.text);
      if (match) {
        await setEntryText(store, caseKeyOf(h), match.entry, e.documentText, 'order-text');
        texts.push({ type: 'entry.text', case: caseKeyOf(h), entry: match.entry });
      }
    }
  }
  await refreshAfterIngest(store, outcome.events);
  await readOrderClasses(store, [...outcome.events, ...texts]);
}

/** What is compared: every record's identity and state, and the posture on the chosen days. */
async function snapshot(store: Store, h: History) {
  const records = (await listDeadlineRecords(store, caseKeyOf(h)))
    .map((r) => `${r.id} ${r.kind} ${r.status} ${r.due ?? '-'} ${r.what}`)
    .sort();
  const postures = [];
  for (const day of h.days) {
    const p = await casePosture(store, caseKeyOf(h), day, { recent: 0 });
    postures.push({
      day,
      inForce: p.inForce,
      next: p.nextDeadlines,
      missing: p.missing,
      hearings: p.hearings,
    });
  }
  // Who is covered, per order: each definition the orders' words give, with its order and day.
  const classes = (await readCaseDetails(store.db, (await findCase(store.db, caseKeyOf(h)))!.id)).class;
  return { records, postures, classes };
}

async function newStore(h: History): Promise<Store> {
  const store = await freshStore('sqlite');
  await addCase(store.db, h.court, h.docketNumber, { name: h.caseName, parent: null });
  return store;
}

/** An arrival: the entries in some order, cut into chunks; in each, some come first from the feed. */
function arrivals(n: number) {
  return fc.record({
    order: fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
    cuts: fc.uniqueArray(fc.integer({ min: 1, max: n - 1 }), { maxLength: 6 }),
    fromFeed: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
  });
}

describeShared('live equals batch, for any arrival order and chunking', () => {
  for (const load of [hamama, labeled, hearings]) {
    const h = load();
    it(`${h.caseName}: the records and the posture once the docket report has given every entry`, async () => {
      const batchStore = await newStore(h);
      await ingestEntries(batchStore, h, h.entries, 'report');
      const batch = await snapshot(batchStore, h);
      expect(batch.records.length).toBeGreaterThan(2);
      if (h.docketNumber === '2:17-cv-11910')
        expect(batch.classes?.versions.map((v) => v.from?.entry)).toEqual(['87']);

      await fc.assert(
        fc.asyncProperty(arrivals(h.entries.length), async ({ order, cuts, fromFeed }) => {
          const store = await newStore(h);
          const bounds = [0, ...[...cuts].sort((a, b) => a - b), order.length];
          for (let i = 0; i + 1 < bounds.length; i++) {
            const chunk = order.slice(bounds[i], bounds[i + 1]).map((k) => h.entries[k]!);
            const feed = chunk.filter((_, j) => fromFeed[bounds[i]! + j]);
            if (feed.length > 0) await ingestEntries(store, h, feed, 'feed');
            await ingestEntries(store, h, chunk, 'slice');
          }
          // The docket report, read later, lists everything (and nothing the feed gave is left over).
          await ingestEntries(store, h, h.entries, 'report');
          expect(await snapshot(store, h)).toEqual(batch);
        }),
        { numRuns: 6, seed: 12, endOnFailure: true },
      );
    }, 600_000);
  }
});
