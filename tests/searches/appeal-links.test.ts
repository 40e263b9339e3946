/**
 * Appeals linked without a person (issue #17): whichever case arrives first, the appeal and the
 * district case it comes from are linked from what the dockets say, and the appeal's orders then
 * reach the district case's subscribers — through the poller reading a court of appeals' feed.
 */
import { afterEach, expect, it } from 'vitest';
import { addCase, listCases } from '../../db/cases.ts';
import type { Store } from '../../db/index.ts';
import { addSource, configuredSources } from '../../db/sources.ts';
import { ingestParsed } from '../../src/ingest/pipeline.ts';
import { processAlerts } from '../../src/notify/alerts.ts';
import { subscribe } from '../../src/notify/subscriptions.ts';
import { pollSource } from '../../src/sources/poll.ts';
import { courtFeed } from '../support/court-feed.ts';
import { DIALECTS, describeDialect, freshStore } from '../support/db.ts';
import { docket, entry, result } from '../support/dockets.ts';
import { startServer } from '../support/http-server.ts';
import { SECRET } from '../support/messages.ts';

const DISTRICT = 'mied:2:17-cv-11910';
const origin = {
  court: 'mied',
  docketNumber: '2:17-cv-11910',
  assignedTo: null,
  dateFiled: null,
  dateJudgment: null,
  dateNoticeOfAppeal: null,
};

const parents = async (store: Store) =>
  Object.fromEntries((await listCases(store.db)).map((c) => [c.key, c.parent]));

