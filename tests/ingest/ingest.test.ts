import { beforeEach, expect, it } from 'vitest';
import { addCase, listEntries, listEvents } from '../../db/cases.ts';
import type { Dialect, Store } from '../../db/index.ts';
import { type IngestEvent, ingest } from '../../src/ingest/index.ts';
import { DIALECTS, describeDialect, freshStore } from '../support/db.ts';
import { docket, entry, result } from '../support/dockets.ts';

const CASE = 'mied:2:17-cv-11910';

const rss61 = entry({
  number: '61',
  dateFiled: '2017-07-11T18:04:12Z',
  description: '[61] Order',
  shortDescription: 'Order',
  pacerDocId: '04506061234',
  documentUrl: 'https://ecf.mied.uscourts.gov/doc1/04516061234',
});
const full61 = entry({
  number: '61',
  dateFiled: '2017-07-11',
  dateEntered: '2017-07-11',
  description:
    "OPINION AND ORDER Granting Petitioners' Motion for Preliminary Injunction (Dkt. 32). Signed by District Judge Mark A. Goldsmith. (Sandusky, K)",
  pacerDocId: '04506061234',
  pacerSeqNo: '177',
  pageCount: 24,
  attachments: [{ number: '1', description: 'Exhibit A', pacerDocId: '04506061235', pageCount: 3 }],
});
const nef61 = entry({
  number: '61',
  dateFiled: '2017-07-11',
  description: "OPINION AND ORDER Granting Petitioners' Motion for Preliminary Injunction (Dkt. 32).",
  shortDescription: 'Order on Motion for Preliminary Injunction',
  pacerDocId: '04506061234',
  documentUrl: 'https://ecf.mied.uscourts.gov/doc1/04516061234',
});

function numbered(n: number, day = '2017-07-01'): ReturnType<typeof entry> {
  return entry({ number: String(n), dateFiled: day, description: `Entry ${n} text of the docket` });
}

/** The changed fields of an `entry.updated` event. */
function changesOf(e: IngestEvent): Record<string, unknown> {
  if (e.type !== 'entry.updated') throw new Error(`${e.type} is not entry.updated`);
  return e.changes;
}

function types(events: IngestEvent[]): string[] {
  return events.map((e) => e.type);
}

async function counts(store: Store): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of ['entries', 'entry_versions', 'documents', 'events', 'gaps'] as const) {
    const r = await store.db
      .selectFrom(t)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    out[t] = Number(r.n);
  }
  return out;
}

