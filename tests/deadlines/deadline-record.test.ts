/**
 * Deadlines and stays in the case record, on SQLite and PostgreSQL: derived from ingested entries,
 * stable ids across a later order, idempotent refresh, the daily clock emitting each event once
 * (across calls and a restart), the review log and manual deadlines, and the posture.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { addCase } from '../../db/cases.ts';
import { type Dialect, openDatabase, type Store } from '../../db/index.ts';
import {
  addManualDeadline,
  advanceDeadlines,
  casePosture,
  caseRecordViews,
  listDeadlineRecords,
  refreshAfterIngest,
  refreshCaseDeadlines,
  reviewLog,
  reviewRecord,
} from '../../src/deadlines/record.ts';
import { ingest } from '../../src/ingest/index.ts';
import type { ParseResult } from '../../src/model/docket.ts';
import { DIALECTS, describeDialect, freshStore } from '../support/db.ts';
import { projectRoot } from '../support/shared.ts';

/** An event's payload fields, for assertions across event types. */
const fields = (e: { payload: object }) => e.payload as Record<string, unknown>;

const CASE = 'mied:2:24-cv-10417';
const FIX = join(projectRoot, 'tests/fixtures/deadlines');
const part = (n: number) =>
  JSON.parse(readFileSync(join(FIX, `stay-docket-${n}.jsonl`), 'utf8').trim()) as ParseResult;

async function ingestPart(store: Store, n: number) {
  const outcome = await ingest(store.db, part(n), { source: 'pacer-docket' });
  return refreshAfterIngest(store, outcome.events);
}

async function eventTypes(store: Store): Promise<string[]> {
  const rows = await store.db.selectFrom('events').select('type').orderBy('id').execute();
  return rows.map((r) => r.type).filter((t) => !t.startsWith('entry.') && !t.startsWith('gap.'));
}