for (const dialect of DIALECTS) {
  describeDialect(dialect, 'appeals linked from the dockets', () => {
    let store: Store | null = null;
    afterEach(async () => {
      await store?.close();
      store = null;
    });

    it('an appeal tracked before its district case is linked when the district case is added', async () => {
      store = await freshStore(dialect);
      const appeal = result(
        'pacer-appellate',
        [
          docket(
            '17-2171',
            [entry({ number: '1', dateFiled: '2017-09-01', description: 'Civil case docketed.' })],
            { originatingCourt: origin },
          ),
        ],
        'ca6',
      );
      const first = await ingestParsed(store, appeal, { track: true });
      expect(first.events.map((e) => e.type)).not.toContain('case.linked');
      expect(await parents(store)).toEqual({ 'ca6:17-2171': null });

      await addCase(store.db, 'mied', '2:17-cv-11910', { name: 'Hamama v. Adducci' });
      expect(await parents(store)).toEqual({ 'ca6:17-2171': DISTRICT, [DISTRICT]: null });
      const linked = await store.db
        .selectFrom('events')
        .select(['type', 'payload'])
        .where('type', '=', 'case.linked')
        .execute();
      expect(linked.map((e) => JSON.parse(e.payload))).toEqual([{ parent: DISTRICT, link: 'appeal' }]);
      // Said once: ingesting the appeal again or adding the case again links nothing more.
      await ingestParsed(store, appeal, { track: true });
      await addCase(store.db, 'mied', '2:17-cv-11910');
      expect(
        await store.db.selectFrom('events').select('id').where('type', '=', 'case.linked').execute(),
      ).toHaveLength(1);
    });

    it('a district entry naming its appeal tracks and links the appeal; the appeal’s order from the court of appeals’ feed reaches the district case’s subscriber', async () => {
      store = await freshStore(dialect);
      await addCase(store.db, 'mied', '2:17-cv-11910', { name: 'Hamama v. Adducci' });
      const NOW = new Date('2018-12-20T18:00:00Z');
      const links = { publicUrl: 'https://watch.example.org', secret: SECRET, unsubscribeMailto: null };
      await subscribe(
        store,
        {
          email: 'counsel@example.org',
          case: DISTRICT,
          audience: 'legal',
          frequency: 'immediate',
          confirmed: true,
        },
        { ...links, now: new Date('2018-12-01T00:00:00Z') },
      );

      const out = await ingestParsed(
        store,
        result('pacer-docket', [
          docket('2:17-cv-11910', [
            entry({
              number: '110',
              dateFiled: '2017-09-21',
              description: 'NOTICE OF APPEAL by Rebecca Adducci re 87 Order.',
            }),
            entry({
              number: '111',
              dateFiled: '2017-09-22',
              description:
                'USCA Case Number 17-2171 for 110 Notice of Appeal, filed by Rebecca Adducci. (Entered: 09/22/2017)',
            }),
          ]),
        ]),
        { source: 'pacer-docket' },
      );
      expect(out.events.filter((e) => e.case === 'ca6:17-2171').map((e) => e.type)).toEqual([
        'case.tracked',
        'case.linked',
      ]);
      expect(await parents(store)).toMatchObject({ 'ca6:17-2171': DISTRICT });
      expect((await listCases(store.db)).find((c) => c.key === 'ca6:17-2171')?.caseName).toBe(
        'Hamama v. Adducci',
      );
      await processAlerts(store, links, { now: new Date('2017-09-22T18:00:00Z') });
      const before = (await store.db.selectFrom('outbox').select('id').execute()).length;

      // The Sixth Circuit's feed (on 127.0.0.1) carries the opinion; nobody linked anything by hand.
      const feed = courtFeed('ca6', [
        {
          docket: '17-2171',
          caseName: 'Usama Hamama, et al v. Rebecca Adducci',
          event: 'OPINION filed: the preliminary injunctions are VACATED',
          pubDate: 'Thu, 20 Dec 2018 15:00:00 GMT',
        },
        {
          docket: '18-9999',
          caseName: 'Somebody v. Else',
          event: 'Order',
          pubDate: 'Thu, 20 Dec 2018 14:00:00 GMT',
        },
      ]);
      const court = await startServer({
        '/rss': (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed),
      });
      try {
        const id = await addSource(store.db, {
          type: 'pacer-rss',
          court: 'ca6',
          case: null,
          config: { court: 'ca6', feedUrl: `${court.origin}/rss` },
        });
        const [row] = await configuredSources(store.db, id);
        const report = await pollSource(store, row!);
        expect(report.error).toBeNull();
        expect(report.events.filter((e) => e.type === 'entry.added').map((e) => e.case)).toEqual([
          'ca6:17-2171',
        ]);
      } finally {
        await court.close();
      }
      // A feed item gives only the title; the notifier tells an entry once its text is known, so the
      // opinion's text comes with the court of appeals' docket report.
      await ingestParsed(
        store,
        result(
          'pacer-appellate',
          [
            docket('17-2171', [
              entry({
                number: '52',
                dateFiled: '2018-12-20',
                description:
                  'OPINION filed: the preliminary injunctions are VACATED and the case is REMANDED.',
              }),
            ]),
          ],
          'ca6',
        ),
        { source: 'pacer-appellate' },
      );
      const run = await processAlerts(store, links, { now: NOW });
      expect(run.queued).toBeGreaterThanOrEqual(1);
      const subjects = (
        await store.db
          .selectFrom('outbox')
          .where('id', '>', before)
          .select(['recipient', 'subject'])
          .execute()
      ).map((r) => `${r.recipient}: ${r.subject}`);
      expect(subjects).toHaveLength(1);
      expect(subjects[0]).toMatch(/^counsel@example\.org: /);
      const [body] = await store.db
        .selectFrom('outbox_messages')
        .innerJoin('outbox', 'outbox.id', 'outbox_messages.outbox_id')
        .select('message')
        .where('outbox.id', '>', before)
        .execute();
      const text = JSON.parse(body!.message).text as string;
      expect(text).toContain('Doc. 52');
      expect(text).toContain('the preliminary injunctions are VACATED');
    });

    it('an appellate entry naming its originating case number links it when one case in the record has that number', async () => {
      store = await freshStore(dialect);
      await addCase(store.db, 'cacd', '2:25-cv-00451');
      const appeal = result(
        'pacer-appellate',
        [
          docket('25-1234', [
            entry({
              number: '1',
              dateFiled: '2025-02-01',
              description: 'Case docketed. Originating Case Number: 2:25-cv-00451-ABC. Fee paid.',
            }),
          ]),
        ],
        'ca9',
      );
      await ingestParsed(store, appeal, { track: true });
      expect(await parents(store)).toMatchObject({ 'ca9:25-1234': 'cacd:2:25-cv-00451' });
    });

    it('a case that is not tracked claims nothing; an ambiguous origin links nothing', async () => {
      store = await freshStore(dialect);
      // A district feed carrying an untracked case's "USCA Case Number" entry.
      await ingestParsed(
        store,
        result('pacer-rss', [
          docket('2:20-cv-00001', [
            entry({
              dateFiled: '2020-01-01T00:00:00Z',
              description: '',
              shortDescription: 'USCA Case Number 20-1111',
            }),
          ]),
        ]),
        { source: 'feed' },
      );
      expect(await listCases(store.db)).toEqual([]);
      expect(await store.db.selectFrom('case_link_claims').selectAll().execute()).toEqual([]);
      // The same number in two courts, and an appeal that does not say which court.
      await addCase(store.db, 'cacd', '2:25-cv-00451');
      await addCase(store.db, 'nysd', '2:25-cv-00451');
      await ingestParsed(
        store,
        result(
          'pacer-appellate',
          [
            docket('25-1234', [
              entry({
                number: '1',
                dateFiled: '2025-02-01',
                description: 'Originating Case Number: 2:25-cv-00451',
              }),
            ]),
          ],
          'ca9',
        ),
        { track: true },
      );
      expect((await parents(store))['ca9:25-1234']).toBeNull();
    });
  });
}