for (const dialect of DIALECTS as Dialect[]) {
  describeDialect(dialect, 'ingest', () => {
    let store: Store;
    beforeEach(async () => {
      store = await freshStore(dialect);
      await addCase(store.db, 'mied', '2:17-cv-11910', { name: 'Hamama v. Adducci' });
    });

    it('merges the RSS item, the docket report and the notice of one filing into one entry', async () => {
      const a = await ingest(store.db, result('pacer-rss', [docket('2:17-cv-11910-TGB', [rss61])]), {
        source: 'mied-rss',
      });
      expect(types(a.events)).toEqual(['entry.added']);
      expect(a.events[0]).toMatchObject({ case: CASE, entry: '61', description: '[61] Order' });

      const b = await ingest(store.db, result('pacer-docket', [docket('2:17-cv-11910-TGB-APP', [full61])]));
      expect(types(b.events)).toEqual(['entry.updated']);
      const changes = changesOf(b.events[0]!) as Record<string, { from: unknown; to: unknown }>;
      expect(changes.description).toEqual({ from: '[61] Order', to: full61.description });
      expect(changes.dateFiled).toEqual({ from: '2017-07-11T18:04:12Z', to: '2017-07-11' });
      expect(changes.pageCount).toEqual({ from: null, to: 24 });

      // The notice's shorter text does not replace the report's full text; only its better summary lands.
      const c = await ingest(store.db, result('pacer-nef', [docket('2:17-cv-11910', [nef61])]), {
        source: 'mied-nef',
      });
      expect(c.events).toMatchObject([
        {
          type: 'entry.updated',
          changes: { shortDescription: { from: 'Order', to: nef61.shortDescription } },
        },
      ]);
      expect(Object.keys(changesOf(c.events[0]!))).toEqual(['shortDescription']);

      const entries = await listEntries(store.db, CASE);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        entry: '61',
        description: full61.description,
        dateFiled: '2017-07-11',
        shortDescription: nef61.shortDescription,
        pacerSeqNo: '177',
        documentUrl: rss61.documentUrl,
        sources: ['mied-nef', 'mied-rss', 'pacer-docket'],
      });
      expect(entries[0]!.documents.map((d) => d.number)).toEqual(['0', '1']);
      expect((await counts(store)).entry_versions).toBe(3);
    });

    it('changes nothing and emits nothing when the same input comes again', async () => {
      const input = result('pacer-docket', [docket('2:17-cv-11910', [full61, numbered(62), numbered(64)])]);
      const first = await ingest(store.db, input);
      expect(types(first.events)).toEqual(['entry.added', 'entry.added', 'entry.added', 'gap.detected']);
      const before = await counts(store);
      const again = await ingest(store.db, structuredClone(input));
      expect(again.events).toEqual([]);
      expect(await counts(store)).toEqual(before);
      expect((await listEvents(store.db, { case: CASE })).length).toBe(4);
    });

    it('reports a richer later version: placeholder text, a document, a "Modified on" correction', async () => {
      const placeholder = entry({ number: '70', dateFiled: '2017-08-01', description: '' });
      await ingest(store.db, result('pacer-docket', [docket('2:17-cv-11910', [placeholder])]));
      const withText = {
        ...placeholder,
        description: 'STIPULATED ORDER regarding briefing schedule. (Sandusky, K)',
      };
      const u1 = await ingest(store.db, result('pacer-docket', [docket('2:17-cv-11910', [withText])]));
      expect(u1.events).toHaveLength(1);
      expect(u1.events[0]).toMatchObject({
        type: 'entry.updated',
        entry: '70',
        changes: { description: { from: '', to: withText.description } },
      });

      const withDoc = { ...withText, pacerDocId: '04506099999', pageCount: 2 };
      const u2 = await ingest(store.db, result('pacer-docket', [docket('2:17-cv-11910', [withDoc])]));
      expect(changesOf(u2.events[0]!)).toEqual({
        pacerDocId: { from: null, to: '04506099999' },
        pageCount: { from: null, to: 2 },
      });

      const corrected = {
        ...withDoc,
        description:
          'STIPULATED ORDER regarding briefing schedule for the motion to dismiss. (Sandusky, K) Modified on 8/2/2017 (KSan).',
      };
      const u3 = await ingest(store.db, result('pacer-docket', [docket('2:17-cv-11910', [corrected])]));
      expect(changesOf(u3.events[0]!)).toEqual({
        description: { from: withText.description, to: corrected.description },
      });
      const [stored] = await listEntries(store.db, CASE);
      expect(stored!.description).toBe(corrected.description);
      expect(stored!.documents).toEqual([
        { number: '0', description: null, pacerDocId: '04506099999', pageCount: 2 },
      ]);
    });

    it('never removes an entry missing from a feed; a complete report flags it once as vanished', async () => {
      await ingest(
        store.db,
        result('pacer-docket', [docket('2:17-cv-11910', [numbered(1), numbered(2), numbered(3)])]),
      );
      const feed = await ingest(store.db, result('pacer-rss', [docket('2:17-cv-11910', [numbered(3)])]));
      expect(feed.events.filter((e) => e.type === 'entry.vanished')).toEqual([]);

      const report = result('pacer-docket', [docket('2:17-cv-11910', [numbered(1), numbered(3)])]);
      const v = await ingest(store.db, report);
      expect(v.events).toMatchObject([{ type: 'entry.vanished', case: CASE, entry: '2' }]);
      expect((await ingest(store.db, report)).events).toEqual([]);
      const entries = await listEntries(store.db, CASE);
      expect(entries.map((e) => [e.entry, e.status])).toEqual([
        ['1', 'present'],
        ['2', 'vanished'],
        ['3', 'present'],
      ]);

      // A report covering only later entries says nothing about entry 1.
      const later = await ingest(
        store.db,
        result('pacer-docket', [docket('2:17-cv-11910', [numbered(3), numbered(4)])]),
      );
      expect(types(later.events)).toEqual(['entry.added']);

      const back = await ingest(store.db, result('pacer-docket', [docket('2:17-cv-11910', [numbered(2)])]));
      expect(back.events).toMatchObject([
        { type: 'entry.updated', entry: '2', changes: { status: { from: 'vanished', to: 'present' } } },
      ]);
    });

    it('records a gap in numbering and closes it when the missing entry arrives', async () => {
      const g = await ingest(
        store.db,
        result('pacer-rss', [
          docket('2:17-cv-11910', [numbered(12), numbered(13), numbered(15), numbered(19)]),
        ]),
      );
      expect(g.events.filter((e) => e.type.startsWith('gap.'))).toMatchObject([
        { type: 'gap.detected', entry: '14', first: 14, last: 14, count: 1 },
        { type: 'gap.detected', entry: '16-18', first: 16, last: 18, count: 3 },
      ]);
      const c = await ingest(
        store.db,
        result('pacer-rss', [docket('2:17-cv-11910', [numbered(14), numbered(17)])]),
      );
      expect(c.events.filter((e) => e.type.startsWith('gap.'))).toMatchObject([
        { type: 'gap.closed', entry: '14', arrived: ['14'], stillMissing: [] },
        { type: 'gap.closed', entry: '16-18', arrived: ['17'], stillMissing: ['16', '18'] },
      ]);
      // Nothing new is missing, so nothing is detected again; re-ingest is silent.
      expect(
        (await ingest(store.db, result('pacer-rss', [docket('2:17-cv-11910', [numbered(14)])]))).events,
      ).toEqual([]);
      const open = await store.db
        .selectFrom('gaps')
        .select(['first_number', 'last_number'])
        .where('closed_at', 'is', null)
        .orderBy('first_number')
        .execute();
      expect(open).toEqual([
        { first_number: 16, last_number: 16 },
        { first_number: 18, last_number: 18 },
      ]);
    });

    it('matches unnumbered minute entries by date and text across sources', async () => {
      const minuteRss = entry({
        number: null,
        dateFiled: '2017-07-20T15:30:00Z',
        description:
          'Minute Entry for proceedings held before District Judge Mark A. Goldsmith: Status Conference',
      });
      const minuteDocket = entry({
        number: null,
        dateFiled: '2017-07-20',
        dateEntered: '2017-07-20',
        description:
          'Minute Entry for proceedings held before District Judge Mark A. Goldsmith: Status Conference held on 7/20/2017. (Court Reporter: none) (KSan) (Entered: 07/20/2017)',
      });
      const other = entry({
        number: null,
        dateFiled: '2017-07-20',
        description: 'Set Deadlines/Hearings: Motion Hearing set for 8/1/2017',
      });
      const a = await ingest(store.db, result('pacer-rss', [docket('2:17-cv-11910', [minuteRss])]));
      expect(types(a.events)).toEqual(['entry.added']);
      const b = await ingest(
        store.db,
        result('pacer-docket', [docket('2:17-cv-11910', [minuteDocket, other])]),
      );
      expect(types(b.events).sort()).toEqual(['entry.added', 'entry.updated']);
      const entries = await listEntries(store.db, CASE);
      expect(entries).toHaveLength(2);
      expect(entries.find((e) => e.description === minuteDocket.description)?.sources).toEqual([
        'pacer-docket',
        'pacer-rss',
      ]);
      expect(
        (await ingest(store.db, result('pacer-rss', [docket('2:17-cv-11910', [minuteRss])]))).events,
      ).toEqual([]);
    });

    it('ignores untracked cases unless asked to track them', async () => {
      const other = result('pacer-docket', [docket('2:18-cv-00001-ABC', [numbered(1)])]);
      const skipped = await ingest(store.db, other);
      expect(skipped.events).toEqual([]);
      expect(skipped.ignored).toEqual(['mied:2:18-cv-00001']);
      const tracked = await ingest(store.db, other, { track: true });
      expect(types(tracked.events)).toEqual(['case.tracked', 'entry.added']);
      expect(tracked.events[1]!.case).toBe('mied:2:18-cv-00001');
    });

    it('links an appeal to the district case it came from', async () => {
      const appeal = result(
        'pacer-appellate',
        [
          docket(
            '17-2171',
            [entry({ number: '1', dateFiled: '2017-09-01', description: 'Civil case docketed.' })],
            {
              originatingCourt: {
                court: 'mied',
                docketNumber: '2:17-cv-11910',
                assignedTo: null,
                dateFiled: null,
                dateJudgment: null,
                dateNoticeOfAppeal: null,
              },
            },
          ),
        ],
        'ca6',
      );
      const r = await ingest(store.db, appeal, { track: true });
      expect(r.events).toMatchObject([
        { type: 'case.tracked', case: 'ca6:17-2171' },
        { type: 'case.linked', case: 'ca6:17-2171', parent: CASE, link: 'appeal' },
        { type: 'entry.added', case: 'ca6:17-2171', entry: '1' },
      ]);
      expect((await ingest(store.db, appeal, { track: true })).events).toEqual([]);
    });

    it('rejects or clamps bad rows with a reason and lands the rest', async () => {
      const logged: string[] = [];
      const huge = 'x'.repeat(5 * 1024 * 1024);
      const r = await ingest(
        store.db,
        result('pacer-docket', [
          docket('2:17-cv-11910', [
            numbered(1),
            entry({ number: '2', dateFiled: null, dateEntered: null, description: 'no date' }),
            entry({ number: '99999999999', dateFiled: '2017-07-01', description: 'a document id' }),
            entry({ number: '0', dateFiled: '2017-07-01', description: 'zero' }),
            entry({ number: '9999999999999', dateFiled: '2017-07-01', description: 'thirteen digits' }),
            entry({ number: 'iii', dateFiled: '2017-07-01', description: 'not a number' }),
            entry({ number: '3', dateFiled: '2017-07-01', description: huge }),
            entry({
              number: '4',
              dateFiled: '07/01/2017',
              dateEntered: '2017-07-02',
              description: 'US date',
            }),
          ]),
          docket('', [numbered(9)]),
        ]),
        { log: (n) => logged.push(`${n.action} ${n.entry}: ${n.reason}`) },
      );
      // A number too long for a docket sequence number is a document id: the entry is kept, numbered by it.
      expect(r.events.filter((e) => e.type === 'entry.added').map((e) => e.entry)).toEqual([
        '1',
        '99999999999',
        '3',
        '4',
      ]);
      expect(logged).toEqual([
        'rejected 2: entry has no date filed or entered',
        'rejected 0: entry number 0 is not a docket number',
        'rejected 9999999999999: entry number "9999999999999" is not a number',
        'rejected iii: entry number "iii" is not a number',
        'clamped 3: description of 5242880 characters clamped to 32000',
        'clamped 4: dateFiled "07/01/2017" is not a date; ignored',
        'rejected null: docket number "" is not usable; 1 entries skipped',
      ]);
      const entries = await listEntries(store.db, CASE);
      expect(entries.find((e) => e.entry === '3')!.description.length).toBe(32_001);
      expect(entries.find((e) => e.entry === '4')!.dateEntered).toBe('2017-07-02');
    });

    it('gives a case met for the first time the same entries, documents, gaps and events as one added before', async () => {
      // Written for a case this transaction inserts (nothing stored read, one statement for entries,
      // versions and documents on PostgreSQL): it must end as ingesting into a known case does.
      const withAttachments = entry({
        ...full61,
        number: '63',
        attachments: [
          { number: '1', description: 'Exhibit A', pacerDocId: '04506061235', pageCount: 3 },
          { number: '2', description: 'Exhibit B', pacerDocId: null, pageCount: null },
          { number: '1', description: 'Exhibit A, corrected', pacerDocId: '04506061239', pageCount: 4 },
        ],
      });
      const unnumbered = entry({ number: null, dateFiled: '2017-07-02', description: 'Set Hearing' });
      const input = (n: string) =>
        result('pacer-docket', [
          docket(n, [numbered(60), withAttachments, numbered(66, '2017-07-03'), unnumbered, rss61]),
        ]);
      const known = await ingest(store.db, input('2:17-cv-11910'), { track: true });
      const met = await ingest(store.db, input('2:17-cv-11911'), { track: true });
      const strip = (events: IngestEvent[]) => events.map(({ case: _, ...rest }) => rest);
      expect(types(met.events)[0]).toBe('case.tracked');
      expect(strip(met.events.slice(1))).toEqual(strip(known.events));
      const view = async (key: string) =>
        (await listEntries(store.db, key))
          .map(({ firstSeenAt: _, updatedAt: _u, ...rest }) => rest)
          .sort((a, b) => (a.entry < b.entry ? -1 : 1));
      expect(await view('mied:2:17-cv-11911')).toEqual(await view(CASE));
      expect((await view(CASE)).find((e) => e.entry === '63')!.documents).toHaveLength(3);
      const gaps = async (key: string) =>
        (await listEvents(store.db, { case: key }))
          .filter((e) => e.type.startsWith('gap.'))
          .map((e) => e.entry);
      expect(await gaps('mied:2:17-cv-11911')).toEqual(await gaps(CASE));
      expect((await ingest(store.db, input('2:17-cv-11911'), { track: true })).events).toEqual([]);
    });

    it('keeps each event in the log with its case, entry and payload', async () => {
      const started = new Date(Date.now() - 1000).toISOString();
      await ingest(store.db, result('pacer-rss', [docket('2:17-cv-11910', [rss61])]), { source: 'mied-rss' });
      const events = await listEvents(store.db, { case: 'mied:2:17-cv-11910-TGB', since: started });
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        type: 'entry.added',
        case: CASE,
        entry: '61',
        source: 'mied-rss',
        kind: 'pacer-rss',
      });
      expect(await listEvents(store.db, { since: '2999-01-01' })).toEqual([]);
    });
  });
}