for (const dialect of DIALECTS as Dialect[]) {
  describeDialect(dialect, 'deadline record', () => {
    it('derives the stay, its extension (same id), the injunction and its reports; a refresh with nothing new changes nothing', async () => {
      const store = await freshStore(dialect);
      await addCase(store.db, 'mied', '2:24-cv-10417', { name: 'Yousif v. Reyes', parent: null });
      const [first] = await ingestPart(store, 1);
      expect(first!.events.map((e) => e.type)).toEqual(['stay.granted']);
      const stay1 = (await listDeadlineRecords(store, CASE)).find((r) => r.kind === 'stay')!;
      expect(stay1).toMatchObject({ status: 'in_force', due: '2024-03-21', entry: '14' });
      expect(stay1.id).toMatch(/^st-[0-9a-f]{12}$/);
      expect(first!.events[0]!.payload).toMatchObject({
        record: stay1.id,
        expires: '2024-03-21',
        entryNumber: 14,
      });
      expect(String(fields(first!.events[0]!).words)).toContain('stayed for fourteen (14) days');

      const [second] = await ingestPart(store, 2);
      expect(second!.events.map((e) => e.type)).toEqual([
        'stay.extended',
        'deadline.set',
        'stay.superseded',
        'injunction.granted',
        'deadline.satisfied',
      ]);
      const extended = second!.events[0]!.payload;
      expect(extended).toMatchObject({ record: stay1.id, expires: '2024-04-04', entryNumber: 19 });
      const records = await listDeadlineRecords(store, CASE);
      const stay = records.find((r) => r.kind === 'stay')!;
      expect(stay.id).toBe(stay1.id);
      // Superseded by the injunction of April 3, a day before its planned last day: it ended then;
      // the planned April 4 stays in its history only.
      expect(stay).toMatchObject({ status: 'superseded', due: '2024-04-03' });
      expect(stay.history).toContainEqual(
        expect.objectContaining({ action: 'extended', entry: '19', previousExpires: '2024-03-21' }),
      );
      expect(stay.history).toContainEqual(
        expect.objectContaining({
          action: 'superseded',
          expires: '2024-04-03',
          previousExpires: '2024-04-04',
        }),
      );
      const reports = records.find((r) => r.kind === 'deadline')!;
      expect(reports).toMatchObject({ what: 'status reports (recurring)', status: 'open', entry: '25' });
      // The clerk's "Status Report due by 4/17/2024" repeats the first occurrence: no second deadline.
      expect(records.filter((r) => r.kind === 'deadline')).toHaveLength(1);
      expect(records.find((r) => r.kind === 'injunction')).toMatchObject({
        status: 'in_force',
        entry: '25',
      });

      const before = await eventTypes(store);
      const again = await refreshCaseDeadlines(store, CASE);
      expect(again).toMatchObject({ inserted: 0, updated: 0, removed: 0, events: [] });
      await ingestPart(store, 2);
      await ingestPart(store, 1);
      expect(await eventTypes(store)).toEqual(before);
    });

    it('advanceDeadlines emits each time-driven event once, across calls and a restart', async () => {
      const store = await freshStore(dialect);
      await addCase(store.db, 'mied', '2:24-cv-10417', { name: null, parent: null });
      await ingestPart(store, 1);
      const stayId = (await listDeadlineRecords(store, CASE))[0]!.id;

      const at16 = await advanceDeadlines(store, '2024-03-16');
      expect(at16[0]!.events.map((e) => [e.type, fields(e).threshold, fields(e).daysLeft])).toEqual([
        ['stay.expiring', 7, 5],
      ]);
      expect(at16[0]!.events[0]!.payload).toMatchObject({ record: stayId, expires: '2024-03-21' });
      expect((await advanceDeadlines(store, '2024-03-16'))[0]!.events).toEqual([]);
      expect((await advanceDeadlines(store, '2024-03-17'))[0]!.events).toEqual([]);
      const at19 = await advanceDeadlines(store, '2024-03-19');
      expect(at19[0]!.events.map((e) => [e.type, fields(e).threshold])).toEqual([['stay.expiring', 2]]);

      // A restart: a new connection to the same store remembers what was emitted.
      const reopened = await openDatabase(store.target);
      try {
        expect((await advanceDeadlines(reopened, '2024-03-19'))[0]!.events).toEqual([]);
        expect((await advanceDeadlines(reopened, '2024-03-21'))[0]!.events.map((e) => e.type)).toEqual([
          'stay.expiring',
        ]);
        const expired = await advanceDeadlines(reopened, '2024-03-22');
        expect(expired[0]!.events.map((e) => e.type)).toEqual(['stay.expired']);
        expect((await advanceDeadlines(reopened, '2024-03-25'))[0]!.events).toEqual([]);
      } finally {
        await reopened.close();
      }

      // The extension arrives late: the stay runs again and warns again before its new last day.
      await ingestPart(store, 2);
      const reports = (await listDeadlineRecords(store, CASE)).find((r) => r.kind === 'deadline')!;
      expect((await advanceDeadlines(store, '2024-05-01'))[0]!.events.map((e) => e.type)).toEqual([
        'deadline.due',
      ]);
      const missing = await advanceDeadlines(store, '2024-05-02');
      expect(missing[0]!.events.map((e) => [e.type, fields(e).record, fields(e).occurrence])).toEqual([
        ['deadline.missing', reports.id, 2],
      ]);
      expect((await advanceDeadlines(store, '2024-05-02'))[0]!.events).toEqual([]);
      expect((await advanceDeadlines(store, '2024-05-03'))[0]!.events).toEqual([]);
      const log = await store.db
        .selectFrom('events')
        .select('type')
        .where('type', '=', 'deadline.missing')
        .execute();
      expect(log).toHaveLength(1);
    });

    it('keeps the review log, drops dismissed records from the posture, and adds manual deadlines', async () => {
      const store = await freshStore(dialect);
      await addCase(store.db, 'mied', '2:24-cv-10417', { name: null, parent: null });
      await ingestPart(store, 1);
      await ingestPart(store, 2);
      const reports = (await listDeadlineRecords(store, CASE)).find((r) => r.kind === 'deadline')!;
      const confirmed = await reviewRecord(store, reports.id, 'confirm', {
        by: 'rnassar',
        note: 'checked against the order',
      });
      expect(confirmed).toMatchObject({ id: reports.id, review: 'confirmed' });
      expect(await reviewLog(store, reports.id)).toEqual([
        expect.objectContaining({ action: 'confirm', who: 'rnassar', note: 'checked against the order' }),
      ]);

      const manual = await addManualDeadline(store, CASE, {
        what: 'joint proposed case schedule',
        due: '2024-05-06',
        dueTime: '17:00',
        party: 'All parties',
        by: 'rnassar',
      });
      expect(manual).toMatchObject({ kind: 'deadline', review: 'confirmed', due: '2024-05-06', entry: null });
      // The manual deadline survives every later refresh under the same id.
      await refreshCaseDeadlines(store, CASE);
      expect((await listDeadlineRecords(store, CASE)).map((r) => r.id)).toContain(manual.id);

      const posture = await casePosture(store, CASE, '2024-04-20');
      expect(posture.inForce).toEqual([
        expect.objectContaining({
          kind: 'injunction',
          text: 'Preliminary injunction in effect since April 3, 2024 (until further order)',
        }),
      ]);
      expect(posture.nextDeadlines.map((d) => [d.id, d.due, d.daysLeft, d.review])).toEqual([
        [reports.id, '2024-05-01', 11, 'confirmed'],
        [manual.id, '2024-05-06', 16, 'confirmed'],
      ]);
      // As of a past day, the changes are those that had happened by then: not the deadline added today.
      expect(posture.recentChanges.map((c) => c.message).join('\n')).not.toMatch(
        /joint proposed case schedule/i,
      );
      const today = await casePosture(store, CASE, new Date().toISOString().slice(0, 10));
      expect(today.recentChanges[0]).toMatchObject({ type: 'deadline.set' });
      expect(today.recentChanges[0]!.message).toMatch(/^Joint proposed case schedule/);

      const early = await casePosture(store, CASE, '2024-03-25');
      expect(early.inForce.map((f) => f.text)).toEqual(['Stay of removal in effect until April 4, 2024']);

      await reviewRecord(store, reports.id, 'dismiss', { by: 'adam', note: 'misread' });
      const after = await casePosture(store, CASE, '2024-04-20');
      expect(after.nextDeadlines.map((d) => d.id)).toEqual([manual.id]);
      expect((await reviewLog(store, reports.id)).map((r) => [r.action, r.who])).toEqual([
        ['confirm', 'rnassar'],
        ['dismiss', 'adam'],
      ]);
      const views = await caseRecordViews(store, CASE, '2024-04-20');
      expect(views.find((v) => v.id === reports.id)).toMatchObject({ review: 'dismissed' });
      // A dismissed deadline produces no alerts.
      expect((await advanceDeadlines(store, '2024-05-02'))[0]!.events.map((e) => e.type)).toEqual([]);
      const types = await eventTypes(store);
      expect(types).toContain('deadline.confirmed');
      expect(types).toContain('deadline.dismissed');

      expect(await reviewRecord(store, manual.id, 'dismiss', { by: 'adam' })).toMatchObject({
        review: 'dismissed',
      });
      expect((await casePosture(store, CASE, '2024-04-20')).nextDeadlines).toEqual([]);

      await expect(reviewRecord(store, 'dl-000000000000', 'confirm', { by: 'x' })).rejects.toMatchObject({
        code: 'ENORECORD',
      });
      await expect(addManualDeadline(store, CASE, { what: 'x', due: '2024-02-30' })).rejects.toMatchObject({
        code: 'EINPUT',
      });
    });
  });
}
