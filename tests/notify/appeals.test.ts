/**
 * An appeal is part of the case it comes from: an order the court of appeals dockets reaches the
 * district case's subscribers the day it is docketed there, labelled as that court labels it.
 */
import { afterEach, expect, it } from 'vitest';
import { addCase } from '../../db/cases.ts';
import type { Store } from '../../db/index.ts';
import { processAlerts } from '../../src/notify/alerts.ts';
import { subscribe } from '../../src/notify/subscriptions.ts';
import { DIALECTS, describeDialect, freshStore } from '../support/db.ts';
import { SECRET } from './fixtures.ts';
import { addEntry, CASE_KEY, seedCase } from './store-fixtures.ts';

const links = { publicUrl: 'https://watch.example.org', secret: SECRET, unsubscribeMailto: null };
const NOW = new Date('2018-12-20T18:00:00Z');

for (const dialect of DIALECTS) {
  describeDialect(dialect, 'appeals reach the district case’s subscribers', () => {
    let store: Store | null = null;
    afterEach(async () => {
      await store?.close();
      store = null;
    });

    it('an opinion on the appeal’s docket is mailed to the district case’s legal team that day, as "Doc."', async () => {
      store = await freshStore(dialect);
      await seedCase(store);
      await addCase(store.db, 'ca6', '17-2171', {
        parent: CASE_KEY,
        linkType: 'appeal',
        name: 'Hamama v. Adducci',
      });
      const appeal = await store.db
        .selectFrom('cases')
        .select('id')
        .where('court_id', '=', 'ca6')
        .executeTakeFirstOrThrow();
      const sub = await subscribe(
        store,
        {
          email: 'counsel@example.org',
          case: CASE_KEY,
          audience: 'legal',
          frequency: 'immediate',
          confirmed: true,
        },
        { ...links, now: NOW },
      );
      await addEntry(store, appeal.id, {
        number: 52,
        date: '2018-12-20',
        text: 'OPINION filed: The district court’s orders granting preliminary injunctions are VACATED and the case is REMANDED.',
      });
      const run = await processAlerts(store, links, { now: NOW });
      expect(run.queued).toBe(1);
      const queued = await store.db
        .selectFrom('outbox')
        .select(['subscription_id', 'subject'])
        .executeTakeFirstOrThrow();
      expect(queued.subscription_id).toBe(sub.subscription.id);
      expect(queued.subject).toContain('Doc. 52');
    });
  });
}
