/**
 * PostgreSQL writes the cases ingest meets for the first time in one statement (`src/ingest/
 * new-cases.ts`); SQLite, and PostgreSQL for every other input, merge in a transaction. The record
 * must be the same whatever the path: the same sequence of inputs — new cases from a docket
 * report (a header, documents, a gap) and from a feed naming several cases, read again, added to,
 * an appeal naming its case, unnumbered entries, new cases one after another — leaves the same rows, in the same order, in every
 * table ingest writes, on both dialects. And no row refers to a case or entry that is not there.
 */
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import type { Store } from '../../db/index.ts';
import { ingest } from '../../src/ingest/index.ts';
import type { ParseResult } from '../../src/model/docket.ts';
import { describeDialect, freshStore } from '../support/db.ts';
import { docket, entry, result } from '../support/dockets.ts';

const numbered = (n: number, extra: Parameters<typeof entry>[0] = {}) =>
  entry({
    number: String(n),
    dateFiled: `2017-07-${String(n).padStart(2, '0')}`,
    description: `ORDER ${n}`,
    ...extra,
  });

const steps: [ParseResult, string][] = [
  [
    result('pacer-docket', [
      docket(
        '2:17-cv-11910',
        [
          numbered(1, {
            description: 'COMPLAINT against all defendants',
            pacerDocId: '09506000001',
            pageCount: 12,
          }),
          numbered(2, {
            description: 'MOTION for Temporary Restraining Order',
            documentUrl: 'https://ecf.mied.uscourts.gov/doc1/09506000002',
            attachments: [
              { number: '1', description: 'Exhibit A', pacerDocId: '09506000003', pageCount: 3 },
              { number: '2', description: 'Exhibit "B" \\ with quotes', pacerDocId: null, pageCount: null },
            ],
          }),
          numbered(5, { description: 'ORDER granting 2 Motion for TRO. Signed by Judge Goldsmith.' }),
          // Text the events' payloads must escape as JSON does: quotes, a backslash, a tab, other scripts.
          numbered(7, {
            description: 'ORDER re "Motion" \\ filed\tlate — “Petitioner’s” reply, café, عربي 😀',
            shortDescription: 'Order "re" motion',
          }),
        ],
        {
          assignedTo: 'Judge Mark A. Goldsmith',
          natureOfSuit: '463 Habeas Corpus - Alien Detainee',
          parties: [{ name: 'Usama Jamil Hamama', type: 'Petitioner', attorneys: [] }],
          pacerCaseId: '321000',
        },
      ),
    ]),
    'report',
  ],
  [
    result('pacer-rss', [
      docket('2:17-cv-20001', [numbered(1), numbered(3, { pacerDocId: '09506000101' })], {
        caseName: 'A v. B',
      }),
      docket('2:17-cv-20002', [numbered(7, { description: 'NOTICE of appearance' })], { caseName: 'C v. D' }),
      docket('2:17-cv-20003', [numbered(2, { description: 'MINUTE ENTRY for status conference' })], {
        caseName: null,
      }),
    ]),
    'feed',
  ],
  [
    result('pacer-rss', [docket('2:17-cv-20001', [numbered(1), numbered(3, { pacerDocId: '09506000101' })])]),
    'feed',
  ],
  [
    result('pacer-rss', [
      docket('2:17-cv-20001', [numbered(4, { description: 'ORDER to show cause' })]),
      docket('2:17-cv-20004', [numbered(1, { description: 'PETITION for writ of habeas corpus' })]),
    ]),
    'feed',
  ],
  [
    result('pacer-docket', [
      docket(
        '2:17-cv-11910',
        [
          numbered(1),
          numbered(2),
          numbered(3, { description: 'ORDER setting hearing' }),
          numbered(5),
          numbered(6),
        ],
        { assignedTo: 'Judge Mark A. Goldsmith' },
      ),
    ]),
    'report',
  ],
  [
    result(
      'pacer-appellate',
      [
        docket('17-2171', [numbered(1, { description: 'Civil case docketed' })], {
          originatingCourt: {
            court: 'mied',
            docketNumber: '2:17-cv-11910',
            assignedTo: null,
            dateFiled: null,
            dateJudgment: null,
            dateNoticeOfAppeal: null,
          },
        }),
      ],
      'ca6',
    ),
    'appeal',
  ],
  [
    result('pacer-rss', [
      docket('2:17-cv-20005', [
        entry({ number: null, dateFiled: '2017-08-01', description: 'Set/Reset Hearings' }),
        numbered(1),
      ]),
    ]),
    'feed',
  ],
  [result('pacer-rss', [docket('2:17-cv-20006', [numbered(1)])], 'miwd'), 'feed-w'],
  // More new cases one by one: a connection plans a prepared statement anew for its first five
  // executions, then may keep one plan for any values.
  ...Array.from({ length: 8 }, (_, i): [ParseResult, string] => [
    result('pacer-docket', [
      docket(
        `2:18-cv-${30000 + i}`,
        [1, 2, 4 + i].map((n) =>
          numbered(n, n % 2 === 0 ? { pacerDocId: `0950700${i}${n}`, pageCount: n } : {}),
        ),
        { assignedTo: i % 3 === 0 ? null : `Judge ${i}` },
      ),
    ]),
    'report',
  ]),
];

