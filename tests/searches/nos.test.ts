/**
 * `nos:` terms against court feeds, which carry no nature of suit: an item matches when the record
 * already knows its case's nature of suit (from a docket report or CourtListener), never by
 * guessing, and nothing is fetched for it.
 */
import { afterEach, expect, it } from 'vitest';
import { addCase, findCase } from '../../db/cases.ts';
import type { Store } from '../../db/index.ts';
import { addSearch, matchFeed } from '../../src/searches/searches.ts';
import { freshStore } from '../support/db.ts';
import { docket, entry, result } from '../support/dockets.ts';

let store: Store | null = null;
afterEach(async () => {
  await store?.close();
  store = null;
});

const item = (number: string, caseName: string) =>
  docket(number, [entry({ dateFiled: '2025-03-16', description: '', shortDescription: 'Petition' })], {
    caseName,
  });

it('a nos: term matches a feed item whose case the record knows the nature of suit of, and no other', async () => {
  store = await freshStore('sqlite');
  // A case the record knows but does not track (its header came from a docket report).
  await addCase(store.db, 'txsd', '1:25-cv-00059', { name: 'W.M.M. v. Trump' });
  const known = (await findCase(store.db, 'txsd:1:25-cv-00059'))!;
  await store.db.updateTable('cases').set({ tracked: 0 }).where('id', '=', known.id).execute();
  await store.db
    .insertInto('case_details')
    .values({
      case_id: known.id,
      nature_of_suit: '463 Habeas Corpus - Alien Detainee',
      updated_at: '2025-03-16T00:00:00Z',
    })
    .execute();
  await addSearch(store, { name: 'detainees', query: 'nos:"alien detainee" trump' });
  const report = await matchFeed(store, {
    source: { id: 'pacer-rss-txsd', court_id: 'txsd' },
    results: [
      result(
        'pacer-rss',
        [item('1:25-cv-00059', 'W.M.M. v. Trump'), item('1:25-cv-00060', 'A.S.R. v. Trump')],
        'txsd',
      ),
    ],
  });
  expect(report.proposed.map((m) => m.caseName)).toEqual(['W.M.M. v. Trump']);
});
