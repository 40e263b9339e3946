/**
 * Saved searches on both stores: matches kept once per search and case, tracked cases never
 * proposed, tracking ingests the feed's entries, a link acts once even when used twice at the same
 * moment, and removing a search leaves the tracked case.
 */
import { afterEach, expect, it } from 'vitest';
import { addCase } from '../../db/cases.ts';
import type { Store } from '../../db/index.ts';
import { TokenError } from '../../src/notify/tokens.ts';
import { LinkUsedError, queueSearchEmails, useTrackLink } from '../../src/searches/propose.ts';
import { addSearch, listMatches, matchFeed, removeSearch } from '../../src/searches/searches.ts';
import { DIALECTS, describeDialect, freshStore } from '../support/db.ts';
import { docket, entry, result } from '../support/dockets.ts';
import { SECRET } from '../support/messages.ts';

const NOW = new Date('2025-03-16T15:00:00Z');
const links = { publicUrl: 'https://watch.example.org', secret: SECRET };
const source = { id: 'pacer-rss-dcd-test', court_id: 'dcd' };
const item = (number: string, name: string, text: string, at = '2025-03-16T14:00:00Z') =>
  docket(number, [entry({ dateFiled: at, description: '', shortDescription: text })], { caseName: name });

for (const dialect of DIALECTS) {
  describeDialect(dialect, 'saved searches in the store', () => {
    let store: Store | null = null;
    afterEach(async () => {
      await store?.close();
      store = null;
    });

    it('keeps one match per search and case, never proposes a tracked case, and a link acts once', async () => {
      store = await freshStore(dialect);
      await addCase(store.db, 'dcd', '1:24-cv-00001');
      const a = await addSearch(store, { query: 'habeas', emails: ['a@example.org', 'b@example.org'] });
      const b = await addSearch(store, { query: '"alien enemies" -criminal' });
      const feed = result(
        'pacer-rss',
        [
          item('1:25-cv-00766-JEB', 'J.G.G. v. Trump', 'Petition for habeas corpus, Alien Enemies Act'),
          item('1:25-cv-00766-JEB', 'J.G.G. v. Trump', 'Motion for TRO', '2025-03-16T14:30:00Z'),
          item('1:24-cv-00001', 'Tracked v. Already', 'habeas petition'),
          item('1:25-cr-00010', 'USA v. X', 'criminal complaint, alien enemies'),
        ],
        'dcd',
      );
      const first = await matchFeed(store, { source, results: [feed] }, NOW);
      expect(first.items).toBe(4);
      expect(first.proposed.map((m) => [m.search.id, m.case]).sort()).toEqual(
        [
          [a.id, 'dcd:1:25-cv-00766'],
          [b.id, 'dcd:1:25-cv-00766'],
        ].sort(),
      );
      expect(first.proposed[0]!.entries.map((e) => e.shortDescription)).toEqual([
        'Petition for habeas corpus, Alien Enemies Act',
        'Motion for TRO',
      ]);
      const again = await matchFeed(store, { source, results: [feed] }, NOW);
      expect(again.proposed).toEqual([]);
      expect(await listMatches(store)).toHaveLength(2);

      expect((await queueSearchEmails(store, links, NOW)).queued).toBe(2); // search a's two addresses
      expect((await queueSearchEmails(store, links, NOW)).queued).toBe(0);
      const bodies = await store.db.selectFrom('outbox_messages').select('message').execute();
      const tokens = bodies.map(
        (r) => /\/track\?token=([A-Za-z0-9_.-]+)/.exec(JSON.parse(r.message).text)![1]!,
      );
      expect(tokens).toHaveLength(2);

      // The same link twice at once: one tracks, the other is refused.
      const outcomes = await Promise.allSettled([
        useTrackLink(store, tokens[0]!, SECRET, NOW),
        useTrackLink(store, tokens[0]!, SECRET, NOW),
      ]);
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      const refused = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
      expect(refused.reason).toBeInstanceOf(LinkUsedError);
      // The other address's link for the same case still opens, and finds it tracked (no second case).
      expect((await useTrackLink(store, tokens[1]!, SECRET, NOW)).created).toBe(false);
      await expect(
        useTrackLink(store, tokens[1]!, SECRET, new Date(NOW.getTime() + 15 * 86_400_000)),
      ).rejects.toBeInstanceOf(TokenError);

      const entries = await store.db
        .selectFrom('entries')
        .innerJoin('cases', 'cases.id', 'entries.case_id')
        .select(['cases.docket_number', 'entries.short_description'])
        .where('cases.docket_number', '=', '1:25-cv-00766')
        .execute();
      expect(entries.map((e) => e.short_description).sort()).toEqual([
        'Motion for TRO',
        'Petition for habeas corpus, Alien Enemies Act',
      ]);
      expect((await listMatches(store)).map((m) => m.status)).toEqual(['tracked', 'tracked']);

      await removeSearch(store, a.id);
      await removeSearch(store, b.id);
      expect(await listMatches(store)).toEqual([]);
      const tracked = await store.db
        .selectFrom('cases')
        .select('docket_number')
        .where('tracked', '=', 1)
        .execute();
      expect(tracked.map((c) => c.docket_number).sort()).toEqual(['1:24-cv-00001', '1:25-cv-00766']);
    });
  });
}