/** Every row ingest wrote, ids replaced by their rank in their table (order of insertion), times by `T`. */
async function record(store: Store): Promise<Record<string, unknown[]>> {
  const tables = {
    sources: 'select id, type, scope, court_id, case_id, config from sources order by id',
    courts: 'select id, name from courts order by id',
    cases: `select id, court_id, docket_number, docket_number_raw, case_name, pacer_case_id, parent_case_id,
      link_type, tracked from cases order by id`,
    case_details: `select case_id, judge, referred_to, date_filed, date_terminated, nature_of_suit, cause,
      jurisdiction, parties, header_source, class_protects from case_details order by case_id`,
    entries: `select id, case_id, entry_key, number, date_filed, date_entered, description, short_description,
      pacer_doc_id, pacer_seq_no, page_count, document_url, status, kind from entries order by id`,
    entry_versions:
      'select id, entry_id, source_id, kind, content_hash, payload from entry_versions order by id',
    documents:
      'select id, entry_id, number, description, pacer_doc_id, page_count, url from documents order by id',
    gaps: 'select id, case_id, first_number, last_number, closed_at is null as open from gaps order by id',
    events: 'select id, case_id, type, entry_key, payload from events order by id',
  };
  const out: Record<string, Record<string, unknown>[]> = {};
  for (const [name, text] of Object.entries(tables))
    out[name] = (await sql.raw<Record<string, unknown>>(text).execute(store.db)).rows;
  const rank = (table: string) => new Map(out[table]!.map((r, i) => [Number(r.id), i + 1]));
  const cases = rank('cases');
  const entries = rank('entries');
  const refs: Record<string, [string, Map<number, number>][]> = {
    cases: [
      ['id', cases],
      ['parent_case_id', cases],
    ],
    case_details: [['case_id', cases]],
    entries: [
      ['id', entries],
      ['case_id', cases],
    ],
    entry_versions: [
      ['id', rank('entry_versions')],
      ['entry_id', entries],
    ],
    documents: [
      ['id', rank('documents')],
      ['entry_id', entries],
    ],
    gaps: [
      ['id', rank('gaps')],
      ['case_id', cases],
    ],
    events: [
      ['id', rank('events')],
      ['case_id', cases],
    ],
  };
  for (const [table, columns] of Object.entries(refs))
    for (const row of out[table]!)
      for (const [column, ranks] of columns)
        if (row[column] !== null) row[column] = ranks.get(Number(row[column])) ?? `missing ${row[column]}`;
  // Numbers and flags as both dialects give them (PostgreSQL's booleans, SQLite's 0/1).
  for (const rows of Object.values(out))
    for (const row of rows)
      for (const [k, v] of Object.entries(row)) if (typeof v === 'boolean') row[k] = v ? 1 : 0;
  return out;
}

async function replay(store: Store): Promise<{ events: string[]; record: Record<string, unknown[]> }> {
  const events: string[] = [];
  for (const [input, source] of steps) {
    const out = await ingest(store.db, input, { source, track: true });
    events.push(out.events.map((e) => `${e.type} ${e.case} ${e.entry ?? ''}`).join(', '));
  }
  return { events, record: await record(store) };
}

let sqlite: Awaited<ReturnType<typeof replay>> | null = null;

describeDialect('sqlite', 'the record ingest writes for new cases', () => {
  it('holds every case, entry, version, document, gap and event of the inputs', async () => {
    const store = await freshStore('sqlite');
    try {
      sqlite = await replay(store);
      expect(sqlite.record.cases).toHaveLength(16);
      expect(sqlite.record.documents!.length).toBeGreaterThanOrEqual(4);
      expect(sqlite.record.gaps!.length).toBeGreaterThanOrEqual(2);
      expect(sqlite.events[2]).toBe('');
    } finally {
      await store.close();
    }
  });
});

describeDialect('postgres', 'the record ingest writes for new cases', () => {
  it('is the same as SQLite’s, row for row and in the same order, with no reference to a missing row', async () => {
    const store = await freshStore('postgres');
    try {
      const pg = await replay(store);
      const expected = sqlite ?? (await replay(await freshStore('sqlite')));
      expect(pg.events).toEqual(expected.events);
      expect(pg.record).toEqual(expected.record);
      const { rows } = await sql<{ n: string }>`
        select (select count(*) from entries e where not exists (select 1 from cases c where c.id = e.case_id))
          + (select count(*) from events e where not exists (select 1 from cases c where c.id = e.case_id))
          + (select count(*) from entry_versions v where not exists (select 1 from entries e where e.id = v.entry_id))
          + (select count(*) from entry_versions v where not exists (select 1 from sources s where s.id = v.source_id))
          + (select count(*) from documents d where not exists (select 1 from entries e where e.id = d.entry_id))
          + (select count(*) from gaps g where not exists (select 1 from cases c where c.id = g.case_id)) as n`.execute(
        store.db,
      );
      expect(Number(rows[0]!.n)).toBe(0);
    } finally {
      await store.close();
    }
  });
});
