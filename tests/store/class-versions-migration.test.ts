/**
 * Migration 0029 (who is covered, per order): a store whose case had one class on `case_details`
 * keeps it as a maintainer's definition of the order it named, in force from that order's day;
 * migrating down puts it back. An ingest keeps the definition an order's words state and follows
 * them; a maintainer adds one per order. Both dialects.
 */
import type { Kysely } from 'kysely';
import { afterEach, expect, it } from 'vitest';
import { readCaseDetails, setCaseClass } from '../../db/case-details.ts';
import { addCase, findCase } from '../../db/cases.ts';
import { migratorFor, openDatabase, type Store } from '../../db/index.ts';
import { ingestParsed } from '../../src/ingest/pipeline.ts';
import { DIALECTS, describeDialect, freshTarget } from '../support/db.ts';
import { docket, entry, result } from '../support/dockets.ts';

const open: Store[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});

for (const dialect of DIALECTS) {
  describeDialect(dialect, 'migration 0029 (class definitions per order)', () => {
    it('moves the one class of a case into case_class_versions, and back on the way down', async () => {
      const store = await openDatabase(freshTarget(dialect));
      open.push(store);
      await addCase(store.db, 'mied', '2:17-cv-11910', { name: 'Hamama v. Adducci' });
      const id = (await findCase(store.db, 'mied:2:17-cv-11910'))!.id;
      const m = await migratorFor(store.db);
      expect((await m.migrateTo('0028_people')).error).toBeUndefined();
      // biome-ignore lint/suspicious/noExplicitAny: the table as version 0028 had it
      const old = store.db as unknown as Kysely<any>;
      await old
        .insertInto('case_details')
        .values({
          case_id: id,
          class_en: 'Iraqi nationals in the U.S. with final removal orders',
          class_es: null,
          class_ar: 'المواطنون العراقيون',
          class_scope: 'nationwide',
          class_protects: 'removal',
          class_from: '43',
          updated_at: '2026-12-01T00:00:00.000Z',
        })
        .execute();

      expect((await m.migrateToLatest()).error).toBeUndefined();
      expect((await readCaseDetails(store.db, id)).class).toEqual({
        protects: 'removal',
        versions: [
          {
            text: {
              en: 'Iraqi nationals in the U.S. with final removal orders',
              es: null,
              ar: 'المواطنون العراقيون',
            },
            scope: 'nationwide',
            protects: 'removal',
            from: { entry: '43', dateFiled: null },
            source: 'maintainer',
          },
        ],
      });

      expect((await m.migrateTo('0028_people')).error).toBeUndefined();
      const back = await old.selectFrom('case_details').selectAll().execute();
      expect(back).toMatchObject([
        {
          class_en: 'Iraqi nationals in the U.S. with final removal orders',
          class_ar: 'المواطنون العراقيون',
          class_scope: 'nationwide',
          class_protects: 'removal',
          class_from: '43',
        },
      ]);
      expect((await m.migrateToLatest()).error).toBeUndefined();
    });
  });
}

for (const dialect of DIALECTS) {
  describeDialect(dialect, 'class definitions per order in the store', () => {
    it('an ingest keeps the definition an order states, follows its words, and a maintainer adds one per order', async () => {
      const store = await openDatabase(freshTarget(dialect));
      open.push(store);
      await addCase(store.db, 'mied', '2:17-cv-11910', { name: 'Hamama v. Adducci' });
      const id = (await findCase(store.db, 'mied:2:17-cv-11910'))!.id;
      const order = (text: string) =>
        ingestParsed(
          store,
          result('pacer-docket', [
            docket('2:17-cv-11910', [entry({ number: '87', dateFiled: '2017-07-24', description: text })]),
          ]),
        );
      await order(
        'OPINION & ORDER granting [77] Motion. The class is defined as all nationals of the country held by ICE.',
      );
      await order(
        'OPINION & ORDER granting [77] Motion. The class is defined as all nationals of the country detained by ICE.',
      );
      await setCaseClass(store.db, id, { en: 'the first class', from: '43' }, new Date());
      await setCaseClass(store.db, id, { from: '87', es: 'todos los nacionales' }, new Date());
      const classes = (await readCaseDetails(store.db, id)).class!;
      expect(
        classes.versions.map((v) => [v.from?.entry, v.from?.dateFiled, v.source, v.text.en, v.text.es]),
      ).toEqual([
        ['87', '2017-07-24', 'order', 'all nationals of the country detained by ICE', null],
        [
          '87',
          '2017-07-24',
          'maintainer',
          'all nationals of the country detained by ICE',
          'todos los nacionales',
        ],
        // ECF 43 is not in the record: no day, so it comes last and is never in force.
        ['43', null, 'maintainer', 'the first class', null],
      ]);
      // A text that no longer defines a class takes the order's definition away.
      await order('OPINION & ORDER granting [77] Motion.');
      expect((await readCaseDetails(store.db, id)).class!.versions.map((v) => v.source)).toEqual([
        'maintainer',
        'maintainer',
      ]);
    });
  });
}
