/**
 * PostgreSQL skips input the record already holds before any transaction (`src/ingest/unchanged.ts`,
 * migration 0024); SQLite always merges. Both must tell the same story: the same sequence of inputs
 * (a docket report read again, read again after a feed or a notice added entries, a text corrected,
 * a header changed, an entry gone from the report) gives the same events and entries on both.
 */
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { readCaseDetails } from '../../db/case-details.ts';
import { addCase, findCase, listEntries } from '../../db/cases.ts';
import type { Store } from '../../db/index.ts';
import { ingest } from '../../src/ingest/index.ts';
import type { DocketCase, ParseResult } from '../../src/model/docket.ts';
import { describeDialect, freshStore } from '../support/db.ts';
import { docket, entry, result } from '../support/dockets.ts';

const D = '2:17-cv-11910';

function report(
  numbers: number[],
  text = (n: number) => `ORDER number ${n} of the docket`,
  judge = 'Judge A',
) {
  const c: DocketCase = docket(
    D,
    numbers.map((n) => entry({ number: String(n), dateFiled: '2017-07-01', description: text(n) })),
    { assignedTo: judge },
  );
  return result('pacer-docket', [c]);
}

const steps: [string, ParseResult, string][] = [
  ['report 1–5', report([1, 2, 3, 4, 5]), 'report'],
  ['the same report', report([1, 2, 3, 4, 5]), 'report'],
  [
    'a feed adds 6',
    result('pacer-rss', [docket(D, [entry({ number: '6', dateFiled: '2017-07-02', description: '' })])]),
    'rss',
  ],
  ['the same report after the feed', report([1, 2, 3, 4, 5]), 'report'],
  ['the report with 6', report([1, 2, 3, 4, 5, 6]), 'report'],
  ['the report without 3', report([1, 2, 4, 5, 6]), 'report'],
  ['the same again', report([1, 2, 4, 5, 6]), 'report'],
  [
    'a text corrected',
    report([1, 2, 4, 5, 6], (n) => (n === 2 ? 'ORDER corrected' : `ORDER number ${n} of the docket`)),
    'report',
  ],
  [
    'a new judge',
    report(
      [1, 2, 4, 5, 6],
      (n) => (n === 2 ? 'ORDER corrected' : `ORDER number ${n} of the docket`),
      'Judge B',
    ),
    'report',
  ],
  [
    'the same again',
    report(
      [1, 2, 4, 5, 6],
      (n) => (n === 2 ? 'ORDER corrected' : `ORDER number ${n} of the docket`),
      'Judge B',
    ),
    'report',
  ],
];

async function replay(store: Store): Promise<string[]> {
  await addCase(store.db, 'mied', D, { name: 'Hamama v. Adducci' });
  const story: string[] = [];
  for (const [label, input, source] of steps) {
    const out = await ingest(store.db, input, { source });
    const entries = await listEntries(store.db, `mied:${D}`);
    const { header } = await readCaseDetails(store.db, (await findCase(store.db, `mied:${D}`))!.id);
    story.push(
      `${label}: ${out.events.map((e) => `${e.type} ${e.entry ?? ''}`).join(', ') || 'nothing'} | ${entries
        .map((e) => `${e.number}:${e.status}:${e.description.slice(0, 12)}`)
        .join(' ')} | ${header?.judge}`,
    );
  }
  return story;
}

let sqliteStory: string[] | null = null;

describeDialect('sqlite', 'ingest of input the record holds', () => {
  it('tells the story of the steps', async () => {
    const store = await freshStore('sqlite');
    try {
      sqliteStory = await replay(store);
      expect(sqliteStory[1]).toMatch(/^the same report: nothing/);
      expect(sqliteStory[5]).toMatch(/entry\.vanished 3/);
    } finally {
      await store.close();
    }
  });
});

describeDialect('postgres', 'ingest of input the record holds', () => {
  it('tells the same story as SQLite', async () => {
    const store = await freshStore('postgres');
    try {
      const story = await replay(store);
      expect(story).toEqual(sqliteStory ?? (await replay(await freshStore('sqlite'))));
    } finally {
      await store.close();
    }
  });
});

/**
 * A case first met through ingest keeps its input's digest (migration 0032) until ingest next
 * writes one of its entries: another complete report leaving an entry out, a feed adding one, a
 * text corrected. Read again after each, the first report must be merged as SQLite merges it.
 */
const fromIngest: [string, ParseResult, string][] = [
  ['report 1–5', report([1, 2, 3, 4, 5]), 'report'],
  ['the same report', report([1, 2, 3, 4, 5]), 'report'],
  ['another report without 3', report([1, 2, 4, 5]), 'report-b'],
  ['the first report again', report([1, 2, 3, 4, 5]), 'report'],
  ['the same again', report([1, 2, 3, 4, 5]), 'report'],
  [
    'a feed corrects 2',
    result('pacer-rss', [
      docket(D, [entry({ number: '2', dateFiled: '2017-07-01', description: 'ORDER x' })]),
    ]),
    'rss',
  ],
  ['the other report again', report([1, 2, 4, 5]), 'report-b'],
  ['the first report once more', report([1, 2, 3, 4, 5]), 'report'],
];

async function replayFromIngest(store: Store): Promise<string[]> {
  const story: string[] = [];
  for (const [label, input, source] of fromIngest) {
    const out = await ingest(store.db, input, { source, track: true });
    const entries = await listEntries(store.db, `mied:${D}`);
    story.push(
      `${label}: ${out.events.map((e) => `${e.type} ${e.entry ?? ''}`).join(', ') || 'nothing'} | ${entries
        .map((e) => `${e.number}:${e.status}:${e.description.slice(0, 12)}`)
        .join(' ')}`,
    );
  }
  return story;
}

let sqliteFromIngest: string[] | null = null;

describeDialect('sqlite', 'ingest of input the record holds, for a case first met through ingest', () => {
  it('tells the story of the steps', async () => {
    const store = await freshStore('sqlite');
    try {
      sqliteFromIngest = await replayFromIngest(store);
      expect(sqliteFromIngest[1]).toMatch(/^the same report: nothing/);
      expect(sqliteFromIngest[2]).toMatch(/entry\.vanished 3/);
      expect(sqliteFromIngest[3]).toMatch(/entry\.updated 3/);
    } finally {
      await store.close();
    }
  });
});

describeDialect('postgres', 'ingest of input the record holds, for a case first met through ingest', () => {
  it('tells the same story as SQLite, the first re-read answered by the digest', async () => {
    const store = await freshStore('postgres');
    try {
      await ingest(store.db, report([1, 2, 3, 4, 5]), { source: 'report', track: true });
      const { rows } = await sql<{ n: string }>`select count(*) as n from ingest_digests`.execute(store.db);
      expect(Number(rows[0]!.n)).toBe(1);
      const again = await freshStore('postgres');
      try {
        const story = await replayFromIngest(again);
        expect(story).toEqual(sqliteFromIngest ?? (await replayFromIngest(await freshStore('sqlite'))));
      } finally {
        await again.close();
      }
    } finally {
      await store.close();
    }
  });
});
